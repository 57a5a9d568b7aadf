// terrain-cli election, turnout, mark, dashboard, chase, purge: election day.
#include "clicontext.h"

#include "exporting/peopleexport.h"
#include "exporting/tablewriter.h"
#include "gotv/chaselist.h"
#include "gotv/electionservice.h"
#include "gotv/gotvdashboard.h"
#include "gotv/votemarker.h"
#include "lists/listservice.h"
#include "sync/repository.h"

#include <QTime>

#include <QCoreApplication>

namespace terrain::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::cli", text);
}

void addElectionOption(QCommandLineParser& parser)
{
    parser.addOption({ QStringLiteral("election"), tr("The election, by name or number (see election list)."),
        QStringLiteral("name") });
}

// The election of --election: a usage error when missing, a failure when unknown.
bool electionFrom(Context& ctx, const QCommandLineParser& parser, Database& db, Election* election, int* exit)
{
    if (!parser.isSet(QStringLiteral("election"))) {
        *exit = ctx.usage(tr("Name the election with --election."));
        return false;
    }
    auto found = ElectionService(db).findElection(parser.value(QStringLiteral("election")));
    if (!found) {
        *exit = ctx.fail(found.error());
        return false;
    }
    *election = *found;
    return true;
}

// Opens the campaign and finds the election named by --election: what every election-day
// command but `election` starts with.
bool openElection(
    Context& ctx, const QCommandLineParser& parser, std::unique_ptr<Database>* db, Election* election, int* exit)
{
    auto opened = ctx.openCampaign(false);
    if (!opened) {
        *exit = ctx.fail(opened.error());
        return false;
    }
    *db = std::move(*opened);
    return electionFrom(ctx, parser, **db, election, exit);
}

QString proxyLabel(const QString& statusName)
{
    const auto status = proxyStatusFromName(statusName);
    return status ? proxyStatusLabel(*status) : statusName;
}

QString percent(std::optional<double> rate)
{
    return rate ? QStringLiteral("%1%").arg(*rate * 100.0, 0, 'f', 1) : QStringLiteral("-");
}

// "62%", "62 %", "0.62" or "none".
std::optional<std::optional<double>> parseRate(QString text)
{
    text = text.trimmed();
    if (text == u"none")
        return std::optional<double>();
    const bool percentSign = text.endsWith(u'%');
    if (percentSign)
        text.chop(1);
    bool ok = false;
    double value = text.trimmed().replace(u',', u'.').toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (percentSign || value > 1)
        value /= 100.0;
    return std::optional<double>(value);
}

// election bureaux (list) and election bureau (set): per bureau the registered count and
// the expected turnout of one election.
int bureauAction(Context& ctx, const QCommandLineParser& parser, bool set)
{
    std::unique_ptr<Database> db;
    Election election;
    int exit = Success;
    if (set && !parser.isSet(QStringLiteral("bureau")))
        return ctx.usage(tr("Name the bureau with --bureau."));
    if (set && !parser.isSet(QStringLiteral("registered")) && !parser.isSet(QStringLiteral("expected")))
        return ctx.usage(tr("Give --registered, --expected or both."));
    if (!openElection(ctx, parser, &db, &election, &exit))
        return exit;
    ElectionService service(*db);
    qint64 only = 0; // the bureau just set: the only one shown
    if (set) {
        auto bureau = findBureau(*db, parser.value(QStringLiteral("bureau")));
        if (!bureau)
            return ctx.fail(bureau.error());
        only = bureau->id;
        if (parser.isSet(QStringLiteral("registered"))) {
            const QString value = parser.value(QStringLiteral("registered")).trimmed();
            std::optional<qint64> registered;
            if (value != u"none") {
                bool ok = false;
                registered = value.toLongLong(&ok);
                if (!ok)
                    return ctx.usage(tr("--registered takes a number or none."));
            }
            if (Status s = service.setRegistered(election.id, bureau->id, registered); !s)
                return ctx.fail(s.error());
        }
        if (parser.isSet(QStringLiteral("expected"))) {
            const auto rate = parseRate(parser.value(QStringLiteral("expected")));
            if (!rate)
                return ctx.usage(tr("--expected takes a rate such as 62% or 0.62, or none."));
            if (Status s = service.setExpectedTurnout(election.id, bureau->id, *rate); !s)
                return ctx.fail(s.error());
        }
    }
    auto all = service.allBureauSettings(election.id);
    if (!all)
        return ctx.fail(all.error());
    ctx.out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(tr("Bureau"), -8)
                     .arg(tr("People"), 8)
                     .arg(tr("Registered"), 12)
                     .arg(tr("Expected"), 10);
    for (const BureauSettings& b : std::as_const(*all)) {
        if (only != 0 && b.districtId != only)
            continue;
        // An asterisk marks a figure entered for this election.
        const QString registered = QString::number(b.registered()) + (b.registeredOverride ? u"*" : u" ");
        const QString expected = percent(b.expectedTurnout) + (b.expectedOverride ? u"*" : u" ");
        ctx.out()
            << QStringLiteral("%1 %2 %3 %4\n").arg(b.code, -8).arg(b.counted, 8).arg(registered, 12).arg(expected, 10);
    }
    ctx.out().flush();
    return Success;
}

