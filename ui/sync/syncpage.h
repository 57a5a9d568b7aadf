#pragma once

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace terrain {

class CampaignSession;
class ErrorBanner;
class SyncController;

// "Sync": where this campaign syncs (server, user, sign in/out), how it went (last sync,
// changes waiting, errors), "Sync now", and what a coordinator reviews: the changes the
// server refused and the conflict log (field, both values, which laptop, when).
class SyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPage)

public:
    explicit SyncPage(CampaignSession& session, QWidget* parent = nullptr);
    ~SyncPage() override;

    SyncController& controller() { return *m_controller; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void signIn();
    void updateState();
    void updateStatus();

    SyncController* m_controller = nullptr;
    ErrorBanner* m_banner = nullptr;
    QGroupBox* m_accountBox = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_server = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QPushButton* m_signIn = nullptr;
    QLabel* m_signedInAs = nullptr;
    QPushButton* m_signOut = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_pending = nullptr;
    QPushButton* m_syncNow = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_conflicts = nullptr;
    QTableWidget* m_rejected = nullptr;
};

} // namespace terrain
