// What a laptop does with the rows it pulls, seen from its search: a pulled edit of what the
// search shows (a name, a phone number, a deletion) is found at once, by its new value only;
// a pulled edit of anything else (support, a tag) leaves the person's search row as it was.
#include "search/peoplesearch.h"
#include "sync/repository.h"

#include "synctestkit.h"

using namespace terrain;
using namespace terrain::test;

namespace {

// Anne edits; Bruno pulls. Both hold Léa Martin (with a mobile) and Hugo Dubois.
struct TwoLaptops
{
    TestServer server;
    Laptop a{server, server.addUser(QStringLiteral("anne"), QStringLiteral("coordinator"))};
    Laptop b{server, server.addUser(QStringLiteral("bruno"), QStringLiteral("coordinator"))};
    Repository repoA{a.db(), QStringLiteral("anne")};
    qint64 martinA = 0;
    qint64 duboisA = 0;
    qint64 phoneA = 0;
    QString martin;
    QString dubois;

    bool setUp()
    {
        auto person = repoA.insert("people", personValues(QStringLiteral("Martin"), QStringLiteral("Léa")));
        auto other = repoA.insert("people", personValues(QStringLiteral("Dubois"), QStringLiteral("Hugo")));
        if (!person || !other)
            return false;
        martinA = *person;
        duboisA = *other;
        auto phone = repoA.insert("phones", {{QStringLiteral("person_id"), martinA},
                                             {QStringLiteral("raw"), QStringLiteral("06 12 34 56 78")},
                                             {QStringLiteral("e164"), QStringLiteral("+33612345678")},
                                             {QStringLiteral("type"), QStringLiteral("mobile")}});
        if (!phone)
            return false;
        phoneA = *phone;
        martin = repoA.uuidOf("people", martinA).value();
        dubois = repoA.uuidOf("people", duboisA).value();
        return a.sync() && b.sync();
    }

    // Anne's edits reach Bruno.
    bool travel()
    {
        a.clock.now += 1000;
        b.clock.now += 1000;
        return a.sync() && b.sync();
    }
};

// Who Bruno's search finds, by uuid.
QStringList found(Database& db, const QString& text)
{
    auto hits = PeopleSearch(db).search(text);
    if (!hits)
        return {QStringLiteral("error: ") + hits.error().toString()};
    QStringList uuids;
    for (const PersonHit& hit : *hits)
        uuids << hit.uuid;
    uuids.sort();
    return uuids;
}

// The person's search row, as the index holds it.
QString searchRow(Database& db, const QString& uuid)
{
    Statement st = db.prepare("SELECT s.name || ' | ' || s.phone FROM search_index s JOIN people p ON p.id = s.rowid"
                              " WHERE p.uuid = ?");
    st.bind(1, uuid);
    return st.step() ? st.text(0) : QStringLiteral("<none>");
}

// A mark in Bruno's search row for the person (only a rewrite of the row removes it).
bool markSearchRow(Database& db, const QString& uuid)
{
    Statement st = db.prepare("UPDATE search_index SET name = name || ' repere' WHERE rowid = (SELECT id FROM people"
                              " WHERE uuid = ?)");
    st.bind(1, uuid);
    return st.exec() && db.changes() == 1;
}

} // namespace

