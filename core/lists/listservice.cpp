#include "listservice.h"

#include "lists/listcode.h"
#include "lists/turfcutter.h"
#include "lists/walkdoorreader.h"
#include "storage/database.h"
#include "sync/repository.h"
#include "util/logging.h"
#include "util/textfold.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <numeric>

namespace terrain {

QList<qint64> listIds(const QList<ListSummary>& lists)
{
    QList<qint64> ids;
    ids.reserve(lists.size());
    for (const ListSummary& list : lists)
        ids << list.id;
    return ids;
}

qint64 peopleIn(const QList<ListSummary>& lists)
{
    qint64 people = 0;
    for (const ListSummary& list : lists)
        people += list.people;
    return people;
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ListService", text);
}

Error sqlError(const Statement& st)
{
    return makeError(QStringLiteral("lists.sql"), tr("The lists could not be read."), st.errorMessage());
}

QString bureauLabel(const QString& code, const QString& name)
{
    if (code.isEmpty())
        return name;
    if (name.isEmpty() || name == code)
        return code;
    return code + QStringLiteral(" - ") + name;
}

Error emptyError()
{
    return makeError(QStringLiteral("lists.empty"), tr("No one to put on a list: the selection is empty."));
}

// People's rows for doors and call entries, always with their address when they have one.
#define PERSON_ROW_COLUMNS                                                                                             \
    "p.id, coalesce(p.household_id, 0), coalesce(p.district_id, 0), coalesce(a.street_id, 0), a.lieu_dit, a.number," \
    " a.number_to, a.suffix, a.building, a.staircase, h.unit, a.complement, p.folded_name"
#define PERSON_ROW_COLUMN_COUNT 13

struct Names
{
    QHash<qint64, QString> streets;
    QHash<qint64, std::pair<QString, QString>> bureaux; // code, label
};

Names loadNames(Database& db)
{
    Names names;
    Statement streets = db.prepare("SELECT id, name FROM streets");
    while (streets.step())
        names.streets.insert(streets.int64(0), streets.text(1));
    Statement districts = db.prepare("SELECT id, code, name FROM districts");
    while (districts.step())
        names.bureaux.insert(districts.int64(0), {districts.text(1), bureauLabel(districts.text(1), districts.text(2))});
    return names;
}

// The address part of a person's row, as a door (people left empty).
WalkDoor doorOf(const Statement& st, const Names& names)
{
    WalkDoor door;
    door.householdId = st.int64(1);
    door.bureauId = st.int64(2);
    const auto bureau = names.bureaux.value(door.bureauId);
    door.bureauCode = bureau.first;
    door.bureauLabel = bureau.second;
    door.streetId = st.int64(3);
    door.street = door.streetId > 0 ? names.streets.value(door.streetId) : st.text(4);
    if (!st.isNull(5))
        door.number = st.integer(5);
    if (!st.isNull(6))
        door.numberTo = st.integer(6);
    door.suffix = st.text(7);
    door.building = st.text(8);
    door.staircase = st.text(9);
    door.unit = st.text(10);
    door.complement = st.text(11);
    return door;
}

void bindAll(Statement& st, const QVariantList& binds)
{
    int index = 1;
    for (const QVariant& value : binds)
        st.bind(index++, value);
}

int phoneTypeRank(const QString& type)
{
    if (type == u"mobile")
        return 0;
    if (type == u"fixed")
        return 1;
    return 2;
}

} // namespace

ListService::ListService(Database& db, QString author)
    : m_db(db),
      m_repo(std::make_unique<Repository>(db, std::move(author)))
{
}

ListService::~ListService() = default;

QString ListService::statusName(ListStatus status)
{
    switch (status) {
    case ListStatus::New:
        return QStringLiteral("new");
    case ListStatus::Out:
        return QStringLiteral("out");
    case ListStatus::Returned:
        return QStringLiteral("returned");
    case ListStatus::Entered:
        return QStringLiteral("entered");
    }
    return {};
}