int electionCommand(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("name"), tr("The election's name (create)."), QStringLiteral("name") });
    parser.addOption(
        { QStringLiteral("date"), tr("The day of the vote, YYYY-MM-DD (create)."), QStringLiteral("date") });
    parser.addOption(
        { QStringLiteral("round"), tr("1 or 2 (create; default 1)."), QStringLiteral("n"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("closes"), tr("When the polls close, HH:MM (create; default 20:00)."),
        QStringLiteral("time"), QStringLiteral("20:00") });
    parser.addOption({ QStringLiteral("reference"),
        tr("An earlier election whose turnout through the day is the expected curve (create)."),
        QStringLiteral("election") });
    addElectionOption(parser);
    parser.addOption({ QStringLiteral("bureau"), tr("The bureau, by code (bureau)."), QStringLiteral("code") });
    parser.addOption({ QStringLiteral("registered"),
        tr("The official number of registered voters, or none for the campaign's count (bureau)."),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("expected"),
        tr("The final turnout expected, as 62% or 0.62, or none for the bureau's own (bureau)."),
        QStringLiteral("rate") });
    int exit = Success;
    if (!ctx.parse(parser,
            tr("Elections.\n"
               "  election create --name NAME --date YYYY-MM-DD [--round 1|2] [--closes HH:MM] "
               "[--reference ELECTION]\n"
               "  election list\n"
               "  election bureaux --election E\n"
               "  election bureau --election E --bureau B [--registered N|none] [--expected RATE|none]"),
            &exit, { { QStringLiteral("ACTION"), tr("create, list, bureaux or bureau.") } }))
        return exit;
    const QString action = parser.positionalArguments().value(0);
    if (action == u"bureaux" || action == u"bureau")
        return bureauAction(ctx, parser, action == u"bureau");
    if (action != u"create" && action != u"list")
        return ctx.usage(tr("Say create, list, bureaux or bureau."));
    auto db = ctx.openCampaign(false);
    if (!db)
        return ctx.fail(db.error());
    ElectionService service(**db);
    if (action == u"list") {
        auto all = service.elections();
        if (!all)
            return ctx.fail(all.error());
        for (const Election& e : std::as_const(*all))
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                             .arg(e.id, 3)
                             .arg(e.date.toString(Qt::ISODate))
                             .arg(tr("round %1").arg(e.round))
                             .arg(tr("closes %1").arg(e.closes.toString(QStringLiteral("HH:mm"))))
                             .arg(e.name);
        ctx.out().flush();
        return Success;
    }
    if (!parser.isSet(QStringLiteral("name")) || !parser.isSet(QStringLiteral("date")))
        return ctx.usage(tr("An election needs --name and --date."));
    const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        return ctx.usage(tr("--date takes a date as YYYY-MM-DD."));
    bool ok = false;
    const int round = parser.value(QStringLiteral("round")).toInt(&ok);
    if (!ok)
        return ctx.usage(tr("--round takes 1 or 2."));
    const QTime closes = QTime::fromString(parser.value(QStringLiteral("closes")), QStringLiteral("H:mm"));
    if (!closes.isValid())
        return ctx.usage(tr("--closes takes a time as HH:MM."));
    qint64 reference = 0;
    if (parser.isSet(QStringLiteral("reference"))) {
        auto ref = service.findElection(parser.value(QStringLiteral("reference")));
        if (!ref)
            return ctx.fail(ref.error());
        reference = ref->id;
    }
    auto id = service.createElection(parser.value(QStringLiteral("name")), date, round, closes, reference);
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << tr("Election %1 created: %2").arg(*id).arg(parser.value(QStringLiteral("name"))) << Qt::endl;
    return Success;
}

