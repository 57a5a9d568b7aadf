#include "syncclient.h"

#include "storage/database.h"
#include "storage/tables.h"
#include "sync/pagecodec.h"
#include "sync/repository.h"
#include "sync/synclocalstore.h"
#include "sync/synctransport.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QThreadPool>

#include <cstdlib>
#include <limits>
#include <memory>
#include <optional>

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
// How long, and how many rows, pulled pages may wait in one local transaction before it commits.
constexpr qint64 kMaxPullHoldMs = 1000;
constexpr int kMaxPullHoldRows = 25'000;
// A page slower than this to come commits what was applied before waiting for the next.
constexpr qint64 kSlowPageMs = 100;

// A pulled page, decoded.
struct PulledPage
{
    DecodedPage page;
    QString error;
    bool ok = false;

    static PulledPage decode(QByteArray text)
    {
        PulledPage pulled;
        pulled.ok = PageCodec::decode(std::move(text), &pulled.page, &pulled.error);
        return pulled;
    }
};

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
    const auto pullTarget = [this](qint64 cursor, const QString& scopeDigest) {
        return QStringLiteral("/v1/sync/pull?since=%1&limit=%2&schema=%3&scope=%4")
            .arg(cursor)
            .arg(m_pageSize)
            .arg(kSyncSchema)
            .arg(scopeDigest);
    };
    // SyncLocalStore::apply finds every row's references here before writing it, or keeps the
    // row back: SQLite need not look them up again (tests check the files with foreign_key_check).
    // Declared before the transaction, so that it ends after it (SQLite ignores the pragma inside one).
    std::optional<Database::Setting> unchecked;
    if (!m_db.inTransaction())
        unchecked.emplace(m_db.uncheckedReferences());
    std::optional<Database::Transaction> tx;
    QElapsedTimer held;
    SyncReport applied; // what the open transaction holds, reported once committed
    const auto commitApplied = [&]() -> Status {
        if (!tx)
            return {};
        if (Status s = tx->commit(); !s)
            return s;
        tx.reset();
        report->pulled += applied.pulled;
        report->changed += applied.changed;
        report->conflicts += applied.conflicts;
        report->deferred = applied.deferred;
        report->rejected += applied.rejected;
        applied = {};
        return {};
    };
    store.beginPull();
    QElapsedTimer waited;
    qint64 lastWait = 0;
    for (;;) {
        // Applied pages wait in their transaction only while the next one comes quickly: the
        // desktop cannot write while it is open.
        if (lastWait > kSlowPageMs) {
            if (Status s = commitApplied(); !s)
                return s.error();
        }
        waited.start();
        auto reply = m_transport.send("GET", pullTarget(state->cursor, state->scopeDigest), {});
        lastWait = waited.elapsed();
        ++report->requests;
        if (!reply || reply->status != 200) {
            // The pages applied so far are good: keep them (and their cursor).
            if (Status s = commitApplied(); !s)
                return s.error();
            return reply ? answerError(reply->body, reply->status) : reply.error();
        }
        const QJsonObject& body = reply->body;
        auto same = observe(body, state, report);
        if (!same)
            return same.error();
        if (!*same) {
            // A new epoch: start again from 0, keeping what was applied (and the epoch seen).
            if (Status s = commitApplied(); !s)
                return s.error();
            return false;
        }
        // Decoded as it came when it was prefetched, else now.
        const auto* prepared = std::any_cast<std::shared_ptr<PulledPage>>(&reply->prepared);
        PulledPage pulled = prepared ? std::move(**prepared) : PulledPage::decode(std::move(reply->page));
        if (!pulled.ok)
            return makeError(QStringLiteral("sync.protocol"), tr("The server sent an answer Terrain does not understand."),
                             pulled.error);
        DecodedPage& page = pulled.page;

        if (body.value(QStringLiteral("more")).toBool()) {
            // The server prepares the next page while this one is applied, and the transport
            // decodes it as it comes.
            const QString digest = body.contains(QStringLiteral("scope"))
                ? body.value(QStringLiteral("scope")).toObject().value(QStringLiteral("digest")).toString()
                : state->scopeDigest;
            m_transport.prefetch(pullTarget(std::max(state->cursor, body.value(QStringLiteral("next")).toInteger()), digest),
                                 [](SyncTransport::Reply& answer) {
                                     if (answer.status != 200)
                                         return;
                                     answer.prepared = std::make_shared<PulledPage>(PulledPage::decode(std::move(answer.page)));
                                 });
        }

        if (!tx) {
            tx.emplace(m_db);
            if (!tx->isActive())
                return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
            held.start();
        }
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
        if (Status s = store.rememberSiteNames(page.names); !s)
            return s.error();
        auto stats = store.apply(page.rows);
        // Freeing a page (three blocks per row) is left to another thread.
        QThreadPool::globalInstance()->start([spent = std::make_shared<DecodedPage>(std::move(page))] {});
        if (!stats)
            return stats.error();
        state->cursor = std::max(state->cursor, body.value(QStringLiteral("next")).toInteger());
        if (Status s = saveState(*state); !s)
            return s.error();
        applied.pulled += static_cast<int>(body.value(QStringLiteral("count")).toInt());
        applied.changed += stats->changed;
        applied.conflicts += stats->conflicts;
        applied.deferred = stats->deferred;
        applied.rejected += stats->failed;
        const bool more = body.value(QStringLiteral("more")).toBool();
        // Pages are committed together (each with its cursor), up to a second or 25,000 rows
        // (a laptop killed mid-pull keeps most of what it applied): a commit writes every page
        // of every index it touched, and a first sync touches them all with each page.
        if (!more) {
            if (Status s = store.finishPull(); !s)
                return s.error();
        }
        if (!more || held.elapsed() >= kMaxPullHoldMs || applied.pulled >= kMaxPullHoldRows) {
            if (Status s = commitApplied(); !s)
                return s.error();
        }
        if (!more)
            return true;
    }
}

