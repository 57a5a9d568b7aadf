// terrain-cli preview, profiles, import.
#include "clicontext.h"

#include "importing/csvreader.h"
#include "importing/importer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <csignal>

namespace terrain::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::cli", text);
}

std::atomic_bool g_interrupted{false};

void onInterrupt(int)
{
    g_interrupted = true;
}

QCommandLineOption encodingOption()
{
    return {QStringLiteral("encoding"), tr("Force the file's encoding: utf-8, utf-16le, utf-16be, windows-1252."),
            QStringLiteral("name")};
}

QCommandLineOption delimiterOption()
{
    return {QStringLiteral("delimiter"), tr("Force the separator between columns: ';', ',', 'tab' or '|'."),
            QStringLiteral("char")};
}

QCommandLineOption profileOption()
{
    return {QStringLiteral("profile"), tr("The import profile (id or name; see 'terrain-cli profiles')."),
            QStringLiteral("profile")};
}

QCommandLineOption mapOption()
{
    return {QStringLiteral("map"), tr("Map a column (header or number) to a field, e.g. --map \"Tel=phone\". Repeatable."),
            QStringLiteral("COLUMN=FIELD")};
}

// Reads the common options into a request; false with an exit code on bad usage.
bool requestFrom(Context& ctx, const QCommandLineParser& parser, ImportRequest* request, int* exit)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *exit = ctx.usage(tr("Name one file to read."));
        return false;
    }
    request->path = positional.first();
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = encodingFromName(parser.value(QStringLiteral("encoding")));
        if (!encoding) {
            *exit = ctx.usage(tr("Unknown encoding '%1'.").arg(parser.value(QStringLiteral("encoding"))));
            return false;
        }
        request->encoding = *encoding;
    }
    if (parser.isSet(QStringLiteral("delimiter"))) {
        const QString name = parser.value(QStringLiteral("delimiter"));
        const QString delimiter = name.compare(u"tab", Qt::CaseInsensitive) == 0 ? QStringLiteral("\t") : name;
        if (delimiter.size() != 1 || !QStringView(u";,\t|").contains(delimiter.at(0))) {
            *exit = ctx.usage(tr("Unknown separator '%1': use ';', ',', 'tab' or '|'.").arg(name));
            return false;
        }
        request->delimiter = delimiter.at(0);
    }
    request->profile = parser.value(QStringLiteral("profile"));
    request->overrides = parser.values(QStringLiteral("map"));
    return true;
}

QString describeMapping(const ImportPlan& plan)
{
    QString text;
    for (int i = 0; i < plan.headers.size(); ++i)
        text += QStringLiteral("  %1  %2 -> %3\n")
                    .arg(i + 1, 3)
                    .arg(plan.headers[i], -28)
                    .arg(importFieldKey(plan.mapping.fields.value(i, ImportField::Ignore)));
    return text;
}

