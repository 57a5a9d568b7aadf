#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <array>
#include <cctype>
#include <charconv>
#include <cstring>

namespace terrain {

// JSON text written and read by hand, as QJsonDocument writes it (compact), where building a
// QJsonValue per value cost more than the work (sync pages and the server's stored rows).

void appendJsonNumber(QByteArray& out, qint64 value);
void appendJsonString(QByteArray& out, QStringView text);
// Text that is valid UTF-8 already (QByteArrayView::isValidUtf8()).
void appendJsonUtf8String(QByteArray& out, QByteArrayView utf8);
void appendJsonValue(QByteArray& out, const QJsonValue& value);
// The value of a JSON string's text (quotes included).
QString jsonStringValue(QByteArrayView text);
// The same as UTF-8 from the text between the quotes, written to `out` (room for inner.size()
// bytes: never longer); its size, or -1 when only QJsonDocument's reading gives the value as
// jsonStringValue does (half a surrogate pair, an unknown escape, bytes that are not UTF-8, a
// byte-order mark first).
qsizetype unescapeJsonString(QByteArrayView inner, char* out);
bool isJsonString(QByteArrayView text);

// Comma-separated elements of a JSON array or object under construction.
class JsonList
{
public:
    QByteArray& next()
    {
        if (!m_text.isEmpty())
            m_text += ',';
        return m_text;
    }
    bool isEmpty() const { return m_text.isEmpty(); }
    QByteArray array() const { return '[' + m_text + ']'; }
    // The array appended to `out`, without a copy of its own.
    void appendArray(QByteArray& out) const
    {
        out += '[';
        out += m_text;
        out += ']';
    }
    qsizetype size() const { return m_text.size(); }
    QByteArray object() const { return '{' + m_text + '}'; }

private:
    QByteArray m_text;
};

// Compact JSON text as QJsonDocument writes it, read one value at a time.
class JsonReader
{
public:
    explicit JsonReader(QByteArrayView text) : m_at(text.data()), m_end(text.data() + text.size()) { }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_end;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at == m_end || *m_at != c)
            return false;
        ++m_at;
        return true;
    }
    bool next(char c)
    {
        skipSpace();
        return m_at != m_end && *m_at == c;
    }
    // A string, a number, null, true or false: its text; empty when something else is there.
    QByteArrayView scalar()
    {
        skipSpace();
        const char* start = m_at;
        if (m_at == m_end)
            return {};
        if (*m_at == '"')
            return skipString() ? QByteArrayView(start, m_at - start) : QByteArrayView();
        while (m_at != m_end && (std::isalnum(static_cast<unsigned char>(*m_at)) || *m_at == '-' || *m_at == '+'
                                 || *m_at == '.'))
            ++m_at;
        return QByteArrayView(start, m_at - start);
    }
    bool integer(qint64* value) { return parseInteger(scalar(), value); }
    // Any value's text: a scalar, or an array or object with all it holds (checked when it is
    // read in turn); empty when there is none.
    QByteArrayView value()
    {
        skipSpace();
        if (m_at == m_end || (*m_at != '{' && *m_at != '['))
            return scalar();
        // Pages are skipped over several times (a table's group, then its columns): byte by byte
        // only between strings, which are skipped to their closing quote.
        static constexpr auto kBrackets = [] {
            std::array<bool, 256> brackets{};
            for (const unsigned char c : {'"', '{', '[', '}', ']'})
                brackets[c] = true;
            return brackets;
        }();
        const char* start = m_at;
        int depth = 0;
        while (m_at != m_end) {
            const char c = *m_at;
            if (!kBrackets[static_cast<unsigned char>(c)]) {
                ++m_at;
            } else if (c == '"') {
                if (!skipString())
                    return {};
            } else if (c == '{' || c == '[') {
                ++depth;
                ++m_at;
            } else {
                ++m_at;
                if (--depth == 0)
                    return QByteArrayView(start, m_at - start);
            }
        }
        return {};
    }
    // An integer as JSON writes it (no fraction, no exponent), within 64 bits.
    static bool parseInteger(QByteArrayView text, qint64* value)
    {
        if (!isInteger(text))
            return false;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
        return error == std::errc() && end == text.data() + text.size();
    }
    static bool isInteger(QByteArrayView text)
    {
        qsizetype i = !text.isEmpty() && text[0] == '-' ? 1 : 0;
        if (i == text.size() || text.size() > 20)
            return false;
        for (; i < text.size(); ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
        }
        return true;
    }

    // Calls onElement(text) for each element of an array's text, onMember(key, text) for each
    // member of an object's (the key as JSON text, quotes and all); false when the text is
    // malformed or a call returns false.
    template <typename OnElement>
    static bool forEachElement(QByteArrayView array, OnElement&& onElement)
    {
        JsonReader reader(array);
        if (!reader.take('['))
            return false;
        if (!reader.take(']')) {
            do {
                const QByteArrayView element = reader.value();
                if (element.isEmpty() || !onElement(element))
                    return false;
            } while (reader.take(','));
            if (!reader.take(']'))
                return false;
        }
        return reader.atEnd();
    }
    template <typename OnMember>
    static bool forEachMember(QByteArrayView object, OnMember&& onMember)
    {
        JsonReader reader(object);
        if (!reader.take('{'))
            return false;
        if (!reader.take('}')) {
            do {
                const QByteArrayView key = reader.scalar();
                if (key.isEmpty() || key[0] != '"' || !reader.take(':'))
                    return false;
                const QByteArrayView value = reader.value();
                if (value.isEmpty() || !onMember(key, value))
                    return false;
            } while (reader.take(','));
            if (!reader.take('}'))
                return false;
        }
        return reader.atEnd();
    }

private:
    // From an opening quote to past its closing one; false when there is none.
    bool skipString()
    {
        const char* from = m_at + 1;
        for (;;) {
            const auto* quote = static_cast<const char*>(std::memchr(from, '"', size_t(m_end - from)));
            if (!quote)
                return false;
            const char* before = quote;
            while (before != from && before[-1] == '\\')
                --before;
            if ((quote - before) % 2 == 0) { // not escaped: an even run of backslashes before it
                m_at = quote + 1;
                return true;
            }
            from = quote + 1;
        }
    }

    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    const char* m_at;
    const char* m_end;
};

} // namespace terrain