Result<bool> SyncClient::pushRows(State* state, const std::vector<PageRow>& rows, qint64 upto, SyncReport* report)
{
    const QJsonObject request{{QStringLiteral("epoch"), state->epoch},
                              {QStringLiteral("site"), m_db.siteId()},
                              {QStringLiteral("schema"), kSyncSchema},
                              {QStringLiteral("upto"), upto}};
    auto reply = m_transport.sendJson("POST", QStringLiteral("/v1/sync/push"),
                                      PageCodec::endMessage(PageCodec::pageMessage(rows), request));
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
            std::vector<PageRow> sending;
            sending.reserve(rows->size());
            for (const RowState& row : *rows) {
                if (!row.isBuiltin())
                    sending.push_back(PageRow::fromState(row));
            }
            if (sending.empty())
                continue;
            auto sent = pushRows(state, sending, 0, report);
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

        std::vector<PageRow> rows;
        QSet<QString> seen;
        bool stopped = false;
        Result<bool> outcome = true;
        // Full batches go out as they fill, not acknowledged yet (upto 0): the outbox rows
        // count only once all they stand for is sent, with the last batch.
        auto add = [&](PageRow row) {
            const QString key = QLatin1StringView(row.table->name) + u'/' + row.uuid;
            if (seen.contains(key))
                return true;
            if (static_cast<int>(rows.size()) >= m_pushBatch) {
                // Full: out before this row goes in, so the last batch is never empty.
                auto sent = pushRows(state, rows, 0, report);
                rows.clear();
                seen.clear();
                if (!sent || !*sent) {
                    outcome = sent;
                    stopped = true;
                    return false;
                }
            }
            seen.insert(key);
            rows.push_back(std::move(row));
            return true;
        };
        std::vector<std::pair<qint64, qint64>> ranges;
        // The rows the outbox names, read a table at a time (not two statements per row), then
        // sent in the outbox's order.
        std::vector<QStringList> wanted(syncTables().size());
        for (const OutboxRow& entry : outbox) {
            if (const TableInfo* table = entry.table == u"*" ? nullptr : findTable(entry.table))
                wanted[tableIndex(table)] << entry.uuid;
        }
        std::vector<QHash<QString, PageRow>> found(syncTables().size());
        for (size_t t = 0; t < wanted.size(); ++t) {
            if (wanted[t].isEmpty())
                continue;
            auto read = store.readRows(syncTables()[t], wanted[t]);
            if (!read)
                return read.error();
            for (PageRow& row : *read) {
                const QString uuid = row.uuid;
                found[t].insert(uuid, std::move(row));
            }
        }
        for (const OutboxRow& entry : outbox) {
            qint64 from = 0;
            qint64 to = 0;
            if (entry.table == u"*" && Repository::parseRangeFields(entry.fields, &from, &to)) {
                ranges.emplace_back(from, to);
                continue;
            }
            const TableInfo* table = findTable(entry.table);
            if (!table)
                continue; // a table this version no longer syncs
            // Taken: a row the outbox names twice goes once.
            QHash<QString, PageRow>& ofTable = found[tableIndex(table)];
            const auto row = ofTable.find(entry.uuid);
            if (row == ofTable.end())
                continue;
            PageRow taken = std::move(*row);
            ofTable.erase(row);
            if (!add(std::move(taken)))
                return outcome;
        }
        if (!ranges.empty()) {
            const auto addState = [&add](RowState row) { return add(PageRow::fromState(row)); };
            if (Status s = expandRanges(store, ranges, addState); !s)
                return s.error();
            if (stopped)
                return outcome;
        }
        auto sent = pushRows(state, rows, outbox.back().counter, report);
        if (!sent || !*sent)
            return sent;
    }
}

