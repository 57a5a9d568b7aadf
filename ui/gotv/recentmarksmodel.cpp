#include "ui/gotv/recentmarksmodel.h"

#include <QBrush>
#include <QColor>
#include <QSet>

#include <algorithm>

namespace terrain {

RecentMarksModel::RecentMarksModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void RecentMarksModel::addMark(const MarkOutcome& mark)
{
    beginInsertRows({}, 0, 0);
    m_marks.prepend(mark);
    endInsertRows();
    if (m_marks.size() > kMaxRows) {
        beginRemoveRows({}, kMaxRows, int(m_marks.size()) - 1);
        m_marks.resize(kMaxRows);
        endRemoveRows();
    }
}

void RecentMarksModel::setMarks(const QList<MarkOutcome>& marks)
{
    QList<MarkOutcome> merged = marks;
    QSet<qint64> ids;
    for (const MarkOutcome& m : marks)
        ids.insert(m.markId);
    for (const MarkOutcome& m : std::as_const(m_marks)) {
        if (!ids.contains(m.markId))
            merged.append(m);
    }
    std::stable_sort(merged.begin(), merged.end(),
        [](const MarkOutcome& a, const MarkOutcome& b) { return a.at != b.at ? a.at > b.at : a.markId > b.markId; });
    if (merged.size() > kMaxRows)
        merged.resize(kMaxRows);
    beginResetModel();
    m_marks = merged;
    endResetModel();
}

bool RecentMarksModel::removeMark(qint64 markId)
{
    for (int row = 0; row < m_marks.size(); ++row) {
        if (m_marks[row].markId == markId) {
            beginRemoveRows({}, row, row);
            m_marks.removeAt(row);
            endRemoveRows();
            return true;
        }
    }
    return false;
}

int RecentMarksModel::removeSource(MarkSource source)
{
    int removed = 0;
    for (int row = int(m_marks.size()) - 1; row >= 0; --row) {
        if (m_marks[row].source == source) {
            beginRemoveRows({}, row, row);
            m_marks.removeAt(row);
            endRemoveRows();
            ++removed;
        }
    }
    return removed;
}

void RecentMarksModel::clear()
{
    beginResetModel();
    m_marks.clear();
    endResetModel();
}

int RecentMarksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_marks.size());
}

int RecentMarksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentMarksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MarkOutcome& m = m_marks[index.row()];
    if (role == Qt::ForegroundRole && index.column() == SourceColumn && m.source == MarkSource::SignatureList)
        return QBrush(QColor(0xb2, 0x6a, 0x00)); // to be purged after the second round
    if (role == Qt::UserRole)
        return m.markId;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return m.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case BureauColumn:
        return m.voter.bureauCode;
    case NumberColumn:
        return m.voter.listNumber ? QVariant(*m.voter.listNumber) : QVariant();
    case NameColumn:
        return m.voter.name;
    case SourceColumn:
        return markSourceLabel(m.source);
    case AuthorColumn:
        return m.author;
    default:
        return {};
    }
}

QVariant RecentMarksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case BureauColumn:
        return tr("Bureau");
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Name");
    case SourceColumn:
        return tr("Source");
    case AuthorColumn:
        return tr("Marked by");
    default:
        return {};
    }
}

} // namespace terrain
