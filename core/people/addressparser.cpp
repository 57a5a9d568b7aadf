#include "addressparser.h"

#include "util/textfold.h"

#include <QVarLengthArray>

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace terrain {

namespace {

// ---------------------------------------------------------------------------------------
// Keywords

enum class Marker : quint8
{
    None,
    Building,      // Bât A
    Staircase,     // Esc 2
    Floor,         // Étage 3, Floor 3
    FloorWord,     // the word after an ordinal: "3e étage", "3rd floor"
    GroundFloor,   // RDC
    Apartment,     // Apt 31, Appt B, Unit 4: a value with a digit or of up to 4 characters
    WeakApartment, // Porte 31, Log 2: a digit or a single letter ("rue de la Porte Rouge" is a name)
    DigitApartment, // Ste 200 (US suite), never "Ste Catherine"
    LieuDit,       // Lieu-dit, LD
    LieuWord,      // "Lieu" of "Lieu dit"
    PostBox,       // BP 12, CS 30012, TSA 1234
    PoWord,        // "PO" of "PO Box", "Boîte" of "Boîte postale"
    PoBox,         // POBox 12
    Care,          // chez M. X, c/o
    Residence,     // Résidence Les Pins, Immeuble X: a street after a number, a complement elsewhere
    Directional,   // N, NW, North
    SuffixWord,    // bis, ter, quater, quinquies
    RangeWord,     // 12 à 14, 12 au 14, 12 et 14
    NumberPrefix,  // N° 12
    Article,       // de, la, les...: "rue de la Résidence" keeps its last word
};

struct Keyword
{
    QStringView fr; // canonical French street type
    QStringView us; // canonical US street type
    Marker marker = Marker::None;
    QStringView canonical; // directional abbreviation, suffix word
};

using KeywordTable = std::unordered_map<std::string_view, Keyword>;

const KeywordTable& keywords()
{
    static const KeywordTable table = [] {
        KeywordTable t;
        const auto fr = [&t](QStringView canonical, std::initializer_list<std::string_view> keys) {
            for (const std::string_view k : keys)
                t[k].fr = canonical;
        };
        const auto us = [&t](QStringView canonical, std::initializer_list<std::string_view> keys) {
            for (const std::string_view k : keys)
                t[k].us = canonical;
        };
        const auto marker = [&t](Marker m, std::initializer_list<std::string_view> keys, QStringView canonical = {}) {
            for (const std::string_view k : keys) {
                t[k].marker = m;
                t[k].canonical = canonical;
            }
        };
        fr(u"Rue", {"r", "rue"});
        fr(u"Ruelle", {"ruelle", "rle"});
        fr(u"Avenue", {"av", "ave", "avenue"});
        fr(u"Boulevard", {"bd", "bld", "blvd", "boul", "boulevard"});
        fr(u"Chemin", {"ch", "che", "chem", "chemin", "chm"});
        fr(u"Impasse", {"imp", "impasse"});
        fr(u"Place", {"pl", "place"});
        fr(u"Allée", {"all", "allee"});
        fr(u"Allées", {"allees"});
        fr(u"Route", {"rte", "route"});
        fr(u"Quai", {"qu", "quai"});
        fr(u"Cours", {"crs", "cours"});
        fr(u"Cour", {"cour"});
        fr(u"Square", {"sq", "square"});
        fr(u"Passage", {"pas", "pass", "passage"});
        fr(u"Résidence", {"res", "residence"});
        fr(u"Chaussée", {"chs", "chaussee"});
        fr(u"Faubourg", {"fg", "fbg", "faubourg"});
        fr(u"Lotissement", {"lot", "lotissement"});
        fr(u"Hameau", {"ham", "hameau"});
        fr(u"Sentier", {"sen", "sentier"});
        fr(u"Sente", {"sente"});
        fr(u"Villa", {"vla", "villa"});
        fr(u"Cité", {"cite"});
        fr(u"Parvis", {"prv", "parvis"});
        fr(u"Promenade", {"prom", "promenade"});
        fr(u"Esplanade", {"esp", "esplanade"});
        fr(u"Rond-Point", {"rpt", "rond-point"});
        fr(u"Carrefour", {"car", "carrefour"});
        fr(u"Voie", {"voie"});
        fr(u"Venelle", {"ven", "venelle"});
        fr(u"Clos", {"clos"});
        fr(u"Domaine", {"dom", "domaine"});
        fr(u"Montée", {"mte", "montee"});
        fr(u"Traverse", {"tra", "traverse"});
        fr(u"Quartier", {"qua", "quartier"});
        fr(u"Mail", {"mail"});
        fr(u"Galerie", {"gal", "galerie"});

        us(u"Street", {"st", "str", "street"});
        us(u"Avenue", {"av", "ave", "avenue"});
        us(u"Road", {"rd", "road"});
        us(u"Drive", {"dr", "drive"});
        us(u"Lane", {"ln", "lane"});
        us(u"Court", {"ct", "court"});
        us(u"Boulevard", {"blvd", "boulevard"});
        us(u"Place", {"pl", "place"});
        us(u"Terrace", {"ter", "terrace"});
        us(u"Way", {"way", "wy"});
        us(u"Parkway", {"pkwy", "parkway"});
        us(u"Highway", {"hwy", "highway"});
        us(u"Circle", {"cir", "circle"});
        us(u"Square", {"sq", "square"});
        us(u"Trail", {"trl", "trail"});
        us(u"Alley", {"aly", "alley"});
        us(u"Plaza", {"plz", "plaza"});
        us(u"Loop", {"loop"});

        marker(Marker::Building, {"bat", "batiment", "bt", "bldg", "building"});
        marker(Marker::Staircase, {"esc", "escalier"});
        marker(Marker::Floor, {"etg", "fl", "floor"});
        marker(Marker::FloorWord, {"etage"});
        marker(Marker::GroundFloor, {"rdc", "rez-de-chaussee"});
        marker(Marker::Apartment, {"apt", "appt", "appart", "appartement", "apartment", "logement", "lgt", "unit",
                                   "suite", "rm", "room"});
        marker(Marker::WeakApartment, {"porte", "app", "log"});
        marker(Marker::DigitApartment, {"ste"});
        marker(Marker::LieuDit, {"lieu-dit", "lieudit", "ld"});
        marker(Marker::LieuWord, {"lieu"});
        marker(Marker::PostBox, {"bp", "cs", "tsa"});
        marker(Marker::PoWord, {"po", "boite"});
        marker(Marker::PoBox, {"pobox"});
        marker(Marker::Care, {"chez", "c/o"});
        marker(Marker::Residence, {"res", "residence", "immeuble", "imm"});
        marker(Marker::SuffixWord, {"bis"}, u"bis");
        marker(Marker::SuffixWord, {"ter"}, u"ter");
        marker(Marker::SuffixWord, {"quater"}, u"quater");
        marker(Marker::SuffixWord, {"quinquies"}, u"quinquies");
        marker(Marker::RangeWord, {"a", "au", "et"});
        marker(Marker::NumberPrefix, {"no"});
        marker(Marker::Article, {"de", "du", "des", "la", "le", "les", "l'", "d'"});
        marker(Marker::Directional, {"n", "north"}, u"N");
        marker(Marker::Directional, {"s", "south"}, u"S");
        marker(Marker::Directional, {"e", "east"}, u"E");
        marker(Marker::Directional, {"w", "west"}, u"W");
        marker(Marker::Directional, {"ne", "northeast"}, u"NE");
        marker(Marker::Directional, {"nw", "northwest"}, u"NW");
        marker(Marker::Directional, {"se", "southeast"}, u"SE");
        marker(Marker::Directional, {"sw", "southwest"}, u"SW");
        return t;
    }();
    return table;
}

// A QString over static UTF-16 data: no allocation, no copy.
QString staticString(QStringView literal)
{
    return QString::fromRawData(reinterpret_cast<const QChar*>(literal.utf16()), literal.size());
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), isDigit);
}

