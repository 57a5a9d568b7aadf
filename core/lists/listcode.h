#pragma once

#include <QString>
#include <QStringView>

class QRandomGenerator;

namespace terrain {

// Short codes that identify a printed list for data entry: 6 characters from an alphabet
// with no look-alikes (no 0/O, 1/I/L, U/V; 29 symbols, about 595 million codes), so a
// volunteer can read one off a crumpled sheet and type it without doubt.
QLatin1StringView listCodeAlphabet();
QString newListCode(QRandomGenerator& random);
// The code as typed ("ab c-d2k" -> "ABCD2K"): upper case, spaces and dashes dropped.
QString normalizeListCode(QStringView typed);
// Whether a normalised code has the right length and alphabet.
bool isListCode(QStringView code);

} // namespace terrain
