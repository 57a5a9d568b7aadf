#include "statement.h"

#include <QStringEncoder>

#include <sqlite3.h>

#include <utility>

namespace terrain {

Statement::Statement(sqlite3* db, const char* sql)
{
    prepare(db, sql, -1);
}

Statement::Statement(sqlite3* db, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    prepare(db, utf8.constData(), static_cast<int>(utf8.size()));
}

void Statement::prepare(sqlite3* db, const char* sql, int size)
{
    m_db = db;
    if (sqlite3_prepare_v2(db, sql, size, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_error(std::move(other.m_error))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bind(index, nullptr);
    return bind(index, QStringView(value));
}

Statement& Statement::bind(int index, QStringView value)
{
    // To UTF-8 here, into a buffer kept for the thread: the campaign file is UTF-8, and
    // SQLite's own conversion of UTF-16 (one character at a time) cost more than the insert
    // around it when a sync or an import writes hundreds of thousands of rows.
    thread_local QByteArray buffer;
    QStringEncoder toUtf8(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
    const qsizetype needed = toUtf8.requiredSpace(value.size());
    if (buffer.size() < needed)
        buffer.resize(needed);
    char* const end = toUtf8.appendToBuffer(buffer.data(), value);
    sqlite3_bind_text(m_stmt, index, buffer.constData(), static_cast<int>(end - buffer.constData()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& utf8)
{
    if (utf8.isNull())
        return bind(index, nullptr);
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const char* utf8, int size)
{
    sqlite3_bind_text(m_stmt, index, utf8, size, SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return bind(index, nullptr);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

Statement& Statement::bindOptional(int index, const QString& value)
{
    return value.isEmpty() ? bind(index, nullptr) : bind(index, value);
}

Statement& Statement::bindOptional(int index, qint64 value, bool present)
{
    return present ? bind(index, value) : bind(index, nullptr);
}

bool Statement::step()
{
    if (!m_stmt) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("statement not prepared");
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    return false;
}

Status Statement::exec()
{
    m_error.clear();
    step();
    reset();
    if (!m_error.isEmpty())
        return makeError(QStringLiteral("sql"), QStringLiteral("Database error"), m_error);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

void Statement::clearBindings()
{
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    // Read as stored (UTF-8) and converted by Qt: SQLite's UTF-16 conversion is the slower.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_NULL:
        return {};
    case SQLITE_BLOB:
        return QVariant(blob(column));
    default:
        return QVariant(text(column));
    }
}

} // namespace terrain
