#include "demo/democampaign.h"
#include "importing/importer.h"
#include "people/peoplequery.h"
#include "people/personservice.h"
#include "storage/database.h"
#include "util/textfold.h"

#include "testsupport.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace terrain;

namespace {

// 18 people in three bureaux (1, 2, 10) of one commune: four "MARTIN Jean" (ties on the
// name), accented names (Élodie, ÉLUARD, LEFÈVRE next to LEFEBVRE), a usage name (GARNIER
// known as BERNARD), house numbers 12 < 12 bis < 12 ter < 14, units Apt 2 < Apt 10, a lieu-dit,
// two people without a birth date, five phones, three emails.
void importPeople(Database& db)
{
    ImportRequest request;
    request.path = test::testDataPath(QStringLiteral("people/people.csv"));
    request.profile = QStringLiteral("fr-adresse-unique");
    request.rejectsPath = db.path() + QStringLiteral(".rejects.csv");
    auto plan = planImport(db, request);
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error().toString()));
    auto report = Importer(db).run(*plan);
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->added, 18);
}

qint64 idOf(Database& db, const char* foldedName, int nth = 0)
{
    Statement st = db.prepare("SELECT id FROM people WHERE folded_name = ? ORDER BY id LIMIT 1 OFFSET ?");
    st.bind(1, QString::fromUtf8(foldedName)).bind(2, nth);
    return st.step() ? st.int64(0) : -1;
}

qint64 districtOf(Database& db, const char* kind, const char* code)
{
    Statement st = db.prepare("SELECT id FROM districts WHERE kind = ? AND code = ?");
    st.bind(1, QString::fromLatin1(kind)).bind(2, QString::fromLatin1(code));
    return st.step() ? st.int64(0) : -1;
}

qint64 countOf(PeopleQuery& query, const PeopleFilter& filter)
{
    auto n = query.count(filter);
    if (!n)
        qWarning("count failed: %s", qPrintable(n.error().toString()));
    return n ? *n : -1;
}

// Every row of a (filter, sort), page after page, each page starting after the key of the
// previous page's last row. `bareKeys` drops the position hint, so that only the sort values
// and the id lead (pure keyset).
QList<PersonRow> pageThrough(PeopleQuery& query, const PeopleFilter& filter, const PeopleSort& sort, int pageSize,
                             bool bareKeys)
{
    QList<PersonRow> all;
    PeopleKey after;
    for (int guard = 0; guard < 100000; ++guard) {
        auto page = query.fetchPage(filter, sort, after, pageSize);
        if (!page) {
            qWarning("fetchPage failed: %s", qPrintable(page.error().toString()));
            return {};
        }
        all += *page;
        if (page->size() < pageSize)
            break;
        after = page->constLast().key;
        if (bareKeys)
            after.position = -1;
    }
    return all;
}

QStringList names(const QList<PersonRow>& rows)
{
    QStringList out;
    for (const PersonRow& row : rows)
        out << row.displayName;
    return out;
}

QList<qint64> ids(const QList<PersonRow>& rows)
{
    QList<qint64> out;
    for (const PersonRow& row : rows)
        out << row.id;
    return out;
}

PeopleSort asc(PeopleColumn column)
{
    return {column, Qt::AscendingOrder};
}

const QList<PeopleColumn>& allColumns()
{
    static const QList<PeopleColumn> columns{PeopleColumn::Name,    PeopleColumn::FirstNames, PeopleColumn::BirthDate,
                                             PeopleColumn::Address, PeopleColumn::Bureau,     PeopleColumn::Support,
                                             PeopleColumn::Status,  PeopleColumn::Phone};
    return columns;
}

} // namespace

class TestPeopleQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersNarrowTheCount()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        importPeople(db);
        PeopleQuery query(db);
        PersonService people(db, QStringLiteral("Alice"));

        QCOMPARE(countOf(query, {}), 18);
        PeopleFilter f;
        f.districtId = districtOf(db, "bureau", "1");
        QCOMPARE(countOf(query, f), 9);
        f.districtId = districtOf(db, "bureau", "10");
        QCOMPARE(countOf(query, f), 4);
        // A commune holds the people of its bureaux.
        f.districtId = districtOf(db, "commune", "49287");
        QCOMPARE(countOf(query, f), 18);

        PeopleFilter street;
        street.streetId = db.scalar("SELECT id FROM streets WHERE folded = 'rue de la paix'").toLongLong();
        QCOMPARE(countOf(query, street), 7);
        street.districtId = districtOf(db, "bureau", "2");
        QCOMPARE(countOf(query, street), 1); // ABADIE Anne, 1 rue de la Paix

        PeopleFilter search;
        search.search = QStringLiteral("martin");
        QCOMPARE(countOf(query, search), 4);
        search.search = QStringLiteral("Lefèvre");
        QCOMPARE(countOf(query, search), 1); // not LEFEBVRE
        search.search = QStringLiteral("jean paix");
        QCOMPARE(countOf(query, search), 3); // the three Jean Martin of rue de la Paix
        search.search = QStringLiteral("06 12 34 56 04");
        QCOMPARE(countOf(query, search), 1);
        search.search = QStringLiteral("z"); // one letter: names starting with it
        QCOMPARE(countOf(query, search), 1);
        search.search = QStringLiteral("  ");
        QCOMPARE(countOf(query, search), 18);

        PeopleFilter phone;
        phone.hasPhone = true;
        QCOMPARE(countOf(query, phone), 5);
        phone.hasPhone = false;
        QCOMPARE(countOf(query, phone), 13);
        PeopleFilter email;
        email.hasEmail = true;
        QCOMPARE(countOf(query, email), 3);

        // Support: 0 means unknown.
        const qint64 jean = idOf(db, "martin jean");
        const qint64 elodie = idOf(db, "dupont elodie");
        const qint64 zoe = idOf(db, "roux zoe");
        QVERIFY(people.updateFields(jean, {{QStringLiteral("support"), 1}}));
        QVERIFY(people.updateFields(elodie, {{QStringLiteral("support"), 2}}));
        QVERIFY(people.updateFields(zoe, {{QStringLiteral("support"), 5}}));
        PeopleFilter support;
        support.support = {1, 2};
        QCOMPARE(countOf(query, support), 2);
        support.support = {0};
        QCOMPARE(countOf(query, support), 15);
        support.support = {5, 0};
        QCOMPARE(countOf(query, support), 16);

        // Tags: every one listed, or any of them.
        QVERIFY(people.addTag(jean, QStringLiteral("Bénévole")));
        QVERIFY(people.addTag(elodie, QStringLiteral("benevole")));
        QVERIFY(people.addTag(elodie, QStringLiteral("Donateur")));
        QVERIFY(people.addTag(zoe, QStringLiteral("Donateur")));
        const qint64 volunteer = db.scalar("SELECT id FROM tags WHERE folded = 'benevole'").toLongLong();
        const qint64 donor = db.scalar("SELECT id FROM tags WHERE folded = 'donateur'").toLongLong();
        PeopleFilter tags;
        tags.tagIds = {volunteer};
        QCOMPARE(countOf(query, tags), 2);
        tags.tagIds = {volunteer, donor};
        QCOMPARE(countOf(query, tags), 1);
        tags.anyTag = true;
        QCOMPARE(countOf(query, tags), 3);
        QVERIFY(people.removeTag(elodie, donor));
        QCOMPARE(countOf(query, tags), 3); // still a volunteer
        tags.anyTag = false;
        QCOMPARE(countOf(query, tags), 0);

        // People who left the list are hidden unless asked for.
        const qint64 marc = idOf(db, "petit marc");
        QVERIFY(people.updateFields(marc, {{QStringLiteral("status"), QStringLiteral("left")}}));
        QCOMPARE(countOf(query, {}), 17);
        PeopleFilter left;
        left.statuses = {QStringLiteral("left")};
        QCOMPARE(countOf(query, left), 1);
        left.statuses = {QStringLiteral("active"), QStringLiteral("left")};
        QCOMPARE(countOf(query, left), 18);
        phone.hasPhone = true;
        QCOMPARE(countOf(query, phone), 4); // Marc's phone no longer counts

        // A phone marked bad is no phone; filters combine.
        const qint64 badPhone = db.scalar("SELECT id FROM phones WHERE raw = '06 12 34 56 04'").toLongLong();
        QVERIFY(people.setPhoneBad(badPhone, true));
        QCOMPARE(countOf(query, phone), 3);
        phone.districtId = districtOf(db, "bureau", "1");
        QCOMPARE(countOf(query, phone), 2); // Jean Martin, Denis Lefebvre

        // The rows agree with the count.
        auto rows = query.fetchPage(phone, asc(PeopleColumn::Name), {}, 50);
        QVERIFY(rows);
        QCOMPARE(names(*rows), (QStringList{QStringLiteral("LEFEBVRE Denis"), QStringLiteral("MARTIN Jean")}));
    }

    void rowsShowWhatTheTableNeeds()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        importPeople(db);
        PeopleQuery query(db);
        query.setToday(QDate(2026, 6, 1));
        PeopleFilter f;
        f.search = QStringLiteral("elodie");
        auto rows = query.fetchPage(f, asc(PeopleColumn::Name), {}, 10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        const PersonRow& elodie = rows->first();
        QCOMPARE(elodie.displayName, QStringLiteral("DUPONT Élodie"));
        QCOMPARE(elodie.firstNames, QStringLiteral("Élodie"));
        QCOMPARE(elodie.birthDate, QStringLiteral("1985-03-12"));
        QCOMPARE(elodie.age, 41);
        QCOMPARE(elodie.address, QStringLiteral("12 Rue de la Paix"));
        QCOMPARE(elodie.unit, QStringLiteral("Apt 2"));
        QCOMPARE(elodie.bureau, QStringLiteral("1"));
        QCOMPARE(elodie.phone, QStringLiteral("+33612345604"));
        QVERIFY(elodie.hasEmail);
        QCOMPARE(elodie.support, 0);
        QCOMPARE(elodie.status, QStringLiteral("active"));
        QVERIFY(elodie.householdId > 0);
        QVERIFY(!elodie.uuid.isEmpty());

        // The usage name is the name shown; a lieu-dit is an address; unknown dates have no age.
        f.search = QStringLiteral("louise");
        rows = query.fetchPage(f, asc(PeopleColumn::Name), {}, 10);
        QVERIFY(rows);
        QCOMPARE(rows->first().displayName, QStringLiteral("BERNARD Louise"));
        QCOMPARE(rows->first().address, QStringLiteral("12 ter Rue de la Paix"));
        f.search = QStringLiteral("petit");
        rows = query.fetchPage(f, asc(PeopleColumn::Name), {}, 10);
        QVERIFY(rows);
        QCOMPARE(rows->first().address, QStringLiteral("Le Bourg"));
        QCOMPARE(rows->first().bureau, QStringLiteral("2"));
        QCOMPARE(rows->first().age, -1);
        QVERIFY(!rows->first().hasEmail);

        QCOMPARE(ageAt(QStringLiteral("1950"), QDate(2026, 6, 1)), 75);  // counted from mid-year
        QCOMPARE(ageAt(QStringLiteral("1950"), QDate(2026, 8, 1)), 76);
        QCOMPARE(ageAt(QStringLiteral("2000-06-02"), QDate(2026, 6, 1)), 25);
        QCOMPARE(ageAt(QStringLiteral("2000-06-01"), QDate(2026, 6, 1)), 26);
        AddressLineParts parts;
        parts.number = 12;
        parts.suffix = QStringLiteral("bis");
        parts.street = QStringLiteral("Rue de la Paix");
        parts.building = QStringLiteral("A");
        QCOMPARE(formatAddressLine(parts), QStringLiteral("12 bis Rue de la Paix, Bât A"));
    }

    void sortsCompareFoldedNames()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        importPeople(db);
        PeopleQuery query(db);

        auto rows = query.fetchPage({}, asc(PeopleColumn::Name), {}, 100);
        QVERIFY(rows);
        const QString jean = QStringLiteral("MARTIN Jean");
        // Accents and case do not count: ÉLUARD sorts with E, LEFEBVRE before LEFÈVRE.
        QCOMPARE(names(*rows),
                 (QStringList{QStringLiteral("ABADIE Anne"), QStringLiteral("BERNARD Louise"),
                              QStringLiteral("BLANC Yves"), QStringLiteral("CARON Denise"),
                              QStringLiteral("DUPONT Élodie"), QStringLiteral("DURAND Emma"),
                              QStringLiteral("ÉLUARD Paul"), QStringLiteral("ÉTIENNE Émile"),
                              QStringLiteral("LEFEBVRE Denis"), QStringLiteral("LEFÈVRE Fabrice"), jean, jean, jean,
                              jean, QStringLiteral("MOREAU Élise"), QStringLiteral("PETIT Marc"),
                              QStringLiteral("ROUX Zoé"), QStringLiteral("ZOLA Émilie")}));
        // Ties keep a stable order (by id).
        QList<qint64> martins;
        for (const PersonRow& row : std::as_const(*rows)) {
            if (row.displayName == jean)
                martins << row.id;
        }
        QVERIFY(std::is_sorted(martins.begin(), martins.end()));

        QStringList firstNames;
        rows = query.fetchPage({}, asc(PeopleColumn::FirstNames), {}, 100);
        QVERIFY(rows);
        for (const PersonRow& row : std::as_const(*rows))
            firstNames << row.firstNames;
        QCOMPARE(firstNames,
                 (QStringList{QStringLiteral("Anne"), QStringLiteral("Denis"), QStringLiteral("Denise"),
                              QStringLiteral("Élise"), QStringLiteral("Élodie"), QStringLiteral("Émile"),
                              QStringLiteral("Émilie"), QStringLiteral("Emma"), QStringLiteral("Fabrice"),
                              QStringLiteral("Jean"), QStringLiteral("Jean"), QStringLiteral("Jean"),
                              QStringLiteral("Jean"), QStringLiteral("Louise"), QStringLiteral("Marc"),
                              QStringLiteral("Paul"), QStringLiteral("Yves"), QStringLiteral("Zoé")}));

        // Walk-list order: street, number, suffix, unit as numbers; a lieu-dit sorts as a street.
        QStringList doors;
        rows = query.fetchPage({}, asc(PeopleColumn::Address), {}, 100);
        QVERIFY(rows);
        for (const PersonRow& row : std::as_const(*rows))
            doors << (row.unit.isEmpty() ? row.address : row.address + u' ' + row.unit);
        doors.removeDuplicates();
        QCOMPARE(doors, (QStringList{QStringLiteral("2 Avenue Foch"), QStringLiteral("3 Avenue Foch"),
                                     QStringLiteral("9 Avenue Foch"), QStringLiteral("5 Impasse des Lilas"),
                                     QStringLiteral("7 Impasse des Lilas"), QStringLiteral("Le Bourg"),
                                     QStringLiteral("1 Rue de la Paix"), QStringLiteral("12 Rue de la Paix"),
                                     QStringLiteral("12 Rue de la Paix Apt 2"),
                                     QStringLiteral("12 Rue de la Paix Apt 10"), QStringLiteral("12 bis Rue de la Paix"),
                                     QStringLiteral("12 ter Rue de la Paix"), QStringLiteral("14 Rue de la Paix"),
                                     QStringLiteral("22 Rue Victor Hugo")}));
        // People of one door by name.
        QCOMPARE(names(rows->mid(3, 3)), (QStringList{QStringLiteral("BLANC Yves"), QStringLiteral("CARON Denise"),
                                                       QStringLiteral("ZOLA Émilie")}));

        // Bureaux in natural order: 2 before 10.
        QStringList bureaux;
        rows = query.fetchPage({}, asc(PeopleColumn::Bureau), {}, 100);
        QVERIFY(rows);
        for (const PersonRow& row : std::as_const(*rows))
            bureaux << row.bureau;
        bureaux.removeDuplicates();
        QCOMPARE(bureaux, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10")}));

        // Oldest first, unknown dates last.
        rows = query.fetchPage({}, asc(PeopleColumn::BirthDate), {}, 100);
        QVERIFY(rows);
        QCOMPARE(rows->first().displayName, QStringLiteral("ZOLA Émilie"));
        QCOMPARE(names(rows->mid(16)), (QStringList{QStringLiteral("CARON Denise"), QStringLiteral("PETIT Marc")}));

        // Support 1 first, unknown last; status in its lifecycle order; people with a phone first.
        PersonService people(db, QStringLiteral("Alice"));
        QVERIFY(people.updateFields(idOf(db, "roux zoe"), {{QStringLiteral("support"), 5}}));
        QVERIFY(people.updateFields(idOf(db, "zola emilie"), {{QStringLiteral("support"), 1}}));
        QVERIFY(people.updateFields(idOf(db, "abadie anne"), {{QStringLiteral("support"), 3}}));
        query.invalidate();
        rows = query.fetchPage({}, asc(PeopleColumn::Support), {}, 100);
        QVERIFY(rows);
        QCOMPARE(names(rows->mid(0, 4)), (QStringList{QStringLiteral("ZOLA Émilie"), QStringLiteral("ABADIE Anne"),
                                                       QStringLiteral("ROUX Zoé"), QStringLiteral("BERNARD Louise")}));
        QCOMPARE(rows->at(3).support, 0);

        QVERIFY(people.updateFields(idOf(db, "blanc yves"), {{QStringLiteral("status"), QStringLiteral("deceased")}}));
        QVERIFY(people.updateFields(idOf(db, "abadie anne"), {{QStringLiteral("status"), QStringLiteral("moved")}}));
        PeopleFilter everyone;
        everyone.statuses = {QStringLiteral("active"), QStringLiteral("moved"), QStringLiteral("deceased"),
                             QStringLiteral("left")};
        rows = query.fetchPage(everyone, asc(PeopleColumn::Status), {}, 100);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 18);
        QCOMPARE(names(rows->mid(16)), (QStringList{QStringLiteral("ABADIE Anne"), QStringLiteral("BLANC Yves")}));

        rows = query.fetchPage({}, asc(PeopleColumn::Phone), {}, 100);
        QVERIFY(rows);
        QStringList phones;
        for (const PersonRow& row : rows->mid(0, 6))
            phones << row.phone;
        QCOMPARE(phones, (QStringList{QStringLiteral("+33241000006"), QStringLiteral("+33612345601"),
                                      QStringLiteral("+33612345604"), QStringLiteral("+33612345610"),
                                      QStringLiteral("+33612345616"), QString()}));

        // Descending is the exact reverse, ties included.
        for (PeopleColumn column : allColumns()) {
            query.invalidate();
            auto up = query.fetchPage(everyone, {column, Qt::AscendingOrder}, {}, 100);
            auto down = query.fetchPage(everyone, {column, Qt::DescendingOrder}, {}, 100);
            QVERIFY(up && down);
            QList<qint64> reversed = ids(*down);
            std::reverse(reversed.begin(), reversed.end());
            QCOMPARE(reversed, ids(*up));
        }
    }

    // Every row exactly once, in order, whatever the page size, both directions, with ties.
    void pagesReturnEveryRowOnce_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        const char* columnNames[] = {"name", "firstnames", "birthdate", "address", "bureau", "support", "status",
                                     "phone"};
        for (PeopleColumn column : allColumns()) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                QTest::addRow("%s-%s", columnNames[static_cast<int>(column)],
                              order == Qt::AscendingOrder ? "asc" : "desc")
                    << static_cast<int>(column) << static_cast<int>(order);
            }
        }
    }
    void pagesReturnEveryRowOnce()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        const PeopleSort sort{static_cast<PeopleColumn>(column), static_cast<Qt::SortOrder>(order)};
        static std::unique_ptr<test::TempCampaign> campaign;
        if (!campaign) {
            // A small generated commune: many people share a support level, a bureau, a
            // street; some share a name.
            campaign = std::make_unique<test::TempCampaign>();
            DemoCampaignOptions options;
            options.voters = 1200;
            options.bureaux = 3;
            auto demo = createDemoCampaign(campaign->db(), options);
            QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
        }
        Database& db = campaign->db();
        QVERIFY(test::count(db, "SELECT count(*) - count(DISTINCT folded_name) FROM people") > 0);
        PeopleQuery query(db);
        const qint64 total = countOf(query, {});
        QVERIFY(total >= 1000);

        auto built = query.buildOrder({}, sort);
        QVERIFY(built);
        QCOMPARE(qint64((*built)->ids.size()), total);
        const QList<qint64> expected((*built)->ids.begin(), (*built)->ids.end());
        QCOMPARE(QSet<qint64>(expected.begin(), expected.end()).size(), total);

        for (int pageSize : {1, 7, 100}) {
            for (bool bareKeys : {false, true}) {
                query.invalidate();
                const QList<PersonRow> rows = pageThrough(query, {}, sort, pageSize, bareKeys);
                QCOMPARE(ids(rows), expected);
            }
        }
        // Keyset in SQL alone (no order held), as the name sort pages: the same rows.
        if (sort.column == PeopleColumn::Name) {
            query.invalidate();
            QList<qint64> sqlIds;
            PeopleKey after;
            for (;;) {
                auto page = query.fetchPage({}, sort, after, 50);
                QVERIFY(page);
                QVERIFY(!query.order()); // no order was built
                sqlIds += ids(*page);
                if (page->size() < 50)
                    break;
                after = page->constLast().key;
                after.position = -1;
            }
            QCOMPARE(sqlIds, expected);
        }

        // Rows are in sort order by their own key values.
        const QList<PersonRow> rows = pageThrough(query, {}, sort, 100, false);
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QVariantList& a = rows[i - 1].key.values;
            const QVariantList& b = rows[i].key.values;
            const auto cmp = [](const QVariant& x, const QVariant& y) {
                if (x.typeId() == QMetaType::QString || y.typeId() == QMetaType::QString)
                    return x.toString().compare(y.toString());
                return x.toLongLong() < y.toLongLong() ? -1 : (x.toLongLong() > y.toLongLong() ? 1 : 0);
            };
            int c = 0;
            for (qsizetype k = 0; k < a.size() && c == 0; ++k)
                c = cmp(a[k], b[k]);
            if (c == 0)
                c = rows[i - 1].id < rows[i].id ? -1 : 1;
            QVERIFY2(sort.order == Qt::AscendingOrder ? c < 0 : c > 0, qPrintable(QString::number(i)));
        }
    }

    // A keystroke counts no further than a cap and then pages by the plan the count chose
    // (a name walk over the matches read once, or the matches sorted by the count itself):
    // the same rows as the full order, and an exact count when under the cap.
    void searchPlansAgree()
    {
        test::TempCampaign campaign;
        DemoCampaignOptions options;
        options.voters = 1500;
        options.bureaux = 3;
        auto demo = createDemoCampaign(campaign.db(), options);
        QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
        Database& db = campaign.db();
        // A first name and a surname of the campaign, as typed: one word each.
        const QString firstName =
            test::column(db, "SELECT first_names FROM people ORDER BY id LIMIT 1").value(0).section(u' ', 0, 0);
        const QString lastName =
            test::column(db, "SELECT last_name FROM people ORDER BY id LIMIT 1").value(0).section(u' ', 0, 0);
        const QStringList searches{QStringLiteral("m"),
                                   QStringLiteral("ma"),
                                   lastName.left(3),
                                   lastName,
                                   lastName + u' ' + firstName.left(1),
                                   firstName + u' ' + lastName.left(1),
                                   QStringLiteral("rue"),
                                   QStringLiteral("zzzz")};
        for (const QString& text : searches) {
            PeopleFilter filter;
            filter.search = text;
            PeopleQuery reference(db);
            auto order = reference.buildOrder(filter, asc(PeopleColumn::Name));
            QVERIFY(order);
            const QList<qint64> expected((*order)->ids.begin(), (*order)->ids.end());
            QCOMPARE(countOf(reference, filter), expected.size());
            for (qint64 cap : {qint64(1), qint64(10), qint64(100000)}) {
                PeopleQuery query(db);
                auto counted = query.countUpTo(filter, cap);
                QVERIFY(counted);
                QCOMPARE(*counted, std::min<qint64>(cap, expected.size()));
                const QList<PersonRow> rows = pageThrough(query, filter, asc(PeopleColumn::Name), 7, true);
                QVERIFY2(ids(rows) == expected, qPrintable(QStringLiteral("%1 (cap %2)").arg(text).arg(cap)));
            }
        }
        // A single letter beside a word is the start of a word of the name, not of the address.
        PeopleFilter initials;
        initials.search = lastName + u' ' + firstName.left(1);
        PeopleQuery query(db);
        auto order = query.buildOrder(initials, asc(PeopleColumn::Name));
        QVERIFY(order && !(*order)->ids.empty());
        Statement st = db.prepare("SELECT folded_name FROM people WHERE id = ?");
        for (qint64 id : (*order)->ids) {
            st.bind(1, id);
            QVERIFY(st.step());
            const QString name = u' ' + st.text(0);
            st.reset();
            QVERIFY2(name.contains(u' ' + foldText(firstName.left(1))), qPrintable(name));
        }
    }

    void jumpsToAnyPosition()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        DemoCampaignOptions options;
        options.voters = 800;
        options.bureaux = 2;
        QVERIFY(createDemoCampaign(db, options));
        PeopleQuery query(db);
        PeopleFilter filter;
        filter.districtId = districtOf(db, "bureau", "2");
        const qint64 total = countOf(query, filter);
        QVERIFY(total > 100);

        for (PeopleColumn column : {PeopleColumn::Name, PeopleColumn::Address}) {
            const PeopleSort sort{column, Qt::DescendingOrder};
            query.invalidate();
            const QList<PersonRow> all = pageThrough(query, filter, sort, 64, false);
            QCOMPARE(all.size(), total);
            for (qint64 offset : {qint64(0), qint64(1), total / 2, total - 3, total - 1}) {
                auto rows = query.rowsAt(filter, sort, offset, 10);
                QVERIFY(rows);
                QCOMPARE(ids(*rows), ids(all.mid(offset, 10)));
                QCOMPARE(rows->first().key.position, offset);
                auto row = query.rowAt(filter, sort, offset);
                QVERIFY(row);
                QCOMPARE(row->id, all[offset].id);
                if (offset == 0)
                    continue;
                // The key of row n - 1 continues at row n, with or without its position.
                auto key = query.keyAt(filter, sort, offset - 1);
                QVERIFY(key);
                auto next = query.fetchPage(filter, sort, *key, 5);
                QVERIFY(next);
                QCOMPARE(ids(*next), ids(all.mid(offset, 5)));
                PeopleKey bare = *key;
                bare.position = -1;
                query.invalidate();
                next = query.fetchPage(filter, sort, bare, 5);
                QVERIFY(next);
                QCOMPARE(ids(*next), ids(all.mid(offset, 5)));
            }
            auto whole = query.rowsAt(filter, sort, 0, int(total) + 5);
            QVERIFY(whole);
            QCOMPARE(ids(*whole), ids(all));
            auto beyond = query.rowsAt(filter, sort, total, 10);
            QVERIFY(beyond);
            QVERIFY(beyond->isEmpty());
            QVERIFY(!query.rowAt(filter, sort, total));
        }

        // A request for more rows than ids bound in one statement.
        const QList<PersonRow> everyone = pageThrough(query, {}, asc(PeopleColumn::Name), 100, false);
        QCOMPARE(everyone.size(), 800);
        auto whole = query.rowsAt({}, asc(PeopleColumn::Name), 0, 5000);
        QVERIFY(whole);
        QCOMPARE(ids(*whole), ids(everyone));

        // An order built elsewhere (another connection, as a worker thread would) is adopted.
        auto other = Database::open(campaign.path(), Database::OpenMode::OpenExisting);
        QVERIFY(other);
        PeopleQuery worker(**other);
        const PeopleSort byBirth{PeopleColumn::BirthDate, Qt::AscendingOrder};
        auto built = worker.buildOrder(filter, byBirth);
        QVERIFY(built);
        query.invalidate();
        query.setOrder(*built);
        auto rows = query.rowsAt(filter, byBirth, 0, 3);
        QVERIFY(rows);
        QCOMPARE(rows->first().id, (*built)->ids.front());
        QCOMPARE(query.order(), *built); // used, not rebuilt

        // A cancelled build stops with a "cancelled" error.
        std::atomic_bool cancel{true};
        auto cancelled = worker.buildOrder({}, {PeopleColumn::FirstNames, Qt::AscendingOrder}, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, QStringLiteral("cancelled"));
    }

    // The order is a snapshot: an edited row stays in place (showing its new values) until
    // the view invalidates it.
    void orderIsASnapshotUntilInvalidated()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        importPeople(db);
        PeopleQuery query(db);
        const PeopleSort sort = asc(PeopleColumn::Name);
        auto first = query.rowsAt({}, sort, 0, 1);
        QVERIFY(first);
        QCOMPARE(first->first().displayName, QStringLiteral("ABADIE Anne"));

        PersonService people(db, QStringLiteral("Alice"));
        QVERIFY(people.updateFields(first->first().id, {{QStringLiteral("last_name"), QStringLiteral("Zyx")}}));
        auto again = query.rowsAt({}, sort, 0, 1);
        QVERIFY(again);
        QCOMPARE(again->first().displayName, QStringLiteral("ZYX Anne"));

        // Someone added since the order was built: paging after their key falls back to
        // keyset in SQL, which knows them.
        const PeopleSort byAddress = asc(PeopleColumn::Address);
        auto before = query.buildOrder({}, byAddress);
        QVERIFY(before);
        query.setOrder(*before);
        PersonDraft draft;
        draft.lastName = QStringLiteral("Martin");
        draft.firstNames = QStringLiteral("Jean");
        draft.addressLine = QStringLiteral("12 rue de la Paix, Apt 2");
        auto added = people.addPerson(draft);
        QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
        PeopleQuery fresh(db);
        const QList<PersonRow> now = pageThrough(fresh, {}, byAddress, 100, false);
        QCOMPARE(now.size(), 19);
        qsizetype at = -1;
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (now[i].id == added->personId)
                at = i;
        }
        QVERIFY(at > 0);
        QCOMPARE(now[at - 1].displayName, QStringLiteral("DUPONT Élodie")); // his door, by name
        PeopleKey key = now[at].key;
        key.position = -1;
        auto after = query.fetchPage({}, byAddress, key, 3);
        QVERIFY(after);
        QCOMPARE(ids(*after), ids(now.mid(at + 1, 3)));
        QCOMPARE(query.order(), *before);

        query.invalidate();
        auto moved = query.rowsAt({}, sort, 18, 1);
        QVERIFY(moved);
        QCOMPARE(moved->first().displayName, QStringLiteral("ZYX Anne"));
        QCOMPARE(query.rowAt({}, sort, 0)->displayName, QStringLiteral("BERNARD Louise"));
    }
};

QTEST_GUILESS_MAIN(TestPeopleQuery)
#include "tst_peoplequery.moc"
