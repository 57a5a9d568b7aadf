#include "gotvdashboard.h"

#include "gotv/electionservice.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::GotvDashboard", text);
}

Error sqlError(const Statement& st)
{
    return makeError(QStringLiteral("sql"), tr("The campaign file could not be read."), st.errorMessage());
}

constexpr int kOpening = 8 * 60; // French polls open at 08:00

int minuteOf(QTime time)
{
    return time.hour() * 60 + time.minute();
}

struct Settings
{
    std::optional<qint64> registered;
    std::optional<double> expected;
};

struct Counts
{
    qint64 active = 0;
    qint64 supporters = 0;
};

// What every figure of an election needs, read once.
struct ElectionData
{
    Election election;
    QHash<qint64, Settings> settings; // per bureau: this election's figures
    QHash<qint64, std::map<int, qint64>> reports; // per bureau: minute of the day -> count
    QHash<qint64, std::optional<double>> bureauExpected; // districts.expected_turnout
};

// Straight lines between points; before the first point its value, after the last the last.
std::optional<double> interpolate(const std::map<int, double>& points, int minute)
{
    if (points.empty())
        return std::nullopt;
    auto after = points.lower_bound(minute);
    if (after == points.end())
        return std::prev(after)->second;
    if (after->first == minute || after == points.begin())
        return after->second;
    const auto before = std::prev(after);
    const double share = double(minute - before->first) / double(after->first - before->first);
    return before->second + share * (after->second - before->second);
}

class Loader
{
public:
    explicit Loader(Database& db) : m_db(db) { }

    Result<QHash<qint64, Counts>> counts(qint64 districtId)
    {
        // The covering people_district_figures index: no table row is read.
        Statement st = m_db.prepare("SELECT district_id, count(*), sum(support IN (1, 2)) FROM people"
                                    " WHERE deleted = 0 AND status = 'active' AND district_id IS NOT NULL"
                                    " AND (?1 = 0 OR district_id = ?1) GROUP BY district_id");
        st.bind(1, districtId);
        QHash<qint64, Counts> result;
        while (st.step())
            result.insert(st.int64(0), { st.int64(1), st.int64(2) });
        if (st.failed())
            return sqlError(st);
        return result;
    }

    Result<ElectionData> election(qint64 electionId, qint64 districtId)
    {
        ElectionData data;
        auto e = ElectionService(m_db).election(electionId);
        if (!e)
            return e.error();
        data.election = *e;
        // The latest write wins when two laptops created a bureau's row offline.
        Statement settings = m_db.prepare("SELECT district_id, registered, expected_turnout FROM election_bureaux"
                                          " WHERE election_id = ?1 AND deleted = 0 AND (?2 = 0 OR district_id = ?2)"
                                          " ORDER BY hlc");
        settings.bind(1, electionId).bind(2, districtId);
        while (settings.step()) {
            Settings s;
            if (!settings.isNull(1))
                s.registered = settings.int64(1);
            if (!settings.isNull(2))
                s.expected = settings.real(2);
            data.settings.insert(settings.int64(0), s);
        }
        if (settings.failed())
            return sqlError(settings);
        Statement reports = m_db.prepare("SELECT district_id, at, count FROM turnout_reports WHERE election_id = ?1"
                                         " AND deleted = 0 AND (?2 = 0 OR district_id = ?2) ORDER BY at, hlc");
        reports.bind(1, electionId).bind(2, districtId);
        while (reports.step()) {
            const QTime time = QDateTime::fromMSecsSinceEpoch(reports.int64(1)).time();
            data.reports[reports.int64(0)][minuteOf(time)] = reports.int64(2);
        }
        if (reports.failed())
            return sqlError(reports);
        Statement expected = m_db.prepare("SELECT id, expected_turnout FROM districts WHERE kind = 'bureau'"
                                          " AND deleted = 0 AND expected_turnout IS NOT NULL AND (?1 = 0 OR id = ?1)");
        expected.bind(1, districtId);
        while (expected.step())
            data.bureauExpected.insert(expected.int64(0), expected.real(1));
        if (expected.failed())
            return sqlError(expected);
        return data;
    }

private:
    Database& m_db;
};

