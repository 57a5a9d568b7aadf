#include "sync/syncstatus.h"

#include "storage/database.h"
#include "storage/statement.h"

namespace terrain {

namespace {

QDateTime fromMillis(const Statement& st, int column)
{
    return st.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(column));
}

// As the People table writes it: "DUPONT Marie".
QString personName(const Statement& st, int last, int first)
{
    if (st.isNull(first))
        return st.text(last);
    return st.text(last).toUpper() + u' ' + st.text(first);
}

} // namespace

qint64 SyncStatus::pendingChanges(Database& db)
{
    return db.scalar("SELECT count(*) FROM outbox").toLongLong();
}

Result<SyncStatus> SyncStatus::read(Database& db)
{
    SyncStatus status;
    status.siteId = db.siteId();
    status.pending = pendingChanges(db);
    {
        Statement st = db.prepare("SELECT last_sync FROM sync_state WHERE id = 1");
        if (st.step())
            status.lastSync = fromMillis(st, 0);
    }
    status.rejectedTotal = db.scalar("SELECT count(*) FROM rejected_changes").toLongLong();
    status.conflictTotal = db.scalar("SELECT count(*) FROM conflict_log").toLongLong();
    {
        Statement st = db.prepare(
            QStringLiteral("SELECT r.at, r.tbl, coalesce(p.last_name, r.row_uuid), r.reason, p.first_names"
                           " FROM rejected_changes r LEFT JOIN people p ON r.tbl = 'people' AND p.uuid = r.row_uuid"
                           " ORDER BY r.id DESC LIMIT %1")
                .arg(kMaxRows));
        while (st.step())
            status.rejected.append({ fromMillis(st, 0), st.text(1), personName(st, 2, 4), st.text(3) });
    }
    {
        Statement st = db.prepare(
            QStringLiteral("SELECT c.at, c.tbl, p.last_name, c.field, c.kept_value, c.lost_value, c.kept_site,"
                           " c.lost_site, c.kept_at, c.lost_at, p.first_names, kept.value, lost.value"
                           " FROM conflict_log c LEFT JOIN people p ON p.uuid = c.person_uuid"
                           " LEFT JOIN meta kept ON kept.key = 'site_name:' || c.kept_site"
                           " LEFT JOIN meta lost ON lost.key = 'site_name:' || c.lost_site"
                           " ORDER BY c.id DESC LIMIT %1")
                .arg(kMaxRows));
        while (st.step()) {
            status.conflicts.append({ fromMillis(st, 0), st.text(1), personName(st, 2, 10), st.text(3), st.text(4),
                st.text(5), st.int64(6), st.int64(7), st.text(11), st.text(12), fromMillis(st, 8), fromMillis(st, 9) });
        }
    }
    return status;
}

QUrl SyncStatus::account(Database& db)
{
    Statement st = db.prepare("SELECT server FROM sync_state WHERE id = 1");
    return st.step() && !st.isNull(0) ? QUrl(st.text(0)) : QUrl();
}

Status SyncStatus::setAccount(Database& db, const QUrl& serverWithUser)
{
    Statement st = db.prepare("INSERT INTO sync_state(id, server) VALUES(1, ?)"
                              " ON CONFLICT(id) DO UPDATE SET server = excluded.server");
    st.bindOptional(1, serverWithUser.isEmpty() ? QString() : serverWithUser.toString());
    return st.exec();
}

} // namespace terrain
