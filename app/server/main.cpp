// terrain-server: the campaign's sync server (DESIGN.md section 4). Headless, core only.
#include "server/httpserver.h"
#include "server/serveraccounts.h"
#include "server/serverstore.h"
#include "server/syncservice.h"
#include "util/memory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

#include <cstdio>

using namespace terrain;

namespace {

enum Exit { Success = 0, Failure = 1, Usage = 2 };

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::server", text);
}

// One JSON object per line on stderr: what a log collector (journald, Loki) reads best.
void logHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const char* const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    QJsonObject line{{QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("level"), QLatin1StringView(levels[type])},
                     {QStringLiteral("category"), QLatin1StringView(context.category ? context.category : "default")}};
    const QJsonDocument inner = QJsonDocument::fromJson(message.toUtf8());
    if (inner.isObject())
        line.insert(QStringLiteral("data"), inner.object());
    else
        line.insert(QStringLiteral("msg"), message);
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stderr);
    std::fflush(stderr);
}

struct Options
{
    QString config;
    QString sqlite = QStringLiteral("terrain-server.db");
    QString postgres;
    QString listen = QStringLiteral("127.0.0.1");
    int port = 8765;
    QString certificate;
    QString key;
    double tokenHours = 12;
};

void addStorageOptions(QCommandLineParser& parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), tr("A configuration file (INI, section [server])."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("db"), tr("The SQLite file of the server (default terrain-server.db)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("postgres"), tr("Use PostgreSQL: postgresql://user:password@host:port/database."),
                      QStringLiteral("url")});
}

// Configuration file first, then the flags over it.
Options readOptions(const QCommandLineParser& parser)
{
    Options options;
    const QString config = parser.isSet(QStringLiteral("config")) ? parser.value(QStringLiteral("config"))
                                                                  : qEnvironmentVariable("TERRAIN_SERVER_CONFIG");
    if (!config.isEmpty()) {
        QSettings file(config, QSettings::IniFormat);
        file.beginGroup(QStringLiteral("server"));
        options.sqlite = file.value(QStringLiteral("db"), options.sqlite).toString();
        options.postgres = file.value(QStringLiteral("postgres"), options.postgres).toString();
        options.listen = file.value(QStringLiteral("listen"), options.listen).toString();
        options.port = file.value(QStringLiteral("port"), options.port).toInt();
        options.certificate = file.value(QStringLiteral("cert"), options.certificate).toString();
        options.key = file.value(QStringLiteral("key"), options.key).toString();
        options.tokenHours = file.value(QStringLiteral("token-hours"), options.tokenHours).toDouble();
    }
    auto flag = [&parser](const char* name, QString* target) {
        if (parser.optionNames().contains(QLatin1StringView(name)) && parser.isSet(QLatin1StringView(name)))
            *target = parser.value(QLatin1StringView(name));
    };
    flag("db", &options.sqlite);
    flag("postgres", &options.postgres);
    flag("listen", &options.listen);
    flag("cert", &options.certificate);
    flag("key", &options.key);
    QString port;
    flag("port", &port);
    if (!port.isEmpty())
        options.port = port.toInt();
    return options;
}

Result<std::unique_ptr<ServerStore>> openStore(const Options& options, bool mustExist)
{
    if (options.postgres.isEmpty() && mustExist && !QFileInfo::exists(options.sqlite))
        return makeError(QStringLiteral("server.missing"), tr("No server database here: run terrain-server init first."),
                         options.sqlite);
    auto store = ServerStore::open({options.sqlite, options.postgres});
    if (!store)
        return store;
    if (mustExist && !(*store)->isInitialized())
        return makeError(QStringLiteral("server.missing"), tr("The server database is not initialised: run terrain-server init."));
    if (mustExist) {
        // Tables a newer version added (CREATE IF NOT EXISTS: harmless when they are there).
        if (Status s = (*store)->initialize(); !s)
            return s.error();
    }
    return store;
}

int fail(const Error& error)
{
    QTextStream(stderr) << tr("Error: %1").arg(error.toString()) << Qt::endl;
    return Failure;
}

int usage(QCommandLineParser& parser, const QString& message)
{
    QTextStream(stderr) << message << Qt::endl << parser.helpText();
    return Usage;
}

