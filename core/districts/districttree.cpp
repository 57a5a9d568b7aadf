#include "districttree.h"

#include "canvass/resultcodes.h"
#include "people/addressparser.h"
#include "storage/database.h"
#include "sync/repository.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::DistrictTree", text);
}

// The people every figure counts.
#define ACTIVE_PEOPLE "p.deleted = 0 AND p.status = 'active'"
// Reached: the result codes' flag, the definition CanvassStats shares (resultcodes.h). The
// index contact_attempts_reached (migration 10) covers person, channel and result.
#define REACHED_CA TERRAIN_SQL_REACHED("ca")

// Where a street node's people live: a street, a lieu-dit without street, or neither.
#define STREET_KEY "coalesce(a.street_id, 0)"
#define LIEU_DIT_KEY "CASE WHEN a.street_id IS NULL THEN coalesce(a.lieu_dit, '') ELSE '' END"

#define PEOPLE_WITH_ADDRESS                                                                                            \
    " FROM people p LEFT JOIN households h ON h.id = p.household_id LEFT JOIN addresses a ON a.id = h.address_id"

// The figures of groups of people, as columns of one aggregate row. Correlated subqueries
// per person: right for a bureau or less (thousands of people), too slow for a whole
// commune, which refreshDistrictFigures() reads table by table instead. The unary + keeps
// SQLite off an index on person_id for household attempts (it would walk every attempt
// recorded without a person, for each person): it takes contact_attempts_household.
#define FIGURE_COLUMNS                                                                                                 \
    "count(*), count(DISTINCT p.household_id), sum(p.support IS NULL), sum(p.support = 1), sum(p.support = 2),"       \
    " sum(p.support = 3), sum(p.support = 4), sum(p.support = 5),"                                                    \
    " sum(EXISTS (SELECT 1 FROM phones ph WHERE ph.person_id = p.id AND ph.deleted = 0 AND ph.bad = 0)),"             \
    " sum(EXISTS (SELECT 1 FROM contact_attempts ca WHERE ca.person_id = p.id AND ca.deleted = 0"                     \
    " AND " REACHED_CA ")),"                                                                                          \
    " max(coalesce((SELECT max(ca.at) FROM contact_attempts ca WHERE ca.person_id = p.id AND ca.deleted = 0"          \
    " AND ca.channel = 'door'), 0)),"                                                                                 \
    " max(coalesce((SELECT max(ca.at) FROM contact_attempts ca WHERE ca.household_id = p.household_id"                \
    " AND +ca.person_id IS NULL AND ca.deleted = 0 AND ca.channel = 'door'), 0))"

DistrictFigures readFigures(const Statement& st, int first)
{
    DistrictFigures f;
    f.voters = st.int64(first);
    f.doors = st.int64(first + 1);
    for (int level = 0; level <= 5; ++level)
        f.support[static_cast<size_t>(level)] = st.int64(first + 2 + level);
    f.withPhone = st.int64(first + 8);
    f.reached = st.int64(first + 9);
    f.lastCanvass = std::max(st.int64(first + 10), st.int64(first + 11));
    return f;
}

// The node's people, as a condition on `p` (people), `h` (their household) and `a` (its address).
struct Scope
{
    QString where;
    QVariantList binds;
};

Scope scopeOf(const DistrictNode& node)
{
    switch (node.kind) {
    case NodeKind::Commune:
        return {QStringLiteral("(p.district_id = ? OR p.district_id IN (SELECT id FROM districts WHERE parent_id = ?"
                               " AND kind = 'bureau' AND deleted = 0))"),
                {node.id, node.id}};
    case NodeKind::Bureau:
        return {QStringLiteral("p.district_id = ?"), {node.bureauId}};
    case NodeKind::Street:
        if (node.id > 0)
            return {QStringLiteral("p.district_id = ? AND a.street_id = ?"), {node.bureauId, node.id}};
        if (!node.lieuDit.isEmpty())
            return {QStringLiteral("p.district_id = ? AND a.street_id IS NULL AND a.lieu_dit = ?"),
                    {node.bureauId, node.lieuDit}};
        return {QStringLiteral("p.district_id = ? AND a.street_id IS NULL AND coalesce(a.lieu_dit, '') = ''"),
                {node.bureauId}};
    case NodeKind::Door:
        return {QStringLiteral("p.district_id = ? AND p.household_id = ?"), {node.bureauId, node.id}};
    }
    return {QStringLiteral("0"), {}};
}

