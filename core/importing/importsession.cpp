#include "importsession.h"

#include "search/searchindex.h"
#include "storage/database.h"
#include "storage/searchschema.h"
#include "util/logging.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QDateTime>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ImportSession", text);
}

quint64 hashKey(QStringView key)
{
    return qHash(key, size_t(0x9E3779B97F4A7C15ULL));
}

// Combines a parent's local id with the hash of a child's own key.
quint64 mix(qint64 parent, quint64 key)
{
    quint64 x = static_cast<quint64>(parent) * 0x9E3779B97F4A7C15ULL ^ key;
    x ^= x >> 31;
    x *= 0xBF58476D1CE4E5B9ULL;
    return x ^ (x >> 29);
}

// What tells two doors of one street apart (the street itself is the parent).
quint64 addressRestKey(bool onStreet, const ParsedAddress& a, const QString& postcode, const QString& city)
{
    return hashKey(QString((a.number ? QString::number(*a.number) : QString()) + u'|'
                           + (a.numberTo ? QString::number(*a.numberTo) : QString()) + u'|' + a.suffix + u'|'
                           + foldText(a.building) + u'|' + foldText(a.staircase) + u'|' + foldText(a.lieuDit) + u'|'
                           + foldText(a.complement) + u'|' + postcode + u'|' + (onStreet ? QString() : foldText(city))));
}

QString searchText(const NormalizedRow& row)
{
    const ParsedAddress& a = row.address;
    return foldText(QString((a.number ? QString::number(*a.number) : QString()) + u' ' + a.suffix + u' ' + a.street()
                            + u' ' + a.lieuDit + u' ' + a.building + u' ' + row.postcode + u' ' + row.city));
}

// A row read and normalised by the reading thread, with everything the writing thread
// needs already computed (folded names, search text, hashed keys).

} // namespace

void prepareDerived(PreparedRow& p)
{
    const NormalizedRow& row = *p.row;
    p.folded = row.foldedName();
    p.searchName = searchNameTerms(p.folded, row.birthName);
    if (row.hasAddress())
        p.searchAddress = searchText(row);
    if (!row.phone.raw.isEmpty())
        p.searchPhone = searchPhoneTerms(row.phone.e164, row.phone.raw);
    p.streetName = row.address.street();
    p.streetFolded = foldText(p.streetName);
    p.streetKey = hashKey(p.streetFolded);
    p.addressKey = addressRestKey(!p.streetName.isEmpty(), row.address, row.postcode, row.city);
    p.unitKey = hashKey(foldText(row.unit));
    p.voterKey = hashKey(row.voterKey);
    p.matchKey = row.matchKey.isEmpty() ? 0 : hashKey(row.matchKey);
}

ImportSession::ImportSession(Database& db, const ImportPlan& plan, ImportReport& report)
    : m_db(db),
      m_plan(plan),
      m_report(report),
      m_repo(db, plan.request.author.isEmpty() ? tr("import") : plan.request.author),
      m_now(QDateTime::currentMSecsSinceEpoch())
{
    for (ImportField f : plan.mapping.fields)
        m_mapped.insert(f);
}

