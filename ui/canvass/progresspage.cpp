#include "ui/canvass/progresspage.h"

#include "canvass/canvassstats.h"
#include "ui/appsettings.h"
#include "ui/campaignsession.h"
#include "ui/canvass/canvassstatsmodel.h"
#include "ui/charts/chartsetup.h"
#include "ui/databaseworker.h"
#include "ui/errorbanner.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <optional>

namespace terrain {

namespace {

struct Snapshot
{
    QString channel;
    QList<CanvassFigures> byList;
    QList<CanvassFigures> byVolunteer;
    QList<CanvassFigures> byDay;
    CanvassFigures total;
    QList<ActivityPoint> activity;
    QList<QualityFlag> flags;
    std::optional<Error> error;
};

Snapshot readSnapshot(Database& db, const StatsFilter& filter)
{
    Snapshot s;
    s.channel = filter.channel;
    CanvassStats stats(db);
    auto take = [&s](auto result, auto& into) {
        if (!result) {
            if (!s.error)
                s.error = result.error();
            return;
        }
        into = std::move(*result);
    };
    take(stats.figures(StatsGroup::List, filter), s.byList);
    take(stats.figures(StatsGroup::Volunteer, filter), s.byVolunteer);
    take(stats.figures(StatsGroup::Day, filter), s.byDay);
    take(stats.total(filter), s.total);
    take(stats.activity(filter), s.activity);
    take(stats.flags(filter), s.flags);
    // The newest day first: the one a coordinator checks each evening.
    std::reverse(s.byDay.begin(), s.byDay.end());
    return s;
}

constexpr int kChartDays = 30;

} // namespace

ProgressPage::ProgressPage(CampaignSession& session, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_settings(settings),
      m_worker(std::make_unique<DatabaseWorker>(session.path()))
{
    setObjectName(QStringLiteral("progressPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);
    connect(m_worker.get(), &DatabaseWorker::failed, m_banner, &ErrorBanner::showFailure);

    auto* top = new QHBoxLayout;
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("statsChannel"));
    m_channel->addItem(tr("Door-to-door"), QStringLiteral("door"));
    m_channel->addItem(tr("Phone bank"), QStringLiteral("phone"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("statsPeriod"));
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("statsRefresh"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("statsTotal"));
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_channel);
    top->addWidget(m_period);
    top->addWidget(m_refresh);
    top->addSpacing(12);
    top->addWidget(m_total, 1);
    layout->addLayout(top);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ProgressPage::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ProgressPage::reload);
    connect(m_refresh, &QPushButton::clicked, this, &ProgressPage::reload);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("progressSplitter"));
    auto* upper = new QWidget(splitter);
    auto* upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(upper);
    m_tabs->setObjectName(QStringLiteral("statsTabs"));
    m_byList = new CanvassStatsModel(StatsGroup::List, this);
    m_byVolunteer = new CanvassStatsModel(StatsGroup::Volunteer, this);
    m_byDay = new CanvassStatsModel(StatsGroup::Day, this);
    m_tabs->addTab(makeTable(m_byList, QStringLiteral("statsByList")), tr("By list"));
    m_tabs->addTab(makeTable(m_byVolunteer, QStringLiteral("statsByVolunteer")), tr("By volunteer"));
    m_tabs->addTab(makeTable(m_byDay, QStringLiteral("statsByDay")), tr("By day"));
    upperLayout->addWidget(m_tabs, 1);

    auto* flagsBox = new QGroupBox(tr("Entries to check"), upper);
    auto* flagsLayout = new QVBoxLayout(flagsBox);
    auto* flagsHint = new QLabel(tr("Contact rates far outside 10-30 %, or doors entered seconds apart."), flagsBox);
    flagsHint->setWordWrap(true);
    m_flags = new QListWidget(flagsBox);
    m_flags->setObjectName(QStringLiteral("statsFlags"));
    m_flags->setWordWrap(true);
    flagsLayout->addWidget(flagsHint);
    flagsLayout->addWidget(m_flags, 1);
    flagsBox->setFixedWidth(300);
    upperLayout->addWidget(flagsBox);

    m_chartView = makeChartView(QStringLiteral("activityChart"), tr("Activity per day"), Qt::AlignBottom, 240, splitter);
    m_chart = m_chartView->chart();
    splitter->addWidget(upper);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    if (const QByteArray state = settings.splitterState(splitter->objectName()); !state.isEmpty())
        splitter->restoreState(state);
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
        m_settings.setSplitterState(splitter->objectName(), splitter->saveState());
    });
}

