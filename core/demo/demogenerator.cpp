#include "demogenerator.h"

#include "demo/democommune.h"
#include "demo/demotext.h"
#include "demo/wordlists.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

#include <string>
#include <vector>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::DemoGenerator", text);
}

constexpr int kMaxVoters = 20'000'000;
constexpr int kMaxBureaux = 9999;
constexpr size_t kFlushBytes = 1 << 20;
constexpr qint64 kProgressRows = 8192;

const char* const kListColumns[] = {
    "TypeListe", "InfoListe", "DateCreationListe", "CodeDepartement", "CodeCommune", "NomCommune",
    "NoElecteurGeneral", "Sexe", "NomdeNaissance", "NomDusage", "Prenoms", "DateDeNaissance", "NomComNaissance",
    "DeptNaissance", "PaysNaissance", "Nationalite", "NomBureauDeVote", "NoBureauDeVote", "CodeCanton",
    "CodeCirconscription",
};
const char* const kAddressColumns[] = {
    "ComplementDeLocalisation1", "ComplementDeLocalisation2", "NumeroVoie", "TypeVoie", "LibelleVoie", "LieuDit",
};
const char* const kTailColumns[] = {"CodePostal", "VilleLocalite", "Pays"};
const char* const kCampaignColumns[] = {"Telephone", "Email"};

// A field may not hold the separator or a line break: the file is written unquoted.
bool isPlainField(const QString& text)
{
    return !text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))
        && !text.contains(QLatin1Char('"'));
}

// The department of an INSEE commune code: "49287" -> "49", "97411" -> "974", "2A004" -> "2A".
QString departmentOf(const QString& communeCode)
{
    return communeCode.startsWith(QLatin1String("97")) ? communeCode.left(3) : communeCode.left(2);
}

Status validate(const DemoOptions& options)
{
    const auto invalid = [](const QString& detail) {
        return makeError(QStringLiteral("demo.options"), tr("The demo file settings are not valid."), detail);
    };
    if (options.voters < 1 || options.voters > kMaxVoters)
        return invalid(QStringLiteral("voters must be between 1 and %1").arg(kMaxVoters));
    if (options.bureaux < 1 || options.bureaux > kMaxBureaux || options.bureaux > options.voters)
        return invalid(
            QStringLiteral("bureaux must be between 1 and %1, and no more than the voters").arg(kMaxBureaux));
    if (options.communeName.trimmed().isEmpty() || !isPlainField(options.communeName))
        return invalid(QStringLiteral("the commune name must be plain text"));
    if (options.communeCode.size() != 5 || !isPlainField(options.communeCode))
        return invalid(QStringLiteral("the commune code must have 5 characters"));
    if (options.postcode.size() != 5 || !isPlainField(options.postcode))
        return invalid(QStringLiteral("the postcode must have 5 characters"));
    return {};
}

// Spells out the rows of the list.
class RowWriter
{
public:
    RowWriter(const DemoOptions& options, const DemoCommune& commune)
        : m_options(options),
          m_commune(commune),
          m_lists(demo::wordLists()),
          m_communeName(options.communeName.toStdString()),
          m_communeCode(options.communeCode.toStdString()),
          m_department(departmentOf(options.communeCode).toStdString()),
          m_postcode(options.postcode.toStdString())
    {
        m_row.reserve(1024);
    }

    void appendHeader(std::string& out)
    {
        m_row.clear();
        for (const QString& column : demoVoterFileHeader(m_options)) {
            if (!m_row.empty())
                m_row += ';';
            m_row += column.toStdString();
        }
        finishRow(out);
    }

