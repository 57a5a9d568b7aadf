#include "demo/democampaign.h"
#include "people/peoplequery.h"
#include "search/peoplesearch.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "sync/repository.h"

#include "testsupport.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace terrain;

namespace {

QList<qint64> idsOf(Database& db, const QString& sql, const QVariantList& binds)
{
    Statement st = db.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds[i]);
    QList<qint64> out;
    while (st.step())
        out << st.int64(0);
    if (st.failed())
        qWarning("%s: %s", qPrintable(sql), qPrintable(st.errorMessage()));
    std::sort(out.begin(), out.end());
    return out;
}

// The table's rows of a search by name, page after page as the People table reads them.
QList<qint64> pagedIds(PeopleQuery& query, const PeopleFilter& filter, int pageSize)
{
    QList<qint64> all;
    PeopleKey after;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = query.fetchPage(filter, PeopleSort {}, after, pageSize);
        if (!page) {
            qWarning("fetchPage failed: %s", qPrintable(page.error().toString()));
            return {};
        }
        for (const PersonRow& row : *page)
            all << row.id;
        if (page->size() < pageSize)
            break;
        after = page->constLast().key;
    }
    return all;
}

} // namespace

// How the People table reads a search (issue 3: every keystroke within 50 ms on 1,000,000
// people): the search index of schema 12 (prefixes of 4 characters, no positions) and
// the plans that sort a search's matches or walk the name index for them.
class TestSearchPlans : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempCampaign> m_campaign;

