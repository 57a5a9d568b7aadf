#pragma once

#include <QString>

namespace terrain {

// The folded form of a name or address used for matching and sorting: lower case,
// accents removed (é -> e, œ -> oe, ß -> ss), every run of punctuation or white space
// collapsed to one space, trimmed. "  Jean-Édouard  D'ARC " -> "jean edouard d arc".
QString foldText(QStringView text);

// Only the digits of a text ("06 12-34.56 78" -> "0612345678").
QString digitsOnly(QStringView text);

} // namespace terrain
