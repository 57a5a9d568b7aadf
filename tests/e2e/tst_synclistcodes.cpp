// Two laptops make lists offline that draw the same code (codes are unique only per laptop).
// Sync must neither fail nor lose a list: both laptops end with both lists, the list already
// handed out keeps the code printed on its sheets, the other gets a new code, the same on
// every laptop, and the change is in the conflict log for the coordinator to see.
#include "tst_syncharness.h"

#include "lists/listcode.h"
#include "sync/repository.h"

#include <QTemporaryDir>

using namespace terrain;
using namespace terrain::test;

namespace {

const QString kCode = QStringLiteral("KX7M4Q");

// A list made on this laptop with the given code and status, with its first `members` people.
QString makeList(const QString& campaign, const QString& name, const QString& status, qint64 createdAt, int members)
{
    auto db = Database::open(campaign, Database::OpenMode::OpenExisting).value();
    Repository repo(*db, QStringLiteral("test"));
    const qint64 id = repo.insert("lists", {{QStringLiteral("kind"), QStringLiteral("walk")},
                                            {QStringLiteral("name"), name},
                                            {QStringLiteral("code"), kCode},
                                            {QStringLiteral("assignee"), QStringLiteral("Camille")},
                                            {QStringLiteral("status"), status},
                                            {QStringLiteral("created_at"), createdAt}})
                          .value();
    const QStringList people = column(*db, "SELECT id FROM people ORDER BY id");
    for (int i = 0; i < members; ++i) {
        if (!repo.insert("list_members", {{QStringLiteral("list_id"), id},
                                          {QStringLiteral("person_id"), people.at(i).toLongLong()},
                                          {QStringLiteral("rank"), i + 1}}))
            qFatal("cannot add a member");
    }
    return repo.uuidOf("lists", id).value();
}

QString codeOf(const QString& campaign, const QString& uuid)
{
    auto db = Database::open(campaign, Database::OpenMode::OpenExisting).value();
    Statement st = db->prepare("SELECT code FROM lists WHERE uuid = ?");
    st.bind(1, uuid);
    return st.step() ? st.text(0) : QStringLiteral("(missing)");
}

qint64 membersOf(const QString& campaign, const QString& uuid)
{
    auto db = Database::open(campaign, Database::OpenMode::OpenExisting).value();
    Statement st = db->prepare("SELECT count(*) FROM list_members m JOIN lists l ON l.id = m.list_id WHERE l.uuid = ?");
    st.bind(1, uuid);
    return st.step() ? st.int64(0) : -1;
}

qint64 countIn(const QString& campaign, const char* sql)
{
    auto db = Database::open(campaign, Database::OpenMode::OpenExisting).value();
    return count(*db, sql);
}

} // namespace

class TestSyncListCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepingTheCode()
    {
        QCOMPARE(keepsListCode({QStringLiteral("b"), QStringLiteral("out"), 20}, {QStringLiteral("a"), QStringLiteral("new"), 10}),
                 true);
        QCOMPARE(keepsListCode({QStringLiteral("a"), QStringLiteral("new"), 10}, {QStringLiteral("b"), QStringLiteral("out"), 20}),
                 false);
        QCOMPARE(keepsListCode({QStringLiteral("b"), QStringLiteral("new"), 10}, {QStringLiteral("a"), QStringLiteral("new"), 20}),
                 true);
        QCOMPARE(keepsListCode({QStringLiteral("a"), QStringLiteral("new"), 10}, {QStringLiteral("b"), QStringLiteral("new"), 10}),
                 true);
        QCOMPARE(keepsListCode({QStringLiteral("b"), QStringLiteral("new"), 10}, {QStringLiteral("a"), QStringLiteral("new"), 10}),
                 false);
        const QString uuid = QStringLiteral("0b8f7c1e-4a52-4f7e-9a0e-1c2d3e4f5a6b");
        QVERIFY(isListCode(derivedListCode(uuid)));
        QCOMPARE(derivedListCode(uuid), derivedListCode(uuid));
        QVERIFY(derivedListCode(uuid) != derivedListCode(uuid, 1));
    }

    void sameCodeOnTwoLaptops_data()
    {
        QTest::addColumn<bool>("handedOutSyncsFirst");
        QTest::newRow("the list handed out reaches the server first") << true;
        QTest::newRow("the new list reaches the server first") << false;
    }

    void sameCodeOnTwoLaptops()
    {
        QFETCH(bool, handedOutSyncsFirst);
        QTemporaryDir dir;
        const QStringList storage{QStringLiteral("--db"), dir.filePath(QStringLiteral("server.db"))};
        QCOMPARE(runServer(QStringList{QStringLiteral("init")} + storage).exitCode, 0);
        for (const char* user : {"anne", "bruno"})
            QCOMPARE(runServer(QStringList{QStringLiteral("user"), QStringLiteral("add"), QLatin1StringView(user),
                                           QStringLiteral("--role"), QStringLiteral("coordinator")} + storage,
                               "mot de passe long\n")
                         .exitCode,
                     0);
        ServerProcess server(storage);
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString a = dir.filePath(QStringLiteral("a.terrain"));
        const QString b = dir.filePath(QStringLiteral("b.terrain"));
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--voters"), QStringLiteral("200"), QStringLiteral("--db"), a})
                     .exitCode,
                 0);
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), b}).exitCode, 0);
        auto sync = [&](const QString& campaign) {
            return runCli(syncArguments(server.url(), campaign == a ? QStringLiteral("anne") : QStringLiteral("bruno"), campaign),
                          "mot de passe long\n");
        };
        QCOMPARE(sync(a).exitCode, 0);
        QCOMPARE(sync(b).exitCode, 0);

        // Offline, A hands out a list (printed, given to Camille); B makes one that is still new,
        // earlier: the handed-out one keeps the code even though it is the younger.
        const QString handedOut = makeList(a, QStringLiteral("Rue Haute"), QStringLiteral("out"), 2000, 3);
        const QString fresh = makeList(b, QStringLiteral("Rue Basse"), QStringLiteral("new"), 1000, 2);
        const QString first = handedOutSyncsFirst ? a : b;
        const QString second = handedOutSyncsFirst ? b : a;
        CliResult r = sync(first);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = sync(second);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The laptop that settled it says so.
        QVERIFY2(r.out.contains(QStringLiteral("conflict")), qPrintable(r.out));
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(sync(first).exitCode, 0);
            QCOMPARE(sync(second).exitCode, 0);
        }

        const QString renamed = derivedListCode(fresh);
        for (const QString& campaign : {a, b}) {
            QCOMPARE(codeOf(campaign, handedOut), kCode);
            QCOMPARE(codeOf(campaign, fresh), renamed);
            QCOMPARE(membersOf(campaign, handedOut), 3);
            QCOMPARE(membersOf(campaign, fresh), 2);
            QCOMPARE(countIn(campaign, "SELECT count(*) FROM rejected_changes"), 0);
            QCOMPARE(countIn(campaign, "SELECT count(*) FROM sync_deferred"), 0);
            QCOMPARE(countIn(campaign, "SELECT count(*) FROM outbox"), 0);
        }
        QCOMPARE(countIn(second, "SELECT count(*) FROM conflict_log WHERE tbl = 'lists' AND field = 'code'"
                                 " AND lost_value = 'KX7M4Q'"),
                 1);
        const QString differences = rowDifferences(campaignRows(a), campaignRows(b));
        QVERIFY2(differences.isEmpty(), qPrintable(differences));

        // Both codes find their list when typed.
        r = runCli({QStringLiteral("lists"), QStringLiteral("--db"), a});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(kCode) && r.out.contains(renamed), qPrintable(r.out));

        // A laptop joining later gets both, without settling anything itself.
        const QString c = dir.filePath(QStringLiteral("c.terrain"));
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), c}).exitCode, 0);
        r = runCli(syncArguments(server.url(), QStringLiteral("anne"), c), "mot de passe long\n");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(codeOf(c, handedOut), kCode);
        QCOMPARE(codeOf(c, fresh), renamed);
        QCOMPARE(countIn(c, "SELECT count(*) FROM outbox"), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncListCodes)
#include "tst_synclistcodes.moc"
