#include "uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <array>
#include <mutex>

namespace terrain {

namespace {

// ms: 48 bits of Unix milliseconds; a: the 12 bits after the version (rand_a); b: the 62 bits after
// the variant (rand_b).
QString format(quint64 ms, quint64 a, quint64 b)
{
    std::array<unsigned char, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<size_t>(i)] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    bytes[6] = static_cast<unsigned char>(0x70 | ((a >> 8) & 0x0F)); // version 7
    bytes[7] = static_cast<unsigned char>(a & 0xFF);
    for (int i = 0; i < 8; ++i)
        bytes[static_cast<size_t>(8 + i)] = static_cast<unsigned char>(b >> (56 - 8 * i));
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant (10)

    static constexpr char hex[] = "0123456789abcdef";
    QChar text[36];
    int position = 0;
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text[position++] = u'-';
        text[position++] = QLatin1Char(hex[bytes[i] >> 4]);
        text[position++] = QLatin1Char(hex[bytes[i] & 0x0F]);
    }
    return QString(text, 36);
}

quint64 nowMs()
{
    return static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
}

constexpr quint64 kRandBMask = (quint64(1) << 62) - 1;

} // namespace

QString newUuid()
{
    // One generator per process: uuids made one by one (edits) are then as close to each other
    // as bulk ones, which the sync pages send as small deltas.
    static std::mutex mutex;
    static UuidGenerator generator;
    const std::lock_guard<std::mutex> lock(mutex);
    return generator.next();
}

QString stableUuid(QStringView kind, QStringView key)
{
    // Terrain's namespace for name-based UUIDs (itself a random UUID, fixed forever).
    static const QUuid kNamespace(QStringLiteral("6f3c1a52-9b0e-4d7a-8c21-5e4f7d9a0b13"));
    return QUuid::createUuidV5(kNamespace, QString(kind + u':' + key)).toString(QUuid::WithoutBraces);
}

UuidGenerator::UuidGenerator()
{
    // The 74 bits of rand_a and rand_b are one counter (RFC 9562 section 6.2, method 1, with the
    // longest counter), seeded here from the system's random source: 11 random bits in rand_a (its
    // top bit is the guard that keeps the counter from rolling over) and 62 in rand_b. Two laptops'
    // generators collide only if, in the same millisecond, their counters meet: with 73 random bits
    // at each start and at most millions of uuids per generator, about one chance in 2^50 per pair.
    // The counter is not re-seeded each millisecond, so consecutive uuids differ by 1 in their low
    // bits (a byte on the wire) instead of by 74 random bits. Terrain's uuids name rows, they are
    // not secrets, so their being guessable from one another costs nothing.
    QRandomGenerator* random = QRandomGenerator::system();
    m_a = random->generate64() & 0x7FF;
    m_b = random->generate64() & kRandBMask;
}

QString UuidGenerator::next()
{
    // Strictly increasing, even when the clock goes back: an import only ever appends to the uuid
    // indexes instead of inserting into the middle of their pages.
    quint64 ms = std::max(nowMs(), m_lastMs);
    m_b = (m_b + 1) & kRandBMask;
    if (m_b == 0 && ++m_a > 0xFFF) {
        // The whole counter rolled over (not in this universe's lifetime from an 11-bit guarded
        // start, but correct anyway): the next millisecond keeps the order.
        m_a = 0;
        ms = m_lastMs + 1;
    }
    m_lastMs = ms;
    return format(ms, m_a, m_b);
}

bool isUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != QLatin1Char('-'))
                return false;
        } else if (!std::isxdigit(static_cast<unsigned char>(c.toLatin1()))) {
            return false;
        }
    }
    return true;
}

} // namespace terrain
