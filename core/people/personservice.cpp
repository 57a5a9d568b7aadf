#include "personservice.h"

#include "people/addressparser.h"
#include "people/peoplequery.h"
#include "people/rowjournal.h"
#include "people/phonenormalizer.h"
#include "people/valuenormalizer.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "util/textfold.h"
#include "util/uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::PersonService", text);
}

Error invalid(const char* code, const QString& message, const QString& detail = {})
{
    return makeError(QString::fromLatin1(code), message, detail);
}

Error notFound(const char* what, qint64 id)
{
    return makeError(QStringLiteral("person.notfound"), tr("This person or record no longer exists."),
                     QStringLiteral("%1 %2").arg(QLatin1StringView(what)).arg(id));
}

Error readError(const QString& detail)
{
    return makeError(QStringLiteral("person.read"), tr("The person could not be read."), detail);
}

// As the Repository compares: NULL only equals NULL, other values compare as text.
bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant valueOf(const FieldValues& values, QStringView name, const QVariant& fallback = {})
{
    for (const auto& [field, value] : values) {
        if (field == name)
            return value;
    }
    return fallback;
}

// An ISO date, possibly partial ("1950", "1950-05"), as stored.
bool isStoredDate(const QString& text)
{
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? text[i] != u'-' : !text[i].isDigit())
            return false;
    }
    if (text.size() >= 7) {
        const int month = QStringView(text).mid(5, 2).toInt();
        if (month < 1 || month > 12)
            return false;
    }
    return text.size() < 10 || QDate::fromString(text, Qt::ISODate).isValid();
}

const QStringList& statuses()
{
    static const QStringList all{QStringLiteral("active"), QStringLiteral("moved"), QStringLiteral("deceased"),
                                 QStringLiteral("left")};
    return all;
}

bool isFlag(QStringView name)
{
    return name == u"dnc_door" || name == u"dnc_phone" || name == u"dnc_sms" || name == u"dnc_email";
}

bool isConsentTime(QStringView name)
{
    return name == u"consent_phone_at" || name == u"consent_sms_at" || name == u"consent_email_at";
}

bool isConsentSource(QStringView name)
{
    return name == u"consent_phone_source" || name == u"consent_sms_source" || name == u"consent_email_source";
}

bool isNameField(QStringView name)
{
    return name == u"last_name" || name == u"usage_name" || name == u"first_names";
}

// The columns a removed row needs to come back (undo).
QStringList rowColumns(const QString& table)
{
    if (table == u"phones")
        return {QStringLiteral("person_id"), QStringLiteral("e164"), QStringLiteral("raw"), QStringLiteral("type"),
                QStringLiteral("bad")};
    if (table == u"emails")
        return {QStringLiteral("person_id"), QStringLiteral("address"), QStringLiteral("valid"), QStringLiteral("bad")};
    return {};
}

} // namespace

PersonService::PersonService(Database& db, QString author, QString phoneRegion)
    : m_db(db),
      m_repo(db, std::move(author)),
      m_region(std::move(phoneRegion)),
      m_today(QDate::currentDate())
{
}

Status PersonService::refreshSearch(const QList<qint64>& personIds)
{
    return SearchIndex(m_db).refresh(personIds);
}

Result<qint64> PersonService::personOf(const char* table, qint64 rowId)
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT person_id FROM %1 WHERE id = ? AND deleted = 0").arg(QLatin1StringView(table)));
    st.bind(1, rowId);
    if (!st.step())
        return st.failed() ? readError(st.errorMessage()) : notFound(table, rowId);
    return st.int64(0);
}

// ---------------------------------------------------------------------------------------------
// Reading

Result<QList<TagEntry>> PersonService::allTags()
{
    QList<TagEntry> tags;
    Statement st = m_db.prepare("SELECT id, name, coalesce(color, '') FROM tags WHERE deleted = 0 ORDER BY folded, id");
    while (st.step())
        tags.append({st.int64(0), st.text(1), st.text(2)});
    if (st.failed())
        return makeError(QStringLiteral("tags.read"), tr("The tags could not be read."), st.errorMessage());
    return tags;
}

