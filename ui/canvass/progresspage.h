#pragma once

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace terrain {

class AppSettings;
class CampaignSession;
class CanvassStatsModel;
class DatabaseWorker;
class ErrorBanner;

// "Progress": how the canvass and the phone bank are going, per list, per volunteer and per
// day (doors knocked, people reached, contact rate, supporters), a chart of activity over
// time, and the volunteers whose entries look implausible. Read in a worker thread.
class ProgressPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPage)

public:
    ProgressPage(CampaignSession& session, AppSettings& settings, QWidget* parent = nullptr);
    ~ProgressPage() override;

    void reload();
    bool isLoading() const { return m_loading; }
    CanvassStatsModel* byList() const { return m_byList; }
    CanvassStatsModel* byVolunteer() const { return m_byVolunteer; }
    CanvassStatsModel* byDay() const { return m_byDay; }
    QChart* chart() const { return m_chart; }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTableView* makeTable(CanvassStatsModel* model, const QString& name);

    CampaignSession& m_session;
    AppSettings& m_settings;
    std::unique_ptr<DatabaseWorker> m_worker;
    ErrorBanner* m_banner = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_period = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_total = nullptr;
    QTabWidget* m_tabs = nullptr;
    CanvassStatsModel* m_byList = nullptr;
    CanvassStatsModel* m_byVolunteer = nullptr;
    CanvassStatsModel* m_byDay = nullptr;
    QListWidget* m_flags = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace terrain
