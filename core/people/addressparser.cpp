#include "addressparser.h"

#include "addresstokens.h"
#include "util/textfold.h"

#include <QVarLengthArray>

#include <algorithm>

namespace terrain {

namespace {

using namespace addressdetail;

// ---------------------------------------------------------------------------------------
// Parsing

struct Piece
{
    int order;
    QString text;
};
using Pieces = QVarLengthArray<Piece, 4>;

// Short unit values are codes ("a" and "A" are the same staircase); long ones are names.
QString unitValue(QStringView text)
{
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text.startsWith(QLatin1Char('#')))
        text = text.mid(1);
    if (text.size() > 2 && (text[0] == QLatin1Char('n') || text[0] == QLatin1Char('N'))
        && (text[1] == QChar(u'°') || text[1] == QChar(u'º')))
        text = text.mid(2);
    if (text.size() <= 4)
        return text.toString().toUpper();
    return text.toString();
}

QString leadingDigits(QStringView text)
{
    qsizetype n = 0;
    while (n < text.size() && isDigit(text[n]))
        ++n;
    return text.left(n).toString();
}

class LineParser
{
public:
    LineParser(AddressParser::Style style, ParsedAddress& address, Pieces& pieces, int order)
        : m_style(style)
        , m_a(address)
        , m_pieces(pieces)
        , m_order(order)
    {
    }

    // Takes the unit markers out of tokens, wherever they are.
    void extractUnits(Tokens& t);
    // Takes the spans that run to the next comma: lieu-dit, "chez ...".
    void extractSpans(Tokens& t);
    // Reads the number and the street from what is left.
    void parseStreet(Tokens& t, bool noNumberIsLieuDit);

    void addPiece(int index, QString text)
    {
        if (!text.isEmpty())
            m_pieces.append(Piece{m_order + index, std::move(text)});
    }

private:
    // The value token of a marker at i ("A" of "Bât A", "31" of "Apt n° 31"), or -1.
    static int valueIndex(const Tokens& t, int i)
    {
        int j = i + 1;
        if (j < t.size() && !t[j].used && !t[j].breakBefore && markerOf(t[j]) == Marker::NumberPrefix
            && j + 1 < t.size())
            ++j;
        if (j >= t.size() || t[j].used || t[j].breakBefore)
            return -1;
        return j;
    }

    void setUnit(QString& field, const Tokens& t, int from, int to, QString value)
    {
        if (field.isEmpty())
            field = std::move(value);
        else
            addPiece(from, joinSpan(t, from, to)); // a second "Bât": keep it rather than lose it
    }

    static void markUsed(Tokens& t, int from, int to)
    {
        for (int i = from; i < to; ++i)
            t[i].used = true;
    }

    bool frenchType(const Token& token) const
    {
        if (m_style == AddressParser::Style::US)
            return false;
        const Keyword* k = lookup(token);
        return k && !k->fr.isEmpty();
    }

    const Keyword* usType(const Token& token) const
    {
        if (m_style == AddressParser::Style::French)
            return nullptr;
        const Keyword* k = lookup(token);
        return k && !k->us.isEmpty() ? k : nullptr;
    }

