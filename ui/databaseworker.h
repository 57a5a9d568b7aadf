#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <typeindex>
#include <unordered_map>

namespace terrain {

// A thread with its own connection to a campaign file, for work that must not freeze the
// window: queries over a large campaign, import, export, the demo. Jobs run one after the
// other; each job's result comes back to the GUI thread. A Database is never shared across
// threads: this one is opened in the worker thread and only used there.
class DatabaseWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    explicit DatabaseWorker(const QString& path, QObject* parent = nullptr,
                            Database::OpenMode mode = Database::OpenMode::OpenExisting);
    // Asks the running job to stop (cancelFlag) and waits for it.
    ~DatabaseWorker() override;

    // Runs `job(Database&)` in the worker thread, then `done(result)` in the GUI thread,
    // unless the worker was destroyed in between.
    template <typename Job, typename Done>
    void run(Job job, Done done)
    {
        using R = std::invoke_result_t<Job&, Database&>;
        submit([job = std::move(job), done = std::move(done)](Database& db) mutable -> std::function<void()> {
            auto result = std::make_shared<std::optional<R>>(job(db));
            return [done, result]() mutable { done(std::move(**result)); };
        });
    }

    // From a job (worker thread only): a service kept for the worker's life, built on first use
    // with (db, args...), destroyed in the worker's teardown before its Database closes.
    template <typename T, typename... Args>
    T& local(Database& db, Args&&... args)
    {
        std::shared_ptr<void>& slot = m_locals[std::type_index(typeid(T))];
        if (!slot)
            slot = std::make_shared<T>(db, std::forward<Args>(args)...);
        return *static_cast<T*>(slot.get());
    }

    // From a job: runs `fn` in the GUI thread (progress reports).
    void post(std::function<void()> fn);

    // For long jobs that core can cancel (the importer, the demo, the export).
    const std::atomic_bool* cancelFlag() const { return &m_cancel; }
    void cancel() { m_cancel = true; }
    void resetCancel() { m_cancel = false; }
    bool isCancelled() const { return m_cancel; }

    // Jobs submitted and not yet finished.
    bool isBusy() const { return m_pending > 0; }
    QString path() const { return m_path; }

Q_SIGNALS:
    // The campaign file could not be opened in the worker: no job runs.
    void failed(const QString& message, const QString& detail);
    void idle();

private:
    class Runner;
    void submit(std::function<std::function<void()>(Database&)> job);

    QString m_path;
    QThread m_thread;
    Runner* m_runner = nullptr;
    std::atomic_bool m_cancel = false;
    int m_pending = 0; // GUI thread only
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_locals; // worker thread only
};

} // namespace terrain
