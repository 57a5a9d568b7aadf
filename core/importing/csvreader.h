#pragma once

#include "importing/csvdialect.h"
#include "importing/textencoding.h"
#include "util/result.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>
#include <vector>

namespace terrain {

// Reads a CSV file (RFC 4180) record by record, in chunks, with bounded memory.
//
// Quoted fields may hold delimiters, doubled quotes and line breaks; lines may end in CRLF, LF or
// CR; blank lines are skipped (but counted, so line() matches what an editor shows). Text after
// a closing quote ("ab"cd) and a quote inside an unquoted field are kept as they stand.
//
// fields() are views into the reader's buffer: valid until the next call to next(). Nothing is
// allocated per record once the buffer has grown to fit the longest one.
class CsvReader final
{
public:
    static constexpr qsizetype kDefaultChunkSize = qsizetype(1) << 20;
    static constexpr qsizetype kDefaultMaxRecordLength = qsizetype(16) << 20;

    static Result<std::unique_ptr<CsvReader>> open(const QString& path, const CsvDialect& dialect);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Bytes read from the file at a time (tests use tiny ones). Call before the first next().
    void setChunkSize(qsizetype bytes);
    // A record longer than this (in UTF-16 units) stops the reading with an error: it bounds
    // memory, and in practice means a closing quote is missing.
    void setMaxRecordLength(qsizetype length) { m_maxRecordLength = length; }

    // Moves to the next record. False at the end of the file or on an error (see error()).
    bool next();
    const std::vector<QStringView>& fields() const { return m_fields; }
    QStringList record() const;
    // The physical line (1-based) where the current record starts.
    qint64 line() const { return m_recordLine; }

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

    const std::optional<Error>& error() const { return m_error; }
    // Invalid byte sequences replaced by U+FFFD so far.
    qint64 replacementCount() const { return m_replacements; }
    // The encoding in use: a guessed UTF-8 may have become Windows-1252 (see CsvDialect).
    TextEncoding encoding() const { return m_encoding; }
    QString path() const { return m_path; }

private:
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote, QuotedTail };
    struct Span
    {
        qsizetype start;
        qsizetype length;
    };

    CsvReader() = default;
    // Moves the text from `keepFrom` on to the front of the buffer, then decodes more after it.
    // False when nothing more could be decoded (end of file, or an error).
    bool fill(qsizetype keepFrom);
    void settleGuessedEncoding(qsizetype available, bool final, qsizetype& decodable);
    bool completeRecord();
    void fail(const QString& code, const QString& message, const QString& detail);

    QString m_path;
    QFile m_file;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_encodingGuessed = false;
    char16_t m_delimiter = u',';
    qsizetype m_chunkSize = kDefaultChunkSize;
    qsizetype m_maxRecordLength = kDefaultMaxRecordLength;

    std::vector<char> m_raw; // bytes read but not decoded yet (a sequence cut by the chunk end)
    qsizetype m_rawSize = 0;
    std::vector<char16_t> m_text; // decoded text: [m_pos, m_end) is not parsed yet
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    bool m_finished = false;

    qint64 m_line = 1;     // line of the next unparsed character
    bool m_afterCr = false; // the last character parsed was a CR (so a LF now ends no new line)
    qint64 m_recordLine = 0;
    std::vector<Span> m_spans;
    std::vector<QStringView> m_fields;

    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    qint64 m_replacements = 0;
    std::optional<Error> m_error;
};

} // namespace terrain
