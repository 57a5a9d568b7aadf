#pragma once

#include "sync/syncrow.h"
#include "util/result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace terrain {

class Database;
class Statement;

// The laptop's side of the merge: reads syncable rows as RowStates (references as UUIDs)
// and applies rows from the server with the merge rule, mapping UUIDs back to local ids.
// Applying never writes the outbox: what comes from the server is not a local edit.
// Callers hold the transaction.
class SyncLocalStore final
{
public:
    struct ApplyStats
    {
        int changed = 0;   // rows whose local state changed
        int deferred = 0;  // rows waiting for a row they reference
        int conflicts = 0; // losing values kept in the conflict log
        int failed = 0;    // rows the campaign file refused (a constraint), kept in rejected_changes
    };

    explicit SyncLocalStore(Database& db);
    ~SyncLocalStore();
    SyncLocalStore(const SyncLocalStore&) = delete;
    SyncLocalStore& operator=(const SyncLocalStore&) = delete;

    std::optional<RowState> read(const TableInfo& table, const QString& uuid);
    // The rows of `table` with these uuids that exist (in no given order): two statements
    // instead of two per row.
    Result<std::vector<RowState>> readMany(const TableInfo& table, const QStringList& uuids);
    // Rows of `table` matching `where` (SQL over the alias t, values bound in order).
    Result<std::vector<RowState>> readWhere(const TableInfo& table, const QString& where,
                                            const QVariantList& binds = {});

    // A pull starts: notes the tables that hold nothing yet (their rows are inserted without
    // being looked for first) and where the people this pull adds will start.
    void beginPull();
    // Merges the rows into the campaign; rows whose references are not there yet wait in
    // sync_deferred and are applied as soon as they can be.
    Result<ApplyStats> apply(std::vector<RowState> rows);
    // The pull is over: the people it added get their search rows (in the caller's
    // transaction). Until then they are found by the table, not by search.
    Status finishPull();

    // Keeps who writes with which site (meta "site_name:<site>"), for the conflict log.
    Status rememberSiteNames(const QHash<qint64, QString>& names);

    // Removes, without an outbox row, the people (and their phones, tags, contacts...) and
    // the lists that are not in the given sets: a volunteer's laptop keeps only its scope.
    Status purgeOutside(const QSet<QString>& people, const QSet<QString>& lists);

private:
    enum class TableStatement { Select, Insert, IdOf };
    static constexpr size_t kTableStatementKinds = 3;

    Statement& cached(const QString& sql);
    Statement& tableStatement(TableStatement kind, const TableInfo& table);
    // `before`: tables joined ahead of the row's table (written "... CROSS JOIN ").
    static QString selectSql(const TableInfo& table, const QString& where, const QString& before = {});
    RowState readCurrent(const TableInfo& table, Statement& st, bool withClocks = true);
    Status preload(const std::vector<RowState>& rows);
    std::optional<RowState> current(const TableInfo& table, const QString& uuid);
    // `probe`: the row is inserted without looking for it first (its table was empty when the
    // pull began, so it is almost surely new); the insert failing says whether it was there.
    Result<bool> applyOne(const RowState& remote, ApplyStats* stats, QList<qint64>* touchedPeople, bool probe);
    Status refreshSearch(QList<qint64> people);
    bool resolveReferences(const RowState& row, std::vector<QVariant>* bound);
    Status defer(const RowState& row);
    QSet<QString> dirtyFields(const TableInfo& table, const QString& uuid);
    Status logConflict(const RowState& row, int field, const RowState& lost, const RowState& kept);
    qint64 localId(const char* table, const QString& uuid);

    Database& m_db;
    QHash<QString, Statement*> m_statements;
    std::vector<std::unique_ptr<Statement>> m_tableStatements; // per table, per TableStatement
    // Local ids by uuid per table (registry order), during one apply(): a page's phones find
    // the person the same page inserted without a query.
    std::vector<QHash<QString, qint64>> m_ids;
    // During one apply(): the page's rows as they were here before it (absent: nullopt), read
    // in one go per table; each is taken once, a second look reads the campaign again.
    std::vector<QHash<QString, std::optional<RowState>>> m_preloaded;
    bool m_outboxEmpty = false; // during one apply(): no local edit can conflict
    std::vector<bool> m_fresh;   // per table: empty when the pull began
    // People with a larger id were added by this pull (or one cut short: meta
    // "search_pending_from"); their search rows are written once, by finishPull().
    qint64 m_searchFrom = std::numeric_limits<qint64>::max();
    bool m_searchPending = false;
};

// Fields whose losing value is kept for a coordinator to review.
bool isConflictTracked(const TableInfo& table, int field);

} // namespace terrain
