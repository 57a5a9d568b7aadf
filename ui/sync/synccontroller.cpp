#include "ui/sync/synccontroller.h"

#include "sync/httpsynctransport.h"
#include "sync/syncclient.h"
#include "ui/campaignsession.h"
#include "ui/credentialstore.h"
#include "ui/databaseworker.h"
#include "util/logging.h"

#include <algorithm>

#include <QHostAddress>
#include <QJsonObject>
#include <QNetworkInformation>

namespace terrain {

struct SyncOutcome
{
    std::optional<Error> error;
    SyncReport report;
    std::optional<SyncStatus> status;
};

namespace {

constexpr int kDefaultIntervalMs = 2 * 60 * 1000;
constexpr int kDefaultEditDelayMs = 5000;
constexpr int kMaxRetryMs = 5 * 60 * 1000;
constexpr int kRequestTimeoutMs = 30000;

} // namespace

SyncController::SyncController(CampaignSession& session, QObject* parent) : QObject(parent), m_session(session)
{
    m_worker = new DatabaseWorker(session.path(), this);
    m_periodic.setInterval(kDefaultIntervalMs);
    m_editDelay.setInterval(kDefaultEditDelayMs);
    m_editDelay.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_editDelay, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_retry, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&session, &CampaignSession::peopleChanged, this, &SyncController::afterLocalEdit);
    connect(&session, &CampaignSession::personChanged, this, &SyncController::afterLocalEdit);
    connect(m_worker, &DatabaseWorker::failed, this, [this](const QString& message, const QString& detail) {
        setError({ QStringLiteral("sync.worker"), message, detail });
        setState(State::Failed);
    });
    m_status.pending = SyncStatus::pendingChanges(session.db());
    watchNetwork();
    restore();
}

SyncController::~SyncController() = default;

QString SyncController::credentialKey() const
{
    return CredentialStore::key(m_server, m_user);
}

std::optional<QString> SyncController::checkServer(const QUrl& server)
{
    if (!server.isValid() || (server.scheme() != u"http" && server.scheme() != u"https") || server.host().isEmpty())
        return tr("Give the server's address, e.g. https://sync.example.org.");
    const QHostAddress host(server.host());
    const bool loopback = server.host() == u"localhost" || (!host.isNull() && host.isLoopback());
    if (server.scheme() == u"http" && !loopback)
        return tr("Passwords and voters' data only travel encrypted: use an https:// address.");
    return std::nullopt;
}

void SyncController::restore()
{
    const QUrl account = SyncStatus::account(m_session.db());
    if (account.isEmpty())
        return;
    m_user = account.userName();
    m_server = account.adjusted(QUrl::RemoveUserInfo);
    setState(State::Restoring);
    CredentialStore::read(credentialKey(), this, [this](Result<QString> token) {
        if (!token) {
            setError(token.error());
            setState(State::SignedOut);
            return;
        }
        m_token = *token;
        if (m_token.isEmpty()) {
            setState(State::SignedOut);
            return;
        }
        m_periodic.start();
        syncNow();
    });
}

void SyncController::signIn(const QUrl& server, const QString& user, const QString& password)
{
    if (isBusy())
        return;
    if (auto problem = checkServer(server)) {
        setError({ QStringLiteral("sync.address"), *problem, {} });
        setState(State::SignedOut);
        return;
    }
    if (user.isEmpty() || password.isEmpty()) {
        setError({ QStringLiteral("sync.login"), tr("Give your user name and password."), {} });
        setState(State::SignedOut);
        return;
    }
    m_server = server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    m_user = user;
    m_error.clear();
    m_errorDetail.clear();
    m_notice.clear();
    setState(State::SigningIn);
    m_worker->run(
        [server = m_server, user, password](Database&) -> Result<QString> {
            HttpSyncTransport transport(server);
            transport.setTimeout(kRequestTimeoutMs);
            if (Status s = transport.login(user, password); !s)
                return s.error();
            return transport.token();
        },
        [this](Result<QString> token) {
            if (!token) {
                setError(token.error());
                setState(State::SignedOut);
                return;
            }
            m_token = *token;
            QUrl account = m_server;
            account.setUserName(m_user);
            if (Status s = SyncStatus::setAccount(m_session.db(), account); !s)
                qCWarning(lcSync) << "cannot remember the sync server:" << s.error().toString();
            CredentialStore::write(credentialKey(), m_token, this, [this](Status stored) {
                if (!stored) {
                    // Still signed in, for this session: the user is told the sign-in is not remembered.
                    m_notice = stored.error().message;
                    qCWarning(lcSync) << "keychain:" << stored.error().toString();
                }
                m_periodic.start();
                m_state = State::Pending; // leaves SigningIn so that syncNow starts
                syncNow();
            });
        });
}

