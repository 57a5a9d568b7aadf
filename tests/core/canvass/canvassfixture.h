#pragma once

// Shared set-up of the canvass tests: a small demo commune, and walk / call lists written
// straight into the schema (the lists module builds them for real; these tests must not
// depend on it).

#include "demo/democampaign.h"
#include "storage/database.h"
#include "sync/repository.h"

#include <QDateTime>
#include <QTest>

#include <vector>

namespace terrain::test {

inline void makeDemo(Database& db, int voters = 300, bool history = true)
{
    DemoCampaignOptions options;
    options.voters = voters;
    options.bureaux = 1;
    options.seed = 7;
    options.history = history;
    auto report = createDemoCampaign(db, options);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
}

// Active people in walk order (street, number, household, person), as many as asked; `fresh`
// ones have no history yet (no attempt, no support level, every channel open).
inline std::vector<qint64> peopleInWalkOrder(Database& db, int limit, bool withPhone = false, bool fresh = false)
{
    const QString sql = QStringLiteral(
                            "SELECT p.id FROM people p JOIN households h ON h.id = p.household_id"
                            " JOIN addresses a ON a.id = h.address_id LEFT JOIN streets s ON s.id = a.street_id"
                            " WHERE p.deleted = 0 AND p.status = 'active' %1 %2"
                            " ORDER BY s.folded, a.number, h.id, p.id LIMIT ?")
                            .arg(withPhone ? QStringLiteral("AND EXISTS (SELECT 1 FROM phones f WHERE f.person_id = p.id"
                                                            " AND f.deleted = 0 AND f.bad = 0) AND p.dnc_phone = 0")
                                           : QString(),
                                 fresh ? QStringLiteral("AND p.support IS NULL AND p.dnc_door = 0 AND p.dnc_phone = 0"
                                                        " AND NOT EXISTS (SELECT 1 FROM contact_attempts c"
                                                        " WHERE c.person_id = p.id)")
                                       : QString());
    Statement st = db.prepare(sql);
    st.bind(1, limit);
    std::vector<qint64> ids;
    while (st.step())
        ids.push_back(st.int64(0));
    return ids;
}

// A list of these people, ranked in the given order.
inline qint64 makeList(Database& db, const char* kind, const QString& code, const std::vector<qint64>& people,
                       const QString& assignee = QStringLiteral("Camille"))
{
    Repository repo(db, QStringLiteral("coordinator"));
    auto list = repo.insert("lists", {{QStringLiteral("kind"), QString::fromLatin1(kind)},
                                      {QStringLiteral("name"), QString(QStringLiteral("Liste ") + code)},
                                      {QStringLiteral("code"), code},
                                      {QStringLiteral("assignee"), assignee},
                                      {QStringLiteral("status"), QStringLiteral("printed")},
                                      {QStringLiteral("created_at"), QDateTime::currentMSecsSinceEpoch()}});
    if (!list)
        return -1;
    int rank = 0;
    for (qint64 person : people) {
        auto member = repo.insert("list_members", {{QStringLiteral("list_id"), *list},
                                                   {QStringLiteral("person_id"), person},
                                                   {QStringLiteral("rank"), ++rank},
                                                   {QStringLiteral("present"), 1}});
        if (!member)
            return -1;
    }
    return *list;
}

inline qint64 householdOf(Database& db, qint64 person)
{
    Statement st = db.prepare("SELECT household_id FROM people WHERE id = ?");
    st.bind(1, person);
    return st.step() ? st.int64(0) : -1;
}

// Adds a phone to a person (a second number, for the wrong-number tests).
inline qint64 addPhone(Database& db, qint64 person, const QString& e164)
{
    Repository repo(db, QStringLiteral("coordinator"));
    auto id = repo.insert("phones", {{QStringLiteral("person_id"), person},
                                     {QStringLiteral("e164"), e164},
                                     {QStringLiteral("raw"), e164},
                                     {QStringLiteral("type"), QStringLiteral("mobile")},
                                     {QStringLiteral("bad"), qint64(0)}});
    return id ? *id : -1;
}

} // namespace terrain::test
