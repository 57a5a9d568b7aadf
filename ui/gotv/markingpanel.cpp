#include "ui/gotv/markingpanel.h"

#include "ui/appsettings.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/gotv/recentmarksmodel.h"
#include "ui/labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace terrain {

namespace {

// The source chosen last is kept in the settings (a delegate's laptop stays on "delegate").
const QString kSourceKey = QStringLiteral("gotvMarkSource");

} // namespace

MarkingPanel::MarkingPanel(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings,
    DatabaseWorker& worker, ErrorBanner& banner, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_dialogs(dialogs)
    , m_worker(worker)
    , m_banner(banner)
    , m_marker(std::make_unique<VoteMarker>(session.db(), session.author()))
{
    auto* layout = new QHBoxLayout(this);
    auto* entry = new QGroupBox(tr("Mark who voted"), this);
    auto* form = new QFormLayout(entry);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_sourceCombo = new QComboBox(entry);
    m_sourceCombo->setObjectName(QStringLiteral("markSource"));
    for (MarkSource s : { MarkSource::Phone, MarkSource::Volunteer, MarkSource::Delegate, MarkSource::SignatureList })
        m_sourceCombo->addItem(markSourceLabel(s), markSourceName(s));
    form->addRow(tr("&Source of the marks:"), m_sourceCombo);
    m_sourceWarning = new QLabel(tr("The signature list may only be consulted after the vote, and marks taken from "
                                    "it are deleted after the second round."),
        entry);
    m_sourceWarning->setObjectName(QStringLiteral("sourceWarning"));
    m_sourceWarning->setWordWrap(true);
    m_sourceWarning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    form->addRow(m_sourceWarning);

    m_input = new QLineEdit(entry);
    m_input->setObjectName(QStringLiteral("markInput"));
    m_input->setPlaceholderText(tr("e.g. 3 142, then Enter"));
    QFont big = m_input->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_input->setFont(big);
    m_input->installEventFilter(this);
    form->addRow(tr("&Bureau and numéro d'ordre:"), m_input);
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

    auto* recent = new QGroupBox(tr("Last marks of this election (every computer)"), this);
    auto* recentLayout = new QVBoxLayout(recent);
    m_marks = new RecentMarksModel(this);
    m_marksView = new QTableView(recent);
    m_marksView->setObjectName(QStringLiteral("recentMarks"));
    m_marksView->setModel(m_marks);
    m_marksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_marksView->setAlternatingRowColors(true);
    m_marksView->verticalHeader()->hide();
    m_marksView->verticalHeader()->setDefaultSectionSize(m_marksView->fontMetrics().height() + 8);
    // Widths from what the columns hold, not from the (empty) model at startup.
    const QFontMetrics metrics = m_marksView->fontMetrics();
    int sourceWidth = metrics.horizontalAdvance(tr("Source"));
    for (int i = 0; i < m_sourceCombo->count(); ++i)
        sourceWidth = std::max(sourceWidth, metrics.horizontalAdvance(m_sourceCombo->itemText(i)));
    QHeaderView* header = m_marksView->horizontalHeader();
    header->resizeSection(RecentMarksModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00")) + 16);
    const QString bureauTitle = m_marks->headerData(RecentMarksModel::BureauColumn, Qt::Horizontal).toString();
    header->resizeSection(RecentMarksModel::BureauColumn,
        header->fontMetrics().horizontalAdvance(bureauTitle) + 24); // the title is the widest
    header->resizeSection(RecentMarksModel::NumberColumn, metrics.horizontalAdvance(QStringLiteral("00000")) + 16);
    header->resizeSection(RecentMarksModel::SourceColumn, sourceWidth + 16);
    header->resizeSection(RecentMarksModel::AuthorColumn, metrics.horizontalAdvance(QStringLiteral("MMMMMMMMMM")));
    header->setSectionResizeMode(RecentMarksModel::NameColumn, QHeaderView::Stretch);
    m_marksView->setWordWrap(false);
    recentLayout->addWidget(m_marksView, 1);
    auto* buttons = new QHBoxLayout;
    auto* undo = new QPushButton(QIcon(QStringLiteral(":/icons/undo.svg")), tr("&Undo my last mark (Ctrl+Z)"), recent);
    undo->setObjectName(QStringLiteral("undoMark"));
    auto* purge = new QPushButton(tr("&Purge signature-list marks…"), recent);
    purge->setObjectName(QStringLiteral("purgeSignatureMarks"));
    buttons->addWidget(undo);
    buttons->addStretch(1);
    buttons->addWidget(purge);
    recentLayout->addLayout(buttons);
    layout->addWidget(recent, 1);

    connect(m_input, &QLineEdit::returnPressed, this, &MarkingPanel::markTyped);
    connect(m_search, &QLineEdit::textChanged, this, &MarkingPanel::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, &MarkingPanel::markSearchResult);
    connect(m_results, &QListWidget::itemActivated, this, &MarkingPanel::markSearchResult);
    connect(undo, &QPushButton::clicked, this, &MarkingPanel::undoLastMark);
    connect(purge, &QPushButton::clicked, this, &MarkingPanel::purgeSignatureMarks);

    const QString saved = QString::fromUtf8(m_settings.headerState(kSourceKey));
    if (auto s = markSourceFromName(saved))
        setSource(*s);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, &MarkingPanel::sourceChanged);
    sourceChanged();
    showBureauHint();
}

MarkingPanel::~MarkingPanel() = default;

void MarkingPanel::setElection(const Election& election)
{
    if (election.id != m_election.id) {
        m_marks->clear();
        m_feedback->clear();
    }
    m_election = election;
    showBureauHint();
    reloadMarks();
}

void MarkingPanel::reloadMarks()
{
    const qint64 election = m_election.id;
    if (election <= 0)
        return;
    const int limit = RecentMarksModel::kMaxRows;
    m_worker.run([election, limit](Database& db) { return VoteMarker(db).recentMarks(election, limit); },
        [this, election](Result<QList<MarkOutcome>> marks) {
            if (election != m_election.id)
                return;
            if (!marks) {
                m_banner.showError(marks.error());
                return;
            }
            m_marks->setMarks(*marks);
            Q_EMIT marksLoaded();
        });
}

void MarkingPanel::focusInput()
{
    m_input->setFocus();
}

void MarkingPanel::showBureauHint()
{
    m_bureauHint->setText(m_lastBureau.isEmpty() ? tr("Type the bureau, a space, the numéro d'ordre, then Enter.")
                                                 : tr("Bureau %1: the number alone is enough.").arg(m_lastBureau));
}

MarkSource MarkingPanel::source() const
{
    auto s = markSourceFromName(m_sourceCombo->currentData().toString());
    return s ? *s : MarkSource::Phone;
}

void MarkingPanel::setSource(MarkSource source)
{
    const int index = m_sourceCombo->findData(markSourceName(source));
    if (index >= 0)
        m_sourceCombo->setCurrentIndex(index);
}

void MarkingPanel::sourceChanged()
{
    m_sourceWarning->setVisible(source() == MarkSource::SignatureList);
    m_settings.setHeaderState(kSourceKey, markSourceName(source()).toUtf8());
}

void MarkingPanel::markTyped()
{
    if (m_election.id <= 0)
        return;
    const QStringList parts = m_input->text().simplified().split(u' ', Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return;
    bool ok = false;
    const qint64 number = parts.last().toLongLong(&ok);
    const QString bureau = parts.size() > 1 ? parts.mid(0, parts.size() - 1).join(u' ') : m_lastBureau;
    if (!ok || number <= 0 || bureau.isEmpty()) {
        m_feedback->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_feedback->setText(tr("Type the bureau, a space, then the numéro d'ordre (e.g. 3 142)."));
        m_input->selectAll();
        return;
    }
    auto outcome = m_marker->markVoted(m_election.id, bureau, number, source());
    if (outcome) {
        m_lastBureau = bureau;
        showBureauHint();
    }
    showOutcome(outcome);
    if (outcome)
        m_input->clear();
    else
        m_input->selectAll(); // a typo: retype over it
}

void MarkingPanel::showOutcome(const Result<MarkOutcome>& outcome)
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
    Q_EMIT marksChanged();
}

void MarkingPanel::undoLastMark()
{
    if (m_election.id <= 0)
        return;
    auto undone = m_marker->undoLast(m_election.id);
    if (!undone) {
        m_banner.showError(undone.error());
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
    Q_EMIT marksChanged();
}

QString MarkingPanel::voterLabel(const Voter& v)
{
    QString label = v.listNumber ? tr("%1 – bureau %2, no. %3").arg(v.name, v.bureauCode).arg(*v.listNumber)
                                 : tr("%1 – bureau %2").arg(v.name, v.bureauCode);
    if (!v.birthDate.isEmpty())
        label += tr(", born %1").arg(Labels::isoDate(v.birthDate));
    return label;
}

void MarkingPanel::searchChanged(const QString& text)
{
    m_results->clear();
    m_found.clear();
    if (m_election.id <= 0 || text.trimmed().size() < 2)
        return;
    auto voters = m_marker->searchVoters(m_election.id, 0, text.trimmed(), 12);
    if (!voters) {
        m_banner.showError(voters.error());
        return;
    }
    m_found = *voters;
    for (const Voter& v : std::as_const(m_found)) {
        QString label = voterLabel(v);
        if (v.marked)
            label += tr(" (already marked)");
        auto* item = new QListWidgetItem(label, m_results);
        if (v.marked)
            item->setForeground(QColor(0x90, 0xa4, 0xae));
    }
    if (!m_found.isEmpty())
        m_results->setCurrentRow(0);
}

void MarkingPanel::markSearchResult()
{
    const int row = m_results->currentRow();
    if (m_election.id <= 0 || row < 0 || row >= m_found.size())
        return;
    showOutcome(m_marker->markPerson(m_election.id, m_found[row].personId, source()));
    m_search->clear();
}

void MarkingPanel::purgeSignatureMarks()
{
    if (m_election.id <= 0)
        return;
    if (!m_dialogs.ask(this, tr("Purge signature-list marks"),
            tr("Delete every mark of %1 taken from the signature list, on every computer (through "
               "sync)? The law asks for it after the second round. This cannot be undone.")
                .arg(m_election.name),
            tr("Delete the marks")))
        return;
    auto purged = m_marker->purge(m_election.id, MarkSource::SignatureList);
    if (!purged) {
        m_banner.showError(purged.error());
        return;
    }
    m_marks->removeSource(MarkSource::SignatureList);
    m_banner.showMessage(tr("%Ln mark(s) from the signature list deleted.", nullptr, int(*purged)));
    Q_EMIT marksChanged();
    reloadMarks(); // older marks move up into the list
}

bool MarkingPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_input || watched == m_search)) {
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

} // namespace terrain
