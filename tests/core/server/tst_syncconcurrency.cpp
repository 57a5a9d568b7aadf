// Many pushers at once, each with its own server connection (as several server processes
// behind a load balancer would be), and a puller polling in a tight loop: the puller's
// cursor must never step over a change that commits late.
#include "synctestkit.h"

#include <QThread>
#include <QUuid>

#include <atomic>
#include <mutex>
#include <thread>

using namespace terrain;
using namespace terrain::test;

namespace {

constexpr int kPushers = 6;
constexpr int kBatches = 25;
constexpr int kRowsPerBatch = 12;
constexpr int kShared = 4; // rows every pusher edits

QString sharedUuid(int i)
{
    return QStringLiteral("00000000-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

RowState person(const QString& uuid, qint64 hlc, qint64 site, const QString& notes)
{
    const TableInfo& people = *findTable("people");
    RowState row = RowState::empty(people, uuid);
    std::fill(row.clocks.begin(), row.clocks.end(), FieldClock{hlc, site});
    row.values[size_t(row.fieldIndex(u"last_name"))] = QStringLiteral("N");
    row.values[size_t(row.fieldIndex(u"created_at"))] = QJsonValue(qint64(1));
    row.values[size_t(row.fieldIndex(u"notes"))] = notes;
    return row;
}

} // namespace

class TestSyncConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("terrain.server.info=false"));
    }

    void concurrentPushersTightPuller_data() { addBackendRows(); }
    void concurrentPushersTightPuller()
    {
        QFETCH(Backend, backend);
        TERRAIN_REQUIRE_BACKEND(backend);
        TestServer server(backend);
        const QString token = server.addUser(QStringLiteral("chef"), QStringLiteral("coordinator"));
        const QString epoch = server.store().epoch();
        const ServerStore::Options options = server.options();

        std::atomic<bool> done{false};
        std::atomic<int> failures{0};
        std::mutex errorsMutex;
        QStringList errors;
        std::map<QString, qint64> seen; // uuid -> the last seq the puller saw
        qint64 polls = 0;

        std::thread puller([&] {
            auto store = ServerStore::open(options);
            if (!store) {
                ++failures;
                return;
            }
            qint64 cursor = 0;
            auto drain = [&] {
                for (;;) {
                    auto rows = (*store)->rowsAfter(cursor, 500);
                    ++polls;
                    if (!rows || rows->empty())
                        return;
                    for (const StoredRow& row : *rows) {
                        seen[row.uuid] = row.seq;
                        cursor = row.seq;
                    }
                }
            };
            while (!done)
                drain();
            drain();
        });

        std::vector<std::thread> pushers;
        for (int p = 0; p < kPushers; ++p) {
            pushers.emplace_back([&, p] {
                auto store = ServerStore::open(options);
                if (!store) {
                    ++failures;
                    return;
                }
                SyncService service(**store);
                service.setClock([&server] { return server.clock.now; });
                const qint64 site = 1000 + p;
                for (int b = 0; b < kBatches; ++b) {
                    std::vector<RowState> rows;
                    const qint64 hlc = HybridLogicalClock::pack(server.clock.now, b * 10 + p);
                    for (int r = 0; r < kRowsPerBatch; ++r)
                        rows.push_back(person(QUuid::createUuid().toString(QUuid::WithoutBraces), hlc, site,
                                              QStringLiteral("p%1").arg(p)));
                    for (int s = 0; s < kShared && b % 5 == 0; ++s)
                        rows.push_back(person(sharedUuid(s), hlc, site, QStringLiteral("p%1 b%2").arg(p).arg(b)));
                    SyncService::Request request;
                    request.method = "POST";
                    request.path = QStringLiteral("/v1/sync/push");
                    request.token = token;
                    request.body = QJsonObject{{QStringLiteral("epoch"), epoch},
                                               {QStringLiteral("site"), site},
                                               {QStringLiteral("schema"), kSyncSchema},
                                               {QStringLiteral("upto"), b + 1},
                                               {QStringLiteral("tables"), RowCodec::encodeTables(rows)}};
                    SyncService::Reply reply = service.handle(request);
                    if (reply.status != 200) {
                        std::lock_guard lock(errorsMutex);
                        errors << QString::fromUtf8(QJsonDocument(reply.body).toJson(QJsonDocument::Compact));
                        ++failures;
                    }
                }
            });
        }
        for (std::thread& t : pushers)
            t.join();
        done = true;
        puller.join();
        QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));

        // Every row was seen, each in its last version.
        const auto final = serverSnapshot(server.store());
        QCOMPARE(static_cast<int>(final.size()), kPushers * kBatches * kRowsPerBatch + kShared);
        auto rows = server.store().rowsAfter(0, 1000000);
        QVERIFY(rows);
        int missed = 0;
        for (const StoredRow& row : *rows) {
            auto it = seen.find(row.uuid);
            if (it == seen.end() || it->second != row.seq)
                ++missed;
        }
        QCOMPARE(missed, 0);
        QVERIFY(polls > 10); // the puller really ran alongside
        // The shared rows hold the greatest clock's value: the last batch of the greatest site.
        for (int s = 0; s < kShared; ++s) {
            const RowState& row = final.at(QStringLiteral("people/") + sharedUuid(s));
            QCOMPARE(row.values[size_t(row.fieldIndex(u"notes"))].toString(),
                     QStringLiteral("p%1 b%2").arg(kPushers - 1).arg((kBatches - 1) / 5 * 5));
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncConcurrency)
#include "tst_syncconcurrency.moc"
