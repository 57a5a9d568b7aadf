#pragma once

#include "exporting/exportlog.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;

namespace terrain {

class DatabaseWorker;
class ErrorBanner;

// File > Export log…: every export of the campaign, newest first (when, who, what, rows, file),
// read in a worker so that a long log never freezes the window.
class ExportLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportLogDialog)

public:
    explicit ExportLogDialog(const QString& campaignPath, QWidget* parent = nullptr);
    ~ExportLogDialog() override;

    // Reads the log again.
    void reload();
    bool isLoading() const { return m_loading; }
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void loaded();

private:
    void fill(const QList<ExportLogEntry>& entries);

    std::unique_ptr<DatabaseWorker> m_worker;
    ErrorBanner* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    bool m_loading = false;
};

} // namespace terrain
