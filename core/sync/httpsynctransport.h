#pragma once

#include "sync/synctransport.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QThread;

namespace terrain {

// SyncTransport over HTTP(S) with QNetworkAccessManager: JSON bodies gzip'd both ways, a
// bearer token, a time limit per request. Blocking (runs a local event loop), so that the
// sync engine reads top to bottom; the desktop runs it off the GUI thread. Prefetches run on
// a thread of their own with its own connection: the next page comes, is unpacked, parsed and
// prepared (decoded) while the laptop applies the previous one.
class HttpSyncTransport final : public SyncTransport
{
public:
    explicit HttpSyncTransport(QUrl server);
    ~HttpSyncTransport() override;

    // Signs in and keeps the token for the following requests.
    Status login(const QString& user, const QString& password);
    void setToken(const QString& token) { m_token = token; }
    QString token() const { return m_token; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Trust these certificate authorities in addition to the system's (a campaign's own CA).
    void addCaCertificates(const QList<QSslCertificate>& certificates) { m_caCertificates += certificates; }

    Result<Reply> sendJson(const QByteArray& method, const QString& target, const QByteArray& json) override;
    // Starts the GET now; a send() of the same target takes its answer, any other drops it.
    void prefetch(const QString& target, Prepare prepare) override;

    // Body bytes as on the wire (gzip'd both ways: the transport unpacks answers itself).
    qint64 bytesSent() const { return m_bytesSent; }
    qint64 bytesReceived() const { return m_bytesReceived; }

private:
    struct Fetch;
    QNetworkRequest request(const QString& target) const;
    void dropPrefetch();

    QUrl m_server;
    QString m_token;
    int m_timeoutMs = 60000;
    QList<QSslCertificate> m_caCertificates;
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    std::unique_ptr<QNetworkAccessManager> m_network;
    // The prefetch thread, its QObject (the context of its work) and its own network manager.
    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QObject> m_context;
    QNetworkAccessManager* m_threadNetwork = nullptr; // lives in m_thread, used there only
    std::shared_ptr<Fetch> m_prefetch;
    QString m_prefetchTarget;
};

} // namespace terrain
