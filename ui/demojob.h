#pragma once

#include <QObject>
#include <QString>

class QProgressDialog;

namespace terrain {

class DatabaseWorker;

// Creates a demo campaign (a generated commune with a campaign under way) at a path, in a
// worker thread, behind a progress dialog that can cancel it. Deletes itself when done.
class DemoJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoJob)

public:
    DemoJob(const QString& path, int voters, QWidget* parent);
    ~DemoJob() override;

    void start();

Q_SIGNALS:
    // `ok` false with a message when it failed; cancelled is a failure too.
    void finished(bool ok, const QString& message);

private:
    void progress(const QString& step, int percent);

    QString m_path;
    int m_voters;
    QProgressDialog* m_dialog = nullptr;
    DatabaseWorker* m_worker = nullptr;
};

} // namespace terrain
