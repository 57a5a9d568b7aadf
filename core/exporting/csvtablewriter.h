#pragma once

#include "exporting/tablewriter.h"

#include <QString>

#include <memory>

class QSaveFile;

namespace terrain {

// The two CSV presets of TableWriter. Fields are quoted only when they hold the delimiter, a double quote,
// a CR or a LF, with embedded quotes doubled (RFC 4180). Line breaks inside a cell are kept as they are.
// Rows are encoded and written in blocks of about 64 KiB through a QSaveFile.
class CsvTableWriter final : public TableWriter
{
public:
    static Result<std::unique_ptr<TableWriter>> open(const QString& path, ExportFormat format);
    ~CsvTableWriter() override;

protected:
    Status writeCells(std::span<const QStringView> cells, bool header) override;
    Status finish() override;
    void drop() override;

private:
    CsvTableWriter(const QString& path, ExportFormat format);
    Status flush();
    void appendField(QStringView cell);

    std::unique_ptr<QSaveFile> m_file;
    QString m_pending;
    QChar m_delimiter;
    QStringView m_lineEnd;
};

} // namespace terrain
