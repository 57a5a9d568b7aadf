#include "peopleexport.h"

#include "lists/listservice.h"
#include "lists/segmentservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::PeopleExport", text);
}

// Who is exported: the rows of `from` (which joins `people p`) that pass `where`, in `order`.
// A list export names its members `m` (person_id, list_id, rank).
struct Selection
{
    QString from;
    QString where;
    QVariantList binds; // the '?' of `from` then `where`, in order
    QString order;
    bool list = false;
    QString what; // the log's description of who
};

const QString kPeopleJoins
    = QStringLiteral(" LEFT JOIN households h ON h.id = p.household_id LEFT JOIN addresses a ON a.id = h.address_id"
                     " LEFT JOIN streets s ON s.id = a.street_id LEFT JOIN districts d ON d.id = p.district_id");

const QString kUsablePhone = QStringLiteral("ph.person_id = p.id AND ph.deleted = 0 AND ph.bad = 0"
                                            " AND ph.type <> 'invalid'");
const QString kUsableEmail = QStringLiteral("e.person_id = p.id AND e.deleted = 0 AND e.bad = 0 AND e.valid = 1");

// A number shows only to people who accept the channel it would serve: texts for an SMS export,
// calls otherwise. Opt-outs hold whatever channel the export is for.
QString phoneConsent(ExportChannel channel)
{
    return channel == ExportChannel::Sms ? QStringLiteral("p.dnc_sms = 0") : QStringLiteral("p.dnc_phone = 0");
}

QString phonesSql(ExportChannel channel, bool mobileOnly, bool all)
{
    const QString filter = kUsablePhone + (mobileOnly ? QStringLiteral(" AND ph.type = 'mobile'") : QString());
    const QString numbers = all ? QStringLiteral("(SELECT group_concat(n, ' ') FROM (SELECT coalesce(ph.e164, ph.raw)"
                                                 " AS n FROM phones ph WHERE %1 ORDER BY ph.type <> 'mobile', ph.id))")
                                      .arg(filter)
                                : QStringLiteral("(SELECT coalesce(ph.e164, ph.raw) FROM phones ph WHERE %1"
                                                 " ORDER BY ph.type <> 'mobile', ph.id LIMIT 1)")
                                      .arg(filter);
    return QStringLiteral("CASE WHEN %1 THEN coalesce(%2, '') ELSE '' END").arg(phoneConsent(channel), numbers);
}

QString emailsSql(bool all)
{
    const QString addresses = all
        ? QStringLiteral("(SELECT group_concat(x, ' ') FROM (SELECT e.address AS x"
                         " FROM emails e WHERE %1 ORDER BY e.id))")
              .arg(kUsableEmail)
        : QStringLiteral("(SELECT e.address FROM emails e WHERE %1 ORDER BY e.id LIMIT 1)").arg(kUsableEmail);
    return QStringLiteral("CASE WHEN p.dnc_email = 0 THEN coalesce(%1, '') ELSE '' END").arg(addresses);
}

QString lastAttemptSql(const char* value)
{
    return QStringLiteral("coalesce((SELECT %1 FROM contact_attempts ca WHERE ca.person_id = p.id AND ca.deleted = 0"
                          " ORDER BY ca.at DESC, ca.id DESC LIMIT 1), '')")
        .arg(QLatin1StringView(value));
}

