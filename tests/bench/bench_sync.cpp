// Sync, side by side with PouchDB (../shared/bench/syncpeer) on the same 100,000 voters
// (its dump_voters.js output), in the same run on the same machine:
//   1. an empty laptop's first sync: time and bytes on the wire (budget: at most 1/5 of
//      PouchDB's tuned time, batch_size 1000, and under 6 MiB);
//   2. 1,000 edits (phone, support, a tag) pushed by one laptop and pulled by another
//      (budget 0.25 s for both);
//   3. a sync with nothing to do (budget 10 ms and 1 KiB).
//   bench_sync [--rows N] [--dir DIR] [--syncpeer DIR] [--no-pouchdb]
//
// The server (store, service, HTTP) runs in its own thread of this process, on loopback,
// so that client and server work in parallel as PouchDB's two processes do. Bytes on the
// wire are the server's own count per request (request and answer, headers included),
// which is what PouchDB's harness counts at its sockets. --syncpeer is a copy of the harness
// with its node_modules installed (see its README); without it only Terrain's figures and
// the budgets are printed.
#include "benchsupport.h"

#include "server/httpserver.h"
#include "server/serverstore.h"
#include "server/syncservice.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "sync/httpsynctransport.h"
#include "sync/repository.h"
#include "sync/syncclient.h"
#include "util/memory.h"
#include "util/textfold.h"
#include "util/uuid.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>

#include <atomic>

#include <sys/resource.h>

using namespace terrain;

namespace {

void check(const Status& status, const char* what)
{
    if (!status)
        qFatal("%s: %s", what, qPrintable(status.error().toString()));
}

std::atomic<qint64> g_wireBytes = 0;
std::atomic<int> g_requests = 0;
QtMessageHandler g_previousHandler = nullptr;

// The server logs one JSON line per request with its bytes in and out: count them, drop the line.
void countServerBytes(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && qstrcmp(context.category, "terrain.server") == 0 && type == QtInfoMsg) {
        const QJsonObject line = QJsonDocument::fromJson(message.toUtf8()).object();
        if (line.value(QStringLiteral("event")).toString() == u"request") {
            g_wireBytes += line.value(QStringLiteral("bytes_in")).toInteger()
                + line.value(QStringLiteral("bytes_out")).toInteger();
            ++g_requests;
        }
        return;
    }
    g_previousHandler(type, context, message);
}

const QString kToken = QStringLiteral("bench-token-for-all-laptops-0123456789");

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

class ServerThread final : public QThread
{
public:
    explicit ServerThread(QString path) : m_path(std::move(path)) { }
    quint16 port() const { return m_port; }

protected:
    void run() override
    {
        ServerStore::Options options;
        options.sqlitePath = m_path;
        auto store = ServerStore::open(options);
        if (!store)
            qFatal("server: %s", qPrintable(store.error().toString()));
        check((*store)->initialize(), "server init");
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        check((*store)->addUser(QStringLiteral("bench"), QStringLiteral("coordinator"), QByteArray("unused"), now),
            "user");
        check((*store)->addToken(QCryptographicHash::hash(kToken.toLatin1(), QCryptographicHash::Sha256).toHex(),
                  QStringLiteral("bench"), now + 24LL * 3600 * 1000),
            "token");
        SyncService service(**store, SyncService::Settings());
        HttpServer http(service, HttpServer::Limits());
        check(http.listen(QHostAddress::LocalHost, 0), "listen");
        m_port = http.port();
        exec();
    }

private:
    QString m_path;
    std::atomic<quint16> m_port = 0;
};

struct Laptop
{
    Laptop(const QString& path, const QUrl& server) : transport(server)
    {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        auto opened = Database::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        db = std::move(*opened);
        transport.setToken(kToken);
        transport.setTimeout(600000);
        client = std::make_unique<SyncClient>(*db, transport);
    }

    struct Figures
    {
        double seconds = 0;
        double cpu = 0; // CPU seconds of this process (laptop and server threads): a loaded machine's wall time lies
        qint64 wire = 0;
        int requests = 0;
        SyncReport report;
    };

