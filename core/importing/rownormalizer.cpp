#include "rownormalizer.h"

#include "people/valuenormalizer.h"
#include "util/textfold.h"

#include <QCoreApplication>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::RowNormalizer", text);
}

QString joined(std::initializer_list<QStringView> parts)
{
    QString out;
    for (QStringView part : parts) {
        const QStringView t = part.trimmed();
        if (t.isEmpty())
            continue;
        if (!out.isEmpty())
            out += u' ';
        out += t;
    }
    return out;
}

} // namespace

QString NormalizedRow::foldedName() const
{
    return foldText(QString((usageName.isEmpty() ? birthName : usageName) + u' ' + firstNames));
}

QString NormalizedRow::communeKey() const
{
    if (!communeCode.isEmpty())
        return communeCode;
    if (!communeName.isEmpty())
        return foldText(communeName);
    return foldText(city);
}

RowNormalizer::RowNormalizer(const ColumnMapping& mapping, const QStringList& headers, const QString& phoneRegion)
    : m_mapping(mapping),
      m_headers(headers),
      m_phones(phoneRegion),
      // French lists read "12 Grande Avenue" the French way; month-first files are American.
      m_addresses(mapping.profile.dateOrder == DateOrder::DayFirst ? AddressParser::Style::French
                                                                   : AddressParser::Style::Auto)
{
    m_columnOf.assign(importFields().size() + 1, -1);
    for (int i = 0; i < mapping.fields.size(); ++i) {
        const auto f = static_cast<size_t>(mapping.fields[i]);
        if (mapping.fields[i] != ImportField::Ignore && m_columnOf[f] < 0)
            m_columnOf[f] = i;
    }
}

QString RowNormalizer::header(int column) const
{
    return column >= 0 && column < m_headers.size() ? m_headers[column] : QString::number(column + 1);
}

int RowNormalizer::columnOf(ImportField field) const
{
    return m_columnOf[static_cast<size_t>(field)];
}

