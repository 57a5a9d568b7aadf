#include "importing/importer.h"
#include "search/peoplesearch.h"
#include "search/searchindex.h"
#include "storage/searchschema.h"
#include "sync/repository.h"

#include "testsupport.h"

#include <QTest>

using namespace terrain;

namespace {

QStringList names(const Result<QList<PersonHit>>& hits)
{
    QStringList out;
    if (!hits)
        return {QStringLiteral("error: ") + hits.error().toString()};
    for (const PersonHit& hit : *hits)
        out << hit.name;
    return out;
}

} // namespace

class TestPeopleSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempCampaign> m_campaign;

private Q_SLOTS:
    void init()
    {
        m_campaign = std::make_unique<test::TempCampaign>();
        ImportRequest request;
        request.path = test::testDataPath(QStringLiteral("import/extrait-1252.csv"));
        request.rejectsPath = m_campaign->dir() + QStringLiteral("/r1.csv");
        auto plan = planImport(m_campaign->db(), request);
        QVERIFY(plan);
        QVERIFY(Importer(m_campaign->db()).run(*plan));
        request.path = test::testDataPath(QStringLiteral("import/liste-v1.csv"));
        request.rejectsPath = m_campaign->dir() + QStringLiteral("/r2.csv");
        auto plan2 = planImport(m_campaign->db(), request);
        QVERIFY(plan2);
        QVERIFY(Importer(m_campaign->db()).run(*plan2));
    }

    void namesIgnoreAccentsAndCase()
    {
        PeopleSearch search(m_campaign->db());
        QCOMPARE(names(search.search(QStringLiteral("lefevre"))), QStringList{QStringLiteral("LEFÈVRE Anne")});
        QCOMPARE(names(search.search(QStringLiteral("LEFÈV"))), QStringList{QStringLiteral("LEFÈVRE Anne")});
        QCOMPARE(names(search.search(QStringLiteral("oeuvre zo"))), QStringList{QStringLiteral("ŒUVRE Zoé")});
        QCOMPARE(names(search.search(QStringLiteral("noel"))), QStringList{QStringLiteral("FRANÇOIS Noël")});
    }

    void everyWordMustMatchAsAPrefix()
    {
        PeopleSearch search(m_campaign->db());
        QCOMPARE(names(search.search(QStringLiteral("dupont hu"))), QStringList{QStringLiteral("DUPONT Hugo")});
        QCOMPARE(names(search.search(QStringLiteral("dupont zzz"))), QStringList{});
        // A usage name and the birth name both find a married woman.
        QCOMPARE(names(search.search(QStringLiteral("martin elodie"))), QStringList{QStringLiteral("DUPONT Élodie Marie")});
        // A finished word is first looked up whole, then as a prefix when nothing matched.
        QCOMPARE(names(search.search(QStringLiteral("dupon jean"))), QStringList{QStringLiteral("DUPONT Jean")});
        QCOMPARE(names(search.search(QStringLiteral("lefevre "))), QStringList{QStringLiteral("LEFÈVRE Anne")});
        // Only single letters: names starting with what was typed.
        QCOMPARE(names(search.search(QStringLiteral("d j"))), QStringList{});
        // One letter after a word filters by word start.
        QCOMPARE(names(search.search(QStringLiteral("dupont j"))), QStringList{QStringLiteral("DUPONT Jean")});
    }

    void namesBeforeAddressesThenAlphabetical()
    {
        PeopleSearch search(m_campaign->db());
        // "paix": nobody is named so; everyone at 12 bis rue de la Paix, alphabetically.
        QCOMPARE(names(search.search(QStringLiteral("rue de la paix"))),
                 (QStringList{QStringLiteral("DUPONT Élodie Marie"), QStringLiteral("DUPONT Hugo"),
                              QStringLiteral("DUPONT Jean"), QStringLiteral("GARNIER Louise")}));
        QCOMPARE(search.search(QStringLiteral("12 bis paix"))->size(), 4);
        // A single letter lists last names from the index, alphabetically.
        QCOMPARE(names(search.search(QStringLiteral("f"))),
                 (QStringList{QStringLiteral("FRANÇOIS Céline"), QStringLiteral("FRANÇOIS Noël")}));
    }

    void phonesAsTypedOrInternational()
    {
        PeopleSearch search(m_campaign->db());
        QCOMPARE(names(search.search(QStringLiteral("06 12 34"))), QStringList{QStringLiteral("FRANÇOIS Céline")});
        QCOMPARE(names(search.search(QStringLiteral("+33 6 12 34 56"))), QStringList{QStringLiteral("FRANÇOIS Céline")});
        QCOMPARE(names(search.search(QStringLiteral("0241"))), QStringList{QStringLiteral("ŒUVRE Zoé")});
    }

    void editsAreFoundAfterRefresh()
    {
        Database& db = m_campaign->db();
        const qint64 id = db.scalar("SELECT id FROM people WHERE last_name = 'ROUX'").toLongLong();
        Repository repo(db);
        QVERIFY(repo.update("people", id, {{QStringLiteral("last_name"), QStringLiteral("Rousseau")},
                                           {QStringLiteral("folded_name"), QStringLiteral("rousseau paul")}}));
        QVERIFY(SearchIndex(db).refresh({id}));
        PeopleSearch search(db);
        QCOMPARE(names(search.search(QStringLiteral("rousseau"))), QStringList{QStringLiteral("ROUSSEAU Paul")});
        QCOMPARE(names(search.search(QStringLiteral("roux"))), QStringList{});
    }

    void conditionForOtherQueriesMatchesTheSameWay()
    {
        PeopleSearch search(m_campaign->db());
        const auto matching = [&](const QString& text) {
            const PeopleSearch::Condition condition = search.condition(text);
            Statement st = m_campaign->db().prepare(
                QStringLiteral("SELECT p.last_name || ' ' || p.first_names FROM people p WHERE ") + condition.sql
                + QStringLiteral(" ORDER BY p.folded_name"));
            for (int i = 0; i < condition.binds.size(); ++i)
                st.bind(i + 1, condition.binds[i]);
            QStringList out;
            while (st.step())
                out << st.text(0);
            return out;
        };
        QCOMPARE(matching(QStringLiteral("dupont j")), QStringList{QStringLiteral("DUPONT Jean")});
        QCOMPARE(matching(QStringLiteral("dupon hu")), QStringList{QStringLiteral("DUPONT Hugo")});
        QCOMPARE(matching(QStringLiteral("f")), (QStringList{QStringLiteral("FRANÇOIS Céline"), QStringLiteral("FRANÇOIS Noël")}));
        QCOMPARE(matching(QStringLiteral("06 12")), QStringList{QStringLiteral("FRANÇOIS Céline")});
        QVERIFY(search.condition(QStringLiteral(" - ")).sql.isEmpty());
    }

    // A word said twice in a column finds nothing more: each goes in once.
    void searchTermsSayEachWordOnce()
    {
        QCOMPARE(searchNameTerms(QStringLiteral("dupont jean"), u"Dupont"), QStringLiteral("dupont jean"));
        QCOMPARE(searchNameTerms(QStringLiteral("dupont elodie marie"), u"Martin"),
                 QStringLiteral("dupont elodie marie martin"));
        QCOMPARE(searchNameTerms(QStringLiteral("le gall anne"), u"Le Gall"), QStringLiteral("le gall anne"));
        QCOMPARE(searchNameTerms(QStringLiteral("le gall anne"), u"Le Goff"), QStringLiteral("le gall anne le goff"));
        // A whole word, not a part of one.
        QCOMPARE(searchNameTerms(QStringLiteral("martinez anne"), u"Martin"), QStringLiteral("martinez anne martin"));
        QCOMPARE(searchNameTerms(QStringLiteral("anne"), u""), QStringLiteral("anne"));
        QCOMPARE(searchPhoneTerms(u"+16141786860", u"+1-614-178-6860"), QStringLiteral("16141786860"));
        QCOMPARE(searchPhoneTerms(u"+33612345678", u"06 12 34 56 78"), QStringLiteral("33612345678 0612345678"));
        QCOMPARE(searchPhoneTerms(u"", u"06 12 34 56 78"), QStringLiteral("0612345678"));
        QCOMPARE(searchPhoneTerms(u"+33612345678", u""), QStringLiteral("33612345678"));

        // The import writes the rows a rebuild would.
        Database& db = m_campaign->db();
        const auto rows = [&db] {
            return test::column(db, "SELECT rowid || '|' || name || '|' || coalesce(address, '') || '|' || coalesce(phone, '')"
                                    " FROM search_index"
                                    " ORDER BY rowid");
        };
        const QStringList imported = rows();
        QVERIFY(imported.size() >= 8);
        QVERIFY(SearchIndex(db).rebuild());
        QCOMPARE(rows(), imported);
    }

    void emptyAndPunctuationOnly()
    {
        PeopleSearch search(m_campaign->db());
        QCOMPARE(names(search.search(QString())), QStringList{});
        QCOMPARE(names(search.search(QStringLiteral(" -- ' "))), QStringList{});
        QVERIFY(search.search(QStringLiteral("\"unbalanced")).ok());
    }
};

QTEST_GUILESS_MAIN(TestPeopleSearch)
#include "tst_peoplesearch.moc"
