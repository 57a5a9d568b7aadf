#include "listcode.h"

#include <QRandomGenerator>

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

} // namespace terrain
