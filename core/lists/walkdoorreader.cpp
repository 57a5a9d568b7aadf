#include "walkdoorreader.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>

namespace terrain {

namespace {

QString bureauLabel(const QString& code, const QString& name)
{
    if (code.isEmpty())
        return name;
    if (name.isEmpty() || name == code)
        return code;
    return code + QStringLiteral(" - ") + name;
}

} // namespace

Result<std::vector<WalkDoor>> readWalkDoors(Database& db, const QString& where, const QVariantList& binds)
{
    const auto sqlError = [](const Statement& st) {
        return makeError(QStringLiteral("lists.sql"),
            QCoreApplication::translate("terrain::ListService", "The lists could not be read."), st.errorMessage());
    };
    // Streets and bureaux repeat on every door: read once, shared by every door (implicitly
    // shared strings, no copy).
    QHash<qint64, QString> streets;
    Statement streetRows = db.prepare("SELECT id, name FROM streets");
    while (streetRows.step())
        streets.insert(streetRows.int64(0), streetRows.text(1));
    if (streetRows.failed())
        return sqlError(streetRows);
    struct Bureau
    {
        QString code;
        QString label;
    };
    QHash<qint64, Bureau> bureaux;
    Statement districtRows = db.prepare("SELECT id, code, name FROM districts");
    while (districtRows.step()) {
        const QString code = districtRows.text(1);
        bureaux.insert(districtRows.int64(0), {code, bureauLabel(code, districtRows.text(2))});
    }
    if (districtRows.failed())
        return sqlError(districtRows);

    Statement st = db.prepare(QStringLiteral("SELECT p.household_id, p.id, coalesce(p.district_id, 0),"
                                             " coalesce(a.street_id, 0), a.lieu_dit, a.number, a.number_to, a.suffix,"
                                             " a.building, a.staircase, h.unit, a.complement"
                                             " FROM people p JOIN households h ON h.id = p.household_id"
                                             " JOIN addresses a ON a.id = h.address_id"
                                             " WHERE p.status = 'active' AND p.dnc_door = 0 AND (")
        + where + QStringLiteral(") ORDER BY p.household_id, p.folded_name, p.id"));
    int index = 1;
    for (const QVariant& value : binds)
        st.bind(index++, value);
    std::vector<WalkDoor> doors;
    qint64 lastHousehold = 0;
    const auto text = [&st](int column) { return st.isNull(column) ? QString() : st.text(column); };
    while (st.step()) {
        const qint64 household = st.int64(0);
        if (doors.empty() || household != lastHousehold) {
            lastHousehold = household;
            WalkDoor& door = doors.emplace_back();
            door.householdId = household;
            door.bureauId = st.int64(2);
            if (auto bureau = bureaux.constFind(door.bureauId); bureau != bureaux.constEnd()) {
                door.bureauCode = bureau->code;
                door.bureauLabel = bureau->label;
            }
            door.streetId = st.int64(3);
            door.street = door.streetId > 0 ? streets.value(door.streetId) : text(4);
            if (!st.isNull(5))
                door.number = st.integer(5);
            if (!st.isNull(6))
                door.numberTo = st.integer(6);
            door.suffix = text(7);
            door.building = text(8);
            door.staircase = text(9);
            door.unit = text(10);
            door.complement = text(11);
        }
        doors.back().people.append(st.int64(1));
    }
    if (st.failed())
        return sqlError(st);
    return doors;
}

} // namespace terrain