// The cell of one column, as an SQL expression over the selection. Nothing typed by a user is pasted
// here: `today` is a date the program formats.
QString columnSql(ExportColumn column, ExportChannel channel, const QDate& today, bool list)
{
    switch (column) {
    case ExportColumn::Id:
        return QStringLiteral("p.uuid");
    case ExportColumn::VoterKey:
        return QStringLiteral("coalesce(p.voter_key, '')");
    case ExportColumn::RollNumber:
        return QStringLiteral("coalesce(CAST(p.list_number AS TEXT), '')");
    case ExportColumn::LastName:
        return QStringLiteral("p.last_name");
    case ExportColumn::UsageName:
        return QStringLiteral("coalesce(p.usage_name, '')");
    case ExportColumn::FirstNames:
        return QStringLiteral("p.first_names");
    case ExportColumn::Sex:
        return QStringLiteral("coalesce(p.sex, '')");
    case ExportColumn::BirthDate:
        return QStringLiteral("coalesce(p.birth_date, '')");
    case ExportColumn::Age: {
        const QString t = today.toString(Qt::ISODate);
        return QStringLiteral("CASE WHEN p.birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
                              " THEN CAST(CAST(substr('%1', 1, 4) AS INTEGER) - CAST(substr(p.birth_date, 1, 4)"
                              " AS INTEGER) - (substr('%1', 6, 5) < substr(p.birth_date, 6, 5)) AS TEXT)"
                              " ELSE '' END")
            .arg(t);
    }
    case ExportColumn::Address:
        return QStringLiteral(
            "trim(coalesce(a.number, '') || coalesce(' ' || nullif(a.suffix, ''), '') || ' ' ||"
            " coalesce(s.name, '') || coalesce(' ' || nullif(a.lieu_dit, ''), '') ||"
            " coalesce(' ' || nullif(a.building, ''), '') || coalesce(' ' || nullif(h.unit, ''), ''))");
    case ExportColumn::Postcode:
        return QStringLiteral("coalesce(a.postcode, '')");
    case ExportColumn::City:
        return QStringLiteral("coalesce(a.city, '')");
    case ExportColumn::Bureau:
        return QStringLiteral("coalesce(d.code, '')");
    case ExportColumn::Street:
        return QStringLiteral("coalesce(s.name, coalesce(a.lieu_dit, ''))");
    case ExportColumn::Phone:
        return phonesSql(channel, channel == ExportChannel::Sms, false);
    case ExportColumn::Phones:
        return phonesSql(channel, channel == ExportChannel::Sms, true);
    case ExportColumn::Mobile:
        return phonesSql(channel, true, false);
    case ExportColumn::Email:
        return emailsSql(false);
    case ExportColumn::Emails:
        return emailsSql(true);
    case ExportColumn::Support:
        return QStringLiteral("coalesce(CAST(p.support AS TEXT), '')");
    case ExportColumn::Tags:
        return QStringLiteral("coalesce((SELECT group_concat(n, ', ') FROM (SELECT t.name AS n FROM person_tags pt"
                              " JOIN tags t ON t.id = pt.tag_id WHERE pt.person_id = p.id AND pt.deleted = 0"
                              " AND pt.present = 1 AND t.deleted = 0 ORDER BY t.folded)), '')");
    case ExportColumn::PersonStatus:
        return QStringLiteral("p.status");
    case ExportColumn::LastContact:
        return lastAttemptSql("date(ca.at / 1000, 'unixepoch', 'localtime')");
    case ExportColumn::LastResult:
        return lastAttemptSql("ca.result");
    case ExportColumn::ListCode:
        if (list)
            return QStringLiteral("coalesce((SELECT l.code FROM lists l WHERE l.id = m.list_id), '')");
        return QStringLiteral("coalesce((SELECT group_concat(c, ' ') FROM (SELECT DISTINCT l.code AS c"
                              " FROM list_members lm JOIN lists l ON l.id = lm.list_id WHERE lm.person_id = p.id"
                              " AND lm.deleted = 0 AND lm.present = 1 AND l.deleted = 0 ORDER BY l.code)), '')");
    }
    Q_UNREACHABLE();
}

// People who opted out of the channel, or cannot be reached on it, are not exported.
QString channelCondition(ExportChannel channel)
{
    switch (channel) {
    case ExportChannel::None:
        return {};
    case ExportChannel::Phone:
        return QStringLiteral("p.dnc_phone = 0 AND EXISTS (SELECT 1 FROM phones ph WHERE %1)").arg(kUsablePhone);
    case ExportChannel::Sms:
        return QStringLiteral("p.dnc_sms = 0 AND EXISTS (SELECT 1 FROM phones ph WHERE %1 AND ph.type = 'mobile')")
            .arg(kUsablePhone);
    case ExportChannel::Email:
        return QStringLiteral("p.dnc_email = 0 AND EXISTS (SELECT 1 FROM emails e WHERE %1)").arg(kUsableEmail);
    case ExportChannel::Door:
        return QStringLiteral("p.dnc_door = 0 AND a.id IS NOT NULL");
    }
    Q_UNREACHABLE();
}

void bindAll(Statement& st, const QVariantList& binds)
{
    int index = 1;
    for (const QVariant& value : binds)
        st.bind(index++, value);
}

