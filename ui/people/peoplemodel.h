#pragma once

#include "people/peoplequery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

namespace terrain {

class DatabaseWorker;

// The People table over any number of people. The row count is the filter's count; rows
// come in pages of kPageSize from PeopleQuery in a worker thread (keyset pagination after a
// cached page, positional access after a jump), and only the pages the view asks for are
// fetched and kept (at most kMaxPages). Sorting is pushed into SQL. Until a page arrives
// its rows show an ellipsis.
class PeopleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleModel)

public:
    // Support comes early: on a laptop screen it is the column volunteers look for.
    enum Column { NameColumn, AgeColumn, SupportColumn, AddressColumn, UnitColumn, BureauColumn, PhoneColumn,
                  StatusColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value (name, age, support level...)
        IdRole,                      // people.id
        HouseholdRole,
        LoadedRole, // false while the row's page is on its way
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 60;

    // Opens its own connection to the campaign at `path` in a worker thread.
    PeopleModel(const QString& path, const QString& phoneRegion, QObject* parent = nullptr);
    ~PeopleModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const PeopleFilter& filter);
    PeopleFilter filter() const { return m_filter; }
    PeopleSort peopleSort() const { return m_sort; }
    // Reads everything again (after an import or a merge: counts and order changed).
    void reload();
    // One person changed: their row shows the new values (their place stays until reload).
    void refreshPerson(qint64 personId);

    // The row of a person among the pages loaded, or -1.
    int rowOfPerson(qint64 personId) const;
    qint64 personAt(int row) const;
    // True while a count or page is on its way.
    bool isLoading() const { return m_loading > 0; }
    // Goes up with each new filter or sort (a reload), not with pages or counts.
    quint64 generation() const { return m_generation; }
    // False while the row count is a floor: the first rows of a large result come before
    // its exact count (counted() says when it is in).
    bool isCountExact() const { return m_countExact; }
    // How many people a reload counts before it shows rows (the rest is counted after).
    void setQuickCountLimit(qint64 limit) { m_quickCountLimit = limit; }
    static PeopleColumn sortColumnFor(int column);

Q_SIGNALS:
    // The count and first page of the current filter and sort are in.
    void loaded(qint64 count);
    // The exact count of a large result, after loaded() gave a floor.
    void counted(qint64 count);
    // Another filter or sort was loaded (not a refresh of the same one): the view goes back
    // to the top, where a new result starts, instead of asking for rows far down it.
    void newResults();
    void failed(const QString& message, const QString& detail);

private:
    struct Page
    {
        QList<PersonRow> rows;
        quint64 lastUse = 0;
    };
    const PersonRow* rowAt(int row) const;
    void requestPage(int page) const;
    void pageArrived(quint64 generation, int page, const QList<PersonRow>& rows);
    void evictPages();
    void countRest(quint64 generation);

    QString m_region;
    std::unique_ptr<DatabaseWorker> m_worker;
    // The exact count of a large result runs on its own connection: the next keystroke's
    // rows never queue behind it (stopping a count inside the search index is not instant).
    std::unique_ptr<DatabaseWorker> m_countWorker;
    PeopleFilter m_filter;
    PeopleSort m_sort;
    qint64 m_count = 0;
    bool m_countExact = true;
    bool m_newQuery = false; // the filter or sort changed since the last load
    qint64 m_quickCountLimit = PeopleQuery::kPlanThreshold;
    std::shared_ptr<std::atomic_bool> m_countCancel = std::make_shared<std::atomic_bool>(false);
    quint64 m_generation = 0;
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_requested;
    mutable quint64 m_useCounter = 0;
    mutable int m_loading = 0;
};

} // namespace terrain