Statement prepareScoped(Database& db, const QString& sql, const Scope& scope, int firstBind = 1)
{
    Statement st = db.prepare(sql);
    int index = firstBind;
    for (const QVariant& value : scope.binds)
        st.bind(index++, value);
    return st;
}

void logFailure(const Statement& st, const char* what)
{
    if (st.failed())
        qCWarning(lcStorage) << "district tree:" << what << st.errorMessage();
}

using DoorKey = DoorOrder;

// Reads the door columns "a.number, a.number_to, a.suffix, a.building, a.staircase, h.unit,
// a.complement, p.household_id" starting at `first`.
#define DOOR_COLUMNS "a.number, a.number_to, a.suffix, a.building, a.staircase, h.unit, a.complement, p.household_id"

DoorKey readDoorKey(const Statement& st, int first)
{
    const auto optional = [&st](int column) {
        return st.isNull(column) ? std::nullopt : std::optional<qint64>(st.int64(column));
    };
    return DoorOrder::of(optional(first), optional(first + 1), st.text(first + 2), st.text(first + 3),
                         st.text(first + 4), st.text(first + 5), st.text(first + 6), st.int64(first + 7));
}

// "12 bis, Bldg A, Stair 2, Apt 31" ("Bât A, Esc 2" in French); "12-14"; "12B".
QString doorLabel(const Statement& st, int first)
{
    QStringList parts;
    if (!st.isNull(first)) {
        QString number = QString::number(st.int64(first));
        if (!st.isNull(first + 1))
            number += u'-' + QString::number(st.int64(first + 1));
        const QString suffix = st.text(first + 2);
        if (!suffix.isEmpty())
            number += (suffix.size() == 1 ? QString() : QStringLiteral(" ")) + suffix;
        parts << number;
    }
    if (const QString building = st.text(first + 3); !building.isEmpty())
        parts << tr("Bldg %1").arg(building);
    if (const QString staircase = st.text(first + 4); !staircase.isEmpty())
        parts << tr("Stair %1").arg(staircase);
    if (const QString unit = st.text(first + 5); !unit.isEmpty())
        parts << unit;
    if (parts.isEmpty()) {
        const QString complement = st.text(first + 6);
        parts << (complement.isEmpty() ? tr("No number") : complement);
    }
    return parts.join(QStringLiteral(", "));
}

QString bureauLabel(const QString& code, const QString& name)
{
    if (code.isEmpty())
        return name;
    if (name.isEmpty() || name == code)
        return code;
    return code + QStringLiteral(" - ") + name;
}

} // namespace

void DistrictFigures::add(const DistrictFigures& other)
{
    voters += other.voters;
    doors += other.doors;
    withPhone += other.withPhone;
    reached += other.reached;
    for (size_t i = 0; i < support.size(); ++i)
        support[i] += other.support[i];
    lastCanvass = std::max(lastCanvass, other.lastCanvass);
}

DistrictTree::DistrictTree(Database& db, QString author)
    : m_db(db),
      m_author(std::move(author))
{
}

