#pragma once

#include "gotv/electionservice.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace terrain {

class DatabaseWorker;
class ErrorBanner;

// Per bureau, this election's official registered count and expected final turnout, in an
// editable grid prefilled (in grey) with the campaign's figures: the people of the bureau
// and the bureau's own expected turnout. Typing a figure records it for this election;
// clearing it goes back to the campaign's.
class BureauSettingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BureauSettingsPanel)

public:
    enum Column { BureauColumn, PeopleColumn, RegisteredColumn, ExpectedColumn, ColumnCount };

    BureauSettingsPanel(
        ElectionService& elections, DatabaseWorker& worker, ErrorBanner& banner, QWidget* parent = nullptr);

    void setElection(const Election& election);
    void reload(); // in the worker; loaded() after
    const QList<BureauSettings>& settings() const { return m_settings; }

Q_SIGNALS:
    void loaded();
    void settingsChanged();

private:
    void fill();
    void edited(int row, int column);

    ElectionService& m_elections;
    DatabaseWorker& m_worker;
    ErrorBanner& m_banner;
    Election m_election;
    QList<BureauSettings> m_settings;
    QTableWidget* m_grid = nullptr;
    bool m_filling = false;
};

} // namespace terrain
