#pragma once

#include <QPointer>
#include <QToolButton>

namespace terrain {

class SyncController;

// The status bar's word on sync: synced, N changes waiting, offline, error, syncing.
// Hidden when the campaign does not sync. A click opens the Sync page.
class SyncIndicator final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncIndicator)

public:
    explicit SyncIndicator(QWidget* parent = nullptr);

    // null: no campaign open.
    void setController(SyncController* controller);

private:
    void update();

    QPointer<SyncController> m_controller;
};

} // namespace terrain
