#include "ui/credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QPointer>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::CredentialStore", text);
}

template <typename JobType> JobType* makeJob(const QString& key)
{
    auto* job = new JobType(QString::fromLatin1(CredentialStore::kService));
    job->setAutoDelete(true);
    // QtKeychain would otherwise store the secret in a QSettings file when no keychain answers.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

Error keychainError(const QKeychain::Job& job)
{
    return makeError(QStringLiteral("keychain.unavailable"),
        tr("The system keychain is not available: Terrain cannot remember the sign-in. You stay signed in until"
           " Terrain closes."),
        job.errorString());
}

} // namespace

QString CredentialStore::key(const QUrl& server, const QString& user)
{
    return user + u'@' + server.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}

void CredentialStore::write(
    const QString& key, const QString& secret, QObject* context, std::function<void(Status)> done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError ? Status() : Status(keychainError(*finished)));
    });
    job->start();
}

void CredentialStore::read(const QString& key, QObject* context, std::function<void(Result<QString>)> done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::EntryNotFound)
            done(QString());
        else if (finished->error() != QKeychain::NoError)
            done(keychainError(*finished));
        else
            done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
    });
    job->start();
}

void CredentialStore::remove(const QString& key, QObject* context, std::function<void(Status)> done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* finished) {
        const bool ok = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok ? Status() : Status(keychainError(*finished)));
    });
    job->start();
}

} // namespace terrain