// ---------------------------------------------------------------------------------------
// Tokens

constexpr int KeyCapacity = 16;

struct Token
{
    QStringView text;
    char key[KeyCapacity];
    qint8 keyLength = -1; // -1: not a keyword (too long, or a character we do not fold)
    bool breakBefore = false; // a comma or semicolon came before
    bool used = false;

    std::string_view keyView() const
    {
        return keyLength < 0 ? std::string_view() : std::string_view(key, size_t(keyLength));
    }
};

using Tokens = QVarLengthArray<Token, 24>;
using Indexes = QVarLengthArray<int, 24>;

// Lower-case ASCII, French accents removed, periods dropped ("Bât." -> "bat", "P.O." -> "po",
// "N°" -> "no"), so that every spelling of a keyword finds the same table entry.
void foldKey(Token& token)
{
    int n = 0;
    for (const QChar qc : token.text) {
        char16_t c = qc.unicode();
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c + 32);
        switch (c) {
        case u'.': continue;
        case u'é': case u'è': case u'ê': case u'ë': case u'É': case u'È': case u'Ê': case u'Ë': c = u'e'; break;
        case u'à': case u'â': case u'ä': case u'À': case u'Â': case u'Ä': c = u'a'; break;
        case u'î': case u'ï': case u'Î': case u'Ï': c = u'i'; break;
        case u'ô': case u'ö': case u'Ô': case u'Ö': case u'°': case u'º': c = u'o'; break;
        case u'ù': case u'û': case u'ü': case u'Ù': case u'Û': case u'Ü': c = u'u'; break;
        case u'ç': case u'Ç': c = u'c'; break;
        case u'’': case u'‘': c = u'\''; break;
        default: break;
        }
        if (c >= 0x80 || n == KeyCapacity) {
            token.keyLength = -1;
            return;
        }
        token.key[n++] = char(c);
    }
    token.keyLength = qint8(n);
}