// Parses; false when the command stops here (--help or a usage error).
bool parse(QCommandLineParser& parser, const QStringList& arguments, const QString& description, int* exit)
{
    parser.setApplicationDescription(description);
    if (!parser.parse(arguments)) {
        *exit = usage(parser, parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exit = Success;
        return false;
    }
    return true;
}

QString readPassword()
{
    QTextStream in(stdin);
    return in.readLine();
}

int init(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStorageOptions(parser);
    int exit = Success;
    if (!parse(parser, arguments, tr("Creates the server's database (or checks an existing one)."), &exit))
        return exit;
    const Options options = readOptions(parser);
    auto store = openStore(options, false);
    if (!store)
        return fail(store.error());
    if (Status s = (*store)->initialize(); !s)
        return fail(s.error());
    QTextStream(stdout) << tr("Server database ready (epoch %1).").arg((*store)->epoch()) << Qt::endl;
    return Success;
}

int serve(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStorageOptions(parser);
    parser.addOption({QStringLiteral("listen"), tr("The address to listen on (default 127.0.0.1)."), QStringLiteral("address")});
    parser.addOption({QStringLiteral("port"), tr("The port (default 8765; 0 picks a free one)."), QStringLiteral("port")});
    parser.addOption({QStringLiteral("cert"), tr("TLS certificate (PEM), needed off loopback."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("key"), tr("TLS private key (PEM), needed off loopback."), QStringLiteral("file")});
    int exit = Success;
    if (!parse(parser, arguments, tr("Serves the sync protocol until stopped."), &exit))
        return exit;
    const Options options = readOptions(parser);
    const QHostAddress address(options.listen == u"localhost" ? QStringLiteral("127.0.0.1") : options.listen);
    if (address.isNull())
        return usage(parser, tr("--listen takes an IP address."));
    if (options.port < 0 || options.port > 65535)
        return usage(parser, tr("--port takes a number from 0 to 65535."));
    auto store = openStore(options, true);
    if (!store)
        return fail(store.error());
    SyncService::Settings settings;
    settings.accounts.tokenLifetimeMs = static_cast<qint64>(options.tokenHours * 3600 * 1000);
    SyncService service(**store, settings);
    HttpServer server(service, HttpServer::Limits());
    if (Status s = server.listen(address, static_cast<quint16>(options.port), options.certificate, options.key); !s)
        return fail(s.error());
    QTextStream(stdout) << tr("Listening on %1:%2").arg(address.toString()).arg(server.port()) << Qt::endl;
    qInfo().noquote() << QStringLiteral("listening on %1:%2, %3, epoch %4")
                             .arg(address.toString())
                             .arg(server.port())
                             .arg((*store)->isPostgres() ? QStringLiteral("PostgreSQL") : options.sqlite)
                             .arg((*store)->epoch());
    return QCoreApplication::exec();
}

int user(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStorageOptions(parser);
    parser.addOption({QStringLiteral("role"), tr("admin, coordinator or volunteer (for add)."), QStringLiteral("role")});
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, passwd, disable, enable or list."));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The user name."));
    int exit = Success;
    if (!parse(parser, arguments,
               tr("Manages the accounts. add and passwd read the password from the first line of standard input."),
               &exit))
        return exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != u"list" && positional.size() != 2)
        return usage(parser, tr("Give an action and a user name."));
    const QString name = positional.value(1);
    auto store = openStore(readOptions(parser), true);
    if (!store)
        return fail(store.error());
    ServerAccounts accounts(**store);
    QTextStream out(stdout);
    if (action == u"add") {
        const QString role = parser.value(QStringLiteral("role"));
        if (!ServerAccounts::isRole(role))
            return usage(parser, tr("--role takes admin, coordinator or volunteer."));
        if (Status s = accounts.addUser(name, role, readPassword(), QDateTime::currentMSecsSinceEpoch()); !s)
            return fail(s.error());
        out << tr("User %1 added (%2).").arg(name, role) << Qt::endl;
    } else if (action == u"passwd") {
        if (Status s = accounts.setPassword(name, readPassword()); !s)
            return fail(s.error());
        out << tr("Password of %1 changed; their sessions are signed out.").arg(name) << Qt::endl;
    } else if (action == u"disable" || action == u"enable") {
        if (Status s = accounts.setDisabled(name, action == u"disable"); !s)
            return fail(s.error());
        out << (action == u"disable" ? tr("User %1 disabled and signed out.") : tr("User %1 enabled.")).arg(name)
            << Qt::endl;
    } else if (action == u"list") {
        auto all = (*store)->users();
        if (!all)
            return fail(all.error());
        for (const ServerUser& u : *all)
            out << u.name << '\t' << u.role << (u.disabled ? QStringLiteral("\tdisabled") : QString()) << Qt::endl;
    } else {
        return usage(parser, tr("Unknown action: %1").arg(action));
    }
    return Success;
}

