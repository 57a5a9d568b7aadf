#include "migrations.h"

#include "canvass/canvassdefaults.h"
#include "storage/database.h"
#include "storage/searchschema.h"
#include "util/logging.h"

#include <QCoreApplication>

namespace terrain {

namespace {

// Every syncable table has: a local integer id (joins, FTS), a UUID that crosses
// machines, the hybrid logical clock and site of its last write, and a deletion flag
// (whose own clock, like any field written alone, lives in field_clocks).
#define SYNC_COLUMNS                                                                                                   \
    "id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, hlc INTEGER NOT NULL, site INTEGER NOT NULL, "               \
    "deleted INTEGER NOT NULL DEFAULT 0, "

const char* const kSchemaV1 =
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;"

    // Sync bookkeeping.
    "CREATE TABLE outbox (counter INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, row_uuid TEXT NOT NULL,"
    " fields TEXT NOT NULL, hlc INTEGER NOT NULL);"
    "CREATE TABLE field_clocks (tbl TEXT NOT NULL, row_uuid TEXT NOT NULL, field TEXT NOT NULL,"
    " hlc INTEGER NOT NULL, site INTEGER NOT NULL, PRIMARY KEY (tbl, row_uuid, field)) WITHOUT ROWID;"
    // Local, human-readable history of edits (who, when, old, new) for the person panel.
    "CREATE TABLE change_history (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, row_uuid TEXT NOT NULL,"
    " person_uuid TEXT, field TEXT NOT NULL, old_value TEXT, new_value TEXT, author TEXT, at INTEGER NOT NULL);"
    "CREATE INDEX change_history_person ON change_history(person_uuid, at);"

    "CREATE TABLE districts (" SYNC_COLUMNS
    " parent_id INTEGER REFERENCES districts(id), kind TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL DEFAULT '',"
    " polling_place TEXT, expected_turnout REAL);"
    "CREATE INDEX districts_parent ON districts(parent_id, kind, code);"

    "CREATE TABLE streets (" SYNC_COLUMNS
    " commune_id INTEGER REFERENCES districts(id), name TEXT NOT NULL, street_type TEXT, label TEXT,"
    " folded TEXT NOT NULL);"
    "CREATE INDEX streets_folded ON streets(commune_id, folded);"

    "CREATE TABLE addresses (" SYNC_COLUMNS
    " street_id INTEGER REFERENCES streets(id), number INTEGER, number_to INTEGER, suffix TEXT,"
    " building TEXT, staircase TEXT, lieu_dit TEXT, complement TEXT, postcode TEXT, city TEXT,"
    " district_id INTEGER REFERENCES districts(id), raw TEXT, search_text TEXT);"
    "CREATE INDEX addresses_street ON addresses(street_id, number);"
    "CREATE INDEX addresses_district ON addresses(district_id);"

    "CREATE TABLE households (" SYNC_COLUMNS
    " address_id INTEGER REFERENCES addresses(id), unit TEXT);"
    "CREATE INDEX households_address ON households(address_id);"

    "CREATE TABLE people (" SYNC_COLUMNS
    " household_id INTEGER REFERENCES households(id), district_id INTEGER REFERENCES districts(id),"
    " voter_key TEXT, list_number INTEGER, external_id TEXT,"
    " last_name TEXT NOT NULL DEFAULT '', usage_name TEXT, first_names TEXT NOT NULL DEFAULT '',"
    " folded_name TEXT NOT NULL DEFAULT '', sex TEXT, birth_date TEXT,"
    " status TEXT NOT NULL DEFAULT 'active', support INTEGER CHECK (support BETWEEN 1 AND 5),"
    " dnc_door INTEGER NOT NULL DEFAULT 0, dnc_phone INTEGER NOT NULL DEFAULT 0,"
    " dnc_sms INTEGER NOT NULL DEFAULT 0, dnc_email INTEGER NOT NULL DEFAULT 0,"
    " consent_phone_at INTEGER, consent_phone_source TEXT, consent_sms_at INTEGER, consent_sms_source TEXT,"
    " consent_email_at INTEGER, consent_email_source TEXT,"
    " party TEXT, source TEXT, notes TEXT, extra TEXT, created_at INTEGER NOT NULL);"
    "CREATE INDEX people_voter_key ON people(voter_key);"
    "CREATE INDEX people_household ON people(household_id);"
    "CREATE INDEX people_district ON people(district_id);"
    "CREATE INDEX people_folded_name ON people(folded_name);"

