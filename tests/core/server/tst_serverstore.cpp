// ServerStore on its own: a server.db written by the earlier store (through Qt's SQLite
// driver) opens and stays readable by it, text round-trips whatever its script, a failed
// statement inside a push's transaction rolls back cleanly, and a pull reads only what
// is committed.
#include "synctestkit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>

using namespace terrain;
using namespace terrain::test;

namespace {

const QString kPerson = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kList = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kVolunteer = QStringLiteral("Bénédicte");
// Accents, a typographic apostrophe, a family emoji (joined code points, 4-byte UTF-8),
// Chinese, a combining accent, a line separator and a JSON-escaped quote.
const QString kUnicode
    = QStringLiteral("Zoë Ñúñez-Lefèvre l’aînée 👩‍👩‍👧 李小龙 e\u0301 \u2028 \\\"fin\\\"");

QString describe(const Error& error)
{
    return error.code + u' ' + error.toString();
}

std::unique_ptr<ServerStore> openStore(Backend backend, const QString& sqlitePath, QString* failure)
{
    ServerStore::Options options;
    if (backend == Backend::Postgres)
        options.postgresUrl = PgCluster::instance().url();
    else
        options.sqlitePath = sqlitePath;
    auto store = ServerStore::open(options);
    if (!store) {
        *failure = describe(store.error());
        return nullptr;
    }
    return std::move(*store);
}

// A fresh, initialised store: a new file, or an emptied PostgreSQL database.
std::unique_ptr<ServerStore> freshStore(Backend backend, const QTemporaryDir& dir, QString* failure)
{
    if (backend == Backend::Postgres)
        TestServer::wipePostgres(PgCluster::instance().url());
    auto store = openStore(backend, dir.filePath(QStringLiteral("server.db")), failure);
    if (store) {
        if (Status s = store->initialize(); !s) {
            *failure = describe(s.error());
            return nullptr;
        }
    }
    return store;
}

StoredRow makeRow(const QString& table, const QString& uuid, qint64 seq, const QByteArray& data)
{
    StoredRow row;
    row.table = table;
    row.uuid = uuid;
    row.seq = seq;
    row.data = data;
    return row;
}

// The file as an earlier terrain-server reads it: through Qt's SQLite driver.
class QtSqliteReader
{
public:
    explicit QtSqliteReader(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~QtSqliteReader()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QVariantList column(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        QVariantList values;
        if (!query.exec(sql))
            values << QStringLiteral("error: %1").arg(query.lastError().text());
        while (query.next())
            values << query.value(0);
        return values;
    }

private:
    QString m_name = QStringLiteral("tst_serverstore-qt");
};

} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void earlierFileOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.db"));
        QVERIFY(QFile::copy(testDataPath(QStringLiteral("serverstore/server-qtsql.db")), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QString failure;
        const QByteArray personData = QStringLiteral("[\"%1\",[\"Hélène\",\"Lefèvre-Nguyễn\",\"12 rue de l’Église\"],"
                                                     "[[1780000000000,1]]]")
                                          .arg(kPerson)
                                          .toUtf8();
        const QByteArray newData = QStringLiteral("[\"%1\",[\"Zoë\",\"Lefèvre-Nguyễn\",\"3 place du Marché\"],"
                                                  "[[1780000000500,2]]]")
                                       .arg(kPerson)
                                       .toUtf8();
        const QByteArray tagData = QStringLiteral("[\"66666666-6666-4666-8666-666666666666\",[\"À relancer 📞\"],"
                                                  "[[1780000000500,1]]]")
                                       .toUtf8();
        {
            auto store = openStore(Backend::Sqlite, path, &failure);
            QVERIFY2(store, qPrintable(failure));
            QVERIFY(store->isInitialized());
            // What terrain-server does on every start: tables a newer version added.
            QVERIFY(store->initialize());
            QCOMPARE(store->epoch(), QStringLiteral("6d1c2f0e-3a4b-4c5d-8e9f-0a1b2c3d4e5f"));

            auto admin = store->user(QStringLiteral("admin"));
            QVERIFY(admin && admin->has_value());
            QCOMPARE((*admin)->role, QStringLiteral("admin"));
            QCOMPARE((*admin)->hash, QByteArray("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"));
            QCOMPARE((*admin)->disabled, false);
            auto volunteer = store->user(kVolunteer);
            QVERIFY(volunteer && volunteer->has_value());
            QCOMPARE((*volunteer)->role, QStringLiteral("volunteer"));
            auto users = store->users();
            QVERIFY(users);
            QCOMPARE(users->size(), 2);
            QCOMPARE(users->at(0).name, kVolunteer); // binary order: 'B' before 'a'
            const QByteArray token = QCryptographicHash::hash("fixture-token", QCryptographicHash::Sha256).toHex();
            QCOMPARE(store->tokenUser(token, 1780000000000).value(), QStringLiteral("admin"));
            QCOMPARE(store->acknowledged(4242).value(), 17);
            QCOMPARE(store->siteUsers().value().value(4242), QStringLiteral("admin"));
            QCOMPARE(store->rowCount().value(), 5);

            auto rows = store->rowsAfter(0, 100);
            QVERIFY(rows);
            QCOMPARE(rows->size(), size_t(5));
            const QStringList tables { QStringLiteral("people"), QStringLiteral("phones"), QStringLiteral("lists"),
                QStringLiteral("list_members"), QStringLiteral("tags") };
            for (int i = 0; i < 5; ++i) {
                QCOMPARE(rows->at(size_t(i)).table, tables.at(i));
                QCOMPARE(rows->at(size_t(i)).seq, i + 1);
            }
            QCOMPARE(rows->at(0).data, personData);
            QCOMPARE(rows->at(0).person, kPerson);
            QVERIFY(rows->at(0).assignee.isNull());
            QCOMPARE(rows->at(2).assignee, kVolunteer);
            QVERIFY(rows->at(2).person.isNull());
            QCOMPARE(rows->at(3).list, kList);
            QCOMPARE(rows->at(4).live, false);
            QCOMPARE(store->rowsAfter(0, 100, kVolunteer).value().size(), size_t(5));
            QCOMPARE(store->scopePeople(kVolunteer).value(), QStringList { kPerson });
            QCOMPARE(store->scopeLists(kVolunteer).value(), QStringList { kList });

            // A push on it: the counter goes on from where the earlier server left it.
            QVERIFY(store->begin());
            auto locked = store->lockRows(
                QStringLiteral("people"), { kPerson, QStringLiteral("77777777-7777-4777-8777-777777777777") });
            QVERIFY(locked);
            QCOMPARE(locked->size(), 1);
            QCOMPARE(locked->value(kPerson), personData);
            auto first = store->allocateSequence(2);
            QVERIFY(first);
            QCOMPARE(*first, 6);
            StoredRow person = makeRow(QStringLiteral("people"), kPerson, 6, newData);
            person.person = kPerson;
            QVERIFY(store->updateRow(person));
            QVERIFY(store->writeRow(
                makeRow(QStringLiteral("tags"), QStringLiteral("66666666-6666-4666-8666-666666666666"), 7, tagData)));
            QVERIFY(store->setAcknowledged(4242, 18));
            QVERIFY(store->commit());
            QCOMPARE(store->rowsAfter(5, 100).value().size(), size_t(2));
        }
        // The earlier server still reads it: text as before (UTF-8 TEXT, NULL where nothing).
        QtSqliteReader qt(path);
        QCOMPARE(qt.column(QStringLiteral("SELECT data FROM server_rows WHERE tbl = 'people'")),
            QVariantList { QString::fromUtf8(newData) });
        QCOMPARE(qt.column(QStringLiteral("SELECT data FROM server_rows WHERE tbl = 'tags' AND seq = 7")),
            QVariantList { QString::fromUtf8(tagData) });
        QCOMPARE(qt.column(QStringLiteral("SELECT DISTINCT typeof(data) FROM server_rows")),
            QVariantList { QStringLiteral("text") });
        QCOMPARE(qt.column(QStringLiteral("SELECT typeof(person) || typeof(list) || typeof(assignee) FROM server_rows"
                                          " WHERE seq = 7")),
            QVariantList { QStringLiteral("nullnullnull") });
        QCOMPARE(qt.column(QStringLiteral("SELECT seq FROM server_counter")), QVariantList { 7 });
        QCOMPARE(qt.column(QStringLiteral("SELECT counter FROM server_acks WHERE site = 4242")), QVariantList { 18 });
    }

    void freshDatabaseIsInitializedOnce_data() { addBackendRows(); }
    void freshDatabaseIsInitializedOnce()
    {
        QFETCH(Backend, backend);
        TERRAIN_REQUIRE_BACKEND(backend);
        if (backend == Backend::Postgres)
            TestServer::wipePostgres(PgCluster::instance().url());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.db"));
        QString failure;
        QString epoch;
        {
            auto store = openStore(backend, path, &failure);
            QVERIFY2(store, qPrintable(failure));
            // No tables yet: asked before and after `terrain-server init` on one connection.
            QVERIFY(!store->isInitialized());
            QVERIFY(store->epoch().isEmpty());
            QVERIFY(store->initialize());
            QVERIFY(store->isInitialized());
            epoch = store->epoch();
            QVERIFY(!epoch.isEmpty());
            QVERIFY(store->initialize());
            QCOMPARE(store->epoch(), epoch);
        }
        auto store = openStore(backend, path, &failure);
        QVERIFY2(store, qPrintable(failure));
        QVERIFY(store->isInitialized());
        QCOMPARE(store->epoch(), epoch);
    }

    void unicodeRoundTrips_data() { addBackendRows(); }
    void unicodeRoundTrips()
    {
        QFETCH(Backend, backend);
        TERRAIN_REQUIRE_BACKEND(backend);
        QTemporaryDir dir;
        QString failure;
        auto store = freshStore(backend, dir, &failure);
        QVERIFY2(store, qPrintable(failure));
        const QByteArray personData = (u"[\"" + kPerson + u"\",[\"" + kUnicode + u"\"],[[1780000000000,1]]]").toUtf8();
        const QByteArray listData
            = (u"[\"" + kList + u"\",[\"Liste " + kUnicode + u"\"],[[1780000000000,1]]]").toUtf8();

        QVERIFY(store->addUser(kUnicode, QStringLiteral("volunteer"), "$argon2id$v=19$x", 1));
        QVERIFY(store->setSiteUser(99, kUnicode));
        QVERIFY(store->setMeta(QStringLiteral("note"), kUnicode));
        QVERIFY(store->begin());
        QVERIFY(store->lockRows(QStringLiteral("people"), { kPerson }).value().isEmpty());
        QVERIFY(store->lockRows(QStringLiteral("lists"), { kList }).value().isEmpty());
        QCOMPARE(store->allocateSequence(3).value(), 1);
        StoredRow person = makeRow(QStringLiteral("people"), kPerson, 1, personData);
        person.person = kPerson;
        StoredRow list = makeRow(QStringLiteral("lists"), kList, 2, listData);
        list.assignee = kUnicode;
        StoredRow member = makeRow(
            QStringLiteral("list_members"), QStringLiteral("44444444-4444-4444-8444-444444444444"), 3, "[\"m\"]");
        member.person = kPerson;
        member.list = kList;
        QVERIFY(store->writeRow(person));
        QVERIFY(store->writeRow(list));
        QVERIFY(store->writeRow(member));
        QVERIFY(store->commit());

        QCOMPARE(store->meta(QStringLiteral("note")), kUnicode);
        QCOMPARE(store->siteUsers().value().value(99), kUnicode);
        auto user = store->user(kUnicode);
        QVERIFY(user && user->has_value());
        QCOMPARE((*user)->name, kUnicode);
        QCOMPARE(store->users().value().value(0).name, kUnicode);
        auto stored = store->row(QStringLiteral("lists"), kList);
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->data, listData);
        QCOMPARE((*stored)->assignee, kUnicode);
        auto rows = store->rowsAfter(0, 10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), size_t(3));
        QCOMPARE(rows->at(0).data, personData);
        QCOMPARE(rows->at(1).data, listData);
        QCOMPARE(rows->at(1).assignee, kUnicode);
        // The volunteer's scope is found through the name: the same text in and out.
        QCOMPARE(store->scopeLists(kUnicode).value(), QStringList { kList });
        QCOMPARE(store->scopePeople(kUnicode).value(), QStringList { kPerson });
        QCOMPARE(store->rowsAfter(0, 10, kUnicode).value().size(), size_t(3));
        auto scope = store->rowsOfScope({ kPerson }, { kList });
        QVERIFY(scope);
        QCOMPARE(scope->size(), size_t(4)); // the member twice: by person and by list
        QCOMPARE(scope->at(0).table == u"people" ? scope->at(0).data : scope->at(1).data, personData);
        QVERIFY(store->begin());
        QCOMPARE(store->lockRow(QStringLiteral("people"), kPerson).value(), personData);
        QCOMPARE(store->lockRows(QStringLiteral("lists"), { kList }).value().value(kList), listData);
        store->rollback();

