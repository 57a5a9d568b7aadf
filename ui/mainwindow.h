#pragma once

#include "util/result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace terrain {

class AppSettings;
class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class DistrictsPage;
class ElectionDayPage;
class EntryPage;
class ListsPage;
class SegmentsPage;
class PhoneBankPage;
class ProgressPage;
class PeoplePage;
class SyncIndicator;
class SyncPage;

// The window: a sidebar of pages, the menus and the status bar. It composes; each page
// implements itself. Opening another campaign rebuilds the pages on the new file.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a campaign file (created when `create`), replacing the current one. Errors are
    // told through the dialog helper; returns false then.
    bool openCampaign(const QString& path, bool create = false);
    // Generates a demo campaign at `path` in a worker thread behind a progress dialog, then
    // opens it (demoFinished tells when).
    void createDemoCampaign(const QString& path, int voters = 20000);

    CampaignSession* session() const { return m_session.get(); }
    DialogHelper& dialogs() { return *m_dialogs; }
    PeoplePage* peoplePage() const { return m_peoplePage; }
    DistrictsPage* districtsPage() const { return m_districtsPage; }
    SyncPage* syncPage() const { return m_syncPage; }
    SyncIndicator* syncIndicator() const { return m_syncIndicator; }
    EntryPage* entryPage() const { return m_entryPage; }
    PhoneBankPage* phoneBankPage() const { return m_phoneBankPage; }
    ProgressPage* progressPage() const { return m_progressPage; }
    SegmentsPage* segmentsPage() const { return m_segmentsPage; }
    ListsPage* listsPage() const { return m_listsPage; }
    ElectionDayPage* electionDayPage() const { return m_electionDayPage; }
    // Shows the page whose objectName is given ("peoplePage", "districtsPage").
    void showPage(const QString& objectName);

    // The menu actions, for the pages and the tests.
    void importVoterFile();
    void exportPeople();
    void openSettings();

Q_SIGNALS:
    void campaignOpened(const QString& path);
    void demoFinished(bool ok);
    void statusRefreshed();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createPages();
    void clearPages();
    void addPage(QWidget* page, const QString& icon, const QString& title);
    void refreshStatus();
    void updateTitle();
    void fillRecentMenu();
    void newCampaign();
    void chooseCampaign();
    void showAbout();
    // A file from an earlier Terrain, upgraded in a worker behind a busy dialog: rebuilding an
    // index of a large campaign takes seconds, and the window must not freeze meanwhile.
    Status upgradeCampaign(const QString& path);

    AppSettings& m_settings;
    std::unique_ptr<DialogHelper> m_dialogs;
    std::unique_ptr<CampaignSession> m_session;
    DatabaseWorker* m_statsWorker = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_pages = nullptr;
    PeoplePage* m_peoplePage = nullptr;
    DistrictsPage* m_districtsPage = nullptr;
    SyncPage* m_syncPage = nullptr;
    SyncIndicator* m_syncIndicator = nullptr;
    EntryPage* m_entryPage = nullptr;
    PhoneBankPage* m_phoneBankPage = nullptr;
    ProgressPage* m_progressPage = nullptr;
    SegmentsPage* m_segmentsPage = nullptr;
    ListsPage* m_listsPage = nullptr;
    ElectionDayPage* m_electionDayPage = nullptr;
    QWidget* m_welcome = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_campaignActions; // enabled only with a campaign open
    QLabel* m_campaignLabel = nullptr;
    QLabel* m_countsLabel = nullptr;
};

} // namespace terrain
