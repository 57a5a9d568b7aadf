// The canvass pages: typing a returned walk list in the paper-entry grid (keys, undo, the
// stored attempts and their effects, the list marked entered), a results file, the phone
// bank driven by keys (attempts, a wrong number marked bad, recycling, progress), and the
// progress page's figures, flags and chart.
#include "uitestsupport.h"

#include "canvass/callscripts.h"
#include "canvass/contactservice.h"
#include "canvass/entrysession.h"
#include "lists/listservice.h"
#include "storage/statement.h"
#include "sync/repository.h"
#include "ui/campaignsession.h"
#include "ui/canvass/canvassstatsmodel.h"
#include "ui/canvass/entrygridmodel.h"
#include "ui/canvass/entrypage.h"
#include "ui/canvass/phonebankpage.h"
#include "ui/canvass/progresspage.h"
#include "ui/canvass/surveyform.h"
#include "ui/errorbanner.h"

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

using namespace terrain;

namespace {

struct Attempt
{
    qint64 person = 0;
    qint64 household = 0;
    QString result;
    std::optional<int> support;
    QString volunteer;
    qint64 phone = 0;
    qint64 callbackAt = 0;
};

QList<Attempt> attemptsOf(Database& db, qint64 listId)
{
    QList<Attempt> out;
    Statement st = db.prepare("SELECT coalesce(person_id, 0), coalesce(household_id, 0), result, support, volunteer,"
                              " coalesce(phone_id, 0), coalesce(callback_at, 0) FROM contact_attempts"
                              " WHERE list_id = ? AND deleted = 0 ORDER BY id");
    st.bind(1, listId);
    while (st.step()) {
        Attempt a;
        a.person = st.int64(0);
        a.household = st.int64(1);
        a.result = st.text(2);
        if (!st.isNull(3))
            a.support = st.integer(3);
        a.volunteer = st.text(4);
        a.phone = st.int64(5);
        a.callbackAt = st.int64(6);
        out << a;
    }
    return out;
}

QString textOf(Database& db, const char* sql, qint64 id)
{
    Statement st = db.prepare(sql);
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

} // namespace

class TestCanvassPages : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;
    test::ScriptedDialogs m_dialogs;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    template <typename T>
    T* find(const char* name)
    {
        T* widget = m_fixture.window().findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    void test(QAbstractItemModel* model)
    {
        m_testers.push_back(
            std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    Database& db() { return m_fixture.window().session()->db(); }

    // Walk lists of the whole demo commune, small turfs; the first one.
    ListSummary walkList()
    {
        ListService lists(db(), QStringLiteral("coordinator"));
        Segment everyone;
        everyone.name = QStringLiteral("Everyone");
        WalkListOptions options;
        options.targetDoors = 8;
        auto made = lists.createWalkLists(everyone, options);
        if (!made || made->isEmpty())
            qFatal("cannot make the walk lists: %s", made ? "none" : qPrintable(made.error().toString()));
        // The longest turf: some streets are short.
        return *std::max_element(made->cbegin(), made->cend(),
                                 [](const ListSummary& a, const ListSummary& b) { return a.doors < b.doors; });
    }

    ListSummary callList(int entries)
    {
        ListService lists(db(), QStringLiteral("coordinator"));
        Segment everyone;
        everyone.name = QStringLiteral("Everyone");
        CallListOptions options;
        options.maxEntries = entries;
        auto made = lists.createCallLists(everyone, options);
        if (!made || made->isEmpty())
            qFatal("cannot make the call lists: %s", made ? "none" : qPrintable(made.error().toString()));
        return made->front();
    }

    QChar phoneKey(const QString& code)
    {
        for (const ResultCode& c : m_fixture.window().phoneBankPage()->queue()->outcomes()) {
            if (c.code == code)
                return c.key.toLower();
        }
        return QChar(u'?');
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }

    void init()
    {
        m_fixture.openWindow();
        m_dialogs = test::ScriptedDialogs();
        m_fixture.window().dialogs().setHandler(m_dialogs.handler());
    }

    void cleanup()
    {
        m_testers.clear();
        m_fixture.closeWindow();
    }

    void entryGridTypesAListDoorByDoor()
    {
        const ListSummary list = walkList();
        QVERIFY(ListService(db()).assign(list.id, QStringLiteral("Camille")));
        m_fixture.window().showPage(QStringLiteral("entryPage"));
        EntryPage* page = m_fixture.window().entryPage();
        test(page->model());
        auto* code = find<QLineEdit>("entryCode");
        QCOMPARE(m_fixture.window().focusWidget(), code); // a scan needs no click first
        // A scanner types the QR payload, then Enter.
        QTest::keyClicks(code, QStringLiteral("terrain:list:") + list.code.toLower());
        QTest::keyClick(code, Qt::Key_Return);
        QVERIFY(page->entrySession());
        QCOMPARE(page->entrySession()->listId(), list.id);
        EntryGridModel* model = page->model();
        const QList<EntryDoor> doors = page->entrySession()->doors();
        QVERIFY(doors.size() >= 5);
        int people = 0;
        for (const EntryDoor& d : doors)
            people += int(d.people.size());
        QCOMPARE(model->rowCount(), int(doors.size()) + people);
        QVERIFY(model->isDoorRow(0));
        QCOMPARE(model->currentRow(), 1);
        QVERIFY(model->index(1, 0).data(EntryGridModel::CurrentRole).toBool());
        const QString legend = find<QLabel>("entryLegend")->text();
        QVERIFY(legend.contains(QStringLiteral("Not home")));
        QVERIFY(legend.contains(QStringLiteral("Strong support")));
        QVERIFY(legend.contains(QStringLiteral("Tab")));

        auto* grid = find<QTableView>("entryGrid");
        QCOMPARE(m_fixture.window().focusWidget(), grid); // ready for the keys
        // Door 1: not home, for the whole door.
        QTest::keyClick(grid, 'n');
        QCOMPARE(model->index(1, EntryGridModel::ResultColumn).data().toString(), QStringLiteral("N · Not home"));
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(model->currentRow(), model->rowOf(1, 0));
        // Door 2: the first person gives support 2 (canvassed).
        QTest::keyClick(grid, '2');
        QCOMPARE(model->index(model->rowOf(1, 0), EntryGridModel::AnswersColumn).data().toString(),
                 QStringLiteral("2 · Leaning support"));
        QCOMPARE(model->index(model->rowOf(1, 0), EntryGridModel::ResultColumn).data().toString(),
                 QStringLiteral("Canvassed"));
        QTest::keyClick(grid, Qt::Key_Return);
        // Door 3: moved. A wrong letter first is refused and said, nothing changes.
        QTest::keyClick(grid, 'q');
        QVERIFY(page->findChild<ErrorBanner*>()->isVisible());
        QVERIFY(page->findChild<ErrorBanner*>()->text().contains(QStringLiteral("Q")));
        QTest::keyClick(grid, 'm');
        QVERIFY(!page->findChild<ErrorBanner*>()->isVisible());
        QTest::keyClick(grid, Qt::Key_Return);
        // Door 4: refused, then Backspace, then not home; a 3 taken back with Ctrl+Z.
        QTest::keyClick(grid, 'r');
        QTest::keyClick(grid, Qt::Key_Backspace);
        QVERIFY(model->index(model->rowOf(3, 0), EntryGridModel::ResultColumn).data().toString().isEmpty());
        QTest::keyClick(grid, 'n');
        QTest::keyClick(grid, '3');
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(model->index(model->rowOf(3, 0), EntryGridModel::AnswersColumn).data().toString().isEmpty());
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(page->entrySession()->keystrokes(), 8); // n⏎ 2⏎ m⏎ n⏎: two keys a door
        QVERIFY(find<QLabel>("entryCounts")->text().contains(QStringLiteral("Doors done: 4 / %1").arg(doors.size())));
        QVERIFY(find<QLabel>("entryCounts")->text().contains(QStringLiteral("2.0 keys a door")));

        // Finish: the list has doors left, so the page asks first.
        QTest::mouseClick(find<QPushButton>("entryFinish"), Qt::LeftButton);
        QCOMPARE(m_dialogs.seen.size(), 1);
        QCOMPARE(m_dialogs.seen.first().kind, DialogHelper::Kind::Question);
        QVERIFY(!page->entrySession());
        QVERIFY(page->findChild<ErrorBanner*>()->text().contains(QStringLiteral("entered")));

        auto reader = m_fixture.reader();
        const QList<Attempt> attempts = attemptsOf(*reader, list.id);
        QCOMPARE(attempts.size(), 4);
        QCOMPARE(attempts[0].person, 0); // the door, not one person
        QCOMPARE(attempts[0].household, doors[0].householdId);
        QCOMPARE(attempts[0].result, QStringLiteral("not_home"));
        QCOMPARE(attempts[1].person, doors[1].people[0].personId);
        QCOMPARE(attempts[1].result, QStringLiteral("canvassed"));
        QCOMPARE(attempts[1].support, std::optional<int>(2));
        QCOMPARE(attempts[2].result, QStringLiteral("moved"));
        QCOMPARE(attempts[3].result, QStringLiteral("not_home"));
        QCOMPARE(attempts[1].volunteer, QStringLiteral("Camille")); // who walked, not who typed
        QCOMPARE(textOf(*reader, "SELECT support FROM people WHERE id = ?", doors[1].people[0].personId),
                 QStringLiteral("2"));
        QCOMPARE(textOf(*reader, "SELECT status FROM people WHERE id = ?", doors[2].people[0].personId),
                 QStringLiteral("moved"));
        QCOMPARE(textOf(*reader, "SELECT status FROM lists WHERE id = ?", list.id), QStringLiteral("entered"));

        // Opening it again asks, and shows the stored doors read-only.
        QTest::keyClicks(code, list.code);
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(m_dialogs.seen.size(), 2);
        QVERIFY(page->entrySession());
        QVERIFY(page->entrySession()->doors()[0].written);
        QCOMPARE(page->entrySession()->currentDoor(), 4);
    }

    void leavingThePageStoresTheTypedDoors()
    {
        const ListSummary list = walkList();
        m_fixture.window().showPage(QStringLiteral("entryPage"));
        EntryPage* page = m_fixture.window().entryPage();
        QVERIFY(page->openList(list.code));
        auto* grid = find<QTableView>("entryGrid");
        QTest::keyClick(grid, 'n');
        QTest::keyClick(grid, Qt::Key_Return);
        // Still in the undo window: nothing stored yet.
        QCOMPARE(attemptsOf(*m_fixture.reader(), list.id).size(), 0);
        m_fixture.window().showPage(QStringLiteral("peoplePage"));
        QCOMPARE(attemptsOf(*m_fixture.reader(), list.id).size(), 1);
        // Stored is not entered: the list is finished only with Finish.
        QVERIFY(textOf(*m_fixture.reader(), "SELECT status FROM lists WHERE id = ?", list.id) != u"entered");
    }

    void resultsFileFillsTheGrid()
    {
        const ListSummary list = walkList();
        m_fixture.window().showPage(QStringLiteral("entryPage"));
        EntryPage* page = m_fixture.window().entryPage();
        QVERIFY(page->openList(list.code));
        const QString path = m_fixture.dir() + QStringLiteral("/results.csv");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("door,person,result,answers\n1,,N,\n2,1,,1\n");
        file.close();
        m_dialogs.file = path;
        QTest::mouseClick(find<QPushButton>("entryImport"), Qt::LeftButton);
        QVERIFY2(page->findChild<ErrorBanner*>()->level() == ErrorBanner::Level::Info,
                 qPrintable(page->findChild<ErrorBanner*>()->text()));
        EntryGridModel* model = page->model();
        QCOMPARE(model->index(1, EntryGridModel::ResultColumn).data().toString(), QStringLiteral("N · Not home"));
        QCOMPARE(model->index(model->rowOf(1, 0), EntryGridModel::AnswersColumn).data().toString(),
                 QStringLiteral("1 · Strong support"));
        QVERIFY(page->findChild<ErrorBanner*>()->text().contains(QStringLiteral("2 row")));

        // A bad file names its line, and changes nothing.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("door,person,result,answers\n3,,Z,\n");
        file.close();
        QTest::mouseClick(find<QPushButton>("entryImport"), Qt::LeftButton);
        QCOMPARE(page->findChild<ErrorBanner*>()->level(), ErrorBanner::Level::Error);
        QVERIFY(page->findChild<ErrorBanner*>()->text().contains(QStringLiteral("Z")));
        QVERIFY(model->index(model->rowOf(2, 0), EntryGridModel::ResultColumn).data().toString().isEmpty());
        // The first file's doors are still there.
        QVERIFY(page->entrySession()->doors()[0].written);

        QVERIFY(page->finishList());
        QCOMPARE(attemptsOf(*m_fixture.reader(), list.id).size(), 2);
    }

    void phoneBankByKeys()
    {
        const ListSummary list = callList(6);
        m_fixture.window().showPage(QStringLiteral("phoneBankPage"));
        PhoneBankPage* page = m_fixture.window().phoneBankPage();
        qint64 now = QDateTime(QDate(2026, 3, 10), QTime(18, 0)).toMSecsSinceEpoch();
        page->setClock([&now] { return now; });
        page->reloadLists();
        auto* combo = find<QComboBox>("callListCombo");
        QTRY_VERIFY(combo->findData(list.code) > 0);
        combo->setFocus();
        combo->setCurrentIndex(combo->findData(list.code) - 1);
        QTest::keyClick(combo, Qt::Key_Down);
        QVERIFY(page->queue());
        QCOMPARE(page->queue()->listId(), list.id);
        QVERIFY(page->current());
        auto* progress = find<QLabel>("callProgress");
        QVERIFY2(progress->text().startsWith(QStringLiteral("Done 0 / ")), qPrintable(progress->text()));
        QVERIFY(find<QLabel>("callScript")->text().contains(page->current()->firstName));
        QVERIFY(!find<QLabel>("callScript")->text().contains(QStringLiteral("{prenom}")));
        QVERIFY(find<QPushButton>("outcome_no_answer")->text().startsWith(QStringLiteral("N")));

        // No answer: recorded, and someone else comes.
        const CallTarget first = *page->current();
        QTest::keyClick(page, phoneKey(QStringLiteral("no_answer")).toLatin1());
        QList<Attempt> attempts = attemptsOf(*m_fixture.reader(), list.id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts[0].person, first.personId);
        QCOMPARE(attempts[0].result, QStringLiteral("no_answer"));
        QCOMPARE(attempts[0].volunteer, m_fixture.window().session()->author());
        QVERIFY(page->current());
        QVERIFY(page->current()->personId != first.personId);

        // Wrong number: that phone is marked bad, never shown again.
        const CallTarget second = *page->current();
        QVERIFY(!second.phones.isEmpty());
        const qint64 badPhone = second.phones.first().id;
        QTest::keyClick(page, phoneKey(QStringLiteral("wrong_number")).toLatin1());
        QCOMPARE(textOf(*m_fixture.reader(), "SELECT bad FROM phones WHERE id = ?", badPhone), QStringLiteral("1"));
        QVERIFY(page->current());
        for (const CallPhone& p : page->current()->phones)
            QVERIFY(p.id != badPhone);

        // Answered, with support 1 typed as a digit.
        const CallTarget third = *page->current();
        QTest::keyClick(page, '1');
        QCOMPARE(page->surveyForm()->answers().value(QStringLiteral("support")).toInt(), 1);
        QTest::keyClick(page, phoneKey(QStringLiteral("answered")).toLatin1());
        QCOMPARE(textOf(*m_fixture.reader(), "SELECT support FROM people WHERE id = ?", third.personId),
                 QStringLiteral("1"));
        QVERIFY(page->surveyForm()->answers().isEmpty());

        // Call back tomorrow: needs a time to come.
        QVERIFY(page->current());
        const CallTarget fourth = *page->current();
        auto* callback = find<QDateTimeEdit>("callbackAt");
        callback->setDateTime(QDateTime::fromMSecsSinceEpoch(now - 60'000));
        QTest::keyClick(page, phoneKey(QStringLiteral("call_back")).toLatin1());
        QCOMPARE(page->current()->personId, fourth.personId); // refused: still this person
        const qint64 tomorrow = now + 24 * 3'600'000;
        callback->setDateTime(QDateTime::fromMSecsSinceEpoch(tomorrow));
        page->setFocus();
        QTest::keyClick(page, phoneKey(QStringLiteral("call_back")).toLatin1());
        attempts = attemptsOf(*m_fixture.reader(), list.id);
        QCOMPARE(attempts.last().result, QStringLiteral("call_back"));
        QCOMPARE(attempts.last().callbackAt, tomorrow / 1000 * 1000);

        // Everyone else answers; the no-answer does not come back yet.
        int guard = 0;
        while (page->current() && ++guard < 20) {
            QVERIFY(page->current()->personId != first.personId);
            QVERIFY(page->current()->personId != fourth.personId);
            QTest::keyClick(page, phoneKey(QStringLiteral("answered")).toLatin1());
        }
        QVERIFY(!page->current());
        QCOMPARE(find<QLabel>("callName")->text(), QStringLiteral("Nobody to call right now"));
        QVERIFY2(progress->text().contains(QStringLiteral("to call 2 (0 now, 2 later)")), qPrintable(progress->text()));

        // Three hours later the no-answer is back for anyone.
        now += 3 * 3'600'000;
        QTest::mouseClick(find<QPushButton>("nextCall"), Qt::LeftButton);
        QVERIFY(page->current());
        QCOMPARE(page->current()->personId, first.personId);
        QVERIFY2(progress->text().contains(QStringLiteral("(1 now, 1 later)")), qPrintable(progress->text()));
    }

    // A household's landline is one entry: both people on it, switched with Ctrl+Down; the
    // answers go to the one on the line, and the number comes straight back for the other.
    // The script edited on the page is stored for the list and previewed for the person.
    void phoneBankSharedNumberAndScript()
    {
        qint64 first = 0, second = 0;
        {
            // Scoped: a statement left open keeps its read snapshot, and the page's writes
            // on this connection would then fail as "database is locked".
            Statement pair = db().prepare("SELECT min(p.id), max(p.id) FROM people p WHERE p.deleted = 0"
                                          " AND p.status = 'active' AND p.dnc_phone = 0 AND p.household_id IS NOT NULL"
                                          " GROUP BY p.household_id HAVING count(*) = 2 LIMIT 1");
            QVERIFY(pair.step());
            first = pair.int64(0);
            second = pair.int64(1);
        }
        Repository repo(db(), QStringLiteral("coordinator"));
        auto list = repo.insert("lists", {{QStringLiteral("kind"), QStringLiteral("call")},
                                          {QStringLiteral("name"), QStringLiteral("Foyers")},
                                          {QStringLiteral("code"), QStringLiteral("CL-FOY")},
                                          {QStringLiteral("status"), QStringLiteral("new")},
                                          {QStringLiteral("created_at"), qint64(1)}});
        QVERIFY(list);
        for (qint64 person : {first, second}) {
            auto phone = repo.insert("phones", {{QStringLiteral("person_id"), person},
                                                {QStringLiteral("e164"), QStringLiteral("+33241999999")},
                                                {QStringLiteral("raw"), QStringLiteral("02 41 99 99 99")},
                                                {QStringLiteral("type"), QStringLiteral("landline")},
                                                {QStringLiteral("bad"), qint64(0)}});
            QVERIFY(phone);
            QVERIFY(repo.insert("list_members", {{QStringLiteral("list_id"), *list},
                                                 {QStringLiteral("person_id"), person},
                                                 {QStringLiteral("rank"), 1},
                                                 {QStringLiteral("present"), 1},
                                                 {QStringLiteral("phone_id"), *phone}}));
        }
        m_fixture.window().showPage(QStringLiteral("phoneBankPage"));
        PhoneBankPage* page = m_fixture.window().phoneBankPage();
        qint64 now = QDateTime(QDate(2026, 3, 12), QTime(18, 0)).toMSecsSinceEpoch();
        page->setClock([&now] { return now; });
        QVERIFY(page->openList(QStringLiteral("CL-FOY")));
        QVERIFY(page->current());
        QCOMPARE(page->current()->personId, first);
        QCOMPARE(page->findChildren<QToolButton*>(QStringLiteral("callMember")).size(), 2);
        QVERIFY2(find<QLabel>("callProgress")->text().startsWith(QStringLiteral("Done 0 / 1")),
                 qPrintable(find<QLabel>("callProgress")->text()));

        QTest::keyClick(page, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(page->current()->personId, second);
        QVERIFY(find<QLabel>("callScript")->text().contains(page->current()->firstName));
        QTest::keyClick(page, '2');
        QTest::keyClick(page, phoneKey(QStringLiteral("answered")).toLatin1());
        QCOMPARE(textOf(*m_fixture.reader(), "SELECT support FROM people WHERE id = ?", second), QStringLiteral("2"));
        QList<Attempt> attempts = attemptsOf(*m_fixture.reader(), *list);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts[0].person, second);
        QVERIFY(page->current());
        QCOMPARE(page->current()->personId, first); // same number, still on the line
        QVERIFY(page->current()->callBack);

        // The script: edited on the page, stored for this list, previewed for the person.
        QTest::mouseClick(find<QToolButton>("editScript"), Qt::LeftButton);
        auto* edit = find<QPlainTextEdit>("callScriptTemplate");
        QVERIFY(edit->isVisible());
        edit->setPlainText(QStringLiteral("Bonsoir {prenom} {nom} !"));
        QCOMPARE(find<QLabel>("callScript")->text(),
                 QStringLiteral("Bonsoir %1 %2 !").arg(page->current()->firstName, page->current()->lastName));
        QTest::mouseClick(find<QPushButton>("saveListScript"), Qt::LeftButton);
        QCOMPARE(*CallScripts::scriptFor(*m_fixture.reader(), *list), QStringLiteral("Bonsoir {prenom} {nom} !"));
        QCOMPARE(*CallScripts::campaignScript(*m_fixture.reader()), CallScripts::defaultText());
        QVERIFY(page->openList(QStringLiteral("CL-FOY")));
        QCOMPARE(edit->toPlainText(), QStringLiteral("Bonsoir {prenom} {nom} !"));
        QCOMPARE(find<QLabel>("scriptSource")->text(), QStringLiteral("This list's own script."));
    }

    void progressPageShowsFiguresAndFlags()
    {
        const ListSummary list = walkList();
        // 25 doors by one volunteer, every one of them reached: a rate nobody gets.
        {
            Repository repo(db(), QStringLiteral("coordinator"));
            ContactService contacts(db(), repo);
            Statement st = db().prepare("SELECT min(id) FROM people WHERE deleted = 0 AND status = 'active'"
                                        " GROUP BY household_id ORDER BY 1 LIMIT 25");
            QList<qint64> people;
            while (st.step())
                people << st.int64(0);
            QCOMPARE(people.size(), 25);
            const qint64 start = QDateTime(QDate::currentDate(), QTime(0, 5)).toMSecsSinceEpoch();
            for (int i = 0; i < people.size(); ++i) {
                ContactInput input;
                input.personId = people[i];
                input.channel = QStringLiteral("door");
                input.answers.insert(QStringLiteral("support"), i < 10 ? 1 : 3);
                input.volunteer = QStringLiteral("Zoé Exemple");
                input.listId = list.id;
                input.at = start + i * 300'000;
                auto recorded = contacts.record(input);
                QVERIFY2(recorded, recorded ? "" : qPrintable(recorded.error().toString()));
            }
        }
        m_fixture.window().showPage(QStringLiteral("progressPage"));
        ProgressPage* page = m_fixture.window().progressPage();
        test(page->byList());
        test(page->byVolunteer());
        test(page->byDay());
        QTRY_VERIFY(!page->isLoading() && page->byList()->rowCount() > 0);

        const auto rowOf = [](CanvassStatsModel* model, const QString& key) {
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->figures()[row].key == key)
                    return row;
            }
            return -1;
        };
        const int listRow = rowOf(page->byList(), list.code);
        QVERIFY(listRow >= 0);
        QCOMPARE(page->byList()->index(listRow, CanvassStatsModel::KnockedColumn).data().toString(),
                 QStringLiteral("25"));
        QCOMPARE(page->byList()->index(listRow, CanvassStatsModel::RateColumn).data().toString(),
                 QStringLiteral("100 %"));
        QCOMPARE(page->byList()->index(listRow, CanvassStatsModel::SupportersColumn).data(CanvassStatsModel::SortRole),
                 QVariant(10));
        const int volunteerRow = rowOf(page->byVolunteer(), QStringLiteral("Zoé Exemple"));
        QVERIFY(volunteerRow >= 0);
        const QModelIndex volunteer = page->byVolunteer()->index(volunteerRow, 0);
        QVERIFY(volunteer.data(CanvassStatsModel::FlaggedRole).toBool());
        QVERIFY(volunteer.data(Qt::BackgroundRole).isValid());
        QVERIFY(!volunteer.data(Qt::ToolTipRole).toString().isEmpty());
        auto* flags = find<QListWidget>("statsFlags");
        bool listed = false;
        for (int i = 0; i < flags->count(); ++i)
            listed = listed || flags->item(i)->data(Qt::UserRole).toString() == QStringLiteral("Zoé Exemple");
        QVERIFY(listed);
        QVERIFY(page->byDay()->rowCount() >= 1);
        QVERIFY(find<QLabel>("statsTotal")->text().contains(QStringLiteral("doors knocked")));

        // The chart: one bar set of doors knocked, today's bar holding at least these 25 doors.
        QCOMPARE(page->chart()->series().size(), 1);
        auto* series = qobject_cast<QBarSeries*>(page->chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 2);
        QBarSet* knocked = series->barSets().first();
        QVERIFY(knocked->count() >= 1);
        QVERIFY(knocked->at(knocked->count() - 1) >= 25);

        // The phone bank's figures are another table.
        find<QComboBox>("statsChannel")->setCurrentIndex(1);
        QTRY_VERIFY(!page->isLoading());
        QCOMPARE(page->byList()->headerData(CanvassStatsModel::KnockedColumn, Qt::Horizontal).toString(),
                 QStringLiteral("People called"));
        QCOMPARE(rowOf(page->byList(), list.code), -1);
    }
};

QTEST_MAIN(TestCanvassPages)
#include "tst_canvasspages.moc"
