#include "lists/segmentfilter.h"

#include <QTest>

using namespace terrain;

class TestSegmentFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void severalKeysAreAnded();
    void emptyIsEveryone();
    void forbiddenKeys_data();
    void forbiddenKeys();
    void invalid_data();
    void invalid();
    void valuesAreBoundNeverPasted();
    void inactivePeopleOnlyWhenAsked();
    void agesAtTheGivenDay();
};

void TestSegmentFilter::roundTrip()
{
    const QByteArray json = R"({"and": [
        {"bureaux": ["1", "12"]},
        {"or": [{"support": [1, 2]}, {"not": {"tags": ["Volunteer"]}}]},
        {"age": {"min": 18, "max": 35}},
        {"sex": ["f"]},
        {"hasPhone": true}, {"hasMobile": false}, {"hasEmail": true},
        {"contactedSince": "2026-03-01"}, {"notContactedSince": "2026-01-15"},
        {"lastResult": ["not_home"]}, {"voted": "Municipales T1"}, {"notVoted": "Municipales T2"},
        {"districts": ["0190aaaa-0000-7000-8000-000000000001"]}, {"streets": ["Rue de la Paix"]},
        {"status": ["active", "moved"]}
    ]})";
    auto filter = SegmentFilter::fromJson(json);
    QVERIFY2(filter, filter ? "" : qPrintable(filter.error().toString()));
    QCOMPARE(filter->kind(), SegmentFilter::Kind::All);
    QCOMPARE(filter->children().size(), size_t(15));
    QCOMPARE(filter->children()[3].textValues(), QStringList{QStringLiteral("F")}); // sex normalised

    auto again = SegmentFilter::fromJson(filter->toJson());
    QVERIFY(again);
    QVERIFY(*again == *filter);
    QCOMPARE(again->toJson(), filter->toJson());
    QVERIFY(filter->mentionsStatus());
}

void TestSegmentFilter::severalKeysAreAnded()
{
    auto filter = SegmentFilter::fromJson(R"({"bureaux": ["1"], "support": [1, 2]})");
    QVERIFY(filter);
    QCOMPARE(filter->kind(), SegmentFilter::Kind::All);
    QCOMPARE(filter->children().size(), size_t(2));
}

void TestSegmentFilter::emptyIsEveryone()
{
    auto filter = SegmentFilter::fromJson("{}");
    QVERIFY(filter);
    QVERIFY(*filter == SegmentFilter());
    QCOMPARE(filter->toJson(), QByteArray("{}"));
    const SqlCondition sql = compileSegment(*filter, QDate(2026, 3, 1));
    QCOMPARE(sql.sql, QStringLiteral("p.deleted = 0 AND p.status = 'active' AND (1)"));
}

void TestSegmentFilter::forbiddenKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("birthPlace") << QByteArray(R"({"birthPlace": ["Alger"]})");
    QTest::newRow("placeOfBirth") << QByteArray(R"({"placeOfBirth": "Alger"})");
    QTest::newRow("lieu_de_naissance") << QByteArray(R"({"lieu_de_naissance": "Alger"})");
    QTest::newRow("NomComNaissance") << QByteArray(R"({"NomComNaissance": "Alger"})");
    QTest::newRow("PaysNaissance") << QByteArray(R"({"PaysNaissance": "Maroc"})");
    QTest::newRow("nationality") << QByteArray(R"({"nationality": ["FR"]})");
    QTest::newRow("Nationalité") << QByteArray(R"({"Nationalité": ["FR"]})");
    QTest::newRow("surname") << QByteArray(R"({"surname": ["Martin"]})");
    QTest::newRow("lastName") << QByteArray(R"({"lastName": ["Martin"]})");
    QTest::newRow("nom") << QByteArray(R"({"nom": ["Martin"]})");
    QTest::newRow("consonance") << QByteArray(R"({"surnameConsonance": "x"})");
    QTest::newRow("nested") << QByteArray(R"({"and": [{"bureaux": ["1"]}, {"not": {"nationality": ["FR"]}}]})");
}

