// terrain-cli export, exports: people, a segment or a list to CSV / XLSX, and the export log.
#include "clicontext.h"

#include "exporting/peopleexport.h"
#include "lists/listservice.h"
#include "lists/segmentservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace terrain::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::cli", text);
}

// A saved segment by name, UUID, or (when nothing has that name) its local id.
Result<Segment> findSegment(Database& db, const QString& text)
{
    SegmentService service(db);
    auto found = service.find(text);
    if (found || found.error().code != QLatin1StringView("segment.missing"))
        return found;
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    if (numeric) {
        auto all = service.segments();
        if (!all)
            return all.error();
        for (const Segment& s : *all) {
            if (s.id == id)
                return service.find(s.uuid); // find() reports a filter it cannot read
        }
    }
    return found.error();
}

int printLog(Context& ctx, Database& db, int limit)
{
    auto log = exportLog(db, limit);
    if (!log)
        return ctx.fail(log.error());
    if (log->isEmpty()) {
        ctx.out() << tr("No exports yet.") << Qt::endl;
        return Success;
    }
    for (const ExportLogEntry& e : *log) {
        ctx.out() << QStringLiteral("%1  %2  %3  %4\n    %5\n")
                         .arg(QDateTime::fromMSecsSinceEpoch(e.at).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              e.author.leftJustified(16), tr("%1 rows").arg(e.rows).leftJustified(12),
                              QDir::toNativeSeparators(e.path), e.what);
    }
    ctx.out().flush();
    return Success;
}

int exportCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("segment"), tr("Export the people of this saved segment (name, UUID or id)."),
        QStringLiteral("segment") });
    parser.addOption({ QStringLiteral("list"), tr("Export the people of this walk or call list (its code)."),
        QStringLiteral("code") });
    parser.addOption({ QStringLiteral("format"), tr("excel-fr (;, BOM, CRLF; the default), csv (standard) or xlsx."),
        QStringLiteral("format"), QStringLiteral("excel-fr") });
    parser.addOption(
        { QStringLiteral("columns"), tr("The columns, comma-separated (see below)."), QStringLiteral("a,b,c") });
    parser.addOption({ QStringLiteral("channel"),
        tr("none (the default), phone, sms, email or door: people who opted out of that channel or "
           "cannot be reached on it are left out."),
        QStringLiteral("channel"), QStringLiteral("none") });
    parser.addOption(
        { { QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("include-left"), tr("Everyone export: also people who left the list.") });
    parser.addOption({ QStringLiteral("log"), tr("Print the export log instead of exporting.") });
    int exit = Success;
    const QString description
        = tr("Exports the campaign's people (everyone, a segment or a list). Cells that a spreadsheet would run as a "
             "formula are neutralised; phone and email columns hold only numbers and addresses the person may be "
             "contacted on. Every export is logged.\n\nColumns: %1\nDefault columns: %2 (everyone: %3)")
              .arg(exportColumnKeys(allExportColumns()).join(QStringLiteral(", ")),
                  exportColumnKeys(defaultExportColumns()).join(u','),
                  exportColumnKeys(peopleExportColumns()).join(u','));
    if (!ctx.parse(parser, description, &exit))
        return exit;

    if (parser.isSet(QStringLiteral("log"))) {
        auto db = ctx.openCampaign(false);
        if (!db)
            return ctx.fail(db.error());
        return printLog(ctx, **db, 0);
    }
    const bool bySegment = parser.isSet(QStringLiteral("segment"));
    const bool byList = parser.isSet(QStringLiteral("list"));
    if (bySegment && byList)
        return ctx.usage(tr("Choose --segment or --list, not both."));
    auto format = exportFormatFromName(parser.value(QStringLiteral("format")));
    if (!format)
        return ctx.usage(format.error().message);
    auto channel = exportChannelFromName(parser.value(QStringLiteral("channel")));
    if (!channel)
        return ctx.usage(channel.error().message);
    QList<ExportColumn> columns;
    if (parser.isSet(QStringLiteral("columns"))) {
        auto chosen = exportColumnsFromKeys(parser.value(QStringLiteral("columns")));
        if (!chosen)
            return ctx.usage(chosen.error().message);
        columns = *chosen;
    }
    if (!parser.isSet(QStringLiteral("output")))
        return ctx.usage(tr("Name the file to write with --output."));
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());

    const auto progress = [&](qint64 rows, qint64 total) { ctx.progress(tr("%1 / %2 rows").arg(rows).arg(total)); };
    const QString path = parser.value(QStringLiteral("output"));
    Result<qint64> rows = qint64(0);
    if (bySegment || byList) {
        ExportOptions options;
        options.path = path;
        options.format = *format;
        options.columns = columns;
        options.channel = *channel;
        options.progress = progress;
        if (bySegment) {
            auto segment = findSegment(**db, parser.value(QStringLiteral("segment")));
            if (!segment) {
                return segment.error().code == QLatin1StringView("segment.missing") ? ctx.usage(segment.error().message)
                                                                                    : ctx.fail(segment.error());
            }
            rows = exportSegment(**db, *segment, options);
        } else {
            auto list = ListService(**db).find(parser.value(QStringLiteral("list")));
            if (!list) {
                return list.error().code == QLatin1StringView("lists.missing") ? ctx.usage(list.error().message)
                                                                               : ctx.fail(list.error());
            }
            rows = exportList(**db, *list, options);
        }
    } else {
        PeopleExportOptions options;
        options.path = path;
        options.format = *format;
        options.columns = columns;
        options.channel = *channel;
        options.includeLeft = parser.isSet(QStringLiteral("include-left"));
        options.progress = progress;
        rows = exportPeople(**db, options);
    }
    ctx.endProgress();
    if (!rows)
        return ctx.fail(rows.error());
    ctx.out() << tr("%1 people exported to %2").arg(*rows).arg(path) << Qt::endl;
    return Success;
}

int exportsCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("limit"), tr("Show only the latest N exports."), QStringLiteral("N") });
    int exit = Success;
    if (!ctx.parse(
            parser, tr("Prints the export log, newest first: when, who, how many rows, what, which file."), &exit))
        return exit;
    int limit = 0;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return ctx.usage(tr("--limit takes a number of exports, 1 or more."));
    }
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    return printLog(ctx, **db, limit);
}

} // namespace

QList<Command> exportCommands()
{
    return {
        { "export", QT_TRANSLATE_NOOP("terrain::cli", "Export people, a segment or a list to CSV or XLSX"),
            exportCommand },
        { "exports", QT_TRANSLATE_NOOP("terrain::cli", "Show the export log"), exportsCommand },
    };
}

} // namespace terrain::cli
