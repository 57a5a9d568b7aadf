#include "ui/demojob.h"

#include "demo/democampaign.h"
#include "ui/databaseworker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProgressDialog>

namespace terrain {

DemoJob::DemoJob(const QString& path, int voters, QWidget* parent)
    : QObject(parent), m_path(path), m_voters(voters)
{
    m_dialog = new QProgressDialog(tr("Preparing a demo campaign…"), tr("Cancel"), 0, 100, parent);
    m_dialog->setObjectName(QStringLiteral("demoProgress"));
    m_dialog->setWindowTitle(tr("Demo campaign"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(0);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
}

DemoJob::~DemoJob()
{
    delete m_dialog;
}

void DemoJob::start()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_worker = new DatabaseWorker(m_path, this, Database::OpenMode::CreateIfMissing);
    connect(m_worker, &DatabaseWorker::failed, this, [this](const QString& message, const QString&) {
        Q_EMIT finished(false, message);
        deleteLater();
    });
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_dialog->setLabelText(tr("Cancelling…"));
        m_worker->cancel();
    });
    m_dialog->setValue(0);
    m_dialog->show();

    DatabaseWorker* worker = m_worker;
    DemoCampaignOptions options;
    options.voters = m_voters;
    options.bureaux = std::max(1, m_voters / 1000);
    m_worker->run(
        [worker, options, this](Database& db) {
            QElapsedTimer throttle;
            throttle.start();
            auto report = createDemoCampaign(
                db, options,
                [&](const QString& step, int percent) {
                    if (throttle.elapsed() < 100)
                        return;
                    throttle.restart();
                    worker->post([this, step, percent] { progress(step, percent); });
                },
                worker->cancelFlag());
            return report.ok() ? QString() : report.error().message;
        },
        [this](const QString& error) {
            m_dialog->hide();
            Q_EMIT finished(error.isEmpty(), error);
            deleteLater();
        });
}

void DemoJob::progress(const QString& step, int percent)
{
    if (m_worker->isCancelled())
        return;
    m_dialog->setLabelText(step);
    m_dialog->setValue(percent);
}

} // namespace terrain
