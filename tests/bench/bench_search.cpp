// Search as you type over a 1,000,000-person campaign: every keystroke of names, streets
// and phone numbers typed as a volunteer would. Budget (DESIGN.md): p99 under 30 ms.
// The baseline, for scale, is a bare FTS5 prefix count on the same index.
//   bench_search [--rows N] [--dir DIR] [--queries N]
#include "benchsupport.h"

#include "search/peoplesearch.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace terrain;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addSizeOptions(parser, QStringLiteral("People in the campaign."));
    parser.addOption({QStringLiteral("queries"), QStringLiteral("How many people to look up."), QStringLiteral("n"),
                      QStringLiteral("200")});
    parser.process(app);
    const bench::BenchSize size = bench::sizeFrom(parser);
    const int rows = size.rows;
    const QString path = bench::demoCampaign(size.dir, rows);
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));

    // What volunteers type: a surname then a first name, a street with its number, a phone.
    QStringList targets;
    QRandomGenerator random(42);
    const int queries = parser.value(QStringLiteral("queries")).toInt();
    const qint64 maxId = (*db)->scalar("SELECT max(id) FROM people").toLongLong();
    while (targets.size() < queries) {
        Statement st = (*db)->prepare(
            "SELECT p.last_name || ' ' || p.first_names, coalesce(a.number || ' ', '') || coalesce(s.name, ''),"
            " (SELECT raw FROM phones WHERE person_id = p.id LIMIT 1)"
            " FROM people p LEFT JOIN households h ON h.id = p.household_id LEFT JOIN addresses a ON a.id = h.address_id"
            " LEFT JOIN streets s ON s.id = a.street_id WHERE p.id = ?");
        st.bind(1, static_cast<qint64>(random.bounded(maxId) + 1));
        if (!st.step())
            continue;
        switch (targets.size() % 3) {
        case 0: targets << st.text(0); break;
        case 1: targets << st.text(1); break;
        default: targets << (st.isNull(2) ? st.text(0) : st.text(2)); break;
        }
    }

    PeopleSearch search(**db);
    QList<double> keystrokes;
    QList<std::pair<double, QString>> slowest;
    QList<double> baseline;
    qint64 empty = 0;
    for (const QString& target : std::as_const(targets)) {
        for (int n = 1; n <= target.size(); ++n) {
            const QString typed = target.left(n);
            if (typed.endsWith(u' '))
                continue;
            QElapsedTimer timer;
            timer.start();
            auto hits = search.search(typed, 50);
            keystrokes << timer.nsecsElapsed() / 1e6;
            slowest.append({keystrokes.last(), typed});
            if (!hits)
                qFatal("%s", qPrintable(hits.error().toString()));
            if (n == target.size() && hits->isEmpty())
                ++empty;
            const QString query = search.ftsQuery(typed);
            if (!query.isEmpty()) {
                QElapsedTimer bare;
                bare.start();
                Statement st = (*db)->prepare("SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index"
                                              " MATCH ? LIMIT 50)");
                st.bind(1, query);
                st.step();
                baseline << bare.nsecsElapsed() / 1e6;
            }
        }
    }
    std::sort(slowest.begin(), slowest.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QTextStream err(stderr);
    for (qsizetype i = 0; i < std::min<qsizetype>(10, slowest.size()); ++i)
        err << "slow: " << slowest[i].first << " ms  \"" << slowest[i].second << "\"  " << search.ftsQuery(slowest[i].second)
            << Qt::endl;
    const auto p = bench::percentiles(keystrokes);
    const auto b = bench::percentiles(baseline);
    QTextStream out(stdout);
    out << "campaign: " << path << " (" << rows << " people), " << targets.size() << " lookups, " << keystrokes.size()
        << " keystrokes, " << empty << " full lookups without a result" << Qt::endl;
    out << "keystroke latency ms: p50 " << p.p50 << " p90 " << p.p90 << " p99 " << p.p99 << " max " << p.max << Qt::endl;
    out << "baseline (bare FTS5 match, first 50 rows) ms: p50 " << b.p50 << " p99 " << b.p99 << Qt::endl;
    bench::report(QStringLiteral("search keystroke p99"), p.p99, QStringLiteral("ms"), 30);
    return bench::exitStatus();
}
