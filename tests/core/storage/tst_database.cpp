#include "storage/database.h"
#include "storage/migrations.h"
#include "search/searchindex.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

using namespace terrain;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newCampaignIsConfigured()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(db.scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(db.scalar("PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(db.scalar("PRAGMA synchronous").toInt(), 1); // NORMAL
        QVERIFY(db.siteId() > 0);
        const qint64 site = db.siteId();
        campaign.reopen();
        QCOMPARE(campaign.db().siteId(), site);
        QCOMPARE(test::count(campaign.db(), "PRAGMA integrity_check") , 0); // "ok" is text: count() reads 0
        QCOMPARE(campaign.db().scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }

    void foreignKeysAreEnforced()
    {
        test::TempCampaign campaign;
        QVERIFY(!campaign.db().exec("INSERT INTO phones(uuid, hlc, site, person_id, raw, type) "
                                    "VALUES('x', 1, 1, 999, '06', 'mobile')"));
    }

    void refusesFilesThatAreNotCampaigns()
    {
        QTemporaryDir dir;
        // Another application's SQLite database: refused and left untouched.
        const QString other = dir.filePath(QStringLiteral("other.db"));
        {
            sqlite3* raw = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(other).constData(), &raw), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE notes(x); INSERT INTO notes VALUES(1);", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        }
        const QByteArray before = readAll(other);
        auto db = Database::open(other, Database::OpenMode::OpenExisting);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.notcampaign"));
        QCOMPARE(readAll(other), before);

        // A text file.
        const QString text = dir.filePath(QStringLiteral("voters.csv"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("nom;prenom\nDupont;Jean\n");
        file.close();
        auto db2 = Database::open(text, Database::OpenMode::OpenExisting);
        QVERIFY(!db2);
        QCOMPARE(readAll(text), QByteArray("nom;prenom\nDupont;Jean\n"));

        // A missing file is not created when asked to open an existing one.
        auto db3 = Database::open(dir.filePath(QStringLiteral("missing.terrain")), Database::OpenMode::OpenExisting);
        QVERIFY(!db3);
        QCOMPARE(db3.error().code, QStringLiteral("db.missing"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.terrain"))));
    }

    void refusesNewerSchema()
    {
        test::TempCampaign campaign;
        const QString path = campaign.path();
        QVERIFY(campaign.db().exec("PRAGMA user_version = 999"));
        campaign.close();
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("db.newer"));
    }

    // A fixture database of every earlier schema version opens and upgrades, keeping its data.
    void upgradesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void upgradesEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString fixture = test::testDataPath(QStringLiteral("schema/v%1.terrain").arg(version));
        QVERIFY2(QFile::exists(fixture), qPrintable(fixture));
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("old.terrain"));
        QVERIFY(QFile::copy(fixture, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        auto db = Database::open(copy, Database::OpenMode::OpenExisting);
        QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
        Database& upgraded = **db;
        QCOMPARE(upgraded.schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(upgraded.scalar("PRAGMA integrity_check").toString(), QStringLiteral("ok"));
        // The fixture's data survived: two people, one with a phone.
        QCOMPARE(test::count(upgraded, "SELECT count(*) FROM people"), 2);
        QCOMPARE(test::column(upgraded, "SELECT last_name FROM people ORDER BY id"),
                 (QStringList{QStringLiteral("Dupont"), QStringLiteral("Lefèvre")}));
        QCOMPARE(upgraded.meta(QStringLiteral("campaign_name")), QStringLiteral("Fixture v%1").arg(version));
        // Version 2 built the search index from existing rows.
        QCOMPARE(test::count(upgraded, "SELECT count(*) FROM search_index WHERE search_index MATCH 'lefevre'"), 1);
        QCOMPARE(test::count(upgraded, "SELECT count(*) FROM search_index WHERE search_index MATCH 'phone:33612*'"), 1);
    }

    void transactionsRollBackAndNest()
    {
        test::TempCampaign campaign;
        Database& db = campaign.db();
        {
            Database::Transaction tx(db);
            QVERIFY(db.setMeta(QStringLiteral("a"), QStringLiteral("1")));
        } // not committed
        QCOMPARE(db.meta(QStringLiteral("a")), QString());
        {
            Database::Transaction outer(db);
            QVERIFY(db.setMeta(QStringLiteral("a"), QStringLiteral("1")));
            {
                Database::Transaction inner(db);
                QVERIFY(db.setMeta(QStringLiteral("b"), QStringLiteral("2")));
            } // inner rolled back
            QVERIFY(outer.commit());
        }
        QCOMPARE(db.meta(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(db.meta(QStringLiteral("b")), QString());
        QVERIFY(!db.inTransaction());
    }

    // Writes the fixture databases; run by hand when a schema version is released:
    //   TERRAIN_WRITE_FIXTURES=1 tst_database writeFixtures
    void writeFixtures()
    {
        if (qEnvironmentVariableIsEmpty("TERRAIN_WRITE_FIXTURES"))
            QSKIP("set TERRAIN_WRITE_FIXTURES=1 to regenerate tests/data/schema");
        for (int v = 1; v < Database::latestSchemaVersion(); ++v) {
            const QString path = test::testDataPath(QStringLiteral("schema/v%1.terrain").arg(v));
            QFile::remove(path);
            auto db = Database::open(path, Database::OpenMode::CreateIfMissing, v);
            QVERIFY(db);
            Database& d = **db;
            QVERIFY(d.setMeta(QStringLiteral("campaign_name"), QStringLiteral("Fixture v%1").arg(v)));
            QVERIFY(d.exec(
                "INSERT INTO people(uuid, hlc, site, last_name, first_names, folded_name, created_at) VALUES"
                " ('0190a000-0000-7000-8000-000000000001', 1, 1, 'Dupont', 'Jean', 'dupont jean', 0),"
                " ('0190a000-0000-7000-8000-000000000002', 2, 1, 'Lefèvre', 'Anne', 'lefevre anne', 0);"
                "INSERT INTO phones(uuid, hlc, site, person_id, e164, raw, type) VALUES"
                " ('0190a000-0000-7000-8000-000000000003', 3, 1, 2, '+33612345678', '06 12 34 56 78', 'mobile');"
                ""));
            // As the app would have left it: the search index up to date from version 2 on.
            if (v >= 2)
                QVERIFY(SearchIndex(d).rebuild());
            QVERIFY(d.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    }

private:
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
