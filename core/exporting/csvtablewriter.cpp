#include "csvtablewriter.h"

#include <QSaveFile>

namespace terrain {

namespace {
constexpr qsizetype kFlushChars = 64 * 1024;
} // namespace

Result<std::unique_ptr<TableWriter>> CsvTableWriter::open(const QString& path, ExportFormat format)
{
    std::unique_ptr<CsvTableWriter> writer(new CsvTableWriter(path, format));
    // Never fall back to writing the target in place: a failed export must not clobber an existing file.
    writer->m_file->setDirectWriteFallback(false);
    if (!writer->m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return openError(path, writer->m_file->errorString());
    if (format == ExportFormat::ExcelFrance)
        writer->m_pending.append(QChar(0xFEFF)); // the BOM tells Excel the file is UTF-8
    return std::unique_ptr<TableWriter>(std::move(writer));
}

CsvTableWriter::CsvTableWriter(const QString& path, ExportFormat format)
    : TableWriter(path, format),
      m_file(std::make_unique<QSaveFile>(path)),
      m_delimiter(format == ExportFormat::ExcelFrance ? u';' : u','),
      m_lineEnd(format == ExportFormat::ExcelFrance ? QStringView(u"\r\n") : QStringView(u"\n"))
{
    m_pending.reserve(kFlushChars + 4096);
}

CsvTableWriter::~CsvTableWriter()
{
    discard();
}

Status CsvTableWriter::writeCells(std::span<const QStringView> cells, bool /*header*/)
{
    bool first = true;
    for (QStringView cell : cells) {
        if (!first)
            m_pending.append(m_delimiter);
        first = false;
        appendField(cell);
    }
    m_pending.append(m_lineEnd);
    if (m_pending.size() >= kFlushChars)
        return flush();
    return {};
}

void CsvTableWriter::appendField(QStringView cell)
{
    bool quote = false;
    for (QChar c : cell) {
        if (c == m_delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        m_pending.append(u'"');
    if (isFormulaTrigger(cell))
        m_pending.append(u'\'');
    if (!quote) {
        m_pending.append(cell);
        return;
    }
    qsizetype start = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell[i] == u'"') {
            m_pending.append(cell.mid(start, i + 1 - start)); // up to and including the quote...
            m_pending.append(u'"');                           // ...which is then doubled
            start = i + 1;
        }
    }
    m_pending.append(cell.mid(start));
    m_pending.append(u'"');
}

Status CsvTableWriter::flush()
{
    if (m_pending.isEmpty())
        return {};
    const QByteArray bytes = m_pending.toUtf8();
    m_pending.resize(0); // unlike clear(), keeps the capacity
    if (m_file->write(bytes) != bytes.size())
        return writeError(path(), m_file->errorString());
    return {};
}

Status CsvTableWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    if (!m_file->commit())
        return commitError(path(), m_file->errorString());
    m_file.reset();
    return {};
}

void CsvTableWriter::drop()
{
    // QSaveFile removes its temporary file when destroyed without a successful commit().
    m_file.reset();
    m_pending.clear();
}

} // namespace terrain
