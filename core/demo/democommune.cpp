#include "democommune.h"

#include "demo/demogenerator.h"
#include "demo/demotext.h"
#include "demo/wordlists.h"

#include <algorithm>
#include <numeric>
#include <unordered_set>

namespace terrain {

namespace {

using demo::wordLists;

// Appends the entries of a list to a text table and returns where they start.
quint16 appendList(std::vector<const char*>& table, demo::Words words)
{
    const auto start = quint16(table.size());
    table.insert(table.end(), words.begin(), words.end());
    return start;
}

// Alphabetical rank of every entry of a table, on its folded form, for sorting the list.
std::vector<quint32> ranksOf(const std::vector<const char*>& table)
{
    std::vector<std::string> keys;
    keys.reserve(table.size());
    for (const char* word : table)
        keys.push_back(demotext::asciiFold(word));
    std::vector<quint32> order(table.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return keys[a] != keys[b] ? keys[a] < keys[b] : a < b;
    });
    std::vector<quint32> rank(table.size());
    for (quint32 i = 0; i < order.size(); ++i)
        rank[order[i]] = i + 1; // 0 stays free for "no name"
    return rank;
}

} // namespace

DemoCommune::DemoCommune(const DemoOptions& options)
    : m_rng(DemoRandom::forStream(options.seed, 1))
{
    const auto& lists = wordLists();
    appendList(m_surnames, lists.surnames);
    for (const demo::EuNationality& eu : lists.euNationalities)
        m_euSurnameStart.push_back(appendList(m_surnames, eu.surnames));
    for (int c = 0; c < 4; ++c) {
        m_femaleStart[c] = appendList(m_givenNames, lists.femaleNames[c]);
        m_maleStart[c] = appendList(m_givenNames, lists.maleNames[c]);
    }
    m_femaleMiddleStart = appendList(m_givenNames, lists.femaleMiddleNames);
    m_maleMiddleStart = appendList(m_givenNames, lists.maleMiddleNames);
    for (const demo::EuNationality& eu : lists.euNationalities) {
        m_euMaleStart.push_back(appendList(m_givenNames, eu.maleNames));
        m_euFemaleStart.push_back(appendList(m_givenNames, eu.femaleNames));
    }
    m_surnameRank = ranksOf(m_surnames);
    m_givenRank = ranksOf(m_givenNames);

    // Bigger communes have more and bigger apartment buildings.
    const qint64 voters = options.voters;
    const int urbanity = int(std::clamp<qint64>((voters - 20000) * 1000 / 480000, 0, 1000)); // per mille
    m_buildingPerMille = voters < 20000 ? int(10 + 18 * voters / 20000) : 28 + 107 * urbanity / 1000;
    m_maxUnits = 30 + 50 * urbanity / 1000;

    DemoRandom planRng = DemoRandom::forStream(options.seed, 2);
    planStreets(options.voters, planRng);
    planBureaux(options.voters, options.bureaux, planRng);
}

int DemoCommune::streetCount() const
{
    return int(std::count_if(m_streets.begin(), m_streets.end(), [](const Street& s) { return s.target > 0; }));
}

