#include "entrysession.h"

#include "storage/database.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::EntrySession", text);
}

Error keyError(const QString& message)
{
    return makeError(QStringLiteral("entry.key"), message);
}

QString addressLabel(const Statement& st)
{
    // number, suffix, street, building, staircase, unit, raw, lieu-dit
    QString text;
    if (!st.isNull(0))
        text = QString::number(st.int64(0));
    if (!st.text(1).isEmpty())
        text += QLatin1Char(' ') + st.text(1);
    const QString street = st.text(2).isEmpty() ? st.text(7) : st.text(2);
    if (!street.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + street;
    if (text.isEmpty())
        text = st.text(6);
    for (int column : {3, 4, 5}) {
        if (!st.text(column).isEmpty())
            text += QStringLiteral(", ") + st.text(column);
    }
    return text;
}

} // namespace

bool EntryDoor::hasEntry() const
{
    for (const EntryPerson& p : people) {
        if (p.hasEntry())
            return true;
    }
    return false;
}

EntrySession::EntrySession(Database& db, Repository& repo)
    : m_db(db),
      m_repo(repo),
      m_contacts(std::make_unique<ContactService>(db, repo))
{
}

EntrySession::~EntrySession() = default;

Result<std::unique_ptr<EntrySession>> EntrySession::open(Database& db, Repository& repo, QStringView codeText,
                                                         const Options& options)
{
    std::unique_ptr<EntrySession> session(new EntrySession(db, repo));
    if (Status s = session->load(codeText, options); !s)
        return s.error();
    return session;
}

Status EntrySession::load(QStringView codeText, const Options& options)
{
    QString code = codeText.trimmed().toString();
    code.remove(u' ');
    Statement find = m_db.prepare("SELECT id, kind, name, code, assignee, status FROM lists"
                                  " WHERE deleted = 0 AND code = ? COLLATE NOCASE");
    find.bind(1, code);
    bool found = find.step();
    if (!found) {
        // A scanner may type a prefixed payload ("TERRAIN:LIST:AB12").
        const qsizetype cut = std::max(code.lastIndexOf(u':'), code.lastIndexOf(u'/'));
        if (cut >= 0) {
            find.reset();
            find.bind(1, code.mid(cut + 1));
            found = find.step();
        }
    }
    if (!found)
        return makeError(QStringLiteral("entry.nolist"), tr("No list has the code “%1”.").arg(codeText.trimmed()));
    m_listId = find.int64(0);
    const QString kind = find.text(1);
    m_listName = find.text(2);
    m_listCode = find.text(3);
    m_volunteer = options.volunteer.trimmed().isEmpty() ? find.text(4) : options.volunteer.trimmed();
    if (find.text(5) == u"entered" && !options.reopen)
        return makeError(QStringLiteral("entry.entered"),
                         tr("The list “%1” has already been entered.").arg(m_listCode));
    find.reset();
    m_channel = kind == u"call" ? QStringLiteral("phone") : QStringLiteral("door");
    m_walkedAt = options.walkedAt > 0 ? options.walkedAt : QDateTime::currentMSecsSinceEpoch();
    m_undoDepth = std::max(0, options.undoDepth);

    auto codes = ResultCodes::load(m_db, m_repo);
    if (!codes)
        return codes.error();
    m_codes = std::move(*codes);
    SurveyService surveys(m_db, m_repo);
    auto survey = surveys.activeSurvey();
    if (!survey)
        return survey.error();
    m_survey = std::move(*survey);
    for (const Question& q : m_survey.questions) {
        if (q.kind != QuestionKind::FreeText)
            m_digitQuestions.append(q);
    }

    // Members in rank order, grouped into doors (consecutive people of one household).
    Statement members = m_db.prepare(
        "SELECT p.id, coalesce(nullif(p.usage_name, ''), p.last_name) || ' ' || p.first_names, p.support,"
        " p.household_id FROM list_members m"
        " JOIN people p ON p.id = m.person_id OR (m.person_id IS NULL AND p.household_id = m.household_id)"
        " WHERE m.list_id = ? AND m.deleted = 0 AND m.present = 1 AND p.deleted = 0 ORDER BY m.rank, p.id");
    members.bind(1, m_listId);
    while (members.step()) {
        EntryPerson person;
        person.personId = members.int64(0);
        person.name = members.text(1).trimmed();
        if (!members.isNull(2))
            person.previousSupport = members.integer(2);
        const qint64 household = members.isNull(3) ? 0 : members.int64(3);
        if (household <= 0 || m_doors.isEmpty() || m_doors.last().householdId != household) {
            EntryDoor door;
            door.householdId = household;
            m_doors.append(door);
        }
        m_doors.last().people.append(person);
    }
    if (members.failed())
        return makeError(QStringLiteral("entry.read"), tr("Cannot read the list."), members.errorMessage());

    Statement address = m_db.prepare(
        "SELECT a.number, a.suffix, coalesce(s.label, s.name), a.building, a.staircase, h.unit, a.raw, a.lieu_dit"
        " FROM households h LEFT JOIN addresses a ON a.id = h.address_id LEFT JOIN streets s ON s.id = a.street_id"
        " WHERE h.id = ?");
    // Doors already stored from this list (an earlier, interrupted session) are read-only.
    Statement stored = m_db.prepare("SELECT 1 FROM contact_attempts WHERE list_id = ? AND deleted = 0"
                                    " AND (household_id = ? OR person_id = ?) LIMIT 1");
    for (EntryDoor& door : m_doors) {
        if (door.householdId > 0) {
            address.reset();
            address.bind(1, door.householdId);
            if (address.step())
                door.address = addressLabel(address);
        }
        stored.reset();
        stored.bind(1, m_listId).bind(2, door.householdId).bind(3, door.people.first().personId);
        door.written = door.visited = stored.step();
    }
    m_door = 0;
    while (m_door < m_doors.size() && m_doors[m_door].written)
        ++m_door;
    return {};
}

