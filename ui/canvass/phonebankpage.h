#pragma once

#include "canvass/phonequeue.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace terrain {

class AppSettings;
class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;
class Repository;
class SurveyForm;

// The phone bank: a caller picks a call list and gets one person at a time, with the script
// merged for them, their phones (a click copies the number), their recent history and the
// survey. One letter records the outcome (the codes' keys, shown on the buttons), digits
// answer the survey, and the next person comes. Everything is local: it works offline, and
// the recycling rules (PhoneQueue) decide who comes back and when.
class PhoneBankPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneBankPage)

public:
    PhoneBankPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent = nullptr);
    ~PhoneBankPage() override;

    // Reads the campaign's call lists again (in a worker; listsLoaded tells when).
    void reloadLists();
    // Opens a call list by its code and shows the first person to call.
    bool openList(const QString& code);
    // Records the outcome (a code id or its key letter) for the person shown, then shows the next.
    bool recordOutcome(const QString& outcome);
    // Looks for the next person to call (someone may have come back since).
    void showNext();
    // Puts another person reached through the same number on the line (script, survey, outcome).
    bool switchPerson(qint64 personId);
    // Stores the script being edited for the open call list (or, with `forCampaign`, for the
    // campaign); an empty list script goes back to the campaign's.
    bool saveScript(bool forCampaign);

    PhoneQueue* queue() const { return m_queue.get(); }
    const std::optional<CallTarget>& current() const { return m_current; }
    SurveyForm* surveyForm() const { return m_survey; }
    // Tests: the time the queue runs at (ms since the epoch); default the wall clock.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void listsLoaded();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showTarget();
    void showProgress();
    void updateScript();
    void loadScript();
    void setOutcomesEnabled(bool enabled);
    qint64 now() const { return m_clock(); }

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    AppSettings& m_settings;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<DatabaseWorker> m_worker;
    std::unique_ptr<PhoneQueue> m_queue;
    std::optional<CallTarget> m_current;
    std::function<qint64()> m_clock;
    QString m_openCode;

    ErrorBanner* m_banner = nullptr;
    QComboBox* m_lists = nullptr;
    QLabel* m_progress = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_details = nullptr;
    QWidget* m_phonesBox = nullptr;
    QHBoxLayout* m_phones = nullptr;
    QWidget* m_membersBox = nullptr;
    QHBoxLayout* m_members = nullptr;
    QLabel* m_script = nullptr;
    QPlainTextEdit* m_scriptEdit = nullptr;
    QWidget* m_scriptTools = nullptr;
    QLabel* m_scriptSource = nullptr;
    QLabel* m_history = nullptr;
    SurveyForm* m_survey = nullptr;
    QGridLayout* m_outcomeGrid = nullptr;
    QList<QPushButton*> m_outcomes;
    QDateTimeEdit* m_callback = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace terrain