void DemoCommune::planStreets(int voters, DemoRandom& rng)
{
    const auto& lists = wordLists();
    // About 55 voters a street in a small town, more in a city, never more than 2000 streets.
    const int streetCount = std::max(1, int(qint64(voters) * 2000 / (90000 + qint64(voters))));
    int lieuxDits = voters >= 200 ? std::clamp(streetCount / 25, 1, int(lists.lieuxDits.size())) : 0;
    const int roads = std::max(1, streetCount - lieuxDits);

    std::vector<int> typeWeights;
    for (const demo::StreetType& type : lists.streetTypes)
        typeWeights.push_back(type.weight);

    // A name serves one street, unless the classic names run short ("Rue" and "Impasse des
    // Lilas" side by side happen, but rarely).
    std::unordered_set<std::string> used;
    std::unordered_set<std::string> usedNames;
    std::vector<qint64> weights;
    while (int(m_streets.size()) < roads) {
        Street street;
        for (int attempt = 0; attempt < 60 && street.type < 0; ++attempt) {
            const int type = rng.weighted(typeWeights);
            int allowed[demo::StreetCategoryCount];
            int allowedCount = 0;
            for (int c = 0; c < demo::StreetCategoryCount; ++c) {
                if (lists.streetTypes[size_t(type)].categories & (1u << unsigned(c)))
                    allowed[allowedCount++] = c;
            }
            const demo::Words pool = lists.streetNames[allowed[rng.below(quint32(allowedCount))]];
            const std::string name = pool[rng.below(quint32(pool.size()))];
            if (attempt < 30 && usedNames.count(name))
                continue;
            if (used.insert(std::string(lists.streetTypes[size_t(type)].name) + ' ' + name).second) {
                street.type = type;
                street.name = name;
            }
        }
        // The classic names are used up (a large city): streets named after local people.
        while (street.type < 0) {
            const int type = int(rng.below(6)); // Rue, Avenue, Boulevard, Impasse, Place, Allée
            const bool female = rng.chance(350);
            const int cohort = int(rng.below(2));
            const demo::Words given = female ? lists.femaleNames[cohort] : lists.maleNames[cohort];
            const std::string name = std::string(given[size_t(rng.skewed(given.size()))]) + ' '
                + lists.surnames[size_t(rng.skewed(lists.surnames.size()))];
            if (used.insert(std::string(lists.streetTypes[size_t(type)].name) + ' ' + name).second) {
                street.type = type;
                street.name = name;
            }
        }
        usedNames.insert(street.name);
        // Lengths are skewed: many short streets, a few long ones; impasses and alleys are short.
        const qint64 r = rng.below(1000);
        qint64 weight = 20 + r * r * r / 2500000;
        const std::string_view typeName = lists.streetTypes[size_t(street.type)].name;
        if (typeName == "Impasse" || typeName == "Sentier" || typeName == "Passage" || typeName == "Square"
            || typeName == "Allée" || typeName == "Place")
            weight /= 2;
        m_streets.push_back(std::move(street));
        weights.push_back(weight);
    }

    // Lieux-dits: a few houses each, whatever the size of the commune.
    std::vector<int> lieuDitTargets;
    int lieuxDitsVoters = 0;
    for (int i = 0; i < lieuxDits; ++i) {
        lieuDitTargets.push_back(rng.between(3, 18));
        lieuxDitsVoters += lieuDitTargets.back();
    }
    if (lieuxDitsVoters > voters / 5) {
        lieuDitTargets.clear();
        lieuxDitsVoters = 0;
    }

    const qint64 rest = voters - lieuxDitsVoters;
    const qint64 totalWeight = std::accumulate(weights.begin(), weights.end(), qint64(0));
    qint64 cumulated = 0;
    for (size_t i = 0; i < m_streets.size(); ++i) {
        const qint64 before = rest * cumulated / totalWeight;
        cumulated += weights[i];
        m_streets[i].target = int(rest * cumulated / totalWeight - before);
    }
    std::vector<size_t> lieuDitNames(lists.lieuxDits.size());
    std::iota(lieuDitNames.begin(), lieuDitNames.end(), size_t(0));
    for (size_t i = 0; i < lieuDitTargets.size(); ++i) {
        std::swap(lieuDitNames[i], lieuDitNames[i + rng.below(quint32(lieuDitNames.size() - i))]);
        Street lieuDit;
        lieuDit.name = lists.lieuxDits[lieuDitNames[i]];
        lieuDit.target = lieuDitTargets[i];
        m_streets.push_back(std::move(lieuDit));
    }

    // The order in which the bureaux take the streets: neighbourhoods, not alphabetical.
    for (size_t i = m_streets.size(); i > 1; --i)
        std::swap(m_streets[i - 1], m_streets[rng.below(quint32(i))]);
}

