#include "textencoding.h"

#include <QtEndian>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace terrain {

namespace {

constexpr char16_t kReplacement = 0xFFFD;

// Windows-1252 0x80-0x9F. The five unassigned bytes map to the C1 controls of the same value,
// as browsers do, so that no byte is lost.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const uchar* bytesOf(const char* data)
{
    return reinterpret_cast<const uchar*>(data);
}

// One UTF-8 sequence starting at s[0] (a byte >= 0x80), within n bytes. On Valid, `length` is
// its length and `codePoint` its value; on Invalid, `length` is the maximal invalid subpart to
// replace by one U+FFFD (Unicode's "substitution of maximal subparts").
Utf8Sequence readUtf8(const uchar* s, qsizetype n, int& length, char32_t& codePoint)
{
    const uchar lead = s[0];
    int need = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        else if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        if (lead == 0xF0)
            low = 0x90; // overlong
        else if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        length = 1;
        return Utf8Sequence::Invalid;
    }
    char32_t cp = lead & (0x3F >> need);
    for (int k = 1; k <= need; ++k) {
        if (k >= n) {
            length = k;
            return Utf8Sequence::Incomplete;
        }
        const uchar b = s[k];
        if (b < low || b > high) {
            length = k;
            return Utf8Sequence::Invalid;
        }
        low = 0x80;
        high = 0xBF;
        cp = (cp << 6) | (b & 0x3F);
    }
    length = need + 1;
    codePoint = cp;
    return Utf8Sequence::Valid;
}

// Length of the run of ASCII bytes at the start of s[0, n).
qsizetype asciiPrefix(const uchar* s, qsizetype n)
{
    qsizetype i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
        if (const int mask = _mm_movemask_epi8(v))
            return i + __builtin_ctz(static_cast<unsigned>(mask));
    }
#endif
    while (i < n && s[i] < 0x80)
        ++i;
    return i;
}

qsizetype decodeUtf8(const uchar* s, qsizetype n, char16_t* out, bool final, qsizetype& consumed,
                     qint64& replacements)
{
    qsizetype i = 0;
    qsizetype o = 0; // o <= i always: no sequence yields more UTF-16 units than it has bytes
    while (i < n) {
#if defined(__SSE2__)
        // ASCII in blocks of 16: widen and store all 16, then advance past the ASCII ones only.
        const __m128i zero = _mm_setzero_si128();
        while (i + 16 <= n) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o), _mm_unpacklo_epi8(v, zero));
            _mm_storeu_si128(reinterpret_cast<__m128i*>(out + o + 8), _mm_unpackhi_epi8(v, zero));
            const int mask = _mm_movemask_epi8(v);
            if (mask) {
                const int ascii = __builtin_ctz(static_cast<unsigned>(mask));
                i += ascii;
                o += ascii;
                break;
            }
            i += 16;
            o += 16;
        }
        if (i >= n)
            break;
#endif
        const uchar c = s[i];
        if (c < 0x80) {
            out[o++] = c;
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        switch (readUtf8(s + i, n - i, length, cp)) {
        case Utf8Sequence::Valid:
            if (cp >= 0x10000) {
                out[o++] = static_cast<char16_t>(0xD7C0 + (cp >> 10));
                out[o++] = static_cast<char16_t>(0xDC00 | (cp & 0x3FF));
            } else {
                out[o++] = static_cast<char16_t>(cp);
            }
            break;
        case Utf8Sequence::Incomplete:
            if (!final) {
                consumed = i;
                return o;
            }
            [[fallthrough]];
        case Utf8Sequence::Invalid:
            out[o++] = kReplacement;
            ++replacements;
            break;
        }
        i += length;
    }
    consumed = n;
    return o;
}

qsizetype decodeWindows1252(const uchar* s, qsizetype n, char16_t* out)
{
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = s[i];
        out[i] = (c >= 0x80 && c < 0xA0) ? kWindows1252High[c - 0x80] : char16_t(c);
    }
    return n;
}

