#include "ui/canvass/entrypage.h"

#include "canvass/entryfile.h"
#include "canvass/entrysession.h"
#include "canvass/resultcodes.h"
#include "sync/repository.h"
#include "ui/campaignsession.h"
#include "ui/canvass/entrygridmodel.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace terrain {

namespace {

// The grid's keys as EntrySession takes them; nullopt for keys the grid leaves alone
// (arrows and page keys scroll).
std::optional<QChar> entryKey(const QKeyEvent& event)
{
    if (event.matches(QKeySequence::Undo))
        return QChar(u'\b');
    const Qt::KeyboardModifiers mods = event.modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods != Qt::NoModifier)
        return std::nullopt;
    switch (event.key()) {
    case Qt::Key_Tab:
        return QChar(u'\t');
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return QChar(u'\n');
    case Qt::Key_Backspace:
        return QChar(u'\b');
    default:
        break;
    }
    const QString text = event.text();
    if (text.size() == 1 && (text[0].isLetterOrNumber() || text[0] == u'+'))
        return text[0];
    return std::nullopt;
}

int doorsWithResult(const EntrySession& entry)
{
    int n = 0;
    for (const EntryDoor& door : entry.doors()) {
        if (door.written || door.hasEntry())
            ++n;
    }
    return n;
}

int doorsStored(const EntrySession& entry)
{
    int n = 0;
    for (const EntryDoor& door : entry.doors()) {
        if (door.written)
            ++n;
    }
    return n;
}

QString keyRow(const QString& key, const QString& text)
{
    return QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>")
        .arg(key.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

EntryPage::EntryPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs), m_settings(settings),
      m_repo(std::make_unique<Repository>(session.db(), session.author()))
{
    setObjectName(QStringLiteral("entryPage"));
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);

    auto* top = new QHBoxLayout;
    auto* codeLabel = new QLabel(tr("List &code:"), this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("entryCode"));
    m_code->setPlaceholderText(tr("Type or scan the code printed on the list"));
    m_code->setClearButtonEnabled(true);
    m_code->setMinimumWidth(280);
    codeLabel->setBuddy(m_code);
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("entryOpen"));
    m_import = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import a results file…"), this);
    m_import->setObjectName(QStringLiteral("entryImport"));
    m_import->setToolTip(tr("A CSV file with the columns door, person, result, answers"));
    m_finish = new QPushButton(tr("&Finish the list"), this);
    m_finish->setObjectName(QStringLiteral("entryFinish"));
    m_finish->setToolTip(tr("Store every door typed and mark the list as entered"));
    top->addWidget(codeLabel);
    top->addWidget(m_code);
    top->addWidget(m_open);
    top->addStretch(1);
    top->addWidget(m_import);
    top->addWidget(m_finish);
    layout->addLayout(top);
    connect(m_code, &QLineEdit::returnPressed, this, [this] { openList(m_code->text()); });
    connect(m_open, &QPushButton::clicked, this, [this] { openList(m_code->text()); });
    connect(m_import, &QPushButton::clicked, this, &EntryPage::importResults);
    connect(m_finish, &QPushButton::clicked, this, &EntryPage::finishList);

    auto* titleRow = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("entryTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("entryCounts"));
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // List names ("bureau: first street → last street") are long: the title wraps beside the
    // counts, or it would widen the window past a laptop screen.
    m_title->setWordWrap(true);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_counts);
    layout->addLayout(titleRow);

    auto* body = new QHBoxLayout;
    m_model = new EntryGridModel(this);
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("entryGrid"));
    m_grid->setModel(m_model);
    m_grid->setSelectionMode(QAbstractItemView::NoSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setTabKeyNavigation(false);
    m_grid->setWordWrap(false);
    m_grid->verticalHeader()->hide();
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 8);
    m_grid->horizontalHeader()->setHighlightSections(false);
    m_grid->horizontalHeader()->setSectionResizeMode(EntryGridModel::NumberColumn, QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->resizeSection(EntryGridModel::NameColumn, 240);
    m_grid->horizontalHeader()->resizeSection(EntryGridModel::SupportColumn, 160);
    m_grid->horizontalHeader()->resizeSection(EntryGridModel::ResultColumn, 250); // "H · Refused, hostile (...)"
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_grid->installEventFilter(this);
    connect(m_grid, &QTableView::clicked, this, [this](const QModelIndex& index) {
        // A click moves the cursor there, to correct a door further up.
        if (!m_entry || !index.isValid())
            return;
        const int door = index.data(EntryGridModel::DoorIndexRole).toInt();
        const int person = std::max(0, index.data(EntryGridModel::PersonIndexRole).toInt());
        if (Status s = m_entry->goTo(door, person); !s)
            m_banner->showError(s.error());
        showState();
    });
    body->addWidget(m_grid, 1);

    auto* legendBox = new QGroupBox(tr("Keys"), this);
    legendBox->setObjectName(QStringLiteral("entryLegendBox"));
    auto* legendLayout = new QVBoxLayout(legendBox);
    auto* scroll = new QScrollArea(legendBox);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    m_legend = new QLabel(scroll);
    m_legend->setObjectName(QStringLiteral("entryLegend"));
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_legend->setTextFormat(Qt::RichText);
    scroll->setWidget(m_legend);
    legendLayout->addWidget(scroll);
    legendBox->setFixedWidth(290);
    body->addWidget(legendBox);
    layout->addLayout(body, 1);

    closeList();
}