    void appendRow(std::string& out, const DemoPerson& person, const DemoAddress& address, int bureau, qint64 number)
    {
        using demotext::appendNumber;
        std::string& r = m_row;
        r.clear();
        const bool lce = person.nationality > 0;
        const demo::EuNationality* eu = lce ? &m_lists.euNationalities[person.nationality - 1u] : nullptr;

        r += lce ? "LCE;Liste complémentaire européenne;" : "LP;Liste principale;";
        r += "05/01/2026;";
        field(m_department);
        field(m_communeCode);
        field(m_communeName);
        appendNumber(r, number);
        r += ';';
        r += person.sex;
        r += ';';
        field(m_commune.surnames()[person.birthName]);
        if (person.usageName != DemoPerson::kNone) {
            r += m_commune.surnames()[person.usageName];
            if (person.usageName2 != DemoPerson::kNone) {
                r += '-';
                r += m_commune.surnames()[person.usageName2];
            }
        }
        r += ';';
        for (int k = 0; k < 3 && person.givenNames[k] != DemoPerson::kNone; ++k) {
            if (k > 0)
                r += ' ';
            r += m_commune.givenNames()[person.givenNames[k]];
        }
        r += ';';
        appendDate(person.birthDate);
        r += ';';
        appendBirthPlace(person, eu);
        field(eu ? eu->nationality : "Française");

        const int pollingPlaces = int(m_lists.pollingPlaces.size());
        r += m_lists.pollingPlaces[size_t(bureau % pollingPlaces)];
        if (bureau >= pollingPlaces) {
            r += " - salle ";
            appendNumber(r, bureau / pollingPlaces + 1);
        }
        r += ';';
        appendNumber(r, bureau + 1);
        r += ';';
        field(m_department + "12");
        field(m_department + "03");

        if (m_options.singleAddressColumn)
            appendSingleAddress(address);
        else
            appendAddressColumns(address);

        field(m_postcode);
        field(m_communeName);
        r += "France";
        if (m_options.campaignColumns) {
            r += ';';
            appendPhone(person);
            r += ';';
            appendEmail(person);
        }
        finishRow(out);
    }

private:
    void field(std::string_view text)
    {
        m_row += text;
        m_row += ';';
    }

    void finishRow(std::string& out)
    {
        m_row += m_options.crlf ? "\r\n" : "\n";
        if (m_options.windows1252)
            demotext::appendWindows1252(out, m_row);
        else
            out += m_row;
    }

    void appendDate(qint32 yyyymmdd)
    {
        demotext::appendNumber(m_row, yyyymmdd % 100, 2);
        m_row += '/';
        demotext::appendNumber(m_row, yyyymmdd / 100 % 100, 2);
        m_row += '/';
        demotext::appendNumber(m_row, yyyymmdd / 10000, 4);
    }

    void appendBirthPlace(const DemoPerson& person, const demo::EuNationality* eu)
    {
        switch (person.birthPlaceKind) {
        case DemoCommune::BornHere:
            field(m_communeName);
            field(m_department);
            field("France");
            break;
        case DemoCommune::BornLocal:
        case DemoCommune::BornFrance:
        case DemoCommune::BornOverseas: {
            const demo::BirthPlace& place = person.birthPlaceKind == DemoCommune::BornLocal
                ? m_lists.localBirthPlaces[person.birthPlace]
                : person.birthPlaceKind == DemoCommune::BornFrance ? m_lists.frenchBirthPlaces[person.birthPlace]
                                                                   : m_lists.overseasBirthPlaces[person.birthPlace];
            field(place.commune);
            field(place.department);
            field("France");
            break;
        }
        case DemoCommune::BornAbroad:
            field(m_lists.foreignBirthPlaces[person.birthPlace].city);
            field("99");
            field(m_lists.foreignBirthPlaces[person.birthPlace].country);
            break;
        default:
            field(eu->cities[person.birthPlace]);
            field("99");
            field(eu->country);
            break;
        }
    }

    void appendNumberText(const DemoAddress& address)
    {
        demotext::appendNumber(m_row, address.number);
        switch (address.suffix) {
        case DemoAddress::Bis:
            m_row += " bis";
            break;
        case DemoAddress::Ter:
            m_row += " ter";
            break;
        case DemoAddress::LetterB:
            m_row += 'B';
            break;
        case DemoAddress::Range:
            m_row += '-';
            demotext::appendNumber(m_row, address.number + 2);
            break;
        default:
            break;
        }
    }