Status DistrictTree::refreshDistrictFigures()
{
    // A whole campaign (a million people) in one pass per table, each an ordered scan of a
    // covering index (migration "district figures indexes"): no join and no sort, which in
    // SQLite would mean one B-tree search per phone or attempt. What ties a phone or an
    // attempt to a district is its person: per-person marks, indexed by id, are filled
    // first and read back while the people stream past in district order.
    const auto failure = [](const Statement& st) {
        return makeError(QStringLiteral("districts.read"), tr("Cannot read the district figures."),
                         st.errorMessage());
    };
    const qint64 maxId = m_db.scalar("SELECT coalesce(max(id), 0) FROM people").toLongLong();
    const auto slot = [maxId](qint64 id) { return id > 0 && id <= maxId ? static_cast<size_t>(id) : size_t(0); };
    constexpr quint8 HasPhone = 1;
    constexpr quint8 Reached = 2;
    std::vector<quint8> marks(static_cast<size_t>(maxId) + 1, 0);

    Statement phones = m_db.prepare("SELECT person_id FROM phones WHERE deleted = 0 AND bad = 0");
    while (phones.step())
        marks[slot(phones.int64(0))] |= HasPhone;
    if (phones.failed())
        return failure(phones);

    Statement reached = m_db.prepare("SELECT ca.person_id FROM contact_attempts ca WHERE ca.deleted = 0"
                                     " AND ca.person_id IS NOT NULL AND " REACHED_CA);
    while (reached.step())
        marks[slot(reached.int64(0))] |= Reached;
    if (reached.failed())
        return failure(reached);

    std::vector<qint64> doorAt; // latest door attempt per person, allocated when there is one
    Statement doors = m_db.prepare("SELECT person_id, at FROM contact_attempts WHERE deleted = 0 AND channel = 'door'"
                                   " AND person_id IS NOT NULL");
    while (doors.step()) {
        if (doorAt.empty())
            doorAt.resize(static_cast<size_t>(maxId) + 1, 0);
        qint64& at = doorAt[slot(doors.int64(0))];
        at = std::max(at, doors.int64(1));
    }
    if (doors.failed())
        return failure(doors);

    // Door attempts recorded on a household only, by household id (few, usually none).
    QHash<qint64, qint64> householdDoorAt;
    Statement households = m_db.prepare(
        "SELECT household_id, max(at) FROM contact_attempts WHERE person_id IS NULL AND deleted = 0"
        " AND channel = 'door' AND household_id IS NOT NULL GROUP BY household_id");
    while (households.step())
        householdDoorAt.insert(households.int64(0), households.int64(1));
    if (households.failed())
        return failure(households);

    // Slot 0 gathered the ids out of range (written since maxId was read): no marks.
    marks[0] = 0;
    if (!doorAt.empty())
        doorAt[0] = 0;

    QHash<qint64, DistrictFigures> figures;
    // coalesce() in SQL costs less than asking SQLite for each column's type.
    Statement people = m_db.prepare("SELECT district_id, coalesce(household_id, 0), coalesce(support, 0), id"
                                    " FROM people p WHERE " ACTIVE_PEOPLE " AND district_id IS NOT NULL"
                                    " ORDER BY district_id, household_id");
    DistrictFigures* current = nullptr;
    qint64 currentDistrict = 0;
    qint64 lastHousehold = 0;
    qint64 householdAt = 0;
    while (people.step()) {
        if (const qint64 district = people.int64(0); !current || district != currentDistrict) {
            current = &figures[district];
            currentDistrict = district;
            lastHousehold = 0;
            householdAt = 0;
        }
        DistrictFigures& f = *current;
        ++f.voters;
        if (const qint64 household = people.int64(1); household > 0) {
            if (household != lastHousehold) {
                ++f.doors;
                lastHousehold = household;
                householdAt = householdDoorAt.isEmpty() ? 0 : householdDoorAt.value(household);
            }
            f.lastCanvass = std::max(f.lastCanvass, householdAt);
        }
        ++f.support[static_cast<size_t>(std::clamp(people.int64(2), qint64(0), qint64(5)))];
        const size_t person = slot(people.int64(3));
        f.withPhone += (marks[person] & HasPhone) ? 1 : 0;
        f.reached += (marks[person] & Reached) ? 1 : 0;
        if (!doorAt.empty())
            f.lastCanvass = std::max(f.lastCanvass, doorAt[person]);
    }
    if (people.failed())
        return failure(people);
    m_districtFigures = std::move(figures);
    m_haveDistrictFigures = true;
    return {};
}

