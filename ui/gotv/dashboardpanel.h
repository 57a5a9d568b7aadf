#pragma once

#include "gotv/electionservice.h"
#include "ui/gotv/chasepanel.h"

#include <QWidget>

class QChart;
class QLabel;
class QTableView;
class QTimer;

namespace terrain {

class AppSettings;
class BureauFiguresModel;
class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;
class TurnoutGrid;

// The dashboard tab: the per-bureau figures (most to gain first), read in the worker every
// 10 s while shown and shortly after a burst of marks or turnout edits; the chase panel; the
// official turnout grid and "Import figures…"; the chart of the selected bureaux' day (else
// the three with the most to gain).
class DashboardPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPanel)

public:
    static constexpr int kRefreshMs = 10000;

    DashboardPanel(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, DatabaseWorker& worker,
        ErrorBanner& banner, ElectionService& elections, QWidget* parent = nullptr);

    void setElection(const Election& election, const QList<Bureau>& bureaux);
    void setLive(bool live); // the timer runs while the page is shown
    void refresh();
    void scheduleRefresh(); // once, 300 ms after the last call
    void importTurnout();
    QList<qint64> selectedBureaux() const;
    void selectBureaux(const QList<qint64>& districtIds);

    BureauFiguresModel* figuresModel() const { return m_figures; }
    ChasePanel* chasePanel() const { return m_chase; }
    QChart* chart() const { return m_chart; }

Q_SIGNALS:
    void refreshed();

private:
    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    AppSettings& m_settings;
    DatabaseWorker& m_worker;
    ErrorBanner& m_banner;
    ElectionService& m_elections;
    Election m_election;
    bool m_refreshing = false;
    bool m_refreshAgain = false;

    BureauFiguresModel* m_figures = nullptr;
    QTableView* m_view = nullptr;
    ChasePanel* m_chase = nullptr;
    TurnoutGrid* m_grid = nullptr;
    QChart* m_chart = nullptr;
    QLabel* m_updated = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_soon = nullptr;
};

} // namespace terrain
