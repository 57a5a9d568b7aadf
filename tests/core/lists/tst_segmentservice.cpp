#include "lists/segmentservice.h"

#include "listsfixture.h"

#include <QDateTime>

using namespace terrain;
using namespace terrain::test;

namespace {

const QDate kToday(2026, 3, 1);

qint64 at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0)).toMSecsSinceEpoch();
}

QStringList names(const QString& text)
{
    return sorted(text.split(u' ', Qt::SkipEmptyParts));
}

} // namespace

class TestSegmentService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conditions_data();
    void conditions();
    void countMatchesIds();
    void crud();
    void countsWithoutTheirIndexes();

private:
    QStringList match(const QByteArray& json);

    std::unique_ptr<TempCampaign> m_campaign;
};

void TestSegmentService::initTestCase()
{
    m_campaign = std::make_unique<TempCampaign>();
    Database& db = m_campaign->db();
    QVERIFY(importListsFixture(db, m_campaign->dir()));
    Repository repo(db, QStringLiteral("test"));
    auto id = [&db](const char* first) { return personByFirstName(db, QString::fromUtf8(first)); };

    QVERIFY(repo.update("people", id("Alice"), {{QStringLiteral("support"), 1}}));
    QVERIFY(repo.update("people", id("Bruno"), {{QStringLiteral("support"), 2}}));
    QVERIFY(repo.update("people", id("Claire"), {{QStringLiteral("support"), 5}}));
    QVERIFY(repo.update("people", id("Gilles"), {{QStringLiteral("status"), QStringLiteral("moved")}}));

    // Hélène's only phone turned out wrong.
    Statement phone = db.prepare("SELECT id FROM phones WHERE person_id = ?");
    phone.bind(1, id("Hélène"));
    QVERIFY(phone.step());
    QVERIFY(repo.update("phones", phone.int64(0), {{QStringLiteral("bad"), 1}}));

    auto tag = repo.insert("tags", {{QStringLiteral("name"), QStringLiteral("Bénévole")},
                                    {QStringLiteral("folded"), QStringLiteral("bénévole")}});
    QVERIFY(tag);
    QVERIFY(repo.insert("person_tags", {{QStringLiteral("person_id"), id("Alice")},
                                        {QStringLiteral("tag_id"), *tag},
                                        {QStringLiteral("present"), 1}}));

    auto attempt = [&](qint64 person, qint64 household, const char* result, qint64 when) {
        return repo.insert("contact_attempts",
                           {{QStringLiteral("person_id"), person > 0 ? QVariant(person) : QVariant()},
                            {QStringLiteral("household_id"), household},
                            {QStringLiteral("channel"), QStringLiteral("door")},
                            {QStringLiteral("result"), QString::fromLatin1(result)},
                            {QStringLiteral("at"), when}});
    };
    QVERIFY(attempt(id("Bruno"), householdOfPerson(db, id("Bruno")), "not_home", at(2026, 2, 20)));
    QVERIFY(attempt(id("Claire"), householdOfPerson(db, id("Claire")), "not_home", at(2026, 1, 10)));
    QVERIFY(attempt(id("Claire"), householdOfPerson(db, id("Claire")), "canvassed", at(2026, 1, 12)));
    // A door knocked on without knowing who opened: David's household.
    QVERIFY(attempt(0, householdOfPerson(db, id("David")), "not_home", at(2026, 2, 25)));

    auto election = repo.insert("elections", {{QStringLiteral("name"), QStringLiteral("Municipales T1")},
                                              {QStringLiteral("date"), QStringLiteral("2026-03-15")},
                                              {QStringLiteral("round"), 1}});
    QVERIFY(election);
    QVERIFY(repo.insert("vote_marks", {{QStringLiteral("election_id"), *election},
                                       {QStringLiteral("person_id"), id("Karl")},
                                       {QStringLiteral("source"), QStringLiteral("phone")},
                                       {QStringLiteral("at"), at(2026, 3, 15)}}));
}

QStringList TestSegmentService::match(const QByteArray& json)
{
    auto filter = SegmentFilter::fromJson(json);
    if (!filter) {
        qWarning("%s", qPrintable(filter.error().toString()));
        return {QStringLiteral("<invalid>")};
    }
    SegmentService service(m_campaign->db());
    auto ids = service.peopleIds(*filter, kToday);
    if (!ids) {
        qWarning("%s", qPrintable(ids.error().toString()));
        return {QStringLiteral("<failed>")};
    }
    return firstNames(m_campaign->db(), *ids);
}

