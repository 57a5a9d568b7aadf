#pragma once

#include "gotv/electionservice.h"
#include "gotv/votemarker.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace terrain {

class AppSettings;
class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;
class RecentMarksModel;

// The marking tab, keyboard only: "3 142" Enter marks bureau 3, numéro d'ordre 142, then
// the number alone in the same bureau; search by name with ↓/↑ and Enter; Ctrl+Z in an
// empty box takes back the last mark of this author. The latest marks of the election
// (every laptop's, read from the campaign file, so they survive a restart) with source,
// author and time; the purge of signature-list marks.
class MarkingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkingPanel)

public:
    MarkingPanel(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, DatabaseWorker& worker,
        ErrorBanner& banner, QWidget* parent = nullptr);
    ~MarkingPanel() override;

    // A voter as a search result lists them: "DUPONT Jean – bureau 3, no. 142, born …"
    // (the Proxies tab finds voters the same way).
    static QString voterLabel(const Voter& voter);

    void setElection(const Election& election);
    // Reads the election's latest marks in the worker (marksLoaded() after).
    void reloadMarks();
    MarkSource source() const;
    void setSource(MarkSource source);
    void markTyped();
    void undoLastMark();
    void purgeSignatureMarks();
    void focusInput();
    RecentMarksModel* marksModel() const { return m_marks; }

Q_SIGNALS:
    void marksChanged();
    void marksLoaded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showOutcome(const Result<MarkOutcome>& outcome);
    void searchChanged(const QString& text);
    void markSearchResult();
    void sourceChanged();
    void showBureauHint();

    AppSettings& m_settings;
    DialogHelper& m_dialogs;
    DatabaseWorker& m_worker;
    ErrorBanner& m_banner;
    std::unique_ptr<VoteMarker> m_marker;
    Election m_election;
    QString m_lastBureau;
    QList<Voter> m_found;

    QComboBox* m_sourceCombo = nullptr;
    QLabel* m_sourceWarning = nullptr;
    QLineEdit* m_input = nullptr;
    QLabel* m_bureauHint = nullptr;
    QLabel* m_feedback = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    RecentMarksModel* m_marks = nullptr;
    QTableView* m_marksView = nullptr;
};

} // namespace terrain
