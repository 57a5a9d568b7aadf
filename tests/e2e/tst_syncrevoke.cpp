// A volunteer's laptop and the lists assigned to them, end to end: the coordinator's laptop
// and two volunteers' laptops (terrain-cli) with terrain-server. A volunteer receives only the
// people of their lists; when the coordinator gives a list to someone else, its people leave
// the first volunteer's laptop at the next sync, except what that laptop wrote and the server
// has not taken.
#include "tst_syncharness.h"

#include "sync/repository.h"

#include <QSet>
#include <QTemporaryDir>

using namespace terrain;
using namespace terrain::test;

namespace {

QSet<QString> uuidsOf(const QString& path, const char* sql, const QString& bind = {})
{
    QSet<QString> uuids;
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        return {QStringLiteral("cannot open")};
    Statement st = (*db)->prepare(sql);
    if (!bind.isNull())
        st.bind(1, bind);
    while (st.step())
        uuids.insert(st.text(0));
    return uuids;
}

const char* const kPeople = "SELECT uuid FROM people WHERE deleted = 0";
const char* const kPeopleOfList = "SELECT p.uuid FROM people p JOIN list_members m ON m.person_id = p.id"
                                  " JOIN lists l ON l.id = m.list_id WHERE l.code = ? AND m.deleted = 0";

} // namespace