    // The write-ahead log back into the file, as the desktop does after a sync (off its path).
    double checkpoint()
    {
        QElapsedTimer timer;
        timer.start();
        check(db->checkpoint(), "checkpoint");
        return timer.nsecsElapsed() / 1e9;
    }

    Figures sync()
    {
        Figures figures;
        const qint64 wire = g_wireBytes;
        const int requests = g_requests;
        QElapsedTimer timer;
        timer.start();
        const double cpu = processCpuSeconds();
        auto report = client->sync();
        figures.seconds = timer.nsecsElapsed() / 1e9;
        if (!report)
            qFatal("sync: %s", qPrintable(report.error().toString()));
        figures.report = *report;
        // The server logs after writing its answer: let the count catch up.
        QThread::msleep(20);
        figures.wire = g_wireBytes - wire;
        figures.cpu = processCpuSeconds() - cpu;
        figures.requests = g_requests - requests;
        return figures;
    }

    std::unique_ptr<Database> db;
    HttpSyncTransport transport;
    std::unique_ptr<SyncClient> client;
};

// syncpeer's voters as Terrain rows: a person (names, birth year, party, support, the
// address fields in `extra`), a phone, an e-mail and tag memberships.
void loadVoters(Database& db, const QString& jsonl, int rows)
{
    QFile file(jsonl);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(jsonl));
    Repository repo(db, QStringLiteral("bench"));
    Database::Transaction tx(db);
    QHash<QString, qint64> tags;
    auto people = repo.bulkInsert("people",
        { QStringLiteral("voter_key"), QStringLiteral("last_name"), QStringLiteral("first_names"),
            QStringLiteral("folded_name"), QStringLiteral("birth_date"), QStringLiteral("party"),
            QStringLiteral("support"), QStringLiteral("extra"), QStringLiteral("created_at") });
    if (!people)
        qFatal("%s", qPrintable(people.error().toString()));
    struct Pending
    {
        qint64 person;
        QString phone;
        QString email;
        QStringList tags;
    };
    std::vector<Pending> children;
    children.reserve(static_cast<size_t>(rows));
    for (int i = 0; i < rows && !file.atEnd(); ++i) {
        const QJsonObject v = QJsonDocument::fromJson(file.readLine()).object();
        const QString last = v.value(QStringLiteral("last_name")).toString();
        const QString first = v.value(QStringLiteral("first_name")).toString() + u' '
            + v.value(QStringLiteral("middle_name")).toString();
        const QJsonObject extra { { QStringLiteral("street"), v.value(QStringLiteral("street")) },
            { QStringLiteral("city"), v.value(QStringLiteral("city")) },
            { QStringLiteral("state"), v.value(QStringLiteral("state")) },
            { QStringLiteral("zip"), v.value(QStringLiteral("zip")) },
            { QStringLiteral("precinct"), v.value(QStringLiteral("precinct")) },
            { QStringLiteral("ward"), v.value(QStringLiteral("ward")) } };
        auto id = (*people)->add({ v.value(QStringLiteral("state_voter_id")).toString(), last, first,
            foldText(QString(last + u' ' + first)), QString::number(v.value(QStringLiteral("birth_year")).toInt()),
            v.value(QStringLiteral("party")).toString(), v.value(QStringLiteral("support_score")).toInt(),
            QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)), qint64(1704067200000) });
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        Pending p { *id, v.value(QStringLiteral("phone")).toString(), v.value(QStringLiteral("email")).toString(), {} };
        for (const QJsonValue tag : v.value(QStringLiteral("tags")).toArray())
            p.tags << tag.toString();
        children.push_back(std::move(p));
    }
    check((*people)->finish(), "people");
    for (const QString& name : { QStringLiteral("volunteer"), QStringLiteral("donor"), QStringLiteral("yard-sign"),
             QStringLiteral("canvassed"), QStringLiteral("do-not-call"), QStringLiteral("spanish"),
             QStringLiteral("senior"), QStringLiteral("new-registrant"), QStringLiteral("absentee"),
             QStringLiteral("persuadable") }) {
        // Name-based uuids, as PersonService gives tags and a person's tags.
        auto id = repo.insert(
            "tags", { { QStringLiteral("name"), name }, { QStringLiteral("folded"), name } }, stableUuid(u"tags", name));
        if (!id)
            qFatal("%s", qPrintable(id.error().toString()));
        tags.insert(name, *id);
    }
    auto phones = repo.bulkInsert("phones",
        { QStringLiteral("person_id"), QStringLiteral("e164"), QStringLiteral("raw"), QStringLiteral("type") });
    auto emails = repo.bulkInsert(
        "emails", { QStringLiteral("person_id"), QStringLiteral("address"), QStringLiteral("valid") });
    auto personTags = repo.bulkInsert(
        "person_tags", { QStringLiteral("person_id"), QStringLiteral("tag_id"), QStringLiteral("present") });
    if (!phones || !emails || !personTags)
        qFatal("bulk insert");
    for (const Pending& p : children) {
        QString e164 = p.phone;
        e164.remove(u'-');
        if (!(*phones)->add({ p.person, e164, p.phone, QStringLiteral("mobile") }))
            qFatal("phone");
        if (!(*emails)->add({ p.person, p.email, 1 }))
            qFatal("email");
        for (const QString& tag : p.tags)
            if (!(*personTags)->add({ p.person, tags.value(tag), 1 }))
                qFatal("tag");
    }
    check((*phones)->finish(), "phones");
    check((*emails)->finish(), "emails");
    check((*personTags)->finish(), "person tags");
    {
        // The bulk insert draws uuids; the app's are name-based (PersonService::addTag).
        Statement read = db.prepare("SELECT pt.id, p.uuid, t.uuid FROM person_tags pt JOIN people p ON p.id = pt.person_id"
                                    " JOIN tags t ON t.id = pt.tag_id");
        Statement write = db.prepare("UPDATE person_tags SET uuid = ? WHERE id = ?");
        while (read.step()) {
            write.bind(1, stableUuid(u"person_tags", QString(read.text(1) + u':' + read.text(2)))).bind(2, read.int64(0));
            check(write.exec(), "person tag uuid");
            write.reset();
        }
    }
    check(tx.commit(), "commit");
}

