#include "sheetdata.h"

#include <QCoreApplication>

namespace terrain {

// The letters stay the same in every language: the coordinator types them back during data entry.
QList<SheetResultCode> defaultWalkResultCodes()
{
    return {
        { QStringLiteral("A"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Not home") },
        { QStringLiteral("R"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Refused") },
        { QStringLiteral("D"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Moved") },
        { QStringLiteral("DC"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Deceased") },
        { QStringLiteral("I"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Inaccessible") },
        { QStringLiteral("L"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Language barrier") },
        { QStringLiteral("P"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Come back later") },
    };
}

QList<SheetResultCode> defaultCallResultCodes()
{
    return {
        { QStringLiteral("N"), QCoreApplication::translate("terrain::WalkSheetRenderer", "No answer") },
        { QStringLiteral("O"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Busy") },
        { QStringLiteral("M"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Left message") },
        { QStringLiteral("F"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Wrong number") },
        { QStringLiteral("H"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Disconnected") },
        { QStringLiteral("R"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Call back") },
        { QStringLiteral("S"), QCoreApplication::translate("terrain::WalkSheetRenderer", "Do not call") },
    };
}

} // namespace terrain
