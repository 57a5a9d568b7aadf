// Times the lists module on a big campaign (run by hand; figures for the report, not a test):
//   listsbench FILE.terrain [counts]   (writes lists into the file: use a copy; "counts": segment counts only)
#include "lists/listservice.h"
#include "lists/segmentservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace terrain;

namespace {

void line(const QString& text)
{
    std::printf("%s\n", qPrintable(text));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: listsbench FILE.terrain\n");
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), Database::OpenMode::OpenExisting);
    if (!db) {
        line(db.error().toString());
        return 1;
    }
    line(QStringLiteral("open (and migrate): %1 ms").arg(timer.elapsed()));
    SegmentService segments(**db);
    const char* filters[] = {
        "{}",
        R"({"bureaux": ["1", "2", "3"]})",
        R"({"support": [1, 2]})",
        R"({"sex": ["F"]})",
        R"({"age": {"min": 18, "max": 30}})",
        R"({"hasPhone": true})",
        R"({"and": [{"support": [1, 2]}, {"notContactedSince": "2026-02-01"}]})",
        R"({"or": [{"sex": ["F"]}, {"not": {"hasPhone": true}}]})",
        R"({"and": [{"age": {"min": 60}}, {"hasMobile": true}, {"not": {"support": [4, 5]}}]})",
    };
    for (const char* json : filters) {
        auto filter = SegmentFilter::fromJson(QByteArray(json));
        if (!filter) {
            line(filter.error().toString());
            return 1;
        }
        for (int round = 0; round < 2; ++round) {
            timer.restart();
            auto n = segments.count(*filter);
            line(QStringLiteral("count %1: %2 people in %3 ms")
                     .arg(QString::fromUtf8(json))
                     .arg(n ? *n : -1)
                     .arg(timer.elapsed()));
        }
    }

    if (argc > 2 && qstrcmp(argv[2], "counts") == 0)
        return 0;
    ListService lists(**db, QStringLiteral("bench"));
    Segment bureau;
    bureau.filter = SegmentFilter::values(SegmentFilter::Kind::Bureaux, {QStringLiteral("7")});
    bureau.name = QStringLiteral("bureau 7");
    timer.restart();
    auto made = lists.createWalkLists(bureau);
    line(QStringLiteral("walk lists of one bureau: %1 lists in %2 ms").arg(made ? made->size() : -1).arg(timer.elapsed()));
    if (made && !made->isEmpty()) {
        timer.restart();
        auto sheet = lists.printableSheet(made->front().id);
        line(QStringLiteral("printable sheet: %1 doors in %2 ms").arg(sheet ? sheet->doors.size() : -1).arg(timer.elapsed()));
    }
    Segment all;
    all.name = QStringLiteral("everyone");
    timer.restart();
    made = lists.createWalkLists(all);
    if (!made)
        line(made.error().toString());
    line(QStringLiteral("walk lists of the campaign: %1 lists in %2 ms").arg(made ? made->size() : -1).arg(timer.elapsed()));
    timer.restart();
    auto overview = lists.lists();
    line(QStringLiteral("lists overview: %1 lists in %2 ms").arg(overview ? overview->size() : -1).arg(timer.elapsed()));
    Segment phones;
    phones.name = QStringLiteral("everyone");
    timer.restart();
    made = lists.createCallLists(phones);
    line(QStringLiteral("call list of the campaign: %1 lists in %2 ms").arg(made ? made->size() : -1).arg(timer.elapsed()));
    return 0;
}