// Edits `count` random people as bench.js does: a new phone number, support + 1, the tag "canvassed".
QList<qint64> editPeople(Database& db, int count, int run)
{
    Repository repo(db, QStringLiteral("bench"));
    Database::Transaction tx(db);
    const qint64 people = db.scalar("SELECT max(id) FROM people").toLongLong();
    const qint64 canvassed = db.scalar("SELECT id FROM tags WHERE name = 'canvassed'").toLongLong();
    QRandomGenerator random(777 + static_cast<quint32>(run));
    QSet<qint64> chosen;
    while (chosen.size() < count)
        chosen.insert(1 + static_cast<qint64>(random.bounded(static_cast<quint64>(people))));
    const QString phone = QStringLiteral("+1614555%1").arg(1000 + run);
    for (qint64 person : std::as_const(chosen)) {
        Statement st = db.prepare(
            "SELECT (SELECT id FROM phones WHERE person_id = ?1 LIMIT 1), support,"
            " (SELECT id FROM person_tags WHERE person_id = ?1 AND tag_id = ?2), uuid FROM people WHERE id = ?1");
        st.bind(1, person).bind(2, canvassed);
        if (!st.step())
            qFatal("no person %lld", person);
        const qint64 phoneId = st.int64(0);
        const int support = st.integer(1);
        const bool tagged = !st.isNull(2);
        const QString personUuid = st.text(3);
        if (!repo.update("phones", phoneId, { { QStringLiteral("e164"), phone }, { QStringLiteral("raw"), phone } }))
            qFatal("edit phone");
        if (!repo.update("people", person, { { QStringLiteral("support"), support % 5 + 1 } }))
            qFatal("edit support");
        if (!tagged
            && !repo.insert("person_tags",
                { { QStringLiteral("person_id"), person }, { QStringLiteral("tag_id"), canvassed },
                    { QStringLiteral("present"), 1 } },
                stableUuid(u"person_tags", QString(personUuid + u':' + stableUuid(u"tags", u"canvassed")))))
            qFatal("edit tag");
    }
    check(tx.commit(), "edits");
    return QList<qint64>(chosen.begin(), chosen.end());
}

