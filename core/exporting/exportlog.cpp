#include "exportlog.h"

#include "storage/database.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace terrain {

Status logExport(Database& db, const QString& what, const QString& path, qint64 rows, const QString& author)
{
    Statement st = db.prepare("INSERT INTO export_log(at, author, what, path, rows) VALUES(?, ?, ?, ?, ?)");
    st.bind(1, QDateTime::currentMSecsSinceEpoch())
        .bind(2, author.isEmpty() ? Repository::defaultAuthor() : author)
        .bind(3, what)
        .bind(4, QFileInfo(path).absoluteFilePath())
        .bind(5, rows);
    return st.exec();
}

Result<QList<ExportLogEntry>> exportLog(Database& db, int limit)
{
    Statement st = db.prepare("SELECT id, at, author, what, path, rows FROM export_log ORDER BY at DESC, id DESC"
                              " LIMIT ?");
    st.bind(1, limit > 0 ? qint64(limit) : qint64(-1));
    QList<ExportLogEntry> entries;
    while (st.step()) {
        ExportLogEntry e;
        e.id = st.int64(0);
        e.at = st.int64(1);
        e.author = st.text(2);
        e.what = st.text(3);
        e.path = st.text(4);
        e.rows = st.int64(5);
        entries << e;
    }
    if (st.failed()) {
        return makeError(QStringLiteral("export.log"),
            QCoreApplication::translate("terrain::ExportLog", "The export log could not be read."), st.errorMessage());
    }
    return entries;
}

} // namespace terrain
