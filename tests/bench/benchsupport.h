#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QString>

namespace terrain::bench {

// Peak resident memory of this process, in MiB (VmHWM), and a reset of that peak.
double peakMemoryMiB();
void resetPeakMemory();

struct Percentiles
{
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;
};
Percentiles percentiles(QList<double> samples);

// One result line: "name: value unit (budget: ..., ok|OVER)".
void report(const QString& name, double value, const QString& unit, double budget, bool lowerIsBetter = true);
// Exit status: 1 when any reported figure broke its budget.
int exitStatus();

// The size options every benchmark takes: --rows N (default 1,000,000) and --dir DIR (the
// working folder, files kept for reuse).
struct BenchSize
{
    int rows = 1000000;
    QString dir;
};
void addSizeOptions(QCommandLineParser& parser, const QString& rowsHelp);
BenchSize sizeFrom(const QCommandLineParser& parser);

// A 1,000,000-row demo voter file (or `rows`), generated once and kept in `dir`.
QString demoVoterFile(const QString& dir, int rows);
// A campaign with that file imported, generated once and kept in `dir`.
QString demoCampaign(const QString& dir, int rows);

} // namespace terrain::bench
