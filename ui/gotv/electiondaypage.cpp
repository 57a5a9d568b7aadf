#include "ui/gotv/electiondaypage.h"

#include "exporting/peopleexport.h"
#include "exporting/tablewriter.h"
#include "lists/listprint.h"
#include "lists/listservice.h"
#include "lists/segmentfilter.h"
#include "lists/segmentservice.h"
#include "ui/appsettings.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/gotv/bureaufiguresmodel.h"
#include "ui/gotv/recentmarksmodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPen>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace terrain {

namespace {

// The figures published during the day, as the prefecture's website gives them.
const QList<QTime> kReportTimes{QTime(12, 0), QTime(17, 0)};

// The source chosen last is kept in the settings (a delegate's laptop stays on "delegate").
const QString kSourceKey = QStringLiteral("gotvMarkSource");

struct DashboardData
{
    Result<QList<BureauFigures>> figures = QList<BureauFigures>();
    QList<std::pair<BureauFigures, QList<TurnoutPoint>>> series;
};

struct ChaseOutcome
{
    Result<QList<ChasePerson>> people = QList<ChasePerson>();
    Result<QList<ListSummary>> lists = QList<ListSummary>();
};

double hours(QTime time)
{
    return time.msecsSinceStartOfDay() / 3600000.0;
}

} // namespace

