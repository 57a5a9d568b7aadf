#include "csvreader.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace terrain {

namespace {

// Bytes a decoder may leave undecoded at the end of a chunk (a cut UTF-8 sequence, a cut
// UTF-16 surrogate pair plus an odd byte).
constexpr qsizetype kMaxLeftover = 4;

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::CsvReader", text);
}

// The first of a, b or c in [p, end), or end. Fields are short, so this runs once per field:
// eight characters per comparison keeps it well ahead of the decoding.
inline const char16_t* findAny(const char16_t* p, const char16_t* end, char16_t a, char16_t b, char16_t c)
{
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi16(static_cast<short>(a));
    const __m128i vb = _mm_set1_epi16(static_cast<short>(b));
    const __m128i vc = _mm_set1_epi16(static_cast<short>(c));
    for (; end - p >= 8; p += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, va), _mm_cmpeq_epi16(v, vb)),
                                         _mm_cmpeq_epi16(v, vc));
        if (const int mask = _mm_movemask_epi8(hit))
            return p + (__builtin_ctz(static_cast<unsigned>(mask)) >> 1);
    }
#endif
    for (; p < end; ++p) {
        if (*p == a || *p == b || *p == c)
            return p;
    }
    return end;
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, const CsvDialect& dialect)
{
    const char16_t delimiter = dialect.delimiter.unicode();
    if (delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n' || delimiter == 0)
        return makeError(QStringLiteral("csv.delimiter"),
                         tr("This character cannot separate the fields of a CSV file."), QString(dialect.delimiter));
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = path;
    reader->m_file.setFileName(path);
    // Unbuffered: we read big chunks ourselves, QFile's buffer would only add a copy.
    if (!reader->m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(QStringLiteral("csv.open"), tr("Cannot open the file %1.").arg(path),
                         reader->m_file.errorString());
    reader->m_totalBytes = reader->m_file.size();
    reader->m_encoding = dialect.encoding;
    reader->m_encodingGuessed = dialect.encodingGuessed && dialect.encoding == TextEncoding::Utf8;
    reader->m_delimiter = delimiter;

    // Skip the byte order mark of the encoding in use, if the file has one.
    const QByteArrayView bom = byteOrderMark(dialect.encoding);
    if (!bom.isEmpty()) {
        const QByteArray head = reader->m_file.read(bom.size());
        if (head == bom)
            reader->m_bytesRead = head.size();
        else if (!reader->m_file.seek(0))
            return makeError(QStringLiteral("csv.read"), tr("Cannot read the file %1.").arg(path),
                             reader->m_file.errorString());
    }
    return reader;
}

CsvReader::~CsvReader() = default;

void CsvReader::setChunkSize(qsizetype bytes)
{
    Q_ASSERT(m_raw.empty());
    m_chunkSize = qMax<qsizetype>(1, bytes);
}

void CsvReader::fail(const QString& code, const QString& message, const QString& detail)
{
    m_error = makeError(code, message, detail);
    m_fields.clear();
    m_spans.clear();
    qCWarning(lcImport).noquote() << m_error->toString();
}

QStringList CsvReader::record() const
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(m_fields.size()));
    for (const QStringView field : m_fields)
        list.append(field.toString());
    return list;
}

// While the encoding is a guess, everything so far was ASCII, which reads the same in UTF-8 and
// Windows-1252: the first non-ASCII sequence decides. `decodable` is how much may be decoded now.
void CsvReader::settleGuessedEncoding(qsizetype available, bool final, qsizetype& decodable)
{
    const QByteArrayView bytes(m_raw.data(), available);
    const qsizetype ascii = asciiPrefixLength(bytes);
    decodable = available;
    if (ascii == available)
        return;
    switch (checkUtf8Sequence(bytes.sliced(ascii))) {
    case Utf8Sequence::Valid:
        break;
    case Utf8Sequence::Incomplete:
        if (!final) {
            decodable = ascii; // wait for the rest of the sequence
            return;
        }
        [[fallthrough]];
    case Utf8Sequence::Invalid:
        m_encoding = TextEncoding::Windows1252;
        qCInfo(lcImport) << m_path << "is not UTF-8 past byte" << (m_bytesRead - available + ascii)
                         << ": reading it as Windows-1252";
        break;
    }
    m_encodingGuessed = false;
}

bool CsvReader::fill(qsizetype keepFrom)
{
    const qsizetype kept = m_end - keepFrom;
    if (keepFrom > 0 && kept > 0)
        std::memmove(m_text.data(), m_text.data() + keepFrom, static_cast<size_t>(kept) * sizeof(char16_t));
    m_end = kept;
    m_pos = 0;
    if (m_raw.empty())
        m_raw.resize(static_cast<size_t>(m_chunkSize + kMaxLeftover));

    while (!m_eof) {
        const qint64 got = m_file.read(m_raw.data() + m_rawSize, m_chunkSize);
        if (got < 0) {
            fail(QStringLiteral("csv.read"), tr("Cannot read the file %1.").arg(m_path), m_file.errorString());
            return false;
        }
        const bool final = got == 0;
        m_eof = final;
        m_bytesRead += got;
        const qsizetype available = m_rawSize + got;

        qsizetype decodable = available;
        if (m_encodingGuessed)
            settleGuessedEncoding(available, final, decodable);

        const auto needed = static_cast<size_t>(m_end + decodable + 1);
        if (m_text.size() < needed)
            m_text.resize(qMax(needed, m_text.size() * 2));
        qsizetype consumed = 0;
        const qsizetype decoded = decodeText(m_encoding, m_raw.data(), decodable, m_text.data() + m_end,
                                             final && decodable == available, consumed, m_replacements);
        m_rawSize = available - consumed;
        Q_ASSERT(m_rawSize <= kMaxLeftover);
        if (m_rawSize > 0)
            std::memmove(m_raw.data(), m_raw.data() + consumed, static_cast<size_t>(m_rawSize));
        m_end += decoded;
        if (decoded > 0)
            return true;
    }
    return false;
}

