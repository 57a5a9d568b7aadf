#pragma once

#include "util/result.h"

#include <QList>
#include <QString>

namespace terrain {

class Database;

// One line of the campaign's export log (the local `export_log` table).
struct ExportLogEntry
{
    qint64 id = 0;
    qint64 at = 0; // ms since the epoch
    QString author;
    QString what; // e.g. Segment "Centre-ville"; channel phone; ...
    QString path; // absolute
    qint64 rows = 0;
};

// Every export is logged locally (who, when, what, how many rows, where): laptops get lost, and the
// campaign must be able to say which data left it (DOMAIN.md 8).
Status logExport(Database& db, const QString& what, const QString& path, qint64 rows, const QString& author);

// The log, newest first; at most `limit` entries (0: all).
Result<QList<ExportLogEntry>> exportLog(Database& db, int limit = 0);

} // namespace terrain
