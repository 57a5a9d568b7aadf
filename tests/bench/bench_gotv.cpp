// Election day on a 1,000,000-person campaign: marking a voter by bureau and number
// (budget 50 ms) and the chase list of one bureau (budget 300 ms), with the dashboard's
// figures for scale. Baselines measured in the same run: a bare SQL seek of the voter, and
// a bare SQL count of the bureau's people.
//   bench_gotv [--rows N] [--dir DIR] [--marks N] [--bureaux N]
//
// The demo campaign holds an imported list only, so a copy of it (gotv-campaign-N.terrain,
// made once and kept) gets what election day needs, written straight in SQL as a fixture:
// supports for 30% of people (15% support 1, 15% support 2), do-not-contact flags, one
// election with 35% of people already marked voted, and a noon figure per bureau.
#include "benchsupport.h"

#include "gotv/chaselist.h"
#include "gotv/electionservice.h"
#include "gotv/gotvdashboard.h"
#include "gotv/votemarker.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTextStream>

using namespace terrain;

namespace {

const QString kElection = QStringLiteral("Bench election day");

void check(const Status& status, const char* what)
{
    if (!status)
        qFatal("%s: %s", what, qPrintable(status.error().toString()));
}

QString prepareCampaign(const QString& dir, int rows)
{
    const QString path = QDir(dir).filePath(QStringLiteral("gotv-campaign-%1.terrain").arg(rows));
    if (QFileInfo::exists(path))
        return path;
    const QString source = bench::demoCampaign(dir, rows);
    {
        auto db = Database::open(source, Database::OpenMode::OpenExisting);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        check((*db)->exec("PRAGMA wal_checkpoint(TRUNCATE)"), "checkpoint");
    }
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(source, partial))
        qFatal("cannot copy %s", qPrintable(source));
    fprintf(stderr, "preparing election day in %s\n", qPrintable(path));
    {
        // A scope: every statement is finalised before the campaign closes and is renamed.
        auto db = Database::open(partial, Database::OpenMode::OpenExisting);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        // Deterministic spreads of the people, by id.
        check((*db)->exec("UPDATE people SET support = CASE WHEN (id * 2654435761) % 1000 < 150 THEN 1"
                          " WHEN (id * 2654435761) % 1000 < 300 THEN 2 WHEN (id * 2654435761) % 1000 < 450 THEN 3"
                          " WHEN (id * 2654435761) % 1000 < 520 THEN 4 WHEN (id * 2654435761) % 1000 < 600 THEN 5 END,"
                          " dnc_phone = (id * 40503) % 20 = 0, dnc_sms = (id * 40503) % 17 = 0,"
                          " dnc_door = (id * 40503) % 23 = 0"),
              "supports");
        ElectionService service(**db, QStringLiteral("bench"));
        auto election = service.createElection(kElection, QDate(2026, 3, 15), 1);
        if (!election)
            qFatal("%s", qPrintable(election.error().toString()));
        Statement marks = (*db)->prepare(
            "INSERT INTO vote_marks(uuid, hlc, site, election_id, person_id, source, at, author)"
            " SELECT lower(hex(randomblob(16))), 0, 0, ?, id, 'volunteer', 0, 'bench' FROM people"
            " WHERE deleted = 0 AND (id * 69069) % 100 < 35");
        marks.bind(1, *election);
        check(marks.exec(), "marks");
        auto bureaux = allBureaux(**db);
        if (!bureaux)
            qFatal("%s", qPrintable(bureaux.error().toString()));
        for (const Bureau& b : std::as_const(*bureaux)) {
            const qint64 registered = service.bureauSettings(*election, b.id)->registered();
            if (auto r = service.recordTurnout(*election, b.id, QTime(12, 0), registered / 4); !r)
                qFatal("%s", qPrintable(r.error().toString()));
        }
        check((*db)->exec("PRAGMA wal_checkpoint(TRUNCATE)"), "checkpoint");
    }
    if (!QFile::rename(partial, path))
        qFatal("cannot rename %s", qPrintable(partial));
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addSizeOptions(parser, QStringLiteral("People in the campaign."));
    parser.addOption({QStringLiteral("marks"), QStringLiteral("How many voters to mark."), QStringLiteral("n"),
                      QStringLiteral("500")});
    parser.addOption({QStringLiteral("bureaux"), QStringLiteral("How many bureaux to make a chase list of."),
                      QStringLiteral("n"), QStringLiteral("100")});
    parser.process(app);
    const bench::BenchSize size = bench::sizeFrom(parser);
    const QString path = prepareCampaign(size.dir, size.rows);
    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    if (!db)
        qFatal("%s", qPrintable(db.error().toString()));
    auto election = ElectionService(**db).findElection(kElection);
    if (!election)
        qFatal("%s", qPrintable(election.error().toString()));
    auto bureaux = allBureaux(**db);
    if (!bureaux || bureaux->isEmpty())
        qFatal("no bureau");

