// The People page: search as you type, filters, the person panel's edits (persisted, in the
// history, undoable), adding and merging people, the door, and the keyboard path.
#include "uitestsupport.h"

#include "people/personservice.h"
#include "ui/campaignsession.h"
#include "ui/labels.h"
#include "ui/people/peoplemodel.h"
#include "ui/people/peoplepage.h"
#include "ui/people/peopletable.h"
#include "ui/people/personpanel.h"
#include "util/textfold.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace terrain;

class TestPeoplePage : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    PeoplePage* page() { return m_fixture.window().peoplePage(); }
    PeopleModel* model() { return page()->model(); }

    template <typename T>
    T* find(const char* name)
    {
        T* widget = m_fixture.window().findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    void waitLoaded()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 10000);
    }

    // Loaded rows' values of one column in the sort role.
    QVariantList column(int column)
    {
        QVariantList values;
        for (int row = 0; row < std::min(model()->rowCount(), PeopleModel::kPageSize); ++row)
            values << model()->index(row, column).data(PeopleModel::SortRole);
        return values;
    }

    PersonDetail stored(qint64 id)
    {
        auto db = m_fixture.reader();
        PersonService service(*db, QStringLiteral("test"));
        auto detail = service.load(id);
        return detail ? *detail : PersonDetail();
    }

    qint64 selectRow(int row)
    {
        page()->table()->setCurrentIndex(model()->index(row, PeopleModel::NameColumn));
        const qint64 id = model()->index(row, 0).data(PeopleModel::IdRole).toLongLong();
        [&] { QTRY_COMPARE(page()->panel()->personId(), id); }();
        return id;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.prepare()); }

    void init()
    {
        m_fixture.openWindow();
        m_tester = std::make_unique<QAbstractItemModelTester>(model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitLoaded();
    }

    void cleanup()
    {
        m_tester.reset();
        m_fixture.closeWindow();
    }

    void showsEveryoneOnTheListPaged()
    {
        QCOMPARE(model()->rowCount(), test::UiFixture::kVoters);
        QCOMPARE(find<QLabel>("resultCount")->text(), QStringLiteral("400 people"));
        // Names come sorted (by SQL), and rows beyond the first page arrive when asked for.
        const QVariantList names = column(PeopleModel::NameColumn);
        QVERIFY(foldText(names.at(0).toString()) <= foldText(names.at(1).toString()));
        const QModelIndex last = model()->index(model()->rowCount() - 1, PeopleModel::NameColumn);
        page()->table()->scrollTo(last);
        last.data(); // asks for the last page
        QTRY_VERIFY(last.data(PeopleModel::LoadedRole).toBool());
        QVERIFY(!last.data().toString().isEmpty());
    }

    void typingInSearchNarrowsTheTable()
    {
        const int everyone = model()->rowCount();
        const QString surname = model()->index(0, PeopleModel::NameColumn).data().toString().section(u' ', 0, 0);
        QVERIFY(!surname.isEmpty());
        auto* search = find<QLineEdit>("searchEdit");
        QTest::keyClicks(search, surname.toLower());
        QTRY_COMPARE(model()->filter().search, surname.toLower());
        waitLoaded();
        QVERIFY(model()->rowCount() > 0);
        QVERIFY(model()->rowCount() < everyone);
        const QString folded = foldText(surname);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const QString name = foldText(model()->index(row, PeopleModel::NameColumn).data().toString());
            const QString address = foldText(model()->index(row, PeopleModel::AddressColumn).data().toString());
            QVERIFY2(name.contains(folded) || address.contains(folded), qPrintable(name + QStringLiteral(" / ") + address));
        }
        QCOMPARE(find<QLabel>("resultCount")->text(), QStringLiteral("%1 people").arg(model()->rowCount()));
        // Clearing the search brings everyone back.
        search->clear();
        QTRY_COMPARE(model()->rowCount(), everyone);
    }

    // A large result shows its first rows before its exact count, then grows to it.
    void aLargeResultIsCountedAfterItsFirstRows()
    {
        const int everyone = model()->rowCount();
        model()->setQuickCountLimit(50);
        QSignalSpy loaded(model(), &PeopleModel::loaded);
        QSignalSpy counted(model(), &PeopleModel::counted);
        model()->reload();
        QTRY_COMPARE(counted.count(), 1);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toLongLong(), 50); // a floor first
        QCOMPARE(counted.at(0).at(0).toLongLong(), everyone);
        QCOMPARE(model()->rowCount(), everyone);
        QVERIFY(model()->isCountExact());
        QCOMPARE(find<QLabel>("resultCount")->text(), QStringLiteral("%1 people").arg(everyone));
        // A filter under the limit is counted at once.
        model()->setQuickCountLimit(100000);
        PeopleFilter few = model()->filter();
        few.support = {0};
        model()->setFilter(few);
        waitLoaded();
        QVERIFY(model()->isCountExact());
        QCOMPARE(counted.count(), 1);
    }

    // A new search starts at the top of its results, wherever the table was scrolled: the
    // view never asks for rows far down a result it has just been given.
    void aNewSearchOrSortStartsAtTheTop()
    {
        QTableView* table = page()->table();
        table->scrollToBottom();
        QTRY_VERIFY(table->rowAt(0) > PeopleModel::kPageSize);
        // Another sort is a new result of the same size: it starts at the top.
        table->sortByColumn(PeopleModel::AgeColumn, Qt::AscendingOrder);
        waitLoaded();
        QCOMPARE(table->rowAt(0), 0);
        table->scrollToBottom();
        QTRY_VERIFY(table->rowAt(0) > PeopleModel::kPageSize);
        const QString letter = model()->index(0, PeopleModel::NameColumn).data().toString().left(1);
        QTest::keyClicks(find<QLineEdit>("searchEdit"), letter.toLower());
        QTRY_COMPARE(model()->filter().search, letter.toLower());
        waitLoaded();
        QCOMPARE(table->rowAt(0), 0);
        // A refresh of the same search (after an edit) keeps the place.
        table->scrollTo(model()->index(model()->rowCount() - 1, 0));
        const int top = table->rowAt(0);
        model()->reload();
        waitLoaded();
        QCOMPARE(table->rowAt(0), top);
    }

    void sortingByAHeaderIsDoneInSql()
    {
        page()->table()->sortByColumn(PeopleModel::AgeColumn, Qt::DescendingOrder);
        QTRY_COMPARE(model()->peopleSort().column, PeopleColumn::BirthDate);
        waitLoaded();
        const QVariantList ages = column(PeopleModel::AgeColumn);
        QVERIFY(ages.size() > 10);
        for (int i = 1; i < ages.size(); ++i) {
            if (ages.at(i).toInt() >= 0 && ages.at(i - 1).toInt() >= 0)
                QVERIFY(ages.at(i - 1).toInt() >= ages.at(i).toInt());
        }
    }

    void filtersNarrowTheTable()
    {
        auto* support = find<QComboBox>("supportFilter");
        support->setCurrentIndex(support->findData(QVariantList{1, 2}));
        waitLoaded();
        QVERIFY(model()->rowCount() > 0);
        QVERIFY(model()->rowCount() < test::UiFixture::kVoters);
        for (const QVariant& level : column(PeopleModel::SupportColumn))
            QVERIFY(level.toInt() == 1 || level.toInt() == 2);
        const int supporters = model()->rowCount();

        auto* phone = find<QComboBox>("phoneFilter");
        phone->setCurrentIndex(phone->findData(true));
        waitLoaded();
        QVERIFY(model()->rowCount() <= supporters);
        for (const QVariant& number : column(PeopleModel::PhoneColumn))
            QVERIFY(!number.toString().isEmpty());
    }

    void editingAPersonPersistsShowsInHistoryAndUndoes()
    {
        const qint64 id = selectRow(3);
        const QString before = stored(id).firstNames;
        auto* firstNames = find<QLineEdit>("firstNamesEdit");
        QCOMPARE(firstNames->text(), before);
        firstNames->setFocus();
        firstNames->selectAll();
        test::typeText(firstNames, QStringLiteral("Zébulon"));
        QTest::keyClick(firstNames, Qt::Key_Return);

        QCOMPARE(stored(id).firstNames, QStringLiteral("Zébulon"));
        // The table row and the history show it.
        QTRY_VERIFY(model()->index(model()->rowOfPerson(id), PeopleModel::NameColumn).data().toString().contains(
            QStringLiteral("Zébulon")));
        auto* history = find<QTreeWidget>("historyList");
        bool inHistory = false;
        for (int i = 0; i < history->topLevelItemCount(); ++i) {
            const QTreeWidgetItem* item = history->topLevelItem(i);
            if (item->text(2) == Labels::field(QStringLiteral("people"), QStringLiteral("first_names"))
                && item->text(3) == before && item->text(4) == QStringLiteral("Zébulon"))
                inHistory = true;
        }
        QVERIFY(inHistory);

        auto* undo = find<QAction>("actionUndo");
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(stored(id).firstNames, before);
        QCOMPARE(firstNames->text(), before);
        find<QAction>("actionRedo")->trigger();
        QCOMPARE(stored(id).firstNames, QStringLiteral("Zébulon"));
    }

    void supportAndDoNotContactAreEdits()
    {
        const qint64 id = selectRow(5);
        auto* support = find<QComboBox>("supportCombo");
        support->setFocus();
        support->setCurrentIndex(0);
        const int before = stored(id).support;
        QTest::keyClick(support, Qt::Key_End); // the last level: strong against
        QCOMPARE(stored(id).support, 5);
        QTRY_COMPARE(model()->index(model()->rowOfPerson(id), PeopleModel::SupportColumn).data(PeopleModel::SortRole)
                         .toInt(),
                     5);

        auto* dnc = find<QCheckBox>("dncPhone");
        const bool wasBlocked = stored(id).doNotContact.phone;
        QTest::mouseClick(dnc, Qt::LeftButton);
        QCOMPARE(stored(id).doNotContact.phone, !wasBlocked);
        find<QAction>("actionUndo")->trigger();
        QCOMPARE(stored(id).doNotContact.phone, wasBlocked);
        find<QAction>("actionUndo")->trigger();
        QCOMPARE(stored(id).support, before);
    }

    void phonesAreAddedAndMarkedBad()
    {
        test::ScriptedDialogs dialogs;
        dialogs.texts = {QStringLiteral("06 12 34 56 78")};
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        const qint64 id = selectRow(7);
        const int phones = int(stored(id).phones.size());
        QTest::mouseClick(find<QPushButton>("addPhoneButton"), Qt::LeftButton);
        const PersonDetail after = stored(id);
        QCOMPARE(after.phones.size(), phones + 1);
        auto* list = find<QListWidget>("phoneList");
        QCOMPARE(list->count(), phones + 1);
        int row = -1;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->text().startsWith(QStringLiteral("06 12 34 56 78")))
                row = i;
        }
        QVERIFY(row >= 0);
        list->setCurrentRow(row);
        QTest::mouseClick(find<QPushButton>("badPhoneButton"), Qt::LeftButton);
        bool bad = false;
        for (const PhoneEntry& phone : stored(id).phones)
            bad = bad || (phone.e164 == QStringLiteral("+33612345678") && phone.bad);
        QVERIFY(bad);
    }

    void aTagIsGivenThenListsWhoCarriesIt()
    {
        const qint64 id = selectRow(2);
        auto* tagEdit = find<QLineEdit>("tagEdit");
        tagEdit->setFocus();
        test::typeText(tagEdit, QStringLiteral("Marché du jeudi"));
        QTest::keyClick(tagEdit, Qt::Key_Return);
        bool tagged = false;
        for (const TagEntry& tag : stored(id).tags)
            tagged = tagged || tag.name == QStringLiteral("Marché du jeudi");
        QVERIFY(tagged);
        QVERIFY(tagEdit->text().isEmpty());

        auto* tags = find<QListWidget>("tagList");
        QListWidgetItem* item = tags->findItems(QStringLiteral("Marché du jeudi"), Qt::MatchExactly).value(0);
        QVERIFY(item);
        Q_EMIT tags->itemActivated(item);
        QTRY_COMPARE(model()->filter().tagIds.size(), 1);
        waitLoaded();
        QCOMPARE(model()->rowCount(), 1);
        QCOMPARE(model()->index(0, 0).data(PeopleModel::IdRole).toLongLong(), id);
        // Undo takes the tag back.
        find<QAction>("actionUndo")->trigger();
        for (const TagEntry& tag : stored(id).tags)
            QVERIFY(tag.name != QStringLiteral("Marché du jeudi"));
    }

    void addingAPersonShowsThem()
    {
        test::ScriptedDialogs dialogs;
        dialogs.driveDialog = [](QDialog& dialog) {
            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("newLastName")), QStringLiteral("Nouvelle"));
            test::typeText(dialog.findChild<QLineEdit*>(QStringLiteral("newFirstNames")), QStringLiteral("Inès"));
            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("newPhone")), QStringLiteral("0611223344"));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            return dialog.result() == QDialog::Accepted;
        };
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        find<QAction>("actionAddPerson")->trigger();
        QTRY_COMPARE(model()->rowCount(), test::UiFixture::kVoters + 1);
        QVERIFY(page()->panel()->detail().displayName.contains(QStringLiteral("NOUVELLE")));
        const qint64 added = page()->panel()->personId();
        QCOMPARE(stored(added).phones.size(), 1);

        // Ctrl+Z takes the new person back; Ctrl+Shift+Z brings her back.
        find<QAction>("actionUndo")->trigger();
        QTRY_COMPARE(model()->rowCount(), test::UiFixture::kVoters);
        QCOMPARE(stored(added).id, 0); // gone
        find<QAction>("actionRedo")->trigger();
        QTRY_COMPARE(model()->rowCount(), test::UiFixture::kVoters + 1);
        QCOMPARE(stored(added).phones.size(), 1);
    }

    void addingWithoutANameIsRefusedInTheDialog()
    {
        test::ScriptedDialogs dialogs;
        QString error;
        dialogs.driveDialog = [&error](QDialog& dialog) {
            QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            error = dialog.findChild<QLabel*>(QStringLiteral("addPersonError"))->text();
            return dialog.result() == QDialog::Accepted;
        };
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        page()->addPerson();
        QVERIFY(!error.isEmpty());
        QCOMPARE(model()->rowCount(), test::UiFixture::kVoters);
    }

    void mergingTwoRecordsLeavesOne()
    {
        auto* table = page()->table();
        table->selectionModel()->select(model()->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(model()->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto* merge = find<QPushButton>("mergeButton");
        QVERIFY(merge->isEnabled());
        int previewRows = 0;
        test::ScriptedDialogs dialogs;
        dialogs.driveDialog = [&previewRows](QDialog& dialog) {
            previewRows = dialog.findChild<QTreeWidget*>(QStringLiteral("mergePreview"))->topLevelItemCount();
            QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("confirmMergeButton")), Qt::LeftButton);
            return dialog.result() == QDialog::Accepted;
        };
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        QTest::mouseClick(merge, Qt::LeftButton);
        QVERIFY(previewRows > 5);
        QTRY_COMPARE(model()->rowCount(), test::UiFixture::kVoters - 1);

        // The merge is one step on the undo stack: both records come back.
        auto* undo = find<QAction>("actionUndo");
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE(model()->rowCount(), test::UiFixture::kVoters);
        find<QAction>("actionRedo")->trigger();
        QTRY_COMPARE(model()->rowCount(), test::UiFixture::kVoters - 1);
    }

    void theDoorListsEveryoneAtTheAddress()
    {
        // Someone who lives with others.
        qint64 id = 0;
        for (int row = 0; row < 50 && id == 0; ++row) {
            const qint64 candidate = model()->index(row, 0).data(PeopleModel::IdRole).toLongLong();
            if (!stored(candidate).householdMembers.isEmpty())
                id = candidate;
        }
        QVERIFY(id > 0);
        page()->showPerson(id);
        const int members = int(stored(id).householdMembers.size()) + 1;
        int shown = 0;
        test::ScriptedDialogs dialogs;
        dialogs.driveDialog = [&shown](QDialog& dialog) {
            shown = dialog.findChild<QTreeWidget*>(QStringLiteral("doorMembers"))->topLevelItemCount();
            return false;
        };
        m_fixture.window().dialogs().setHandler(dialogs.handler());
        QTest::mouseClick(find<QPushButton>("doorButton"), Qt::LeftButton);
        QCOMPARE(shown, members);
        // Double-clicking a member in the panel goes to them.
        auto* household = find<QListWidget>("householdList");
        const qint64 other = household->item(0)->data(Qt::UserRole).toLongLong();
        Q_EMIT household->itemActivated(household->item(0));
        QCOMPARE(page()->panel()->personId(), other);
    }

    void keyboardOnlyFromSearchToSupport()
    {
        QVERIFY(QTest::qWaitForWindowActive(&m_fixture.window()));
        find<QAction>("actionFind")->trigger();
        auto* search = find<QLineEdit>("searchEdit");
        QVERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(page()->table()->hasFocus());
        QVERIFY(page()->table()->currentIndex().isValid());
        QTest::keyClick(page()->table(), Qt::Key_Down);
        QCOMPARE(page()->table()->currentIndex().row(), 1);
        QTest::keyClick(page()->table(), Qt::Key_Return);
        QVERIFY(find<QComboBox>("supportCombo")->hasFocus());
        QCOMPARE(page()->panel()->personId(), model()->index(1, 0).data(PeopleModel::IdRole).toLongLong());
    }
};

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