bool CsvReader::completeRecord()
{
    const char16_t* text = m_text.data();
    m_fields.reserve(m_spans.size());
    for (const Span& span : m_spans)
        m_fields.emplace_back(text + span.start, span.length);
    return true;
}

bool CsvReader::next()
{
    m_fields.clear();
    m_spans.clear();
    if (m_error || m_finished)
        return false;

    // Blank lines before the record: skipped, counted.
    qsizetype p = m_pos;
    for (;;) {
        if (p == m_end) {
            if (!fill(p)) {
                m_finished = true;
                return false;
            }
            p = 0;
        }
        const char16_t c = m_text[static_cast<size_t>(p)];
        if (c == u'\n') {
            if (!m_afterCr)
                ++m_line;
            m_afterCr = false;
            ++p;
        } else if (c == u'\r') {
            ++m_line;
            m_afterCr = true;
            ++p;
        } else {
            break;
        }
    }
    m_afterCr = false;
    m_recordLine = m_line;

    // Offsets, not pointers: fill() moves the record to the front of a possibly reallocated buffer.
    const char16_t delimiter = m_delimiter;
    qsizetype recordStart = p;
    qsizetype fieldStart = p;
    qsizetype out = p; // where a quoted field's text is written back, without its doubled quotes
    qint64 fieldLine = m_line;
    State state = State::FieldStart;
    const auto endRecord = [&](char16_t newline) {
        ++m_line;
        m_afterCr = newline == u'\r';
        m_pos = p;
        return completeRecord();
    };

    for (;;) {
        if (p == m_end) {
            if (m_end - recordStart > m_maxRecordLength) {
                fail(QStringLiteral("csv.record-too-long"),
                     tr("%1, line %2: the record is longer than %3 characters; a closing quote is probably missing.")
                         .arg(QFileInfo(m_path).fileName())
                         .arg(m_recordLine)
                         .arg(m_maxRecordLength),
                     m_path);
                return false;
            }
            const qsizetype shift = recordStart;
            const bool more = fill(recordStart);
            p -= shift;
            fieldStart -= shift;
            out -= shift;
            recordStart = 0;
            for (Span& span : m_spans)
                span.start -= shift;
            if (!more) {
                if (m_error)
                    return false;
                m_finished = true;
                // The file ends inside the record.
                switch (state) {
                case State::FieldStart: // after a delimiter
                    m_spans.push_back({p, 0});
                    break;
                case State::Unquoted:
                    m_spans.push_back({fieldStart, p - fieldStart});
                    break;
                case State::AfterQuote:
                case State::QuotedTail:
                    m_spans.push_back({fieldStart, out - fieldStart});
                    break;
                case State::Quoted:
                    fail(QStringLiteral("csv.unterminated-quote"),
                         tr("%1, line %2: a quoted field starts here but its closing quote is missing.")
                             .arg(QFileInfo(m_path).fileName())
                             .arg(fieldLine),
                         m_path);
                    return false;
                }
                m_pos = p;
                return completeRecord();
            }
        }

        char16_t* text = m_text.data();
        switch (state) {
        case State::FieldStart:
            if (text[p] == u'"') {
                ++p;
                fieldStart = out = p;
                fieldLine = m_line;
                state = State::Quoted;
                break;
            }
            fieldStart = p;
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            p = findAny(text + p, text + m_end, delimiter, u'\r', u'\n') - text;
            if (p == m_end)
                break;
            m_spans.push_back({fieldStart, p - fieldStart});
            const char16_t c = text[p++];
            if (c == delimiter) {
                state = State::FieldStart;
                break;
            }
            return endRecord(c);
        }
        case State::Quoted: {
            const qsizetype stop = findAny(text + p, text + m_end, u'"', u'\r', u'\n') - text;
            if (out != p)
                std::memmove(text + out, text + p, static_cast<size_t>(stop - p) * sizeof(char16_t));
            out += stop - p;
            p = stop;
            if (p == m_end)
                break;
            const char16_t c = text[p];
            if (c == u'"') {
                ++p;
                state = State::AfterQuote;
                break;
            }
            // A line break inside quotes: part of the field, and a new physical line (CRLF is one).
            // text[p - 1] is still the raw character: the write-back position is always behind it.
            if (c == u'\r' || text[p - 1] != u'\r')
                ++m_line;
            text[out++] = c;
            ++p;
            break;
        }
        case State::AfterQuote: {
            const char16_t c = text[p];
            if (c == u'"') { // a doubled quote
                text[out++] = u'"';
                ++p;
                state = State::Quoted;
                break;
            }
            if (c == delimiter || c == u'\r' || c == u'\n') {
                m_spans.push_back({fieldStart, out - fieldStart});
                ++p;
                if (c != delimiter)
                    return endRecord(c);
                state = State::FieldStart;
                break;
            }
            // Text after the closing quote ("ab"cd gives abcd, as spreadsheets read it).
            state = State::QuotedTail;
            break;
        }
        case State::QuotedTail: {
            const qsizetype stop = findAny(text + p, text + m_end, delimiter, u'\r', u'\n') - text;
            std::memmove(text + out, text + p, static_cast<size_t>(stop - p) * sizeof(char16_t));
            out += stop - p;
            p = stop;
            if (p == m_end)
                break;
            m_spans.push_back({fieldStart, out - fieldStart});
            const char16_t c = text[p++];
            if (c == delimiter) {
                state = State::FieldStart;
                break;
            }
            return endRecord(c);
        }
        }
    }
}

} // namespace terrain