class TestSyncApply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pulledSupportOrTagChangeLeavesTheSearchRowAlone()
    {
        TwoLaptops t;
        QVERIFY(t.setUp());
        Database& b = t.b.db();
        QCOMPARE(found(b, QStringLiteral("06 12 34")), QStringList{t.martin});
        QVERIFY(markSearchRow(b, t.martin));
        const QString marked = searchRow(b, t.martin);
        QVERIFY2(marked.contains(u"repere"), qPrintable(marked));

        QVERIFY(t.repoA.update("people", t.martinA, {{QStringLiteral("support"), 4}}));
        auto tag = t.repoA.insert("tags", {{QStringLiteral("name"), QStringLiteral("Bénévole")},
                                           {QStringLiteral("folded"), QStringLiteral("benevole")}});
        QVERIFY(tag);
        QVERIFY(t.repoA.insert("person_tags", {{QStringLiteral("person_id"), t.martinA},
                                               {QStringLiteral("tag_id"), *tag},
                                               {QStringLiteral("present"), 1}}));
        QVERIFY(t.travel());

        // The edits arrived, and the search row was not written again.
        QCOMPARE(count(b, "SELECT count(*) FROM people WHERE support = 4"), 1);
        QCOMPARE(count(b, "SELECT count(*) FROM person_tags pt JOIN tags g ON g.id = pt.tag_id"
                          " WHERE g.folded = 'benevole'"),
                 1);
        QCOMPARE(searchRow(b, t.martin), marked);
        QCOMPARE(found(b, QStringLiteral("repere")), QStringList{t.martin});
        QCOMPARE(found(b, QStringLiteral("06 12 34")), QStringList{t.martin});
    }

    void pulledPhoneChangeIsFoundByItsNewNumberOnly()
    {
        TwoLaptops t;
        QVERIFY(t.setUp());
        Database& b = t.b.db();
        QVERIFY(markSearchRow(b, t.martin));

        QVERIFY(t.repoA.update("phones", t.phoneA, {{QStringLiteral("raw"), QStringLiteral("07 98 76 54 32")},
                                                    {QStringLiteral("e164"), QStringLiteral("+33798765432")}}));
        QVERIFY(t.travel());

        QCOMPARE(found(b, QStringLiteral("07 98 76")), QStringList{t.martin});
        QCOMPARE(found(b, QStringLiteral("+33 7 98 76 54")), QStringList{t.martin});
        QCOMPARE(found(b, QStringLiteral("06 12 34")), QStringList{});
        QVERIFY(!searchRow(b, t.martin).contains(u"repere"));
    }

    void pulledNameChangeIsFoundByItsNewNameOnly()
    {
        TwoLaptops t;
        QVERIFY(t.setUp());
        Database& b = t.b.db();
        QCOMPARE(found(b, QStringLiteral("martin lea")), QStringList{t.martin});

        QVERIFY(t.repoA.update("people", t.martinA, {{QStringLiteral("last_name"), QStringLiteral("Garnier")},
                                                     {QStringLiteral("folded_name"), QStringLiteral("garnier lea")}}));
        QVERIFY(t.travel());

        QCOMPARE(found(b, QStringLiteral("garnier lea")), QStringList{t.martin});
        QCOMPARE(found(b, QStringLiteral("martin lea")), QStringList{});
        const QString row = searchRow(b, t.martin);
        QVERIFY2(row.contains(u"garnier") && !row.contains(u"martin"), qPrintable(row));
    }

    void pulledPhoneMovedOrDeletedLeavesNoTrace()
    {
        TwoLaptops t;
        QVERIFY(t.setUp());
        Database& b = t.b.db();

        // The number now belongs to Hugo: only he is found by it.
        QVERIFY(t.repoA.update("phones", t.phoneA, {{QStringLiteral("person_id"), t.duboisA}}));
        QVERIFY(t.travel());
        QCOMPARE(found(b, QStringLiteral("06 12 34")), QStringList{t.dubois});

        // Then it is gone.
        QVERIFY(t.repoA.remove("phones", t.phoneA));
        QVERIFY(t.travel());
        QCOMPARE(found(b, QStringLiteral("06 12 34")), QStringList{});
        QCOMPARE(found(b, QStringLiteral("dubois hugo")), QStringList{t.dubois});
    }

    void pulledDeletionOfAPersonRemovesThemFromSearch()
    {
        TwoLaptops t;
        QVERIFY(t.setUp());
        Database& b = t.b.db();

        QVERIFY(t.repoA.remove("people", t.martinA));
        QVERIFY(t.travel());
        QCOMPARE(found(b, QStringLiteral("06 12 34")), QStringList{});
        QCOMPARE(searchRow(b, t.martin), QStringLiteral("<none>"));
    }

    void pulledNewPhoneOfAKnownPersonIsFound()
    {
        TwoLaptops t;
        QVERIFY(t.setUp());
        Database& b = t.b.db();

        QVERIFY(t.repoA.insert("phones", {{QStringLiteral("person_id"), t.duboisA},
                                          {QStringLiteral("raw"), QStringLiteral("02 41 00 11 22")},
                                          {QStringLiteral("e164"), QStringLiteral("+33241001122")},
                                          {QStringLiteral("type"), QStringLiteral("home")}}));
        QVERIFY(t.travel());
        QCOMPARE(found(b, QStringLiteral("02 41 00")), QStringList{t.dubois});
    }

    // Equal clocks with other values (no correct peer sends that): every laptop keeps the
    // greater value, whichever it holds, so they still agree.
    void aTieOfClocksKeepsTheGreaterValueEverywhere()
    {
        for (const QString& incoming : {QStringLiteral("Zola"), QStringLiteral("Abel")}) {
            TempCampaign campaign;
            Database& db = campaign.db();
            Repository repo(db, QStringLiteral("anne"));
            const qint64 id =
                repo.insert("people", personValues(QStringLiteral("Martin"), QStringLiteral("Léa"))).value();
            const QString uuid = repo.uuidOf("people", id).value();
            SyncLocalStore store(db);
            std::optional<RowState> here = store.read(*findTable("people"), uuid);
            QVERIFY(here);
            RowState remote = *here;
            const int lastName = remote.fieldIndex(u"last_name");
            remote.values[static_cast<size_t>(lastName)] = incoming;
            {
                Database::Transaction tx(db);
                auto stats = store.apply({remote});
                QVERIFY(stats);
                QVERIFY(tx.commit());
            }
            const QString kept = incoming == u"Zola" ? incoming : QStringLiteral("Martin");
            QCOMPARE(column(db, "SELECT last_name FROM people"), QStringList{kept});
            std::optional<RowState> after = store.read(*findTable("people"), uuid);
            QVERIFY(after);
            QCOMPARE(after->values[static_cast<size_t>(lastName)].toString(), kept);
            QCOMPARE(after->clocks, here->clocks);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncApply)
#include "tst_syncapply.moc"