int turnoutCommand(Context& ctx)
{
    QCommandLineParser parser;
    addElectionOption(parser);
    parser.addOption({ QStringLiteral("bureau"), tr("The bureau, by code."), QStringLiteral("code") });
    parser.addOption(
        { QStringLiteral("time"), tr("The time of the figure: HH:MM, or close."), QStringLiteral("time") });
    parser.addOption({ QStringLiteral("count"), tr("How many have voted."), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("file"),
        tr("A CSV file of rows: bureau, time, count (a header line is allowed)."), QStringLiteral("file") });
    int exit = Success;
    if (!ctx.parse(parser,
            tr("Enters the official turnout published during the day (a figure replaces the one entered for the "
               "same bureau and time).\n"
               "  turnout --election E --bureau B --time HH:MM --count N\n"
               "  turnout --election E --file FILE"),
            &exit))
        return exit;
    const bool file = parser.isSet(QStringLiteral("file"));
    const bool single = parser.isSet(QStringLiteral("bureau")) || parser.isSet(QStringLiteral("time"))
        || parser.isSet(QStringLiteral("count"));
    if (file == single)
        return ctx.usage(tr("Give either --file, or --bureau, --time and --count."));
    std::unique_ptr<Database> db;
    Election election;
    if (!openElection(ctx, parser, &db, &election, &exit))
        return exit;
    ElectionService service(*db);
    if (file) {
        auto imported = service.importTurnout(election.id, parser.value(QStringLiteral("file")));
        if (!imported)
            return ctx.fail(imported.error());
        ctx.out() << tr("%1 figures entered (%2 new, %3 replaced).")
                         .arg(imported->rows)
                         .arg(imported->added)
                         .arg(imported->updated)
                  << Qt::endl;
        return Success;
    }
    if (!parser.isSet(QStringLiteral("bureau")) || !parser.isSet(QStringLiteral("time"))
        || !parser.isSet(QStringLiteral("count")))
        return ctx.usage(tr("Give --bureau, --time and --count."));
    bool ok = false;
    const qint64 count = parser.value(QStringLiteral("count")).toLongLong(&ok);
    if (!ok)
        return ctx.usage(tr("--count takes a number."));
    auto time = ElectionService::parseReportTime(election, parser.value(QStringLiteral("time")));
    if (!time)
        return ctx.usage(time.error().message);
    auto bureau = findBureau(*db, parser.value(QStringLiteral("bureau")));
    if (!bureau)
        return ctx.fail(bureau.error());
    if (auto recorded = service.recordTurnout(election.id, bureau->id, *time, count); !recorded)
        return ctx.fail(recorded.error());
    ctx.out() << tr("Bureau %1 at %2: %3 voters.").arg(bureau->code, time->toString(QStringLiteral("HH:mm"))).arg(count)
              << Qt::endl;
    return Success;
}

