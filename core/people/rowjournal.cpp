#include "people/rowjournal.h"

#include "storage/database.h"
#include "storage/statement.h"
#include "sync/repository.h"

#include <QCoreApplication>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::PersonService", text);
}

// The stored values of `fields` (names from the code, never from input).
Result<FieldValues> readFields(Database& db, const QString& table, qint64 id, const FieldValues& fields)
{
    QStringList names;
    for (const auto& field : fields)
        names << field.first;
    Statement st = db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(names.join(u','), table));
    st.bind(1, id);
    if (!st.step())
        return makeError(QStringLiteral("person.read"), tr("The person could not be read."),
                         st.failed() ? st.errorMessage() : QStringLiteral("%1 %2 is gone").arg(table).arg(id));
    FieldValues values;
    for (int i = 0; i < names.size(); ++i)
        values.emplace_back(names[i], st.value(i));
    return values;
}

Result<bool> isDeleted(Database& db, const QString& table, qint64 id)
{
    Statement st = db.prepare(QStringLiteral("SELECT deleted FROM %1 WHERE id = ?").arg(table));
    st.bind(1, id);
    if (!st.step())
        return makeError(QStringLiteral("person.read"), tr("The person could not be read."),
                         st.failed() ? st.errorMessage() : QStringLiteral("%1 %2 is gone").arg(table).arg(id));
    return st.int64(0) != 0;
}

bool sameValues(const FieldValues& a, const FieldValues& b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].first != b[i].first || a[i].second.isNull() != b[i].second.isNull()
            || a[i].second != b[i].second)
            return false;
    }
    return true;
}

Error changedSince(const QString& table, qint64 id)
{
    return makeError(QStringLiteral("person.undo.changed"),
                     tr("This change cannot be undone: the record was changed since (by a later edit or a sync)."),
                     QStringLiteral("%1 %2").arg(table).arg(id));
}

} // namespace

Result<qint64> RowJournal::insert(const char* table, const FieldValues& values)
{
    auto id = m_repo.insert(table, values);
    if (!id)
        return id.error();
    m_changes.push_back({RowChange::Op::Restore, QString::fromLatin1(table), *id, {}, {}});
    return *id;
}

Status RowJournal::update(const char* table, qint64 id, const FieldValues& values)
{
    const QString name = QString::fromLatin1(table);
    auto before = readFields(m_db, name, id, values);
    if (!before)
        return before.error();
    auto written = m_repo.update(table, id, values);
    if (!written)
        return written.error();
    if (*written == 0)
        return {};
    // As stored, so that an undo compares like with like.
    auto after = readFields(m_db, name, id, values);
    if (!after)
        return after.error();
    m_changes.push_back({RowChange::Op::Update, name, id, std::move(*before), std::move(*after)});
    return {};
}

Status RowJournal::remove(const char* table, qint64 id)
{
    const QString name = QString::fromLatin1(table);
    auto deleted = isDeleted(m_db, name, id);
    if (!deleted)
        return deleted.error();
    if (*deleted)
        return {};
    if (Status s = m_repo.remove(table, id); !s)
        return s;
    m_changes.push_back({RowChange::Op::Remove, name, id, {}, {}});
    return {};
}

Result<std::vector<RowChange>> RowJournal::reverse(Database& db, Repository& repo,
                                                    const std::vector<RowChange>& changes)
{
    std::vector<RowChange> undone;
    undone.reserve(changes.size());
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        const QByteArray table = it->table.toLatin1();
        RowChange inverse = *it;
        switch (it->op) {
        case RowChange::Op::Update: {
            auto now = readFields(db, it->table, it->rowId, it->after);
            if (!now)
                return now.error();
            if (!sameValues(*now, it->after))
                return changedSince(it->table, it->rowId);
            if (auto written = repo.update(table.constData(), it->rowId, it->before); !written)
                return written.error();
            auto restored = readFields(db, it->table, it->rowId, it->before);
            if (!restored)
                return restored.error();
            inverse.before = it->after;
            inverse.after = std::move(*restored);
            break;
        }
        case RowChange::Op::Remove:
        case RowChange::Op::Restore: {
            const bool shouldBeDeleted = it->op == RowChange::Op::Remove;
            auto deleted = isDeleted(db, it->table, it->rowId);
            if (!deleted)
                return deleted.error();
            if (*deleted != shouldBeDeleted)
                return changedSince(it->table, it->rowId);
            Status s = shouldBeDeleted ? repo.restore(table.constData(), it->rowId)
                                       : repo.remove(table.constData(), it->rowId);
            if (!s)
                return s.error();
            inverse.op = shouldBeDeleted ? RowChange::Op::Restore : RowChange::Op::Remove;
            break;
        }
        }
        undone.push_back(std::move(inverse));
    }
    return undone;
}

} // namespace terrain
