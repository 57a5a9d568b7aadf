#pragma once

#include "exporting/tablewriter.h"

#include <QObject>
#include <QString>

class QProgressDialog;
class QWidget;

namespace terrain {

class DatabaseWorker;

// Exports everyone to a spreadsheet file in a worker thread, behind a progress dialog that
// can cancel it (a cancelled export leaves no file). Deletes itself when done.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    ExportJob(const QString& campaignPath, const QString& target, ExportFormat format, const QString& author,
              QWidget* parent);
    ~ExportJob() override;

    void start();

    // The format a file name asks for: .xlsx a workbook, anything else CSV for French Excel.
    static ExportFormat formatForPath(const QString& path);

Q_SIGNALS:
    void finished(bool ok, qint64 rows, const QString& message);

private:
    QString m_campaignPath;
    QString m_target;
    ExportFormat m_format;
    QString m_author;
    QProgressDialog* m_dialog = nullptr;
    DatabaseWorker* m_worker = nullptr;
};

} // namespace terrain
