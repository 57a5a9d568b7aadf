#include "tablewriter.h"

#include "exporting/csvtablewriter.h"
#include "exporting/xlsxtablewriter.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::TableWriter", text);
}

QString nativePath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

Result<ExportFormat> exportFormatFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    if (trimmed.compare(u"excel-fr", Qt::CaseInsensitive) == 0)
        return ExportFormat::ExcelFrance;
    if (trimmed.compare(u"csv", Qt::CaseInsensitive) == 0)
        return ExportFormat::StandardCsv;
    if (trimmed.compare(u"xlsx", Qt::CaseInsensitive) == 0)
        return ExportFormat::Xlsx;
    return makeError(QStringLiteral("export.format"),
                     tr("Unknown export format \"%1\". Use excel-fr, csv or xlsx.").arg(name.toString()));
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::ExcelFrance:
        return QStringLiteral("excel-fr");
    case ExportFormat::StandardCsv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    }
    Q_UNREACHABLE();
}

QString exportFormatLabel(ExportFormat format)
{
    switch (format) {
    case ExportFormat::ExcelFrance:
        return tr("Excel (France)");
    case ExportFormat::StandardCsv:
        return tr("Standard CSV");
    case ExportFormat::Xlsx:
        return tr("Excel workbook (.xlsx)");
    }
    Q_UNREACHABLE();
}

QString defaultExtension(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

bool isFormulaTrigger(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString neutralizeFormula(QStringView cell)
{
    if (!isFormulaTrigger(cell))
        return cell.toString();
    return u'\'' + cell.toString();
}

Result<std::unique_ptr<TableWriter>> TableWriter::create(const QString& path, ExportFormat format)
{
    if (Status s = checkTarget(path); !s)
        return s.error();
    switch (format) {
    case ExportFormat::ExcelFrance:
    case ExportFormat::StandardCsv:
        return CsvTableWriter::open(path, format);
    case ExportFormat::Xlsx:
        return XlsxTableWriter::open(path);
    }
    Q_UNREACHABLE();
}

TableWriter::TableWriter(QString path, ExportFormat format) : m_path(std::move(path)), m_format(format) {}

// Derived destructors call drop() themselves when needed: a virtual call from here would not reach them.
TableWriter::~TableWriter() = default;

Status TableWriter::writeHeader(const QStringList& columns)
{
    if (Status s = checkOpen(); !s)
        return s;
    if (m_hasHeader || m_rowCount > 0) {
        return fail(makeError(QStringLiteral("export.order"),
                              tr("The header must be written once, before any row."), m_path));
    }
    if (columns.isEmpty())
        return fail(makeError(QStringLiteral("export.columns"), tr("An export needs at least one column."), m_path));
    m_views.assign(columns.cbegin(), columns.cend());
    if (Status s = writeCells(m_views, true); !s)
        return fail(s.error());
    m_hasHeader = true;
    m_columnCount = columns.size();
    return {};
}

Status TableWriter::writeRow(const QStringList& cells)
{
    m_views.assign(cells.cbegin(), cells.cend());
    return writeRow(std::span<const QStringView>(m_views));
}

Status TableWriter::writeRow(std::span<const QStringView> cells)
{
    if (Status s = checkOpen(); !s)
        return s;
    if (m_hasHeader && static_cast<qsizetype>(cells.size()) != m_columnCount) {
        // A caller bug, but a shifted column in a voter file is worse than a refused export.
        return fail(makeError(QStringLiteral("export.columns"), tr("A row does not match the columns of the export."),
                              QStringLiteral("%1: row %2 has %3 cells, header has %4")
                                  .arg(m_path)
                                  .arg(m_rowCount + 1)
                                  .arg(cells.size())
                                  .arg(m_columnCount)));
    }
    if (Status s = writeCells(cells, false); !s)
        return fail(s.error());
    ++m_rowCount;
    return {};
}

Status TableWriter::commit()
{
    if (Status s = checkOpen(); !s)
        return s;
    if (Status s = finish(); !s)
        return fail(s.error());
    m_state = State::Committed;
    qCInfo(lcExport) << "exported" << m_rowCount << "rows as" << exportFormatName(m_format) << "to" << m_path;
    return {};
}

void TableWriter::discard()
{
    if (m_state == State::Open) {
        drop();
        m_state = State::Failed;
    }
}

Status TableWriter::checkOpen() const
{
    if (m_state == State::Open)
        return {};
    return makeError(QStringLiteral("export.closed"), tr("This export is already finished or was cancelled."),
                     m_path);
}

Status TableWriter::fail(Error error)
{
    qCWarning(lcExport) << "export failed:" << error.toString();
    drop();
    m_state = State::Failed;
    return error;
}

Status TableWriter::checkTarget(const QString& path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || info.fileName().isEmpty())
        return makeError(QStringLiteral("export.path"), tr("No file name was given for the export."), path);
    if (info.isDir()) {
        return makeError(QStringLiteral("export.path"),
                         tr("Cannot export to \"%1\": it is a folder.").arg(nativePath(path)));
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        return makeError(QStringLiteral("export.folder"),
                         tr("Cannot export to \"%1\": the folder \"%2\" does not exist.")
                             .arg(nativePath(path), QDir::toNativeSeparators(folder.absoluteFilePath())));
    }
    return {};
}

Error TableWriter::openError(const QString& path, const QString& reason)
{
    return makeError(QStringLiteral("export.open"),
                     tr("Cannot create \"%1\": the folder may be read-only or the disk full.").arg(nativePath(path)),
                     reason);
}

Error TableWriter::writeError(const QString& path, const QString& reason)
{
    return makeError(QStringLiteral("export.write"),
                     tr("Writing \"%1\" failed; nothing was saved.").arg(nativePath(path)), reason);
}

Error TableWriter::commitError(const QString& path, const QString& reason)
{
    return makeError(QStringLiteral("export.commit"),
                     tr("Cannot save \"%1\"; an existing file of that name was left as it was.").arg(nativePath(path)),
                     reason);
}

} // namespace terrain
