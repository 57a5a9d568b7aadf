#include "listcode.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <tuple>

namespace terrain {

namespace {
constexpr int kCodeLength = 6;
}

QLatin1StringView listCodeAlphabet()
{
    return QLatin1StringView("23456789ABCDEFGHJKMNPQRSTWXYZ");
}

QString newListCode(QRandomGenerator& random)
{
    const QLatin1StringView alphabet = listCodeAlphabet();
    QString code;
    code.reserve(kCodeLength);
    for (int i = 0; i < kCodeLength; ++i)
        code += QLatin1Char(alphabet[random.bounded(static_cast<int>(alphabet.size()))]);
    return code;
}

QString normalizeListCode(QStringView typed)
{
    QString code;
    for (QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        code += c.toUpper();
    }
    return code;
}

bool isListCode(QStringView code)
{
    if (code.size() != kCodeLength)
        return false;
    for (QChar c : code) {
        if (!listCodeAlphabet().contains(c))
            return false;
    }
    return true;
}

bool keepsListCode(const ListCodeClaim& a, const ListCodeClaim& b)
{
    const bool aOut = a.status != u"new";
    const bool bOut = b.status != u"new";
    if (aOut != bOut)
        return aOut;
    return std::tie(a.createdAt, a.uuid) < std::tie(b.createdAt, b.uuid);
}

QString derivedListCode(QStringView uuid, int attempt)
{
    const QByteArray digest = QCryptographicHash::hash(
        (uuid.toString() + u'/' + QString::number(attempt)).toUtf8(), QCryptographicHash::Sha256);
    const QLatin1StringView alphabet = listCodeAlphabet();
    QString code;
    code.reserve(kCodeLength);
    for (int i = 0; i < kCodeLength; ++i)
        code += QLatin1Char(alphabet[static_cast<unsigned char>(digest[i]) % alphabet.size()]);
    return code;
}

} // namespace terrain
