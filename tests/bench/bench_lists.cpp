// Lists on a 1,000,000-person campaign: walk lists of one bureau of ~1,000 voters with
// their PDF (budget 1 s), the whole campaign cut into turfs (budget 10 s), and the live count
// of every segment condition (budget 300 ms each). Baselines measured in the same run: a
// bare SQL count of the bureau's people, a bare SQL scan of every person's household, and
// a bare SQL count of every active person. CPU seconds are printed next to wall seconds:
// the ratio to the baseline and the CPU time tell a slow machine from slow code.
//   bench_lists [--rows N] [--dir DIR] [--bureau CODE] [--no-campaign] [--no-counts]
//
// The demo campaign is never written to: each run works on a fresh copy of it
// (lists-campaign-N.terrain), which gets what the counts need, written straight in SQL as
// a fixture: supports, tags, phones flagged, and 2 contact attempts per 3 people over the
// last 90 days (a tenth of them on a household without a person).
#include "benchsupport.h"

#include "lists/listprint.h"
#include "lists/listservice.h"
#include "lists/segmentservice.h"
#include "lists/turfcutter.h"
#include "lists/walkdoorreader.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <ctime>

using namespace terrain;

namespace {

void check(const Status& status, const char* what)
{
    if (!status)
        qFatal("%s: %s", what, qPrintable(status.error().toString()));
}

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// Wall and CPU time of one call.
struct Timed
{
    double ms = 0;
    double cpuMs = 0;
};

template <typename F> Timed timed(F&& f)
{
    QElapsedTimer timer;
    const double cpu = cpuSeconds();
    timer.start();
    f();
    return {timer.nsecsElapsed() / 1e6, (cpuSeconds() - cpu) * 1000};
}

QString fresh(const QString& dir, int rows)
{
    const QString source = bench::demoCampaign(dir, rows);
    const QString path = QDir(dir).filePath(QStringLiteral("lists-campaign-%1.terrain").arg(rows));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    // The source's write-ahead log goes along: the copy is the campaign as it stands.
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(source + suffix) && !QFile::copy(source + suffix, path + suffix))
            qFatal("cannot copy %s", qPrintable(source + suffix));
    }
    return path;
}