Tokens tokenize(QStringView line)
{
    Tokens tokens;
    bool pendingBreak = false;
    const qsizetype size = line.size();
    qsizetype i = 0;
    const auto isSeparator = [](QChar c) { return c == QLatin1Char(',') || c == QLatin1Char(';'); };
    while (i < size) {
        const QChar c = line[i];
        if (isSeparator(c)) {
            pendingBreak = true;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < size && !line[i].isSpace() && !isSeparator(line[i]))
            ++i;
        Token token;
        token.text = line.mid(start, i - start);
        token.breakBefore = pendingBreak && !tokens.isEmpty();
        pendingBreak = false;
        foldKey(token);
        tokens.append(token);
    }
    return tokens;
}

const Keyword* lookup(const Token& token)
{
    if (token.keyLength <= 0)
        return nullptr;
    const KeywordTable& table = keywords();
    const auto it = table.find(token.keyView());
    return it == table.end() ? nullptr : &it->second;
}

Marker markerOf(const Token& token)
{
    const Keyword* k = lookup(token);
    return k ? k->marker : Marker::None;
}

// Tokens joined with single spaces: "as written", with double spaces and commas gone.
template <typename IndexAt>
QString joinTokens(const Tokens& tokens, int from, int to, IndexAt indexAt)
{
    qsizetype length = 0;
    for (int i = from; i < to; ++i)
        length += tokens[indexAt(i)].text.size() + 1;
    QString out;
    out.reserve(length);
    for (int i = from; i < to; ++i) {
        if (i > from)
            out += QLatin1Char(' ');
        out += tokens[indexAt(i)].text;
    }
    return out;
}

QString joinSpan(const Tokens& tokens, int from, int to)
{
    return joinTokens(tokens, from, to, [](int i) { return i; });
}

QString joinIndexed(const Tokens& tokens, const Indexes& r, int from, int to)
{
    return joinTokens(tokens, from, to, [&r](int i) { return r[i]; });
}

// ---------------------------------------------------------------------------------------
// House numbers

struct HouseNumber
{
    int number = 0;
    int numberTo = -1;
    QString suffix;
};

// Reads a letter run after a number as a suffix: a Latin word or a single letter.
bool readSuffix(QStringView letters, QString& suffix)
{
    if (letters.isEmpty())
        return true;
    static constexpr std::u16string_view words[] = {u"bis", u"ter", u"quater", u"quinquies"};
    for (const std::u16string_view w : words) {
        const QStringView word(w.data(), qsizetype(w.size()));
        if (letters.compare(word, Qt::CaseInsensitive) == 0) {
            if (suffix.isEmpty())
                suffix = staticString(word);
            return true;
        }
    }
    if (letters.size() == 1) {
        if (suffix.isEmpty())
            suffix = QString(letters[0].toUpper());
        return true;
    }
    return false;
}

// "12", "12bis", "12B", "12-14", "12/14", "12bis-14", "n°12". Up to six digits.
bool readNumberToken(QStringView text, HouseNumber& out)
{
    if (text.size() > 2 && (text[0] == QLatin1Char('n') || text[0] == QLatin1Char('N'))
        && (text[1] == QChar(u'°') || text[1] == QChar(u'º')))
        text = text.mid(2);
    qsizetype i = 0;
    const auto readInt = [&text, &i](int& value) {
        value = 0;
        const qsizetype start = i;
        while (i < text.size() && isDigit(text[i]) && i - start < 6)
            value = value * 10 + (text[i++].unicode() - u'0');
        return i > start && (i == text.size() || !isDigit(text[i]));
    };
    const auto readLetters = [&text, &i]() {
        const qsizetype start = i;
        while (i < text.size() && isAsciiLetter(text[i]))
            ++i;
        return text.mid(start, i - start);
    };
    HouseNumber result;
    if (!readInt(result.number) || !readSuffix(readLetters(), result.suffix))
        return false;
    if (i < text.size() && (text[i] == QLatin1Char('-') || text[i] == QLatin1Char('/'))) {
        ++i;
        int to = 0;
        if (!readInt(to) || !readSuffix(readLetters(), result.suffix))
            return false;
        result.numberTo = to;
    }
    if (i != text.size())
        return false;
    out = std::move(result);
    return true;
}

bool isPlainNumber(QStringView text)
{
    HouseNumber ignored;
    return readNumberToken(text, ignored) && ignored.numberTo < 0;
}

// "3e", "3ème", "1er", "1ère", "3°", "2nd", "3rd", "4th": an ordinal before étage or floor.
bool readOrdinal(const Token& token, QString& digits)
{
    const std::string_view key = token.keyView();
    size_t i = 0;
    while (i < key.size() && key[i] >= '0' && key[i] <= '9')
        ++i;
    if (i == 0 || i > 3)
        return false;
    static constexpr std::string_view endings[] = {"e", "eme", "em", "ieme", "er", "ere", "o", "st", "nd", "rd", "th"};
    const std::string_view ending = key.substr(i);
    if (std::find(std::begin(endings), std::end(endings), ending) == std::end(endings))
        return false;
    digits = token.text.left(qsizetype(i)).toString();
    return true;
}

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
