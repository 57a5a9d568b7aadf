// terrain-cli segment, walklist, calllist, lists, assign, status.
#include "clicontext.h"

#include "lists/listprint.h"
#include "lists/listservice.h"
#include "lists/segmentservice.h"
#include "lists/streetpicks.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>

namespace terrain::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::cli", text);
}

// The filter of --filter JSON, or of --bureau CODE (repeatable), or nothing (everyone).
Result<SegmentFilter> filterFrom(const QCommandLineParser& parser)
{
    const bool json = parser.isSet(QStringLiteral("filter"));
    const QStringList bureaux = parser.values(QStringLiteral("bureau"));
    if (json && !bureaux.isEmpty())
        return makeError(QStringLiteral("usage"), tr("Give either --filter or --bureau, not both."));
    if (json)
        return SegmentFilter::fromJson(parser.value(QStringLiteral("filter")).toUtf8());
    if (!bureaux.isEmpty())
        return SegmentFilter::values(SegmentFilter::Kind::Bureaux, bureaux);
    return SegmentFilter();
}

void addFilterOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("filter"),
                      tr("The filter as JSON, e.g. {\"bureaux\": [\"1\"], \"support\": [1, 2]} (see the user guide)."),
                      QStringLiteral("json")});
    parser.addOption({QStringLiteral("bureau"), tr("People of this bureau (by code; repeat for several)."),
                      QStringLiteral("code")});
}

int segmentCommand(Context& ctx)
{
    QCommandLineParser parser;
    addFilterOptions(parser);
    int exit = Success;
    if (!ctx.parse(parser,
                   tr("Saved filters of people.\n"
                      "  segment create NAME --filter JSON | --bureau CODE...\n"
                      "  segment list\n"
                      "  segment count NAME | --filter JSON | --bureau CODE...\n"
                      "  segment remove NAME"),
                   &exit, {{QStringLiteral("ACTION"), tr("create, list, count or remove.")},
                           {QStringLiteral("NAME"), tr("The segment's name.")}}))
        return exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString name = args.mid(1).join(u' ');
    if (action != u"create" && action != u"list" && action != u"count" && action != u"remove")
        return ctx.usage(tr("Say what to do: create, list, count or remove."));
    if ((action == u"create" || action == u"remove") && name.trimmed().isEmpty())
        return ctx.usage(tr("Name the segment."));

    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    SegmentService segments(**db, Repository::defaultAuthor());

    if (action == u"list") {
        auto all = segments.segments();
        if (!all)
            return ctx.fail(all.error());
        for (const Segment& segment : *all) {
            auto n = segments.count(segment.filter);
            ctx.out() << QStringLiteral("%1  %2  %3\n")
                             .arg(segment.name, -30)
                             .arg(n ? *n : -1, 8)
                             .arg(QString::fromUtf8(segment.filter.toJson()));
        }
        ctx.out().flush();
        return Success;
    }
    if (action == u"remove") {
        auto segment = segments.find(name);
        if (!segment)
            return ctx.fail(segment.error());
        if (Status s = segments.remove(segment->id); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Segment “%1” removed.").arg(segment->name) << Qt::endl;
        return Success;
    }

    SegmentFilter filter;
    if (action == u"count" && !name.isEmpty()) {
        if (parser.isSet(QStringLiteral("filter")) || parser.isSet(QStringLiteral("bureau")))
            return ctx.usage(tr("Give either a segment's name or a filter, not both."));
        auto segment = segments.find(name);
        if (!segment)
            return ctx.fail(segment.error());
        filter = segment->filter;
    } else {
        auto parsed = filterFrom(parser);
        if (!parsed)
            return parsed.error().code == u"usage" ? ctx.usage(parsed.error().message) : ctx.fail(parsed.error());
        filter = *parsed;
    }
    QElapsedTimer timer;
    timer.start();
    auto n = segments.count(filter);
    if (!n)
        return ctx.fail(n.error());
    if (action == u"count") {
        ctx.out() << *n << Qt::endl;
        ctx.err() << tr("counted in %1 ms").arg(timer.elapsed()) << Qt::endl;
        return Success;
    }
    auto id = segments.create(name, filter);
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << tr("Segment “%1” created: %2 people.").arg(name.simplified()).arg(*n) << Qt::endl;
    return Success;
}

QString statusText(ListStatus status)
{
    return ListService::statusName(status);
}

void printLists(Context& ctx, const QList<ListSummary>& lists)
{
    ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                     .arg(tr("CODE"), -6)
                     .arg(tr("KIND"), -4)
                     .arg(tr("STATUS"), -8)
                     .arg(tr("DOORS"), 6)
                     .arg(tr("PEOPLE"), 6)
                     .arg(tr("CONTACTED"), 9)
                     .arg(tr("VOLUNTEER"), -14)
                     .arg(tr("NAME"));
    for (const ListSummary& l : lists) {
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                         .arg(l.code, -6)
                         .arg(ListService::kindName(l.kind), -4)
                         .arg(statusText(l.status), -8)
                         .arg(l.doors, 6)
                         .arg(l.people, 6)
                         .arg(QStringLiteral("%1%").arg(l.people > 0 ? l.contacted * 100 / l.people : 0), 9)
                         .arg(l.assignee.isEmpty() ? QStringLiteral("-") : l.assignee, -14)
                         .arg(l.name);
    }
    ctx.out().flush();
}

// --paper a4|letter; false when it names another size.
bool paperFrom(const QCommandLineParser& parser, PrintOptions& options)
{
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (paper == u"a4")
        options.paper = PaperSize::A4;
    else if (paper == u"letter")
        options.paper = PaperSize::Letter;
    else
        return false;
    return true;
}

void addPaperOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("paper"), tr("Paper size: a4 (default) or letter."), QStringLiteral("size"),
                      QStringLiteral("a4")});
}