std::optional<ListStatus> ListService::statusFromName(QStringView name)
{
    for (ListStatus status : {ListStatus::New, ListStatus::Out, ListStatus::Returned, ListStatus::Entered}) {
        if (name.compare(statusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString ListService::kindName(ListKind kind)
{
    return kind == ListKind::Walk ? QStringLiteral("walk") : QStringLiteral("call");
}

bool ListService::canMove(ListStatus from, ListStatus to)
{
    const int step = static_cast<int>(to) - static_cast<int>(from);
    return step >= -1 && step <= 1;
}

Result<QString> ListService::uniqueCode()
{
    if (m_codes.isEmpty()) {
        Statement st = m_db.prepare("SELECT code FROM lists");
        while (st.step())
            m_codes.insert(st.text(0));
        if (st.failed())
            return sqlError(st);
    }
    QRandomGenerator* random = QRandomGenerator::global();
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QString code = newListCode(*random);
        if (!m_codes.contains(code)) {
            m_codes.insert(code);
            return code;
        }
    }
    return makeError(QStringLiteral("lists.code"), tr("No list code is left."));
}

Result<std::vector<WalkDoor>> ListService::readDoors(const QString& where, const QVariantList& binds)
{
    return readWalkDoors(m_db, where, binds);
}

Result<QList<ListSummary>> ListService::createWalkLists(const Segment& segment, const WalkListOptions& options)
{
    const SqlCondition condition = compileSegment(segment.filter, QDate::currentDate());
    auto doors = readDoors(condition.sql, condition.binds);
    if (!doors)
        return doors.error();
    return writeWalkLists(std::move(*doors), segment.id, options);
}

Result<QList<ListSummary>> ListService::createWalkLists(const QList<StreetPick>& picks, const WalkListOptions& options)
{
    if (picks.isEmpty())
        return emptyError();
    QStringList parts;
    QVariantList binds;
    for (const StreetPick& pick : picks) {
        QString part = pick.streetId > 0 ? QStringLiteral("(p.district_id = ? AND a.street_id = ?")
                                         : QStringLiteral("(p.district_id = ? AND a.street_id IS NULL AND a.lieu_dit = ?");
        binds << pick.bureauId;
        if (pick.streetId > 0)
            binds << pick.streetId;
        else
            binds << pick.lieuDit;
        if (pick.side == StreetPick::Side::Odd)
            part += QStringLiteral(" AND a.number % 2 = 1");
        else if (pick.side == StreetPick::Side::Even)
            part += QStringLiteral(" AND a.number % 2 = 0");
        parts << part + u')';
    }
    auto doors = readDoors(QStringLiteral("p.deleted = 0 AND (") + parts.join(QStringLiteral(" OR ")) + u')', binds);
    if (!doors)
        return doors.error();
    return writeWalkLists(std::move(*doors), 0, options);
}

Result<QList<ListSummary>> ListService::writeWalkLists(std::vector<WalkDoor> doors, qint64 segmentId,
                                                       const WalkListOptions& options)
{
    if (doors.empty())
        return emptyError();
    if (options.targetDoors < 0 || options.targetDoors > 1000)
        return makeError(QStringLiteral("lists.size"), tr("A turf has 1 to 1000 doors."));
    const QString listName = options.name.simplified();
    if (listName.size() > 120)
        return makeError(QStringLiteral("lists.name"), tr("A list's name has at most 120 characters."));
    QElapsedTimer timer;
    timer.start();
    TurfCutter::sortDoors(doors);
    const std::vector<TurfRange> turfs = options.targetDoors > 0
        ? TurfCutter::cut(doors, options.targetDoors)
        : std::vector<TurfRange>{TurfRange{0, static_cast<qsizetype>(doors.size())}};
    qCDebug(lcLists) << doors.size() << "doors sorted and cut into" << turfs.size() << "turfs in" << timer.elapsed()
                     << "ms";

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto members = m_repo->bulkInsert("list_members", {QStringLiteral("list_id"), QStringLiteral("person_id"),
                                                       QStringLiteral("household_id"), QStringLiteral("rank"),
                                                       QStringLiteral("present")});
    if (!members)
        return members.error();
    QList<qint64> ids;
    // The new lists' summaries are known as they are written: reading 13,000 of them back
    // cost a second on a whole campaign.
    QList<ListSummary> made;
    QString segmentName;
    if (segmentId > 0) {
        Statement segment = m_db.prepare("SELECT name FROM segments WHERE id = ?");
        segment.bind(1, segmentId);
        if (segment.step())
            segmentName = segment.text(0);
    }
    for (const TurfRange& turf : turfs) {
        auto code = uniqueCode();
        if (!code)
            return code.error();
        ListSummary summary;
        summary.uuid = newUuid();
        if (listName.isEmpty())
            summary.name = TurfCutter::turfName(doors, turf);
        else if (turfs.size() == 1)
            summary.name = listName;
        else
            summary.name = QStringLiteral("%1 (%2/%3)").arg(listName).arg(ids.size() + 1).arg(turfs.size());
        auto list = m_repo->insert("lists", {{QStringLiteral("kind"), QStringLiteral("walk")},
                                             {QStringLiteral("name"), summary.name},
                                             {QStringLiteral("code"), *code},
                                             {QStringLiteral("segment_id"), segmentId > 0 ? QVariant(segmentId)
                                                                                          : QVariant()},
                                             {QStringLiteral("status"), QStringLiteral("new")},
                                             {QStringLiteral("created_at"), now}},
                                   summary.uuid);
        if (!list)
            return list.error();
        ids << *list;
        qint64 rank = 0;
        for (qsizetype d = turf.begin; d < turf.end; ++d) {
            const WalkDoor& door = doors[static_cast<size_t>(d)];
            for (qint64 person : door.people) {
                auto member = (*members)->add({*list, person, door.householdId, ++rank, 1});
                if (!member)
                    return member.error();
            }
        }
        summary.id = *list;
        summary.code = *code;
        summary.kind = ListKind::Walk;
        summary.status = ListStatus::New;
        summary.segment = segmentName;
        summary.createdAt = now;
        summary.people = rank;
        summary.doors = turf.size();
        made << summary;
    }
    if (Status s = (*members)->finish(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCDebug(lcLists) << "walk lists written in" << timer.elapsed() << "ms";
    return made;
}

Result<QList<ListSummary>> ListService::createCallLists(const Segment& segment, const CallListOptions& options)
{
    const SqlCondition condition = compileSegment(segment.filter, QDate::currentDate());
    return writeCallLists(segment.name, segment.id, condition.sql, condition.binds, options);
}

namespace {

// Ids as one bound JSON array, read with json_each: no limit on how many, one statement.
QString idArray(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return u'[' + parts.join(u',') + u']';
}

} // namespace

Result<QList<ListSummary>> ListService::createWalkListsFor(const QList<qint64>& personIds,
                                                           const WalkListOptions& options)
{
    if (personIds.isEmpty())
        return emptyError();
    auto doors = readDoors(QStringLiteral("p.deleted = 0 AND p.id IN (SELECT value FROM json_each(?))"),
                           {idArray(personIds)});
    if (!doors)
        return doors.error();
    return writeWalkLists(std::move(*doors), 0, options);
}

Result<QList<ListSummary>> ListService::createCallListsFor(const QString& name, const QList<CallListTarget>& people,
                                                           const CallListOptions& options)
{
    if (people.isEmpty())
        return emptyError();
    QList<qint64> persons;
    QList<qint64> phones;
    QList<qint64> anyPhone;
    for (const CallListTarget& t : people) {
        persons << t.personId;
        if (t.phoneId > 0)
            phones << t.phoneId;
        else
            anyPhone << t.personId;
    }
    return writeCallLists(name, 0,
                          QStringLiteral("p.deleted = 0 AND p.id IN (SELECT value FROM json_each(?))"
                                         " AND (ph.id IN (SELECT value FROM json_each(?))"
                                         " OR p.id IN (SELECT value FROM json_each(?)))"),
                          {idArray(persons), idArray(phones), idArray(anyPhone)}, options);
}

Result<QList<ListSummary>> ListService::writeCallLists(const QString& listName, qint64 segmentId, const QString& where,
                                                       const QVariantList& binds, const CallListOptions& options)
{
    if (options.maxEntries < 0)
        return makeError(QStringLiteral("lists.size"), tr("A call list's size cannot be negative."));
    const Names names = loadNames(m_db);
    Statement st = m_db.prepare(QStringLiteral("SELECT " PERSON_ROW_COLUMNS ", ph.id, coalesce(ph.e164, ph.raw), ph.type"
                                               " FROM people p JOIN phones ph ON ph.person_id = p.id"
                                               " AND ph.deleted = 0 AND ph.bad = 0"
                                               " LEFT JOIN households h ON h.id = p.household_id"
                                               " LEFT JOIN addresses a ON a.id = h.address_id"
                                               " WHERE p.status = 'active' AND p.dnc_phone = 0 AND ")
                                + where);
    bindAll(st, binds);

    // Each person's number to dial: mobile first, then the oldest phone.
    struct Choice
    {
        qint64 phoneId = 0;
        QString number;
        QString type;
        QString name;
        WalkDoor door;
    };
    QHash<qint64, Choice> chosen;
    while (st.step()) {
        const qint64 person = st.int64(0);
        const qint64 phoneId = st.int64(PERSON_ROW_COLUMN_COUNT);
        const QString type = st.text(PERSON_ROW_COLUMN_COUNT + 2);
        auto it = chosen.find(person);
        if (it != chosen.end()) {
            const auto mine = std::pair(phoneTypeRank(it->type), it->phoneId);
            if (std::pair(phoneTypeRank(type), phoneId) >= mine)
                continue;
        } else {
            it = chosen.insert(person, Choice{});
            it->door = doorOf(st, names);
            it->name = st.text(12);
        }
        it->phoneId = phoneId;
        it->type = type;
        it->number = st.text(PERSON_ROW_COLUMN_COUNT + 1);
    }
    if (st.failed())
        return sqlError(st);
    if (chosen.isEmpty())
        return emptyError();

    // One entry per number, its people by name.
    struct Entry
    {
        QString type;
        std::vector<std::tuple<QString, qint64, qint64>> people; // name, person, phone row
    };
    std::vector<WalkDoor> entryDoors;
    std::vector<Entry> entries;
    QHash<QString, size_t> entryOfNumber;
    std::vector<qint64> persons = std::vector<qint64>(chosen.keyBegin(), chosen.keyEnd());
    std::sort(persons.begin(), persons.end());
    for (qint64 person : persons) {
        const Choice& c = chosen[person];
        const QString key = digitsOnly(c.number).isEmpty() ? c.number : digitsOnly(c.number);
        auto it = entryOfNumber.constFind(key);
        if (it == entryOfNumber.constEnd()) {
            it = entryOfNumber.insert(key, entries.size());
            entries.push_back({c.type, {}});
            entryDoors.push_back(c.door);
        }
        entries[*it].people.emplace_back(c.name, person, c.phoneId);
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        std::sort(entries[i].people.begin(), entries[i].people.end());
        entryDoors[i].people = {static_cast<qint64>(i)}; // carries the entry through the sort
    }
    TurfCutter::sortDoors(entryDoors);
    std::vector<size_t> order;
    order.reserve(entries.size());
    for (const WalkDoor& door : entryDoors)
        order.push_back(static_cast<size_t>(door.people.front()));
    std::stable_sort(order.begin(), order.end(), [&entries](size_t a, size_t b) {
        return phoneTypeRank(entries[a].type) < phoneTypeRank(entries[b].type);
    });

    const size_t perList = options.maxEntries > 0 ? static_cast<size_t>(options.maxEntries) : order.size();
    const size_t listCount = (order.size() + perList - 1) / perList;
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto members = m_repo->bulkInsert("list_members", {QStringLiteral("list_id"), QStringLiteral("person_id"),
                                                       QStringLiteral("household_id"), QStringLiteral("rank"),
                                                       QStringLiteral("present"), QStringLiteral("phone_id")});
    if (!members)
        return members.error();
    QList<qint64> ids;
    for (size_t part = 0; part < listCount; ++part) {
        auto code = uniqueCode();
        if (!code)
            return code.error();
        QString name = tr("Calls: %1").arg(listName);
        if (listCount > 1)
            name += QStringLiteral(" (%1/%2)").arg(part + 1).arg(listCount);
        auto list = m_repo->insert("lists", {{QStringLiteral("kind"), QStringLiteral("call")},
                                             {QStringLiteral("name"), name},
                                             {QStringLiteral("code"), *code},
                                             {QStringLiteral("segment_id"), segmentId > 0 ? QVariant(segmentId)
                                                                                         : QVariant()},
                                             {QStringLiteral("status"), QStringLiteral("new")},
                                             {QStringLiteral("created_at"), now}});
        if (!list)
            return list.error();
        ids << *list;
        const size_t end = std::min(order.size(), (part + 1) * perList);
        qint64 rank = 0;
        for (size_t e = part * perList; e < end; ++e) {
            ++rank;
            const Entry& entry = entries[order[e]];
            for (const auto& [folded, person, phone] : entry.people) {
                Q_UNUSED(folded)
                const qint64 household = chosen[person].door.householdId;
                auto member = (*members)->add(
                    {*list, person, household > 0 ? QVariant(household) : QVariant(), rank, 1, phone});
                if (!member)
                    return member.error();
            }
        }
    }
    if (Status s = (*members)->finish(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    QList<ListSummary> out;
    for (qint64 id : ids) {
        auto s = summary(id);
        if (!s)
            return s.error();
        out << *s;
    }
    return out;
}

#define SUMMARY_SELECT                                                                                                 \
    "SELECT l.id, l.uuid, l.code, l.name, l.kind, l.status, l.assignee, l.created_at, s.name,"                        \
    " (SELECT count(*) FROM list_members m WHERE m.list_id = l.id AND m.deleted = 0 AND m.present = 1),"              \
    " (SELECT count(DISTINCT CASE WHEN l.kind = 'call' THEN m.rank ELSE m.household_id END) FROM list_members m"       \
    " WHERE m.list_id = l.id AND m.deleted = 0 AND m.present = 1),"                                                   \
    " (SELECT count(DISTINCT ca.person_id) FROM contact_attempts ca WHERE ca.list_id = l.id AND ca.deleted = 0),"     \
    " (SELECT count(DISTINCT CASE WHEN l.kind = 'call' THEN coalesce(ca.phone_id, ca.person_id)"                     \
    " ELSE ca.household_id END) FROM contact_attempts ca WHERE ca.list_id = l.id AND ca.deleted = 0)"                 \
    " FROM lists l LEFT JOIN segments s ON s.id = l.segment_id WHERE l.deleted = 0"

namespace {

ListSummary readSummary(const Statement& st)
{
    ListSummary s;
    s.id = st.int64(0);
    s.uuid = st.text(1);
    s.code = st.text(2);
    s.name = st.text(3);
    s.kind = st.text(4) == u"call" ? ListKind::Call : ListKind::Walk;
    s.status = ListService::statusFromName(st.text(5)).value_or(ListStatus::New);
    s.assignee = st.text(6);
    s.createdAt = st.int64(7);
    s.segment = st.text(8);
    s.people = st.int64(9);
    s.doors = st.int64(10);
    s.contacted = st.int64(11);
    s.doorsContacted = st.int64(12);
    return s;
}

} // namespace

Result<ListSummary> ListService::summary(qint64 listId)
{
    Statement st = m_db.prepare(SUMMARY_SELECT " AND l.id = ?");
    st.bind(1, listId);
    if (!st.step()) {
        if (st.failed())
            return sqlError(st);
        return makeError(QStringLiteral("lists.missing"), tr("This list no longer exists."),
                         QStringLiteral("list %1").arg(listId));
    }
    return readSummary(st);
}

Result<QList<ListSummary>> ListService::lists()
{
    Statement st = m_db.prepare(SUMMARY_SELECT " ORDER BY l.created_at, l.id");
    QList<ListSummary> out;
    while (st.step())
        out << readSummary(st);
    if (st.failed())
        return sqlError(st);
    return out;
}

Result<ListSummary> ListService::find(const QString& typed)
{
    const QString code = normalizeListCode(typed);
    Statement st = m_db.prepare(SUMMARY_SELECT " AND l.code = ?");
    st.bind(1, code);
    if (!st.step()) {
        if (st.failed())
            return sqlError(st);
        return makeError(QStringLiteral("lists.missing"), tr("There is no list with the code “%1”.").arg(typed));
    }
    return readSummary(st);
}

Status ListService::assign(qint64 listId, const QString& rawVolunteer)
{
    const QString volunteer = rawVolunteer.simplified();
    if (volunteer.size() > 120)
        return makeError(QStringLiteral("lists.assignee"), tr("A volunteer's name has at most 120 characters."));
    auto list = summary(listId);
    if (!list)
        return list.error();
    if (volunteer.isEmpty() && list->status != ListStatus::New)
        return makeError(QStringLiteral("lists.assignee"),
                         tr("List %1 is out with %2: it keeps a volunteer until it is taken back (status new).")
                             .arg(list->code, list->assignee));
    auto written = m_repo->update("lists", listId,
                                  {{QStringLiteral("assignee"), volunteer.isEmpty() ? QVariant() : QVariant(volunteer)}});
    if (!written)
        return written.error();
    return {};
}

Status ListService::setStatus(qint64 listId, ListStatus status)
{
    auto list = summary(listId);
    if (!list)
        return list.error();
    if (list->status == status)
        return {};
    if (!canMove(list->status, status))
        return makeError(QStringLiteral("lists.status"),
                         tr("List %1 is %2: it can only move one step, to %3.")
                             .arg(list->code, statusName(list->status),
                                  list->status == ListStatus::New
                                      ? statusName(ListStatus::Out)
                                      : list->status == ListStatus::Entered
                                      ? statusName(ListStatus::Returned)
                                      : tr("%1 or %2").arg(statusName(static_cast<ListStatus>(
                                                               static_cast<int>(list->status) - 1)),
                                                           statusName(static_cast<ListStatus>(
                                                               static_cast<int>(list->status) + 1)))));
    if (status == ListStatus::Out && list->assignee.isEmpty())
        return makeError(QStringLiteral("lists.status"),
                         tr("List %1 has no volunteer: assign it before handing it out.").arg(list->code));
    auto written = m_repo->update("lists", listId, {{QStringLiteral("status"), statusName(status)}});
    if (!written)
        return written.error();
    return {};
}

} // namespace terrain
