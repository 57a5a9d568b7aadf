#pragma once

#include "server/serveraccounts.h"
#include "server/serverstore.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>
#include <vector>

namespace terrain {

struct RowState;

// The server's side of the protocol (DESIGN.md section 4), without HTTP: login, push,
// pull, status. Every answer carries the server time; every request but login needs a
// live token; the scope of a volunteer is derived from the token, never from the request.
struct SyncServiceSettings
{
    ServerAccountSettings accounts;
    qint64 maxFutureMs = 7LL * 24 * 3600 * 1000; // clocks further ahead are refused
    int maxPageRows = 10000;
    qsizetype pageBytes = 1 << 20; // a pull page stops after about this much row data
};

class SyncService final
{
public:
    using Settings = SyncServiceSettings;

    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QString token;
        QJsonObject body;
        QByteArray page; // a push's page as JSON text (HttpServer keeps it out of `body`)
    };

    struct Reply
    {
        int status = 200;
        QJsonObject body;
        QByteArray page;  // a pull's page as PageCodec::pageMessage writes it: the body's 'page' key
        int delayMs = 0;  // answer only after this (failed logins are slowed down)
        QString user;     // who asked, for the log

        // The whole answer as compact JSON text (the page moved into it, not copied).
        QByteArray takeJson();
    };

    explicit SyncService(ServerStore& store, Settings settings = Settings());

    Reply handle(const Request& request);
    // Nothing asked for a moment: housekeeping that would otherwise slow an answer.
    void idle();
    // Just after answering a pull page that said "more" (HttpServer calls it once the answer
    // is on its way): prepares the next page of that pull, while the laptop applies this one.
    // It is served only to the same user asking for it before any push is committed (the
    // sequence counter has not moved); anything else drops it.
    void readAhead();
    int readAheadServed() const { return m_readAheadServed; }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    ServerAccounts& accounts() { return m_accounts; }

private:
    Reply login(const Request& request, qint64 now);
    Reply push(const ServerUser& user, const Request& request, qint64 now);
    Reply pull(const ServerUser& user, const QUrlQuery& query, qint64 now);
    Reply failure(int status, const QString& code, const QString& message) const;
    static bool schemaAccepted(int schema);
    static StoredRow toStored(const RowState& row, qint64 seq);
    static StoredRow scopeColumns(const RowState& row); // toStored without seq and data
    // Stored rows into an answer, with their count: a schema 2 page (with its sites' user names),
    // or schema 1 tables.
    void putRows(Reply* reply, const std::vector<StoredRow>& rows, int schema);
    // The page of rows after `since` (a volunteer's in scope).
    Reply pageAfter(const ServerUser& user, qint64 since, int limit, int schema);
    static QString pageKey(const ServerUser& user, qint64 since, int limit, int schema);

    struct NextPage
    {
        ServerUser user;
        qint64 since = 0;
        int limit = 0;
        int schema = 0;
    };
    struct PreparedPage
    {
        QString key;
        qint64 counter = -1; // the sequence counter when it was read
        Reply reply;
    };

    ServerStore& m_store;
    Settings m_settings;
    ServerAccounts m_accounts;
    std::function<qint64()> m_clock;
    QHash<qint64, QString> m_siteUsers; // who pushed with a site (as far as this process knows)
    std::optional<NextPage> m_nextPage;  // what readAhead() prepares
    std::optional<PreparedPage> m_prepared;
    int m_readAheadServed = 0;
};

} // namespace terrain
