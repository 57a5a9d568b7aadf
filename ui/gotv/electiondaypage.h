#pragma once

#include "gotv/chaselist.h"
#include "gotv/electionservice.h"
#include "gotv/gotvdashboard.h"
#include "gotv/votemarker.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;

namespace terrain {

class AppSettings;
class BureauFiguresModel;
class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;
class RecentMarksModel;

// Election day: marking who voted from the keyboard (bureau, numéro d'ordre, Enter), the
// per-bureau dashboard refreshed live with the official turnout and its chart, and "the
// key" (Ctrl+R): the chase list of the selected bureaux as call lists, walk lists or an SMS
// file. Every mark shows its source; the rules on the signature list are one click away.
class ElectionDayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElectionDayPage)

public:
    enum class ChaseFormat { CallList, WalkLists, SmsFile };
    static constexpr int kRefreshMs = 10000;

    ElectionDayPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent = nullptr);
    ~ElectionDayPage() override;

    qint64 electionId() const { return m_electionId; }
    void selectElection(qint64 electionId);
    void reloadElections();
    // Asks for name, date, round and closing time (DialogHelper::exec), creates and selects it.
    void newElection();

    MarkSource source() const;
    void setSource(MarkSource source);
    // What Enter in the marking box does: "3 142" (bureau, numéro d'ordre) or "142" in the
    // bureau typed last.
    void markTyped();
    void undoLastMark();
    void purgeSignatureMarks();

    // Reads the figures (and the chart's series) in the worker; dashboardRefreshed() after.
    void refreshDashboard();
    QList<qint64> selectedBureaux() const;
    void selectBureaux(const QList<qint64>& districtIds);
    void chase(ChaseFormat format);
    void chaseSelected(); // with the format chosen on the page
    void importTurnout();
    // Prints the lists the last chase made (a PDF per list).
    void printChaseLists();

    BureauFiguresModel* figuresModel() const { return m_figures; }
    RecentMarksModel* marksModel() const { return m_marks; }
    QList<qint64> lastChaseLists() const { return m_chaseLists; }
    QChart* chart() const { return m_chart; }

Q_SIGNALS:
    void dashboardRefreshed();
    void listsMade(const QList<qint64>& listIds);
    void chaseDone(bool ok);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildMarkingTab();
    QWidget* buildDashboardTab();
    void electionChosen();
    void showMarkOutcome(const Result<MarkOutcome>& outcome);
    void searchChanged(const QString& text);
    void markSearchResult();
    void scheduleRefresh();
    void fillTurnoutGrid();
    void turnoutEdited(int row, int column);
    void showSeries(const QList<std::pair<BureauFigures, QList<TurnoutPoint>>>& series);
    void showLegalNotice();
    void sourceChanged();

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    AppSettings& m_settings;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<ElectionService> m_elections;
    std::unique_ptr<VoteMarker> m_marker;
    qint64 m_electionId = 0;
    Election m_election;
    QString m_lastBureau;
    QList<Bureau> m_bureaux;
    QList<qint64> m_chaseLists;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_fillingGrid = false;

    ErrorBanner* m_banner = nullptr;
    QComboBox* m_electionCombo = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_sourceCombo = nullptr;
    QLabel* m_sourceWarning = nullptr;
    QLineEdit* m_markInput = nullptr;
    QLabel* m_bureauHint = nullptr;
    QLabel* m_feedback = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QList<Voter> m_found;
    RecentMarksModel* m_marks = nullptr;
    QTableView* m_marksView = nullptr;
    BureauFiguresModel* m_figures = nullptr;
    QTableView* m_figuresView = nullptr;
    QComboBox* m_chaseFormat = nullptr;
    QPushButton* m_chaseButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QTableWidget* m_grid = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QTimer* m_timer = nullptr;
    QTimer* m_soon = nullptr;
    QLabel* m_updated = nullptr;
};

} // namespace terrain