    AddressParser::Style m_style;
    ParsedAddress& m_a;
    Pieces& m_pieces;
    int m_order;
};

void LineParser::extractUnits(Tokens& t)
{
    const int n = int(t.size());
    for (int i = 0; i < n; ++i) {
        Token& tok = t[i];
        if (tok.used)
            continue;
        if (tok.text.startsWith(QLatin1Char('#'))) { // US "#4", "# 4"
            if (tok.text.size() > 1) {
                setUnit(m_a.apartment, t, i, i + 1, unitValue(tok.text));
                markUsed(t, i, i + 1);
            } else if (const int v = valueIndex(t, i); v >= 0) {
                setUnit(m_a.apartment, t, i, v + 1, unitValue(t[v].text));
                markUsed(t, i, v + 1);
            }
            continue;
        }
        QString digits;
        if (i + 1 < n && !t[i + 1].used && readOrdinal(tok, digits)) {
            const Marker next = markerOf(t[i + 1]);
            if (next == Marker::FloorWord || next == Marker::Floor) {
                setUnit(m_a.floor, t, i, i + 2, digits);
                markUsed(t, i, i + 2);
                continue;
            }
        }
        const Marker marker = markerOf(tok);
        switch (marker) {
        case Marker::Building:
        case Marker::Staircase: {
            const int v = valueIndex(t, i);
            if (v < 0)
                break;
            int end = v + 1;
            // "Bâtiment Les Tilleuls": a name after an article.
            if (markerOf(t[v]) == Marker::Article && end < n && !t[end].used && !t[end].breakBefore)
                ++end;
            QString value = end - v == 1 ? unitValue(t[v].text) : joinSpan(t, v, end);
            setUnit(marker == Marker::Building ? m_a.building : m_a.staircase, t, i, end, std::move(value));
            markUsed(t, i, end);
            break;
        }
        case Marker::Floor:
        case Marker::FloorWord: {
            const int v = valueIndex(t, i);
            if (v < 0 || !isDigit(t[v].text[0]))
                break;
            setUnit(m_a.floor, t, i, v + 1, leadingDigits(t[v].text));
            markUsed(t, i, v + 1);
            break;
        }
        case Marker::GroundFloor:
            setUnit(m_a.floor, t, i, i + 1, QStringLiteral("0"));
            markUsed(t, i, i + 1);
            break;
        case Marker::Apartment:
        case Marker::WeakApartment:
        case Marker::DigitApartment: {
            const int v = valueIndex(t, i);
            if (v < 0)
                break;
            const QStringView value = t[v].text;
            const bool digit = hasDigit(value);
            const bool accepted = marker == Marker::Apartment ? digit || value.size() <= 4
                : marker == Marker::WeakApartment             ? digit || (value.size() == 1 && value[0].isLetter())
                                                              : digit;
            if (!accepted)
                break;
            setUnit(m_a.apartment, t, i, v + 1, unitValue(value));
            markUsed(t, i, v + 1);
            break;
        }
        case Marker::PostBox:
        case Marker::PoWord:
        case Marker::PoBox: {
            int v = valueIndex(t, i);
            QStringView label = marker == Marker::PostBox ? QStringView() : QStringView(u"PO Box");
            if (marker == Marker::PoWord) {
                // "PO Box 12", "P.O. Box 12", "Boîte postale 12"
                const std::string_view second = v >= 0 ? t[v].keyView() : std::string_view();
                if (tok.keyView() == "po" && second == "box")
                    label = u"PO Box";
                else if (tok.keyView() == "boite" && second == "postale")
                    label = u"BP";
                else
                    break;
                v = valueIndex(t, v);
            }
            if (v < 0 || !hasDigit(t[v].text))
                break;
            QString text;
            if (label.isEmpty())
                text = tok.text.toString().remove(QLatin1Char('.')).toUpper() + QLatin1Char(' ') + t[v].text;
            else
                text = label + QLatin1Char(' ') + t[v].text;
            addPiece(i, std::move(text));
            markUsed(t, i, v + 1);
            break;
        }
        default:
            break;
        }
    }
}

void LineParser::extractSpans(Tokens& t)
{
    const int n = int(t.size());
    for (int i = 0; i < n; ++i) {
        if (t[i].used)
            continue;
        const Marker marker = markerOf(t[i]);
        int first = i + 1; // first token of the value
        if (marker == Marker::LieuWord) {
            if (first >= n || t[first].used || t[first].keyView() != "dit")
                continue;
            ++first;
        } else if (marker != Marker::LieuDit && marker != Marker::Care) {
            continue;
        }
        int end = first;
        while (end < n && !t[end].used && !t[end].breakBefore) {
            HouseNumber ignored;
            // "chez M. Dupont 12 rue X": the name of the host stops at the house number.
            if (marker == Marker::Care && readNumberToken(t[end].text, ignored))
                break;
            ++end;
        }
        if (marker == Marker::Care) {
            if (end == first)
                continue;
            addPiece(i, joinSpan(t, i, end));
        } else if (m_a.lieuDit.isEmpty()) {
            m_a.lieuDit = joinSpan(t, first, end);
        } else {
            addPiece(i, joinSpan(t, first, end));
        }
        markUsed(t, i, end);
        i = end - 1;
    }
}

void LineParser::parseStreet(Tokens& t, bool noNumberIsLieuDit)
{
    // r: the tokens left; gap: a comma, or a unit taken out, before it. Words on both
    // sides of "4e étage" do not make one name.
    Indexes r;
    QVarLengthArray<bool, 24> gap;
    for (int i = 0; i < t.size(); ++i) {
        if (!t[i].used) {
            r.append(i);
            gap.append(t[i].breakBefore || (i > 0 && t[i - 1].used));
        }
    }
    const int size = int(r.size());
    if (size == 0)
        return;
    const auto isNumberAt = [&](int k) {
        HouseNumber probe;
        return k < size
            && (readNumberToken(t[r[k]].text, probe)
                || (markerOf(t[r[k]]) == Marker::NumberPrefix && k + 1 < size
                    && readNumberToken(t[r[k + 1]].text, probe)));
    };
    // "4 allée des Cèdres" further on, after "Lotissement Les Érables".
    const auto numberedStreetAfter = [&](int from) {
        for (int k = from; k + 1 < size; ++k) {
            if (!isNumberAt(k))
                continue;
            const int next = markerOf(t[r[k]]) == Marker::NumberPrefix ? k + 2 : k + 1;
            const Marker m = next < size ? markerOf(t[r[next]]) : Marker::None;
            const bool suffix = next < size && (m == Marker::SuffixWord || t[r[next]].text.size() == 1);
            if ((next < size && frenchType(t[r[next]])) || (suffix && next + 1 < size && frenchType(t[r[next + 1]])))
                return k;
        }
        return -1;
    };

    // 1. The house number: the first number before any street type.
    int h = -1;
    int streetStart = 0;
    for (int k = 0; k < size; ++k) {
        const Token& tok = t[r[k]];
        if (k > 0 && gap[k] && frenchType(tok) && markerOf(tok) != Marker::Residence) {
            streetStart = k; // "Les Pins, rue de la Paix"
            break;
        }
        if (isNumberAt(k)) {
            h = k;
            break;
        }
        if (k == 0 && frenchType(tok)) {
            // "Rue du 8 Mai 1945": numbers after the type are the name, unless a whole
            // street follows ("Résidence Les Pins 12 rue de la Paix").
            h = numberedStreetAfter(1);
            break;
        }
    }

    int sBegin = streetStart;
    int letter = -1; // a single letter after the number: a suffix, a directional or "R" for rue
    if (h >= 0) {
        int j = h;
        if (markerOf(t[r[j]]) == Marker::NumberPrefix)
            ++j;
        HouseNumber number;
        readNumberToken(t[r[j]].text, number);
        ++j;
        const auto isFree = [&](int k) { return k < size && !gap[k]; };
        if (number.numberTo < 0 && isFree(j) && isFree(j + 1)) {
            const Token& sep = t[r[j]];
            const bool rangeWord = sep.text == u"-" || sep.text == u"/" || markerOf(sep) == Marker::RangeWord;
            HouseNumber to;
            if (rangeWord && readNumberToken(t[r[j + 1]].text, to) && to.numberTo < 0) {
                number.numberTo = to.number;
                if (number.suffix.isEmpty())
                    number.suffix = to.suffix;
                j += 2;
            }
        }
        if (number.numberTo < 0 && isFree(j)) {
            // "12 -14", "12 /14"
            const QStringView text = t[r[j]].text;
            if (text.size() > 1 && (text[0] == QLatin1Char('-') || text[0] == QLatin1Char('/'))
                && isPlainNumber(text.mid(1))) {
                HouseNumber to;
                readNumberToken(text.mid(1), to);
                number.numberTo = to.number;
                ++j;
            }
        }
        if (number.suffix.isEmpty() && isFree(j)) {
            const Keyword* k = lookup(t[r[j]]);
            if (k && k->marker == Marker::SuffixWord) {
                number.suffix = staticString(k->canonical);
                ++j;
            } else if (t[r[j]].text.size() == 1 && isAsciiLetter(t[r[j]].text[0])) {
                letter = j;
            }
        }
        m_a.number = number.number;
        if (number.numberTo >= 0)
            m_a.numberTo = number.numberTo;
        m_a.suffix = std::move(number.suffix);
        sBegin = j;

        if (sBegin == size && h > 0) {
            // "Les Hauts 3": the number came after the name.
            sBegin = 0;
            streetStart = 0;
            letter = -1;
            r.resize(h);
        }
    }
    const int rSize = int(r.size());
    const int prefixEnd = h >= 0 && sBegin > 0 ? h : streetStart;
    if (prefixEnd > 0)
        addPiece(r[0], joinIndexed(t, r, 0, prefixEnd)); // "Résidence Les Pins 12 rue X"
    if (sBegin >= rSize)
        return;

    // 2. Where the street ends: a comma, or "Résidence X" after the name.
    int sEnd = rSize;
    for (int k = sBegin + 1; k < rSize; ++k) {
        const Token& tok = t[r[k]];
        if (gap[k]) {
            sEnd = k;
            break;
        }
        if (markerOf(tok) == Marker::Residence && k >= sBegin + 2 && k + 1 < rSize
            && markerOf(t[r[k - 1]]) != Marker::Article) {
            sEnd = k;
            break;
        }
    }
    if (sEnd < rSize)
        addPiece(r[sEnd], joinIndexed(t, r, sEnd, rSize));

    // 3. French or US order.
    const auto isFrenchAt = [&](int k) { return k < sEnd && frenchType(t[r[k]]); };
    const bool frenchFirst = isFrenchAt(sBegin) || (letter == sBegin && isFrenchAt(sBegin + 1));
    int usAt = -1;    // index in r of a US type ending the street
    int usDirAt = -1; // index of the post-directional after it
    if (m_style != AddressParser::Style::French) {
        int last = sEnd - 1;
        if (last > sBegin && markerOf(t[r[last]]) == Marker::Directional) {
            usDirAt = last;
            --last;
        }
        if (last > sBegin && usType(t[r[last]]))
            usAt = last;
        else
            usDirAt = -1;
    }
    const bool us = m_style == AddressParser::Style::US
        || (m_style == AddressParser::Style::Auto && !frenchFirst && usAt >= 0);

    if (letter >= 0) {
        const QChar c = t[r[letter]].text[0].toUpper();
        const bool directional = us && markerOf(t[r[letter]]) == Marker::Directional;
        const bool rue = !us && c == QLatin1Char('R') && letter + 1 < sEnd; // "12 R de la Paix"
        if (!directional && !rue) {
            m_a.suffix = QString(c);
            ++sBegin;
        }
    }
    if (sBegin >= sEnd)
        return;

    if (us && usAt > sBegin) {
        m_a.usOrder = true;
        m_a.streetType = staticString(lookup(t[r[usAt]])->us);
        m_a.streetName = joinIndexed(t, r, sBegin, usAt);
        if (usDirAt >= 0)
            m_a.directional = staticString(lookup(t[r[usDirAt]])->canonical);
        return;
    }
    if (sEnd - sBegin > 1) {
        const Keyword* k = lookup(t[r[sBegin]]);
        const QStringView type = !k ? QStringView() : us ? k->us : k->fr;
        if (!type.isEmpty() && (us || frenchType(t[r[sBegin]]))) {
            m_a.streetType = staticString(type);
            m_a.streetName = joinIndexed(t, r, sBegin + 1, sEnd);
            return;
        }
    }
    if (!m_a.number && noNumberIsLieuDit) {
        if (m_a.lieuDit.isEmpty())
            m_a.lieuDit = joinIndexed(t, r, sBegin, sEnd); // "Le Bourg"
        else
            addPiece(r[sBegin], joinIndexed(t, r, sBegin, sEnd));
        return;
    }
    m_a.streetName = joinIndexed(t, r, sBegin, sEnd); // "12 Grande Rue"
}

QString joinPieces(Pieces& pieces)
{
    std::stable_sort(pieces.begin(), pieces.end(), [](const Piece& a, const Piece& b) { return a.order < b.order; });
    QString out;
    for (const Piece& p : std::as_const(pieces)) {
        if (!out.isEmpty())
            out += QStringLiteral(", ");
        out += p.text;
    }
    return out;
}

QString collapsed(QStringView text)
{
    const Tokens tokens = tokenize(text);
    return joinSpan(tokens, 0, int(tokens.size()));
}

} // namespace

