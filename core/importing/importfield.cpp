#include "importfield.h"

#include <QCoreApplication>

namespace terrain {

const QList<ImportFieldInfo>& importFields()
{
    static const QList<ImportFieldInfo> fields = {
        {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("terrain::ImportField", "(ignore)")},
        {ImportField::CommuneCode, "commune_code", QT_TRANSLATE_NOOP("terrain::ImportField", "Commune code")},
        {ImportField::CommuneName, "commune_name", QT_TRANSLATE_NOOP("terrain::ImportField", "Commune")},
        {ImportField::BureauCode, "bureau_code", QT_TRANSLATE_NOOP("terrain::ImportField", "Bureau / precinct number")},
        {ImportField::BureauName, "bureau_name", QT_TRANSLATE_NOOP("terrain::ImportField", "Bureau / precinct name")},
        {ImportField::VoterNumber, "voter_number", QT_TRANSLATE_NOOP("terrain::ImportField", "Number on the list")},
        {ImportField::ExternalId, "external_id", QT_TRANSLATE_NOOP("terrain::ImportField", "Voter id")},
        {ImportField::BirthName, "birth_name", QT_TRANSLATE_NOOP("terrain::ImportField", "Last name (birth)")},
        {ImportField::UsageName, "usage_name", QT_TRANSLATE_NOOP("terrain::ImportField", "Usage name")},
        {ImportField::FirstNames, "first_names", QT_TRANSLATE_NOOP("terrain::ImportField", "First names")},
        {ImportField::Sex, "sex", QT_TRANSLATE_NOOP("terrain::ImportField", "Sex")},
        {ImportField::BirthDate, "birth_date", QT_TRANSLATE_NOOP("terrain::ImportField", "Birth date")},
        {ImportField::Address, "address", QT_TRANSLATE_NOOP("terrain::ImportField", "Address (one line)")},
        {ImportField::StreetNumber, "street_number", QT_TRANSLATE_NOOP("terrain::ImportField", "House number")},
        {ImportField::StreetType, "street_type", QT_TRANSLATE_NOOP("terrain::ImportField", "Street type")},
        {ImportField::StreetName, "street_name", QT_TRANSLATE_NOOP("terrain::ImportField", "Street name")},
        {ImportField::Complement1, "complement1", QT_TRANSLATE_NOOP("terrain::ImportField", "Address complement 1")},
        {ImportField::Complement2, "complement2", QT_TRANSLATE_NOOP("terrain::ImportField", "Address complement 2")},
        {ImportField::LieuDit, "lieu_dit", QT_TRANSLATE_NOOP("terrain::ImportField", "Lieu-dit")},
        {ImportField::Postcode, "postcode", QT_TRANSLATE_NOOP("terrain::ImportField", "Postcode")},
        {ImportField::City, "city", QT_TRANSLATE_NOOP("terrain::ImportField", "City")},
        {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("terrain::ImportField", "Phone")},
        {ImportField::Email, "email", QT_TRANSLATE_NOOP("terrain::ImportField", "Email")},
        {ImportField::Party, "party", QT_TRANSLATE_NOOP("terrain::ImportField", "Party")},
        {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("terrain::ImportField", "Notes")},
    };
    return fields;
}

QString importFieldKey(ImportField field)
{
    for (const ImportFieldInfo& info : importFields()) {
        if (info.field == field)
            return QString::fromLatin1(info.key);
    }
    return {};
}

QString importFieldLabel(ImportField field)
{
    for (const ImportFieldInfo& info : importFields()) {
        if (info.field == field)
            return QCoreApplication::translate("terrain::ImportField", info.label);
    }
    return {};
}

bool importFieldFromKey(QStringView key, ImportField* field)
{
    const QString k = key.trimmed().toString().toLower();
    for (const ImportFieldInfo& info : importFields()) {
        if (k == QLatin1StringView(info.key)) {
            *field = info.field;
            return true;
        }
    }
    static const QList<std::pair<const char*, ImportField>> aliases = {
        {"last_name", ImportField::BirthName}, {"nom", ImportField::BirthName},
        {"first_name", ImportField::FirstNames}, {"prenom", ImportField::FirstNames},
        {"bureau", ImportField::BureauCode}, {"precinct", ImportField::BureauCode},
        {"voter_id", ImportField::ExternalId}, {"zip", ImportField::Postcode},
        {"skip", ImportField::Ignore}, {"none", ImportField::Ignore},
    };
    for (const auto& [alias, value] : aliases) {
        if (k == QLatin1StringView(alias)) {
            *field = value;
            return true;
        }
    }
    return false;
}

} // namespace terrain
