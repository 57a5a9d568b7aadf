#include "ui/gotv/electiondaypage.h"

#include "ui/appsettings.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/gotv/bureaufiguresmodel.h"
#include "ui/gotv/bureausettingspanel.h"
#include "ui/gotv/dashboardpanel.h"
#include "ui/gotv/markingpanel.h"
#include "ui/gotv/proxiespanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace terrain {

ElectionDayPage::ElectionDayPage(
    CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_worker(std::make_unique<DatabaseWorker>(session.path()))
    , m_elections(std::make_unique<ElectionService>(session.db(), session.author()))
{
    setObjectName(QStringLiteral("electionDayPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);
    connect(m_worker.get(), &DatabaseWorker::failed, m_banner, &ErrorBanner::showFailure);

    auto* top = new QHBoxLayout;
    auto* electionLabel = new QLabel(tr("&Election:"), this);
    m_electionCombo = new QComboBox(this);
    m_electionCombo->setObjectName(QStringLiteral("electionCombo"));
    m_electionCombo->setMinimumWidth(280);
    electionLabel->setBuddy(m_electionCombo);
    auto* create = new QPushButton(tr("&New election…"), this);
    create->setObjectName(QStringLiteral("newElection"));
    auto* notice = new QToolButton(this);
    notice->setObjectName(QStringLiteral("legalNotice"));
    notice->setIcon(QIcon(QStringLiteral(":/icons/info.svg")));
    notice->setText(tr("Marks and the law"));
    notice->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    notice->setToolTip(tr("Where vote marks may come from, and when they must be deleted"));
    top->addWidget(electionLabel);
    top->addWidget(m_electionCombo);
    top->addWidget(create);
    top->addStretch(1);
    top->addWidget(notice);
    layout->addLayout(top);
    connect(create, &QPushButton::clicked, this, &ElectionDayPage::newElection);
    connect(notice, &QToolButton::clicked, this, &ElectionDayPage::showLegalNotice);
    connect(m_electionCombo, &QComboBox::currentIndexChanged, this, &ElectionDayPage::electionChosen);

    m_marking = new MarkingPanel(session, dialogs, settings, *m_worker, *m_banner, this);
    m_dashboard = new DashboardPanel(session, dialogs, settings, *m_worker, *m_banner, *m_elections, this);
    m_bureauSettings = new BureauSettingsPanel(*m_elections, *m_worker, *m_banner, this);
    m_proxies = new ProxiesPanel(session, *m_elections, *m_banner, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("electionTabs"));
    m_tabs->addTab(m_marking, tr("&Marking"));
    m_tabs->addTab(m_dashboard, tr("&Dashboard"));
    m_tabs->addTab(m_bureauSettings, tr("&Bureaux"));
    m_tabs->addTab(m_proxies, tr("&Proxies"));
    layout->addWidget(m_tabs, 1);

    // What changes the figures refreshes the dashboard, once, shortly after.
    connect(m_marking, &MarkingPanel::marksChanged, m_dashboard, &DashboardPanel::scheduleRefresh);
    connect(m_bureauSettings, &BureauSettingsPanel::settingsChanged, m_dashboard, &DashboardPanel::scheduleRefresh);
    connect(m_proxies, &ProxiesPanel::proxiesChanged, m_dashboard, &DashboardPanel::scheduleRefresh);
    connect(&session, &CampaignSession::peopleChanged, m_dashboard, &DashboardPanel::scheduleRefresh);
    connect(m_dashboard, &DashboardPanel::refreshed, this, &ElectionDayPage::dashboardRefreshed);
    connect(m_dashboard->chasePanel(), &ChasePanel::listsMade, this, &ElectionDayPage::listsMade);
    connect(m_dashboard->chasePanel(), &ChasePanel::chaseDone, this, &ElectionDayPage::chaseDone);

    auto* chaseKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    chaseKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(chaseKey, &QShortcut::activated, this, &ElectionDayPage::chaseSelected);

    reloadElections();
}

ElectionDayPage::~ElectionDayPage()
{
    m_worker.reset(); // no job reports to a half-destroyed page
}

BureauFiguresModel* ElectionDayPage::figuresModel() const
{
    return m_dashboard->figuresModel();
}

RecentMarksModel* ElectionDayPage::marksModel() const
{
    return m_marking->marksModel();
}

QChart* ElectionDayPage::chart() const
{
    return m_dashboard->chart();
}

MarkSource ElectionDayPage::source() const
{
    return m_marking->source();
}

void ElectionDayPage::setSource(MarkSource source)
{
    m_marking->setSource(source);
}

void ElectionDayPage::purgeSignatureMarks()
{
    m_marking->purgeSignatureMarks();
}

void ElectionDayPage::refreshDashboard()
{
    m_dashboard->refresh();
}

QList<qint64> ElectionDayPage::selectedBureaux() const
{
    return m_dashboard->selectedBureaux();
}

void ElectionDayPage::selectBureaux(const QList<qint64>& districtIds)
{
    m_dashboard->selectBureaux(districtIds);
}

void ElectionDayPage::chase(ChaseFormat format)
{
    if (m_election.id > 0 && selectedBureaux().isEmpty())
        m_tabs->setCurrentIndex(DashboardTab); // where bureaux are selected
    m_dashboard->chasePanel()->chase(format);
}

void ElectionDayPage::chaseSelected()
{
    chase(m_dashboard->chasePanel()->format());
}

QList<qint64> ElectionDayPage::lastChaseLists() const
{
    return m_dashboard->chasePanel()->lastLists();
}

// ---- Elections

void ElectionDayPage::reloadElections()
{
    auto elections = m_elections->elections();
    if (!elections) {
        m_banner->showError(elections.error());
        return;
    }
    const qint64 keep = m_election.id;
    {
        const QSignalBlocker blocker(m_electionCombo);
        m_electionCombo->clear();
        for (const Election& e : std::as_const(*elections)) {
            m_electionCombo->addItem(
                tr("%1 – round %2 – %3")
                    .arg(e.name)
                    .arg(e.round)
                    .arg(QLocale().toString(e.date, QLocale::ShortFormat)),
                e.id);
        }
        int index = m_electionCombo->findData(keep);
        if (index < 0)
            index = m_electionCombo->count() - 1; // the latest: election day is today or soon
        m_electionCombo->setCurrentIndex(index);
    }
    electionChosen();
}

void ElectionDayPage::selectElection(qint64 electionId)
{
    const int index = m_electionCombo->findData(electionId);
    if (index >= 0)
        m_electionCombo->setCurrentIndex(index);
}

void ElectionDayPage::electionChosen()
{
    const qint64 id = m_electionCombo->currentData().toLongLong();
    m_election = Election();
    if (id > 0) {
        auto election = m_elections->election(id);
        if (election)
            m_election = *election;
        else
            m_banner->showError(election.error());
    }
    const bool have = m_election.id > 0;
    m_tabs->setEnabled(have);
    if (!have)
        m_banner->showMessage(tr("Create the election first (New election…): marks, figures and chase lists belong "
                                 "to one election."));
    auto bureaux = allBureaux(m_session.db());
    if (!bureaux)
        m_banner->showError(bureaux.error());
    m_marking->setElection(m_election);
    m_dashboard->setElection(m_election, bureaux ? *bureaux : QList<Bureau>());
    m_bureauSettings->setElection(m_election);
    m_proxies->setElection(m_election);
}

void ElectionDayPage::newElection()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("electionDialog"));
    dialog.setWindowTitle(tr("New election"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("electionName"));
    name->setPlaceholderText(tr("e.g. Municipales 2026"));
    auto* date = new QDateEdit(&dialog);
    date->setObjectName(QStringLiteral("electionDate"));
    date->setCalendarPopup(true);
    QDate sunday = QDate::currentDate();
    while (sunday.dayOfWeek() != Qt::Sunday)
        sunday = sunday.addDays(1);
    date->setDate(sunday);
    auto* round = new QSpinBox(&dialog);
    round->setObjectName(QStringLiteral("electionRound"));
    round->setRange(1, 2);
    auto* closes = new QTimeEdit(QTime(20, 0), &dialog);
    closes->setObjectName(QStringLiteral("electionCloses"));
    closes->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Round:"), round);
    form->addRow(tr("Polls &close at:"), closes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (m_dialogs.exec(dialog) != QDialog::Accepted)
        return;
    auto id = m_elections->createElection(name->text().trimmed(), date->date(), round->value(), closes->time());
    if (!id) {
        m_banner->showError(id.error());
        return;
    }
    m_banner->showMessage(tr("Election %1 created.").arg(name->text().trimmed()));
    m_election = Election();
    reloadElections();
    selectElection(*id);
}

void ElectionDayPage::showLegalNotice()
{
    m_dialogs.inform(this, tr("Vote marks and the law"),
        tr("<p>Every mark records where it came from: the person said so on the phone, a volunteer took them to "
           "vote, the campaign's delegate in the bureau, or the signature list (liste d'émargement).</p>"
           "<p>The signature list may be consulted by any voter only <b>after</b> the vote, during ten days. Do "
           "not copy it during the vote. Marks entered from it are kept apart and must be deleted after the "
           "second round: use <i>Purge signature-list marks…</i>.</p>"
           "<p>Marks are shared with the campaign's other computers through sync; they serve only to remind "
           "your own supporters to vote.</p>"));
}

void ElectionDayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_dashboard->setLive(true);
    m_dashboard->refresh();
    m_marking->focusInput();
}

void ElectionDayPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_dashboard->setLive(false);
}

} // namespace terrain
