#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace terrain;
using test::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpAndUsage()
    {
        const auto help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"init", "demo", "preview", "profiles", "import", "stats", "search", "export"})
            QVERIFY2(help.out.contains(QLatin1StringView(command)), command);
        for (const char* command : {"init", "demo", "preview", "profiles", "import", "stats", "search", "export"}) {
            const auto h = runCli({QLatin1StringView(command), QStringLiteral("--help")});
            QCOMPARE(h.exitCode, 0);
            QVERIFY2(h.out.contains(QStringLiteral("--db")), command);
        }
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--nope")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("import")}).exitCode, 2); // no file named
    }

    // A French system gets French messages (the tests themselves run in the C locale).
    void speaksTheSystemsLanguage()
    {
        QProcessEnvironment french = QProcessEnvironment::systemEnvironment();
        french.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
        french.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        const auto help = runCli({QStringLiteral("--help")}, {}, 60000, french);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Utilisation")), qPrintable(help.out.left(200)));
        QVERIFY(runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("Usage")));
    }

    void importStatsSearchExport()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.terrain"));
        const QString list = test::testDataPath(QStringLiteral("import/liste-v1.csv"));

        // A campaign that does not exist is an error (1) with the path, not a new file.
        const auto missing = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("c.terrain")));
        QVERIFY(!QFile::exists(db));

        const auto init = runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                                  QStringLiteral("Municipales")});
        QCOMPARE(init.exitCode, 0);
        const auto dry = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, list, QStringLiteral("--dry-run"),
                                 QStringLiteral("--rejects"), dir.filePath(QStringLiteral("r0.csv"))});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains(QStringLiteral("Added:      7")));
        QVERIFY(runCli({QStringLiteral("stats"), QStringLiteral("--db"), db}).out.contains(QStringLiteral("People:          0")));

        const QString rejects = dir.filePath(QStringLiteral("r.csv"));
        const auto imported = runCli({QStringLiteral("import"), QStringLiteral("--db"), db, list,
                                      QStringLiteral("--rejects"), rejects});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(QStringLiteral("Rejected:   3")), qPrintable(imported.out));
        QVERIFY(QFile::exists(rejects));

        const auto stats = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db});
        QVERIFY(stats.out.contains(QStringLiteral("Campaign:        Municipales")));
        QVERIFY(stats.out.contains(QStringLiteral("People:          7")));

        const auto search = runCli({QStringLiteral("search"), QStringLiteral("--db"), db, QStringLiteral("lefevre")});
        QCOMPARE(search.exitCode, 0);
        QVERIFY2(search.out.contains(QStringLiteral("LEFÈVRE Anne")), qPrintable(search.out));
        QCOMPARE(search.out.count(u'\n'), 1);

        // Excel France: BOM, ';', CRLF. Standard: ',' and LF.
        const QString excel = dir.filePath(QStringLiteral("people.csv"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("-o"), excel}).exitCode, 0);
        QFile file(excel);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(bytes.contains(";DUPONT;"));
        const QString standard = dir.filePath(QStringLiteral("people-std.csv"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("-o"), standard})
                     .exitCode,
                 0);
        QFile std(standard);
        QVERIFY(std.open(QIODevice::ReadOnly));
        const QByteArray stdBytes = std.readAll();
        QVERIFY(!stdBytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!stdBytes.contains("\r\n"));
        QCOMPARE(stdBytes.count('\n'), 8);
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("pdf"), QStringLiteral("-o"), standard})
                     .exitCode,
                 2);
    }

    void exportNeutralisesFormulas()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("c.terrain"));
        const QString csv = dir.filePath(QStringLiteral("evil.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Nom;Prénom;Date de naissance;Ville\n=HYPERLINK(\"http://x\");+Jean;01/01/1970;@SUM(A1)\n");
        file.close();
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), db, csv, QStringLiteral("--rejects"),
                         dir.filePath(QStringLiteral("r.csv"))})
                     .exitCode,
                 0);
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(runCli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                         QStringLiteral("csv"), QStringLiteral("-o"), out})
                     .exitCode,
                 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY2(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(",'+Jean,")));
        QVERIFY(text.contains(QStringLiteral(",'@SUM(A1),")));
    }

    void previewRawAndMapped()
    {
        const QString list = test::testDataPath(QStringLiteral("import/extrait-1252.csv"));
        const auto raw = runCli({QStringLiteral("preview"), list, QStringLiteral("--raw")});
        QCOMPARE(raw.exitCode, 0);
        const QJsonArray records = QJsonDocument::fromJson(raw.out.toUtf8()).array();
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).toArray().at(3).toString(), QStringLiteral("Prénom"));
        QCOMPARE(records.at(3).toArray().at(2).toString(), QStringLiteral("ŒUVRE"));

        QTemporaryDir dir;
        const auto mapped = runCli({QStringLiteral("preview"), QStringLiteral("--db"),
                                    dir.filePath(QStringLiteral("p.terrain")), list});
        QCOMPARE(mapped.exitCode, 0);
        QVERIFY(mapped.out.contains(QStringLiteral("windows-1252")));
        QVERIFY(mapped.out.contains(QStringLiteral("France: extract with one address column")));
        QVERIFY(mapped.out.contains(QStringLiteral("Courriel")));

        const auto bad = runCli({QStringLiteral("preview"), QStringLiteral("/nonexistent/file.csv"), QStringLiteral("--raw")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains(QStringLiteral("/nonexistent/file.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
