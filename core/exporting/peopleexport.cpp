#include "peopleexport.h"

#include "storage/database.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::PeopleExport", text);
}

} // namespace

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

Result<qint64> exportPeople(Database& db, const PeopleExportOptions& options)
{
    const QStringList header{tr("Id"), tr("Voter key"), tr("Last name"), tr("Usage name"), tr("First names"),
                             tr("Sex"), tr("Birth date"), tr("Address"), tr("Postcode"), tr("City"), tr("Bureau"),
                             tr("Phones"), tr("Emails"), tr("Support"), tr("Status")};
    auto writer = TableWriter::create(options.path, options.format);
    if (!writer)
        return writer.error();
    if (Status s = (*writer)->writeHeader(header); !s)
        return s.error();

    const qint64 total = db.scalar("SELECT count(*) FROM people WHERE deleted = 0").toLongLong();
    // A read transaction: the export is one consistent snapshot even while others write.
    if (Status s = db.exec("BEGIN"); !s)
        return s.error();
    const auto end = qScopeGuard([&] { (void)db.exec("COMMIT"); });
    Statement st = db.prepare(
        "SELECT p.uuid, coalesce(p.voter_key, ''), p.last_name, coalesce(p.usage_name, ''), p.first_names,"
        " coalesce(p.sex, ''), coalesce(p.birth_date, ''),"
        " trim(coalesce(a.number, '') || coalesce(' ' || nullif(a.suffix, ''), '') || ' ' ||"
        "      coalesce(s.name, '') || coalesce(' ' || nullif(a.lieu_dit, ''), '') ||"
        "      coalesce(' ' || nullif(a.building, ''), '') || coalesce(' ' || nullif(h.unit, ''), '')),"
        " coalesce(a.postcode, ''), coalesce(a.city, ''), coalesce(d.code, ''),"
        " coalesce((SELECT group_concat(coalesce(ph.e164, ph.raw), ' ') FROM phones ph"
        "           WHERE ph.person_id = p.id AND ph.deleted = 0 AND ph.bad = 0), ''),"
        " coalesce((SELECT group_concat(e.address, ' ') FROM emails e"
        "           WHERE e.person_id = p.id AND e.deleted = 0 AND e.bad = 0), ''),"
        " coalesce(p.support, ''), p.status"
        " FROM people p LEFT JOIN households h ON h.id = p.household_id LEFT JOIN addresses a ON a.id = h.address_id"
        " LEFT JOIN streets s ON s.id = a.street_id LEFT JOIN districts d ON d.id = p.district_id"
        " WHERE p.deleted = 0 AND (? OR p.status <> 'left') ORDER BY p.folded_name, p.id");
    st.bind(1, options.includeLeft);
    QStringList cells;
    qint64 rows = 0;
    while (st.step()) {
        cells.clear();
        for (int c = 0; c < header.size(); ++c)
            cells << st.text(c);
        if (Status s = (*writer)->writeRow(cells); !s)
            return s.error();
        ++rows;
        if ((rows & 1023) == 0) {
            if (options.cancel && options.cancel->load())
                return makeError(QStringLiteral("export.cancelled"), tr("Export cancelled: no file was written."));
            if (options.progress)
                options.progress(rows, total);
        }
    }
    if (st.failed())
        return makeError(QStringLiteral("export.sql"), tr("The export failed."), st.errorMessage());
    if (Status s = (*writer)->commit(); !s)
        return s.error();
    if (Status s = logExport(db, tr("People (%1)").arg(exportFormatLabel(options.format)), options.path, rows,
                             options.author);
        !s)
        return s.error();
    return rows;
}

} // namespace terrain
