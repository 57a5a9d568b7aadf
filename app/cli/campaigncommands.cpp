// terrain-cli init, demo, stats, search.
#include "clicontext.h"

#include "demo/democampaign.h"
#include "people/campaignstats.h"
#include "search/peoplesearch.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace terrain::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::cli", text);
}

int init(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("name"), tr("The campaign's name."), QStringLiteral("name")});
    int exit = Success;
    if (!ctx.parse(parser, tr("Creates an empty campaign file (or upgrades an existing one)."), &exit))
        return exit;
    const bool existed = QFileInfo::exists(ctx.campaignPath());
    auto db = ctx.openCampaign(true);
    if (!db)
        return ctx.fail(db.error());
    if (parser.isSet(QStringLiteral("name"))) {
        if (Status s = (*db)->setMeta(QStringLiteral("campaign_name"), parser.value(QStringLiteral("name"))); !s)
            return ctx.fail(s.error());
    }
    ctx.out() << (existed ? tr("Campaign ready: %1") : tr("Campaign created: %1")).arg((*db)->path()) << Qt::endl;
    return Success;
}

int demo(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("voters"), tr("How many voters (default 20000)."), QStringLiteral("n"),
                      QStringLiteral("20000")});
    parser.addOption({QStringLiteral("bureaux"), tr("How many bureaux (default: one per 1000 voters, at least 1)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), tr("Seed of the generator (default 1)."), QStringLiteral("n"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("plain"), tr("Only the electoral list: no campaign history.")});
    int exit = Success;
    if (!ctx.parse(parser, tr("Fills a new campaign with a generated, plausible French commune."), &exit))
        return exit;
    bool ok = false;
    DemoCampaignOptions options;
    options.voters = parser.value(QStringLiteral("voters")).toInt(&ok);
    if (!ok || options.voters < 1 || options.voters > 10'000'000)
        return ctx.usage(tr("--voters takes a number from 1 to 10000000."));
    options.bureaux = parser.isSet(QStringLiteral("bureaux")) ? parser.value(QStringLiteral("bureaux")).toInt(&ok)
                                                               : std::max(1, options.voters / 1000);
    if (!ok || options.bureaux < 1)
        return ctx.usage(tr("--bureaux takes a positive number."));
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return ctx.usage(tr("--seed takes a number."));
    options.history = !parser.isSet(QStringLiteral("plain"));

    auto db = ctx.openCampaign(true);
    if (!db)
        return ctx.fail(db.error());
    if ((*db)->scalar("SELECT count(*) FROM people").toLongLong() > 0)
        return ctx.fail(makeError(QStringLiteral("demo.notempty"),
                                  tr("The campaign already holds people: the demo goes into a new campaign."),
                                  (*db)->path()));
    QElapsedTimer timer;
    timer.start();
    auto report = createDemoCampaign(**db, options, [&](const QString& step, int percent) {
        ctx.progress(QStringLiteral("%1 %2%").arg(step).arg(percent));
    });
    ctx.endProgress();
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << tr("Demo campaign “%1”: %2 voters in %3 bureaux (%4 s).")
                     .arg(campaignName(**db))
                     .arg(report->added)
                     .arg(options.bureaux)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return Success;
}

int stats(Context& ctx)
{
    QCommandLineParser parser;
    int exit = Success;
    if (!ctx.parse(parser, tr("Prints the campaign's figures."), &exit))
        return exit;
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    const CampaignStats s = campaignStats(**db);
    ctx.out() << tr("Campaign:        %1").arg(s.name) << u'\n'
              << tr("File:            %1").arg((*db)->path()) << u'\n'
              << tr("People:          %1 (active %2, left the list %3, moved %4, deceased %5)")
                     .arg(s.people)
                     .arg(s.active)
                     .arg(s.left)
                     .arg(s.moved)
                     .arg(s.deceased)
              << u'\n'
              << tr("Households:      %1").arg(s.households) << u'\n'
              << tr("Addresses:       %1 in %2 streets").arg(s.addresses).arg(s.streets) << u'\n'
              << tr("Districts:       %1 communes, %2 bureaux").arg(s.communes).arg(s.bureaux) << u'\n'
              << tr("With a phone:    %1").arg(s.withPhone) << u'\n'
              << tr("With an email:   %1").arg(s.withEmail) << u'\n'
              << tr("Supporters:      %1").arg(s.supporters) << u'\n'
              << tr("Imports:         %1").arg(s.imports) << u'\n'
              << tr("Pending changes: %1").arg(s.pendingChanges) << Qt::endl;
    return Success;
}

int search(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), tr("At most this many results (default 20)."), QStringLiteral("n"),
                      QStringLiteral("20")});
    int exit = Success;
    if (!ctx.parse(parser, tr("Finds people by name, address or phone (accents and case ignored, words as prefixes)."),
                   &exit, {{QStringLiteral("TEXT"), tr("What to look for.")}}))
        return exit;
    const QString text = parser.positionalArguments().join(u' ');
    if (text.trimmed().isEmpty())
        return ctx.usage(tr("Say what to look for."));
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    auto hits = PeopleSearch(**db).search(text, parser.value(QStringLiteral("limit")).toInt());
    if (!hits)
        return ctx.fail(hits.error());
    for (const PersonHit& hit : *hits)
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(hit.name, -32)
                         .arg(hit.birthDate, -10)
                         .arg(hit.address, -36)
                         .arg(hit.bureau, -6)
                         .arg(hit.uuid);
    ctx.err() << QCoreApplication::translate("terrain::cli", "%n result(s) in %1 ms", nullptr,
                                             static_cast<int>(hits->size()))
                     .arg(timer.elapsed())
              << Qt::endl;
    return Success;
}

} // namespace

QList<Command> campaignCommands()
{
    return {
        {"init", QT_TRANSLATE_NOOP("terrain::cli", "Create an empty campaign"), init},
        {"demo", QT_TRANSLATE_NOOP("terrain::cli", "Create a demo campaign"), demo},
        {"stats", QT_TRANSLATE_NOOP("terrain::cli", "Show the campaign's figures"), stats},
        {"search", QT_TRANSLATE_NOOP("terrain::cli", "Find people"), search},
    };
}

} // namespace terrain::cli
