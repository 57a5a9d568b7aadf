#include "ui/canvass/canvassstatsmodel.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>

namespace terrain {

CanvassStatsModel::CanvassStatsModel(StatsGroup group, QObject* parent) : QAbstractTableModel(parent), m_group(group)
{
}

CanvassStatsModel::~CanvassStatsModel() = default;

void CanvassStatsModel::setFigures(const QList<CanvassFigures>& figures, const QString& channel)
{
    beginResetModel();
    m_figures = figures;
    m_channel = channel;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CanvassStatsModel::setFlags(const QHash<QString, QStringList>& flags)
{
    m_flags = flags;
    if (!m_figures.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_figures.size()) - 1, ColumnCount - 1));
}

int CanvassStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int CanvassStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CanvassStatsModel::keyText(const QString& key) const
{
    switch (m_group) {
    case StatsGroup::List:
        return key.isEmpty() ? tr("(outside lists)") : key;
    case StatsGroup::Volunteer:
        return key.isEmpty() ? tr("(unknown)") : key;
    case StatsGroup::Day: {
        const QDate day = QDate::fromString(key, Qt::ISODate);
        return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : key;
    }
    }
    return key;
}

QVariant CanvassStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CanvassFigures& f = m_figures[index.row()];
    const bool flagged = m_group == StatsGroup::Volunteer && m_flags.contains(f.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KeyColumn:
            return flagged ? QStringLiteral("⚠ ") + keyText(f.key) : keyText(f.key);
        case AttemptsColumn:
            return QLocale().toString(f.attempts);
        case KnockedColumn:
            return QLocale().toString(f.doorsKnocked);
        case ReachedDoorsColumn:
            return QLocale().toString(f.doorsReached);
        case RateColumn:
            return f.doorsKnocked > 0 ? QLocale().toString(100.0 * f.contactRate(), 'f', 0) + QStringLiteral(" %")
                                      : QString();
        case PeopleReachedColumn:
            return QLocale().toString(f.peopleReached);
        case SupportersColumn:
            return QLocale().toString(f.supporters);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case KeyColumn:
            return f.key;
        case AttemptsColumn:
            return f.attempts;
        case KnockedColumn:
            return f.doorsKnocked;
        case ReachedDoorsColumn:
            return f.doorsReached;
        case RateColumn:
            return f.contactRate();
        case PeopleReachedColumn:
            return f.peopleReached;
        case SupportersColumn:
            return f.supporters;
        default:
            return {};
        }
    case FlaggedRole:
        return flagged;
    case Qt::TextAlignmentRole:
        return index.column() == KeyColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return flagged ? QBrush(QColor(0xfd, 0xe2, 0xdf)) : QVariant();
    case Qt::ToolTipRole:
        return flagged ? m_flags.value(f.key).join(QLatin1Char('\n')) : QVariant();
    default:
        return {};
    }
}

QVariant CanvassStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const bool doors = m_channel == QLatin1StringView("door");
    switch (section) {
    case KeyColumn:
        return m_group == StatsGroup::List ? tr("List") : m_group == StatsGroup::Volunteer ? tr("Volunteer") : tr("Day");
    case AttemptsColumn:
        return tr("Attempts");
    case KnockedColumn:
        return doors ? tr("Doors knocked") : tr("People called");
    case ReachedDoorsColumn:
        return doors ? tr("Doors reached") : tr("Answered");
    case RateColumn:
        return tr("Contact rate");
    case PeopleReachedColumn:
        return tr("People reached");
    case SupportersColumn:
        return tr("Supporters");
    default:
        return {};
    }
}

} // namespace terrain
