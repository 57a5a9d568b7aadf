#include "httpserver.h"

#include "sync/gzip.h"
#include "sync/pagecodec.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace terrain {

namespace {

// A request, then this long without another: the server folds its write-ahead log back.
constexpr int kIdleMs = 200;

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 411: return "Length Required";
    case 413: return "Content Too Large";
    case 415: return "Unsupported Media Type";
    case 426: return "Upgrade Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return status >= 500 ? "Internal Server Error" : "Error";
    }
}

} // namespace

struct HttpServer::Connection
{
    QByteArray buffer;
    bool headerDone = false;
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qsizetype bodyLength = 0;
    bool keepAlive = true;
    bool busy = false; // an answer is pending (a delayed one)
    QTimer timer;
    QElapsedTimer started;
};

HttpServer::HttpServer(SyncService& service, Limits limits, QObject* parent)
    : QObject(parent),
      m_service(service),
      m_limits(limits)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { m_service.idle(); });
}

HttpServer::~HttpServer()
{
    close();
}

Status HttpServer::listen(const QHostAddress& address, quint16 port, const QString& certificateFile,
                          const QString& keyFile)
{
    const bool tls = !certificateFile.isEmpty() || !keyFile.isEmpty();
    if (!tls && !address.isLoopback())
        return makeError(QStringLiteral("server.tls"),
                         tr("Listening on a network address needs a TLS certificate and key (--cert, --key)."),
                         address.toString());
    if (tls) {
        QFile certificate(certificateFile);
        QFile key(keyFile);
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return makeError(QStringLiteral("server.tls"), tr("Cannot read the TLS certificate or key."),
                             certificateFile + u", " + keyFile);
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certificate.readAll(), QSsl::Pem);
        const QByteArray keyData = key.readAll();
        QSslKey privateKey(keyData, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || privateKey.isNull())
            return makeError(QStringLiteral("server.tls"), tr("The TLS certificate or key is not valid (PEM expected)."));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(privateKey);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(configuration);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &HttpServer::accept);
    if (!m_server->listen(address, port))
        return makeError(QStringLiteral("server.listen"), tr("Cannot listen on this address and port."),
                         QStringLiteral("%1:%2: %3").arg(address.toString()).arg(port).arg(m_server->errorString()));
    return {};
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::close()
{
    if (m_server)
        m_server->close();
    const auto sockets = m_connections.keys();
    for (QTcpSocket* socket : sockets)
        socket->abort();
    m_connections.clear();
}

void HttpServer::accept()
{
    while (m_server->hasPendingConnections()) {
        QTcpSocket* socket = m_server->nextPendingConnection();
        if (!socket)
            return;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto connection = std::make_shared<Connection>();
        connection->timer.setSingleShot(true);
        connection->timer.start(m_limits.idleTimeoutMs);
        QPointer<QTcpSocket> guard(socket);
        connect(&connection->timer, &QTimer::timeout, socket, [this, guard] {
            if (!guard)
                return;
            auto it = m_connections.find(guard.data());
            if (it != m_connections.end() && !(*it)->buffer.isEmpty())
                reject(guard.data(), 408, QStringLiteral("timeout"), tr("The request took too long."));
            else
                guard->disconnectFromHost();
        });
        m_connections.insert(socket, connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void HttpServer::reject(QTcpSocket* socket, int status, const QString& code, const QString& message)
{
    qCWarning(lcServer).noquote() << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("reject")},
                                                               {QStringLiteral("status"), status},
                                                               {QStringLiteral("error"), code},
                                                               {QStringLiteral("peer"), socket->peerAddress().toString()}})
                                         .toJson(QJsonDocument::Compact);
    respond(socket, status,
            QJsonDocument(QJsonObject{{QStringLiteral("error"), code},
                                      {QStringLiteral("message"), message},
                                      {QStringLiteral("time"), QDateTime::currentMSecsSinceEpoch()}})
                .toJson(QJsonDocument::Compact),
            false, true);
}

void HttpServer::readFrom(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    std::shared_ptr<Connection> connection = *it;
    if (connection->buffer.isEmpty() && !connection->headerDone) {
        connection->started.start();
        connection->timer.start(m_limits.requestTimeoutMs);
    }
    connection->buffer.append(socket->readAll());
#ifdef Q_OS_LINUX
    // Qt's client writes a request's head and body apart and, under Nagle, holds the body's
    // last segment until the head is acknowledged: acknowledge at once rather than after the
    // delayed ACK's 40 ms (a 1,000-edit push took 40 ms longer). Linux forgets the flag, hence
    // after every read.
    const int quickAck = 1;
    setsockopt(static_cast<int>(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &quickAck, sizeof quickAck);
#endif
    if (connection->busy)
        return; // pipelined: read when the pending answer is out

    while (true) {
        if (!connection->headerDone) {
            const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (connection->buffer.size() > m_limits.maxHeaderBytes)
                    reject(socket, 431, QStringLiteral("header"), tr("The request header is too large."));
                return;
            }
            if (end > m_limits.maxHeaderBytes)
                return reject(socket, 431, QStringLiteral("header"), tr("The request header is too large."));
            const QList<QByteArray> lines = connection->buffer.left(end).split('\n');
            connection->buffer.remove(0, end + 4);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
                return reject(socket, 400, QStringLiteral("request"), tr("This is not an HTTP request."));
            connection->method = requestLine[0];
            connection->target = requestLine[1];
            connection->headers.clear();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0)
                    return reject(socket, 400, QStringLiteral("request"), tr("A request header is malformed."));
                connection->headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            connection->keepAlive = requestLine[2] == "HTTP/1.1"
                && connection->headers.value("connection").toLower() != "close";
            if (connection->headers.contains("transfer-encoding"))
                return reject(socket, 411, QStringLiteral("length"), tr("Send the body with a Content-Length."));
            bool ok = true;
            const QByteArray length = connection->headers.value("content-length", "0");
            connection->bodyLength = length.toLongLong(&ok);
            if (!ok || connection->bodyLength < 0)
                return reject(socket, 400, QStringLiteral("request"), tr("The Content-Length is not valid."));
            if (connection->bodyLength > m_limits.maxBodyBytes)
                return reject(socket, 413, QStringLiteral("size"), tr("The request is too large."));
            connection->headerDone = true;
        }
        if (connection->buffer.size() < connection->bodyLength)
            return;
        dispatch(socket, *connection);
        if (connection->busy || socket->state() != QAbstractSocket::ConnectedState
            || !m_connections.contains(socket))
            return;
        if (connection->buffer.isEmpty())
            return;
    }
}

