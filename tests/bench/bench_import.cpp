// Import of a 1,000,000-row French voter file against sqlite3's own `.import` of the same
// file plus the same kind of indexes and the same FTS table, in the same run.
// Budget (DESIGN.md): at most 1.5x the baseline, peak memory under 300 MB.
//   bench_import [--rows N] [--dir DIR]
#include "benchsupport.h"

#include "importing/importer.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <unistd.h>

using namespace terrain;

namespace {

// The baseline: the sqlite3 shell imports the file into one table, then builds indexes
// matching ours (voter key, name, bureau, street) and an FTS5 table over names and address.
double sqliteBaselineSeconds(const QString& csv, const QString& dir)
{
    const QString db = QDir(dir).filePath(QStringLiteral("baseline.sqlite"));
    QFile::remove(db);
    QFile::remove(db + QStringLiteral("-wal"));
    const QString script = QStringLiteral(
        "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\n.mode csv\n.separator ;\n.import '%1' voters\n"
        "CREATE INDEX v_key ON voters(CodeCommune, NoBureauDeVote, NoElecteurGeneral);\n"
        "CREATE INDEX v_name ON voters(NomdeNaissance, Prenoms);\n"
        "CREATE INDEX v_bureau ON voters(NoBureauDeVote);\n"
        "CREATE INDEX v_street ON voters(LibelleVoie, NumeroVoie);\n"
        "CREATE VIRTUAL TABLE fts USING fts5(name, address, phone, tokenize = 'unicode61 remove_diacritics 2',"
        " prefix = '2 3');\n"
        "INSERT INTO fts(rowid, name, address, phone) SELECT rowid, NomDusage || ' ' || NomdeNaissance || ' ' ||"
        " Prenoms, NumeroVoie || ' ' || TypeVoie || ' ' || LibelleVoie || ' ' || LieuDit || ' ' || CodePostal || ' ' ||"
        " VilleLocalite, Telephone FROM voters;\n")
                               .arg(csv);
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {db});
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        qFatal("sqlite3 failed: %s", sqlite.readAllStandardError().constData());
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addSizeOptions(parser, QStringLiteral("Voters in the file."));
    parser.process(app);
    const auto [rows, dir] = bench::sizeFrom(parser);

    const QString csv = bench::demoVoterFile(dir, rows);
    QTextStream out(stdout);
    out << "file: " << csv << " (" << QFileInfo(csv).size() / (1024 * 1024) << " MiB, " << rows << " rows)"
        << Qt::endl;

    // Warm the page cache for both runs alike.
    QFile warm(csv);
    if (warm.open(QIODevice::ReadOnly)) {
        while (!warm.read(1 << 20).isEmpty()) {
        }
    }

    // Each run starts with no dirty pages of the other waiting to be written back.
    ::sync();
    const double baseline = sqliteBaselineSeconds(csv, dir);
    ::sync();
    out << "baseline sqlite3 .import + indexes + FTS: " << QString::number(baseline, 'f', 2) << " s" << Qt::endl;

    const QString campaign = QDir(dir).filePath(QStringLiteral("bench-import.terrain"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(campaign + suffix);
    auto db = Database::open(campaign);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    ImportRequest request;
    request.path = csv;
    request.rejectsPath = QDir(dir).filePath(QStringLiteral("bench-rejects.csv"));
    auto plan = planImport(**db, request);
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    bench::resetPeakMemory();
    const double memoryBefore = bench::peakMemoryMiB();
    QElapsedTimer timer;
    timer.start();
    auto report = Importer(**db).run(*plan);
    const double seconds = timer.elapsed() / 1000.0;
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    out << "terrain import: " << QString::number(seconds, 'f', 2) << " s (" << report->added << " added, "
        << report->rejected << " rejected, " << qRound(report->rows / seconds) << " rows/s)" << Qt::endl;
    out << "memory before import: " << QString::number(memoryBefore, 'f', 1) << " MiB" << Qt::endl;
    bench::report(QStringLiteral("import time / sqlite3 baseline"), seconds / baseline, QStringLiteral("x"), 1.5);
    bench::report(QStringLiteral("import peak memory"), bench::peakMemoryMiB(), QStringLiteral("MiB"), 300);
    return bench::exitStatus();
}
