#include "ui/gotv/bureaufiguresmodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace terrain {

namespace {

QString percent(const std::optional<double>& rate)
{
    return rate ? QLocale().toString(*rate * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–");
}

} // namespace

BureauFiguresModel::BureauFiguresModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void BureauFiguresModel::setFigures(const QList<BureauFigures>& figures)
{
    bool sameRows = figures.size() == m_figures.size();
    for (qsizetype i = 0; sameRows && i < figures.size(); ++i)
        sameRows = figures[i].districtId == m_figures[i].districtId;
    if (sameRows) {
        m_figures = figures;
        if (!m_figures.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_figures = figures;
    endResetModel();
}

const BureauFigures* BureauFiguresModel::figuresOf(qint64 districtId) const
{
    for (const BureauFigures& f : m_figures) {
        if (f.districtId == districtId)
            return &f;
    }
    return nullptr;
}

int BureauFiguresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int BureauFiguresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BureauFiguresModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BureauFigures& f = m_figures[index.row()];
    if (role == DistrictIdRole)
        return f.districtId;
    if (role == Qt::TextAlignmentRole && index.column() != BureauColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == GapColumn && f.gap)
        return QBrush(*f.gap < 0 ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    if (role == Qt::ToolTipRole && index.column() == OfficialColumn && f.officialCount)
        return tr("%1 voters at %2").arg(*f.officialCount).arg(f.officialTime.toString(QStringLiteral("HH:mm")));
    if (role == Qt::ToolTipRole && index.column() == ProxiesColumn)
        return tr("Supporters still to bring out who vote through a proxy holder (remind the holder), and in "
                  "brackets those whose procuration is still needed or requested");
    if (role == Qt::ToolTipRole && index.column() == RegisteredColumn)
        return f.registeredOfficial ? tr("The official figure") : tr("People of the bureau in the campaign");
    if (role == SortRole) {
        switch (index.column()) {
        case BureauColumn:
            return f.code;
        case RegisteredColumn:
            return f.registered;
        case SupportersColumn:
            return f.supporters;
        case SupportersVotedColumn:
            return f.supportersVoted;
        case OfficialColumn:
            return f.officialRate ? QVariant(*f.officialRate) : QVariant();
        case SupporterRateColumn:
            return f.supporterRate ? QVariant(*f.supporterRate) : QVariant();
        case GapColumn:
            return f.gap ? QVariant(*f.gap) : QVariant();
        case ToBringOutColumn:
            return f.toBringOut;
        case ProxiesColumn:
            return f.byProxy;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case BureauColumn:
        return f.name.isEmpty() || f.name == f.code ? f.code : QStringLiteral("%1 – %2").arg(f.code, f.name);
    case RegisteredColumn:
        return locale.toString(f.registered);
    case SupportersColumn:
        return locale.toString(f.supporters);
    case SupportersVotedColumn:
        return locale.toString(f.supportersVoted);
    case OfficialColumn:
        return f.officialRate
            ? tr("%1 (%2)").arg(percent(f.officialRate), f.officialTime.toString(QStringLiteral("HH:mm")))
            : QStringLiteral("–");
    case SupporterRateColumn:
        return percent(f.supporterRate);
    case GapColumn:
        return f.gap ? tr("%1 pts").arg(
                   (*f.gap >= 0 ? QStringLiteral("+") : QString()) + locale.toString(*f.gap * 100.0, 'f', 1))
                     : QStringLiteral("–");
    case ToBringOutColumn:
        return locale.toString(f.toBringOut);
    case ProxiesColumn:
        if (f.byProxy == 0 && f.proxiesPending == 0)
            return QStringLiteral("–");
        return f.proxiesPending > 0
            ? tr("%1 (+%2)").arg(locale.toString(f.byProxy), locale.toString(f.proxiesPending))
            : locale.toString(f.byProxy);
    default:
        return {};
    }
}

QVariant BureauFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // Short titles, so that every column fits at 1366 pixels; the tooltip says it in full.
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RegisteredColumn: return tr("Registered voters: the official figure when entered, else the campaign's");
        case SupportersColumn: return tr("Our supporters (support 1 or 2)");
        case SupportersVotedColumn: return tr("Our supporters marked voted");
        case OfficialColumn: return tr("Official turnout: the latest figure of the day");
        case SupporterRateColumn: return tr("Our supporters' turnout");
        case GapColumn: return tr("Official turnout minus the turnout expected at that time");
        case ToBringOutColumn: return tr("Supporters not yet marked voted");
        case ProxiesColumn: return tr("Of those, who vote through a proxy holder (+ procurations still to make)");
        default: return {};
        }
    }
    switch (section) {
    case BureauColumn: return tr("Bureau");
    case RegisteredColumn: return tr("Registered");
    case SupportersColumn: return tr("Supporters");
    case SupportersVotedColumn: return tr("Voted");
    case OfficialColumn: return tr("Official");
    case SupporterRateColumn: return tr("Ours");
    case GapColumn: return tr("Gap");
    case ToBringOutColumn: return tr("To bring out");
    case ProxiesColumn: return tr("By proxy");
    default: return {};
    }
}

} // namespace terrain
