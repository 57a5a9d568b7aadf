#pragma once

#include <QString>

namespace terrain {

// A version 7 UUID (48-bit Unix milliseconds, then a 74-bit counter seeded at random), in its
// 36-character text form, from one UuidGenerator per process. Time-ordered, so new rows land at
// the end of the uuid index, and consecutive ones differ by little (PageCodec sends deltas).
QString newUuid();

// A name-based UUID (version 5) of what a row is rather than when it was made: two laptops
// that create the same tag, or give the same person the same tag, offline, make one row
// that sync merges instead of two that collide on a unique key. `kind` names the table.
QString stableUuid(QStringView kind, QStringView key);

// The same from a generator seeded once from the system, strictly increasing: for bulk work
// (an import makes millions), where asking the kernel for randomness at every UUID would cost
// and random order would scatter index inserts. Not thread-safe (newUuid() locks its own).
class UuidGenerator final
{
public:
    UuidGenerator();
    QString next();

private:
    quint64 m_lastMs = 0;
    quint64 m_a = 0; // the counter's 12 high bits (rand_a)
    quint64 m_b = 0; // its 62 low bits (rand_b)
};

// True for the 36-character text form of any UUID.
bool isUuid(QStringView text);

} // namespace terrain
