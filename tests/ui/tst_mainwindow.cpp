// The window: pages and status bar, campaigns opened and remembered, the demo made in a
// worker thread, settings (campaign name into the campaign file), export, geometry.
#include "uitestsupport.h"
#include "testsupport.h"

#include "people/campaignstats.h"
#include "storage/database.h"
#include "ui/campaignsession.h"
#include "translations.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTranslator>

using namespace terrain;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::UiFixture m_fixture;

    template <typename T>
    T* find(const char* name)
    {
        return m_fixture.window().findChild<T*>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fixture.prepare(120)); }
    void cleanup() { m_fixture.closeWindow(); }

    void showsThePagesAndTheCampaignAtAGlance()
    {
        MainWindow& window = m_fixture.openWindow();
        auto* sidebar = find<QListWidget>("sidebar");
        // Every page in the order a campaign works: people, places, lists, canvassing, the day, sync.
        QStringList pages;
        for (int row = 0; row < sidebar->count(); ++row)
            pages << sidebar->item(row)->text();
        QCOMPARE(pages, (QStringList{QStringLiteral("People"), QStringLiteral("Districts"), QStringLiteral("Segments"),
                                     QStringLiteral("Lists"), QStringLiteral("Paper entry"), QStringLiteral("Phone bank"),
                                     QStringLiteral("Progress"), QStringLiteral("Election day"), QStringLiteral("Sync")}));
        // Each page opens from the sidebar.
        for (int row = 0; row < sidebar->count(); ++row) {
            sidebar->setCurrentRow(row);
            QVERIFY(find<QStackedWidget>("pages")->currentIndex() == row);
        }
        sidebar->setCurrentRow(1);
        QCOMPARE(find<QStackedWidget>("pages")->currentWidget()->objectName(), QStringLiteral("districtsPage"));
        QTRY_VERIFY(find<QLabel>("campaignCounts")->text().startsWith(QStringLiteral("120 people")));
        QVERIFY(window.windowTitle().contains(window.session()->name()));
        QVERIFY(m_fixture.settings().recentCampaigns().contains(m_fixture.path()));
    }

    void aMissingCampaignIsToldAndTheOpenOneStays()
    {
        MainWindow& window = m_fixture.openWindow();
        test::ScriptedDialogs dialogs;
        window.dialogs().setHandler(dialogs.handler());
        QVERIFY(!window.openCampaign(m_fixture.dir() + QStringLiteral("/nowhere.terrain")));
        QCOMPARE(dialogs.seen.size(), 1);
        QCOMPARE(dialogs.seen.at(0).kind, DialogHelper::Kind::Warning);
        QCOMPARE(window.session()->path(), m_fixture.path());
    }

    void aFileFromAnEarlierVersionIsUpgradedThenOpened()
    {
        MainWindow& window = m_fixture.openWindow();
        const QString path = m_fixture.dir() + QStringLiteral("/earlier.terrain");
        QFile::remove(path);
        QVERIFY(QFile::copy(test::testDataPath(QStringLiteral("schema/v11.terrain")), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Database::fileSchemaVersion(path), 11);
        QVERIFY(window.openCampaign(path));
        QCOMPARE(window.session()->path(), path);
        QCOMPARE(Database::fileSchemaVersion(path), Database::latestSchemaVersion());
        QCOMPARE(Database::fileSchemaVersion(m_fixture.dir() + QStringLiteral("/nowhere.terrain")), -1);
    }

    void theDemoIsMadeInAWorkerThenOpened()
    {
        MainWindow& window = m_fixture.openWindow();
        QSignalSpy finished(&window, &MainWindow::demoFinished);
        const QString path = m_fixture.dir() + QStringLiteral("/demo.terrain");
        window.createDemoCampaign(path, 150);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(window.session()->path(), path);
        QTRY_VERIFY(find<QLabel>("campaignCounts")->text().startsWith(QStringLiteral("150 people")));

        // Its name follows the language of the moment, not the one it was made in.
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(campaignName(**db).startsWith(QStringLiteral("Demo: ")));
        std::unique_ptr<QTranslator> french = terrainTranslator(QStringLiteral("fr"));
        QVERIFY(french);
        QCoreApplication::installTranslator(french.get());
        QVERIFY2(campaignName(**db).startsWith(QStringLiteral("Démo")), qPrintable(campaignName(**db)));
        QCoreApplication::removeTranslator(french.get());
        QVERIFY(campaignName(**db).startsWith(QStringLiteral("Demo: ")));
    }

    void settingsNameTheCampaignInItsFile()
    {
        MainWindow& window = m_fixture.openWindow();
        test::ScriptedDialogs dialogs;
        dialogs.driveDialog = [](QDialog& dialog) {
            auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("campaignNameEdit"));
            name->clear();
            test::typeText(name, QStringLiteral("Municipales 2026"));
            auto* region = dialog.findChild<QComboBox*>(QStringLiteral("phoneRegionCombo"));
            region->setCurrentIndex(region->findData(QStringLiteral("RE")));
            auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageCombo"));
            language->setCurrentIndex(language->findData(QStringLiteral("fr")));
            QTest::mouseClick(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
            return dialog.result() == QDialog::Accepted;
        };
        window.dialogs().setHandler(dialogs.handler());
        find<QAction>("actionSettings")->trigger();
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Municipales 2026")));
        QCOMPARE(find<QLabel>("campaignName")->text(), QStringLiteral("Municipales 2026"));
        QCOMPARE(campaignName(*m_fixture.reader()), QStringLiteral("Municipales 2026"));
        QCOMPARE(m_fixture.settings().phoneRegion(), QStringLiteral("RE"));
        QCOMPARE(m_fixture.settings().language(), QStringLiteral("fr"));
        // The language is for the next start: the user is told so.
        QCOMPARE(dialogs.seen.last().kind, DialogHelper::Kind::Information);
    }

    void exportWritesEveryoneToTheChosenFile()
    {
        MainWindow& window = m_fixture.openWindow();
        test::ScriptedDialogs dialogs;
        dialogs.file = m_fixture.dir() + QStringLiteral("/export.csv");
        window.dialogs().setHandler(dialogs.handler());
        find<QAction>("actionExport")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dialogs.file), 20000);
        QFile file(dialogs.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.size() >= 121); // a header and everyone
        // The log row follows the file; on a loaded machine the pages' first writes (default
        // result codes, survey) can hold the write lock for seconds: wait as long as for the file.
        QTRY_COMPARE_WITH_TIMEOUT(test::count(*m_fixture.reader(), "SELECT count(*) FROM export_log"), 1, 20000);
    }

    void theWindowRemembersItsGeometry()
    {
        MainWindow& window = m_fixture.openWindow();
        window.resize(window.minimumSizeHint().width() + 40, 560);
        const QSize chosen = window.size();
        QVERIFY(m_fixture.settings().windowGeometry().isEmpty());
        window.close();
        QVERIFY(!m_fixture.settings().windowGeometry().isEmpty());
        MainWindow again(m_fixture.settings());
        QCOMPARE(again.size(), chosen);
        // The page fits a 1366-pixel laptop with the sidebar.
        QVERIFY(chosen.width() - 40 <= 1366);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
