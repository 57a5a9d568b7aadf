#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace terrain {

// One door of a walk list: a household at its address, with its people in order.
struct WalkDoor
{
    qint64 householdId = 0;
    qint64 bureauId = 0;  // people.district_id (0: none)
    QString bureauCode;   // for ordering bureaux ("1" < "2" < "10"); empty: no bureau, last
    QString bureauLabel;  // "1 - Mairie"
    qint64 streetId = 0;  // 0: a lieu-dit or no street
    QString street;       // "Rue de la Paix", or the lieu-dit; empty: no street (last)
    std::optional<int> number;
    std::optional<int> numberTo;
    QString suffix;    // "bis", "B"
    QString building;  // "A"
    QString staircase; // "2"
    QString unit;      // "Floor 3 Apt 31"
    QString complement;
    QList<qint64> people; // ids, in the order they are printed
};

struct TurfRange
{
    qsizetype begin = 0; // indexes into the sorted doors, [begin, end)
    qsizetype end = 0;
    qsizetype size() const { return end - begin; }
    bool operator==(const TurfRange&) const = default;
};

// The walk order of doors and the cutting of turf, as pure functions over doors.
//
// Order: bureau (by code, numbers as numbers; two bureaux of one code apart, by id), street
// (by name; no street last; two streets of one name apart, by id), side
// (odd, even, then doors with no number), house number, range end, suffix
// (12 < 12 bis < 12 ter < 12 A < 14), building, staircase, unit (floor, apartment), each
// compared as numbers where they are numbers (Apt 2 < Apt 10), then household.
//
// Turf: a turf never spans two bureaux and never splits a building (same street, number,
// suffix and building). Whole street sides are packed together, in walk order, up to the
// target number of doors; a street side longer than the target gets turfs of its own, cut
// by number ranges into nearly equal parts. Only a single building larger than the target
// makes a turf larger than the target.
class TurfCutter final
{
public:
    enum class Side { Odd, Even, NoNumber };

    static Side sideOf(const WalkDoor& door);
    static void sortDoors(std::vector<WalkDoor>& doors);
    static bool sameStreetSide(const WalkDoor& a, const WalkDoor& b);
    static bool sameBuilding(const WalkDoor& a, const WalkDoor& b);
    // `doors` in walk order; targetDoors >= 1.
    static std::vector<TurfRange> cut(const std::vector<WalkDoor>& doors, int targetDoors);

    // "12 bis", "12-14", "" (no number).
    static QString numberLabel(const WalkDoor& door);
    // "12 bis Rue de la Paix, Bldg A, Stair 2, Floor 3 Apt 31".
    static QString addressLabel(const WalkDoor& door);
    // A turf's name: "1 - Mairie: Rue de la Paix (odd 1-37)"; several street sides:
    // "1 - Mairie: Rue A (odd 1-37) → Rue C (even 2-8)".
    static QString turfName(const std::vector<WalkDoor>& doors, const TurfRange& turf);
};

} // namespace terrain