// ---------------------------------------------------------------------------------------

QString ParsedAddress::street() const
{
    QString out;
    if (streetType.isEmpty())
        out = streetName;
    else if (streetName.isEmpty())
        out = streetType;
    else if (usOrder)
        out = streetName + QLatin1Char(' ') + streetType;
    else
        out = streetType + QLatin1Char(' ') + streetName;
    if (!directional.isEmpty())
        out += QLatin1Char(' ') + directional;
    return out;
}

AddressParser::AddressParser(Style style)
    : m_style(style)
{
}

ParsedAddress AddressParser::parse(QStringView line) const
{
    ParsedAddress address;
    Pieces pieces;
    Tokens tokens = tokenize(line);
    LineParser parser(m_style, address, pieces, 0);
    parser.extractUnits(tokens);
    parser.extractSpans(tokens);
    parser.parseStreet(tokens, true);
    address.complement = joinPieces(pieces);
    return address;
}

ParsedAddress AddressParser::parse(const AddressParts& parts) const
{
    ParsedAddress address;
    Pieces pieces;
    // Orders keep the complements in column order: the complement columns come first
    // in the 2013 order, then the street, then the lieu-dit.
    constexpr int ColumnStride = 1000;

    const auto parseComplement = [&](QStringView text, int column) {
        Tokens tokens = tokenize(text);
        LineParser parser(m_style, address, pieces, column * ColumnStride);
        parser.extractUnits(tokens);
        parser.extractSpans(tokens);
        Indexes rest;
        for (int i = 0; i < tokens.size(); ++i) {
            if (!tokens[i].used)
                rest.append(i);
        }
        // The words left are kept together: "RESIDENCE LES PINS".
        if (!rest.isEmpty())
            parser.addPiece(rest[0], joinIndexed(tokens, rest, 0, int(rest.size())));
    };
    parseComplement(parts.complementDeLocalisation1, 0);
    parseComplement(parts.complementDeLocalisation2, 1);

    const QStringView type = parts.typeVoie.trimmed();
    if (type.isEmpty()) {
        // Extracts without a type column put the whole street, number at times, in the libellé.
        const QString line = parts.numeroVoie.trimmed() + QLatin1Char(' ') + parts.libelleVoie.trimmed();
        Tokens tokens = tokenize(line);
        LineParser parser(m_style, address, pieces, 2 * ColumnStride);
        parser.extractUnits(tokens);
        parser.extractSpans(tokens);
        parser.parseStreet(tokens, true);
    } else {
        const QStringView numero = parts.numeroVoie.trimmed();
        if (!numero.isEmpty()) {
            // "12", "12B", "12 B", "12 bis", "12-14": read as the head of a street line.
            Tokens tokens = tokenize(numero);
            ParsedAddress number;
            Pieces ignored;
            LineParser parser(AddressParser::Style::French, number, ignored, 0);
            parser.parseStreet(tokens, false);
            if (number.number && number.streetName.isEmpty() && number.streetType.isEmpty()) {
                address.number = number.number;
                address.numberTo = number.numberTo;
                address.suffix = number.suffix;
            } else {
                pieces.append(Piece{2 * ColumnStride, collapsed(numero)});
            }
        }
        const QString canonical = canonicalStreetType(type);
        address.streetType = canonical.isEmpty() ? collapsed(type) : canonical;
        address.streetName = collapsed(parts.libelleVoie);
        address.usOrder = false;
    }

    const QStringView lieuDit = parts.lieuDit.trimmed();
    if (!lieuDit.isEmpty()) {
        Tokens tokens = tokenize(lieuDit);
        int first = 0;
        if (!tokens.isEmpty() && markerOf(tokens[0]) == Marker::LieuDit)
            first = 1;
        else if (tokens.size() > 1 && markerOf(tokens[0]) == Marker::LieuWord && tokens[1].keyView() == "dit")
            first = 2;
        const QString value = joinSpan(tokens, first, int(tokens.size()));
        if (!address.lieuDit.isEmpty() && address.lieuDit != value)
            pieces.append(Piece{3 * ColumnStride, address.lieuDit});
        address.lieuDit = value;
    }
    address.complement = joinPieces(pieces);
    return address;
}

