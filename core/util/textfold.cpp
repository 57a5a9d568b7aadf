#include "textfold.h"

#include <array>

namespace terrain {

namespace {

void appendFoldedSlow(QString& out, QChar c);

// Latin-1 and Latin Extended-A folded once: names and streets are almost all in there.
struct LatinTable
{
    std::array<std::array<char16_t, 3>, 0x180> folded{}; // up to 2 characters, 0-terminated
    LatinTable()
    {
        for (char16_t u = 0x80; u < 0x180; ++u) {
            QString out;
            appendFoldedSlow(out, QChar(u));
            for (qsizetype i = 0; i < std::min<qsizetype>(2, out.size()); ++i)
                folded[u][static_cast<size_t>(i)] = out.at(i).unicode();
        }
    }
};

// Appends the base letters of one character, lower case and without accents.
void appendFolded(QString& out, QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        out += QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
        return;
    }
    if (u < 0x180) {
        static const LatinTable table;
        for (char16_t f : table.folded[u]) {
            if (!f)
                break;
            out += QChar(f);
        }
        return;
    }
    appendFoldedSlow(out, c);
}

void appendFoldedSlow(QString& out, QChar c)
{
    const char16_t u = c.unicode();
    switch (u) {
    case 0x00DF: out += QLatin1String("ss"); return;
    case 0x0152: case 0x0153: out += QLatin1String("oe"); return;
    case 0x00C6: case 0x00E6: out += QLatin1String("ae"); return;
    case 0x00D8: case 0x00F8: out += QLatin1Char('o'); return;
    case 0x0141: case 0x0142: out += QLatin1Char('l'); return;
    case 0x0110: case 0x0111: out += QLatin1Char('d'); return;
    case 0x2019: case 0x2018: case 0x02BC: out += QLatin1Char('\''); return;
    default: break;
    }
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_KD);
    for (const QChar d : decomposed) {
        if (d.category() == QChar::Mark_NonSpacing || d.category() == QChar::Mark_SpacingCombining
            || d.category() == QChar::Mark_Enclosing)
            continue;
        out += d.toLower();
    }
}

} // namespace

QString foldText(QStringView text)
{
    QString folded;
    folded.reserve(text.size());
    for (const QChar c : text)
        appendFolded(folded, c);

    QString out;
    out.reserve(folded.size());
    bool pendingSpace = false;
    for (const QChar c : std::as_const(folded)) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c;
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QString digitsOnly(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out += c;
    }
    return out;
}

} // namespace terrain
