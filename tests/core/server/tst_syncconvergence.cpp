// Randomised convergence: three laptops make seeded random edits, deletes, tag and list
// changes, go offline, lose answers and sync in random order; after a final sync every
// laptop and the server hold exactly what a model of the merge rule predicts.
#include "sync/repository.h"

#include "synctestkit.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>

using namespace terrain;
using namespace terrain::test;

namespace {

constexpr int kLaptops = 3;

// The model: for every field of every row ever written, the write with the greatest
// (hlc, site), computed here independently of mergeRows.
class Model
{
public:
    void record(const RowState& row)
    {
        for (int i = 0; i < row.fieldCount(); ++i) {
            const QString key = QLatin1StringView(row.table->name) + u'/' + row.uuid + u'/' + QString::number(i);
            const size_t k = static_cast<size_t>(i);
            auto it = m_fields.find(key);
            const bool greater = it == m_fields.end() || row.clocks[k].hlc > it->second.first.hlc
                || (row.clocks[k].hlc == it->second.first.hlc && row.clocks[k].site > it->second.first.site);
            if (greater)
                m_fields[key] = {row.clocks[k], row.values[k]};
        }
        m_rows.insert(QLatin1StringView(row.table->name) + u'/' + row.uuid);
    }

    // Empty when the snapshot is what the model predicts, else the first difference.
    QString check(const std::map<QString, RowState>& snapshot) const
    {
        if (static_cast<qsizetype>(snapshot.size()) != m_rows.size())
            return QStringLiteral("%1 rows, the model has %2").arg(snapshot.size()).arg(m_rows.size());
        for (const auto& [key, row] : snapshot) {
            if (!m_rows.contains(key))
                return QStringLiteral("unexpected row %1").arg(key);
            for (int i = 0; i < row.fieldCount(); ++i) {
                auto it = m_fields.find(key + u'/' + QString::number(i));
                if (it == m_fields.end())
                    continue; // a field this version added later
                const size_t k = static_cast<size_t>(i);
                if (row.clocks[k] != it->second.first || row.values[k] != it->second.second)
                    return QStringLiteral("%1 field %2: %3 at %4, the model says %5 at %6")
                        .arg(key, row.fieldName(i),
                             QString::fromUtf8(QJsonDocument(QJsonArray{row.values[k]}).toJson(QJsonDocument::Compact)))
                        .arg(row.clocks[k].hlc)
                        .arg(QString::fromUtf8(QJsonDocument(QJsonArray{it->second.second}).toJson(QJsonDocument::Compact)))
                        .arg(it->second.first.hlc);
            }
        }
        return {};
    }

private:
    std::map<QString, std::pair<FieldClock, QJsonValue>> m_fields;
    QSet<QString> m_rows;
};

QString derivedUuid(const QString& a, const QString& b)
{
    static const QUuid ns(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));
    return QUuid::createUuidV5(ns, a + u'|' + b).toString(QUuid::WithoutBraces);
}

class Run
{
public:
    Run(Backend backend, quint32 seed, bool skewed)
        : m_server(backend),
          m_random(seed)
    {
        const qint64 day = 24LL * 3600 * 1000;
        for (int i = 0; i < kLaptops; ++i) {
            const qint64 skew = !skewed ? 0 : i == 1 ? day : i == 2 ? -day : 0;
            m_laptops.push_back(std::make_unique<Laptop>(
                m_server, m_server.addUser(QStringLiteral("user%1").arg(i), QStringLiteral("coordinator")), skew));
            m_repos.push_back(std::make_unique<Repository>(m_laptops.back()->db(), QStringLiteral("user%1").arg(i)));
        }
        m_skewed = skewed;
    }

