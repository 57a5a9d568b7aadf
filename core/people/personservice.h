#pragma once

#include "people/persondetail.h"
#include "sync/repository.h"
#include "util/result.h"

#include <QDate>
#include <QString>

namespace terrain {

class RowJournal;

class Database;

// What the person panel reads and every edit it makes. Each edit goes through the
// Repository (so it lands in the outbox, the field clocks and the change history under
// this service's author), keeps the search index in step, and returns the PersonEdit that
// undo() takes back.
class PersonService final
{
public:
    PersonService(Database& db, QString author, QString phoneRegion = QStringLiteral("FR"));

    Result<PersonDetail> load(qint64 personId);

    // Every tag of the campaign (not deleted), by name: what the tag filter offers.
    Result<QList<TagEntry>> allTags();

    // Writes fields of the person: last_name, usage_name, first_names, sex, birth_date,
    // support (1-5, or 0 / null for unknown), status (active, moved, deceased, left), notes,
    // household_id, dnc_door, dnc_phone, dnc_sms, dnc_email, consent_{phone,sms,email}_at
    // (milliseconds) and consent_{phone,sms,email}_source. Values are checked and
    // normalised (dates and sex as the importer does); the folded name follows the names.
    Result<PersonEdit> updateFields(qint64 personId, const FieldValues& values);

    // Phones, normalised to E.164 in `region` (the service's region when empty); a number
    // that is not valid is kept as typed, typed "invalid".
    Result<PersonEdit> addPhone(qint64 personId, const QString& raw, const QString& region = {});
    Result<PersonEdit> updatePhone(qint64 phoneId, const QString& raw, const QString& region = {});
    Result<PersonEdit> setPhoneBad(qint64 phoneId, bool bad);
    Result<PersonEdit> removePhone(qint64 phoneId);

    // Emails must be valid.
    Result<PersonEdit> addEmail(qint64 personId, const QString& address);
    Result<PersonEdit> updateEmail(qint64 emailId, const QString& address);
    Result<PersonEdit> setEmailBad(qint64 emailId, bool bad);
    Result<PersonEdit> removeEmail(qint64 emailId);

    // Tags by name: a new name creates the tag (names compare folded: "Bénévole" = "benevole").
    Result<PersonEdit> addTag(qint64 personId, const QString& name);
    Result<PersonEdit> removeTag(qint64 personId, qint64 tagId);

    // Someone who is not on the electoral list (source "manual"). Returns their id.
    // The new person is the edit's personId; undoing it removes what it created.
    Result<PersonEdit> addPerson(const PersonDraft& draft);
    Result<PersonEdit> moveToHousehold(qint64 personId, qint64 householdId);

    // Two records of one person: what `keep` becomes (its own values, filled with drop's
    // where keep has none; phones, emails, tags and contacts of both), without writing.
    Result<PersonDetail> previewMerge(qint64 keepId, qint64 dropId);
    // Does it: drop's phones, emails, tags, contact attempts and vote marks move to keep,
    // empty fields of keep are filled, do-not-contact flags are united (an opposition is
    // never lost), and drop is deleted. All or nothing.
    Result<PersonEdit> merge(qint64 keepId, qint64 dropId);

    // Takes an edit back. Returns the edit that does it again (pass it to undo() to redo).
    Result<PersonEdit> undo(const PersonEdit& edit);

    // Ages are counted at this date (today unless set).
    void setToday(const QDate& today) { m_today = today; }
    QString author() const { return m_repo.author(); }

private:
    Result<PersonEdit> writeFields(const char* table, qint64 personId, qint64 rowId, const FieldValues& values);
    Result<PersonEdit> addRow(const char* table, qint64 personId, const FieldValues& values);
    Result<PersonEdit> removeRow(const char* table, qint64 rowId);
    Result<qint64> personOf(const char* table, qint64 rowId);
    Result<FieldValues> validatePersonFields(qint64 personId, const FieldValues& values);
    Result<qint64> householdForAddress(const PersonDraft& draft, qint64* districtId, RowJournal& journal);
    Result<PersonEdit> undoRows(const PersonEdit& edit);
    Status refreshSearch(const QList<qint64>& personIds);

    Database& m_db;
    Repository m_repo;
    QString m_region;
    QDate m_today;
};

} // namespace terrain
