// The Districts page: the tree and its figures (sums hold level by level), lazy streets,
// the selected node's people, editing a bureau, and a walk list cut by hand from streets.
#include "uitestsupport.h"

#include "districts/districttree.h"
#include "lists/listservice.h"
#include "storage/database.h"
#include "ui/lists/listsmodel.h"
#include "ui/lists/listspage.h"
#include "ui/districts/districtmodel.h"
#include "ui/districts/districtspage.h"
#include "ui/people/peoplemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>

using namespace terrain;

class TestDistrictsPage : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    DistrictsPage* page() { return m_fixture.window().districtsPage(); }
    DistrictModel* model() { return page()->model(); }
    QTreeView* view() { return page()->findChild<QTreeView*>(QStringLiteral("districtTree")); }

    qint64 figure(const QModelIndex& index, int column)
    {
        return model()->index(index.row(), column, index.parent()).data(DistrictModel::SortRole).toLongLong();
    }

    QModelIndex firstBureau()
    {
        const QModelIndex commune = model()->index(0, 0);
        for (int row = 0; row < model()->rowCount(commune); ++row) {
            const QModelIndex bureau = model()->index(row, 0, commune);
            if (model()->node(bureau).id > 0)
                return bureau;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }

    void init()
    {
        m_fixture.openWindow();
        m_fixture.window().showPage(QStringLiteral("districtsPage"));
        m_tester = std::make_unique<QAbstractItemModelTester>(model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model()->rowCount() > 0 && !model()->isLoading());
    }

    void cleanup()
    {
        m_tester.reset();
        m_fixture.closeWindow();
    }

    void communeFiguresAddUpTheBureaux()
    {
        const QModelIndex commune = model()->index(0, 0);
        QCOMPARE(model()->node(commune).kind, NodeKind::Commune);
        QVERIFY(model()->rowCount(commune) >= 4);
        QVERIFY(view()->isExpanded(commune));
        qint64 voters = 0;
        qint64 doors = 0;
        for (int row = 0; row < model()->rowCount(commune); ++row) {
            voters += figure(model()->index(row, 0, commune), DistrictModel::VotersColumn);
            doors += figure(model()->index(row, 0, commune), DistrictModel::DoorsColumn);
        }
        QCOMPARE(figure(commune, DistrictModel::VotersColumn), voters);
        QCOMPARE(figure(commune, DistrictModel::DoorsColumn), doors);
        QVERIFY(voters > 0 && voters <= test::UiFixture::kVoters);
        // The support bar's counts are the voters, split by level.
        qint64 split = 0;
        for (const QVariant& n : model()->index(0, DistrictModel::SupportColumn).data(DistrictModel::SupportRole).toList())
            split += n.toLongLong();
        QCOMPARE(split, voters);
    }

    void expandingABureauReadsItsStreetsAndDoors()
    {
        const QModelIndex bureau = firstBureau();
        QVERIFY(bureau.isValid());
        view()->expand(bureau);
        QTRY_VERIFY(model()->rowCount(bureau) > 0);
        qint64 voters = 0;
        for (int row = 0; row < model()->rowCount(bureau); ++row)
            voters += figure(model()->index(row, 0, bureau), DistrictModel::VotersColumn);
        QCOMPARE(voters, figure(bureau, DistrictModel::VotersColumn));
        const QModelIndex street = model()->index(0, 0, bureau);
        view()->expand(street);
        QTRY_VERIFY(model()->rowCount(street) > 0);
        QCOMPARE(model()->node(model()->index(0, 0, street)).kind, NodeKind::Door);
        // The bar delegate paints every level without trouble.
        QVERIFY(!view()->grab().isNull());
    }

    void selectingABureauShowsItsPeople()
    {
        const QModelIndex bureau = firstBureau();
        view()->setCurrentIndex(bureau);
        PeopleModel* people = page()->peopleModel();
        QTRY_COMPARE(people->filter().districtId.value_or(0), model()->node(bureau).id);
        QTRY_VERIFY(!people->isLoading());
        QCOMPARE(qint64(people->rowCount()), figure(bureau, DistrictModel::VotersColumn));
    }

    // A street shows its people in the bureau; a door, only the people behind it.
    void selectingAStreetOrADoorShowsTheirPeople()
    {
        const QModelIndex bureau = firstBureau();
        view()->expand(bureau);
        QTRY_VERIFY(model()->rowCount(bureau) > 0);
        const QModelIndex street = model()->index(0, 0, bureau);
        view()->expand(street);
        QTRY_VERIFY(model()->rowCount(street) > 0);
        PeopleModel* people = page()->peopleModel();

        view()->setCurrentIndex(street);
        QTRY_COMPARE(people->filter().streetId.value_or(-1), model()->node(street).id);
        QTRY_VERIFY(!people->isLoading());
        QCOMPARE(qint64(people->rowCount()), figure(street, DistrictModel::VotersColumn));

        const QModelIndex door = model()->index(0, 0, street);
        const DistrictNode node = model()->node(door);
        view()->setCurrentIndex(door);
        QTRY_COMPARE(people->filter().householdId.value_or(-1), node.id);
        QTRY_VERIFY(!people->isLoading());
        QCOMPARE(qint64(people->rowCount()), figure(door, DistrictModel::VotersColumn));
        QVERIFY(people->rowCount() < figure(street, DistrictModel::VotersColumn) || model()->rowCount(street) == 1);
    }

    void aBureauIsRenamedAndGivenItsPollingPlace()
    {
        const QModelIndex bureau = firstBureau();
        const qint64 id = model()->node(bureau).id;
        view()->setCurrentIndex(bureau);
        auto* name = page()->findChild<QLineEdit*>(QStringLiteral("districtName"));
        auto* place = page()->findChild<QLineEdit*>(QStringLiteral("pollingPlace"));
        auto* turnout = page()->findChild<QDoubleSpinBox*>(QStringLiteral("expectedTurnout"));
        QVERIFY(name->isEnabled() && place->isEnabled() && turnout->isEnabled());
        name->clear();
        test::typeText(name, QStringLiteral("Salle des fêtes"));
        place->clear();
        QTest::keyClicks(place, QStringLiteral("Place de la Mairie"));
        turnout->setValue(62.5);
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("saveDistrict")), Qt::LeftButton);

        auto db = m_fixture.reader();
        DistrictTree tree(*db);
        auto details = tree.details(id);
        QVERIFY(details.ok());
        QCOMPARE(details->name, QStringLiteral("Salle des fêtes"));
        QCOMPARE(details->pollingPlace, QStringLiteral("Place de la Mairie"));
        QVERIFY(details->expectedTurnout && std::abs(*details->expectedTurnout - 0.625) < 1e-9);
        // The tree reads the new name and keeps the bureau selected.
        QTRY_VERIFY(view()->currentIndex().data().toString().contains(QStringLiteral("Salle des fêtes")));
    }

    // Two streets selected (Ctrl+click), the odd side, a name: one walk list of exactly those
    // doors, which the Lists page then shows.
    void selectedStreetsMakeAHandCutWalkList()
    {
        auto* make = page()->findChild<QPushButton*>(QStringLiteral("makeHandCutList"));
        QVERIFY(make);
        view()->setCurrentIndex(firstBureau());
        QVERIFY(!make->isEnabled()); // a bureau is not a street
        // Two numbered streets, from one bureau or two.
        QList<DistrictNode> streets;
        const QModelIndex commune = model()->index(0, 0);
        for (int b = 0; b < model()->rowCount(commune) && streets.size() < 2; ++b) {
            const QModelIndex bureau = model()->index(b, 0, commune);
            view()->expand(bureau);
            QTRY_VERIFY(model()->rowCount(bureau) > 0);
            for (int row = 0; row < model()->rowCount(bureau) && streets.size() < 2; ++row) {
                const QModelIndex index = model()->index(row, 0, bureau);
                const DistrictNode node = model()->node(index);
                if (node.id <= 0)
                    continue;
                view()->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
                streets << node;
            }
        }
        QCOMPARE(streets.size(), 2);
        QVERIFY(make->isEnabled());
        auto* hint = page()->findChild<QLabel*>(QStringLiteral("handCutHint"));
        QVERIFY2(hint->text().contains(QLatin1StringView("2")), qPrintable(hint->text()));
        auto* side = page()->findChild<QComboBox*>(QStringLiteral("handCutSide"));
        side->setCurrentIndex(side->findData(int(StreetPick::Side::Odd)));
        QCOMPARE(page()->findChild<QSpinBox*>(QStringLiteral("handCutDoors"))->value(), 0); // one list
        test::typeText(
            page()->findChild<QLineEdit*>(QStringLiteral("handCutName")), QStringLiteral("Impairs du bourg"));

        // For looking at the page by hand: TERRAIN_SCREENSHOTS=DIR saves it with the selection made.
        if (const QString dir = qEnvironmentVariable("TERRAIN_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(m_fixture.window().grab().save(dir + QStringLiteral("/districts-handcut.png")));

        QSignalSpy made(page(), &DistrictsPage::listsMade);
        QTest::keyClick(view(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(made.count(), 1);
        const auto ids = made.front().front().value<QList<qint64>>();
        QCOMPARE(ids.size(), 1);

        // Exactly the odd-numbered doors of those two streets in that bureau.
        auto db = m_fixture.reader();
        qint64 expected = 0;
        for (const DistrictNode& street : std::as_const(streets)) {
            Statement st = db->prepare("SELECT count(*) FROM people p JOIN households h ON h.id = p.household_id"
                                       " JOIN addresses a ON a.id = h.address_id WHERE a.street_id = ?"
                                       " AND p.district_id = ? AND a.number % 2 = 1 AND p.deleted = 0"
                                       " AND p.status = 'active' AND p.dnc_door = 0");
            st.bind(1, street.id).bind(2, street.bureauId);
            QVERIFY(st.step());
            expected += st.int64(0);
        }
        QVERIFY(expected > 0);
        auto lists = ListService(*db).lists();
        QVERIFY(lists);
        const ListSummary& list = lists->last();
        QCOMPARE(list.id, ids.front());
        QCOMPARE(list.name, QStringLiteral("Impairs du bourg"));
        QCOMPARE(list.people, expected);

        m_fixture.window().showPage(QStringLiteral("listsPage"));
        ListsModel* listsModel = m_fixture.window().listsPage()->model();
        QTRY_VERIFY(!listsModel->isLoading() && listsModel->rowCount() > 0);
        bool shown = false;
        for (int row = 0; row < listsModel->rowCount(); ++row) {
            for (int column = 0; column < listsModel->columnCount(); ++column)
                shown = shown || listsModel->index(row, column).data().toString() == u"Impairs du bourg";
        }
        QVERIFY(shown);
    }

    void aRefusedNameIsExplainedInTheBanner()
    {
        view()->setCurrentIndex(firstBureau());
        auto* name = page()->findChild<QLineEdit*>(QStringLiteral("districtName"));
        name->clear();
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("saveDistrict")), Qt::LeftButton);
        auto* banner = page()->findChild<QWidget*>(QStringLiteral("errorBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(!page()->findChild<QLabel*>(QStringLiteral("errorBannerText"))->text().isEmpty());
    }
};

QTEST_MAIN(TestDistrictsPage)
#include "tst_districtspage.moc"
