#include "turfcutter.h"

#include "people/addressparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::TurfCutter", text);
}

// The sort key of one door, computed once: bureau and street as ranks (each distinct one
// ranked once by its natural key, so that a million comparisons compare integers, not
// zero-padded strings), then the door's place in its street (DoorOrder, the rule the district
// tree shows doors in).
struct DoorKey
{
    int bureau = 0;
    qint64 bureauId = 0;
    int street = 0;
    DoorOrder door;

    auto tie() const { return std::tie(bureau, bureauId, street, door); }
};

// Ranks of distinct names in natural order, empty names last ("No bureau", "No street"),
// equal names then by id.
template <typename Id>
class Ranks
{
public:
    int add(const QString& name, Id id)
    {
        auto it = m_index.constFind(id);
        if (it != m_index.constEnd())
            return *it;
        const int slot = static_cast<int>(m_entries.size());
        m_entries.push_back({name.isEmpty(), name.isEmpty() ? QString() : naturalSortKey(name), id, slot});
        m_index.insert(id, slot);
        return slot;
    }
    // Slot (as returned by add) -> rank.
    std::vector<int> ranks()
    {
        std::vector<size_t> order(m_entries.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [this](size_t a, size_t b) {
            const Entry& x = m_entries[a];
            const Entry& y = m_entries[b];
            return std::tie(x.empty, x.key, x.id) < std::tie(y.empty, y.key, y.id);
        });
        std::vector<int> rank(m_entries.size());
        for (size_t i = 0; i < order.size(); ++i)
            rank[order[i]] = static_cast<int>(i);
        return rank;
    }

private:
    struct Entry
    {
        bool empty;
        QString key;
        Id id;
        int slot;
    };
    std::vector<Entry> m_entries;
    QHash<Id, int> m_index;
};

QString sideLabel(TurfCutter::Side side)
{
    switch (side) {
    case TurfCutter::Side::Odd:
        return tr("odd");
    case TurfCutter::Side::Even:
        return tr("even");
    case TurfCutter::Side::NoNumber:
        break;
    }
    return tr("no number");
}

QString streetLabel(const WalkDoor& door)
{
    return door.street.isEmpty() ? tr("No street") : door.street;
}

// "Rue de la Paix (odd 1-37)" for doors [first, last] of one street side.
QString sideRangeLabel(const WalkDoor& first, const WalkDoor& last)
{
    const TurfCutter::Side side = TurfCutter::sideOf(first);
    QString range = sideLabel(side);
    if (side != TurfCutter::Side::NoNumber) {
        const QString from = TurfCutter::numberLabel(first);
        const QString to = TurfCutter::numberLabel(last);
        range += u' ' + (from == to ? from : from + u'-' + to);
    }
    return streetLabel(first) + QStringLiteral(" (") + range + u')';
}

} // namespace

TurfCutter::Side TurfCutter::sideOf(const WalkDoor& door)
{
    if (!door.number)
        return Side::NoNumber;
    return *door.number % 2 != 0 ? Side::Odd : Side::Even;
}

void TurfCutter::sortDoors(std::vector<WalkDoor>& doors)
{
    QHash<QString, QString> naturalKeys; // buildings and units repeat: compute each once
    auto natural = [&naturalKeys](const QString& text) {
        if (text.isEmpty())
            return QString();
        auto it = naturalKeys.constFind(text);
        if (it == naturalKeys.constEnd())
            it = naturalKeys.insert(text, naturalSortKey(text));
        return *it;
    };
    // A bureau is its code; a street its id, or its name for a lieu-dit (id 0).
    Ranks<QString> bureaux;
    Ranks<std::pair<qint64, QString>> streets;
    std::vector<DoorKey> keys(doors.size());
    for (size_t i = 0; i < doors.size(); ++i) {
        const WalkDoor& d = doors[i];
        DoorKey& k = keys[i];
        k.bureau = bureaux.add(d.bureauCode, d.bureauCode);
        k.bureauId = d.bureauId;
        k.street = streets.add(d.street, {d.streetId, d.streetId > 0 ? QString() : d.street});
        const auto optional = [](const std::optional<int>& value) {
            return value ? std::optional<qint64>(*value) : std::nullopt;
        };
        k.door = DoorOrder::of(optional(d.number), optional(d.numberTo), d.suffix, d.building, d.staircase, d.unit,
                               d.complement, d.householdId, natural);
    }
    const std::vector<int> bureauRank = bureaux.ranks();
    const std::vector<int> streetRank = streets.ranks();
    for (DoorKey& k : keys) {
        k.bureau = bureauRank[static_cast<size_t>(k.bureau)];
        k.street = streetRank[static_cast<size_t>(k.street)];
    }
    std::vector<size_t> order(doors.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&keys](size_t a, size_t b) { return keys[a].tie() < keys[b].tie(); });
    std::vector<WalkDoor> sorted;
    sorted.reserve(doors.size());
    for (size_t i : order)
        sorted.push_back(std::move(doors[i]));
    doors = std::move(sorted);
}

