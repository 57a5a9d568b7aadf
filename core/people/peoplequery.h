#pragma once

#include "search/peoplesearch.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace terrain {

class Database;
class Statement;

// Which people the table shows. Every condition narrows the one before (AND).
struct PeopleFilter
{
    QString search;                   // as typed: names, address words, phone digits
    std::optional<qint64> districtId; // a commune, canton or bureau: its people and those of every district under it
    std::optional<qint64> streetId;   // people living in this street; 0: in no street, at the lieu-dit below
    QString lieuDit;                  // with streetId 0: the lieu-dit (empty: no address place at all)
    std::optional<qint64> householdId; // people of this household (a door of the district tree)
    QList<int> support;               // any of these levels, 0 = unknown; empty = any
    QList<qint64> tagIds;             // people carrying every one of these tags (any one of them with anyTag)
    bool anyTag = false;
    QStringList statuses;          // any of these; empty = everyone except those who left the list
    std::optional<bool> hasPhone;  // a phone not marked bad
    std::optional<bool> hasEmail;  // an email not marked bad

    bool operator==(const PeopleFilter&) const = default;
};

// GCC's -Wshadow takes the scoped enumerator Status for the type terrain::Status; it cannot clash.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wshadow"
enum class PeopleColumn
{
    Name,       // usage (else birth) name then first names, folded: accents and case ignored
    FirstNames, // folded first names, then the name
    BirthDate,  // oldest first; unknown dates last
    Address,    // street, number, suffix (12 < 12 bis < 12 ter < 14), building, staircase, unit, then name
    Bureau,     // bureau code in natural order (2 < 10), then name; people with no bureau last
    Support,    // 1 (strong support) to 5, unknown last, then name
    Status,     // active, moved, deceased, left; then name
    Phone,      // first usable phone; people without one last; then name
};
#pragma GCC diagnostic pop

struct PeopleSort
{
    PeopleColumn column = PeopleColumn::Name;
    Qt::SortOrder order = Qt::AscendingOrder; // descending reverses everything, unknowns included

    bool operator==(const PeopleSort&) const = default;
};

// Where a row stands in one sort: its sort values with the id as the tiebreak (the key of
// keyset pagination), and its position in the filtered, sorted table when known.
struct PeopleKey
{
    QVariantList values;
    qint64 id = 0;
    qint64 position = -1;

    bool isValid() const { return id > 0; }
};

// One row of the People table.
struct PersonRow
{
    qint64 id = 0;
    QString uuid;
    QString displayName; // "DUPONT Jean": usage name (else birth name) in upper case, then first names
    QString firstNames;
    QString birthDate; // ISO, possibly partial ("1950")
    int age = -1;      // -1 when the birth date is unknown
    QString address;   // "12 bis Rue de la Paix, Bât A"
    QString unit;      // "Apt 31"
    QString bureau;    // bureau code
    int support = 0;   // 1-5, 0 unknown
    QString status;
    QString phone; // first usable phone: E.164, or as typed when it is not valid
    bool hasEmail = false;
    qint64 householdId = 0;
    PeopleKey key; // in the sort that fetched the row
};

// The ids of one (filter, sort) in order: what jumping to any scroll position stands on.
// 8 bytes a person (8 MB for a million), built by one SQL pass.
struct PeopleOrder
{
    PeopleFilter filter;
    PeopleSort sort;
    std::vector<qint64> ids;
    qint64 buildMs = 0;
};

