#include "personservice.h"

#include "people/addressparser.h"
#include "people/rowjournal.h"
#include "people/peoplequery.h"
#include "people/phonenormalizer.h"
#include "people/valuenormalizer.h"
#include "search/searchindex.h"
#include "storage/database.h"
#include "util/textfold.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

// PersonService: the records themselves: adding someone not on the list, merging two
// records of one person.

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

Error sameRecord()
{
    return makeError(QStringLiteral("merge.same"), tr("A person cannot be merged with themselves."));
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

bool isNameField(QStringView name)
{
    return name == u"last_name" || name == u"usage_name" || name == u"first_names";
}

// The fields of keep that drop fills: keep's values win, drop's fill what keep lacks;
// do-not-contact flags are united. Household and bureau come as a whole.
FieldValues mergeFill(const PersonDetail& keep, const PersonDetail& drop)
{
    FieldValues fill;
    const auto text = [&](const char* field, const QString& kept, const QString& dropped) {
        if (kept.isEmpty() && !dropped.isEmpty())
            fill.emplace_back(QString::fromLatin1(field), dropped);
    };
    text("last_name", keep.lastName, drop.lastName);
    text("usage_name", keep.usageName, drop.usageName);
    text("first_names", keep.firstNames, drop.firstNames);
    text("sex", keep.sex, drop.sex);
    text("birth_date", keep.birthDate, drop.birthDate);
    text("notes", keep.notes, drop.notes);
    if (keep.voterKey.isEmpty() && !drop.voterKey.isEmpty()) {
        // The list's key moves to the record kept, so that the next import updates it.
        fill.emplace_back(QStringLiteral("voter_key"), drop.voterKey);
        fill.emplace_back(QStringLiteral("list_number"), textOrNull(drop.listNumber));
    }
    if (keep.support == 0 && drop.support > 0)
        fill.emplace_back(QStringLiteral("support"), drop.support);
    if (keep.districtId == 0 && drop.districtId > 0)
        fill.emplace_back(QStringLiteral("district_id"), drop.districtId);
    if (keep.householdId == 0 && drop.householdId > 0)
        fill.emplace_back(QStringLiteral("household_id"), drop.householdId);
    const auto flag = [&](const char* field, bool kept, bool dropped) {
        if (!kept && dropped)
            fill.emplace_back(QString::fromLatin1(field), 1);
    };
    flag("dnc_door", keep.doNotContact.door, drop.doNotContact.door);
    flag("dnc_phone", keep.doNotContact.phone, drop.doNotContact.phone);
    flag("dnc_sms", keep.doNotContact.sms, drop.doNotContact.sms);
    flag("dnc_email", keep.doNotContact.email, drop.doNotContact.email);
    const auto consent = [&](const char* channel, const ConsentEntry& kept, const ConsentEntry& dropped) {
        if (!kept.at && dropped.at) {
            fill.emplace_back(QStringLiteral("consent_%1_at").arg(QLatin1StringView(channel)), *dropped.at);
            fill.emplace_back(QStringLiteral("consent_%1_source").arg(QLatin1StringView(channel)),
                              textOrNull(dropped.source));
        }
    };
    consent("phone", keep.consentPhone, drop.consentPhone);
    consent("sms", keep.consentSms, drop.consentSms);
    consent("email", keep.consentEmail, drop.consentEmail);
    return fill;
}

bool samePhone(const PhoneEntry& a, const PhoneEntry& b)
{
    if (!a.e164.isEmpty() && !b.e164.isEmpty())
        return a.e164 == b.e164;
    return digitsOnly(a.raw) == digitsOnly(b.raw);
}

bool sameEmail(const EmailEntry& a, const EmailEntry& b)
{
    return a.address.compare(b.address, Qt::CaseInsensitive) == 0;
}

} // namespace

