#include "syncservice.h"

#include "storage/tables.h"
#include "sync/hlc.h"
#include "sync/pagecodec.h"
#include "sync/syncrow.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <utility>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::SyncService", text);
}

QString personOf(const RowState& row)
{
    if (qstrcmp(row.table->name, "people") == 0)
        return row.uuid;
    const int index = row.fieldIndex(u"person_id");
    return index > 0 ? row.values[static_cast<size_t>(index)].toString() : QString();
}

QString textField(const RowState& row, QStringView name)
{
    const int index = row.fieldIndex(name);
    return index > 0 ? row.values[static_cast<size_t>(index)].toString() : QString();
}

bool isPersonTable(const char* name)
{
    static const char* const tables[] = {"people", "phones", "emails", "person_tags", "contact_attempts", "vote_marks"};
    return std::any_of(std::begin(tables), std::end(tables), [name](const char* t) { return qstrcmp(t, name) == 0; });
}

} // namespace

SyncService::SyncService(ServerStore& store, Settings settings)
    : m_store(store),
      m_settings(settings),
      m_accounts(store, settings.accounts),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

bool SyncService::schemaAccepted(int schema)
{
    return schema == kSyncSchema || (schema == kSyncSchema - 1 && schema > 0);
}

SyncService::Reply SyncService::failure(int status, const QString& code, const QString& message) const
{
    Reply reply;
    reply.status = status;
    reply.body = QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    return reply;
}

StoredRow SyncService::toStored(const RowState& row, qint64 seq)
{
    StoredRow stored = scopeColumns(row);
    stored.seq = seq;
    stored.data = PageRow::fromState(row).storedJson();
    return stored;
}

StoredRow SyncService::scopeColumns(const RowState& row)
{
    StoredRow stored;
    stored.table = QString::fromLatin1(row.table->name);
    stored.uuid = row.uuid;
    stored.person = personOf(row);
    if (stored.person.isEmpty())
        stored.person = QString();
    if (stored.table == u"list_members")
        stored.list = textField(row, u"list_id");
    if (stored.table == u"lists")
        stored.assignee = textField(row, u"assignee");
    const int present = row.fieldIndex(u"present");
    stored.live = !row.deleted() && (present < 0 || row.values[static_cast<size_t>(present)].isNull()
                                     || row.values[static_cast<size_t>(present)].toInteger() != 0);
    return stored;
}

void SyncService::idle()
{
    if (Status s = m_store.checkpoint(); !s)
        qCWarning(lcServer) << "checkpoint:" << s.error().detail;
}

SyncService::Reply SyncService::handle(const Request& request)
{
    const qint64 now = m_clock();
    Reply reply;
    if (request.method == "POST" && request.path == u"/v1/login") {
        reply = login(request, now);
    } else {
        auto user = m_accounts.authenticate(request.token, now);
        if (!user) {
            reply = user.error().code == u"auth.token" ? failure(401, QStringLiteral("auth"), user.error().message)
                                                       : failure(500, QStringLiteral("internal"), user.error().message);
        } else {
            reply.user = user->name;
            if (request.method == "GET" && request.path == u"/v1/sync/pull")
                reply = pull(*user, request.query, now);
            else if (request.method == "POST" && request.path == u"/v1/sync/push")
                reply = push(*user, request, now);
            else if (request.method == "POST" && request.path == u"/v1/logout") {
                if (Status s = m_accounts.revoke(request.token); !s)
                    reply = failure(500, QStringLiteral("internal"), s.error().message);
            } else if (request.method == "GET" && request.path == u"/v1/status") {
                reply.body = QJsonObject{{QStringLiteral("user"), user->name},
                                         {QStringLiteral("role"), user->role},
                                         {QStringLiteral("schema"), kSyncSchema}};
            } else {
                reply = failure(404, QStringLiteral("notfound"), tr("No such request."));
            }
            reply.user = user->name;
        }
    }
    reply.body.insert(QStringLiteral("time"), m_clock());
    if (!reply.body.contains(QStringLiteral("epoch")))
        reply.body.insert(QStringLiteral("epoch"), m_store.epoch());
    return reply;
}

