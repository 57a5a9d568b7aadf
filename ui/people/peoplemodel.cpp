#include "ui/people/peoplemodel.h"

#include "ui/databaseworker.h"
#include "ui/labels.h"

#include <QBrush>
#include <QSet>

#include <algorithm>
#include <utility>

namespace terrain {

namespace {

struct Loaded
{
    bool ok = true;
    Error error;
    qint64 count = 0;
    bool exact = true;
    QList<PersonRow> rows;
};

// The table's reads on a worker's own connection (memory-mapped, as every campaign
// connection is: a search looks up thousands of people at random; 1,000,000 people: "boyer",
// its 3,107 matches sorted by name and the first page, 12 ms -> 6 with the mapping).
struct TableReader
{
    TableReader(Database& db, const QString& region)
        : query(db, region)
    {
    }
    PeopleQuery query;
};

PeopleQuery& tableQuery(DatabaseWorker* worker, Database& db, const QString& region)
{
    return worker->local<TableReader>(db, region).query;
}

} // namespace

PeopleModel::PeopleModel(const QString& path, const QString& phoneRegion, QObject* parent)
    : QAbstractTableModel(parent),
      m_region(phoneRegion),
      m_worker(std::make_unique<DatabaseWorker>(path)),
      m_countWorker(std::make_unique<DatabaseWorker>(path))
{
    connect(m_worker.get(), &DatabaseWorker::failed, this, &PeopleModel::failed);
    connect(m_countWorker.get(), &DatabaseWorker::failed, this, &PeopleModel::failed);
}

PeopleModel::~PeopleModel()
{
    // The worker threads finish before the model they report to goes; a count stops at once.
    m_countCancel->store(true);
    m_countWorker.reset();
    m_worker.reset();
}

int PeopleModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int PeopleModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

PeopleColumn PeopleModel::sortColumnFor(int column)
{
    switch (column) {
    case AgeColumn:
        return PeopleColumn::BirthDate;
    case AddressColumn:
    case UnitColumn:
        return PeopleColumn::Address;
    case BureauColumn:
        return PeopleColumn::Bureau;
    case SupportColumn:
        return PeopleColumn::Support;
    case PhoneColumn:
        return PeopleColumn::Phone;
    case StatusColumn:
        return PeopleColumn::Status;
    default:
        return PeopleColumn::Name;
    }
}

const PersonRow* PeopleModel::rowAt(int row) const
{
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    it->lastUse = ++m_useCounter;
    const int inPage = row % kPageSize;
    return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
}

QVariant PeopleModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PersonRow* person = rowAt(index.row());
    if (role == LoadedRole)
        return person != nullptr;
    if (!person) {
        if (role == Qt::DisplayRole && index.column() == NameColumn)
            return QStringLiteral("…");
        return {};
    }
    switch (role) {
    case IdRole:
        return person->id;
    case HouseholdRole:
        return person->householdId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return person->displayName;
        case AgeColumn:
            return person->age >= 0 ? QVariant(person->age) : QVariant(QString());
        case AddressColumn:
            return person->address;
        case UnitColumn:
            return person->unit;
        case BureauColumn:
            return person->bureau;
        case SupportColumn:
            return person->support > 0 ? Labels::support(person->support) : QString();
        case PhoneColumn:
            return Labels::phone(person->phone);
        case StatusColumn:
            return Labels::status(person->status);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return person->displayName;
        case AgeColumn:
            return person->age;
        case AddressColumn:
            return person->address;
        case UnitColumn:
            return person->unit;
        case BureauColumn:
            return person->bureau;
        case SupportColumn:
            return person->support;
        case PhoneColumn:
            return person->phone;
        case StatusColumn:
            return person->status;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == SupportColumn && person->support > 0)
            return Labels::supportColor(person->support);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !person->birthDate.isEmpty())
            return tr("Born %1").arg(Labels::isoDate(person->birthDate));
        return {};
    case Qt::ForegroundRole:
        if (person->status != QLatin1StringView("active"))
            return QBrush(QColor(0x80, 0x86, 0x8b));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("Name");
        case AgeColumn:
            return tr("Age");
        case AddressColumn:
            return tr("Address");
        case UnitColumn:
            return tr("Unit");
        case BureauColumn:
            return tr("Bureau");
        case SupportColumn:
            return tr("Support");
        case PhoneColumn:
            return tr("Phone");
        case StatusColumn:
            return tr("Status");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == UnitColumn)
        return tr("Floor, apartment: what tells the households of one building apart");
    return {};
}

void PeopleModel::sort(int column, Qt::SortOrder order)
{
    PeopleSort sort{sortColumnFor(column), order};
    // Older first is a younger age: the age column sorts birth dates the other way.
    if (column == AgeColumn)
        sort.order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    if (sort == m_sort && m_generation > 0)
        return;
    m_sort = sort;
    m_newQuery = true;
    reload();
}

void PeopleModel::setFilter(const PeopleFilter& filter)
{
    if (filter == m_filter && m_generation > 0)
        return;
    m_filter = filter;
    m_newQuery = true;
    reload();
}