Result<qint64> PersonService::householdForAddress(const PersonDraft& draft, qint64* districtId, RowJournal& journal)
{
    const ParsedAddress parsed = AddressParser().parse(draft.addressLine);

    // The commune: the one above the given district, or the campaign's only one.
    qint64 communeId = 0;
    if (draft.districtId) {
        Statement up = m_db.prepare(
            "WITH RECURSIVE up(id, parent, kind) AS (SELECT id, parent_id, kind FROM districts WHERE id = ?"
            " UNION SELECT d.id, d.parent_id, d.kind FROM districts d JOIN up ON d.id = up.parent)"
            " SELECT id FROM up WHERE kind = 'commune' LIMIT 1");
        up.bind(1, *draft.districtId);
        if (up.step())
            communeId = up.int64(0);
    }
    if (communeId == 0) {
        Statement only = m_db.prepare("SELECT id FROM districts WHERE kind = 'commune' AND deleted = 0 LIMIT 2");
        if (only.step()) {
            communeId = only.int64(0);
            if (only.step())
                communeId = 0;
        }
    }

    qint64 streetId = 0;
    const QString street = parsed.street();
    if (!street.isEmpty()) {
        const QString folded = foldText(street);
        Statement find = m_db.prepare("SELECT id FROM streets WHERE folded = ? AND deleted = 0"
                                      " ORDER BY commune_id IS NOT ? , id LIMIT 1");
        find.bind(1, folded).bind(2, communeId > 0 ? QVariant(communeId) : QVariant());
        if (find.step()) {
            streetId = find.int64(0);
        } else {
            auto created = journal.insert("streets", {{QStringLiteral("commune_id"), communeId > 0 ? QVariant(communeId)
                                                                                                 : QVariant()},
                                                     {QStringLiteral("name"), street},
                                                     {QStringLiteral("street_type"), textOrNull(parsed.streetType)},
                                                     {QStringLiteral("label"), textOrNull(parsed.streetName)},
                                                     {QStringLiteral("folded"), folded}});
            if (!created)
                return created.error();
            streetId = *created;
        }
    }

    const auto optionalNumber = [](const std::optional<int>& n) { return n ? QVariant(*n) : QVariant(); };
    qint64 addressId = 0;
    Statement findAddress = m_db.prepare(
        "SELECT id, district_id FROM addresses WHERE deleted = 0 AND ifnull(street_id, 0) = ?"
        " AND ifnull(number, -1) = ? AND ifnull(number_to, -1) = ? AND ifnull(suffix, '') = ?"
        " AND ifnull(building, '') = ? AND ifnull(staircase, '') = ? AND ifnull(lieu_dit, '') = ?"
        " AND ifnull(complement, '') = ? AND (? = '' OR ifnull(postcode, '') = ?) ORDER BY id LIMIT 1");
    // A null QString binds NULL, which equals nothing: compare empty texts as ''.
    const auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    findAddress.bind(1, streetId)
        .bind(2, parsed.number.value_or(-1))
        .bind(3, parsed.numberTo.value_or(-1))
        .bind(4, text(parsed.suffix))
        .bind(5, text(parsed.building))
        .bind(6, text(parsed.staircase))
        .bind(7, text(parsed.lieuDit))
        .bind(8, text(parsed.complement))
        .bind(9, text(draft.postcode.trimmed()))
        .bind(10, text(draft.postcode.trimmed()));
    if (findAddress.step()) {
        addressId = findAddress.int64(0);
        if (*districtId == 0 && !findAddress.isNull(1))
            *districtId = findAddress.int64(1);
    } else {
        // As the importer writes it, so that a later import finds the same door.
        const QString searchText = foldText(QString(
            (parsed.number ? QString::number(*parsed.number) : QString()) + u' ' + parsed.suffix + u' ' + street + u' '
            + parsed.lieuDit + u' ' + parsed.building + u' ' + draft.postcode + u' ' + draft.city));
        auto created = journal.insert(
            "addresses", {{QStringLiteral("street_id"), streetId > 0 ? QVariant(streetId) : QVariant()},
                          {QStringLiteral("number"), optionalNumber(parsed.number)},
                          {QStringLiteral("number_to"), optionalNumber(parsed.numberTo)},
                          {QStringLiteral("suffix"), textOrNull(parsed.suffix)},
                          {QStringLiteral("building"), textOrNull(parsed.building)},
                          {QStringLiteral("staircase"), textOrNull(parsed.staircase)},
                          {QStringLiteral("lieu_dit"), textOrNull(parsed.lieuDit)},
                          {QStringLiteral("complement"), textOrNull(parsed.complement)},
                          {QStringLiteral("postcode"), textOrNull(draft.postcode.trimmed())},
                          {QStringLiteral("city"), textOrNull(draft.city.trimmed())},
                          {QStringLiteral("district_id"), *districtId > 0 ? QVariant(*districtId) : QVariant()},
                          {QStringLiteral("raw"), draft.addressLine.trimmed()},
                          {QStringLiteral("search_text"), searchText}});
        if (!created)
            return created.error();
        addressId = *created;
    }

    // The unit as the importer writes it ("Floor 3 Apt 12"), so that households match.
    QStringList unitParts;
    if (!parsed.floor.isEmpty())
        unitParts << QCoreApplication::translate("terrain::RowNormalizer", "Floor") << parsed.floor;
    if (!parsed.apartment.isEmpty())
        unitParts << QCoreApplication::translate("terrain::RowNormalizer", "Apt") << parsed.apartment;
    const QString unit = unitParts.join(u' ');
    Statement households = m_db.prepare("SELECT id, unit FROM households WHERE address_id = ? AND deleted = 0"
                                        " ORDER BY id");
    households.bind(1, addressId);
    while (households.step()) {
        if (foldText(households.text(1)) == foldText(unit))
            return households.int64(0);
    }
    return journal.insert("households",
                          {{QStringLiteral("address_id"), addressId}, {QStringLiteral("unit"), textOrNull(unit)}});
}

