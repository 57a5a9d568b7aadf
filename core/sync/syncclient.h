#pragma once

#include "sync/hlc.h"
#include "sync/syncrow.h"
#include "util/result.h"

#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace terrain {

class Database;
class SyncLocalStore;
class SyncTransport;
struct PageRow;

struct SyncReport
{
    int pushed = 0;     // rows sent
    int pulled = 0;     // rows received
    int changed = 0;    // local rows changed by the pull
    int rejected = 0;   // changes the server refused (kept in rejected_changes)
    int conflicts = 0;  // losing values kept in conflict_log
    int deferred = 0;   // rows waiting for a row they reference
    int requests = 0;
    bool epochChanged = false;
    qint64 clockOffset = 0; // server time minus this laptop's, when large enough to correct
};

// One laptop's sync with the server (DESIGN.md section 4): pull pages after the cursor
// (each applied with its cursor in a local transaction, which may hold a second's worth of
// pages), push the outbox in batches (acknowledged rows dropped), pull again when something
// was pushed. Safe to interrupt
// anywhere: a replayed push is a no-op on the server and a replayed page is merged again.
class SyncClient final
{
public:
    SyncClient(Database& db, SyncTransport& transport);

    // The wall clock of this laptop (tests move it); the sync corrects it by the server's offset.
    void setWallClock(HybridLogicalClock::WallClock clock);
    void setPageSize(int rows) { m_pageSize = rows; }
    void setPushBatch(int outboxRows) { m_pushBatch = outboxRows; }

    Result<SyncReport> sync();

    // Pending outbox rows (what a sync would push).
    qint64 pendingChanges() const;

private:
    struct State
    {
        QString epoch;
        qint64 cursor = 0;
        QString scopeDigest;
        bool repush = false;
        qint64 clockOffset = 0;
    };

    State loadState() const;
    Status saveState(const State& state);
    Result<bool> pull(State* state, SyncReport* report);
    Result<bool> push(State* state, SyncReport* report);
    Result<bool> pushRows(State* state, const std::vector<PageRow>& rows, qint64 upto, SyncReport* report);
    Result<bool> repushEverything(State* state, SyncReport* report);
    Status expandRanges(SyncLocalStore& store, const std::vector<std::pair<qint64, qint64>>& ranges,
                        const std::function<bool(RowState)>& add);
    Error answerError(const QJsonObject& body, int status) const;
    // Reads the server's time and epoch from an answer; false when the epoch changed.
    Result<bool> observe(const QJsonObject& body, State* state, SyncReport* report);
    void applyClockOffset(qint64 offset);

    Database& m_db;
    SyncTransport& m_transport;
    HybridLogicalClock::WallClock m_wallClock;
    int m_pageSize = 5000;
    int m_pushBatch = 5000; // rows (and outbox rows) per push: 1,000 edited people in one request
};

} // namespace terrain