void DemoCommune::planBureaux(int voters, int bureaux, DemoRandom& rng)
{
    // Streets laid end to end: street i holds the voters [start[i], start[i + 1]).
    std::vector<qint64> start(m_streets.size() + 1, 0);
    for (size_t i = 0; i < m_streets.size(); ++i)
        start[i + 1] = start[i] + m_streets[i].target;

    // Bureau b holds the voters [bounds[b], bounds[b + 1]). An even split would cut many
    // streets in two; most cuts move to the nearer end of the street, the others stay,
    // and that long street spans two bureaux by number range.
    std::vector<qint64> bounds(size_t(bureaux) + 1);
    for (int b = 0; b <= bureaux; ++b)
        bounds[size_t(b)] = qint64(voters) * b / bureaux;
    for (int b = 1; b < bureaux; ++b) {
        const qint64 cut = bounds[size_t(b)];
        const auto it = std::upper_bound(start.begin(), start.end(), cut);
        const size_t street = size_t(it - start.begin()) - 1;
        if (street >= m_streets.size() || start[street] == cut)
            continue;
        const Street& s = m_streets[street];
        const bool keepSplit = s.type >= 0 && s.target >= 60 && rng.chance(400);
        if (keepSplit)
            continue;
        const qint64 low = start[street];
        const qint64 high = start[street + 1];
        const qint64 nearer = cut - low <= high - cut ? low : high;
        const qint64 other = nearer == low ? high : low;
        for (const qint64 candidate : {nearer, other}) {
            if (candidate > bounds[size_t(b) - 1] && candidate < bounds[size_t(b) + 1]) {
                bounds[size_t(b)] = candidate;
                break;
            }
        }
    }

    m_bureauSegments.assign(size_t(bureaux), {});
    size_t street = 0;
    for (int b = 0; b < bureaux; ++b) {
        qint64 position = bounds[size_t(b)];
        const qint64 end = bounds[size_t(b) + 1];
        while (position < end) {
            while (start[street + 1] <= position)
                ++street;
            const qint64 segmentEnd = std::min(end, start[street + 1]);
            m_bureauSegments[size_t(b)].push_back({int(street), int(segmentEnd - position)});
            position = segmentEnd;
        }
    }
}

DemoAddress DemoCommune::nextAddress(int streetIndex, DemoRandom& rng)
{
    Street& street = m_streets[size_t(streetIndex)];
    DemoAddress address;
    address.street = streetIndex;
    // "12 bis" (and sometimes "12 ter") is a house squeezed in after "12".
    if (street.lastNumber > 0 && rng.chance(60)) {
        quint8 suffix = DemoAddress::NoSuffix;
        if (street.lastSuffix == DemoAddress::NoSuffix)
            suffix = rng.chance(850) ? DemoAddress::Bis : DemoAddress::LetterB;
        else if (street.lastSuffix == DemoAddress::Bis && rng.chance(400))
            suffix = DemoAddress::Ter;
        if (suffix != DemoAddress::NoSuffix) {
            address.number = street.lastNumber;
            address.suffix = suffix;
            street.lastSuffix = suffix;
            return address;
        }
    }
    static constexpr int kSteps[] = {50, 35, 15};
    address.number = street.lastNumber + 1 + rng.weighted(kSteps);
    street.lastNumber = address.number;
    if (rng.chance(8)) {
        address.suffix = DemoAddress::Range; // "12-14"
        street.lastNumber += 2;
    }
    street.lastSuffix = address.suffix;
    return address;
}

