#include "importprofile.h"

#include "storage/database.h"
#include "sync/repository.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ImportProfile", text);
}

using F = ImportField;

ImportProfile makeProfile(const char* id, const char* name, DateOrder order, bool fullList,
                          const QList<std::pair<F, QStringList>>& synonyms)
{
    ImportProfile profile;
    profile.id = QString::fromLatin1(id);
    profile.name = QCoreApplication::translate("terrain::ImportProfile", name);
    profile.dateOrder = order;
    profile.fullList = fullList;
    for (const auto& [field, names] : synonyms) {
        for (const QString& n : names)
            profile.columns.insert(headerKey(n), field);
    }
    return profile;
}

QStringList words(const char* list)
{
    return QString::fromUtf8(list).split(u'|');
}

// Columns every French profile drops on purpose (see ImportField).
const QList<std::pair<F, QStringList>> kFrenchDropped = {
    {F::Ignore,
     words("TypeListe|InfoListe|DateCreationListe|CodeDepartement|NomComNaissance|DeptNaissance|PaysNaissance|"
           "Nationalite|CodeCanton|CodeCirconscription|Pays|Lieu de naissance|Commune de naissance|"
           "Département de naissance|Pays de naissance|Nationalité|Canton|Circonscription")},
};

} // namespace

QString headerKey(QStringView header)
{
    QString folded = foldText(header);
    folded.remove(u' ');
    return folded;
}

bool ImportProfile::fieldFor(const QString& header, ImportField* field) const
{
    const auto it = columns.constFind(headerKey(header));
    if (it == columns.constEnd())
        return false;
    *field = it.value();
    return true;
}

QJsonObject ImportProfile::toJson() const
{
    QJsonObject mapping;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it)
        mapping.insert(it.key(), importFieldKey(it.value()));
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("date_order"),
                        dateOrder == DateOrder::MonthFirst ? QStringLiteral("month-first") : QStringLiteral("day-first")},
                       {QStringLiteral("full_list"), fullList},
                       {QStringLiteral("columns"), mapping}};
}

Result<ImportProfile> ImportProfile::fromJson(const QJsonObject& json)
{
    ImportProfile profile;
    profile.builtIn = false;
    profile.name = json.value(QStringLiteral("name")).toString();
    profile.dateOrder = json.value(QStringLiteral("date_order")).toString() == QLatin1StringView("month-first")
        ? DateOrder::MonthFirst
        : DateOrder::DayFirst;
    profile.fullList = json.value(QStringLiteral("full_list")).toBool(true);
    const QJsonObject mapping = json.value(QStringLiteral("columns")).toObject();
    for (auto it = mapping.constBegin(); it != mapping.constEnd(); ++it) {
        ImportField field;
        if (!importFieldFromKey(it.value().toString(), &field))
            return makeError(QStringLiteral("profile.field"), tr("The saved profile names an unknown field."),
                             it.value().toString());
        profile.columns.insert(it.key(), field);
    }
    return profile;
}

