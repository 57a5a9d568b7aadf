#pragma once

#include "server/syncservice.h"
#include "util/result.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace terrain {

// A small HTTP/1.1 server for the sync protocol: keep-alive, JSON bodies, gzip both ways,
// bounded header and body sizes and request time, TLS when given a certificate and key.
// Anything malformed gets a 4xx and, when it cannot be read further, the connection closed.
// One JSON log line per request.
struct HttpLimits
{
    qsizetype maxHeaderBytes = 16 * 1024;
    qsizetype maxBodyBytes = 64LL * 1024 * 1024;     // as sent (gzip'd or not)
    qsizetype maxDecodedBytes = 512LL * 1024 * 1024; // after gunzip
    int requestTimeoutMs = 60'000;                   // from the first byte of a request to its last
    int idleTimeoutMs = 120'000;
};

class HttpServer final : public QObject
{
    Q_OBJECT

public:
    using Limits = HttpLimits;

    HttpServer(SyncService& service, Limits limits, QObject* parent = nullptr);
    ~HttpServer() override;

    // Plain HTTP only on a loopback address; anything else needs the certificate and key.
    Status listen(const QHostAddress& address, quint16 port, const QString& certificateFile = {},
                  const QString& keyFile = {});
    quint16 port() const;
    void close();

private:
    struct Connection;
    void accept();
    void readFrom(QTcpSocket* socket);
    void dispatch(QTcpSocket* socket, Connection& connection);
    // Sends a JSON answer (gzipped when the client takes it and it is worth it); returns the bytes sent.
    qsizetype respond(QTcpSocket* socket, int status, QByteArray payload, bool gzipOk, bool close);
    void reject(QTcpSocket* socket, int status, const QString& code, const QString& message);

    SyncService& m_service;
    Limits m_limits;
    std::unique_ptr<QTcpServer> m_server;
    QHash<QTcpSocket*, std::shared_ptr<Connection>> m_connections;
    QTimer m_idle; // restarted by every request; SyncService::idle() when it fires
};

} // namespace terrain
