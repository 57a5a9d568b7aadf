// terrain-cli sync: one sync of the campaign with terrain-server.
#include "clicontext.h"

#include "sync/httpsynctransport.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QUrl>

namespace terrain::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::cli", text);
}

int sync(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("server"), tr("The server, e.g. https://sync.example.org or http://127.0.0.1:8765."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("user"), tr("Your user name on the server."), QStringLiteral("name")});
    int exit = Success;
    if (!ctx.parse(parser,
                   tr("Sends this campaign's changes to the server and receives the others'. The password is read"
                      " from the first line of standard input."),
                   &exit))
        return exit;
    const QUrl server(parser.value(QStringLiteral("server")));
    const QString user = parser.value(QStringLiteral("user"));
    if (!server.isValid() || (server.scheme() != u"http" && server.scheme() != u"https") || server.host().isEmpty())
        return ctx.usage(tr("--server takes an http:// or https:// address."));
    if (user.isEmpty())
        return ctx.usage(tr("--user is required."));
    const QHostAddress host(server.host());
    const bool loopback = server.host() == u"localhost" || (!host.isNull() && host.isLoopback());
    if (server.scheme() == u"http" && !loopback)
        return ctx.fail(makeError(QStringLiteral("sync.tls"),
                                  tr("Passwords and voters' data only travel encrypted: use an https:// address."),
                                  server.toString()));
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty())
        return ctx.usage(tr("Give the password on standard input."));

    auto db = ctx.openCampaign();
    if (!db)
        return ctx.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    HttpSyncTransport transport(server);
    if (Status s = transport.login(user, password); !s)
        return ctx.fail(s.error());
    SyncClient client(**db, transport);
    auto report = client.sync();
    if (!report)
        return ctx.fail(report.error());
    ctx.out() << tr("Synced in %1 ms: %2 rows sent, %3 received (%4 changed here); %5 KiB sent, %6 KiB received (unpacked).")
                     .arg(timer.elapsed())
                     .arg(report->pushed)
                     .arg(report->pulled)
                     .arg(report->changed)
                     .arg(transport.bytesSent() / 1024)
                     .arg(transport.bytesReceived() / 1024)
              << Qt::endl;
    if (report->epochChanged)
        ctx.out() << tr("The server was restored from a backup: this laptop sent everything again.") << Qt::endl;
    if (report->conflicts > 0)
        ctx.out() << tr("%1 conflicting values kept in the conflict log for review.").arg(report->conflicts) << Qt::endl;
    if (report->rejected > 0)
        ctx.out() << tr("%1 changes refused by the server (see the rejected changes).").arg(report->rejected) << Qt::endl;
    if (report->deferred > 0)
        ctx.out() << tr("%1 rows wait for rows they refer to.").arg(report->deferred) << Qt::endl;
    (void)transport.send("POST", QStringLiteral("/v1/logout"), QJsonObject());
    return Success;
}

} // namespace

QList<Command> syncCommands()
{
    return {{"sync", QT_TRANSLATE_NOOP("terrain::cli", "sync the campaign with terrain-server"), sync}};
}

} // namespace terrain::cli
