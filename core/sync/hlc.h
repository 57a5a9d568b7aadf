#pragma once

#include <QtGlobal>

#include <functional>

namespace terrain {

// A hybrid logical clock: 48 bits of Unix milliseconds and a 16-bit counter packed in one
// 64-bit integer, so clocks compare as plain integers. A local event takes
// max(wall clock, last + 1); a value seen from elsewhere raises `last`, so an edit made
// after seeing a value always sorts after it, even when this machine's clock is behind.
class HybridLogicalClock final
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the Unix epoch

    explicit HybridLogicalClock(qint64 last = 0, WallClock wallClock = {});

    qint64 tick();
    void observe(qint64 remote);
    qint64 last() const { return m_last; }
    void setWallClock(WallClock wallClock);

    static constexpr qint64 pack(qint64 millis, int counter) { return (millis << 16) | (counter & 0xFFFF); }
    static constexpr qint64 millis(qint64 hlc) { return hlc >> 16; }
    static constexpr int counter(qint64 hlc) { return static_cast<int>(hlc & 0xFFFF); }

private:
    qint64 m_last = 0;
    WallClock m_wallClock;
};

} // namespace terrain
