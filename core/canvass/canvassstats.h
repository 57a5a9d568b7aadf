#pragma once

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace terrain {

class Database;

enum class StatsGroup { List, Volunteer, Day };

struct StatsFilter
{
    QString channel = QStringLiteral("door"); // door: units are doors; phone (and others): people
    qint64 from = 0;   // ms since the epoch, inclusive; 0 = no bound
    qint64 to = 0;     // exclusive; 0 = no bound
    qint64 listId = 0; // 0 = every list (and attempts outside lists)
};

// Progress of one list, volunteer or day.
struct CanvassFigures
{
    QString key;          // list code, volunteer, or ISO date ("" for attempts outside lists)
    int attempts = 0;
    int doorsKnocked = 0; // distinct doors (door channel) or people called (other channels)
    int doorsReached = 0; // of those, where someone was talked to
    int peopleReached = 0;
    int supporters = 0;   // people who gave support 1 or 2
    double contactRate() const { return doorsKnocked > 0 ? double(doorsReached) / doorsKnocked : 0.0; }
};

struct ActivityPoint
{
    QDate day;
    int attempts = 0;
    int doorsKnocked = 0;
    int peopleReached = 0;
};

// "Implausible" (DOMAIN.md 4 and issue 5): a contact rate far outside the usual 10-30%, or
// door entries seconds apart.
struct QualityRules
{
    double lowRate = 0.05;   // half the usual low end
    double highRate = 0.45;  // one and a half times the usual high end
    int minDoors = 20;       // fewer doors say nothing
    qint64 minGapMs = 20'000; // less than this between two doors is not walking
    double fastShare = 0.5;  // flagged when at least this share of the gaps is that short
    int minGaps = 10;
};

struct QualityFlag
{
    enum class Kind { ContactRate, TooFast };
    QString volunteer;
    Kind kind = Kind::ContactRate;
    double value = 0; // the rate, or the share of short gaps
    QString message;  // translated
};

// Progress and quality figures over the contact attempts (read-only, local).
class CanvassStats final
{
public:
    explicit CanvassStats(Database& db) : m_db(db) {}

    Result<QList<CanvassFigures>> figures(StatsGroup group, const StatsFilter& filter = {});
    Result<CanvassFigures> total(const StatsFilter& filter = {});
    // One point per day with activity, in order (a series for a chart).
    Result<QList<ActivityPoint>> activity(const StatsFilter& filter = {});
    // Volunteers whose entries look implausible. Entries with exactly the same time come from a
    // paper list typed in afterwards: they are not the volunteer's pace and are left out.
    Result<QList<QualityFlag>> flags(const StatsFilter& filter = {}, const QualityRules& rules = {});

private:
    Database& m_db;
};

} // namespace terrain
