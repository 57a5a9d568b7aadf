#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace terrain {

// Secrets (sign-in tokens) in the system keychain through QtKeychain: the Secret Service on
// Linux, the Keychain on macOS, the Credential Manager on Windows. Never a plain-text
// fallback: a token must not end up in a settings file. Calls are asynchronous; the
// callback runs in the GUI thread, unless `context` was destroyed in between.
class CredentialStore final
{
public:
    static constexpr const char* kService = "terrain";

    // One entry per server and user: "user@https://host:port".
    static QString key(const QUrl& server, const QString& user);

    static void write(const QString& key, const QString& secret, QObject* context, std::function<void(Status)> done);
    // An absent entry is an empty string, not an error.
    static void read(const QString& key, QObject* context, std::function<void(Result<QString>)> done);
    // Deleting an absent entry succeeds.
    static void remove(const QString& key, QObject* context, std::function<void(Status)> done);
};

} // namespace terrain
