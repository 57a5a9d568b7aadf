#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace terrain {

// How a SyncClient reaches the server: one request, one JSON answer. The HTTP transport is
// the real one; tests wrap it to lose answers or cut the line.
class SyncTransport
{
public:
    struct Reply
    {
        int status = 0;
        QJsonObject body;
    };

    virtual ~SyncTransport() = default;
    // `target` is the path and query ("/v1/sync/pull?since=0"); `json` the body's JSON text
    // (empty for a GET).
    virtual Result<Reply> sendJson(const QByteArray& method, const QString& target, const QByteArray& json) = 0;
    Result<Reply> send(const QByteArray& method, const QString& target, const QJsonObject& body)
    {
        return sendJson(method, target, method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // A hint: the next request will likely be GET `target`; a transport may start it now so
    // that the server prepares it while this laptop applies the previous answer.
    virtual void prefetch(const QString& target) { Q_UNUSED(target); }
};

} // namespace terrain
