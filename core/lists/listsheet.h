#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace terrain {

// Everything a printed walk sheet or call sheet shows, in print order. Plain values: the
// print module maps them onto its own document structs.
struct ListSheetPerson
{
    qint64 personId = 0;
    QString uuid;
    QString displayName; // "DUPONT (MARTIN) Jeanne Marie": usage name in brackets when it differs
    int age = -1;        // -1: unknown birth date
    QString sex;         // "F", "M" or empty
    int support = 0;     // 0 unknown, 1 strong support ... 5 strong against
    qint64 lastContactAt = 0; // ms since the epoch; 0: never contacted
    QString lastResult;       // the result code of that attempt ("not_home")
    QStringList phones;       // call sheets: the number to dial first, then the person's other usable numbers
};

// A door on a walk sheet; an entry (one number to dial) on a call sheet.
struct ListSheetDoor
{
    qint64 householdId = 0;
    QString address;  // "12 bis Rue de la Paix"
    QString unit;     // "Bldg A, Stair 2, Floor 3 Apt 31"; empty for a house
    QString phone;    // call sheets: the number of this entry (E.164 or as typed)
    QString phoneType; // "mobile", "fixed", "other"
    QList<ListSheetPerson> people;
};

struct ListSheetHeader
{
    QString name;
    QString code;
    QString kind;         // "walk" or "call"
    QStringList bureaux;  // "1 - Mairie", in code order
    int doors = 0;        // doors (walk) or numbers to dial (call)
    int people = 0;
    QString volunteer;    // empty when not assigned
    QString status;       // new, out, returned, entered
    QDate date;           // the day the sheet is made
    qint64 createdAt = 0; // ms since the epoch
};

struct ListSheet
{
    ListSheetHeader header;
    QList<ListSheetDoor> doors;
};

} // namespace terrain
