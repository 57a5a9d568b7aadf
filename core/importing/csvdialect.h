#pragma once

#include "importing/textencoding.h"
#include "util/result.h"

#include <QByteArrayView>
#include <QChar>
#include <QString>
#include <QStringView>

#include <optional>

namespace terrain {

// How a CSV file is written: what sniffCsv() finds, what the user may correct, what CsvReader needs.
struct CsvDialect
{
    TextEncoding encoding = TextEncoding::Utf8;
    bool bom = false; // the file starts with the byte order mark of `encoding`
    QChar delimiter = u',';
    // The sample was plain ASCII, so UTF-8 is only a guess: the reader settles it at the first
    // non-ASCII bytes (a valid UTF-8 sequence keeps UTF-8, anything else switches to Windows-1252).
    bool encodingGuessed = false;
};

// The delimiters looked for, in order of preference on a tie: ; , tab |
inline constexpr char16_t kCsvDelimiters[] = {u';', u',', u'\t', u'|'};

// Reads the first 64 KiB of the file: the encoding (unless forced), the BOM and the delimiter.
// An empty file gives the defaults (UTF-8, comma).
Result<CsvDialect> sniffCsv(const QString& path, std::optional<TextEncoding> forced = {});

// The same on bytes already read; `complete` tells whether they are the whole file.
CsvDialect sniffCsvSample(QByteArrayView head, bool complete, std::optional<TextEncoding> forced = {});

// The delimiter that splits the first records (quotes respected) into the same number of fields,
// more than one, without leaving quotes in the middle of fields; when several do, the one giving
// the most fields. Comma when none does (a one-column file).
QChar detectCsvDelimiter(QStringView text, bool complete);

} // namespace terrain