SyncService::Reply SyncService::login(const Request& request, qint64 now)
{
    const QString name = request.body.value(QStringLiteral("user")).toString();
    const QString password = request.body.value(QStringLiteral("password")).toString();
    if (name.isEmpty() || password.isEmpty() || password.size() > 1024)
        return failure(400, QStringLiteral("request"), tr("A user name and a password are needed."));
    auto login = m_accounts.login(name, password, now);
    if (!login) {
        if (login.error().code == u"auth.locked") {
            Reply reply = failure(429, QStringLiteral("locked"), login.error().message);
            reply.delayMs = 1000;
            return reply;
        }
        if (login.error().code != u"auth.failed")
            return failure(500, QStringLiteral("internal"), login.error().message);
        // Each failure in a row makes the next answer slower.
        Reply reply = failure(401, QStringLiteral("auth"), login.error().message);
        reply.delayMs = std::min(3000, 250 * login.error().detail.toInt());
        reply.user = name;
        return reply;
    }
    Reply reply;
    reply.user = name;
    reply.body = QJsonObject{{QStringLiteral("token"), login->token},
                             {QStringLiteral("expires"), login->expires},
                             {QStringLiteral("role"), login->role},
                             {QStringLiteral("schema"), kSyncSchema}};
    return reply;
}