ElectionDayPage::ElectionDayPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings,
                                 QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs), m_settings(settings),
      m_worker(std::make_unique<DatabaseWorker>(session.path())),
      m_elections(std::make_unique<ElectionService>(session.db(), session.author())),
      m_marker(std::make_unique<VoteMarker>(session.db(), session.author()))
{
    setObjectName(QStringLiteral("electionDayPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);
    connect(m_worker.get(), &DatabaseWorker::failed, m_banner, &ErrorBanner::showFailure);

    auto* top = new QHBoxLayout;
    auto* electionLabel = new QLabel(tr("&Election:"), this);
    m_electionCombo = new QComboBox(this);
    m_electionCombo->setObjectName(QStringLiteral("electionCombo"));
    m_electionCombo->setMinimumWidth(280);
    electionLabel->setBuddy(m_electionCombo);
    auto* create = new QPushButton(tr("&New election…"), this);
    create->setObjectName(QStringLiteral("newElection"));
    auto* notice = new QToolButton(this);
    notice->setObjectName(QStringLiteral("legalNotice"));
    notice->setIcon(QIcon(QStringLiteral(":/icons/info.svg")));
    notice->setText(tr("Marks and the law"));
    notice->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    notice->setToolTip(tr("Where vote marks may come from, and when they must be deleted"));
    top->addWidget(electionLabel);
    top->addWidget(m_electionCombo);
    top->addWidget(create);
    top->addStretch(1);
    top->addWidget(notice);
    layout->addLayout(top);
    connect(create, &QPushButton::clicked, this, &ElectionDayPage::newElection);
    connect(notice, &QToolButton::clicked, this, &ElectionDayPage::showLegalNotice);
    connect(m_electionCombo, &QComboBox::currentIndexChanged, this, &ElectionDayPage::electionChosen);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("electionTabs"));
    m_tabs->addTab(buildMarkingTab(), tr("&Marking"));
    m_tabs->addTab(buildDashboardTab(), tr("&Dashboard"));
    layout->addWidget(m_tabs, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &ElectionDayPage::refreshDashboard);
    // Marks come in bursts: one refresh shortly after the last of them.
    m_soon = new QTimer(this);
    m_soon->setSingleShot(true);
    m_soon->setInterval(300);
    connect(m_soon, &QTimer::timeout, this, &ElectionDayPage::refreshDashboard);

    auto* chaseKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    chaseKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(chaseKey, &QShortcut::activated, this, &ElectionDayPage::chaseSelected);

    connect(&session, &CampaignSession::peopleChanged, this, &ElectionDayPage::scheduleRefresh);
    reloadElections();
}

ElectionDayPage::~ElectionDayPage()
{
    m_worker.reset(); // no job reports to a half-destroyed page
}

QWidget* ElectionDayPage::buildMarkingTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QHBoxLayout(tab);

    auto* entry = new QGroupBox(tr("Mark who voted"), tab);
    auto* form = new QFormLayout(entry);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_sourceCombo = new QComboBox(entry);
    m_sourceCombo->setObjectName(QStringLiteral("markSource"));
    for (MarkSource s : {MarkSource::Phone, MarkSource::Volunteer, MarkSource::Delegate, MarkSource::SignatureList})
        m_sourceCombo->addItem(markSourceLabel(s), markSourceName(s));
    form->addRow(tr("&Source of the marks:"), m_sourceCombo);
    m_sourceWarning = new QLabel(tr("The signature list may only be consulted after the vote, and marks taken from "
                                    "it are deleted after the second round."),
                                 entry);
    m_sourceWarning->setObjectName(QStringLiteral("sourceWarning"));
    m_sourceWarning->setWordWrap(true);
    m_sourceWarning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    form->addRow(m_sourceWarning);

    m_markInput = new QLineEdit(entry);
    m_markInput->setObjectName(QStringLiteral("markInput"));
    m_markInput->setPlaceholderText(tr("e.g. 3 142, then Enter"));
    QFont big = m_markInput->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_markInput->setFont(big);
    m_markInput->installEventFilter(this);
    form->addRow(tr("&Bureau and numéro d'ordre:"), m_markInput);
    m_bureauHint = new QLabel(entry);
    m_bureauHint->setObjectName(QStringLiteral("bureauHint"));
    m_bureauHint->setWordWrap(true);
    m_bureauHint->setStyleSheet(QStringLiteral("color: #546e7a;"));
    form->addRow(m_bureauHint);
    m_feedback = new QLabel(entry);
    m_feedback->setObjectName(QStringLiteral("markFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height() * 2 + 8);
    form->addRow(m_feedback);

    m_search = new QLineEdit(entry);
    m_search->setObjectName(QStringLiteral("markSearch"));
    m_search->setPlaceholderText(tr("Name, then Enter (↓ to choose)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    form->addRow(tr("Or find by &name:"), m_search);
    m_results = new QListWidget(entry);
    m_results->setObjectName(QStringLiteral("markSearchResults"));
    m_results->setFocusPolicy(Qt::NoFocus); // the arrows in the search field move in it
    form->addRow(m_results);
    entry->setMaximumWidth(420);
    entry->setMinimumWidth(320);
    layout->addWidget(entry);

    auto* recent = new QGroupBox(tr("Last marks"), tab);
    auto* recentLayout = new QVBoxLayout(recent);
    m_marks = new RecentMarksModel(this);
    m_marksView = new QTableView(recent);
    m_marksView->setObjectName(QStringLiteral("recentMarks"));
    m_marksView->setModel(m_marks);
    m_marksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_marksView->setAlternatingRowColors(true);
    m_marksView->verticalHeader()->hide();
    // Widths from what the columns hold, not from the (empty) model at startup.
    const QFontMetrics metrics = m_marksView->fontMetrics();
    int sourceWidth = metrics.horizontalAdvance(tr("Source"));
    for (int i = 0; i < m_sourceCombo->count(); ++i)
        sourceWidth = std::max(sourceWidth, metrics.horizontalAdvance(m_sourceCombo->itemText(i)));
    QHeaderView* header = m_marksView->horizontalHeader();
    header->resizeSection(RecentMarksModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 16);
    const QString bureauTitle =
        m_marksView->model()->headerData(RecentMarksModel::BureauColumn, Qt::Horizontal).toString();
    header->resizeSection(RecentMarksModel::BureauColumn,
                          header->fontMetrics().horizontalAdvance(bureauTitle) + 24); // the title is the widest
    header->resizeSection(RecentMarksModel::NumberColumn, metrics.horizontalAdvance(QStringLiteral("00000")) + 16);
    header->resizeSection(RecentMarksModel::SourceColumn, sourceWidth + 16);
    header->resizeSection(RecentMarksModel::AuthorColumn, metrics.horizontalAdvance(QStringLiteral("MMMMMMMMMM")));
    header->setSectionResizeMode(RecentMarksModel::NameColumn, QHeaderView::Stretch);
    m_marksView->setWordWrap(false);
    recentLayout->addWidget(m_marksView, 1);
    auto* buttons = new QHBoxLayout;
    auto* undo = new QPushButton(QIcon(QStringLiteral(":/icons/undo.svg")), tr("&Undo the last mark (Ctrl+Z)"),
                                 recent);
    undo->setObjectName(QStringLiteral("undoMark"));
    auto* purge = new QPushButton(tr("&Purge signature-list marks…"), recent);
    purge->setObjectName(QStringLiteral("purgeSignatureMarks"));
    buttons->addWidget(undo);
    buttons->addStretch(1);
    buttons->addWidget(purge);
    recentLayout->addLayout(buttons);
    layout->addWidget(recent, 1);

    connect(m_markInput, &QLineEdit::returnPressed, this, &ElectionDayPage::markTyped);
    connect(m_search, &QLineEdit::textChanged, this, &ElectionDayPage::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &ElectionDayPage::markSearchResult);
    connect(m_results, &QListWidget::itemActivated, this, &ElectionDayPage::markSearchResult);
    connect(undo, &QPushButton::clicked, this, &ElectionDayPage::undoLastMark);
    connect(purge, &QPushButton::clicked, this, &ElectionDayPage::purgeSignatureMarks);

    const QString saved = QString::fromUtf8(m_settings.headerState(kSourceKey));
    if (auto s = markSourceFromName(saved))
        setSource(*s);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &ElectionDayPage::sourceChanged);
    sourceChanged();
    return tab;
}

QWidget* ElectionDayPage::buildDashboardTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* vertical = new QSplitter(Qt::Vertical, tab);
    vertical->setObjectName(QStringLiteral("electionDaySplitter"));

    auto* upper = new QWidget(vertical);
    auto* upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    m_figures = new BureauFiguresModel(this);
    m_figuresView = new QTableView(upper);
    m_figuresView->setObjectName(QStringLiteral("bureauFigures"));
    m_figuresView->setModel(m_figures);
    m_figuresView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_figuresView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_figuresView->setAlternatingRowColors(true);
    m_figuresView->verticalHeader()->hide();
    m_figuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_figuresView->horizontalHeader()->setSectionResizeMode(BureauFiguresModel::BureauColumn, QHeaderView::Stretch);
    upperLayout->addWidget(m_figuresView, 1);

    auto* actions = new QGroupBox(tr("Chase"), upper);
    auto* actionsLayout = new QVBoxLayout(actions);
    auto* chaseHint = new QLabel(tr("Select one bureau or several, then press Ctrl+R: the supporters not yet marked "
                                    "voted who may be reached that way."),
                                 actions);
    chaseHint->setWordWrap(true);
    actionsLayout->addWidget(chaseHint);
    m_chaseFormat = new QComboBox(actions);
    m_chaseFormat->setObjectName(QStringLiteral("chaseFormat"));
    m_chaseFormat->addItem(tr("Call list (phone bank)"), int(ChaseFormat::CallList));
    m_chaseFormat->addItem(tr("Walk lists by street"), int(ChaseFormat::WalkLists));
    m_chaseFormat->addItem(tr("SMS file (CSV)"), int(ChaseFormat::SmsFile));
    actionsLayout->addWidget(m_chaseFormat);
    m_chaseButton = new QPushButton(tr("&Relancer (Ctrl+R)"), actions);
    m_chaseButton->setObjectName(QStringLiteral("chaseButton"));
    m_chaseButton->setStyleSheet(QStringLiteral("font-weight: bold;"));
    actionsLayout->addWidget(m_chaseButton);
    m_printButton = new QPushButton(tr("&Print the lists…"), actions);
    m_printButton->setObjectName(QStringLiteral("printChaseLists"));
    m_printButton->setEnabled(false);
    actionsLayout->addWidget(m_printButton);
    actionsLayout->addSpacing(12);
    auto* import = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import figures…"), actions);
    import->setObjectName(QStringLiteral("importTurnout"));
    import->setToolTip(tr("A CSV file of rows: bureau code, time, number of voters"));
    actionsLayout->addWidget(import);
    auto* refresh = new QPushButton(tr("Re&fresh"), actions);
    refresh->setObjectName(QStringLiteral("refreshDashboard"));
    actionsLayout->addWidget(refresh);
    m_updated = new QLabel(actions);
    m_updated->setObjectName(QStringLiteral("dashboardUpdated"));
    m_updated->setStyleSheet(QStringLiteral("color: #607d8b;"));
    actionsLayout->addWidget(m_updated);
    actionsLayout->addStretch(1);
    actions->setFixedWidth(230);
    upperLayout->addWidget(actions);
    connect(m_chaseButton, &QPushButton::clicked, this, &ElectionDayPage::chaseSelected);
    connect(m_printButton, &QPushButton::clicked, this, &ElectionDayPage::printChaseLists);
    connect(import, &QPushButton::clicked, this, &ElectionDayPage::importTurnout);
    connect(refresh, &QPushButton::clicked, this, &ElectionDayPage::refreshDashboard);
    connect(m_figuresView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ElectionDayPage::scheduleRefresh); // the chart follows the selection

    auto* lower = new QSplitter(Qt::Horizontal, vertical);
    auto* gridBox = new QGroupBox(tr("Official turnout (voters so far)"), lower);
    auto* gridLayout = new QVBoxLayout(gridBox);
    m_grid = new QTableWidget(gridBox);
    m_grid->setObjectName(QStringLiteral("turnoutGrid"));
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    gridLayout->addWidget(m_grid);
    connect(m_grid, &QTableWidget::cellChanged, this, &ElectionDayPage::turnoutEdited);

    m_chart = new QChart;
    m_chart->setTitle(tr("Turnout through the day (dashed: expected)"));
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView = new QChartView(m_chart, lower);
    m_chartView->setObjectName(QStringLiteral("turnoutChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    lower->addWidget(gridBox);
    lower->addWidget(m_chartView);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);

    vertical->addWidget(upper);
    vertical->addWidget(lower);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    layout->addWidget(vertical);
    if (const QByteArray state = m_settings.splitterState(vertical->objectName()); !state.isEmpty())
        vertical->restoreState(state);
    connect(vertical, &QSplitter::splitterMoved, this, [this, vertical] {
        m_settings.setSplitterState(vertical->objectName(), vertical->saveState());
    });
    return tab;
}

// ---- Elections

void ElectionDayPage::reloadElections()
{
    auto elections = m_elections->elections();
    if (!elections) {
        m_banner->showError(elections.error());
        return;
    }
    const qint64 keep = m_electionId;
    {
        const QSignalBlocker blocker(m_electionCombo);
        m_electionCombo->clear();
        for (const Election& e : std::as_const(*elections)) {
            m_electionCombo->addItem(tr("%1 – round %2 – %3")
                                         .arg(e.name)
                                         .arg(e.round)
                                         .arg(QLocale().toString(e.date, QLocale::ShortFormat)),
                                     e.id);
        }
        int index = m_electionCombo->findData(keep);
        if (index < 0)
            index = m_electionCombo->count() - 1; // the latest: election day is today or soon
        m_electionCombo->setCurrentIndex(index);
    }
    electionChosen();
}

void ElectionDayPage::selectElection(qint64 electionId)
{
    const int index = m_electionCombo->findData(electionId);
    if (index >= 0)
        m_electionCombo->setCurrentIndex(index);
}

void ElectionDayPage::electionChosen()
{
    const qint64 id = m_electionCombo->currentData().toLongLong();
    const bool changed = id != m_electionId;
    m_electionId = id;
    m_election = Election();
    if (id > 0) {
        auto election = m_elections->election(id);
        if (election)
            m_election = *election;
        else
            m_banner->showError(election.error());
    }
    const bool have = m_electionId > 0;
    m_tabs->setEnabled(have);
    if (!have)
        m_banner->showMessage(tr("Create the election first (New election…): marks, figures and chase lists belong "
                                 "to one election."));
    if (changed) {
        m_marks->clear();
        m_figures->setFigures({});
        m_feedback->clear();
        m_chaseLists.clear();
        m_printButton->setEnabled(false);
    }
    auto bureaux = allBureaux(m_session.db());
    if (bureaux)
        m_bureaux = *bureaux;
    else
        m_banner->showError(bureaux.error());
    m_bureauHint->setText(m_lastBureau.isEmpty()
                              ? tr("Type the bureau, a space, the numéro d'ordre, then Enter.")
                              : tr("Bureau %1: the number alone is enough.").arg(m_lastBureau));
    fillTurnoutGrid();
    refreshDashboard();
}

void ElectionDayPage::newElection()
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("electionDialog"));
    dialog.setWindowTitle(tr("New election"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    name->setObjectName(QStringLiteral("electionName"));
    name->setPlaceholderText(tr("e.g. Municipales 2026"));
    auto* date = new QDateEdit(&dialog);
    date->setObjectName(QStringLiteral("electionDate"));
    date->setCalendarPopup(true);
    QDate sunday = QDate::currentDate();
    while (sunday.dayOfWeek() != Qt::Sunday)
        sunday = sunday.addDays(1);
    date->setDate(sunday);
    auto* round = new QSpinBox(&dialog);
    round->setObjectName(QStringLiteral("electionRound"));
    round->setRange(1, 2);
    auto* closes = new QTimeEdit(QTime(20, 0), &dialog);
    closes->setObjectName(QStringLiteral("electionCloses"));
    closes->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Round:"), round);
    form->addRow(tr("Polls &close at:"), closes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (m_dialogs.exec(dialog) != QDialog::Accepted)
        return;
    auto id = m_elections->createElection(name->text().trimmed(), date->date(), round->value(), closes->time());
    if (!id) {
        m_banner->showError(id.error());
        return;
    }
    m_banner->showMessage(tr("Election %1 created.").arg(name->text().trimmed()));
    m_electionId = 0;
    reloadElections();
    selectElection(*id);
}

// ---- Marking

MarkSource ElectionDayPage::source() const
{
    auto s = markSourceFromName(m_sourceCombo->currentData().toString());
    return s ? *s : MarkSource::Phone;
}

void ElectionDayPage::setSource(MarkSource source)
{
    const int index = m_sourceCombo->findData(markSourceName(source));
    if (index >= 0)
        m_sourceCombo->setCurrentIndex(index);
}

void ElectionDayPage::sourceChanged()
{
    m_sourceWarning->setVisible(source() == MarkSource::SignatureList);
    m_settings.setHeaderState(kSourceKey, markSourceName(source()).toUtf8());
}

void ElectionDayPage::markTyped()
{
    if (m_electionId <= 0)
        return;
    const QStringList parts = m_markInput->text().simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    bool ok = false;
    const qint64 number = parts.last().toLongLong(&ok);
    const QString bureau = parts.size() > 1 ? parts.mid(0, parts.size() - 1).join(u' ') : m_lastBureau;
    if (!ok || number <= 0 || bureau.isEmpty()) {
        m_feedback->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_feedback->setText(tr("Type the bureau, a space, then the numéro d'ordre (e.g. 3 142)."));
        m_markInput->selectAll();
        return;
    }
    auto outcome = m_marker->markVoted(m_electionId, bureau, number, source());
    if (outcome) {
        m_lastBureau = bureau;
        m_bureauHint->setText(tr("Bureau %1: the number alone is enough.").arg(m_lastBureau));
    }
    showMarkOutcome(outcome);
    if (outcome)
        m_markInput->clear();
    else
        m_markInput->selectAll(); // a typo: retype over it
}

void ElectionDayPage::showMarkOutcome(const Result<MarkOutcome>& outcome)
{
    if (!outcome) {
        m_feedback->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_feedback->setText(outcome.error().message);
        return;
    }
    const MarkOutcome& m = *outcome;
    const QString who = m.voter.listNumber
                            ? tr("%1 (bureau %2, no. %3)").arg(m.voter.name, m.voter.bureauCode).arg(*m.voter.listNumber)
                            : tr("%1 (bureau %2)").arg(m.voter.name, m.voter.bureauCode);
    if (m.alreadyMarked) {
        m_feedback->setStyleSheet(QStringLiteral("color: #b26a00;"));
        m_feedback->setText(tr("%1 already marked (by %2, at %3, %4): ignored.")
                                .arg(who, m.author.isEmpty() ? tr("someone") : m.author,
                                     m.at.toLocalTime().toString(QStringLiteral("HH:mm")), markSourceLabel(m.source)));
        return;
    }
    m_feedback->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_feedback->setText(tr("%1 marked voted.").arg(who));
    m_marks->addMark(m);
    scheduleRefresh();
}

void ElectionDayPage::undoLastMark()
{
    if (m_electionId <= 0)
        return;
    auto undone = m_marker->undoLast(m_electionId);
    if (!undone) {
        m_banner->showError(undone.error());
        return;
    }
    if (!undone->has_value()) {
        m_feedback->setStyleSheet(QString());
        m_feedback->setText(tr("No mark of yours to undo."));
        return;
    }
    const MarkOutcome& m = **undone;
    m_marks->removeMark(m.markId);
    m_feedback->setStyleSheet(QStringLiteral("color: #37474f;"));
    m_feedback->setText(tr("Mark of %1 undone.").arg(m.voter.name));
    scheduleRefresh();
}

void ElectionDayPage::searchChanged(const QString& text)
{
    m_results->clear();
    m_found.clear();
    if (m_electionId <= 0 || text.trimmed().size() < 2)
        return;
    auto voters = m_marker->searchVoters(m_electionId, 0, text.trimmed(), 12);
    if (!voters) {
        m_banner->showError(voters.error());
        return;
    }
    m_found = *voters;
    for (const Voter& v : std::as_const(m_found)) {
        QString label = v.listNumber ? tr("%1 – bureau %2, no. %3").arg(v.name, v.bureauCode).arg(*v.listNumber)
                                     : tr("%1 – bureau %2").arg(v.name, v.bureauCode);
        if (!v.birthDate.isEmpty())
            label += tr(", born %1").arg(v.birthDate);
        if (v.marked)
            label += tr(" (already marked)");
        auto* item = new QListWidgetItem(label, m_results);
        if (v.marked)
            item->setForeground(QColor(0x90, 0xa4, 0xae));
    }
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
}

void ElectionDayPage::markSearchResult()
{
    const int row = m_results->currentRow();
    if (m_electionId <= 0 || row < 0 || row >= m_found.size())
        return;
    showMarkOutcome(m_marker->markPerson(m_electionId, m_found[row].personId, source()));
    m_search->clear();
}

void ElectionDayPage::purgeSignatureMarks()
{
    if (m_electionId <= 0)
        return;
    if (!m_dialogs.ask(this, tr("Purge signature-list marks"),
                       tr("Delete every mark of %1 taken from the signature list, on every computer (through "
                          "sync)? The law asks for it after the second round. This cannot be undone.")
                           .arg(m_election.name),
                       tr("Delete the marks")))
        return;
    auto purged = m_marker->purge(m_electionId, MarkSource::SignatureList);
    if (!purged) {
        m_banner->showError(purged.error());
        return;
    }
    m_marks->removeSource(MarkSource::SignatureList);
    m_banner->showMessage(tr("%Ln mark(s) from the signature list deleted.", nullptr, int(*purged)));
    scheduleRefresh();
}

void ElectionDayPage::showLegalNotice()
{
    m_dialogs.inform(
        this, tr("Vote marks and the law"),
        tr("<p>Every mark records where it came from: the person said so on the phone, a volunteer took them to "
           "vote, the campaign's delegate in the bureau, or the signature list (liste d'émargement).</p>"
           "<p>The signature list may be consulted by any voter only <b>after</b> the vote, during ten days. Do "
           "not copy it during the vote. Marks entered from it are kept apart and must be deleted after the "
           "second round: use <i>Purge signature-list marks…</i>.</p>"
           "<p>Marks are shared with the campaign's other computers through sync; they serve only to remind "
           "your own supporters to vote.</p>"));
}

bool ElectionDayPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_markInput || watched == m_search)) {
        auto* key = static_cast<QKeyEvent*>(event);
        auto* edit = static_cast<QLineEdit*>(watched);
        // Ctrl+Z in an empty box takes back the last mark; with text, it undoes the typing.
        if (key->matches(QKeySequence::Undo) && edit->text().isEmpty()) {
            undoLastMark();
            return true;
        }
        if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_results->count()) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_results->setCurrentRow(std::clamp(m_results->currentRow() + step, 0, m_results->count() - 1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ElectionDayPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refreshDashboard();
    m_markInput->setFocus();
}

void ElectionDayPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer->stop(); // nobody looks: no need to read the figures every ten seconds
}

// ---- Dashboard

void ElectionDayPage::scheduleRefresh()
{
    m_soon->start();
}

void ElectionDayPage::refreshDashboard()
{
    if (m_electionId <= 0)
        return;
    if (m_refreshing) {
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const qint64 election = m_electionId;
    const QList<qint64> selected = selectedBureaux();
    m_worker->run(
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
                    read.series.append({f, *series});
            }
            return read;
        },
        [this, election](DashboardData read) {
            m_refreshing = false;
            if (election == m_electionId) {
                if (!read.figures) {
                    m_banner->showError(read.figures.error());
                } else {
                    m_figures->setFigures(*read.figures);
                    showSeries(read.series);
                    m_updated->setText(tr("Updated at %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
                }
            }
            if (m_refreshAgain) {
                m_refreshAgain = false;
                refreshDashboard();
                return;
            }
            Q_EMIT dashboardRefreshed();
        });
}

void ElectionDayPage::showSeries(const QList<std::pair<BureauFigures, QList<TurnoutPoint>>>& series)
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto* x = new QValueAxis;
    x->setRange(8, std::max(hours(m_election.closes), 9.0));
    x->setTickCount(int(std::max(hours(m_election.closes), 9.0) - 8) / 2 + 1); // every two hours
    x->setLabelFormat(QStringLiteral("%dh"));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %%"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    const QList<QColor> colours{QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x7d, 0x32),
                                QColor(0x6a, 0x1b, 0x9a), QColor(0xef, 0x6c, 0x00), QColor(0x00, 0x83, 0x8f)};
    int n = 0;
    for (const auto& [bureau, points] : series) {
        const QColor colour = colours[n++ % colours.size()];
        auto* official = new QLineSeries;
        official->setName(tr("Bureau %1").arg(bureau.code));
        official->setPen(QPen(colour, 2.5));
        official->setPointsVisible(true);
        official->append(8, 0);
        auto* expected = new QLineSeries;
        expected->setName(tr("expected"));
        expected->setPen(QPen(colour, 1.5, Qt::DashLine));
        expected->append(8, 0);
        for (const TurnoutPoint& p : points) {
            if (p.rate)
                official->append(hours(p.time), *p.rate * 100.0);
            if (p.expected)
                expected->append(hours(p.time), *p.expected * 100.0);
        }
        for (QLineSeries* s : {official, expected}) {
            m_chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
        // One legend entry per bureau: the dashed line is explained by the title.
        const auto markers = m_chart->legend()->markers(expected);
        for (auto* marker : markers)
            marker->setVisible(false);
    }
}

QList<qint64> ElectionDayPage::selectedBureaux() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_figuresView->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << index.data(BureauFiguresModel::DistrictIdRole).toLongLong();
    return ids;
}

void ElectionDayPage::selectBureaux(const QList<qint64>& districtIds)
{
    QItemSelection selection;
    for (int row = 0; row < m_figures->rowCount(); ++row) {
        if (districtIds.contains(m_figures->index(row, 0).data(BureauFiguresModel::DistrictIdRole).toLongLong()))
            selection.select(m_figures->index(row, 0), m_figures->index(row, BureauFiguresModel::ColumnCount - 1));
    }
    m_figuresView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void ElectionDayPage::fillTurnoutGrid()
{
    const QSignalBlocker blocker(m_grid);
    m_fillingGrid = true;
    m_grid->clear();
    QStringList headers;
    for (QTime t : kReportTimes)
        headers << t.toString(QStringLiteral("HH:mm"));
    headers << tr("Close (%1)").arg(m_election.closes.toString(QStringLiteral("HH:mm")));
    m_grid->setColumnCount(int(headers.size()));
    m_grid->setHorizontalHeaderLabels(headers);
    m_grid->setRowCount(int(m_bureaux.size()));
    QStringList rows;
    for (const Bureau& b : std::as_const(m_bureaux))
        rows << b.code;
    m_grid->setVerticalHeaderLabels(rows);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int r = 0; r < m_grid->rowCount(); ++r) {
        for (int c = 0; c < m_grid->columnCount(); ++c) {
            auto* item = new QTableWidgetItem;
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_grid->setItem(r, c, item);
        }
    }
    if (m_electionId > 0) {
        auto reports = m_elections->turnoutReports(m_electionId);
        if (!reports) {
            m_banner->showError(reports.error());
        } else {
            for (const TurnoutReport& report : std::as_const(*reports)) {
                const QTime time = report.at.toLocalTime().time();
                int column = int(kReportTimes.indexOf(time));
                if (column < 0 && time == m_election.closes)
                    column = int(kReportTimes.size());
                int row = -1;
                for (int r = 0; r < m_bureaux.size() && row < 0; ++r) {
                    if (m_bureaux[r].id == report.districtId)
                        row = r;
                }
                if (column >= 0 && row >= 0)
                    m_grid->item(row, column)->setText(QLocale().toString(report.count));
            }
        }
    }
    m_fillingGrid = false;
}

void ElectionDayPage::turnoutEdited(int row, int column)
{
    if (m_fillingGrid || m_electionId <= 0 || row < 0 || row >= m_bureaux.size())
        return;
    const QString text = m_grid->item(row, column)->text().trimmed();
    if (text.isEmpty())
        return;
    bool ok = false;
    qint64 count = QLocale().toLongLong(text, &ok);
    if (!ok)
        count = text.toLongLong(&ok);
    const QTime time = column < kReportTimes.size() ? kReportTimes[column] : m_election.closes;
    if (!ok || count < 0) {
        m_banner->showMessage(tr("Type the number of voters (e.g. 412)."), ErrorBanner::Level::Warning);
        fillTurnoutGrid();
        return;
    }
    auto id = m_elections->recordTurnout(m_electionId, m_bureaux[row].id, time, count);
    if (!id) {
        m_banner->showError(id.error());
        fillTurnoutGrid();
        return;
    }
    m_banner->clear();
    scheduleRefresh();
}

void ElectionDayPage::importTurnout()
{
    if (m_electionId <= 0)
        return;
    const QString path = m_dialogs.openFileName(this, tr("Import turnout figures"), QDir::homePath(),
                                                tr("CSV files (*.csv *.txt)"));
    if (path.isEmpty())
        return;
    auto imported = m_elections->importTurnout(m_electionId, path);
    if (!imported) {
        m_banner->showError(imported.error());
        return;
    }
    m_banner->showMessage(tr("%1 figures read: %2 new, %3 replaced.")
                              .arg(imported->rows)
                              .arg(imported->added)
                              .arg(imported->updated));
    fillTurnoutGrid();
    scheduleRefresh();
}

// ---- The key

void ElectionDayPage::chaseSelected()
{
    chase(ChaseFormat(m_chaseFormat->currentData().toInt()));
}

void ElectionDayPage::chase(ChaseFormat format)
{
    const QList<qint64> bureaux = selectedBureaux();
    if (m_electionId <= 0 || bureaux.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        m_banner->showMessage(tr("Select one bureau or several in the dashboard first."),
                              ErrorBanner::Level::Warning);
        Q_EMIT chaseDone(false);
        return;
    }
    QStringList codes;
    for (qint64 id : bureaux) {
        if (const BureauFigures* f = m_figures->figuresOf(id))
            codes << f->code;
    }
    if (format != ChaseFormat::SmsFile) {
        // The lists' segment names bureaux by code: refuse when a code is not unique.
        for (const QString& code : std::as_const(codes)) {
            const auto& all = m_figures->figures();
            if (std::count_if(all.begin(), all.end(), [&](const BureauFigures& f) { return f.code == code; }) > 1) {
                m_banner->showMessage(tr("Several communes have a bureau %1: make the SMS file instead, or lists "
                                         "from the Segments page.")
                                          .arg(code),
                                      ErrorBanner::Level::Warning);
                Q_EMIT chaseDone(false);
                return;
            }
        }
    }
    QString smsPath;
    if (format == ChaseFormat::SmsFile) {
        smsPath = m_dialogs.saveFileName(
            this, tr("SMS file"),
            QDir::home().filePath(tr("chase-%1.csv").arg(QTime::currentTime().toString(QStringLiteral("HHmm")))),
            tr("CSV files (*.csv)"));
        if (smsPath.isEmpty()) {
            Q_EMIT chaseDone(false);
            return;
        }
    }
    const qint64 election = m_electionId;
    const QString electionUuid = m_election.uuid;
    const QString author = m_session.author();
    const QString listName = tr("Chase %1 – bureau %2").arg(QTime::currentTime().toString(QStringLiteral("HH:mm")),
                                                           codes.join(QStringLiteral(", ")));
    const QStringList smsHeader{tr("phone"), tr("last_name"), tr("first_names"), tr("bureau")};
    m_chaseButton->setEnabled(false);
    m_worker->run(
        [=](Database& db) {
            ChaseOutcome out;
            const ChaseChannel channel = format == ChaseFormat::CallList    ? ChaseChannel::Phone
                                         : format == ChaseFormat::WalkLists ? ChaseChannel::Door
                                                                            : ChaseChannel::Sms;
            out.people = ChaseList(db).build(election, bureaux, channel);
            if (!out.people || out.people->isEmpty())
                return out;
            if (format == ChaseFormat::SmsFile) {
                // As `terrain-cli chase --format sms-csv`: numbers without '+', formulas neutralised.
                auto writer = TableWriter::create(smsPath, ExportFormat::StandardCsv);
                if (!writer) {
                    out.people = writer.error();
                    return out;
                }
                Status s = (*writer)->writeHeader(smsHeader);
                for (qsizetype i = 0; s && i < out.people->size(); ++i) {
                    const ChasePerson& p = out.people->at(i);
                    const QString phone = p.phone.startsWith(u'+') ? p.phone.mid(1) : p.phone;
                    s = (*writer)->writeRow(
                        {phone, p.usageName.isEmpty() ? p.lastName : p.usageName, p.firstNames, p.bureauCode});
                }
                if (s)
                    s = (*writer)->commit();
                if (s)
                    s = logExport(db, QStringLiteral("chase sms"), smsPath, out.people->size(), author);
                if (!s)
                    out.people = s.error();
                return out;
            }
            // ListService makes lists from a segment, not from explicit people: the same
            // people as ChaseList, said as a filter (supporters of these bureaux, not voted).
            Segment segment;
            segment.name = listName;
            segment.filter = SegmentFilter::all({SegmentFilter::values(SegmentFilter::Kind::Bureaux, codes),
                                                 SegmentFilter::support({1, 2}),
                                                 SegmentFilter::values(SegmentFilter::Kind::NotVoted, {electionUuid})});
            ListService lists(db, author);
            out.lists = format == ChaseFormat::CallList ? lists.createCallLists(segment)
                                                        : lists.createWalkLists(segment);
            return out;
        },
        [this, format, smsPath](ChaseOutcome out) {
            m_chaseButton->setEnabled(true);
            if (!out.people) {
                m_banner->showError(out.people.error());
                Q_EMIT chaseDone(false);
                return;
            }
            if (out.people->isEmpty()) {
                m_banner->showMessage(tr("No one left to chase there: every supporter who can be reached that way is "
                                         "marked voted."));
                Q_EMIT chaseDone(true);
                return;
            }
            if (format == ChaseFormat::SmsFile) {
                m_banner->showMessage(
                    tr("%Ln people written to %1.", nullptr, int(out.people->size())).arg(QDir::toNativeSeparators(smsPath)));
                Q_EMIT chaseDone(true);
                return;
            }
            if (!out.lists) {
                m_banner->showError(out.lists.error());
                Q_EMIT chaseDone(false);
                return;
            }
            m_chaseLists.clear();
            QStringList codesMade;
            for (const ListSummary& list : std::as_const(*out.lists)) {
                m_chaseLists << list.id;
                codesMade << list.code;
            }
            m_printButton->setEnabled(!m_chaseLists.isEmpty());
            m_banner->showMessage(
                format == ChaseFormat::CallList
                    ? tr("%Ln people to call: list %1, ready in the phone bank.", nullptr, int(out.people->size()))
                          .arg(codesMade.join(QStringLiteral(", ")))
                    : tr("%Ln people to visit: walk list(s) %1.", nullptr, int(out.people->size()))
                          .arg(codesMade.join(QStringLiteral(", "))));
            Q_EMIT listsMade(m_chaseLists);
            Q_EMIT chaseDone(true);
        });
}

void ElectionDayPage::printChaseLists()
{
    if (m_chaseLists.isEmpty())
        return;
    auto lists = ListService(m_session.db(), m_session.author()).lists();
    if (!lists) {
        m_banner->showError(lists.error());
        return;
    }
    QStringList codes;
    for (const ListSummary& list : std::as_const(*lists)) {
        if (m_chaseLists.contains(list.id))
            codes << list.code;
    }
    if (codes.isEmpty())
        return;
    const QString path = m_dialogs.saveFileName(this, tr("Print the chase lists"),
                                                QDir::home().filePath(codes.first() + QStringLiteral(".pdf")),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QStringList written;
    for (const QString& code : std::as_const(codes)) {
        // One file per list: the first at the chosen name, the others beside it with their code.
        const QFileInfo info(path);
        const QString target = code == codes.first()
                                   ? path
                                   : info.dir().filePath(info.completeBaseName() + u'-' + code + QStringLiteral(".pdf"));
        if (Status s = printListPdf(m_session.db(), code, target); !s) {
            m_banner->showError(s.error());
            return;
        }
        written << QDir::toNativeSeparators(target);
    }
    m_banner->showMessage(tr("Printed to %1.").arg(written.join(QStringLiteral(", "))));
}

} // namespace terrain