EntryPage::~EntryPage()
{
    if (m_entry) {
        if (Status s = m_entry->commit(); !s)
            qWarning("paper entry: cannot store the last doors: %s", qPrintable(s.error().toString()));
    }
    m_model->setSession(nullptr);
}

bool EntryPage::openList(const QString& code)
{
    const QString typed = code.trimmed();
    if (typed.isEmpty()) {
        m_banner->showMessage(tr("Type or scan the code printed on the list."), ErrorBanner::Level::Warning);
        m_code->setFocus();
        return false;
    }
    if (!commit())
        return false;
    EntrySession::Options options;
    auto opened = EntrySession::open(m_session.db(), *m_repo, typed, options);
    if (!opened && opened.error().code == QLatin1StringView("entry.entered")) {
        if (!m_dialogs.ask(this, tr("Open the list"),
                           tr("The list %1 has already been entered. Open it again to add results? "
                              "The doors already stored stay as they are.")
                               .arg(typed),
                           tr("Open again")))
            return false;
        options.reopen = true;
        opened = EntrySession::open(m_session.db(), *m_repo, typed, options);
    }
    if (!opened) {
        m_banner->showError(opened.error());
        m_code->selectAll();
        m_code->setFocus();
        return false;
    }
    m_banner->clear();
    m_keyWarning = false;
    m_model->setSession(nullptr);
    m_grid->clearSpans();
    m_entry = std::move(*opened);
    m_model->setSession(m_entry.get());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isDoorRow(row))
            m_grid->setSpan(row, EntryGridModel::NameColumn, 1, EntryGridModel::ColumnCount - EntryGridModel::NameColumn);
    }
    m_title->setText(tr("%1 — code %2").arg(m_entry->listName(), m_entry->listCode()));
    m_code->clear();
    m_import->setEnabled(true);
    m_finish->setEnabled(true);
    fillLegend();
    showState();
    m_grid->setFocus();
    return true;
}

bool EntryPage::typeKey(QChar key)
{
    if (!m_entry)
        return false;
    const Status s = m_entry->key(key);
    if (!s) {
        m_banner->showMessage(s.error().message, ErrorBanner::Level::Warning, s.error().detail);
        m_keyWarning = true;
        QApplication::beep();
    } else if (m_keyWarning) {
        m_banner->clear();
        m_keyWarning = false;
    }
    showState();
    return s.ok();
}

bool EntryPage::commit()
{
    if (!m_entry)
        return true;
    const int before = doorsStored(*m_entry);
    if (Status s = m_entry->commit(); !s) {
        m_banner->showError(s.error());
        return false;
    }
    showState();
    if (doorsStored(*m_entry) != before)
        m_session.notifyPeopleChanged();
    return true;
}

bool EntryPage::finishList()
{
    if (!m_entry)
        return false;
    const int total = int(m_entry->doors().size());
    const int done = doorsWithResult(*m_entry);
    if (done < total
        && !m_dialogs.ask(this, tr("Finish the list"),
                          tr("%Ln of %1 doors have a result. Mark the list as entered anyway? "
                             "The other doors stay without a result.",
                             nullptr, done)
                              .arg(total),
                          tr("Finish")))
        return false;
    auto counts = m_entry->finish();
    if (!counts) {
        m_banner->showError(counts.error());
        showState();
        return false;
    }
    const QString code = m_entry->listCode();
    closeList();
    const QString summary = tr("List %1 entered: %Ln of %2 doors with a result; people reached: %3; supporters: %4.",
                               nullptr, counts->doorsEntered)
                                .arg(code)
                                .arg(counts->doors)
                                .arg(counts->peopleReached)
                                .arg(counts->supporters);
    m_banner->showMessage(summary, ErrorBanner::Level::Info);
    m_counts->setText(summary);
    m_session.notifyPeopleChanged();
    m_code->setFocus();
    return true;
}

