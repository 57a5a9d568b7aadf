#pragma once

#include "sync/syncstatus.h"
#include "util/result.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace terrain {

class CampaignSession;
class DatabaseWorker;
struct SyncOutcome;

// Drives the sync of the open campaign with terrain-server: sign in and out (the token in
// the system keychain, never in settings or the campaign file), one sync at a time in a
// worker thread with its own connection, and the automatic syncs: on a timer, shortly after
// an edit, when the network comes back, and after a network failure with a growing delay.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class State {
        SignedOut, // no server, or no token
        Restoring, // reading the token from the keychain
        SigningIn,
        Syncing,
        Synced, // the last sync succeeded and nothing waits
        Pending, // local changes wait for the next sync
        Offline, // the server could not be reached; retrying
        Failed, // the server refused, or something else went wrong
    };
    Q_ENUM(State)

    explicit SyncController(CampaignSession& session, QObject* parent = nullptr);
    ~SyncController() override;

    State state() const { return m_state; }
    bool isSignedIn() const { return !m_token.isEmpty(); }
    bool isBusy() const { return m_state == State::Syncing || m_state == State::SigningIn; }
    QUrl server() const { return m_server; }
    QString user() const { return m_user; }
    // The message of the last failure (sign-in, keychain or sync); empty after a success.
    QString errorMessage() const { return m_error; }
    QString errorDetail() const { return m_errorDetail; }
    // A note that is not a failure (the token is kept for this session only).
    QString notice() const { return m_notice; }
    const SyncStatus& status() const { return m_status; }
    // The key of this account's token in the keychain (service CredentialStore::kService).
    QString credentialKey() const;

    // Checks the address, signs in on the server, keeps the token in the keychain, then syncs.
    void signIn(const QUrl& server, const QString& user, const QString& password);
    // Forgets the token (keychain entry deleted, token revoked on the server when reachable).
    void signOut();
    // Syncs now, or right after the running sync.
    void syncNow();
    // Re-reads the status tables (after the page is shown, for instance).
    void refreshStatus();

    // Tests shorten these.
    void setInterval(int milliseconds) { m_periodic.setInterval(milliseconds); }
    void setEditDelay(int milliseconds) { m_editDelay.setInterval(milliseconds); }
    void setFirstRetryDelay(int milliseconds) { m_firstRetryMs = milliseconds; }

    // Rejects an address the sync must not use (plain http off loopback, not http/https).
    static std::optional<QString> checkServer(const QUrl& server);

Q_SIGNALS:
    void stateChanged(terrain::SyncController::State state);
    void statusChanged();
    // A sync ended (ok or not); `changed` local rows came from the server.
    void syncFinished(bool ok, int changed);

private:
    void restore();
    void setState(State state);
    void setError(const Error& error);
    void startSync();
    void finishSync(const std::optional<Error>& error, const SyncOutcome& outcome);
    void afterLocalEdit();
    State restingState() const;
    void watchNetwork();
    void clearToken();

    CampaignSession& m_session;
    DatabaseWorker* m_worker = nullptr;
    State m_state = State::SignedOut;
    QUrl m_server;
    QString m_user;
    QString m_token;
    QString m_error;
    QString m_errorDetail;
    QString m_notice;
    SyncStatus m_status;
    bool m_again = false; // a sync was asked for while one ran
    bool m_applyingRemote = false; // our own notifyPeopleChanged is not a local edit
    bool m_offline = false;
    int m_firstRetryMs = 15000;
    int m_retryMs = 0;
    QTimer m_periodic;
    QTimer m_editDelay;
    QTimer m_retry;
};

} // namespace terrain
