#pragma once

#include "importing/csvdialect.h"
#include "importing/importprofile.h"
#include "importing/rownormalizer.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace terrain {

class Database;

// What the user asked for.
struct ImportRequest
{
    QString path;
    std::optional<TextEncoding> encoding; // detected when empty
    std::optional<QChar> delimiter;       // detected when empty
    QString profile;                      // id or name; the best match when empty
    QStringList overrides;                // "COLUMN=FIELD"
    bool dryRun = false;
    QString rejectsPath;                  // where rows not imported go; a default beside the campaign when empty
    QString phoneRegion = QStringLiteral("FR");
    std::optional<bool> markMissingAsLeft; // the profile's choice when empty
    QString author;                        // who imports (for the change history)
};

// What the file is and how it maps: what a preview shows and what the import runs.
struct ImportPlan
{
    ImportRequest request;
    CsvDialect dialect;
    QStringList headers;
    ColumnMapping mapping;
};

Result<ImportPlan> planImport(Database& db, const ImportRequest& request);

struct PreviewRow
{
    qint64 line = 0;
    QStringList raw;
    std::optional<NormalizedRow> row; // empty when rejected
    QString error;
};

// The first rows of the file as they will be stored (or rejected).
Result<QList<PreviewRow>> previewRows(const ImportPlan& plan, int count);

struct ImportProgress
{
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 totalBytes = 0;
    double rowsPerSecond = 0;
    int percent() const { return totalBytes > 0 ? static_cast<int>(bytes * 100 / totalBytes) : 0; }
};

struct ImportReport
{
    qint64 rows = 0;       // data rows read
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 left = 0;       // people no longer on the list
    qint64 rejected = 0;   // rows not imported, in the rejects file (duplicates included)
    qint64 duplicates = 0; // rows repeating an earlier row's person
    qint64 warnings = 0;   // values kept but flagged (invalid phones, emails)
    qint64 elapsedMs = 0;
    bool dryRun = false;
    QString rejectsPath;   // empty when nothing was rejected
    QString batchUuid;
    QStringList firstRejects; // the first few reasons, for a quick look
};

// Imports a voter file into the campaign: all or nothing, in one transaction. A cancelled,
// failed or killed import leaves the database exactly as it was.
class Importer final
{
public:
    explicit Importer(Database& db);

    void setProgressHandler(std::function<void(const ImportProgress&)> handler) { m_progress = std::move(handler); }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

    Result<ImportReport> run(const ImportPlan& plan);

    // The rejects file used when the request names none.
    static QString defaultRejectsPath(const Database& db, const QString& inputPath);

private:
    Database& m_db;
    std::function<void(const ImportProgress&)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace terrain