int markCommand(Context& ctx)
{
    QCommandLineParser parser;
    addElectionOption(parser);
    parser.addOption({ QStringLiteral("bureau"), tr("The bureau, by code."), QStringLiteral("code") });
    parser.addOption({ QStringLiteral("number"), tr("The voter's number on the bureau's list (numéro d'ordre)."),
        QStringLiteral("n") });
    parser.addOption({ QStringLiteral("source"),
        tr("How the campaign knows: phone, volunteer, delegate or signature-list (default volunteer)."),
        QStringLiteral("source"), QStringLiteral("volunteer") });
    parser.addOption({ QStringLiteral("author"), tr("Who marks (default: the user's name)."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("undo"), tr("Take back the latest mark this author made on this computer.") });
    int exit = Success;
    if (!ctx.parse(parser,
            tr("Marks a voter as having voted (a second mark of the same person is ignored).\n"
               "  mark --election E --bureau B --number N [--source S]\n"
               "  mark --election E --undo"),
            &exit))
        return exit;
    const bool undo = parser.isSet(QStringLiteral("undo"));
    if (!undo && (!parser.isSet(QStringLiteral("bureau")) || !parser.isSet(QStringLiteral("number"))))
        return ctx.usage(tr("Give --bureau and --number (or --undo)."));
    auto source = markSourceFromName(parser.value(QStringLiteral("source")));
    if (!source)
        return ctx.usage(source.error().message);
    bool ok = true;
    const qint64 number = undo ? 0 : parser.value(QStringLiteral("number")).toLongLong(&ok);
    if (!ok)
        return ctx.usage(tr("--number takes a number."));
    std::unique_ptr<Database> db;
    Election election;
    if (!openElection(ctx, parser, &db, &election, &exit))
        return exit;
    VoteMarker marker(*db, parser.value(QStringLiteral("author")));
    if (undo) {
        auto undone = marker.undoLast(election.id);
        if (!undone)
            return ctx.fail(undone.error());
        if (!undone->has_value())
            ctx.out() << tr("No mark of yours to take back.") << Qt::endl;
        else
            ctx.out() << tr("Mark taken back: %1 (bureau %2, number %3).")
                             .arg((*undone)->voter.name, (*undone)->voter.bureauCode)
                             .arg((*undone)->voter.listNumber.value_or(0))
                      << Qt::endl;
        return Success;
    }
    auto outcome = marker.markVoted(election.id, parser.value(QStringLiteral("bureau")), number, *source);
    if (!outcome)
        return ctx.fail(outcome.error());
    if (outcome->alreadyMarked)
        ctx.out() << tr("Already marked: %1 (%2, %3, by %4).")
                         .arg(outcome->voter.name, markSourceLabel(outcome->source),
                             outcome->at.toString(QStringLiteral("HH:mm")), outcome->author)
                  << Qt::endl;
    else
        ctx.out() << tr("Marked voted: %1 (bureau %2, number %3; %4).")
                         .arg(outcome->voter.name, outcome->voter.bureauCode)
                         .arg(number)
                         .arg(markSourceLabel(*source))
                  << Qt::endl;
    return Success;
}

int dashboardCommand(Context& ctx)
{
    QCommandLineParser parser;
    addElectionOption(parser);
    int exit = Success;
    if (!ctx.parse(parser, tr("Election-day figures per bureau, the most supporters still to bring out first."), &exit))
        return exit;
    std::unique_ptr<Database> db;
    Election election;
    if (!openElection(ctx, parser, &db, &election, &exit))
        return exit;
    auto figures = GotvDashboard(*db).figures(election.id);
    if (!figures)
        return ctx.fail(figures.error());
    ctx.out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                     .arg(tr("Bureau"), -8)
                     .arg(tr("Registered"), 10)
                     .arg(tr("Supporters"), 10)
                     .arg(tr("Voted"), 7)
                     .arg(tr("Official"), 14)
                     .arg(tr("Expected"), 9)
                     .arg(tr("Gap"), 7)
                     .arg(tr("Ours"), 7)
                     .arg(tr("By proxy"), 9)
                     .arg(tr("To bring out"), 12);
    for (const BureauFigures& f : std::as_const(*figures)) {
        const QString official = f.officialCount
            ? QStringLiteral("%1 (%2)").arg(percent(f.officialRate), f.officialTime.toString(QStringLiteral("HH:mm")))
            : QStringLiteral("-");
        const QString gap = f.gap ? QStringLiteral("%1%2").arg(*f.gap >= 0 ? u"+" : u"").arg(*f.gap * 100.0, 0, 'f', 1)
                                  : QStringLiteral("-");
        // By proxy: supporters to bring out who vote through a holder (+ procurations not made yet).
        const QString proxies = f.proxiesPending > 0 ? QStringLiteral("%1+%2").arg(f.byProxy).arg(f.proxiesPending)
                                                     : QString::number(f.byProxy);
        ctx.out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                         .arg(f.code, -8)
                         .arg(f.registered, 10)
                         .arg(f.supporters, 10)
                         .arg(f.supportersVoted, 7)
                         .arg(official, 14)
                         .arg(percent(f.expectedRate), 9)
                         .arg(gap, 7)
                         .arg(percent(f.supporterRate), 7)
                         .arg(proxies, 9)
                         .arg(f.toBringOut, 12);
    }
    ctx.out().flush();
    return Success;
}

int chaseCommand(Context& ctx)
{
    QCommandLineParser parser;
    addElectionOption(parser);
    parser.addOption({ QStringLiteral("bureau"),
        tr("The bureau, by code (repeat, or separate with commas, for several)."), QStringLiteral("code") });
    parser.addOption({ QStringLiteral("format"),
        tr("calllist (people to phone), walk (doors to knock) or sms-csv (a file for an SMS gateway)."),
        QStringLiteral("format"), QStringLiteral("calllist") });
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write (sms-csv)."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("make-list"),
        tr("Also make the list of exactly these people: a call list for the phone bank (calllist) "
           "or walk lists (walk).") });
    int exit = Success;
    if (!ctx.parse(parser,
            tr("The chase list: supporters (support 1-2) of the bureaux not yet marked voted, who may be "
               "reached that way, in walk order."),
            &exit))
        return exit;
    const QString format = parser.value(QStringLiteral("format"));
    ChaseChannel channel = ChaseChannel::Phone;
    if (format == u"walk")
        channel = ChaseChannel::Door;
    else if (format == u"sms-csv")
        channel = ChaseChannel::Sms;
    else if (format != u"calllist")
        return ctx.usage(tr("--format takes calllist, walk or sms-csv."));
    if (channel == ChaseChannel::Sms && !parser.isSet(QStringLiteral("output")))
        return ctx.usage(tr("Name the file to write with --output."));
    const bool makeList = parser.isSet(QStringLiteral("make-list"));
    if (makeList && channel == ChaseChannel::Sms)
        return ctx.usage(tr("--make-list goes with calllist or walk."));
    QStringList codes;
    for (const QString& value : parser.values(QStringLiteral("bureau")))
        codes << value.split(u',', Qt::SkipEmptyParts);
    if (codes.isEmpty())
        return ctx.usage(tr("Name at least one bureau with --bureau."));
    std::unique_ptr<Database> db;
    Election election;
    if (!openElection(ctx, parser, &db, &election, &exit))
        return exit;
    QList<qint64> bureaux;
    for (const QString& code : std::as_const(codes)) {
        auto bureau = findBureau(*db, code);
        if (!bureau)
            return ctx.fail(bureau.error());
        bureaux << bureau->id;
    }
    auto people = ChaseList(*db).build(election.id, bureaux, channel);
    if (!people)
        return ctx.fail(people.error());

    if (channel == ChaseChannel::Sms) {
        const QString path = parser.value(QStringLiteral("output"));
        auto writer = TableWriter::create(path, ExportFormat::StandardCsv); // neutralises formulas
        if (!writer)
            return ctx.fail(writer.error());
        Status s = (*writer)->writeHeader({ tr("phone"), tr("last_name"), tr("first_names"), tr("bureau") });
        for (qsizetype i = 0; s && i < people->size(); ++i) {
            const ChasePerson& p = people->at(i);
            // International digits without the '+' (what gateways take; a leading '+' would be neutralised).
            const QString phone = p.phone.startsWith(u'+') ? p.phone.mid(1) : p.phone;
            s = (*writer)->writeRow(
                { phone, p.usageName.isEmpty() ? p.lastName : p.usageName, p.firstNames, p.bureauCode });
        }
        if (s)
            s = (*writer)->commit();
        if (!s)
            return ctx.fail(s.error());
        const QString author = Repository::defaultAuthor();
        if (Status logged = logExport(*db, QStringLiteral("chase sms"), path, people->size(), author); !logged)
            return ctx.fail(logged.error());
        ctx.out() << tr("%1 people written to %2").arg(people->size()).arg(path) << Qt::endl;
        return Success;
    }
    if (makeList && !people->isEmpty()) {
        ListService lists(*db, Repository::defaultAuthor());
        Result<QList<ListSummary>> made = QList<ListSummary>();
        const QString name = tr("Chase %1 – bureau %2")
                                 .arg(QTime::currentTime().toString(QStringLiteral("HH:mm")),
                                      codes.join(QStringLiteral(", ")));
        if (channel == ChaseChannel::Phone) {
            QList<CallListTarget> targets;
            for (const ChasePerson& p : std::as_const(*people))
                targets << CallListTarget { p.personId, p.phoneId };
            made = lists.createCallListsFor(name, targets);
        } else {
            QList<qint64> ids;
            for (const ChasePerson& p : std::as_const(*people))
                ids << p.personId;
            WalkListOptions options;
            options.name = name;
            made = lists.createWalkListsFor(ids, options);
        }
        if (!made)
            return ctx.fail(made.error());
        for (const ListSummary& list : std::as_const(*made))
            ctx.err() << tr("List %1 made: %2 (%3 people).").arg(list.code, list.name).arg(list.people) << Qt::endl;
    }
    for (const ChasePerson& p : std::as_const(*people)) {
        ctx.out() << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(p.bureauCode, -4)
                         .arg(p.listNumber ? QString::number(*p.listNumber) : QString(), 6)
                         .arg(p.name(), -30)
                         .arg(channel == ChaseChannel::Phone ? p.phone : p.address(), -36)
                         .arg(p.proxyName.isEmpty() ? QString()
                                                    : tr("proxy: %1 (%2)").arg(p.proxyName, proxyLabel(p.proxyStatus)))
                         .trimmed()
                  << u'\n';
    }
    ctx.out().flush();
    ctx.err() << QCoreApplication::translate(
        "terrain::cli", "%n people to chase", nullptr, static_cast<int>(people->size()))
              << Qt::endl;
    return Success;
}

