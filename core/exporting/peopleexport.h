#pragma once

#include "exporting/tablewriter.h"
#include "util/result.h"

#include <QString>

#include <atomic>
#include <functional>

namespace terrain {

class Database;

struct PeopleExportOptions
{
    QString path;
    ExportFormat format = ExportFormat::ExcelFrance;
    bool includeLeft = false; // people who left the list
    QString author;           // recorded in the export log
    std::function<void(qint64 rows, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
};

// Writes everyone (one row a person: identity, address, bureau, phones, emails, support,
// status) and records the export in the campaign's export log. Returns the rows written.
Result<qint64> exportPeople(Database& db, const PeopleExportOptions& options);

// Every export is logged locally (who, when, what, how many rows, where).
Status logExport(Database& db, const QString& what, const QString& path, qint64 rows, const QString& author);

} // namespace terrain
