// terrain-cli sync: one sync of the campaign with terrain-server.
#include "clicontext.h"

#include "sync/httpsynctransport.h"
#include "sync/syncclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QUrl>

#ifdef TERRAIN_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace terrain::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::cli", text);
}

// The system keychain entry the desktop's Sync page uses (ui/credentialstore.h: service
// "terrain", key "user@server"): it holds the sign-in token, never a password, so the CLI and
// the desktop share one session and a leaked entry expires and can be revoked.
QString keychainKey(const QUrl& server, const QString& user)
{
    return user + u'@' + server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

#ifdef TERRAIN_HAVE_KEYCHAIN
Error keychainError(const QKeychain::Job& job)
{
    return makeError(QStringLiteral("keychain.unavailable"), tr("The system keychain is not available."),
                     job.errorString());
}

// QtKeychain answers through the event loop: wait for it. An absent entry is an empty string.
template <typename JobType> QKeychain::Error runKeychainJob(JobType& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file instead of the keychain
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error();
}

Result<QString> readKeychain(const QString& key)
{
    QKeychain::ReadPasswordJob job(QStringLiteral("terrain"));
    job.setKey(key);
    const QKeychain::Error error = runKeychainJob(job);
    if (error == QKeychain::EntryNotFound)
        return QString();
    if (error != QKeychain::NoError)
        return keychainError(job);
    return job.textData();
}

Status writeKeychain(const QString& key, const QString& secret)
{
    QKeychain::WritePasswordJob job(QStringLiteral("terrain"));
    job.setKey(key);
    job.setTextData(secret);
    if (runKeychainJob(job) != QKeychain::NoError)
        return keychainError(job);
    return {};
}

Status removeKeychain(const QString& key)
{
    QKeychain::DeletePasswordJob job(QStringLiteral("terrain"));
    job.setKey(key);
    const QKeychain::Error error = runKeychainJob(job);
    if (error != QKeychain::NoError && error != QKeychain::EntryNotFound)
        return keychainError(job);
    return {};
}
#else
Error noKeychain()
{
    return makeError(QStringLiteral("keychain.unavailable"),
                     tr("This terrain-cli was built without the system keychain: give the password on standard input."));
}
Result<QString> readKeychain(const QString&)
{
    return QString();
}
Status writeKeychain(const QString&, const QString&)
{
    return noKeychain();
}
Status removeKeychain(const QString&)
{
    return noKeychain();
}
#endif

int sync(Context& ctx)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("server"), tr("The server, e.g. https://sync.example.org or http://127.0.0.1:8765."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("user"), tr("Your user name on the server."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("remember"),
                      tr("Keep the sign-in in the system keychain (as the desktop app does), so later syncs need no"
                         " password until it expires.")});
    parser.addOption({QStringLiteral("forget"),
                      tr("Sign out: remove the sign-in from the system keychain and revoke it on the server.")});
    int exit = Success;
    if (!ctx.parse(parser,
                   tr("Sends this campaign's changes to the server and receives the others'. The password is read"
                      " from the first line of standard input; without one, the sign-in kept in the system keychain"
                      " (by --remember or the desktop app's Sync page) is used."),
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
    const QString key = keychainKey(server, user);
    HttpSyncTransport transport(server);

    if (parser.isSet(QStringLiteral("forget"))) {
        auto token = readKeychain(key);
        if (!token)
            return ctx.fail(token.error());
        if (!token->isEmpty()) {
            // Best effort: offline, the token simply expires.
            transport.setToken(*token);
            (void)transport.send("POST", QStringLiteral("/v1/logout"), QJsonObject());
        }
        if (Status s = removeKeychain(key); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Signed out: %1 is no longer kept in the keychain.").arg(key) << Qt::endl;
        return Success;
    }

    QTextStream in(stdin);
    const QString password = in.readLine();
    bool fromKeychain = false;
    if (password.isEmpty()) {
        auto token = readKeychain(key);
        if (!token || token->isEmpty()) {
            QString message = tr("Give the password on standard input (or sign in once with --remember).");
            if (!token)
                message += u'\n' + token.error().toString();
            return ctx.usage(message);
        }
        transport.setToken(*token);
        fromKeychain = true;
    }

    auto db = ctx.openCampaign();
    if (!db)
        return ctx.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    if (!fromKeychain) {
        if (Status s = transport.login(user, password); !s)
            return ctx.fail(s.error());
        if (parser.isSet(QStringLiteral("remember"))) {
            if (Status s = writeKeychain(key, transport.token()); !s) {
                (void)transport.send("POST", QStringLiteral("/v1/logout"), QJsonObject());
                return ctx.fail(s.error());
            }
        }
    }
    SyncClient client(**db, transport);
    auto report = client.sync();
    if (!report) {
        if (fromKeychain && report.error().detail.startsWith(QStringLiteral("HTTP 401"))) {
            // Expired or revoked: the kept sign-in is of no more use (the desktop drops it too).
            (void)removeKeychain(key);
            return ctx.fail(makeError(QStringLiteral("sync.signin"),
                                      tr("The sign-in kept in the keychain has expired: give the password on standard"
                                         " input (with --remember to keep the new one)."),
                                      report.error().detail));
        }
        return ctx.fail(report.error());
    }
    ctx.out() << tr("Synced in %1 ms: %2 rows sent, %3 received (%4 changed here); %5 KiB sent, %6 KiB received (gzip, as on the wire).")
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
    if (!fromKeychain && !parser.isSet(QStringLiteral("remember")))
        (void)transport.send("POST", QStringLiteral("/v1/logout"), QJsonObject());
    return Success;
}

} // namespace

QList<Command> syncCommands()
{
    return {{"sync", QT_TRANSLATE_NOOP("terrain::cli", "sync the campaign with terrain-server"), sync}};
}

} // namespace terrain::cli
