#include "syncclient.h"

#include "storage/database.h"
#include "storage/tables.h"
#include "sync/repository.h"
#include "sync/synclocalstore.h"
#include "sync/synctransport.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <cstdlib>
#include <limits>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::SyncClient", text);
}

// A laptop whose clock is off by more than this (from the server's) corrects it.
constexpr qint64 kSkewToleranceMs = 60'000;
// Rounds of pull/push when the server changes epoch under us.
constexpr int kMaxRounds = 4;

} // namespace

SyncClient::SyncClient(Database& db, SyncTransport& transport)
    : m_db(db),
      m_transport(transport)
{
    setWallClock({});
    const State state = loadState();
    applyClockOffset(state.clockOffset);
}

void SyncClient::setWallClock(HybridLogicalClock::WallClock clock)
{
    m_wallClock = clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); };
    applyClockOffset(loadState().clockOffset);
}

void SyncClient::applyClockOffset(qint64 offset)
{
    HybridLogicalClock::WallClock base = m_wallClock;
    if (offset == 0)
        m_db.clock().setWallClock(base);
    else
        m_db.clock().setWallClock([base, offset] { return base() + offset; });
}

qint64 SyncClient::pendingChanges() const
{
    return m_db.scalar("SELECT count(*) FROM outbox").toLongLong();
}

SyncClient::State SyncClient::loadState() const
{
    State state;
    Statement st = m_db.prepare("SELECT epoch, cursor, scope_digest, repush, clock_offset FROM sync_state WHERE id = 1");
    if (st.step()) {
        state.epoch = st.text(0);
        state.cursor = st.int64(1);
        state.scopeDigest = st.text(2);
        state.repush = st.int64(3) != 0;
        state.clockOffset = st.int64(4);
    }
    return state;
}

Status SyncClient::saveState(const State& state)
{
    Statement st = m_db.prepare(
        "INSERT INTO sync_state(id, epoch, cursor, scope_digest, repush, clock_offset) VALUES(1, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET epoch = excluded.epoch, cursor = excluded.cursor,"
        " scope_digest = excluded.scope_digest, repush = excluded.repush, clock_offset = excluded.clock_offset");
    st.bindOptional(1, state.epoch).bind(2, state.cursor).bindOptional(3, state.scopeDigest).bind(4, state.repush).bind(
        5, state.clockOffset);
    return st.exec();
}

Error SyncClient::answerError(const QJsonObject& body, int status) const
{
    const QString code = body.value(QStringLiteral("error")).toString();
    QString message = tr("The server refused the sync.");
    if (status == 401)
        message = tr("Please sign in again.");
    else if (status == 403)
        message = tr("Your account may not do this.");
    else if (status == 426)
        message = tr("Terrain on this laptop and the server are not the same version: please update.");
    return makeError(QStringLiteral("sync.refused"), message,
                     QStringLiteral("HTTP %1 %2: %3").arg(status).arg(code, body.value(QStringLiteral("message")).toString()));
}

Result<bool> SyncClient::observe(const QJsonObject& body, State* state, SyncReport* report)
{
    if (body.contains(QStringLiteral("time"))) {
        const qint64 offset = body.value(QStringLiteral("time")).toInteger() - m_wallClock();
        const qint64 corrected = std::llabs(offset) > kSkewToleranceMs ? offset : 0;
        if (corrected != state->clockOffset) {
            qCInfo(lcSync) << "clock offset from the server:" << corrected << "ms";
            state->clockOffset = corrected;
            applyClockOffset(corrected);
            if (Status s = saveState(*state); !s)
                return s.error();
        }
        report->clockOffset = corrected;
    }
    const QString epoch = body.value(QStringLiteral("epoch")).toString();
    if (epoch.isEmpty() || epoch == state->epoch)
        return true;
    const bool changed = !state->epoch.isEmpty();
    if (changed) {
        // The server was restored: it may have lost what we pushed since its backup. Push
        // everything again (the merge makes that harmless) and pull from the start.
        qCWarning(lcSync) << "server epoch changed from" << state->epoch << "to" << epoch;
        state->cursor = 0;
        state->scopeDigest.clear();
        state->repush = true;
        report->epochChanged = true;
    }
    state->epoch = epoch;
    if (Status s = saveState(*state); !s)
        return s.error();
    return !changed;
}