qint64 registeredOf(const ElectionData& data, qint64 districtId, const QHash<qint64, Counts>& counts, bool* official)
{
    const Settings s = data.settings.value(districtId);
    if (official)
        *official = s.registered.has_value();
    return s.registered.value_or(counts.value(districtId).active);
}

// The expected turnout curve of one bureau (minute of the day -> rate).
std::map<int, double> expectedCurve(
    const ElectionData& data, const ElectionData* reference, qint64 districtId, const QHash<qint64, Counts>& counts)
{
    std::map<int, double> curve;
    if (reference) {
        const qint64 registered = registeredOf(*reference, districtId, counts, nullptr);
        const auto reports = reference->reports.value(districtId);
        if (registered > 0 && !reports.empty()) {
            curve[kOpening] = 0;
            for (const auto& [minute, count] : reports)
                curve[minute] = double(count) / double(registered);
            return curve;
        }
    }
    std::optional<double> finalRate = data.settings.value(districtId).expected;
    if (!finalRate)
        finalRate = data.bureauExpected.value(districtId);
    if (finalRate) {
        curve[kOpening] = 0;
        curve[minuteOf(data.election.closes)] = *finalRate;
    }
    return curve;
}

} // namespace

GotvDashboard::GotvDashboard(Database& db) : m_db(db)
{
}

Result<QList<BureauFigures>> GotvDashboard::figures(qint64 electionId)
{
    Loader loader(m_db);
    auto data = loader.election(electionId, 0);
    if (!data)
        return data.error();
    std::optional<ElectionData> reference;
    if (data->election.referenceId != 0) {
        auto ref = loader.election(data->election.referenceId, 0);
        if (!ref)
            return ref.error();
        reference = std::move(*ref);
    }
    auto counts = loader.counts(0);
    if (!counts)
        return counts.error();
    auto bureaux = allBureaux(m_db);
    if (!bureaux)
        return bureaux.error();

    QHash<qint64, std::pair<qint64, qint64>> marks; // bureau -> (marked, supporters marked)
    Statement st
        = m_db.prepare("SELECT p.district_id, count(DISTINCT m.person_id),"
                       " count(DISTINCT CASE WHEN p.support IN (1, 2) AND p.status = 'active' THEN m.person_id END)"
                       " FROM vote_marks m JOIN people p ON p.id = m.person_id"
                       " WHERE m.election_id = ? AND m.deleted = 0 AND p.deleted = 0 GROUP BY p.district_id");
    st.bind(1, electionId);
    while (st.step())
        marks.insert(st.int64(0), { st.int64(1), st.int64(2) });
    if (st.failed())
        return sqlError(st);

    // Supporters still to bring out who have a proxy (the latest row of a person counts).
    QHash<qint64, std::pair<qint64, qint64>> proxies; // bureau -> (established, pending)
    Statement px = m_db.prepare(
        "SELECT p.district_id, sum(x.status = 'confirmed'), sum(x.status IN ('needed', 'requested'))"
        " FROM people p JOIN proxies x ON x.id = (SELECT id FROM proxies INDEXED BY proxies_person"
        "  WHERE person_id = p.id AND deleted = 0"
        "  AND (election_id IS NULL OR election_id = ?1) ORDER BY hlc DESC LIMIT 1)"
        " WHERE p.deleted = 0 AND p.status = 'active' AND p.support IN (1, 2)"
        " AND p.id IN (SELECT person_id FROM proxies WHERE deleted = 0)"
        " AND NOT EXISTS (SELECT 1 FROM vote_marks m WHERE m.election_id = ?1 AND m.person_id = p.id"
        "  AND m.deleted = 0)"
        " GROUP BY p.district_id");
    px.bind(1, electionId);
    while (px.step())
        proxies.insert(px.int64(0), { px.int64(1), px.int64(2) });
    if (px.failed())
        return sqlError(px);

    QList<BureauFigures> result;
    result.reserve(bureaux->size());
    const int closes = minuteOf(data->election.closes);
    for (const Bureau& bureau : std::as_const(*bureaux)) {
        BureauFigures f;
        f.districtId = bureau.id;
        f.code = bureau.code;
        f.name = bureau.name;
        f.registered = registeredOf(*data, bureau.id, *counts, &f.registeredOfficial);
        f.supporters = counts->value(bureau.id).supporters;
        f.marked = marks.value(bureau.id).first;
        f.supportersVoted = marks.value(bureau.id).second;
        f.toBringOut = std::max<qint64>(0, f.supporters - f.supportersVoted);
        f.byProxy = proxies.value(bureau.id).first;
        f.proxiesPending = proxies.value(bureau.id).second;
        if (f.supporters > 0)
            f.supporterRate = double(f.supportersVoted) / double(f.supporters);
        int minute = closes;
        const auto reports = data->reports.value(bureau.id);
        if (!reports.empty()) {
            minute = reports.rbegin()->first;
            f.officialCount = reports.rbegin()->second;
            f.officialTime = QTime(minute / 60, minute % 60);
            if (f.registered > 0)
                f.officialRate = double(*f.officialCount) / double(f.registered);
        }
        const auto curve = expectedCurve(*data, reference ? &*reference : nullptr, bureau.id, *counts);
        f.expectedRate = interpolate(curve, minute);
        if (f.officialRate && f.expectedRate)
            f.gap = *f.officialRate - *f.expectedRate;
        result.append(f);
    }
    std::stable_sort(result.begin(), result.end(), [](const BureauFigures& a, const BureauFigures& b) {
        if (a.toBringOut != b.toBringOut)
            return a.toBringOut > b.toBringOut;
        const double gapA = a.gap.value_or(0);
        const double gapB = b.gap.value_or(0);
        if (gapA != gapB)
            return gapA < gapB;
        return false; // allBureaux() order: by commune, then code
    });
    return result;
}

