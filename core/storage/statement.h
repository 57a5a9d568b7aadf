#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace terrain {

// One prepared SQLite statement, owned (finalised on destruction). Values are always
// bound, never pasted into SQL. Index arguments are 1-based for bind and 0-based for
// columns, as in the SQLite C API.
class Statement final
{
public:
    Statement() = default;
    Statement(sqlite3* db, const char* sql);
    Statement(sqlite3* db, const QString& sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    // The SQLite error message when preparing failed, or the last step failed.
    QString errorMessage() const { return m_error; }

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, const QString& value); // a null QString binds NULL
    Statement& bind(int index, QStringView value);
    Statement& bind(int index, const QByteArray& utf8); // a null QByteArray binds NULL
    Statement& bind(int index, const char* utf8, int size); // transient copy
    Statement& bind(int index, const QVariant& value);
    // Binds a QString as NULL when empty.
    Statement& bindOptional(int index, const QString& value);
    Statement& bindOptional(int index, qint64 value, bool present);

    // Returns true when a row is available, false when done; sets the error on failure.
    bool step();
    // Runs a statement that returns no rows. Resets it afterwards.
    Status exec();
    void reset();
    void clearBindings();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The column's text as SQLite holds it (UTF-8), valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;

    bool failed() const { return !m_error.isEmpty(); }
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    void prepare(sqlite3* db, const char* sql, int size);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

} // namespace terrain
