#include "sync/listcodesettle.h"

#include "lists/listcode.h"
#include "storage/database.h"
#include "sync/repository.h"
#include "sync/syncrow.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>

namespace terrain {

Result<bool> settleListCode(Database& db, RowState* merged)
{
    const int codeField = merged->fieldIndex(u"code");
    const int statusField = merged->fieldIndex(u"status");
    const int createdField = merged->fieldIndex(u"created_at");
    if (codeField <= 0 || statusField <= 0 || createdField <= 0)
        return false;
    const size_t k = static_cast<size_t>(codeField);
    const QString code = merged->values[k].toString();
    Statement other = db.prepare("SELECT id, uuid, status, created_at FROM lists WHERE code = ? AND uuid <> ?");
    other.bind(1, code).bind(2, merged->uuid);
    if (!other.step())
        return other.failed() ? Result<bool>(makeError(QStringLiteral("db.read"),
                                                       QCoreApplication::translate("terrain::SyncLocalStore",
                                                                                   "The campaign file cannot be read."),
                                                       other.errorMessage()))
                              : Result<bool>(false);
    const qint64 otherId = other.int64(0);
    const ListCodeClaim theirs{other.text(1), other.text(2), other.int64(3)};
    const ListCodeClaim ours{merged->uuid, merged->values[static_cast<size_t>(statusField)].toString(),
                             merged->values[static_cast<size_t>(createdField)].toInteger()};
    const QString loser = keepsListCode(ours, theirs) ? theirs.uuid : ours.uuid;
    QString fresh;
    for (int attempt = 0; fresh.isEmpty(); ++attempt) {
        const QString candidate = derivedListCode(loser, attempt);
        Statement taken = db.prepare("SELECT 1 FROM lists WHERE code = ?");
        taken.bind(1, candidate);
        if (!taken.step())
            fresh = candidate;
    }
    if (loser == theirs.uuid) {
        // The local list gives way, through the single write path.
        Repository repo(db, QStringLiteral("sync"));
        if (auto updated = repo.update("lists", otherId, {{QStringLiteral("code"), fresh}}); !updated)
            return updated.error();
    } else {
        const FieldClock clock{db.clock().tick(), db.siteId()};
        merged->values[k] = fresh;
        merged->clocks[k] = clock;
        Statement outbox = db.prepare("INSERT INTO outbox(tbl, row_uuid, fields, hlc) VALUES('lists', ?, 'code', ?)");
        outbox.bind(1, merged->uuid).bind(2, clock.hlc);
        if (Status s = outbox.exec(); !s)
            return s.error();
    }
    qCInfo(lcSync) << "list code" << code << "was taken twice: list" << loser << "now has" << fresh;
    Statement log = db.prepare(
        "INSERT INTO conflict_log(at, tbl, row_uuid, field, lost_value, kept_value, lost_site, kept_site, lost_at,"
        " kept_at) VALUES(?, 'lists', ?, 'code', ?, ?, ?, ?, ?, ?)");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    log.bind(1, now).bind(2, loser).bind(3, code).bind(4, fresh).bind(5, db.siteId()).bind(6, db.siteId()).bind(7, now).bind(
        8, now);
    if (Status s = log.exec(); !s)
        return s.error();
    return true;
}

} // namespace terrain