    // Marking: voters picked at random, typed as bureau code and number.
    QRandomGenerator random(7);
    const qint64 maxId = (*db)->scalar("SELECT max(id) FROM people").toLongLong();
    QList<std::tuple<QString, qint64, qint64>> voters; // bureau code, bureau id, number
    const int markCount = parser.value(QStringLiteral("marks")).toInt();
    Statement pick = (*db)->prepare("SELECT d.code, d.id, p.list_number FROM people p JOIN districts d"
                                    " ON d.id = p.district_id WHERE p.id = ? AND p.list_number IS NOT NULL");
    while (voters.size() < markCount) {
        pick.reset();
        pick.bind(1, static_cast<qint64>(random.bounded(maxId) + 1));
        if (pick.step())
            voters.append({pick.text(0), pick.int64(1), pick.int64(2)});
    }
    VoteMarker marker(**db, QStringLiteral("bench"));
    QList<double> markTimes;
    QList<double> seekTimes;
    int already = 0;
    Statement seek = (*db)->prepare("SELECT id FROM people WHERE district_id = ? AND list_number = ? AND deleted = 0");
    for (const auto& [code, bureauId, number] : std::as_const(voters)) {
        QElapsedTimer timer;
        timer.start();
        auto outcome = marker.markVoted(election->id, code, number, MarkSource::Volunteer);
        markTimes << timer.nsecsElapsed() / 1e6;
        if (!outcome)
            qFatal("%s", qPrintable(outcome.error().toString()));
        already += outcome->alreadyMarked ? 1 : 0;
        QElapsedTimer bare;
        bare.start();
        seek.reset();
        seek.bind(1, bureauId).bind(2, number);
        seek.step();
        seekTimes << bare.nsecsElapsed() / 1e6;
    }

    // Chase lists: bureaux at random, each channel; the baseline counts the bureau's people.
    const int bureauCount = std::min<int>(parser.value(QStringLiteral("bureaux")).toInt(), bureaux->size());
    ChaseList chase(**db);
    QList<double> phoneTimes;
    QList<double> doorTimes;
    QList<double> smsTimes;
    QList<double> countTimes;
    qint64 chased = 0;
    Statement count = (*db)->prepare("SELECT count(*) FROM people WHERE district_id = ?");
    for (int i = 0; i < bureauCount; ++i) {
        const qint64 bureau = bureaux->at(static_cast<qsizetype>(random.bounded(bureaux->size()))).id;
        const auto timed = [&](ChaseChannel channel, QList<double>& times) {
            QElapsedTimer timer;
            timer.start();
            auto people = chase.build(election->id, {bureau}, channel);
            times << timer.nsecsElapsed() / 1e6;
            if (!people)
                qFatal("%s", qPrintable(people.error().toString()));
            return people->size();
        };
        chased += timed(ChaseChannel::Phone, phoneTimes);
        timed(ChaseChannel::Door, doorTimes);
        timed(ChaseChannel::Sms, smsTimes);
        QElapsedTimer bare;
        bare.start();
        count.reset();
        count.bind(1, bureau);
        count.step();
        countTimes << bare.nsecsElapsed() / 1e6;
    }

    QList<double> dashboardTimes;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto figures = GotvDashboard(**db).figures(election->id);
        dashboardTimes << timer.nsecsElapsed() / 1e6;
        if (!figures)
            qFatal("%s", qPrintable(figures.error().toString()));
    }

    const auto m = bench::percentiles(markTimes);
    const auto s = bench::percentiles(seekTimes);
    const auto p = bench::percentiles(phoneTimes);
    const auto d = bench::percentiles(doorTimes);
    const auto x = bench::percentiles(smsTimes);
    const auto c = bench::percentiles(countTimes);
    const auto b = bench::percentiles(dashboardTimes);
    QTextStream out(stdout);
    out << "campaign: " << path << " (" << size.rows << " people, " << bureaux->size() << " bureaux)" << Qt::endl;
    out << "mark ms: p50 " << m.p50 << " p99 " << m.p99 << " max " << m.max << " (" << markTimes.size() << " marks, "
        << already << " already marked)" << Qt::endl;
    out << "baseline (bare SQL seek of bureau + number) ms: p50 " << s.p50 << " p99 " << s.p99 << "; ratio at p50 "
        << (s.p50 > 0 ? m.p50 / s.p50 : 0) << Qt::endl;
    out << "chase list ms (" << bureauCount << " bureaux, " << (bureauCount ? chased / bureauCount : 0)
        << " people per phone list): phone p50 " << p.p50 << " p99 " << p.p99 << " max " << p.max << "; door p50 "
        << d.p50 << " max " << d.max << "; sms p50 " << x.p50 << " max " << x.max << Qt::endl;
    out << "baseline (bare SQL count of the bureau's people) ms: p50 " << c.p50 << " p99 " << c.p99 << "; ratio at p50 "
        << (c.p50 > 0 ? p.p50 / c.p50 : 0) << Qt::endl;
    out << "dashboard (every bureau) ms: p50 " << b.p50 << " max " << b.max << Qt::endl;
    bench::report(QStringLiteral("mark a voter p99"), m.p99, QStringLiteral("ms"), 50);
    bench::report(QStringLiteral("chase list of one bureau, slowest"), std::max({p.max, d.max, x.max}),
                  QStringLiteral("ms"), 300);
    return bench::exitStatus();
}
