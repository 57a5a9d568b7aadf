#include "httpsynctransport.h"

#include "sync/gzip.h"
#include "sync/syncrow.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::HttpSyncTransport", text);
}

} // namespace

HttpSyncTransport::HttpSyncTransport(QUrl server)
    : m_server(std::move(server)),
      m_network(std::make_unique<QNetworkAccessManager>())
{
}

Status HttpSyncTransport::login(const QString& user, const QString& password)
{
    auto reply = send("POST", QStringLiteral("/v1/login"),
                      QJsonObject{{QStringLiteral("user"), user},
                                  {QStringLiteral("password"), password},
                                  {QStringLiteral("schema"), kSyncSchema}});
    if (!reply)
        return reply.error();
    if (reply->status != 200)
        return makeError(QStringLiteral("sync.login"),
                         reply->status == 401 || reply->status == 429 ? tr("Wrong user name or password, or the account is locked for a while.")
                                                                       : tr("The server refused to sign in."),
                         reply->body.value(QStringLiteral("message")).toString());
    m_token = reply->body.value(QStringLiteral("token")).toString();
    return {};
}

HttpSyncTransport::~HttpSyncTransport()
{
    dropPrefetch();
}

void HttpSyncTransport::dropPrefetch()
{
    if (!m_prefetch)
        return;
    m_prefetch->abort();
    m_prefetch->deleteLater();
    m_prefetch = nullptr;
    m_prefetchTarget.clear();
}

void HttpSyncTransport::prefetch(const QString& target)
{
    dropPrefetch();
    m_prefetch = start("GET", target, {});
    m_prefetchTarget = target;
}

QNetworkReply* HttpSyncTransport::start(const QByteArray& method, const QString& target, const QByteArray& json)
{
    QUrl url = m_server;
    const qsizetype question = target.indexOf(u'?');
    url.setPath(question < 0 ? target : target.left(question));
    if (question >= 0)
        url.setQuery(target.mid(question + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("terrain"));
    if (!m_caCertificates.isEmpty() && url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QByteArray payload;
    if (method != "GET") {
        payload = gzipCompress(json);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Content-Encoding", "gzip");
    }
    m_bytesSent += payload.size();
    return method == "GET" ? m_network->get(request) : m_network->sendCustomRequest(request, method, payload);
}

Result<SyncTransport::Reply> HttpSyncTransport::sendJson(const QByteArray& method, const QString& target,
                                                         const QByteArray& json)
{
    QNetworkReply* reply = nullptr;
    if (m_prefetch && method == "GET" && target == m_prefetchTarget) {
        reply = m_prefetch;
        m_prefetch = nullptr;
        m_prefetchTarget.clear();
    } else {
        dropPrefetch();
        reply = start(method, target, json);
    }
    QEventLoop loop;
    qint64 received = 0;
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
                     [&received](qint64 bytes, qint64) { received = std::max(received, bytes); });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    m_bytesReceived += std::max(received, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    if (status == 0)
        return makeError(QStringLiteral("sync.network"), tr("The server cannot be reached."), reply->errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (!document.isObject())
        return makeError(QStringLiteral("sync.protocol"), tr("The server sent an answer Terrain does not understand."),
                         QStringLiteral("HTTP %1: %2").arg(status).arg(parseError.errorString()));
    return Reply{status, document.object()};
}

} // namespace terrain