void HttpServer::dispatch(QTcpSocket* socket, Connection& connection)
{
    const QByteArray raw = connection.buffer.left(connection.bodyLength);
    connection.buffer.remove(0, connection.bodyLength);
    connection.headerDone = false;
    const bool gzipOk = connection.headers.value("accept-encoding").contains("gzip");

    SyncService::Request request;
    request.method = connection.method;
    const QUrl url = QUrl::fromEncoded("http://localhost" + connection.target);
    request.path = url.path();
    request.query = QUrlQuery(url);
    const QByteArray authorization = connection.headers.value("authorization");
    if (authorization.startsWith("Bearer "))
        request.token = QString::fromLatin1(authorization.mid(7).trimmed());
    if (!raw.isEmpty()) {
        QByteArray body = raw;
        const QByteArray encoding = connection.headers.value("content-encoding").toLower();
        if (encoding == "gzip") {
            auto decoded = gzipDecompress(raw, m_limits.maxDecodedBytes);
            if (!decoded)
                return reject(socket, 413, QStringLiteral("size"), tr("The body is corrupt or too large once unpacked."));
            body = std::move(*decoded);
        } else if (!encoding.isEmpty() && encoding != "identity") {
            return reject(socket, 415, QStringLiteral("encoding"), tr("Only gzip bodies are accepted."));
        }
        // A push's page is kept as text, for PageCodec to read.
        PageCodec::SplitMessage split = PageCodec::splitMessage(body);
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(split.rest, &parseError);
        if (!document.isObject())
            return reject(socket, 400, QStringLiteral("json"),
                          tr("The body is not a JSON object: %1").arg(parseError.errorString()));
        request.body = document.object();
        request.page = std::move(split.page);
    }

    SyncService::Reply reply = m_service.handle(request);
    m_idle.start();
    const bool close = !connection.keepAlive;
    if (reply.delayMs > 0) {
        connection.busy = true;
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, reply, gzipOk, close]() mutable {
            if (!guard || !m_connections.contains(guard.data()))
                return;
            m_connections[guard.data()]->busy = false;
            respond(guard.data(), reply.status, reply.takeJson(), gzipOk, close);
            if (!close)
                readFrom(guard.data());
        });
        return;
    }
    const qsizetype sent = respond(socket, reply.status, reply.takeJson(), gzipOk, close);
    if (request.path == u"/v1/sync/pull") {
        // The answer is on its way (respond() flushed it): the next page is read meanwhile.
        QTimer::singleShot(0, this, [this] { m_service.readAhead(); });
    }
    qCInfo(lcServer).noquote() << QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("request")},
                                                            {QStringLiteral("method"), QString::fromLatin1(request.method)},
                                                            {QStringLiteral("path"), request.path},
                                                            {QStringLiteral("status"), reply.status},
                                                            {QStringLiteral("user"), reply.user},
                                                            {QStringLiteral("ms"), connection.started.elapsed()},
                                                            {QStringLiteral("bytes_in"), raw.size()},
                                                            {QStringLiteral("bytes_out"), sent},
                                                            {QStringLiteral("peer"), socket->peerAddress().toString()}})
                                      .toJson(QJsonDocument::Compact);
}

qsizetype HttpServer::respond(QTcpSocket* socket, int status, QByteArray payload, bool gzipOk, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
        + "\r\nContent-Type: application/json\r\n";
    if (gzipOk && payload.size() > 512) {
        // Level 4: a first sync's pages 8% larger than at 6 (5.2 MiB for 100,000 voters) for half
        // the time, which the laptop waits for.
        payload = gzipCompress(payload, 4);
        head += "Content-Encoding: gzip\r\n";
    }
    head += "Content-Length: " + QByteArray::number(payload.size()) + "\r\n";
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    socket->write(head + payload); // one write: no Nagle delay between head and body
    socket->flush();
    auto it = m_connections.find(socket);
    if (it != m_connections.end())
        (*it)->timer.start(m_limits.idleTimeoutMs);
    if (close) {
        if (it != m_connections.end())
            (*it)->buffer.clear();
        socket->disconnectFromHost();
    }
    return head.size() + payload.size();
}

} // namespace terrain
