#include "ui/databaseworker.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

namespace terrain {

// Lives in the worker thread and owns that thread's Database, opened at the first job.
class DatabaseWorker::Runner final : public QObject
{
public:
    Runner(DatabaseWorker& owner, Database::OpenMode mode) : m_owner(owner), m_mode(mode) {}

    void execute(const std::function<std::function<void()>(Database&)>& job)
    {
        if (!m_db) {
            auto opened = Database::open(m_owner.m_path, m_mode);
            if (!opened) {
                const Error error = opened.error();
                DatabaseWorker* owner = &m_owner;
                m_owner.post([owner, error] {
                    --owner->m_pending;
                    Q_EMIT owner->failed(error.message, error.detail);
                });
                return;
            }
            m_db = std::move(opened.value());
        }
        std::function<void()> completion = job(*m_db);
        DatabaseWorker* owner = &m_owner;
        m_owner.post([owner, completion = std::move(completion)] {
            --owner->m_pending;
            // The completion may delete the worker (a dialog closing on it): check before going on.
            QPointer<DatabaseWorker> alive(owner);
            completion();
            if (alive && alive->m_pending == 0)
                Q_EMIT alive->idle();
        });
    }

private:
    DatabaseWorker& m_owner;
    Database::OpenMode m_mode;
    std::unique_ptr<Database> m_db;
};

DatabaseWorker::DatabaseWorker(const QString& path, QObject* parent, Database::OpenMode mode)
    : QObject(parent), m_path(path)
{
    m_runner = new Runner(*this, mode);
    m_runner->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("terrain-db-worker"));
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
    // The thread has finished: nothing else touches the runner or its Database now. Jobs
    // never started go first, then the services, then the connection.
    QCoreApplication::removePostedEvents(m_runner);
    m_locals.clear();
    delete m_runner;
}

void DatabaseWorker::submit(std::function<std::function<void()>(Database&)> job)
{
    ++m_pending;
    Runner* runner = m_runner;
    QMetaObject::invokeMethod(
        m_runner, [runner, job = std::move(job)] { runner->execute(job); }, Qt::QueuedConnection);
}

void DatabaseWorker::post(std::function<void()> fn)
{
    // Safe from the worker thread: the destructor waits for the thread before `this` goes.
    QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection);
}

} // namespace terrain
