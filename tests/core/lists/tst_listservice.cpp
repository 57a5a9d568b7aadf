#include "lists/listcode.h"
#include "lists/listservice.h"
#include "lists/streetpicks.h"

#include "listsfixture.h"

#include <QDateTime>
#include <QSet>

using namespace terrain;
using namespace terrain::test;

namespace {

const QDate kToday(2026, 3, 1);

Segment bureauSegment(const QString& code)
{
    Segment s;
    s.name = QStringLiteral("Bureau %1").arg(code);
    s.filter = SegmentFilter::values(SegmentFilter::Kind::Bureaux, {code});
    return s;
}

// "Name Name | Name" : the people of each door, doors separated by " | ".
QString doorsOf(const ListSheet& sheet)
{
    QStringList doors;
    for (const ListSheetDoor& door : sheet.doors) {
        QStringList people;
        for (const ListSheetPerson& p : door.people)
            people << p.displayName.section(u' ', -1);
        doors << people.join(u' ');
    }
    return doors.join(QStringLiteral(" | "));
}

} // namespace

class TestListService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void walkListOrderAndSheet();
    void doNotVisitIsLeftOut();
    void turfsKeepBuildingsTogether();
    void handPickedStreetSide();
    void handCutListAcrossBureaux();
    void streetPicksByNameErrors();
    void callListOnePerNumber();
    void statusTransitions();
    void progressFromAttempts();
    void emptySelection();

private:
    qint64 id(const char* firstName) { return personByFirstName(m_campaign->db(), QString::fromUtf8(firstName)); }
    void set(const char* firstName, const char* field, const QVariant& value);

    std::unique_ptr<TempCampaign> m_campaign;
};

void TestListService::init()
{
    m_campaign = std::make_unique<TempCampaign>();
    QVERIFY(importListsFixture(m_campaign->db(), m_campaign->dir()));
}

void TestListService::set(const char* firstName, const char* field, const QVariant& value)
{
    Repository repo(m_campaign->db());
    auto written = repo.update("people", id(firstName), {{QString::fromLatin1(field), value}});
    QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
}

void TestListService::walkListOrderAndSheet()
{
    Database& db = m_campaign->db();
    Repository repo(db);
    QVERIFY(repo.insert("contact_attempts", {{QStringLiteral("person_id"), id("Bruno")},
                                             {QStringLiteral("channel"), QStringLiteral("door")},
                                             {QStringLiteral("result"), QStringLiteral("not_home")},
                                             {QStringLiteral("at"), QDateTime(QDate(2026, 2, 20), QTime(10, 0))
                                                                        .toMSecsSinceEpoch()}}));
    ListService service(db, QStringLiteral("coordinator"));
    auto made = service.createWalkLists(bureauSegment(QStringLiteral("1")));
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    QCOMPARE(made->size(), 1);
    const ListSummary& list = made->front();
    QCOMPARE(list.kind, ListKind::Walk);
    QCOMPARE(list.status, ListStatus::New);
    QVERIFY(isListCode(list.code));
    QCOMPARE(list.people, qint64(11));
    QCOMPARE(list.doors, qint64(10));
    QVERIFY2(list.name.startsWith(QStringLiteral("1 - Mairie: ")), qPrintable(list.name));
    QVERIFY2(list.name.contains(QStringLiteral("(odd 1-7) → ")), qPrintable(list.name));
    QVERIFY2(list.name.endsWith(QStringLiteral("(even 2-4)")), qPrintable(list.name));
    QCOMPARE(count(db, "SELECT count(*) FROM list_members WHERE deleted = 0"), qint64(11));
    // The members are announced to sync by one range outbox row covering their clocks.
    QCOMPARE(count(db, "SELECT count(*) FROM list_members m JOIN outbox o ON o.tbl = '*'"
                       " AND m.hlc BETWEEN CAST(substr(o.fields, 7, instr(substr(o.fields, 7), ':') - 1) AS INTEGER)"
                       " AND CAST(substr(substr(o.fields, 7), instr(substr(o.fields, 7), ':') + 1) AS INTEGER)"),
             qint64(11));

    auto sheet = service.printableSheet(list.id, kToday);
    QVERIFY(sheet);
    // Odd side 1, 3 (a household of two), 7; even side 12 Apt 2, 12 Apt 10, 12 bis, 12 ter, 14;
    // then the next street.
    QCOMPARE(doorsOf(*sheet), QStringLiteral("Gilles | Fanny Franck | Hélène | Emma | David | Claire | Bruno | "
                                             "Alice | Ivan | Julie"));
    QCOMPARE(sheet->header.code, list.code);
    QCOMPARE(sheet->header.kind, QStringLiteral("walk"));
    QCOMPARE(sheet->header.doors, 10);
    QCOMPARE(sheet->header.people, 11);
    QCOMPARE(sheet->header.bureaux, QStringList{QStringLiteral("1 - Mairie")});
    QCOMPARE(sheet->header.date, kToday);
    QVERIFY2(sheet->doors[3].address.startsWith(QStringLiteral("12 ")), qPrintable(sheet->doors[3].address));
    QVERIFY2(sheet->doors[3].unit.contains(QStringLiteral("Apt 2")), qPrintable(sheet->doors[3].unit));
    QVERIFY2(sheet->doors[5].address.startsWith(QStringLiteral("12 bis ")), qPrintable(sheet->doors[5].address));
    const ListSheetPerson& alice = sheet->doors[7].people.front();
    QCOMPARE(alice.age, 56);
    QCOMPARE(alice.sex, QStringLiteral("F"));
    const ListSheetPerson& bruno = sheet->doors[6].people.front();
    QCOMPARE(bruno.lastResult, QStringLiteral("not_home"));
    QVERIFY(bruno.lastContactAt > 0);
    QVERIFY(bruno.phones.isEmpty()); // phones are for call sheets
}

