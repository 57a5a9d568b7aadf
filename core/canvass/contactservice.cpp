#include "contactservice.h"

#include "storage/database.h"
#include "sync/repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ContactService", text);
}

Error inputError(const QString& message, const QString& detail = {})
{
    return makeError(QStringLiteral("canvass.input"), message, detail);
}

Error readError(const QString& detail)
{
    return makeError(QStringLiteral("canvass.read"), tr("Cannot read the contact history."), detail);
}

bool hasDncColumn(const QString& channel)
{
    return channel == u"door" || channel == u"phone" || channel == u"sms" || channel == u"email";
}

// The fold of a person's attempts, remembering which attempt decided each single-valued field.
struct Fold
{
    PersonContactState state;
    qint64 statusBy = 0;
    qint64 supportBy = 0;
};

} // namespace

QString PersonContactState::toString() const
{
    QStringList dnc(doNotContact.begin(), doNotContact.end());
    dnc.sort();
    QList<qint64> bad(badPhones.begin(), badPhones.end());
    std::sort(bad.begin(), bad.end());
    QStringList badText;
    for (qint64 id : bad)
        badText << QString::number(id);
    return QStringLiteral("status=%1 support=%2 dnc=[%3] bad=[%4]")
        .arg(status, support ? QString::number(*support) : QStringLiteral("-"), dnc.join(u','), badText.join(u','));
}

ContactService::ContactService(Database& db, Repository& repo)
    : m_db(db),
      m_repo(repo)
{
}

Status ContactService::ensureCodes()
{
    if (m_codes)
        return {};
    auto codes = ResultCodes::load(m_db, m_repo);
    if (!codes)
        return codes.error();
    m_codes = std::move(*codes);
    return {};
}

const ResultCodes& ContactService::codes()
{
    if (!m_codes) {
        if (Status s = ensureCodes(); !s) {
            auto fallback = ResultCodes::read(m_db);
            m_codes = fallback ? std::move(*fallback) : ResultCodes();
        }
    }
    return *m_codes;
}