QList<DistrictNode> DistrictTree::communes()
{
    if (Status s = refreshDistrictFigures(); !s)
        qCWarning(lcStorage) << "district tree:" << s.error().toString();

    // A commune adds up the people listed on it directly and those of its bureaux.
    QHash<qint64, DistrictFigures> perCommune;
    QHash<qint64, bool> hasBureaux;
    Statement bureaux = m_db.prepare("SELECT id, parent_id FROM districts WHERE kind = 'bureau' AND deleted = 0");
    while (bureaux.step()) {
        perCommune[bureaux.int64(1)].add(m_districtFigures.value(bureaux.int64(0)));
        hasBureaux[bureaux.int64(1)] = true;
    }
    logFailure(bureaux, "bureaux");

    QList<DistrictNode> nodes;
    std::vector<std::pair<QString, qsizetype>> order;
    Statement st = m_db.prepare("SELECT id, code, name FROM districts WHERE kind = 'commune' AND deleted = 0");
    while (st.step()) {
        DistrictNode node;
        node.kind = NodeKind::Commune;
        node.id = st.int64(0);
        node.communeId = node.id;
        node.label = st.text(2).isEmpty() ? st.text(1) : st.text(2);
        node.figures = perCommune.value(node.id);
        node.figures.add(m_districtFigures.value(node.id));
        node.hasChildren = hasBureaux.value(node.id) || m_districtFigures.value(node.id).voters > 0;
        order.emplace_back(naturalSortKey(node.label), nodes.size());
        nodes << node;
    }
    logFailure(st, "communes");
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<DistrictNode> sorted;
    sorted.reserve(nodes.size());
    for (const auto& entry : order)
        sorted << nodes[entry.second];
    return sorted;
}

QList<DistrictNode> DistrictTree::children(const DistrictNode& node)
{
    switch (node.kind) {
    case NodeKind::Commune:
        return bureauxOf(node);
    case NodeKind::Bureau:
        return streetsOf(node);
    case NodeKind::Street:
        return doorsOf(node);
    case NodeKind::Door:
        break;
    }
    return {};
}

QList<DistrictNode> DistrictTree::bureauxOf(const DistrictNode& commune)
{
    if (!m_haveDistrictFigures) {
        if (Status s = refreshDistrictFigures(); !s)
            qCWarning(lcStorage) << "district tree:" << s.error().toString();
    }
    struct Row
    {
        QString key;
        DistrictNode node;
    };
    std::vector<Row> rows;
    Statement st = m_db.prepare(
        "SELECT id, code, name FROM districts WHERE parent_id = ? AND kind = 'bureau' AND deleted = 0");
    st.bind(1, commune.id);
    while (st.step()) {
        DistrictNode node;
        node.kind = NodeKind::Bureau;
        node.id = st.int64(0);
        node.communeId = commune.id;
        node.bureauId = node.id;
        node.label = bureauLabel(st.text(1), st.text(2));
        node.figures = m_districtFigures.value(node.id);
        node.hasChildren = node.figures.voters > 0;
        rows.push_back({naturalSortKey(st.text(1)) + QChar(0) + naturalSortKey(st.text(2)), node});
    }
    logFailure(st, "bureaux of a commune");
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
    QList<DistrictNode> nodes;
    for (const Row& row : rows)
        nodes << row.node;

    // People listed in the commune with no bureau.
    if (const DistrictFigures own = m_districtFigures.value(commune.id); own.voters > 0) {
        DistrictNode node;
        node.kind = NodeKind::Bureau;
        node.communeId = commune.id;
        node.bureauId = commune.id;
        node.label = tr("No bureau");
        node.figures = own;
        node.hasChildren = true;
        nodes << node;
    }
    return nodes;
}