class TestSyncRevoke : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_storage;

    QString path(const char* name) const { return m_dir.filePath(QLatin1StringView(name)); }

    void addUser(const char* name, const char* role)
    {
        const CliResult added = runServer(QStringList{QStringLiteral("user"), QStringLiteral("add"), QLatin1StringView(name),
                                                      QStringLiteral("--role"), QLatin1StringView(role)}
                                              + m_storage,
                                          "mot de passe long\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    CliResult sync(const QString& url, const char* user, const QString& campaign)
    {
        return runCli(syncArguments(url, QLatin1StringView(user), campaign), "mot de passe long\n");
    }

    CliResult office(const QString& campaign, QStringList arguments)
    {
        return runCli(arguments << QStringLiteral("--db") << campaign);
    }

private Q_SLOTS:
    void takenBackListLeavesTheVolunteersLaptop()
    {
        m_storage = {QStringLiteral("--db"), path("server.db")};
        QCOMPARE(runServer(QStringList{QStringLiteral("init")} + m_storage).exitCode, 0);
        addUser("anne", "coordinator");
        addUser("vera", "volunteer");
        addUser("victor", "volunteer");
        ServerProcess server(m_storage);
        QVERIFY2(server.start(), qPrintable(server.error()));
        const QString url = server.url();

        // The coordinator cuts walk lists and gives one to Vera, one to Victor.
        const QString hq = path("hq.terrain");
        QCOMPARE(runCli({QStringLiteral("demo"), QStringLiteral("--voters"), QStringLiteral("400"), QStringLiteral("--db"), hq})
                     .exitCode,
                 0);
        CliResult r = office(hq, {QStringLiteral("segment"), QStringLiteral("create"), QStringLiteral("B1"),
                                  QStringLiteral("--bureau"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = office(hq, {QStringLiteral("walklist"), QStringLiteral("--segment"), QStringLiteral("B1"), QStringLiteral("--doors"),
                        QStringLiteral("15")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList codes;
        {
            auto db = Database::open(hq, Database::OpenMode::OpenExisting).value();
            codes = column(*db, "SELECT code FROM lists ORDER BY id");
        }
        QVERIFY(codes.size() >= 3);
        const QString veraList = codes[0];
        const QString victorList = codes[1];
        QCOMPARE(office(hq, {QStringLiteral("assign"), veraList, QStringLiteral("--to"), QStringLiteral("vera")}).exitCode, 0);
        QCOMPARE(office(hq, {QStringLiteral("assign"), victorList, QStringLiteral("--to"), QStringLiteral("victor")}).exitCode,
                 0);
        r = sync(url, "anne", hq);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        const QSet<QString> veraPeople = uuidsOf(hq, kPeopleOfList, veraList);
        const QSet<QString> victorPeople = uuidsOf(hq, kPeopleOfList, victorList);
        QVERIFY(veraPeople.size() >= 2);
        QVERIFY(!victorPeople.isEmpty());
        QVERIFY(!veraPeople.intersects(victorPeople));

        // Each volunteer's laptop holds exactly the people of their list, and only their list.
        const QString vera = path("vera.terrain");
        const QString victor = path("victor.terrain");
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), vera}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--db"), victor}).exitCode, 0);
        r = sync(url, "vera", vera);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(uuidsOf(vera, kPeople), veraPeople);
        QCOMPARE(uuidsOf(vera, "SELECT code FROM lists"), QSet<QString>{veraList});
        r = sync(url, "victor", victor);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(uuidsOf(victor, kPeople), victorPeople);

        // Vera notes something on one of her people and does not sync yet.
        const QString edited = *veraPeople.constBegin();
        {
            auto db = Database::open(vera, Database::OpenMode::OpenExisting).value();
            Repository repo(*db, QStringLiteral("vera"));
            QVERIFY(repo.update("people", idOfPerson(*db, edited), {{QStringLiteral("notes"), QStringLiteral("chien méchant")}}));
        }

        // The coordinator gives Vera's list to Victor.
        QCOMPARE(office(hq, {QStringLiteral("assign"), veraList, QStringLiteral("--to"), QStringLiteral("victor")}).exitCode, 0);
        QCOMPARE(sync(url, "anne", hq).exitCode, 0);

        // Vera's laptop loses the list and its people, except the one she changed: the server
        // refuses that change now (outside her lists), and the laptop keeps it and says so.
        r = sync(url, "vera", vera);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("refused")), qPrintable(r.out));
        QCOMPARE(uuidsOf(vera, kPeople), QSet<QString>{edited});
        QCOMPARE(uuidsOf(vera, "SELECT code FROM lists"), QSet<QString>());
        QCOMPARE(uuidsOf(vera, "SELECT row_uuid FROM rejected_changes WHERE tbl = 'people'"), QSet<QString>{edited});
        QCOMPARE(uuidsOf(vera, "SELECT uuid FROM list_members"), QSet<QString>());
        {
            auto db = Database::open(vera, Database::OpenMode::OpenExisting).value();
            QCOMPARE((*db).scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
            QCOMPARE(count(*db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
            QCOMPARE(count(*db, "SELECT count(*) FROM search_index"), 1);
            QCOMPARE(count(*db, "SELECT count(*) FROM phones p JOIN people q ON q.id = p.person_id"
                                " WHERE q.uuid IS NULL"),
                     0);
        }
        // A second sync changes nothing more.
        QCOMPARE(sync(url, "vera", vera).exitCode, 0);
        QCOMPARE(uuidsOf(vera, kPeople), QSet<QString>{edited});

        // Victor now holds both lists' people; Vera's refused note reached nobody.
        r = sync(url, "victor", victor);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(uuidsOf(victor, kPeople), veraPeople + victorPeople);
        QCOMPARE(uuidsOf(victor, "SELECT code FROM lists"), (QSet<QString>{veraList, victorList}));
        QCOMPARE(uuidsOf(victor, "SELECT uuid FROM people WHERE notes = 'chien méchant'"), QSet<QString>());
        QCOMPARE(sync(url, "anne", hq).exitCode, 0);
        QCOMPARE(uuidsOf(hq, "SELECT uuid FROM people WHERE notes = 'chien méchant'"), QSet<QString>());

        // Victor's own change to a person of his lists goes through to the office.
        const QString victorEdit = *victorPeople.constBegin();
        {
            auto db = Database::open(victor, Database::OpenMode::OpenExisting).value();
            Repository repo(*db, QStringLiteral("victor"));
            QVERIFY(repo.update("people", idOfPerson(*db, victorEdit), {{QStringLiteral("notes"), QStringLiteral("absent")}}));
        }
        QCOMPARE(sync(url, "victor", victor).exitCode, 0);
        QCOMPARE(sync(url, "anne", hq).exitCode, 0);
        QCOMPARE(uuidsOf(hq, "SELECT uuid FROM people WHERE notes = 'absent'"), QSet<QString>{victorEdit});
        // At no point did a volunteer's laptop receive anybody outside their lists.
        QVERIFY((uuidsOf(victor, kPeople) - veraPeople - victorPeople).isEmpty());
    }

private:
    static qint64 idOfPerson(Database& db, const QString& uuid)
    {
        Statement st = db.prepare("SELECT id FROM people WHERE uuid = ?");
        st.bind(1, uuid);
        return st.step() ? st.int64(0) : 0;
    }
};

QTEST_GUILESS_MAIN(TestSyncRevoke)
#include "tst_syncrevoke.moc"
