// The Segments and Lists pages: a segment built from conditions in the tree, its live count,
// walk lists made from it and shown on the Lists page, assigned, moved through their status,
// and saved as a PDF that reads back with the list's people.
#include "uitestsupport.h"

#include "lists/listprint.h"
#include "lists/listservice.h"
#include "lists/segmentservice.h"
#include "ui/lists/listsmodel.h"
#include "ui/lists/listspage.h"
#include "ui/lists/segmentspage.h"
#include "ui/lists/segmenttree.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>

using namespace terrain;

class TestListsPage : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;
    test::ScriptedDialogs m_dialogs;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    SegmentsPage* segments() { return m_fixture.window().segmentsPage(); }
    ListsPage* lists() { return m_fixture.window().listsPage(); }
    ListsModel* listsModel() { return lists()->model(); }
    template <typename T>
    T* child(QWidget* parent, const char* name)
    {
        T* found = parent->findChild<T*>(QString::fromLatin1(name));
        if (!found)
            qFatal("no widget %s", name);
        return found;
    }

    qint64 coreCount(const SegmentFilter& filter)
    {
        auto db = m_fixture.reader();
        auto n = SegmentService(*db).count(filter);
        return n ? *n : -2;
    }

    // Bureau 1's women, but not the strong opponents, as typed in the tree; lists made of it.
    void makeWalkLists(int doors, QList<ListSummary>& made)
    {
        m_fixture.window().showPage(QStringLiteral("segmentsPage"));
        SegmentTree* tree = segments()->tree();
        QTreeWidgetItem* bureau = tree->addCondition(SegmentFilter::Kind::Bureaux, tree->rootGroup());
        QTest::keyClicks(child<QLineEdit>(tree->editor(bureau), "value"), QStringLiteral("1"));
        test::typeText(child<QLineEdit>(segments(), "segmentName"), QStringLiteral("Bureau 1 à pied"));
        auto* spin = child<QSpinBox>(segments(), "doorsPerList");
        spin->setValue(doors);
        QTRY_VERIFY(!segments()->isBusy());
        QTest::mouseClick(child<QPushButton>(segments(), "makeWalkLists"), Qt::LeftButton);
        QTRY_VERIFY(lists()->isVisible());
        QTRY_VERIFY(!segments()->isBusy() && !listsModel()->isLoading() && listsModel()->rowCount() > 0);
        auto db = m_fixture.reader();
        auto all = ListService(*db).lists();
        QVERIFY(all.ok());
        made = *all;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }

    void init()
    {
        m_fixture.openWindow();
        m_dialogs = test::ScriptedDialogs();
        m_fixture.window().dialogs().setHandler(m_dialogs.handler());
        m_tester = std::make_unique<QAbstractItemModelTester>(listsModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_fixture.closeWindow();
    }

    void countFollowsTheConditions()
    {
        m_fixture.window().showPage(QStringLiteral("segmentsPage"));
        SegmentTree* tree = segments()->tree();
        auto* count = child<QLabel>(segments(), "segmentCount");
        const qint64 everyone = coreCount(SegmentFilter());
        QTRY_COMPARE(segments()->matching(), everyone);
        QVERIFY(count->text().contains(QString::number(everyone)));

        QTreeWidgetItem* bureau = tree->addCondition(SegmentFilter::Kind::Bureaux, tree->rootGroup());
        QTest::keyClicks(child<QLineEdit>(tree->editor(bureau), "value"), QStringLiteral("1"));
        const SegmentFilter bureau1 = SegmentFilter::values(SegmentFilter::Kind::Bureaux, {QStringLiteral("1")});
        const qint64 inBureau = coreCount(bureau1);
        QVERIFY(inBureau > 0 && inBureau < everyone);
        QTRY_COMPARE(segments()->matching(), inBureau);
        QVERIFY(count->text().contains(QString::number(inBureau)));

        // NOT (women): bureau 1's men and people of unknown sex.
        QTreeWidgetItem* none = tree->addGroup(SegmentTree::Group::None, tree->rootGroup());
        QTreeWidgetItem* sex = tree->addCondition(SegmentFilter::Kind::Sex, none);
        QCOMPARE(child<QComboBox>(tree->editor(sex), "value")->currentData().toString(), QStringLiteral("F"));
        const SegmentFilter notWomen = SegmentFilter::all(
            {bureau1, SegmentFilter::negate(SegmentFilter::values(SegmentFilter::Kind::Sex, {QStringLiteral("F")}))});
        QCOMPARE(tree->filter(), notWomen);
        QTRY_COMPARE(segments()->matching(), coreCount(notWomen));
        QVERIFY(segments()->matching() < inBureau);

        // Support 1 or 2, in an OR group: the tree reads back what the coordinator sees.
        QTreeWidgetItem* any = tree->addGroup(SegmentTree::Group::Any, tree->rootGroup());
        QTreeWidgetItem* support = tree->addCondition(SegmentFilter::Kind::Support, any);
        QTest::keyClick(child<QCheckBox>(tree->editor(support), "level1"), Qt::Key_Space);
        QTest::keyClick(child<QCheckBox>(tree->editor(support), "level2"), Qt::Key_Space);
        QVERIFY(child<QCheckBox>(tree->editor(support), "level2")->isChecked());
        QTreeWidgetItem* mobile = tree->addCondition(SegmentFilter::Kind::HasMobile, any);
        Q_UNUSED(mobile);
        const SegmentFilter full = SegmentFilter::all(
            {bureau1, SegmentFilter::negate(SegmentFilter::values(SegmentFilter::Kind::Sex, {QStringLiteral("F")})),
             SegmentFilter::any({SegmentFilter::support({1, 2}), SegmentFilter::flag(SegmentFilter::Kind::HasMobile,
                                                                                     true)})});
        QCOMPARE(tree->filter(), full);
        QTRY_COMPARE(segments()->matching(), coreCount(full));

        // Saved, then shown again from the list of segments.
        test::typeText(child<QLineEdit>(segments(), "segmentName"), QStringLiteral("Hommes du 1"));
        QTest::mouseClick(child<QPushButton>(segments(), "saveSegment"), Qt::LeftButton);
        auto saved = SegmentService(*m_fixture.reader()).find(QStringLiteral("hommes du 1"));
        QVERIFY(saved.ok());
        QCOMPARE(saved->filter, full);
        segments()->showSegment(0);
        QTRY_COMPARE(segments()->matching(), everyone);
        segments()->showSegment(saved->id);
        QCOMPARE(tree->filter(), full);
        QCOMPARE(child<QLineEdit>(segments(), "segmentName")->text(), QStringLiteral("Hommes du 1"));
    }

    void walkListsAppearOnTheListsPage()
    {
        QList<ListSummary> made;
        makeWalkLists(10, made);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(made.size() > 1);
        QCOMPARE(listsModel()->rowCount(), made.size());
        qint64 people = 0;
        for (int row = 0; row < listsModel()->rowCount(); ++row) {
            const ListSummary& l = listsModel()->list(row);
            QCOMPARE(l.kind, ListKind::Walk);
            QCOMPARE(l.status, ListStatus::New);
            QVERIFY(l.doors > 0);
            QVERIFY(ListsModel::bureauOf(l).startsWith(QStringLiteral("1")));
            people += l.people;
        }
        // Everyone of bureau 1 but those with no address or who asked for no visits.
        const qint64 inBureau = coreCount(SegmentFilter::values(SegmentFilter::Kind::Bureaux, {QStringLiteral("1")}));
        QVERIFY(people > inBureau * 8 / 10 && people <= inBureau);
        // The first list made is selected.
        QCOMPARE(lists()->currentListId(), made.front().id);
        auto segment = SegmentService(*m_fixture.reader()).find(QStringLiteral("Bureau 1 à pied"));
        QVERIFY(segment.ok());
        QCOMPARE(made.front().segment, segment->name);
    }

    void assignAndMoveThroughStatus()
    {
        QList<ListSummary> made;
        makeWalkLists(50, made);
        if (QTest::currentTestFailed())
            return;
        const ListSummary first = made.front();
        lists()->selectList(first.id);
        auto* status = child<QComboBox>(lists(), "listStatus");
        // Out needs a volunteer: refused, and the box goes back to New.
        status->setCurrentIndex(status->findData(int(ListStatus::Out)));
        lists()->setStatus(ListStatus::Out);
        QCOMPARE(status->currentData().toInt(), int(ListStatus::New));
        QCOMPARE(ListService(*m_fixture.reader()).find(first.code)->status, ListStatus::New);

        m_dialogs.texts = {QStringLiteral("Camille")};
        QTest::mouseClick(child<QPushButton>(lists(), "assignList"), Qt::LeftButton);
        QTRY_COMPARE(listsModel()->list(listsModel()->rowOf(first.id)).assignee, QStringLiteral("Camille"));
        QCOMPARE(lists()->currentListId(), first.id);
        QCOMPARE(ListService(*m_fixture.reader()).find(first.code)->assignee, QStringLiteral("Camille"));

        lists()->setStatus(ListStatus::Out);
        QTRY_COMPARE(listsModel()->list(listsModel()->rowOf(first.id)).status, ListStatus::Out);
        QTRY_COMPARE(status->currentData().toInt(), int(ListStatus::Out));
        QCOMPARE(ListService(*m_fixture.reader()).find(first.code)->status, ListStatus::Out);
        // Entered is two steps away: not offered, and refused if asked.
        auto* items = qobject_cast<QStandardItemModel*>(status->model());
        QVERIFY(items);
        QVERIFY(!items->item(status->findData(int(ListStatus::Entered)))->isEnabled());
        QVERIFY(items->item(status->findData(int(ListStatus::Returned)))->isEnabled());
        lists()->setStatus(ListStatus::Entered);
        QCOMPARE(ListService(*m_fixture.reader()).find(first.code)->status, ListStatus::Out);
        lists()->setStatus(ListStatus::Returned);
        QTRY_COMPARE(listsModel()->list(listsModel()->rowOf(first.id)).status, ListStatus::Returned);
        auto* table = child<QTableView>(lists(), "listsTable");
        const QModelIndex statusCell = table->model()->index(table->currentIndex().row(), ListsModel::StatusColumn);
        QCOMPARE(statusCell.data().toString(), QStringLiteral("Returned"));
    }

    void savesTheSelectedListAsPdf()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is needed to read the PDF back");
        QList<ListSummary> made;
        makeWalkLists(50, made);
        if (QTest::currentTestFailed())
            return;
        const ListSummary first = made.front();
        lists()->selectList(first.id);
        m_dialogs.file = m_fixture.dir() + QStringLiteral("/turf");
        QSignalSpy saved(lists(), &ListsPage::pdfSaved);
        QTest::mouseClick(child<QPushButton>(lists(), "saveListPdf"), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(saved.front().at(0).toBool());
        const QString pdf = m_fixture.dir() + QStringLiteral("/turf.pdf");
        QCOMPARE(saved.front().at(1).toString(), pdf);

        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                    QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
        QVERIFY(text.contains(first.code));
        auto db = m_fixture.reader();
        auto sheet = walkSheetFor(*db, first.id);
        QVERIFY(sheet.ok());
        qsizetype at = 0;
        for (const SheetDoor& door : sheet->doors) {
            for (const SheetPerson& person : door.people) {
                at = text.indexOf(person.displayName, at);
                QVERIFY2(at >= 0, qPrintable(person.displayName));
            }
        }
        // The legend: the campaign's door codes with their letters.
        QVERIFY(text.contains(QStringLiteral("Not home")));
    }
};

QTEST_MAIN(TestListsPage)
#include "tst_listspage.moc"
