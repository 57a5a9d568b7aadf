#include "ui/canvass/entrygridmodel.h"

#include "canvass/entrysession.h"
#include "ui/labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QJsonValue>

namespace terrain {

namespace {

const ResultCode* findCode(const QList<ResultCode>& codes, const QString& code)
{
    for (const ResultCode& c : codes) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

} // namespace

EntryGridModel::EntryGridModel(QObject* parent) : QAbstractTableModel(parent) {}

EntryGridModel::~EntryGridModel() = default;

void EntryGridModel::setSession(const EntrySession* session)
{
    beginResetModel();
    m_session = session;
    m_rows.clear();
    if (m_session) {
        const QList<EntryDoor>& doors = m_session->doors();
        for (int d = 0; d < doors.size(); ++d) {
            m_rows.append({d, -1});
            for (int p = 0; p < doors[d].people.size(); ++p)
                m_rows.append({d, p});
        }
    }
    endResetModel();
}

void EntryGridModel::refresh()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

bool EntryGridModel::isDoorRow(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].person < 0;
}

int EntryGridModel::rowOf(int door, int person) const
{
    // Rows are in door order: a door's row is its index plus the people of the doors before.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].door == door && m_rows[row].person == person)
            return row;
    }
    return -1;
}

int EntryGridModel::currentRow() const
{
    if (!m_session || m_session->atEnd())
        return -1;
    return rowOf(m_session->currentDoor(), m_session->currentPerson());
}

QString EntryGridModel::answerText(const Question& question, const QJsonValue& answer)
{
    switch (question.kind) {
    case QuestionKind::Support:
        return Labels::supportWithLevel(answer.toInt());
    case QuestionKind::YesNo:
        return answer.toBool() ? tr("Yes") : tr("No");
    case QuestionKind::MultipleChoice: {
        QStringList picked;
        for (const QJsonValue& v : answer.toArray())
            picked << v.toString();
        return picked.join(QStringLiteral(" + "));
    }
    case QuestionKind::SingleChoice:
    case QuestionKind::FreeText:
        break;
    }
    return answer.toString();
}

int EntryGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntryGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntryGridModel::data(const QModelIndex& index, int role) const
{
    if (!m_session || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows[index.row()];
    switch (role) {
    case DoorRowRole:
        return row.person < 0;
    case CurrentRole:
        return !m_session->atEnd() && row.door == m_session->currentDoor()
               && row.person == m_session->currentPerson();
    case DoorIndexRole:
        return row.door;
    case PersonIndexRole:
        return row.person;
    default:
        break;
    }
    return row.person < 0 ? doorData(row, index.column(), role) : personData(row, index.column(), role);
}

QVariant EntryGridModel::doorData(const Row& row, int column, int role) const
{
    const EntryDoor& door = m_session->doors()[row.door];
    const bool current = !m_session->atEnd() && row.door == m_session->currentDoor();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NumberColumn)
            return tr("Door %1").arg(row.door + 1);
        if (column == NameColumn) {
            QString text = door.address.isEmpty() ? tr("(no address)") : door.address;
            if (door.written)
                text += QStringLiteral("   ✓ ") + tr("stored");
            else if (door.visited && door.hasEntry())
                text += QStringLiteral("   ✓ ") + tr("entered");
            else if (door.visited)
                text += QStringLiteral("   — ") + tr("no result");
            return text;
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::BackgroundRole:
        return QBrush(current ? QColor(0xcf, 0xe0, 0xee) : QColor(0xec, 0xef, 0xf1));
    case Qt::ForegroundRole:
        return door.written ? QBrush(QColor(0x54, 0x6e, 0x7a)) : QVariant();
    default:
        return {};
    }
}

QVariant EntryGridModel::personData(const Row& row, int column, int role) const
{
    const EntryDoor& door = m_session->doors()[row.door];
    const EntryPerson& person = door.people[row.person];
    const bool current = !m_session->atEnd() && row.door == m_session->currentDoor()
                         && row.person == m_session->currentPerson();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return current ? QStringLiteral("▶") : QString();
        case NameColumn:
            return person.name;
        case SupportColumn:
            return person.previousSupport ? Labels::supportWithLevel(*person.previousSupport) : QString();
        case ResultColumn: {
            const QList<ResultCode> codes = m_session->codes();
            QString code = person.result;
            if (code.isEmpty() && !person.answers.isEmpty())
                code = ResultCodes::impliedResult(m_session->channel());
            if (code.isEmpty())
                return QString();
            const ResultCode* c = findCode(codes, code);
            if (!c)
                return code;
            return person.result.isEmpty() ? c->displayLabel()
                                           : QStringLiteral("%1 · %2").arg(c->key.toUpper(), c->displayLabel());
        }
        case AnswersColumn: {
            QStringList parts;
            for (const Question& q : m_session->digitQuestions()) {
                const auto it = person.answers.constFind(q.key());
                if (it != person.answers.constEnd())
                    parts << answerText(q, *it);
            }
            return parts.join(QStringLiteral("  ·  "));
        }
        default:
            return {};
        }
    case Qt::FontRole:
        if (current) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return current ? QBrush(QColor(0xff, 0xf1, 0xb8)) : QVariant();
    case Qt::ForegroundRole:
        return door.written ? QBrush(QColor(0x78, 0x90, 0x9c)) : QVariant();
    default:
        return {};
    }
}

QVariant EntryGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Door");
    case NameColumn:
        return tr("Name");
    case SupportColumn:
        return tr("Previous support");
    case ResultColumn:
        return tr("Result");
    case AnswersColumn:
        return tr("Answers");
    default:
        return {};
    }
}

Qt::ItemFlags EntryGridModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace terrain
