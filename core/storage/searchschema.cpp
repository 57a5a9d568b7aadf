#include "searchschema.h"

#include "util/textfold.h"

#include <QList>

namespace terrain {

QString searchNameTerms(const QString& foldedName, QStringView birthName)
{
    const QString birth = foldText(birthName);
    if (birth.isEmpty())
        return foldedName;
    const QString words = u' ' + foldedName + u' ';
    for (QStringView word : QStringView(birth).split(u' ', Qt::SkipEmptyParts)) {
        if (!words.contains(u' ' + word + u' '))
            return foldedName + u' ' + birth;
    }
    return foldedName;
}

QString searchPhoneTerms(QStringView e164, QStringView raw)
{
    const QString international = digitsOnly(e164);
    const QString typed = digitsOnly(raw);
    if (typed.isEmpty() || typed == international)
        return international;
    if (international.isEmpty())
        return typed;
    return international + u' ' + typed;
}

} // namespace terrain
