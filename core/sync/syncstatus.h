#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace terrain {

class Database;

// What the Sync page shows of a campaign's sync: read from the campaign file (sync_state,
// outbox, rejected_changes, conflict_log). Read-only; the sync engine writes these tables.
struct SyncStatus
{
    struct Rejected
    {
        QDateTime at;
        QString table;
        QString row; // the person's name when the row is a person, else its UUID
        QString reason;
    };
    struct Conflict
    {
        QDateTime at;
        QString table;
        QString person; // name, when the field belongs to a person
        QString field;
        QString kept;
        QString lost;
        qint64 keptSite = 0;
        qint64 lostSite = 0;
        QString keptBy; // the user name the server gave for keptSite, when known
        QString lostBy;
        QDateTime keptAt;
        QDateTime lostAt;
    };

    QDateTime lastSync; // invalid: never synced
    qint64 pending = 0; // outbox rows
    qint64 siteId = 0; // this laptop
    QList<Rejected> rejected; // most recent first, at most kMaxRows
    QList<Conflict> conflicts;
    qint64 rejectedTotal = 0;
    qint64 conflictTotal = 0;

    static constexpr int kMaxRows = 500;

    static Result<SyncStatus> read(Database& db);
    // Outbox rows only: cheap, for the status bar after an edit.
    static qint64 pendingChanges(Database& db);

    // The server and user this campaign syncs with (sync_state.server, the user name as the
    // URL's user info): not a secret, and it belongs to the campaign, not to the app.
    static QUrl account(Database& db);
    static Status setAccount(Database& db, const QUrl& serverWithUser);
};

} // namespace terrain
