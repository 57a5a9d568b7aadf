#pragma once

#include <QString>

#include <optional>
#include <tuple>

namespace terrain {

// One postal address split into what canvassing needs: the street (for grouping doors by
// voie and side), the number and its suffix (for ordering doors), and the unit
// (building, staircase, floor, apartment) that tells households apart.
struct ParsedAddress
{
    std::optional<int> number;   // 12 in "12 bis"; the first of a range "12-14"
    std::optional<int> numberTo; // 14 in "12-14", "12 à 14", "12/14"
    QString suffix;              // "bis", "ter", "quater", "quinquies" (lower case) or a letter "A" (upper case)
    QString streetType;          // canonical: "Rue", "Avenue", "Allée", "Résidence"...; US "Street", "Drive"...
    QString streetName;          // the rest of the street as written: "de la Paix", "Main", "N Oak"
    // US post-directional ("NW" in "1600 Pennsylvania Ave NW", "E" for "East"), as an upper-case
    // abbreviation. Not a part of the name: "Pennsylvania Avenue NW" has the type in between.
    // A pre-directional stays at the head of the name as written ("N Oak" in "456 N Oak Dr").
    QString directional;
    QString building;   // "A" for "Bât A", "Bâtiment A", "Bldg A"
    QString staircase;  // "2" for "Esc 2", "Escalier 2"
    QString floor;      // "3" for "3e étage", "Étage 3", "Floor 3"; "0" for "RDC" (rez-de-chaussée)
    QString apartment;  // "31" for "Apt 31", "Appt 31", "Appartement 31", "Porte 31"; "4B" for "Apt 4B", "#4B"
    QString lieuDit;    // "Les Granges" for "Lieu-dit Les Granges"; "Le Bourg" (no number, no street type)
    QString complement; // everything else, pieces joined with ", ": "Résidence Les Pins", "chez M. X", "BP 12"
    bool usOrder = false; // the type follows the name ("Main Street")

    // The street as displayed: "Rue de la Paix"; "Main Street", "Pennsylvania Avenue NW".
    QString street() const;

    bool operator==(const ParsedAddress&) const = default;
};

// The address columns of the 2013 order (arrêté du 16 novembre 2013), as read from a row.
struct AddressParts
{
    QStringView numeroVoie;               // "12", "12 B", "12BIS", "12-14"
    QStringView typeVoie;                 // "RUE", "AV", "Bd"
    QStringView libelleVoie;              // "DE LA PAIX" (or the whole street when typeVoie is empty)
    QStringView complementDeLocalisation1; // "BAT A ESC 2", "RESIDENCE LES PINS"
    QStringView complementDeLocalisation2;
    QStringView lieuDit;
};

// Splits French and US postal addresses. Hand-written scanner, no regular expressions:
// it runs for every row of a voter file import. Keywords are matched ignoring case and
// accents ("BAT", "Bât.", "bâtiment"). parse() is const and thread-safe.
//
// How a free-text line is read:
// - unit markers are taken out first, wherever they are: "Bât A", "Esc 2", "3e étage",
//   "Apt 31", "#4", "Lieu-dit X", "BP 12", "PO Box 12", "chez M. X" (to the next comma or
//   house number);
// - the house number is the first number met before any street type, with its suffix
//   ("12bis", "12 B") or range ("12-14", "12 à 14"); numbers after the type belong to the
//   name ("Rue du 8 Mai 1945"). What precedes the number goes to complement
//   ("Résidence Les Pins 12 rue X");
// - French order: a street type right after the number ("12 av. Foch"). "Saint-" and
//   "St" at that place are names, not types. A comma, or "Résidence"/"Immeuble" after
//   the name, ends the street; the rest is complement;
// - US order: a US type ending the street, optionally followed by a directional
//   ("456 N Oak Dr", "1600 Pennsylvania Ave NW"). In Auto style a line is US when no
//   French type follows the number and a US type ends the street;
// - "Résidence" right after the number, or alone, is the street ("12 Résidence Les Pins");
//   elsewhere it is a complement;
// - no number and no street type: the text is a lieu-dit ("Le Bourg"); a number with no
//   type gives a street without type ("12 Grande Rue", "3 Les Hauts de Brie").
class AddressParser
{
public:
    enum class Style
    {
        Auto,   // French unless the line reads as a US address
        French, // US types are never recognised
        US,     // US types and directionals; French types are not looked for
    };

    explicit AddressParser(Style style = Style::Auto);

    Style style() const { return m_style; }

    ParsedAddress parse(QStringView line) const;
    ParsedAddress parse(const AddressParts& parts) const;

    // The canonical street type for an abbreviation or a word ("AV" -> "Avenue",
    // "Blvd" -> "Boulevard"), or an empty string when it is not one.
    QString canonicalStreetType(QStringView word) const;

private:
    Style m_style;
};

// A key that sorts numbers by value and house-number suffixes in suffixRank() order,
// ignoring case and accents: "Apt 2" < "Apt 10"; "12" < "12 bis" < "12 ter" < "12 A" < "14".
// Digit runs are zero-padded to ten digits.
QString naturalSortKey(QStringView text);

// The order of house-number suffixes: none (0), bis (2), ter (3), quater (4),
// quinquies (5), then the letters A (10) to Z (35), anything else last (99).
// Latin suffixes come before letters: a street numbers either way, and "12 bis" is
// older usage than "12 B", so neither is taken for the other.
int suffixRank(QStringView suffix);

// Where a door stands in its street's walk order: odd side, even side, then no number; then
// the number, the end of a range, the suffix (12 < 12 bis < 12 ter < 14), building, staircase,
// unit and complement in natural order (Apt 2 < Apt 10), then the household. One rule for the
// district tree's doors and the walk lists.
struct DoorOrder
{
    int side = 2; // 0 odd, 1 even, 2 no number
    qint64 number = 0;
    qint64 numberTo = -1;
    int suffix = 0;
    QString building; // natural keys
    QString staircase;
    QString unit;
    QString complement;
    qint64 household = 0;

    auto tie() const
    {
        return std::tie(side, number, numberTo, suffix, building, staircase, unit, complement, household);
    }
    bool operator<(const DoorOrder& other) const { return tie() < other.tie(); }

    // `natural` makes the natural keys (naturalSortKey, or a cache of it: buildings repeat).
    template <typename Natural>
    static DoorOrder of(std::optional<qint64> number, std::optional<qint64> numberTo, QStringView suffix,
                        const QString& building, const QString& staircase, const QString& unit,
                        const QString& complement, qint64 household, Natural&& natural)
    {
        DoorOrder order;
        if (number) {
            order.number = *number;
            order.side = *number % 2 != 0 ? 0 : 1;
        }
        order.numberTo = numberTo.value_or(-1);
        order.suffix = suffixRank(suffix);
        order.building = natural(building);
        order.staircase = natural(staircase);
        order.unit = natural(unit);
        order.complement = natural(complement);
        order.household = household;
        return order;
    }
    static DoorOrder of(std::optional<qint64> number, std::optional<qint64> numberTo, QStringView suffix,
                        const QString& building, const QString& staircase, const QString& unit,
                        const QString& complement, qint64 household)
    {
        return of(number, numberTo, suffix, building, staircase, unit, complement, household,
                  [](const QString& text) { return naturalSortKey(text); });
    }
};

} // namespace terrain
