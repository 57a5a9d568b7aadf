#include "ui/gotv/dashboardpanel.h"

#include "ui/appsettings.h"
#include "ui/charts/chartsetup.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/gotv/bureaufiguresmodel.h"
#include "ui/gotv/turnoutchart.h"
#include "ui/gotv/turnoutgrid.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace terrain {

namespace {

struct DashboardData
{
    Result<QList<BureauFigures>> figures = QList<BureauFigures>();
    BureauSeries series;
};

} // namespace

DashboardPanel::DashboardPanel(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings,
    DatabaseWorker& worker, ErrorBanner& banner, ElectionService& elections, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
    , m_settings(settings)
    , m_worker(worker)
    , m_banner(banner)
    , m_elections(elections)
{
    auto* layout = new QVBoxLayout(this);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("electionDaySplitter"));

    auto* upper = new QWidget(vertical);
    auto* upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    m_figures = new BureauFiguresModel(this);
    m_view = new QTableView(upper);
    m_view->setObjectName(QStringLiteral("bureauFigures"));
    m_view->setModel(m_figures);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false); // one line per bureau: long names are elided
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BureauFiguresModel::BureauColumn, QHeaderView::Stretch);
    upperLayout->addWidget(m_view, 1);

    auto* side = new QWidget(upper);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_chase = new ChasePanel(
        session, dialogs, worker, banner,
        [this] {
            QList<BureauFigures> selected;
            for (qint64 id : selectedBureaux()) {
                if (const BureauFigures* f = m_figures->figuresOf(id))
                    selected << *f;
            }
            return selected;
        },
        side);
    sideLayout->addWidget(m_chase);
    auto* import = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import figures…"), side);
    import->setObjectName(QStringLiteral("importTurnout"));
    import->setToolTip(tr("A CSV file of rows: bureau code, time, number of voters"));
    sideLayout->addWidget(import);
    auto* refreshButton = new QPushButton(tr("Re&fresh"), side);
    refreshButton->setObjectName(QStringLiteral("refreshDashboard"));
    sideLayout->addWidget(refreshButton);
    m_updated = new QLabel(side);
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_updated->setStyleSheet(QStringLiteral("color: #607d8b;"));
    sideLayout->addWidget(m_updated);
    sideLayout->addStretch(1);
    side->setFixedWidth(240);
    upperLayout->addWidget(side);
    connect(import, &QPushButton::clicked, this, &DashboardPanel::importTurnout);
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DashboardPanel::scheduleRefresh); // the chart follows the selection

    auto* lower = new QSplitter(Qt::Horizontal, vertical);
    auto* gridBox = new QGroupBox(tr("Official turnout (voters so far)"), lower);
    auto* gridLayout = new QVBoxLayout(gridBox);
    m_grid = new TurnoutGrid(elections, banner, gridBox);
    gridLayout->addWidget(m_grid);
    connect(m_grid, &TurnoutGrid::turnoutChanged, this, &DashboardPanel::scheduleRefresh);
    QChartView* chartView = makeChartView(
        QStringLiteral("turnoutChart"), tr("Turnout through the day (dashed: expected)"), Qt::AlignBottom, 220, lower);
    m_chart = chartView->chart();
    lower->addWidget(gridBox);
    lower->addWidget(chartView);
    // The chart needs the room; three columns of figures do not.
    const int column = gridBox->fontMetrics().horizontalAdvance(tr("At close (%1)").arg(QStringLiteral("20:00"))) + 24;
    gridBox->setMinimumWidth(column * 3 + 100); // three columns, the bureau codes, the frame and scroll bar
    gridBox->setMaximumWidth(column * 4 + 100);
    lower->setStretchFactor(0, 0);
    lower->setStretchFactor(1, 1);

    vertical->addWidget(upper);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical);
    if (const QByteArray state = m_settings.splitterState(vertical->objectName()); !state.isEmpty())
        vertical->restoreState(state);
    connect(vertical, &QSplitter::splitterMoved, this,
        [this, vertical] { m_settings.setSplitterState(vertical->objectName(), vertical->saveState()); });

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardPanel::refresh);
    // Marks come in bursts: one refresh shortly after the last of them.
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(300);
    connect(m_soon, &QTimer::timeout, this, &DashboardPanel::refresh);
}

void DashboardPanel::setElection(const Election& election, const QList<Bureau>& bureaux)
{
    if (election.id != m_election.id)
        m_figures->setFigures({});
    m_election = election;
    m_chase->setElection(election);
    m_grid->setElection(election, bureaux);
    refresh();
}

void DashboardPanel::setLive(bool live)
{
    if (live)
        m_timer->start();
    else
        m_timer->stop(); // nobody looks: no need to read the figures every ten seconds
}

void DashboardPanel::scheduleRefresh()
{
    m_soon->start();
}

void DashboardPanel::refresh()
{
    if (m_election.id <= 0)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const qint64 election = m_election.id;
    const QList<qint64> selected = selectedBureaux();
    m_worker.run(
        [election, selected](Database& db) {
            DashboardData read;
            GotvDashboard dashboard(db);
            read.figures = dashboard.figures(election);
            if (!read.figures)
                return read;
            // The chart: the selected bureaux, else the three with the most to gain.
            QList<BureauFigures> shown;
            for (const BureauFigures& f : std::as_const(*read.figures)) {
                if (selected.isEmpty() ? shown.size() < 3 : selected.contains(f.districtId))
                    shown << f;
            }
            for (const BureauFigures& f : std::as_const(shown)) {
                auto series = dashboard.turnoutSeries(election, f.districtId);
                if (series)
                    read.series.append({ f, *series });
            }
            return read;
        },
        [this, election](DashboardData read) {
            m_refreshing = false;
            if (election == m_election.id) {
                if (!read.figures) {
                    m_banner.showError(read.figures.error());
                } else {
                    m_figures->setFigures(*read.figures);
                    showTurnoutSeries(m_chart, m_election.closes, read.series);
                    m_updated->setText(
                        tr("Updated at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
                }
            }
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refresh();
                return;
            }
            Q_EMIT refreshed();
        });
}

QList<qint64> DashboardPanel::selectedBureaux() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << index.data(BureauFiguresModel::DistrictIdRole).toLongLong();
    return ids;
}

void DashboardPanel::selectBureaux(const QList<qint64>& districtIds)
{
    QItemSelection selection;
    for (int row = 0; row < m_figures->rowCount(); ++row) {
        if (districtIds.contains(m_figures->index(row, 0).data(BureauFiguresModel::DistrictIdRole).toLongLong()))
            selection.select(m_figures->index(row, 0), m_figures->index(row, BureauFiguresModel::ColumnCount - 1));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void DashboardPanel::importTurnout()
{
    if (m_election.id <= 0)
        return;
    const QString path
        = m_dialogs.openFileName(this, tr("Import turnout figures"), QDir::homePath(), tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    auto imported = m_elections.importTurnout(m_election.id, path);
    if (!imported) {
        m_banner.showError(imported.error());
        return;
    }
    m_banner.showMessage(
        tr("%1 figures read: %2 new, %3 replaced.").arg(imported->rows).arg(imported->added).arg(imported->updated));
    m_grid->fill();
    scheduleRefresh();
}

} // namespace terrain
