#pragma once

#include "storage/database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace terrain::test {

// A campaign in a temporary folder, removed with the object.
class TempCampaign
{
public:
    explicit TempCampaign(int schemaVersion = -1);
    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Closes and reopens the file (a restart).
    void reopen();
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// A wall clock that tests move by hand (milliseconds since the epoch).
struct FixedClock
{
    qint64 now = 1'780'000'000'000; // 2026-05-28
    auto function()
    {
        return [this] { return now; };
    }
};

QString testDataPath(const QString& relative);

// Rows of a one-column query, as strings.
QStringList column(Database& db, const char* sql);
qint64 count(Database& db, const char* sql);

} // namespace terrain::test
