#pragma once

#include <QString>

namespace terrain {

// The outcome of normalising one field of an imported row. An empty input is not an
// error (the field is simply unknown); an unrecognised one is Invalid so that the
// importer can warn, and its text stays in raw so that nothing typed is lost.
struct NormalizedValue
{
    enum class State
    {
        Empty,
        Valid,
        Invalid,
    };

    State state = State::Empty;
    QString value; // the normalised form; empty unless Valid
    QString raw;   // the input, trimmed

    bool isValid() const { return state == State::Valid; }
    bool isInvalid() const { return state == State::Invalid; }
    bool isEmpty() const { return state == State::Empty; }
};

// Which of the two short fields comes first in a date such as 03/04/1990.
enum class DateOrder
{
    DayFirst,   // JJ/MM/AAAA, the French and European order
    MonthFirst, // MM/DD/YYYY, US voter files
};

// Normalisation of the plain values of a voter file: sex, birth date, email, names.
// Pure functions, thread-safe, with hand-written scanners (they run for every imported row).
class ValueNormalizer
{
public:
    // "M", "H" (homme), "Masculin", "male", "1" (INSEE) -> "M"; "F", "Féminin", "female",
    // "2" -> "F". Case- and accent-insensitive.
    static NormalizedValue sex(QStringView raw);

    // A birth date as ISO "YYYY-MM-DD". Accepts JJ/MM/AAAA with '/', '-', '.' or ' '
    // (one or two digit day and month), ISO YYYY-MM-DD (also with '/' or '.', and with a
    // trailing time as spreadsheets export it), and AAAAMMJJ. Two-digit years and
    // impossible dates are Invalid; years outside 1800-2099 too.
    // Partial dates of the national register (unknown day or month written 00) are kept
    // at the precision known: "00/00/1950" -> "1950", "00/05/1950" -> "1950-05"; a known
    // day in an unknown month ("12/00/1950") is Invalid. Reduced-precision ISO strings
    // still sort with the full ones.
    static NormalizedValue birthDate(QStringView raw, DateOrder order = DateOrder::DayFirst);

    // Trimmed and lower-cased, then checked pragmatically: one '@', a non-empty local
    // part, a domain of non-empty labels with at least one dot and a top-level label of
    // two characters or more, no white space or list separators. A leading "mailto:"
    // is dropped.
    static NormalizedValue email(QStringView raw);

    // Trimmed, every run of white space (tabs, no-break spaces) collapsed to one space;
    // the case is kept as given.
    static QString name(QStringView raw);

    // "First Usage", or "First Birth" without a usage name; when both surnames are given
    // and differ (ignoring case and accents), the birth name follows in parentheses:
    // "Marie Dupont (Martin)", so that people can be recognised under either name.
    static QString displayName(QStringView usageName, QStringView birthName, QStringView firstNames);
};

} // namespace terrain