int proxyCommand(Context& ctx)
{
    QCommandLineParser parser;
    addElectionOption(parser);
    parser.addOption(
        { QStringLiteral("bureau"), tr("The voter's bureau, by code (set, remove)."), QStringLiteral("code") });
    parser.addOption(
        { QStringLiteral("number"), tr("The voter's numéro d'ordre (set, remove)."), QStringLiteral("n") });
    parser.addOption({ QStringLiteral("holder"), tr("Who votes for them (set)."), QStringLiteral("name") });
    parser.addOption({ QStringLiteral("status"),
        tr("needed, requested, established (confirmed) or cancelled (set; default requested)."),
        QStringLiteral("status"), QStringLiteral("requested") });
    parser.addOption({ QStringLiteral("note"), tr("A note (set)."), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("every-election"),
        tr("The proxy covers every election of the campaign, not only --election (set).") });
    int exit = Success;
    if (!ctx.parse(parser,
            tr("Proxy votes (procurations) per voter.\n"
               "  proxy list --election E\n"
               "  proxy set --election E --bureau B --number N --holder NAME [--status S] [--note TEXT]\n"
               "  proxy remove --election E --bureau B --number N"),
            &exit, { { QStringLiteral("ACTION"), tr("list, set or remove.") } }))
        return exit;
    const QString action = parser.positionalArguments().value(0);
    if (action != u"list" && action != u"set" && action != u"remove")
        return ctx.usage(tr("Say list, set or remove."));
    if (action != u"list" && (!parser.isSet(QStringLiteral("bureau")) || !parser.isSet(QStringLiteral("number"))))
        return ctx.usage(tr("Name the voter with --bureau and --number."));
    if (action == u"set" && !parser.isSet(QStringLiteral("holder")))
        return ctx.usage(tr("Name the proxy holder with --holder."));
    auto status = proxyStatusFromName(parser.value(QStringLiteral("status")));
    if (!status)
        return ctx.usage(status.error().message);
    std::unique_ptr<Database> db;
    Election election;
    if (!openElection(ctx, parser, &db, &election, &exit))
        return exit;
    ElectionService service(*db);
    if (action != u"list") {
        bool ok = false;
        const qint64 number = parser.value(QStringLiteral("number")).toLongLong(&ok);
        if (!ok)
            return ctx.usage(tr("--number takes a number."));
        auto bureau = findBureau(*db, parser.value(QStringLiteral("bureau")));
        if (!bureau)
            return ctx.fail(bureau.error());
        auto voter = VoteMarker(*db).findVoter(election.id, bureau->id, number);
        if (!voter)
            return ctx.fail(voter.error());
        if (action == u"set") {
            const qint64 scope = parser.isSet(QStringLiteral("every-election")) ? 0 : election.id;
            auto id = service.setProxy(voter->personId, scope, parser.value(QStringLiteral("holder")), *status,
                parser.value(QStringLiteral("note")));
            if (!id)
                return ctx.fail(id.error());
            ctx.out() << tr("Proxy of %1: %2 (%3).")
                             .arg(voter->name, parser.value(QStringLiteral("holder")).trimmed(),
                                 proxyStatusLabel(*status))
                      << Qt::endl;
            return Success;
        }
        auto all = service.proxies(election.id);
        if (!all)
            return ctx.fail(all.error());
        int removed = 0;
        for (const Proxy& p : std::as_const(*all)) {
            if (p.personId != voter->personId)
                continue;
            if (Status s = service.removeProxy(p.id); !s)
                return ctx.fail(s.error());
            ++removed;
        }
        if (removed == 0)
            return ctx.fail(makeError(QStringLiteral("proxy.missing"), tr("%1 has no proxy.").arg(voter->name)));
        ctx.out() << tr("Proxy of %1 removed.").arg(voter->name) << Qt::endl;
        return Success;
    }
    auto all = service.proxies(election.id);
    if (!all)
        return ctx.fail(all.error());
    for (const Proxy& p : std::as_const(*all)) {
        ctx.out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(p.bureauCode, -4)
                         .arg(p.listNumber ? QString::number(*p.listNumber) : QString(), 6)
                         .arg(p.personName, -30)
                         .arg(p.proxyName, -24)
                         .arg(proxyStatusName(p.status), -10)
                         .arg(p.voted ? tr("voted") : QString())
                         .trimmed()
                  << u'\n';
    }
    ctx.out().flush();
    ctx.err() << QCoreApplication::translate("terrain::cli", "%n proxies", nullptr, static_cast<int>(all->size()))
              << Qt::endl;
    return Success;
}