QList<DistrictNode> DistrictTree::streetsOf(const DistrictNode& bureau)
{
    const Scope scope = scopeOf(bureau);
    Statement st = prepareScoped(m_db,
                                 QStringLiteral("SELECT " STREET_KEY ", " LIEU_DIT_KEY
                                                ", (SELECT s.name FROM streets s WHERE s.id = a.street_id), "
                                                FIGURE_COLUMNS PEOPLE_WITH_ADDRESS " WHERE " ACTIVE_PEOPLE " AND ")
                                     + scope.where + QStringLiteral(" GROUP BY 1, 2"),
                                 scope);
    struct Row
    {
        bool last = false;
        QString key;
        DistrictNode node;
    };
    std::vector<Row> rows;
    while (st.step()) {
        DistrictNode node;
        node.kind = NodeKind::Street;
        node.id = st.int64(0);
        node.communeId = bureau.communeId;
        node.bureauId = bureau.bureauId;
        node.lieuDit = st.text(1);
        node.label = node.id > 0 ? st.text(2) : node.lieuDit;
        const bool noStreet = node.label.isEmpty();
        if (noStreet)
            node.label = tr("No street");
        node.figures = readFigures(st, 3);
        node.hasChildren = node.figures.doors > 0;
        rows.push_back({noStreet, naturalSortKey(node.label), node});
    }
    logFailure(st, "streets of a bureau");
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return std::tie(a.last, a.key) < std::tie(b.last, b.key); });
    QList<DistrictNode> nodes;
    for (const Row& row : rows)
        nodes << row.node;
    return nodes;
}

QList<DistrictNode> DistrictTree::doorsOf(const DistrictNode& street)
{
    const Scope scope = scopeOf(street);
    Statement st = prepareScoped(m_db,
                                 QStringLiteral("SELECT " DOOR_COLUMNS ", " FIGURE_COLUMNS PEOPLE_WITH_ADDRESS
                                                " WHERE " ACTIVE_PEOPLE " AND p.household_id IS NOT NULL AND ")
                                     + scope.where + QStringLiteral(" GROUP BY p.household_id"),
                                 scope);
    std::vector<std::pair<DoorKey, DistrictNode>> rows;
    while (st.step()) {
        DistrictNode node;
        node.kind = NodeKind::Door;
        node.id = st.int64(7);
        node.communeId = street.communeId;
        node.bureauId = street.bureauId;
        node.streetId = street.id;
        node.lieuDit = street.lieuDit;
        node.label = doorLabel(st, 0);
        node.figures = readFigures(st, 8);
        rows.emplace_back(readDoorKey(st, 0), node);
    }
    logFailure(st, "doors of a street");
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<DistrictNode> nodes;
    for (const auto& row : rows)
        nodes << row.second;
    return nodes;
}

QList<qint64> DistrictTree::peopleOf(const DistrictNode& node)
{
    const Scope scope = scopeOf(node);
    QList<qint64> ids;
    if (node.kind == NodeKind::Commune) {
        // A whole commune is too many people to sort by address here: by name.
        Statement st = prepareScoped(m_db,
                                     QStringLiteral("SELECT p.id FROM people p WHERE " ACTIVE_PEOPLE " AND ")
                                         + scope.where + QStringLiteral(" ORDER BY p.folded_name, p.id"),
                                     scope);
        while (st.step())
            ids << st.int64(0);
        logFailure(st, "people of a commune");
        return ids;
    }

    // Walk order: street (streets with no name last), door, then name.
    struct Row
    {
        bool noStreet = false;
        QString street;
        DoorKey door;
        QString name;
        qint64 id = 0;
        auto tie() const { return std::tie(noStreet, street, door, name, id); }
    };
    Statement st = prepareScoped(
        m_db,
        QStringLiteral("SELECT " DOOR_COLUMNS ", p.id, p.folded_name,"
                       " coalesce((SELECT s.name FROM streets s WHERE s.id = a.street_id), a.lieu_dit, '')"
                       PEOPLE_WITH_ADDRESS " WHERE " ACTIVE_PEOPLE " AND ")
            + scope.where,
        scope);
    std::vector<Row> rows;
    while (st.step()) {
        Row row;
        row.door = readDoorKey(st, 0);
        row.id = st.int64(8);
        row.name = st.text(9);
        const QString street = st.text(10);
        row.noStreet = street.isEmpty();
        row.street = naturalSortKey(street);
        rows.push_back(std::move(row));
    }
    logFailure(st, "people of a node");
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.tie() < b.tie(); });
    ids.reserve(static_cast<qsizetype>(rows.size()));
    for (const Row& row : rows)
        ids << row.id;
    return ids;
}