Status SyncClient::expandRanges(SyncLocalStore& store, const std::vector<std::pair<qint64, qint64>>& ranges,
                                const std::function<bool(RowState)>& add)
{
    // Bulk imports: every row of this laptop whose own clock is in one of the ranges. Sent
    // person by person (a person, then their phones, e-mails, tags...) rather than table by
    // table, so that a pull page holds a person with what refers to them and names them by
    // their place in the page instead of a whole uuid (a first sync's bytes on the wire).
    const auto inRanges = [&ranges](const char* alias) {
        QStringList any;
        for (size_t i = 0; i < ranges.size(); ++i)
            any << QStringLiteral("%1.hlc BETWEEN ? AND ?").arg(QLatin1StringView(alias));
        return QStringLiteral("%1.site = ? AND (%2)").arg(QLatin1StringView(alias), any.join(QStringLiteral(" OR ")));
    };
    QVariantList rangeBinds{m_db.siteId()};
    for (const auto& [from, to] : ranges)
        rangeBinds << from << to;
    const TableInfo* people = findTable("people");
    const auto isPersonChild = [](const TableInfo& table) {
        return table.personColumn && qstrcmp(table.personColumn, "person_id") == 0;
    };
    const auto refersToPeople = [&](const TableInfo& table) {
        for (const FieldInfo& field : table.fields) {
            const TableInfo* target = field.type == FieldType::Reference ? findTable(field.refTable) : nullptr;
            if (target && (target == people || isPersonChild(*target)))
                return true;
        }
        return false;
    };
    // Rows of one table matching `where` (over t), in id order, a batch at a time.
    const auto sendWhere = [&](const TableInfo& table, const QString& where, const QVariantList& binds) -> Status {
        qint64 afterId = 0;
        for (;;) {
            QVariantList all = binds;
            all << afterId;
            auto found = store.readWhere(table, where + QStringLiteral(" AND t.id > ? ORDER BY t.id LIMIT %1").arg(m_pushBatch),
                                         all);
            if (!found)
                return found.error();
            if (found->empty())
                return {};
            Statement last = m_db.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(QLatin1StringView(table.name)));
            last.bind(1, found->back().uuid);
            afterId = last.step() ? last.int64(0) : std::numeric_limits<qint64>::max();
            for (RowState& row : *found) {
                if (!add(std::move(row)))
                    return {};
            }
        }
    };

    // 1. Reference data (parents of people and of their rows).
    for (const TableInfo& table : syncTables()) {
        if (&table == people || isPersonChild(table) || refersToPeople(table))
            continue;
        if (Status s = sendWhere(table, inRanges("t"), rangeBinds); !s)
            return s;
    }
    // 2. People, each followed by their rows.
    qint64 afterId = 0;
    for (;;) {
        QList<qint64> ids;
        {
            QVariantList binds = rangeBinds;
            binds << afterId;
            Statement st = m_db.prepare(
                QStringLiteral("SELECT id FROM people t WHERE %1 AND t.id > ? ORDER BY t.id LIMIT 500").arg(inRanges("t")));
            for (int i = 0; i < binds.size(); ++i)
                st.bind(i + 1, binds[i]);
            while (st.step())
                ids << st.int64(0);
            if (st.failed())
                return makeError(QStringLiteral("sync.read"), tr("Cannot read the campaign."), st.errorMessage());
        }
        if (ids.isEmpty())
            break;
        afterId = ids.back();
        QStringList idText;
        for (qint64 id : ids)
            idText << QString::number(id);
        const QString inBatch = QStringLiteral(" IN (%1)").arg(idText.join(u','));
        std::vector<std::vector<RowState>> tables;
        auto found = store.readWhere(*people, QStringLiteral("t.id") + inBatch + QStringLiteral(" ORDER BY t.id"));
        if (!found)
            return found.error();
        tables.push_back(std::move(*found));
        for (const TableInfo& table : syncTables()) {
            if (!isPersonChild(table))
                continue;
            auto children = store.readWhere(
                table, inRanges("t") + QStringLiteral(" AND t.person_id") + inBatch + QStringLiteral(" ORDER BY t.person_id, t.id"),
                rangeBinds);
            if (!children)
                return children.error();
            tables.push_back(std::move(*children));
        }
        for (std::vector<RowState>& rows : tables) {
            for (RowState& row : rows) {
                if (!add(std::move(row)))
                    return {};
            }
        }
    }
    // 3. The rest: rows of people outside the ranges, and what refers to people (list members).
    QVariantList twice = rangeBinds;
    twice << rangeBinds;
    for (const TableInfo& table : syncTables()) {
        if (isPersonChild(table)) {
            if (Status s = sendWhere(table,
                                     // (person_id NULL: a household's "not home" attempt, sent here too)
                                     inRanges("t") + QStringLiteral(" AND (t.person_id IS NULL OR t.person_id NOT IN"
                                                                    " (SELECT p.id FROM people p WHERE ")
                                         + inRanges("p") + QStringLiteral("))"),
                                     twice);
                !s)
                return s;
        } else if (&table != people && refersToPeople(table)) {
            if (Status s = sendWhere(table, inRanges("t"), rangeBinds); !s)
                return s;
        }
    }
    return {};
}

Result<SyncReport> SyncClient::sync()
{
    SyncReport report;
    State state = loadState();
    // A first sync writes about as much as the campaign holds (100,000 voters: 115 MB): the log
    // is folded back once, after the run (the caller's checkpoint()), not by whichever commit
    // crosses 64 MiB on the way.
    const Database::Setting longWrite = m_db.longWrite();
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
