#include "ui/exportjob.h"

#include "exporting/peopleexport.h"
#include "ui/databaseworker.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProgressDialog>

namespace terrain {

ExportJob::ExportJob(const QString& campaignPath, const QString& target, ExportFormat format, const QString& author,
                     QWidget* parent)
    : QObject(parent), m_campaignPath(campaignPath), m_target(target), m_format(format), m_author(author)
{
    m_dialog = new QProgressDialog(tr("Exporting people…"), tr("Cancel"), 0, 100, parent);
    m_dialog->setObjectName(QStringLiteral("exportProgress"));
    m_dialog->setWindowTitle(tr("Export people"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
}

ExportJob::~ExportJob()
{
    delete m_dialog;
}

ExportFormat ExportJob::formatForPath(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1StringView("xlsx"), Qt::CaseInsensitive) == 0
               ? ExportFormat::Xlsx
               : ExportFormat::ExcelFrance;
}

void ExportJob::start()
{
    m_worker = new DatabaseWorker(m_campaignPath, this);
    connect(m_worker, &DatabaseWorker::failed, this, [this](const QString& message, const QString&) {
        Q_EMIT finished(false, 0, message);
        deleteLater();
    });
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_worker->cancel(); });
    m_dialog->setValue(0);

    DatabaseWorker* worker = m_worker;
    PeopleExportOptions options;
    options.path = m_target;
    options.format = m_format;
    options.author = m_author;
    options.cancel = worker->cancelFlag();
    QProgressDialog* dialog = m_dialog;
    m_worker->run(
        [worker, options, dialog](Database& db) mutable {
            QElapsedTimer throttle;
            throttle.start();
            options.progress = [&](qint64 rows, qint64 total) {
                if (throttle.elapsed() < 100)
                    return;
                throttle.restart();
                const int percent = total > 0 ? static_cast<int>(rows * 100 / total) : 0;
                worker->post([dialog, percent] { dialog->setValue(percent); });
            };
            auto rows = exportPeople(db, options);
            return rows.ok() ? std::pair<qint64, QString>(*rows, QString())
                             : std::pair<qint64, QString>(-1, rows.error().message);
        },
        [this](const std::pair<qint64, QString>& result) {
            m_dialog->hide();
            Q_EMIT finished(result.first >= 0, std::max<qint64>(0, result.first), result.second);
            deleteLater();
        });
}

} // namespace terrain
