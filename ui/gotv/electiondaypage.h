#pragma once

#include "gotv/electionservice.h"
#include "gotv/votemarker.h"
#include "ui/gotv/chasepanel.h"

#include <QWidget>

#include <memory>

class QChart;
class QComboBox;
class QTabWidget;

namespace terrain {

class AppSettings;
class BureauFiguresModel;
class BureauSettingsPanel;
class CampaignSession;
class DashboardPanel;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;
class MarkingPanel;
class ProxiesPanel;
class RecentMarksModel;

// Election day: an election chooser, then four tabs: marking who voted from the keyboard
// (MarkingPanel), the live per-bureau dashboard with the official turnout, its chart and
// "the key" (DashboardPanel, Ctrl+R anywhere on the page), the bureaux' registered counts
// and expected turnout (BureauSettingsPanel), and proxy votes (ProxiesPanel). Every mark
// shows its source; the rules on the signature list are one click away.
class ElectionDayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElectionDayPage)

public:
    using ChaseFormat = ChasePanel::Format;
    enum Tab { MarkingTab, DashboardTab, BureauxTab, ProxiesTab };

    ElectionDayPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent = nullptr);
    ~ElectionDayPage() override;

    qint64 electionId() const { return m_election.id; }
    void selectElection(qint64 electionId);
    void reloadElections();
    // Asks for name, date, round and closing time (DialogHelper::exec), creates and selects it.
    void newElection();

    MarkSource source() const;
    void setSource(MarkSource source);
    void purgeSignatureMarks();

    // Reads the figures (and the chart's series) in the worker; dashboardRefreshed() after.
    void refreshDashboard();
    QList<qint64> selectedBureaux() const;
    void selectBureaux(const QList<qint64>& districtIds);
    void chase(ChaseFormat format);
    void chaseSelected(); // with the format chosen on the page
    QList<qint64> lastChaseLists() const;

    MarkingPanel* marking() const { return m_marking; }
    DashboardPanel* dashboard() const { return m_dashboard; }
    BureauSettingsPanel* bureauSettings() const { return m_bureauSettings; }
    ProxiesPanel* proxies() const { return m_proxies; }
    BureauFiguresModel* figuresModel() const;
    RecentMarksModel* marksModel() const;
    QChart* chart() const;

Q_SIGNALS:
    void dashboardRefreshed();
    void listsMade(const QList<qint64>& listIds);
    void chaseDone(bool ok);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void electionChosen();
    void showLegalNotice();

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<ElectionService> m_elections;
    Election m_election;

    ErrorBanner* m_banner = nullptr;
    QComboBox* m_electionCombo = nullptr;
    QTabWidget* m_tabs = nullptr;
    MarkingPanel* m_marking = nullptr;
    DashboardPanel* m_dashboard = nullptr;
    BureauSettingsPanel* m_bureauSettings = nullptr;
    ProxiesPanel* m_proxies = nullptr;
};

} // namespace terrain
