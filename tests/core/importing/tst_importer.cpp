#include "importing/importer.h"
#include "storage/database.h"
#include "sync/repository.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace terrain;

namespace {

Result<ImportReport> importFile(Database& db, const QString& path, const QString& rejects = {},
                                const QStringList& overrides = {}, bool dryRun = false)
{
    ImportRequest request;
    request.path = path;
    request.rejectsPath = rejects;
    request.overrides = overrides;
    request.dryRun = dryRun;
    auto plan = planImport(db, request);
    if (!plan)
        return plan.error();
    Importer importer(db);
    return importer.run(*plan);
}

QString data(const char* name)
{
    return test::testDataPath(QStringLiteral("import/") + QLatin1StringView(name));
}

// Everything a user could see of the people, one line each, in a stable order.
QStringList snapshot(Database& db)
{
    return test::column(db, "SELECT p.voter_key || '|' || p.last_name || '|' || coalesce(p.usage_name, '') || '|' ||"
                            " p.first_names || '|' || coalesce(p.birth_date, '') || '|' || p.status || '|' ||"
                            " coalesce(p.support, '') || '|' || coalesce(a.number, '') || coalesce(a.suffix, '') || ' ' ||"
                            " coalesce(s.name, a.lieu_dit, '') || '|' || coalesce(h.unit, '') || '|' || d.code"
                            " FROM people p LEFT JOIN households h ON h.id = p.household_id"
                            " LEFT JOIN addresses a ON a.id = h.address_id LEFT JOIN streets s ON s.id = a.street_id"
                            " JOIN districts d ON d.id = p.district_id ORDER BY p.voter_key");
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTheElectoralList()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        const QString rejects = campaign.dir() + QStringLiteral("/rejects.csv");
        auto report = importFile(db, data("liste-v1.csv"), rejects);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->rows, 10);
        QCOMPARE(report->added, 7);
        QCOMPARE(report->rejected, 3);
        QCOMPARE(report->duplicates, 1);
        QCOMPARE(report->rejectsPath, rejects);

