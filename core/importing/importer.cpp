#include "importer.h"

#include "exporting/tablewriter.h"
#include "importing/batchqueue.h"
#include "importing/csvreader.h"
#include "importing/importsession.h"
#include "storage/database.h"
#include "util/logging.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <thread>
#include <unordered_map>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::Importer", text);
}

} // namespace

Result<ImportPlan> planImport(Database& db, const ImportRequest& request)
{
    ImportPlan plan;
    plan.request = request;
    auto dialect = sniffCsv(request.path, request.encoding);
    if (!dialect)
        return dialect.error();
    plan.dialect = *dialect;
    if (request.delimiter)
        plan.dialect.delimiter = *request.delimiter;

    auto reader = CsvReader::open(request.path, plan.dialect);
    if (!reader)
        return reader.error();
    if (!(*reader)->next()) {
        if ((*reader)->error())
            return *(*reader)->error();
        return makeError(QStringLiteral("import.empty"), tr("The file is empty."), request.path);
    }
    plan.headers = (*reader)->record();
    for (QString& h : plan.headers)
        h = h.trimmed();
    plan.dialect.encoding = (*reader)->encoding();

    ProfileStore store(db);
    if (request.profile.isEmpty()) {
        plan.mapping = proposeMapping(store.allProfiles(), plan.headers);
    } else {
        auto profile = store.find(request.profile);
        if (!profile)
            return profile.error();
        plan.mapping = mapColumns(*profile, plan.headers);
    }
    if (Status s = applyOverrides(plan.mapping, plan.headers, request.overrides); !s)
        return s.error();
    if (Status s = validateMapping(plan.mapping); !s)
        return Error{s.error().code, s.error().message, request.path};
    return plan;
}

Result<QList<PreviewRow>> previewRows(const ImportPlan& plan, int count)
{
    auto reader = CsvReader::open(plan.request.path, plan.dialect);
    if (!reader)
        return reader.error();
    CsvReader& csv = **reader;
    csv.next(); // header
    RowNormalizer normalizer(plan.mapping, plan.headers, plan.request.phoneRegion);
    QList<PreviewRow> rows;
    while (rows.size() < count && csv.next()) {
        PreviewRow preview;
        preview.line = csv.line();
        preview.raw = csv.record();
        auto row = normalizer.normalize(csv.fields(), csv.line());
        if (row)
            preview.row = *row;
        else
            preview.error = row.error().message;
        rows << preview;
    }
    if (csv.error())
        return *csv.error();
    return rows;
}

Importer::Importer(Database& db)
    : m_db(db)
{
}

QString Importer::defaultRejectsPath(const Database& db, const QString& inputPath)
{
    const QFileInfo campaign(db.path());
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return campaign.absoluteDir().filePath(QStringLiteral("rejects/") + QFileInfo(inputPath).completeBaseName()
                                           + u'-' + stamp + QStringLiteral(".csv"));
}

