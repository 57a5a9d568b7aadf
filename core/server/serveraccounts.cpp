#include "serveraccounts.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <sodium.h>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ServerAccounts", text);
}

Error authError(const QString& code, const QString& detail = {})
{
    return makeError(code, code == u"auth.locked" ? tr("Too many failed sign-ins: the account is locked for a while.")
                                                  : tr("Wrong user name or password."),
                     detail);
}

} // namespace

ServerAccounts::ServerAccounts(ServerStore& store, Settings settings)
    : m_store(store),
      m_settings(settings)
{
}

bool ServerAccounts::isRole(const QString& role)
{
    return role == u"admin" || role == u"coordinator" || role == u"volunteer";
}

Result<QByteArray> ServerAccounts::hashPassword(const QString& password)
{
    if (sodium_init() < 0)
        return makeError(QStringLiteral("auth.sodium"), tr("The password library cannot start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return makeError(QStringLiteral("auth.hash"), tr("Not enough memory to hash the password."));
    return QByteArray(out);
}

bool ServerAccounts::verifyPassword(const QByteArray& hash, const QString& password)
{
    if (sodium_init() < 0 || hash.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

QByteArray ServerAccounts::tokenHash(const QString& token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

Status ServerAccounts::addUser(const QString& name, const QString& role, const QString& password, qint64 now)
{
    if (name.trimmed().isEmpty() || name.size() > 100)
        return makeError(QStringLiteral("auth.name"), tr("A user name is 1 to 100 characters."));
    if (!isRole(role))
        return makeError(QStringLiteral("auth.role"), tr("The role is admin, coordinator or volunteer."), role);
    if (password.size() < 8)
        return makeError(QStringLiteral("auth.weak"), tr("A password has at least 8 characters."));
    auto existing = m_store.user(name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return makeError(QStringLiteral("auth.exists"), tr("This user already exists."), name);
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    return m_store.addUser(name, role, *hash, now);
}

Status ServerAccounts::setPassword(const QString& name, const QString& password)
{
    if (password.size() < 8)
        return makeError(QStringLiteral("auth.weak"), tr("A password has at least 8 characters."));
    auto existing = m_store.user(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(QStringLiteral("auth.unknown"), tr("No such user."), name);
    auto hash = hashPassword(password);
    if (!hash)
        return hash.error();
    if (Status s = m_store.setPassword(name, *hash); !s)
        return s;
    return m_store.revokeTokensOf(name);
}

Status ServerAccounts::setDisabled(const QString& name, bool disabled)
{
    auto existing = m_store.user(name);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(QStringLiteral("auth.unknown"), tr("No such user."), name);
    if (Status s = m_store.setDisabled(name, disabled); !s)
        return s;
    return disabled ? m_store.revokeTokensOf(name) : Status();
}

Result<ServerAccounts::Login> ServerAccounts::login(const QString& name, const QString& password, qint64 now)
{
    auto found = m_store.user(name);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // Costs the same time as a real check, so that names cannot be guessed by timing.
        static const QByteArray dummy = hashPassword(QStringLiteral("no such user")).value();
        verifyPassword(dummy, password);
        return authError(QStringLiteral("auth.failed"), QStringLiteral("1"));
    }
    const ServerUser& user = **found;
    if (user.lockedUntil > now)
        return authError(QStringLiteral("auth.locked"));
    if (user.disabled || !verifyPassword(user.hash, password)) {
        const int failed = user.failed + 1;
        const qint64 lockedUntil = failed >= m_settings.maxFailures ? now + m_settings.lockMs : 0;
        if (Status s = m_store.setLoginFailures(user.name, lockedUntil ? 0 : failed, lockedUntil); !s)
            return s.error();
        qCWarning(lcServer).noquote() << QStringLiteral("login failed for %1 (%2 in a row)").arg(user.name).arg(failed);
        return authError(lockedUntil ? QStringLiteral("auth.locked") : QStringLiteral("auth.failed"),
                         QString::number(failed));
    }
    if (user.failed != 0) {
        if (Status s = m_store.setLoginFailures(user.name, 0, 0); !s)
            return s.error();
    }
    unsigned char random[32];
    randombytes_buf(random, sizeof(random));
    Login login;
    login.token = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(random), sizeof(random)).toHex());
    login.expires = now + m_settings.tokenLifetimeMs;
    login.role = user.role;
    if (Status s = m_store.addToken(tokenHash(login.token), user.name, login.expires); !s)
        return s.error();
    return login;
}

Result<ServerUser> ServerAccounts::authenticate(const QString& token, qint64 now)
{
    if (token.isEmpty() || token.size() > 128)
        return makeError(QStringLiteral("auth.token"), tr("Please sign in."));
    auto name = m_store.tokenUser(tokenHash(token), now);
    if (!name)
        return name.error();
    if (name->isEmpty())
        return makeError(QStringLiteral("auth.token"), tr("Please sign in."));
    auto found = m_store.user(*name);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->disabled)
        return makeError(QStringLiteral("auth.token"), tr("Please sign in."));
    return **found;
}

Status ServerAccounts::revoke(const QString& token)
{
    return m_store.revokeToken(tokenHash(token));
}

} // namespace terrain
