#pragma once

#include "lists/segmentfilter.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace terrain {

class Database;
class Repository;

struct Segment
{
    qint64 id = 0;
    QString uuid;
    QString name;
    SegmentFilter filter;
};

// Saved filters (the syncable `segments` table), and the people they select. Writes go
// through the Repository. A name is 1-120 characters and unique among the campaign's
// segments (case and accents ignored).
class SegmentService final
{
public:
    explicit SegmentService(Database& db, QString author = {});
    ~SegmentService();
    SegmentService(const SegmentService&) = delete;
    SegmentService& operator=(const SegmentService&) = delete;

    Result<qint64> create(const QString& name, const SegmentFilter& filter);
    Status update(qint64 id, const QString& name, const SegmentFilter& filter);
    Status remove(qint64 id);
    // Every segment, by name. A filter that does not parse (written by a newer Terrain) is
    // listed with an empty filter and logged; find() returns its error instead.
    Result<QList<Segment>> segments();
    // By name (case and accents ignored) or UUID; "segment.missing" when none.
    Result<Segment> find(const QString& nameOrUuid);

    // How many people match (ages counted at `today`, default the current date).
    Result<qint64> count(const SegmentFilter& filter, QDate today = {});
    // Their ids, ascending.
    Result<QList<qint64>> peopleIds(const SegmentFilter& filter, QDate today = {});

private:
    Status checkName(const QString& name, qint64 exceptId);

    Database& m_db;
    std::unique_ptr<Repository> m_repo;
};

} // namespace terrain
