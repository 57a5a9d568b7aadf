#pragma once

// What PageCodec's encoder (pagecodec.cpp) and decoder (pagedecoder.cpp) share; not part of the
// codec's interface.

#include <QChar>
#include <QString>
#include <QtGlobal>

namespace terrain {

struct TableInfo;

namespace pagecodec {

// Tables whose rows have name-based uuids (stableUuid) that no reference points at: a row whose
// uuid is the one its fields name is sent without it (a random-looking uuid costs ~9 bytes gzipped).
struct DerivedUuid
{
    const TableInfo* table = nullptr;
    int first = -1;  // field indexes (RowState::values) of the key's two parts
    int second = -1;
};

DerivedUuid derivedUuidRule(const TableInfo& table);
// The uuid a row of person_tags has when made by PersonService.
QString derivedUuid(const QString& person, const QString& tag);

int hexDigit(QChar c);

// A 128-bit value as two halves, for the uuid deltas (modular arithmetic, as unsigned integers wrap).
struct Wide
{
    quint64 high = 0;
    quint64 low = 0;
};

inline Wide plus(Wide a, Wide b)
{
    const quint64 low = a.low + b.low;
    return Wide{a.high + b.high + (low < a.low ? 1 : 0), low};
}

inline Wide minus(Wide a, Wide b)
{
    return Wide{a.high - b.high - (a.low < b.low ? 1 : 0), a.low - b.low};
}

// Deltas within +-2^53 travel as JSON numbers (exact in every JSON reader, JavaScript's too).
constexpr qint64 kLargestNumber = qint64(1) << 53;

} // namespace pagecodec

} // namespace terrain
