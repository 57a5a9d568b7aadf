#pragma once

// The scanner under AddressParser: keywords, tokens and house numbers. Internal to
// core/people; the parsing rules are in addressparser.cpp.

#include <QString>
#include <QVarLengthArray>

#include <string_view>

namespace terrain::addressdetail {

enum class Marker : quint8
{
    None,
    Building,       // Bât A
    Staircase,      // Esc 2
    Floor,          // Étage 3, Floor 3
    FloorWord,      // the word after an ordinal: "3e étage", "3rd floor"
    GroundFloor,    // RDC
    Apartment,      // Apt 31, Appt B, Unit 4: a value with a digit or of up to 4 characters
    WeakApartment,  // Porte 31, Log 2: a digit or a single letter ("rue de la Porte Rouge" is a name)
    DigitApartment, // Ste 200 (US suite), never "Ste Catherine"
    LieuDit,        // Lieu-dit, LD
    LieuWord,       // "Lieu" of "Lieu dit"
    PostBox,        // BP 12, CS 30012, TSA 1234
    PoWord,         // "PO" of "PO Box", "Boîte" of "Boîte postale"
    PoBox,          // POBox 12
    Care,           // chez M. X, c/o
    Residence,      // Résidence Les Pins, Immeuble X: a street after a number, a complement elsewhere
    Directional,    // N, NW, North
    SuffixWord,     // bis, ter, quater, quinquies
    RangeWord,      // 12 à 14, 12 au 14, 12 et 14
    NumberPrefix,   // N° 12
    Article,        // de, la, les...: "rue de la Résidence" keeps its last word
};

struct Keyword
{
    QStringView fr; // canonical French street type
    QStringView us; // canonical US street type
    Marker marker = Marker::None;
    QStringView canonical; // directional abbreviation, suffix word
};

constexpr int KeyCapacity = 16;

struct Token
{
    QStringView text;
    char key[KeyCapacity];
    qint8 keyLength = -1;     // -1: not a keyword (too long, or a character we do not fold)
    bool breakBefore = false; // a comma or semicolon came before
    bool used = false;

    std::string_view keyView() const
    {
        return keyLength < 0 ? std::string_view() : std::string_view(key, size_t(keyLength));
    }
};

using Tokens = QVarLengthArray<Token, 24>;
using Indexes = QVarLengthArray<int, 24>;

// A QString over static UTF-16 data: no allocation, no copy.
QString staticString(QStringView literal);
bool isDigit(QChar c);
bool isAsciiLetter(QChar c);
bool hasDigit(QStringView text);

// Lower-case ASCII, French accents removed, periods dropped ("Bât." -> "bat", "P.O." -> "po",
// "N°" -> "no"), so that every spelling of a keyword finds the same table entry.
void foldKey(Token& token);
// Words split on white space, commas and semicolons (which set breakBefore).
Tokens tokenize(QStringView line);
const Keyword* lookup(const Token& token);
Marker markerOf(const Token& token);

// Tokens joined with single spaces: "as written", with double spaces and commas gone.
QString joinSpan(const Tokens& tokens, int from, int to);
QString joinIndexed(const Tokens& tokens, const Indexes& indexes, int from, int to);

struct HouseNumber
{
    int number = 0;
    int numberTo = -1;
    QString suffix;
};

// "12", "12bis", "12B", "12-14", "12/14", "12bis-14", "n°12". Up to six digits.
bool readNumberToken(QStringView text, HouseNumber& out);
bool isPlainNumber(QStringView text);
// "3e", "3ème", "1er", "1ère", "3°", "2nd", "3rd", "4th": an ordinal before étage or floor.
bool readOrdinal(const Token& token, QString& digits);

} // namespace terrain::addressdetail
