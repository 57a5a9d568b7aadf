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

// Codes are drawn on each laptop and unique only there: two lists made offline on two laptops
// can share one. Sync settles it the same way on every laptop, from the rows alone:
struct ListCodeClaim
{
    QString uuid;
    QString status;     // "new" until the list is handed out (its sheet printed and given)
    qint64 createdAt = 0;
};
// Whether `a` keeps the code over `b`: a list already handed out over one that is not (its
// printed sheets must stay valid), else the older one, else the smaller UUID.
bool keepsListCode(const ListCodeClaim& a, const ListCodeClaim& b);
// The new code of the list that gives its code up: derived from its UUID (and the attempt,
// should that code be taken too), so every laptop settling the same collision picks the same.
QString derivedListCode(QStringView uuid, int attempt = 0);

} // namespace terrain