bool TurfCutter::sameStreetSide(const WalkDoor& a, const WalkDoor& b)
{
    return a.bureauId == b.bureauId && a.streetId == b.streetId && a.street == b.street && sideOf(a) == sideOf(b);
}

bool TurfCutter::sameBuilding(const WalkDoor& a, const WalkDoor& b)
{
    // Doors without a number are told apart by nothing but their household: never a
    // building, so such a street side can still be cut.
    return sameStreetSide(a, b) && a.number && b.number && a.number == b.number && a.numberTo == b.numberTo
        && suffixRank(a.suffix) == suffixRank(b.suffix) && a.suffix.compare(b.suffix, Qt::CaseInsensitive) == 0
        && a.building.compare(b.building, Qt::CaseInsensitive) == 0;
}

std::vector<TurfRange> TurfCutter::cut(const std::vector<WalkDoor>& doors, int targetDoors)
{
    const qsizetype target = std::max(1, targetDoors);
    const qsizetype total = static_cast<qsizetype>(doors.size());
    std::vector<TurfRange> turfs;
    auto door = [&doors](qsizetype i) -> const WalkDoor& { return doors[static_cast<size_t>(i)]; };

    TurfRange current;
    auto flush = [&turfs, &current](qsizetype next) {
        if (current.size() > 0)
            turfs.push_back(current);
        current = {next, next};
    };

    qsizetype i = 0;
    while (i < total) {
        // The street side starting at i: [i, sideEnd).
        qsizetype sideEnd = i + 1;
        while (sideEnd < total && sameStreetSide(door(i), door(sideEnd)))
            ++sideEnd;
        const qsizetype sideSize = sideEnd - i;
        if (current.size() > 0 && door(current.begin).bureauId != door(i).bureauId)
            flush(i);

        if (sideSize > target) {
            flush(i);
            // Nearly equal parts by number ranges, whole buildings only.
            const qsizetype parts = (sideSize + target - 1) / target;
            const qsizetype chunk = (sideSize + parts - 1) / parts;
            qsizetype b = i;
            while (b < sideEnd) {
                qsizetype buildingEnd = b + 1;
                while (buildingEnd < sideEnd && sameBuilding(door(b), door(buildingEnd)))
                    ++buildingEnd;
                const qsizetype buildingSize = buildingEnd - b;
                if (current.size() > 0 && (current.size() + buildingSize > target || current.size() >= chunk))
                    flush(b);
                current.end = buildingEnd;
                b = buildingEnd;
            }
            flush(sideEnd);
        } else {
            if (current.size() > 0 && current.size() + sideSize > target)
                flush(i);
            if (current.size() == 0)
                current = {i, i};
            current.end = sideEnd;
        }
        i = sideEnd;
    }
    flush(total);
    return turfs;
}

QString TurfCutter::numberLabel(const WalkDoor& door)
{
    if (!door.number)
        return {};
    QString number = QString::number(*door.number);
    if (door.numberTo)
        number += u'-' + QString::number(*door.numberTo);
    if (!door.suffix.isEmpty())
        number += (door.suffix.size() == 1 ? QString() : QStringLiteral(" ")) + door.suffix;
    return number;
}

QString TurfCutter::addressLabel(const WalkDoor& door)
{
    QStringList parts;
    const QString number = numberLabel(door);
    parts << (number.isEmpty() ? streetLabel(door) : number + u' ' + streetLabel(door));
    if (!door.building.isEmpty())
        parts << tr("Bldg %1").arg(door.building);
    if (!door.staircase.isEmpty())
        parts << tr("Stair %1").arg(door.staircase);
    if (!door.unit.isEmpty())
        parts << door.unit;
    if (!door.complement.isEmpty() && !door.number)
        parts << door.complement;
    return parts.join(QStringLiteral(", "));
}

QString TurfCutter::turfName(const std::vector<WalkDoor>& doors, const TurfRange& turf)
{
    if (turf.size() <= 0)
        return {};
    const WalkDoor& first = doors[static_cast<size_t>(turf.begin)];
    const WalkDoor& last = doors[static_cast<size_t>(turf.end - 1)];
    // The first street side of the turf, and the last one when it differs.
    qsizetype firstSideEnd = turf.begin + 1;
    while (firstSideEnd < turf.end && sameStreetSide(first, doors[static_cast<size_t>(firstSideEnd)]))
        ++firstSideEnd;
    qsizetype lastSideBegin = turf.end - 1;
    while (lastSideBegin > turf.begin && sameStreetSide(last, doors[static_cast<size_t>(lastSideBegin - 1)]))
        --lastSideBegin;
    QString name = sideRangeLabel(first, doors[static_cast<size_t>(firstSideEnd - 1)]);
    if (firstSideEnd < turf.end)
        name += QStringLiteral(" → ") + sideRangeLabel(doors[static_cast<size_t>(lastSideBegin)], last);
    const QString bureau = first.bureauLabel.isEmpty() ? tr("No bureau") : first.bureauLabel;
    return bureau + QStringLiteral(": ") + name;
}

} // namespace terrain
