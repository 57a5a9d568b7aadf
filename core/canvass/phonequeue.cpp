#include "phonequeue.h"

#include "storage/database.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::PhoneQueue", text);
}

Error readError(const QString& detail)
{
    return makeError(QStringLiteral("phonebank.read"), tr("Cannot read the call list."), detail);
}

} // namespace

PhoneQueue::PhoneQueue(Database& db, Repository& repo)
    : m_db(db),
      m_repo(repo),
      m_contacts(std::make_unique<ContactService>(db, repo))
{
}

PhoneQueue::~PhoneQueue() = default;

Result<std::unique_ptr<PhoneQueue>> PhoneQueue::open(Database& db, Repository& repo, QStringView listCode,
                                                     const QString& caller, const QueueRules& rules)
{
    std::unique_ptr<PhoneQueue> queue(new PhoneQueue(db, repo));
    QString code = listCode.trimmed().toString();
    code.remove(u' ');
    Statement find = db.prepare("SELECT id, kind FROM lists WHERE deleted = 0 AND code = ? COLLATE NOCASE");
    find.bind(1, code);
    if (!find.step())
        return makeError(QStringLiteral("phonebank.nolist"), tr("No list has the code “%1”.").arg(listCode.trimmed()));
    if (find.text(1) != u"call")
        return makeError(QStringLiteral("phonebank.notcall"), tr("The list “%1” is not a call list.").arg(code));
    queue->m_listId = find.int64(0);
    queue->m_caller = caller.trimmed().isEmpty() ? repo.author() : caller.trimmed();
    queue->m_rules = rules;
    auto codes = ResultCodes::load(db, repo);
    if (!codes)
        return codes.error();
    queue->m_codes = std::move(*codes);
    return queue;
}

QList<ResultCode> PhoneQueue::outcomes() const
{
    return m_codes.forChannel(u"phone");
}

int CallTarget::pendingCount() const
{
    int n = 0;
    for (const CallMember& m : members)
        n += m.pending ? 1 : 0;
    return n;
}

Result<std::vector<PhoneQueue::Entry>> PhoneQueue::entries()
{
    std::vector<Entry> out;
    QHash<int, size_t> byRank;
    QHash<qint64, std::pair<size_t, size_t>> byPerson; // entry, member
    // One entry per rank. On a list naming numbers, a member is callable while their row for
    // the entry's number is good; on an older list, while they have any good number.
    Statement members = m_db.prepare(
        "SELECT m.rank, p.id, coalesce(m.phone_id, 0),"
        " p.status = 'active' AND p.dnc_phone = 0 AND p.deleted = 0 AND CASE WHEN m.phone_id IS NULL"
        " THEN EXISTS (SELECT 1 FROM phones f WHERE f.person_id = p.id AND f.deleted = 0 AND f.bad = 0)"
        " ELSE EXISTS (SELECT 1 FROM phones f WHERE f.id = m.phone_id AND f.deleted = 0 AND f.bad = 0) END"
        " FROM list_members m JOIN people p ON p.id = m.person_id"
        " WHERE m.list_id = ? AND m.deleted = 0 AND m.present = 1 ORDER BY m.rank, m.id");
    members.bind(1, m_listId);
    while (members.step()) {
        const int rank = members.integer(0);
        const qint64 person = members.int64(1);
        if (byPerson.contains(person))
            continue;
        auto it = byRank.constFind(rank);
        if (it == byRank.constEnd()) {
            it = byRank.insert(rank, out.size());
            out.push_back(Entry{});
            out.back().rank = rank;
        }
        Entry& e = out[*it];
        byPerson.insert(person, {*it, e.members.size()});
        e.members.push_back({person, members.int64(2), members.int64(3) != 0, false});
    }
    if (members.failed())
        return readError(members.errorMessage());

    // The list's own phone attempts, oldest first: the last one decides when the entry comes
    // back, unanswered calls add up per entry.
    Statement attempts = m_db.prepare("SELECT person_id, result, volunteer, at, callback_at FROM contact_attempts"
                                      " WHERE list_id = ? AND channel = 'phone' AND deleted = 0 AND person_id IS NOT NULL"
                                      " ORDER BY at, id");
    attempts.bind(1, m_listId);
    std::vector<int> unanswered(out.size(), 0);
    while (attempts.step()) {
        auto it = byPerson.constFind(attempts.int64(0));
        if (it == byPerson.constEnd())
            continue;
        Entry& e = out[it->first];
        Member& member = e.members[it->second];
        const ResultCode* code = m_codes.find(u"phone", attempts.text(1));
        const Recycle recycle = code ? code->recycle : Recycle::Done;
        const qint64 at = attempts.int64(3);
        e.reservedFor.clear();
        e.holdUntil = 0;
        e.preferred = 0;
        switch (recycle) {
        case Recycle::Done:
            // Finished for this person; the others on the number are next, still on the line.
            member.finished = true;
            e.dueAt = at;
            e.reservedFor = attempts.text(2);
            e.holdUntil = at + m_rules.busyDelayMs;
            e.priority = 0;
            break;
        case Recycle::Anyone:
            e.dueAt = at + m_rules.noAnswerDelayMs;
            e.priority = 2;
            ++unanswered[it->first];
            break;
        case Recycle::SameCaller:
        case Recycle::Scheduled: {
            const qint64 scheduled = attempts.isNull(4) ? 0 : attempts.int64(4);
            e.dueAt = recycle == Recycle::Scheduled && scheduled > 0 ? scheduled : at + m_rules.busyDelayMs;
            e.reservedFor = attempts.text(2);
            e.holdUntil = e.dueAt + m_rules.sameCallerHoldMs;
            e.priority = 0;
            e.preferred = member.personId;
            break;
        }
        case Recycle::NextPhone:
            // That number is bad now (callable says so): on an older list another good number
            // of the person can be dialled at once.
            e.dueAt = at;
            e.priority = 2;
            break;
        }
    }
    if (attempts.failed())
        return readError(attempts.errorMessage());
    for (size_t i = 0; i < out.size(); ++i) {
        const bool pending = std::any_of(out[i].members.begin(), out[i].members.end(),
                                         [](const Member& m) { return m.callable && !m.finished; });
        if (!pending || unanswered[i] >= m_rules.maxUnanswered)
            out[i].state = State::Done;
    }
    return out;
}

