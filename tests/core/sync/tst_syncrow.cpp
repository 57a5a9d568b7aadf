#include "demo/democampaign.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/tables.h"
#include "sync/gzip.h"
#include "sync/jsontext.h"
#include "sync/pagecodec.h"
#include "sync/synclocalstore.h"
#include "sync/syncrow.h"

#include "testsupport.h"
#include "util/uuid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

#include <functional>
#include <limits>
#include <map>
#include <tuple>

using namespace terrain;

namespace {

// A random version of one person row: each field written by one of three sites at one of
// a few clocks, so that ties on hlc (broken by site) happen often.
RowState randomRow(QRandomGenerator& random)
{
    const TableInfo& people = *findTable("people");
    RowState row = RowState::empty(people, QStringLiteral("0190a4a0-0000-7000-8000-000000000001"));
    for (int i = 0; i < row.fieldCount(); ++i) {
        const size_t k = static_cast<size_t>(i);
        if (random.bounded(3) == 0)
            continue;
        const qint64 site = 1 + random.bounded(3);
        const qint64 hlc = 1000 + random.bounded(4);
        row.clocks[k] = {hlc, site};
        // The value is a function of the clock: one write, one value.
        if (i == 0)
            row.values[k] = static_cast<int>((hlc + site) % 2);
        else if (people.fields[k - 1].type == FieldType::Integer)
            row.values[k] = QJsonValue(hlc * 10 + site);
        else
            row.values[k] = QStringLiteral("v%1-%2").arg(hlc).arg(site);
    }
    return row;
}

// A demo campaign with texts JSON must escape, bytes that are not UTF-8, a byte-order mark, an
// empty text, and field clocks kept apart.
bool createAwkwardCampaign(Database& db)
{
    DemoCampaignOptions options;
    options.voters = 400;
    options.bureaux = 2;
    return createDemoCampaign(db, options)
        && db.exec("UPDATE people SET notes = 'a \"quote\", a \\ and' || char(10, 9, 1) || ' été € 🗳' WHERE id = 1;"
                   "UPDATE people SET notes = CAST(x'41c3ff42' AS TEXT) WHERE id = 2;"
                   "UPDATE people SET notes = char(65279) || 'bom', usage_name = '' WHERE id = 3;"
                   "INSERT INTO field_clocks(tbl, row_uuid, field, hlc, site)"
                   " SELECT 'people', uuid, 'support', hlc + 5, 7 FROM people WHERE id = 4;"
                   "INSERT INTO field_clocks(tbl, row_uuid, field, hlc, site)"
                   " SELECT 'people', uuid, 'deleted', hlc + 9, 8 FROM people WHERE id = 4;");
}

// Every row of a table, each column as SQLite quotes it (type and bytes), in uuid order.
QStringList dumpTable(Database& db, const char* table)
{
    QStringList columns;
    Statement info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(QLatin1StringView(table)));
    while (info.step())
        columns << QStringLiteral("quote(%1)").arg(info.text(0));
    const QString order = QLatin1StringView(table) == QLatin1StringView("search_index") ? QStringLiteral("rowid")
        : QLatin1StringView(table) == QLatin1StringView("field_clocks")               ? QStringLiteral("tbl, row_uuid, field")
                                                                                       : QStringLiteral("uuid");
    Statement st = db.prepare(
        QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(columns.join(QStringLiteral(" || ',' || ")), QLatin1StringView(table), order));
    QStringList rows;
    while (st.step())
        rows << st.text(0);
    return rows;
}

} // namespace