// The one place rows are written: header, rows with progress and cancel, commit, log.
Result<qint64> writeExport(Database& db, const Selection& selection, const ExportOptions& options)
{
    const QList<ExportColumn> columns = options.columns.isEmpty() ? defaultExportColumns() : options.columns;
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    QStringList header;
    QStringList expressions;
    for (ExportColumn c : columns) {
        header << exportColumnLabel(c);
        expressions << columnSql(c, options.channel, today, selection.list);
    }
    QString where = selection.where;
    if (const QString channel = channelCondition(options.channel); !channel.isEmpty())
        where = QStringLiteral("(%1) AND %2").arg(where, channel);
    const QString body = QStringLiteral(" FROM %1%2 WHERE %3").arg(selection.from, kPeopleJoins, where);

    auto writer = TableWriter::create(options.path, options.format);
    if (!writer)
        return writer.error();
    if (Status s = (*writer)->writeHeader(header); !s)
        return s.error();

    // A read transaction: the count and the rows are one consistent snapshot even while others write.
    if (Status s = db.exec("BEGIN"); !s)
        return s.error();
    auto end = qScopeGuard([&] { (void)db.exec("COMMIT"); });
    Statement counter = db.prepare(QStringLiteral("SELECT count(*)") + body);
    bindAll(counter, selection.binds);
    const qint64 total = counter.step() ? counter.int64(0) : 0;
    if (counter.failed())
        return makeError(QStringLiteral("export.sql"), tr("The export failed."), counter.errorMessage());

    Statement st = db.prepare(QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) + body
        + QStringLiteral(" ORDER BY ") + selection.order);
    if (!st.isValid())
        return makeError(QStringLiteral("export.sql"), tr("The export failed."), st.errorMessage());
    bindAll(st, selection.binds);
    QStringList cells;
    qint64 rows = 0;
    const int columnCount = static_cast<int>(columns.size());
    while (st.step()) {
        cells.clear();
        for (int c = 0; c < columnCount; ++c)
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
    // A cancel during the last partial block still leaves no file.
    if (options.cancel && options.cancel->load())
        return makeError(QStringLiteral("export.cancelled"), tr("Export cancelled: no file was written."));
    if (Status s = (*writer)->commit(); !s)
        return s.error();
    if (options.progress)
        options.progress(rows, total);
    // The snapshot ends before the log row is written: a read transaction that then writes
    // fails at once (SQLITE_BUSY_SNAPSHOT) when another connection wrote since it began.
    end.dismiss();
    counter.reset();
    if (Status s = db.exec("COMMIT"); !s)
        return s.error();

    const QString what = tr("%1; channel: %2; format: %3; columns: %4")
                             .arg(selection.what, exportChannelName(options.channel), exportFormatName(options.format),
                                 exportColumnKeys(columns).join(u','));
    if (Status s = logExport(db, what, options.path, rows, options.author); !s)
        return s.error();
    return rows;
}

} // namespace

Result<qint64> exportSegment(Database& db, const Segment& segment, const ExportOptions& options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const SqlCondition condition = compileSegment(segment.filter, today);
    Selection selection;
    selection.from = QStringLiteral("people p");
    selection.where = condition.sql;
    selection.binds = condition.binds;
    selection.order = QStringLiteral("p.folded_name, p.id");
    selection.what = tr("Segment \"%1\"").arg(segment.name);
    return writeExport(db, selection, options);
}

Result<qint64> exportList(Database& db, const ListSummary& list, const ExportOptions& options)
{
    Selection selection;
    // A person is on a list once; min(rank) keeps that true even for a hand-edited list.
    selection.from = QStringLiteral("(SELECT person_id, list_id, min(rank) AS rank FROM list_members"
                                    " WHERE list_id = ? AND deleted = 0 AND present = 1 AND person_id IS NOT NULL"
                                    " GROUP BY person_id) m JOIN people p ON p.id = m.person_id");
    selection.binds = { list.id };
    selection.where = QStringLiteral("p.deleted = 0");
    selection.order = QStringLiteral("m.rank, p.id");
    selection.list = true;
    selection.what = tr("List %1 \"%2\"").arg(list.code, list.name);
    return writeExport(db, selection, options);
}

QList<ExportColumn> peopleExportColumns()
{
    return { ExportColumn::Id, ExportColumn::VoterKey, ExportColumn::LastName, ExportColumn::UsageName,
        ExportColumn::FirstNames, ExportColumn::Sex, ExportColumn::BirthDate, ExportColumn::Address,
        ExportColumn::Postcode, ExportColumn::City, ExportColumn::Bureau, ExportColumn::Phones, ExportColumn::Emails,
        ExportColumn::Support, ExportColumn::PersonStatus };
}

Result<qint64> exportPeople(Database& db, const PeopleExportOptions& options)
{
    Selection selection;
    selection.from = QStringLiteral("people p");
    selection.where = QStringLiteral("p.deleted = 0 AND (? OR p.status <> 'left')");
    selection.binds = { options.includeLeft };
    selection.order = QStringLiteral("p.folded_name, p.id");
    selection.what = options.includeLeft ? tr("Everyone, including people who left the list") : tr("Everyone");
    ExportOptions run;
    run.path = options.path;
    run.format = options.format;
    run.columns = options.columns.isEmpty() ? peopleExportColumns() : options.columns;
    run.channel = options.channel;
    run.author = options.author;
    run.progress = options.progress;
    run.cancel = options.cancel;
    return writeExport(db, selection, run);
}

} // namespace terrain