template <bool BigEndian>
qsizetype decodeUtf16(const uchar* s, qsizetype n, char16_t* out, bool final, qsizetype& consumed,
                      qint64& replacements)
{
    const auto unitAt = [s](qsizetype index) -> char16_t {
        return BigEndian ? qFromBigEndian<quint16>(s + 2 * index) : qFromLittleEndian<quint16>(s + 2 * index);
    };
    const qsizetype units = n / 2;
    qsizetype o = 0;
    for (qsizetype u = 0; u < units; ++u) {
        const char16_t c = unitAt(u);
        if (!QChar::isSurrogate(c)) {
            out[o++] = c;
            continue;
        }
        if (QChar::isHighSurrogate(c)) {
            if (u + 1 == units && !final) {
                consumed = 2 * u; // the low half comes with the next bytes
                return o;
            }
            if (u + 1 < units && QChar::isLowSurrogate(unitAt(u + 1))) {
                out[o++] = c;
                out[o++] = unitAt(++u);
                continue;
            }
        }
        out[o++] = kReplacement;
        ++replacements;
    }
    consumed = 2 * units;
    if (n % 2 != 0 && final) {
        out[o++] = kReplacement;
        ++replacements;
        consumed = n;
    }
    return o;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    const QString key = name.trimmed().toString().toLower();
    if (key == u"utf-8" || key == u"utf8")
        return TextEncoding::Utf8;
    if (key == u"utf-16le" || key == u"utf16le")
        return TextEncoding::Utf16LE;
    if (key == u"utf-16be" || key == u"utf16be")
        return TextEncoding::Utf16BE;
    if (key == u"windows-1252" || key == u"cp1252" || key == u"latin-1" || key == u"latin1"
        || key == u"iso-8859-1")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QByteArrayView byteOrderMark(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QByteArrayView("\xEF\xBB\xBF", 3);
    case TextEncoding::Utf16LE:
        return QByteArrayView("\xFF\xFE", 2);
    case TextEncoding::Utf16BE:
        return QByteArrayView("\xFE\xFF", 2);
    case TextEncoding::Windows1252:
        break;
    }
    return {};
}

std::optional<TextEncoding> encodingFromBom(QByteArrayView bytes)
{
    for (const TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        if (bytes.startsWith(byteOrderMark(e)))
            return e;
    }
    return std::nullopt;
}

qsizetype asciiPrefixLength(QByteArrayView bytes)
{
    return asciiPrefix(bytesOf(bytes.data()), bytes.size());
}

Utf8Sequence checkUtf8Sequence(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return Utf8Sequence::Incomplete;
    if (static_cast<uchar>(bytes.front()) < 0x80)
        return Utf8Sequence::Valid;
    int length = 0;
    char32_t cp = 0;
    return readUtf8(bytesOf(bytes.data()), bytes.size(), length, cp);
}

bool isValidUtf8(QByteArrayView bytes, bool truncated)
{
    const uchar* s = bytesOf(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        i += asciiPrefix(s + i, n - i);
        if (i >= n)
            break;
        int length = 0;
        char32_t cp = 0;
        switch (readUtf8(s + i, n - i, length, cp)) {
        case Utf8Sequence::Valid:
            i += length;
            break;
        case Utf8Sequence::Incomplete:
            return truncated;
        case Utf8Sequence::Invalid:
            return false;
        }
    }
    return true;
}

qsizetype decodeText(TextEncoding encoding, const char* data, qsizetype size, char16_t* out, bool final,
                     qsizetype& consumed, qint64& replacements)
{
    const uchar* s = bytesOf(data);
    switch (encoding) {
    case TextEncoding::Utf8:
        return decodeUtf8(s, size, out, final, consumed, replacements);
    case TextEncoding::Utf16LE:
        return decodeUtf16<false>(s, size, out, final, consumed, replacements);
    case TextEncoding::Utf16BE:
        return decodeUtf16<true>(s, size, out, final, consumed, replacements);
    case TextEncoding::Windows1252:
        consumed = size;
        return decodeWindows1252(s, size, out);
    }
    consumed = 0;
    return 0;
}

QString decodeText(TextEncoding encoding, QByteArrayView bytes, qint64* replacements)
{
    QString text(bytes.size() + 1, Qt::Uninitialized);
    qsizetype consumed = 0;
    qint64 count = 0;
    const qsizetype length = decodeText(encoding, bytes.data(), bytes.size(),
                                        reinterpret_cast<char16_t*>(text.data()), true, consumed, count);
    text.truncate(length);
    if (replacements)
        *replacements = count;
    return text;
}

} // namespace terrain
