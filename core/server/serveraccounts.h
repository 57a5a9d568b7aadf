#pragma once

#include "server/serverstore.h"
#include "util/result.h"

#include <QString>

namespace terrain {

// Accounts on the server: Argon2id password hashes (libsodium), expiring bearer tokens
// (only their SHA-256 is stored), revocation, and a lock after repeated failed logins.
struct ServerAccountSettings
{
    qint64 tokenLifetimeMs = 12LL * 3600 * 1000;
    int maxFailures = 5;              // failed logins in a row before the lock
    qint64 lockMs = 15LL * 60 * 1000; // how long the lock lasts
};

class ServerAccounts final
{
public:
    using Settings = ServerAccountSettings;

    struct Login
    {
        QString token;
        qint64 expires = 0;
        QString role;
        int failures = 0; // failed attempts so far (for the slow-down), when refused
    };

    explicit ServerAccounts(ServerStore& store, Settings settings = Settings());

    static bool isRole(const QString& role);
    static Result<QByteArray> hashPassword(const QString& password);
    static bool verifyPassword(const QByteArray& hash, const QString& password);

    Status addUser(const QString& name, const QString& role, const QString& password, qint64 now);
    Status setPassword(const QString& name, const QString& password);
    // Disabling also revokes every token of the user.
    Status setDisabled(const QString& name, bool disabled);

    // Errors: "auth.failed" (with the failure count in detail) or "auth.locked".
    Result<Login> login(const QString& name, const QString& password, qint64 now);
    // The user of a live token; "auth.token" when it is unknown, expired, revoked or disabled.
    Result<ServerUser> authenticate(const QString& token, qint64 now);
    Status revoke(const QString& token);

private:
    static QByteArray tokenHash(const QString& token);

    ServerStore& m_store;
    Settings m_settings;
};

} // namespace terrain
