// The Election day page: marking voters from the keyboard (keystrokes per mark), duplicates,
// undo, the live dashboard and official turnout, "the key" (chase lists equal to
// ChaseList::build), the SMS file, and the purge of signature-list marks.
#include "uitestsupport.h"

#include "gotv/chaselist.h"
#include "gotv/electionservice.h"
#include "storage/statement.h"
#include "ui/campaignsession.h"
#include "ui/canvass/phonebankpage.h"
#include "ui/gotv/dashboardpanel.h"
#include "ui/gotv/bureaufiguresmodel.h"
#include "ui/gotv/bureausettingspanel.h"
#include "ui/gotv/electiondaypage.h"
#include "ui/gotv/markingpanel.h"
#include "ui/gotv/proxiespanel.h"
#include "ui/gotv/recentmarksmodel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>
#include <QToolButton>

#include <algorithm>

using namespace terrain;

namespace {

struct Voted
{
    QString bureau;
    qint64 number = 0;
    qint64 personId = 0;
};

} // namespace

class TestElectionDay : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;
    test::ScriptedDialogs m_dialogs;
    std::unique_ptr<QAbstractItemModelTester> m_figuresTester;
    std::unique_ptr<QAbstractItemModelTester> m_marksTester;

    ElectionDayPage* page() { return m_fixture.window().electionDayPage(); }
    QLineEdit* input() { return page()->findChild<QLineEdit*>(QStringLiteral("markInput")); }
    QString feedback() { return page()->findChild<QLabel*>(QStringLiteral("markFeedback"))->text(); }

    qint64 scalar(const QString& sql)
    {
        auto db = m_fixture.reader();
        Statement st = db->prepare(sql);
        return st.step() ? st.int64(0) : -1;
    }

    qint64 liveMarks(const QString& source = {})
    {
        return scalar(QStringLiteral("SELECT count(*) FROM vote_marks WHERE deleted = 0 AND election_id = %1%2")
                          .arg(page()->electionId())
                          .arg(source.isEmpty() ? QString() : QStringLiteral(" AND source = '%1'").arg(source)));
    }

    // Active voters of a bureau (supporters only when asked), in numéro d'ordre order.
    QList<Voted> voters(bool supporters, int limit)
    {
        auto db = m_fixture.reader();
        Statement st = db->prepare(QStringLiteral(
            "SELECT d.code, p.list_number, p.id FROM people p JOIN districts d ON d.id = p.district_id"
            " WHERE p.status = 'active' AND p.list_number IS NOT NULL %1 ORDER BY d.code, p.list_number LIMIT %2")
                                       .arg(supporters ? QStringLiteral("AND p.support IN (1, 2)") : QString())
                                       .arg(limit));
        QList<Voted> out;
        while (st.step())
            out << Voted { st.text(0), st.int64(1), st.int64(2) };
        return out;
    }

    // Types a mark as a user does; returns the keystrokes it took (Enter included).
    int typeMark(const QString& text)
    {
        input()->setFocus();
        test::typeText(input(), text);
        QTest::keyClick(input(), Qt::Key_Return);
        return int(text.size()) + 1;
    }

    const BureauFigures* figuresOf(qint64 districtId) { return page()->figuresModel()->figuresOf(districtId); }

    qint64 bureauId(const QString& code)
    {
        return scalar(QStringLiteral("SELECT id FROM districts WHERE kind = 'bureau' AND code = '%1'").arg(code));
    }

    bool waitRefresh()
    {
        QSignalSpy spy(page(), &ElectionDayPage::dashboardRefreshed);
        page()->refreshDashboard();
        return spy.wait(10000);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }

    void init()
    {
        m_dialogs = test::ScriptedDialogs();
        m_dialogs.driveDialog = [](QDialog& dialog) {
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("electionName"));
            if (!name)
                return false;
            name->setText(QStringLiteral("Municipales"));
            return true;
        };
        m_fixture.openWindow();
        m_fixture.window().dialogs().setHandler(m_dialogs.handler());
        m_fixture.window().showPage(QStringLiteral("electionDayPage"));
        QVERIFY(page());
        QCOMPARE(page()->electionId(), 0);
        QVERIFY(!page()->findChild<QTabWidget*>(QStringLiteral("electionTabs"))->isEnabled());
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("newElection")), Qt::LeftButton);
        QVERIFY(page()->electionId() > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM elections WHERE name = 'Municipales'")), 1);
        QVERIFY(page()->findChild<QTabWidget*>(QStringLiteral("electionTabs"))->isEnabled());
        m_figuresTester = std::make_unique<QAbstractItemModelTester>(
            page()->figuresModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_marksTester = std::make_unique<QAbstractItemModelTester>(
            page()->marksModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(page()->figuresModel()->rowCount() >= 4);
    }

    void cleanup()
    {
        m_figuresTester.reset();
        m_marksTester.reset();
        m_fixture.closeWindow();
    }

    void marksFromTheKeyboard()
    {
        page()->setSource(MarkSource::Delegate);
        const QList<Voted> people = voters(false, 5);
        QCOMPARE(people.size(), 5);
        QCOMPARE(people[0].bureau, people[4].bureau); // the first bureau has more than five voters
        // The first mark names the bureau; then the number alone is enough.
        const int first = typeMark(QStringLiteral("%1 %2").arg(people[0].bureau).arg(people[0].number));
        QVERIFY2(first <= 6, qPrintable(QString::number(first)));
        QVERIFY(input()->text().isEmpty()); // ready for the next
        for (int i = 1; i < people.size(); ++i) {
            const int keys = typeMark(QString::number(people[i].number));
            QVERIFY2(keys <= 4, qPrintable(QString::number(keys)));
            QVERIFY(input()->text().isEmpty());
        }
        QCOMPARE(liveMarks(), 5);
        QCOMPARE(liveMarks(QStringLiteral("delegate")), 5);
        // Newest on top, with its source and author.
        RecentMarksModel* marks = page()->marksModel();
        QCOMPARE(marks->rowCount(), 5);
        QCOMPARE(marks->mark(0).voter.personId, people[4].personId);
        QCOMPARE(
            marks->index(0, RecentMarksModel::SourceColumn).data().toString(), markSourceLabel(MarkSource::Delegate));
        QCOMPARE(
            marks->index(0, RecentMarksModel::AuthorColumn).data().toString(), m_fixture.window().session()->author());
        QVERIFY(feedback().contains(marks->mark(0).voter.name));

        // A number that does not exist: nothing written, the text kept to be corrected.
        typeMark(QStringLiteral("%1 99999").arg(people[0].bureau));
        QCOMPARE(liveMarks(), 5);
        QVERIFY(!input()->text().isEmpty());
        input()->clear();
    }

    void duplicateIsIgnored()
    {
        const QList<Voted> people = voters(false, 1);
        typeMark(QStringLiteral("%1 %2").arg(people[0].bureau).arg(people[0].number));
        QCOMPARE(liveMarks(), 1);
        page()->setSource(MarkSource::Phone);
        typeMark(QString::number(people[0].number));
        QCOMPARE(liveMarks(), 1);
        QCOMPARE(page()->marksModel()->rowCount(), 1);
        QVERIFY2(feedback().contains(QStringLiteral("already marked")), qPrintable(feedback()));
        QVERIFY(feedback().contains(m_fixture.window().session()->author()));
        QVERIFY(input()->text().isEmpty());
    }

    void undoTakesBackTheLastMark()
    {
        const QList<Voted> people = voters(false, 3);
        typeMark(QStringLiteral("%1 %2").arg(people[0].bureau).arg(people[0].number));
        typeMark(QString::number(people[1].number));
        typeMark(QString::number(people[2].number));
        QCOMPARE(liveMarks(), 3);
        QTest::keyClick(input(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(liveMarks(), 2);
        QCOMPARE(page()->marksModel()->rowCount(), 2);
        QCOMPARE(page()->marksModel()->mark(0).voter.personId, people[1].personId);
        // The undone person can be marked again.
        typeMark(QString::number(people[2].number));
        QCOMPARE(liveMarks(), 3);
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("undoMark")), Qt::LeftButton);
        QCOMPARE(liveMarks(), 2);
    }

    void searchByName()
    {
        const QList<Voted> people = voters(false, 1);
        auto db = m_fixture.reader();
        Statement st
            = db->prepare(QStringLiteral("SELECT coalesce(nullif(usage_name, ''), last_name) FROM people WHERE id = %1")
                              .arg(people[0].personId));
        QVERIFY(st.step());
        const QString name = st.text(0);
        auto* search = page()->findChild<QLineEdit*>(QStringLiteral("markSearch"));
        search->setFocus();
        test::typeText(search, name);
        auto* results = page()->findChild<QListWidget*>(QStringLiteral("markSearchResults"));
        QVERIFY(results->count() >= 1);
        // Walk to our person with the arrows, then Enter.
        int steps = 0;
        while (steps < results->count()) {
            if (results->currentItem()->text().contains(QStringLiteral("no. %1").arg(people[0].number))
                && results->currentItem()->text().contains(QStringLiteral("bureau %1").arg(people[0].bureau)))
                break;
            QTest::keyClick(search, Qt::Key_Down);
            ++steps;
        }
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(liveMarks(), 1);
        QCOMPARE(page()->marksModel()->mark(0).voter.personId, people[0].personId);
        QVERIFY(search->text().isEmpty());
    }

    void sourcePersists()
    {
        page()->setSource(MarkSource::Volunteer);
        ElectionDayPage again(*m_fixture.window().session(), m_fixture.window().dialogs(), m_fixture.settings());
        QCOMPARE(again.source(), MarkSource::Volunteer);
        QVERIFY(page()->findChild<QLabel*>(QStringLiteral("sourceWarning"))->isHidden());
        page()->setSource(MarkSource::SignatureList);
        QVERIFY(!page()->findChild<QLabel*>(QStringLiteral("sourceWarning"))->isHidden());
    }

    void dashboardFollowsTheMarks()
    {
        const QList<Voted> supporters = voters(true, 3);
        QCOMPARE(supporters.size(), 3);
        const qint64 bureau = bureauId(supporters[0].bureau);
        QVERIFY(waitRefresh());
        const BureauFigures before = *figuresOf(bureau);
        QVERIFY(before.toBringOut >= 3);
        typeMark(QStringLiteral("%1 %2").arg(supporters[0].bureau).arg(supporters[0].number));
        for (int i = 1; i < supporters.size(); ++i) {
            QCOMPARE(supporters[i].bureau, supporters[0].bureau);
            typeMark(QString::number(supporters[i].number));
        }
        // Refreshed by itself shortly after the marks.
        QTRY_COMPARE_WITH_TIMEOUT(figuresOf(bureau)->supportersVoted, before.supportersVoted + 3, 5000);
        QCOMPARE(figuresOf(bureau)->toBringOut, before.toBringOut - 3);
        QCOMPARE(figuresOf(bureau)->marked, before.marked + 3);
        // Sorted by what there is to gain.
        const auto& all = page()->figuresModel()->figures();
        QVERIFY(std::is_sorted(all.begin(), all.end(),
            [](const BureauFigures& a, const BureauFigures& b) { return a.toBringOut > b.toBringOut; }));
    }

    void officialTurnoutByHandAndFromCsv()
    {
        auto* grid = page()->findChild<QTableWidget*>(QStringLiteral("turnoutGrid"));
        QVERIFY(grid->rowCount() >= 4);
        QCOMPARE(grid->columnCount(), 3);
        const QString code = grid->verticalHeaderItem(0)->text();
        const qint64 bureau = bureauId(code);
        grid->item(0, 0)->setText(QStringLiteral("20"));
        auto reader = m_fixture.reader();
        ElectionService service(*reader);
        auto reports = service.turnoutReports(page()->electionId(), bureau);
        QVERIFY(reports);
        QCOMPARE(reports->size(), 1);
        QCOMPARE(reports->first().count, 20);
        QTRY_VERIFY(figuresOf(bureau) && figuresOf(bureau)->officialCount == 20);
        QVERIFY(figuresOf(bureau)->officialRate.has_value());
        QVERIFY(!page()->chart()->series().isEmpty());

        QFile csv(m_fixture.dir() + QStringLiteral("/turnout.csv"));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(QStringLiteral("bureau;heure;votants\n%1;17:00;35\n").arg(code).toUtf8());
        csv.close();
        m_dialogs.file = csv.fileName();
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("importTurnout")), Qt::LeftButton);
        QCOMPARE(grid->item(0, 1)->text(), QStringLiteral("35"));
        QTRY_VERIFY(figuresOf(bureau)->officialCount == 35);
        QCOMPARE(figuresOf(bureau)->officialTime, QTime(17, 0));
    }

    void theKeyMakesTheCallList()
    {
        QVERIFY(waitRefresh());
        const qint64 bureau = page()->figuresModel()->figures().first().districtId; // the most to gain
        page()->selectBureaux({ bureau });
        QCOMPARE(page()->selectedBureaux(), QList<qint64> { bureau });
        auto chaseDb = m_fixture.reader();
        auto expected = ChaseList(*chaseDb).build(page()->electionId(), { bureau }, ChaseChannel::Phone);
        QVERIFY(expected && !expected->isEmpty());

        QSignalSpy done(page(), &ElectionDayPage::chaseDone);
        QSignalSpy made(page(), &ElectionDayPage::listsMade);
        m_fixture.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_fixture.window())); // shortcuts go to the active window
        input()->setFocus();
        QTest::keyClick(input(), Qt::Key_R, Qt::ControlModifier); // the one key
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(made.size(), 1);
        QCOMPARE(page()->lastChaseLists().size(), 1);
        const qint64 list = page()->lastChaseLists().first();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM lists WHERE id = %1 AND kind = 'call'").arg(list)), 1);
        // The same people, each on the number the chase list chose.
        QSet<QString> want;
        for (const ChasePerson& p : std::as_const(*expected))
            want << QStringLiteral("%1:%2").arg(p.personId).arg(p.phoneId);
        QSet<QString> got;
        auto db = m_fixture.reader();
        Statement st = db->prepare(
            QStringLiteral("SELECT person_id, phone_id FROM list_members WHERE deleted = 0 AND list_id = %1")
                .arg(list));
        while (st.step())
            got << QStringLiteral("%1:%2").arg(st.int64(0)).arg(st.int64(1));
        QCOMPARE(got, want);

        // Printable.
        m_dialogs.file = m_fixture.dir() + QStringLiteral("/chase.pdf");
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("printChaseLists")), Qt::LeftButton);
        QVERIFY(QFileInfo(m_dialogs.file).size() > 1000);
    }

    void chaseAsWalkListsAndSms()
    {
        QVERIFY(waitRefresh());
        const QList<qint64> bureaux { page()->figuresModel()->figures().at(0).districtId,
            page()->figuresModel()->figures().at(1).districtId };
        page()->selectBureaux(bureaux);
        auto chaseDb = m_fixture.reader();
        auto doors = ChaseList(*chaseDb).build(page()->electionId(), bureaux, ChaseChannel::Door);
        QVERIFY(doors && !doors->isEmpty());
        QSignalSpy done(page(), &ElectionDayPage::chaseDone);
        page()->chase(ElectionDayPage::ChaseFormat::WalkLists);
        QVERIFY(done.wait(10000));
        QSet<qint64> want;
        for (const ChasePerson& p : std::as_const(*doors))
            want << p.personId;
        QSet<qint64> got;
        auto db = m_fixture.reader();
        for (qint64 list : page()->lastChaseLists()) {
            QCOMPARE(scalar(QStringLiteral("SELECT kind FROM lists WHERE id = %1").arg(list)) == -1, false);
            Statement st = db->prepare(QStringLiteral("SELECT person_id FROM list_members WHERE deleted = 0"
                                                      " AND person_id IS NOT NULL AND list_id = %1")
                                           .arg(list));
            while (st.step())
                got << st.int64(0);
        }
        QCOMPARE(got, want);

        auto sms = ChaseList(*chaseDb).build(page()->electionId(), bureaux, ChaseChannel::Sms);
        QVERIFY(sms);
        m_dialogs.file = m_fixture.dir() + QStringLiteral("/chase.csv");
        done.clear();
        page()->chase(ElectionDayPage::ChaseFormat::SmsFile);
        QVERIFY(done.wait(10000));
        QFile file(m_dialogs.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), sms->size() + 1); // the header, then one line per person
        QVERIFY(!lines.value(1).startsWith('+'));
    }

    void purgeSignatureListMarks()
    {
        const QList<Voted> people = voters(false, 3);
        page()->setSource(MarkSource::SignatureList);
        typeMark(QStringLiteral("%1 %2").arg(people[0].bureau).arg(people[0].number));
        typeMark(QString::number(people[1].number));
        page()->setSource(MarkSource::Phone);
        typeMark(QString::number(people[2].number));
        QCOMPARE(liveMarks(QStringLiteral("signature-list")), 2);

        m_dialogs.yes = false; // asked first: nothing happens on Cancel
        page()->purgeSignatureMarks();
        QCOMPARE(liveMarks(QStringLiteral("signature-list")), 2);
        QCOMPARE(m_dialogs.seen.last().kind, DialogHelper::Kind::Question);

        m_dialogs.yes = true;
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("purgeSignatureMarks")), Qt::LeftButton);
        QCOMPARE(liveMarks(QStringLiteral("signature-list")), 0);
        QCOMPARE(liveMarks(), 1);
        QCOMPARE(page()->marksModel()->rowCount(), 1);
        QCOMPARE(page()->marksModel()->mark(0).source, MarkSource::Phone);
    }

    void recentMarksAfterARestart()
    {
        const QList<Voted> people = voters(false, 3);
        page()->setSource(MarkSource::Volunteer);
        typeMark(QStringLiteral("%1 %2").arg(people[0].bureau).arg(people[0].number));
        typeMark(QString::number(people[1].number));
        page()->setSource(MarkSource::Delegate);
        typeMark(QString::number(people[2].number));
        QCOMPARE(liveMarks(), 3);
        const qint64 election = page()->electionId();

        // The app is closed and opened again on the same campaign.
        const QString path = m_fixture.path();
        m_figuresTester.reset();
        m_marksTester.reset();
        m_fixture.closeWindow();
        m_fixture.openWindow(path);
        m_fixture.window().dialogs().setHandler(m_dialogs.handler());
        m_fixture.window().showPage(QStringLiteral("electionDayPage"));
        QCOMPARE(page()->electionId(), election);
        RecentMarksModel* marks = page()->marksModel();
        QTRY_COMPARE(marks->rowCount(), 3);
        QCOMPARE(marks->mark(0).voter.personId, people[2].personId); // newest first
        QCOMPARE(
            marks->index(0, RecentMarksModel::SourceColumn).data().toString(), markSourceLabel(MarkSource::Delegate));
        QCOMPARE(
            marks->index(2, RecentMarksModel::SourceColumn).data().toString(), markSourceLabel(MarkSource::Volunteer));
        QCOMPARE(
            marks->index(0, RecentMarksModel::AuthorColumn).data().toString(), m_fixture.window().session()->author());
        QVERIFY(!marks->index(0, RecentMarksModel::TimeColumn).data().toString().isEmpty());

        // Ctrl+Z takes back the mark made before the restart.
        input()->setFocus();
        QTest::keyClick(input(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(liveMarks(), 2);
        QCOMPARE(marks->rowCount(), 2);
        QCOMPARE(marks->mark(0).voter.personId, people[1].personId);
        QVERIFY2(feedback().contains(QStringLiteral("undone")), qPrintable(feedback()));
    }

    void bureauSettingsGrid()
    {
        BureauSettingsPanel* panel = page()->bureauSettings();
        auto* tabs = page()->findChild<QTabWidget*>(QStringLiteral("electionTabs"));
        tabs->setCurrentWidget(panel);
        auto* grid = panel->findChild<QTableWidget*>(QStringLiteral("bureauSettings"));
        QTRY_COMPARE(grid->rowCount(), page()->figuresModel()->rowCount());
        // Prefilled from the campaign: the people of each bureau.
        const BureauSettings first = panel->settings().first();
        QVERIFY(first.counted > 0);
        QCOMPARE(grid->item(0, BureauSettingsPanel::RegisteredColumn)->text(), QLocale().toString(first.counted));
        QVERIFY(!first.registeredOverride);

        QSignalSpy loaded(panel, &BureauSettingsPanel::loaded);
        grid->item(0, BureauSettingsPanel::RegisteredColumn)->setText(QStringLiteral("1500"));
        QVERIFY(loaded.wait(5000));
        grid->item(0, BureauSettingsPanel::ExpectedColumn)->setText(QStringLiteral("62 %"));
        QVERIFY(loaded.wait(5000));
        auto reader = m_fixture.reader();
        auto written = ElectionService(*reader).bureauSettings(page()->electionId(), first.districtId);
        QVERIFY(written);
        QCOMPARE(written->registeredOverride, 1500);
        QVERIFY(written->expectedOverride && std::abs(*written->expectedOverride - 0.62) < 1e-9);
        // The dashboard takes them.
        QTRY_VERIFY(figuresOf(first.districtId) && figuresOf(first.districtId)->registered == 1500);
        QVERIFY(figuresOf(first.districtId)->registeredOfficial);

        // Not a number: refused, nothing written; cleared: back to the campaign's count.
        grid->item(0, BureauSettingsPanel::RegisteredColumn)->setText(QStringLiteral("many"));
        QCOMPARE(
            ElectionService(*reader).bureauSettings(page()->electionId(), first.districtId)->registeredOverride, 1500);
        grid->item(0, BureauSettingsPanel::RegisteredColumn)->setText(QString());
        QVERIFY(loaded.wait(5000));
        QVERIFY(!ElectionService(*reader).bureauSettings(page()->electionId(), first.districtId)->registeredOverride);
        QCOMPARE(grid->item(0, BureauSettingsPanel::RegisteredColumn)->text(), QLocale().toString(first.counted));
    }

    void proxiesFromTheKeyboard()
    {
        const QList<Voted> supporters = voters(true, 1);
        const qint64 bureau = bureauId(supporters[0].bureau);
        QVERIFY(waitRefresh());
        const qint64 pendingBefore = figuresOf(bureau)->proxiesPending;
        const qint64 byProxyBefore = figuresOf(bureau)->byProxy;

        ProxiesPanel* panel = page()->proxies();
        page()->findChild<QTabWidget*>(QStringLiteral("electionTabs"))->setCurrentWidget(panel);
        m_fixture.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&m_fixture.window())); // focus moves only in the active window
        auto* search = panel->findChild<QLineEdit*>(QStringLiteral("proxySearch"));
        search->setFocus();
        test::typeText(search, QStringLiteral("%1 %2").arg(supporters[0].bureau).arg(supporters[0].number));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(panel->formPerson(), supporters[0].personId);
        auto* holder = panel->findChild<QLineEdit*>(QStringLiteral("proxyHolder"));
        QVERIFY(holder->hasFocus());
        test::typeText(holder, QStringLiteral("Paul DUBOIS"));
        QTest::keyClick(holder, Qt::Key_Return); // saved, status "requested"
        QCOMPARE(panel->proxies().size(), 1);
        QCOMPARE(panel->proxies().first().personId, supporters[0].personId);
        QCOMPARE(panel->proxies().first().proxyName, QStringLiteral("Paul DUBOIS"));
        QCOMPARE(panel->proxies().first().status, ProxyStatus::Requested);
        auto* table = panel->findChild<QTableWidget*>(QStringLiteral("proxiesTable"));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, ProxiesPanel::HolderColumn)->text(), QStringLiteral("Paul DUBOIS"));
        QTRY_COMPARE(figuresOf(bureau)->proxiesPending, pendingBefore + 1);

        // Established: the supporter now votes through the holder.
        table->selectRow(0);
        auto* status = panel->findChild<QComboBox*>(QStringLiteral("proxyStatus"));
        status->setCurrentIndex(status->findData(proxyStatusName(ProxyStatus::Confirmed)));
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("saveProxy")), Qt::LeftButton);
        QCOMPARE(panel->proxies().size(), 1);
        QCOMPARE(panel->proxies().first().status, ProxyStatus::Confirmed);
        QTRY_COMPARE(figuresOf(bureau)->byProxy, byProxyBefore + 1);
        QCOMPARE(figuresOf(bureau)->proxiesPending, pendingBefore);
        auto reader = m_fixture.reader();
        auto chase = ChaseList(*reader).build(page()->electionId(), { bureau }, ChaseChannel::Door);
        for (const ChasePerson& p : std::as_const(*chase)) {
            if (p.personId == supporters[0].personId)
                QCOMPARE(p.proxyName + u'/' + p.proxyStatus, QStringLiteral("Paul DUBOIS/confirmed"));
        }

        // Saving without a voter asks for one; removing takes it out.
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("saveProxy")), Qt::LeftButton);
        QCOMPARE(panel->proxies().size(), 1);
        table->selectRow(0);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("removeProxy")), Qt::LeftButton);
        QCOMPARE(panel->proxies().size(), 0);
        QCOMPARE(table->rowCount(), 0);
    }

    void panelsComposeThePage()
    {
        // The page only composes: each piece is one of the panels.
        QVERIFY(page()->marking() && page()->dashboard() && page()->bureauSettings() && page()->proxies());
        QCOMPARE(page()->findChild<QTabWidget*>(QStringLiteral("electionTabs"))->count(), 4);
        QVERIFY(page()->findChild<QChartView*>(QStringLiteral("turnoutChart")));
    }

    // Not a check: the coordinator's afternoon on a prepared campaign (TERRAIN_GOTV_SIM=path,
    // TERRAIN_GOTV_SIM_OUT=folder for screenshots and the PDF), driven from the keyboard.
    void simulatedElectionDay()
    {
        const QString path = qEnvironmentVariable("TERRAIN_GOTV_SIM");
        const QString out = qEnvironmentVariable("TERRAIN_GOTV_SIM_OUT");
        if (path.isEmpty() || out.isEmpty())
            QSKIP("set TERRAIN_GOTV_SIM and TERRAIN_GOTV_SIM_OUT to run the simulated election day");
        m_figuresTester.reset();
        m_marksTester.reset();
        m_fixture.closeWindow();
        MainWindow& window = m_fixture.openWindow(path);
        window.dialogs().setHandler(m_dialogs.handler());
        window.resize(1366, 768);
        QTRY_COMPARE(window.size(), QSize(1366, 768));
        window.showPage(QStringLiteral("electionDayPage"));
        QVERIFY(page()->electionId() > 0);
        QTRY_VERIFY(page()->marksModel()->rowCount() > 0); // the marks typed through the CLI
        qInfo("recent marks listed after opening: %d", page()->marksModel()->rowCount());

        // A few marks from the keyboard, as a volunteer phones them in.
        page()->setSource(MarkSource::Phone);
        auto reader = m_fixture.reader();
        Statement st = reader->prepare(
            QStringLiteral("SELECT d.code, p.list_number FROM people p JOIN districts d ON d.id = p.district_id"
                           " WHERE p.status = 'active' AND p.support IN (1, 2) AND p.list_number IS NOT NULL"
                           " AND NOT EXISTS (SELECT 1 FROM vote_marks m WHERE m.person_id = p.id AND m.deleted = 0"
                           " AND m.election_id = %1)"
                           " AND d.code = (SELECT min(code) FROM districts WHERE kind = 'bureau')"
                           " ORDER BY p.list_number LIMIT 12")
                .arg(page()->electionId()));
        int keys = 0;
        int typed = 0;
        QString bureau;
        while (st.step()) {
            const QString text = bureau == st.text(0) ? QString::number(st.int64(1))
                                                      : QStringLiteral("%1 %2").arg(st.text(0)).arg(st.int64(1));
            bureau = st.text(0);
            keys += typeMark(text);
            ++typed;
        }
        qInfo("%d marks typed in %d keystrokes; last feedback: %s", typed, keys, qPrintable(feedback()));
        QTest::keyClick(input(), Qt::Key_Z, Qt::ControlModifier); // one taken back
        qInfo("after Ctrl+Z: %s", qPrintable(feedback()));
        window.grab().save(out + QStringLiteral("/marking-1366.png"));

        // The dashboard at both sizes.
        auto* tabs = page()->findChild<QTabWidget*>(QStringLiteral("electionTabs"));
        tabs->setCurrentIndex(ElectionDayPage::DashboardTab);
        QVERIFY(waitRefresh());
        QTest::qWait(300);
        window.grab().save(out + QStringLiteral("/dashboard-1366.png"));
        window.resize(1920, 1080);
        QTRY_COMPARE(window.size(), QSize(1920, 1080));
        QTest::qWait(300);
        window.grab().save(out + QStringLiteral("/dashboard-1920.png"));
        for (const BureauFigures& f : page()->figuresModel()->figures())
            qInfo("bureau %s: registered %lld, supporters %lld, voted %lld, official %s at %s, expected %s, gap %s, "
                  "to bring out %lld, by proxy %lld (+%lld to make)",
                  qPrintable(f.code), f.registered, f.supporters, f.supportersVoted,
                  f.officialRate ? qPrintable(QString::number(*f.officialRate * 100, 'f', 1)) : "-",
                  qPrintable(f.officialTime.toString(QStringLiteral("HH:mm"))),
                  f.expectedRate ? qPrintable(QString::number(*f.expectedRate * 100, 'f', 1)) : "-",
                  f.gap ? qPrintable(QString::number(*f.gap * 100, 'f', 1)) : "-", f.toBringOut, f.byProxy,
                  f.proxiesPending);

        // The two bureaux most behind the expected turnout, then the key.
        QList<BureauFigures> all = page()->figuresModel()->figures();
        std::sort(all.begin(), all.end(),
                  [](const BureauFigures& a, const BureauFigures& b) { return a.gap.value_or(0) < b.gap.value_or(0); });
        const QList<qint64> weakest{all.at(0).districtId, all.at(1).districtId};
        qInfo("weakest: %s (%.1f pts) and %s (%.1f pts)", qPrintable(all.at(0).code), all.at(0).gap.value_or(0) * 100,
              qPrintable(all.at(1).code), all.at(1).gap.value_or(0) * 100);
        page()->selectBureaux(weakest);
        auto expected = ChaseList(*reader).build(page()->electionId(), weakest, ChaseChannel::Phone);
        QSignalSpy done(page(), &ElectionDayPage::chaseDone);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* view = page()->findChild<QTableView*>(QStringLiteral("bureauFigures"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(done.wait(20000));
        QVERIFY(done.first().first().toBool());
        qInfo("chase list: %lld people to call", qint64(expected->size()));
        QTest::qWait(300);
        window.grab().save(out + QStringLiteral("/chase-1920.png"));
        m_dialogs.file = out + QStringLiteral("/chase.pdf");
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("printChaseLists")), Qt::LeftButton);
        QVERIFY(QFileInfo(m_dialogs.file).size() > 1000);

        // The phone bank: the new list, a few calls with one key each.
        window.resize(1366, 768);
        QTRY_COMPARE(window.size(), QSize(1366, 768));
        window.showPage(QStringLiteral("phoneBankPage"));
        PhoneBankPage* bank = window.phoneBankPage();
        auto* lists = bank->findChild<QComboBox*>(QStringLiteral("callListCombo"));
        QTRY_VERIFY(lists->findText(QStringLiteral("Chase"), Qt::MatchContains) >= 0);
        const int chaseList = lists->findText(QStringLiteral("Chase"), Qt::MatchContains);
        QVERIFY(bank->openList(lists->itemData(chaseList).toString())); // as when the caller picks it
        QTest::qWait(500);
        auto* name = bank->findChild<QLabel*>(QStringLiteral("callName"));
        window.grab().save(out + QStringLiteral("/phonebank-1366.png"));
        for (const char key : {'N', 'M', 'B', 'N', 'M'}) {
            const QString before = name->text();
            bank->setFocus();
            QTest::keyClick(bank, key);
            QTest::qWait(300);
            qInfo("called %s: %c, next: %s", qPrintable(before), key, qPrintable(name->text()));
        }
        qInfo("%s", qPrintable(bank->findChild<QLabel*>(QStringLiteral("callProgress"))->text()));
        window.grab().save(out + QStringLiteral("/phonebank-after-1366.png"));

        // The bureaux and proxies tabs.
        window.showPage(QStringLiteral("electionDayPage"));
        tabs->setCurrentIndex(ElectionDayPage::BureauxTab);
        QTest::qWait(500);
        window.grab().save(out + QStringLiteral("/bureaux-1366.png"));
        tabs->setCurrentIndex(ElectionDayPage::ProxiesTab);
        QTest::qWait(300);
        window.grab().save(out + QStringLiteral("/proxies-1366.png"));
    }

    void legalNotice()
    {
        QTest::mouseClick(page()->findChild<QToolButton*>(QStringLiteral("legalNotice")), Qt::LeftButton);
        QCOMPARE(m_dialogs.seen.last().kind, DialogHelper::Kind::Information);
        QVERIFY(m_dialogs.seen.last().text.contains(QStringLiteral("after")));
    }
};

QTEST_MAIN(TestElectionDay)
#include "tst_electionday.moc"
