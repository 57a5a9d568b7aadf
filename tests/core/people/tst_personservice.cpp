#include "importing/importer.h"
#include "people/peoplequery.h"
#include "people/personservice.h"
#include "search/peoplesearch.h"
#include "storage/database.h"
#include "util/uuid.h"
#include "sync/repository.h"

#include "testsupport.h"

#include <QTest>

using namespace terrain;

namespace {

Result<ImportReport> importPeople(Database& db)
{
    ImportRequest request;
    request.path = test::testDataPath(QStringLiteral("people/people.csv"));
    request.profile = QStringLiteral("fr-adresse-unique");
    request.rejectsPath = db.path() + QStringLiteral(".rejects.csv");
    auto plan = planImport(db, request);
    if (!plan)
        return plan.error();
    return Importer(db).run(*plan);
}

qint64 idOf(Database& db, const char* foldedName)
{
    Statement st = db.prepare("SELECT id FROM people WHERE folded_name = ? AND deleted = 0 ORDER BY id LIMIT 1");
    st.bind(1, QString::fromUtf8(foldedName));
    return st.step() ? st.int64(0) : -1;
}

QStringList searchNames(Database& db, const QString& text)
{
    PeopleSearch search(db);
    auto hits = search.search(text);
    QStringList out;
    if (hits) {
        for (const PersonHit& hit : std::as_const(*hits))
            out << hit.name;
    }
    return out;
}

// The first column of the first row of a query built at run time.
QVariant valueOf(Database& db, const QByteArray& sql)
{
    Statement st = db.prepare(sql.constData());
    return st.step() ? st.value(0) : QVariant();
}

// The new person's id, as most checks want it.
Result<qint64> addPerson(PersonService&& people, const PersonDraft& draft)
{
    auto added = people.addPerson(draft);
    if (!added)
        return added.error();
    return added->personId;
}

Result<qint64> addPerson(PersonService& people, const PersonDraft& draft)
{
    return addPerson(std::move(people), draft);
}

qint64 outboxCount(Database& db)
{
    return test::count(db, "SELECT count(*) FROM outbox");
}

QStringList phoneNumbers(const PersonDetail& d)
{
    QStringList out;
    for (const PhoneEntry& p : d.phones)
        out << (p.e164.isEmpty() ? p.raw : p.e164) + (p.bad ? QStringLiteral(" (bad)") : QString());
    return out;
}

QStringList tagNames(const PersonDetail& d)
{
    QStringList out;
    for (const TagEntry& t : d.tags)
        out << t.name;
    return out;
}

} // namespace

