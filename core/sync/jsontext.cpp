#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
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

QString jsonStringValue(QByteArrayView text)
{
    const QByteArrayView inner = text.sliced(1, text.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    return QJsonDocument::fromJson('[' + text.toByteArray() + ']').array().at(0).toString();
}

bool isJsonString(QByteArrayView text)
{
    return !text.isEmpty() && text[0] == '"';
}

} // namespace terrain
