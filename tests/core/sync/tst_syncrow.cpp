#include "storage/tables.h"
#include "sync/gzip.h"
#include "sync/syncrow.h"

#include "testsupport.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

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

    void gzipRoundTripAndBombGuard()
    {
        const QByteArray text = QByteArray("bonjour ").repeated(100000);
        const QByteArray packed = gzipCompress(text);
        QVERIFY(packed.size() < text.size() / 50);
        QCOMPARE(gzipDecompress(packed, text.size()).value(), text);
        QVERIFY(!gzipDecompress(packed, text.size() - 1).has_value()); // would exceed the limit
        QVERIFY(!gzipDecompress(packed.left(packed.size() / 2), text.size()).has_value()); // truncated
        QVERIFY(!gzipDecompress(QByteArray("not gzip at all"), 1000).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSyncRow)
#include "tst_syncrow.moc"