int preview(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(encodingOption());
    parser.addOption(delimiterOption());
    parser.addOption(profileOption());
    parser.addOption(mapOption());
    parser.addOption({QStringLiteral("raw"), tr("Print the parsed records as one JSON array of arrays of strings "
                                                "(header included), nothing mapped.")});
    parser.addOption({QStringLiteral("rows"), tr("How many rows to show (default 5)."), QStringLiteral("n"),
                      QStringLiteral("5")});
    int exit = Success;
    if (!ctx.parse(parser, tr("Shows how a voter file would be read and mapped, without importing it."), &exit,
                   {{QStringLiteral("FILE"), tr("The file to read.")}}))
        return exit;
    ImportRequest request;
    if (!requestFrom(ctx, parser, &request, &exit))
        return exit;

    if (parser.isSet(QStringLiteral("raw"))) {
        auto dialect = sniffCsv(request.path, request.encoding);
        if (!dialect)
            return ctx.fail(dialect.error());
        if (request.delimiter)
            dialect->delimiter = *request.delimiter;
        auto reader = CsvReader::open(request.path, *dialect);
        if (!reader)
            return ctx.fail(reader.error());
        QJsonArray records;
        while ((*reader)->next())
            records.append(QJsonArray::fromStringList((*reader)->record()));
        if ((*reader)->error())
            return ctx.fail(*(*reader)->error());
        ctx.out() << QString::fromUtf8(QJsonDocument(records).toJson(QJsonDocument::Compact)) << Qt::endl;
        return Success;
    }

    auto db = ctx.openCampaign(true);
    if (!db)
        return ctx.fail(db.error());
    auto plan = planImport(**db, request);
    if (!plan)
        return ctx.fail(plan.error());
    QString delimiter = plan->dialect.delimiter == u'\t' ? QStringLiteral("tab") : QString(plan->dialect.delimiter);
    ctx.out() << tr("File:      %1").arg(request.path) << u'\n'
              << tr("Encoding:  %1%2").arg(encodingName(plan->dialect.encoding),
                                           plan->dialect.bom ? tr(" (with BOM)") : QString())
              << u'\n'
              << tr("Delimiter: %1").arg(delimiter) << u'\n'
              << tr("Profile:   %1 (%2 of %3 columns recognised)")
                     .arg(plan->mapping.profile.name)
                     .arg(plan->mapping.recognised)
                     .arg(plan->headers.size())
              << u'\n'
              << tr("Mapping:") << u'\n'
              << describeMapping(*plan);
    auto rows = previewRows(*plan, parser.value(QStringLiteral("rows")).toInt());
    if (!rows)
        return ctx.fail(rows.error());
    ctx.out() << tr("First rows as they will be stored:") << u'\n';
    for (const PreviewRow& r : *rows) {
        if (!r.row) {
            ctx.out() << QStringLiteral("  %1  ").arg(r.line, 5) << tr("REJECTED: %1").arg(r.error) << u'\n';
            continue;
        }
        const NormalizedRow& n = *r.row;
        const QString number = n.address.number ? QString::number(*n.address.number) : QString();
        ctx.out() << QStringLiteral("  %1  %2 %3%4 | %5 | %6 | %7 %8 %9 | %10 %11 | %12")
                         .arg(r.line, 5)
                         .arg((n.usageName.isEmpty() ? n.birthName : n.usageName).toUpper(), n.firstNames,
                              n.usageName.isEmpty() ? QString() : tr(" (born %1)").arg(n.birthName),
                              n.sex, n.birthDate, number, n.address.suffix, n.address.street() + n.address.lieuDit,
                              n.unit)
                         .arg(n.bureauCode, n.phone.e164.isEmpty() ? n.phone.raw : n.phone.e164)
                  << u'\n';
    }
    return Success;
}

int profiles(Context& ctx)
{
    QCommandLineParser parser;
    int exit = Success;
    if (!ctx.parse(parser, tr("Lists the import profiles: built-in ones and those saved in the campaign."), &exit))
        return exit;
    ctx.out() << tr("Built-in profiles:") << u'\n';
    for (const ImportProfile& p : builtInProfiles())
        ctx.out() << QStringLiteral("  %1  %2\n").arg(p.id, -22).arg(p.name);
    auto db = ctx.openCampaign(false);
    if (db) {
        const QList<ImportProfile> saved = ProfileStore(**db).userProfiles();
        ctx.out() << tr("Saved in the campaign:") << u'\n';
        if (saved.isEmpty())
            ctx.out() << tr("  (none)") << u'\n';
        for (const ImportProfile& p : saved)
            ctx.out() << QStringLiteral("  %1  %2\n").arg(p.id, -22).arg(p.name);
    }
    ctx.out() << tr("Fields a column can map to:") << u'\n';
    for (const ImportFieldInfo& f : importFields())
        ctx.out() << QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(f.key), -22).arg(importFieldLabel(f.field));
    return Success;
}

