#include "canvass/contactservice.h"
#include "canvass/resultcodes.h"
#include "canvass/survey.h"
#include "storage/database.h"
#include "sync/repository.h"

#include "canvassfixture.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace terrain;

namespace {

constexpr qint64 T0 = 1'780'000'000'000;
constexpr qint64 Hour = 3'600'000;

qint64 firstPhone(Database& db, qint64 person)
{
    Statement st = db.prepare("SELECT min(id) FROM phones WHERE person_id = ? AND deleted = 0");
    st.bind(1, person);
    return st.step() && !st.isNull(0) ? st.int64(0) : -1;
}

QString personText(Database& db, const char* column, qint64 person)
{
    Statement st = db.prepare(QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(QLatin1StringView(column)));
    st.bind(1, person);
    return st.step() ? st.text(0) : QStringLiteral("?");
}

} // namespace

class TestContactService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsSeededWithTheCampaign()
    {
        // Seeded when the campaign is created (migration 10), as built-in rows: no outbox row,
        // and opening a page (load) writes nothing, so it never waits for the write lock.
        test::TempCampaign campaign;
        Database& db = campaign.db();
        QCOMPARE(test::count(db, "SELECT count(*) FROM result_codes"), qint64(ResultCodes::defaults().size()));
        QCOMPARE(test::count(db, "SELECT count(*) FROM surveys"), 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM questions WHERE kind = 'support'"), 1);
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox"), 0);
        Repository repo(db, QStringLiteral("tester"));
        const QString hlcBefore = db.meta(QStringLiteral("hlc_last"));
        auto codes = ResultCodes::load(db, repo);
        QVERIFY(codes);
        QVERIFY(SurveyService(db, repo).activeSurvey());
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox"), 0);
        QCOMPARE(db.meta(QStringLiteral("hlc_last")), hlcBefore);
        // The door codes of DOMAIN.md 4 and the phone outcomes of DOMAIN.md 5, stored and synced.
        QStringList door;
        for (const ResultCode& c : codes->forChannel(u"door"))
            door << c.code;
        QCOMPARE(door, (QStringList{QStringLiteral("canvassed"), QStringLiteral("not_home"), QStringLiteral("refused"),
                                    QStringLiteral("hostile"), QStringLiteral("moved"), QStringLiteral("deceased"),
                                    QStringLiteral("inaccessible"), QStringLiteral("language"),
                                    QStringLiteral("come_back")}));
        QStringList phone;
        for (const ResultCode& c : codes->forChannel(u"phone"))
            phone << c.code;
        QCOMPARE(phone, (QStringList{QStringLiteral("answered"), QStringLiteral("no_answer"), QStringLiteral("busy"),
                                     QStringLiteral("left_message"), QStringLiteral("wrong_number"),
                                     QStringLiteral("disconnected"), QStringLiteral("call_back"),
                                     QStringLiteral("do_not_call")}));
        QCOMPARE(codes->byKey(u"door", u'n')->code, QStringLiteral("not_home"));
        QCOMPARE(codes->byKey(u"phone", u'W')->code, QStringLiteral("wrong_number"));
        QCOMPARE(codes->byCodeOrKey(u"phone", u"x")->code, QStringLiteral("disconnected"));
        QVERIFY(codes->find(u"door", u"not_home")->doorLevel);
        const qint64 stored = test::count(db, "SELECT count(*) FROM result_codes");
        QCOMPARE(stored, qint64(ResultCodes::defaults().size()));
        QCOMPARE(test::count(db, "SELECT count(*) FROM result_codes WHERE hlc = 0 AND site = 0"), stored);
        // Keys are unique per channel.
        for (const QString& channel : ResultCodes::channels()) {
            QSet<QChar> keys;
            for (const ResultCode& c : codes->forChannel(channel))
                QVERIFY2(!keys.contains(c.key), qPrintable(c.code));
        }
        // A second load writes nothing more.
        QVERIFY(ResultCodes::load(db, repo));
        QCOMPARE(test::count(db, "SELECT count(*) FROM result_codes"), stored);

        // The campaign's own code; a key already taken is refused.
        ResultCode leaflet;
        leaflet.channel = QStringLiteral("door");
        leaflet.code = QStringLiteral("leaflet");
        leaflet.key = u'F';
        leaflet.label = QStringLiteral("Leaflet left");
        leaflet.position = 20;
        QVERIFY(ResultCodes::save(db, repo, leaflet));
        leaflet.code = QStringLiteral("other");
        leaflet.key = u'n';
        QVERIFY(!ResultCodes::save(db, repo, leaflet));
        auto again = ResultCodes::read(db);
        QVERIFY(again);
        QCOMPARE(again->byKey(u"door", u'f')->label, QStringLiteral("Leaflet left"));
        QVERIFY(!again->find(u"door", u"other"));

        // The survey: seeded with the support question first.
        SurveyService surveys(db, repo);
        auto survey = surveys.activeSurvey();
        QVERIFY(survey);
        QCOMPARE(survey->questions.size(), 1);
        QCOMPARE(survey->questions[0].key(), QStringLiteral("support"));
        QVERIFY(surveys.addQuestion(QStringLiteral("Main concern"), QuestionKind::SingleChoice,
                                    {QStringLiteral("Schools"), QStringLiteral("Traffic"), QStringLiteral("Taxes")}));
        QVERIFY(surveys.addQuestion(QStringLiteral("Wants a poster"), QuestionKind::YesNo));
        QVERIFY(!surveys.addQuestion(QStringLiteral("Lonely option"), QuestionKind::SingleChoice,
                                     {QStringLiteral("Only")}));
        survey = surveys.activeSurvey();
        QCOMPARE(survey->questions.size(), 3);
        QCOMPARE(test::count(db, "SELECT count(*) FROM surveys"), 1);
        const Question* concern = survey->find(u"main concern");
        QVERIFY(concern);
        QCOMPARE(survey->find(u"2"), concern);
        QCOMPARE(concern->answerFromDigit(2)->toString(), QStringLiteral("Traffic"));
        QVERIFY(!concern->answerFromDigit(4));
        QCOMPARE(concern->parseAnswer(u"taxes")->toString(), QStringLiteral("Taxes"));
        QCOMPARE(survey->find(u"3")->parseAnswer(u"oui")->toBool(), true);
        QCOMPARE(survey->find(u"3")->parseAnswer(u"N")->toBool(), false);

        // Seeded on another laptop, the defaults are the same rows (same UUIDs), so they need no
        // sync and an edit of one merges with them.
        test::TempCampaign other;
        Repository otherRepo(other.db(), QStringLiteral("other"));
        QVERIFY(ResultCodes::load(other.db(), otherRepo));
        QVERIFY(SurveyService(other.db(), otherRepo).activeSurvey());
        for (const char* sql : {"SELECT uuid FROM result_codes WHERE code <> 'leaflet' ORDER BY uuid",
                                "SELECT uuid FROM surveys ORDER BY uuid",
                                "SELECT uuid FROM questions WHERE kind = 'support' ORDER BY uuid"})
            QCOMPARE(test::column(other.db(), sql), test::column(db, sql));
    }

    void olderCampaignsAreSeededOnce()
    {
        // A campaign from before migration 10 whose pages seeded the codes and the survey on
        // first use (through the Repository, same UUIDs): upgrading adds only the script.
        test::TempCampaign campaign(9);
        Database& db = campaign.db();
        QCOMPARE(test::count(db, "SELECT count(*) FROM result_codes"), 0);
        {
            Repository repo(db, QStringLiteral("tester"));
            QVERIFY(ResultCodes::ensureDefaults(db, repo));
            QVERIFY(SurveyService(db, repo).activeSurvey());
        }
        const QStringList codes = test::column(db, "SELECT uuid || hlc FROM result_codes ORDER BY uuid");
        QCOMPARE(codes.size(), ResultCodes::defaults().size());
        campaign.reopen();
        Database& upgraded = campaign.db();
        QVERIFY(upgraded.schemaVersion() >= 10);
        QCOMPARE(test::column(upgraded, "SELECT uuid || hlc FROM result_codes ORDER BY uuid"), codes);
        QCOMPARE(test::count(upgraded, "SELECT count(*) FROM surveys"), 1);
        QCOMPARE(test::count(upgraded, "SELECT count(*) FROM questions"), 1);
        QCOMPARE(test::count(upgraded, "SELECT count(*) FROM call_scripts"), 1);
    }

    void recordsWithEffects()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db);
        Repository repo(db, QStringLiteral("Camille"));
        ContactService contacts(db, repo);
        const auto people = test::peopleInWalkOrder(db, 40, true, true);
        QVERIFY(people.size() >= 6);

        // Canvassed with the support answer: the attempt, the support level, both in the outbox.
        const qint64 anne = people[0];
        const qint64 outboxBefore = test::count(db, "SELECT count(*) FROM outbox");
        const qint64 attemptsBefore = test::count(db, "SELECT count(*) FROM outbox WHERE tbl = 'contact_attempts'");
        const qint64 supportEdits = test::count(db, "SELECT count(*) FROM change_history WHERE field = 'support'");
        ContactInput canvassed;
        canvassed.personId = anne;
        canvassed.answers.insert(QStringLiteral("support"), 2);
        canvassed.at = T0;
        auto id = contacts.record(canvassed);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        Statement st = db.prepare("SELECT result, channel, support, volunteer, household_id, answers FROM"
                                  " contact_attempts WHERE id = ?");
        st.bind(1, *id);
        QVERIFY(st.step());
        QCOMPARE(st.text(0), QStringLiteral("canvassed")); // implied by the answers
        QCOMPARE(st.text(1), QStringLiteral("door"));
        QCOMPARE(st.integer(2), 2);
        QCOMPARE(st.text(3), QStringLiteral("Camille"));
        QCOMPARE(st.int64(4), test::householdOf(db, anne));
        QCOMPARE(QJsonDocument::fromJson(st.text(5).toUtf8()).object().value(u"support").toInt(), 2);
        QCOMPARE(personText(db, "support", anne), QStringLiteral("2"));
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox WHERE tbl = 'contact_attempts'"), attemptsBefore + 1);
        QVERIFY(test::count(db, "SELECT count(*) FROM outbox WHERE tbl = 'people'") >= 1);
        QVERIFY(test::count(db, "SELECT count(*) FROM outbox") > outboxBefore);
        // The people page's history sees the support change.
        QCOMPARE(test::count(db, "SELECT count(*) FROM change_history WHERE field = 'support'"), supportEdits + 1);

        // An older paper list entered afterwards does not overwrite what was learned since.
        ContactInput older = canvassed;
        older.answers = {};
        older.support = 5;
        older.at = T0 - 48 * Hour;
        QVERIFY(contacts.record(older));
        QCOMPARE(personText(db, "support", anne), QStringLiteral("2"));
        QCOMPARE(test::count(db, QStringLiteral("SELECT count(*) FROM contact_attempts WHERE person_id = %1")
                                     .arg(anne)
                                     .toUtf8()
                                     .constData()),
                 2);

        // Moved and deceased change the status.
        ContactInput moved;
        moved.personId = people[1];
        moved.result = QStringLiteral("moved");
        moved.at = T0;
        QVERIFY(contacts.record(moved));
        QCOMPARE(personText(db, "status", people[1]), QStringLiteral("moved"));
        ContactInput deceased = moved;
        deceased.personId = people[2];
        deceased.result = QStringLiteral("deceased");
        QVERIFY(contacts.record(deceased));
        QCOMPARE(personText(db, "status", people[2]), QStringLiteral("deceased"));

        // A wrong number marks that phone bad, and only that one.
        const qint64 bob = people[3];
        const qint64 dialled = firstPhone(db, bob);
        const qint64 other = test::addPhone(db, bob, QStringLiteral("+33612345678"));
        ContactInput wrong;
        wrong.personId = bob;
        wrong.channel = QStringLiteral("phone");
        wrong.result = QStringLiteral("wrong_number");
        wrong.phoneId = dialled;
        wrong.at = T0;
        QVERIFY(contacts.record(wrong));
        QCOMPARE(test::count(db, QStringLiteral("SELECT bad FROM phones WHERE id = %1").arg(dialled).toUtf8().constData()),
                 1);
        QCOMPARE(test::count(db, QStringLiteral("SELECT bad FROM phones WHERE id = %1").arg(other).toUtf8().constData()),
                 0);
        // Disconnected without saying which number: the one a caller would dial next (the other).
        wrong.result = QStringLiteral("disconnected");
        wrong.phoneId = 0;
        QVERIFY(contacts.record(wrong));
        QCOMPARE(test::count(db, QStringLiteral("SELECT bad FROM phones WHERE id = %1").arg(other).toUtf8().constData()),
                 1);
        // ... and with no usable number left, it is refused.
        QVERIFY(!contacts.record(wrong));

        // Do not call closes the phone; a hostile refusal closes the door; nothing else.
        ContactInput dnc;
        dnc.personId = people[4];
        dnc.channel = QStringLiteral("phone");
        dnc.result = QStringLiteral("do_not_call");
        QVERIFY(contacts.record(dnc));
        auto state = contacts.storedState(people[4]);
        QVERIFY(state);
        QCOMPARE(state->doNotContact, (QSet<QString>{QStringLiteral("phone")}));
        ContactInput hostile;
        hostile.personId = people[5];
        hostile.result = QStringLiteral("H"); // a key letter is for typing; records take code ids
        QVERIFY(!contacts.record(hostile));
        hostile.result = QStringLiteral("hostile");
        QVERIFY(contacts.record(hostile));
        QCOMPARE(contacts.storedState(people[5])->doNotContact, (QSet<QString>{QStringLiteral("door")}));
        QCOMPARE(personText(db, "status", people[5]), QStringLiteral("active"));
    }

    void refusesBadInput()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 50, false);
        Repository repo(db, QStringLiteral("Camille"));
        ContactService contacts(db, repo);
        const auto people = test::peopleInWalkOrder(db, 3);
        QVERIFY(contacts.codes().find(u"door", u"canvassed"));
        const qint64 before = test::count(db, "SELECT count(*) FROM outbox");

        ContactInput input;
        input.personId = people[0];
        QVERIFY(!contacts.record(input)); // no result, no answers
        input.result = QStringLiteral("frobnicated");
        QCOMPARE(contacts.record(input).error().code, QStringLiteral("canvass.input"));
        input.result = QStringLiteral("canvassed");
        input.support = 7;
        QVERIFY(!contacts.record(input));
        input.support.reset();
        input.channel = QStringLiteral("pigeon");
        QVERIFY(!contacts.record(input));
        input.channel = QStringLiteral("door");
        input.personId = 999999;
        QVERIFY(!contacts.record(input));
        // A door alone takes door results, not a person's.
        input.personId = 0;
        input.householdId = test::householdOf(db, people[0]);
        input.result = QStringLiteral("moved");
        QVERIFY(!contacts.record(input));
        input.result = QStringLiteral("call_back");
        QVERIFY(!contacts.record(input)); // a phone code on the door channel
        // Call-back times go with call backs only.
        input.personId = people[0];
        input.result = QStringLiteral("canvassed");
        input.callbackAt = T0;
        QVERIFY(!contacts.record(input));
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts"), 0);
        QCOMPARE(test::count(db, "SELECT count(*) FROM outbox"), before);

        // The household alone: not home, recorded for the door.
        input.personId = 0;
        input.callbackAt = 0;
        input.result = QStringLiteral("not_home");
        QVERIFY(contacts.record(input));
        QCOMPARE(test::count(db, "SELECT count(*) FROM contact_attempts WHERE person_id IS NULL"), 1);
    }

    void stateIsDerivableFromHistory()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        test::makeDemo(db, 400);
        Repository repo(db, QStringLiteral("Karim"));
        ContactService contacts(db, repo);
        const auto people = test::peopleInWalkOrder(db, 12, true, true);
        QVERIFY(people.size() >= 8);
        for (qint64 person : people)
            QVERIFY(test::addPhone(db, person, QStringLiteral("+3361%1").arg(person, 7, 10, QLatin1Char('0'))) > 0);

        QRandomGenerator random(2026);
        const QList<ResultCode> door = contacts.codes().forChannel(u"door");
        const QList<ResultCode> phone = contacts.codes().forChannel(u"phone");
        int recorded = 0;
        for (int i = 0; i < 400; ++i) {
            ContactInput input;
            input.personId = people[random.bounded(int(people.size()))];
            const bool byPhone = random.bounded(2) == 1;
            input.channel = byPhone ? QStringLiteral("phone") : QStringLiteral("door");
            const QList<ResultCode>& codes = byPhone ? phone : door;
            input.result = codes[random.bounded(int(codes.size()))].code;
            if (random.bounded(3) == 0)
                input.support = 1 + random.bounded(5);
            // Out of order on purpose: paper lists are entered days after the walk.
            input.at = T0 + qint64(random.bounded(24 * 14)) * Hour;
            if (byPhone) {
                Statement phones = db.prepare("SELECT id FROM phones WHERE person_id = ? AND deleted = 0");
                phones.bind(1, input.personId);
                QList<qint64> ids;
                while (phones.step())
                    ids << phones.int64(0);
                input.phoneId = ids[random.bounded(int(ids.size()))];
            }
            if (input.result == u"call_back")
                input.callbackAt = input.at + 24 * Hour;
            if (contacts.record(input))
                ++recorded;
        }
        QVERIFY(recorded > 350);
        for (qint64 person : people) {
            auto derived = contacts.stateFromHistory(person);
            auto stored = contacts.storedState(person);
            QVERIFY(derived && stored);
            QVERIFY2(*derived == *stored, qPrintable(derived->toString() + QStringLiteral(" vs ") + stored->toString()));
        }
        // The history did decide things (the comparison is not between two defaults).
        QVERIFY(test::count(db, "SELECT count(*) FROM people WHERE status <> 'active'") > 0);
        QVERIFY(test::count(db, "SELECT count(*) FROM phones WHERE bad = 1") > 0);
        QVERIFY(test::count(db, "SELECT count(*) FROM people WHERE dnc_door = 1 OR dnc_phone = 1") > 0);
        // A hand edit is what the history does not explain: the comparison notices it.
        QVERIFY(repo.update("people", people[0], {{QStringLiteral("support"), 3}, {QStringLiteral("status"),
                                                                                   QStringLiteral("left")}}));
        QVERIFY(!(*contacts.stateFromHistory(people[0]) == *contacts.storedState(people[0])));
    }
};

QTEST_GUILESS_MAIN(TestContactService)
#include "tst_contactservice.moc"