void TestSegmentService::conditions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QString everyoneActive =
        QStringLiteral("Alice Bruno Claire David Emma Fanny Franck Hélène Ivan Julie Karl Léa Marc");
    QTest::newRow("everyone (active)") << QByteArray("{}") << everyoneActive;
    QTest::newRow("moved only when asked") << QByteArray(R"({"status": ["moved"]})") << QStringLiteral("Gilles");
    QTest::newRow("bureau 2") << QByteArray(R"({"bureaux": ["2"]})") << QStringLiteral("Karl Léa Marc");
    QTest::newRow("street by name") << QByteArray(R"({"streets": ["RUE DE LA PAIX"]})")
                                    << QStringLiteral("Alice Bruno Claire David Emma Fanny Franck Hélène");
    QTest::newRow("age 18-30") << QByteArray(R"({"age": {"min": 18, "max": 30}})") << QStringLiteral("Hélène Ivan Léa");
    QTest::newRow("age 75+") << QByteArray(R"({"age": {"min": 75}})") << QStringLiteral("Karl");
    QTest::newRow("sex") << QByteArray(R"({"sex": ["F"]})") << QStringLiteral("Alice Claire Emma Fanny Hélène Julie Léa");
    QTest::newRow("supporters") << QByteArray(R"({"support": [1, 2]})") << QStringLiteral("Alice Bruno");
    QTest::newRow("support unknown or 5") << QByteArray(R"({"support": [0, 5]})")
                                          << QStringLiteral("Claire David Emma Fanny Franck Hélène Ivan Julie Karl Léa Marc");
    QTest::newRow("AND") << QByteArray(R"({"and": [{"bureaux": ["1"]}, {"sex": ["F"]}]})")
                         << QStringLiteral("Alice Claire Emma Fanny Hélène Julie");
    QTest::newRow("OR") << QByteArray(R"({"or": [{"bureaux": ["2"]}, {"support": [1]}]})")
                        << QStringLiteral("Alice Karl Léa Marc");
    QTest::newRow("NOT keeps unknowns") << QByteArray(R"({"not": {"support": [1, 2]}})")
                                        << QStringLiteral("Claire David Emma Fanny Franck Hélène Ivan Julie Karl Léa Marc");
    QTest::newRow("NOT sex") << QByteArray(R"({"not": {"sex": ["F"]}})") << QStringLiteral("Bruno David Franck Ivan Karl Marc");
    QTest::newRow("nested") << QByteArray(
        R"({"and": [{"bureaux": ["1"]}, {"not": {"or": [{"streets": ["Rue de la Paix"]}, {"sex": ["M"]}]}}]})")
                            << QStringLiteral("Julie");
    QTest::newRow("empty OR") << QByteArray(R"({"or": []})") << QString();
    QTest::newRow("phone (bad excluded)") << QByteArray(R"({"hasPhone": true})")
                                          << QStringLiteral("Bruno Fanny Franck Ivan Julie Karl Marc");
    QTest::newRow("mobile") << QByteArray(R"({"hasMobile": true})") << QStringLiteral("Bruno Ivan Karl Marc");
    QTest::newRow("no phone") << QByteArray(R"({"hasPhone": false})")
                              << QStringLiteral("Alice Claire David Emma Hélène Léa");
    QTest::newRow("email") << QByteArray(R"({"hasEmail": true})") << QStringLiteral("Fanny");
    QTest::newRow("tag, folded") << QByteArray(R"({"tags": ["benevole"]})") << QStringLiteral("Alice");
    QTest::newRow("contacted since (household too)") << QByteArray(R"({"contactedSince": "2026-02-01"})")
                                                     << QStringLiteral("Bruno David");
    QTest::newRow("not contacted since")
        << QByteArray(R"({"and": [{"bureaux": ["1"]}, {"notContactedSince": "2026-01-01"}]})")
        << QStringLiteral("Alice Emma Fanny Franck Hélène Ivan Julie");
    QTest::newRow("last result") << QByteArray(R"({"lastResult": ["not_home"]})") << QStringLiteral("Bruno");
    QTest::newRow("voted") << QByteArray(R"({"voted": "Municipales T1"})") << QStringLiteral("Karl");
    QTest::newRow("not voted") << QByteArray(R"({"and": [{"bureaux": ["2"]}, {"notVoted": "Municipales T1"}]})")
                               << QStringLiteral("Léa Marc");
}

void TestSegmentService::conditions()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QCOMPARE(match(json), names(expected));
    // The fast count (bitsets over index reads) agrees with the SQL condition's rows.
    auto filter = SegmentFilter::fromJson(json);
    QVERIFY(filter);
    auto counted = SegmentService(m_campaign->db()).count(*filter, kToday);
    QVERIFY2(counted, counted ? "" : qPrintable(counted.error().toString()));
    QCOMPARE(*counted, qint64(names(expected).size()));
}

