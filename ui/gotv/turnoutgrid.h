#pragma once

#include "gotv/electionservice.h"

#include <QTableWidget>

namespace terrain {

class ErrorBanner;

// The official turnout published during the day, one row per bureau and a column per time
// (12:00, 17:00, the close): typing a number records it (ElectionService::recordTurnout).
class TurnoutGrid final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnoutGrid)

public:
    TurnoutGrid(ElectionService& elections, ErrorBanner& banner, QWidget* parent = nullptr);

    void setElection(const Election& election, const QList<Bureau>& bureaux);
    // Reads the figures entered so far (after an import, or another laptop's sync).
    void fill();

Q_SIGNALS:
    void turnoutChanged();

private:
    void edited(int row, int column);

    ElectionService& m_elections;
    ErrorBanner& m_banner;
    Election m_election;
    QList<Bureau> m_bureaux;
    bool m_filling = false;
};

} // namespace terrain