QString AddressParser::canonicalStreetType(QStringView word) const
{
    Token token;
    token.text = word.trimmed();
    foldKey(token);
    const Keyword* k = lookup(token);
    if (!k)
        return {};
    const QStringView fr = m_style == Style::US ? QStringView() : k->fr;
    const QStringView us = m_style == Style::French ? QStringView() : k->us;
    return staticString(fr.isEmpty() ? us : fr);
}

// ---------------------------------------------------------------------------------------

int suffixRank(QStringView suffix)
{
    const QStringView s = suffix.trimmed();
    if (s.isEmpty())
        return 0;
    static constexpr std::u16string_view words[] = {u"bis", u"ter", u"quater", u"quinquies"};
    for (size_t i = 0; i < std::size(words); ++i) {
        if (s.compare(QStringView(words[i].data(), qsizetype(words[i].size())), Qt::CaseInsensitive) == 0)
            return int(i) + 2;
    }
    if (s.size() == 1 && isAsciiLetter(s[0]))
        return 10 + (s[0].toUpper().unicode() - u'A');
    return 99;
}

QString naturalSortKey(QStringView text)
{
    constexpr int Width = 10;
    const QString folded = foldText(text);
    QString out;
    out.reserve(folded.size() + 2 * Width);
    const qsizetype size = folded.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isDigit(folded[i])) {
            out += folded[i++];
            continue;
        }
        qsizetype start = i;
        while (i < size && isDigit(folded[i]))
            ++i;
        while (start < i - 1 && folded[start] == QLatin1Char('0'))
            ++start;
        for (qsizetype pad = i - start; pad < Width; ++pad)
            out += QLatin1Char('0');
        out += QStringView(folded).mid(start, i - start);

        // A suffix after the number sorts by rank: "12" < "12 bis" < "12 ter" < "12 a".
        qsizetype w = i < size && folded[i] == QLatin1Char(' ') ? i + 1 : i;
        qsizetype wEnd = w;
        while (wEnd < size && folded[wEnd].isLetter())
            ++wEnd;
        if (wEnd > w && (wEnd == size || !folded[wEnd].isLetterOrNumber())) {
            const int rank = suffixRank(QStringView(folded).mid(w, wEnd - w));
            if (rank != 99) {
                out += QLatin1Char('.');
                out += QChar(u'0' + rank / 10);
                out += QChar(u'0' + rank % 10);
                i = wEnd;
            }
        }
    }
    return out;
}

} // namespace terrain
