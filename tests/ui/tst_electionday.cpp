// The Election day page: marking voters from the keyboard (keystrokes per mark), duplicates,
// undo, the live dashboard and official turnout, "the key" (chase lists equal to
// ChaseList::build), the SMS file, and the purge of signature-list marks.
#include "uitestsupport.h"

#include "gotv/chaselist.h"
#include "gotv/electionservice.h"
#include "storage/statement.h"
#include "ui/campaignsession.h"
#include "ui/gotv/bureaufiguresmodel.h"
#include "ui/gotv/electiondaypage.h"
#include "ui/gotv/recentmarksmodel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
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
            out << Voted{st.text(0), st.int64(1), st.int64(2)};
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
        QCOMPARE(marks->index(0, RecentMarksModel::SourceColumn).data().toString(),
                 markSourceLabel(MarkSource::Delegate));
        QCOMPARE(marks->index(0, RecentMarksModel::AuthorColumn).data().toString(),
                 m_fixture.window().session()->author());
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
        Statement st = db->prepare(
            QStringLiteral("SELECT coalesce(nullif(usage_name, ''), last_name) FROM people WHERE id = %1")
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
        QVERIFY(std::is_sorted(all.begin(), all.end(), [](const BureauFigures& a, const BureauFigures& b) {
            return a.toBringOut > b.toBringOut;
        }));
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
        page()->selectBureaux({bureau});
        QCOMPARE(page()->selectedBureaux(), QList<qint64>{bureau});
        auto chaseDb = m_fixture.reader();
        auto expected = ChaseList(*chaseDb).build(page()->electionId(), {bureau}, ChaseChannel::Phone);
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
        QSet<qint64> want;
        for (const ChasePerson& p : std::as_const(*expected))
            want << p.personId;
        QSet<qint64> got;
        auto db = m_fixture.reader();
        Statement st = db->prepare(
            QStringLiteral("SELECT person_id FROM list_members WHERE deleted = 0 AND list_id = %1").arg(list));
        while (st.step())
            got << st.int64(0);
        QCOMPARE(got, want);

        // Printable.
        m_dialogs.file = m_fixture.dir() + QStringLiteral("/chase.pdf");
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("printChaseLists")), Qt::LeftButton);
        QVERIFY(QFileInfo(m_dialogs.file).size() > 1000);
    }

    void chaseAsWalkListsAndSms()
    {
        QVERIFY(waitRefresh());
        const QList<qint64> bureaux{page()->figuresModel()->figures().at(0).districtId,
                                    page()->figuresModel()->figures().at(1).districtId};
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

    void legalNotice()
    {
        QTest::mouseClick(page()->findChild<QToolButton*>(QStringLiteral("legalNotice")), Qt::LeftButton);
        QCOMPARE(m_dialogs.seen.last().kind, DialogHelper::Kind::Information);
        QVERIFY(m_dialogs.seen.last().text.contains(QStringLiteral("after")));
    }
};

QTEST_MAIN(TestElectionDay)
#include "tst_electionday.moc"
