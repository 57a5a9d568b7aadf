#include "ui/sync/syncindicator.h"

#include "ui/labels.h"
#include "ui/sync/synccontroller.h"

namespace terrain {

SyncIndicator::SyncIndicator(QWidget* parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(14, 14));
    hide();
}

void SyncIndicator::setController(SyncController* controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        connect(controller, &SyncController::stateChanged, this, &SyncIndicator::update);
        connect(controller, &SyncController::statusChanged, this, &SyncIndicator::update);
        connect(controller, &QObject::destroyed, this, &SyncIndicator::update, Qt::QueuedConnection);
    }
    update();
}

void SyncIndicator::update()
{
    if (!m_controller || m_controller->state() == SyncController::State::SignedOut) {
        hide();
        return;
    }
    const SyncStatus& status = m_controller->status();
    QString text;
    QString icon;
    switch (m_controller->state()) {
    case SyncController::State::SignedOut:
    case SyncController::State::Restoring:
    case SyncController::State::SigningIn:
    case SyncController::State::Syncing:
        text = tr("Syncing…");
        icon = QStringLiteral(":/icons/sync.svg");
        break;
    case SyncController::State::Synced:
        text = tr("Synced");
        icon = QStringLiteral(":/icons/sync-ok.svg");
        break;
    case SyncController::State::Pending:
        text = tr("%Ln change(s) to send", nullptr, static_cast<int>(status.pending));
        icon = QStringLiteral(":/icons/sync.svg");
        break;
    case SyncController::State::Offline:
        text = tr("Offline");
        icon = QStringLiteral(":/icons/sync-offline.svg");
        break;
    case SyncController::State::Failed:
        text = tr("Sync error");
        icon = QStringLiteral(":/icons/error.svg");
        break;
    }
    setText(text);
    setIcon(QIcon(icon));
    QString tip = status.lastSync.isValid()
        ? tr("Last sync: %1").arg(Labels::dateTime(status.lastSync.toMSecsSinceEpoch()))
        : tr("Not synced yet");
    if (!m_controller->errorMessage().isEmpty())
        tip += u'\n' + m_controller->errorMessage();
    setToolTip(tip);
    show();
}

} // namespace terrain
