#include "resultcodes.h"

#include "canvass/canvassdefaults.h"
#include "storage/database.h"
#include "sync/repository.h"
#include "util/uuid.h"

#include <QCoreApplication>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::ResultCodes", text);
}

Error configError(const QString& message, const QString& detail = {})
{
    return makeError(QStringLiteral("canvass.codes"), message, detail);
}

struct Builtin
{
    const char* channel;
    const char* code;
    char key;
    const char* label;
    ResultEffect effect;
    bool reached;
    bool doorLevel;
    Recycle recycle;
};

// Labels are marked for translation here and translated when shown (ResultCode::displayLabel).
const Builtin kBuiltins[] = {
    {"door", "canvassed", 'C', QT_TRANSLATE_NOOP("terrain::ResultCode", "Canvassed"), ResultEffect::None, true, false,
     Recycle::Done},
    {"door", "not_home", 'N', QT_TRANSLATE_NOOP("terrain::ResultCode", "Not home"), ResultEffect::None, false, true,
     Recycle::Anyone},
    {"door", "refused", 'R', QT_TRANSLATE_NOOP("terrain::ResultCode", "Refused"), ResultEffect::None, true, false,
     Recycle::Done},
    {"door", "hostile", 'H', QT_TRANSLATE_NOOP("terrain::ResultCode", "Refused, hostile (do not visit)"),
     ResultEffect::DoNotContact, true, false, Recycle::Done},
    {"door", "moved", 'M', QT_TRANSLATE_NOOP("terrain::ResultCode", "Moved"), ResultEffect::Moved, false, false,
     Recycle::Done},
    {"door", "deceased", 'D', QT_TRANSLATE_NOOP("terrain::ResultCode", "Deceased"), ResultEffect::Deceased, false,
     false, Recycle::Done},
    {"door", "inaccessible", 'I', QT_TRANSLATE_NOOP("terrain::ResultCode", "Inaccessible"), ResultEffect::None, false,
     true, Recycle::Anyone},
    {"door", "language", 'L', QT_TRANSLATE_NOOP("terrain::ResultCode", "Language barrier"), ResultEffect::None, false,
     false, Recycle::Done},
    {"door", "come_back", 'B', QT_TRANSLATE_NOOP("terrain::ResultCode", "Come back later"), ResultEffect::None, false,
     false, Recycle::Anyone},

    {"phone", "answered", 'A', QT_TRANSLATE_NOOP("terrain::ResultCode", "Answered"), ResultEffect::None, true, false,
     Recycle::Done},
    {"phone", "no_answer", 'N', QT_TRANSLATE_NOOP("terrain::ResultCode", "No answer"), ResultEffect::None, false,
     false, Recycle::Anyone},
    {"phone", "busy", 'B', QT_TRANSLATE_NOOP("terrain::ResultCode", "Busy"), ResultEffect::None, false, false,
     Recycle::SameCaller},
    {"phone", "left_message", 'M', QT_TRANSLATE_NOOP("terrain::ResultCode", "Left a message"), ResultEffect::None,
     false, false, Recycle::Anyone},
    {"phone", "wrong_number", 'W', QT_TRANSLATE_NOOP("terrain::ResultCode", "Wrong number"), ResultEffect::BadPhone,
     false, false, Recycle::NextPhone},
    {"phone", "disconnected", 'X', QT_TRANSLATE_NOOP("terrain::ResultCode", "Disconnected"), ResultEffect::BadPhone,
     false, false, Recycle::NextPhone},
    {"phone", "call_back", 'C', QT_TRANSLATE_NOOP("terrain::ResultCode", "Call back"), ResultEffect::None, true, false,
     Recycle::Scheduled},
    {"phone", "do_not_call", 'D', QT_TRANSLATE_NOOP("terrain::ResultCode", "Do not call"),
     ResultEffect::DoNotContact, true, false, Recycle::Done},

    {"sms", "replied", 'R', QT_TRANSLATE_NOOP("terrain::ResultCode", "Replied"), ResultEffect::None, true, false,
     Recycle::Done},
    {"sms", "stop", 'S', QT_TRANSLATE_NOOP("terrain::ResultCode", "Stop (no more SMS)"), ResultEffect::DoNotContact,
     true, false, Recycle::Done},
    {"email", "replied", 'R', QT_TRANSLATE_NOOP("terrain::ResultCode", "Replied"), ResultEffect::None, true, false,
     Recycle::Done},
    {"email", "stop", 'S', QT_TRANSLATE_NOOP("terrain::ResultCode", "Unsubscribed"), ResultEffect::DoNotContact, true,
     false, Recycle::Done},
    {"event", "met", 'M', QT_TRANSLATE_NOOP("terrain::ResultCode", "Met"), ResultEffect::None, true, false,
     Recycle::Done},
};

ResultCode fromBuiltin(const Builtin& b, int position)
{
    ResultCode c;
    c.channel = QString::fromLatin1(b.channel);
    c.code = QString::fromLatin1(b.code);
    c.key = QChar::fromLatin1(b.key);
    c.label = QString::fromLatin1(b.label);
    c.effect = b.effect;
    c.reached = b.reached;
    c.doorLevel = b.doorLevel;
    c.recycle = b.recycle;
    c.position = position;
    return c;
}