// The People table over any number of people, never loading them all.
//
// - fetchPage() is keyset pagination: the `limit` rows after a key (sort values, then the id
//   as tiebreak). With the name sort it walks the folded-name index in SQL: about 1 ms a page
//   wherever it starts, 900,000th row included (1M people).
// - Positional access (rowsAt, rowAt, keyAt), for a scroll bar dragged anywhere, stands on a
//   PeopleOrder: the sorted ids of the (filter, sort), 8 bytes a person, built once by one
//   SQL table scan and sort (1M people: 1.3-1.5 s by name, 1.6-2.6 s for other sorts on a
//   busy 2-core machine), after which any position costs one lookup of `limit` ids (1-2 ms,
//   under 10 ms cold). The query keeps the last order it built or was given: buildOrder()
//   can run on a worker thread with its own Database and setOrder() adopt the result.
// - Other sorts than the name have no index: SQLite would scan and sort every filtered
//   person for every page, so fetchPage() builds the order at the first page instead and
//   pages through it (then about 1 ms a page).
// - The name walk reads people until `limit` match. When few match (known from count(),
//   which the view asks first), fetchPage() builds the order (sorting only them); when
//   many do, it keeps SQLite from reading them through another index and sorting them all.
// - An order is a snapshot: rows show their current values, but a renamed person keeps
//   their place until invalidate() (call it when the view reloads after edits).
//
// One PeopleQuery per Database (per thread).
class PeopleQuery final
{
public:
    explicit PeopleQuery(Database& db, QString phoneRegion = QStringLiteral("FR"));
    ~PeopleQuery();
    PeopleQuery(const PeopleQuery&) = delete;
    PeopleQuery& operator=(const PeopleQuery&) = delete;

    // How many people the filter keeps; stops early (error code "cancelled") when `cancel`
    // becomes true.
    Result<qint64> count(const PeopleFilter& filter, const std::atomic_bool* cancel = nullptr);
    // How many people the filter keeps, counting no further than `cap`: exact when fewer
    // match, a floor when `cap` is returned. Cheap when many match (it stops at `cap`) and when
    // few do (a search is read from its index first): what a keystroke can afford, where an
    // exact count of a short prefix ("mar": 200,000 of 1,000,000) is not.
    // The pages of this filter that follow take their plan from it.
    Result<qint64> countUpTo(const PeopleFilter& filter, qint64 cap = kPlanThreshold);
    // Below this many people, an order (sorting just them) beats walking the name index.
    static constexpr qint64 kPlanThreshold = 3000;
    // The exact count of the filter when the last count or search plan learnt it (a search
    // whose matches were all sorted is counted exactly, even past countUpTo()'s cap).
    std::optional<qint64> knownCount(const PeopleFilter& filter) const;

    // A search's plan (countUpTo()) reads the people it matches from the search index, then
    // sorts them all by name when that costs less than walking the name index to the first
    // page: when they are at most kSortAllMatches, or when all but that many have a name
    // starting with the first words of the text (a surname: "dufour", "le gall"), whose
    // range of the name index is read in order, up to kNameRangeLimit people.
    // Otherwise (many matches spread over the name order: "de", "jean"), the walk finds
    // a page at once.
    static constexpr qint64 kSortAllMatches = 6000;
    static constexpr qint64 kNameRangeLimit = 30000;
    // Other limits than those (tests that try every plan on a small campaign).
    void setSearchPlanLimits(qint64 sortAllMatches, qint64 nameRangeLimit)
    {
        m_sortAllMatches = sortAllMatches;
        m_nameRangeLimit = nameRangeLimit;
        m_wideStarts.clear();
    }

    // The `limit` rows after `after` (from the start when it is not valid).
    Result<QList<PersonRow>> fetchPage(const PeopleFilter& filter, const PeopleSort& sort, const PeopleKey& after,
                                       int limit);

    // Rows at positions offset .. offset + limit - 1 (fewer at the end).
    Result<QList<PersonRow>> rowsAt(const PeopleFilter& filter, const PeopleSort& sort, qint64 offset, int limit);
    Result<PersonRow> rowAt(const PeopleFilter& filter, const PeopleSort& sort, qint64 offset);
    // The key of the row at `offset`: fetchPage(filter, sort, keyAt(..., n - 1), limit) starts at row n.
    Result<PeopleKey> keyAt(const PeopleFilter& filter, const PeopleSort& sort, qint64 offset);

    // Builds the order of a (filter, sort), on this query's connection; stops early (with
    // error code "cancelled") when `cancel` becomes true. Does not keep it: see setOrder().
    Result<std::shared_ptr<const PeopleOrder>> buildOrder(const PeopleFilter& filter, const PeopleSort& sort,
                                                          const std::atomic_bool* cancel = nullptr);
    // Adopts an order (built here or on another connection of the same campaign).
    void setOrder(std::shared_ptr<const PeopleOrder> order) { m_order = std::move(order); }
    std::shared_ptr<const PeopleOrder> order() const { return m_order; }
    // Forgets the order and the counts: the next positional access rebuilds it. (The matches
    // of the last search are kept while the campaign file is unchanged: see ensureMatches().)
    void invalidate()
    {
        m_order.reset();
        m_counted.reset();
    }