    // "Résidence Les Pins Bât B" / "Bât A"
    void appendBuilding(const DemoAddress& address)
    {
        if (address.residence >= 0) {
            m_row += "Résidence ";
            m_row += m_lists.residences[size_t(address.residence)];
            if (address.building)
                m_row += ' ';
        }
        if (address.building) {
            m_row += "Bât ";
            m_row += address.building;
        }
    }

    // "Esc 2 Apt 31" / "Appartement 4"
    void appendUnit(const DemoAddress& address)
    {
        static const char* const kStyles[] = {"Apt ", "Appt ", "Appartement ", "Porte ", "Logement "};
        if (address.staircase) {
            m_row += "Esc ";
            demotext::appendNumber(m_row, address.staircase);
            if (address.unit)
                m_row += ' ';
        }
        if (address.unit) {
            m_row += kStyles[address.unitStyle];
            demotext::appendNumber(m_row, address.unit);
        }
    }

    static bool hasBuilding(const DemoAddress& a) { return a.residence >= 0 || a.building; }
    static bool hasUnit(const DemoAddress& a) { return a.staircase || a.unit; }

    void appendAddressColumns(const DemoAddress& address)
    {
        const DemoCommune::Street& street = m_commune.streets()[size_t(address.street)];
        appendBuilding(address);
        m_row += ';';
        appendUnit(address);
        m_row += ';';
        if (street.type < 0) {
            m_row += ";;;";
            field(street.name);
            return;
        }
        appendNumberText(address);
        m_row += ';';
        field(m_lists.streetTypes[size_t(street.type)].name);
        field(street.name);
        m_row += ';';
    }

    // "12 bis Rue Victor Hugo, Résidence Les Pins Bât B, Esc 2 Apt 31" / "Lieu-dit Les Noues"
    void appendSingleAddress(const DemoAddress& address)
    {
        const DemoCommune::Street& street = m_commune.streets()[size_t(address.street)];
        if (street.type < 0) {
            m_row += "Lieu-dit ";
            m_row += street.name;
        } else {
            appendNumberText(address);
            m_row += ' ';
            m_row += m_lists.streetTypes[size_t(street.type)].name;
            m_row += ' ';
            m_row += street.name;
        }
        if (hasBuilding(address)) {
            m_row += ", ";
            appendBuilding(address);
        }
        if (hasUnit(address)) {
            m_row += ", ";
            appendUnit(address);
        }
        m_row += ';';
    }

    // The spellings people really type: "06 12 34 56 78", "0612345678", "+33 6 12 34 56 78"...
    void appendPhone(const DemoPerson& person)
    {
        if (person.phone == 0)
            return;
        char digits[10];
        quint32 value = person.phone;
        for (int k = 9; k >= 1; --k) {
            digits[k] = char('0' + value % 10);
            value /= 10;
        }
        digits[0] = '0';
        const auto pairs = [&](int from, char separator) {
            for (int k = from; k < 10; k += 2) {
                if (k > from)
                    m_row += separator;
                m_row += digits[k];
                m_row += digits[k + 1];
            }
        };
        switch (person.phoneStyle) {
        case 0: // 06 12 34 56 78
            pairs(0, ' ');
            break;
        case 1: // 0612345678
            m_row.append(digits, 10);
            break;
        case 2: // +33 6 12 34 56 78
            m_row += "+33 ";
            m_row += digits[1];
            m_row += ' ';
            pairs(2, ' ');
            break;
        case 3: // 06.12.34.56.78
            pairs(0, '.');
            break;
        case 4: // +33612345678
            m_row += "+33";
            m_row.append(digits + 1, 9);
            break;
        default: // 06-12-34-56-78
            pairs(0, '-');
            break;
        }
    }

