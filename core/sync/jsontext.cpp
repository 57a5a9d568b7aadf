#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace terrain {

void appendJsonNumber(QByteArray& out, qint64 value)
{
    out += QByteArray::number(value);
}

void appendJsonString(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            break;
        case u'\\':
            out += "\\\\";
            break;
        case u'\b':
            out += "\\b";
            break;
        case u'\f':
            out += "\\f";
            break;
        case u'\n':
            out += "\\n";
            break;
        case u'\r':
            out += "\\r";
            break;
        case u'\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[u >> 4];
                out += "0123456789abcdef"[u & 0xF];
            } else if (u < 0x80) {
                out += char(u);
            } else {
                // Rare (user names): whole text through Qt's converter keeps surrogate pairs right.
                out.truncate(start);
                out += QJsonDocument(QJsonArray{text.toString()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
                return;
            }
        }
    }
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

QString jsonStringValue(QByteArrayView text, bool escaped)
{
    if (!escaped)
        return QString::fromUtf8(text.sliced(1, text.size() - 2));
    return QJsonDocument::fromJson('[' + text.toByteArray() + ']').array().at(0).toString();
}

bool isJsonString(QByteArrayView text)
{
    return !text.isEmpty() && text[0] == '"';
}

} // namespace terrain
