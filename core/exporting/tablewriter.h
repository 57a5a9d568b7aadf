#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <span>
#include <vector>

namespace terrain {

// The file shapes an export can take.
//  - ExcelFrance: ';' delimiter, UTF-8 with BOM, CRLF (what French Excel opens correctly by double-click).
//  - StandardCsv: ',' delimiter, UTF-8 without BOM, LF, RFC 4180 quoting.
//  - Xlsx: one worksheet, bold frozen header row.
// Every cell is written as text in every format: identifiers such as phone numbers or postcodes keep their
// leading zeros, and dates are whatever text the caller passes (ISO 8601 by convention).
enum class ExportFormat
{
    ExcelFrance,
    StandardCsv,
    Xlsx,
};

// Stable names for settings and the command line: "excel-fr", "csv", "xlsx".
Result<ExportFormat> exportFormatFromName(QStringView name);
QString exportFormatName(ExportFormat format);
// Translated label for the user ("Excel (France)", ...).
QString exportFormatLabel(ExportFormat format);
// File extension without the dot: "csv" or "xlsx".
QString defaultExtension(ExportFormat format);

// True when a spreadsheet would read the cell as a formula: it begins with '=', '+', '-', '@', a tab or a CR.
bool isFormulaTrigger(QStringView cell);
// The cell with a leading apostrophe when isFormulaTrigger(), else unchanged (OWASP CSV injection advice).
// Writers apply it to every cell, headers included; so "-5" is exported as "'-5".
QString neutralizeFormula(QStringView cell);

// Writes one table to one file, row by row, without holding the rows in memory.
// Nothing appears at the target path until commit() succeeds: the data goes to a temporary file in the
// same folder that is renamed over the target at the end. Destroying the writer before commit() (a
// cancelled export), or any failed write, removes the temporary file and leaves an existing file of that
// name untouched.
class TableWriter
{
public:
    static Result<std::unique_ptr<TableWriter>> create(const QString& path, ExportFormat format);

    virtual ~TableWriter();
    TableWriter(const TableWriter&) = delete;
    TableWriter& operator=(const TableWriter&) = delete;

    // Any error ends the export as discard() does; later calls return "export.closed".
    // At most once, before any row. Once written, every row must have as many cells.
    Status writeHeader(const QStringList& columns);
    Status writeRow(const QStringList& cells);
    Status writeRow(std::span<const QStringView> cells);
    // Finishes the file and moves it into place. The writer accepts nothing afterwards.
    Status commit();
    // Drops everything written so far; what the destructor does when commit() was not called.
    void discard();

    QString path() const { return m_path; }
    ExportFormat format() const { return m_format; }
    // Data rows written so far (the header is not counted).
    qint64 rowCount() const { return m_rowCount; }

protected:
    TableWriter(QString path, ExportFormat format);

    virtual Status writeCells(std::span<const QStringView> cells, bool header) = 0;
    virtual Status finish() = 0;
    virtual void drop() = 0;

    // Refuses a target whose folder is missing or which is itself a folder, with a message naming it.
    static Status checkTarget(const QString& path);
    // Errors shared by the writers, all naming the file.
    static Error openError(const QString& path, const QString& reason);
    static Error writeError(const QString& path, const QString& reason);
    static Error commitError(const QString& path, const QString& reason);

private:
    enum class State
    {
        Open,
        Committed,
        Failed,
    };

    Status checkOpen() const;
    Status fail(Error error);

    QString m_path;
    ExportFormat m_format;
    State m_state = State::Open;
    bool m_hasHeader = false;
    qsizetype m_columnCount = 0;
    qint64 m_rowCount = 0;
    std::vector<QStringView> m_views; // reused by writeRow(QStringList)
};

} // namespace terrain