QString mib(qint64 bytes)
{
    return QString::number(bytes / 1048576.0, 'f', 2) + QStringLiteral(" MiB");
}

struct PouchFigures
{
    bool ok = false;
    double firstSync = 0;
    double firstSyncWireMiB = 0;
    double push = 0;
    double pull = 0;
    double noopPush = 0;
};

QString ensureVoters(const QString& syncpeer, const QString& dir, int rows)
{
    const QString path = QDir(dir).filePath(QStringLiteral("voters-%1.jsonl").arg(rows));
    if (QFileInfo::exists(path))
        return path;
    const QString generator = syncpeer.isEmpty() ? QStringLiteral("/work/shared/bench/syncpeer") : syncpeer;
    QProcess node;
    node.setWorkingDirectory(generator);
    node.start(QStringLiteral("node"), { QStringLiteral("dump_voters.js"), QString::number(rows), path });
    if (!node.waitForFinished(600000) || node.exitCode() != 0)
        qFatal("node dump_voters.js failed (is node installed?): %s", node.readAllStandardError().constData());
    return path;
}

PouchFigures runPouchDb(const QString& syncpeer, int rows)
{
    PouchFigures figures;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const QString port = QString::number(probe.serverPort());
    probe.close();
    QDir(syncpeer).mkpath(QStringLiteral("data"));
    QDir(syncpeer + QStringLiteral("/data/server")).removeRecursively();
    QDir(syncpeer + QStringLiteral("/data/clients/terrain_side")).removeRecursively();
    QProcess server;
    server.setWorkingDirectory(syncpeer);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral("node"), { QStringLiteral("server.js"), port, QStringLiteral("data/server/") });
    if (!server.waitForStarted())
        return figures;
    QThread::sleep(2);
    QProcess bench;
    bench.setWorkingDirectory(syncpeer);
    bench.setProcessChannelMode(QProcess::ForwardedChannels);
    bench.start(QStringLiteral("node"),
        { QStringLiteral("bench.js"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:") + port,
            QStringLiteral("--docs"), QString::number(rows), QStringLiteral("--mods"), QStringLiteral("1000"),
            QStringLiteral("--runs"), QStringLiteral("3"), QStringLiteral("--batch"), QStringLiteral("1000"),
            QStringLiteral("--adapter"), QStringLiteral("leveldb"), QStringLiteral("--tag"),
            QStringLiteral("terrain_side") });
    const bool finished = bench.waitForFinished(3600000) && bench.exitCode() == 0;
    server.terminate();
    server.waitForFinished(5000);
    if (!finished)
        return figures;
    QFile results(syncpeer + QStringLiteral("/results_terrain_side.json"));
    if (!results.open(QIODevice::ReadOnly))
        return figures;
    const QJsonObject summary
        = QJsonDocument::fromJson(results.readAll()).object().value(QStringLiteral("summary")).toObject();
    figures.firstSync = summary.value(QStringLiteral("test1_initial_pull_median_s")).toDouble();
    figures.firstSyncWireMiB = summary.value(QStringLiteral("test1_wire_mib_median")).toDouble();
    figures.push = summary.value(QStringLiteral("test2_push_median_s")).toDouble();
    figures.pull = summary.value(QStringLiteral("test2_pull_median_s")).toDouble();
    figures.noopPush = summary.value(QStringLiteral("warmup_noop_push_median_s")).toDouble();
    figures.ok = figures.firstSync > 0;
    return figures;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    tuneMemoryAllocator(); // as terrain-server and the desktop do
    QCoreApplication app(argc, argv);
    setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows as it goes, also into a log file
    QCommandLineParser parser;
    bench::addSizeOptions(parser, QStringLiteral("Voters (default 100,000)."));
    parser.addOption({ QStringLiteral("syncpeer"),
        QStringLiteral("A copy of ../shared/bench/syncpeer with node_modules."), QStringLiteral("dir") });
    parser.addOption({ QStringLiteral("no-pouchdb"), QStringLiteral("Do not run the PouchDB side.") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("Runs of each test (median; default 3)."), QStringLiteral("n") });
    parser.process(app);
    bench::BenchSize size = bench::sizeFrom(parser);
    if (!parser.isSet(QStringLiteral("rows")))
        size.rows = 100000;
    const int runs = parser.isSet(QStringLiteral("runs")) ? parser.value(QStringLiteral("runs")).toInt() : 3;
    const QString syncpeer = parser.value(QStringLiteral("syncpeer"));
    QDir().mkpath(size.dir);
    const QString voters = ensureVoters(syncpeer, size.dir, size.rows);
    g_previousHandler = qInstallMessageHandler(countServerBytes);

    // The server, and laptop A: the voters imported there, then sent to the server (not timed).
    const QString work = QDir(size.dir).filePath(QStringLiteral("sync"));
    QDir(work).removeRecursively();
    QDir().mkpath(work);
    ServerThread server(QDir(work).filePath(QStringLiteral("server.db")));
    server.start();
    while (server.port() == 0)
        QThread::msleep(5);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    Laptop a(QDir(work).filePath(QStringLiteral("a.terrain")), url);
    QElapsedTimer timer;
    timer.start();
    loadVoters(*a.db, voters, size.rows);
    const double loadSeconds = timer.nsecsElapsed() / 1e9;
    const Laptop::Figures seed = a.sync();
    printf("setup: %d voters loaded on laptop A in %.1f s; A's first push of %d rows %.1f s (%s on the wire)\n",
        size.rows, loadSeconds, seed.report.pushed, seed.seconds, qPrintable(mib(seed.wire)));

    // 1. Empty laptops' first sync.
    QList<double> first;
    QList<double> firstWire;
    std::vector<std::unique_ptr<Laptop>> laptops;
    for (int run = 0; run < runs; ++run) {
        laptops.push_back(std::make_unique<Laptop>(QDir(work).filePath(QStringLiteral("b%1.terrain").arg(run)), url));
        const Laptop::Figures f = laptops.back()->sync();
        const double checkpoint = laptops.back()->checkpoint();
        // Applied with SQLite's reference checks off (the apply resolves them): they all hold.
        if (laptops.back()->db->scalar("SELECT count(*) FROM pragma_foreign_key_check").toLongLong() != 0
            || laptops.back()->db->scalar("PRAGMA foreign_keys").toLongLong() != 1)
            qFatal("laptop B's references are broken, or no longer checked");
        printf("first sync run %d: %.2f s (cpu %.2f s), %d rows, %s on the wire, %d requests; then, off the sync's"
               " path, its checkpoint %.2f s\n",
            run + 1, f.seconds, f.cpu, f.report.pulled, qPrintable(mib(f.wire)), f.requests, checkpoint);
        first << f.seconds;
        firstWire << double(f.wire);
    }
    Laptop& b = *laptops.front();

    // 2. 1,000 edits on A, pushed; pulled by B.
    QList<double> push;
    QList<double> pull;
    QList<double> total;
    for (int run = 0; run < runs; ++run) {
        const QList<qint64> edited = editPeople(*a.db, 1000, run);
        const Laptop::Figures pushed = a.sync();
        const Laptop::Figures pulled = b.sync();
        const double checkpoints = a.checkpoint() + b.checkpoint();
        // B holds A's new values.
        Statement mine = a.db->prepare("SELECT uuid, support FROM people WHERE id = ?");
        mine.bind(1, edited.first());
        if (!mine.step())
            qFatal("edited person gone");
        Statement theirs = b.db->prepare("SELECT support FROM people WHERE uuid = ?");
        theirs.bind(1, mine.text(0));
        if (!theirs.step() || theirs.int64(0) != mine.int64(1))
            qFatal("laptop B does not hold laptop A's edit");
        printf("1,000 edits run %d: push %.3f s (cpu %.3f s, %d rows, %s), pull %.3f s (cpu %.3f s, %d rows, %s);"
               " then, off the sync's path, both laptops' checkpoints %.3f s\n",
            run + 1, pushed.seconds, pushed.cpu, pushed.report.pushed, qPrintable(mib(pushed.wire)), pulled.seconds,
            pulled.cpu, pulled.report.pulled, qPrintable(mib(pulled.wire)), checkpoints);
        if (pulled.report.pulled < 1000)
            qFatal("laptop B received %d rows, expected at least 1,000", pulled.report.pulled);
        push << pushed.seconds;
        pull << pulled.seconds;
        total << pushed.seconds + pulled.seconds;
    }

    // 3. Nothing to do.
    QList<double> noop;
    QList<double> noopWire;
    for (int run = 0; run < std::max(runs, 5); ++run) {
        const Laptop::Figures f = b.sync();
        noop << f.seconds;
        noopWire << double(f.wire);
    }
    server.quit();
    server.wait();

    PouchFigures pouch;
    if (!syncpeer.isEmpty() && !parser.isSet(QStringLiteral("no-pouchdb"))) {
        printf("PouchDB side (syncpeer bench.js, batch_size 1000, LevelDB client, %d runs)...\n", 3);
        fflush(stdout);
        pouch = runPouchDb(syncpeer, size.rows);
        if (!pouch.ok)
            printf("PouchDB side FAILED: see its output above\n");
    }

    const double firstS = median(first);
    const double firstWireB = median(firstWire);
    printf("\n== Terrain sync, %d voters (medians of %d runs)\n", size.rows, runs);
    if (pouch.ok) {
        printf(
            "PouchDB (same run): first sync %.2f s, %.1f MiB; 1,000 edits push %.3f s + pull %.3f s; first push after"
            " pull (its no-op) %.2f s\n",
            pouch.firstSync, pouch.firstSyncWireMiB, pouch.push, pouch.pull, pouch.noopPush);
        printf("first sync: %.2f s = %.3f x PouchDB (budget <= 0.2 x)\n", firstS, firstS / pouch.firstSync);
        bench::report(QStringLiteral("first sync / PouchDB"), firstS / pouch.firstSync, QStringLiteral("x"), 0.2);
        printf("1,000 edits push + pull: %.3f s = %.3f x PouchDB's %.3f s\n", median(total),
            median(total) / (pouch.push + pouch.pull), pouch.push + pouch.pull);
        printf(
            "no-op sync: %.2f ms = %.5f x PouchDB's no-op push\n", median(noop) * 1000, median(noop) / pouch.noopPush);
    } else {
        printf("PouchDB not run (--syncpeer DIR): no ratio; budgets only.\n");
    }
    bench::report(QStringLiteral("first sync"), firstS, QStringLiteral("s"), pouch.ok ? pouch.firstSync / 5 : 1e9);
    bench::report(QStringLiteral("first sync on the wire"), firstWireB / 1048576.0, QStringLiteral("MiB"), 6);
    bench::report(QStringLiteral("1,000 edits push + pull"), median(total), QStringLiteral("s"), 0.25);
    printf("   (push %.3f s, pull %.3f s)\n", median(push), median(pull));
    bench::report(QStringLiteral("no-op sync"), median(noop) * 1000, QStringLiteral("ms"), 10);
    bench::report(QStringLiteral("no-op sync on the wire"), median(noopWire) / 1024.0, QStringLiteral("KiB"), 1);
    return bench::exitStatus();
}