QList<ResultCode> EntrySession::codes() const
{
    return m_codes.forChannel(m_channel);
}

int EntrySession::pendingDoors() const
{
    int n = 0;
    for (const EntryDoor& d : m_doors) {
        if (d.visited && !d.written && d.hasEntry())
            ++n;
    }
    return n;
}

void EntrySession::pushUndo()
{
    m_undo.push_back({m_door, m_person, atEnd() ? EntryDoor{} : m_doors[m_door], m_keystrokes});
}

Status EntrySession::key(QChar ch)
{
    if (ch == u'\b')
        return undo();
    if (ch == u'\n' || ch == u'\r')
        return enter();
    if (ch == u'\t')
        return nextPerson();
    if (atEnd())
        return keyError(tr("The list is done: every door has been passed."));
    if (m_doors[m_door].written)
        return keyError(tr("This door is already stored."));
    if (ch == u'+') {
        const EntryPerson& p = m_doors[m_door].people[m_person];
        if (p.nextQuestion == 0 || m_digitQuestions[p.nextQuestion - 1].kind != QuestionKind::MultipleChoice)
            return keyError(tr("“+” adds an option to a multiple-choice answer."));
        pushUndo();
        m_plus = true;
        ++m_keystrokes;
        return {};
    }
    if (ch.isDigit())
        return typeDigit(ch.digitValue());
    if (ch.isLetter())
        return typeResult(ch);
    return keyError(tr("Type a result letter, answer digits, Tab for the next person or Enter for the next door."));
}

Status EntrySession::keys(QStringView keys)
{
    for (QChar ch : keys) {
        if (Status s = key(ch); !s)
            return s;
    }
    return {};
}

Status EntrySession::typeResult(QChar letter)
{
    const ResultCode* code = m_codes.byKey(m_channel, letter);
    if (!code)
        return keyError(tr("No result has the key %1.").arg(letter.toUpper()));
    pushUndo();
    m_doors[m_door].people[m_person].result = code->code;
    m_plus = false;
    ++m_keystrokes;
    return {};
}

Status EntrySession::typeDigit(int digit)
{
    EntryPerson& p = m_doors[m_door].people[m_person];
    if (m_plus) {
        const Question& q = m_digitQuestions[p.nextQuestion - 1];
        auto value = q.answerFromDigit(digit);
        if (!value)
            return value.error();
        pushUndo();
        QJsonArray picked = p.answers.value(q.key()).toArray();
        const QJsonValue option = value->toArray().first();
        if (!picked.contains(option))
            picked.append(option);
        m_doors[m_door].people[m_person].answers.insert(q.key(), picked);
        m_plus = false;
        ++m_keystrokes;
        return {};
    }
    if (p.nextQuestion >= m_digitQuestions.size())
        return keyError(tr("Every question of %1 is answered; Tab goes to the next person, Enter to the next door.")
                            .arg(p.name));
    const Question& q = m_digitQuestions[p.nextQuestion];
    QJsonValue value;
    if (digit != 0) {
        auto answer = q.answerFromDigit(digit);
        if (!answer)
            return answer.error();
        value = *answer;
    }
    pushUndo();
    EntryPerson& person = m_doors[m_door].people[m_person];
    if (digit != 0)
        person.answers.insert(q.key(), value);
    ++person.nextQuestion;
    ++m_keystrokes;
    return {};
}

Status EntrySession::nextPerson()
{
    if (atEnd())
        return keyError(tr("The list is done: every door has been passed."));
    if (m_person + 1 >= m_doors[m_door].people.size())
        return keyError(tr("This is the last person at this door: Enter goes to the next door."));
    pushUndo();
    ++m_person;
    m_plus = false;
    ++m_keystrokes;
    return {};
}

Status EntrySession::enter()
{
    if (atEnd())
        return keyError(tr("The list is done: every door has been passed."));
    pushUndo();
    EntryDoor& door = m_doors[m_door];
    if (!door.written && !door.visited) {
        door.visited = true;
        if (door.hasEntry())
            m_visitedOrder.push_back(m_door);
    }
    ++m_door;
    while (m_door < m_doors.size() && m_doors[m_door].written)
        ++m_door;
    m_person = 0;
    m_plus = false;
    ++m_keystrokes;
    return flushWindow();
}

