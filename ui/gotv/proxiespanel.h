#pragma once

#include "gotv/electionservice.h"
#include "gotv/votemarker.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace terrain {

class CampaignSession;
class ErrorBanner;

// Proxy votes (procurations) the campaign helps arrange: the election's list (voter,
// bureau, holder, status, voted), and a form to add one from a person found by name or by
// "bureau number", or to change the holder or status of the one selected (Enter saves),
// or remove it.
class ProxiesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxiesPanel)

public:
    enum Column {
        BureauColumn,
        NumberColumn,
        VoterColumn,
        HolderColumn,
        StatusColumn,
        ScopeColumn,
        VotedColumn,
        ColumnCount
    };

    ProxiesPanel(CampaignSession& session, ElectionService& elections, ErrorBanner& banner, QWidget* parent = nullptr);
    ~ProxiesPanel() override;

    void setElection(const Election& election);
    void reload();
    const QList<Proxy>& proxies() const { return m_proxies; }
    // The voter the form is about (0: none yet).
    qint64 formPerson() const { return m_personId; }
    void save();
    void removeSelected();

Q_SIGNALS:
    void proxiesChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void searchChanged(const QString& text);
    void choosePerson(const Voter& voter);
    void rowSelected();

    CampaignSession& m_session;
    ElectionService& m_elections;
    ErrorBanner& m_banner;
    std::unique_ptr<VoteMarker> m_voters; // its search only: nothing is marked here
    Election m_election;
    QList<Proxy> m_proxies;
    QList<Voter> m_found;
    qint64 m_personId = 0;

    QTableWidget* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_person = nullptr;
    QLineEdit* m_holder = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_scope = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace terrain