void TestListService::doNotVisitIsLeftOut()
{
    set("Alice", "dnc_door", 1);
    set("Gilles", "status", QStringLiteral("deceased"));
    ListService service(m_campaign->db());
    auto made = service.createWalkLists(bureauSegment(QStringLiteral("1")));
    QVERIFY(made);
    QCOMPARE(made->front().people, qint64(9));
    auto sheet = service.printableSheet(made->front().id, kToday);
    QVERIFY(sheet);
    QVERIFY(!doorsOf(*sheet).contains(QStringLiteral("Alice")));
    QVERIFY(!doorsOf(*sheet).contains(QStringLiteral("Gilles")));
}

void TestListService::turfsKeepBuildingsTogether()
{
    ListService service(m_campaign->db());
    WalkListOptions options;
    options.targetDoors = 3;
    auto made = service.createWalkLists(bureauSegment(QStringLiteral("1")), options);
    QVERIFY(made);
    // Odd side (3 doors); even side of Rue de la Paix (5 doors, over 3) cut by number ranges
    // without splitting building A of number 12; Victor Hugo.
    QStringList turfs;
    QSet<QString> codes;
    for (const ListSummary& list : *made) {
        auto sheet = service.printableSheet(list.id, kToday);
        QVERIFY(sheet);
        turfs << doorsOf(*sheet);
        codes.insert(list.code);
    }
    QCOMPARE(turfs, (QStringList{QStringLiteral("Gilles | Fanny Franck | Hélène"),
                                 QStringLiteral("Emma | David | Claire"), QStringLiteral("Bruno | Alice"),
                                 QStringLiteral("Ivan | Julie")}));
    QCOMPARE(codes.size(), 4);
}

void TestListService::handPickedStreetSide()
{
    Database& db = m_campaign->db();
    StreetPick pick;
    pick.bureauId = count(db, "SELECT id FROM districts WHERE kind = 'bureau' AND code = '1'");
    pick.streetId = count(db, "SELECT id FROM streets WHERE folded = 'rue de la paix'");
    pick.side = StreetPick::Side::Even;
    ListService service(db);
    auto made = service.createWalkLists(QList<StreetPick>{pick});
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    QCOMPARE(made->size(), 1);
    QCOMPARE(made->front().segment, QString());
    auto sheet = service.printableSheet(made->front().id, kToday);
    QVERIFY(sheet);
    QCOMPARE(doorsOf(*sheet), QStringLiteral("Emma | David | Claire | Bruno | Alice"));
}

