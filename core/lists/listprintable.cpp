// ListService::printableSheet(): one list read back in print order.
#include "listservice.h"

#include "lists/turfcutter.h"
#include "people/addressparser.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <map>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ListService", text);
}

// Age in whole years at `today`; a birth date known to the year (or month) only counts
// from its first day.
int ageAt(const QString& birthDate, QDate today)
{
    if (birthDate.size() < 4)
        return -1;
    bool ok = false;
    const int year = birthDate.left(4).toInt(&ok);
    if (!ok)
        return -1;
    const int month = birthDate.size() >= 7 ? birthDate.mid(5, 2).toInt() : 1;
    const int day = birthDate.size() >= 10 ? birthDate.mid(8, 2).toInt() : 1;
    int age = today.year() - year;
    if (today.month() < month || (today.month() == month && today.day() < day))
        --age;
    return age;
}

QString displayName(const QString& last, const QString& usage, const QString& first)
{
    QString name = usage.isEmpty() ? last : usage;
    if (!usage.isEmpty() && usage.compare(last, Qt::CaseInsensitive) != 0)
        name += QStringLiteral(" (") + last + u')';
    if (!first.isEmpty())
        name += u' ' + first;
    return name;
}

} // namespace

Result<ListSheet> ListService::printableSheet(qint64 listId, QDate today)
{
    if (!today.isValid())
        today = QDate::currentDate();
    auto list = summary(listId);
    if (!list)
        return list.error();
    ListSheet sheet;
    sheet.header.name = list->name;
    sheet.header.code = list->code;
    sheet.header.kind = kindName(list->kind);
    sheet.header.volunteer = list->assignee;
    sheet.header.status = statusName(list->status);
    sheet.header.date = today;
    sheet.header.createdAt = list->createdAt;

    const bool calls = list->kind == ListKind::Call;
    Statement st = m_db.prepare(
        "SELECT m.rank, m.person_id, coalesce(m.household_id, 0), p.uuid, p.last_name, p.usage_name, p.first_names,"
        " p.sex, p.birth_date, coalesce(p.support, 0), coalesce(p.district_id, 0), d.code, d.name,"
        " coalesce(a.street_id, 0), coalesce(s.name, a.lieu_dit), a.number, a.number_to, a.suffix, a.building,"
        " a.staircase, h.unit, a.complement, ph.id, coalesce(ph.e164, ph.raw), ph.type,"
        " (SELECT ca.at FROM contact_attempts ca WHERE ca.person_id = p.id AND ca.deleted = 0"
        "  ORDER BY ca.at DESC, ca.id DESC LIMIT 1),"
        " (SELECT ca.result FROM contact_attempts ca WHERE ca.person_id = p.id AND ca.deleted = 0"
        "  ORDER BY ca.at DESC, ca.id DESC LIMIT 1)"
        " FROM list_members m JOIN people p ON p.id = m.person_id"
        " LEFT JOIN districts d ON d.id = p.district_id"
        " LEFT JOIN households h ON h.id = m.household_id LEFT JOIN addresses a ON a.id = h.address_id"
        " LEFT JOIN streets s ON s.id = a.street_id LEFT JOIN phones ph ON ph.id = m.phone_id"
        " WHERE m.list_id = ? AND m.deleted = 0 AND m.present = 1 ORDER BY m.rank, m.id");
    st.bind(1, listId);
    Statement otherPhones = m_db.prepare("SELECT coalesce(e164, raw) FROM phones WHERE person_id = ? AND id <> ?"
                                         " AND deleted = 0 AND bad = 0 ORDER BY type <> 'mobile', id");
    // By code in natural order, numbers as numbers ("2" before "10"), as the walk order has them.
    std::map<QString, std::pair<QString, QString>> bureaux; // natural key -> code, name
    qint64 lastGroup = -1;
    int people = 0;
    while (st.step()) {
        const qint64 rank = st.int64(0);
        const qint64 household = st.int64(2);
        // A walk door is a household; a call entry is a rank (one number, maybe several people).
        const qint64 group = calls ? rank : household;
        if (sheet.doors.isEmpty() || group != lastGroup || (!calls && household == 0)) {
            WalkDoor door;
            door.streetId = st.int64(13);
            door.street = st.text(14);
            if (!st.isNull(15))
                door.number = st.integer(15);
            if (!st.isNull(16))
                door.numberTo = st.integer(16);
            door.suffix = st.text(17);
            ListSheetDoor out;
            out.householdId = household;
            out.address = household > 0 ? TurfCutter::addressLabel(door) : tr("No address");
            QStringList unit;
            if (const QString building = st.text(18); !building.isEmpty())
                unit << tr("Bldg %1").arg(building);
            if (const QString staircase = st.text(19); !staircase.isEmpty())
                unit << tr("Stair %1").arg(staircase);
            if (const QString u = st.text(20); !u.isEmpty())
                unit << u;
            if (const QString complement = st.text(21); !complement.isEmpty())
                unit << complement;
            out.unit = unit.join(QStringLiteral(", "));
            if (calls) {
                out.phone = st.text(23);
                out.phoneType = st.text(24);
            }
            sheet.doors << out;
            lastGroup = group;
        }
        ListSheetPerson person;
        person.personId = st.int64(1);
        person.uuid = st.text(3);
        person.displayName = displayName(st.text(4), st.text(5), st.text(6));
        person.sex = st.text(7);
        person.age = ageAt(st.text(8), today);
        person.support = st.integer(9);
        if (st.int64(10) > 0)
            bureaux.try_emplace(naturalSortKey(st.text(11)) + u'\x1f' + st.text(11), st.text(11), st.text(12));
        if (!st.isNull(25)) {
            person.lastContactAt = st.int64(25);
            person.lastResult = st.text(26);
        }
        if (calls) {
            if (!st.isNull(22))
                person.phones << st.text(23);
            otherPhones.reset();
            otherPhones.bind(1, person.personId).bind(2, st.isNull(22) ? qint64(0) : st.int64(22));
            while (otherPhones.step())
                person.phones << otherPhones.text(0);
        }
        sheet.doors.last().people << person;
        ++people;
    }
    if (st.failed())
        return makeError(QStringLiteral("lists.sql"), tr("The list could not be read."), st.errorMessage());
    for (const auto& [key, bureau] : bureaux) {
        const auto& [code, name] = bureau;
        sheet.header.bureaux << (name.isEmpty() || name == code ? code : code + QStringLiteral(" - ") + name);
    }
    sheet.header.doors = static_cast<int>(sheet.doors.size());
    sheet.header.people = people;
    return sheet;
}

} // namespace terrain