    QString play(int steps)
    {
        // The campaign's starting point, made on the first laptop and shared.
        Repository& first = *m_repos[0];
        for (int i = 0; i < 6; ++i)
            track(0, "people", first.insert("people", personValues(name(), name())));
        for (const char* tag : {"benevole", "donateur", "voisin"})
            track(0, "tags", first.insert("tags", {{QStringLiteral("name"), QLatin1StringView(tag)},
                                                   {QStringLiteral("folded"), QLatin1StringView(tag)}}));
        for (const char* code : {"L1", "L2"})
            track(0, "lists", first.insert("lists", {{QStringLiteral("kind"), QStringLiteral("door")},
                                                     {QStringLiteral("name"), QLatin1StringView(code)},
                                                     {QStringLiteral("code"), QLatin1StringView(code)},
                                                     {QStringLiteral("created_at"), qint64(1)}}));
        for (int i = 0; i < kLaptops; ++i) {
            if (QString e = syncOk(i); !e.isEmpty())
                return e;
        }

        std::vector<bool> offline(kLaptops, false);
        for (int step = 0; step < steps; ++step) {
            const qint64 delta = m_random.bounded(3000);
            m_server.clock.now += delta;
            for (auto& laptop : m_laptops)
                laptop->clock.now += delta;
            if (m_skewed && step == steps / 2)
                m_laptops[0]->clock.now -= 3600 * 1000; // someone sets the clock back an hour
            const int who = static_cast<int>(m_random.bounded(kLaptops));
            if (m_random.bounded(10) == 0)
                offline[static_cast<size_t>(who)] = !offline[static_cast<size_t>(who)];
            if (m_random.bounded(4) == 0) {
                if (offline[static_cast<size_t>(who)])
                    continue;
                if (m_random.bounded(12) == 0) {
                    // The answer of the push or of a pull is lost: the next sync repairs it.
                    m_laptops[static_cast<size_t>(who)]->flaky.loseNext = 1;
                    m_laptops[static_cast<size_t>(who)]->flaky.loseOnly =
                        m_random.bounded(2) ? QStringLiteral("/v1/sync/push") : QStringLiteral("/v1/sync/pull");
                    (void)m_laptops[static_cast<size_t>(who)]->sync();
                    m_laptops[static_cast<size_t>(who)]->flaky.loseNext = 0;
                    continue;
                }
                if (QString e = syncOk(who); !e.isEmpty())
                    return e;
                continue;
            }
            if (QString e = edit(who); !e.isEmpty())
                return e;
        }

        // Everyone online: two rounds bring everything everywhere.
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < kLaptops; ++i) {
                if (QString e = syncOk(i); !e.isEmpty())
                    return e;
            }
        }
        for (int i = 0; i < kLaptops; ++i) {
            if (QString e = m_model.check(m_laptops[static_cast<size_t>(i)]->snapshot()); !e.isEmpty())
                return QStringLiteral("laptop %1: %2").arg(i).arg(e);
            if (m_laptops[static_cast<size_t>(i)]->client->pendingChanges() != 0)
                return QStringLiteral("laptop %1 still has pending changes").arg(i);
            if (count(m_laptops[static_cast<size_t>(i)]->db(), "SELECT count(*) FROM sync_deferred") != 0)
                return QStringLiteral("laptop %1 has rows waiting for their parents").arg(i);
            // Applied with SQLite's reference checks off: every reference holds all the same.
            if (count(m_laptops[static_cast<size_t>(i)]->db(), "SELECT count(*) FROM pragma_foreign_key_check") != 0)
                return QStringLiteral("laptop %1 has broken references").arg(i);
            if (count(m_laptops[static_cast<size_t>(i)]->db(), "PRAGMA foreign_keys") != 1)
                return QStringLiteral("laptop %1 checks references no more").arg(i);
        }
        if (QString e = m_model.check(serverSnapshot(m_server.store())); !e.isEmpty())
            return QStringLiteral("server: ") + e;
        return {};
    }

    int edits = 0;

