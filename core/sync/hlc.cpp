#include "hlc.h"

#include <QDateTime>

#include <algorithm>
#include <utility>

namespace terrain {

HybridLogicalClock::HybridLogicalClock(qint64 last, WallClock wallClock)
    : m_last(last)
{
    setWallClock(std::move(wallClock));
}

void HybridLogicalClock::setWallClock(WallClock wallClock)
{
    m_wallClock = wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); };
}

qint64 HybridLogicalClock::tick()
{
    m_last = std::max(pack(m_wallClock(), 0), m_last + 1);
    return m_last;
}

void HybridLogicalClock::observe(qint64 remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace terrain
