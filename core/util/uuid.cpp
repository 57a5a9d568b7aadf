#include "uuid.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

namespace terrain {

namespace {

// ms: 48 bits of Unix milliseconds; a: the 12 bits after the version (rand_a); b: the rest.
QString format(quint64 ms, quint64 a, quint64 b)
{
    std::array<unsigned char, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[static_cast<size_t>(i)] = static_cast<unsigned char>(ms >> (40 - 8 * i));
    bytes[6] = static_cast<unsigned char>((a >> 8) & 0x0F);
    bytes[7] = static_cast<unsigned char>(a & 0xFF);
    for (int i = 0; i < 8; ++i)
        bytes[static_cast<size_t>(8 + i)] = static_cast<unsigned char>(b >> (8 * i));
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant

    static constexpr char hex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += QLatin1Char('-');
        text += QLatin1Char(hex[bytes[i] >> 4]);
        text += QLatin1Char(hex[bytes[i] & 0x0F]);
    }
    return text;
}

quint64 nowMs()
{
    return static_cast<quint64>(QDateTime::currentMSecsSinceEpoch());
}

// xorshift128+: fast, and good enough once seeded from the system.
quint64 nextRandom(quint64 (&s)[2])
{
    quint64 x = s[0];
    const quint64 y = s[1];
    s[0] = y;
    x ^= x << 23;
    s[1] = x ^ y ^ (x >> 17) ^ (y >> 26);
    return s[1] + y;
}

} // namespace

QString newUuid()
{
    QRandomGenerator* random = QRandomGenerator::system();
    return format(nowMs(), random->generate64(), random->generate64());
}

QString stableUuid(QStringView kind, QStringView key)
{
    // Terrain's namespace for name-based UUIDs (itself a random UUID, fixed forever).
    static const QUuid kNamespace(QStringLiteral("6f3c1a52-9b0e-4d7a-8c21-5e4f7d9a0b13"));
    return QUuid::createUuidV5(kNamespace, QString(kind + u':' + key)).toString(QUuid::WithoutBraces);
}

UuidGenerator::UuidGenerator()
{
    m_state[0] = QRandomGenerator::system()->generate64() | 1;
    m_state[1] = QRandomGenerator::system()->generate64();
}

QString UuidGenerator::next()
{
    // Strictly increasing (RFC 9562, method 1: a counter in rand_a): a bulk import then only
    // ever appends to the uuid indexes instead of inserting into the middle of their pages.
    quint64 ms = nowMs();
    if (ms <= m_lastMs) {
        ms = m_lastMs;
        if (++m_counter > 0xFFF) {
            ++ms;
            m_counter = nextRandom(m_state) & 0x3FF;
        }
    } else {
        m_counter = nextRandom(m_state) & 0x3FF;
    }
    m_lastMs = ms;
    return format(ms, m_counter, nextRandom(m_state));
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