void PeopleModel::reload()
{
    const quint64 generation = ++m_generation;
    // A count still running for the previous filter stops: this one comes first.
    m_countCancel->store(true);
    m_countCancel = std::make_shared<std::atomic_bool>(false);
    m_countExact = true;
    ++m_loading;
    DatabaseWorker* worker = m_worker.get();
    m_worker->run(
        [worker, region = m_region, filter = m_filter, sort = m_sort, limit = m_quickCountLimit](Database& db) {
            PeopleQuery& query = tableQuery(worker, db, region);
            // What was stored may have changed: positions are computed again when needed.
            query.invalidate();
            Loaded out;
            // The rows first: an exact count of a short search can take longer than a
            // keystroke; it follows (countRest()).
            auto count = query.countUpTo(filter, limit);
            if (!count) {
                out.ok = false;
                out.error = count.error();
                return out;
            }
            // A search whose matches were all sorted is counted exactly, past the limit too.
            const std::optional<qint64> known = query.knownCount(filter);
            out.count = known.value_or(*count);
            out.exact = known.has_value() || *count < limit;
            auto rows = query.fetchPage(filter, sort, PeopleKey(), kPageSize);
            if (!rows) {
                out.ok = false;
                out.error = rows.error();
                return out;
            }
            out.rows = std::move(*rows);
            return out;
        },
        [this, generation](const Loaded& result) {
            --m_loading;
            if (generation != m_generation)
                return; // a newer filter or sort is on its way
            if (!result.ok) {
                Q_EMIT failed(result.error.message, result.error.detail);
                return;
            }
            beginResetModel();
            m_pages.clear();
            m_requested.clear();
            m_count = result.count;
            m_countExact = result.exact;
            m_pages.insert(0, Page{result.rows, ++m_useCounter});
            endResetModel();
            if (std::exchange(m_newQuery, false))
                Q_EMIT newResults();
            Q_EMIT loaded(m_count);
            if (!m_countExact)
                countRest(generation);
        });
}

void PeopleModel::countRest(quint64 generation)
{
    ++m_loading;
    DatabaseWorker* worker = m_countWorker.get();
    m_countWorker->run(
        [worker, region = m_region, filter = m_filter, cancel = m_countCancel](Database& db) {
            Loaded out;
            auto count = tableQuery(worker, db, region).count(filter, cancel.get());
            if (!count) {
                out.ok = false;
                out.error = count.error();
                return out;
            }
            out.count = *count;
            return out;
        },
        [this, generation](const Loaded& result) {
            --m_loading;
            if (generation != m_generation || (!result.ok && result.error.code == u"cancelled"))
                return;
            if (!result.ok) {
                Q_EMIT failed(result.error.message, result.error.detail);
                return;
            }
            // The rows past the first ones counted appear at the end; the ones shown stay.
            const int before = rowCount();
            const qint64 count = result.count;
            const int after = static_cast<int>(std::min<qint64>(count, std::numeric_limits<int>::max()));
            if (after > before) {
                beginInsertRows({}, before, after - 1);
                m_count = count;
                m_countExact = true;
                endInsertRows();
            } else if (after < before) {
                // Fewer than counted at first: people were removed in between.
                beginRemoveRows({}, after, before - 1);
                m_count = count;
                m_countExact = true;
                endRemoveRows();
            } else {
                m_count = count;
                m_countExact = true;
            }
            Q_EMIT counted(m_count);
        });
}

void PeopleModel::requestPage(int page) const
{
    if (m_requested.contains(page) || page < 0 || qint64(page) * kPageSize >= m_count)
        return;
    m_requested.insert(page);
    // After a page we hold, keyset pagination continues from its last row: constant time
    // with no positional index. Elsewhere (a jump of the scroll bar), positional access.
    PeopleKey after;
    bool keyset = page == 0;
    if (auto previous = m_pages.constFind(page - 1);
        previous != m_pages.constEnd() && previous->rows.size() == kPageSize) {
        after = previous->rows.constLast().key;
        keyset = true;
    }
    auto* self = const_cast<PeopleModel*>(this);
    ++self->m_loading;
    const quint64 generation = m_generation;
    DatabaseWorker* worker = m_worker.get();
    m_worker->run(
        [worker, region = m_region, filter = m_filter, sort = m_sort, after, keyset, page](Database& db) {
            PeopleQuery& query = tableQuery(worker, db, region);
            Loaded out;
            auto rows = keyset ? query.fetchPage(filter, sort, after, kPageSize)
                               : query.rowsAt(filter, sort, qint64(page) * kPageSize, kPageSize);
            if (!rows) {
                out.ok = false;
                out.error = rows.error();
                return out;
            }
            out.rows = std::move(*rows);
            return out;
        },
        [self, generation, page](const Loaded& result) {
            --self->m_loading;
            if (generation != self->m_generation)
                return;
            self->m_requested.remove(page);
            if (!result.ok) {
                Q_EMIT self->failed(result.error.message, result.error.detail);
                return;
            }
            self->pageArrived(generation, page, result.rows);
        });
}

void PeopleModel::pageArrived(quint64 generation, int page, const QList<PersonRow>& rows)
{
    if (generation != m_generation)
        return;
    m_pages.insert(page, Page{rows, ++m_useCounter});
    evictPages();
    const int first = page * kPageSize;
    const int last = std::min(rowCount() - 1, first + kPageSize - 1);
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void PeopleModel::evictPages()
{
    while (m_pages.size() > kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void PeopleModel::refreshPerson(qint64 personId)
{
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        const bool holds = std::any_of(it->rows.cbegin(), it->rows.cend(),
                                       [personId](const PersonRow& row) { return row.id == personId; });
        if (holds) {
            // The page stays on screen until its fresh copy replaces it.
            requestPage(it.key());
            return;
        }
    }
}

int PeopleModel::rowOfPerson(qint64 personId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).id == personId)
                return it.key() * kPageSize + i;
        }
    }
    return -1;
}

qint64 PeopleModel::personAt(int row) const
{
    const PersonRow* person = rowAt(row);
    return person ? person->id : 0;
}

} // namespace terrain