Status EntrySession::undo()
{
    if (m_undo.empty())
        return keyError(tr("Nothing to undo."));
    UndoStep step = std::move(m_undo.back());
    m_undo.pop_back();
    if (step.door < m_doors.size()) {
        if (m_doors[step.door].written)
            return keyError(tr("This door is already stored."));
        if (m_doors[step.door].visited && !step.before.visited)
            std::erase(m_visitedOrder, step.door);
        m_doors[step.door] = step.before;
    }
    m_door = step.door;
    m_person = step.person;
    m_keystrokes = step.keystrokes;
    m_plus = false;
    return {};
}

Status EntrySession::goTo(int door, int person)
{
    const int doors = int(m_doors.size());
    if (door < 0 || door >= doors)
        return keyError(QCoreApplication::translate("terrain::EntrySession", "The list has %n door(s).", nullptr, doors));
    const int people = int(m_doors[door].people.size());
    if (person < 0 || person >= people)
        return keyError(
            QCoreApplication::translate("terrain::EntrySession", "Door %1 has %n person(s).", nullptr, people)
                .arg(door + 1));
    pushUndo();
    m_door = door;
    m_person = person;
    m_plus = false;
    return {};
}

Status EntrySession::writeDoor(int index)
{
    EntryDoor& door = m_doors[index];
    if (door.written || !door.hasEntry())
        return {};
    QList<const EntryPerson*> entered;
    for (const EntryPerson& p : door.people) {
        if (p.hasEntry())
            entered.append(&p);
    }
    auto base = [&] {
        ContactInput input;
        input.channel = m_channel;
        input.volunteer = m_volunteer;
        input.listId = m_listId;
        input.at = m_walkedAt;
        input.householdId = door.householdId;
        return input;
    };
    const ResultCode* only = entered.size() == 1 && entered.first()->answers.isEmpty()
                                 ? m_codes.find(m_channel, entered.first()->result)
                                 : nullptr;
    if (only && only->doorLevel && door.householdId > 0) {
        // "Not home" typed once is said of the whole door.
        ContactInput input = base();
        input.result = only->code;
        if (auto id = m_contacts->record(input); !id)
            return id.error();
    } else {
        for (const EntryPerson* p : entered) {
            ContactInput input = base();
            input.personId = p->personId;
            input.result = p->result;
            input.answers = p->answers;
            if (auto id = m_contacts->record(input); !id)
                return makeError(id.error().code, tr("%1, %2: %3").arg(door.address, p->name, id.error().message),
                                 id.error().detail);
        }
    }
    door.written = true;
    // Undo steps that would reopen a stored door go with it.
    std::erase_if(m_undo, [index](const UndoStep& s) { return s.door == index; });
    return {};
}

Status EntrySession::flushWindow()
{
    if (int(m_visitedOrder.size()) <= m_undoDepth)
        return {};
    Database::Transaction tx(m_db);
    while (int(m_visitedOrder.size()) > m_undoDepth) {
        const int index = m_visitedOrder.front();
        if (Status s = writeDoor(index); !s)
            return s;
        m_visitedOrder.erase(m_visitedOrder.begin());
    }
    return tx.commit();
}

Status EntrySession::commit()
{
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    // Doors typed but not passed with Enter count too: what is on screen is what is stored.
    for (int i = 0; i < m_doors.size(); ++i) {
        if (Status s = writeDoor(i); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    m_visitedOrder.clear();
    m_undo.clear();
    return {};
}

Result<EntryCounts> EntrySession::finish()
{
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    if (Status s = commit(); !s)
        return s.error();
    if (auto w = m_repo.update("lists", m_listId, {{QStringLiteral("status"), QStringLiteral("entered")}}); !w)
        return w.error();

    EntryCounts counts;
    counts.doors = int(m_doors.size());
    QSet<qint64> reachedCodes;
    Statement st = m_db.prepare("SELECT person_id, household_id, channel, result, support FROM contact_attempts"
                                " WHERE list_id = ? AND deleted = 0");
    st.bind(1, m_listId);
    QSet<qint64> doors;
    QSet<qint64> reached;
    QSet<qint64> supporters;
    while (st.step()) {
        ++counts.attempts;
        const qint64 person = st.isNull(0) ? 0 : st.int64(0);
        doors.insert(st.isNull(1) ? -person : st.int64(1));
        const ResultCode* code = m_codes.find(st.text(2), st.text(3));
        if (person > 0 && code && code->reached)
            reached.insert(person);
        if (person > 0 && !st.isNull(4) && st.integer(4) <= 2)
            supporters.insert(person);
    }
    if (st.failed())
        return makeError(QStringLiteral("entry.read"), tr("Cannot read the list."), st.errorMessage());
    counts.doorsEntered = int(doors.size());
    counts.peopleReached = int(reached.size());
    counts.supporters = int(supporters.size());
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

} // namespace terrain
