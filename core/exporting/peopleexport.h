#pragma once

#include "exporting/exportcolumns.h"
#include "exporting/exportlog.h"
#include "exporting/tablewriter.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace terrain {

class Database;
struct ListSummary;
struct Segment;

// What every export shares: the file, its shape, who made it, progress and cancel.
// A cancelled or failed export leaves nothing at `path` (an existing file there is kept) and logs nothing
// (a cancel returns the error code "export.cancelled").
struct ExportOptions
{
    QString path;
    ExportFormat format = ExportFormat::ExcelFrance;
    QList<ExportColumn> columns; // in this order; empty: defaultExportColumns()
    ExportChannel channel = ExportChannel::None;
    QString author; // recorded in the export log
    QDate today; // the date ages are counted at; default: the current date
    std::function<void(qint64 rows, qint64 total)> progress; // called every 1,024 rows, from the caller's thread
    const std::atomic_bool* cancel = nullptr;
};

// The people of a saved segment (ages at options.today), by name. Logged as: Segment "NAME"; ...
Result<qint64> exportSegment(Database& db, const Segment& segment, const ExportOptions& options);
// The people of a walk or call list, in the list's order. Logged as: List CODE "NAME"; ...
Result<qint64> exportList(Database& db, const ListSummary& list, const ExportOptions& options);

// The File > Export people… export of everyone.
struct PeopleExportOptions
{
    QString path;
    ExportFormat format = ExportFormat::ExcelFrance;
    bool includeLeft = false; // people who left the list
    QList<ExportColumn> columns; // empty: peopleExportColumns()
    ExportChannel channel = ExportChannel::None;
    QString author; // recorded in the export log
    std::function<void(qint64 rows, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
};

// The columns of the everyone export: id, voter key, names, sex, birth date, address, bureau, phones,
// emails, support, status.
QList<ExportColumn> peopleExportColumns();

// Writes everyone (one row a person, by name) and records the export in the campaign's export log.
// Returns the rows written. Contact columns hold only numbers and addresses the person may be reached on.
Result<qint64> exportPeople(Database& db, const PeopleExportOptions& options);

} // namespace terrain
