#include "searchindex.h"

#include "storage/database.h"
#include "storage/searchschema.h"

namespace terrain {

SearchIndex::SearchIndex(Database& db)
    : m_db(db)
{
}

Status SearchIndex::refresh(const QList<qint64>& personIds)
{
    if (personIds.isEmpty())
        return {};
    Database::Transaction tx(m_db);
    if (Status s = m_db.exec("CREATE TEMP TABLE IF NOT EXISTS search_refresh(id INTEGER PRIMARY KEY);"
                             "DELETE FROM temp.search_refresh;");
        !s)
        return s;
    Statement insert = m_db.prepare("INSERT OR IGNORE INTO temp.search_refresh(id) VALUES(?)");
    for (qint64 id : personIds) {
        insert.bind(1, id);
        if (Status s = insert.exec(); !s)
            return s;
    }
    if (Status s = refreshTable("search_refresh"); !s)
        return s;
    return tx.commit();
}

Status SearchIndex::refreshTable(const char* tempTable)
{
    const QByteArray table = QByteArray("temp.") + tempTable;
    const QByteArray remove = "DELETE FROM search_index WHERE rowid IN (SELECT id FROM " + table + ")";
    const QByteArray insert = QByteArray("INSERT INTO search_index(rowid, name, address, phone) ") + kSearchIndexSelect
        + "WHERE p.deleted = 0 AND p.id IN (SELECT id FROM " + table + ")";
    if (Status s = m_db.exec(remove.constData()); !s)
        return s;
    return m_db.exec(insert.constData());
}

Status SearchIndex::addFrom(qint64 afterId)
{
    Statement st = m_db.prepare(QByteArray(QByteArray("INSERT INTO search_index(rowid, name, address, phone) ")
                                           + kSearchIndexSelect + "WHERE p.deleted = 0 AND p.id > ?")
                                    .constData());
    st.bind(1, afterId);
    return st.exec();
}

Status SearchIndex::rebuild()
{
    Database::Transaction tx(m_db);
    if (Status s = m_db.exec("DELETE FROM search_index"); !s)
        return s;
    if (Status s = addFrom(0); !s)
        return s;
    return tx.commit();
}

} // namespace terrain
