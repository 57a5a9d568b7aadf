#include "peoplequery.h"

#include "people/addressparser.h"
#include "storage/database.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <iterator>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::PeopleQuery", text);
}

Error queryError(const QString& detail)
{
    return makeError(QStringLiteral("people.query"), tr("The people could not be read."), detail);
}

QString argumentText(sqlite3_value* value)
{
    const auto* data = static_cast<const char16_t*>(sqlite3_value_text16(value));
    return QString::fromUtf16(data, sqlite3_value_bytes16(value) / 2);
}

// terrain_natural(text): the natural sort key ("Apt 2" < "Apt 10"), see naturalSortKey.
void sqlNatural(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return sqlite3_result_null(context);
    const QString key = naturalSortKey(argumentText(argv[0]));
    sqlite3_result_text16(context, key.utf16(), static_cast<int>(key.size() * 2), SQLITE_TRANSIENT);
}

// terrain_suffix_rank(text): the order of house-number suffixes (none < bis < ter < A), see suffixRank.
void sqlSuffixRank(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return sqlite3_result_int(context, 0);
    sqlite3_result_int(context, suffixRank(argumentText(argv[0])));
}

// terrain_search_match(id): whether a person is among the matches a PeopleQuery read
// from the search index (its std::vector<bool>, by id).
void sqlSearchMatch(sqlite3_context* context, int, sqlite3_value** argv)
{
    const auto* matches = static_cast<const std::vector<bool>*>(sqlite3_user_data(context));
    const sqlite3_int64 id = sqlite3_value_int64(argv[0]);
    sqlite3_result_int(context, id >= 0 && static_cast<std::size_t>(id) < matches->size() && (*matches)[id] ? 1 : 0);
}

// terrain_search_collect(rowid): sets the bit of each id in a PeopleQuery's matches (its
// std::vector<bool>, sized beforehand) and returns how many were set. One aggregate call
// costs less than handing every row of a large search ("de": 427,000) back to C++.
void sqlCollectStep(sqlite3_context* context, int, sqlite3_value** argv)
{
    auto* matches = static_cast<std::vector<bool>*>(sqlite3_user_data(context));
    auto* count = static_cast<sqlite3_int64*>(sqlite3_aggregate_context(context, sizeof(sqlite3_int64)));
    if (!count)
        return sqlite3_result_error_nomem(context);
    const sqlite3_int64 id = sqlite3_value_int64(argv[0]);
    if (id < 0)
        return;
    const auto index = static_cast<std::size_t>(id);
    if (index >= matches->size())
        matches->resize(std::max<std::size_t>(index + 1, matches->size() * 2));
    if (!(*matches)[index]) {
        (*matches)[index] = true;
        ++*count;
    }
}

void sqlCollectFinal(sqlite3_context* context)
{
    const auto* count = static_cast<sqlite3_int64*>(sqlite3_aggregate_context(context, 0));
    sqlite3_result_int64(context, count ? *count : 0);
}

// Reads that belong together see one state of the file: a read transaction, unless the
// caller's transaction already gives them one.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db.handle()),
          m_began(sqlite3_get_autocommit(m_db) != 0
                  && sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK)
    {
    }
    ~ReadSnapshot()
    {
        if (m_began)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_db;
    bool m_began;
};

// A search's match: its folded name (UTF-8 bytes, compared as SQLite compares text) and id.
using NamedId = std::pair<QByteArray, qint64>;

// A search's matches in name order, as the table's order.
std::shared_ptr<PeopleOrder> nameOrder(const PeopleFilter& filter, const std::vector<NamedId>& sorted)
{
    auto order = std::make_shared<PeopleOrder>();
    order->filter = filter;
    order->sort = PeopleSort{PeopleColumn::Name, Qt::AscendingOrder};
    order->ids.reserve(sorted.size());
    for (const NamedId& person : sorted)
        order->ids.push_back(person.second);
    return order;
}

// Row columns; the sort key parts follow them.
const char* const kRowColumns =
    "SELECT p.id, p.uuid, p.last_name, p.usage_name, p.first_names, p.birth_date,"
    " a.number, a.number_to, a.suffix, s.name, a.lieu_dit, a.building, a.staircase, a.complement, a.raw,"
    " h.unit, CASE WHEN d.kind = 'bureau' THEN d.code END, p.support, p.status,"
    " (SELECT coalesce(ph.e164, ph.raw) FROM phones ph WHERE ph.person_id = p.id AND ph.deleted = 0 AND ph.bad = 0"
    "  ORDER BY ph.e164 IS NULL, ph.id LIMIT 1),"
    " EXISTS (SELECT 1 FROM emails e WHERE e.person_id = p.id AND e.deleted = 0 AND e.bad = 0),"
    " p.household_id";