Result<ContactService::Prepared> ContactService::prepare(const ContactInput& input)
{
    if (Status s = ensureCodes(); !s)
        return s.error();
    if (!ResultCodes::isChannel(input.channel))
        return inputError(tr("Unknown channel “%1” (door, phone, sms, email or event).").arg(input.channel));

    Prepared p;
    // The support level: given, or the answer to the support question.
    if (input.support) {
        p.support = input.support;
    } else if (input.answers.contains(u"support")) {
        const QJsonValue v = input.answers.value(u"support");
        if (!v.isDouble())
            return inputError(tr("The support level is a number from 1 to 5."));
        p.support = v.toInt();
    }
    if (p.support && (*p.support < 1 || *p.support > 5))
        return inputError(tr("The support level is a number from 1 to 5, not %1.").arg(*p.support));

    QString result = input.result.trimmed().toLower();
    if (result.isEmpty()) {
        if (input.answers.isEmpty() && !p.support)
            return inputError(tr("Say the result of the contact, or the answers collected."));
        result = ResultCodes::impliedResult(input.channel);
    }
    p.code = m_codes->find(input.channel, result);
    if (!p.code || !p.code->active)
        return inputError(tr("“%1” is not a result code for %2.").arg(result, input.channel));

    qint64 household = input.householdId;
    if (input.personId > 0) {
        Statement person = m_db.prepare("SELECT household_id, deleted FROM people WHERE id = ?");
        person.bind(1, input.personId);
        if (!person.step() || person.int64(1) != 0)
            return inputError(tr("This person is not in the campaign."), QString::number(input.personId));
        if (household <= 0 && !person.isNull(0))
            household = person.int64(0);
    } else {
        if (household <= 0)
            return inputError(tr("An attempt names a person or a door."));
        Statement door = m_db.prepare("SELECT 1 FROM households WHERE id = ? AND deleted = 0");
        door.bind(1, household);
        if (!door.step())
            return inputError(tr("This door is not in the campaign."), QString::number(household));
        if (p.code->effect != ResultEffect::None || p.support || !input.answers.isEmpty())
            return inputError(tr("“%1” is said of a person: name them.").arg(p.code->displayLabel()));
    }

    qint64 phone = input.phoneId;
    if (phone > 0) {
        Statement owner = m_db.prepare("SELECT person_id FROM phones WHERE id = ? AND deleted = 0");
        owner.bind(1, phone);
        if (!owner.step() || owner.int64(0) != input.personId)
            return inputError(tr("This phone number is not the person's."), QString::number(phone));
    } else if (p.code->effect == ResultEffect::BadPhone) {
        // A wrong number without saying which: the number a caller would dial, the first good one.
        Statement first = m_db.prepare("SELECT min(id) FROM phones WHERE person_id = ? AND deleted = 0 AND bad = 0");
        first.bind(1, input.personId);
        if (first.step() && !first.isNull(0))
            phone = first.int64(0);
        else
            return inputError(tr("“%1”: the person has no usable phone number.").arg(p.code->displayLabel()));
    }
    if (input.listId > 0) {
        Statement list = m_db.prepare("SELECT 1 FROM lists WHERE id = ? AND deleted = 0");
        list.bind(1, input.listId);
        if (!list.step())
            return inputError(tr("This list is not in the campaign."), QString::number(input.listId));
    }
    if (input.callbackAt > 0 && p.code->recycle != Recycle::Scheduled)
        return inputError(tr("Only a call back takes a date and time."));

    const qint64 at = input.at > 0 ? input.at : QDateTime::currentMSecsSinceEpoch();
    const QString volunteer = input.volunteer.trimmed().isEmpty() ? m_repo.author() : input.volunteer.trimmed();
    auto orNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(); };
    QJsonObject answers = input.answers;
    if (p.support && !answers.contains(u"support"))
        answers.insert(QStringLiteral("support"), *p.support);
    p.values = {
        {QStringLiteral("person_id"), orNull(input.personId)},
        {QStringLiteral("household_id"), orNull(household)},
        {QStringLiteral("channel"), input.channel},
        {QStringLiteral("result"), p.code->code},
        {QStringLiteral("answers"), answers.isEmpty() ? QVariant()
                                                      : QVariant(QString::fromUtf8(QJsonDocument(answers).toJson(
                                                            QJsonDocument::Compact)))},
        {QStringLiteral("support"), p.support ? QVariant(*p.support) : QVariant()},
        {QStringLiteral("volunteer"), volunteer},
        {QStringLiteral("list_id"), orNull(input.listId)},
        {QStringLiteral("at"), at},
        {QStringLiteral("note"), input.note.trimmed().isEmpty() ? QVariant() : QVariant(input.note.trimmed())},
        {QStringLiteral("phone_id"), orNull(phone)},
        {QStringLiteral("callback_at"), orNull(input.callbackAt)},
    };
    return p;
}

Status ContactService::validate(const ContactInput& input)
{
    auto p = prepare(input);
    if (!p)
        return p.error();
    return {};
}