Result<PersonEdit> PersonService::addPerson(const PersonDraft& draft)
{
    FieldValues fields{{QStringLiteral("last_name"), draft.lastName},
                       {QStringLiteral("usage_name"), draft.usageName},
                       {QStringLiteral("first_names"), draft.firstNames},
                       {QStringLiteral("sex"), draft.sex},
                       {QStringLiteral("birth_date"), draft.birthDate},
                       {QStringLiteral("notes"), draft.notes}};
    if (draft.support)
        fields.emplace_back(QStringLiteral("support"), *draft.support);
    auto checked = validatePersonFields(0, fields);
    if (!checked)
        return checked.error();
    FieldValues values = *checked;
    const QString lastName = valueOf(values, u"last_name").toString();
    values.emplace_back(QStringLiteral("folded_name"),
                        foldedPersonName(valueOf(values, u"usage_name").toString(), lastName,
                                   valueOf(values, u"first_names").toString()));

    const NormalizedPhone phone = PhoneNormalizer(m_region).normalize(draft.phone);
    NormalizedValue email;
    if (!draft.email.trimmed().isEmpty()) {
        email = ValueNormalizer::email(draft.email);
        if (!email.isValid())
            return invalid("email.invalid", tr("“%1” is not a valid email address.").arg(draft.email.trimmed()));
    }

    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    RowJournal journal(m_db, m_repo);
    qint64 districtId = 0;
    if (draft.districtId) {
        Statement st = m_db.prepare("SELECT 1 FROM districts WHERE id = ? AND deleted = 0");
        st.bind(1, *draft.districtId);
        if (!st.step())
            return invalid("person.district", tr("This district no longer exists."));
        districtId = *draft.districtId;
    }
    qint64 householdId = 0;
    if (draft.householdId) {
        Statement st = m_db.prepare("SELECT a.district_id FROM households h LEFT JOIN addresses a ON a.id = h.address_id"
                                    " WHERE h.id = ? AND h.deleted = 0");
        st.bind(1, *draft.householdId);
        if (!st.step())
            return invalid("person.household", tr("This household no longer exists."));
        householdId = *draft.householdId;
        if (districtId == 0 && !st.isNull(0))
            districtId = st.int64(0);
    } else if (!draft.addressLine.trimmed().isEmpty()) {
        auto household = householdForAddress(draft, &districtId, journal);
        if (!household)
            return household.error();
        householdId = *household;
    }

    values.emplace_back(QStringLiteral("household_id"), householdId > 0 ? QVariant(householdId) : QVariant());
    values.emplace_back(QStringLiteral("district_id"), districtId > 0 ? QVariant(districtId) : QVariant());
    values.emplace_back(QStringLiteral("status"), QStringLiteral("active"));
    values.emplace_back(QStringLiteral("source"), QStringLiteral("manual"));
    values.emplace_back(QStringLiteral("created_at"), QDateTime::currentMSecsSinceEpoch());
    auto personId = journal.insert("people", values);
    if (!personId)
        return personId.error();

    if (!phone.raw.isEmpty()) {
        auto added = journal.insert("phones", {{QStringLiteral("person_id"), *personId},
                                              {QStringLiteral("e164"), textOrNull(phone.e164)},
                                              {QStringLiteral("raw"), phone.raw},
                                              {QStringLiteral("type"), PhoneNormalizer::typeName(phone.type)}});
        if (!added)
            return added.error();
    }
    if (email.isValid()) {
        auto added = journal.insert("emails", {{QStringLiteral("person_id"), *personId},
                                              {QStringLiteral("address"), email.value},
                                              {QStringLiteral("valid"), 1}});
        if (!added)
            return added.error();
    }
    if (Status s = refreshSearch({*personId}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    PersonEdit edit;
    edit.kind = PersonEdit::Kind::Rows;
    edit.table = QStringLiteral("people");
    edit.personId = *personId;
    edit.rows = journal.takeChanges();
    return edit;
}

// ---------------------------------------------------------------------------------------------
// Two records of one person

Result<PersonDetail> PersonService::previewMerge(qint64 keepId, qint64 dropId)
{
    if (keepId == dropId)
        return sameRecord();
    auto keep = load(keepId);
    if (!keep)
        return keep.error();
    auto drop = load(dropId);
    if (!drop)
        return drop.error();

    PersonDetail merged = *keep;
    const FieldValues fill = mergeFill(*keep, *drop);
    const auto filled = [&](QStringView field) {
        return std::any_of(fill.begin(), fill.end(), [&](const auto& v) { return v.first == field; });
    };
    if (filled(u"last_name"))
        merged.lastName = drop->lastName;
    if (filled(u"usage_name"))
        merged.usageName = drop->usageName;
    if (filled(u"first_names"))
        merged.firstNames = drop->firstNames;
    merged.displayName = personDisplayName(merged.usageName, merged.lastName, merged.firstNames);
    if (filled(u"sex"))
        merged.sex = drop->sex;
    if (filled(u"birth_date")) {
        merged.birthDate = drop->birthDate;
        merged.age = drop->age;
    }
    if (filled(u"notes"))
        merged.notes = drop->notes;
    if (filled(u"voter_key")) {
        merged.voterKey = drop->voterKey;
        merged.listNumber = drop->listNumber;
    }
    if (filled(u"support"))
        merged.support = drop->support;
    if (filled(u"district_id")) {
        merged.districtId = drop->districtId;
        merged.bureauCode = drop->bureauCode;
        merged.bureauName = drop->bureauName;
    }
    if (filled(u"household_id")) {
        merged.householdId = drop->householdId;
        merged.addressId = drop->addressId;
        merged.addressLine = drop->addressLine;
        merged.unit = drop->unit;
        merged.postcode = drop->postcode;
        merged.city = drop->city;
        merged.householdMembers = drop->householdMembers;
    }
    merged.householdMembers.removeIf([&](const HouseholdMember& m) { return m.id == keepId || m.id == dropId; });
    merged.doNotContact.door |= drop->doNotContact.door;
    merged.doNotContact.phone |= drop->doNotContact.phone;
    merged.doNotContact.sms |= drop->doNotContact.sms;
    merged.doNotContact.email |= drop->doNotContact.email;
    if (filled(u"consent_phone_at"))
        merged.consentPhone = drop->consentPhone;
    if (filled(u"consent_sms_at"))
        merged.consentSms = drop->consentSms;
    if (filled(u"consent_email_at"))
        merged.consentEmail = drop->consentEmail;

    for (const PhoneEntry& phone : std::as_const(drop->phones)) {
        if (std::none_of(keep->phones.begin(), keep->phones.end(), [&](const auto& p) { return samePhone(p, phone); }))
            merged.phones.append(phone);
    }
    std::sort(merged.phones.begin(), merged.phones.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    for (const EmailEntry& email : std::as_const(drop->emails)) {
        if (std::none_of(keep->emails.begin(), keep->emails.end(), [&](const auto& e) { return sameEmail(e, email); }))
            merged.emails.append(email);
    }
    std::sort(merged.emails.begin(), merged.emails.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    for (const TagEntry& tag : std::as_const(drop->tags)) {
        if (std::none_of(keep->tags.begin(), keep->tags.end(), [&](const auto& t) { return t.id == tag.id; }))
            merged.tags.append(tag);
    }
    std::sort(merged.tags.begin(), merged.tags.end(), [](const auto& a, const auto& b) {
        const QString fa = foldText(a.name);
        const QString fb = foldText(b.name);
        return fa != fb ? fa < fb : a.id < b.id;
    });
    for (const ContactEntry& contact : std::as_const(drop->contacts)) {
        if (std::none_of(merged.contacts.begin(), merged.contacts.end(),
                         [&](const auto& c) { return c.id == contact.id; }))
            merged.contacts.append(contact);
    }
    std::stable_sort(merged.contacts.begin(), merged.contacts.end(),
                     [](const auto& a, const auto& b) { return a.at > b.at; });
    return merged;
}

Result<PersonEdit> PersonService::merge(qint64 keepId, qint64 dropId)
{
    if (keepId == dropId)
        return sameRecord();
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    RowJournal journal(m_db, m_repo);
    auto keep = load(keepId);
    if (!keep)
        return keep.error();
    auto drop = load(dropId);
    if (!drop)
        return drop.error();

    FieldValues fill = mergeFill(*keep, *drop);
    if (std::any_of(fill.begin(), fill.end(), [](const auto& v) { return isNameField(v.first); })) {
        fill.emplace_back(QStringLiteral("folded_name"),
                          foldedPersonName(valueOf(fill, u"usage_name", keep->usageName).toString(),
                                     valueOf(fill, u"last_name", keep->lastName).toString(),
                                     valueOf(fill, u"first_names", keep->firstNames).toString()));
    }
    if (Status s = journal.update("people", keepId, fill); !s)
        return s.error();

    // Phones and emails move to keep; one keep already has goes with drop.
    const FieldValues toKeep{{QStringLiteral("person_id"), keepId}};
    const auto move = [&](const char* table, qint64 id, bool duplicate) -> Status {
        return duplicate ? journal.remove(table, id) : journal.update(table, id, toKeep);
    };
    for (const PhoneEntry& phone : std::as_const(drop->phones)) {
        const bool duplicate =
            std::any_of(keep->phones.begin(), keep->phones.end(), [&](const auto& p) { return samePhone(p, phone); });
        if (Status s = move("phones", phone.id, duplicate); !s)
            return s.error();
    }
    for (const EmailEntry& email : std::as_const(drop->emails)) {
        const bool duplicate =
            std::any_of(keep->emails.begin(), keep->emails.end(), [&](const auto& e) { return sameEmail(e, email); });
        if (Status s = move("emails", email.id, duplicate); !s)
            return s.error();
    }

    // Tags: present on keep, taken off drop.
    for (const TagEntry& tag : std::as_const(drop->tags)) {
        Statement link = m_db.prepare("SELECT id, present FROM person_tags WHERE person_id = ? AND tag_id = ?"
                                      " AND deleted = 0");
        link.bind(1, keepId).bind(2, tag.id);
        if (link.step()) {
            if (link.int64(1) == 0) {
                if (Status s = journal.update("person_tags", link.int64(0), {{QStringLiteral("present"), 1}}); !s)
                    return s.error();
            }
        } else if (auto id = journal.insert("person_tags", {{QStringLiteral("person_id"), keepId},
                                                           {QStringLiteral("tag_id"), tag.id},
                                                           {QStringLiteral("present"), 1}});
                   !id) {
            return id.error();
        }
        Statement dropLink = m_db.prepare("SELECT id FROM person_tags WHERE person_id = ? AND tag_id = ? AND deleted = 0");
        dropLink.bind(1, dropId).bind(2, tag.id);
        if (dropLink.step()) {
            if (Status s = journal.update("person_tags", dropLink.int64(0), {{QStringLiteral("present"), 0}}); !s)
                return s.error();
        }
    }

    // Contact attempts and vote marks are append-only: copied to keep, the originals removed.
    struct AppendOnly
    {
        const char* table;
        const char* columns;
    };
    for (const AppendOnly& rows :
         {AppendOnly{"contact_attempts", "household_id, channel, result, answers, support, volunteer, list_id, at, note"},
          AppendOnly{"vote_marks", "election_id, source, at, author"}}) {
        const QStringList columns = QString::fromLatin1(rows.columns).split(QStringLiteral(", "));
        Statement read = m_db.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE person_id = ? AND deleted = 0 ORDER BY id")
                                          .arg(QLatin1StringView(rows.columns), QLatin1StringView(rows.table)));
        read.bind(1, dropId);
        std::vector<std::pair<qint64, FieldValues>> copies;
        while (read.step()) {
            FieldValues values{{QStringLiteral("person_id"), keepId}};
            for (int i = 0; i < columns.size(); ++i)
                values.emplace_back(columns[i], read.value(i + 1));
            copies.emplace_back(read.int64(0), std::move(values));
        }
        if (read.failed())
            return makeError(QStringLiteral("person.read"), tr("The person could not be read."),
                             read.errorMessage());
        for (const auto& [original, values] : copies) {
            if (auto id = journal.insert(rows.table, values); !id)
                return id.error();
            if (Status s = journal.remove(rows.table, original); !s)
                return s.error();
        }
    }

    if (Status s = journal.remove("people", dropId); !s)
        return s.error();
    if (Status s = SearchIndex(m_db).refresh({keepId, dropId}); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    PersonEdit edit;
    edit.kind = PersonEdit::Kind::Rows;
    edit.table = QStringLiteral("people");
    edit.personId = keepId;
    edit.rows = journal.takeChanges();
    return edit;
}

} // namespace terrain