const QList<ImportProfile>& builtInProfiles()
{
    static const QList<ImportProfile> profiles = [] {
        QList<std::pair<F, QStringList>> list2013 = kFrenchDropped;
        list2013 += QList<std::pair<F, QStringList>>{
            {F::CommuneCode, {QStringLiteral("CodeCommune")}},
            {F::CommuneName, {QStringLiteral("NomCommune")}},
            {F::VoterNumber, {QStringLiteral("NoElecteurGeneral")}},
            {F::Sex, {QStringLiteral("Sexe")}},
            {F::BirthName, {QStringLiteral("NomdeNaissance")}},
            {F::UsageName, {QStringLiteral("NomDusage")}},
            {F::FirstNames, {QStringLiteral("Prenoms")}},
            {F::BirthDate, {QStringLiteral("DateDeNaissance")}},
            {F::BureauName, {QStringLiteral("NomBureauDeVote")}},
            {F::BureauCode, {QStringLiteral("NoBureauDeVote")}},
            {F::Complement1, {QStringLiteral("ComplementDeLocalisation1")}},
            {F::Complement2, {QStringLiteral("ComplementDeLocalisation2")}},
            {F::StreetNumber, {QStringLiteral("NumeroVoie")}},
            {F::StreetType, {QStringLiteral("TypeVoie")}},
            {F::StreetName, {QStringLiteral("LibelleVoie")}},
            {F::LieuDit, {QStringLiteral("LieuDit")}},
            {F::Postcode, {QStringLiteral("CodePostal")}},
            {F::City, {QStringLiteral("VilleLocalite")}},
            {F::Phone, {QStringLiteral("Telephone")}},
            {F::Email, {QStringLiteral("Email")}},
        };

        QList<std::pair<F, QStringList>> singleAddress = kFrenchDropped;
        singleAddress += QList<std::pair<F, QStringList>>{
            {F::CommuneCode, words("Code commune|CodeCommune|Code INSEE|INSEE|Commune INSEE")},
            {F::CommuneName, words("Commune|Nom commune|NomCommune|Nom de la commune")},
            {F::BureauCode, words("Bureau|N° bureau|Numéro bureau|No bureau|Num bureau|Bureau de vote|BV|"
                                  "Code bureau|NoBureauDeVote|Numéro du bureau")},
            {F::BureauName, words("Nom bureau|Libellé bureau|Lieu de vote|NomBureauDeVote|Nom du bureau")},
            {F::VoterNumber, words("Numéro|N° électeur|Numéro d'ordre|Num ordre|N° d'ordre|No électeur|"
                                   "Numéro électeur|NoElecteurGeneral|Numéro dans le bureau|Rang")},
            {F::BirthName, words("Nom|Nom de naissance|Nom patronymique|Nom de famille|NomdeNaissance")},
            {F::UsageName, words("Nom d'usage|Nom usage|Nom marital|Nom d'épouse|NomDusage")},
            {F::FirstNames, words("Prénom|Prénoms|Prenoms")},
            {F::Sex, words("Sexe|Civilité|Genre")},
            {F::BirthDate, words("Date de naissance|Date naissance|Né le|Née le|Né(e) le|Naissance|DateDeNaissance")},
            {F::Address, words("Adresse|Adresse complète|Adresse postale|Adresse 1|Adresse1|Adresse ligne 1|"
                               "Adresse de résidence|Domicile")},
            {F::Complement1, words("Complément|Complément d'adresse|Complément adresse|Adresse 2|Adresse2|"
                                   "Bâtiment|Résidence")},
            {F::LieuDit, words("Lieu-dit|Lieu dit|LieuDit")},
            {F::Postcode, words("Code postal|CP|CodePostal")},
            {F::City, words("Ville|Localité|Commune de résidence|VilleLocalite")},
            {F::Phone, words("Téléphone|Tél|Tel|Portable|Mobile|Tél portable|Téléphone portable|Telephone")},
            {F::Email, words("Email|E-mail|Courriel|Mail|Adresse email|Adresse e-mail|Adresse électronique")},
            {F::Notes, words("Notes|Note|Commentaire|Commentaires|Observations")},
        };

        const QList<std::pair<F, QStringList>> generic = {
            {F::ExternalId, words("Voter ID|VoterID|Voter_ID|ID|Registrant ID|SOS VoterID|State Voter ID|"
                                  "Registration Number|Voter Number|VUID")},
            {F::CommuneName, words("County|County Name|Municipality|Jurisdiction")},
            {F::CommuneCode, words("County Code|County ID|FIPS")},
            {F::BureauCode, words("Precinct|Precinct Code|Precinct Number|Pct|Precinct ID|Ward Precinct")},
            {F::BureauName, words("Precinct Name|Polling Place")},
            {F::BirthName, words("Last Name|LastName|Last|Surname|Family Name|Name Last")},
            {F::FirstNames, words("First Name|FirstName|First|Given Name|Name First")},
            {F::Sex, words("Gender|Sex")},
            {F::BirthDate, words("Birth Date|Birthdate|DOB|Date of Birth|Birth_Date")},
            {F::Address, words("Address|Residential Address|Street Address|Res Address|Address1|Address 1|Addr|"
                               "Residence Address|Mailing Address")},
            {F::StreetNumber, words("House Number|Street Number|Res House Number|House No")},
            {F::StreetName, words("Street Name|Res Street Name|Street")},
            {F::Complement2, words("Apt|Unit|Apartment|Apt Number|Unit Number|Address2|Address 2")},
            {F::City, words("City|Res City|Residence City|Town")},
            {F::Postcode, words("Zip|Zip Code|ZipCode|Postal Code|Zip5|Res Zip")},
            {F::Phone, words("Phone|Phone Number|Telephone|Cell|Cell Phone|Mobile|Home Phone")},
            {F::Email, words("Email|Email Address|E-mail")},
            {F::Party, words("Party|Party Affiliation|Party Code|Political Party")},
            {F::Notes, words("Notes|Comments")},
            {F::Ignore, words("Middle Name|Middle|Suffix|Name Suffix|Status|Voter Status|Registration Date|"
                              "Race|Ethnicity|Birthplace|Place of Birth")},
        };

        return QList<ImportProfile>{
            makeProfile("fr-liste-electorale", QT_TRANSLATE_NOOP("terrain::ImportProfile", "France: liste électorale"),
                        DateOrder::DayFirst, true, list2013),
            makeProfile("fr-adresse-unique",
                        QT_TRANSLATE_NOOP("terrain::ImportProfile", "France: extract with one address column"),
                        DateOrder::DayFirst, true, singleAddress),
            makeProfile("generic", QT_TRANSLATE_NOOP("terrain::ImportProfile", "Generic voter file"),
                        DateOrder::MonthFirst, true, generic),
        };
    }();
    return profiles;
}