int import(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption(encodingOption());
    parser.addOption(delimiterOption());
    parser.addOption(profileOption());
    parser.addOption(mapOption());
    parser.addOption({QStringLiteral("dry-run"), tr("Read and check everything, report, and change nothing.")});
    parser.addOption({QStringLiteral("rejects"), tr("Where to write the rows not imported (default: beside the "
                                                    "campaign, in rejects/)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("region"), tr("Default phone region (default FR)."), QStringLiteral("code"),
                      QStringLiteral("FR")});
    parser.addOption({QStringLiteral("partial"), tr("The file is not the full list: do not mark absent people as "
                                                    "having left the list.")});
    parser.addOption({QStringLiteral("save-profile"), tr("Save the mapping used as a profile of this name."),
                      QStringLiteral("name")});
    int exit = Success;
    if (!ctx.parse(parser, tr("Imports a voter file (electoral list, voter file, supporters...) into the campaign. "
                              "All or nothing: on error or Ctrl+C, nothing changes."),
                   &exit, {{QStringLiteral("FILE"), tr("The file to import.")}}))
        return exit;
    ImportRequest request;
    if (!requestFrom(ctx, parser, &request, &exit))
        return exit;
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.rejectsPath = parser.value(QStringLiteral("rejects"));
    request.phoneRegion = parser.value(QStringLiteral("region")).toUpper();
    if (parser.isSet(QStringLiteral("partial")))
        request.markMissingAsLeft = false;

    auto db = ctx.openCampaign(true);
    if (!db)
        return ctx.fail(db.error());
    auto plan = planImport(**db, request);
    if (!plan)
        return ctx.fail(plan.error());
    ctx.err() << tr("Profile: %1 (%2 of %3 columns recognised)")
                     .arg(plan->mapping.profile.name)
                     .arg(plan->mapping.recognised)
                     .arg(plan->headers.size())
              << Qt::endl;
    if (parser.isSet(QStringLiteral("save-profile"))) {
        auto saved = ProfileStore(**db).save(parser.value(QStringLiteral("save-profile")), plan->mapping, plan->headers);
        if (!saved)
            return ctx.fail(saved.error());
    }

    Importer importer(**db);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    importer.setCancelFlag(&g_interrupted);
    importer.setProgressHandler([&](const ImportProgress& p) {
        ctx.progress(tr("%1% - %2 rows - %3 rows/s").arg(p.percent()).arg(p.rows).arg(qRound(p.rowsPerSecond)));
    });
    auto report = importer.run(*plan);
    ctx.endProgress();
    if (!report)
        return ctx.fail(report.error());
    const ImportReport& r = *report;
    ctx.out() << (r.dryRun ? tr("Dry run: nothing was changed.") + u'\n' : QString())
              << tr("Rows read:  %1").arg(r.rows) << u'\n'
              << tr("Added:      %1").arg(r.added) << u'\n'
              << tr("Updated:    %1").arg(r.updated) << u'\n'
              << tr("Unchanged:  %1").arg(r.unchanged) << u'\n'
              << tr("Left list:  %1").arg(r.left) << u'\n'
              << tr("Rejected:   %1 (of which duplicates: %2)").arg(r.rejected).arg(r.duplicates) << u'\n'
              << tr("Warnings:   %1").arg(r.warnings) << u'\n'
              << tr("Time:       %1 s").arg(r.elapsedMs / 1000.0, 0, 'f', 1) << u'\n';
    if (!r.rejectsPath.isEmpty()) {
        ctx.out() << tr("Rejected rows: %1").arg(r.rejectsPath) << u'\n';
        for (const QString& reason : r.firstRejects.mid(0, 5))
            ctx.out() << QStringLiteral("  ") << reason << u'\n';
    }
    return Success;
}

} // namespace

QList<Command> importCommands()
{
    return {
        {"preview", QT_TRANSLATE_NOOP("terrain::cli", "Show how a file would be read and mapped"), preview},
        {"profiles", QT_TRANSLATE_NOOP("terrain::cli", "List import profiles and fields"), profiles},
        {"import", QT_TRANSLATE_NOOP("terrain::cli", "Import a voter file"), import},
    };
}

} // namespace terrain::cli