void addFixture(Database& db)
{
    const qint64 day = 86400000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    check(db.exec("UPDATE people SET support = CASE WHEN (id * 2654435761) % 1000 < 150 THEN 1"
                  " WHEN (id * 2654435761) % 1000 < 300 THEN 2 WHEN (id * 2654435761) % 1000 < 450 THEN 3"
                  " WHEN (id * 2654435761) % 1000 < 520 THEN 4 WHEN (id * 2654435761) % 1000 < 600 THEN 5 END,"
                  " dnc_door = (id * 40503) % 23 = 0"),
        "supports");
    // The shared demo campaign was made by an import that lost this index of migration 6
    // (counts work without it, slower): measure a campaign as migrated.
    check(db.exec("CREATE INDEX IF NOT EXISTS people_segment ON people(sex, birth_date)"
                  " WHERE deleted = 0 AND status = 'active'"),
          "index");
    check(db.exec("INSERT INTO tags(uuid, hlc, site, name, folded) VALUES"
                  " (lower(hex(randomblob(16))), 0, 0, 'Bénévole', 'benevole')"),
        "tag");
    check(db.exec("INSERT INTO person_tags(uuid, hlc, site, person_id, tag_id)"
                  " SELECT lower(hex(randomblob(16))), 0, 0, id, (SELECT max(id) FROM tags) FROM people"
                  " WHERE (id * 69069) % 100 < 3"),
        "person tags");
    Statement attempts = db.prepare(
        "INSERT INTO contact_attempts(uuid, hlc, site, person_id, household_id, channel, result, at)"
        " SELECT lower(hex(randomblob(16))), 0, 0, CASE WHEN id % 10 = 0 THEN NULL ELSE id END, household_id,"
        " CASE WHEN id % 3 = 0 THEN 'phone' ELSE 'door' END,"
        " CASE id % 4 WHEN 0 THEN 'not_home' WHEN 1 THEN 'canvassed' WHEN 2 THEN 'refused' ELSE 'come_back' END,"
        " ? - ((id * 7919) % 90) * ? FROM people WHERE id % 3 <> 2");
    attempts.bind(1, now).bind(2, day);
    check(attempts.exec(), "attempts");
    check(db.exec("ANALYZE"), "analyze");
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF needs fonts, not a screen
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addSizeOptions(parser, QStringLiteral("People in the campaign."));
    parser.addOption({QStringLiteral("bureau"), QStringLiteral("The bureau whose walk lists to make."),
        QStringLiteral("code"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("no-campaign"), QStringLiteral("Skip cutting the whole campaign.")});
    parser.addOption({QStringLiteral("no-counts"), QStringLiteral("Skip the segment counts.")});
    parser.process(app);
    const bench::BenchSize size = bench::sizeFrom(parser);
    const QString path = fresh(size.dir, size.rows);
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    QTextStream out(stdout);
    out << "campaign: " << path << " (" << size.rows << " people, a fresh copy)" << Qt::endl;

    // One bureau: its walk lists, then each printed to PDF.
    const QString code = parser.value(QStringLiteral("bureau"));
    Segment bureau;
    bureau.name = QStringLiteral("Bureau ") + code;
    bureau.filter = SegmentFilter::values(SegmentFilter::Kind::Bureaux, {code});
    ListService lists(**db, QStringLiteral("bench"));
    qint64 bureauPeople = 0;
    Statement count = (*db)->prepare("SELECT count(*) FROM people p JOIN districts d ON d.id = p.district_id"
                                     " WHERE d.code = ? AND d.kind = 'bureau'");
    const Timed bureauBaseline = timed([&] {
        count.bind(1, code);
        count.step();
        bureauPeople = count.int64(0);
        count.reset();
    });
    QList<ListSummary> made;
    const Timed bureauLists = timed([&] {
        auto result = lists.createWalkLists(bureau);
        if (!result)
            qFatal("%s", qPrintable(result.error().toString()));
        made = *result;
    });
    const QString pdfDir = QDir(size.dir).filePath(QStringLiteral("lists-pdf"));
    QDir().mkpath(pdfDir);
    qint64 doors = 0;
    const Timed bureauPdf = timed([&] {
        for (const ListSummary& list : std::as_const(made)) {
            doors += list.doors;
            check(printListPdf(**db, list.code, QDir(pdfDir).filePath(list.code + QStringLiteral(".pdf"))), "pdf");
        }
    });
    const double bureauMs = bureauLists.ms + bureauPdf.ms;
    out << "bureau " << code << ": " << bureauPeople << " people, " << doors << " doors, " << made.size()
        << " walk lists in " << bureauLists.ms << " ms (cpu " << bureauLists.cpuMs << "), PDF " << bureauPdf.ms
        << " ms (cpu " << bureauPdf.cpuMs << ")" << Qt::endl;
    out << "baseline (bare SQL count of the bureau's people) ms: " << bureauBaseline.ms << "; ratio "
        << (bureauBaseline.ms > 0 ? bureauMs / bureauBaseline.ms : 0) << Qt::endl;
    bench::report(QStringLiteral("walk lists of one bureau with their PDF"), bureauMs, QStringLiteral("ms"), 1000);

    if (!parser.isSet(QStringLiteral("no-campaign"))) {
        // The phases first (read, sort, cut: nothing written), then the whole of it.
        qint64 scanned = 0;
        Statement scan = (*db)->prepare("SELECT household_id, id FROM people WHERE deleted = 0 AND status = 'active'");
        const Timed baseline = timed([&] {
            while (scan.step())
                scanned += scan.int64(0) > 0 ? 1 : 0;
        });
        std::vector<WalkDoor> all;
        const Timed read = timed([&] {
            auto doorsRead = readWalkDoors(**db, QStringLiteral("p.deleted = 0"), {});
            if (!doorsRead)
                qFatal("%s", qPrintable(doorsRead.error().toString()));
            all = std::move(*doorsRead);
        });
        const Timed sort = timed([&] { TurfCutter::sortDoors(all); });
        std::vector<TurfRange> turfs;
        const Timed cut = timed([&] { turfs = TurfCutter::cut(all, 50); });
        all = {};
        Segment everyone;
        everyone.name = QStringLiteral("Everyone");
        const Timed whole = timed([&] {
            auto result = lists.createWalkLists(everyone);
            if (!result)
                qFatal("%s", qPrintable(result.error().toString()));
            made = *result;
        });
        out << "whole campaign: " << made.size() << " turfs of 50 doors in " << whole.ms << " ms (cpu " << whole.cpuMs
            << "); phases: read " << read.ms << " ms (cpu " << read.cpuMs << "), sort " << sort.ms << " (cpu "
            << sort.cpuMs << "), cut " << cut.ms << " (" << turfs.size() << " turfs), write and the rest "
            << whole.ms - read.ms - sort.ms - cut.ms << Qt::endl;
        out << "baseline (bare SQL scan of every person's household, " << scanned << " rows) ms: " << baseline.ms
            << " (cpu " << baseline.cpuMs << "); ratio " << (baseline.ms > 0 ? whole.ms / baseline.ms : 0) << Qt::endl;
        bench::report(QStringLiteral("whole campaign cut into turfs"), whole.ms, QStringLiteral("ms"), 10000);
    }

    if (!parser.isSet(QStringLiteral("no-counts"))) {
        const Timed fixture = timed([&] { addFixture(**db); });
        out << "fixture for the counts (supports, tags, contact attempts) written in " << fixture.ms << " ms"
            << Qt::endl;
        const QString since = QDate::currentDate().addDays(-30).toString(Qt::ISODate);
        const QString longAgo = QDate::currentDate().addDays(-365).toString(Qt::ISODate);
        const QStringList filters = {
            QStringLiteral(R"({"bureaux": ["1", "2", "3"]})"),
            QStringLiteral(R"({"streets": ["rue de la paix"]})"),
            QStringLiteral(R"({"age": {"min": 18, "max": 30}})"),
            QStringLiteral(R"({"sex": ["F"]})"),
            QStringLiteral(R"({"support": [1, 2]})"),
            QStringLiteral(R"({"support": [0]})"),
            QStringLiteral(R"({"tags": ["Bénévole"]})"),
            QStringLiteral(R"({"status": ["active", "moved"]})"),
            QStringLiteral(R"({"hasPhone": true})"),
            QStringLiteral(R"({"hasMobile": false})"),
            QStringLiteral(R"({"hasEmail": true})"),
            QStringLiteral(R"({"contactedSince": "%1"})").arg(since),
            QStringLiteral(R"({"contactedSince": "%1"})").arg(longAgo),
            QStringLiteral(R"({"notContactedSince": "%1"})").arg(since),
            QStringLiteral(R"({"lastResult": ["not_home", "come_back"]})"),
            QStringLiteral(R"({"and": [{"support": [1, 2]}, {"notContactedSince": "%1"}]})").arg(since),
            QStringLiteral(R"({"or": [{"sex": ["F"]}, {"not": {"hasPhone": true}}]})"),
            QStringLiteral(R"({"and": [{"age": {"min": 60}}, {"hasMobile": true}, {"not": {"support": [4, 5]}}]})"),
        };
        SegmentService segments(**db);
        double everyoneMs = 0;
        const Timed everyone = timed([&] {
            for (int i = 0; i < 3; ++i) {
                if (!segments.count(SegmentFilter()))
                    qFatal("count failed");
            }
        });
        everyoneMs = everyone.ms / 3;
        out << "baseline (count of every active person) ms: " << everyoneMs << Qt::endl;
        double slowest = 0;
        for (const QString& json : filters) {
            auto filter = SegmentFilter::fromJson(json.toUtf8());
            if (!filter)
                qFatal("%s: %s", qPrintable(json), qPrintable(filter.error().toString()));
            QList<double> times;
            qint64 n = -1;
            for (int round = 0; round < 3; ++round) {
                times << timed([&] {
                    auto counted = segments.count(*filter);
                    if (!counted)
                        qFatal("%s", qPrintable(counted.error().toString()));
                    n = *counted;
                }).ms;
            }
            const double median = bench::percentiles(times).p50;
            slowest = std::max(slowest, median);
            out << "count " << json << ": " << n << " people, median " << median << " ms (ratio "
                << (everyoneMs > 0 ? median / everyoneMs : 0) << ")" << Qt::endl;
        }
        bench::report(
            QStringLiteral("segment count, slowest condition (median of 3)"), slowest, QStringLiteral("ms"), 300);
    }
    return bench::exitStatus();
}
