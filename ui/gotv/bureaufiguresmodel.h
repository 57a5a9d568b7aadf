#pragma once

#include "gotv/gotvdashboard.h"

#include <QAbstractTableModel>

namespace terrain {

// The election-day dashboard, one row per bureau, in GotvDashboard's order (most supporters
// still to bring out first). The page fills it from a worker; the model only shows.
class BureauFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BureauFiguresModel)

public:
    enum Column {
        BureauColumn,
        RegisteredColumn,
        SupportersColumn,
        SupportersVotedColumn,
        OfficialColumn,
        SupporterRateColumn,
        GapColumn,
        ToBringOutColumn,
        ProxiesColumn, // of those to bring out, by proxy (and proxies not made yet)
        ColumnCount
    };
    enum Role {
        DistrictIdRole = Qt::UserRole + 1,
        SortRole, // the raw figure, for sorting and tests
    };

    explicit BureauFiguresModel(QObject* parent = nullptr);

    // Replaces the rows; rows of the same bureaux in the same order are updated in place so
    // that the selection survives the live refresh.
    void setFigures(const QList<BureauFigures>& figures);
    const QList<BureauFigures>& figures() const { return m_figures; }
    const BureauFigures* figuresOf(qint64 districtId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BureauFigures> m_figures;
};

} // namespace terrain