        if (backend == Backend::Sqlite) {
            // Stored as the earlier server stored it: UTF-8 text, byte for byte.
            store.reset();
            QtSqliteReader qt(dir.filePath(QStringLiteral("server.db")));
            QCOMPARE(qt.column(QStringLiteral("SELECT data FROM server_rows WHERE tbl = 'people'")),
                QVariantList { QString::fromUtf8(personData) });
            QCOMPARE(
                qt.column(QStringLiteral("SELECT length(CAST(data AS BLOB)) FROM server_rows WHERE tbl = 'people'")),
                QVariantList { personData.size() });
            QCOMPARE(qt.column(QStringLiteral("SELECT assignee FROM server_rows WHERE tbl = 'lists'")),
                QVariantList { kUnicode });
            QCOMPARE(qt.column(QStringLiteral("SELECT typeof(hash) || typeof(created_at) FROM server_users")),
                QVariantList { QStringLiteral("textinteger") });
        }
    }

    void failedStatementRollsBack_data() { addBackendRows(); }
    void failedStatementRollsBack()
    {
        QFETCH(Backend, backend);
        TERRAIN_REQUIRE_BACKEND(backend);
        QTemporaryDir dir;
        QString failure;
        auto store = freshStore(backend, dir, &failure);
        QVERIFY2(store, qPrintable(failure));
        const QString a = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
        const QString b = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

        QVERIFY(store->begin());
        QVERIFY(store->acknowledged(5));
        QCOMPARE(store->lockRow(QStringLiteral("tags"), a).value(), QByteArray());
        QCOMPARE(store->allocateSequence(2).value(), 1);
        QVERIFY(store->writeRow(makeRow(QStringLiteral("tags"), a, 1, "[\"a\"]")));
        QVERIFY(store->setAcknowledged(5, 3));
        // data is NOT NULL: this insert fails inside the transaction.
        const Status failed = store->writeRow(makeRow(QStringLiteral("tags"), b, 2, QByteArray()));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("server.sql"));
        QCOMPARE(failed.error().message, QStringLiteral("Database error"));
        QVERIFY2(failed.error().detail.contains(u"null", Qt::CaseInsensitive), qPrintable(failed.error().detail));
        QVERIFY2(failed.error().detail.contains(u"INSERT INTO server_rows"), qPrintable(failed.error().detail));
        store->rollback();

        // Nothing of it stayed: not the row, not the counter, not the acknowledgement.
        QCOMPARE(store->rowCount().value(), 0);
        QVERIFY(!store->row(QStringLiteral("tags"), a).value().has_value());
        QCOMPARE(store->acknowledged(5).value(), 0);

        // Another connection writes at once (nothing still holds the database or the row)...
        {
            auto other = openStore(backend, dir.filePath(QStringLiteral("server.db")), &failure);
            QVERIFY2(other, qPrintable(failure));
            QElapsedTimer timer;
            timer.start();
            QVERIFY(other->begin());
            QCOMPARE(other->lockRow(QStringLiteral("tags"), a).value(), QByteArray());
            QVERIFY(other->dropPlaceholder(QStringLiteral("tags"), a));
            QVERIFY(other->setSiteUser(5, QStringLiteral("autre")));
            QVERIFY(other->commit());
            QVERIFY2(timer.elapsed() < 5000, "waited for a lock the rollback should have released");
        }
        // ...and the retried push goes through on the same store.
        QVERIFY(store->begin());
        QVERIFY(store->lockRows(QStringLiteral("tags"), { a, b }).value().isEmpty());
        QCOMPARE(store->allocateSequence(2).value(), 1);
        QVERIFY(store->writeRow(makeRow(QStringLiteral("tags"), a, 1, "[\"a\"]")));
        QVERIFY(store->writeRow(makeRow(QStringLiteral("tags"), b, 2, "[\"b\"]")));
        QVERIFY(store->setAcknowledged(5, 3));
        QVERIFY(store->commit());
        QCOMPARE(store->rowCount().value(), 2);
        QCOMPARE(store->acknowledged(5).value(), 3);
        QCOMPARE(store->rowsAfter(0, 10).value().size(), size_t(2));
    }

    // The pull's reads (a connection of their own on SQLite) see what is committed, and
    // are not held up by a push in progress.
    void pullReadsCommittedRows()
    {
        QTemporaryDir dir;
        QString failure;
        auto store = freshStore(Backend::Sqlite, dir, &failure);
        QVERIFY2(store, qPrintable(failure));
        auto puller = openStore(Backend::Sqlite, dir.filePath(QStringLiteral("server.db")), &failure);
        QVERIFY2(puller, qPrintable(failure));
        QVERIFY(store->begin());
        QCOMPARE(store->allocateSequence(1).value(), 1);
        QVERIFY(store->writeRow(makeRow(QStringLiteral("tags"), QStringLiteral("t1"), 1, "[\"t\"]")));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(store->rowsAfter(0, 10).value().size(), size_t(0));
        QCOMPARE(puller->rowsAfter(0, 10).value().size(), size_t(0));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(store->commit());
        QCOMPARE(store->rowsAfter(0, 10).value().size(), size_t(1));
        QCOMPARE(puller->rowsAfter(0, 10).value().size(), size_t(1));
        QCOMPARE(puller->rowsAfter(1, 10).value().size(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_serverstore.moc"
