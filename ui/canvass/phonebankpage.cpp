#include "ui/canvass/phonebankpage.h"

#include "canvass/callscripts.h"
#include "canvass/survey.h"
#include "lists/listservice.h"
#include "sync/repository.h"
#include "ui/campaignsession.h"
#include "ui/canvass/surveyform.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/errorbanner.h"
#include "ui/labels.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace terrain {

namespace {

struct CallLists
{
    QList<ListSummary> lists;
    std::optional<Error> error;
};

QDateTime defaultCallback(qint64 now)
{
    // Tomorrow at six in the evening: when people are home.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(now);
    return QDateTime(at.date().addDays(1), QTime(18, 0));
}

} // namespace

PhoneBankPage::PhoneBankPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent)
    : QWidget(parent), m_session(session), m_dialogs(dialogs), m_settings(settings),
      m_repo(std::make_unique<Repository>(session.db(), session.author())),
      m_worker(std::make_unique<DatabaseWorker>(session.path())),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("phoneBankPage"));
    // Outcome letters and answer digits come here when no field has the focus.
    setFocusPolicy(Qt::StrongFocus);
    auto* layout = new QVBoxLayout(this);
    m_banner = new ErrorBanner(this);
    layout->addWidget(m_banner);
    connect(m_worker.get(), &DatabaseWorker::failed, m_banner, &ErrorBanner::showFailure);

    auto* top = new QHBoxLayout;
    auto* listLabel = new QLabel(tr("Call &list:"), this);
    m_lists = new QComboBox(this);
    m_lists->setObjectName(QStringLiteral("callListCombo"));
    m_lists->setMinimumWidth(320);
    m_lists->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    listLabel->setBuddy(m_lists);
    auto* caller = new QLabel(tr("Caller: %1").arg(session.author().toHtmlEscaped()), this);
    caller->setObjectName(QStringLiteral("callerLabel"));
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("callProgress"));
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("callProgressBar"));
    m_progressBar->setFixedWidth(160);
    m_progressBar->setFormat(QStringLiteral("%p %"));
    top->addWidget(listLabel);
    top->addWidget(m_lists);
    top->addSpacing(12);
    top->addWidget(caller);
    top->addStretch(1);
    top->addWidget(m_progress);
    top->addWidget(m_progressBar);
    layout->addLayout(top);
    connect(m_lists, &QComboBox::activated, this, [this](int index) {
        openList(m_lists->itemData(index).toString());
    });

    auto* body = new QHBoxLayout;
    // Left: who, the script, the phones, the history.
    auto* left = new QVBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("callName"));
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("callDetails"));
    m_details->setWordWrap(true);
    m_phonesBox = new QWidget(this);
    m_phones = new QHBoxLayout(m_phonesBox);
    m_phones->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_name);
    left->addWidget(m_details);
    left->addWidget(m_phonesBox);
    // Everyone reached through this number (a household's landline): click to put them on the line.
    m_membersBox = new QWidget(this);
    m_membersBox->setObjectName(QStringLiteral("callMembers"));
    m_members = new QHBoxLayout(m_membersBox);
    m_members->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_membersBox);

    auto* scriptBox = new QGroupBox(tr("Script"), this);
    auto* scriptLayout = new QVBoxLayout(scriptBox);
    m_script = new QLabel(scriptBox);
    m_script->setObjectName(QStringLiteral("callScript"));
    m_script->setWordWrap(true);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_script->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont scriptFont = m_script->font();
    scriptFont.setPointSizeF(scriptFont.pointSizeF() * 1.1);
    m_script->setFont(scriptFont);
    m_scriptEdit = new QPlainTextEdit(scriptBox);
    m_scriptEdit->setObjectName(QStringLiteral("callScriptTemplate"));
    m_scriptEdit->setPlainText(CallScripts::defaultText());
    m_scriptEdit->setToolTip(tr("Merge fields: %1").arg(CallScripts::mergeFields().join(QStringLiteral(", "))));
    m_scriptEdit->setMaximumHeight(120);
    // Editing: the text with its merge fields; the preview above is filled for the person shown.
    m_scriptTools = new QWidget(scriptBox);
    m_scriptTools->setObjectName(QStringLiteral("scriptTools"));
    auto* tools = new QHBoxLayout(m_scriptTools);
    tools->setContentsMargins(0, 0, 0, 0);
    m_scriptSource = new QLabel(m_scriptTools);
    m_scriptSource->setObjectName(QStringLiteral("scriptSource"));
    m_scriptSource->setWordWrap(true);
    auto* saveList = new QPushButton(tr("Save for this &list"), m_scriptTools);
    saveList->setObjectName(QStringLiteral("saveListScript"));
    saveList->setToolTip(tr("Callers of this list get this script; leave it empty to use the campaign's"));
    auto* saveCampaign = new QPushButton(tr("Save for the &campaign"), m_scriptTools);
    saveCampaign->setObjectName(QStringLiteral("saveCampaignScript"));
    saveCampaign->setToolTip(tr("Every call list without its own script uses this one"));
    connect(saveList, &QPushButton::clicked, this, [this] { saveScript(false); });
    connect(saveCampaign, &QPushButton::clicked, this, [this] { saveScript(true); });
    tools->addWidget(m_scriptSource, 1);
    tools->addWidget(saveList);
    tools->addWidget(saveCampaign);
    m_scriptEdit->hide();
    m_scriptTools->hide();
    auto* editScript = new QToolButton(scriptBox);
    editScript->setObjectName(QStringLiteral("editScript"));
    editScript->setText(tr("Edit the script"));
    editScript->setCheckable(true);
    editScript->setAutoRaise(true);
    connect(editScript, &QToolButton::toggled, m_scriptEdit, &QWidget::setVisible);
    connect(editScript, &QToolButton::toggled, m_scriptTools, &QWidget::setVisible);
    connect(m_scriptEdit, &QPlainTextEdit::textChanged, this, &PhoneBankPage::updateScript);
    scriptLayout->addWidget(m_script, 1);
    scriptLayout->addWidget(m_scriptEdit);
    scriptLayout->addWidget(m_scriptTools);
    scriptLayout->addWidget(editScript, 0, Qt::AlignRight);
    left->addWidget(scriptBox, 3);

    auto* historyBox = new QGroupBox(tr("Recent history"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_history = new QLabel(historyBox);
    m_history->setObjectName(QStringLiteral("callHistory"));
    m_history->setWordWrap(true);
    m_history->setTextFormat(Qt::RichText);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    historyLayout->addWidget(m_history, 1);
    left->addWidget(historyBox, 2);
    body->addLayout(left, 3);

    // Right: the answers and the outcome.
    auto* right = new QVBoxLayout;
    auto* surveyBox = new QGroupBox(tr("Survey (digits answer in order)"), this);
    auto* surveyLayout = new QVBoxLayout(surveyBox);
    m_survey = new SurveyForm(surveyBox);
    surveyLayout->addWidget(m_survey);
    right->addWidget(surveyBox);

    auto* outcomeBox = new QGroupBox(tr("Outcome (one key)"), this);
    auto* outcomeLayout = new QVBoxLayout(outcomeBox);
    m_outcomeGrid = new QGridLayout;
    outcomeLayout->addLayout(m_outcomeGrid);
    auto* form = new QFormLayout;
    m_callback = new QDateTimeEdit(outcomeBox);
    m_callback->setObjectName(QStringLiteral("callbackAt"));
    m_callback->setCalendarPopup(true);
    m_callback->setDateTime(defaultCallback(now()));
    form->addRow(tr("Call &back at:"), m_callback);
    m_note = new QLineEdit(outcomeBox);
    m_note->setObjectName(QStringLiteral("callNote"));
    m_note->setPlaceholderText(tr("Optional: what to remember"));
    form->addRow(tr("&Note:"), m_note);
    outcomeLayout->addLayout(form);
    right->addWidget(outcomeBox);
    m_next = new QPushButton(tr("Look for the &next person"), this);
    m_next->setObjectName(QStringLiteral("nextCall"));
    m_next->setToolTip(tr("People who did not answer come back after a while"));
    connect(m_next, &QPushButton::clicked, this, &PhoneBankPage::showNext);
    right->addWidget(m_next);
    right->addStretch(1);
    body->addLayout(right, 2);
    layout->addLayout(body, 1);

    showTarget();
    showProgress();
    reloadLists();
}

PhoneBankPage::~PhoneBankPage()
{
    m_worker.reset();
}

void PhoneBankPage::reloadLists()
{
    m_worker->run(
        [](Database& db) {
            CallLists out;
            ListService lists(db);
            auto all = lists.lists();
            if (!all) {
                out.error = all.error();
                return out;
            }
            for (const ListSummary& list : std::as_const(*all)) {
                if (list.kind == ListKind::Call)
                    out.lists << list;
            }
            return out;
        },
        [this](const CallLists& result) {
            if (result.error) {
                m_banner->showError(*result.error);
                return;
            }
            const QString keep = m_openCode;
            m_lists->clear();
            m_lists->addItem(result.lists.isEmpty() ? tr("No call list yet: make one on the Lists page")
                                                    : tr("Choose a call list…"),
                             QString());
            // Newest first: the list being called is usually the last one made.
            for (auto it = result.lists.crbegin(); it != result.lists.crend(); ++it) {
                m_lists->addItem(tr("%1 (%2) — %Ln people", nullptr, int(it->people)).arg(it->name, it->code),
                                 it->code);
            }
            const int index = m_lists->findData(keep);
            m_lists->setCurrentIndex(std::max(0, index));
            Q_EMIT listsLoaded();
        });
}

bool PhoneBankPage::openList(const QString& code)
{
    m_queue.reset();
    m_current.reset();
    m_openCode.clear();
    if (code.isEmpty()) {
        showTarget();
        showProgress();
        return false;
    }
    auto opened = PhoneQueue::open(m_session.db(), *m_repo, code, m_session.author());
    if (!opened) {
        m_banner->showError(opened.error());
        showTarget();
        showProgress();
        return false;
    }
    m_banner->clear();
    m_queue = std::move(*opened);
    m_openCode = code;
    if (const int index = m_lists->findData(code); index >= 0)
        m_lists->setCurrentIndex(index);

    // The outcome buttons: one per phone code, its key on it.
    for (QPushButton* button : std::as_const(m_outcomes))
        delete button;
    m_outcomes.clear();
    const QList<ResultCode> outcomes = m_queue->outcomes();
    for (int i = 0; i < outcomes.size(); ++i) {
        const ResultCode& outcome = outcomes[i];
        auto* button =
            new QPushButton(QStringLiteral("%1   %2").arg(outcome.key.toUpper(), outcome.displayLabel()), this);
        button->setObjectName(QStringLiteral("outcome_") + outcome.code);
        button->setToolTip(tr("Key %1").arg(outcome.key.toUpper()));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 4px 8px;"));
        const QString id = outcome.code;
        connect(button, &QPushButton::clicked, this, [this, id] { recordOutcome(id); });
        m_outcomeGrid->addWidget(button, i / 2, i % 2);
        m_outcomes << button;
    }
    loadScript();
    SurveyService surveys(m_session.db(), *m_repo);
    if (auto survey = surveys.activeSurvey())
        m_survey->setSurvey(*survey);
    else
        m_banner->showError(survey.error());
    showNext();
    return true;
}

void PhoneBankPage::showNext()
{
    m_current.reset();
    if (m_queue) {
        auto next = m_queue->next(now());
        if (!next)
            m_banner->showError(next.error());
        else
            m_current = *next;
    }
    m_survey->clear();
    m_note->clear();
    m_callback->setDateTime(defaultCallback(now()));
    showTarget();
    showProgress();
    setFocus();
}

bool PhoneBankPage::recordOutcome(const QString& outcome)
{
    if (!m_queue || !m_current) {
        m_banner->showMessage(tr("Nobody to call is shown."), ErrorBanner::Level::Warning);
        return false;
    }
    const ResultCode* code = nullptr;
    const QList<ResultCode> outcomes = m_queue->outcomes();
    for (const ResultCode& c : outcomes) {
        if (c.code == outcome || (outcome.size() == 1 && c.key.toLower() == outcome[0].toLower()))
            code = &c;
    }
    if (!code) {
        m_banner->showMessage(tr("No outcome has the key %1.").arg(outcome.toUpper()), ErrorBanner::Level::Warning);
        return false;
    }
    qint64 callbackAt = 0;
    if (code->recycle == Recycle::Scheduled) {
        callbackAt = m_callback->dateTime().toMSecsSinceEpoch();
        if (callbackAt <= now()) {
            m_banner->showMessage(tr("Choose when to call back (a time to come), then press %1 again.")
                                      .arg(code->key.toUpper()),
                                  ErrorBanner::Level::Warning);
            m_callback->setFocus();
            return false;
        }
    }
    const QJsonObject answers = m_survey->answers();
    auto recorded = m_queue->record(*m_current, code->code, answers, now(), callbackAt, m_note->text().trimmed());
    if (!recorded) {
        m_banner->showError(recorded.error());
        return false;
    }
    const QString who = QString(m_current->firstName + QLatin1Char(' ') + m_current->lastName).trimmed();
    if (code->effect == ResultEffect::BadPhone) {
        for (const CallMember& member : std::as_const(m_current->members)) {
            if (member.personId != m_current->personId)
                m_session.notifyPersonChanged(member.personId);
        }
    }
    QString said = tr("%1: %2.").arg(who, code->displayLabel());
    if (code->effect == ResultEffect::BadPhone && !m_current->phones.isEmpty())
        said += QLatin1Char(' ') + tr("The number %1 will not be dialled again.")
                                       .arg(Labels::phone(m_current->phones.first().number));
    else if (callbackAt > 0)
        said += QLatin1Char(' ') + tr("Back to you on %1.").arg(Labels::dateTime(callbackAt));
    m_banner->showMessage(said, ErrorBanner::Level::Info);
    m_session.notifyPersonChanged(m_current->personId);
    showNext();
    return true;
}

void PhoneBankPage::keyPressEvent(QKeyEvent* event)
{
    if (m_current && m_current->members.size() > 1 && event->modifiers() == Qt::ControlModifier
        && (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up)) {
        const QList<CallMember>& members = m_current->members;
        qsizetype at = 0;
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (members[i].personId == m_current->personId)
                at = i;
        }
        const qsizetype step = event->key() == Qt::Key_Down ? 1 : members.size() - 1;
        for (qsizetype n = 1; n < members.size(); ++n) {
            const CallMember& candidate = members[(at + step * n) % members.size()];
            if (candidate.pending) {
                switchPerson(candidate.personId);
                break;
            }
        }
        return;
    }
    const QString text = event->text();
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (m_queue && m_current && mods == Qt::NoModifier && text.size() == 1) {
        const QChar c = text[0];
        if (c.isDigit()) {
            if (const QString error = m_survey->typeDigit(c.digitValue()); !error.isEmpty())
                m_banner->showMessage(error, ErrorBanner::Level::Warning);
            return;
        }
        if (c.isLetter()) {
            recordOutcome(QString(c));
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void PhoneBankPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Lists made on another page, or time passing, change what there is to call.
    reloadLists();
    if (m_queue && !m_current)
        showNext();
    else
        showProgress();
}

void PhoneBankPage::showTarget()
{
    while (QLayoutItem* item = m_phones->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool have = m_current.has_value();
    setOutcomesEnabled(have);
    m_survey->setEnabled(have);
    if (!have) {
        m_name->setText(m_queue ? tr("Nobody to call right now") : tr("Choose a call list"));
        m_details->setText(m_queue ? tr("People who did not answer come back later; look again in a while.")
                                   : tr("The person to call shows here, with the script and the survey."));
        m_history->clear();
        m_script->clear();
        return;
    }
    const CallTarget& t = *m_current;
    m_name->setText(QString(t.firstName + QLatin1Char(' ') + t.lastName).trimmed());
    QStringList details;
    if (!t.bureau.isEmpty())
        details << tr("Bureau %1").arg(t.bureau);
    if (!t.pollingPlace.isEmpty())
        details << tr("votes at %1").arg(t.pollingPlace);
    details << tr("support: %1").arg(Labels::support(t.support.value_or(0)));
    if (t.callBack)
        details << tr("comes back to you");
    m_details->setText(details.join(QStringLiteral("  ·  ")));

    auto* label = new QLabel(tr("Phones:"), m_phonesBox);
    m_phones->addWidget(label);
    for (int i = 0; i < t.phones.size(); ++i) {
        const CallPhone& phone = t.phones[i];
        auto* button = new QToolButton(m_phonesBox);
        button->setObjectName(QStringLiteral("callPhone"));
        const QString shown = Labels::phone(phone.number);
        button->setText(phone.type.isEmpty() ? shown : QStringLiteral("%1  (%2)").arg(shown, Labels::phoneType(phone.type)));
        button->setToolTip(i == 0 ? tr("Dial this number first. Click to copy it.") : tr("Click to copy the number."));
        if (i == 0) {
            QFont font = button->font();
            font.setBold(true);
            button->setFont(font);
        }
        const QString number = phone.number;
        connect(button, &QToolButton::clicked, this, [this, number] {
            QGuiApplication::clipboard()->setText(number);
            m_banner->showMessage(tr("%1 copied.").arg(Labels::phone(number)), ErrorBanner::Level::Info);
        });
        m_phones->addWidget(button);
    }
    m_phones->addStretch(1);

    while (QLayoutItem* item = m_members->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_membersBox->setVisible(t.members.size() > 1);
    if (t.members.size() > 1) {
        m_members->addWidget(new QLabel(tr("On this number (Ctrl+Up/Down):"), m_membersBox));
        for (const CallMember& member : t.members) {
            auto* button = new QToolButton(m_membersBox);
            button->setObjectName(QStringLiteral("callMember"));
            QString text = member.name;
            if (member.support)
                text += QStringLiteral(" (%1)").arg(*member.support);
            if (!member.pending)
                text += QStringLiteral(" ✓");
            button->setText(text);
            button->setCheckable(true);
            button->setChecked(member.personId == t.personId);
            button->setEnabled(member.pending || member.personId == t.personId);
            button->setToolTip(member.pending ? tr("Put %1 on the line").arg(member.name)
                                              : tr("%1: done on this list").arg(member.name));
            const qint64 id = member.personId;
            connect(button, &QToolButton::clicked, this, [this, id] { switchPerson(id); });
            m_members->addWidget(button);
        }
        m_members->addStretch(1);
    }

    QString history;
    for (const CallHistoryItem& item : t.recent) {
        QString line = QStringLiteral("%1 · %2 · %3")
                           .arg(Labels::dateTime(item.at), Labels::channel(item.channel), Labels::result(item.result));
        // Several people on the number: say whose line it is (two "Canvassed" alike say nothing).
        if (t.members.size() > 1) {
            QString who = tr("the household");
            for (const CallMember& member : t.members) {
                if (member.personId == item.personId)
                    who = member.name;
            }
            line += QStringLiteral(" · ") + who;
        }
        if (item.support)
            line += QStringLiteral(" · ") + Labels::support(*item.support);
        if (!item.volunteer.isEmpty())
            line += QStringLiteral(" · ") + item.volunteer;
        if (!item.note.isEmpty())
            line += QStringLiteral(" — ") + item.note;
        history += QStringLiteral("<div>%1</div>").arg(line.toHtmlEscaped());
    }
    m_history->setText(history.isEmpty() ? tr("No contact yet.") : history);
    updateScript();
}

bool PhoneBankPage::switchPerson(qint64 personId)
{
    if (!m_queue || !m_current)
        return false;
    auto other = m_queue->withPerson(*m_current, personId);
    if (!other) {
        m_banner->showError(other.error());
        return false;
    }
    m_current = std::move(*other);
    m_survey->clear();
    showTarget();
    setFocus();
    return m_current->personId == personId;
}

void PhoneBankPage::loadScript()
{
    const qint64 listId = m_queue ? m_queue->listId() : 0;
    auto own = CallScripts::listScript(m_session.db(), listId);
    auto script = CallScripts::scriptFor(m_session.db(), listId);
    if (!own || !script) {
        m_banner->showError(!own ? own.error() : script.error());
        return;
    }
    const QSignalBlocker block(m_scriptEdit);
    m_scriptEdit->setPlainText(*script);
    m_scriptSource->setText(own->trimmed().isEmpty() ? tr("The campaign's script.") : tr("This list's own script."));
    updateScript();
}

bool PhoneBankPage::saveScript(bool forCampaign)
{
    if (!forCampaign && !m_queue) {
        m_banner->showMessage(tr("Choose a call list first."), ErrorBanner::Level::Warning);
        return false;
    }
    const qint64 listId = forCampaign ? 0 : m_queue->listId();
    if (Status s = CallScripts::save(m_session.db(), *m_repo, listId, m_scriptEdit->toPlainText()); !s) {
        m_banner->showError(s.error());
        return false;
    }
    m_banner->showMessage(forCampaign ? tr("The campaign's call script is saved.")
                                      : tr("This list's call script is saved."),
                          ErrorBanner::Level::Info);
    loadScript();
    return true;
}

void PhoneBankPage::updateScript()
{
    if (!m_current) {
        m_script->clear();
        return;
    }
    m_script->setText(PhoneQueue::mergeScript(m_scriptEdit->toPlainText(), *m_current));
}

void PhoneBankPage::showProgress()
{
    if (!m_queue) {
        m_progress->clear();
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(0);
        return;
    }
    auto progress = m_queue->progress(now());
    if (!progress) {
        m_banner->showError(progress.error());
        return;
    }
    m_progress->setText(tr("Done %1 / %2  ·  to call %3 (%4 now, %5 later)")
                            .arg(progress->done)
                            .arg(progress->total)
                            .arg(progress->toCall())
                            .arg(progress->dueNow)
                            .arg(progress->waiting));
    m_progressBar->setRange(0, std::max(1, progress->total));
    m_progressBar->setValue(progress->done);
}

void PhoneBankPage::setOutcomesEnabled(bool enabled)
{
    for (QPushButton* button : std::as_const(m_outcomes))
        button->setEnabled(enabled);
    m_callback->setEnabled(enabled);
    m_note->setEnabled(enabled);
}

} // namespace terrain
