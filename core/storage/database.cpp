#include "database.h"

#include "storage/migrations.h"
#include "storage/searchschema.h"
#include "util/logging.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <mutex>

#include <utility>

namespace terrain {

namespace {
constexpr int kApplicationId = 0x5445524E; // "TERN"
// The log's size (pages of 16 KiB) past which a commit folds it back: a backstop, and a
// higher one while a whole campaign is written (longWrite()).
constexpr int kWalBackstopPages = 4096;
constexpr int kLongWriteBackstopPages = 16384;

QByteArray walBackstop(int pages)
{
    return "PRAGMA wal_autocheckpoint=" + QByteArray::number(pages) + ';';
}

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::Database", text);
}

QString argumentText(sqlite3_value* value)
{
    const auto* data = static_cast<const char16_t*>(sqlite3_value_text16(value));
    if (!data)
        return {};
    return QString(reinterpret_cast<const QChar*>(data), sqlite3_value_bytes16(value) / 2);
}

void resultText(sqlite3_context* context, const QString& text)
{
    sqlite3_result_text16(context, text.utf16(), static_cast<int>(text.size() * 2), SQLITE_TRANSIENT);
}

// terrain_fold(text): the folded form used for matching (see foldText).
void sqlFold(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return sqlite3_result_null(context);
    resultText(context, foldText(argumentText(argv[0])));
}

// terrain_digits(text): only the digits, for phone search.
void sqlDigits(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return sqlite3_result_null(context);
    resultText(context, digitsOnly(argumentText(argv[0])));
}

// terrain_search_name(folded_name, last_name), terrain_search_phone(e164, raw): what the search
// index holds of a person's names and of one phone (searchschema.h).
void sqlSearchName(sqlite3_context* context, int, sqlite3_value** argv)
{
    resultText(context, searchNameTerms(argumentText(argv[0]), argumentText(argv[1])));
}

void sqlSearchPhone(sqlite3_context* context, int, sqlite3_value** argv)
{
    resultText(context, searchPhoneTerms(argumentText(argv[0]), argumentText(argv[1])));
}
} // namespace

void configureSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SQLITE_MISUSE when SQLite was started already (by another library): it keeps its defaults.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

int Database::latestSchemaVersion()
{
    return migrations().back().version; // ascending
}

