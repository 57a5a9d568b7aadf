#pragma once

#include "importing/importprofile.h"
#include "people/addressparser.h"
#include "people/phonenormalizer.h"
#include "util/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace terrain {

// One row of a voter file, as it will be stored.
struct NormalizedRow
{
    QString communeCode;
    QString communeName;
    QString bureauCode;
    QString bureauName;
    QString voterNumber;
    QString externalId;
    QString birthName;
    QString usageName;
    QString firstNames;
    QString sex;
    QString birthDate;
    ParsedAddress address;
    QString rawAddress; // the address as the file gave it, in one line
    QString postcode;
    QString city;
    QString unit;       // floor / apartment: what tells households of one building apart
    NormalizedPhone phone;
    QString email;
    bool emailValid = false;
    QString party;
    QString notes;

    QString voterKey;   // the stable key a newer extract is matched on
    QString matchKey;   // folded names + birth date, the fallback match
    QStringList warnings; // kept but flagged (an invalid phone or email)

    bool hasAddress() const { return !rawAddress.isEmpty() || !city.isEmpty() || !postcode.isEmpty(); }
    // The folded sort and match form of the name: "dupont jean".
    QString foldedName() const;
    // The commune's key: its code, else its folded name, else the folded city.
    QString communeKey() const;
};

// Turns a CSV record into a NormalizedRow through a column mapping. Errors name the line,
// the column and the value, for the rejects file and the preview.
class RowNormalizer final
{
public:
    RowNormalizer(const ColumnMapping& mapping, const QStringList& headers, const QString& phoneRegion);

    Result<NormalizedRow> normalize(const std::vector<QStringView>& fields, qint64 line) const;

private:
    QString header(int column) const;
    int columnOf(ImportField field) const;

    ColumnMapping m_mapping;
    QStringList m_headers;
    PhoneNormalizer m_phones;
    AddressParser m_addresses;
    std::vector<int> m_columnOf; // ImportField -> column, or -1
};

} // namespace terrain
