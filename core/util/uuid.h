#pragma once

#include <QString>

namespace terrain {

// A version 7 UUID (48-bit Unix milliseconds + random bits), in its 36-character text form.
// Time-ordered, so new rows land at the end of the uuid index.
QString newUuid();

// True for the 36-character text form of any UUID.
bool isUuid(QStringView text);

} // namespace terrain