private Q_SLOTS:
    void initTestCase()
    {
        m_campaign = std::make_unique<test::TempCampaign>();
        DemoCampaignOptions options;
        options.voters = 3000;
        options.bureaux = 3;
        auto demo = createDemoCampaign(m_campaign->db(), options);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
    }

    // Every prefix of every word in the campaign (names, addresses, phone digits), from 2 to
    // 7 characters, finds the same people in the new index as in the one it replaced
    // (schema 2: prefixes of 2 and 3 characters, with positions), filled with the same rows.
    void prefixesFindWhatTheOldIndexFound()
    {
        Database& db = m_campaign->db();
        QVERIFY(db.scalar("SELECT sql FROM sqlite_schema WHERE name = 'search_index'")
                    .toString()
                    .contains(QStringLiteral("prefix = '2 3 4'")));
        QVERIFY(db.exec("CREATE VIRTUAL TABLE temp.old_index USING fts5(name, address, phone,"
                        " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');"
                        "INSERT INTO temp.old_index(rowid, name, address, phone)"
                        " SELECT rowid, name, address, phone FROM search_index;"
                        "CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, search_index, row);"));
        QSet<QString> prefixes;
        for (const QString& word : test::column(db, "SELECT term FROM temp.words")) {
            for (qsizetype n = 2; n <= std::min<qsizetype>(7, word.size()); ++n)
                prefixes.insert(word.left(n));
        }
        QVERIFY(prefixes.size() > 1000);
        PeopleSearch search(db);
        int compared = 0;
        for (const QString& prefix : std::as_const(prefixes)) {
            // As the table asks, and as the quick search does (a finished word looked up whole).
            const PeopleSearch::Condition condition = search.condition(prefix);
            QVERIFY2(!condition.candidates.isEmpty(), qPrintable(prefix));
            for (const QString& match :
                { condition.candidateBinds.value(0).toString(), search.ftsQuery(prefix + u' ') }) {
                const QList<qint64> now
                    = idsOf(db, QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?"), { match });
                const QList<qint64> before
                    = idsOf(db, QStringLiteral("SELECT rowid FROM temp.old_index WHERE old_index MATCH ?"), { match });
                QVERIFY2(now == before,
                    qPrintable(QStringLiteral("%1: %2 now, %3 before").arg(match).arg(now.size()).arg(before.size())));
                compared += now.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(compared >= prefixes.size()); // every prefix finds its word at least
        QVERIFY(db.exec("DROP TABLE temp.words; DROP TABLE temp.old_index;"));
    }

    // A word that another word starts with is left out of the index query ("marie-claude
    // marie", "mar marie"): the same people as with it.
    void aWordAnotherStartsWithChangesNothing()
    {
        Database& db = m_campaign->db();
        const QString surname = db.scalar("SELECT terrain_fold(last_name) FROM people ORDER BY id LIMIT 1").toString();
        const QString firstName
            = db.scalar("SELECT terrain_fold(first_names) FROM people ORDER BY id LIMIT 1").toString().section(u' ', 0, 0);
        QVERIFY(surname.size() > 3 && firstName.size() > 2);
        PeopleSearch search(db);
        const QString all = QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?");
        const QStringList texts{surname.left(3) + u' ' + surname, surname + u' ' + surname.left(2),
            surname + u' ' + firstName + u' ' + firstName, firstName.left(2) + u' ' + firstName + u' ' + surname,
            surname + u' ' + surname + u' '};
        for (const QString& text : texts) {
            const QString match = search.condition(text).candidateBinds.value(0).toString();
            // Every word as its own term: what the query was before.
            QStringList terms;
            for (const QString& word : text.split(u' ', Qt::SkipEmptyParts))
                terms << QStringLiteral("{name address} : \"%1\"*").arg(word);
            const QString everyWord = terms.join(QStringLiteral(" AND "));
            QVERIFY2(match.count(u':') < terms.size(), qPrintable(match));
            const QList<qint64> expected = idsOf(db, all, { everyWord });
            QVERIFY2(!expected.isEmpty(), qPrintable(everyWord));
            QCOMPARE(idsOf(db, all, { match }), expected);
            // And as the quick search asks (a finished word looked up whole).
            QCOMPARE(search.search(text, 100000)->size(), expected.size());
        }
        // Two words that differ stay two.
        QCOMPARE(search.condition(surname + u' ' + firstName).candidateBinds.value(0).toString().count(u':'), 2);
    }

    // Whichever plan reads a search (sort every match, sort them in two parts, one of them a
    // range of the name index, or walk the name index), the table has the same rows in the
    // same order, with other filters too, and a count that is exact when it says so.
    void everyPlanGivesTheSameRows()
    {
        Database& db = m_campaign->db();
        const QString surname = db.scalar("SELECT substr(folded_name, 1, instr(folded_name, ' ') - 1) s FROM people"
                                          " GROUP BY s HAVING length(s) > 2 ORDER BY count(*) DESC, s LIMIT 1")
                                    .toString();
        const QString firstName = db.scalar("SELECT terrain_fold(first_names) FROM people ORDER BY id LIMIT 1")
                                      .toString()
                                      .section(u' ', 0, 0);
        QStringList streetWords
            = db.scalar("SELECT s.folded FROM streets s ORDER BY s.id LIMIT 1").toString().split(u' ');
        std::sort(streetWords.begin(), streetWords.end(),
            [](const QString& a, const QString& b) { return a.size() > b.size(); });
        const QString street = streetWords.value(0);
        QVERIFY(!surname.isEmpty() && !firstName.isEmpty() && !street.isEmpty());
        const QStringList searches { surname, surname.left(3), surname + u' ', surname + u' ' + firstName.left(1),
            surname + u' ' + firstName, firstName, firstName + u' ' + surname.left(2), QStringLiteral("ma"),
            QStringLiteral("le"), street, QStringLiteral("06"), QStringLiteral("zzzz") };
        PeopleSearch search(db);
        const qint64 bureau
            = db.scalar("SELECT id FROM districts WHERE kind = 'bureau' ORDER BY code LIMIT 1").toLongLong();
        int split = 0;
        for (const QString& text : searches) {
            const PeopleSearch::Condition condition = search.condition(text);
            QVERIFY2(!condition.candidates.isEmpty(), qPrintable(text));
            const qint64 matches = idsOf(db, condition.candidates, condition.candidateBinds).size();
            for (bool inBureau : { false, true }) {
                PeopleFilter filter;
                filter.search = text;
                if (inBureau)
                    filter.districtId = bureau;
                PeopleQuery reference(db);
                auto order = reference.buildOrder(filter, PeopleSort {});
                QVERIFY(order);
                const QList<qint64> expected((*order)->ids.begin(), (*order)->ids.end());
                // Sort all / sort in two parts (all matches but one must be in the range) / walk.
                const QList<std::pair<qint64, qint64>> limits { { 1000000, 1000000 }, { matches - 1, 1000000 },
                    { 0, 0 } };
                for (const auto& [sortAll, nameRange] : limits) {
                    for (qint64 cap : { qint64(1), qint64(10), qint64(100000) }) {
                        PeopleQuery query(db);
                        query.setSearchPlanLimits(sortAll, nameRange);
                        auto counted = query.countUpTo(filter, cap);
                        QVERIFY(counted);
                        QCOMPARE(*counted, std::min<qint64>(cap, expected.size()));
                        const std::optional<qint64> known = query.knownCount(filter);
                        if (known)
                            QCOMPARE(*known, expected.size());
                        if (sortAll == 1000000)
                            QVERIFY2(known, qPrintable(text)); // sorting every match counts them
                        if (sortAll == matches - 1 && text == surname && !inBureau) {
                            QVERIFY2(known, qPrintable(text)); // the surname's range holds most matches
                            ++split;
                        }
                        const QString what = QStringLiteral("\"%1\"%2 limits %3/%4 cap %5")
                                                 .arg(text, inBureau ? QStringLiteral(" in a bureau") : QString())
                                                 .arg(sortAll)
                                                 .arg(nameRange)
                                                 .arg(cap);
                        QVERIFY2(pagedIds(query, filter, 7) == expected, qPrintable(what));
                    }
                }
            }
        }
        QVERIFY(split > 0);
    }

    // The matches of a search are kept from one keystroke to the next, not past an edit:
    // from another connection (another window, a sync) or from this one. Each plan's rows.
    void keptMatchesFollowEdits()
    {
        Database& db = m_campaign->db();
        const qint64 id = db.scalar("SELECT id FROM people WHERE deleted = 0 ORDER BY id LIMIT 1").toLongLong();
        const QString surname
            = db.scalar("SELECT last_name FROM people WHERE deleted = 0 ORDER BY id LIMIT 1").toString();
        std::vector<std::unique_ptr<PeopleQuery>> queries; // sort all, walk
        queries.push_back(std::make_unique<PeopleQuery>(db));
        queries.push_back(std::make_unique<PeopleQuery>(db));
        queries.back()->setSearchPlanLimits(0, 0);
        // The people a search shows, as each query reads them (or the first that disagrees).
        const auto shown = [&](const QString& text) {
            PeopleFilter filter;
            filter.search = text;
            QList<qint64> first;
            for (std::size_t i = 0; i < queries.size(); ++i) {
                queries[i]->invalidate();
                if (!queries[i]->countUpTo(filter, 1)) // past one, the walk pages through the matches
                    return QList<qint64> { -1 };
                const QList<qint64> rows = pagedIds(*queries[i], filter, 2);
                if (i == 0)
                    first = rows;
                else if (rows != first)
                    return QList<qint64> { -2 };
            }
            return first;
        };
        const QList<qint64> before = shown(surname);
        QVERIFY(before.contains(id));
        QVERIFY(before.size() > 3);

        auto other = Database::open(m_campaign->path(), Database::OpenMode::OpenExisting);
        QVERIFY(other);
        const auto rename = [](Database& on, qint64 person, const QString& lastName) {
            Repository repo(on);
            const FieldValues values { { QStringLiteral("last_name"), lastName },
                { QStringLiteral("usage_name"), QVariant() }, { QStringLiteral("first_names"), QStringLiteral("Zoé") },
                { QStringLiteral("folded_name"), foldedPersonName(QString(), lastName, QStringLiteral("Zoé")) } };
            return repo.update("people", person, values).ok() && SearchIndex(on).refresh({ person }).ok();
        };
        QVERIFY(rename(**other, id, QStringLiteral("Xylophage")));
        QList<qint64> without = before;
        without.removeOne(id);
        QCOMPARE(shown(surname), without);
        const QString xylo = QStringLiteral("xylo");
        QCOMPARE(shown(xylo), QList<qint64> { id });
        // Edits on the query's own connection: one more match, then one less.
        const qint64 second = without.first();
        QVERIFY(rename(db, second, QStringLiteral("Xylophage")));
        QCOMPARE(shown(xylo), (QList<qint64> { std::min(id, second), std::max(id, second) }));
        QVERIFY(rename(db, id, surname));
        QCOMPARE(shown(xylo), QList<qint64> { second });
        QVERIFY(shown(surname).contains(id));
    }
};

QTEST_GUILESS_MAIN(TestSearchPlans)
#include "tst_searchplans.moc"