int backup(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStorageOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup file to write."));
    int exit = Success;
    if (!parse(parser, arguments, tr("Writes a consistent copy of the server's database (SQLite), even while it serves."),
               &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, tr("Give the backup file."));
    const QString file = parser.positionalArguments().first();
    if (QFileInfo::exists(file))
        return fail(makeError(QStringLiteral("server.exists"), tr("The backup file already exists."), file));
    auto store = openStore(readOptions(parser), true);
    if (!store)
        return fail(store.error());
    if (Status s = (*store)->backup(file); !s)
        return fail(s.error());
    QTextStream(stdout) << tr("Backup written: %1").arg(file) << Qt::endl;
    return Success;
}

int restore(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStorageOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The backup file to restore."));
    int exit = Success;
    if (!parse(parser, arguments,
               tr("Replaces the server's SQLite database by a backup (stop the server first) and starts a new epoch:"
                  " laptops push again what the backup lacks."),
               &exit))
        return exit;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, tr("Give the backup file."));
    const Options options = readOptions(parser);
    if (!options.postgres.isEmpty())
        return fail(makeError(QStringLiteral("server.restore"),
                              tr("With PostgreSQL, restore with pg_restore, then run terrain-server new-epoch.")));
    const QString file = parser.positionalArguments().first();
    if (!QFileInfo::exists(file))
        return fail(makeError(QStringLiteral("server.missing"), tr("The backup file does not exist."), file));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(options.sqlite + suffix);
    if (!QFile::copy(file, options.sqlite))
        return fail(makeError(QStringLiteral("server.restore"), tr("Cannot copy the backup."), options.sqlite));
    auto store = openStore(options, true);
    if (!store)
        return fail(store.error());
    if (Status s = (*store)->renewEpoch(); !s)
        return fail(s.error());
    QTextStream(stdout) << tr("Restored; new epoch %1.").arg((*store)->epoch()) << Qt::endl;
    return Success;
}

int newEpoch(const QStringList& arguments)
{
    QCommandLineParser parser;
    addStorageOptions(parser);
    int exit = Success;
    if (!parse(parser, arguments, tr("Starts a new epoch (after restoring the database by other means)."), &exit))
        return exit;
    auto store = openStore(readOptions(parser), true);
    if (!store)
        return fail(store.error());
    if (Status s = (*store)->renewEpoch(); !s)
        return fail(s.error());
    QTextStream(stdout) << tr("New epoch %1.").arg((*store)->epoch()) << Qt::endl;
    return Success;
}

struct Command
{
    const char* name;
    const char* summary;
    int (*run)(const QStringList&);
};

const Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("terrain::server", "create the server's database"), init},
    {"serve", QT_TRANSLATE_NOOP("terrain::server", "serve the sync protocol"), serve},
    {"user", QT_TRANSLATE_NOOP("terrain::server", "add, passwd, disable, enable, list accounts"), user},
    {"backup", QT_TRANSLATE_NOOP("terrain::server", "write a backup of the database"), backup},
    {"restore", QT_TRANSLATE_NOOP("terrain::server", "restore a backup (new epoch)"), restore},
    {"new-epoch", QT_TRANSLATE_NOOP("terrain::server", "start a new epoch after a manual restore"), newEpoch},
};

int help(QTextStream& stream)
{
    stream << tr("Usage: terrain-server COMMAND [options]   (terrain-server COMMAND --help for details)") << "\n\n"
           << tr("Commands:") << '\n';
    for (const Command& command : kCommands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(10) << ' ' << tr(command.summary) << '\n';
    stream.flush();
    return Success;
}

} // namespace

int main(int argc, char* argv[])
{
    terrain::tuneMemoryAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("terrain-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TERRAIN_VERSION));
    qInstallMessageHandler(logHandler);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        QTextStream err(stderr);
        help(err);
        return Usage;
    }
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        QTextStream out(stdout);
        return help(out);
    }
    if (name == u"--version") {
        QTextStream(stdout) << "terrain-server " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    for (const Command& command : kCommands) {
        if (name == QLatin1StringView(command.name)) {
            arguments.removeAt(1);
            arguments[0] = QStringLiteral("terrain-server ") + name;
            return command.run(arguments);
        }
    }
    QTextStream err(stderr);
    err << tr("Unknown command: %1").arg(name) << "\n\n";
    help(err);
    return Usage;
}
