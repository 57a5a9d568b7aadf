#pragma once

#include "lists/listservice.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace terrain {

class DatabaseWorker;

// Every walk and call list of the campaign with its volunteer, status and progress, read in a
// worker thread (a list's progress counts its attempts).
class ListsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListsModel)

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        KindColumn,
        BureauColumn,
        PeopleColumn,
        DoorsColumn,
        VolunteerColumn,
        StatusColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role
    {
        ListIdRole = Qt::UserRole + 1,
        SortRole,
        ProgressRole, // contacted people / people, 0..1
    };

    ListsModel(const QString& path, const QString& author, QObject* parent = nullptr);
    ~ListsModel() override;

    void reload();
    bool isLoading() const { return m_loading > 0; }
    const ListSummary& list(int row) const { return m_lists.at(row); }
    // The row of a list by id, -1 if none.
    int rowOf(qint64 listId) const;

    // A walk list's name begins with its bureau ("1 - Mairie: Rue ..."): the bureau part.
    static QString bureauOf(const ListSummary& list);
    static QString statusLabel(ListStatus status);
    static QString kindLabel(ListKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void failed(const QString& message, const QString& detail);

private:
    std::unique_ptr<DatabaseWorker> m_worker;
    QString m_author;
    QList<ListSummary> m_lists;
    int m_loading = 0;
};

} // namespace terrain