SyncService::Reply SyncService::push(const ServerUser& user, const Request& request, qint64 now)
{
    const QJsonObject& body = request.body;
    if (!schemaAccepted(body.value(QStringLiteral("schema")).toInt()))
        return failure(426, QStringLiteral("schema"), tr("Please update Terrain on this laptop."));
    const QString epoch = m_store.epoch();
    if (body.value(QStringLiteral("epoch")).toString() != epoch)
        return failure(409, QStringLiteral("epoch"), tr("The server was restored: sync again."));
    const qint64 site = body.value(QStringLiteral("site")).toInteger();
    const qint64 upto = body.value(QStringLiteral("upto")).toInteger(-1);
    if (site <= 0 || upto < 0)
        return failure(400, QStringLiteral("request"), tr("The request is not valid."));
    std::vector<RowState> rows;
    QString error;
    // Schema 2 has a page (as text from HttpServer); "tables" is schema 1.
    bool decoded = false;
    if (!request.page.isEmpty()) {
        decoded = PageCodec::decode(request.page, &rows, nullptr, &error);
    } else if (body.contains(QStringLiteral("page"))) {
        decoded = PageCodec::decode(body.value(QStringLiteral("page")).toObject(), &rows, nullptr, &error);
    } else {
        decoded = RowCodec::decodeTables(body.value(QStringLiteral("tables")).toArray(), &rows, &error);
    }
    if (!decoded)
        return failure(400, QStringLiteral("request"), error);
    // One order for every pusher, so that row locks are never taken in a cycle. Sequence
    // numbers follow the order the laptop sent (a person, then their rows): a pull page
    // then holds them together.
    std::vector<size_t> lockOrder(rows.size());
    for (size_t i = 0; i < lockOrder.size(); ++i)
        lockOrder[i] = i;
    std::sort(lockOrder.begin(), lockOrder.end(), [&rows](size_t x, size_t y) {
        const RowState& a = rows[x];
        const RowState& b = rows[y];
        const int byTable = qstrcmp(a.table->name, b.table->name);
        return byTable != 0 ? byTable < 0 : a.uuid < b.uuid;
    });
    const bool volunteer = user.role == u"volunteer";
    const qint64 maxHlc = HybridLogicalClock::pack(now + m_settings.maxFutureMs, 0xFFFF);

    // A failed transaction (a deadlock or serialisation failure on PostgreSQL) is retried.
    Error lastError;
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (Status s = m_store.begin(); !s) {
            lastError = s.error();
            continue;
        }
        auto fail = [&](const Error& e) {
            lastError = e;
            m_store.rollback();
        };
        auto acked = m_store.acknowledged(site);
        if (!acked) {
            fail(acked.error());
            continue;
        }
        if (upto > 0 && upto <= *acked) {
            // A replayed push (its answer was lost): already applied.
            m_store.rollback();
            Reply reply;
            reply.body = QJsonObject{{QStringLiteral("acked"), *acked}, {QStringLiteral("rejected"), QJsonArray()},
                                     {QStringLiteral("applied"), 0}};
            return reply;
        }
        QSet<QString> people;
        QSet<QString> lists;
        if (volunteer) {
            auto scopePeople = m_store.scopePeople(user.name);
            auto scopeLists = m_store.scopeLists(user.name);
            if (!scopePeople || !scopeLists) {
                fail(!scopePeople ? scopePeople.error() : scopeLists.error());
                continue;
            }
            people = QSet<QString>(scopePeople->begin(), scopePeople->end());
            lists = QSet<QString>(scopeLists->begin(), scopeLists->end());
        }
        QJsonArray rejected;
        auto reject = [&](const RowState& row, const QString& reason) {
            rejected.append(QJsonObject{{QStringLiteral("t"), QLatin1StringView(row.table->name)},
                                        {QStringLiteral("u"), row.uuid},
                                        {QStringLiteral("reason"), reason}});
        };
        struct Changed
        {
            size_t position; // in the request: sequence numbers follow it
            RowState row;
            bool sameScope; // there already, with the same person, list and assignee
        };
        std::vector<Changed> changed;
        bool failed = false;
        // The rows' stored state, locked a table at a time (lockOrder keeps a table's rows together).
        std::vector<QByteArray> current(rows.size());
        for (size_t from = 0; from < lockOrder.size() && !failed;) {
            const TableInfo* table = rows[lockOrder[from]].table;
            QStringList uuids;
            size_t to = from;
            for (; to < lockOrder.size() && rows[lockOrder[to]].table == table; ++to) {
                if (rows[lockOrder[to]].maxClock().hlc <= maxHlc)
                    uuids << rows[lockOrder[to]].uuid;
            }
            auto locked = m_store.lockRows(QString::fromLatin1(table->name), uuids);
            if (!locked) {
                fail(locked.error());
                failed = true;
                break;
            }
            for (size_t k = from; k < to; ++k)
                current[lockOrder[k]] = locked->value(rows[lockOrder[k]].uuid);
            from = to;
        }
        if (failed)
            continue;
        for (size_t position : lockOrder) {
            const RowState& row = rows[position];
            if (row.maxClock().hlc > maxHlc) {
                reject(row, tr("The laptop's clock is far ahead: set the date and time, then edit again."));
                continue;
            }
            const QByteArray* data = &current[position];
            const RowState stored = data->isEmpty() ? RowState() : PageRow::fromStored(*row.table, *data).toState();
            const RowState merged = mergeRows(stored.isValid() ? stored : RowState::empty(*row.table, row.uuid), row);
            if (volunteer) {
                const char* table = row.table->name;
                bool allowed = false;
                if (isPersonTable(table))
                    allowed = people.contains(personOf(merged)) && (!stored.isValid() || people.contains(personOf(stored)));
                else if (qstrcmp(table, "lists") == 0)
                    allowed = stored.isValid() && lists.contains(row.uuid) && textField(merged, u"assignee") == user.name;
                else if (qstrcmp(table, "list_members") == 0)
                    allowed = lists.contains(textField(merged, u"list_id"))
                        && (!stored.isValid() || lists.contains(textField(stored, u"list_id")));
                else if (qstrcmp(table, "tags") == 0)
                    allowed = true;
                if (!allowed) {
                    reject(row, tr("Outside the lists assigned to you."));
                    if (data->isEmpty()) {
                        if (Status s = m_store.dropPlaceholder(QString::fromLatin1(table), row.uuid); !s) {
                            fail(s.error());
                            failed = true;
                            break;
                        }
                    }
                    continue;
                }
            }
            if (stored.isValid() && merged == stored)
                continue;
            changed.push_back({position, merged, stored.isValid() && scopeColumns(stored).sameScope(scopeColumns(merged))});
        }
        if (failed)
            continue;
        std::sort(changed.begin(), changed.end(),
                  [](const Changed& a, const Changed& b) { return a.position < b.position; });
        if (m_siteUsers.value(site) != user.name) {
            if (Status s = m_store.setSiteUser(site, user.name); !s) {
                fail(s.error());
                continue;
            }
        }
        qint64 firstSeq = 0;
        qint64 lastSeq = 0;
        if (!changed.empty()) {
            // Last: the sequence numbers, from the counter row locked until commit.
            auto first = m_store.allocateSequence(static_cast<int>(changed.size()));
            if (!first) {
                fail(first.error());
                continue;
            }
            firstSeq = *first;
            lastSeq = *first + static_cast<qint64>(changed.size()) - 1;
            for (size_t i = 0; i < changed.size() && !failed; ++i) {
                const StoredRow row = toStored(changed[i].row, *first + static_cast<qint64>(i));
                if (Status s = changed[i].sameScope ? m_store.updateRow(row) : m_store.writeRow(row); !s) {
                    fail(s.error());
                    failed = true;
                }
            }
            if (failed)
                continue;
        }
        const qint64 newAck = std::max(*acked, upto);
        if (newAck != *acked) {
            if (Status s = m_store.setAcknowledged(site, newAck); !s) {
                fail(s.error());
                continue;
            }
        }
        if (Status s = m_store.commit(); !s) {
            fail(s.error());
            continue;
        }
        m_siteUsers.insert(site, user.name);
        qCInfo(lcServer).noquote() << QStringLiteral("push by %1 site %2: %3 rows, %4 changed, %5 rejected")
                                          .arg(user.name)
                                          .arg(site)
                                          .arg(rows.size())
                                          .arg(changed.size())
                                          .arg(rejected.size());
        Reply reply;
        // The sequence range this push took: a laptop whose cursor is right before it has
        // nothing to pull back but its own rows, and may move its cursor past them.
        reply.body = QJsonObject{{QStringLiteral("acked"), newAck},
                                 {QStringLiteral("rejected"), rejected},
                                 {QStringLiteral("applied"), static_cast<qint64>(changed.size())},
                                 {QStringLiteral("first"), firstSeq},
                                 {QStringLiteral("last"), lastSeq}};
        return reply;
    }
    return failure(503, QStringLiteral("busy"), lastError.message + u": " + lastError.detail);
}