Result<PhoneQueue::Entry> PhoneQueue::entryOf(int rank)
{
    auto all = entries();
    if (!all)
        return all.error();
    for (const Entry& e : *all) {
        if (e.rank == rank)
            return e;
    }
    return readError(QStringLiteral("no entry %1").arg(rank));
}

Result<std::optional<CallTarget>> PhoneQueue::next(qint64 now)
{
    auto all = entries();
    if (!all)
        return all.error();
    const Entry* best = nullptr;
    auto key = [this](const Entry& e) {
        const int priority = e.priority == 0 && e.reservedFor == m_caller ? 0 : (e.priority == 0 ? 2 : e.priority);
        return std::tuple(priority, priority == 1 ? 0 : e.dueAt, e.rank);
    };
    for (const Entry& e : *all) {
        if (e.state != State::Due || e.dueAt > now)
            continue;
        if (!e.reservedFor.isEmpty() && e.reservedFor != m_caller && now < e.holdUntil)
            continue; // busy or call back: it goes back to its caller first
        if (!best || key(e) < key(*best))
            best = &e;
    }
    if (!best)
        return std::optional<CallTarget>();
    auto t = target(*best, best->preferred);
    if (!t)
        return t.error();
    t->callBack = best->priority == 0;
    t->dueAt = best->dueAt;
    return std::optional<CallTarget>(std::move(*t));
}

Result<CallTarget> PhoneQueue::withPerson(const CallTarget& current, qint64 personId)
{
    auto entry = entryOf(current.entry);
    if (!entry)
        return entry.error();
    auto t = target(*entry, personId);
    if (!t)
        return t.error();
    t->callBack = current.callBack;
    t->dueAt = current.dueAt;
    return t;
}

Result<CallTarget> PhoneQueue::target(const Entry& entry, qint64 personId)
{
    CallTarget t;
    t.entry = entry.rank;
    // The person on the line: the one asked for if still to reach, else the first still to reach.
    const Member* on = nullptr;
    for (const Member& m : entry.members) {
        const bool pending = m.callable && !m.finished;
        if (m.personId == personId && (pending || !on))
            on = &m;
        if (!on && pending)
            on = &m;
    }
    if (!on && !entry.members.empty())
        on = &entry.members.front();
    if (!on)
        return readError(QStringLiteral("empty entry %1").arg(entry.rank));

    Statement person = m_db.prepare(
        "SELECT p.id, p.uuid, p.first_names, coalesce(nullif(p.usage_name, ''), p.last_name), p.support,"
        " d.code, d.name, d.polling_place, p.household_id FROM people p LEFT JOIN districts d ON d.id = p.district_id"
        " WHERE p.id = ?");
    QStringList households;
    QStringList people;
    for (const Member& m : entry.members) {
        person.reset();
        person.bind(1, m.personId);
        if (!person.step())
            return readError(person.errorMessage());
        CallMember member;
        member.personId = m.personId;
        const QString first = person.text(2).section(u' ', 0, 0, QString::SectionSkipEmpty);
        member.name = QString(first + u' ' + person.text(3)).trimmed();
        member.phoneId = m.phoneId;
        if (!person.isNull(4))
            member.support = person.integer(4);
        member.pending = m.callable && !m.finished;
        t.members.append(member);
        people << QString::number(m.personId);
        if (!person.isNull(8))
            households << QString::number(person.int64(8));
        if (&m != on)
            continue;
        t.personId = m.personId;
        t.uuid = person.text(1);
        t.firstName = first;
        t.lastName = person.text(3);
        t.support = member.support;
        const QString code = person.text(5);
        const QString name = person.text(6);
        t.bureau = name.isEmpty() || name == code ? code : QStringLiteral("%1 %2").arg(code, name);
        // Voter files (and the demo) often name the bureau after its polling place and leave
        // the place itself empty: the script then says the bureau's name, not "You vote at ."
        t.pollingPlace = person.text(7).isEmpty() && name != code ? name : person.text(7);
    }

    // The entry's number; on an older list, the person's usable numbers, mobiles first (an SMS
    // can follow the call).
    Statement phones = on->phoneId > 0
                           ? m_db.prepare("SELECT id, coalesce(e164, raw), type FROM phones WHERE id = ?")
                           : m_db.prepare("SELECT id, coalesce(e164, raw), type FROM phones WHERE person_id = ?"
                                          " AND deleted = 0 AND bad = 0 ORDER BY type <> 'mobile', id");
    phones.bind(1, on->phoneId > 0 ? on->phoneId : on->personId);
    while (phones.step())
        t.phones.append({phones.int64(0), phones.text(1), phones.text(2)});

    // Ids are integers read above: safe to write into the statement.
    const QString householdList = households.isEmpty() ? QStringLiteral("0") : households.join(u',');
    Statement recent = m_db.prepare(
        QStringLiteral("SELECT channel, result, volunteer, at, support, note, coalesce(person_id, 0)"
                       " FROM contact_attempts WHERE deleted = 0"
                       " AND (person_id IN (%1) OR (person_id IS NULL AND household_id IN (%2)))"
                       " ORDER BY at DESC, id DESC LIMIT 5")
            .arg(people.join(u','), householdList));
    while (recent.step()) {
        CallHistoryItem item{recent.text(0), recent.text(1), recent.text(2), recent.int64(3), std::nullopt,
                             recent.text(5), recent.int64(6)};
        if (!recent.isNull(4))
            item.support = recent.integer(4);
        t.recent.append(item);
    }
    if (phones.failed() || recent.failed())
        return readError(phones.failed() ? phones.errorMessage() : recent.errorMessage());
    return t;
}