// Streets typed by name, over two bureaux, one list named by hand; the sheet's header lists
// the bureaux by code as numbers (9 before 10), not as text.
void TestListService::handCutListAcrossBureaux()
{
    Database& db = m_campaign->db();
    QVERIFY(db.exec("UPDATE districts SET code = '9' WHERE kind = 'bureau' AND code = '1'"));
    QVERIFY(db.exec("UPDATE districts SET code = '10' WHERE kind = 'bureau' AND code = '2'"));
    QList<StreetPick> picks;
    for (const auto& [street, side] : {std::pair(QStringLiteral("rue victor hugo"), StreetPick::Side::Even),
                                       std::pair(QStringLiteral("AVENUE FOCH"), StreetPick::Side::Both),
                                       std::pair(QStringLiteral("Les Granges"), StreetPick::Side::Both)}) {
        auto found = streetPicksByName(db, street, {}, side);
        QVERIFY2(found, found ? "" : qPrintable(found.error().toString()));
        QCOMPARE(found->size(), 1);
        picks << *found;
    }
    ListService service(db);
    WalkListOptions options;
    options.targetDoors = 0; // one list
    options.name = QStringLiteral("  Tour   du bourg ");
    auto made = service.createWalkLists(picks, options);
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    QCOMPARE(made->size(), 1);
    QCOMPARE(made->front().name, QStringLiteral("Tour du bourg"));
    QCOMPARE(made->front().people, 5);
    QCOMPARE(made->front().doors, 4);
    auto sheet = service.printableSheet(made->front().id, kToday);
    QVERIFY(sheet);
    QCOMPARE(doorsOf(*sheet), QStringLiteral("Ivan | Julie | Karl Léa | Marc"));
    QCOMPARE(sheet->header.bureaux, (QStringList{QStringLiteral("9 - Mairie"), QStringLiteral("10 - Ecole")}));

    // Cut by a door count, the lists are numbered after the name; a turf stays in its bureau.
    options.targetDoors = 2;
    made = service.createWalkLists(picks, options);
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    QCOMPARE(made->size(), 2);
    QCOMPARE(made->at(0).name, QStringLiteral("Tour du bourg (1/2)"));
    QCOMPARE(made->at(1).name, QStringLiteral("Tour du bourg (2/2)"));
    QCOMPARE(made->at(0).people + made->at(1).people, 5);
    options.targetDoors = -1;
    QCOMPARE(service.createWalkLists(picks, options).error().code, QStringLiteral("lists.size"));
}

void TestListService::streetPicksByNameErrors()
{
    Database& db = m_campaign->db();
    auto picks = streetPicksByName(db, QStringLiteral("Rue de la Paix"), {QStringLiteral("1")}, StreetPick::Side::Odd);
    QVERIFY(picks);
    QCOMPARE(picks->size(), 1);
    QCOMPARE(picks->front().side, StreetPick::Side::Odd);
    QCOMPARE(picks->front().bureauId, count(db, "SELECT id FROM districts WHERE kind = 'bureau' AND code = '1'"));
    ListService service(db);
    WalkListOptions one;
    one.targetDoors = 0;
    auto made = service.createWalkLists(*picks, one);
    QVERIFY(made);
    auto sheet = service.printableSheet(made->front().id, kToday);
    QVERIFY(sheet);
    QCOMPARE(doorsOf(*sheet), QStringLiteral("Gilles | Fanny Franck | Hélène"));

    QCOMPARE(streetPicksByName(db, QStringLiteral("Rue des Lilas"), {}, StreetPick::Side::Both).error().code,
             QStringLiteral("lists.street"));
    QCOMPARE(streetPicksByName(db, QStringLiteral("Rue Victor Hugo"), {QStringLiteral("2")}, StreetPick::Side::Both)
                 .error()
                 .code,
             QStringLiteral("lists.street")); // no voter of it in bureau 2
    QCOMPARE(streetPicksByName(db, QStringLiteral("Rue Victor Hugo"), {QStringLiteral("77")}, StreetPick::Side::Both)
                 .error()
                 .code,
             QStringLiteral("lists.bureau"));
}

void TestListService::callListOnePerNumber()
{
    Database& db = m_campaign->db();
    set("Ivan", "dnc_phone", 1); // opted out of calls
    Repository repo(db);
    Statement phone = db.prepare("SELECT id FROM phones WHERE person_id = ?");
    phone.bind(1, id("Hélène"));
    QVERIFY(phone.step());
    QVERIFY(repo.update("phones", phone.int64(0), {{QStringLiteral("bad"), 1}})); // a wrong number
    // Julie also has a mobile now: she is called on it, not on her landline.
    QVERIFY(repo.insert("phones", {{QStringLiteral("person_id"), id("Julie")},
                                   {QStringLiteral("e164"), QStringLiteral("+33699000111")},
                                   {QStringLiteral("raw"), QStringLiteral("06 99 00 01 11")},
                                   {QStringLiteral("type"), QStringLiteral("mobile")}}));

    Segment everyone;
    everyone.name = QStringLiteral("Everyone");
    ListService service(db);
    auto made = service.createCallLists(everyone);
    QVERIFY2(made, made ? "" : qPrintable(made.error().toString()));
    QCOMPARE(made->size(), 1);
    const ListSummary& list = made->front();
    QCOMPARE(list.kind, ListKind::Call);
    QCOMPARE(list.name, QStringLiteral("Calls: Everyone"));
    QCOMPARE(list.people, qint64(7));
    QCOMPARE(list.doors, qint64(6)); // numbers: Fanny and Franck share their landline

    auto sheet = service.printableSheet(list.id, kToday);
    QVERIFY(sheet);
    QCOMPARE(sheet->header.kind, QStringLiteral("call"));
    // Mobiles first (bureau 1, then bureau 2 by street), then the shared landline, dialled once.
    QCOMPARE(doorsOf(*sheet), QStringLiteral("Gilles | Bruno | Julie | Karl | Marc | Fanny Franck"));
    QCOMPARE(sheet->doors.size(), 6);
    QCOMPARE(sheet->doors[0].phoneType, QStringLiteral("mobile"));
    QCOMPARE(sheet->doors[2].phone, QStringLiteral("+33699000111"));
    QCOMPARE(sheet->doors[5].phoneType, QStringLiteral("fixed"));
    QVERIFY(sheet->doors[5].phone.endsWith(QStringLiteral("241000003")));
    // Julie's landline is listed as her other number.
    QCOMPARE(sheet->doors[2].people.front().phones.size(), 2);
    QVERIFY(sheet->doors[2].people.front().phones[1].endsWith(QStringLiteral("241000111")));
    QCOMPARE(count(db, "SELECT count(*) FROM list_members WHERE phone_id IS NOT NULL"), qint64(7));
}