Result<ImportReport> Importer::run(const ImportPlan& plan)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report;
    report.dryRun = plan.request.dryRun;
    report.batchUuid = newUuid();

    auto opened = CsvReader::open(plan.request.path, plan.dialect);
    if (!opened)
        return opened.error();
    CsvReader& csv = **opened;
    if (!csv.next())
        return csv.error() ? *csv.error() : makeError(QStringLiteral("import.empty"), tr("The file is empty."),
                                                      plan.request.path);

    // Rejected rows go to a file beside the campaign, written only if there are any.
    std::unique_ptr<TableWriter> rejects;
    const QString rejectsPath = plan.request.rejectsPath.isEmpty() ? defaultRejectsPath(m_db, plan.request.path)
                                                                   : plan.request.rejectsPath;
    const auto reject = [&](qint64 line, const QString& reason, const QStringList& fields) -> Status {
        ++report.rejected;
        if (report.firstRejects.size() < 20)
            report.firstRejects << reason;
        if (!rejects) {
            QDir().mkpath(QFileInfo(rejectsPath).absolutePath());
            auto writer = TableWriter::create(rejectsPath, plan.dialect.delimiter == u';' ? ExportFormat::ExcelFrance
                                                                                           : ExportFormat::StandardCsv);
            if (!writer)
                return writer.error();
            rejects = std::move(*writer);
            if (Status s = rejects->writeHeader(QStringList{tr("Line"), tr("Reason")} + plan.headers); !s)
                return s;
        }
        // The rejects file keeps the header's columns: a short row is padded, a long one keeps
        // its extra fields in the last column, so nothing the file held is lost.
        QStringList cells = fields;
        while (cells.size() < plan.headers.size())
            cells << QString();
        if (cells.size() > plan.headers.size() && !plan.headers.isEmpty()) {
            const QStringList extra = cells.mid(plan.headers.size() - 1);
            cells = cells.mid(0, plan.headers.size() - 1) << extra.join(plan.dialect.delimiter);
        }
        return rejects->writeRow(QStringList{QString::number(line), reason} + cells);
    };

    const int cacheBefore = m_db.scalar("PRAGMA cache_size").toInt();
    (void)m_db.exec("PRAGMA cache_size = -65536"); // a bigger cache for the bulk work; best effort
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("import.busy"),
                         tr("The campaign is busy with another task; try the import again in a moment."));
    const auto restoreCache = qScopeGuard([&] {
        (void)m_db.exec(QByteArray("PRAGMA cache_size = " + QByteArray::number(cacheBefore)).constData());
    });

    ImportSession session(m_db, plan, report);
    if (Status s = session.prepare(); !s)
        return s.error();
    if (Status s = session.load(); !s)
        return s.error();
    const qint64 firstNewId = session.maxPersonId() + 1;
    // About 150 bytes a row in real extracts: a file that may hold as many people as the
    // campaign has is a bulk load.
    const qint64 expectedRows = csv.totalBytes() / 150;
    const bool bulk = expectedRows > 20000 && expectedRows > firstNewId;
    if (bulk) {
        if (Status s = session.dropIndexes(); !s)
            return s.error();
    }
    qCDebug(lcImport) << "prepared in" << timer.elapsed() << "ms; bulk load:" << bulk;

    // Reading, parsing and normalising run on a second thread, ahead of this one, which
    // only writes: the two halves of the work overlap on a two-core laptop.
    ImportProgress progress;
    progress.totalBytes = csv.totalBytes();
    BatchQueue<PreparedBatch> queue(8);
    std::atomic<qint64> bytesRead{0};
    std::thread reader([&] {
        constexpr size_t kBatch = 512;
        RowNormalizer normalizer(plan.mapping, plan.headers, plan.request.phoneRegion);
        std::unordered_map<quint64, qint64> seen; // voter keys of this file -> first line
        PreparedBatch batch;
        batch.reserve(kBatch);
        while (csv.next()) {
            PreparedRow p;
            p.line = csv.line();
            auto row = normalizer.normalize(csv.fields(), p.line);
            if (row) {
                p.row = std::move(*row);
                prepareDerived(p);
                const auto [first, inserted] = seen.try_emplace(p.voterKey, p.line);
                if (!inserted) {
                    p.row.reset();
                    p.duplicate = true;
                    p.reject = tr("Line %1: the same person as line %2.").arg(p.line).arg(first->second);
                }
            } else {
                p.reject = row.error().message;
            }
            if (!p.row)
                p.raw = csv.record();
            batch.push_back(std::move(p));
            if (batch.size() == kBatch) {
                bytesRead = csv.bytesRead();
                if (!queue.push(std::move(batch)))
                    return;
                queue.takeBack(); // frees the rows the writer is done with, here
                batch = PreparedBatch();
                batch.reserve(kBatch);
            }
        }
        bytesRead = csv.bytesRead();
        if (!batch.empty())
            queue.push(std::move(batch));
        queue.finish(csv.error());
    });
    const auto joinReader = qScopeGuard([&] {
        queue.stop();
        reader.join();
    });

    QElapsedTimer sinceProgress;
    sinceProgress.start();
    PreparedBatch rows;
    while (queue.pop(rows)) {
        if (m_cancel && m_cancel->load())
            return makeError(QStringLiteral("import.cancelled"), tr("Import cancelled: nothing was changed."));
        for (const PreparedRow& p : rows) {
            ++report.rows;
            if (!p.row) {
                if (p.duplicate)
                    ++report.duplicates;
                if (Status s = reject(p.line, p.reject, p.raw); !s)
                    return s.error();
                continue;
            }
            report.warnings += p.row->warnings.size();
            if (Status s = session.importRow(p); !s)
                return makeError(QStringLiteral("import.write"), tr("The import failed: nothing was changed."),
                                 tr("line %1: %2").arg(p.line).arg(s.error().detail));
        }
        queue.giveBack(std::move(rows));
        rows = PreparedBatch();
        if (m_progress && sinceProgress.elapsed() >= 100) {
            progress.rows = report.rows;
            progress.bytes = bytesRead;
            progress.rowsPerSecond = report.rows * 1000.0 / std::max<qint64>(1, timer.elapsed());
            m_progress(progress);
            sinceProgress.restart();
        }
    }
    if (const std::optional<Error> error = queue.error())
        return Error{error->code, error->message + u' ' + tr("Nothing was changed."), error->detail};
    if (m_cancel && m_cancel->load())
        return makeError(QStringLiteral("import.cancelled"), tr("Import cancelled: nothing was changed."));

    qCDebug(lcImport) << "rows read and written in" << timer.elapsed() << "ms";
    if (bulk) {
        if (Status s = session.rebuildIndexes(); !s)
            return makeError(QStringLiteral("import.write"), tr("The import failed: nothing was changed."),
                             s.error().detail);
        qCDebug(lcImport) << "indexes rebuilt at" << timer.elapsed() << "ms";
    }
    if (Status s = session.finish(); !s)
        return makeError(QStringLiteral("import.write"), tr("The import failed: nothing was changed."),
                         s.error().detail);
    report.elapsedMs = timer.elapsed();

    Statement batch = m_db.prepare(
        "INSERT INTO import_batches(uuid, file, profile, started_at, finished_at, added, updated, unchanged, left_list,"
        " rejected, duplicates, rejects_file) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    batch.bind(1, report.batchUuid).bind(2, QFileInfo(plan.request.path).absoluteFilePath());
    batch.bind(3, plan.mapping.profile.id).bind(4, now - report.elapsedMs).bind(5, now).bind(6, report.added);
    batch.bind(7, report.updated).bind(8, report.unchanged).bind(9, report.left).bind(10, report.rejected);
    batch.bind(11, report.duplicates).bindOptional(12, rejects ? rejectsPath : QString());
    if (Status s = batch.exec(); !s)
        return s.error();

    if (rejects) {
        if (Status s = rejects->commit(); !s)
            return s.error();
        report.rejectsPath = rejectsPath;
    }
    qCDebug(lcImport) << "finished (left list, search index) at" << timer.elapsed() << "ms";
    if (plan.request.dryRun) {
        tx.rollback();
    } else if (Status s = tx.commit(); !s) {
        return s.error();
    }
    qCDebug(lcImport) << "committed at" << timer.elapsed() << "ms";
    if (m_progress) {
        progress.rows = report.rows;
        progress.bytes = progress.totalBytes;
        progress.rowsPerSecond = report.rows * 1000.0 / std::max<qint64>(1, report.elapsedMs);
        m_progress(progress);
    }
    qCInfo(lcImport) << "imported" << plan.request.path << "rows" << report.rows << "added" << report.added
                     << "updated" << report.updated << "left" << report.left << "rejected" << report.rejected << "in"
                     << report.elapsedMs << "ms" << (report.dryRun ? "(dry run)" : "");
    return report;
}

} // namespace terrain