constexpr int kRowColumnCount = 22;


// Unique joins: SQLite drops those whose columns a query does not use.
const char* const kFrom =
    " FROM people p LEFT JOIN households h ON h.id = p.household_id LEFT JOIN addresses a ON a.id = h.address_id"
    " LEFT JOIN streets s ON s.id = a.street_id LEFT JOIN districts d ON d.id = p.district_id";

// The sort key of each column, as SQL expressions in ascending order, the id excluded.
// None is ever NULL (row-value comparisons need it): unknowns become '~' or 6, which sort
// after every real value (folded text and ISO dates are below '~').
QStringList keyParts(PeopleColumn column)
{
    const QString name = QStringLiteral("p.folded_name");
    switch (column) {
    case PeopleColumn::Name:
        return {name};
    case PeopleColumn::FirstNames:
        return {QStringLiteral("terrain_fold(p.first_names)"), name};
    case PeopleColumn::BirthDate:
        return {QStringLiteral("ifnull(nullif(p.birth_date, ''), '~')"), name};
    case PeopleColumn::Address:
        return {QStringLiteral("coalesce(s.folded, terrain_fold(nullif(a.lieu_dit, '')), '~')"),
                QStringLiteral("ifnull(a.number, 0)"), QStringLiteral("terrain_suffix_rank(a.suffix)"),
                QStringLiteral("ifnull(terrain_natural(a.building), '')"),
                QStringLiteral("ifnull(terrain_natural(a.staircase), '')"),
                QStringLiteral("ifnull(terrain_natural(h.unit), '')"), name};
    case PeopleColumn::Bureau:
        return {QStringLiteral("CASE WHEN d.kind = 'bureau' THEN terrain_natural(d.code) ELSE '~' END"), name};
    case PeopleColumn::Support:
        return {QStringLiteral("ifnull(p.support, 6)"), name};
    case PeopleColumn::Status:
        return {QStringLiteral("CASE p.status WHEN 'active' THEN 0 WHEN 'moved' THEN 1 WHEN 'deceased' THEN 2"
                               " WHEN 'left' THEN 3 ELSE 4 END"),
                name};
    case PeopleColumn::Phone:
        return {QStringLiteral("ifnull((SELECT coalesce(ph.e164, ph.raw) FROM phones ph WHERE ph.person_id = p.id"
                               " AND ph.deleted = 0 AND ph.bad = 0 ORDER BY ph.e164 IS NULL, ph.id LIMIT 1), '~')"),
                name};
    }
    return {name};
}

// `noIndex`: a unary + keeps SQLite from walking an index in sort order. To list every
// id, one table scan and a sort beat an index walk that reads each row at random (3x).
QString orderBy(const QStringList& parts, Qt::SortOrder order, bool noIndex = false)
{
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList terms;
    for (const QString& part : parts)
        terms << (noIndex ? QStringLiteral("+") + part : part) + direction;
    terms << QStringLiteral("p.id") + direction;
    return QStringLiteral(" ORDER BY ") + terms.join(QStringLiteral(", "));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(u',');
}

void bindAll(Statement& st, const QVariantList& values, int first = 1)
{
    for (const QVariant& value : values)
        st.bind(first++, value);
}

int progressCallback(void* flag)
{
    return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0;
}

// Stops a long statement when the flag becomes true, for the lifetime of this object.
class CancelGuard
{
public:
    CancelGuard(Database& db, const std::atomic_bool* cancel)
        : m_db(db.handle()),
          m_active(cancel != nullptr)
    {
        if (m_active)
            sqlite3_progress_handler(m_db, 4096, progressCallback, const_cast<std::atomic_bool*>(cancel));
    }
    ~CancelGuard()
    {
        if (m_active)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    CancelGuard(const CancelGuard&) = delete;
    CancelGuard& operator=(const CancelGuard&) = delete;

private:
    sqlite3* m_db;
    bool m_active;
};

std::optional<qint64> optionalInt(const Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    return st.int64(column);
}

} // namespace