Result<qint64> ContactService::record(const ContactInput& input)
{
    Database::Transaction tx(m_db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    auto p = prepare(input);
    if (!p)
        return p.error();
    auto id = m_repo.insert("contact_attempts", p->values);
    if (!id)
        return id.error();
    if (input.personId > 0) {
        if (Status s = applyEffects(input.personId, *id); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

namespace {

Result<Fold> foldHistory(Database& db, const ResultCodes& codes, qint64 personId, const PersonContactState& base)
{
    Fold fold{base, 0, 0};
    Statement st = db.prepare("SELECT id, channel, result, support, phone_id FROM contact_attempts"
                              " WHERE person_id = ? AND deleted = 0 ORDER BY at, id");
    st.bind(1, personId);
    while (st.step()) {
        const qint64 id = st.int64(0);
        const QString channel = st.text(1);
        if (!st.isNull(3)) {
            fold.state.support = st.integer(3);
            fold.supportBy = id;
        }
        const ResultCode* code = codes.find(channel, st.text(2));
        if (!code)
            continue;
        switch (code->effect) {
        case ResultEffect::Moved:
            fold.state.status = QStringLiteral("moved");
            fold.statusBy = id;
            break;
        case ResultEffect::Deceased:
            fold.state.status = QStringLiteral("deceased");
            fold.statusBy = id;
            break;
        case ResultEffect::BadPhone:
            if (!st.isNull(4))
                fold.state.badPhones.insert(st.int64(4));
            break;
        case ResultEffect::DoNotContact:
            if (hasDncColumn(channel))
                fold.state.doNotContact.insert(channel);
            break;
        case ResultEffect::None:
            break;
        }
    }
    if (st.failed())
        return readError(st.errorMessage());
    return fold;
}

} // namespace

Status ContactService::applyEffects(qint64 personId, qint64 attemptId)
{
    auto fold = foldHistory(m_db, *m_codes, personId, {});
    if (!fold)
        return fold.error();
    Statement attempt = m_db.prepare("SELECT channel, result, phone_id FROM contact_attempts WHERE id = ?");
    attempt.bind(1, attemptId);
    if (!attempt.step())
        return readError(attempt.errorMessage());
    const QString channel = attempt.text(0);
    const ResultCode* code = m_codes->find(channel, attempt.text(1));
    const qint64 phone = attempt.isNull(2) ? 0 : attempt.int64(2);

    FieldValues person;
    // Single-valued fields: only when this attempt is the latest to decide them.
    if (fold->statusBy == attemptId)
        person.emplace_back(QStringLiteral("status"), fold->state.status);
    if (fold->supportBy == attemptId)
        person.emplace_back(QStringLiteral("support"), *fold->state.support);
    // Closing a channel and a bad number are permanent, whatever their time.
    if (code && code->effect == ResultEffect::DoNotContact && hasDncColumn(channel))
        person.emplace_back(QStringLiteral("dnc_") + channel, 1);
    if (!person.empty()) {
        if (auto w = m_repo.update("people", personId, person); !w)
            return w.error();
    }
    if (code && code->effect == ResultEffect::BadPhone && phone > 0) {
        if (auto w = m_repo.update("phones", phone, {{QStringLiteral("bad"), 1}}); !w)
            return w.error();
    }
    return {};
}

Result<PersonContactState> ContactService::stateFromHistory(qint64 personId, const PersonContactState& base)
{
    if (Status s = ensureCodes(); !s)
        return s.error();
    auto fold = foldHistory(m_db, *m_codes, personId, base);
    if (!fold)
        return fold.error();
    return fold->state;
}

Result<PersonContactState> ContactService::storedState(qint64 personId)
{
    PersonContactState state;
    Statement st = m_db.prepare("SELECT status, support, dnc_door, dnc_phone, dnc_sms, dnc_email FROM people"
                                " WHERE id = ?");
    st.bind(1, personId);
    if (!st.step())
        return readError(st.failed() ? st.errorMessage() : QStringLiteral("no person %1").arg(personId));
    state.status = st.text(0);
    if (!st.isNull(1))
        state.support = st.integer(1);
    const char* const channels[] = {"door", "phone", "sms", "email"};
    for (int i = 0; i < 4; ++i) {
        if (st.int64(2 + i) != 0)
            state.doNotContact.insert(QString::fromLatin1(channels[i]));
    }
    Statement phones = m_db.prepare("SELECT id FROM phones WHERE person_id = ? AND deleted = 0 AND bad = 1");
    phones.bind(1, personId);
    while (phones.step())
        state.badPhones.insert(phones.int64(0));
    if (phones.failed())
        return readError(phones.errorMessage());
    return state;
}

} // namespace terrain