ProgressPage::~ProgressPage()
{
    m_worker.reset();
}

QTableView* ProgressPage::makeTable(CanvassStatsModel* model, const QString& name)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(CanvassStatsModel::SortRole);
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the order of the figures until a header is clicked
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

void ProgressPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ProgressPage::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    StatsFilter filter;
    filter.channel = m_channel->currentData().toString();
    if (const int days = m_period->currentData().toInt(); days > 0)
        filter.from = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0)).toMSecsSinceEpoch();
    m_worker->run([filter](Database& db) { return readSnapshot(db, filter); },
                  [this](const Snapshot& s) {
                      m_loading = false;
                      if (m_reloadAgain) {
                          m_reloadAgain = false;
                          reload();
                          return;
                      }
                      if (s.error)
                          m_banner->showError(*s.error);
                      else
                          m_banner->clear();
                      const bool doors = s.channel == QLatin1StringView("door");
                      m_byList->setFigures(s.byList, s.channel);
                      m_byVolunteer->setFigures(s.byVolunteer, s.channel);
                      m_byDay->setFigures(s.byDay, s.channel);

                      QHash<QString, QStringList> flagged;
                      m_flags->clear();
                      for (const QualityFlag& flag : s.flags) {
                          flagged[flag.volunteer] << flag.message;
                          auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/warning.svg")),
                                                           flag.message, m_flags);
                          item->setData(Qt::UserRole, flag.volunteer);
                      }
                      if (s.flags.isEmpty())
                          new QListWidgetItem(tr("Nothing looks implausible."), m_flags);
                      m_byVolunteer->setFlags(flagged);
                      m_tabs->setTabText(1, s.flags.isEmpty() ? tr("By volunteer")
                                                              : tr("By volunteer (%1 ⚠)").arg(s.flags.size()));

                      const CanvassFigures& t = s.total;
                      const QLocale locale;
                      const QString rate = t.doorsKnocked > 0
                                               ? locale.toString(100.0 * t.contactRate(), 'f', 0) + QStringLiteral(" %")
                                               : QStringLiteral("—");
                      m_total->setText(
                          (doors ? tr("%1 doors knocked, %2 reached (contact rate %3)")
                                 : tr("%1 people called, %2 answered (contact rate %3)"))
                              .arg(locale.toString(t.doorsKnocked), locale.toString(t.doorsReached), rate)
                          + QStringLiteral("  ·  ")
                          + tr("%1 people reached, %2 supporters identified")
                                .arg(locale.toString(t.peopleReached), locale.toString(t.supporters)));

                      // The chart: the last days with activity, as bars.
                      clearChart(m_chart);
                      const qsizetype first = std::max<qsizetype>(0, s.activity.size() - kChartDays);
                      auto* knocked = new QBarSet(doors ? tr("Doors knocked") : tr("People called"));
                      auto* reached = new QBarSet(tr("People reached"));
                      knocked->setColor(QColor(0x90, 0xa4, 0xae));
                      reached->setColor(QColor(0x1e, 0x88, 0xe5));
                      // Day and month only, in the locale's order: the labels stay short.
                      const QString dayFormat = locale.dateFormat(QLocale::ShortFormat).startsWith(u'M')
                                                    ? QStringLiteral("M/d")
                                                    : QStringLiteral("d/M");
                      QStringList days;
                      int highest = 0;
                      for (qsizetype i = first; i < s.activity.size(); ++i) {
                          const ActivityPoint& p = s.activity[i];
                          days << locale.toString(p.day, dayFormat);
                          *knocked << p.doorsKnocked;
                          *reached << p.peopleReached;
                          highest = std::max({highest, p.doorsKnocked, p.peopleReached});
                      }
                      auto* series = new QBarSeries;
                      series->append(knocked);
                      series->append(reached);
                      m_chart->addSeries(series);
                      auto* x = new QBarCategoryAxis;
                      x->append(days);
                      x->setLabelsAngle(days.size() > 20 ? -90 : 0);
                      m_chart->addAxis(x, Qt::AlignBottom);
                      QValueAxis* y = addValueAxis(m_chart, Qt::AlignLeft, 0, std::max(4, highest + highest / 10 + 1),
                                                   QStringLiteral("%d"));
                      y->applyNiceNumbers();
                      series->attachAxis(x);
                      series->attachAxis(y);
                      m_chart->setTitle(days.isEmpty() ? tr("No activity yet") : tr("Activity per day"));
                      Q_EMIT loaded();
                  });
}

} // namespace terrain
