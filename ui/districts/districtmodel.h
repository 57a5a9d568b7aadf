#pragma once

#include "districts/districttree.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace terrain {

class DatabaseWorker;

// The map-free tree (commune > bureau > street > door) with its figures, read lazily: a
// node's children are asked for when the view expands it, in a worker thread, and inserted
// when they arrive.
class DistrictModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DistrictModel)

public:
    enum Column { NameColumn, VotersColumn, DoorsColumn, PhoneColumn, ReachedColumn, SupportColumn,
                  LastCanvassColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw figure
        SupportRole,                 // QVariantList of 6 counts: unknown, then levels 1 to 5
        KindRole,                    // NodeKind as int
    };

    DistrictModel(const QString& path, const QString& author, QObject* parent = nullptr);
    ~DistrictModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the communes and bureaux again (after an import, an edit).
    void reload();
    DistrictNode node(const QModelIndex& index) const;
    bool isLoading() const { return m_loading > 0; }

Q_SIGNALS:
    void loaded();
    // Children of `parent` arrived (tests and the page wait on it).
    void childrenLoaded(const QModelIndex& parent);
    void failed(const QString& message, const QString& detail);

private:
    struct Item
    {
        DistrictNode node;
        Item* parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Item>> children;
        bool fetched = false;
        bool fetching = false;
    };
    Item* itemFor(const QModelIndex& index) const;
    QModelIndex indexFor(Item* item) const;
    static void adopt(Item* parent, const QList<DistrictNode>& nodes);

    std::unique_ptr<DatabaseWorker> m_worker;
    QString m_author;
    std::unique_ptr<Item> m_root;
    quint64 m_generation = 0;
    int m_loading = 0;
};

} // namespace terrain
