#pragma once

#include "sync/pagerow.h"
#include "sync/syncrow.h"
#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <unordered_map>
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
    // The same rows as they travel (PageRow::fromState of readMany's, byte for byte), written
    // from the campaign's own UTF-8: a push reads its rows without a QJsonValue per value.
    Result<std::vector<PageRow>> readRows(const TableInfo& table, const QStringList& uuids);
    // Rows of `table` matching `where` (SQL over the alias t, values bound in order).
    Result<std::vector<RowState>> readWhere(const TableInfo& table, const QString& where,
                                            const QVariantList& binds = {});

    // A pull starts: notes the tables that hold nothing yet (their rows are inserted without
    // being looked for first) and where the people this pull adds will start.
    void beginPull();
    // Merges the rows into the campaign; rows whose references are not there yet wait in
    // sync_deferred and are applied as soon as they can be. A pull applies its pages as they
    // came (PageCodec's DecodedPage): the rows of tables that were empty when it began are
    // written from their text.
    Result<ApplyStats> apply(const std::vector<PageRow>& rows);
    Result<ApplyStats> apply(const std::vector<RowState>& rows);
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

    // A row as it is here, with what writing over it needs.
    struct Local
    {
        RowState row;
        qint64 id = 0;
        bool overrides = false; // field_clocks holds clocks of this row
    };
    // One value of the row being written, ready to bind: text as UTF-8 in m_text.
    struct BoundValue
    {
        enum class Kind : quint8 { Null, Integer, Real, Text, Outside };
        Kind kind = Kind::Null;
        qint64 integer = 0;
        double real = 0;
        qsizetype at = 0;              // Text: where in m_text
        const char* outside = nullptr; // Outside: UTF-8 that outlives the statement (a page's)
        int size = 0;
    };

    Statement& cached(const QString& sql);
    // `clear`: reset and clear the bindings (not needed by a caller that binds every parameter).
    Statement& tableStatement(TableStatement kind, size_t table, bool clear = true);
    // UPDATE of the columns in `changed` (bit i: field i, 0 = deleted), with hlc and site, by id.
    Statement& updateStatement(size_t table, quint64 changed);
    // `before`: tables joined ahead of the row's table (written "... CROSS JOIN "). The last
    // column is the row's local id.
    static QString selectSql(const TableInfo& table, const QString& where, const QString& before = {});
    RowState readCurrent(const TableInfo& table, Statement& st, bool withClocks = true, bool* overrides = nullptr);
    Result<std::vector<Local>> readLocal(const TableInfo& table, const QStringList& uuids);
    // The select of `table` for these uuids: onRow per row found (returns its uuid), then
    // onClock per field clock of theirs kept apart (the row's place in the calls, the field).
    Status selectLocal(const TableInfo& table, const QStringList& uuids, const std::function<QString(Statement&)>& onRow,
                       const std::function<void(size_t, QStringView, const FieldClock&)>& onClock);
    std::optional<Local> readOne(size_t table, const QString& uuid);
    Status preload(const std::vector<const PageRow*>& order);
    std::optional<Local> current(size_t table, const QString& uuid);
    // `probe`: the row is inserted without looking for it first (its table was empty when the
    // pull began, so it is almost surely new); the insert failing says whether it was there.
    Result<bool> applyOne(const RowState& remote, ApplyStats* stats, QList<qint64>* touchedPeople, bool probe);
    // A row of a table that was empty when the pull began, as it came: inserted from its text
    // without looking for it first, or the long way (applyOne) when it needs more than that.
    Result<bool> applyNew(const PageRow& remote, ApplyStats* stats, QList<qint64>* touchedPeople);
    // Writes the row resolveReferences prepared (m_uuid, m_bound) with these clocks: over
    // `local`, the columns in `changed`, else as a new row. `probe` (no `local`): returns false,
    // having written nothing, when the row was there after all.
    Result<bool> writeRow(size_t table, const QString& uuid, const std::vector<FieldClock>& clocks, const Local* local,
                          quint64 changed, bool probe, ApplyStats* stats, QList<qint64>* touchedPeople);
    Status refreshSearch(QList<qint64> people);
    // Fills m_bound (and m_uuid) from the row, references as local ids; false when one is not here.
    bool resolveReferences(const RowState& row);
    bool resolveReferences(const PageRow& row);
    // Starts the row being written: its uuid, every value null but "deleted".
    void beginBinding(const QString& uuid, size_t values, qint64 deleted);
    // A reference (its uuid's UTF-8) bound as the local id of the row of table `target` it names;
    // false when that row is not here.
    bool bindReference(BoundValue* bound, int target, const QByteArray& uuid);
    BoundValue boundText(QStringView text);
    void bindValue(Statement& st, int index, const BoundValue& value) const;
    Status defer(const RowState& row);
    QSet<QString> dirtyFields(const TableInfo& table, const QString& uuid);
    Status logConflict(const RowState& row, int field, const RowState& lost, const RowState& kept);
    qint64 localId(size_t table, const QString& uuid);
    qint64 localId(size_t table, const QByteArray& uuid); // UTF-8

    Database& m_db;
    QHash<QString, Statement*> m_statements;
    std::vector<std::unique_ptr<Statement>> m_tableStatements; // per table, per TableStatement
    std::unordered_map<quint64, std::unique_ptr<Statement>> m_updates; // by table and changed columns
    std::unique_ptr<Statement> m_clearClocks;
    std::unique_ptr<Statement> m_insertClock;
    // Local ids by uuid per table (registry order), during one apply(): a page's phones find
    // the person the same page inserted without a query. Kept only for the tables the page's
    // rows refer to (m_keepIds).
    std::vector<QHash<QByteArray, qint64>> m_ids; // by uuid (UTF-8)
    std::vector<bool> m_keepIds;
    // During one apply(): the page's rows as they were here before it (absent: nullopt), read
    // in one go per table; each is taken once, a second look reads the campaign again.
    std::vector<QHash<QString, std::optional<Local>>> m_preloaded;
    bool m_outboxEmpty = false; // during one apply(): no local edit can conflict
    std::vector<bool> m_fresh;   // per table: empty when the pull began
    // People with a larger id were added by this pull (or one cut short: meta
    // "search_pending_from"); their search rows are written once, by finishPull().
    qint64 m_searchFrom = std::numeric_limits<qint64>::max();
    bool m_searchPending = false;
    // The row being written: its uuid and values (index 0 = deleted), text in m_text.
    BoundValue m_uuid;
    std::vector<BoundValue> m_bound;
    QByteArray m_text;
    qsizetype m_textUsed = 0;
};

// Fields whose losing value is kept for a coordinator to review.
bool isConflictTracked(const TableInfo& table, int field);

} // namespace terrain
