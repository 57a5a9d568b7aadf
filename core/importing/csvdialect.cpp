#include "csvdialect.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <tuple>
#include <vector>

namespace terrain {

namespace {

constexpr qsizetype kSampleSize = 64 * 1024;
constexpr int kSampleRecords = 50;

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::CsvReader", text);
}

struct SampleShape
{
    std::vector<int> counts; // fields per record
    int misquoted = 0;       // records with a quote inside a field, or text after a closing quote
};

// How the first records split on `delimiter`, with the reader's rules: a quote opens a quoted
// field only at the start of a field, blank lines are skipped. A record cut by the end of an
// incomplete sample is left out. Under a wrong delimiter, quoted fields stop starting at field
// starts, which `misquoted` catches.
SampleShape sampleShape(QStringView text, char16_t delimiter, bool complete)
{
    SampleShape shape;
    const qsizetype n = text.size();
    const auto endsField = [&](qsizetype i) {
        return text[i] == delimiter || text[i] == u'\r' || text[i] == u'\n';
    };
    qsizetype i = 0;
    while (i < n && shape.counts.size() < kSampleRecords) {
        if (text[i] == u'\r' || text[i] == u'\n') {
            ++i;
            continue;
        }
        int fields = 1;
        bool misquoted = false;
        for (;;) {
            if (i < n && text[i] == u'"') {
                for (++i;; ++i) {
                    if (i >= n)
                        return shape; // still inside quotes
                    if (text[i] == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            ++i;
                            continue;
                        }
                        ++i;
                        break;
                    }
                }
                if (i < n && !endsField(i))
                    misquoted = true;
            }
            for (; i < n && !endsField(i); ++i) {
                if (text[i] == u'"')
                    misquoted = true;
            }
            if (i >= n && !complete)
                return shape;
            if (i < n && text[i] == delimiter) {
                ++i;
                ++fields;
                continue;
            }
            ++i;
            shape.counts.push_back(fields);
            shape.misquoted += misquoted ? 1 : 0;
            break;
        }
    }
    return shape;
}

} // namespace

QChar detectCsvDelimiter(QStringView text, bool complete)
{
    // Ranked by: (nearly) every record has the same count, fewer records with misplaced quotes,
    // more fields, more records agreeing, then the preference order.
    using Score = std::tuple<bool, int, int, int, int>;
    std::optional<Score> best;
    char16_t chosen = u',';
    int preference = 0;
    for (const char16_t candidate : kCsvDelimiters) {
        --preference;
        const SampleShape shape = sampleShape(text, candidate, complete);
        if (shape.counts.empty())
            continue;
        QHash<int, int> frequency;
        int mode = 0;
        int modeCount = 0;
        for (const int count : shape.counts) {
            const int f = ++frequency[count];
            if (f > modeCount || (f == modeCount && count > mode)) {
                mode = count;
                modeCount = f;
            }
        }
        if (mode <= 1)
            continue;
        const bool consistent = modeCount * 10 >= static_cast<int>(shape.counts.size()) * 9;
        const Score score{consistent, -shape.misquoted, mode, modeCount, preference};
        if (!best || score > *best) {
            best = score;
            chosen = candidate;
        }
    }
    return QChar(chosen);
}

CsvDialect sniffCsvSample(QByteArrayView head, bool complete, std::optional<TextEncoding> forced)
{
    CsvDialect dialect;
    if (forced) {
        dialect.encoding = *forced;
        dialect.bom = !byteOrderMark(*forced).isEmpty() && head.startsWith(byteOrderMark(*forced));
    } else if (const auto fromBom = encodingFromBom(head)) {
        dialect.encoding = *fromBom;
        dialect.bom = true;
    } else if (asciiPrefixLength(head) == head.size()) {
        dialect.encoding = TextEncoding::Utf8;
        dialect.encodingGuessed = true;
    } else {
        dialect.encoding = isValidUtf8(head, !complete) ? TextEncoding::Utf8 : TextEncoding::Windows1252;
    }

    const QByteArrayView body = dialect.bom ? head.sliced(byteOrderMark(dialect.encoding).size()) : head;
    QString text(body.size() + 1, Qt::Uninitialized);
    qsizetype consumed = 0;
    qint64 replacements = 0;
    const qsizetype length = decodeText(dialect.encoding, body.data(), body.size(),
                                        reinterpret_cast<char16_t*>(text.data()), complete, consumed, replacements);
    text.truncate(length);
    dialect.delimiter = detectCsvDelimiter(text, complete);
    return dialect;
}

Result<CsvDialect> sniffCsv(const QString& path, std::optional<TextEncoding> forced)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("csv.open"), tr("Cannot open the file %1.").arg(path), file.errorString());
    const QByteArray head = file.read(kSampleSize);
    if (head.isEmpty() && file.error() != QFileDevice::NoError)
        return makeError(QStringLiteral("csv.read"), tr("Cannot read the file %1.").arg(path), file.errorString());
    const bool complete = file.atEnd();
    const CsvDialect dialect = sniffCsvSample(head, complete, forced);
    qCDebug(lcImport) << "sniffed" << path << encodingName(dialect.encoding) << "bom" << dialect.bom << "guessed"
                      << dialect.encodingGuessed << "delimiter" << dialect.delimiter;
    return dialect;
}

} // namespace terrain
