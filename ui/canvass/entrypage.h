#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace terrain {

class AppSettings;
class CampaignSession;
class DialogHelper;
class EntryGridModel;
class EntrySession;
class ErrorBanner;
class Repository;

// "Paper entry": a coordinator types a returned walk list (or call sheet) back in, keyboard
// only, door by door in the printed order. The list is opened by its code (typed, or what a
// QR scanner types); in the grid a letter is a result, digits answer the questions, Tab is
// the next person, Enter the next door, Backspace or Ctrl+Z undoes. Every key goes to an
// EntrySession, which writes the doors once they leave its undo window.
class EntryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryPage)

public:
    EntryPage(CampaignSession& session, DialogHelper& dialogs, AppSettings& settings, QWidget* parent = nullptr);
    // Stores what was typed: leaving the page never loses a door.
    ~EntryPage() override;

    // Opens a list by its code (asks before reopening a list already entered).
    bool openList(const QString& code);
    // Stores every typed door and marks the list entered (asks when doors have no result).
    bool finishList();
    // Applies a results file (CSV door,person,result,answers) to the open list.
    void importResults();
    // Stores the doors typed so far (they can no longer be undone).
    bool commit();

    EntrySession* entrySession() const { return m_entry.get(); }
    EntryGridModel* model() const { return m_model; }

Q_SIGNALS:
    // Attempts were stored: people and figures changed.
    void attemptsStored();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    bool typeKey(QChar key);
    void showState();
    void fillLegend();
    void closeList();

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    AppSettings& m_settings;
    std::unique_ptr<Repository> m_repo;
    std::unique_ptr<EntrySession> m_entry;
    ErrorBanner* m_banner = nullptr;
    QLineEdit* m_code = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_finish = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_counts = nullptr;
    QTableView* m_grid = nullptr;
    EntryGridModel* m_model = nullptr;
    QLabel* m_legend = nullptr;
    bool m_keyWarning = false; // the banner shows a refused key, cleared by the next good one
};

} // namespace terrain
