#pragma once

#include "exporting/tablewriter.h"

#include <QByteArray>
#include <QString>
#include <QStringEncoder>

#include <memory>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace terrain {

// The .xlsx form of TableWriter, through libxlsxwriter in constant_memory mode: each row goes to a temporary
// file as soon as the next one starts, so memory stays flat whatever the row count. Every cell is a string
// (inline strings, which constant_memory mode uses instead of the shared string table). The header row is
// bold and frozen. A worksheet holds at most 1,048,575 data rows below the header and 32,767 characters
// per cell; beyond either the export fails with a clear error instead of silently cutting data.
class XlsxTableWriter final : public TableWriter
{
public:
    static constexpr qint64 kMaxDataRows = 1'048'575;
    static constexpr qsizetype kMaxCellChars = 32'767;
    static constexpr qsizetype kMaxColumns = 16'384;

    static Result<std::unique_ptr<TableWriter>> open(const QString& path);
    ~XlsxTableWriter() override;

protected:
    Status writeCells(std::span<const QStringView> cells, bool header) override;
    Status finish() override;
    void drop() override;

private:
    explicit XlsxTableWriter(const QString& path);
    Status reserveTemporaryFile();
    void removeTemporaryFile();

    QString m_tempPath;
    QByteArray m_tempPathBytes;   // libxlsxwriter keeps the pointer until workbook_close()
    QByteArray m_tempFolderBytes; // idem, for its constant_memory scratch files
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    quint32 m_nextRow = 0;
    QStringEncoder m_encoder;
    QByteArray m_utf8;
};

} // namespace terrain