    void appendEmail(const DemoPerson& person)
    {
        if (person.emailStyle == 0)
            return;
        const auto localPart = [](const char* text) {
            std::string folded = demotext::asciiFold(text);
            std::erase_if(folded, [](char c) { return c == ' ' || c == '\''; });
            return folded;
        };
        const std::string first = localPart(m_commune.givenNames()[person.givenNames[0]]);
        const quint16 surname = person.usageName != DemoPerson::kNone ? person.usageName : person.birthName;
        const std::string last = localPart(m_commune.surnames()[surname]);
        std::string& r = m_row;
        switch (person.emailStyle) {
        case 1: // prenom.nom
            r += first + '.' + last;
            break;
        case 2: // prenomnom
            r += first + last;
            break;
        case 3: // p.nom
            r += first.substr(0, 1) + '.' + last;
            break;
        case 4: // prenom.nom42
            r += first + '.' + last;
            demotext::appendNumber(r, person.emailNumber, 2);
            break;
        case 5: // nom.prenom
            r += last + '.' + first;
            break;
        case 6: // prenom_nom
            r += first + '_' + last;
            break;
        default: // prenom.nom1975
            r += first + '.' + last;
            demotext::appendNumber(r, person.birthDate / 10000, 4);
            break;
        }
        r += '@';
        r += m_lists.emailDomains[person.emailDomain];
    }

    const DemoOptions& m_options;
    const DemoCommune& m_commune;
    const demo::WordLists& m_lists;
    const std::string m_communeName;
    const std::string m_communeCode;
    const std::string m_department;
    const std::string m_postcode;
    std::string m_row;
};

} // namespace

QStringList demoVoterFileHeader(const DemoOptions& options)
{
    QStringList columns;
    for (const char* column : kListColumns)
        columns << QLatin1String(column);
    if (options.singleAddressColumn) {
        columns << QStringLiteral("Adresse");
    } else {
        for (const char* column : kAddressColumns)
            columns << QLatin1String(column);
    }
    for (const char* column : kTailColumns)
        columns << QLatin1String(column);
    if (options.campaignColumns) {
        for (const char* column : kCampaignColumns)
            columns << QLatin1String(column);
    }
    return columns;
}

Result<DemoFileInfo> writeDemoVoterFile(const QString& path, const DemoOptions& options,
                                        const std::function<bool(qint64)>& progress)
{
    if (const Status valid = validate(options); !valid)
        return valid.error();

    QSaveFile file(path);
    const auto writeError = [&] {
        return makeError(QStringLiteral("demo.write"), tr("The demo voter file could not be written."),
                         QDir::toNativeSeparators(path) + QStringLiteral(": ") + file.errorString());
    };
    if (!file.open(QIODevice::WriteOnly))
        return writeError();

    DemoCommune commune(options);
    RowWriter writer(options, commune);
    DemoFileInfo info;
    info.bureaux = commune.bureauCount();
    info.streets = commune.streetCount();

    std::string buffer;
    buffer.reserve(kFlushBytes + 4096);
    const auto flush = [&] {
        if (buffer.empty())
            return true;
        if (file.write(buffer.data(), qint64(buffer.size())) != qint64(buffer.size()))
            return false;
        info.bytes += qint64(buffer.size());
        buffer.clear();
        return true;
    };

    if (options.byteOrderMark && !options.windows1252)
        buffer += "\xEF\xBB\xBF";
    writer.appendHeader(buffer);

    std::vector<DemoPerson> people;
    std::vector<DemoAddress> addresses;
    for (int bureau = 0; bureau < commune.bureauCount(); ++bureau) {
        info.households += commune.generateBureau(bureau, people, addresses);
        for (size_t i = 0; i < people.size(); ++i) {
            writer.appendRow(buffer, people[i], addresses[people[i].address], bureau, qint64(i) + 1);
            ++info.rows;
            if (buffer.size() >= kFlushBytes && !flush()) {
                file.cancelWriting();
                return writeError();
            }
            if (progress && info.rows % kProgressRows == 0 && !progress(info.rows)) {
                file.cancelWriting();
                return makeError(QStringLiteral("demo.cancelled"), tr("The demo voter file was cancelled."),
                                 QDir::toNativeSeparators(path));
            }
        }
    }
    if (!flush() || !file.commit())
        return writeError();
    if (progress)
        progress(info.rows);
    return info;
}

} // namespace terrain
