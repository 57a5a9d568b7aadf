#include "segmentservice.h"

#include "lists/segmentcounter.h"
#include "storage/database.h"
#include "sync/repository.h"
#include "util/logging.h"
#include "util/textfold.h"

#include <QCoreApplication>

#include <algorithm>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::SegmentService", text);
}

QString cleanName(const QString& name)
{
    return name.simplified();
}

Error sqlError(const Statement& st)
{
    return makeError(QStringLiteral("segment.sql"), tr("The segment could not be read."), st.errorMessage());
}

Statement prepareCondition(Database& db, const QString& head, const SqlCondition& condition, const QString& tail = {})
{
    Statement st = db.prepare(head + condition.sql + tail);
    int index = 1;
    for (const QVariant& value : condition.binds)
        st.bind(index++, value);
    return st;
}

} // namespace

SegmentService::SegmentService(Database& db, QString author)
    : m_db(db),
      m_repo(std::make_unique<Repository>(db, std::move(author)))
{
}

SegmentService::~SegmentService() = default;

Status SegmentService::checkName(const QString& name, qint64 exceptId)
{
    if (name.isEmpty() || name.size() > 120)
        return makeError(QStringLiteral("segment.name"), tr("A segment's name has 1 to 120 characters."));
    Statement st = m_db.prepare("SELECT count(*) FROM segments WHERE deleted = 0 AND id <> ? AND terrain_fold(name) = ?");
    st.bind(1, exceptId).bind(2, foldText(name));
    if (!st.step())
        return sqlError(st);
    if (st.int64(0) > 0)
        return makeError(QStringLiteral("segment.duplicate"), tr("A segment named “%1” already exists.").arg(name));
    return {};
}

Result<qint64> SegmentService::create(const QString& rawName, const SegmentFilter& filter)
{
    const QString name = cleanName(rawName);
    if (Status s = checkName(name, 0); !s)
        return s.error();
    return m_repo->insert("segments", {{QStringLiteral("name"), name},
                                       {QStringLiteral("filter"), QString::fromUtf8(filter.toJson())}});
}

Status SegmentService::update(qint64 id, const QString& rawName, const SegmentFilter& filter)
{
    const QString name = cleanName(rawName);
    if (Status s = checkName(name, id); !s)
        return s;
    auto written = m_repo->update("segments", id, {{QStringLiteral("name"), name},
                                                   {QStringLiteral("filter"), QString::fromUtf8(filter.toJson())}});
    if (!written)
        return written.error();
    return {};
}

Status SegmentService::remove(qint64 id)
{
    return m_repo->remove("segments", id);
}

Result<QList<Segment>> SegmentService::segments()
{
    Statement st = m_db.prepare("SELECT id, uuid, name, filter FROM segments WHERE deleted = 0");
    QList<Segment> out;
    while (st.step()) {
        Segment segment;
        segment.id = st.int64(0);
        segment.uuid = st.text(1);
        segment.name = st.text(2);
        auto filter = SegmentFilter::fromJson(st.blob(3));
        if (filter)
            segment.filter = *filter;
        else
            qCWarning(lcLists) << "segment" << segment.uuid << "has a filter this version cannot read:"
                                 << filter.error().toString();
        out << segment;
    }
    if (st.failed())
        return sqlError(st);
    std::sort(out.begin(), out.end(), [](const Segment& a, const Segment& b) {
        return foldText(a.name) < foldText(b.name);
    });
    return out;
}

Result<Segment> SegmentService::find(const QString& nameOrUuid)
{
    Statement st = m_db.prepare("SELECT id, uuid, name, filter FROM segments WHERE deleted = 0"
                                " AND (uuid = ? OR terrain_fold(name) = ?) ORDER BY uuid = ? DESC LIMIT 1");
    st.bind(1, nameOrUuid.trimmed()).bind(2, foldText(nameOrUuid)).bind(3, nameOrUuid.trimmed());
    if (!st.step()) {
        if (st.failed())
            return sqlError(st);
        return makeError(QStringLiteral("segment.missing"), tr("There is no segment named “%1”.").arg(nameOrUuid));
    }
    Segment segment;
    segment.id = st.int64(0);
    segment.uuid = st.text(1);
    segment.name = st.text(2);
    auto filter = SegmentFilter::fromJson(st.blob(3));
    if (!filter)
        return filter.error();
    segment.filter = *filter;
    return segment;
}

Result<qint64> SegmentService::count(const SegmentFilter& filter, QDate today)
{
    return countSegment(m_db, filter, today.isValid() ? today : QDate::currentDate());
}

Result<QList<qint64>> SegmentService::peopleIds(const SegmentFilter& filter, QDate today)
{
    const SqlCondition condition = compileSegment(filter, today.isValid() ? today : QDate::currentDate());
    Statement st = prepareCondition(m_db, QStringLiteral("SELECT p.id FROM people p WHERE "), condition,
                                    QStringLiteral(" ORDER BY p.id"));
    QList<qint64> ids;
    while (st.step())
        ids << st.int64(0);
    if (st.failed())
        return sqlError(st);
    return ids;
}

} // namespace terrain