Result<NormalizedRow> RowNormalizer::normalize(const std::vector<QStringView>& fields, qint64 line) const
{
    if (static_cast<qsizetype>(fields.size()) != m_headers.size())
        return makeError(QStringLiteral("row.fields"),
                         tr("Line %1: %2 fields where the header has %3.")
                             .arg(line)
                             .arg(fields.size())
                             .arg(m_headers.size()));

    const auto value = [&](ImportField f) -> QStringView {
        const int c = columnOf(f);
        return c < 0 ? QStringView() : fields[static_cast<size_t>(c)].trimmed();
    };
    const auto invalid = [&](ImportField f, const QString& what) {
        const int c = columnOf(f);
        return makeError(QStringLiteral("row.value"),
                         tr("Line %1, column “%2”: %3").arg(line).arg(header(c), what),
                         value(f).toString());
    };

    NormalizedRow row;
    row.communeCode = value(ImportField::CommuneCode).toString();
    row.communeName = ValueNormalizer::name(value(ImportField::CommuneName));
    row.bureauCode = value(ImportField::BureauCode).toString();
    row.bureauName = ValueNormalizer::name(value(ImportField::BureauName));
    row.voterNumber = value(ImportField::VoterNumber).toString();
    row.externalId = value(ImportField::ExternalId).toString();
    row.birthName = ValueNormalizer::name(value(ImportField::BirthName));
    row.usageName = ValueNormalizer::name(value(ImportField::UsageName));
    row.firstNames = ValueNormalizer::name(value(ImportField::FirstNames));
    row.party = value(ImportField::Party).toString();
    row.notes = value(ImportField::Notes).toString();
    row.postcode = value(ImportField::Postcode).toString();
    row.city = ValueNormalizer::name(value(ImportField::City));

    if (row.birthName.isEmpty() && row.usageName.isEmpty())
        return invalid(columnOf(ImportField::BirthName) >= 0 ? ImportField::BirthName : ImportField::UsageName,
                       tr("the last name is empty."));
    if (row.birthName.isEmpty())
        row.birthName = row.usageName;
    if (row.usageName.compare(row.birthName, Qt::CaseInsensitive) == 0)
        row.usageName.clear();

    const NormalizedValue sex = ValueNormalizer::sex(value(ImportField::Sex));
    if (sex.isInvalid())
        return invalid(ImportField::Sex, tr("“%1” is not a sex (M or F).").arg(sex.raw));
    row.sex = sex.value;

    const NormalizedValue birth = ValueNormalizer::birthDate(value(ImportField::BirthDate), m_mapping.profile.dateOrder);
    if (birth.isInvalid())
        return invalid(ImportField::BirthDate,
                       tr("“%1” is not a valid date (%2).")
                           .arg(birth.raw,
                                m_mapping.profile.dateOrder == DateOrder::MonthFirst ? tr("MM/DD/YYYY")
                                                                                     : tr("DD/MM/YYYY")));
    row.birthDate = birth.value;

    if (columnOf(ImportField::Address) >= 0) {
        row.rawAddress = joined({value(ImportField::Address), value(ImportField::Complement1),
                                 value(ImportField::Complement2), value(ImportField::LieuDit)});
        row.address = m_addresses.parse(row.rawAddress);
    } else {
        row.rawAddress = joined({value(ImportField::Complement1), value(ImportField::Complement2),
                                 value(ImportField::StreetNumber), value(ImportField::StreetType),
                                 value(ImportField::StreetName), value(ImportField::LieuDit)});
        AddressParts parts;
        parts.numeroVoie = value(ImportField::StreetNumber);
        parts.typeVoie = value(ImportField::StreetType);
        parts.libelleVoie = value(ImportField::StreetName);
        parts.complementDeLocalisation1 = value(ImportField::Complement1);
        parts.complementDeLocalisation2 = value(ImportField::Complement2);
        parts.lieuDit = value(ImportField::LieuDit);
        row.address = m_addresses.parse(parts);
    }
    row.unit = joined({row.address.floor.isEmpty() ? QStringView() : QStringView(tr("Floor")),
                       row.address.floor,
                       row.address.apartment.isEmpty() ? QStringView() : QStringView(tr("Apt")),
                       row.address.apartment});

    const QStringView phone = value(ImportField::Phone);
    if (!phone.isEmpty()) {
        row.phone = m_phones.normalize(phone);
        if (!row.phone.isValid())
            row.warnings << tr("line %1: phone “%2” is not valid; kept as typed").arg(line).arg(phone.toString());
    }
    const NormalizedValue email = ValueNormalizer::email(value(ImportField::Email));
    if (!email.isEmpty()) {
        row.emailValid = email.isValid();
        row.email = email.isValid() ? email.value : email.raw;
        if (!row.emailValid)
            row.warnings << tr("line %1: email “%2” is not valid; kept as typed").arg(line).arg(email.raw);
    }

    // The stable key: commune + bureau + number on the list, else the file's own id, else
    // names and birth date (or email / phone for the campaign's own files).
    const QString folded = row.foldedName() + u'|' + foldText(row.birthName);
    row.matchKey = row.birthDate.isEmpty() ? QString() : folded + u'|' + row.birthDate;
    if (!row.voterNumber.isEmpty() && !row.bureauCode.isEmpty())
        row.voterKey = u"C:" + row.communeKey() + u':' + row.bureauCode + u':' + row.voterNumber;
    else if (!row.externalId.isEmpty())
        row.voterKey = u"X:" + row.communeKey() + u':' + row.externalId;
    else if (!row.birthDate.isEmpty())
        row.voterKey = u"N:" + row.matchKey;
    else if (!row.email.isEmpty())
        row.voterKey = u"N:" + folded + u"|@" + row.email;
    else if (!row.phone.e164.isEmpty())
        row.voterKey = u"N:" + folded + u"|+" + row.phone.e164;
    else
        return makeError(QStringLiteral("row.key"),
                         tr("Line %1: nothing identifies this person (no number on the list, voter id, birth date, "
                            "email or phone).")
                             .arg(line));
    return row;
}

} // namespace terrain
