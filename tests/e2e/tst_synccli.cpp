// terrain-server and terrain-cli sync as an administrator and two laptops use them.
#include "clirunner.h"
#include "testsupport.h"

#include "sync/repository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace terrain;
using namespace terrain::test;

namespace {

CliResult runServer(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.start(QStringLiteral(TERRAIN_SERVER), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

qint64 peopleIn(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    return db ? count(**db, "SELECT count(*) FROM people WHERE deleted = 0") : -1;
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_serverDb;
    QProcess m_server;
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        m_serverDb = m_dir.filePath(QStringLiteral("server.db"));
        const QStringList db{QStringLiteral("--db"), m_serverDb};
        QCOMPARE(runServer(QStringList{QStringLiteral("init")} + db).exitCode, 0);
        QCOMPARE(runServer(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anne"),
                                       QStringLiteral("--role"), QStringLiteral("coordinator")} + db,
                           "un mot de passe\n")
                     .exitCode,
                 0);
        QCOMPARE(runServer(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bruno"),
                                       QStringLiteral("--role"), QStringLiteral("admin")} + db,
                           "autre mot de passe\n")
                     .exitCode,
                 0);
        m_server.start(QStringLiteral(TERRAIN_SERVER), QStringList{QStringLiteral("serve"), QStringLiteral("--port"),
                                                                    QStringLiteral("0")} + db);
        QVERIFY(m_server.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        while (!out.contains('\n') && timer.elapsed() < 20000) {
            m_server.waitForReadyRead(200);
            out += m_server.readAllStandardOutput();
        }
        const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("127\\.0\\.0\\.1:(\\d+)")).match(QString::fromUtf8(out));
        QVERIFY2(match.hasMatch(), out.constData());
        m_url = QStringLiteral("http://127.0.0.1:") + match.captured(1);
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void serverCommandsHaveHelpAndRefuseUnsafeSettings()
    {
        for (const char* command : {"init", "serve", "user", "backup", "restore", "new-epoch"}) {
            const CliResult help = runServer({QLatin1StringView(command), QStringLiteral("--help")});
            QCOMPARE(help.exitCode, 0);
            QVERIFY(help.out.contains(QStringLiteral("--db")));
        }
        QCOMPARE(runServer({QStringLiteral("--help")}).exitCode, 0);
        QCOMPARE(runServer({QStringLiteral("nonsense")}).exitCode, 2);
        const CliResult open = runServer({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("0.0.0.0"),
                                          QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), m_serverDb});
        QCOMPARE(open.exitCode, 1);
        QVERIFY(open.err.contains(QStringLiteral("TLS")));
        const CliResult weak = runServer({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                                          QStringLiteral("--role"), QStringLiteral("volunteer"), QStringLiteral("--db"),
                                          m_serverDb},
                                         "court\n");
        QCOMPARE(weak.exitCode, 1);
        const CliResult role = runServer({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                                          QStringLiteral("--role"), QStringLiteral("chef"), QStringLiteral("--db"), m_serverDb},
                                         "assez long mot\n");
        QCOMPARE(role.exitCode, 2);
        const CliResult missing = runServer({QStringLiteral("serve"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db"))});
        QCOMPARE(missing.exitCode, 1);
    }

    void twoLaptopsShareTheirWork()
    {
        const QString a = m_dir.filePath(QStringLiteral("a.terrain"));
        const QString b = m_dir.filePath(QStringLiteral("b.terrain"));
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--voters"), QStringLiteral("300"), QStringLiteral("--db"), a}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), b}).exitCode, 0);
        const qint64 people = peopleIn(a);
        QVERIFY(people >= 300);

        const QStringList syncA{QStringLiteral("sync"), QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                                QStringLiteral("anne"), QStringLiteral("--db"), a};
        const QStringList syncB{QStringLiteral("sync"), QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                                QStringLiteral("bruno"), QStringLiteral("--db"), b};
        const CliResult first = runCli(syncA, "un mot de passe\n");
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY(first.out.contains(QStringLiteral("rows sent")));
        const CliResult second = runCli(syncB, "autre mot de passe\n");
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(peopleIn(b), people);

        // Offline edits on both (through the single write path, as the app makes them), then both sync.
        QString firstUuid;
        QString lastUuid;
        {
            auto dbA = Database::open(a, Database::OpenMode::OpenExisting).value();
            firstUuid = column(*dbA, "SELECT uuid FROM people ORDER BY id LIMIT 1").value(0);
            lastUuid = column(*dbA, "SELECT uuid FROM people ORDER BY id DESC LIMIT 1").value(0);
            Repository repo(*dbA, QStringLiteral("anne"));
            QVERIFY(repo.update("people", dbA->scalar("SELECT max(id) FROM people").toLongLong(),
                                {{QStringLiteral("notes"), QStringLiteral("vu par Anne")}}));
        }
        {
            auto dbB = Database::open(b, Database::OpenMode::OpenExisting).value();
            Statement st = dbB->prepare("SELECT id FROM people WHERE uuid = ?");
            st.bind(1, firstUuid);
            QVERIFY(st.step());
            Repository repo(*dbB, QStringLiteral("bruno"));
            QVERIFY(repo.update("people", st.int64(0), {{QStringLiteral("notes"), QStringLiteral("vu par Bruno")}}));
        }
        QCOMPARE(runCli(syncA, "un mot de passe\n").exitCode, 0);
        QCOMPARE(runCli(syncB, "autre mot de passe\n").exitCode, 0);
        QCOMPARE(runCli(syncA, "un mot de passe\n").exitCode, 0);
        for (const QString& path : {a, b}) {
            auto db = Database::open(path, Database::OpenMode::OpenExisting).value();
            Statement st = db->prepare("SELECT notes FROM people WHERE uuid = ?");
            st.bind(1, firstUuid);
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QStringLiteral("vu par Bruno"));
            st.reset();
            st.bind(1, lastUuid);
            QVERIFY(st.step());
            QCOMPARE(st.text(0), QStringLiteral("vu par Anne"));
        }

        // Wrong password: refused, nothing changed, a clear message.
        const CliResult wrong = runCli(syncB, "mauvais\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("password")));
        // Plain HTTP off loopback is refused before anything is sent.
        const CliResult plain = runCli({QStringLiteral("sync"), QStringLiteral("--server"), QStringLiteral("http://192.0.2.1:8765"),
                                        QStringLiteral("--user"), QStringLiteral("anne"), QStringLiteral("--db"), a},
                                       "un mot de passe\n");
        QCOMPARE(plain.exitCode, 1);
        // A disabled account cannot sync.
        QCOMPARE(runServer({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("bruno"), QStringLiteral("--db"),
                            m_serverDb})
                     .exitCode,
                 0);
        QCOMPARE(runCli(syncB, "autre mot de passe\n").exitCode, 1);

        // A backup while serving.
        const QString backup = m_dir.filePath(QStringLiteral("backup.db"));
        QCOMPARE(runServer({QStringLiteral("backup"), backup, QStringLiteral("--db"), m_serverDb}).exitCode, 0);
        QVERIFY(QFileInfo(backup).size() > 0);
    }

    // The sign-in kept in the system keychain (the desktop's entry: service "terrain", key
    // "user@server"); needs a Secret Service (the CI's private D-Bus session with gnome-keyring).
    void signInKeptInTheKeychain()
    {
        const QString c = m_dir.filePath(QStringLiteral("c.terrain"));
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), c}).exitCode, 0);
        const QStringList sync{QStringLiteral("sync"), QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                               QStringLiteral("anne"), QStringLiteral("--db"), c};
        // Neither a password nor a kept sign-in: say what to do.
        const CliResult nothing = runCli(sync);
        QCOMPARE(nothing.exitCode, 2);
        QVERIFY2(nothing.err.contains(QStringLiteral("--remember")), qPrintable(nothing.err));

