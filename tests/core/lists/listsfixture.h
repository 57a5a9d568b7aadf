#pragma once

// The small campaign the lists tests share: tests/data/lists/liste.csv imported, with
// helpers to find its people by first name.
#include "importing/importer.h"
#include "storage/database.h"
#include "sync/repository.h"

#include "testsupport.h"

#include <QStringList>
#include <QTest>

#include <algorithm>

namespace terrain::test {

inline bool importListsFixture(Database& db, const QString& dir)
{
    ImportRequest request;
    request.path = testDataPath(QStringLiteral("lists/liste.csv"));
    request.rejectsPath = dir + QStringLiteral("/rejects.csv");
    auto plan = planImport(db, request);
    if (!plan) {
        qWarning("%s", qPrintable(plan.error().toString()));
        return false;
    }
    auto report = Importer(db).run(*plan);
    if (!report) {
        qWarning("%s", qPrintable(report.error().toString()));
        return false;
    }
    return report->added == 14;
}

inline qint64 personByFirstName(Database& db, const QString& firstNames)
{
    Statement st = db.prepare("SELECT id FROM people WHERE first_names = ?");
    st.bind(1, firstNames);
    return st.step() ? st.int64(0) : -1;
}

inline qint64 householdOfPerson(Database& db, qint64 person)
{
    Statement st = db.prepare("SELECT coalesce(household_id, 0) FROM people WHERE id = ?");
    st.bind(1, person);
    return st.step() ? st.int64(0) : -1;
}

// First names of these people, sorted (order-free comparison of a selection).
inline QStringList firstNames(Database& db, const QList<qint64>& ids)
{
    QStringList names;
    for (qint64 id : ids) {
        Statement st = db.prepare("SELECT first_names FROM people WHERE id = ?");
        st.bind(1, id);
        names << (st.step() ? st.text(0) : QStringLiteral("?"));
    }
    std::sort(names.begin(), names.end());
    return names;
}

inline QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace terrain::test
