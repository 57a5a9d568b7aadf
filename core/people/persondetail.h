#pragma once

#include "sync/repository.h"

#include <QList>
#include <QString>

#include <optional>

namespace terrain {

struct PhoneEntry
{
    qint64 id = 0;
    QString e164; // empty when the number is not valid
    QString raw;  // as typed
    QString type; // "mobile", "fixed", "other", "invalid"
    bool bad = false;
    bool operator==(const PhoneEntry&) const = default;
};

struct EmailEntry
{
    qint64 id = 0;
    QString address;
    bool valid = true;
    bool bad = false;
    bool operator==(const EmailEntry&) const = default;
};

struct TagEntry
{
    qint64 id = 0; // the tag's id (tags table)
    QString name;
    QString color;
    bool operator==(const TagEntry&) const = default;
};

// Another person of the same household, for the panel's "lives with" list.
struct HouseholdMember
{
    qint64 id = 0;
    QString name; // "DUPONT Jean"
    QString birthDate;
    bool operator==(const HouseholdMember&) const = default;
};

struct ConsentEntry
{
    std::optional<qint64> at; // milliseconds since the epoch; empty when not given
    QString source;
    bool operator==(const ConsentEntry&) const = default;
};

// Do not contact through this channel (an opposition the campaign must honour).
struct DoNotContact
{
    bool door = false;
    bool phone = false;
    bool sms = false;
    bool email = false;
    bool operator==(const DoNotContact&) const = default;
};

// One line of the person's change history: who changed what, when. `table` tells a
// person's own fields ("people") from their phones, emails and tags; field "*" is the
// creation of the row, "deleted" its removal.
struct HistoryEntry
{
    QString table;
    QString field;
    QString oldValue;
    QString newValue;
    QString author;
    qint64 at = 0; // milliseconds since the epoch
    bool operator==(const HistoryEntry&) const = default;
};

// One contact attempt (door, phone, sms, email, event) with this person or their household.
struct ContactEntry
{
    qint64 id = 0;
    QString channel;
    QString result;
    int support = 0; // 1-5 as given at that contact, 0 when not asked
    QString volunteer;
    qint64 at = 0;
    QString note;
    bool operator==(const ContactEntry&) const = default;
};

// Everything the person panel shows about one person.
struct PersonDetail
{
    qint64 id = 0;
    QString uuid;

    // Identity.
    QString lastName;  // birth name
    QString usageName; // nom d'usage, empty when none
    QString firstNames;
    QString displayName; // "DUPONT Jean" (usage name, else birth name, upper case)
    QString sex;         // "M", "F" or empty
    QString birthDate;   // ISO, possibly partial ("1950", "1950-05")
    int age = -1;        // -1 when the birth date is unknown
    QString voterKey;    // empty for people not on the electoral list
    QString listNumber;  // numéro d'ordre
    QString status;      // active, moved, deceased, left
    int support = 0;     // 1-5, 0 unknown
    QString notes;
    QString source; // "import:<batch>", "manual"

    // Where they vote and live.
    qint64 districtId = 0;
    QString bureauCode;
    QString bureauName;
    qint64 householdId = 0;
    qint64 addressId = 0;
    QString addressLine; // "12 bis Rue de la Paix, Bât A"
    QString unit;        // "Apt 31"
    QString postcode;
    QString city;
    QList<HouseholdMember> householdMembers; // the others, not this person

    QList<PhoneEntry> phones;
    QList<EmailEntry> emails;
    QList<TagEntry> tags;
    DoNotContact doNotContact;
    ConsentEntry consentPhone;
    ConsentEntry consentSms;
    ConsentEntry consentEmail;

    QList<HistoryEntry> history;  // newest first
    QList<ContactEntry> contacts; // newest first
};

// A person who is not on the electoral list (met at the market, a volunteer, a donor).
struct PersonDraft
{
    QString lastName; // required
    QString usageName;
    QString firstNames;
    QString sex;       // "M", "F", or anything ValueNormalizer::sex reads; may be empty
    QString birthDate; // JJ/MM/AAAA or ISO; may be empty
    QString phone;     // as typed; may be empty
    QString email;     // may be empty; must be valid when given
    // Where they live: an existing household, or a new address typed as one line
    // ("12 bis rue de la Paix, Bât A, Apt 3"), or neither.
    std::optional<qint64> householdId;
    QString addressLine;
    QString postcode;
    QString city;
    std::optional<qint64> districtId; // their bureau (or commune) when known
    std::optional<int> support;       // 1-5
    QString notes;
};

// What one edit changed, so that the UI can take it back (QUndoStack): pass it to
// PersonService::undo(), which returns the edit that does it again.
//  - Fields: `table` row `rowId` went from `before` to `after` (only the fields that changed).
//  - AddedRow: a phone or email row was added; `after` holds its values.
//  - RemovedRow: a phone or email row was removed; `before` holds its values.
// One row written by an edit that touches several rows (adding a person, a merge), in the
// form its undo needs.
struct RowChange
{
    enum class Op
    {
        Update,  // `before` -> `after`
        Remove,  // the row was live and is now a tombstone
        Restore, // the row was created (or taken back from a tombstone) and is live
    };

    Op op = Op::Update;
    QString table;
    qint64 rowId = 0;
    FieldValues before;
    FieldValues after;
};

struct PersonEdit
{
    enum class Kind
    {
        None, // nothing changed
        Fields,
        AddedRow,
        RemovedRow,
        Rows, // several rows: `rows`, in the order they were written
    };

    Kind kind = Kind::None;
    QString table; // "people", "phones", "emails", "person_tags"
    qint64 personId = 0;
    qint64 rowId = 0;
    FieldValues before;
    FieldValues after;
    std::vector<RowChange> rows;

    bool isEmpty() const { return kind == Kind::None; }
};

} // namespace terrain