    "CREATE TABLE phones (" SYNC_COLUMNS
    " person_id INTEGER NOT NULL REFERENCES people(id), e164 TEXT, raw TEXT NOT NULL, type TEXT NOT NULL,"
    " bad INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX phones_person ON phones(person_id);"

    "CREATE TABLE emails (" SYNC_COLUMNS
    " person_id INTEGER NOT NULL REFERENCES people(id), address TEXT NOT NULL, valid INTEGER NOT NULL DEFAULT 1,"
    " bad INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX emails_person ON emails(person_id);"

    "CREATE TABLE tags (" SYNC_COLUMNS " name TEXT NOT NULL, folded TEXT NOT NULL, color TEXT);"
    "CREATE TABLE person_tags (" SYNC_COLUMNS
    " person_id INTEGER NOT NULL REFERENCES people(id), tag_id INTEGER NOT NULL REFERENCES tags(id),"
    " present INTEGER NOT NULL DEFAULT 1, UNIQUE (person_id, tag_id));"
    "CREATE INDEX person_tags_tag ON person_tags(tag_id);"

    "CREATE TABLE surveys (" SYNC_COLUMNS " name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1);"
    "CREATE TABLE questions (" SYNC_COLUMNS
    " survey_id INTEGER NOT NULL REFERENCES surveys(id), position INTEGER NOT NULL, text TEXT NOT NULL,"
    " kind TEXT NOT NULL, options TEXT);"

    "CREATE TABLE segments (" SYNC_COLUMNS " name TEXT NOT NULL, filter TEXT NOT NULL);"
    "CREATE TABLE lists (" SYNC_COLUMNS
    " kind TEXT NOT NULL, name TEXT NOT NULL, code TEXT NOT NULL, segment_id INTEGER REFERENCES segments(id),"
    " assignee TEXT, status TEXT NOT NULL DEFAULT 'new', created_at INTEGER NOT NULL);"
    "CREATE UNIQUE INDEX lists_code ON lists(code);"
    "CREATE TABLE list_members (" SYNC_COLUMNS
    " list_id INTEGER NOT NULL REFERENCES lists(id), person_id INTEGER REFERENCES people(id),"
    " household_id INTEGER REFERENCES households(id), rank INTEGER NOT NULL, present INTEGER NOT NULL DEFAULT 1);"
    "CREATE INDEX list_members_list ON list_members(list_id, rank);"
    "CREATE INDEX list_members_person ON list_members(person_id);"

    "CREATE TABLE contact_attempts (" SYNC_COLUMNS
    " person_id INTEGER REFERENCES people(id), household_id INTEGER REFERENCES households(id),"
    " channel TEXT NOT NULL, result TEXT NOT NULL, answers TEXT, support INTEGER, volunteer TEXT,"
    " list_id INTEGER REFERENCES lists(id), at INTEGER NOT NULL, note TEXT);"
    "CREATE INDEX contact_attempts_person ON contact_attempts(person_id, at);"
    "CREATE INDEX contact_attempts_household ON contact_attempts(household_id, at);"

    "CREATE TABLE elections (" SYNC_COLUMNS
    " name TEXT NOT NULL, date TEXT NOT NULL, round INTEGER NOT NULL DEFAULT 1);"
    "CREATE TABLE vote_marks (" SYNC_COLUMNS
    " election_id INTEGER NOT NULL REFERENCES elections(id), person_id INTEGER NOT NULL REFERENCES people(id),"
    " source TEXT NOT NULL, at INTEGER NOT NULL, author TEXT);"
    "CREATE INDEX vote_marks_person ON vote_marks(election_id, person_id);"
    "CREATE TABLE turnout_reports (" SYNC_COLUMNS
    " election_id INTEGER NOT NULL REFERENCES elections(id), district_id INTEGER NOT NULL REFERENCES districts(id),"
    " at INTEGER NOT NULL, count INTEGER NOT NULL);"

