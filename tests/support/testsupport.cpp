#include "testsupport.h"

#include "testpaths.h"

#include <QTest>

namespace terrain::test {

TempCampaign::TempCampaign(int schemaVersion)
{
    m_path = m_dir.filePath(QStringLiteral("campaign.terrain"));
    auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing, schemaVersion);
    if (!db)
        qFatal("cannot create a test campaign: %s", qPrintable(db.error().toString()));
    m_db = std::move(db.value());
}

void TempCampaign::reopen()
{
    m_db.reset();
    auto db = Database::open(m_path, Database::OpenMode::OpenExisting);
    if (!db)
        qFatal("cannot reopen the test campaign: %s", qPrintable(db.error().toString()));
    m_db = std::move(db.value());
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(TERRAIN_TEST_DATA_DIR "/") + relative;
}

QStringList column(Database& db, const char* sql)
{
    QStringList out;
    Statement st = db.prepare(sql);
    while (st.step())
        out << st.text(0);
    if (st.failed())
        qWarning("query failed: %s: %s", sql, qPrintable(st.errorMessage()));
    return out;
}

qint64 count(Database& db, const char* sql)
{
    Statement st = db.prepare(sql);
    if (st.step())
        return st.int64(0);
    qWarning("query failed: %s: %s", sql, qPrintable(st.errorMessage()));
    return -1;
}

} // namespace terrain::test