Result<DistrictDetails> DistrictTree::details(qint64 districtId)
{
    Statement st = m_db.prepare("SELECT id, coalesce(parent_id, 0), kind, code, name, polling_place, expected_turnout"
                                " FROM districts WHERE id = ? AND deleted = 0");
    st.bind(1, districtId);
    if (!st.step())
        return makeError(QStringLiteral("districts.missing"), tr("This district no longer exists."),
                         st.failed() ? st.errorMessage() : QStringLiteral("no district %1").arg(districtId));
    DistrictDetails d;
    d.id = st.int64(0);
    d.parentId = st.int64(1);
    d.kind = st.text(2);
    d.code = st.text(3);
    d.name = st.text(4);
    d.pollingPlace = st.text(5);
    if (!st.isNull(6))
        d.expectedTurnout = st.real(6);
    return d;
}

Status DistrictTree::write(qint64 districtId, const char* field, const QVariant& value)
{
    Repository repo(m_db, m_author);
    auto written = repo.update("districts", districtId, {{QString::fromLatin1(field), value}});
    if (!written)
        return written.error();
    return {};
}

Status DistrictTree::renameDistrict(qint64 districtId, const QString& name)
{
    auto district = details(districtId);
    if (!district)
        return district.error();
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return makeError(QStringLiteral("districts.name.empty"), tr("A district needs a name."));
    constexpr qsizetype MaxName = 120;
    if (clean.size() > MaxName)
        return makeError(QStringLiteral("districts.name.long"),
                         tr("A district name has at most %1 characters.").arg(MaxName));
    return write(districtId, "name", clean);
}

Status DistrictTree::setPollingPlace(qint64 districtId, const QString& text)
{
    auto district = details(districtId);
    if (!district)
        return district.error();
    if (district->kind != u"bureau")
        return makeError(QStringLiteral("districts.notBureau"), tr("Only a bureau has a polling place."));
    const QString clean = text.trimmed();
    constexpr qsizetype MaxPlace = 300;
    if (clean.size() > MaxPlace)
        return makeError(QStringLiteral("districts.place.long"),
                         tr("A polling place has at most %1 characters.").arg(MaxPlace));
    return write(districtId, "polling_place", clean.isEmpty() ? QVariant() : QVariant(clean));
}

Status DistrictTree::setExpectedTurnout(qint64 districtId, std::optional<double> turnout)
{
    auto district = details(districtId);
    if (!district)
        return district.error();
    if (turnout && (!std::isfinite(*turnout) || *turnout < 0.0 || *turnout > 1.0))
        return makeError(QStringLiteral("districts.turnout.range"),
                         tr("The expected turnout is a share between 0 and 100%."),
                         QStringLiteral("turnout %1").arg(*turnout));
    return write(districtId, "expected_turnout", turnout ? QVariant(*turnout) : QVariant());
}

#undef ACTIVE_PEOPLE
#undef REACHED_CA
#undef STREET_KEY
#undef LIEU_DIT_KEY
#undef PEOPLE_WITH_ADDRESS
#undef FIGURE_COLUMNS
#undef DOOR_COLUMNS

} // namespace terrain
