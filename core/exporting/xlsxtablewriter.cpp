#include "xlsxtablewriter.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <xlsxwriter.h>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::XlsxTableWriter", text);
}

QByteArray libraryPath(const QString& path)
{
#ifdef Q_OS_WIN
    return QDir::toNativeSeparators(path).toUtf8(); // libxlsxwriter converts UTF-8 names to wide on Windows
#else
    return QFile::encodeName(path);
#endif
}

std::filesystem::path filesystemPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

QString lxwReason(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

// The zip is written by stdio without fsync; flush it before the rename so a crash cannot leave an empty
// file under the final name.
void syncToDisk(const QByteArray& nativePath)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(nativePath.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(nativePath);
#endif
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Spreadsheets decode "_xHHHH_" in the XML as the character U+HHHH (the OOXML escape libxlsxwriter uses for
// control characters). A value holding that sequence literally keeps it only if its '_' is itself escaped as
// "_x005F_"; libxlsxwriter 1.1 does not do it. Returns an empty string when nothing needs escaping.
QString escapeEscapeLookalikes(QStringView cell)
{
    QString escaped;
    qsizetype copied = 0;
    bool found = false;
    for (qsizetype i = cell.indexOf(u"_x"); i >= 0 && i + 7 <= cell.size(); i = cell.indexOf(u"_x", i + 1)) {
        if (cell[i + 6] != u'_' || !isHexDigit(cell[i + 2]) || !isHexDigit(cell[i + 3]) || !isHexDigit(cell[i + 4])
            || !isHexDigit(cell[i + 5])) {
            continue;
        }
        escaped.append(cell.mid(copied, i - copied));
        escaped.append(u"_x005F");
        copied = i;
        found = true;
    }
    if (!found)
        return {};
    escaped.append(cell.mid(copied));
    return escaped;
}

} // namespace

Result<std::unique_ptr<TableWriter>> XlsxTableWriter::open(const QString& path)
{
    std::unique_ptr<XlsxTableWriter> writer(new XlsxTableWriter(path));
    // libxlsxwriter only opens its output in workbook_close(); creating the temporary file now reports an
    // unwritable folder before any row is produced.
    if (Status s = writer->reserveTemporaryFile(); !s)
        return s.error();

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    writer->m_tempFolderBytes = libraryPath(QDir::tempPath());
    options.tmpdir = writer->m_tempFolderBytes.data();
    options.use_zip64 = LXW_FALSE;
    writer->m_workbook = workbook_new_opt(writer->m_tempPathBytes.constData(), &options);
    if (writer->m_workbook)
        writer->m_sheet = workbook_add_worksheet(writer->m_workbook, nullptr);
    if (!writer->m_sheet) {
        return makeError(QStringLiteral("export.open"),
                         tr("Cannot start the spreadsheet \"%1\": no room for temporary files in \"%2\".")
                             .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(QDir::tempPath())));
    }
    writer->m_bold = workbook_add_format(writer->m_workbook);
    format_set_bold(writer->m_bold);
    return std::unique_ptr<TableWriter>(std::move(writer));
}

XlsxTableWriter::XlsxTableWriter(const QString& path)
    : TableWriter(path, ExportFormat::Xlsx),
      m_encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless)
{
}

XlsxTableWriter::~XlsxTableWriter()
{
    discard(); // also when open() failed half-way: the state is still Open then
}

Status XlsxTableWriter::reserveTemporaryFile()
{
    const QFileInfo target(path());
    QString reason;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString name = u'.' + target.fileName() + u'.'
                             + QString::number(QRandomGenerator::global()->generate(), 16) + u".part";
        QFile file(target.absoluteDir().filePath(name));
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            m_tempPath = file.fileName();
            m_tempPathBytes = libraryPath(m_tempPath);
            return {};
        }
        reason = file.errorString();
        if (file.error() != QFileDevice::OpenError || !file.exists())
            break; // only a name clash is worth another try
    }
    return openError(path(), reason);
}

void XlsxTableWriter::removeTemporaryFile()
{
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
}

Status XlsxTableWriter::writeCells(std::span<const QStringView> cells, bool header)
{
    if (m_nextRow > kMaxDataRows) {
        return makeError(QStringLiteral("export.too_many_rows"),
                         tr("A spreadsheet holds at most %1 rows. Export to CSV instead, or export fewer people.")
                             .arg(kMaxDataRows),
                         path());
    }
    if (static_cast<qsizetype>(cells.size()) > kMaxColumns) {
        return makeError(QStringLiteral("export.columns"),
                         tr("A spreadsheet holds at most %1 columns.").arg(kMaxColumns), path());
    }
    lxw_format* format = header ? m_bold : nullptr;
    for (size_t column = 0; column < cells.size(); ++column) {
        QStringView cell = cells[column];
        if (cell.isEmpty())
            continue; // an empty string cell and no cell read the same in every spreadsheet
        const bool prefix = isFormulaTrigger(cell);
        if (cell.size() + (prefix ? 1 : 0) > kMaxCellChars) {
            return makeError(QStringLiteral("export.cell_too_long"),
                             tr("A value is longer than the %1 characters a spreadsheet cell can hold (row %2, "
                                "column %3). Export to CSV instead.")
                                 .arg(kMaxCellChars)
                                 .arg(m_nextRow + 1)
                                 .arg(column + 1),
                             path());
        }
        const QString escaped = escapeEscapeLookalikes(cell);
        if (!escaped.isEmpty())
            cell = escaped;
        m_utf8.resize(m_encoder.requiredSpace(cell.size()) + 2);
        char* out = m_utf8.data();
        if (prefix)
            *out++ = '\'';
        out = m_encoder.appendToBuffer(out, cell);
        *out = '\0';
        const lxw_error rc = worksheet_write_string(m_sheet, m_nextRow, static_cast<lxw_col_t>(column),
                                                    m_utf8.constData(), format);
        if (rc != LXW_NO_ERROR)
            return writeError(path(), lxwReason(rc));
    }
    if (header)
        worksheet_freeze_panes(m_sheet, 1, 0);
    ++m_nextRow;
    return {};
}

Status XlsxTableWriter::finish()
{
    const lxw_error rc = workbook_close(m_workbook); // frees the workbook whatever the outcome
    m_workbook = nullptr;
    m_sheet = nullptr;
    m_bold = nullptr;
    if (rc != LXW_NO_ERROR)
        return writeError(path(), lxwReason(rc));
    syncToDisk(m_tempPathBytes);
    std::error_code error;
    // Unlike QFile::rename, replaces an existing file in one step (rename(2) / MoveFileEx).
    std::filesystem::rename(filesystemPath(m_tempPath), filesystemPath(path()), error);
    if (error)
        return commitError(path(), QString::fromStdString(error.message()));
    m_tempPath.clear();
    return {};
}

void XlsxTableWriter::drop()
{
    if (m_workbook) {
        lxw_workbook_free(m_workbook); // also closes (and so deletes) the constant_memory scratch files
        m_workbook = nullptr;
        m_sheet = nullptr;
        m_bold = nullptr;
    }
    removeTemporaryFile();
}

} // namespace terrain
