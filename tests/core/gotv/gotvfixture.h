#pragma once

// The small campaign the election-day tests share: tests/data/gotv/liste.csv (two bureaux
// of Saint-Aubin, 10 + 4 voters) imported, then supports and opt-outs set by hand:
//
//   bureau 1  #1 Alice    support 1  mobile             14 rue de la Paix
//             #2 Bruno    support 2  landline           12 ter rue de la Paix
//             #3 Chloé    support 1  mobile, do-not-call 12 rue de la Paix
//             #4 Denis    support 2  mobile, do-not-SMS  3 avenue des Tilleuls
//             #5 Emma     support 1  no phone           5 avenue des Tilleuls
//             #6 Félix    support 3  mobile
//             #7 Gaëlle   support 1  mobile, moved away (not active)
//             #8 Hugo     support 5  mobile
//             #9 Inès     support 2  landline, do-not-visit  9 avenue des Tilleuls
//             #10 Jules   no support
//   bureau 2  #1 Karine   support 1  mobile             7 chemin du Moulin
//             #2 Louis    support 2  mobile             7 chemin du Moulin
//             #3 Marie    support 4
//             #4 Nathan   no support
#include "importing/importer.h"
#include "storage/database.h"
#include "sync/repository.h"

#include "testsupport.h"

#include <QTest>

namespace terrain::test {

inline qint64 personNamed(Database& db, const QString& firstNames)
{
    Statement st = db.prepare("SELECT id FROM people WHERE first_names = ?");
    st.bind(1, firstNames);
    return st.step() ? st.int64(0) : -1;
}

inline qint64 bureauCoded(Database& db, const QString& code)
{
    Statement st = db.prepare("SELECT id FROM districts WHERE kind = 'bureau' AND code = ?");
    st.bind(1, code);
    return st.step() ? st.int64(0) : -1;
}

inline bool setUpGotvCampaign(Database& db, const QString& dir)
{
    ImportRequest request;
    request.path = testDataPath(QStringLiteral("gotv/liste.csv"));
    request.rejectsPath = dir + QStringLiteral("/rejects.csv");
    auto plan = planImport(db, request);
    if (!plan) {
        qWarning("%s", qPrintable(plan.error().toString()));
        return false;
    }
    auto report = Importer(db).run(*plan);
    if (!report || report->added != 14) {
        qWarning("import: %s", report ? "not 14 people" : qPrintable(report.error().toString()));
        return false;
    }
    Repository repo(db, QStringLiteral("setup"));
    const auto set = [&](const char* name, const FieldValues& values) {
        auto changed = repo.update("people", personNamed(db, QString::fromUtf8(name)), values);
        if (!changed)
            qWarning("%s", qPrintable(changed.error().toString()));
        return changed.ok();
    };
    const QString support = QStringLiteral("support");
    bool ok = set("Alice", {{support, 1}}) && set("Bruno", {{support, 2}})
              && set("Chloé", {{support, 1}, {QStringLiteral("dnc_phone"), 1}})
              && set("Denis", {{support, 2}, {QStringLiteral("dnc_sms"), 1}}) && set("Emma", {{support, 1}})
              && set("Félix", {{support, 3}})
              && set("Gaëlle", {{support, 1}, {QStringLiteral("status"), QStringLiteral("moved")}})
              && set("Hugo", {{support, 5}}) && set("Inès", {{support, 2}, {QStringLiteral("dnc_door"), 1}})
              && set("Karine", {{support, 1}}) && set("Louis", {{support, 2}}) && set("Marie", {{support, 4}});
    return ok;
}

} // namespace terrain::test
