#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace terrain {

class Database;

// One bureau on election day.
struct BureauFigures
{
    qint64 districtId = 0;
    QString code;
    QString name;
    qint64 registered = 0; // the official figure when entered, else the campaign's active people
    bool registeredOfficial = false; // registered is the official figure
    qint64 supporters = 0; // active people with support 1 or 2
    qint64 marked = 0; // people marked voted (anyone)
    qint64 supportersVoted = 0; // supporters marked voted
    std::optional<qint64> officialCount; // the latest official figure of the day
    QTime officialTime;
    std::optional<double> officialRate; // officialCount / registered
    std::optional<double> supporterRate; // supportersVoted / supporters
    // Turnout expected at officialTime (at the closing time when nothing is reported yet).
    std::optional<double> expectedRate;
    std::optional<double> gap; // officialRate - expectedRate: negative when the bureau is behind
    qint64 toBringOut = 0; // supporters not marked voted
    // Of those, who vote through a proxy: established (remind the holder), and still
    // needed or requested (no vote at all unless the procuration is made in time).
    qint64 byProxy = 0;
    qint64 proxiesPending = 0;
};

// One time of the day in a bureau: the official figure when one was published then, and
// the turnout expected at that time.
struct TurnoutPoint
{
    QTime time;
    std::optional<qint64> count;
    std::optional<double> rate;
    std::optional<double> expected;
};

// The election-day figures, per bureau, read from the campaign with a few aggregate
// queries (no per-person loop), so they can be refreshed live.
//
// Expected turnout through the day: when the election names a reference election (the
// same round last time), its official figures at each hour, as rates, are the expected
// curve (straight lines between them, from 0 at the 08:00 opening). Otherwise a straight
// line from 0 at 08:00 to the bureau's expected final turnout at the close: a rough guide
// only, since turnout is never linear through the day.
class GotvDashboard final
{
public:
    explicit GotvDashboard(Database& db);

    // Every bureau, those with the most supporters still to bring out first (then the most
    // behind the expected turnout, then by code).
    Result<QList<BureauFigures>> figures(qint64 electionId);
    // The bureau's day: every time with an official figure or a reference figure, and the close.
    Result<QList<TurnoutPoint>> turnoutSeries(qint64 electionId, qint64 districtId);

private:
    Database& m_db;
};

} // namespace terrain
