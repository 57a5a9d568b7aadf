#pragma once

// The import's internals, shared by importer.cpp and importsession.cpp only.

#include "importing/importer.h"
#include "storage/statement.h"
#include "sync/repository.h"
#include "util/uuid.h"

#include <QHash>
#include <QSet>

#include <optional>
#include <unordered_map>
#include <vector>

namespace terrain {

class Database;

// What a re-import compares for a person already known: only the fields the file maps.
struct Known
{
    qint64 id = 0;
    quint64 digest = 0;
    bool left = false;
    bool matched = false;
};

struct PreparedRow
{
    qint64 line = 0;
    std::optional<NormalizedRow> row; // empty when rejected
    QString reject;                   // why, for the rejects file
    QStringList raw;                  // the original fields, kept only for rejected rows
    bool duplicate = false;           // the same person as an earlier row
    QString folded;
    QString searchName;
    QString searchAddress;
    QString searchPhone;
    QString streetName;
    QString streetFolded;
    quint64 streetKey = 0;
    quint64 addressKey = 0;
    quint64 unitKey = 0;
    quint64 voterKey = 0;
    quint64 matchKey = 0;
};

// Computes the derived fields of a normalised row (on the reading thread).
void prepareDerived(PreparedRow& p);

using PreparedBatch = std::vector<PreparedRow>;

// One import's writing side: what exists (hashed keys), the prepared statements, and the
// rows it writes. Runs on the importing thread, inside the importer's transaction.
class ImportSession final
{
public:
    ImportSession(Database& db, const ImportPlan& plan, ImportReport& report);

    Status prepare();
    Status load();
    // For a file as large as the campaign, secondary indexes are dropped for the load and
    // rebuilt at the end (sorting once beats a million random index inserts), inside the
    // same transaction: a kill or a cancel leaves them as they were.
    Status dropIndexes();
    Status rebuildIndexes();
    // Imports one row; false with an error only for database failures (row errors are rejects).
    Status importRow(const PreparedRow& prepared);
    Status finish();

    qint64 maxPersonId() const { return m_maxPersonIdBefore; }

private:
    bool mapped(ImportField f) const { return m_mapped.contains(f); }
    quint64 digestOf(qint64 householdId, qint64 districtId, const QString& listNumber, const QString& externalId,
                     const QString& last, const QString& usage, const QString& first, const QString& sex,
                     const QString& birth, const QString& party) const;
    Result<qint64> district(const QString& kind, qint64 parentId, const QString& code, const QString& name);
    Result<qint64> street(qint64 communeId, const PreparedRow& p);
    Result<qint64> address(qint64 streetId, qint64 districtId, const PreparedRow& p);
    Result<qint64> household(qint64 addressId, const PreparedRow& p);
    // Rows the import inserts are announced to sync by one outbox row for the whole range
    // of their clocks (see Repository: "range" rows), written at the end.
    void noteInsert(qint64 hlc)
    {
        if (m_firstHlc == 0)
            m_firstHlc = hlc;
        m_lastHlc = hlc;
    }
    Status addContacts(qint64 personId, const NormalizedRow& row, bool checkExisting);
    Status insertPerson(const PreparedRow& p, qint64 householdId, qint64 districtId);
    Status updatePerson(Known& known, const PreparedRow& p, qint64 householdId, qint64 districtId);

    Database& m_db;
    const ImportPlan& m_plan;
    ImportReport& m_report;
    Repository m_repo;
    UuidGenerator m_uuids;
    qint64 m_now;
    QSet<ImportField> m_mapped;
    qint64 m_maxPersonIdBefore = 0;
    qint64 m_firstHlc = 0;
    qint64 m_lastHlc = 0;

    Statement m_insDistrict, m_insStreet, m_insAddress, m_insHousehold, m_insPerson, m_insPhone, m_insEmail,
        m_findPhone, m_findEmail, m_insSearch;
    // Keys are 64-bit hashes of the natural keys: a million households cost 16 bytes each
    // instead of a string (a collision is about as likely as a meteor on the office).
    QHash<quint64, qint64> m_districts;  // kind|parent|code
    QHash<quint64, qint64> m_streets;    // commune|folded
    QHash<quint64, qint64> m_addresses;  // addressKey
    QHash<quint64, qint64> m_households; // address|folded unit
    std::unordered_map<quint64, Known> m_people;      // hash of voter key
    std::unordered_map<quint64, quint64> m_byMatchKey; // hash of names+birth -> hash of voter key
    QSet<qint64> m_communes;            // communes this file covers
    std::vector<qint64> m_matchedIds;   // known people found in the file
    std::vector<qint64> m_refreshIds;   // known people whose search row must be rewritten
    QList<QByteArray> m_droppedIndexes; // CREATE INDEX statements to run again
};

} // namespace terrain
