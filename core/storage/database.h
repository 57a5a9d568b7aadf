#pragma once

#include "storage/statement.h"
#include "sync/hlc.h"
#include "util/result.h"

#include <QString>

#include <memory>

struct sqlite3;

namespace terrain {

// Process-wide SQLite settings, before its first connection (every opening calls it; later
// calls do nothing): no memory statistics, which take a global lock on every allocation
// SQLite makes.
void configureSqlite();

// One campaign file (SQLite, extension .terrain). Opening creates the file when asked,
// sets the pragmas (WAL, foreign keys, synchronous=NORMAL) and runs the pending
// migrations, each in its own transaction. One Database per thread: it is not shared.
class Database final
{
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing,
                                                  int targetVersion = -1);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    static int latestSchemaVersion();
    // The schema version of a campaign file, read without upgrading it (-1: not readable).
    static int fileSchemaVersion(const QString& path);
    static QString fileExtension() { return QStringLiteral(".terrain"); }

    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Runs one or more statements that take no parameters.
    Status exec(const char* sql);
    Statement prepare(const char* sql) const { return Statement(m_db, sql); }
    Statement prepare(const QString& sql) const { return Statement(m_db, sql); }
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const char* sql) const;

    QString meta(const QString& key, const QString& fallback = {}) const;
    Status setMeta(const QString& key, const QString& value);
    // Folds the write-ahead log back into the file; long jobs (a sync) call it once their
    // work is committed and shown, off the path of what the user waits for.
    Status checkpoint();
    // A setting of this connection for a while: the pragma `set` now, `restore` when it ends.
    class Setting final
    {
    public:
        Setting(Database& db, QByteArray set, QByteArray restore);
        ~Setting();
        Setting(Setting&& other) noexcept;
        Setting(const Setting&) = delete;
        Setting& operator=(const Setting&) = delete;

    private:
        Database& m_db;
        QByteArray m_restore;
    };
    // The log's backstop raised from 4,096 pages (64 MiB) to 16,384, so that a job writing a
    // whole campaign (a first sync) is not stopped halfway by the commit that crosses it; the
    // job checkpoints once done.
    Setting longWrite();
    // References not checked (foreign keys), for a writer that resolves every reference itself
    // before writing a row: the sync's apply (a row whose parent is not here waits in
    // sync_deferred), where SQLite's checks cost a first sync's inserts a sixth of their time.
    // Outside a transaction only: SQLite ignores it inside one, and the checks stay on.
    Setting uncheckedReferences();

    // This laptop's random site id (a positive 63-bit integer, fixed at creation).
    qint64 siteId() const { return m_siteId; }
    HybridLogicalClock& clock() { return m_clock; }
    // Writes the clock's current value to `meta` (call inside the writing transaction).
    Status persistClock();

    bool inTransaction() const { return m_transactionDepth > 0; }
    qint64 lastInsertId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;

    // A transaction, or a savepoint inside one. Rolls back unless committed.
    class Transaction final
    {
    public:
        explicit Transaction(Database& db);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        Status commit();
        void rollback();
        bool isActive() const { return m_active; }

    private:
        Database& m_db;
        bool m_active = false;
        int m_depth = 0;
    };

private:
    Database() = default;
    Status configure();
    Status loadIdentity();

    sqlite3* m_db = nullptr;
    QString m_path;
    qint64 m_siteId = 0;
    HybridLogicalClock m_clock;
    int m_transactionDepth = 0;
};

} // namespace terrain
