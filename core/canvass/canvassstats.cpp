#include "canvassstats.h"

#include "canvass/resultcodes.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <map>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::CanvassStats", text);
}

struct Row
{
    qint64 person = 0;
    qint64 door = 0; // household, or minus the person without one; the person for non-door channels
    bool reached = false;
    bool supporter = false;
    QString volunteer;
    QString list;
    qint64 at = 0;
};

Result<QList<Row>> readRows(Database& db, const StatsFilter& filter)
{
    auto codes = ResultCodes::read(db);
    if (!codes)
        return codes.error();
    Statement st = db.prepare(
        "SELECT a.person_id, a.household_id, a.result, a.support, coalesce(a.volunteer, ''), coalesce(l.code, ''), a.at"
        " FROM contact_attempts a LEFT JOIN lists l ON l.id = a.list_id WHERE a.deleted = 0 AND a.channel = ?1"
        " AND (?2 = 0 OR a.at >= ?2) AND (?3 = 0 OR a.at < ?3) AND (?4 = 0 OR a.list_id = ?4)");
    st.bind(1, filter.channel).bind(2, filter.from).bind(3, filter.to).bind(4, filter.listId);
    const bool doors = filter.channel == u"door";
    QList<Row> rows;
    while (st.step()) {
        Row r;
        r.person = st.isNull(0) ? 0 : st.int64(0);
        const qint64 household = st.isNull(1) ? 0 : st.int64(1);
        r.door = doors && household > 0 ? household : -r.person;
        const ResultCode* code = codes->find(filter.channel, st.text(2));
        r.reached = code && code->reached;
        r.supporter = !st.isNull(3) && st.integer(3) <= 2;
        r.volunteer = st.text(4);
        r.list = st.text(5);
        r.at = st.int64(6);
        rows.append(r);
    }
    if (st.failed())
        return makeError(QStringLiteral("stats.read"), tr("Cannot read the contact history."), st.errorMessage());
    return rows;
}

struct Accumulator
{
    int attempts = 0;
    QSet<qint64> doors;
    QSet<qint64> doorsReached;
    QSet<qint64> reached;
    QSet<qint64> supporters;

    void add(const Row& r)
    {
        ++attempts;
        doors.insert(r.door);
        if (r.reached) {
            doorsReached.insert(r.door);
            if (r.person > 0)
                reached.insert(r.person);
        }
        if (r.supporter && r.person > 0)
            supporters.insert(r.person);
    }
    CanvassFigures figures(const QString& key) const
    {
        return {key, attempts, int(doors.size()), int(doorsReached.size()), int(reached.size()),
                int(supporters.size())};
    }
};

QDate dayOf(qint64 at)
{
    return QDateTime::fromMSecsSinceEpoch(at).date();
}

} // namespace

Result<QList<CanvassFigures>> CanvassStats::figures(StatsGroup group, const StatsFilter& filter)
{
    auto rows = readRows(m_db, filter);
    if (!rows)
        return rows.error();
    std::map<QString, Accumulator> groups;
    for (const Row& r : *rows) {
        switch (group) {
        case StatsGroup::List:
            groups[r.list].add(r);
            break;
        case StatsGroup::Volunteer:
            groups[r.volunteer].add(r);
            break;
        case StatsGroup::Day:
            groups[dayOf(r.at).toString(Qt::ISODate)].add(r);
            break;
        }
    }
    QList<CanvassFigures> out;
    for (const auto& [key, acc] : groups)
        out.append(acc.figures(key));
    return out;
}

Result<CanvassFigures> CanvassStats::total(const StatsFilter& filter)
{
    auto rows = readRows(m_db, filter);
    if (!rows)
        return rows.error();
    Accumulator acc;
    for (const Row& r : *rows)
        acc.add(r);
    return acc.figures(QString());
}

Result<QList<ActivityPoint>> CanvassStats::activity(const StatsFilter& filter)
{
    auto days = figures(StatsGroup::Day, filter);
    if (!days)
        return days.error();
    QList<ActivityPoint> out;
    for (const CanvassFigures& f : *days)
        out.append({QDate::fromString(f.key, Qt::ISODate), f.attempts, f.doorsKnocked, f.peopleReached});
    return out;
}

Result<QList<QualityFlag>> CanvassStats::flags(const StatsFilter& filter, const QualityRules& rules)
{
    auto rows = readRows(m_db, filter);
    if (!rows)
        return rows.error();
    std::map<QString, Accumulator> byVolunteer;
    // Per volunteer and day, the first time each door was entered.
    std::map<QString, std::map<QDate, QHash<qint64, qint64>>> firstTimes;
    for (const Row& r : *rows) {
        byVolunteer[r.volunteer].add(r);
        QHash<qint64, qint64>& doors = firstTimes[r.volunteer][dayOf(r.at)];
        auto it = doors.find(r.door);
        if (it == doors.end())
            doors.insert(r.door, r.at);
        else
            *it = std::min(*it, r.at);
    }
    QList<QualityFlag> out;
    for (const auto& [volunteer, acc] : byVolunteer) {
        const CanvassFigures f = acc.figures(volunteer);
        if (f.doorsKnocked >= rules.minDoors && (f.contactRate() < rules.lowRate || f.contactRate() > rules.highRate)) {
            out.append({volunteer, QualityFlag::Kind::ContactRate, f.contactRate(),
                        tr("%1: contact rate %2% on %3 doors (usually 10-30%).")
                            .arg(volunteer)
                            .arg(qRound(f.contactRate() * 100))
                            .arg(f.doorsKnocked)});
        }
        if (filter.channel != u"door")
            continue;
        int gaps = 0;
        int fast = 0;
        for (const auto& [day, doors] : firstTimes[volunteer]) {
            QList<qint64> times = doors.values();
            std::sort(times.begin(), times.end());
            for (qsizetype i = 1; i < times.size(); ++i) {
                const qint64 gap = times[i] - times[i - 1];
                if (gap == 0)
                    continue; // typed in from paper afterwards
                ++gaps;
                if (gap < rules.minGapMs)
                    ++fast;
            }
        }
        const double share = gaps > 0 ? double(fast) / gaps : 0.0;
        if (gaps >= rules.minGaps && share >= rules.fastShare) {
            out.append({volunteer, QualityFlag::Kind::TooFast, share,
                        tr("%1: %2% of the doors entered less than %3 s after the previous one.")
                            .arg(volunteer)
                            .arg(qRound(share * 100))
                            .arg(rules.minGapMs / 1000)});
        }
    }
    return out;
}

} // namespace terrain