Status registerPeopleFunctions(Database& db)
{
    const int flags = SQLITE_UTF16 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    if (sqlite3_create_function_v2(db.handle(), "terrain_natural", 1, flags, nullptr, sqlNatural, nullptr, nullptr,
                                   nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(db.handle(), "terrain_suffix_rank", 1, flags, nullptr, sqlSuffixRank, nullptr,
                                      nullptr, nullptr)
            != SQLITE_OK)
        return queryError(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    return {};
}

QString formatAddressLine(const AddressLineParts& parts)
{
    QString first;
    if (parts.number) {
        first = QString::number(*parts.number);
        if (parts.numberTo)
            first += u'-' + QString::number(*parts.numberTo);
        if (!parts.suffix.isEmpty())
            first += u' ' + parts.suffix;
    }
    const QString place = parts.street.isEmpty() ? parts.lieuDit : parts.street;
    if (!place.isEmpty())
        first = first.isEmpty() ? place : first + u' ' + place;
    QStringList pieces;
    if (!first.isEmpty())
        pieces << first;
    if (!parts.street.isEmpty() && !parts.lieuDit.isEmpty())
        pieces << parts.lieuDit;
    if (!parts.building.isEmpty())
        pieces << tr("Bât %1").arg(parts.building);
    if (!parts.staircase.isEmpty())
        pieces << tr("Esc %1").arg(parts.staircase);
    if (!parts.complement.isEmpty())
        pieces << parts.complement;
    if (pieces.isEmpty())
        return parts.raw;
    return pieces.join(QStringLiteral(", "));
}

int ageAt(const QString& birthDate, const QDate& today)
{
    if (birthDate.size() < 4 || !today.isValid())
        return -1;
    bool ok = false;
    const int year = QStringView(birthDate).left(4).toInt(&ok);
    if (!ok)
        return -1;
    int month = 7;
    int day = 1;
    if (birthDate.size() >= 7) {
        month = QStringView(birthDate).mid(5, 2).toInt(&ok);
        if (!ok || month < 1 || month > 12)
            return -1;
        day = 15;
    }
    if (birthDate.size() >= 10) {
        day = QStringView(birthDate).mid(8, 2).toInt(&ok);
        if (!ok)
            return -1;
    }
    int age = today.year() - year;
    if (today.month() < month || (today.month() == month && today.day() < day))
        --age;
    return age < 0 ? -1 : age;
}

QString personDisplayName(const QString& usageName, const QString& lastName, const QString& firstNames)
{
    const QString surname = (usageName.trimmed().isEmpty() ? lastName : usageName).trimmed().toUpper();
    if (surname.isEmpty())
        return firstNames.trimmed();
    if (firstNames.trimmed().isEmpty())
        return surname;
    return surname + u' ' + firstNames.trimmed();
}

QString foldedPersonName(const QString& usageName, const QString& lastName, const QString& firstNames)
{
    return foldText(QString((usageName.isEmpty() ? lastName : usageName) + u' ' + firstNames));
}

PeopleQuery::PeopleQuery(Database& db, QString phoneRegion)
    : m_db(db),
      m_search(db, std::move(phoneRegion)),
      m_today(QDate::currentDate())
{
    if (Status s = registerPeopleFunctions(db); !s)
        qWarning("cannot register the people SQL functions: %s", qPrintable(s.error().detail));
    // Not deterministic: the sets change between statements.
    if (sqlite3_create_function_v2(db.handle(), "terrain_search_match", 1, SQLITE_UTF8, &m_matches, sqlSearchMatch,
                                   nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(db.handle(), "terrain_search_rest", 1, SQLITE_UTF8, &m_rest, sqlSearchMatch,
                                      nullptr, nullptr, nullptr)
            != SQLITE_OK
        || sqlite3_create_function_v2(db.handle(), "terrain_search_collect", 1, SQLITE_UTF8, &m_matches, nullptr,
                                      sqlCollectStep, sqlCollectFinal, nullptr)
            != SQLITE_OK)
        qWarning("cannot register the search functions: %s", sqlite3_errmsg(db.handle()));
}

PeopleQuery::~PeopleQuery()
{
    // The functions point into this object.
    for (const char* name : {"terrain_search_match", "terrain_search_rest", "terrain_search_collect"})
        sqlite3_create_function_v2(m_db.handle(), name, 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
}

// WalkNames: many people match, so walking the name index finds a page at once; a unary +
// keeps SQLite from reading them through the search, district or street index and sorting
// them all, and a search is tested against the matches read once (ensureMatches()).
PeopleQuery::Clause PeopleQuery::filterClause(const PeopleFilter& filter, Plan plan) const
{
    const bool walkNames = plan == Plan::WalkNames;
    const QString noIndex = walkNames ? QStringLiteral("+") : QString();
    Clause clause;
    QStringList parts{QStringLiteral("p.deleted = 0")};

    const PeopleSearch::Condition search = m_search.condition(filter.search);
    if (search.candidates.isEmpty() && !search.sql.isEmpty()) {
        parts << search.sql; // a name prefix: a range of the name index
        clause.binds += search.binds;
    } else if (!search.candidates.isEmpty()) {
        if (plan == Plan::SearchFirst) {
            // The caller joins the candidates; the row test stays.
        } else if (walkNames && m_matchesOf == search.matchKey()) {
            parts << QStringLiteral("terrain_search_match(p.id)");
        } else {
            parts << QStringLiteral("p.id IN (") + search.candidates + u')';
            clause.binds += search.candidateBinds;
        }
        if (!search.rowTest.isEmpty()) {
            parts << search.rowTest;
            clause.binds += search.rowTestBinds;
        }
    }
    if (filter.districtId) {
        parts << noIndex + QStringLiteral(
            "p.district_id IN (WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT dd.id FROM districts dd"
            " JOIN sub ON dd.parent_id = sub.id WHERE dd.deleted = 0) SELECT id FROM sub)");
        clause.binds << *filter.districtId;
    }
    if (filter.streetId && *filter.streetId > 0) {
        parts << noIndex + QStringLiteral("p.household_id IN (SELECT hh.id FROM households hh JOIN addresses aa"
                                " ON aa.id = hh.address_id WHERE aa.street_id = ?)");
        clause.binds << *filter.streetId;
    } else if (filter.streetId) {
        parts << noIndex + QStringLiteral("p.household_id IN (SELECT hh.id FROM households hh JOIN addresses aa"
                                " ON aa.id = hh.address_id WHERE aa.street_id IS NULL AND coalesce(aa.lieu_dit, '') = ?)");
        clause.binds << filter.lieuDit;
    }
    if (filter.householdId) {
        parts << noIndex + QStringLiteral("p.household_id = ?");
        clause.binds << *filter.householdId;
    }
    if (!filter.support.isEmpty()) {
        QStringList levels;
        bool unknown = false;
        for (int level : filter.support) {
            if (level == 0) {
                unknown = true;
            } else {
                levels << QStringLiteral("?");
                clause.binds << level;
            }
        }
        QStringList alternatives;
        if (!levels.isEmpty())
            alternatives << QStringLiteral("p.support IN (%1)").arg(levels.join(u','));
        if (unknown)
            alternatives << QStringLiteral("p.support IS NULL");
        parts << u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    if (!filter.tagIds.isEmpty()) {
        QList<qint64> tags = filter.tagIds;
        std::sort(tags.begin(), tags.end());
        tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
        QString sql = QStringLiteral("p.id IN (SELECT pt.person_id FROM person_tags pt WHERE pt.present = 1"
                                     " AND pt.deleted = 0 AND pt.tag_id IN (%1)")
                          .arg(placeholders(tags.size()));
        for (qint64 tag : std::as_const(tags))
            clause.binds << tag;
        if (!filter.anyTag && tags.size() > 1) {
            sql += QStringLiteral(" GROUP BY pt.person_id HAVING count(DISTINCT pt.tag_id) = ?");
            clause.binds << tags.size();
        }
        parts << sql + u')';
    }
    if (filter.statuses.isEmpty()) {
        parts << QStringLiteral("p.status <> 'left'");
    } else {
        parts << QStringLiteral("p.status IN (%1)").arg(placeholders(filter.statuses.size()));
        for (const QString& status : filter.statuses)
            clause.binds << status;
    }
    if (filter.hasPhone) {
        const QString exists = QStringLiteral(
            "EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id AND ph.deleted = 0 AND ph.bad = 0)");
        parts << (*filter.hasPhone ? exists : QStringLiteral("NOT ") + exists);
    }
    if (filter.hasEmail) {
        const QString exists = QStringLiteral(
            "EXISTS (SELECT 1 FROM emails e WHERE e.person_id = p.id AND e.deleted = 0 AND e.bad = 0)");
        parts << (*filter.hasEmail ? exists : QStringLiteral("NOT ") + exists);
    }
    clause.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return clause;
}

Result<qint64> PeopleQuery::count(const PeopleFilter& filter, const std::atomic_bool* cancel)
{
    const Clause where = filterClause(filter);
    Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM people p") + where.sql);
    bindAll(st, where.binds);
    bool stepped = false;
    {
        CancelGuard guard(m_db, cancel);
        stepped = st.step();
    }
    if (cancel && cancel->load())
        return makeError(QStringLiteral("cancelled"), tr("Cancelled."));
    if (!stepped)
        return queryError(st.errorMessage());
    m_counted = Counted{filter, st.int64(0), true};
    return st.int64(0);
}

Result<qint64> PeopleQuery::countUpTo(const PeopleFilter& filter, qint64 cap)
{
    // A search whose matches sortSearch() sorts is counted exactly by it. Otherwise (many
    // matches spread over the name order) its matches are read in the index's order and
    // looked up, stopping at `cap`: SQLite would otherwise build the list of every match
    // before the first lookup. When other filters leave fewer, they are the table: sorted
    // by name here, they are its order without a second reading of the search index.
    const PeopleSearch::Condition search = m_search.condition(filter.search);
    QString sql;
    QVariantList binds;
    if (!search.candidates.isEmpty()) {
        auto sorted = sortSearch(filter, search);
        if (!sorted)
            return sorted.error();
        if (*sorted)
            return std::min(cap, m_counted->count);
        const Clause where = filterClause(filter, Plan::SearchFirst);
        sql = QStringLiteral("SELECT p.id, p.folded_name FROM (") + search.candidates
            + QStringLiteral(") c CROSS JOIN people p ON p.id = c.rowid") + where.sql + QStringLiteral(" LIMIT ?");
        binds = search.candidateBinds + where.binds;
        binds << cap;
        Statement st = m_db.prepare(sql);
        bindAll(st, binds);
        std::vector<NamedId> found;
        while (st.step())
            found.emplace_back(st.blob(1), st.int64(0));
        if (st.failed())
            return queryError(st.errorMessage());
        const auto counted = static_cast<qint64>(found.size());
        m_counted = Counted{filter, counted, counted < cap};
        if (counted < cap) {
            // SQLite compares text as bytes: so does QByteArray.
            std::sort(found.begin(), found.end());
            m_order = nameOrder(filter, found);
        }
        return counted;
    } else {
        const Clause where = filterClause(filter);
        sql = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM people p") + where.sql + QStringLiteral(" LIMIT ?)");
        binds = where.binds;
    }
    binds << cap;
    Statement st = m_db.prepare(sql);
    bindAll(st, binds);
    if (!st.step())
        return queryError(st.errorMessage());
    const qint64 counted = st.int64(0);
    m_counted = Counted{filter, counted, counted < cap};
    return counted;
}

std::optional<qint64> PeopleQuery::knownCount(const PeopleFilter& filter) const
{
    if (m_counted && m_counted->exact && m_counted->filter == filter)
        return m_counted->count;
    return std::nullopt;
}

std::pair<qint64, qint64> PeopleQuery::dataStamp() const
{
    return {m_db.scalar("PRAGMA data_version").toLongLong(), sqlite3_total_changes64(m_db.handle())};
}

Status PeopleQuery::ensureMatches(const PeopleFilter& filter)
{
    const PeopleSearch::Condition search = m_search.condition(filter.search);
    if (search.candidates.isEmpty())
        return {};
    const std::pair<qint64, qint64> stamp = dataStamp();
    if (m_matchesOf == search.matchKey() && m_matchesStamp == stamp)
        return {};
    if (m_matchesStamp != stamp)
        m_wideStarts.clear();
    m_matchesOf.reset();
    const qint64 maxId = m_db.scalar("SELECT max(id) FROM people").toLongLong();
    m_matches.assign(static_cast<std::size_t>(std::max<qint64>(maxId, 0) + 1), false);
    Statement st =
        m_db.prepare(QStringLiteral("SELECT terrain_search_collect(rowid) FROM (") + search.candidates + u')');
    bindAll(st, search.candidateBinds);
    if (!st.step()) {
        m_matches.clear();
        return queryError(st.errorMessage());
    }
    m_matchCount = st.int64(0);
    m_matchesOf = search.matchKey();
    m_matchesStamp = stamp;
    return {};
}

Result<bool> PeopleQuery::sortSearch(const PeopleFilter& filter, const PeopleSearch::Condition& search)
{
    const ReadSnapshot snapshot(m_db);
    if (Status s = ensureMatches(filter); !s)
        return s.error();
    // The matches in a range of names are read from the name index, in order, with no
    // lookup; only the others are looked up one by one (about 1 us each, 2 when the
    // people table is not in memory). Which range: the widest of the search's name starts
    // that the index reads quickly; it is worth it when it leaves few matches outside.
    QString rangeStart;
    QString rangeEnd;
    if (m_matchCount > m_sortAllMatches) {
        // Not even the widest range read would leave few enough outside ("de": 427,000).
        if (m_matchCount - m_nameRangeLimit > m_sortAllMatches)
            return false;
        for (const QString& start : search.nameStarts) {
            if (m_wideStarts.contains(start))
                continue;
            QString end = start;
            end.back() = QChar(end.back().unicode() + 1);
            Statement st = m_db.prepare("SELECT id FROM people WHERE folded_name >= ? AND folded_name < ? LIMIT ?");
            st.bind(1, start).bind(2, end).bind(3, m_nameRangeLimit + 1);
            m_rest = m_matches;
            qint64 read = 0;
            qint64 inRange = 0;
            while (st.step()) {
                ++read;
                const qint64 id = st.int64(0);
                if (id >= 0 && static_cast<std::size_t>(id) < m_rest.size() && m_rest[static_cast<std::size_t>(id)]) {
                    m_rest[static_cast<std::size_t>(id)] = false;
                    ++inRange;
                }
            }
            if (st.failed())
                return queryError(st.errorMessage());
            if (read > m_nameRangeLimit) {
                m_wideStarts.insert(start); // not read again at the next keystrokes ("le r", "le ro")
                continue; // the next start is narrower
            }
            if (m_matchCount - inRange <= m_sortAllMatches) {
                rangeStart = start;
                rangeEnd = end;
            }
            break; // a narrower one would leave more outside
        }
        if (rangeStart.isEmpty())
            return false;
    }

    std::vector<NamedId> found;
    {
        const Clause where = filterClause(filter, Plan::SearchFirst);
        QString sql = QStringLiteral("SELECT p.id, p.folded_name FROM (") + search.candidates
            + QStringLiteral(") c CROSS JOIN people p ON p.id = c.rowid") + where.sql;
        if (!rangeStart.isEmpty())
            sql += QStringLiteral(" AND terrain_search_rest(c.rowid)");
        Statement st = m_db.prepare(sql);
        bindAll(st, search.candidateBinds + where.binds);
        while (st.step())
            found.emplace_back(st.blob(1), st.int64(0));
        if (st.failed())
            return queryError(st.errorMessage());
        // SQLite compares text as bytes: so does QByteArray.
        std::sort(found.begin(), found.end());
    }
    if (!rangeStart.isEmpty()) {
        const Clause where = filterClause(filter, Plan::WalkNames);
        Statement st = m_db.prepare(QStringLiteral("SELECT p.id, p.folded_name FROM people p") + where.sql
                                    + QStringLiteral(" AND p.folded_name >= ? AND p.folded_name < ?"
                                                     " ORDER BY p.folded_name, p.id"));
        bindAll(st, where.binds);
        const int next = static_cast<int>(where.binds.size()) + 1;
        st.bind(next, rangeStart).bind(next + 1, rangeEnd);
        std::vector<NamedId> inRange;
        while (st.step())
            inRange.emplace_back(st.blob(1), st.int64(0));
        if (st.failed())
            return queryError(st.errorMessage());
        std::vector<NamedId> merged;
        merged.reserve(found.size() + inRange.size());
        std::merge(found.begin(), found.end(), inRange.begin(), inRange.end(), std::back_inserter(merged));
        found = std::move(merged);
    }
    m_counted = Counted{filter, static_cast<qint64>(found.size()), true};
    m_order = nameOrder(filter, found);
    return true;
}

PersonRow PeopleQuery::readRow(Statement& st, int keyParts) const
{
    PersonRow row;
    row.id = st.int64(0);
    row.uuid = st.text(1);
    row.displayName = personDisplayName(st.text(3), st.text(2), st.text(4));
    row.firstNames = st.text(4);
    row.birthDate = st.text(5);
    row.age = ageAt(row.birthDate, m_today);
    AddressLineParts address;
    address.number = optionalInt(st, 6);
    address.numberTo = optionalInt(st, 7);
    address.suffix = st.text(8);
    address.street = st.text(9);
    address.lieuDit = st.text(10);
    address.building = st.text(11);
    address.staircase = st.text(12);
    address.complement = st.text(13);
    address.raw = st.text(14);
    row.address = formatAddressLine(address);
    row.unit = st.text(15);
    row.bureau = st.text(16);
    row.support = st.isNull(17) ? 0 : st.integer(17);
    row.status = st.text(18);
    row.phone = st.text(19);
    row.hasEmail = st.int64(20) != 0;
    row.householdId = st.isNull(21) ? 0 : st.int64(21);
    for (int i = 0; i < keyParts; ++i)
        row.key.values << st.value(kRowColumnCount + i);
    row.key.id = row.id;
    return row;
}

Result<QList<PersonRow>> PeopleQuery::fetchPage(const PeopleFilter& filter, const PeopleSort& sort,
                                                const PeopleKey& after, int limit)
{
    if (limit <= 0)
        return QList<PersonRow>();
    // Only the name sort walks an index. Any other sort costs SQLite a scan and a sort of the
    // filtered people for every page: one order costs about as much, and then every page is a
    // lookup. The name walk reads people until `limit` match: when few do (known from the
    // count the view asks first), the order is cheaper too.
    const Counted* counted = m_counted && m_counted->filter == filter ? &*m_counted : nullptr;
    if (counted && counted->exact && counted->count == 0)
        return QList<PersonRow>();
    const bool indexed = sort.column == PeopleColumn::Name;
    const bool few = counted && counted->exact && counted->count < kPlanThreshold;
    const bool haveOrder = m_order && m_order->filter == filter && m_order->sort == sort;
    if (haveOrder || !indexed || few) {
        auto order = ensureOrder(filter, sort);
        if (!order)
            return order.error();
        const std::vector<qint64>& ids = (*order)->ids;
        if (!after.isValid())
            return rowsAt(filter, sort, 0, limit);
        const auto hint = static_cast<std::size_t>(after.position);
        if (after.position >= 0 && hint < ids.size() && ids[hint] == after.id)
            return rowsAt(filter, sort, after.position + 1, limit);
        if (!indexed) {
            const auto found = std::find(ids.begin(), ids.end(), after.id);
            if (found != ids.end())
                return rowsAt(filter, sort, (found - ids.begin()) + 1, limit);
        }
        // A key the order does not hold (a person added since): keyset in SQL.
    }

    const QStringList parts = keyParts(sort.column);
    const bool walk = indexed && counted;
    if (walk) {
        if (Status s = ensureMatches(filter); !s)
            return s.error();
    }
    const Clause where = filterClause(filter, walk ? Plan::WalkNames : Plan::Any);
    QString sql = QString::fromLatin1(kRowColumns);
    for (const QString& part : parts)
        sql += QStringLiteral(", ") + part;
    sql += QString::fromLatin1(kFrom) + where.sql;
    if (after.isValid()) {
        if (after.values.size() != parts.size())
            return queryError(QStringLiteral("a key of %1 values for a sort of %2").arg(after.values.size()).arg(
                parts.size()));
        sql += QStringLiteral(" AND (%1, p.id) %2 (%3)")
                   .arg(parts.join(QStringLiteral(", ")),
                        sort.order == Qt::AscendingOrder ? QStringLiteral(">") : QStringLiteral("<"),
                        placeholders(parts.size() + 1));
    }
    sql += orderBy(parts, sort.order) + QStringLiteral(" LIMIT ?");

    Statement st = m_db.prepare(sql);
    bindAll(st, where.binds);
    int index = static_cast<int>(where.binds.size()) + 1;
    if (after.isValid()) {
        bindAll(st, after.values, index);
        index += static_cast<int>(after.values.size());
        st.bind(index++, after.id);
    }
    st.bind(index, limit);

    QList<PersonRow> rows;
    const qint64 firstPosition = after.isValid() ? (after.position >= 0 ? after.position + 1 : -1) : 0;
    while (st.step()) {
        rows.append(readRow(st, static_cast<int>(parts.size())));
        if (firstPosition >= 0)
            rows.last().key.position = firstPosition + rows.size() - 1;
    }
    if (st.failed())
        return queryError(st.errorMessage());
    return rows;
}

Result<std::shared_ptr<const PeopleOrder>> PeopleQuery::buildOrder(const PeopleFilter& filter, const PeopleSort& sort,
                                                                   const std::atomic_bool* cancel)
{
    QElapsedTimer timer;
    timer.start();
    const Clause where = filterClause(filter);
    // The joins only for the sorts that read them: SQLite keeps the households and addresses
    // in the plan even when no column of theirs is used (a lookup of each per person:
    // "le r", 2,133 people, 21 ms instead of 2).
    const bool joined = sort.column == PeopleColumn::Address || sort.column == PeopleColumn::Bureau;
    Statement st = m_db.prepare(QStringLiteral("SELECT p.id")
                                + (joined ? QString::fromLatin1(kFrom) : QStringLiteral(" FROM people p")) + where.sql
                                + orderBy(keyParts(sort.column), sort.order, true));
    bindAll(st, where.binds);

    auto order = std::make_shared<PeopleOrder>();
    order->filter = filter;
    order->sort = sort;
    {
        CancelGuard guard(m_db, cancel);
        while (st.step())
            order->ids.push_back(st.int64(0));
    }
    if (cancel && cancel->load())
        return makeError(QStringLiteral("cancelled"), tr("Cancelled."));
    if (st.failed())
        return queryError(st.errorMessage());
    order->ids.shrink_to_fit();
    order->buildMs = timer.elapsed();
    return std::shared_ptr<const PeopleOrder>(std::move(order));
}

Result<std::shared_ptr<const PeopleOrder>> PeopleQuery::ensureOrder(const PeopleFilter& filter, const PeopleSort& sort)
{
    if (m_order && m_order->filter == filter && m_order->sort == sort)
        return m_order;
    auto built = buildOrder(filter, sort);
    if (!built)
        return built.error();
    m_order = *built;
    return m_order;
}

Result<QList<PersonRow>> PeopleQuery::rowsByIds(const PeopleSort& sort, const qint64* ids, qsizetype count,
                                                qint64 firstPosition)
{
    QList<PersonRow> rows;
    if (count <= 0)
        return rows;
    const QStringList parts = keyParts(sort.column);
    QHash<qint64, PersonRow> byId;
    byId.reserve(count);
    // One bound parameter per id: large requests go in chunks, below SQLite's limit.
    constexpr qsizetype kChunk = 500;
    for (qsizetype first = 0; first < count; first += kChunk) {
        const qsizetype n = std::min(kChunk, count - first);
        QString sql = QString::fromLatin1(kRowColumns);
        for (const QString& part : parts)
            sql += QStringLiteral(", ") + part;
        sql += QString::fromLatin1(kFrom) + QStringLiteral(" WHERE p.id IN (%1)").arg(placeholders(n));
        Statement st = m_db.prepare(sql);
        for (qsizetype i = 0; i < n; ++i)
            st.bind(static_cast<int>(i) + 1, ids[first + i]);
        while (st.step()) {
            PersonRow row = readRow(st, static_cast<int>(parts.size()));
            byId.insert(row.id, std::move(row));
        }
        if (st.failed())
            return queryError(st.errorMessage());
    }
    rows.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        auto it = byId.find(ids[i]);
        if (it == byId.end())
            continue; // erased since the order was built
        it->key.position = firstPosition + i;
        rows.append(std::move(*it));
    }
    return rows;
}

Result<QList<PersonRow>> PeopleQuery::rowsAt(const PeopleFilter& filter, const PeopleSort& sort, qint64 offset,
                                             int limit)
{
    auto order = ensureOrder(filter, sort);
    if (!order)
        return order.error();
    const auto size = static_cast<qint64>((*order)->ids.size());
    if (offset < 0 || limit <= 0 || offset >= size)
        return QList<PersonRow>();
    const qsizetype count = static_cast<qsizetype>(std::min<qint64>(limit, size - offset));
    return rowsByIds(sort, (*order)->ids.data() + offset, count, offset);
}

Result<PersonRow> PeopleQuery::rowAt(const PeopleFilter& filter, const PeopleSort& sort, qint64 offset)
{
    auto rows = rowsAt(filter, sort, offset, 1);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(QStringLiteral("people.outofrange"), tr("No such row."),
                         QStringLiteral("row %1").arg(offset));
    return rows->first();
}

Result<PeopleKey> PeopleQuery::keyAt(const PeopleFilter& filter, const PeopleSort& sort, qint64 offset)
{
    auto row = rowAt(filter, sort, offset);
    if (!row)
        return row.error();
    return row->key;
}

} // namespace terrain
