// How fast the district tree refreshes, run by hand (not a test: timings depend on the machine).
//
//   districtfigures FILE.terrain [ROUNDS]
//
// Opens the campaign (upgrading it), then times ROUNDS (default 5) whole refreshes, each
// communes() and the bureaux of every commune, as the Districts page does on reload; then
// one bureau's streets, one street's doors, one bureau's people and a whole commune's
// people. Prints wall-clock and processor time (the machine may be shared).
#include "districts/districttree.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace terrain;

namespace {

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

template <typename F>
Timing timed(F&& f)
{
    QElapsedTimer wall;
    const std::clock_t cpu = std::clock();
    wall.start();
    f();
    return {double(wall.nsecsElapsed()) / 1e6, double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC};
}

void print(const char* what, const Timing& t)
{
    std::printf("%-34s wall %8.1f ms   cpu %8.1f ms\n", what, t.wallMs, t.cpuMs);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: districtfigures FILE.terrain [ROUNDS]\n");
        return 2;
    }
    const int rounds = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;
    Timing opening;
    Result<std::unique_ptr<Database>> db = makeError(QString(), QString());
    opening = timed([&] { db = Database::open(args[1], Database::OpenMode::OpenExisting); });
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    print("open (and upgrade)", opening);
    DistrictTree tree(**db);

    std::vector<Timing> refreshes;
    QList<DistrictNode> communes;
    QList<DistrictNode> bureaux;
    for (int round = 0; round < rounds; ++round) {
        refreshes.push_back(timed([&] {
            communes = tree.communes();
            bureaux.clear();
            for (const DistrictNode& commune : communes)
                bureaux << tree.children(commune);
        }));
        print(round == 0 ? "refresh (first)" : "refresh", refreshes.back());
    }
    std::sort(refreshes.begin(), refreshes.end(), [](const Timing& a, const Timing& b) { return a.wallMs < b.wallMs; });
    print("refresh (median)", refreshes[refreshes.size() / 2]);

    qint64 voters = 0;
    for (const DistrictNode& commune : communes)
        voters += commune.figures.voters;
    std::printf("%lld communes, %lld bureaux, %lld voters\n", qint64(communes.size()), qint64(bureaux.size()), voters);
    if (bureaux.isEmpty())
        return 0;

    const DistrictNode& bureau = bureaux.first();
    QList<DistrictNode> streets;
    print("streets of one bureau", timed([&] { streets = tree.children(bureau); }));
    QList<qint64> people;
    print("people of one bureau", timed([&] { people = tree.peopleOf(bureau); }));
    std::printf("bureau %s: %lld voters, %lld streets, %lld people\n", qPrintable(bureau.label),
                bureau.figures.voters, qint64(streets.size()), qint64(people.size()));
    if (!streets.isEmpty()) {
        const auto longest = std::max_element(streets.begin(), streets.end(), [](const auto& a, const auto& b) {
            return a.figures.doors < b.figures.doors;
        });
        QList<DistrictNode> doors;
        print("doors of its longest street", timed([&] { doors = tree.children(*longest); }));
        std::printf("street %s: %lld doors\n", qPrintable(longest->label), qint64(doors.size()));
    }
    // Last: it reads every person's row, and slows down the next query or two.
    QList<qint64> everyone;
    print("people of the first commune", timed([&] { everyone = tree.peopleOf(communes.first()); }));
    return 0;
}
