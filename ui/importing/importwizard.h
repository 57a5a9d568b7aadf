#pragma once

#include "importing/importer.h"

#include <QWizard>

#include <optional>

namespace terrain {

class AppSettings;
class CampaignSession;
class DialogHelper;

// Import (or re-import) a voter file: choose the file; check the encoding, separator and
// profile; map each column to a field (and save the mapping as a profile); preview the first
// rows as they will be stored; import in a worker thread with progress and Cancel; read the
// report. A cancelled import leaves the campaign as it was.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)

public:
    enum PageId { FilePage, FormatPage, MappingPage, PreviewPage, ProgressPage, ReportPage };

    ImportWizard(CampaignSession& session, AppSettings& settings, DialogHelper& dialogs, QWidget* parent = nullptr);
    ~ImportWizard() override;

    CampaignSession& session() { return m_session; }
    DialogHelper& dialogs() { return m_dialogs; }

    // What the user asked so far, and the plan it gives (file, dialect, headers, mapping).
    ImportRequest& request() { return m_request; }
    const std::optional<ImportPlan>& plan() const { return m_plan; }
    // Reads the file's head again with the request (a new file, encoding or profile). The
    // user's own column choices are dropped. Returns the error when the file cannot be read.
    Status replan();
    // Sets the field of one column (0-based) as the user chose it.
    Status setColumnField(int column, ImportField field);

    // The import ran to the end (the campaign changed).
    bool imported() const { return m_report.has_value() && !m_report->dryRun; }
    const std::optional<ImportReport>& report() const { return m_report; }
    void setReport(const ImportReport& report) { m_report = report; }

    // True while the import runs: Cancel asks it to stop instead of closing.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }

    void reject() override;

Q_SIGNALS:
    void planChanged();
    void cancelRequested();

private:
    CampaignSession& m_session;
    DialogHelper& m_dialogs;
    ImportRequest m_request;
    std::optional<ImportPlan> m_plan;
    std::optional<ImportReport> m_report;
    bool m_running = false;
    bool m_closeWhenStopped = false;
};

} // namespace terrain