        // The district tree: one commune, two bureaux, named from the file.
        QCOMPARE(test::column(db, "SELECT kind || ':' || code || ':' || name FROM districts ORDER BY id"),
                 (QStringList{QStringLiteral("commune:49287:Saint-Aubin"), QStringLiteral("bureau:1:Mairie"),
                              QStringLiteral("bureau:2:École Jules Ferry")}));
        // The Dupont family shares one household at 12 bis, Bât A, Apt 31; Garnier is in the
        // same building, another apartment.
        QCOMPARE(test::count(db, "SELECT count(DISTINCT household_id) FROM people WHERE last_name = 'DUPONT'"), 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM households h JOIN addresses a ON a.id = h.address_id"
                                 " WHERE a.number = 12 AND a.suffix = 'bis'"),
                 2);
        QCOMPARE(test::count(db, "SELECT count(*) FROM addresses WHERE lieu_dit IS NOT NULL AND street_id IS NULL"), 1);
        // Usage name and birth name both kept, dates as ISO, the key commune:bureau:number.
        QCOMPARE(test::column(db, "SELECT last_name || '/' || usage_name || '/' || birth_date || '/' || voter_key"
                                  " FROM people WHERE first_names = 'Élodie Marie'"),
                 QStringList{QStringLiteral("MARTIN/DUPONT/1980-03-12/C:49287:1:101")});
        // Place of birth and nationality are not stored anywhere.
        QCOMPARE(test::count(db, "SELECT count(*) FROM people WHERE notes LIKE '%Angers%' OR extra LIKE '%Angers%'"), 0);

        // The rejects file names line, column and value, and keeps the original row.
        QFile file(rejects);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.contains(QStringLiteral("Line 8, column “DateDeNaissance”: “31/02/1978”")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Line 9, column “NomdeNaissance”")));
        QVERIFY(text.contains(QStringLiteral("Line 10: the same person as line 3.")));
        QVERIFY(text.contains(QStringLiteral(";PETIT;")));

        // Every new row is announced to sync by one range row covering exactly the clocks of
        // the rows the import inserted, and every person is searchable.
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox"), 1);
        Statement range = db.prepare("SELECT tbl, fields FROM outbox");
        QVERIFY(range.step());
        QCOMPARE(range.text(0), QStringLiteral("*"));
        qint64 from = 0;
        qint64 to = 0;
        QVERIFY(Repository::parseRangeFields(range.text(1), &from, &to));
        Statement inRange = db.prepare(
            "SELECT (SELECT count(*) FROM people WHERE hlc BETWEEN ?1 AND ?2) + (SELECT count(*) FROM households WHERE"
            " hlc BETWEEN ?1 AND ?2) + (SELECT count(*) FROM addresses WHERE hlc BETWEEN ?1 AND ?2) +"
            " (SELECT count(*) FROM streets WHERE hlc BETWEEN ?1 AND ?2) + (SELECT count(*) FROM districts WHERE hlc"
            " BETWEEN ?1 AND ?2)");
        inRange.bind(1, from).bind(2, to);
        QVERIFY(inRange.step());
        QCOMPARE(inRange.int64(0),
                 test::count(db, "SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM households) +"
                                 " (SELECT count(*) FROM addresses) + (SELECT count(*) FROM streets) +"
                                 " (SELECT count(*) FROM districts)"));
        QCOMPARE(test::count(db, "SELECT count(*) FROM search_index"), 7);
        QCOMPARE(test::count(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'lefevre'"), 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM import_batches"), 1);
    }

    void reimportUpdatesAddsAndMarksLeft()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        QVERIFY(importFile(db, data("liste-v1.csv"), campaign.dir() + QStringLiteral("/r1.csv")));

        // What the campaign learned in between must survive the new extract.
        Repository repo(db, QStringLiteral("coordinator"));
        const qint64 garnier = db.scalar("SELECT id FROM people WHERE last_name = 'GARNIER'").toLongLong();
        const qint64 roux = db.scalar("SELECT id FROM people WHERE last_name = 'ROUX'").toLongLong();
        QVERIFY(repo.update("people", garnier, {{QStringLiteral("support"), 1}, {QStringLiteral("notes"), QStringLiteral("Bénévole")}}));
        QVERIFY(repo.update("people", roux, {{QStringLiteral("support"), 2}}));
        QVERIFY(repo.insert("contact_attempts", {{QStringLiteral("person_id"), garnier},
                                                 {QStringLiteral("channel"), QStringLiteral("door")},
                                                 {QStringLiteral("result"), QStringLiteral("canvassed")},
                                                 {QStringLiteral("at"), qint64(1)}}));

        auto report = importFile(db, data("liste-v2.csv"), campaign.dir() + QStringLiteral("/r2.csv"));
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->rows, 7);
        QCOMPARE(report->added, 1);     // Morel
        QCOMPARE(report->updated, 2);   // Roux moved, Bernard renumbered
        QCOMPARE(report->unchanged, 4);
        QCOMPARE(report->left, 1);      // Garnier
        QCOMPARE(report->rejected, 0);

        QCOMPARE(test::column(db, "SELECT status || ':' || support || ':' || notes FROM people WHERE last_name = 'GARNIER'"),
                 QStringList{QStringLiteral("left:1:Bénévole")});
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts"), 1);
        QCOMPARE(test::column(db, "SELECT a.number || ':' || p.support FROM people p JOIN households h ON h.id = p.household_id"
                                  " JOIN addresses a ON a.id = h.address_id WHERE p.last_name = 'ROUX'"),
                 QStringList{QStringLiteral("9:2")});
        // Bernard was renumbered 204 -> 210: the same person, found by name and birth date.
        QCOMPARE(test::column(db, "SELECT voter_key FROM people WHERE last_name = 'BERNARD'"),
                 QStringList{QStringLiteral("C:49287:2:210")});
        QCOMPARE(test::count(db, "SELECT count(*) FROM people"), 8);
        // The changes are in the history and the outbox, field by field.
        QCOMPARE(test::count(db, "SELECT count(*) FROM change_history WHERE field = 'status' AND new_value = 'left'"), 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox WHERE tbl = 'people' AND fields = 'status'"), 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'address:9 AND roux'"), 1);

        // Importing the same extract again changes nothing.
        const qint64 outboxBefore = test::count(db, "SELECT count(*) FROM outbox");
        auto again = importFile(db, data("liste-v2.csv"), campaign.dir() + QStringLiteral("/r3.csv"));
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 7);
        QCOMPARE(again->left, 0);
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox"), outboxBefore);

        // Back on the list: Garnier is active again, with her support level intact.
        auto back = importFile(db, data("liste-v1.csv"), campaign.dir() + QStringLiteral("/r4.csv"));
        QVERIFY(back);
        QCOMPARE(test::column(db, "SELECT status || ':' || support FROM people WHERE last_name = 'GARNIER'"),
                 QStringList{QStringLiteral("active:1")});
    }

    void dryRunChangesNothing()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        auto report = importFile(db, data("liste-v1.csv"), campaign.dir() + QStringLiteral("/r.csv"), {}, true);
        QVERIFY(report);
        QVERIFY(report->dryRun);
        QCOMPARE(report->added, 7);
        QCOMPARE(test::count(db, "SELECT count(*) FROM people"), 0);
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox"), 0);
        QCOMPARE(test::count(db, "SELECT count(*) FROM districts"), 0);
    }

    void cancelLeavesTheDatabaseAsItWas()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        QVERIFY(importFile(db, data("liste-v1.csv"), campaign.dir() + QStringLiteral("/r.csv")));
        const QStringList before = snapshot(db);

        ImportRequest request;
        request.path = data("liste-v2.csv");
        request.rejectsPath = campaign.dir() + QStringLiteral("/r2.csv");
        auto plan = planImport(db, request);
        QVERIFY(plan);
        Importer importer(db);
        std::atomic_bool cancel{true};
        importer.setCancelFlag(&cancel);
        auto report = importer.run(*plan);
        QVERIFY(!report);
        QCOMPARE(report.error().code, QStringLiteral("import.cancelled"));
        QCOMPARE(snapshot(db), before);
        QVERIFY(!db.inTransaction());
    }

    void windows1252ExtractWithOneAddressColumn()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        ImportRequest request;
        request.path = data("extrait-1252.csv");
        auto plan = planImport(db, request);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
        QCOMPARE(plan->dialect.encoding, TextEncoding::Windows1252);
        QCOMPARE(plan->mapping.profile.id, QStringLiteral("fr-adresse-unique"));
        QCOMPARE(plan->headers.at(3), QStringLiteral("Prénom"));
        request.rejectsPath = campaign.dir() + QStringLiteral("/r.csv");
        plan->request.rejectsPath = request.rejectsPath;
        auto report = Importer(db).run(*plan);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->added, 3);
        QCOMPARE(report->warnings, 2); // the phone "12" and "pas-un-email" are kept, flagged
        QCOMPARE(test::column(db, "SELECT last_name || ' ' || first_names FROM people ORDER BY id"),
                 (QStringList{QStringLiteral("FRANÇOIS Céline"), QStringLiteral("FRANÇOIS Noël"),
                              QStringLiteral("ŒUVRE Zoé")}));
        QCOMPARE(test::column(db, "SELECT coalesce(e164, '-') || ' ' || type FROM phones ORDER BY id"),
                 (QStringList{QStringLiteral("+33612345678 mobile"), QStringLiteral("- invalid"),
                              QStringLiteral("+33241000000 fixed")}));
        QCOMPARE(test::column(db, "SELECT address || ' ' || valid FROM emails ORDER BY id"),
                 (QStringList{QStringLiteral("celine.francois@example.fr 1"), QStringLiteral("pas-un-email 0")}));
        // Same building and apartment: one household for both François.
        QCOMPARE(test::count(db, "SELECT count(DISTINCT household_id) FROM people WHERE last_name = 'FRANÇOIS'"), 1);
        // Search by phone as typed nationally, and by a name without its accent.
        QCOMPARE(test::count(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'phone:0612345678'"), 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'zoe'"), 1);
    }

    void usVoterFileWithGenericProfile()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        ImportRequest request;
        request.path = data("us-voters.csv");
        request.phoneRegion = QStringLiteral("US");
        request.rejectsPath = campaign.dir() + QStringLiteral("/r.csv");
        auto plan = planImport(db, request);
        QVERIFY(plan);
        QCOMPARE(plan->mapping.profile.id, QStringLiteral("generic"));
        auto report = Importer(db).run(*plan);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->added, 2);
        QCOMPARE(test::column(db, "SELECT voter_key || ' ' || birth_date || ' ' || party FROM people ORDER BY id"),
                 (QStringList{QStringLiteral("X:springfield:100234 1970-04-15 DEM"),
                              QStringLiteral("X:springfield:100235 1985-12-01 REP")}));
        QCOMPARE(test::column(db, "SELECT e164 FROM phones"), QStringList{QStringLiteral("+12175550143")});
        QCOMPARE(test::column(db, "SELECT code FROM districts WHERE kind = 'bureau' ORDER BY code"),
                 (QStringList{QStringLiteral("12"), QStringLiteral("13")}));
    }

    void userMappingOverridesTheProfile()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        // Map the party column to notes instead, and ignore the phone column by number.
        auto report = importFile(db, data("us-voters.csv"), campaign.dir() + QStringLiteral("/r.csv"),
                                 {QStringLiteral("Party=notes"), QStringLiteral("12=ignore")});
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(test::column(db, "SELECT coalesce(party, '-') || ' ' || notes FROM people ORDER BY id"),
                 (QStringList{QStringLiteral("- DEM"), QStringLiteral("- REP")}));
        QCOMPARE(test::count(db, "SELECT count(*) FROM phones"), 0);

        // A mapping that names no last name is refused before anything is read.
        ImportRequest bad;
        bad.path = data("us-voters.csv");
        bad.overrides = {QStringLiteral("Last Name=ignore")};
        auto plan = planImport(db, bad);
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, QStringLiteral("mapping.noname"));
        bad.overrides = {QStringLiteral("Nope=phone")};
        QCOMPARE(planImport(db, bad).error().code, QStringLiteral("mapping.column"));
        bad.overrides = {QStringLiteral("Party=nope")};
        QCOMPARE(planImport(db, bad).error().code, QStringLiteral("mapping.field"));
    }

    void savedProfileIsProposedForTheSameHeaders()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        ImportRequest request;
        request.path = data("us-voters.csv");
        request.overrides = {QStringLiteral("Party=notes")};
        auto plan = planImport(db, request);
        QVERIFY(plan);
        auto saved = ProfileStore(db).save(QStringLiteral("County file"), plan->mapping, plan->headers);
        QVERIFY(saved);
        ImportRequest again;
        again.path = data("us-voters.csv");
        again.profile = QStringLiteral("County file");
        auto replan = planImport(db, again);
        QVERIFY(replan);
        QCOMPARE(replan->mapping.fields.at(10), ImportField::Notes);
        QCOMPARE(replan->mapping.profile.dateOrder, DateOrder::MonthFirst);
    }

    void rowsWithTooFewOrTooManyFieldsAreRejectedWhole()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        QFile csv(campaign.dir() + QStringLiteral("/ragged.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Nom;Prénom;Date de naissance;Ville\n1;2;MARTIN\nDUPONT;Jean;01/01/1970;Angers;en trop;encore\n"
                  "ROUX;Paul;02/02/1980;Angers\n");
        csv.close();
        const QString rejects = campaign.dir() + QStringLiteral("/rejects.csv");
        auto report = importFile(db, csv.fileName(), rejects);
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->added, 1);
        QCOMPARE(report->rejected, 2);
        QFile file(rejects);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[1].startsWith(QStringLiteral("2;Line 2: 3 fields where the header has 4.;1;2;MARTIN;")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].endsWith(QStringLiteral(";DUPONT;Jean;01/01/1970;Angers;en trop;encore\"")) ||
                     lines[2].contains(QStringLiteral("Angers;en trop;encore")),
                 qPrintable(lines[2]));
    }

    void badFilesGiveClearErrors()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        ImportRequest request;
        request.path = campaign.dir() + QStringLiteral("/missing.csv");
        auto plan = planImport(db, request);
        QVERIFY(!plan);
        QVERIFY(plan.error().detail.contains(QStringLiteral("missing.csv")) || plan.error().message.contains(QStringLiteral("missing.csv")));

        QFile unterminated(campaign.dir() + QStringLiteral("/bad.csv"));
        QVERIFY(unterminated.open(QIODevice::WriteOnly));
        unterminated.write("Nom;Prénom;Date de naissance\nDUPONT;Jean;01/01/1970\n\"MARTIN;Anne;02/02/1980\n");
        unterminated.close();
        request.path = unterminated.fileName();
        auto badPlan = planImport(db, request);
        QVERIFY(badPlan);
        auto report = Importer(db).run(*badPlan);
        QVERIFY(!report);
        QVERIFY2(report.error().toString().contains(QStringLiteral("3")), qPrintable(report.error().toString()));
        QCOMPARE(test::count(db, "SELECT count(*) FROM people"), 0); // the good first row is not half-written
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
