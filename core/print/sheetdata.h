#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

// Plain input for the printed walk list and call sheet. The print module knows nothing of the
// database: the lists module fills these structs, in the order the sheet must show.

namespace terrain {

// One result code of the legend, with the box the volunteer ticks ("A", "Not home").
struct SheetResultCode
{
    QString code;
    QString label;
};

// A survey question and the answers the volunteer circles.
struct SheetQuestion
{
    QString text;
    QStringList options;
};

struct SheetPerson
{
    QString displayName;
    int age = -1; // -1: unknown
    QString sex; // "F", "M" or empty
    int previousSupport = 0; // 1 (strong support) .. 5 (strong against); 0: unknown
    QDate lastContactDate; // invalid: never contacted
    QString lastContactResult; // a result code or a short label
};

struct SheetDoor
{
    QString address; // number + suffix + street: "12 bis rue des Lilas"
    QString unit; // building / staircase / floor / apartment: "Bât A, Esc 2, Apt 31"; may be empty
    QList<SheetPerson> people;
};

// The first-page header common to both sheets. Door and people counts are derived from the body.
struct SheetHeader
{
    QString listName;
    QString code; // short list code, also printed as a QR code
    QStringList bureaux; // "3 - École Jules Ferry"
    QString volunteer; // empty: a blank line to fill in by hand
    QDateTime printedAt;
};

struct WalkSheet
{
    SheetHeader header;
    QList<SheetResultCode> resultCodes;
    QString script; // optional short text read at the door
    QList<SheetQuestion> questions;
    QList<SheetDoor> doors;
};

// One phone number and the people it reaches.
struct SheetCallEntry
{
    QString phone; // formatted for dialling: "06 12 34 56 78"
    QString phoneType; // "Mobile", "Landline"; may be empty
    QList<SheetPerson> people;
};

struct CallSheet
{
    SheetHeader header;
    QList<SheetResultCode> resultCodes;
    QString script;
    QList<SheetQuestion> questions;
    QList<SheetCallEntry> entries;
};

enum class PaperSize {
    A4,
    Letter,
};

struct PrintOptions
{
    PaperSize paper = PaperSize::A4;
    QLocale locale; // dates and numbers; the labels follow the installed translator
    QString title; // empty: "Walk list" / "Call sheet"
};

// The default result-code legends (DOMAIN.md sections 4 and 5), labels in the UI language.
QList<SheetResultCode> defaultWalkResultCodes();
QList<SheetResultCode> defaultCallResultCodes();

} // namespace terrain
