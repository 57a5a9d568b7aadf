#pragma once

#include "canvass/canvassstats.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace terrain {

// One table of the progress page: per list, per volunteer or per day, the figures of
// CanvassStats. Raw values in SortRole, formatted text in DisplayRole; volunteers whose
// entries look implausible are highlighted, with the reason in the tooltip.
class CanvassStatsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvassStatsModel)

public:
    enum Column
    {
        KeyColumn,
        AttemptsColumn,
        KnockedColumn,
        ReachedDoorsColumn,
        RateColumn,
        PeopleReachedColumn,
        SupportersColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        FlaggedRole, // bool
    };

    CanvassStatsModel(StatsGroup group, QObject* parent = nullptr);
    ~CanvassStatsModel() override;

    // `channel` names the units: doors for "door", people called otherwise.
    void setFigures(const QList<CanvassFigures>& figures, const QString& channel);
    // Volunteer -> what looks wrong (volunteer tables only).
    void setFlags(const QHash<QString, QStringList>& flags);
    const QList<CanvassFigures>& figures() const { return m_figures; }
    StatsGroup group() const { return m_group; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString keyText(const QString& key) const;

    StatsGroup m_group;
    QString m_channel = QStringLiteral("door");
    QList<CanvassFigures> m_figures;
    QHash<QString, QStringList> m_flags;
};

} // namespace terrain
