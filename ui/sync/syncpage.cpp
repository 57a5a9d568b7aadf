#include "ui/sync/syncpage.h"

#include "ui/campaignsession.h"
#include "ui/errorbanner.h"
#include "ui/labels.h"
#include "ui/sync/synccontroller.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace terrain {

namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QString when(const QDateTime& at)
{
    return at.isValid() ? Labels::dateTime(at.toMSecsSinceEpoch()) : QString();
}

} // namespace

SyncPage::SyncPage(CampaignSession& session, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("syncPage"));
    m_controller = new SyncController(session, this);

    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    auto* top = new QHBoxLayout;
    layout->addLayout(top);

    m_accountBox = new QGroupBox(tr("Server"), this);
    auto* accountLayout = new QVBoxLayout(m_accountBox);
    auto* form = new QFormLayout;
    m_form = form;
    accountLayout->addLayout(form);
    m_server = new QLineEdit(m_accountBox);
    m_server->setObjectName(QStringLiteral("syncServer"));
    m_server->setPlaceholderText(QStringLiteral("https://sync.example.org"));
    form->addRow(tr("Address:"), m_server);
    m_user = new QLineEdit(m_accountBox);
    m_user->setObjectName(QStringLiteral("syncUser"));
    form->addRow(tr("User name:"), m_user);
    m_password = new QLineEdit(m_accountBox);
    m_password->setObjectName(QStringLiteral("syncPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password:"), m_password);
    m_signedInAs = new QLabel(m_accountBox);
    m_signedInAs->setObjectName(QStringLiteral("syncSignedInAs"));
    m_signedInAs->setWordWrap(true);
    accountLayout->addWidget(m_signedInAs);
    accountLayout->addStretch();
    auto* accountButtons = new QHBoxLayout;
    accountLayout->addLayout(accountButtons);
    accountButtons->addStretch();
    m_signIn = new QPushButton(tr("Sign in"), m_accountBox);
    m_signIn->setObjectName(QStringLiteral("syncSignIn"));
    m_signIn->setDefault(true);
    accountButtons->addWidget(m_signIn);
    m_signOut = new QPushButton(tr("Sign out"), m_accountBox);
    m_signOut->setObjectName(QStringLiteral("syncSignOut"));
    accountButtons->addWidget(m_signOut);
    top->addWidget(m_accountBox, 1);

    auto* statusBox = new QGroupBox(tr("Status"), this);
    auto* statusLayout = new QVBoxLayout(statusBox);
    auto* statusForm = new QFormLayout;
    statusLayout->addLayout(statusForm);
    m_state = new QLabel(statusBox);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setWordWrap(true);
    statusForm->addRow(tr("State:"), m_state);
    m_lastSync = new QLabel(statusBox);
    m_lastSync->setObjectName(QStringLiteral("syncLastSync"));
    statusForm->addRow(tr("Last sync:"), m_lastSync);
    m_pending = new QLabel(statusBox);
    m_pending->setObjectName(QStringLiteral("syncPending"));
    statusForm->addRow(tr("Changes to send:"), m_pending);
    auto* statusButtons = new QHBoxLayout;
    statusLayout->addStretch();
    statusLayout->addLayout(statusButtons);
    statusButtons->addStretch();
    m_syncNow = new QPushButton(QIcon(QStringLiteral(":/icons/sync.svg")), tr("Sync now"), statusBox);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    statusButtons->addWidget(m_syncNow);
    top->addWidget(statusBox, 1);

    m_tabs = new QTabWidget(this);
    m_conflicts = makeTable(
        { tr("When"), tr("Person"), tr("Field"), tr("Kept value"), tr("Kept from"), tr("Lost value"), tr("Lost from") },
        QStringLiteral("syncConflicts"), m_tabs);
    m_rejected
        = makeTable({ tr("When"), tr("Row"), tr("Table"), tr("Reason") }, QStringLiteral("syncRejected"), m_tabs);
    m_tabs->addTab(m_conflicts, tr("Conflicts"));
    m_tabs->addTab(m_rejected, tr("Refused changes"));
    layout->addWidget(m_tabs, 1);

    connect(m_signIn, &QPushButton::clicked, this, &SyncPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SyncPage::signIn);
    connect(m_signOut, &QPushButton::clicked, m_controller, &SyncController::signOut);
    connect(m_syncNow, &QPushButton::clicked, m_controller, &SyncController::syncNow);
    connect(m_controller, &SyncController::stateChanged, this, &SyncPage::updateState);
    connect(m_controller, &SyncController::statusChanged, this, &SyncPage::updateStatus);

    m_server->setText(m_controller->server().toString());
    m_user->setText(m_controller->user());
    updateState();
    updateStatus();
}

SyncPage::~SyncPage() = default;

void SyncPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_controller->refreshStatus();
}

void SyncPage::signIn()
{
    m_controller->signIn(QUrl::fromUserInput(m_server->text().trimmed()), m_user->text().trimmed(), m_password->text());
}

void SyncPage::updateState()
{
    using State = SyncController::State;
    const State state = m_controller->state();
    const bool signedIn = m_controller->isSignedIn();
    const bool busy = m_controller->isBusy() || state == State::Restoring;
    // Signed in, the form gives way to "Signed in as ... on ...".
    m_server->setEnabled(!busy);
    m_user->setEnabled(!busy);
    m_form->setRowVisible(m_server, !signedIn);
    m_form->setRowVisible(m_user, !signedIn);
    m_form->setRowVisible(m_password, !signedIn);
    m_signIn->setVisible(!signedIn);
    m_signIn->setEnabled(!busy);
    m_signOut->setVisible(signedIn);
    m_signOut->setEnabled(state != State::Syncing);
    m_syncNow->setEnabled(signedIn && state != State::Syncing);
    if (signedIn) {
        m_password->clear();
        m_signedInAs->setText(
            tr("Signed in as <b>%1</b> on %2.")
                .arg(m_user->text().toHtmlEscaped(), m_controller->server().toString().toHtmlEscaped()));
    } else {
        m_signedInAs->setText(tr("Sign in with the account the campaign's administrator gave you. This campaign then"
                                 " syncs by itself every few minutes and shortly after each change."));
    }

    QString text;
    switch (state) {
    case State::SignedOut:
        text = tr("Not signed in: this campaign stays on this computer.");
        break;
    case State::Restoring:
        text = tr("Reading the sign-in from the system keychain…");
        break;
    case State::SigningIn:
        text = tr("Signing in…");
        break;
    case State::Syncing:
        text = tr("Syncing…");
        break;
    case State::Synced:
        text = tr("Up to date.");
        break;
    case State::Pending:
        text = tr("Changes wait for the next sync.");
        break;
    case State::Offline:
        text = tr("The server cannot be reached; Terrain will try again. Keep working: nothing is lost.");
        break;
    case State::Failed:
        text = tr("The last sync failed.");
        break;
    }
    m_state->setText(text);

    // Offline is said by the state line and the status bar: no banner for a normal condition.
    if (!m_controller->errorMessage().isEmpty() && state != State::Offline) {
        m_banner->showMessage(m_controller->errorMessage(), ErrorBanner::Level::Error, m_controller->errorDetail());
    } else if (!m_controller->notice().isEmpty()) {
        m_banner->showMessage(m_controller->notice(), ErrorBanner::Level::Warning);
    } else {
        m_banner->clear();
    }
}

void SyncPage::updateStatus()
{
    const SyncStatus& status = m_controller->status();
    m_lastSync->setText(status.lastSync.isValid() ? when(status.lastSync) : tr("never"));
    m_pending->setText(QLocale().toString(status.pending));

    // The user who wrote the value (as the server knows the computer), else the computer.
    const auto who = [&status](qint64 site, const QString& user) {
        if (site == status.siteId)
            return user.isEmpty() ? tr("this computer") : tr("%1 (this computer)").arg(user);
        return user.isEmpty() ? tr("computer %1").arg(site % 100000, 5, 10, QLatin1Char('0')) : user;
    };
    const auto value = [](const QString& field, const QString& text) {
        bool ok = false;
        const int level = text.toInt(&ok);
        return field == u"support" && ok ? Labels::support(level) : text;
    };
    m_conflicts->setRowCount(static_cast<int>(status.conflicts.size()));
    for (int row = 0; row < m_conflicts->rowCount(); ++row) {
        const SyncStatus::Conflict& c = status.conflicts.at(row);
        const QStringList cells { when(c.at), c.person, Labels::field(c.table, c.field), value(c.field, c.kept),
            who(c.keptSite, c.keptBy) + u", " + when(c.keptAt), value(c.field, c.lost),
            who(c.lostSite, c.lostBy) + u", " + when(c.lostAt) };
        for (int column = 0; column < cells.size(); ++column)
            m_conflicts->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_rejected->setRowCount(static_cast<int>(status.rejected.size()));
    for (int row = 0; row < m_rejected->rowCount(); ++row) {
        const SyncStatus::Rejected& r = status.rejected.at(row);
        const QStringList cells { when(r.at), r.row, r.table, r.reason };
        for (int column = 0; column < cells.size(); ++column)
            m_rejected->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_conflicts->resizeColumnsToContents();
    m_rejected->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("Conflicts (%1)").arg(status.conflictTotal));
    m_tabs->setTabText(1, tr("Refused changes (%1)").arg(status.rejectedTotal));
}

} // namespace terrain