    // Ages are counted at this date (today unless set).
    void setToday(const QDate& today) { m_today = today; }

private:
    struct Clause
    {
        QString sql;
        QVariantList binds;
    };
    enum class Plan
    {
        Any,         // SQLite chooses
        WalkNames,   // many match: walk the name index, test the other conditions on each row
        SearchFirst, // the search condition is left out: the caller reads its matches first
    };
    Clause filterClause(const PeopleFilter& filter, Plan plan = Plan::Any) const;
    Status ensureMatches(const PeopleFilter& filter);
    Result<bool> sortSearch(const PeopleFilter& filter, const PeopleSearch::Condition& search);
    // What changes when the file does: PRAGMA data_version (other connections' commits)
    // and this connection's own changes.
    std::pair<qint64, qint64> dataStamp() const;
    Result<std::shared_ptr<const PeopleOrder>> ensureOrder(const PeopleFilter& filter, const PeopleSort& sort);
    Result<QList<PersonRow>> rowsByIds(const PeopleSort& sort, const qint64* ids, qsizetype count,
                                       qint64 firstPosition);
    PersonRow readRow(Statement& st, int keyParts) const;

    Database& m_db;
    PeopleSearch m_search;
    QDate m_today;
    std::shared_ptr<const PeopleOrder> m_order;
    struct Counted
    {
        PeopleFilter filter;
        qint64 count = 0;
        bool exact = false; // else at least `count`
    };
    std::optional<Counted> m_counted; // the last count, to choose a plan
    qint64 m_sortAllMatches = kSortAllMatches;
    qint64 m_nameRangeLimit = kNameRangeLimit;
    // The people a search matches, by id, for walking the name index when many do: one
    // bit a person, read from the search index once (1M people, "ma": about 18 ms), then
    // tested by terrain_search_match(p.id) on each row of the walk, where an IN list would
    // be built again by SQLite for every page. Kept for the next keystrokes with the same
    // words ("michel", "michel ", "michel l") while the file is unchanged (m_matchesStamp).
    std::optional<QString> m_matchesOf; // the search m_matches holds ("Le" and "Le " are one)
    std::vector<bool> m_matches;
    qint64 m_matchCount = 0;
    std::pair<qint64, qint64> m_matchesStamp{-1, -1};
    // The matches left to look up one by one (terrain_search_rest(id)) by sortSearch().
    std::vector<bool> m_rest;
    // Name starts whose range of the name index is too wide to read (while m_matchesStamp holds).
    QSet<QString> m_wideStarts;
};

// The address line of the table and the person panel: "12 bis Rue de la Paix, Bât A, Esc 2".
struct AddressLineParts
{
    std::optional<qint64> number;
    std::optional<qint64> numberTo;
    QString suffix;
    QString street; // "Rue de la Paix"
    QString lieuDit;
    QString building;
    QString staircase;
    QString complement;
    QString raw; // used when nothing else is known
};
QString formatAddressLine(const AddressLineParts& parts);

// Age in whole years at `today` of an ISO birth date, possibly partial ("1950": counted from
// the middle of the year, "1950-05": from the 15th); -1 when unknown.
int ageAt(const QString& birthDate, const QDate& today);

// "DUPONT Jean": the usage name (else the birth name) in upper case, then the first names.
QString personDisplayName(const QString& usageName, const QString& lastName, const QString& firstNames);

// The folded name the table sorts by and the one-letter search matches, as the importer
// writes it: usage (else birth) name then first names, folded ("lemaitre anne").
QString foldedPersonName(const QString& usageName, const QString& lastName, const QString& firstNames);

// Registers the SQL functions the people queries sort with (terrain_natural, terrain_suffix_rank)
// on a connection; PeopleQuery does it on its own.
Status registerPeopleFunctions(Database& db);

} // namespace terrain