void TestSegmentFilter::forbiddenKeys()
{
    QFETCH(QByteArray, json);
    auto filter = SegmentFilter::fromJson(json);
    QVERIFY(!filter);
    QCOMPARE(filter.error().code, QStringLiteral("segment.forbidden"));
    QVERIFY2(filter.error().message.contains(QStringLiteral("CNIL")), qPrintable(filter.error().message));
}

void TestSegmentFilter::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::newRow("not json") << QByteArray("{bureaux") << QStringLiteral("segment.json");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("segment.json");
    QTest::newRow("unknown key") << QByteArray(R"({"shoeSize": 42})") << QStringLiteral("segment.invalid");
    QTest::newRow("sex X") << QByteArray(R"({"sex": ["X"]})") << QStringLiteral("segment.invalid");
    QTest::newRow("support 7") << QByteArray(R"({"support": [7]})") << QStringLiteral("segment.invalid");
    QTest::newRow("support text") << QByteArray(R"({"support": ["1"]})") << QStringLiteral("segment.invalid");
    QTest::newRow("age reversed") << QByteArray(R"({"age": {"min": 40, "max": 30}})")
                                  << QStringLiteral("segment.invalid");
    QTest::newRow("age key") << QByteArray(R"({"age": {"from": 40}})") << QStringLiteral("segment.invalid");
    QTest::newRow("bad date") << QByteArray(R"({"contactedSince": "01/03/2026"})") << QStringLiteral("segment.invalid");
    QTest::newRow("flag text") << QByteArray(R"({"hasPhone": "yes"})") << QStringLiteral("segment.invalid");
    QTest::newRow("and not list") << QByteArray(R"({"and": {"sex": ["F"]}})") << QStringLiteral("segment.invalid");
    QTest::newRow("empty list") << QByteArray(R"({"bureaux": []})") << QStringLiteral("segment.invalid");
    QTest::newRow("status") << QByteArray(R"({"status": ["sleeping"]})") << QStringLiteral("segment.invalid");
}

void TestSegmentFilter::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    auto filter = SegmentFilter::fromJson(json);
    QVERIFY(!filter);
    QCOMPARE(filter.error().code, code);
    QVERIFY(!filter.error().message.isEmpty());
}

void TestSegmentFilter::valuesAreBoundNeverPasted()
{
    const QString evil = QStringLiteral("x'); DROP TABLE people; --");
    const SegmentFilter filter = SegmentFilter::all(
        {SegmentFilter::values(SegmentFilter::Kind::Bureaux, {evil}),
         SegmentFilter::values(SegmentFilter::Kind::Streets, {evil}),
         SegmentFilter::values(SegmentFilter::Kind::Tags, {evil}),
         SegmentFilter::values(SegmentFilter::Kind::Voted, {evil})});
    const SqlCondition sql = compileSegment(filter, QDate(2026, 3, 1));
    QVERIFY(!sql.sql.contains(QStringLiteral("DROP")));
    QVERIFY(sql.binds.contains(evil));
    QCOMPARE(sql.sql.count(u'?'), sql.binds.size());
}

void TestSegmentFilter::inactivePeopleOnlyWhenAsked()
{
    const SqlCondition plain = compileSegment(SegmentFilter::support({1}), QDate(2026, 3, 1));
    QVERIFY(plain.sql.contains(QStringLiteral("p.status = 'active'")));
    const SqlCondition withStatus = compileSegment(
        SegmentFilter::any({SegmentFilter::support({1}), SegmentFilter::values(SegmentFilter::Kind::PersonStatus,
                                                                              {QStringLiteral("moved")})}),
        QDate(2026, 3, 1));
    QVERIFY(!withStatus.sql.contains(QStringLiteral("p.status = 'active'")));
}

void TestSegmentFilter::agesAtTheGivenDay()
{
    // 18 to 25 on 2026-03-01: born after 2000-03-01 and on or before 2008-03-01.
    const SqlCondition sql = compileSegment(SegmentFilter::age(18, 25), QDate(2026, 3, 1));
    QVERIFY(sql.binds.contains(QStringLiteral("2008-03-01")));
    QVERIFY(sql.binds.contains(QStringLiteral("2000-03-01")));
}

QTEST_GUILESS_MAIN(TestSegmentFilter)
#include "tst_segmentfilter.moc"