void TestSegmentService::countMatchesIds()
{
    Database& db = m_campaign->db();
    SegmentService service(db);
    // A district at any level: the commune covers its bureaux.
    const QString commune = column(db, "SELECT uuid FROM districts WHERE kind = 'commune'").value(0);
    const QString bureau1 = column(db, "SELECT uuid FROM districts WHERE kind = 'bureau' AND code = '1'").value(0);
    QVERIFY(!commune.isEmpty() && !bureau1.isEmpty());
    auto all = service.count(SegmentFilter::values(SegmentFilter::Kind::Districts, {commune}), kToday);
    QVERIFY(all);
    QCOMPARE(*all, qint64(13));
    auto one = service.count(SegmentFilter::values(SegmentFilter::Kind::Districts, {bureau1}), kToday);
    QVERIFY(one);
    QCOMPARE(*one, qint64(10));
    auto ids = service.peopleIds(SegmentFilter::values(SegmentFilter::Kind::Districts, {bureau1}), kToday);
    QVERIFY(ids);
    QCOMPARE(ids->size(), 10);
}

void TestSegmentService::crud()
{
    Database& db = m_campaign->db();
    SegmentService service(db, QStringLiteral("coordinator"));
    const qint64 outboxBefore = count(db, "SELECT count(*) FROM outbox WHERE tbl = 'segments'");
    auto id = service.create(QStringLiteral("  Supporters   bureau 1 "),
                             SegmentFilter::all({SegmentFilter::support({1, 2}),
                                                 SegmentFilter::values(SegmentFilter::Kind::Bureaux, {QStringLiteral("1")})}));
    QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
    QCOMPARE(count(db, "SELECT count(*) FROM outbox WHERE tbl = 'segments'"), outboxBefore + 1);

    auto duplicate = service.create(QStringLiteral("SUPPORTERS BUREAU 1"), SegmentFilter());
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, QStringLiteral("segment.duplicate"));
    auto unnamed = service.create(QStringLiteral("   "), SegmentFilter());
    QVERIFY(!unnamed);
    QCOMPARE(unnamed.error().code, QStringLiteral("segment.name"));

    auto found = service.find(QStringLiteral("supporters bureau 1"));
    QVERIFY(found);
    QCOMPARE(found->name, QStringLiteral("Supporters bureau 1"));
    auto people = service.count(found->filter, kToday);
    QVERIFY(people);
    QCOMPARE(*people, qint64(2));
    QVERIFY(service.find(found->uuid));

    QVERIFY(service.update(*id, QStringLiteral("Supporters"), SegmentFilter::support({1})));
    found = service.find(QStringLiteral("Supporters"));
    QVERIFY(found);
    QCOMPARE(*service.count(found->filter, kToday), qint64(1));
    auto all = service.segments();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->front().name, QStringLiteral("Supporters"));

    QVERIFY(service.remove(*id));
    auto gone = service.find(QStringLiteral("Supporters"));
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, QStringLiteral("segment.missing"));
    // The name is free again.
    QVERIFY(service.create(QStringLiteral("Supporters"), SegmentFilter()));
}

// A campaign whose import was cut between dropping and rebuilding its indexes still counts.
void TestSegmentService::countsWithoutTheirIndexes()
{
    Database& db = m_campaign->db();
    for (const char* index : {"people_segment", "contact_attempts_since", "contact_attempts_latest"}) {
        const QByteArray exists = QByteArray("SELECT count(*) FROM sqlite_schema WHERE name = '") + index + '\'';
        QVERIFY2(count(db, exists.constData()) == 1, index);
        const QByteArray drop = QByteArray("DROP INDEX ") + index;
        QVERIFY(db.exec(drop.constData()));
    }
    SegmentService service(db);
    for (const auto& [json, n] : {std::pair(R"({"sex": ["F"]})", 7),
                                  std::pair(R"({"contactedSince": "2026-02-01"})", 2),
                                  std::pair(R"({"lastResult": ["not_home"]})", 1)}) {
        auto filter = SegmentFilter::fromJson(QByteArray(json));
        QVERIFY(filter);
        auto counted = service.count(*filter, kToday);
        QVERIFY2(counted, counted ? "" : qPrintable(counted.error().toString()));
        QCOMPARE(*counted, qint64(n));
    }
}

QTEST_GUILESS_MAIN(TestSegmentService)
#include "tst_segmentservice.moc"
