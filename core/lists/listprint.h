#pragma once

#include "lists/listservice.h"
#include "print/sheetdata.h"
#include "util/result.h"

#include <QDate>
#include <QString>

#include <memory>

namespace terrain {

class Database;
class WalkSheetRenderer;

// A list as the print module wants it: ListService::printableSheet, with the campaign's own
// result codes for the legend (the letters typed back at entry) and its survey questions.
// Building one reads the campaign only (the survey is created on first use, like at entry).
struct PrintableList
{
    ListKind kind = ListKind::Walk;
    QString code;
    WalkSheet walk; // kind Walk
    CallSheet call; // kind Call
};

Result<WalkSheet> walkSheetFor(Database& db, qint64 listId, QDate today = {});
Result<CallSheet> callSheetFor(Database& db, qint64 listId, QDate today = {});
// Either sheet, after the list's kind.
Result<PrintableList> printableListFor(Database& db, qint64 listId, QDate today = {});

// A renderer on the sheet (needs a QGuiApplication: fonts).
std::unique_ptr<WalkSheetRenderer> rendererFor(const PrintableList& list, const PrintOptions& options);

// The list with this code (as typed) written to a PDF, replaced atomically.
Status printListPdf(Database& db, const QString& code, const QString& path, const PrintOptions& options = {});

// "+33612345678" -> "06 12 34 56 78"; other numbers as stored.
QString dialFormat(const QString& phone);

} // namespace terrain