Result<PersonDetail> PersonService::load(qint64 personId)
{
    Statement st = m_db.prepare(
        "SELECT p.id, p.uuid, p.last_name, p.usage_name, p.first_names, p.sex, p.birth_date, p.voter_key,"
        " p.list_number, p.status, p.support, p.notes, p.source, p.district_id, d.kind, d.code, d.name,"
        " p.household_id, h.address_id, h.unit, a.number, a.number_to, a.suffix, s.name, a.lieu_dit, a.building,"
        " a.staircase, a.complement, a.raw, a.postcode, a.city, p.dnc_door, p.dnc_phone, p.dnc_sms, p.dnc_email,"
        " p.consent_phone_at, p.consent_phone_source, p.consent_sms_at, p.consent_sms_source, p.consent_email_at,"
        " p.consent_email_source"
        " FROM people p LEFT JOIN households h ON h.id = p.household_id LEFT JOIN addresses a ON a.id = h.address_id"
        " LEFT JOIN streets s ON s.id = a.street_id LEFT JOIN districts d ON d.id = p.district_id"
        " WHERE p.id = ? AND p.deleted = 0");
    st.bind(1, personId);
    if (!st.step())
        return st.failed() ? readError(st.errorMessage()) : notFound("people", personId);

    PersonDetail d;
    d.id = st.int64(0);
    d.uuid = st.text(1);
    d.lastName = st.text(2);
    d.usageName = st.text(3);
    d.firstNames = st.text(4);
    d.displayName = personDisplayName(d.usageName, d.lastName, d.firstNames);
    d.sex = st.text(5);
    d.birthDate = st.text(6);
    d.age = ageAt(d.birthDate, m_today);
    d.voterKey = st.text(7);
    d.listNumber = st.text(8);
    d.status = st.text(9);
    d.support = st.isNull(10) ? 0 : st.integer(10);
    d.notes = st.text(11);
    d.source = st.text(12);
    d.districtId = st.isNull(13) ? 0 : st.int64(13);
    if (st.text(14) == QLatin1StringView("bureau")) {
        d.bureauCode = st.text(15);
        d.bureauName = st.text(16);
    }
    d.householdId = st.isNull(17) ? 0 : st.int64(17);
    d.addressId = st.isNull(18) ? 0 : st.int64(18);
    d.unit = st.text(19);
    AddressLineParts address;
    if (!st.isNull(20))
        address.number = st.int64(20);
    if (!st.isNull(21))
        address.numberTo = st.int64(21);
    address.suffix = st.text(22);
    address.street = st.text(23);
    address.lieuDit = st.text(24);
    address.building = st.text(25);
    address.staircase = st.text(26);
    address.complement = st.text(27);
    address.raw = st.text(28);
    d.addressLine = formatAddressLine(address);
    d.postcode = st.text(29);
    d.city = st.text(30);
    d.doNotContact = {st.int64(31) != 0, st.int64(32) != 0, st.int64(33) != 0, st.int64(34) != 0};
    const auto consent = [&](int column) {
        ConsentEntry entry;
        if (!st.isNull(column))
            entry.at = st.int64(column);
        entry.source = st.text(column + 1);
        return entry;
    };
    d.consentPhone = consent(35);
    d.consentSms = consent(37);
    d.consentEmail = consent(39);

    if (d.householdId > 0) {
        Statement m = m_db.prepare("SELECT id, usage_name, last_name, first_names, birth_date FROM people"
                                   " WHERE household_id = ? AND id <> ? AND deleted = 0 ORDER BY birth_date, id");
        m.bind(1, d.householdId).bind(2, d.id);
        while (m.step())
            d.householdMembers.append({m.int64(0), personDisplayName(m.text(1), m.text(2), m.text(3)), m.text(4)});
    }

    Statement phones = m_db.prepare("SELECT id, e164, raw, type, bad FROM phones WHERE person_id = ? AND deleted = 0"
                                    " ORDER BY id");
    phones.bind(1, personId);
    while (phones.step())
        d.phones.append({phones.int64(0), phones.text(1), phones.text(2), phones.text(3), phones.int64(4) != 0});

    Statement emails = m_db.prepare("SELECT id, address, valid, bad FROM emails WHERE person_id = ? AND deleted = 0"
                                    " ORDER BY id");
    emails.bind(1, personId);
    while (emails.step())
        d.emails.append({emails.int64(0), emails.text(1), emails.int64(2) != 0, emails.int64(3) != 0});

    Statement tags = m_db.prepare("SELECT t.id, t.name, t.color FROM person_tags pt JOIN tags t ON t.id = pt.tag_id"
                                  " WHERE pt.person_id = ? AND pt.present = 1 AND pt.deleted = 0 AND t.deleted = 0"
                                  " ORDER BY t.folded, t.id");
    tags.bind(1, personId);
    while (tags.step())
        d.tags.append({tags.int64(0), tags.text(1), tags.text(2)});

    Statement history = m_db.prepare("SELECT tbl, field, old_value, new_value, author, at FROM change_history"
                                     " WHERE person_uuid = ? ORDER BY at DESC, id DESC");
    history.bind(1, d.uuid);
    while (history.step()) {
        d.history.append({history.text(0), history.text(1), history.text(2), history.text(3), history.text(4),
                          history.int64(5)});
    }

    // The household's own attempts (a door knocked with nobody named) belong to everyone in it.
    Statement contacts = m_db.prepare(
        "SELECT id, channel, result, support, volunteer, at, note FROM contact_attempts WHERE deleted = 0"
        " AND (person_id = ? OR (person_id IS NULL AND household_id = ?)) ORDER BY at DESC, id DESC");
    contacts.bind(1, personId).bind(2, d.householdId);
    while (contacts.step()) {
        d.contacts.append({contacts.int64(0), contacts.text(1), contacts.text(2),
                           contacts.isNull(3) ? 0 : contacts.integer(3), contacts.text(4), contacts.int64(5),
                           contacts.text(6)});
    }
    for (Statement* s : {&phones, &emails, &tags, &history, &contacts}) {
        if (s->failed())
            return readError(s->errorMessage());
    }
    return d;
}