qint64 DemoCommune::generateBureau(int bureau, std::vector<DemoPerson>& people, std::vector<DemoAddress>& addresses)
{
    static constexpr int kHouseSizes[] = {26, 40, 16, 12, 6};
    static constexpr int kFlatSizes[] = {45, 33, 12, 7, 3};
    static constexpr int kUnitStyles[] = {50, 15, 15, 10, 10};
    const auto& lists = wordLists();
    DemoRandom& rng = m_rng;
    people.clear();
    addresses.clear();
    qint64 households = 0;

    const auto household = [&](const DemoAddress& address, const int* sizes, int remaining) {
        addresses.push_back(address);
        HouseholdContext ctx{rng, people, quint32(addresses.size() - 1)};
        // About one household in eighty is of another EU country (complementary list).
        if (rng.chance(12))
            ctx.eu = int(rng.below(quint32(lists.euNationalities.size())));
        const int size = std::min(remaining, 1 + rng.weighted(std::span<const int>(sizes, 5)));
        addHousehold(ctx, size);
        ++households;
        return size;
    };

    for (const Segment& segment : segments(bureau)) {
        int remaining = segment.voters;
        const Street& street = m_streets[size_t(segment.street)];
        while (remaining > 0) {
            if (street.type < 0) {
                DemoAddress address;
                address.street = segment.street;
                remaining -= household(address, kHouseSizes, remaining);
                continue;
            }
            const DemoAddress base = nextAddress(segment.street, rng);
            if (!rng.chance(m_buildingPerMille)) {
                remaining -= household(base, kHouseSizes, remaining);
                continue;
            }
            // An apartment building: units in one to three blocks, sometimes by staircase.
            static constexpr int kKinds[] = {30, 25, 25, 20};
            const int kind = rng.weighted(kKinds);
            const int units = rng.chance(550) ? rng.between(4, 12) : rng.between(13, m_maxUnits);
            const int blocks = (kind == 1 || kind == 2) ? rng.between(1, 3) : 1;
            const int staircases = kind == 1 ? rng.between(1, 3) : 1;
            const int perFloor = rng.between(2, 6);
            const bool numbered = kind != 3 || rng.chance(600);
            const quint8 style = quint8(rng.weighted(kUnitStyles));
            const qint16 residence = kind <= 1 ? qint16(rng.below(quint32(lists.residences.size()))) : qint16(-1);
            const int perBlock = (units + blocks - 1) / blocks;
            const int perStaircase = (perBlock + staircases - 1) / staircases;
            for (int u = 0; u < units && remaining > 0; ++u) {
                // Some flats hold no voter: the numbering has gaps.
                if (rng.chance(200))
                    continue;
                DemoAddress flat = base;
                flat.residence = residence;
                flat.unitStyle = style;
                const int inBlock = u % perBlock;
                if (blocks > 1 || kind == 2)
                    flat.building = char('A' + u / perBlock);
                const int inStaircase = staircases > 1 ? inBlock % perStaircase : inBlock;
                if (staircases > 1)
                    flat.staircase = quint8(1 + inBlock / perStaircase);
                if (numbered)
                    flat.unit = qint16((inStaircase / perFloor) * 10 + inStaircase % perFloor + 1);
                remaining -= household(flat, kFlatSizes, remaining);
            }
        }
    }

    std::sort(people.begin(), people.end(), [this](const DemoPerson& a, const DemoPerson& b) {
        const auto given = [this](quint16 index) { return index == DemoPerson::kNone ? 0u : m_givenRank[index]; };
        if (a.birthName != b.birthName && m_surnameRank[a.birthName] != m_surnameRank[b.birthName])
            return m_surnameRank[a.birthName] < m_surnameRank[b.birthName];
        for (int k = 0; k < 3; ++k) {
            if (given(a.givenNames[k]) != given(b.givenNames[k]))
                return given(a.givenNames[k]) < given(b.givenNames[k]);
        }
        if (a.birthDate != b.birthDate)
            return a.birthDate < b.birthDate;
        return a.order < b.order;
    });
    return households;
}

} // namespace terrain