class TestPersonService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_campaign = std::make_unique<test::TempCampaign>();
        auto report = importPeople(db());
        QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
        QCOMPARE(report->added, 18);
    }
    void cleanup() { m_campaign.reset(); }

    void loadsEverythingThePanelShows()
    {
        PersonService people(db(), QStringLiteral("Alice"));
        people.setToday(QDate(2026, 6, 1));
        const qint64 elodie = idOf(db(), "dupont elodie");
        const qint64 emma = idOf(db(), "durand emma");
        // Emma lives with Élodie now; a door knock, then a call.
        QVERIFY(people.moveToHousehold(emma, people.load(elodie)->householdId));
        Repository repo(db(), QStringLiteral("Bob"));
        QVERIFY(repo.insert("contact_attempts", {{QStringLiteral("person_id"), elodie},
                                                 {QStringLiteral("channel"), QStringLiteral("door")},
                                                 {QStringLiteral("result"), QStringLiteral("canvassed")},
                                                 {QStringLiteral("support"), 2},
                                                 {QStringLiteral("volunteer"), QStringLiteral("Bob")},
                                                 {QStringLiteral("at"), qint64(1'780'000'000'000)}}));
        QVERIFY(repo.insert("contact_attempts", {{QStringLiteral("person_id"), elodie},
                                                 {QStringLiteral("channel"), QStringLiteral("phone")},
                                                 {QStringLiteral("result"), QStringLiteral("no_answer")},
                                                 {QStringLiteral("at"), qint64(1'780'100'000'000)},
                                                 {QStringLiteral("note"), QStringLiteral("call after 6pm")}}));
        QVERIFY(people.updateFields(elodie, {{QStringLiteral("dnc_sms"), true},
                                             {QStringLiteral("consent_email_at"), qint64(1'779'000'000'000)},
                                             {QStringLiteral("consent_email_source"), QStringLiteral("market")}}));

        auto d = people.load(elodie);
        QVERIFY2(d, d ? "" : qPrintable(d.error().toString()));
        QCOMPARE(d->displayName, QStringLiteral("DUPONT Élodie"));
        QCOMPARE(d->lastName, QStringLiteral("DUPONT"));
        QCOMPARE(d->sex, QStringLiteral("F"));
        QCOMPARE(d->birthDate, QStringLiteral("1985-03-12"));
        QCOMPARE(d->age, 41);
        QCOMPARE(d->voterKey, QStringLiteral("C:49287:1:4"));
        QCOMPARE(d->listNumber, QStringLiteral("4"));
        QCOMPARE(d->status, QStringLiteral("active"));
        QVERIFY(d->source.startsWith(QStringLiteral("import:")));
        QCOMPARE(d->bureauCode, QStringLiteral("1"));
        QCOMPARE(d->bureauName, QStringLiteral("Mairie"));
        QCOMPARE(d->addressLine, QStringLiteral("12 Rue de la Paix"));
        QCOMPARE(d->unit, QStringLiteral("Apt 2"));
        QCOMPARE(d->postcode, QStringLiteral("49170"));
        QCOMPARE(d->householdMembers.size(), 1);
        QCOMPARE(d->householdMembers.first().id, emma);
        QCOMPARE(d->householdMembers.first().name, QStringLiteral("DURAND Emma"));
        QCOMPARE(phoneNumbers(*d), QStringList{QStringLiteral("+33612345604")});
        QCOMPARE(d->phones.first().type, QStringLiteral("mobile"));
        QCOMPARE(d->emails.size(), 1);
        QCOMPARE(d->emails.first().address, QStringLiteral("elodie.dupont@example.fr"));
        QCOMPARE(d->doNotContact, (DoNotContact{false, false, true, false}));
        QCOMPARE(d->consentEmail.at, std::optional<qint64>(1'779'000'000'000));
        QCOMPARE(d->consentEmail.source, QStringLiteral("market"));
        QVERIFY(!d->consentPhone.at);
        // Contacts newest first.
        QCOMPARE(d->contacts.size(), 2);
        QCOMPARE(d->contacts[0].channel, QStringLiteral("phone"));
        QCOMPARE(d->contacts[0].note, QStringLiteral("call after 6pm"));
        QCOMPARE(d->contacts[1].result, QStringLiteral("canvassed"));
        QCOMPARE(d->contacts[1].support, 2);
        QCOMPARE(d->contacts[1].volunteer, QStringLiteral("Bob"));
        // History newest first, with who did it.
        QVERIFY(d->history.size() >= 3);
        QCOMPARE(d->history.first().author, QStringLiteral("Alice"));
        QVERIFY(std::is_sorted(d->history.begin(), d->history.end(),
                               [](const HistoryEntry& a, const HistoryEntry& b) { return a.at > b.at; }));

        auto gone = people.load(999999);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, QStringLiteral("person.notfound"));
    }

    // A rename persists, is in the history (old, new, who), in the outbox for sync, and
    // search finds the person by the new name only.
    void anEditPersistsAndIsFoundBySearch()
    {
        const qint64 anne = idOf(db(), "abadie anne");
        const QString uuid = db().scalar("SELECT uuid FROM people WHERE folded_name = 'abadie anne'").toString();
        QCOMPARE(searchNames(db(), QStringLiteral("abadie")), QStringList{QStringLiteral("ABADIE Anne")});
        const qint64 outboxBefore = outboxCount(db());
        {
            PersonService people(db(), QStringLiteral("Alice"));
            auto edit = people.updateFields(anne, {{QStringLiteral("usage_name"), QStringLiteral("Lemaître")},
                                                   {QStringLiteral("support"), 2}});
            QVERIFY2(edit, edit ? "" : qPrintable(edit.error().toString()));
            QCOMPARE(edit->kind, PersonEdit::Kind::Fields);
            QCOMPARE(int(edit->after.size()), 2);
        }
        m_campaign->reopen();

        PersonService people(db(), QStringLiteral("Bob"));
        auto d = people.load(anne);
        QVERIFY(d);
        QCOMPARE(d->displayName, QStringLiteral("LEMAÎTRE Anne"));
        QCOMPARE(d->support, 2);
        QCOMPARE(valueOf(db(), "SELECT folded_name FROM people WHERE id = " + QByteArray::number(anne)).toString(),
                 QStringLiteral("lemaitre anne"));
        const HistoryEntry* rename = nullptr;
        for (const HistoryEntry& h : d->history) {
            if (h.field == QLatin1StringView("usage_name"))
                rename = &h;
        }
        QVERIFY(rename);
        QCOMPARE(rename->table, QStringLiteral("people"));
        QCOMPARE(rename->oldValue, QString());
        QCOMPARE(rename->newValue, QStringLiteral("Lemaître"));
        QCOMPARE(rename->author, QStringLiteral("Alice"));
        QVERIFY(rename->at > 0);

        QCOMPARE(outboxCount(db()), outboxBefore + 1);
        Statement outbox = db().prepare("SELECT tbl, row_uuid, fields FROM outbox ORDER BY counter DESC LIMIT 1");
        QVERIFY(outbox.step());
        QCOMPARE(outbox.text(0), QStringLiteral("people"));
        QCOMPARE(outbox.text(1), uuid);
        const QStringList fields = outbox.text(2).split(u',');
        QVERIFY(fields.contains(QStringLiteral("usage_name")));
        QVERIFY(fields.contains(QStringLiteral("support")));
        QVERIFY(fields.contains(QStringLiteral("folded_name")));

        QCOMPARE(searchNames(db(), QStringLiteral("lemaitre")), QStringList{QStringLiteral("LEMAÎTRE Anne")});
        QCOMPARE(searchNames(db(), QStringLiteral("Lemaî")), QStringList{QStringLiteral("LEMAÎTRE Anne")});
        // The birth name still finds her (the index holds both names).
        QCOMPARE(searchNames(db(), QStringLiteral("abadie")), QStringList{QStringLiteral("LEMAÎTRE Anne")});
        // And the table sorts her under L.
        PeopleQuery query(db());
        auto rows = query.fetchPage({}, {PeopleColumn::Name, Qt::AscendingOrder}, {}, 100);
        QVERIFY(rows);
        QStringList order;
        for (const PersonRow& row : std::as_const(*rows))
            order << row.displayName;
        QCOMPARE(order.indexOf(QStringLiteral("LEMAÎTRE Anne")), order.indexOf(QStringLiteral("LEFÈVRE Fabrice")) + 1);
    }

    void invalidValuesAreRefusedClearly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("support 7") << QStringLiteral("support") << QVariant(7) << QStringLiteral("person.support");
        QTest::newRow("support -1") << QStringLiteral("support") << QVariant(-1) << QStringLiteral("person.support");
        QTest::newRow("support text") << QStringLiteral("support") << QVariant(QStringLiteral("high"))
                                      << QStringLiteral("person.support");
        QTest::newRow("empty last name") << QStringLiteral("last_name") << QVariant(QStringLiteral("  "))
                                         << QStringLiteral("person.lastname");
        QTest::newRow("bad date") << QStringLiteral("birth_date") << QVariant(QStringLiteral("31/02/1978"))
                                  << QStringLiteral("person.birthdate");
        QTest::newRow("bad sex") << QStringLiteral("sex") << QVariant(QStringLiteral("X"))
                                 << QStringLiteral("person.sex");
        QTest::newRow("bad status") << QStringLiteral("status") << QVariant(QStringLiteral("gone"))
                                    << QStringLiteral("person.status");
        QTest::newRow("voter key") << QStringLiteral("voter_key") << QVariant(QStringLiteral("C:1"))
                                   << QStringLiteral("person.field");
        QTest::newRow("no household") << QStringLiteral("household_id") << QVariant(9999)
                                      << QStringLiteral("person.household");
    }
    void invalidValuesAreRefusedClearly()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, code);
        PersonService people(db(), QStringLiteral("Alice"));
        const qint64 anne = idOf(db(), "abadie anne");
        const qint64 outboxBefore = outboxCount(db());
        auto edit = people.updateFields(anne, {{QStringLiteral("notes"), QStringLiteral("ok")}, {field, value}});
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, code);
        QVERIFY(!edit.error().message.isEmpty());
        // Nothing written, not even the valid field.
        QCOMPARE(outboxCount(db()), outboxBefore);
        QCOMPARE(people.load(anne)->notes, QString());
    }

    void valuesAreNormalised()
    {
        PersonService people(db(), QStringLiteral("Alice"));
        const qint64 anne = idOf(db(), "abadie anne");
        auto edit = people.updateFields(anne, {{QStringLiteral("birth_date"), QStringLiteral("5/6/1999")},
                                               {QStringLiteral("sex"), QStringLiteral("féminin")},
                                               {QStringLiteral("first_names"), QStringLiteral("  Anne   Marie ")},
                                               {QStringLiteral("support"), 0}});
        QVERIFY2(edit, edit ? "" : qPrintable(edit.error().toString()));
        auto d = people.load(anne);
        QCOMPARE(d->birthDate, QStringLiteral("1999-06-05"));
        QCOMPARE(d->sex, QStringLiteral("F"));
        QCOMPARE(d->firstNames, QStringLiteral("Anne Marie"));
        QCOMPARE(d->support, 0);
        // Nothing changed: no edit, nothing for sync.
        const qint64 outboxBefore = outboxCount(db());
        auto same = people.updateFields(anne, {{QStringLiteral("birth_date"), QStringLiteral("1999-06-05")}});
        QVERIFY(same);
        QVERIFY(same->isEmpty());
        QCOMPARE(outboxCount(db()), outboxBefore);
    }

    void fieldEditsUndoAndRedo()
    {
        PersonService people(db(), QStringLiteral("Alice"));
        const qint64 jean = idOf(db(), "martin jean");
        auto edit = people.updateFields(jean, {{QStringLiteral("last_name"), QStringLiteral("Marchand")},
                                               {QStringLiteral("support"), 1},
                                               {QStringLiteral("dnc_phone"), true}});
        QVERIFY(edit);
        QCOMPARE(people.load(jean)->displayName, QStringLiteral("MARCHAND Jean"));

        auto redo = people.undo(*edit);
        QVERIFY2(redo, redo ? "" : qPrintable(redo.error().toString()));
        auto d = people.load(jean);
        QCOMPARE(d->displayName, QStringLiteral("MARTIN Jean"));
        QCOMPARE(d->support, 0);
        QVERIFY(!d->doNotContact.phone);
        QCOMPARE(idOf(db(), "martin jean"), jean); // the folded name followed
        QVERIFY(searchNames(db(), QStringLiteral("marchand")).isEmpty());
        // The undo is an edit too: in the history, by the same author.
        bool undoneInHistory = false;
        for (const HistoryEntry& h : d->history) {
            undoneInHistory = undoneInHistory
                || (h.field == QLatin1StringView("last_name") && h.oldValue == QLatin1StringView("Marchand")
                    && h.newValue == QLatin1StringView("MARTIN") && h.author == QLatin1StringView("Alice"));
        }
        QVERIFY(undoneInHistory);

        auto undoAgain = people.undo(*redo);
        QVERIFY(undoAgain);
        d = people.load(jean);
        QCOMPARE(d->displayName, QStringLiteral("MARCHAND Jean"));
        QCOMPARE(d->support, 1);
        QVERIFY(d->doNotContact.phone);
        QCOMPARE(searchNames(db(), QStringLiteral("marchand")), QStringList{QStringLiteral("MARCHAND Jean")});
    }

    void phonesAddMarkBadRemoveAndUndo()
    {
        PersonService people(db(), QStringLiteral("Alice"));
        PeopleQuery query(db());
        const qint64 zoe = idOf(db(), "roux zoe");
        PeopleFilter withPhone;
        withPhone.hasPhone = true;
        QCOMPARE(*query.count(withPhone), 5);

        auto added = people.addPhone(zoe, QStringLiteral("06 98 76 54 32"));
        QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
        QCOMPARE(added->kind, PersonEdit::Kind::AddedRow);
        QCOMPARE(phoneNumbers(*people.load(zoe)), QStringList{QStringLiteral("+33698765432")});
        QCOMPARE(people.load(zoe)->phones.first().type, QStringLiteral("mobile"));
        QCOMPARE(searchNames(db(), QStringLiteral("06 98 76")), QStringList{QStringLiteral("ROUX Zoé")});
        QCOMPARE(*query.count(withPhone), 6);
        // The import announced its phones with one range row; the new phone has its own row.
        QCOMPARE(test::count(db(), "SELECT count(*) FROM outbox WHERE tbl = 'phones' AND fields = '*'"), 1);

        // The same number twice is refused, however it is written.
        auto again = people.addPhone(zoe, QStringLiteral("+33 6 98 76 54 32"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("phone.duplicate"));
        // A number that is not valid is kept as typed.
        auto odd = people.addPhone(zoe, QStringLiteral("12"));
        QVERIFY(odd);
        QCOMPARE(people.load(zoe)->phones.last().type, QStringLiteral("invalid"));
        QCOMPARE(people.load(zoe)->phones.last().raw, QStringLiteral("12"));
        QVERIFY(people.removePhone(odd->rowId));

        // Marked bad (wrong number): no longer a phone for calls, no longer found by it.
        const qint64 phoneId = added->rowId;
        auto bad = people.setPhoneBad(phoneId, true);
        QVERIFY(bad);
        QCOMPARE(phoneNumbers(*people.load(zoe)), QStringList{QStringLiteral("+33698765432 (bad)")});
        QVERIFY(searchNames(db(), QStringLiteral("0698765432")).isEmpty());
        QCOMPARE(*query.count(withPhone), 5);
        QVERIFY(people.undo(*bad));
        QCOMPARE(phoneNumbers(*people.load(zoe)), QStringList{QStringLiteral("+33698765432")});
        QCOMPARE(*query.count(withPhone), 6);

        // Corrected.
        auto fixed = people.updatePhone(phoneId, QStringLiteral("02 41 12 34 56"));
        QVERIFY(fixed);
        QCOMPARE(phoneNumbers(*people.load(zoe)), QStringList{QStringLiteral("+33241123456")});
        QCOMPARE(people.load(zoe)->phones.first().type, QStringLiteral("fixed"));
        QVERIFY(searchNames(db(), QStringLiteral("0698765432")).isEmpty());
        QCOMPARE(searchNames(db(), QStringLiteral("02 41 12")), QStringList{QStringLiteral("ROUX Zoé")});
        QVERIFY(people.undo(*fixed));
        QCOMPARE(phoneNumbers(*people.load(zoe)), QStringList{QStringLiteral("+33698765432")});

        // Removed, then the removal undone, then the add undone.
        auto removed = people.removePhone(phoneId);
        QVERIFY(removed);
        QVERIFY(people.load(zoe)->phones.isEmpty());
        QVERIFY(searchNames(db(), QStringLiteral("0698765432")).isEmpty());
        QCOMPARE(test::count(db(), "SELECT count(*) FROM outbox WHERE tbl = 'phones' AND fields = 'deleted'"), 2);
        auto restored = people.undo(*removed);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().toString()));
        QCOMPARE(phoneNumbers(*people.load(zoe)), QStringList{QStringLiteral("+33698765432")});
        QCOMPARE(searchNames(db(), QStringLiteral("0698765432")), QStringList{QStringLiteral("ROUX Zoé")});
        QVERIFY(people.undo(*restored));
        QVERIFY(people.load(zoe)->phones.isEmpty());

        QCOMPARE(people.addPhone(zoe, QStringLiteral("   ")).error().code, QStringLiteral("phone.empty"));
        QCOMPARE(people.setPhoneBad(987654, true).error().code, QStringLiteral("person.notfound"));
    }

    void emailsAddMarkBadRemoveAndUndo()
    {
        PersonService people(db(), QStringLiteral("Alice"));
        const qint64 jean = idOf(db(), "martin jean");
        auto added = people.addEmail(jean, QStringLiteral("  Jean.Martin@Example.FR "));
        QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
        auto d = people.load(jean);
        QCOMPARE(d->emails.size(), 1);
        QCOMPARE(d->emails.first().address, QStringLiteral("jean.martin@example.fr"));
        QVERIFY(d->emails.first().valid);

        auto invalid = people.addEmail(jean, QStringLiteral("jean@"));
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, QStringLiteral("email.invalid"));
        QVERIFY(invalid.error().message.contains(QStringLiteral("jean@")));
        QCOMPARE(people.addEmail(jean, QStringLiteral("JEAN.MARTIN@example.fr")).error().code,
                 QStringLiteral("email.duplicate"));

        PeopleQuery query(db());
        PeopleFilter withEmail;
        withEmail.hasEmail = true;
        QCOMPARE(*query.count(withEmail), 4);
        auto bad = people.setEmailBad(added->rowId, true);
        QVERIFY(bad);
        QVERIFY(people.load(jean)->emails.first().bad);
        QCOMPARE(*query.count(withEmail), 3);
        QVERIFY(people.undo(*bad));
        QVERIFY(!people.load(jean)->emails.first().bad);

        auto changed = people.updateEmail(added->rowId, QStringLiteral("jm@example.org"));
        QVERIFY(changed);
        QCOMPARE(people.load(jean)->emails.first().address, QStringLiteral("jm@example.org"));
        QCOMPARE(people.updateEmail(added->rowId, QStringLiteral("not an email")).error().code,
                 QStringLiteral("email.invalid"));

        auto removed = people.removeEmail(added->rowId);
        QVERIFY(removed);
        QVERIFY(people.load(jean)->emails.isEmpty());
        QVERIFY(people.undo(*removed));
        QCOMPARE(people.load(jean)->emails.first().address, QStringLiteral("jm@example.org"));
    }

    void tagsAreSharedAndToggled()
    {
        PersonService people(db(), QStringLiteral("Alice"));
        const qint64 jean = idOf(db(), "martin jean");
        const qint64 zoe = idOf(db(), "roux zoe");
        auto added = people.addTag(jean, QStringLiteral("Bénévole"));
        QVERIFY2(added, added ? "" : qPrintable(added.error().toString()));
        QVERIFY(people.addTag(zoe, QStringLiteral(" benevole ")));
        QVERIFY(people.addTag(zoe, QStringLiteral("Donateur")));
        // One tag, named as first typed, shared; the campaign's tags listed by name.
        QCOMPARE(test::count(db(), "SELECT count(*) FROM tags"), 2);
        auto all = people.allTags();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("Bénévole"));
        QCOMPARE(all->at(1).name, QStringLiteral("Donateur"));
        QCOMPARE(tagNames(*people.load(jean)), QStringList{QStringLiteral("Bénévole")});
        QCOMPARE(tagNames(*people.load(zoe)), (QStringList{QStringLiteral("Bénévole"), QStringLiteral("Donateur")}));
        // Adding it again changes nothing.
        auto twice = people.addTag(jean, QStringLiteral("BÉNÉVOLE"));
        QVERIFY(twice);
        QVERIFY(twice->isEmpty());

        const qint64 tagId = people.load(jean)->tags.first().id;
        auto removed = people.removeTag(jean, tagId);
        QVERIFY(removed);
        QVERIFY(people.load(jean)->tags.isEmpty());
        QCOMPARE(valueOf(db(), "SELECT present FROM person_tags WHERE person_id = " + QByteArray::number(jean)).toInt(), 0);
        // Given again: the same row comes back ("present"), so two laptops never conflict on it.
        QVERIFY(people.addTag(jean, QStringLiteral("bénévole")));
        QCOMPARE(valueOf(db(), "SELECT count(*) FROM person_tags WHERE person_id = " + QByteArray::number(jean)).toInt(),
                 1);
        QCOMPARE(tagNames(*people.load(jean)), QStringList{QStringLiteral("Bénévole")});
        // Undo of the first add takes it off; the history shows the tag changes.
        QVERIFY(people.undo(*added));
        QVERIFY(people.load(jean)->tags.isEmpty());
        bool seen = false;
        const auto history = people.load(jean)->history;
        for (const HistoryEntry& h : history)
            seen = seen || (h.table == QLatin1StringView("person_tags") && h.field == QLatin1StringView("present"));
        QVERIFY(seen);
        QCOMPARE(people.addTag(jean, QStringLiteral("  ")).error().code, QStringLiteral("tag.empty"));

        // A tag's identity is its name, a person's tag the person's and the tag's: made on
        // two laptops offline, they are the same rows, which sync merges.
        const QString tagUuid = valueOf(db(), "SELECT uuid FROM tags WHERE folded = 'benevole'").toString();
        QCOMPARE(tagUuid, stableUuid(u"tags", u"benevole"));
        const QString zoeUuid = valueOf(db(), "SELECT uuid FROM people WHERE id = " + QByteArray::number(zoe)).toString();
        QCOMPARE(valueOf(db(), "SELECT pt.uuid FROM person_tags pt JOIN tags t ON t.id = pt.tag_id WHERE t.folded ="
                               " 'benevole' AND pt.person_id = " + QByteArray::number(zoe))
                     .toString(),
                 stableUuid(u"person_tags", QString(zoeUuid + u':' + tagUuid)));
        test::TempCampaign other;
        PersonDraft draft;
        draft.lastName = QStringLiteral("Petit");
        auto elsewhere = addPerson(PersonService(other.db(), QStringLiteral("Bob")), draft);
        QVERIFY(elsewhere);
        QVERIFY(PersonService(other.db(), QStringLiteral("Bob")).addTag(*elsewhere, QStringLiteral("BENEVOLE")));
        QCOMPARE(test::column(other.db(), "SELECT uuid FROM tags").value(0), tagUuid);
        QVERIFY(stableUuid(u"tags", u"benevole") != stableUuid(u"tags", u"donateur"));
    }

    void addsSomeoneNotOnTheList()
    {
        PersonService people(db(), QStringLiteral("Alice"));
        PeopleQuery query(db());
        const qint64 addresses = test::count(db(), "SELECT count(*) FROM addresses");
        PersonDraft draft;
        draft.lastName = QStringLiteral("Nguyen");
        draft.firstNames = QStringLiteral("Thi Mai");
        draft.sex = QStringLiteral("F");
        draft.birthDate = QStringLiteral("05/05/1995");
        draft.phone = QStringLiteral("07 81 22 33 44");
        draft.email = QStringLiteral("mai@example.fr");
        draft.addressLine = QStringLiteral("12 bis rue de la Paix, Apt 4");
        draft.support = 1;
        auto id = addPerson(people, draft);
        QVERIFY2(id, id ? "" : qPrintable(id.error().toString()));
        auto d = people.load(*id);
        QVERIFY(d);
        QCOMPARE(d->displayName, QStringLiteral("NGUYEN Thi Mai"));
        QCOMPARE(d->birthDate, QStringLiteral("1995-05-05"));
        QCOMPARE(d->source, QStringLiteral("manual"));
        QVERIFY(d->voterKey.isEmpty());
        QCOMPARE(d->support, 1);
        QCOMPARE(d->status, QStringLiteral("active"));
        QCOMPARE(phoneNumbers(*d), QStringList{QStringLiteral("+33781223344")});
        QCOMPARE(d->emails.first().address, QStringLiteral("mai@example.fr"));
        // The door is the one already known; her flat is a household of its own; she votes
        // (if she does) where that door does.
        QCOMPARE(test::count(db(), "SELECT count(*) FROM addresses"), addresses);
        QCOMPARE(d->addressLine, QStringLiteral("12 bis Rue de la Paix"));
        QCOMPARE(d->unit, QStringLiteral("Apt 4"));
        QVERIFY(d->householdMembers.isEmpty());
        QCOMPARE(d->bureauCode, QStringLiteral("1"));
        QCOMPARE(searchNames(db(), QStringLiteral("nguyen")), QStringList{QStringLiteral("NGUYEN Thi Mai")});
        QCOMPARE(searchNames(db(), QStringLiteral("07 81 22")), QStringList{QStringLiteral("NGUYEN Thi Mai")});
        QCOMPARE(*query.count({}), 19);
        QCOMPARE(test::count(db(), "SELECT count(*) FROM outbox o JOIN people p ON p.uuid = o.row_uuid"
                                   " WHERE o.tbl = 'people' AND p.source = 'manual'"),
                 1);

        // Her partner joins the same household.
        PersonDraft partner;
        partner.lastName = QStringLiteral("Tran");
        partner.firstNames = QStringLiteral("Minh");
        partner.householdId = d->householdId;
        auto partnerId = addPerson(people, partner);
        QVERIFY(partnerId);
        QCOMPARE(people.load(*id)->householdMembers.size(), 1);
        QCOMPARE(people.load(*partnerId)->bureauCode, QStringLiteral("1"));

        // A street not yet known is created in the commune.
        PersonDraft newcomer;
        newcomer.lastName = QStringLiteral("Weber");
        newcomer.firstNames = QStringLiteral("Karl");
        newcomer.addressLine = QStringLiteral("4 allée des Tilleuls");
        auto newcomerEdit = people.addPerson(newcomer);
        QVERIFY(newcomerEdit);
        const qint64 newcomerId = newcomerEdit->personId;
        QCOMPARE(people.load(newcomerId)->addressLine, QStringLiteral("4 Allée des Tilleuls"));
        const char* tilleuls = "SELECT count(*) FROM streets WHERE folded = 'allee des tilleuls'"
                               " AND commune_id IS NOT NULL AND deleted = 0";
        QCOMPARE(test::count(db(), tilleuls), 1);
        QCOMPARE(searchNames(db(), QStringLiteral("tilleuls")), QStringList{QStringLiteral("WEBER Karl")});

        // Undo takes back the person and the street and door made for him; redo brings them back.
        auto undone = people.undo(*newcomerEdit);
        QVERIFY2(undone, undone ? "" : qPrintable(undone.error().toString()));
        QCOMPARE(people.load(newcomerId).error().code, QStringLiteral("person.notfound"));
        QCOMPARE(test::count(db(), tilleuls), 0);
        QVERIFY(searchNames(db(), QStringLiteral("tilleuls")).isEmpty());
        QCOMPARE(*query.count({}), 20);
        auto redone = people.undo(*undone);
        QVERIFY2(redone, redone ? "" : qPrintable(redone.error().toString()));
        QCOMPARE(people.load(newcomerId)->addressLine, QStringLiteral("4 Allée des Tilleuls"));
        QCOMPARE(test::count(db(), tilleuls), 1);
        QCOMPARE(searchNames(db(), QStringLiteral("tilleuls")), QStringList{QStringLiteral("WEBER Karl")});
        QCOMPARE(*query.count({}), 21);
        // An undo whose rows were changed since refuses rather than overwrite the later edit.
        QVERIFY(people.updateFields(newcomerId, {{QStringLiteral("notes"), QStringLiteral("met at the market")}}));
        QVERIFY(people.undo(*redone));
        QVERIFY(people.undo(*newcomerEdit).error().code.startsWith(QStringLiteral("person.undo")));

        // Refused drafts write nothing.
        const qint64 outboxBefore = outboxCount(db());
        PersonDraft nameless;
        nameless.firstNames = QStringLiteral("Jean");
        QCOMPARE(addPerson(people, nameless).error().code, QStringLiteral("person.lastname"));
        PersonDraft badEmail;
        badEmail.lastName = QStringLiteral("Durand");
        badEmail.email = QStringLiteral("durand@@example");
        badEmail.addressLine = QStringLiteral("99 rue Neuve");
        QCOMPARE(addPerson(people, badEmail).error().code, QStringLiteral("email.invalid"));
        PersonDraft nowhere;
        nowhere.lastName = QStringLiteral("Durand");
        nowhere.householdId = 424242;
        QCOMPARE(addPerson(people, nowhere).error().code, QStringLiteral("person.household"));
        QCOMPARE(outboxCount(db()), outboxBefore);
        QCOMPARE(test::count(db(), "SELECT count(*) FROM streets WHERE folded = 'rue neuve'"), 0);
    }

    void movesToAnotherHousehold()
    {
        PersonService people(db(), QStringLiteral("Alice"));
        const qint64 zoe = idOf(db(), "roux zoe");
        const qint64 elodie = idOf(db(), "dupont elodie");
        const qint64 household = people.load(elodie)->householdId;
        const QString before = people.load(zoe)->addressLine;
        auto moved = people.moveToHousehold(zoe, household);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().toString()));
        auto d = people.load(zoe);
        QCOMPARE(d->householdId, household);
        QCOMPARE(d->addressLine, QStringLiteral("12 Rue de la Paix"));
        QCOMPARE(d->unit, QStringLiteral("Apt 2"));
        QCOMPARE(d->householdMembers.size(), 1);
        QCOMPARE(d->householdMembers.first().id, elodie);
        // Search by address follows her.
        PeopleQuery query(db());
        PeopleFilter paix;
        paix.search = QStringLiteral("zoe paix");
        QCOMPARE(*query.count(paix), 1);
        // She still votes where she is registered.
        QCOMPARE(d->bureauCode, QStringLiteral("2"));

        QVERIFY(people.undo(*moved));
        QCOMPARE(people.load(zoe)->addressLine, before);
        QCOMPARE(*query.count(paix), 0);
        QCOMPARE(people.moveToHousehold(zoe, 31337).error().code, QStringLiteral("person.household"));
    }

    // Two records of one person: the preview shows the result, the merge writes exactly it.
    void mergesTwoRecordsOfOnePerson()
    {
        PersonService people(db(), QStringLiteral("Alice"));
        people.setToday(QDate(2026, 6, 1));
        const qint64 listed = idOf(db(), "martin jean"); // on the list, phone 06 12 34 56 01
        // Met at the market before anyone matched him to the list.
        PersonDraft draft;
        draft.lastName = QStringLiteral("Martin");
        draft.firstNames = QStringLiteral("Jean");
        draft.phone = QStringLiteral("06 12 34 56 01"); // the same number
        draft.email = QStringLiteral("jean@example.fr");
        draft.support = 1;
        draft.notes = QStringLiteral("wants a lawn sign");
        auto manual = addPerson(people, draft);
        QVERIFY(manual);
        QVERIFY(people.addPhone(*manual, QStringLiteral("02 41 99 88 77")));
        QVERIFY(people.addTag(*manual, QStringLiteral("Bénévole")));
        QVERIFY(people.addTag(listed, QStringLiteral("Voisin")));
        QVERIFY(people.updateFields(*manual, {{QStringLiteral("dnc_door"), true}}));
        Repository repo(db(), QStringLiteral("Bob"));
        QVERIFY(repo.insert("contact_attempts", {{QStringLiteral("person_id"), *manual},
                                                 {QStringLiteral("channel"), QStringLiteral("event")},
                                                 {QStringLiteral("result"), QStringLiteral("canvassed")},
                                                 {QStringLiteral("support"), 1},
                                                 {QStringLiteral("at"), qint64(1'780'000'000'000)}}));
        QVERIFY(repo.insert("contact_attempts", {{QStringLiteral("person_id"), listed},
                                                 {QStringLiteral("channel"), QStringLiteral("door")},
                                                 {QStringLiteral("result"), QStringLiteral("not_home")},
                                                 {QStringLiteral("at"), qint64(1'779'000'000'000)}}));

        // Keep the manual record (the one the team knows); the list's record goes.
        auto preview = people.previewMerge(*manual, listed);
        QVERIFY2(preview, preview ? "" : qPrintable(preview.error().toString()));
        QCOMPARE(preview->id, *manual);
        QCOMPARE(preview->birthDate, QStringLiteral("1960-02-01")); // filled from the list
        QCOMPARE(preview->sex, QStringLiteral("M"));
        QCOMPARE(preview->voterKey, QStringLiteral("C:49287:1:1"));
        QCOMPARE(preview->bureauCode, QStringLiteral("1"));
        QCOMPARE(preview->addressLine, QStringLiteral("12 Rue de la Paix"));
        QCOMPARE(preview->support, 1);                              // keep's own
        QCOMPARE(preview->notes, QStringLiteral("wants a lawn sign"));
        QVERIFY(preview->doNotContact.door);
        QCOMPARE(phoneNumbers(*preview), (QStringList{QStringLiteral("+33612345601"), QStringLiteral("+33241998877")}));
        QCOMPARE(preview->emails.size(), 1);
        QCOMPARE(tagNames(*preview), (QStringList{QStringLiteral("Bénévole"), QStringLiteral("Voisin")}));
        QCOMPARE(preview->contacts.size(), 2);
        QCOMPARE(preview->contacts.first().channel, QStringLiteral("event"));
        // A preview writes nothing.
        QVERIFY(people.load(listed));
        QVERIFY(people.load(*manual)->voterKey.isEmpty());

        PeopleQuery query(db());
        const qint64 before = *query.count({});
        auto mergeEdit = people.merge(*manual, listed);
        QVERIFY2(mergeEdit, mergeEdit ? "" : qPrintable(mergeEdit.error().toString()));
        auto merged = people.load(*manual);
        QVERIFY(merged);
        QCOMPARE(merged->displayName, preview->displayName);
        QCOMPARE(merged->birthDate, preview->birthDate);
        QCOMPARE(merged->age, 66);
        QCOMPARE(merged->sex, preview->sex);
        QCOMPARE(merged->voterKey, preview->voterKey);
        QCOMPARE(merged->listNumber, preview->listNumber);
        QCOMPARE(merged->householdId, preview->householdId);
        QCOMPARE(merged->districtId, preview->districtId);
        QCOMPARE(merged->support, preview->support);
        QCOMPARE(merged->notes, preview->notes);
        QCOMPARE(merged->doNotContact, preview->doNotContact);
        QCOMPARE(merged->phones, preview->phones);
        QCOMPARE(merged->emails, preview->emails);
        QCOMPARE(merged->tags, preview->tags);
        QCOMPARE(merged->contacts.size(), preview->contacts.size());
        for (qsizetype i = 0; i < merged->contacts.size(); ++i) {
            QCOMPARE(merged->contacts[i].channel, preview->contacts[i].channel);
            QCOMPARE(merged->contacts[i].at, preview->contacts[i].at);
        }

        // The other record is gone everywhere a user looks, and deleted for sync.
        auto dropped = people.load(listed);
        QVERIFY(!dropped);
        QCOMPARE(dropped.error().code, QStringLiteral("person.notfound"));
        QCOMPARE(valueOf(db(), "SELECT deleted FROM people WHERE id = " + QByteArray::number(listed)).toInt(), 1);
        QCOMPARE(test::count(db(), "SELECT count(*) FROM outbox WHERE tbl = 'people' AND fields = 'deleted'"), 1);
        QCOMPARE(*query.count({}), before - 1);
        QCOMPARE(valueOf(db(), "SELECT count(*) FROM contact_attempts WHERE deleted = 0 AND person_id = "
                                   + QByteArray::number(listed)).toInt(),
                 0);
        QCOMPARE(valueOf(db(), "SELECT count(*) FROM contact_attempts WHERE deleted = 0 AND person_id = "
                                   + QByteArray::number(*manual)).toInt(),
                 2);
        PeopleFilter martins;
        martins.search = QStringLiteral("martin jean 0612345601");
        auto rows = query.fetchPage(martins, {}, {}, 10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().id, *manual);

        // Undo gives both records back as they were; redo merges them again.
        auto unmerged = people.undo(*mergeEdit);
        QVERIFY2(unmerged, unmerged ? "" : qPrintable(unmerged.error().toString()));
        auto back = people.load(listed);
        QVERIFY(back);
        QCOMPARE(back->voterKey, QStringLiteral("C:49287:1:1"));
        QCOMPARE(phoneNumbers(*back), QStringList{QStringLiteral("+33612345601")});
        QCOMPARE(tagNames(*back), QStringList{QStringLiteral("Voisin")});
        QCOMPARE(back->contacts.size(), 1);
        auto manualBack = people.load(*manual);
        QVERIFY(manualBack->voterKey.isEmpty());
        QCOMPARE(manualBack->birthDate, QString());
        QCOMPARE(tagNames(*manualBack), QStringList{QStringLiteral("Bénévole")});
        QCOMPARE(manualBack->contacts.size(), 1);
        QCOMPARE(*query.count({}), before);
        // Both records are found again, each with its own copy of the number.
        QCOMPARE(query.fetchPage(martins, {}, {}, 10)->size(), 2);
        auto remerged = people.undo(*unmerged);
        QVERIFY2(remerged, remerged ? "" : qPrintable(remerged.error().toString()));
        QCOMPARE(people.load(listed).error().code, QStringLiteral("person.notfound"));
        QCOMPARE(people.load(*manual)->voterKey, QStringLiteral("C:49287:1:1"));
        QCOMPARE(people.load(*manual)->contacts.size(), 2);
        QCOMPARE(*query.count({}), before - 1);

        // The list's key moved with him: importing the list again updates him, adds nobody.
        auto reimport = importPeople(db());
        QVERIFY2(reimport, reimport ? "" : qPrintable(reimport.error().toString()));
        QCOMPARE(reimport->added, 0);
        QCOMPARE(*query.count({}), before - 1);

        QCOMPARE(people.merge(*manual, *manual).error().code, QStringLiteral("merge.same"));
        QCOMPARE(people.merge(*manual, listed).error().code, QStringLiteral("person.notfound"));
    }

private:
    Database& db() { return m_campaign->db(); }
    std::unique_ptr<test::TempCampaign> m_campaign;
};

QTEST_GUILESS_MAIN(TestPersonService)
#include "tst_personservice.moc"