// ---------------------------------------------------------------------------------------------
// Writing: the common steps

Result<PersonEdit> PersonService::writeFields(const char* table, qint64 personId, qint64 rowId,
                                              const FieldValues& values)
{
    if (values.empty())
        return PersonEdit{};
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));

    QStringList names;
    for (const auto& value : values)
        names << value.first;
    Statement read = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0")
                                      .arg(names.join(u','), QLatin1StringView(table)));
    read.bind(1, rowId);
    if (!read.step())
        return read.failed() ? readError(read.errorMessage()) : notFound(table, rowId);
    PersonEdit edit;
    edit.kind = PersonEdit::Kind::Fields;
    edit.table = QString::fromLatin1(table);
    edit.personId = personId;
    edit.rowId = rowId;
    for (size_t i = 0; i < values.size(); ++i) {
        const QVariant stored = read.value(static_cast<int>(i));
        // The folded name is derived: undo restores the names and it follows.
        if (sameValue(stored, values[i].second) || values[i].first == u"folded_name")
            continue;
        edit.before.emplace_back(values[i].first, stored);
        edit.after.push_back(values[i]);
    }
    read.reset();
    if (edit.after.empty())
        return PersonEdit{};

    auto written = m_repo.update(table, rowId, values);
    if (!written)
        return written.error();
    const bool searchable = qstrcmp(table, "phones") == 0
        || (qstrcmp(table, "people") == 0
            && std::any_of(edit.after.begin(), edit.after.end(),
                           [](const auto& v) { return isNameField(v.first) || v.first == u"household_id"; }));
    if (searchable) {
        if (Status s = refreshSearch({personId}); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return edit;
}

Result<PersonEdit> PersonService::addRow(const char* table, qint64 personId, const FieldValues& values)
{
    Database::Transaction tx(m_db);
    auto id = m_repo.insert(table, values);
    if (!id)
        return id.error();
    if (qstrcmp(table, "phones") == 0) {
        if (Status s = refreshSearch({personId}); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    PersonEdit edit;
    edit.kind = PersonEdit::Kind::AddedRow;
    edit.table = QString::fromLatin1(table);
    edit.personId = personId;
    edit.rowId = *id;
    edit.after = values;
    return edit;
}

Result<PersonEdit> PersonService::removeRow(const char* table, qint64 rowId)
{
    const QStringList columns = rowColumns(QString::fromLatin1(table));
    Statement read = m_db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0")
                                      .arg(columns.join(u','), QLatin1StringView(table)));
    read.bind(1, rowId);
    if (!read.step())
        return read.failed() ? readError(read.errorMessage()) : notFound(table, rowId);
    PersonEdit edit;
    edit.kind = PersonEdit::Kind::RemovedRow;
    edit.table = QString::fromLatin1(table);
    edit.rowId = rowId;
    for (int i = 0; i < columns.size(); ++i)
        edit.before.emplace_back(columns[i], read.value(i));
    edit.personId = read.int64(0);
    read.reset();

    Database::Transaction tx(m_db);
    if (Status s = m_repo.remove(table, rowId); !s)
        return s.error();
    if (qstrcmp(table, "phones") == 0) {
        if (Status s = refreshSearch({edit.personId}); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return edit;
}

Result<PersonEdit> PersonService::undo(const PersonEdit& edit)
{
    const QByteArray table = edit.table.toLatin1();
    switch (edit.kind) {
    case PersonEdit::Kind::None:
        return PersonEdit{};
    case PersonEdit::Kind::Fields:
        if (edit.table == u"people")
            return updateFields(edit.personId, edit.before);
        if (edit.table != u"phones" && edit.table != u"emails" && edit.table != u"person_tags")
            break;
        return writeFields(table.constData(), edit.personId, edit.rowId, edit.before);
    case PersonEdit::Kind::AddedRow:
        if (edit.table != u"phones" && edit.table != u"emails")
            break;
        return removeRow(table.constData(), edit.rowId);
    case PersonEdit::Kind::RemovedRow:
        if (edit.table != u"phones" && edit.table != u"emails")
            break;
        return addRow(table.constData(), edit.personId, edit.before);
    case PersonEdit::Kind::Rows:
        return undoRows(edit);
    }
    return invalid("person.undo", tr("This change cannot be undone."), edit.table);
}

Result<PersonEdit> PersonService::undoRows(const PersonEdit& edit)
{
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    auto reversed = RowJournal::reverse(m_db, m_repo, edit.rows);
    if (!reversed)
        return reversed.error();
    // The people whose rows moved (a merge moves phones between two people) are searched anew.
    QList<qint64> people{edit.personId};
    for (const RowChange& change : edit.rows) {
        if (change.table == u"people" && !people.contains(change.rowId))
            people << change.rowId;
    }
    if (Status s = refreshSearch(people); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    PersonEdit undone = edit;
    undone.rows = std::move(*reversed);
    return undone;
}

// ---------------------------------------------------------------------------------------------
// The person's own fields

Result<FieldValues> PersonService::validatePersonFields(qint64 personId, const FieldValues& values)
{
    FieldValues out;
    for (const auto& [name, value] : values) {
        const QString text = value.isNull() ? QString() : value.toString().trimmed();
        if (name == u"last_name") {
            const QString lastName = ValueNormalizer::name(text);
            if (lastName.isEmpty())
                return invalid("person.lastname", tr("The last name cannot be empty."));
            out.emplace_back(name, lastName);
        } else if (name == u"usage_name" || name == u"first_names") {
            const QString normalized = ValueNormalizer::name(text);
            out.emplace_back(name, name == u"first_names" ? QVariant(normalized) : textOrNull(normalized));
        } else if (name == u"sex") {
            if (text.isEmpty()) {
                out.emplace_back(name, QVariant());
                continue;
            }
            const NormalizedValue sex = ValueNormalizer::sex(text);
            if (!sex.isValid())
                return invalid("person.sex", tr("“%1” is not a valid sex (M or F).").arg(text));
            out.emplace_back(name, sex.value);
        } else if (name == u"birth_date") {
            if (text.isEmpty()) {
                out.emplace_back(name, QVariant());
                continue;
            }
            QString date = text;
            if (!isStoredDate(text)) {
                const NormalizedValue birth = ValueNormalizer::birthDate(text);
                if (!birth.isValid())
                    return invalid("person.birthdate", tr("“%1” is not a valid date (DD/MM/YYYY).").arg(text));
                date = birth.value;
            }
            out.emplace_back(name, date);
        } else if (name == u"support") {
            bool ok = true;
            const int level = text.isEmpty() ? 0 : text.toInt(&ok);
            if (!ok || level < 0 || level > 5)
                return invalid("person.support", tr("The support level must be between 1 and 5."), text);
            out.emplace_back(name, level == 0 ? QVariant() : QVariant(level));
        } else if (name == u"status") {
            if (!statuses().contains(text))
                return invalid("person.status", tr("“%1” is not a valid status.").arg(text));
            out.emplace_back(name, text);
        } else if (name == u"notes") {
            out.emplace_back(name, textOrNull(value.toString()));
        } else if (name == u"household_id") {
            if (value.isNull() || value.toLongLong() <= 0) {
                out.emplace_back(name, QVariant());
                continue;
            }
            Statement st = m_db.prepare("SELECT 1 FROM households WHERE id = ? AND deleted = 0");
            st.bind(1, value.toLongLong());
            if (!st.step())
                return invalid("person.household", tr("This household no longer exists."), text);
            out.emplace_back(name, value.toLongLong());
        } else if (isFlag(name)) {
            out.emplace_back(name, value.toBool() ? 1 : 0);
        } else if (isConsentTime(name)) {
            bool ok = true;
            const qint64 at = text.isEmpty() ? 0 : text.toLongLong(&ok);
            if (!ok || at < 0)
                return invalid("person.consent", tr("The consent time is not valid."), text);
            out.emplace_back(name, text.isEmpty() ? QVariant() : QVariant(at));
        } else if (isConsentSource(name)) {
            out.emplace_back(name, textOrNull(text));
        } else {
            return invalid("person.field", tr("This field cannot be edited here."), name);
        }
    }

    // The folded name follows the names (sorting and the one-letter search use it). A new
    // person (id 0) gets it from addPerson().
    if (personId > 0 && std::any_of(out.begin(), out.end(), [](const auto& v) { return isNameField(v.first); })) {
        Statement st = m_db.prepare("SELECT last_name, usage_name, first_names FROM people WHERE id = ?");
        st.bind(1, personId);
        if (!st.step())
            return notFound("people", personId);
        const QString lastName = valueOf(out, u"last_name", st.text(0)).toString();
        const QString usageName = valueOf(out, u"usage_name", st.text(1)).toString();
        const QString firstNames = valueOf(out, u"first_names", st.text(2)).toString();
        out.emplace_back(QStringLiteral("folded_name"), foldedPersonName(usageName, lastName, firstNames));
    }
    return out;
}

Result<PersonEdit> PersonService::updateFields(qint64 personId, const FieldValues& values)
{
    auto checked = validatePersonFields(personId, values);
    if (!checked)
        return checked.error();
    return writeFields("people", personId, personId, *checked);
}

Result<PersonEdit> PersonService::moveToHousehold(qint64 personId, qint64 householdId)
{
    return updateFields(personId, {{QStringLiteral("household_id"), householdId > 0 ? QVariant(householdId)
                                                                                     : QVariant()}});
}

// ---------------------------------------------------------------------------------------------
// Phones and emails

Result<PersonEdit> PersonService::addPhone(qint64 personId, const QString& raw, const QString& region)
{
    if (auto person = load(personId); !person)
        return person.error();
    const NormalizedPhone phone = PhoneNormalizer(region.isEmpty() ? m_region : region).normalize(raw);
    if (phone.raw.isEmpty())
        return invalid("phone.empty", tr("The phone number is empty."));
    Statement dup = m_db.prepare("SELECT 1 FROM phones WHERE person_id = ? AND deleted = 0"
                                 " AND ((e164 IS NOT NULL AND e164 = ?) OR raw = ?)");
    dup.bind(1, personId).bind(2, textOrNull(phone.e164)).bind(3, phone.raw);
    if (dup.step())
        return invalid("phone.duplicate", tr("This person already has this phone number."), phone.raw);
    return addRow("phones", personId,
                  {{QStringLiteral("person_id"), personId},
                   {QStringLiteral("e164"), textOrNull(phone.e164)},
                   {QStringLiteral("raw"), phone.raw},
                   {QStringLiteral("type"), PhoneNormalizer::typeName(phone.type)},
                   {QStringLiteral("bad"), 0}});
}

Result<PersonEdit> PersonService::updatePhone(qint64 phoneId, const QString& raw, const QString& region)
{
    auto person = personOf("phones", phoneId);
    if (!person)
        return person.error();
    const NormalizedPhone phone = PhoneNormalizer(region.isEmpty() ? m_region : region).normalize(raw);
    if (phone.raw.isEmpty())
        return invalid("phone.empty", tr("The phone number is empty."));
    return writeFields("phones", *person, phoneId,
                       {{QStringLiteral("e164"), textOrNull(phone.e164)},
                        {QStringLiteral("raw"), phone.raw},
                        {QStringLiteral("type"), PhoneNormalizer::typeName(phone.type)}});
}

Result<PersonEdit> PersonService::setPhoneBad(qint64 phoneId, bool bad)
{
    auto person = personOf("phones", phoneId);
    if (!person)
        return person.error();
    return writeFields("phones", *person, phoneId, {{QStringLiteral("bad"), bad ? 1 : 0}});
}

Result<PersonEdit> PersonService::removePhone(qint64 phoneId)
{
    return removeRow("phones", phoneId);
}

Result<PersonEdit> PersonService::addEmail(qint64 personId, const QString& address)
{
    if (auto person = load(personId); !person)
        return person.error();
    const NormalizedValue email = ValueNormalizer::email(address);
    if (!email.isValid())
        return invalid("email.invalid", tr("“%1” is not a valid email address.").arg(address.trimmed()));
    Statement dup = m_db.prepare("SELECT 1 FROM emails WHERE person_id = ? AND deleted = 0 AND lower(address) = ?");
    dup.bind(1, personId).bind(2, email.value);
    if (dup.step())
        return invalid("email.duplicate", tr("This person already has this email address."), email.value);
    return addRow("emails", personId,
                  {{QStringLiteral("person_id"), personId},
                   {QStringLiteral("address"), email.value},
                   {QStringLiteral("valid"), 1},
                   {QStringLiteral("bad"), 0}});
}

Result<PersonEdit> PersonService::updateEmail(qint64 emailId, const QString& address)
{
    auto person = personOf("emails", emailId);
    if (!person)
        return person.error();
    const NormalizedValue email = ValueNormalizer::email(address);
    if (!email.isValid())
        return invalid("email.invalid", tr("“%1” is not a valid email address.").arg(address.trimmed()));
    return writeFields("emails", *person, emailId,
                       {{QStringLiteral("address"), email.value}, {QStringLiteral("valid"), 1}});
}

Result<PersonEdit> PersonService::setEmailBad(qint64 emailId, bool bad)
{
    auto person = personOf("emails", emailId);
    if (!person)
        return person.error();
    return writeFields("emails", *person, emailId, {{QStringLiteral("bad"), bad ? 1 : 0}});
}

Result<PersonEdit> PersonService::removeEmail(qint64 emailId)
{
    return removeRow("emails", emailId);
}

// ---------------------------------------------------------------------------------------------
// Tags

Result<PersonEdit> PersonService::addTag(qint64 personId, const QString& name)
{
    const QString tagName = ValueNormalizer::name(name);
    const QString folded = foldText(tagName);
    if (folded.isEmpty())
        return invalid("tag.empty", tr("The tag name is empty."));
    if (auto person = load(personId); !person)
        return person.error();

    Database::Transaction tx(m_db);
    qint64 tagId = 0;
    // A new tag's identity is its folded name: the same tag made on two laptops is one row.
    const QString tagUuid = stableUuid(u"tags", folded);
    Statement find = m_db.prepare("SELECT id FROM tags WHERE (folded = ? AND deleted = 0) OR uuid = ?"
                                  " ORDER BY deleted, id LIMIT 1");
    find.bind(1, folded).bind(2, tagUuid);
    if (find.step()) {
        tagId = find.int64(0);
    } else {
        auto created = m_repo.insert("tags", {{QStringLiteral("name"), tagName}, {QStringLiteral("folded"), folded}},
                                     tagUuid);
        if (!created)
            return created.error();
        tagId = *created;
    }

    // Tags are child rows with a "present" flag: taking one off and on again never conflicts.
    Statement link = m_db.prepare("SELECT id, deleted FROM person_tags WHERE person_id = ? AND tag_id = ?");
    link.bind(1, personId).bind(2, tagId);
    PersonEdit edit;
    if (link.step()) {
        if (link.int64(1) != 0)
            return invalid("tag.deleted", tr("This tag cannot be given again."), QString::number(link.int64(0)));
        auto written = writeFields("person_tags", personId, link.int64(0), {{QStringLiteral("present"), 1}});
        if (!written)
            return written.error();
        edit = *written;
    } else {
        // Its identity is the person's and the tag's: given on two laptops, it is one row.
        auto uuids = m_db.prepare("SELECT (SELECT uuid FROM people WHERE id = ?), (SELECT uuid FROM tags WHERE id = ?)");
        uuids.bind(1, personId).bind(2, tagId);
        if (!uuids.step())
            return readError(uuids.errorMessage());
        auto id = m_repo.insert("person_tags",
                                {{QStringLiteral("person_id"), personId},
                                 {QStringLiteral("tag_id"), tagId},
                                 {QStringLiteral("present"), 1}},
                                stableUuid(u"person_tags", QString(uuids.text(0) + u':' + uuids.text(1))));
        if (!id)
            return id.error();
        edit = {PersonEdit::Kind::Fields, QStringLiteral("person_tags"), personId, *id,
                {{QStringLiteral("present"), 0}}, {{QStringLiteral("present"), 1}}, {}};
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return edit;
}

Result<PersonEdit> PersonService::removeTag(qint64 personId, qint64 tagId)
{
    Statement link = m_db.prepare("SELECT id FROM person_tags WHERE person_id = ? AND tag_id = ? AND deleted = 0");
    link.bind(1, personId).bind(2, tagId);
    if (!link.step())
        return PersonEdit{};
    return writeFields("person_tags", personId, link.int64(0), {{QStringLiteral("present"), 0}});
}

} // namespace terrain
