#include "ui/mainwindow.h"

#include "people/campaignstats.h"
#include "storage/database.h"
#include "ui/appsettings.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/demojob.h"
#include "ui/canvass/entrypage.h"
#include "ui/canvass/phonebankpage.h"
#include "ui/canvass/progresspage.h"
#include "ui/dialoghelper.h"
#include "ui/districts/districtspage.h"
#include "ui/exportjob.h"
#include "ui/exporting/exportlogdialog.h"
#include "ui/gotv/electiondaypage.h"
#include "ui/importing/importwizard.h"
#include "ui/lists/listspage.h"
#include "ui/lists/segmentspage.h"
#include "ui/people/peoplepage.h"
#include "ui/settingsdialog.h"
#include "ui/sync/syncindicator.h"
#include "ui/sync/syncpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QStyle>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

static void initTerrainResources()
{
    Q_INIT_RESOURCE(terrain);
}

namespace terrain {

MainWindow::MainWindow(AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_dialogs(std::make_unique<DialogHelper>())
{
    initTerrainResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/terrain.svg")));
    m_undoGroup = new QUndoGroup(this);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    m_sidebar->setStyleSheet(QStringLiteral(
        "#sidebar { background: #eef2f5; padding-top: 8px; outline: 0; }"
        " #sidebar::item { padding: 8px 10px; border-radius: 4px; color: #263238; }"
        " #sidebar::item:selected { background: #cfe0ee; color: #0d3c61; font-weight: bold; }"));
    m_sidebar->setFixedWidth(170);
    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_campaignLabel = new QLabel(this);
    m_campaignLabel->setObjectName(QStringLiteral("campaignName"));
    m_countsLabel = new QLabel(this);
    m_countsLabel->setObjectName(QStringLiteral("campaignCounts"));
    statusBar()->addWidget(m_campaignLabel);
    statusBar()->addPermanentWidget(m_countsLabel);
    m_syncIndicator = new SyncIndicator(this);
    statusBar()->addPermanentWidget(m_syncIndicator);
    connect(m_syncIndicator, &SyncIndicator::clicked, this, [this] { showPage(QStringLiteral("syncPage")); });

    createMenus();
    clearPages();
    updateTitle();

    if (!m_settings.windowGeometry().isEmpty()) {
        restoreGeometry(m_settings.windowGeometry());
    } else if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        // First start: laptops (1366x768) get the whole screen; larger screens a generous window.
        const QRect available = screen->availableGeometry();
        const QSize size(std::min(1700, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
        setGeometry(QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available));
        if (available.width() < 1600) {
            setGeometry(available);
            setWindowState(Qt::WindowMaximized);
        }
    }
    if (!m_settings.windowState().isEmpty())
        restoreState(m_settings.windowState());
}

MainWindow::~MainWindow()
{
    // Pages (and their workers) go before the campaign they read.
    clearPages();
    delete m_statsWorker;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New campaign…"), this,
                                         &MainWindow::newCampaign);
    newAction->setObjectName(QStringLiteral("actionNewCampaign"));
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction* openAction = file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open campaign…"), this,
                                          &MainWindow::chooseCampaign);
    openAction->setObjectName(QStringLiteral("actionOpenCampaign"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("&Recent campaigns"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    QAction* importAction = file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import a voter file…"),
                                            this, &MainWindow::importVoterFile);
    importAction->setObjectName(QStringLiteral("actionImport"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction* exportAction = file->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export people…"),
                                            this, &MainWindow::exportPeople);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* exportLogAction = file->addAction(tr("Export &log…"), this, [this] {
        if (!m_session)
            return;
        ExportLogDialog log(m_session->path(), this);
        m_dialogs->exec(log);
    });
    exportLogAction->setObjectName(QStringLiteral("actionExportLog"));
    file->addSeparator();
    QAction* settingsAction = file->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Settings…"), this,
                                              &MainWindow::openSettings);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    m_campaignActions = {importAction, exportAction, exportLogAction};

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(QIcon(QStringLiteral(":/icons/search.svg")), tr("&Find a person"), this, [this] {
        if (!m_peoplePage)
            return;
        showPage(m_peoplePage->objectName());
        m_peoplePage->focusSearch();
    });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction* add = edit->addAction(QIcon(QStringLiteral(":/icons/person-add.svg")), tr("&Add a person…"), this,
                                   [this] {
                                       if (!m_peoplePage)
                                           return;
                                       showPage(m_peoplePage->objectName());
                                       m_peoplePage->addPerson();
                                   });
    add->setObjectName(QStringLiteral("actionAddPerson"));
    add->setShortcut(QKeySequence::New);
    m_campaignActions << find << add;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Terrain"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::addPage(QWidget* page, const QString& icon, const QString& title)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(QIcon(icon), title, m_sidebar);
    item->setData(Qt::UserRole, page->objectName());
}

void MainWindow::clearPages()
{
    m_sidebar->clear();
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
    m_peoplePage = nullptr;
    m_districtsPage = nullptr;
    m_syncPage = nullptr;
    m_syncIndicator->setController(nullptr);
    m_entryPage = nullptr;
    m_phoneBankPage = nullptr;
    m_progressPage = nullptr;
    m_segmentsPage = nullptr;
    m_listsPage = nullptr;
    m_electionDayPage = nullptr;
    m_welcome = nullptr;
    for (QAction* action : std::as_const(m_campaignActions))
        action->setEnabled(false);
}

void MainWindow::createPages()
{
    clearPages();
    if (!m_session) {
        // No campaign: say so, and offer the ways to get one.
        m_welcome = new QWidget(this);
        m_welcome->setObjectName(QStringLiteral("welcomePage"));
        auto* layout = new QVBoxLayout(m_welcome);
        layout->addStretch();
        auto* title = new QLabel(tr("No campaign is open."), m_welcome);
        title->setAlignment(Qt::AlignCenter);
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        title->setFont(font);
        layout->addWidget(title);
        const auto button = [&](const QString& text, const char* name, auto slot) {
            auto* b = new QPushButton(text, m_welcome);
            b->setObjectName(QString::fromLatin1(name));
            b->setMinimumWidth(280);
            connect(b, &QPushButton::clicked, this, slot);
            layout->addWidget(b, 0, Qt::AlignHCenter);
        };
        button(tr("Open a campaign…"), "welcomeOpen", [this] { chooseCampaign(); });
        button(tr("Create a new campaign…"), "welcomeNew", [this] { newCampaign(); });
        button(tr("Try the demo campaign"), "welcomeDemo", [this] {
            createDemoCampaign(QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                   .filePath(QStringLiteral("demo.terrain")));
        });
        layout->addStretch();
        addPage(m_welcome, QStringLiteral(":/icons/terrain.svg"), tr("Welcome"));
        m_sidebar->setCurrentRow(0);
        return;
    }
    m_peoplePage = new PeoplePage(*m_session, *m_dialogs, m_settings, this);
    addPage(m_peoplePage, QStringLiteral(":/icons/people.svg"), tr("People"));
    m_districtsPage = new DistrictsPage(*m_session, *m_dialogs, m_settings, this);
    addPage(m_districtsPage, QStringLiteral(":/icons/districts.svg"), tr("Districts"));
    connect(m_districtsPage, &DistrictsPage::openPersonRequested, this, [this](qint64 personId) {
        showPage(m_peoplePage->objectName());
        m_peoplePage->showPerson(personId);
    });
    m_segmentsPage = new SegmentsPage(*m_session, *m_dialogs, this);
    addPage(m_segmentsPage, QStringLiteral(":/icons/segments.svg"), tr("Segments"));
    m_listsPage = new ListsPage(*m_session, *m_dialogs, m_settings, this);
    addPage(m_listsPage, QStringLiteral(":/icons/lists.svg"), tr("Lists"));
    connect(m_segmentsPage, &SegmentsPage::listsMade, this, [this](const QList<qint64>& ids) {
        showPage(m_listsPage->objectName());
        m_listsPage->reload();
        if (!ids.isEmpty())
            m_listsPage->selectList(ids.front());
    });
    m_entryPage = new EntryPage(*m_session, *m_dialogs, m_settings, this);
    addPage(m_entryPage, QStringLiteral(":/icons/entry.svg"), tr("Paper entry"));
    m_phoneBankPage = new PhoneBankPage(*m_session, *m_dialogs, m_settings, this);
    addPage(m_phoneBankPage, QStringLiteral(":/icons/phone.svg"), tr("Phone bank"));
    m_progressPage = new ProgressPage(*m_session, m_settings, this);
    addPage(m_progressPage, QStringLiteral(":/icons/progress.svg"), tr("Progress"));
    m_electionDayPage = new ElectionDayPage(*m_session, *m_dialogs, m_settings, this);
    addPage(m_electionDayPage, QStringLiteral(":/icons/election.svg"), tr("Election day"));
    connect(m_electionDayPage, &ElectionDayPage::listsMade, this, [this] {
        m_listsPage->reload();
        m_phoneBankPage->reloadLists();
    });
    m_syncPage = new SyncPage(*m_session, this);
    addPage(m_syncPage, QStringLiteral(":/icons/sync.svg"), tr("Sync"));
    m_syncIndicator->setController(&m_syncPage->controller());
    m_sidebar->setCurrentRow(0);
    for (QAction* action : std::as_const(m_campaignActions))
        action->setEnabled(true);
}

void MainWindow::showPage(const QString& objectName)
{
    for (int row = 0; row < m_sidebar->count(); ++row) {
        if (m_sidebar->item(row)->data(Qt::UserRole).toString() == objectName) {
            m_sidebar->setCurrentRow(row);
            return;
        }
    }
}

bool MainWindow::openCampaign(const QString& path, bool create)
{
    if (!create && !QFileInfo::exists(path)) {
        m_dialogs->warn(this, tr("Open campaign"), tr("The campaign file %1 does not exist.").arg(path));
        return false;
    }
    if (create)
        QDir().mkpath(QFileInfo(path).absolutePath());
    const int version = QFileInfo::exists(path) ? Database::fileSchemaVersion(path) : -1;
    if (version > 0 && version < Database::latestSchemaVersion()) {
        if (Status s = upgradeCampaign(path); !s) {
            m_dialogs->warn(this, tr("Open campaign"),
                            tr("Cannot open the campaign %1.\n\n%2").arg(path, s.error().toString()));
            return false;
        }
    }
    auto opened = CampaignSession::open(
        path, m_settings.phoneRegion(),
        create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::OpenExisting);
    if (!opened) {
        m_dialogs->warn(this, tr("Open campaign"),
                        tr("Cannot open the campaign %1.\n\n%2").arg(path, opened.error().toString()));
        return false;
    }
    // The old pages and their worker threads stop before the old file closes.
    clearPages();
    delete m_statsWorker;
    m_statsWorker = nullptr;
    m_session = std::move(opened.value());
    m_undoGroup->addStack(m_session->undoStack());
    m_undoGroup->setActiveStack(m_session->undoStack());
    m_statsWorker = new DatabaseWorker(m_session->path(), this);
    connect(m_session.get(), &CampaignSession::nameChanged, this, &MainWindow::updateTitle);
    connect(m_session.get(), &CampaignSession::peopleChanged, this, &MainWindow::refreshStatus);
    connect(m_session.get(), &CampaignSession::personChanged, this, &MainWindow::refreshStatus);
    m_settings.addRecentCampaign(m_session->path());
    createPages();
    updateTitle();
    refreshStatus();
    Q_EMIT campaignOpened(m_session->path());
    return true;
}

Status MainWindow::upgradeCampaign(const QString& path)
{
    QProgressDialog progress(tr("Updating %1 for this version of Terrain...").arg(QFileInfo(path).fileName()),
                             QString(), 0, 0, this);
    progress.setObjectName(QStringLiteral("upgradeProgress"));
    progress.setWindowTitle(tr("Open campaign"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path]() -> Status {
        auto db = Database::open(path, Database::OpenMode::OpenExisting); // migrates, then closes
        if (!db)
            return db.error();
        return {};
    }));
    progress.show();
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

void MainWindow::createDemoCampaign(const QString& path, int voters)
{
    auto* job = new DemoJob(path, voters, this);
    connect(job, &DemoJob::finished, this, [this, path](bool ok, const QString& message) {
        // Even a cancelled demo leaves a valid (possibly empty) campaign: open what is there.
        if (!ok && !message.isEmpty())
            m_dialogs->warn(this, tr("Demo campaign"), message);
        const bool opened = QFileInfo::exists(path) && openCampaign(path);
        Q_EMIT demoFinished(ok && opened);
    });
    job->start();
}

void MainWindow::refreshStatus()
{
    if (!m_session || !m_statsWorker) {
        m_campaignLabel->clear();
        m_countsLabel->clear();
        return;
    }
    m_campaignLabel->setText(m_session->name());
    m_statsWorker->run([](Database& db) { return campaignStats(db); },
                       [this](const CampaignStats& stats) {
                           m_countsLabel->setText(
                               tr("%Ln people", nullptr, static_cast<int>(stats.people)) + QStringLiteral("  ·  ")
                               + tr("%Ln households", nullptr, static_cast<int>(stats.households))
                               + QStringLiteral("  ·  ")
                               + tr("%Ln with a phone", nullptr, static_cast<int>(stats.withPhone))
                               + QStringLiteral("  ·  ")
                               + tr("%Ln supporters", nullptr, static_cast<int>(stats.supporters)));
                           Q_EMIT statusRefreshed();
                       });
}

void MainWindow::updateTitle()
{
    if (m_session) {
        setWindowTitle(tr("%1 — Terrain").arg(m_session->name()));
        m_campaignLabel->setText(m_session->name());
    } else {
        setWindowTitle(tr("Terrain"));
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentCampaigns();
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent campaign"))->setEnabled(false);
        return;
    }
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).completeBaseName(), this,
                                                  [this, path] { openCampaign(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
}

void MainWindow::newCampaign()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = m_dialogs->saveFileName(this, tr("New campaign"), folder,
                                           tr("Terrain campaigns (*.terrain)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(Database::fileExtension()))
        path += Database::fileExtension();
    if (QFileInfo::exists(path)) {
        m_dialogs->warn(this, tr("New campaign"),
                        tr("The file %1 already exists. Choose another name, or open it with Open campaign.")
                            .arg(path));
        return;
    }
    openCampaign(path, true);
}

void MainWindow::chooseCampaign()
{
    const QString folder = m_session ? QFileInfo(m_session->path()).absolutePath()
                                     : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_dialogs->openFileName(this, tr("Open campaign"), folder,
                                                 tr("Terrain campaigns (*.terrain);;All files (*)"));
    if (!path.isEmpty())
        openCampaign(path);
}

void MainWindow::importVoterFile()
{
    if (!m_session)
        return;
    ImportWizard wizard(*m_session, m_settings, *m_dialogs, this);
    m_dialogs->exec(wizard);
    if (wizard.imported())
        m_session->notifyPeopleChanged();
}

void MainWindow::exportPeople()
{
    if (!m_session)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(tr("people") + QStringLiteral(".csv"));
    const QString path = m_dialogs->saveFileName(
        this, tr("Export people"), suggested,
        tr("CSV for Excel (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    auto* job = new ExportJob(m_session->path(), path, ExportJob::formatForPath(path), m_session->author(), this);
    connect(job, &ExportJob::finished, this, [this, path](bool ok, qint64 rows, const QString& message) {
        if (ok)
            statusBar()->showMessage(tr("%Ln people exported to %1", nullptr, static_cast<int>(rows)).arg(path),
                                     8000);
        else if (!message.isEmpty())
            m_dialogs->warn(this, tr("Export people"), message);
    });
    job->start();
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_session.get(), this);
    if (m_dialogs->exec(dialog) != QDialog::Accepted)
        return;
    const QString language = m_settings.language();
    if (Status s = dialog.apply(); !s) {
        m_dialogs->warn(this, tr("Settings"), s.error().toString());
        return;
    }
    if (m_settings.language() != language)
        m_dialogs->inform(this, tr("Settings"), tr("The new language will be used the next time Terrain starts."));
}

void MainWindow::showAbout()
{
    m_dialogs->about(this, tr("About Terrain"),
                     tr("<h3>Terrain %1</h3>"
                        "<p>Voter file, door-to-door, phone bank and election day for local campaign teams.</p>"
                        "<p>Works without a connection: every laptop keeps its own copy of the campaign.</p>")
                         .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry(), saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace terrain