// "turfs.pdf" and list AB12 -> "turfs-AB12.pdf": one file a list, each printable on its own.
QString pdfPathFor(const QString& path, const QString& code)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QStringLiteral("pdf") : info.suffix();
    return info.dir().filePath(QStringLiteral("%1-%2.%3").arg(info.completeBaseName(), code, suffix));
}

int walklistCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("segment"), tr("The segment whose people to walk."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("street"),
                      tr("Cut by hand: the people of this street or lieu-dit (repeat for several)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("side"), tr("With --street: odd, even or both (default)."),
                      QStringLiteral("side"), QStringLiteral("both")});
    parser.addOption({QStringLiteral("bureau"),
                      tr("With --street: only its voters of this bureau (by code; repeat for several)."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("name"), tr("The list's name (needed with --street)."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("doors"),
                      tr("Doors per turf (default 50; with --street: every door in one list)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("pdf"),
                      tr("Also print each list made to a PDF: FILE.pdf gives FILE-CODE.pdf, one a list."),
                      QStringLiteral("file")});
    addPaperOption(parser);
    int exit = Success;
    if (!ctx.parse(parser,
                   tr("Cuts a segment's doors into walk lists (turfs) in walk order, or makes a list of streets "
                      "picked by hand:\n"
                      "  walklist --segment NAME [--doors N]\n"
                      "  walklist --street NAME... [--side odd|even] [--bureau CODE...] --name NAME [--doors N]"),
                   &exit))
        return exit;
    const bool bySegment = parser.isSet(QStringLiteral("segment"));
    const QStringList streets = parser.values(QStringLiteral("street"));
    if (bySegment == !streets.isEmpty())
        return ctx.usage(tr("Give either --segment or --street."));
    if (bySegment && (parser.isSet(QStringLiteral("side")) || parser.isSet(QStringLiteral("bureau"))))
        return ctx.usage(tr("--side and --bureau go with --street."));
    StreetPick::Side side = StreetPick::Side::Both;
    const QString sideName = parser.value(QStringLiteral("side")).toLower();
    if (sideName == u"odd")
        side = StreetPick::Side::Odd;
    else if (sideName == u"even")
        side = StreetPick::Side::Even;
    else if (sideName != u"both")
        return ctx.usage(tr("--side takes odd, even or both."));
    WalkListOptions options;
    options.name = parser.value(QStringLiteral("name")).simplified();
    if (!bySegment && options.name.isEmpty())
        return ctx.usage(tr("Name the list with --name."));
    PrintOptions print;
    if (!paperFrom(parser, print))
        return ctx.usage(tr("--paper takes a4 or letter."));
    // Checked before the lists are made, not after.
    if (parser.isSet(QStringLiteral("pdf")) && !QFileInfo(parser.value(QStringLiteral("pdf"))).absoluteDir().exists())
        return ctx.usage(tr("The folder of --pdf does not exist."));
    options.targetDoors = bySegment ? 50 : 0;
    if (parser.isSet(QStringLiteral("doors"))) {
        bool ok = false;
        options.targetDoors = parser.value(QStringLiteral("doors")).toInt(&ok);
        if (!ok || options.targetDoors < 1 || options.targetDoors > 1000)
            return ctx.usage(tr("--doors takes a number from 1 to 1000."));
    }
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    ListService lists(**db, Repository::defaultAuthor());
    Result<QList<ListSummary>> made = QList<ListSummary>();
    if (bySegment) {
        auto segment = SegmentService(**db).find(parser.value(QStringLiteral("segment")));
        if (!segment)
            return ctx.fail(segment.error());
        made = lists.createWalkLists(*segment, options);
    } else {
        QList<StreetPick> picks;
        for (const QString& street : streets) {
            auto found = streetPicksByName(**db, street, parser.values(QStringLiteral("bureau")), side);
            if (!found)
                return ctx.fail(found.error());
            picks << *found;
        }
        made = lists.createWalkLists(picks, options);
    }
    if (!made)
        return ctx.fail(made.error());
    printLists(ctx, *made);
    ctx.err() << QCoreApplication::translate("terrain::cli", "%n walk list(s) made in %1 ms", nullptr,
                                             static_cast<int>(made->size()))
                     .arg(timer.elapsed())
              << Qt::endl;
    if (parser.isSet(QStringLiteral("pdf"))) {
        for (const ListSummary& list : *made) {
            const QString path = pdfPathFor(parser.value(QStringLiteral("pdf")), list.code);
            if (Status s = printListPdf(**db, list.code, path, print); !s)
                return ctx.fail(s.error());
            ctx.out() << tr("Printed to %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        }
    }
    return Success;
}

int calllistCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("segment"), tr("The segment whose people to call."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("size"), tr("Numbers per list (default: one list)."), QStringLiteral("n"),
                      QStringLiteral("0")});
    int exit = Success;
    if (!ctx.parse(parser,
                   tr("Makes call lists of a segment's people with a usable phone who have not opted out of calls."),
                   &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("segment")))
        return ctx.usage(tr("Name the segment with --segment."));
    bool ok = false;
    CallListOptions options;
    options.maxEntries = parser.value(QStringLiteral("size")).toInt(&ok);
    if (!ok || options.maxEntries < 0)
        return ctx.usage(tr("--size takes a positive number."));
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    auto segment = SegmentService(**db).find(parser.value(QStringLiteral("segment")));
    if (!segment)
        return ctx.fail(segment.error());
    auto made = ListService(**db, Repository::defaultAuthor()).createCallLists(*segment, options);
    if (!made)
        return ctx.fail(made.error());
    printLists(ctx, *made);
    return Success;
}

int listsCommand(Context& ctx)
{
    QCommandLineParser parser;
    int exit = Success;
    if (!ctx.parse(parser, tr("Lists the walk and call lists with their status and progress."), &exit))
        return exit;
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    auto all = ListService(**db).lists();
    if (!all)
        return ctx.fail(all.error());
    printLists(ctx, *all);
    return Success;
}

int assignCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("to"), tr("The volunteer's name (empty to clear)."), QStringLiteral("name")});
    int exit = Success;
    if (!ctx.parse(parser, tr("Assigns a list to a volunteer."), &exit,
                   {{QStringLiteral("CODE"), tr("The list's code.")}}))
        return exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("to")))
        return ctx.usage(tr("Give one list code and --to NAME."));
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    ListService service(**db, Repository::defaultAuthor());
    auto list = service.find(parser.positionalArguments().front());
    if (!list)
        return ctx.fail(list.error());
    if (Status s = service.assign(list->id, parser.value(QStringLiteral("to"))); !s)
        return ctx.fail(s.error());
    const QString volunteer = parser.value(QStringLiteral("to")).simplified();
    ctx.out() << (volunteer.isEmpty() ? tr("List %1 has no volunteer now.").arg(list->code)
                                      : tr("List %1 assigned to %2.").arg(list->code, volunteer))
              << Qt::endl;
    return Success;
}

int statusCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("set"), tr("new, out, returned or entered."), QStringLiteral("status")});
    int exit = Success;
    if (!ctx.parse(parser,
                   tr("Shows or sets a list's status. A list moves one step at a time, forward or back: "
                      "new, out (needs a volunteer), returned, entered."),
                   &exit, {{QStringLiteral("CODE"), tr("The list's code.")}}))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(tr("Give one list code."));
    std::optional<ListStatus> wanted;
    if (parser.isSet(QStringLiteral("set"))) {
        wanted = ListService::statusFromName(parser.value(QStringLiteral("set")));
        if (!wanted)
            return ctx.usage(tr("--set takes new, out, returned or entered."));
    }
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    ListService service(**db, Repository::defaultAuthor());
    auto list = service.find(parser.positionalArguments().front());
    if (!list)
        return ctx.fail(list.error());
    if (wanted) {
        if (Status s = service.setStatus(list->id, *wanted); !s)
            return ctx.fail(s.error());
        list = service.find(list->code);
        if (!list)
            return ctx.fail(list.error());
    }
    ctx.out() << QStringLiteral("%1 %2\n").arg(list->code, statusText(list->status));
    ctx.out().flush();
    return Success;
}

int printCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("pdf"), tr("The PDF file to write (replaced)."), QStringLiteral("file")});
    addPaperOption(parser);
    int exit = Success;
    if (!ctx.parse(parser,
                   tr("Prints a walk list or call sheet to PDF: the people in walk order, the campaign's "
                      "result codes and survey questions."),
                   &exit, {{QStringLiteral("CODE"), tr("The list's code.")}}))
        return exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("pdf")))
        return ctx.usage(tr("Give one list code and --pdf FILE."));
    PrintOptions print;
    if (!paperFrom(parser, print))
        return ctx.usage(tr("--paper takes a4 or letter."));
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    const QString path = parser.value(QStringLiteral("pdf"));
    if (Status s = printListPdf(**db, parser.positionalArguments().front(), path, print); !s)
        return ctx.fail(s.error());
    ctx.out() << tr("Printed to %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> listCommands()
{
    return {
        {"segment", QT_TRANSLATE_NOOP("terrain::cli", "Create, list and count segments (saved filters)"),
         segmentCommand},
        {"walklist", QT_TRANSLATE_NOOP("terrain::cli", "Cut a segment, or streets picked by hand, into walk lists"),
         walklistCommand},
        {"calllist", QT_TRANSLATE_NOOP("terrain::cli", "Make a call list from a segment"), calllistCommand},
        {"lists", QT_TRANSLATE_NOOP("terrain::cli", "Show the lists and their progress"), listsCommand},
        {"assign", QT_TRANSLATE_NOOP("terrain::cli", "Assign a list to a volunteer"), assignCommand},
        {"status", QT_TRANSLATE_NOOP("terrain::cli", "Show or set a list's status"), statusCommand},
        {"print", QT_TRANSLATE_NOOP("terrain::cli", "Print a list to PDF"), printCommand},
    };
}

} // namespace terrain::cli