Result<bool> SyncClient::pull(State* state, SyncReport* report)
{
    SyncLocalStore store(m_db);
    for (;;) {
        const QString target = QStringLiteral("/v1/sync/pull?since=%1&limit=%2&schema=%3&scope=%4")
                                   .arg(state->cursor)
                                   .arg(m_pageSize)
                                   .arg(kSyncSchema)
                                   .arg(state->scopeDigest);
        auto reply = m_transport.send("GET", target, {});
        ++report->requests;
        if (!reply)
            return reply.error();
        if (reply->status != 200)
            return answerError(reply->body, reply->status);
        const QJsonObject& body = reply->body;
        auto same = observe(body, state, report);
        if (!same)
            return same.error();
        if (!*same)
            return false; // a new epoch: start again from 0
        std::vector<RowState> rows;
        QString error;
        if (!RowCodec::decodeTables(body.value(QStringLiteral("tables")).toArray(), &rows, &error))
            return makeError(QStringLiteral("sync.protocol"), tr("The server sent an answer Terrain does not understand."),
                             error);

        Database::Transaction tx(m_db);
        if (!tx.isActive())
            return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
        if (body.contains(QStringLiteral("scope"))) {
            const QJsonObject scope = body.value(QStringLiteral("scope")).toObject();
            QSet<QString> people;
            QSet<QString> lists;
            for (const QJsonValue& uuid : scope.value(QStringLiteral("people")).toArray())
                people.insert(uuid.toString());
            for (const QJsonValue& uuid : scope.value(QStringLiteral("lists")).toArray())
                lists.insert(uuid.toString());
            if (Status s = store.purgeOutside(people, lists); !s)
                return s.error();
            state->scopeDigest = scope.value(QStringLiteral("digest")).toString();
        }
        auto stats = store.apply(std::move(rows));
        if (!stats)
            return stats.error();
        state->cursor = std::max(state->cursor, body.value(QStringLiteral("next")).toInteger());
        if (Status s = saveState(*state); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        report->pulled += static_cast<int>(body.value(QStringLiteral("count")).toInt());
        report->changed += stats->changed;
        report->conflicts += stats->conflicts;
        report->deferred = stats->deferred;
        report->rejected += stats->failed;
        if (!body.value(QStringLiteral("more")).toBool())
            return true;
    }
}

Result<bool> SyncClient::pushRows(State* state, const std::vector<RowState>& rows, qint64 upto, SyncReport* report)
{
    QJsonObject request{{QStringLiteral("epoch"), state->epoch},
                        {QStringLiteral("site"), m_db.siteId()},
                        {QStringLiteral("schema"), kSyncSchema},
                        {QStringLiteral("upto"), upto},
                        {QStringLiteral("tables"), RowCodec::encodeTables(rows)}};
    auto reply = m_transport.send("POST", QStringLiteral("/v1/sync/push"), request);
    ++report->requests;
    if (!reply)
        return reply.error();
    if (reply->status == 409) {
        auto same = observe(reply->body, state, report);
        if (!same)
            return same.error();
        return false;
    }
    if (reply->status != 200)
        return answerError(reply->body, reply->status);
    auto same = observe(reply->body, state, report);
    if (!same)
        return same.error();
    if (!*same)
        return false;

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    const qint64 acked = reply->body.value(QStringLiteral("acked")).toInteger();
    const qint64 first = reply->body.value(QStringLiteral("first")).toInteger();
    const qint64 last = reply->body.value(QStringLiteral("last")).toInteger();
    if (first > 0 && first == state->cursor + 1 && last >= first && state->scopeDigest.isEmpty()) {
        // Nobody else wrote between our last pull and this push: what it stamped is ours.
        // (Not for a volunteer: the server may store more than the scope lets us see.)
        state->cursor = last;
        if (Status s = saveState(*state); !s)
            return s.error();
    }
    Statement drop = m_db.prepare("DELETE FROM outbox WHERE counter <= ?");
    drop.bind(1, acked);
    if (Status s = drop.exec(); !s)
        return s.error();
    Statement reject = m_db.prepare("INSERT INTO rejected_changes(at, tbl, row_uuid, reason) VALUES(?, ?, ?, ?)");
    for (const QJsonValue& value : reply->body.value(QStringLiteral("rejected")).toArray()) {
        const QJsonObject rejected = value.toObject();
        reject.bind(1, m_wallClock())
            .bind(2, rejected.value(QStringLiteral("t")).toString())
            .bind(3, rejected.value(QStringLiteral("u")).toString())
            .bind(4, rejected.value(QStringLiteral("reason")).toString());
        if (Status s = reject.exec(); !s)
            return s.error();
        ++report->rejected;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    report->pushed += static_cast<int>(rows.size());
    return true;
}

Result<bool> SyncClient::repushEverything(State* state, SyncReport* report)
{
    SyncLocalStore store(m_db);
    for (const TableInfo& table : syncTables()) {
        qint64 afterId = 0;
        for (;;) {
            auto rows = store.readWhere(table, QStringLiteral("t.id > ? ORDER BY t.id LIMIT %1").arg(m_pushBatch),
                                        {afterId});
            if (!rows)
                return rows.error();
            if (rows->empty())
                break;
            Statement last = m_db.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(QLatin1StringView(table.name)));
            last.bind(1, rows->back().uuid);
            afterId = last.step() ? last.int64(0) : std::numeric_limits<qint64>::max();
            auto sent = pushRows(state, *rows, 0, report);
            if (!sent || !*sent)
                return sent;
        }
    }
    state->repush = false;
    if (Status s = saveState(*state); !s)
        return s.error();
    return true;
}

Result<bool> SyncClient::push(State* state, SyncReport* report)
{
    if (state->repush) {
        auto done = repushEverything(state, report);
        if (!done || !*done)
            return done;
    }
    SyncLocalStore store(m_db);
    for (;;) {
        struct OutboxRow
        {
            qint64 counter;
            QString table;
            QString uuid;
            QString fields;
        };
        std::vector<OutboxRow> outbox;
        {
            Statement st = m_db.prepare("SELECT counter, tbl, row_uuid, fields FROM outbox ORDER BY counter LIMIT ?");
            st.bind(1, m_pushBatch);
            while (st.step())
                outbox.push_back({st.int64(0), st.text(1), st.text(2), st.text(3)});
        }
        if (outbox.empty())
            return true;

        std::vector<RowState> rows;
        QSet<QString> seen;
        auto add = [&](RowState row) {
            const QString key = QLatin1StringView(row.table->name) + u'/' + row.uuid;
            if (!seen.contains(key)) {
                seen.insert(key);
                rows.push_back(std::move(row));
            }
        };
        for (const OutboxRow& entry : outbox) {
            qint64 from = 0;
            qint64 to = 0;
            if (entry.table == u"*" && Repository::parseRangeFields(entry.fields, &from, &to)) {
                // A bulk import: every row of this laptop whose clock is in the range, sent in
                // batches; the range (and what came before it) is acknowledged with the last.
                for (const TableInfo& table : syncTables()) {
                    auto found = store.readWhere(table, QStringLiteral("t.site = ? AND t.hlc BETWEEN ? AND ?"),
                                                 {m_db.siteId(), from, to});
                    if (!found)
                        return found.error();
                    for (RowState& row : *found) {
                        add(std::move(row));
                        if (static_cast<int>(rows.size()) >= m_pushBatch) {
                            // Not acknowledged yet (upto 0): the range counts only once all is sent.
                            auto sent = pushRows(state, rows, 0, report);
                            if (!sent || !*sent)
                                return sent;
                            rows.clear();
                            seen.clear();
                        }
                    }
                }
                continue;
            }
            const TableInfo* table = findTable(entry.table);
            if (!table)
                continue; // a table this version no longer syncs
            std::optional<RowState> row = store.read(*table, entry.uuid);
            if (row)
                add(std::move(*row));
        }
        auto sent = pushRows(state, rows, outbox.back().counter, report);
        if (!sent || !*sent)
            return sent;
    }
}

Result<SyncReport> SyncClient::sync()
{
    SyncReport report;
    State state = loadState();
    for (int round = 0; round < kMaxRounds; ++round) {
        auto pulled = pull(&state, &report);
        if (!pulled)
            return pulled.error();
        if (!*pulled)
            continue;
        const int pushedBefore = report.pushed;
        auto pushed = push(&state, &report);
        if (!pushed)
            return pushed.error();
        if (!*pushed)
            continue;
        if (report.pushed != pushedBefore) {
            // Our own rows come back stamped by the server; pulling them now keeps the cursor
            // past them (they merge as no-ops) and picks up what others pushed meanwhile.
            pulled = pull(&state, &report);
            if (!pulled)
                return pulled.error();
            if (!*pulled)
                continue;
        }
        Statement done = m_db.prepare("UPDATE sync_state SET last_sync = ?, last_error = NULL WHERE id = 1");
        done.bind(1, m_wallClock());
        if (Status s = done.exec(); !s)
            return s.error();
        return report;
    }
    return makeError(QStringLiteral("sync.epoch"), tr("The server keeps changing; please try again later."));
}

} // namespace terrain