        const CliResult remember = runCli(sync + QStringList{QStringLiteral("--remember")}, "un mot de passe\n");
        if (remember.exitCode != 0 && remember.err.contains(QStringLiteral("keychain")))
            QSKIP(qPrintable(QStringLiteral("no system keychain (Secret Service) here: ") + remember.err.trimmed()));
        QVERIFY2(remember.exitCode == 0, qPrintable(remember.err));
        QVERIFY(remember.out.contains(QStringLiteral("Synced")));

        // Later syncs need no password.
        CliResult again = runCli(sync);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(again.out.contains(QStringLiteral("rows sent")));

        // Signed out: the entry is gone and the token no longer works.
        const CliResult forget = runCli(sync + QStringList{QStringLiteral("--forget")});
        QVERIFY2(forget.exitCode == 0, qPrintable(forget.err));
        QCOMPARE(runCli(sync).exitCode, 2);

        // A kept sign-in revoked on the server (new password) is dropped with a clear message.
        QCOMPARE(runCli(sync + QStringList{QStringLiteral("--remember")}, "un mot de passe\n").exitCode, 0);
        QCOMPARE(runServer({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("anne"), QStringLiteral("--db"),
                            m_serverDb},
                           "un mot de passe\n")
                     .exitCode,
                 0);
        again = runCli(sync);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("expired")), qPrintable(again.err));
        QCOMPARE(runCli(sync).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