void SyncController::signOut()
{
    if (!isSignedIn() && m_state != State::SignedOut) {
        setState(State::SignedOut);
        return;
    }
    const QString token = m_token;
    const QUrl server = m_server;
    clearToken();
    CredentialStore::remove(credentialKey(), this, [this](Status removed) {
        if (!removed)
            setError(removed.error());
    });
    // Revoke on the server too; best effort (offline, the token simply expires).
    m_worker->run(
        [server, token](Database&) {
            HttpSyncTransport transport(server);
            transport.setTimeout(5000);
            transport.setToken(token);
            return transport.send("POST", QStringLiteral("/v1/logout"), QJsonObject()).ok();
        },
        [](bool) {});
    setState(State::SignedOut);
}

void SyncController::clearToken()
{
    m_token.clear();
    m_periodic.stop();
    m_editDelay.stop();
    m_retry.stop();
    m_again = false;
}

void SyncController::syncNow()
{
    if (!isSignedIn())
        return;
    if (isBusy() || m_worker->isBusy()) {
        m_again = true;
        return;
    }
    startSync();
}

void SyncController::startSync()
{
    m_editDelay.stop();
    m_retry.stop();
    setState(State::Syncing);
    // One job at a time on this worker: the HTTP transport runs a local event loop, which
    // would otherwise start a queued job in the middle of this one.
    m_worker->run(
        [server = m_server, token = m_token](Database& db) {
            SyncOutcome outcome;
            HttpSyncTransport transport(server);
            transport.setTimeout(kRequestTimeoutMs);
            transport.setToken(token);
            SyncClient client(db, transport);
            auto report = client.sync();
            if (report)
                outcome.report = *report;
            else
                outcome.error = report.error();
            if (auto status = SyncStatus::read(db))
                outcome.status = std::move(*status);
            return outcome;
        },
        [this](const SyncOutcome& outcome) { finishSync(outcome.error, outcome); });
    // Next on the worker, while the window shows what came: the write-ahead log the sync
    // filled goes back into the file (not in the window's next edit).
    m_worker->run([](Database& db) { return db.checkpoint(); }, [](const Status&) {});
}

void SyncController::finishSync(const std::optional<Error>& error, const SyncOutcome& outcome)
{
    if (outcome.status)
        m_status = *outcome.status;
    if (!isSignedIn()) { // signed out while it ran
        Q_EMIT statusChanged();
        return;
    }
    if (outcome.report.changed > 0) {
        m_applyingRemote = true;
        m_session.notifyPeopleChanged();
        m_applyingRemote = false;
    }
    if (!error) {
        m_error.clear();
        m_errorDetail.clear();
        m_offline = false;
        m_retryMs = 0;
        setState(restingState());
    } else if (error->code == u"sync.network") {
        setError(*error);
        m_offline = true;
        // Back off: 15 s, 30 s, 1 min... up to 5 min, unless the network comes back first.
        m_retryMs = m_retryMs == 0 ? m_firstRetryMs : std::min(m_retryMs * 2, kMaxRetryMs);
        m_retry.start(m_retryMs);
        setState(State::Offline);
    } else {
        setError(*error);
        if (error->detail.startsWith(QLatin1StringView("HTTP 401"))) {
            // The token expired or was revoked: sign in again.
            clearToken();
            CredentialStore::remove(credentialKey(), this, [](Status) {});
            setState(State::SignedOut);
        } else {
            setState(State::Failed);
        }
    }
    Q_EMIT statusChanged();
    Q_EMIT syncFinished(!error, outcome.report.changed);
    if (m_again && isSignedIn()) {
        m_again = false;
        startSync();
    }
}

SyncController::State SyncController::restingState() const
{
    return m_status.pending > 0 ? State::Pending : State::Synced;
}

void SyncController::afterLocalEdit()
{
    if (m_applyingRemote)
        return;
    m_status.pending = SyncStatus::pendingChanges(m_session.db());
    if (!isSignedIn()) {
        Q_EMIT statusChanged();
        return;
    }
    if (m_state == State::Synced)
        setState(State::Pending);
    Q_EMIT statusChanged();
    if (m_state != State::Offline)
        m_editDelay.start();
}

void SyncController::refreshStatus()
{
    if (isBusy() || m_worker->isBusy())
        return; // the running sync reads it when it ends
    m_worker->run([](Database& db) { return SyncStatus::read(db); },
        [this](Result<SyncStatus> status) {
            if (!status)
                return;
            m_status = std::move(*status);
            if (m_state == State::Synced || m_state == State::Pending)
                setState(restingState());
            Q_EMIT statusChanged();
        });
}

void SyncController::watchNetwork()
{
    // Qt 6.4 on Linux answers through NetworkManager; without a backend the retry timer does the work.
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
        [this](QNetworkInformation::Reachability reachability) {
            if (reachability == QNetworkInformation::Reachability::Online && isSignedIn()
                && (m_offline || m_status.pending > 0)) {
                m_retryMs = 0;
                syncNow();
            }
        });
}

void SyncController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncController::setError(const Error& error)
{
    m_error = error.message;
    m_errorDetail = error.detail;
}

} // namespace terrain