void TestListService::statusTransitions()
{
    ListService service(m_campaign->db(), QStringLiteral("coordinator"));
    auto made = service.createWalkLists(bureauSegment(QStringLiteral("2")));
    QVERIFY(made);
    const qint64 list = made->front().id;
    const QString code = made->front().code;

    auto expectRefused = [&](ListStatus to) {
        Status s = service.setStatus(list, to);
        QVERIFY(!s);
        QCOMPARE(s.error().code, QStringLiteral("lists.status"));
    };
    auto statusNow = [&]() { return service.find(code)->status; };

    expectRefused(ListStatus::Returned); // two steps ahead
    expectRefused(ListStatus::Out);      // nobody to hand it to
    QVERIFY(service.assign(list, QStringLiteral("  Camille  ")));
    QCOMPARE(service.find(code.toLower())->assignee, QStringLiteral("Camille"));
    QVERIFY(service.setStatus(list, ListStatus::Out));
    QVERIFY(service.setStatus(list, ListStatus::Out)); // no-op
    QCOMPARE(statusNow(), ListStatus::Out);
    QVERIFY(!service.assign(list, QString())); // out: keeps its volunteer
    expectRefused(ListStatus::Entered);
    QVERIFY(service.setStatus(list, ListStatus::Returned));
    QVERIFY(service.setStatus(list, ListStatus::Entered));
    expectRefused(ListStatus::Out);
    QVERIFY(service.setStatus(list, ListStatus::Returned)); // reopened for corrections
    QCOMPARE(statusNow(), ListStatus::Returned);
    QVERIFY(service.setStatus(list, ListStatus::Out));
    QVERIFY(service.setStatus(list, ListStatus::New)); // taken back
    QVERIFY(service.assign(list, QString()));
    QCOMPARE(service.find(code)->assignee, QString());

    QVERIFY(ListService::canMove(ListStatus::New, ListStatus::Out));
    QVERIFY(!ListService::canMove(ListStatus::New, ListStatus::Entered));
    QCOMPARE(ListService::statusFromName(u"Returned"), std::optional(ListStatus::Returned));
    QVERIFY(!ListService::statusFromName(u"lost"));
    auto missing = service.find(QStringLiteral("ZZZZZZ"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("lists.missing"));
}

void TestListService::progressFromAttempts()
{
    Database& db = m_campaign->db();
    ListService service(db);
    auto made = service.createWalkLists(bureauSegment(QStringLiteral("2")));
    QVERIFY(made);
    const qint64 list = made->front().id;
    QCOMPARE(made->front().people, qint64(3));
    QCOMPARE(made->front().doors, qint64(2));
    QCOMPARE(made->front().contacted, qint64(0));
    Repository repo(db);
    for (const char* first : {"Karl", "Léa"}) {
        QVERIFY(repo.insert("contact_attempts", {{QStringLiteral("person_id"), id(first)},
                                                 {QStringLiteral("household_id"), householdOfPerson(db, id(first))},
                                                 {QStringLiteral("channel"), QStringLiteral("door")},
                                                 {QStringLiteral("result"), QStringLiteral("canvassed")},
                                                 {QStringLiteral("list_id"), list},
                                                 {QStringLiteral("at"), qint64(1'772'000'000'000)}}));
    }
    auto all = service.lists();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->front().contacted, qint64(2));
    QCOMPARE(all->front().doorsContacted, qint64(1)); // Karl and Léa live at the same door
    QCOMPARE(all->front().segment, QString()); // made from an unsaved segment
}

void TestListService::emptySelection()
{
    ListService service(m_campaign->db());
    auto made = service.createWalkLists(bureauSegment(QStringLiteral("99")));
    QVERIFY(!made);
    QCOMPARE(made.error().code, QStringLiteral("lists.empty"));
    QCOMPARE(count(m_campaign->db(), "SELECT count(*) FROM lists"), qint64(0));
}

QTEST_GUILESS_MAIN(TestListService)
#include "tst_listservice.moc"