class TestSyncRow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeIsCommutativeAssociativeIdempotent()
    {
        QRandomGenerator random(42);
        for (int round = 0; round < 500; ++round) {
            const RowState a = randomRow(random);
            const RowState b = randomRow(random);
            const RowState c = randomRow(random);
            QVERIFY(mergeRows(a, b) == mergeRows(b, a));
            QVERIFY(mergeRows(mergeRows(a, b), c) == mergeRows(a, mergeRows(b, c)));
            QVERIFY(mergeRows(a, a) == a);
            QVERIFY(mergeRows(mergeRows(a, b), b) == mergeRows(a, b));
        }
    }

    void greaterClockWinsPerFieldAndSiteBreaksTies()
    {
        const TableInfo& people = *findTable("people");
        RowState a = RowState::empty(people, QStringLiteral("u"));
        RowState b = a;
        const int notes = a.fieldIndex(u"notes");
        const int support = a.fieldIndex(u"support");
        a.values[size_t(notes)] = QStringLiteral("from a");
        a.clocks[size_t(notes)] = {200, 1};
        b.values[size_t(notes)] = QStringLiteral("from b");
        b.clocks[size_t(notes)] = {100, 9};
        a.values[size_t(support)] = QJsonValue(qint64(2));
        a.clocks[size_t(support)] = {150, 1};
        b.values[size_t(support)] = QJsonValue(qint64(5));
        b.clocks[size_t(support)] = {150, 2}; // same hlc: the greater site wins
        const RowState merged = mergeRows(a, b);
        QCOMPARE(merged.values[size_t(notes)].toString(), QStringLiteral("from a"));
        QCOMPARE(merged.values[size_t(support)].toInteger(), 5);
    }

    void tombstoneIsAFieldWithItsOwnClock()
    {
        const TableInfo& people = *findTable("people");
        RowState deleted = RowState::empty(people, QStringLiteral("u"));
        deleted.values[0] = 1;
        deleted.clocks[0] = {300, 1};
        RowState edited = RowState::empty(people, QStringLiteral("u"));
        const int notes = edited.fieldIndex(u"notes");
        edited.values[size_t(notes)] = QStringLiteral("later edit");
        edited.clocks[size_t(notes)] = {400, 2};
        const RowState merged = mergeRows(deleted, edited);
        QVERIFY(merged.deleted()); // an edit of another field does not resurrect the row
        QCOMPARE(merged.values[size_t(notes)].toString(), QStringLiteral("later edit"));
    }

    void codecRoundTripsAndStaysCompact()
    {
        QRandomGenerator random(7);
        std::vector<RowState> rows;
        for (int i = 0; i < 50; ++i) {
            RowState row = randomRow(random);
            row.uuid = QStringLiteral("row-%1").arg(i);
            rows.push_back(row);
        }
        const QJsonArray tables = RowCodec::encodeTables(rows);
        QCOMPARE(tables.size(), 1); // one header for the whole table
        std::vector<RowState> decoded;
        QString error;
        QVERIFY(RowCodec::decodeTables(QJsonDocument::fromJson(QJsonDocument(tables).toJson()).array(), &decoded, &error));
        QCOMPARE(decoded.size(), rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            QVERIFY2(decoded[i] == rows[i], qPrintable(QStringLiteral("row %1").arg(i)));

        // A row written at once carries one clock, not one per field.
        const TableInfo& people = *findTable("people");
        RowState plain = RowState::empty(people, QStringLiteral("p"));
        std::fill(plain.clocks.begin(), plain.clocks.end(), FieldClock{123456789, 42});
        QCOMPARE(RowCodec::encodeRow(plain).size(), 3 + plain.fieldCount());
    }

    void codecIgnoresUnknownColumnsAndRejectsGarbage()
    {
        QJsonArray tables{QJsonObject{{QStringLiteral("t"), QStringLiteral("tags")},
                                      {QStringLiteral("c"), QJsonArray{QStringLiteral("deleted"), QStringLiteral("name"),
                                                                       QStringLiteral("from_the_future")}},
                                      {QStringLiteral("r"), QJsonArray{QJsonArray{QStringLiteral("t1"), 5, 1, 0,
                                                                                  QStringLiteral("Bénévole"), 99}}}},
                          QJsonObject{{QStringLiteral("t"), QStringLiteral("no_such_table")}}};
        std::vector<RowState> rows;
        QString error;
        QVERIFY(RowCodec::decodeTables(tables, &rows, &error));
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].values[size_t(rows[0].fieldIndex(u"name"))].toString(), QStringLiteral("Bénévole"));
        QCOMPARE(rows[0].clocks[size_t(rows[0].fieldIndex(u"folded"))], FieldClock{}); // not sent: never wins

        QJsonArray garbage{QJsonObject{{QStringLiteral("t"), QStringLiteral("tags")},
                                       {QStringLiteral("c"), QJsonArray{QStringLiteral("deleted")}},
                                       {QStringLiteral("r"), QJsonArray{QJsonArray{1, 2}}}}};
        rows.clear();
        QVERIFY(!RowCodec::decodeTables(garbage, &rows, &error));
    }

    void pageRoundTripsWithReferencesInsideAndOutsideThePage()
    {
        QRandomGenerator random(11);
        const TableInfo& people = *findTable("people");
        const TableInfo& phones = *findTable("phones");
        UuidGenerator uuids;
        std::vector<RowState> rows;
        for (int i = 0; i < 40; ++i) {
            RowState person = randomRow(random);
            person.uuid = uuids.next();
            person.values[size_t(person.fieldIndex(u"household_id"))] = QJsonValue(QJsonValue::Null);
            person.values[size_t(person.fieldIndex(u"district_id"))] = QJsonValue(QJsonValue::Null);
            rows.push_back(person);
            RowState phone = RowState::empty(phones, uuids.next());
            std::fill(phone.clocks.begin(), phone.clocks.end(), FieldClock{(qint64(1) << 40) + i, 7});
            // Half the phones belong to people of the page, half to people elsewhere.
            phone.values[1] = i % 2 == 0 ? person.uuid : QStringLiteral("0190a4a0-0000-7000-8000-0000000000%1").arg(i, 2, 10, QLatin1Char('0'));
            phone.values[2] = QStringLiteral("+3361234%1").arg(i, 4, 10, QLatin1Char('0'));
            phone.clocks[2] = FieldClock{(qint64(1) << 41) + i, 9}; // a later edit of the number
            rows.push_back(phone);
        }
        // A uuid that is not canonical still travels as it is.
        RowState odd = RowState::empty(*findTable("tags"), QStringLiteral("not-a-uuid"));
        odd.values[size_t(odd.fieldIndex(u"name"))] = QStringLiteral("Odd");
        rows.push_back(odd);

        SiteNames names{{7, QStringLiteral("alice")}, {9, QStringLiteral("bob")}};
        const QJsonObject page = PageCodec::encode(rows, names);
        std::vector<RowState> decoded;
        SiteNames decodedNames;
        QString error;
        QVERIFY2(PageCodec::decode(QJsonDocument::fromJson(QJsonDocument(page).toJson()).object(), &decoded,
                                   &decodedNames, &error),
                 qPrintable(error));
        QCOMPARE(decoded.size(), rows.size());
        // Grouped by table (registry order); each group keeps the order of its rows.
        std::vector<RowState> expected;
        for (const RowState& row : rows)
            if (row.table == &people)
                expected.push_back(row);
        for (const RowState& row : rows)
            if (row.table == &phones)
                expected.push_back(row);
        expected.push_back(odd);
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(decoded[i] == expected[i], qPrintable(QStringLiteral("row %1 %2").arg(i).arg(expected[i].uuid)));
        QCOMPARE(decodedNames.value(7), QStringLiteral("alice"));
        QCOMPARE(decodedNames.value(9), QStringLiteral("bob"));

        // References to rows of the page are small numbers, not uuids.
        const QByteArray text = QJsonDocument(page).toJson(QJsonDocument::Compact);
        QCOMPARE(text.count(rows[0].uuid.toLatin1()), 0); // the split form, not the text form
    }

    void pageIsCompactForAFirstSync()
    {
        // 2,000 people written at once by an import, each with a phone: what a first sync pulls.
        const TableInfo& people = *findTable("people");
        const TableInfo& phones = *findTable("phones");
        UuidGenerator uuids;
        std::vector<RowState> rows;
        std::vector<RowState> phoneRows;
        for (int i = 0; i < 2000; ++i) {
            RowState person = RowState::empty(people, uuids.next());
            std::fill(person.clocks.begin(), person.clocks.end(), FieldClock{(qint64(1) << 40) + i, 12345});
            person.values[size_t(person.fieldIndex(u"last_name"))] = QStringLiteral("Martin");
            person.values[size_t(person.fieldIndex(u"support"))] = QJsonValue(qint64(i % 5));
            RowState phone = RowState::empty(phones, uuids.next());
            std::fill(phone.clocks.begin(), phone.clocks.end(), FieldClock{(qint64(1) << 40) + 5000 + i, 12345});
            phone.values[1] = person.uuid;
            rows.push_back(person);
            phoneRows.push_back(phone);
        }
        rows.insert(rows.end(), phoneRows.begin(), phoneRows.end());
        const QByteArray columnar = gzipCompress(QJsonDocument(PageCodec::encode(rows)).toJson(QJsonDocument::Compact));
        const QByteArray perRow = gzipCompress(QJsonDocument(RowCodec::encodeTables(rows)).toJson(QJsonDocument::Compact));
        // Consecutive uuids of the import's generator cost about nothing, as does the rest
        // (random uuids cost 15 bytes each).
        QVERIFY2(columnar.size() < 4000, qPrintable(QString::number(columnar.size())));
        QVERIFY2(columnar.size() * 2 < perRow.size(), qPrintable(QStringLiteral("%1 vs %2").arg(columnar.size()).arg(perRow.size())));
    }

    void pageSendsNameBasedUuidsOnlyWhenTheyDiffer()
    {
        // A person's tag made by PersonService has the uuid its person and tag name: it travels
        // without it. One made otherwise (an older laptop) keeps its own uuid.
        const TableInfo& personTags = *findTable("person_tags");
        UuidGenerator uuids;
        std::vector<RowState> rows;
        const QString tag = stableUuid(u"tags", u"benevole");
        for (int i = 0; i < 300; ++i) {
            const QString person = uuids.next();
            RowState row = RowState::empty(personTags, i == 7 ? uuids.next()
                                                              : stableUuid(u"person_tags", QString(person + u':' + tag)));
            std::fill(row.clocks.begin(), row.clocks.end(), FieldClock{(qint64(1) << 40) + i, 3});
            row.values[size_t(row.fieldIndex(u"person_id"))] = person;
            row.values[size_t(row.fieldIndex(u"tag_id"))] = tag;
            row.values[size_t(row.fieldIndex(u"present"))] = QJsonValue(qint64(1));
            rows.push_back(row);
        }
        const QJsonObject page = PageCodec::encode(rows);
        const QByteArray text = QJsonDocument(page).toJson(QJsonDocument::Compact);
        QVERIFY(!text.contains(rows[0].uuid.toLatin1().left(8)));
        std::vector<RowState> decoded;
        QString error;
        QVERIFY2(PageCodec::decode(QJsonDocument::fromJson(text).object(), &decoded, nullptr, &error), qPrintable(error));
        QCOMPARE(decoded.size(), rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            QVERIFY2(decoded[i] == rows[i], qPrintable(QString::number(i)));
        // The uuids sent are only those that cannot be derived: 300 random ones (version 4, as
        // laptops made before version 7) cost about 15 bytes each.
        std::vector<RowState> random = rows;
        for (RowState& row : random)
            row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const qsizetype derivedSize = gzipCompress(text).size();
        const qsizetype randomSize = gzipCompress(QJsonDocument(PageCodec::encode(random)).toJson(QJsonDocument::Compact)).size();
        QVERIFY2(derivedSize + 300 * 6 < randomSize, qPrintable(QStringLiteral("%1 vs %2").arg(derivedSize).arg(randomSize)));

        // A flag for a row whose fields cannot name it, or more flags than uuids, is refused.
        QJsonArray tables = page.value(QStringLiteral("tables")).toArray();
        QJsonObject group;
        for (const QJsonValue& g : tables)
            if (g.toObject().value(QStringLiteral("t")).toString() == u"person_tags")
                group = g.toObject();
        QJsonArray flags = group.value(QStringLiteral("d")).toArray();
        flags[7] = 1;
        group.insert(QStringLiteral("d"), flags);
        const QJsonObject bad{{QStringLiteral("sites"), page.value(QStringLiteral("sites"))},
                              {QStringLiteral("tables"), QJsonArray{group}}};
        decoded.clear();
        QVERIFY(!PageCodec::decode(bad, &decoded, nullptr, &error));
    }

    void pageSendsUuidsAsSmallDeltas()
    {
        // Tags (no references, no derived uuids): only their uuids and names differ.
        const TableInfo& tags = *findTable("tags");
        auto tagsPage = [&tags](const std::vector<QString>& uuids) {
            std::vector<RowState> rows;
            for (const QString& uuid : uuids) {
                RowState row = RowState::empty(tags, uuid);
                std::fill(row.clocks.begin(), row.clocks.end(), FieldClock{qint64(1) << 40, 3});
                row.values[size_t(row.fieldIndex(u"name"))] = QStringLiteral("Tag");
                rows.push_back(row);
            }
            return PageCodec::encode(rows);
        };
        auto roundTrip = [](const QJsonObject& page, const std::vector<QString>& uuids) {
            std::vector<RowState> decoded;
            QString error;
            if (!PageCodec::decode(QJsonDocument::fromJson(QJsonDocument(page).toJson()).object(), &decoded, nullptr,
                                   &error))
                return false;
            if (decoded.size() != uuids.size())
                return false;
            for (size_t i = 0; i < uuids.size(); ++i) {
                if (decoded[i].uuid != uuids[i])
                    return false;
            }
            return true;
        };
        auto gzipped = [](const QJsonObject& page) {
            return gzipCompress(QJsonDocument(page).toJson(QJsonDocument::Compact)).size();
        };

        // 5,000 uuids of one generator (an import): a byte or so each, against ~15 for random ones.
        UuidGenerator generator;
        std::vector<QString> bulk;
        for (int i = 0; i < 5000; ++i)
            bulk.push_back(generator.next());
        std::vector<QString> random;
        for (int i = 0; i < 5000; ++i)
            random.push_back(QUuid::createUuid().toString(QUuid::WithoutBraces));
        const std::vector<QString> none(5000, QStringLiteral("00000000-0000-0000-0000-000000000000"));
        const qsizetype baseline = gzipped(tagsPage(none)); // the rest of the page
        const qsizetype bulkCost = gzipped(tagsPage(bulk)) - baseline;
        const qsizetype randomCost = gzipped(tagsPage(random)) - baseline;
        QVERIFY2(bulkCost < 5000 * 2, qPrintable(QString::number(bulkCost)));
        QVERIFY2(randomCost > 5000 * 14, qPrintable(QString::number(randomCost)));
        QVERIFY(roundTrip(tagsPage(bulk), bulk));
        QVERIFY(roundTrip(tagsPage(random), random));

        // Mixed, going down as well as up, across the 64-bit halves' carry and wrap: exact.
        std::vector<QString> mixed{bulk[10],
                                   bulk[3],
                                   QStringLiteral("00000000-0000-0000-ffff-ffffffffffff"),
                                   QStringLiteral("00000000-0000-0001-0000-000000000000"),
                                   QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                                   QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                   random[0],
                                   bulk[4999],
                                   bulk[4998]};
        QVERIFY(roundTrip(tagsPage(mixed), mixed));

        // Pages of peers from before the whole-value deltas ({"h": high deltas, "l": low hex}) still decode.
        QJsonObject old = tagsPage({bulk[0], bulk[1]});
        QJsonArray groups = old.value(QStringLiteral("tables")).toArray();
        QJsonObject group = groups[0].toObject();
        quint64 high0 = bulk[0].left(8).toULongLong(nullptr, 16) << 32 | bulk[0].mid(9, 4).toULongLong(nullptr, 16) << 16
            | bulk[0].mid(14, 4).toULongLong(nullptr, 16);
        quint64 high1 = bulk[1].left(8).toULongLong(nullptr, 16) << 32 | bulk[1].mid(9, 4).toULongLong(nullptr, 16) << 16
            | bulk[1].mid(14, 4).toULongLong(nullptr, 16);
        const QString low = QString(bulk[0].mid(19, 4) + bulk[0].mid(24) + bulk[1].mid(19, 4) + bulk[1].mid(24));
        group.insert(QStringLiteral("u"), QJsonObject{{QStringLiteral("h"), QJsonArray{qint64(high0), qint64(high1 - high0)}},
                                                      {QStringLiteral("l"), low}});
        groups[0] = group;
        old.insert(QStringLiteral("tables"), groups);
        QVERIFY(roundTrip(old, {bulk[0], bulk[1]}));

        // Garbage deltas are refused: not hex, too long, a fraction, a type that is neither.
        for (const QJsonValue& bad : {QJsonValue(QStringLiteral("xyz")), QJsonValue(QString(33, u'1')), QJsonValue(0.5),
                                      QJsonValue(QJsonArray{})}) {
            QJsonObject page = tagsPage({bulk[0], bulk[1]});
            QJsonArray g = page.value(QStringLiteral("tables")).toArray();
            QJsonObject first = g[0].toObject();
            first.insert(QStringLiteral("u"), QJsonObject{{QStringLiteral("w"), QJsonArray{bad, 1}}});
            g[0] = first;
            page.insert(QStringLiteral("tables"), g);
            std::vector<RowState> decoded;
            QString error;
            QVERIFY(!PageCodec::decode(page, &decoded, nullptr, &error));
        }
    }

    // A push reads its rows as text (SyncLocalStore::readRows): byte for byte the rows
    // PageRow::fromState makes of readMany's, for every row of a demo campaign, texts JSON must
    // escape, bytes that are not UTF-8, a byte-order mark, and field clocks kept apart.
    void rowsReadAsTextAreTheRowsReadAsStates()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        QVERIFY(createAwkwardCampaign(db));
        SyncLocalStore store(db);
        int compared = 0;
        for (const TableInfo& table : syncTables()) {
            const QByteArray sql = QByteArray("SELECT uuid FROM ") + table.name;
            const QStringList uuids = test::column(db, sql.constData());
            auto states = store.readMany(table, uuids);
            auto rows = store.readRows(table, uuids);
            QVERIFY(states && rows);
            QCOMPARE(rows->size(), states->size());
            std::map<QString, const PageRow*> byUuid;
            for (const PageRow& row : *rows)
                byUuid[row.uuid] = &row;
            for (const RowState& state : *states) {
                const PageRow expected = PageRow::fromState(state);
                QVERIFY(byUuid.count(state.uuid));
                const PageRow& row = *byUuid[state.uuid];
                QCOMPARE(row.table, expected.table);
                QCOMPARE(row.text, expected.text);
                QCOMPARE(row.values.size(), expected.values.size());
                for (size_t c = 0; c < row.values.size(); ++c)
                    QCOMPARE(row.values[c], expected.values[c]);
                QVERIFY(row.clocks == expected.clocks);
                ++compared;
            }
        }
        QVERIFY2(compared > 1000, qPrintable(QString::number(compared)));
        const QString special = test::column(db, "SELECT uuid FROM people WHERE id = 4").value(0);
        auto row = store.readRows(*findTable("people"), {special});
        QVERIFY(row && row->size() == 1);
        QCOMPARE(row->front().clocks[0].site, 8);
    }

    // A pull decodes pages from their text and writes the rows of tables that were empty when it
    // began from that text (SyncLocalStore::applyNew): the campaign it makes is the one the long
    // way makes (RowStates merged one by one), byte for byte, search rows and clocks included.
    void pageReadAsTextAppliesAsTheLongWayDoes()
    {
        test::TempCampaign source;
        QVERIFY(createAwkwardCampaign(source.db()));
        SyncLocalStore sourceStore(source.db());
        std::vector<PageRow> rows;
        std::map<QString, RowState> states;
        for (const TableInfo& table : syncTables()) {
            const QByteArray sql = QByteArray("SELECT uuid FROM ") + table.name;
            const QStringList uuids = test::column(source.db(), sql.constData());
            auto read = sourceStore.readRows(table, uuids);
            auto readStates = sourceStore.readMany(table, uuids);
            QVERIFY(read && readStates);
            rows.insert(rows.end(), read->begin(), read->end());
            for (const RowState& state : *readStates)
                states[QLatin1StringView(table.name) + u':' + state.uuid] = state;
        }
        const SiteNames names{{source.db().siteId(), QStringLiteral("Zoé")}};
        DecodedPage page;
        QString error;
        QVERIFY2(PageCodec::decode(PageCodec::encodeJson(rows, names), &page, &error), qPrintable(error));
        QCOMPARE(page.rows.size(), rows.size());
        QCOMPARE(page.names, names);
        for (const PageRow& row : page.rows) {
            const QString key = QLatin1StringView(row.table->name) + u':' + row.uuid;
            QVERIFY2(states.count(key) && row.toState() == states[key], qPrintable(key));
        }

        auto applyTo = [&page](Database& db, bool asAPull) {
            SyncLocalStore store(db);
            if (asAPull)
                store.beginPull(); // its empty tables are written from the text
            Database::Transaction tx(db);
            auto stats = store.apply(page.rows);
            return stats && stats->deferred == 0 && stats->failed == 0 && store.finishPull() && tx.commit();
        };
        test::TempCampaign fromText;
        test::TempCampaign longWay;
        QVERIFY(applyTo(fromText.db(), true));
        QVERIFY(applyTo(longWay.db(), false));
        QVERIFY(test::count(fromText.db(), "SELECT count(*) FROM people") == 400);
        for (const TableInfo& table : syncTables())
            QCOMPARE(dumpTable(fromText.db(), table.name), dumpTable(longWay.db(), table.name));
        QCOMPARE(dumpTable(fromText.db(), "field_clocks"), dumpTable(longWay.db(), "field_clocks"));
        QCOMPARE(dumpTable(fromText.db(), "search_index"), dumpTable(longWay.db(), "search_index"));
        QCOMPARE(test::count(fromText.db(), "SELECT count(*) FROM search_index"), 400);
        // The texts arrived as they left, as QString reads them (a leading byte-order mark dropped,
        // bytes that are not UTF-8 replaced).
        QCOMPARE(dumpTable(fromText.db(), "people").filter(QStringLiteral("'a \"quote\", a \\ and\n\t")).size(), 1);
        QCOMPARE(test::column(fromText.db(), "SELECT hex(notes) FROM people WHERE notes LIKE '%bom'"),
                 QStringList{QStringLiteral("626F6D")});
        QCOMPARE(test::column(fromText.db(), "SELECT hex(notes) FROM people WHERE notes LIKE 'A%B'"),
                 QStringList{QStringLiteral("41EFBFBDEFBFBD42")});
        QCOMPARE(test::column(fromText.db(), "SELECT quote(usage_name) FROM people WHERE usage_name = ''").size(), 1);
    }

    // Messages are read as their page's text and the rest: wherever the page is, only the
    // message's own "page" member is taken out.
    void messagesSplitIntoPageAndRest()
    {
        const QList<std::tuple<QByteArray, QByteArray, QByteArray>> cases{
            {"{\"page\":{\"a\":[1,\"}\"]},\"count\":2}", "{\"count\":2}", "{\"a\":[1,\"}\"]}"},
            {"{\"count\":2,\"page\":{\"t\":1},\"more\":true}", "{\"count\":2,\"more\":true}", "{\"t\":1}"},
            {"{\"count\":2, \"page\" : {\"t\":1}}", "{\"count\":2}", "{\"t\":1}"},
            {"{\"page\":{}}", "{}", "{}"},
            {"{\"scope\":{\"page\":3},\"next\":\"page\"}", "{\"scope\":{\"page\":3},\"next\":\"page\"}", ""},
            {"not json", "not json", ""}};
        for (const auto& [message, rest, page] : cases) {
            const PageCodec::SplitMessage split = PageCodec::splitMessage(message);
            QCOMPARE(split.rest, rest);
            QCOMPARE(split.page, page);
        }
        // What pageMessage and endMessage write splits back into the page and the members.
        const TableInfo& tags = *findTable("tags");
        RowState tag = RowState::empty(tags, QStringLiteral("t1"));
        std::fill(tag.clocks.begin(), tag.clocks.end(), FieldClock{5, 1});
        const std::vector<PageRow> rows{PageRow::fromState(tag)};
        const QByteArray message = PageCodec::endMessage(PageCodec::pageMessage(rows), QJsonObject{{QStringLiteral("upto"), 7}});
        QCOMPARE(QJsonDocument::fromJson(message).object().value(QStringLiteral("upto")).toInt(), 7);
        const PageCodec::SplitMessage split = PageCodec::splitMessage(message);
        QCOMPARE(split.page, PageCodec::encodeJson(rows));
        QCOMPARE(split.rest, QByteArray("{\"upto\":7}"));
    }

    // Values decode to the one form normalizeValues gives a QJsonValue of the same JSON.
    void pageValuesDecodeToTheirNormalForm()
    {
        const TableInfo& people = *findTable("people");
        // (moc reads this file: no raw strings.)
        const QByteArray deleted = "[true,2,0.5,\"x\",null,1.0,0,-0,1e0]";
        const QByteArray support = "[1.0,\"3\",2.5,null,true,-0,7,12345678901,2e1]";
        const QByteArray names = "[1,\"a\\\"b\",null,\"\",\"\\u00e9t\\u00e9\",true,[1],{\"a\":1},\"🗳\"]";
        const int count = 9;
        const QByteArray text = "{\"sites\":[5],\"tables\":[{\"c\":[\"deleted\",\"support\",\"last_name\"],\"h\":["
            + QByteArray("7,").repeated(count - 1) + "7],\"n\":" + QByteArray::number(count) + ",\"s\":["
            + QByteArray("0,").repeated(count - 1) + "0],\"t\":\"people\",\"u\":{\"w\":[1" + QByteArray(",1").repeated(count - 1)
            + "]},\"v\":[" + deleted + ',' + support + ',' + names + "]}]}";
        DecodedPage page;
        QString error;
        QVERIFY2(PageCodec::decode(text, &page, &error), qPrintable(error));
        QCOMPARE(page.rows.size(), size_t(count));
        const QJsonArray deletedValues = QJsonDocument::fromJson(deleted).array();
        const QJsonArray supportValues = QJsonDocument::fromJson(support).array();
        const QJsonArray nameValues = QJsonDocument::fromJson(names).array();
        for (int r = 0; r < count; ++r) {
            RowState expected = RowState::empty(people, page.rows[size_t(r)].uuid);
            expected.values[0] = deletedValues[r];
            expected.values[size_t(expected.fieldIndex(u"support"))] = supportValues[r];
            expected.values[size_t(expected.fieldIndex(u"last_name"))] = nameValues[r];
            normalizeValues(&expected);
            const RowState decoded = page.rows[size_t(r)].toState();
            for (int f = 0; f < expected.fieldCount(); ++f)
                QVERIFY2(decoded.values[size_t(f)] == expected.values[size_t(f)],
                         qPrintable(QStringLiteral("row %1 field %2").arg(r).arg(expected.fieldName(f))));
            QCOMPARE(decoded.clocks[0], (FieldClock{7 * (r + 1), 5}));
        }
        QCOMPARE(page.rows[0].uuid, QStringLiteral("00000000-0000-0000-0000-000000000001"));

        // Not JSON, or cut short: refused, never read past the text.
        for (const QByteArray& bad : {text.left(text.size() - 3), QByteArray(text).replace("null", "nul"),
                                      QByteArray(text).replace("2.5", "2.5.1"), QByteArray(text).replace("\"n\":9", "\"n\":10"),
                                      QByteArray(text).replace("[true", "[tru"), QByteArray("{\"tables\":[{\"t\":\"people\"")}) {
            DecodedPage broken;
            QVERIFY2(!PageCodec::decode(bad, &broken, &error), bad.constData());
        }
    }

    void jsonTextIsWhatQtWrites()
    {
        // The hand-written JSON of sync pages and stored rows must be QJsonDocument's, byte for byte.
        const QString loneSurrogate = QString(QChar(0xD83D)) + u"x";
        for (const QString& text : {QString(), QStringLiteral("plain"), QStringLiteral("Hélène Lefèvre-Dupré"),
                                    QStringLiteral("quote \" backslash \\ slash / tab \t newline \n"),
                                    QStringLiteral("control \x01\x1f del \x7f"), QStringLiteral("🗳 vote"),
                                    loneSurrogate}) {
            QByteArray mine;
            appendJsonString(mine, text);
            const QByteArray qts = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            QCOMPARE(mine, qts);
        }
        for (const QJsonValue& value : {QJsonValue(QJsonValue::Null), QJsonValue(0), QJsonValue(-42), QJsonValue(qint64(1) << 60),
                                        QJsonValue(0.62), QJsonValue(2.0), QJsonValue(1e-7), QJsonValue(true),
                                        QJsonValue(QStringLiteral("é"))}) {
            QByteArray mine;
            appendJsonValue(mine, value);
            QCOMPARE(mine, QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
        }
        for (const qint64 number : {qint64(0), qint64(-1), qint64(7), (qint64(1) << 53) + 1,
                                    std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()}) {
            QByteArray mine("x");
            appendJsonNumber(mine, number);
            QCOMPARE(mine, "x" + QByteArray::number(number));
        }
    }

    // Strings are read back as QJsonDocument reads them, escapes and all, whoever wrote them.
    void jsonStringsReadAsQtReadsThem()
    {
        auto qtReads = [](const QByteArray& json) { return QJsonDocument::fromJson('[' + json + ']').array().at(0).toString(); };
        const QList<QByteArray> written{
            "\"plain\"", "\"\"", "\"a \\\"quote\\\" \\\\ \\/ \\b\\f\\n\\r\\t end\"",
            "\"\\u00e9t\\u00C9 \\u20ac \\u0001 \\u0000 x\"", "\"pair \\ud83d\\uddf3 vote\"",
            "\"{\\\"city\\\":\\\"Springfield\\\",\\\"ward\\\":25}\"",
            // Half a pair, first or last; a byte-order mark, escaped or not; an unknown escape.
            "\"half \\ud83d x\"", "\"half \\udd73\"", "\"\\ufeffbom\"", "\"\xEF\xBB\xBF\\tbom\"", "\"bad \\q\""};
        for (const QByteArray& json : written)
            QCOMPARE(jsonStringValue(json), qtReads(json));
        // What the unescaping refuses goes QJsonDocument's way; what it takes is valid UTF-8.
        char out[64];
        QCOMPARE(unescapeJsonString("half \\ud83d x", out), qsizetype(-1));
        QCOMPARE(unescapeJsonString("bad \\q", out), qsizetype(-1));
        QCOMPARE(unescapeJsonString("cut \\u12", out), qsizetype(-1));
        const qsizetype size = unescapeJsonString("\\ud83d\\uddf3\\n", out);
        QCOMPARE(QByteArray(out, size), QByteArray("\xF0\x9F\x97\xB3\n"));
        // Every string QJsonDocument writes, read back (random characters of every plane).
        QRandomGenerator random(11);
        for (int i = 0; i < 2000; ++i) {
            QString text;
            const int length = int(random.bounded(12));
            for (int k = 0; k < length; ++k) {
                const quint32 kind = random.bounded(4);
                const char32_t code = kind == 0 ? char32_t(random.bounded(0x80)) : kind == 1 ? char32_t(random.bounded(0x800))
                    : kind == 2 ? char32_t(random.bounded(0xD800))                           : char32_t(0x10000 + random.bounded(0x1000));
                text += QString::fromUcs4(&code, 1);
            }
            const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
            QCOMPARE(jsonStringValue(json), qtReads(json));
        }
    }

    void pageFromStoredTextIsThePageOfTheDecodedRows()
    {
        // The server builds pages from the JSON text it stores, without decoding it: the page must
        // be the one the decoded rows give, byte for byte, and odd stored text must read as
        // RowCodec::decodeRow reads it.
        QRandomGenerator random(11);
        const TableInfo& people = *findTable("people");
        const TableInfo& phones = *findTable("phones");
        std::vector<QByteArray> stored;
        std::vector<const TableInfo*> tables;
        UuidGenerator uuids;
        for (int i = 0; i < 200; ++i) {
            RowState person = randomRow(random);
            person.uuid = uuids.next();
            if (i % 3 == 0) // text that needs escapes, and a real
                person.values[size_t(person.fieldIndex(u"last_name"))] = QStringLiteral("O\"Brien \\ \n\t é 🗳");
            stored.push_back(QJsonDocument(RowCodec::encodeRow(person)).toJson(QJsonDocument::Compact));
            tables.push_back(&people);
            RowState phone = RowState::empty(phones, uuids.next());
            std::fill(phone.clocks.begin(), phone.clocks.end(), FieldClock{1000 + i, 1 + i % 3});
            phone.values[1] = i % 2 == 0 ? person.uuid : QStringLiteral("elsewhere-%1").arg(i);
            phone.values[2] = QStringLiteral("+33612340%1").arg(i, 3, 10, QLatin1Char('0'));
            stored.push_back(QJsonDocument(RowCodec::encodeRow(phone)).toJson(QJsonDocument::Compact));
            tables.push_back(&phones);
        }
        // Reals: expected turnouts of districts.
        const TableInfo& districts = *findTable("districts");
        for (const double turnout : {0.1 + 1.0 / 3.0, 2.0, 1e-7, 0.62, -1.5e300}) {
            RowState district = RowState::empty(districts, uuids.next());
            std::fill(district.clocks.begin(), district.clocks.end(), FieldClock{77, 1});
            district.values[size_t(district.fieldIndex(u"expected_turnout"))] = turnout;
            district.values[size_t(district.fieldIndex(u"name"))] = QStringLiteral("Bureau");
            stored.push_back(QJsonDocument(RowCodec::encodeRow(district)).toJson(QJsonDocument::Compact));
            tables.push_back(&districts);
        }
        // Stored text the server itself does not write: spaces, a string in an integer field, a
        // number in a text field, a short row, garbage.
        const QByteArray first = stored[0];
        QByteArray spaced = first;
        spaced.replace(",", " , ");
        stored.push_back(spaced);
        tables.push_back(&people);
        RowState typed = randomRow(random);
        typed.uuid = uuids.next();
        QJsonArray wrongTypes = RowCodec::encodeRow(typed);
        wrongTypes[3 + typed.fieldIndex(u"list_number")] = QStringLiteral("12");
        wrongTypes[3 + typed.fieldIndex(u"last_name")] = 12;
        stored.push_back(QJsonDocument(wrongTypes).toJson(QJsonDocument::Compact));
        tables.push_back(&people);
        QJsonArray shortRow = RowCodec::encodeRow(typed);
        shortRow.removeLast();
        shortRow.removeLast(); // a value, or the clocks and a value
        stored.push_back(QJsonDocument(shortRow).toJson(QJsonDocument::Compact));
        tables.push_back(&people);
        stored.push_back("[\"x\", 1, 2, oops]");
        tables.push_back(&people);

        std::vector<RowState> decoded;
        std::vector<PageRow> fromText;
        for (size_t i = 0; i < stored.size(); ++i) {
            const RowState row = RowCodec::decodeRow(*tables[i], QJsonDocument::fromJson(stored[i]).array());
            const PageRow pageRow = PageRow::fromStored(*tables[i], stored[i]);
            QCOMPARE(pageRow.isValid(), row.isValid());
            // Read back as RowCodec reads it, and written as it writes it.
            QVERIFY(pageRow.toState() == row);
            if (row.isValid())
                QCOMPARE(pageRow.storedJson(), QJsonDocument(RowCodec::encodeRow(row)).toJson(QJsonDocument::Compact));
            if (row.isValid()) {
                decoded.push_back(row);
                fromText.push_back(pageRow);
            }
        }
        QCOMPARE(decoded.size(), stored.size() - 2); // the short row and the garbage are not rows
        const SiteNames names{{1, QStringLiteral("alice")}, {2, QStringLiteral("Zoé \"la\" chef")}};
        const QByteArray page = PageCodec::encodeJson(fromText, names);
        QCOMPARE(page, QJsonDocument(PageCodec::encode(decoded, names)).toJson(QJsonDocument::Compact));
        std::vector<RowState> back;
        SiteNames backNames;
        QString error;
        QVERIFY2(PageCodec::decode(QJsonDocument::fromJson(page).object(), &back, &backNames, &error), qPrintable(error));
        QCOMPARE(back.size(), decoded.size());
        QCOMPARE(backNames, names);
        std::stable_sort(decoded.begin(), decoded.end(),
                         [](const RowState& a, const RowState& b) { return a.table < b.table; });
        for (size_t i = 0; i < back.size(); ++i)
            QVERIFY2(back[i] == decoded[i], qPrintable(decoded[i].uuid));
        const auto firstPerson = std::find_if(back.begin(), back.end(), [&people](const RowState& r) { return r.table == &people; });
        QVERIFY(firstPerson != back.end());
        QCOMPARE(firstPerson->values[size_t(firstPerson->fieldIndex(u"last_name"))].toString(),
                 QStringLiteral("O\"Brien \\ \n\t é 🗳"));
    }

    void pageIgnoresUnknownColumnsAndRejectsGarbage()
    {
        const TableInfo& tags = *findTable("tags");
        RowState tag = RowState::empty(tags, QStringLiteral("t1"));
        std::fill(tag.clocks.begin(), tag.clocks.end(), FieldClock{5, 1});
        tag.values[1] = QStringLiteral("Bénévole");
        QJsonObject page = PageCodec::encode({tag});
        QJsonArray tables = page.value(QStringLiteral("tables")).toArray();
        QJsonObject group = tables[0].toObject();
        // A newer peer: one more column, and a table this version does not know.
        QJsonArray columns = group.value(QStringLiteral("c")).toArray();
        columns.append(QStringLiteral("from_the_future"));
        group.insert(QStringLiteral("c"), columns);
        QJsonArray values = group.value(QStringLiteral("v")).toArray();
        values.append(QJsonArray{99});
        group.insert(QStringLiteral("v"), values);
        tables[0] = group;
        tables.append(QJsonObject{{QStringLiteral("t"), QStringLiteral("no_such_table")}, {QStringLiteral("n"), 3}});
        page.insert(QStringLiteral("tables"), tables);
        std::vector<RowState> rows;
        QString error;
        QVERIFY2(PageCodec::decode(page, &rows, nullptr, &error), qPrintable(error));
        QCOMPARE(rows.size(), size_t(1));
        QVERIFY(rows[0] == tag);

        // Garbage: a reference past the page, a short column, a bad site index.
        const TableInfo& phones = *findTable("phones");
        RowState phone = RowState::empty(phones, QStringLiteral("p1"));
        phone.values[1] = QStringLiteral("someone");
        const QJsonObject good = PageCodec::encode({phone});
        QVERIFY(PageCodec::decode(good, &rows, nullptr, &error));
        auto broken = [&good](const std::function<void(QJsonObject&)>& breakGroup) {
            QJsonObject copy = good;
            QJsonArray groups = copy.value(QStringLiteral("tables")).toArray();
            for (qsizetype i = 0; i < groups.size(); ++i) {
                QJsonObject g = groups[i].toObject();
                if (g.value(QStringLiteral("t")).toString() == u"phones")
                    breakGroup(g);
                groups[i] = g;
            }
            copy.insert(QStringLiteral("tables"), groups);
            return copy;
        };
        const QJsonObject farReference = broken([](QJsonObject& g) {
            QJsonArray v = g.value(QStringLiteral("v")).toArray();
            v[1] = QJsonArray{5};
            g.insert(QStringLiteral("v"), v);
        });
        const QJsonObject shortColumn = broken([](QJsonObject& g) {
            QJsonArray v = g.value(QStringLiteral("v")).toArray();
            v[2] = QJsonArray{};
            g.insert(QStringLiteral("v"), v);
        });
        const QJsonObject badSite = broken([](QJsonObject& g) { g.insert(QStringLiteral("s"), QJsonArray{3}); });
        for (const QJsonObject& bad : {farReference, shortColumn, badSite}) {
            rows.clear();
            QVERIFY(!PageCodec::decode(bad, &rows, nullptr, &error));
        }
    }

    void gzipRoundTripAndBombGuard()
    {
        const QByteArray text = QByteArray("bonjour ").repeated(100000);
        const QByteArray packed = gzipCompress(text);
        QVERIFY(packed.size() < text.size() / 50);
        QCOMPARE(gzipDecompress(packed, text.size()).value(), text);
        QVERIFY(!gzipDecompress(packed, text.size() - 1).has_value()); // would exceed the limit
        QVERIFY(!gzipDecompress(packed.left(packed.size() / 2), text.size()).has_value()); // truncated
        QVERIFY(!gzipDecompress(QByteArray("not gzip at all"), 1000).has_value());
        // A trailer that says less than the stream holds: it does not fit, and fails.
        QByteArray lying = packed;
        lying[lying.size() - 4] = 10;
        lying[lying.size() - 3] = 0;
        lying[lying.size() - 2] = 0;
        lying[lying.size() - 1] = 0;
        QVERIFY(!gzipDecompress(lying, text.size()).has_value());
        QCOMPARE(gzipDecompress(gzipCompress(QByteArray()), 10).value(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestSyncRow)
#include "tst_syncrow.moc"
