#pragma once

#include <QString>
#include <QStringList>

namespace terrain {

// What a column of a voter file can map to. Place of birth and nationality are read
// only to be dropped: the campaign does not need them and must never segment by them.
enum class ImportField {
    Ignore,
    CommuneCode,
    CommuneName,
    BureauCode,
    BureauName,
    VoterNumber, // numéro d'ordre on the list (NoElecteurGeneral)
    ExternalId,  // a file's own voter id (US state files)
    BirthName,   // nom de naissance / last name
    UsageName,   // nom d'usage
    FirstNames,
    Sex,
    BirthDate,
    Address,     // one free-text address line
    StreetNumber,
    StreetType,
    StreetName,
    Complement1,
    Complement2,
    LieuDit,
    Postcode,
    City,
    Phone,
    Email,
    Party,
    Notes,
};

struct ImportFieldInfo
{
    ImportField field;
    const char* key;   // stable name used in profiles and on the command line
    const char* label; // translatable (context "terrain::ImportField")
};

const QList<ImportFieldInfo>& importFields();
QString importFieldKey(ImportField field);
QString importFieldLabel(ImportField field); // translated
// Accepts the stable key ("birth_name") or a few obvious aliases ("last_name", "nom").
bool importFieldFromKey(QStringView key, ImportField* field);

} // namespace terrain