Result<qint64> PhoneQueue::record(const CallTarget& target, QStringView outcome, const QJsonObject& answers,
                                  qint64 now, qint64 callbackAt, const QString& note)
{
    const ResultCode* code = outcome.trimmed().isEmpty() && !answers.isEmpty()
                                 ? m_codes.find(u"phone", u"answered")
                                 : m_codes.byCodeOrKey(u"phone", outcome);
    if (!code)
        return makeError(QStringLiteral("canvass.input"), tr("“%1” is not a call outcome.").arg(outcome));
    ContactInput input;
    input.personId = target.personId;
    input.channel = QStringLiteral("phone");
    input.result = code->code;
    input.answers = answers;
    input.volunteer = m_caller;
    input.listId = m_listId;
    input.phoneId = target.phones.isEmpty() ? 0 : target.phones.first().id;
    for (const CallMember& m : target.members) {
        if (m.personId == target.personId && m.phoneId > 0)
            input.phoneId = m.phoneId;
    }
    input.at = now;
    input.callbackAt = code->recycle == Recycle::Scheduled ? callbackAt : 0;
    input.note = note;
    if (code->effect != ResultEffect::BadPhone || target.members.size() < 2)
        return m_contacts->record(input);

    // A wrong or disconnected number is wrong for everyone on it: each of their rows for it.
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    auto first = m_contacts->record(input);
    if (!first)
        return first;
    Statement live = m_db.prepare("SELECT 1 FROM phones f JOIN people p ON p.id = f.person_id WHERE f.id = ?"
                                  " AND f.deleted = 0 AND f.bad = 0 AND p.deleted = 0");
    for (const CallMember& m : target.members) {
        if (m.personId == target.personId || m.phoneId <= 0)
            continue;
        live.reset();
        live.bind(1, m.phoneId);
        if (!live.step())
            continue;
        ContactInput other = input;
        other.personId = m.personId;
        other.phoneId = m.phoneId;
        other.answers = {};
        if (auto id = m_contacts->record(other); !id)
            return id;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return first;
}

Result<QueueProgress> PhoneQueue::progress(qint64 now)
{
    auto all = entries();
    if (!all)
        return all.error();
    QueueProgress p;
    for (const Entry& e : *all) {
        ++p.total;
        if (e.state == State::Done)
            ++p.done;
        else if (e.dueAt <= now && (e.reservedFor.isEmpty() || e.reservedFor == m_caller || now >= e.holdUntil))
            ++p.dueNow;
        else
            ++p.waiting;
    }
    return p;
}

QString PhoneQueue::mergeScript(QStringView script, const CallTarget& target)
{
    QString out = script.toString();
    const std::pair<const char*, const QString*> fields[] = {
        {"{prenom}", &target.firstName},   {"{first_name}", &target.firstName}, {"{nom}", &target.lastName},
        {"{last_name}", &target.lastName}, {"{bureau}", &target.bureau},        {"{lieu_de_vote}", &target.pollingPlace},
        {"{polling_place}", &target.pollingPlace},
    };
    for (const auto& [field, value] : fields)
        out.replace(QLatin1StringView(field), *value, Qt::CaseInsensitive);
    return out;
}

} // namespace terrain