FieldValues fieldsOf(const ResultCode& c)
{
    return {{QStringLiteral("channel"), c.channel},
            {QStringLiteral("code"), c.code},
            {QStringLiteral("key"), QString(c.key.toUpper())},
            {QStringLiteral("label"), c.label},
            {QStringLiteral("effect"), ResultCodes::effectName(c.effect)},
            {QStringLiteral("reached"), c.reached ? 1 : 0},
            {QStringLiteral("door_level"), c.doorLevel ? 1 : 0},
            {QStringLiteral("recycle"), ResultCodes::recycleName(c.recycle)},
            {QStringLiteral("position"), c.position},
            {QStringLiteral("active"), c.active ? 1 : 0}};
}

bool isCodeId(QStringView code)
{
    if (code.isEmpty() || code.size() > 40)
        return false;
    for (QChar ch : code) {
        if (!((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_'))
            return false;
    }
    return true;
}

} // namespace

QString ResultCode::displayLabel() const
{
    return QCoreApplication::translate("terrain::ResultCode", label.toUtf8().constData());
}

const QStringList& ResultCodes::channels()
{
    static const QStringList all{QStringLiteral("door"), QStringLiteral("phone"), QStringLiteral("sms"),
                                 QStringLiteral("email"), QStringLiteral("event")};
    return all;
}

bool ResultCodes::isChannel(QStringView channel)
{
    for (const QString& c : channels()) {
        if (c == channel)
            return true;
    }
    return false;
}

QList<ResultCode> ResultCodes::defaults()
{
    QList<ResultCode> codes;
    int position = 0;
    QString channel;
    for (const Builtin& b : kBuiltins) {
        if (channel != QLatin1StringView(b.channel)) {
            channel = QString::fromLatin1(b.channel);
            position = 0;
        }
        codes.append(fromBuiltin(b, position++));
    }
    return codes;
}

QString ResultCodes::impliedResult(QStringView channel)
{
    if (channel == u"door")
        return QStringLiteral("canvassed");
    if (channel == u"phone")
        return QStringLiteral("answered");
    if (channel == u"event")
        return QStringLiteral("met");
    return QStringLiteral("replied");
}

QString ResultCodes::effectName(ResultEffect effect)
{
    switch (effect) {
    case ResultEffect::None:
        return QStringLiteral("none");
    case ResultEffect::Moved:
        return QStringLiteral("moved");
    case ResultEffect::Deceased:
        return QStringLiteral("deceased");
    case ResultEffect::BadPhone:
        return QStringLiteral("bad_phone");
    case ResultEffect::DoNotContact:
        return QStringLiteral("do_not_contact");
    }
    return QStringLiteral("none");
}

ResultEffect ResultCodes::effectFromName(QStringView name)
{
    for (ResultEffect e : {ResultEffect::Moved, ResultEffect::Deceased, ResultEffect::BadPhone,
                           ResultEffect::DoNotContact}) {
        if (effectName(e) == name)
            return e;
    }
    return ResultEffect::None;
}

QString ResultCodes::recycleName(Recycle recycle)
{
    switch (recycle) {
    case Recycle::Done:
        return QStringLiteral("done");
    case Recycle::Anyone:
        return QStringLiteral("anyone");
    case Recycle::SameCaller:
        return QStringLiteral("same_caller");
    case Recycle::Scheduled:
        return QStringLiteral("scheduled");
    case Recycle::NextPhone:
        return QStringLiteral("next_phone");
    }
    return QStringLiteral("done");
}

Recycle ResultCodes::recycleFromName(QStringView name)
{
    for (Recycle r : {Recycle::Anyone, Recycle::SameCaller, Recycle::Scheduled, Recycle::NextPhone}) {
        if (recycleName(r) == name)
            return r;
    }
    return Recycle::Done;
}

namespace {

// The channels that have no code yet (normally none: migration 10 seeds them all).
Result<QStringList> channelsWithoutCodes(Database& db)
{
    QStringList missing = ResultCodes::channels();
    Statement st = db.prepare("SELECT DISTINCT channel FROM result_codes WHERE deleted = 0");
    while (st.step())
        missing.removeAll(st.text(0));
    if (st.failed())
        return configError(tr("Cannot read the result codes."), st.errorMessage());
    return missing;
}

} // namespace

Status ResultCodes::seedBuiltins(Database& db)
{
    auto missing = channelsWithoutCodes(db);
    if (!missing)
        return missing.error();
    for (const ResultCode& code : defaults()) {
        if (!missing->contains(code.channel))
            continue;
        auto id = insertBuiltinRow(db, "result_codes", stableUuid(u"result_codes", QString(code.channel + u':' + code.code)),
                                   fieldsOf(code));
        if (!id)
            return id.error();
    }
    return {};
}

Status ResultCodes::ensureDefaults(Database& db, Repository& repo)
{
    // Read first: a page opening must not take the write lock when there is nothing to write.
    if (!db.inTransaction()) {
        auto missing = channelsWithoutCodes(db);
        if (!missing)
            return missing.error();
        if (missing->isEmpty())
            return {};
    }
    Database::Transaction tx(db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    Statement has = db.prepare("SELECT 1 FROM result_codes WHERE channel = ? AND deleted = 0 LIMIT 1");
    QString channel;
    bool skip = false;
    for (const ResultCode& code : defaults()) {
        if (code.channel != channel) {
            channel = code.channel;
            has.reset();
            has.bind(1, channel);
            skip = has.step();
            if (has.failed())
                return configError(tr("Cannot read the result codes."), has.errorMessage());
        }
        if (skip)
            continue;
        // The defaults have name-based UUIDs: two laptops that seed them before their first
        // sync make the same rows, which sync merges instead of doubling every code.
        if (auto id = repo.insert("result_codes", fieldsOf(code),
                                  stableUuid(u"result_codes", QString(code.channel + u':' + code.code)));
            !id)
            return id.error();
    }
    has.reset();
    return tx.commit();
}

Result<ResultCodes> ResultCodes::load(Database& db, Repository& repo)
{
    if (Status s = ensureDefaults(db, repo); !s)
        return s.error();
    return read(db);
}

Result<ResultCodes> ResultCodes::read(Database& db)
{
    ResultCodes codes;
    Statement st = db.prepare("SELECT id, channel, code, key, label, effect, reached, door_level, recycle, position,"
                              " active FROM result_codes WHERE deleted = 0 ORDER BY channel, position, id");
    QStringList stored;
    while (st.step()) {
        ResultCode c;
        c.id = st.int64(0);
        c.channel = st.text(1);
        c.code = st.text(2);
        const QString key = st.text(3);
        c.key = key.isEmpty() ? QChar() : key.at(0).toUpper();
        c.label = st.text(4);
        c.effect = effectFromName(st.text(5));
        c.reached = st.int64(6) != 0;
        c.doorLevel = st.int64(7) != 0;
        c.recycle = recycleFromName(st.text(8));
        c.position = st.integer(9);
        c.active = st.int64(10) != 0;
        if (!stored.contains(c.channel))
            stored.append(c.channel);
        codes.m_codes.append(c);
    }
    if (st.failed())
        return configError(tr("Cannot read the result codes."), st.errorMessage());
    // A channel nobody configured yet works with the defaults (they are written on first use).
    for (const ResultCode& c : defaults()) {
        if (!stored.contains(c.channel))
            codes.m_codes.append(c);
    }
    return codes;
}

Result<qint64> ResultCodes::save(Database& db, Repository& repo, const ResultCode& code)
{
    if (!isChannel(code.channel))
        return configError(tr("Unknown channel “%1”.").arg(code.channel));
    if (!isCodeId(code.code))
        return configError(tr("A result code id is made of lower-case letters, digits and “_”: “%1”.").arg(code.code));
    if (!code.key.isLetter())
        return configError(tr("The key of a result code is one letter."));
    if (code.label.trimmed().isEmpty())
        return configError(tr("A result code needs a label."));
    Database::Transaction tx(db);
    if (!tx.isActive())
        return makeError(QStringLiteral("db.locked"), tr("The campaign file is busy."));
    if (Status s = ensureDefaults(db, repo); !s)
        return s.error();
    auto current = read(db);
    if (!current)
        return current.error();
    const ResultCode* sameKey = current->byKey(code.channel, code.key);
    if (sameKey && sameKey->code != code.code)
        return configError(tr("The key %1 is already used by “%2”.").arg(code.key.toUpper(), sameKey->displayLabel()));
    const ResultCode* existing = current->find(code.channel, code.code);
    qint64 id = 0;
    if (existing) {
        id = existing->id;
        if (auto w = repo.update("result_codes", id, fieldsOf(code)); !w)
            return w.error();
    } else {
        auto inserted = repo.insert("result_codes", fieldsOf(code));
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

QList<ResultCode> ResultCodes::forChannel(QStringView channel) const
{
    QList<ResultCode> out;
    for (const ResultCode& c : m_codes) {
        if (c.channel == channel && c.active)
            out.append(c);
    }
    return out;
}

const ResultCode* ResultCodes::find(QStringView channel, QStringView code) const
{
    for (const ResultCode& c : m_codes) {
        if (c.channel == channel && c.code == code)
            return &c;
    }
    return nullptr;
}

const ResultCode* ResultCodes::byKey(QStringView channel, QChar key) const
{
    const QChar upper = key.toUpper();
    for (const ResultCode& c : m_codes) {
        if (c.channel == channel && c.active && c.key == upper)
            return &c;
    }
    return nullptr;
}

const ResultCode* ResultCodes::byCodeOrKey(QStringView channel, QStringView text) const
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.size() == 1)
        return byKey(channel, trimmed.at(0));
    return find(channel, trimmed.toLower());
}

} // namespace terrain
