#include "addresstokens.h"

#include <algorithm>
#include <unordered_map>

namespace terrain::addressdetail {

// ---------------------------------------------------------------------------------------
// Keywords

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

namespace {

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

} // namespace

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

} // namespace terrain::addressdetail