Result<QList<TurnoutPoint>> GotvDashboard::turnoutSeries(qint64 electionId, qint64 districtId)
{
    Loader loader(m_db);
    auto data = loader.election(electionId, districtId);
    if (!data)
        return data.error();
    std::optional<ElectionData> reference;
    if (data->election.referenceId != 0) {
        auto ref = loader.election(data->election.referenceId, districtId);
        if (!ref)
            return ref.error();
        reference = std::move(*ref);
    }
    auto counts = loader.counts(districtId);
    if (!counts)
        return counts.error();
    const qint64 registered = registeredOf(*data, districtId, *counts, nullptr);
    const std::map<int, double> curve = expectedCurve(*data, reference ? &*reference : nullptr, districtId, *counts);
    const std::map<int, qint64> reports = data->reports.value(districtId);

    std::map<int, TurnoutPoint> points;
    const auto pointAt = [&](int minute) -> TurnoutPoint& {
        TurnoutPoint& p = points[minute];
        p.time = QTime(minute / 60, minute % 60);
        return p;
    };
    for (const auto& [minute, count] : reports) {
        TurnoutPoint& p = pointAt(minute);
        p.count = count;
        if (registered > 0)
            p.rate = double(count) / double(registered);
    }
    for (const auto& entry : curve) {
        if (entry.first > kOpening)
            pointAt(entry.first);
    }
    pointAt(minuteOf(data->election.closes));
    QList<TurnoutPoint> result;
    for (auto& [minute, point] : points) {
        point.expected = interpolate(curve, minute);
        result.append(point);
    }
    return result;
}

} // namespace terrain
