#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <any>
#include <functional>

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
        QByteArray page;   // the answer's "page" (a pull's rows), as JSON text: not in `body`
        std::any prepared; // what a prefetch's Prepare made of the answer, if anything
    };
    // Work on an answer that may run on another thread, before the answer is asked for.
    using Prepare = std::function<void(Reply&)>;

    virtual ~SyncTransport() = default;
    // `target` is the path and query ("/v1/sync/pull?since=0"); `json` the body's JSON text
    // (empty for a GET).
    virtual Result<Reply> sendJson(const QByteArray& method, const QString& target, const QByteArray& json) = 0;
    Result<Reply> send(const QByteArray& method, const QString& target, const QJsonObject& body)
    {
        return sendJson(method, target, method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    // A hint: the next request will likely be GET `target`; a transport may start it now so
    // that the server prepares it while this laptop applies the previous answer, and run
    // `prepare` on the answer as soon as it comes (on a thread of its own: it must not touch
    // anything but the reply).
    virtual void prefetch(const QString& target, Prepare prepare)
    {
        Q_UNUSED(target);
        Q_UNUSED(prepare);
    }
};

} // namespace terrain
