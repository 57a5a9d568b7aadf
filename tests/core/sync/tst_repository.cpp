#include "storage/database.h"
#include "sync/repository.h"

#include "testsupport.h"

#include <QTest>

using namespace terrain;

namespace {

struct OutboxRow
{
    QString table;
    QString uuid;
    QString fields;
    qint64 hlc;
};

QList<OutboxRow> outbox(Database& db)
{
    QList<OutboxRow> rows;
    Statement st = db.prepare("SELECT tbl, row_uuid, fields, hlc FROM outbox ORDER BY counter");
    while (st.step())
        rows.append({st.text(0), st.text(1), st.text(2), st.int64(3)});
    return rows;
}

FieldValues person(const QString& last, const QString& first)
{
    return {{QStringLiteral("last_name"), last},
            {QStringLiteral("first_names"), first},
            {QStringLiteral("folded_name"), (last + u' ' + first).toLower()},
            {QStringLiteral("created_at"), qint64(0)}};
}

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertAppendsOneOutboxRow()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        Repository repo(db, QStringLiteral("alice"));
        auto id = repo.insert("people", person(QStringLiteral("Martin"), QStringLiteral("Léa")));
        QVERIFY(id);
        const auto rows = outbox(db);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].table, QStringLiteral("people"));
        QCOMPARE(rows[0].fields, QStringLiteral("*"));
        QCOMPARE(rows[0].uuid, repo.uuidOf("people", *id).value());
        Statement st = db.prepare("SELECT hlc, site FROM people WHERE id = ?");
        st.bind(1, *id);
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), rows[0].hlc);
        QCOMPARE(st.int64(1), db.siteId());
        QCOMPARE(test::count(db, "SELECT count(*) FROM change_history WHERE author = 'alice'"), 1);
    }

    void updateRecordsOnlyChangedFields()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        Repository repo(db, QStringLiteral("bob"));
        const qint64 id = repo.insert("people", person(QStringLiteral("Martin"), QStringLiteral("Léa"))).value();

        auto changed = repo.update("people", id,
                                   {{QStringLiteral("last_name"), QStringLiteral("Martin")}, // unchanged
                                    {QStringLiteral("support"), 2},
                                    {QStringLiteral("notes"), QStringLiteral("Vue au marché")}});
        QVERIFY(changed);
        QCOMPARE(*changed, 2);
        auto rows = outbox(db);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].fields, QStringLiteral("support,notes"));
        QVERIFY(rows[1].hlc > rows[0].hlc);
        QCOMPARE(test::column(db, "SELECT field FROM field_clocks ORDER BY field"),
                 (QStringList{QStringLiteral("notes"), QStringLiteral("support")}));
        QCOMPARE(test::column(db, "SELECT field || ':' || coalesce(old_value, '') || '>' || new_value "
                                  "FROM change_history WHERE field <> '*' ORDER BY id"),
                 (QStringList{QStringLiteral("support:>2"), QStringLiteral("notes:>Vue au marché")}));

        // Writing the same values again changes nothing and logs nothing.
        QCOMPARE(repo.update("people", id, {{QStringLiteral("support"), 2}}).value(), 0);
        QCOMPARE(outbox(db).size(), 2);
    }

    void removeIsATombstoneWithItsOwnClock()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        Repository repo(db);
        const qint64 id = repo.insert("people", person(QStringLiteral("Petit"), QStringLiteral("Jo"))).value();
        QVERIFY(repo.remove("people", id));
        QCOMPARE(test::count(db, "SELECT deleted FROM people"), 1);
        QCOMPARE(outbox(db).last().fields, QStringLiteral("deleted"));
        QCOMPARE(test::column(db, "SELECT field FROM field_clocks"), QStringList{QStringLiteral("deleted")});
        // Removing again is a no-op.
        QVERIFY(repo.remove("people", id));
        QCOMPARE(outbox(db).size(), 2);
    }

    void failedWriteLeavesNothing()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        Repository repo(db);
        const qint64 id = repo.insert("people", person(QStringLiteral("Roux"), QStringLiteral("Max"))).value();
        // Violates the CHECK on support: neither the row nor the outbox nor the history change.
        auto bad = repo.update("people", id, {{QStringLiteral("support"), 9}, {QStringLiteral("notes"), QStringLiteral("x")}});
        QVERIFY(!bad);
        QCOMPARE(outbox(db).size(), 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM people WHERE notes IS NOT NULL"), 0);
        QCOMPARE(test::count(db, "SELECT count(*) FROM field_clocks"), 0);
        QCOMPARE(test::count(db, "SELECT count(*) FROM change_history"), 1);
        // Unknown fields and tables are refused before anything is written.
        QVERIFY(!repo.update("people", id, {{QStringLiteral("nope"), 1}}));
        QVERIFY(!repo.insert("nope", {}));
        // A phone for a person that does not exist breaks a foreign key.
        QVERIFY(!repo.insert("phones", {{QStringLiteral("person_id"), qint64(424242)},
                                        {QStringLiteral("raw"), QStringLiteral("06")},
                                        {QStringLiteral("type"), QStringLiteral("mobile")}}));
        QCOMPARE(outbox(db).size(), 1);
        QVERIFY(!db.inTransaction());
    }

    void rolledBackOuterTransactionDropsOutboxRows()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        Repository repo(db);
        {
            Database::Transaction tx(db);
            QVERIFY(repo.insert("people", person(QStringLiteral("A"), QStringLiteral("B"))));
            QVERIFY(repo.insert("people", person(QStringLiteral("C"), QStringLiteral("D"))));
        }
        QCOMPARE(test::count(db, "SELECT count(*) FROM people"), 0);
        QCOMPARE(outbox(db).size(), 0);
    }

    void appendOnlyTablesRefuseUpdates()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        Repository repo(db);
        const qint64 pid = repo.insert("people", person(QStringLiteral("A"), QStringLiteral("B"))).value();
        auto attempt = repo.insert("contact_attempts", {{QStringLiteral("person_id"), pid},
                                                        {QStringLiteral("channel"), QStringLiteral("door")},
                                                        {QStringLiteral("result"), QStringLiteral("not_home")},
                                                        {QStringLiteral("at"), qint64(1)}});
        QVERIFY(attempt);
        QVERIFY(!repo.update("contact_attempts", *attempt, {{QStringLiteral("result"), QStringLiteral("refused")}}));
    }

    // Many rows in one go: each has its own increasing clock, one range outbox row covers
    // them all, and nothing is written for a row refused.
    void bulkInsertAnnouncesOneRange()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        Repository repo(db, QStringLiteral("Alice"));
        auto first = repo.insert("people", person(QStringLiteral("Martin"), QStringLiteral("Jean")));
        QVERIFY(first);
        auto list = repo.insert("lists", {{QStringLiteral("kind"), QStringLiteral("walk")},
                                          {QStringLiteral("name"), QStringLiteral("Rue A")},
                                          {QStringLiteral("code"), QStringLiteral("K7Q4MZ")},
                                          {QStringLiteral("created_at"), qint64(0)}});
        QVERIFY(list);
        const qsizetype before = outbox(db).size();

        Database::Transaction tx(db);
        QVERIFY(!repo.bulkInsert("list_members", {QStringLiteral("list_id"), QStringLiteral("nope")}));
        auto bulk = repo.bulkInsert("list_members", {QStringLiteral("list_id"), QStringLiteral("person_id"),
                                                     QStringLiteral("rank")});
        QVERIFY(bulk);
        for (int rank = 1; rank <= 500; ++rank)
            QVERIFY((*bulk)->add({*list, *first, rank}));
        QVERIFY(!(*bulk)->add({*list, *first})); // too few values
        QCOMPARE((*bulk)->count(), 500);
        QVERIFY((*bulk)->finish());
        QVERIFY(tx.commit());

        QCOMPARE(test::count(db, "SELECT count(*) FROM list_members"), 500);
        QCOMPARE(test::count(db, "SELECT count(DISTINCT hlc) FROM list_members"), 500);
        QCOMPARE(test::count(db, "SELECT count(DISTINCT uuid) FROM list_members"), 500);
        // Ranks were given in clock order, so clocks increase with them.
        QCOMPARE(test::count(db, "SELECT count(*) FROM list_members a JOIN list_members b ON b.rank = a.rank + 1"
                                 " WHERE b.hlc <= a.hlc"),
                 0);
        const QList<OutboxRow> rows = outbox(db);
        QCOMPARE(rows.size(), before + 1);
        qint64 from = 0;
        qint64 to = 0;
        QCOMPARE(rows.last().table, QStringLiteral("*"));
        QVERIFY(Repository::parseRangeFields(rows.last().fields, &from, &to));
        QCOMPARE(from, test::count(db, "SELECT min(hlc) FROM list_members"));
        QCOMPARE(to, test::count(db, "SELECT max(hlc) FROM list_members"));
        // The clock was persisted past the last row: the next write is later.
        auto next = repo.insert("people", person(QStringLiteral("Petit"), QStringLiteral("Anne")));
        QVERIFY(next);
        QVERIFY(test::count(db, "SELECT max(hlc) FROM people") > to);
    }

    void rangeRowsRoundTrip()
    {
        qint64 from = 0;
        qint64 to = 0;
        QVERIFY(Repository::parseRangeFields(Repository::rangeFields(12, 34), &from, &to));
        QCOMPARE(from, 12);
        QCOMPARE(to, 34);
        QVERIFY(!Repository::parseRangeFields(u"support,notes", &from, &to));
        QVERIFY(!Repository::parseRangeFields(u"range:9:1", &from, &to));
        QVERIFY(!Repository::parseRangeFields(u"range:x:1", &from, &to));
    }

    void clockNeverGoesBackAcrossRestartsAndWallClockJumps()
    {
        test::TempCampaign campaign;
        test::FixedClock wall;
        campaign.db().clock().setWallClock(wall.function());
        Repository repo(campaign.db());
        QVERIFY(repo.insert("people", person(QStringLiteral("A"), QStringLiteral("B"))));
        const qint64 first = outbox(campaign.db()).last().hlc;

        campaign.reopen(); // a restart, and the wall clock is now a day behind
        wall.now -= 86'400'000;
        campaign.db().clock().setWallClock(wall.function());
        Repository repo2(campaign.db());
        QVERIFY(repo2.insert("people", person(QStringLiteral("C"), QStringLiteral("D"))));
        const qint64 second = outbox(campaign.db()).last().hlc;
        QVERIFY(second > first);
        QCOMPARE(campaign.db().meta(QStringLiteral("hlc_last")).toLongLong(), second);
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