Status ImportSession::prepare()
{
    sqlite3* h = m_db.handle();
    m_insDistrict = Statement(h, "INSERT INTO districts(uuid, hlc, site, parent_id, kind, code, name) VALUES(?,?,?,?,?,?,?)");
    m_insStreet = Statement(h, "INSERT INTO streets(uuid, hlc, site, commune_id, name, street_type, label, folded)"
                               " VALUES(?,?,?,?,?,?,?,?)");
    m_insAddress = Statement(h, "INSERT INTO addresses(uuid, hlc, site, street_id, number, number_to, suffix, building,"
                                " staircase, lieu_dit, complement, postcode, city, district_id, raw, search_text)"
                                " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    m_insHousehold = Statement(h, "INSERT INTO households(uuid, hlc, site, address_id, unit) VALUES(?,?,?,?,?)");
    m_insPerson = Statement(h, "INSERT INTO people(uuid, hlc, site, household_id, district_id, voter_key, list_number,"
                               " external_id, last_name, usage_name, first_names, folded_name, sex, birth_date, party,"
                               " notes, source, created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    m_insPhone = Statement(h, "INSERT INTO phones(uuid, hlc, site, person_id, e164, raw, type) VALUES(?,?,?,?,?,?,?)");
    m_insEmail = Statement(h, "INSERT INTO emails(uuid, hlc, site, person_id, address, valid) VALUES(?,?,?,?,?,?)");
    m_findPhone = Statement(h, "SELECT 1 FROM phones WHERE person_id = ? AND deleted = 0 AND (e164 = ? OR raw = ?)");
    m_findEmail = Statement(h, "SELECT 1 FROM emails WHERE person_id = ? AND deleted = 0 AND address = ?");
    m_insSearch = Statement(h, "INSERT INTO search_index(rowid, name, address, phone) VALUES(?, ?, ?, ?)");
    for (const Statement* st : {&m_insDistrict, &m_insStreet, &m_insAddress, &m_insHousehold, &m_insPerson, &m_insPhone,
                                &m_insEmail, &m_findPhone, &m_findEmail, &m_insSearch}) {
        if (!st->isValid())
            return makeError(QStringLiteral("import.sql"), tr("The import could not start."), st->errorMessage());
    }
    return {};
}

quint64 ImportSession::digestOf(qint64 householdId, qint64 districtId, const QString& listNumber,
                                const QString& externalId, const QString& last, const QString& usage,
                                const QString& first, const QString& sex, const QString& birth,
                                const QString& party) const
{
    QString text;
    text.reserve(128);
    const auto add = [&](ImportField f, const QString& v) {
        if (mapped(f))
            text += v;
        text += u'\x1f';
    };
    const bool hasAddress = mapped(ImportField::Address) || mapped(ImportField::StreetName)
        || mapped(ImportField::LieuDit) || mapped(ImportField::StreetNumber);
    text += hasAddress ? QString::number(householdId) : QString();
    text += u'\x1f';
    text += QString::number(districtId) + u'\x1f';
    add(ImportField::VoterNumber, listNumber);
    add(ImportField::ExternalId, externalId);
    add(ImportField::BirthName, last);
    add(ImportField::UsageName, usage);
    add(ImportField::FirstNames, first);
    add(ImportField::Sex, sex);
    add(ImportField::BirthDate, birth);
    add(ImportField::Party, party);
    return hashKey(text);
}

Status ImportSession::load()
{
    m_maxPersonIdBefore = m_db.scalar("SELECT coalesce(max(id), 0) FROM people").toLongLong();
    Statement d = m_db.prepare("SELECT id, kind, coalesce(parent_id, 0), code FROM districts WHERE deleted = 0");
    while (d.step())
        m_districts.insert(hashKey(QString(d.text(1) + u'|' + QString::number(d.int64(2)) + u'|' + d.text(3))),
                           d.int64(0));
    Statement s = m_db.prepare("SELECT id, coalesce(commune_id, 0), folded FROM streets WHERE deleted = 0");
    while (s.step())
        m_streets.insert(mix(s.int64(1), hashKey(s.text(2))), s.int64(0));
    Statement a = m_db.prepare("SELECT id, coalesce(street_id, 0), number, number_to, coalesce(suffix, ''),"
                               " coalesce(building, ''), coalesce(staircase, ''), coalesce(lieu_dit, ''),"
                               " coalesce(complement, ''), coalesce(postcode, ''), coalesce(city, '')"
                               " FROM addresses WHERE deleted = 0");
    while (a.step()) {
        ParsedAddress parsed;
        if (!a.isNull(2))
            parsed.number = a.integer(2);
        if (!a.isNull(3))
            parsed.numberTo = a.integer(3);
        parsed.suffix = a.text(4);
        parsed.building = a.text(5);
        parsed.staircase = a.text(6);
        parsed.lieuDit = a.text(7);
        parsed.complement = a.text(8);
        m_addresses.insert(mix(a.int64(1), addressRestKey(a.int64(1) > 0, parsed, a.text(9), a.text(10))), a.int64(0));
    }
    Statement h = m_db.prepare("SELECT id, address_id, coalesce(unit, '') FROM households WHERE deleted = 0");
    while (h.step())
        m_households.insert(mix(h.int64(1), hashKey(foldText(h.text(2)))), h.int64(0));

    Statement p = m_db.prepare(
        "SELECT id, voter_key, coalesce(household_id, 0), coalesce(district_id, 0), coalesce(list_number, ''),"
        " coalesce(external_id, ''), last_name, coalesce(usage_name, ''), first_names, coalesce(sex, ''),"
        " coalesce(birth_date, ''), coalesce(party, ''), status, folded_name"
        " FROM people WHERE deleted = 0 AND voter_key IS NOT NULL");
    while (p.step()) {
        Known known;
        known.id = p.int64(0);
        known.digest = digestOf(p.int64(2), p.int64(3), p.text(4), p.text(5), p.text(6), p.text(7), p.text(8),
                                p.text(9), p.text(10), p.text(11));
        known.left = p.text(12) == QLatin1StringView("left");
        const quint64 key = hashKey(p.text(1));
        m_people.emplace(key, known);
        if (!p.text(10).isEmpty())
            m_byMatchKey.emplace(hashKey(QString(p.text(13) + u'|' + foldText(p.text(6)) + u'|' + p.text(10))), key);
    }
    if (d.failed() || s.failed() || a.failed() || h.failed() || p.failed())
        return makeError(QStringLiteral("import.sql"), tr("The import could not start."), p.errorMessage());
    return {};
}

Status ImportSession::dropIndexes()
{
    // Not the ones the import itself looks things up with (phones and emails by person).
    Statement list = m_db.prepare(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
        " AND tbl_name IN ('people', 'addresses', 'households', 'streets')");
    QList<QByteArray> names;
    while (list.step()) {
        names << list.text(0).toUtf8();
        m_droppedIndexes << list.text(1).toUtf8();
    }
    for (const QByteArray& name : std::as_const(names)) {
        if (Status s = m_db.exec(QByteArray("DROP INDEX " + name).constData()); !s)
            return s;
    }
    return {};
}

Status ImportSession::rebuildIndexes()
{
    for (const QByteArray& sql : std::as_const(m_droppedIndexes)) {
        if (Status s = m_db.exec(sql.constData()); !s)
            return s;
    }
    m_droppedIndexes.clear();
    return {};
}

Result<qint64> ImportSession::district(const QString& kind, qint64 parentId, const QString& code, const QString& name)
{
    const quint64 key = hashKey(QString(kind + u'|' + QString::number(parentId) + u'|' + code));
    if (auto it = m_districts.constFind(key); it != m_districts.constEnd())
        return it.value();
    const QString uuid = m_uuids.next();
    const qint64 hlc = m_db.clock().tick();
    m_insDistrict.bind(1, uuid).bind(2, hlc).bind(3, m_db.siteId());
    m_insDistrict.bindOptional(4, parentId, parentId > 0).bind(5, kind).bind(6, code).bind(7, name.isEmpty() ? code : name);
    if (Status s = m_insDistrict.exec(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    noteInsert(hlc);
    m_districts.insert(key, id);
    return id;
}

Result<qint64> ImportSession::street(qint64 communeId, const PreparedRow& p)
{
    if (p.streetName.isEmpty())
        return qint64(0);
    const quint64 key = mix(communeId, p.streetKey);
    if (auto it = m_streets.constFind(key); it != m_streets.constEnd())
        return it.value();
    const ParsedAddress& address = p.row->address;
    const QString uuid = m_uuids.next();
    const qint64 hlc = m_db.clock().tick();
    m_insStreet.bind(1, uuid).bind(2, hlc).bind(3, m_db.siteId()).bindOptional(4, communeId, communeId > 0);
    m_insStreet.bind(5, p.streetName).bindOptional(6, address.streetType).bindOptional(7, address.streetName);
    m_insStreet.bind(8, p.streetFolded);
    if (Status s = m_insStreet.exec(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    noteInsert(hlc);
    m_streets.insert(key, id);
    return id;
}

Result<qint64> ImportSession::address(qint64 streetId, qint64 districtId, const PreparedRow& p)
{
    const NormalizedRow& row = *p.row;
    const ParsedAddress& a = row.address;
    const quint64 key = mix(streetId, p.addressKey);
    if (auto it = m_addresses.constFind(key); it != m_addresses.constEnd())
        return it.value();
    const QString uuid = m_uuids.next();
    const qint64 hlc = m_db.clock().tick();
    Statement& st = m_insAddress;
    st.bind(1, uuid).bind(2, hlc).bind(3, m_db.siteId()).bindOptional(4, streetId, streetId > 0);
    st.bindOptional(5, a.number.value_or(0), a.number.has_value());
    st.bindOptional(6, a.numberTo.value_or(0), a.numberTo.has_value());
    st.bindOptional(7, a.suffix).bindOptional(8, a.building).bindOptional(9, a.staircase).bindOptional(10, a.lieuDit);
    st.bindOptional(11, a.complement).bindOptional(12, row.postcode).bindOptional(13, row.city);
    st.bindOptional(14, districtId, districtId > 0).bind(15, row.rawAddress).bind(16, p.searchAddress);
    if (Status s = st.exec(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    noteInsert(hlc);
    m_addresses.insert(key, id);
    return id;
}

Result<qint64> ImportSession::household(qint64 addressId, const PreparedRow& p)
{
    const QString& unit = p.row->unit;
    const quint64 key = mix(addressId, p.unitKey);
    if (auto it = m_households.constFind(key); it != m_households.constEnd())
        return it.value();
    const QString uuid = m_uuids.next();
    const qint64 hlc = m_db.clock().tick();
    m_insHousehold.bind(1, uuid).bind(2, hlc).bind(3, m_db.siteId()).bind(4, addressId).bindOptional(5, unit);
    if (Status s = m_insHousehold.exec(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    noteInsert(hlc);
    m_households.insert(key, id);
    return id;
}

Status ImportSession::addContacts(qint64 personId, const NormalizedRow& row, bool checkExisting)
{
    bool added = false;
    if (!row.phone.raw.isEmpty()) {
        bool exists = false;
        if (checkExisting) {
            m_findPhone.bind(1, personId).bind(2, row.phone.e164).bind(3, row.phone.raw);
            exists = m_findPhone.step();
            m_findPhone.reset();
        }
        if (!exists) {
            const QString uuid = m_uuids.next();
            const qint64 hlc = m_db.clock().tick();
            m_insPhone.bind(1, uuid).bind(2, hlc).bind(3, m_db.siteId()).bind(4, personId);
            m_insPhone.bindOptional(5, row.phone.e164).bind(6, row.phone.raw).bind(7, PhoneNormalizer::typeName(row.phone.type));
            if (Status s = m_insPhone.exec(); !s)
                return s;
            noteInsert(hlc);
            added = true;
        }
    }
    if (!row.email.isEmpty()) {
        bool exists = false;
        if (checkExisting) {
            m_findEmail.bind(1, personId).bind(2, row.email);
            exists = m_findEmail.step();
            m_findEmail.reset();
        }
        if (!exists) {
            const QString uuid = m_uuids.next();
            const qint64 hlc = m_db.clock().tick();
            m_insEmail.bind(1, uuid).bind(2, hlc).bind(3, m_db.siteId()).bind(4, personId).bind(5, row.email).bind(
                6, row.emailValid);
            if (Status s = m_insEmail.exec(); !s)
                return s;
            noteInsert(hlc);
        }
    }
    if (added && checkExisting)
        m_refreshIds.push_back(personId);
    return {};
}

Status ImportSession::insertPerson(const PreparedRow& p, qint64 householdId, qint64 districtId)
{
    const NormalizedRow& row = *p.row;
    const QString uuid = m_uuids.next();
    const qint64 hlc = m_db.clock().tick();
    Statement& st = m_insPerson;
    st.bind(1, uuid).bind(2, hlc).bind(3, m_db.siteId()).bindOptional(4, householdId, householdId > 0);
    st.bindOptional(5, districtId, districtId > 0).bind(6, row.voterKey);
    bool isNumber = false;
    const qint64 number = row.voterNumber.toLongLong(&isNumber);
    if (isNumber)
        st.bind(7, number);
    else
        st.bindOptional(7, row.voterNumber);
    st.bindOptional(8, row.externalId).bind(9, row.birthName).bindOptional(10, row.usageName).bind(11, row.firstNames);
    st.bind(12, p.folded).bindOptional(13, row.sex).bindOptional(14, row.birthDate).bindOptional(15, row.party);
    st.bindOptional(16, row.notes).bind(17, QString(u"import:" + m_report.batchUuid)).bind(18, m_now);
    if (Status s = st.exec(); !s)
        return s;
    const qint64 id = m_db.lastInsertId();
    noteInsert(hlc);
    ++m_report.added;
    // The search row, as SearchIndex would build it (kSearchIndexSelect), without reading
    // back what was just written.
    m_insSearch.bind(1, id).bind(2, p.searchName).bind(3, p.searchAddress).bind(4, p.searchPhone);
    if (Status s = m_insSearch.exec(); !s)
        return s;
    return addContacts(id, row, false);
}

Status ImportSession::updatePerson(Known& known, const PreparedRow& p, qint64 householdId, qint64 districtId)
{
    const NormalizedRow& row = *p.row;
    known.matched = true;
    m_matchedIds.push_back(known.id);
    const quint64 digest = digestOf(householdId, districtId, row.voterNumber, row.externalId, row.birthName,
                                    row.usageName, row.firstNames, row.sex, row.birthDate, row.party);
    bool changed = false;
    if (digest != known.digest || known.left) {
        FieldValues values;
        const auto set = [&](ImportField f, const char* column, const QVariant& v) {
            if (f == ImportField::Ignore || mapped(f))
                values.emplace_back(QString::fromLatin1(column), v);
        };
        const auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
        if (mapped(ImportField::Address) || mapped(ImportField::StreetName) || mapped(ImportField::LieuDit))
            values.emplace_back(QStringLiteral("household_id"), householdId > 0 ? QVariant(householdId) : QVariant());
        values.emplace_back(QStringLiteral("district_id"), districtId > 0 ? QVariant(districtId) : QVariant());
        set(ImportField::VoterNumber, "list_number", orNull(row.voterNumber));
        set(ImportField::VoterNumber, "voter_key", row.voterKey);
        set(ImportField::ExternalId, "external_id", orNull(row.externalId));
        set(ImportField::BirthName, "last_name", row.birthName);
        set(ImportField::UsageName, "usage_name", orNull(row.usageName));
        set(ImportField::FirstNames, "first_names", row.firstNames);
        set(ImportField::Ignore, "folded_name", p.folded);
        set(ImportField::Sex, "sex", orNull(row.sex));
        set(ImportField::BirthDate, "birth_date", orNull(row.birthDate));
        set(ImportField::Party, "party", orNull(row.party));
        if (known.left)
            values.emplace_back(QStringLiteral("status"), QStringLiteral("active"));
        auto written = m_repo.update("people", known.id, values);
        if (!written)
            return written.error();
        changed = *written > 0;
        if (changed)
            m_refreshIds.push_back(known.id);
    }
    if (changed)
        ++m_report.updated;
    else
        ++m_report.unchanged;
    return addContacts(known.id, row, true);
}

Status ImportSession::importRow(const PreparedRow& p)
{
    const NormalizedRow& row = *p.row;
    // Commune > bureau; the bureau holds the person, the address keeps its own bureau
    // (a long street can span two).
    auto commune = district(QStringLiteral("commune"), 0, row.communeKey(),
                            row.communeName.isEmpty() ? row.city : row.communeName);
    if (!commune)
        return commune.error();
    m_communes.insert(*commune);
    qint64 districtId = *commune;
    if (!row.bureauCode.isEmpty()) {
        auto bureau = district(QStringLiteral("bureau"), *commune, row.bureauCode, row.bureauName);
        if (!bureau)
            return bureau.error();
        districtId = *bureau;
    }
    qint64 householdId = 0;
    if (row.hasAddress()) {
        auto streetId = street(*commune, p);
        if (!streetId)
            return streetId.error();
        auto addressId = address(*streetId, districtId, p);
        if (!addressId)
            return addressId.error();
        auto h = household(*addressId, p);
        if (!h)
            return h.error();
        householdId = *h;
    }

    auto it = m_people.find(p.voterKey);
    if (it == m_people.end() && p.matchKey != 0) {
        // Not under its key (renumbered, or moved to another bureau): the same names and
        // birth date still find the person, unless someone else already claimed them.
        if (auto m = m_byMatchKey.find(p.matchKey); m != m_byMatchKey.end()) {
            auto candidate = m_people.find(m->second);
            if (candidate != m_people.end() && !candidate->second.matched)
                it = candidate;
        }
    }
    if (it != m_people.end() && !it->second.matched)
        return updatePerson(it->second, p, householdId, districtId);
    return insertPerson(p, householdId, districtId);
}

Status ImportSession::finish()
{
    // People of the communes this file covers, imported from a full list before, and
    // absent now: they left the list. Their campaign data stays.
    const bool markLeft = m_plan.request.markMissingAsLeft.value_or(m_plan.mapping.profile.fullList);
    if (markLeft && !m_communes.isEmpty()) {
        if (Status s = m_db.exec("CREATE TEMP TABLE IF NOT EXISTS import_seen(id INTEGER PRIMARY KEY);"
                                 "DELETE FROM temp.import_seen;"
                                 "CREATE TEMP TABLE IF NOT EXISTS import_communes(id INTEGER PRIMARY KEY);"
                                 "DELETE FROM temp.import_communes;"
                                 "DROP TABLE IF EXISTS temp.import_left;");
            !s)
            return s;
        Statement seen = m_db.prepare("INSERT OR IGNORE INTO temp.import_seen(id) VALUES(?)");
        for (qint64 id : m_matchedIds) {
            seen.bind(1, id);
            if (Status s = seen.exec(); !s)
                return s;
        }
        Statement commune = m_db.prepare("INSERT OR IGNORE INTO temp.import_communes(id) VALUES(?)");
        for (qint64 id : std::as_const(m_communes)) {
            commune.bind(1, id);
            if (Status s = commune.exec(); !s)
                return s;
        }
        Statement left = m_db.prepare(
            "CREATE TEMP TABLE import_left AS SELECT p.id, p.uuid FROM people p JOIN districts d ON d.id = p.district_id"
            " WHERE p.deleted = 0 AND p.status = 'active' AND p.source LIKE 'import:%' AND p.id <= ?"
            " AND (CASE WHEN d.kind = 'commune' THEN d.id ELSE d.parent_id END) IN (SELECT id FROM temp.import_communes)"
            " AND p.id NOT IN (SELECT id FROM temp.import_seen)");
        left.bind(1, m_maxPersonIdBefore);
        if (Status s = left.exec(); !s)
            return s;
        m_report.left = m_db.scalar("SELECT count(*) FROM temp.import_left").toLongLong();
        if (m_report.left > 0) {
            const qint64 hlc = m_db.clock().tick();
            if (Status s = m_db.exec("UPDATE people SET status = 'left' WHERE id IN (SELECT id FROM temp.import_left)"); !s)
                return s;
            Statement clocks = m_db.prepare(
                "INSERT INTO field_clocks(tbl, row_uuid, field, hlc, site) SELECT 'people', uuid, 'status', ?, ?"
                " FROM temp.import_left WHERE true"
                " ON CONFLICT(tbl, row_uuid, field) DO UPDATE SET hlc = excluded.hlc, site = excluded.site");
            clocks.bind(1, hlc).bind(2, m_db.siteId());
            Statement out = m_db.prepare(
                "INSERT INTO outbox(tbl, row_uuid, fields, hlc) SELECT 'people', uuid, 'status', ? FROM temp.import_left");
            out.bind(1, hlc);
            Statement history = m_db.prepare(
                "INSERT INTO change_history(tbl, row_uuid, person_uuid, field, old_value, new_value, author, at)"
                " SELECT 'people', uuid, uuid, 'status', 'active', 'left', ?, ? FROM temp.import_left");
            history.bind(1, m_repo.author()).bind(2, HybridLogicalClock::millis(hlc));
            for (Statement* st : {&clocks, &out, &history}) {
                if (Status s = st->exec(); !s)
                    return s;
            }
        }
        if (Status s = m_db.exec("DROP TABLE temp.import_left"); !s)
            return s;
    }

    if (m_lastHlc > 0) {
        Statement range = m_db.prepare("INSERT INTO outbox(tbl, row_uuid, fields, hlc) VALUES('*', ?, ?, ?)");
        range.bind(1, m_report.batchUuid).bind(2, Repository::rangeFields(m_firstHlc, m_lastHlc)).bind(3, m_lastHlc);
        if (Status s = range.exec(); !s)
            return s;
    }

    // The search index: new people were indexed as they came; changed ones are rewritten.
    SearchIndex index(m_db);
    if (!m_refreshIds.empty()) {
        if (Status s = index.refresh(QList<qint64>(m_refreshIds.begin(), m_refreshIds.end())); !s)
            return s;
    }
    return m_db.persistClock();
}

} // namespace terrain