int purgeCommand(Context& ctx)
{
    QCommandLineParser parser;
    addElectionOption(parser);
    parser.addOption(
        { QStringLiteral("source"), tr("The marks to delete, by source (signature-list)."), QStringLiteral("source") });
    int exit = Success;
    if (!ctx.parse(parser,
            tr("Deletes an election's vote marks of one source, on every computer through sync. Marks taken "
               "from the signature list must be destroyed after the second round."),
            &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("source")))
        return ctx.usage(tr("Name the marks to delete with --source."));
    auto source = markSourceFromName(parser.value(QStringLiteral("source")));
    if (!source)
        return ctx.usage(source.error().message);
    std::unique_ptr<Database> db;
    Election election;
    if (!openElection(ctx, parser, &db, &election, &exit))
        return exit;
    auto purged = VoteMarker(*db).purge(election.id, *source);
    if (!purged)
        return ctx.fail(purged.error());
    ctx.out() << tr("%1 marks deleted (%2).").arg(*purged).arg(markSourceName(*source)) << Qt::endl;
    return Success;
}

} // namespace

QList<Command> gotvCommands()
{
    return {
        { "election", QT_TRANSLATE_NOOP("terrain::cli", "Create or list elections"), electionCommand },
        { "turnout", QT_TRANSLATE_NOOP("terrain::cli", "Enter the official turnout of a bureau"), turnoutCommand },
        { "mark", QT_TRANSLATE_NOOP("terrain::cli", "Mark a voter as having voted"), markCommand },
        { "dashboard", QT_TRANSLATE_NOOP("terrain::cli", "Election-day figures per bureau"), dashboardCommand },
        { "chase", QT_TRANSLATE_NOOP("terrain::cli", "Supporters still to bring out to vote"), chaseCommand },
        { "proxy", QT_TRANSLATE_NOOP("terrain::cli", "Proxy votes (procurations) per voter"), proxyCommand },
        { "purge", QT_TRANSLATE_NOOP("terrain::cli", "Delete an election's vote marks of one source"), purgeCommand },
    };
}

} // namespace terrain::cli