ColumnMapping mapColumns(const ImportProfile& profile, const QStringList& headers)
{
    ColumnMapping mapping;
    mapping.profile = profile;
    QList<ImportField> used;
    for (const QString& header : headers) {
        ImportField field = ImportField::Ignore;
        if (profile.fieldFor(header, &field)) {
            ++mapping.recognised;
            // Two columns never feed one field: the first keeps it.
            if (field != ImportField::Ignore && used.contains(field))
                field = ImportField::Ignore;
            used << field;
        }
        mapping.fields << field;
    }
    return mapping;
}

ColumnMapping proposeMapping(const QList<ImportProfile>& candidates, const QStringList& headers)
{
    ColumnMapping best;
    bool first = true;
    for (const ImportProfile& profile : candidates) {
        ColumnMapping mapping = mapColumns(profile, headers);
        if (first || mapping.recognised > best.recognised)
            best = std::move(mapping);
        first = false;
    }
    return best;
}

Status applyOverrides(ColumnMapping& mapping, const QStringList& headers, const QStringList& overrides)
{
    for (const QString& override : overrides) {
        const qsizetype eq = override.lastIndexOf(u'=');
        if (eq <= 0)
            return makeError(QStringLiteral("mapping.syntax"), tr("A column mapping must read COLUMN=FIELD."),
                             override);
        const QString column = override.left(eq).trimmed();
        const QString fieldKey = override.mid(eq + 1).trimmed();
        ImportField field;
        if (!importFieldFromKey(fieldKey, &field))
            return makeError(QStringLiteral("mapping.field"), tr("Unknown field in the column mapping."), fieldKey);
        int index = -1;
        bool isNumber = false;
        const int number = column.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= headers.size()) {
            index = number - 1;
        } else {
            for (int i = 0; i < headers.size(); ++i) {
                if (headers[i] == column || headerKey(headers[i]) == headerKey(column)) {
                    index = i;
                    break;
                }
            }
        }
        if (index < 0)
            return makeError(QStringLiteral("mapping.column"), tr("The file has no such column."), column);
        // The field moves: whichever column had it before now has nothing.
        if (field != ImportField::Ignore) {
            for (ImportField& other : mapping.fields) {
                if (other == field)
                    other = ImportField::Ignore;
            }
        }
        mapping.fields[index] = field;
    }
    return {};
}

Status validateMapping(const ColumnMapping& mapping)
{
    const auto has = [&](ImportField f) { return mapping.fields.contains(f); };
    if (!has(ImportField::BirthName) && !has(ImportField::UsageName))
        return makeError(QStringLiteral("mapping.noname"),
                         tr("No column is mapped to a last name: map one before importing."));
    return {};
}

ProfileStore::ProfileStore(Database& db)
    : m_db(db)
{
}

QList<ImportProfile> ProfileStore::userProfiles() const
{
    QList<ImportProfile> profiles;
    Statement st = m_db.prepare("SELECT uuid, definition FROM import_profiles WHERE deleted = 0 ORDER BY name");
    while (st.step()) {
        const QJsonObject json = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
        auto profile = ImportProfile::fromJson(json);
        if (!profile)
            continue;
        profile->id = st.text(0);
        profiles << *profile;
    }
    return profiles;
}

QList<ImportProfile> ProfileStore::allProfiles() const
{
    return builtInProfiles() + userProfiles();
}

Result<ImportProfile> ProfileStore::find(const QString& idOrName) const
{
    for (const ImportProfile& profile : allProfiles()) {
        if (profile.id == idOrName || profile.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return makeError(QStringLiteral("profile.unknown"), tr("No import profile has this name."), idOrName);
}

Result<ImportProfile> ProfileStore::save(const QString& name, const ColumnMapping& mapping, const QStringList& headers)
{
    if (name.trimmed().isEmpty())
        return makeError(QStringLiteral("profile.name"), tr("Give the profile a name."));
    ImportProfile profile;
    profile.builtIn = false;
    profile.name = name.trimmed();
    profile.dateOrder = mapping.profile.dateOrder;
    profile.fullList = mapping.profile.fullList;
    for (int i = 0; i < headers.size() && i < mapping.fields.size(); ++i)
        profile.columns.insert(headerKey(headers[i]), mapping.fields[i]);
    const QString definition = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));

    Repository repo(m_db);
    Statement existing = m_db.prepare("SELECT id, uuid FROM import_profiles WHERE deleted = 0 AND name = ?");
    existing.bind(1, profile.name);
    if (existing.step()) {
        profile.id = existing.text(1);
        if (auto s = repo.update("import_profiles", existing.int64(0), {{QStringLiteral("definition"), definition}}); !s)
            return s.error();
        return profile;
    }
    auto id = repo.insert("import_profiles",
                          {{QStringLiteral("name"), profile.name}, {QStringLiteral("definition"), definition}});
    if (!id)
        return id.error();
    profile.id = repo.uuidOf("import_profiles", *id).value();
    return profile;
}

} // namespace terrain
