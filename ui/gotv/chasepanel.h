#pragma once

#include "gotv/electionservice.h"
#include "gotv/gotvdashboard.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QPushButton;

namespace terrain {

class CampaignSession;
class DatabaseWorker;
class DialogHelper;
class ErrorBanner;

// "The key": the chase list of the selected bureaux (ChaseList::build) made into exactly
// that call list (phone bank) or those walk lists (ListService::createCallListsFor /
// createWalkListsFor), or written as an SMS file; then the lists printed to PDF.
class ChasePanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChasePanel)

public:
    enum class Format { CallList, WalkLists, SmsFile };
    using Selection = std::function<QList<BureauFigures>()>;

    ChasePanel(CampaignSession& session, DialogHelper& dialogs, DatabaseWorker& worker, ErrorBanner& banner,
        Selection selection, QWidget* parent = nullptr);

    void setElection(const Election& election);
    Format format() const;
    void chase(Format format);
    void chaseSelected(); // in the format chosen
    void printLists(); // the lists the last chase made, a PDF each
    QList<qint64> lastLists() const { return m_lists; }

Q_SIGNALS:
    void listsMade(const QList<qint64>& listIds);
    void chaseDone(bool ok);

private:
    void finished(
        Format format, const QString& smsPath, qsizetype people, const QList<qint64>& lists, const QStringList& codes);

    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    DatabaseWorker& m_worker;
    ErrorBanner& m_banner;
    Selection m_selection;
    Election m_election;
    QList<qint64> m_lists;
    QComboBox* m_format = nullptr;
    QPushButton* m_chase = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace terrain