int Database::fileSchemaVersion(const QString& path)
{
    configureSqlite();
    sqlite3* db = nullptr;
    int version = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        Statement st(db, "PRAGMA user_version");
        if (st.step())
            version = static_cast<int>(st.int64(0));
    }
    sqlite3_close_v2(db);
    return version;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode, int targetVersion)
{
    configureSqlite();
    const QFileInfo info(path);
    if (mode == OpenMode::OpenExisting && !info.exists())
        return makeError(QStringLiteral("db.missing"), tr("The campaign file does not exist."), path);
    if (!info.exists() && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(QStringLiteral("db.folder"), tr("Cannot create the folder for the campaign file."),
                         info.absolutePath());

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    const QByteArray nativePath = QFile::encodeName(db->m_path);
    const int rc = sqlite3_open_v2(nativePath.constData(), &db->m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = db->m_db ? QString::fromUtf8(sqlite3_errmsg(db->m_db)) : QString();
        return makeError(QStringLiteral("db.open"), tr("Cannot open the campaign file."), path + u": " + detail);
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    sqlite3_busy_timeout(db->m_db, 10000);

    // A file that is not ours must not be touched: refuse it before writing anything.
    const qint64 appId = db->scalar("PRAGMA application_id").toLongLong();
    const qint64 tables = db->scalar("SELECT count(*) FROM sqlite_schema").toLongLong();
    if (db->scalar("PRAGMA schema_version").isNull())
        return makeError(QStringLiteral("db.notdb"), tr("This file is not a Terrain campaign."), path);
    if (tables > 0 && appId != kApplicationId)
        return makeError(QStringLiteral("db.notcampaign"), tr("This file is not a Terrain campaign."), path);

    if (Status s = db->configure(); !s)
        return s.error();
    const int target = targetVersion < 0 ? latestSchemaVersion() : targetVersion;
    if (db->schemaVersion() > latestSchemaVersion())
        return makeError(QStringLiteral("db.newer"),
                         tr("This campaign was saved by a newer version of Terrain. Please update Terrain."),
                         QStringLiteral("schema %1 > %2").arg(db->schemaVersion()).arg(latestSchemaVersion()));
    if (Status s = migrate(*db, target); !s)
        return s.error();
    if (Status s = db->loadIdentity(); !s)
        return s.error();
    return db;
}

Database::~Database()
{
    if (m_db) {
        // Leaves a small WAL behind and lets the next open start fast.
        sqlite3_exec(m_db, "PRAGMA optimize", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

Status Database::configure()
{
    // Bigger pages suit a voter file's wide rows and bulk loads; they only apply to a new file.
    // The write-ahead log is folded back into the file by the job that filled it, once its
    // work is visible (checkpoint()), not by whichever commit crosses SQLite's 1,000 pages:
    // that could be a sync's, or the desktop's on the GUI thread. 4,096 pages is a backstop.
    const QByteArray pragmas = "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
                               "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32768;"
        + walBackstop(kWalBackstopPages) + "PRAGMA application_id=" + QByteArray::number(kApplicationId) + ';';
    if (Status s = exec(pragmas.constData()); !s)
        return s;
    // Pages read straight from the file's mapping, not copied in by a read() each: a sync's
    // lookups of rows all over the campaign (1,000 edits pulled, a first sync's inserts)
    // and the People page's workers. Best effort: where the system refuses, reads go as before.
    (void)exec("PRAGMA mmap_size = 2147418112");
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(m_db, "terrain_fold", 1, flags, nullptr, sqlFold, nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(m_db, "terrain_digits", 1, flags, nullptr, sqlDigits, nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(m_db, "terrain_search_name", 2, flags, nullptr, sqlSearchName, nullptr, nullptr,
                                      nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(m_db, "terrain_search_phone", 2, flags, nullptr, sqlSearchPhone, nullptr, nullptr,
                                      nullptr)
            != SQLITE_OK)
        return makeError(QStringLiteral("db.functions"), tr("Cannot open the campaign file."),
                         QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

Status Database::loadIdentity()
{
    if (schemaVersion() < 1)
        return {};
    QString site = meta(QStringLiteral("site_id"));
    if (site.isEmpty()) {
        const qint64 id = static_cast<qint64>(QRandomGenerator::system()->generate64() >> 1);
        site = QString::number(id);
        if (Status s = setMeta(QStringLiteral("site_id"), site); !s)
            return s;
    }
    m_siteId = site.toLongLong();
    m_clock = HybridLogicalClock(meta(QStringLiteral("hlc_last"), QStringLiteral("0")).toLongLong());
    return {};
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::schemaVersion() const
{
    return static_cast<int>(scalar("PRAGMA user_version").toLongLong());
}

Status Database::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message);
        sqlite3_free(message);
        qCWarning(lcStorage) << "SQL failed:" << detail;
        return makeError(QStringLiteral("sql"), tr("Database error"), detail);
    }
    return {};
}

QVariant Database::scalar(const char* sql) const
{
    Statement st(m_db, sql);
    if (st.step())
        return st.value(0);
    return {};
}

QString Database::meta(const QString& key, const QString& fallback) const
{
    Statement st(m_db, "SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    if (st.step())
        return st.text(0);
    return fallback;
}

Status Database::setMeta(const QString& key, const QString& value)
{
    Statement st(m_db, "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    return st.exec();
}

Status Database::checkpoint()
{
    // PASSIVE: copies what no reader still needs, never waits for anyone.
    return exec("PRAGMA wal_checkpoint(PASSIVE)");
}

Database::Setting::Setting(Database& db, QByteArray set, QByteArray restore)
    : m_db(db),
      m_restore(std::move(restore))
{
    (void)m_db.exec(set.constData()); // best effort: a setting for speed
}

Database::Setting::Setting(Setting&& other) noexcept
    : m_db(other.m_db),
      m_restore(std::exchange(other.m_restore, {}))
{
}

Database::Setting::~Setting()
{
    if (!m_restore.isEmpty())
        (void)m_db.exec(m_restore.constData());
}

Database::Setting Database::longWrite()
{
    return Setting(*this, walBackstop(kLongWriteBackstopPages), walBackstop(kWalBackstopPages));
}

Database::Setting Database::uncheckedReferences()
{
    return Setting(*this, "PRAGMA foreign_keys=OFF", "PRAGMA foreign_keys=ON");
}

Status Database::persistClock()
{
    return setMeta(QStringLiteral("hlc_last"), QString::number(m_clock.last()));
}

Database::Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_depth = db.m_transactionDepth;
    const QByteArray sql = m_depth == 0 ? QByteArray("BEGIN IMMEDIATE")
                                        : "SAVEPOINT sp" + QByteArray::number(m_depth);
    if (db.exec(sql.constData())) {
        m_active = true;
        ++db.m_transactionDepth;
    }
}

Database::Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Database::Transaction::commit()
{
    if (!m_active)
        return makeError(QStringLiteral("sql.tx"), tr("Database error"), QStringLiteral("no active transaction"));
    const QByteArray sql = m_depth == 0 ? QByteArray("COMMIT") : "RELEASE sp" + QByteArray::number(m_depth);
    Status s = m_db.exec(sql.constData());
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    --m_db.m_transactionDepth;
    return {};
}

void Database::Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        sqlite3_exec(m_db.m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const QByteArray sql = "ROLLBACK TO sp" + QByteArray::number(m_depth) + "; RELEASE sp"
            + QByteArray::number(m_depth);
        sqlite3_exec(m_db.m_db, sql.constData(), nullptr, nullptr, nullptr);
    }
    m_active = false;
    --m_db.m_transactionDepth;
}

} // namespace terrain
