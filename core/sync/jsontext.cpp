#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <charconv>
#include <cstring>
#include <limits>

namespace terrain {

void appendJsonNumber(QByteArray& out, qint64 value)
{
    // Written in place: a page writes several numbers per row (QByteArray::number allocated each).
    char digits[24];
    const std::to_chars_result written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr - digits);
}

void appendJsonString(QByteArray& out, QStringView text)
{
    if (!text.isValidUtf16()) {
        // A lone surrogate: Qt writes it as \u escape; its writer knows how.
        out += QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        return;
    }
    appendJsonUtf8String(out, text.toUtf8());
}

void appendJsonUtf8String(QByteArray& out, QByteArrayView utf8)
{
    // Escaping what JSON must (UTF-8's multi-byte sequences hold no byte below 0x80).
    out += '"';
    qsizetype plain = 0; // start of the run of bytes written as they are
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto u = static_cast<uchar>(utf8[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xF];
        }
    }
    out.append(utf8.constData() + plain, utf8.size() - plain);
    out += '"';
}

void appendJsonValue(QByteArray& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    case QJsonValue::Double:
        if (const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
            integer != std::numeric_limits<qint64>::min()) {
            appendJsonNumber(out, integer);
            return;
        }
        break;
    default:
        break;
    }
    out += QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
}

qsizetype unescapeJsonString(QByteArrayView inner, char* out)
{
    char* const start = out;
    const char* at = inner.data();
    const char* const end = at + inner.size();
    auto hex4 = [&end](const char* from, char32_t* value) {
        if (end - from < 4)
            return false;
        *value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = from[i];
            const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            if (d < 0)
                return false;
            *value = (*value << 4) | char32_t(d);
        }
        return true;
    };
    while (at != end) {
        const char* const backslash = static_cast<const char*>(std::memchr(at, '\\', size_t(end - at)));
        const char* const plainEnd = backslash ? backslash : end;
        std::memcpy(out, at, size_t(plainEnd - at));
        out += plainEnd - at;
        if (!backslash)
            break;
        at = backslash + 1;
        if (at == end)
            return -1;
        switch (*at++) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '/': *out++ = '/'; break;
        case 'b': *out++ = '\b'; break;
        case 'f': *out++ = '\f'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        case 't': *out++ = '\t'; break;
        case 'u': {
            char32_t code = 0;
            if (!hex4(at, &code))
                return -1;
            at += 4;
            if (code >= 0xD800 && code <= 0xDFFF) {
                // Only a whole pair is a character: half of one is left to QJsonDocument.
                char32_t low = 0;
                if (code >= 0xDC00 || end - at < 6 || at[0] != '\\' || at[1] != 'u' || !hex4(at + 2, &low)
                    || low < 0xDC00 || low > 0xDFFF)
                    return -1;
                at += 6;
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
            }
            // As UTF-8: never longer than the escape it comes from.
            if (code < 0x80) {
                *out++ = char(code);
            } else if (code < 0x800) {
                *out++ = char(0xC0 | (code >> 6));
                *out++ = char(0x80 | (code & 0x3F));
            } else if (code < 0x10000) {
                *out++ = char(0xE0 | (code >> 12));
                *out++ = char(0x80 | ((code >> 6) & 0x3F));
                *out++ = char(0x80 | (code & 0x3F));
            } else {
                *out++ = char(0xF0 | (code >> 18));
                *out++ = char(0x80 | ((code >> 12) & 0x3F));
                *out++ = char(0x80 | ((code >> 6) & 0x3F));
                *out++ = char(0x80 | (code & 0x3F));
            }
            break;
        }
        default:
            return -1;
        }
    }
    const QByteArrayView written(start, out - start);
    // What QString's reading would change (bytes that are not UTF-8, a byte-order mark first).
    if (!written.isValidUtf8() || written.startsWith("\xEF\xBB\xBF"))
        return -1;
    return out - start;
}

QString jsonStringValue(QByteArrayView text)
{
    const QByteArrayView inner = text.sliced(1, text.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QVarLengthArray<char, 512> utf8(inner.size());
    if (const qsizetype size = unescapeJsonString(inner, utf8.data()); size >= 0)
        return QString::fromUtf8(utf8.constData(), size);
    return QJsonDocument::fromJson('[' + text.toByteArray() + ']').array().at(0).toString();
}

bool isJsonString(QByteArrayView text)
{
    return !text.isEmpty() && text[0] == '"';
}

} // namespace terrain