QByteArray SyncService::Reply::takeJson()
{
    return page.isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact)
                          : PageCodec::endMessage(std::exchange(page, {}), body);
}

void SyncService::putRows(Reply* reply, const std::vector<StoredRow>& stored, int schema)
{
    if (schema < 2) {
        std::vector<RowState> rows;
        for (const StoredRow& s : stored) {
            if (const TableInfo* table = findTable(s.table)) {
                RowState row = PageRow::fromStored(*table, s.data).toState();
                if (row.isValid())
                    rows.push_back(std::move(row));
            }
        }
        std::stable_sort(rows.begin(), rows.end(), [](const RowState& a, const RowState& b) { return a.table < b.table; });
        reply->body.insert(QStringLiteral("count"), static_cast<qint64>(rows.size()));
        reply->body.insert(QStringLiteral("tables"), RowCodec::encodeTables(rows));
        return;
    }
    // From the stored text straight to the page's: no QJsonValue per value.
    std::vector<PageRow> rows;
    rows.reserve(stored.size());
    for (const StoredRow& s : stored) {
        if (const TableInfo* table = findTable(s.table)) {
            PageRow row = PageRow::fromStored(*table, s.data);
            if (row.isValid())
                rows.push_back(std::move(row));
        }
    }
    // The names of the page's sites, for the laptops' conflict logs; read again when a site
    // is new here (another server process may have taken its push).
    bool reloaded = false;
    SiteNames names;
    qint64 previous = 0; // rows come in runs of one site: most clocks need no lookup
    for (const PageRow& row : rows) {
        for (const FieldClock& clock : row.clocks) {
            if (clock.site == 0 || clock.site == previous)
                continue;
            previous = clock.site;
            if (names.contains(clock.site))
                continue;
            if (!m_siteUsers.contains(clock.site) && !reloaded) {
                reloaded = true;
                if (auto all = m_store.siteUsers())
                    m_siteUsers = *all;
            }
            names.insert(clock.site, m_siteUsers.value(clock.site));
        }
    }
    reply->body.insert(QStringLiteral("count"), static_cast<qint64>(rows.size()));
    reply->page = PageCodec::pageMessage(rows, names);
}