    "CREATE TABLE import_profiles (" SYNC_COLUMNS " name TEXT NOT NULL, definition TEXT NOT NULL);"

    // Local: one row per import run.
    "CREATE TABLE import_batches (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, file TEXT NOT NULL,"
    " profile TEXT, started_at INTEGER NOT NULL, finished_at INTEGER, added INTEGER NOT NULL DEFAULT 0,"
    " updated INTEGER NOT NULL DEFAULT 0, unchanged INTEGER NOT NULL DEFAULT 0, left_list INTEGER NOT NULL DEFAULT 0,"
    " rejected INTEGER NOT NULL DEFAULT 0, duplicates INTEGER NOT NULL DEFAULT 0, rejects_file TEXT);";

// Version 2: the search index (FTS5) over folded names, address and phone digits.
// rowid = people.id. Filled by the importer in bulk and by SearchIndex on edits.
const char* const kSchemaV2 =
    "CREATE VIRTUAL TABLE search_index USING fts5(name, address, phone,"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');";

// Version 3: the export log (who exported what, when, how many rows, where). Local.
const char* const kSchemaV3 =
    "CREATE TABLE export_log (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, author TEXT NOT NULL, what TEXT NOT NULL,"
    " path TEXT NOT NULL, rows INTEGER NOT NULL);";

// Version 4: the district tree's figures for a whole campaign, read as ordered scans of
// narrow covering indexes instead of the wide tables (partial: only the rows counted;
// the filtered columns are in the key so that SQLite needs no table lookup).
const char* const kSchemaV4 =
    "CREATE INDEX people_district_figures ON people(district_id, household_id, support, deleted, status)"
    " WHERE deleted = 0 AND status = 'active';"
    "CREATE INDEX phones_usable ON phones(person_id, deleted, bad) WHERE deleted = 0 AND bad = 0;"
    "CREATE INDEX contact_attempts_reached ON contact_attempts(person_id, deleted, result)"
    " WHERE deleted = 0 AND result IN ('canvassed', 'answered', 'refused');"
    "CREATE INDEX contact_attempts_door ON contact_attempts(person_id, at, deleted, channel)"
    " WHERE deleted = 0 AND channel = 'door';";

// Version 5: the name index carries what the People table filters every row on (deleted,
// status), so counting the names that start with a letter, and walking names for a page,
// read the index alone (68,000 names of 500,000: 170 ms -> 8 ms). The id comes second so
// that the index is in the table's order (name, then id): pages need no sort.
const char* const kSchemaV5 =
    "DROP INDEX people_folded_name;"
    "CREATE INDEX people_folded_name ON people(folded_name, id, deleted, status);";

// Version 6: a call list's entry names the phone number it calls (people of a household
// sharing a landline share one entry, so the number is dialled once). Counting a segment
// by sex or age reads a narrow index of active people instead of the whole table.
const char* const kSchemaV6 =
    "ALTER TABLE list_members ADD COLUMN phone_id INTEGER REFERENCES phones(id);"
    "CREATE INDEX people_segment ON people(sex, birth_date) WHERE deleted = 0 AND status = 'active';";

// Version 7: canvassing. An attempt names the phone it dialled (a wrong number marks that
// phone bad) and a scheduled call-back; result codes are configurable per campaign and sync.
const char* const kSchemaV7 =
    "ALTER TABLE contact_attempts ADD COLUMN phone_id INTEGER REFERENCES phones(id);"
    "ALTER TABLE contact_attempts ADD COLUMN callback_at INTEGER;"
    "CREATE INDEX contact_attempts_list ON contact_attempts(list_id, at);"
    "CREATE INDEX contact_attempts_at ON contact_attempts(at);"
    "CREATE TABLE result_codes (" SYNC_COLUMNS
    " channel TEXT NOT NULL, code TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, effect TEXT NOT NULL,"
    " reached INTEGER NOT NULL DEFAULT 0, door_level INTEGER NOT NULL DEFAULT 0, recycle TEXT NOT NULL,"
    " position INTEGER NOT NULL, active INTEGER NOT NULL DEFAULT 1);"
    "CREATE INDEX result_codes_channel ON result_codes(channel, position);";

// Version 8: sync bookkeeping, local. The server's epoch and pull cursor (one row), rows
// pulled before the rows they reference (applied when those arrive), the losing values of
// fields that matter, and the changes the server refused.
const char* const kSchemaV8 =
    "CREATE TABLE sync_state (id INTEGER PRIMARY KEY CHECK (id = 1), server TEXT, epoch TEXT,"
    " cursor INTEGER NOT NULL DEFAULT 0, scope_digest TEXT, repush INTEGER NOT NULL DEFAULT 0,"
    " clock_offset INTEGER NOT NULL DEFAULT 0, last_sync INTEGER, last_error TEXT);"
    "CREATE TABLE sync_deferred (tbl TEXT NOT NULL, row_uuid TEXT NOT NULL, data TEXT NOT NULL,"
    " PRIMARY KEY (tbl, row_uuid)) WITHOUT ROWID;"
    "CREATE TABLE conflict_log (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, tbl TEXT NOT NULL,"
    " row_uuid TEXT NOT NULL, person_uuid TEXT, field TEXT NOT NULL, lost_value TEXT, kept_value TEXT,"
    " lost_site INTEGER, kept_site INTEGER, lost_at INTEGER, kept_at INTEGER);"
    "CREATE TABLE rejected_changes (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, tbl TEXT NOT NULL,"
    " row_uuid TEXT NOT NULL, reason TEXT NOT NULL);";

// Version 9: election day. An election's polls close at a time of day and may name an
// earlier election as its reference (turnout at the same hour last time is the expected
// curve). Per election and bureau the official registered count and expected turnout;
// proxy votes per voter. Marking types a bureau and a number on its list: one seek. The
// marks index carries the deletion flag, so counting who voted reads no mark row (the
// dashboard of 1,000,000 people with 350,000 marks: 2.1 s -> 0.4 s for that query).
const char* const kSchemaV9 =
    "ALTER TABLE elections ADD COLUMN closes TEXT NOT NULL DEFAULT '20:00';"
    "ALTER TABLE elections ADD COLUMN reference_id INTEGER REFERENCES elections(id);"
    "CREATE TABLE election_bureaux (" SYNC_COLUMNS
    " election_id INTEGER NOT NULL REFERENCES elections(id), district_id INTEGER NOT NULL REFERENCES districts(id),"
    " registered INTEGER, expected_turnout REAL);"
    "CREATE INDEX election_bureaux_election ON election_bureaux(election_id, district_id);"
    "CREATE TABLE proxies (" SYNC_COLUMNS
    " person_id INTEGER NOT NULL REFERENCES people(id), election_id INTEGER REFERENCES elections(id),"
    " proxy_name TEXT NOT NULL, status TEXT NOT NULL, note TEXT);"
    "CREATE INDEX proxies_person ON proxies(person_id);"
    "CREATE INDEX turnout_reports_election ON turnout_reports(election_id, district_id, at);"
    "CREATE INDEX people_bureau_number ON people(district_id, list_number) WHERE deleted = 0;"
    "DROP INDEX vote_marks_person;"
    "CREATE INDEX vote_marks_person ON vote_marks(election_id, person_id, deleted);";

// Version 10: canvassing. The phone bank's call script per campaign and per call list
// (syncs). "Reached" is the result codes' own flag (TERRAIN_SQL_REACHED), so the attempts
// index no longer names results: it covers the person, channel and result of every live
// attempt. The default result codes, survey and script are seeded here (canvassdefaults.h).
const char* const kSchemaV10 =
    "CREATE TABLE call_scripts (" SYNC_COLUMNS " list_id INTEGER REFERENCES lists(id), text TEXT NOT NULL);"
    "CREATE INDEX call_scripts_list ON call_scripts(list_id);"
    "DROP INDEX contact_attempts_reached;"
    "CREATE INDEX contact_attempts_reached ON contact_attempts(person_id, deleted, channel, result) WHERE deleted = 0;";

// Version 11: counting "contacted since a date" reads the period's attempts (their person,
// or their household when the attempt names no person) from one index instead of one row
// lookup per attempt; "last result" reads each person's latest live attempt in one ordered
// index scan instead of a window over the table. 1,000,000 people, 667,000 attempts:
// 0.96 s -> 0.07 s and 1.6 s -> 0.3 s for those queries (same loaded machine).
const char* const kSchemaV11 =
    "CREATE INDEX contact_attempts_since ON contact_attempts(at, person_id, household_id) WHERE deleted = 0;"
    "CREATE INDEX contact_attempts_latest ON contact_attempts(person_id, at, id, result) WHERE deleted = 0;";

// Version 12: the search index gets a prefix index of 4 characters: a common word of that
// length ("jean", "anne") is read as one list instead of a merge of every word it starts,
// which a search of several words paid at each keystroke (1,000,000 people: "bonneau jean"
// 8.4 ms -> 1.1). Without positions (detail = column): a search looks up single words in
// columns, never phrases, and the index costs no more to build than the one of version 2
// (a 1,000,000-voter import: 24.4 s -> 24.8; with 5 characters too, 27.1). Rebuilt from
// the people.
const char* const kSchemaV12 =
    "DROP TABLE search_index;"
    "CREATE VIRTUAL TABLE search_index USING fts5(name, address, phone,"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4', detail = column);";

// Version 13: the search index keeps no column sizes (columnsize = 0): nothing ranks by them,
// and each person refreshed (a pulled phone number, an edited name) wrote and deleted a row
// of them (1,000 of 100,000 people deleted and written again: 44-55 ms -> 31-38). Rebuilt
// from the people, without the words said twice (searchNameTerms, searchPhoneTerms).
const char* const kSchemaV13 =
    "DROP TABLE search_index;"
    "CREATE VIRTUAL TABLE search_index USING fts5(name, address, phone,"
    " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4', detail = column, columnsize = 0);";

#undef SYNC_COLUMNS

Status fillSearchIndex(Database& db)
{
    const QByteArray sql = QByteArray("INSERT INTO search_index(rowid, name, address, phone) ") + kSearchIndexSelect
        + "WHERE p.deleted = 0";
    return db.exec(sql.constData());
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1, "base schema", kSchemaV1},
        {2, "search index", kSchemaV2, fillSearchIndex},
        {3, "export log", kSchemaV3},
        {4, "district figures indexes", kSchemaV4},
        {5, "name index covers the People table's filters", kSchemaV5},
        {6, "call list phone numbers", kSchemaV6},
        {7, "canvassing", kSchemaV7},
        {8, "sync bookkeeping", kSchemaV8},
        {9, "election day", kSchemaV9},
        {10, "canvassing: call scripts, reached by flag, default codes", kSchemaV10, seedCanvassDefaults},
        {11, "lists: contacted-since and last-result indexes", kSchemaV11},
        {12, "search index: prefixes of 4 characters", kSchemaV12, fillSearchIndex},
        {13, "search index without column sizes", kSchemaV13, fillSearchIndex},
    };
    return all;
}

Status migrate(Database& db, int targetVersion)
{
    for (const Migration& migration : migrations()) {
        if (migration.version <= db.schemaVersion() || migration.version > targetVersion)
            continue;
        qCDebug(lcStorage) << "migrating" << db.path() << "to schema" << migration.version << migration.description;
        Database::Transaction tx(db);
        if (!tx.isActive())
            return makeError(QStringLiteral("db.locked"),
                             QCoreApplication::translate("terrain::Database", "The campaign file is busy."));
        Status applied = db.exec(migration.sql);
        if (applied && migration.after)
            applied = migration.after(db);
        if (!applied)
            return makeError(QStringLiteral("db.migrate"),
                             QCoreApplication::translate("terrain::Database", "Cannot upgrade the campaign file."),
                             QStringLiteral("migration %1: %2").arg(migration.version).arg(applied.error().detail));
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(migration.version);
        if (Status s = db.exec(setVersion.constData()); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return {};
}

} // namespace terrain
