#include "valuenormalizer.h"

#include "util/textfold.h"

#include <QDate>

#include <cstring>
#include <string_view>

namespace terrain {

namespace {

// Lower-case ASCII form of a short keyword with French accents removed, into buf.
// Returns the length, or -1 when the text is too long or holds another character.
int foldKeyword(QStringView text, char* buf, int capacity)
{
    if (text.size() > capacity)
        return -1;
    int n = 0;
    for (const QChar qc : text) {
        char16_t c = qc.unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        switch (c) {
        case u'é': case u'è': case u'ê': case u'ë': case u'É': case u'È': case u'Ê': case u'Ë': c = u'e'; break;
        case u'à': case u'â': case u'ä': case u'À': case u'Â': case u'Ä': c = u'a'; break;
        case u'î': case u'ï': case u'Î': case u'Ï': c = u'i'; break;
        case u'ô': case u'ö': case u'Ô': case u'Ö': c = u'o'; break;
        case u'ù': case u'û': case u'ü': case u'Ù': case u'Û': case u'Ü': c = u'u'; break;
        case u'ç': case u'Ç': c = u'c'; break;
        default: break;
        }
        if (c >= 0x80)
            return -1;
        buf[n++] = char(c);
    }
    return n;
}

NormalizedValue invalid(QStringView trimmed)
{
    NormalizedValue out;
    out.state = NormalizedValue::State::Invalid;
    out.raw = trimmed.toString();
    return out;
}

NormalizedValue valid(QStringView trimmed, QString value)
{
    NormalizedValue out;
    out.state = NormalizedValue::State::Valid;
    out.raw = trimmed.toString();
    out.value = std::move(value);
    return out;
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Appends value as exactly width digits.
void appendPadded(char16_t*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += width;
}

struct DigitGroup
{
    int value = 0;
    int length = 0;
};

// Reads a run of digits at pos (at most 8), advancing pos.
DigitGroup readDigits(QStringView text, qsizetype& pos)
{
    DigitGroup group;
    while (pos < text.size() && isDigit(text[pos]) && group.length < 9) {
        group.value = group.value * 10 + (text[pos].unicode() - u'0');
        ++group.length;
        ++pos;
    }
    return group;
}

// A time of day after a date, as spreadsheets export it ("1990-03-15 00:00:00",
// "1990-03-15T00:00:00Z"): only digits and time punctuation after a space or a 'T'.
bool isTimeTail(QStringView tail)
{
    if (tail.size() < 2 || (tail[0] != QLatin1Char(' ') && tail[0] != QLatin1Char('T')) || !isDigit(tail[1]))
        return false;
    for (const QChar c : tail.mid(1)) {
        if (!isDigit(c) && c != QLatin1Char(':') && c != QLatin1Char('.') && c != QLatin1Char('Z')
            && c != QLatin1Char('+') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

bool isDateSeparator(QChar c)
{
    return c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char(' ');
}

} // namespace

NormalizedValue ValueNormalizer::sex(QStringView raw)
{
    const QStringView text = raw.trimmed();
    if (text.isEmpty())
        return {};
    char buf[16];
    const int n = foldKeyword(text, buf, int(sizeof buf));
    if (n < 0)
        return invalid(text);
    std::string_view key(buf, size_t(n));
    if (key.size() > 1 && key.back() == '.') // "M." as a civility
        key.remove_suffix(1);

    static constexpr std::string_view male[] = {"m", "h", "1", "masculin", "male", "homme", "mr", "monsieur"};
    static constexpr std::string_view female[] = {"f", "2", "feminin", "female", "femme", "mme", "madame", "mlle",
                                                  "mademoiselle"};
    for (const std::string_view k : male) {
        if (key == k)
            return valid(text, QStringLiteral("M"));
    }
    for (const std::string_view k : female) {
        if (key == k)
            return valid(text, QStringLiteral("F"));
    }
    return invalid(text);
}

NormalizedValue ValueNormalizer::birthDate(QStringView raw, DateOrder order)
{
    const QStringView text = raw.trimmed();
    if (text.isEmpty())
        return {};

    int year = 0;
    int month = 0;
    int day = 0;
    qsizetype pos = 0;
    const DigitGroup first = readDigits(text, pos);
    if (first.length == 8 && (pos == text.size() || isTimeTail(text.mid(pos)))) {
        // AAAAMMJJ
        year = first.value / 10000;
        month = first.value / 100 % 100;
        day = first.value % 100;
    } else {
        if (first.length == 0 || pos >= text.size() || !isDateSeparator(text[pos]))
            return invalid(text);
        const QChar separator = text[pos++];
        const DigitGroup second = readDigits(text, pos);
        if (second.length == 0 || second.length > 2 || pos >= text.size() || text[pos] != separator)
            return invalid(text);
        ++pos;
        const DigitGroup third = readDigits(text, pos);
        if (pos < text.size() && !isTimeTail(text.mid(pos)))
            return invalid(text);
        if (first.length == 4 && third.length >= 1 && third.length <= 2) {
            year = first.value;
            month = second.value;
            day = third.value;
        } else if (first.length <= 2 && third.length == 4) {
            year = third.value;
            month = order == DateOrder::DayFirst ? second.value : first.value;
            day = order == DateOrder::DayFirst ? first.value : second.value;
        } else {
            return invalid(text); // two-digit years are ambiguous: 05 is 1905 or 2005
        }
    }

    if (year < 1800 || year > 2099 || month > 12 || day > 31)
        return invalid(text);
    char16_t buf[10];
    char16_t* out = buf;
    appendPadded(out, year, 4);
    if (month == 0) {
        if (day != 0)
            return invalid(text);
    } else {
        *out++ = u'-';
        appendPadded(out, month, 2);
        if (day != 0) {
            if (!QDate::isValid(year, month, day))
                return invalid(text);
            *out++ = u'-';
            appendPadded(out, day, 2);
        }
    }
    return valid(text, QString(reinterpret_cast<const QChar*>(buf), out - buf));
}

NormalizedValue ValueNormalizer::email(QStringView raw)
{
    QStringView text = raw.trimmed();
    if (text.startsWith(QLatin1StringView("mailto:"), Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    if (text.isEmpty())
        return {};

    const QString lowered = text.toString().toLower();
    const qsizetype at = lowered.indexOf(QLatin1Char('@'));
    if (at <= 0 || lowered.indexOf(QLatin1Char('@'), at + 1) >= 0)
        return invalid(raw.trimmed());
    for (const QChar c : lowered) {
        if (c.isSpace() || c.unicode() < 0x20 || QStringView(u",;<>()[]\\\"").contains(c))
            return invalid(raw.trimmed());
    }
    const QStringView local = QStringView(lowered).left(at);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1StringView("..")))
        return invalid(raw.trimmed());

    const QStringView domain = QStringView(lowered).mid(at + 1);
    int labels = 0;
    qsizetype start = 0;
    qsizetype lastLabelLength = 0;
    while (start <= domain.size()) {
        qsizetype end = domain.indexOf(QLatin1Char('.'), start);
        if (end < 0)
            end = domain.size();
        const QStringView label = domain.mid(start, end - start);
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return invalid(raw.trimmed());
        ++labels;
        lastLabelLength = label.size();
        start = end + 1;
    }
    if (labels < 2 || lastLabelLength < 2)
        return invalid(raw.trimmed());
    return valid(raw.trimmed(), lowered);
}

QString ValueNormalizer::name(QStringView raw)
{
    const QStringView text = raw.trimmed();
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    return out;
}

QString ValueNormalizer::displayName(QStringView usageName, QStringView birthName, QStringView firstNames)
{
    const QString usage = name(usageName);
    const QString birth = name(birthName);
    const QString first = name(firstNames);
    QString surname = usage.isEmpty() ? birth : usage;
    if (!usage.isEmpty() && !birth.isEmpty() && foldText(usage) != foldText(birth))
        surname += QStringLiteral(" (") + birth + QLatin1Char(')');
    if (first.isEmpty())
        return surname;
    if (surname.isEmpty())
        return first;
    return first + QLatin1Char(' ') + surname;
}

} // namespace terrain