SyncService::Reply SyncService::pull(const ServerUser& user, const QUrlQuery& query, qint64 /*now*/)
{
    const int schema = query.queryItemValue(QStringLiteral("schema")).toInt();
    if (!schemaAccepted(schema))
        return failure(426, QStringLiteral("schema"), tr("Please update Terrain on this laptop."));
    bool ok = false;
    const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
    if (!ok || since < 0)
        return failure(400, QStringLiteral("request"), tr("The request is not valid."));
    int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = m_settings.maxPageRows;
    limit = std::min(limit, m_settings.maxPageRows);
    const bool volunteer = user.role == u"volunteer";
    m_nextPage.reset();

    Reply reply;
    if (volunteer) {
        auto people = m_store.scopePeople(user.name);
        auto lists = m_store.scopeLists(user.name);
        if (!people || !lists)
            return failure(500, QStringLiteral("internal"), tr("Database error"));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(people->join(u',').toUtf8());
        hash.addData("|");
        hash.addData(lists->join(u',').toUtf8());
        const QString digest = QString::fromLatin1(hash.result().toHex().left(32));
        if (digest != query.queryItemValue(QStringLiteral("scope"))) {
            // The scope changed: the whole scope, for the laptop to add and purge; then the
            // pages go on from the same cursor.
            auto stored = m_store.rowsOfScope(*people, *lists);
            if (!stored)
                return failure(500, QStringLiteral("internal"), tr("Database error"));
            reply.body = QJsonObject{{QStringLiteral("scope"),
                                      QJsonObject{{QStringLiteral("digest"), digest},
                                                  {QStringLiteral("people"), QJsonArray::fromStringList(*people)},
                                                  {QStringLiteral("lists"), QJsonArray::fromStringList(*lists)}}},
                                     {QStringLiteral("next"), since},
                                     {QStringLiteral("more"), true}};
            putRows(&reply, *stored, schema);
            return reply;
        }
    }
    // Prepared by readAhead() while the laptop applied the previous page, if nothing moved since.
    const QString key = pageKey(user, since, limit, schema);
    std::optional<PreparedPage> prepared = std::exchange(m_prepared, std::nullopt);
    if (prepared && prepared->key == key) {
        auto counter = m_store.sequence();
        if (counter && *counter == prepared->counter) {
            ++m_readAheadServed;
            reply = std::move(prepared->reply);
        }
    }
    if (reply.body.isEmpty()) // not prepared
        reply = pageAfter(user, since, limit, schema);
    if (reply.status == 200 && reply.body.value(QStringLiteral("more")).toBool())
        m_nextPage = NextPage{user, reply.body.value(QStringLiteral("next")).toInteger(), limit, schema};
    else
        m_nextPage.reset();
    return reply;
}

QString SyncService::pageKey(const ServerUser& user, qint64 since, int limit, int schema)
{
    return QStringLiteral("%1\n%2\n%3\n%4\n%5").arg(user.name, user.role).arg(since).arg(limit).arg(schema);
}

void SyncService::readAhead()
{
    const std::optional<NextPage> next = std::exchange(m_nextPage, std::nullopt);
    if (!next)
        return;
    // The counter first: a push committed while the page is read makes it stale, never wrong.
    auto counter = m_store.sequence();
    if (!counter)
        return;
    Reply reply = pageAfter(next->user, next->since, next->limit, next->schema);
    if (reply.status == 200)
        m_prepared = PreparedPage{pageKey(next->user, next->since, next->limit, next->schema), *counter, std::move(reply)};
}

SyncService::Reply SyncService::pageAfter(const ServerUser& user, qint64 since, int limit, int schema)
{
    const bool volunteer = user.role == u"volunteer";
    Reply reply;
    auto stored = m_store.rowsAfter(since, limit + 1, volunteer ? user.name : QString());
    if (!stored)
        return failure(500, QStringLiteral("internal"), tr("Database error"));
    size_t taken = 0;
    qsizetype bytes = 0;
    while (taken < stored->size() && static_cast<int>(taken) < limit && (taken == 0 || bytes < m_settings.pageBytes)) {
        bytes += (*stored)[taken].data.size();
        ++taken;
    }
    const bool more = taken < stored->size();
    const qint64 next = taken > 0 ? (*stored)[taken - 1].seq : since;
    stored->resize(taken);
    // The page groups rows by table (compact); the laptop applies parents first anyway.
    reply.body = QJsonObject{{QStringLiteral("next"), next}, {QStringLiteral("more"), more}};
    putRows(&reply, *stored, schema);
    return reply;
}

} // namespace terrain
