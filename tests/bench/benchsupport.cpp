#include "benchsupport.h"

#include "demo/demogenerator.h"
#include "importing/importer.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace terrain::bench {

namespace {
bool g_over = false;
}

double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

Percentiles percentiles(QList<double> samples)
{
    Percentiles p;
    if (samples.isEmpty())
        return p;
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        const qsizetype i = std::min<qsizetype>(samples.size() - 1, static_cast<qsizetype>(q * samples.size()));
        return samples[i];
    };
    p.p50 = at(0.50);
    p.p90 = at(0.90);
    p.p99 = at(0.99);
    p.max = samples.last();
    return p;
}

void report(const QString& name, double value, const QString& unit, double budget, bool lowerIsBetter)
{
    const bool ok = lowerIsBetter ? value <= budget : value >= budget;
    g_over = g_over || !ok;
    QTextStream(stdout) << name << ": " << QString::number(value, 'f', 2) << ' ' << unit << " (budget "
                        << (lowerIsBetter ? "<= " : ">= ") << QString::number(budget, 'f', 2) << ' ' << unit
                        << (ok ? ", ok)" : ", OVER)") << Qt::endl;
}

int exitStatus()
{
    return g_over ? 1 : 0;
}

void addSizeOptions(QCommandLineParser& parser, const QString& rowsHelp)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), rowsHelp, QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Working folder (files are kept for reuse)."),
                      QStringLiteral("dir"), QDir::temp().filePath(QStringLiteral("terrain-bench"))});
}

BenchSize sizeFrom(const QCommandLineParser& parser)
{
    return {parser.value(QStringLiteral("rows")).toInt(), parser.value(QStringLiteral("dir"))};
}

QString demoVoterFile(const QString& dir, int rows)
{
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("voters-%1.csv").arg(rows));
    if (QFileInfo::exists(path))
        return path;
    DemoOptions options;
    options.voters = rows;
    options.bureaux = std::max(1, rows / 1000);
    options.campaignColumns = true;
    fprintf(stderr, "generating %d voters into %s\n", rows, qPrintable(path));
    auto info = writeDemoVoterFile(path, options);
    if (!info)
        qFatal("cannot generate the voter file: %s", qPrintable(info.error().toString()));
    return path;
}

QString demoCampaign(const QString& dir, int rows)
{
    const QString path = QDir(dir).filePath(QStringLiteral("campaign-%1.terrain").arg(rows));
    if (QFileInfo::exists(path))
        return path;
    const QString file = demoVoterFile(dir, rows);
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    ImportRequest request;
    request.path = file;
    request.rejectsPath = QDir(dir).filePath(QStringLiteral("rejects.csv"));
    auto plan = planImport(**db, request);
    if (!plan)
        qFatal("%s", qPrintable(plan.error().toString()));
    fprintf(stderr, "importing %d voters into %s\n", rows, qPrintable(path));
    auto report = Importer(**db).run(*plan);
    if (!report)
        qFatal("%s", qPrintable(report.error().toString()));
    return path;
}

} // namespace terrain::bench