void EntryPage::importResults()
{
    if (!m_entry) {
        m_banner->showMessage(tr("Open the list first: the file gives the results of its doors."),
                              ErrorBanner::Level::Warning);
        return;
    }
    const QString path = m_dialogs.openFileName(
        this, tr("Import a results file"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Results files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    // What is typed already is stored first: a file that fails is taken back whole by undo,
    // and must not take earlier work with it.
    if (!commit())
        return;
    auto applied = applyEntryFile(*m_entry, path);
    showState();
    if (!applied) {
        m_banner->showError(applied.error());
        return;
    }
    m_banner->showMessage(tr("%n row(s) read from the file. Check the grid, then finish the list.", nullptr, *applied),
                          ErrorBanner::Level::Info);
    m_grid->setFocus();
}

void EntryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The coordinator types (or scans) a code, or goes on typing the open list, without a click.
    if (m_entry)
        m_grid->setFocus();
    else
        m_code->setFocus();
}

void EntryPage::hideEvent(QHideEvent* event)
{
    // Another page may show these people: what is on screen is stored before leaving.
    commit();
    QWidget::hideEvent(event);
}

bool EntryPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_grid && m_entry
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto* keyEvent = static_cast<QKeyEvent*>(event);
        const std::optional<QChar> key = entryKey(*keyEvent);
        if (!key)
            return QWidget::eventFilter(watched, event);
        // Claiming the shortcut keeps Ctrl+Z and Tab for the grid instead of the window.
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept();
            return true;
        }
        typeKey(*key);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EntryPage::showState()
{
    m_model->refresh();
    if (!m_entry)
        return;
    const int total = int(m_entry->doors().size());
    const int done = doorsWithResult(*m_entry);
    const int keys = m_entry->keystrokes();
    QString where = m_entry->atEnd() ? tr("end of the list: finish it when every door is typed")
                                     : tr("door %1").arg(m_entry->currentDoor() + 1);
    QString text = tr("Doors done: %1 / %2").arg(done).arg(total) + QStringLiteral("   ·   ") + where;
    if (done > 0)
        text += QStringLiteral("   ·   ")
                + tr("%1 keys a door").arg(QLocale().toString(double(keys) / done, 'f', 1));
    m_counts->setText(text);
    const int row = m_model->currentRow();
    if (row >= 0) {
        // The door's address stays in sight above its people.
        m_grid->scrollTo(m_model->index(m_model->rowOf(m_entry->currentDoor()), 0));
        m_grid->scrollTo(m_model->index(row, 0));
    }
}

void EntryPage::fillLegend()
{
    QString html;
    QList<ResultCode> codes;
    if (m_entry) {
        codes = m_entry->codes();
    } else if (auto read = ResultCodes::read(m_session.db())) {
        codes = read->forChannel(u"door");
    }
    html += QStringLiteral("<p><b>%1</b><br/>%2</p><table>")
                .arg(tr("Results").toHtmlEscaped(), tr("one letter for the person").toHtmlEscaped());
    for (const ResultCode& code : std::as_const(codes)) {
        QString text = code.displayLabel();
        if (code.doorLevel)
            text += QStringLiteral(" ") + tr("(alone: the whole door)");
        html += keyRow(QString(code.key.toUpper()), text);
    }
    html += QStringLiteral("</table>");
    if (m_entry && !m_entry->digitQuestions().isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(tr("Answers").toHtmlEscaped(),
                         tr("digits, one per question in this order; 0 skips one, + adds a choice").toHtmlEscaped());
        int number = 0;
        for (const Question& q : m_entry->digitQuestions()) {
            html += QStringLiteral("<p style='margin-top:4px'><b>%1. %2</b><table>")
                        .arg(++number)
                        .arg(q.displayText().toHtmlEscaped());
            const QStringList options = q.displayOptions();
            for (int i = 0; i < options.size(); ++i)
                html += keyRow(QString::number(i + 1), options[i]);
            html += QStringLiteral("</table></p>");
        }
    }
    html += QStringLiteral("<p><b>%1</b></p><table>").arg(tr("Moving").toHtmlEscaped());
    html += keyRow(tr("Tab"), tr("next person at this door"));
    html += keyRow(tr("Enter"), tr("next door"));
    html += keyRow(tr("Backspace"), tr("undo the last key (also Ctrl+Z)"));
    html += QStringLiteral("</table>");
    if (!m_entry)
        html += QStringLiteral("<p>%1</p>").arg(tr("Answer keys appear once a list is open.").toHtmlEscaped());
    m_legend->setText(html);
}

void EntryPage::closeList()
{
    m_model->setSession(nullptr);
    m_grid->clearSpans();
    m_entry.reset();
    m_title->setText(tr("Open a returned list by its code to type its results."));
    m_counts->clear();
    m_import->setEnabled(false);
    m_finish->setEnabled(false);
    fillLegend();
}

} // namespace terrain