private:
    QString name()
    {
        static const char* const names[] = {"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Leroy"};
        return QLatin1StringView(names[m_random.bounded(8)]) + QString::number(m_random.bounded(100));
    }

    QString syncOk(int who)
    {
        auto report = m_laptops[static_cast<size_t>(who)]->sync();
        return report ? QString() : QStringLiteral("sync of laptop %1: %2").arg(who).arg(report.error().toString());
    }

    QString randomUuid(int who, const char* table, const char* where = "1 = 1")
    {
        const QStringList uuids = column(m_laptops[static_cast<size_t>(who)]->db(),
                                         QStringLiteral("SELECT uuid FROM %1 WHERE %2 ORDER BY uuid")
                                             .arg(QLatin1StringView(table), QLatin1StringView(where))
                                             .toUtf8()
                                             .constData());
        return uuids.isEmpty() ? QString() : uuids[static_cast<int>(m_random.bounded(uuids.size()))];
    }

    template <typename T>
    void track(int who, const char* table, const Result<T>& written)
    {
        if (!written)
            qFatal("edit failed: %s", qPrintable(written.error().toString()));
        if constexpr (std::is_same_v<T, qint64>)
            record(who, table, m_repos[static_cast<size_t>(who)]->uuidOf(table, written.value()).value());
    }

    void record(int who, const char* table, const QString& uuid)
    {
        SyncLocalStore store(m_laptops[static_cast<size_t>(who)]->db());
        std::optional<RowState> row = store.read(*findTable(table), uuid);
        if (!row)
            qFatal("written row not found");
        m_model.record(*row);
        ++edits;
    }

    // Updates a row, or inserts it with that UUID if this laptop has not seen it.
    QString upsert(int who, const char* table, const QString& uuid, const FieldValues& insertValues,
                   const FieldValues& updateValues)
    {
        Database& db = m_laptops[static_cast<size_t>(who)]->db();
        Repository& repo = *m_repos[static_cast<size_t>(who)];
        const qint64 id = idOf(db, table, uuid);
        if (id == 0) {
            auto inserted = repo.insert(table, insertValues, uuid);
            if (!inserted)
                return inserted.error().toString();
        } else {
            auto updated = repo.update(table, id, updateValues);
            if (!updated)
                return updated.error().toString();
        }
        record(who, table, uuid);
        return {};
    }

    QString edit(int who)
    {
        Database& db = m_laptops[static_cast<size_t>(who)]->db();
        Repository& repo = *m_repos[static_cast<size_t>(who)];
        const int kind = static_cast<int>(m_random.bounded(100));
        const QString person = randomUuid(who, "people");
        if (kind < 15 || person.isEmpty()) {
            track(who, "people", repo.insert("people", personValues(name(), name())));
            return {};
        }
        const qint64 personId = idOf(db, "people", person);
        if (kind < 45) {
            FieldValues values;
            switch (m_random.bounded(4)) {
            case 0:
                values = {{QStringLiteral("support"), m_random.bounded(3) ? QVariant(1 + m_random.bounded(5)) : QVariant()}};
                break;
            case 1:
                values = {{QStringLiteral("notes"), name()}};
                break;
            case 2:
                values = {{QStringLiteral("last_name"), name()}, {QStringLiteral("dnc_phone"), int(m_random.bounded(2))}};
                break;
            default:
                values = {{QStringLiteral("household_id"), QVariant()}, {QStringLiteral("first_names"), name()}};
                break;
            }
            auto updated = repo.update("people", personId, values);
            if (!updated)
                return updated.error().toString();
            record(who, "people", person);
            return {};
        }
        if (kind < 50) {
            if (Status s = repo.remove("people", personId); !s)
                return s.error().toString();
            record(who, "people", person);
            return {};
        }
        if (kind < 62) {
            const QString phone = randomUuid(who, "phones");
            if (phone.isEmpty() || m_random.bounded(2)) {
                track(who, "phones", repo.insert("phones", {{QStringLiteral("person_id"), personId},
                                                            {QStringLiteral("raw"), name()},
                                                            {QStringLiteral("type"), QStringLiteral("mobile")}}));
                return {};
            }
            auto updated = repo.update("phones", idOf(db, "phones", phone), {{QStringLiteral("raw"), name()},
                                                                             {QStringLiteral("bad"), int(m_random.bounded(2))}});
            if (!updated)
                return updated.error().toString();
            record(who, "phones", phone);
            return {};
        }
        if (kind < 80) {
            const QString tag = randomUuid(who, "tags");
            const QString uuid = derivedUuid(person, tag);
            const int present = static_cast<int>(m_random.bounded(2));
            return upsert(who, "person_tags", uuid,
                          {{QStringLiteral("person_id"), personId}, {QStringLiteral("tag_id"), idOf(db, "tags", tag)},
                           {QStringLiteral("present"), present}},
                          {{QStringLiteral("present"), present}});
        }
        if (kind < 94) {
            const QString list = randomUuid(who, "lists");
            const QString uuid = derivedUuid(list, person);
            const int present = static_cast<int>(m_random.bounded(2));
            const int rank = static_cast<int>(m_random.bounded(50));
            return upsert(who, "list_members", uuid,
                          {{QStringLiteral("list_id"), idOf(db, "lists", list)}, {QStringLiteral("person_id"), personId},
                           {QStringLiteral("rank"), rank}, {QStringLiteral("present"), present}},
                          {{QStringLiteral("rank"), rank}, {QStringLiteral("present"), present}});
        }
        const QString list = randomUuid(who, "lists");
        const QVariant assignee = m_random.bounded(3) == 0 ? QVariant() : QVariant(QStringLiteral("user%1").arg(m_random.bounded(3)));
        auto updated = repo.update("lists", idOf(db, "lists", list), {{QStringLiteral("assignee"), assignee}});
        if (!updated)
            return updated.error().toString();
        record(who, "lists", list);
        return {};
    }

    TestServer m_server;
    QRandomGenerator m_random;
    std::vector<std::unique_ptr<Laptop>> m_laptops;
    std::vector<std::unique_ptr<Repository>> m_repos;
    Model m_model;
    bool m_skewed = false;
};

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private:
    void runSeeds(Backend backend, int seeds, int steps)
    {
        int edits = 0;
        QElapsedTimer setup;
        qint64 setupMs = 0;
        for (int seed = 1; seed <= seeds; ++seed) {
            setup.start();
            Run run(backend, static_cast<quint32>(seed), seed % 4 == 0);
            setupMs += setup.elapsed();
            const QString failure = run.play(steps);
            QVERIFY2(failure.isEmpty(), qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(failure)));
            edits += run.edits;
        }
        qInfo("%d seeds, %d edits checked against the model (setup %lld ms)", seeds, edits,
              static_cast<long long>(setupMs));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Quiet: thousands of syncs.
        QLoggingCategory::setFilterRules(QStringLiteral("terrain.server.info=false\nterrain.sync.info=false"));
    }

    // Every fourth seed: one laptop a day ahead, one a day behind, a clock set back mid-run.
    void convergesOnSqlite() { runSeeds(Backend::Sqlite, 200, 40); }

    void convergesOnPostgres()
    {
        TERRAIN_REQUIRE_BACKEND(Backend::Postgres);
        runSeeds(Backend::Postgres, 40, 40);
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"
