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

Result<std::vector<PhoneQueue::Entry>> PhoneQueue::entries()
{
    std::vector<Entry> out;
    QHash<qint64, size_t> index;
    Statement members = m_db.prepare(
        "SELECT p.id, m.rank, p.status, p.dnc_phone, p.deleted,"
        " EXISTS (SELECT 1 FROM phones f WHERE f.person_id = p.id AND f.deleted = 0 AND f.bad = 0)"
        " FROM list_members m JOIN people p ON p.id = m.person_id"
        " WHERE m.list_id = ? AND m.deleted = 0 AND m.present = 1 ORDER BY m.rank, p.id");
    members.bind(1, m_listId);
    while (members.step()) {
        Entry e;
        e.personId = members.int64(0);
        e.rank = members.integer(1);
        // Do-not-call is permanent; so is a person with no number left to dial.
        const bool callable = members.text(2) == u"active" && members.int64(3) == 0 && members.int64(4) == 0
                              && members.int64(5) != 0;
        e.state = callable ? State::Due : State::Done;
        if (index.contains(e.personId))
            continue;
        index.insert(e.personId, out.size());
        out.push_back(e);
    }
    if (members.failed())
        return readError(members.errorMessage());

    // The list's own phone attempts, oldest first: the last one decides, unanswered ones add up.
    Statement attempts = m_db.prepare("SELECT person_id, result, volunteer, at, callback_at FROM contact_attempts"
                                      " WHERE list_id = ? AND channel = 'phone' AND deleted = 0 AND person_id IS NOT NULL"
                                      " ORDER BY at, id");
    attempts.bind(1, m_listId);
    QHash<qint64, int> unanswered;
    std::vector<bool> finished(out.size(), false);
    while (attempts.step()) {
        auto it = index.constFind(attempts.int64(0));
        if (it == index.constEnd())
            continue;
        Entry& e = out[*it];
        const ResultCode* code = m_codes.find(u"phone", attempts.text(1));
        const Recycle recycle = code ? code->recycle : Recycle::Done;
        const qint64 at = attempts.int64(3);
        e.reservedFor.clear();
        e.holdUntil = 0;
        finished[*it] = false;
        switch (recycle) {
        case Recycle::Done:
            finished[*it] = true;
            break;
        case Recycle::Anyone:
            e.dueAt = at + m_rules.noAnswerDelayMs;
            e.priority = 2;
            finished[*it] = ++unanswered[e.personId] >= m_rules.maxUnanswered;
            break;
        case Recycle::SameCaller:
        case Recycle::Scheduled: {
            const qint64 scheduled = attempts.isNull(4) ? 0 : attempts.int64(4);
            e.dueAt = recycle == Recycle::Scheduled && scheduled > 0 ? scheduled : at + m_rules.busyDelayMs;
            e.reservedFor = attempts.text(2);
            e.holdUntil = e.dueAt + m_rules.sameCallerHoldMs;
            e.priority = 0;
            break;
        }
        case Recycle::NextPhone:
            // That number is bad now; another one, if any is left, can be dialled at once
            // (the members' query above says whether one is).
            e.dueAt = at;
            e.priority = 2;
            break;
        }
    }
    for (size_t i = 0; i < out.size(); ++i) {
        if (finished[i])
            out[i].state = State::Done;
    }
    if (attempts.failed())
        return readError(attempts.errorMessage());
    return out;
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
    auto t = target(best->personId);
    if (!t)
        return t.error();
    t->callBack = best->priority == 0;
    t->dueAt = best->dueAt;
    return std::optional<CallTarget>(std::move(*t));
}

Result<CallTarget> PhoneQueue::target(qint64 personId)
{
    CallTarget t;
    Statement person = m_db.prepare(
        "SELECT p.id, p.uuid, p.first_names, coalesce(nullif(p.usage_name, ''), p.last_name), p.support,"
        " d.code, d.name, d.polling_place FROM people p LEFT JOIN districts d ON d.id = p.district_id WHERE p.id = ?");
    person.bind(1, personId);
    if (!person.step())
        return readError(person.errorMessage());
    t.personId = person.int64(0);
    t.uuid = person.text(1);
    t.firstName = person.text(2).section(u' ', 0, 0, QString::SectionSkipEmpty);
    t.lastName = person.text(3);
    if (!person.isNull(4))
        t.support = person.integer(4);
    const QString code = person.text(5);
    const QString name = person.text(6);
    t.bureau = name.isEmpty() || name == code ? code : QStringLiteral("%1 %2").arg(code, name);
    t.pollingPlace = person.text(7);

    // Mobiles first: an SMS can follow the call.
    Statement phones = m_db.prepare("SELECT id, coalesce(e164, raw), type FROM phones WHERE person_id = ?"
                                    " AND deleted = 0 AND bad = 0 ORDER BY type <> 'mobile', id");
    phones.bind(1, personId);
    while (phones.step())
        t.phones.append({phones.int64(0), phones.text(1), phones.text(2)});

    Statement recent = m_db.prepare(
        "SELECT channel, result, volunteer, at, support, note FROM contact_attempts WHERE deleted = 0"
        " AND (person_id = ?1 OR (person_id IS NULL AND household_id = (SELECT household_id FROM people WHERE id = ?1)))"
        " ORDER BY at DESC, id DESC LIMIT 5");
    recent.bind(1, personId);
    while (recent.step()) {
        CallHistoryItem item{recent.text(0), recent.text(1), recent.text(2), recent.int64(3), std::nullopt,
                             recent.text(5)};
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
    input.at = now;
    input.callbackAt = code->recycle == Recycle::Scheduled ? callbackAt : 0;
    input.note = note;
    return m_contacts->record(input);
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
