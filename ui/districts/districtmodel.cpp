#include "ui/districts/districtmodel.h"

#include "ui/databaseworker.h"
#include "ui/labels.h"

#include <QLocale>

namespace terrain {

namespace {

// What one job brings back: the communes with their bureaux, or one node's children.
struct Fetched
{
    QList<DistrictNode> nodes;
    QList<QList<DistrictNode>> children; // communes only: each one's bureaux
};

QString percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {};
    return QLocale().toString(100.0 * double(part) / double(whole), 'f', 0) + QStringLiteral(" %");
}

} // namespace

DistrictModel::DistrictModel(const QString& path, const QString& author, QObject* parent)
    : QAbstractItemModel(parent),
      m_worker(std::make_unique<DatabaseWorker>(path)),
      m_author(author),
      m_root(std::make_unique<Item>())
{
    m_root->fetched = true;
    connect(m_worker.get(), &DatabaseWorker::failed, this, &DistrictModel::failed);
}

DistrictModel::~DistrictModel()
{
    m_worker.reset();
}

DistrictModel::Item* DistrictModel::itemFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Item*>(index.internalPointer()) : m_root.get();
}

QModelIndex DistrictModel::indexFor(Item* item) const
{
    return item == m_root.get() || !item ? QModelIndex() : createIndex(item->row, 0, item);
}

QModelIndex DistrictModel::index(int row, int column, const QModelIndex& parent) const
{
    Item* item = itemFor(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || row >= int(item->children.size()))
        return {};
    return createIndex(row, column, item->children[size_t(row)].get());
}

QModelIndex DistrictModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexFor(itemFor(child)->parent);
}

int DistrictModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(itemFor(parent)->children.size());
}

int DistrictModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool DistrictModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Item* item = itemFor(parent);
    if (item == m_root.get())
        return !item->children.empty();
    return item->fetched ? !item->children.empty() : item->node.hasChildren;
}

bool DistrictModel::canFetchMore(const QModelIndex& parent) const
{
    if (!parent.isValid() || parent.column() != 0)
        return false;
    const Item* item = itemFor(parent);
    return !item->fetched && !item->fetching && item->node.hasChildren;
}

void DistrictModel::adopt(Item* parent, const QList<DistrictNode>& nodes)
{
    for (const DistrictNode& node : nodes) {
        auto item = std::make_unique<Item>();
        item->node = node;
        item->parent = parent;
        item->row = int(parent->children.size());
        parent->children.push_back(std::move(item));
    }
}

void DistrictModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Item* item = itemFor(parent);
    item->fetching = true;
    ++m_loading;
    const quint64 generation = m_generation;
    DatabaseWorker* worker = m_worker.get();
    m_worker->run(
        [worker, author = m_author, node = item->node](Database& db) {
            return worker->local<DistrictTree>(db, author).children(node);
        },
        [this, generation, item](const QList<DistrictNode>& children) {
            --m_loading;
            if (generation != m_generation)
                return; // the tree was read again meanwhile: `item` is gone
            item->fetching = false;
            item->fetched = true;
            const QModelIndex parentIndex = indexFor(item);
            if (!children.isEmpty()) {
                beginInsertRows(parentIndex, 0, int(children.size()) - 1);
                adopt(item, children);
                endInsertRows();
            } else {
                // It said it had children and has none now: let the view drop the arrow.
                Q_EMIT dataChanged(parentIndex, parentIndex);
            }
            Q_EMIT childrenLoaded(parentIndex);
        });
}

void DistrictModel::reload()
{
    const quint64 generation = ++m_generation;
    ++m_loading;
    DatabaseWorker* worker = m_worker.get();
    m_worker->run(
        [worker, author = m_author](Database& db) {
            DistrictTree& tree = worker->local<DistrictTree>(db, author);
            Fetched out;
            out.nodes = tree.communes();
            for (const DistrictNode& commune : std::as_const(out.nodes))
                out.children << (commune.hasChildren ? tree.children(commune) : QList<DistrictNode>());
            return out;
        },
        [this, generation](const Fetched& fetched) {
            --m_loading;
            if (generation != m_generation)
                return;
            beginResetModel();
            m_root = std::make_unique<Item>();
            m_root->fetched = true;
            adopt(m_root.get(), fetched.nodes);
            for (size_t i = 0; i < m_root->children.size(); ++i) {
                Item* commune = m_root->children[i].get();
                adopt(commune, fetched.children.value(qsizetype(i)));
                commune->fetched = true;
            }
            // Fresh items: fetches still on their way belong to the old tree.
            ++m_generation;
            endResetModel();
            Q_EMIT loaded();
        });
}

DistrictNode DistrictModel::node(const QModelIndex& index) const
{
    return index.isValid() ? itemFor(index)->node : DistrictNode();
}

QVariant DistrictModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const DistrictNode& node = itemFor(index)->node;
    const DistrictFigures& f = node.figures;
    const QLocale locale;
    if (role == KindRole)
        return int(node.kind);
    if (role == SupportRole) {
        QVariantList counts;
        for (qint64 n : f.support)
            counts << n;
        return counts;
    }
    if (role == SortRole) {
        switch (index.column()) {
        case NameColumn:
            return node.label;
        case VotersColumn:
            return f.voters;
        case DoorsColumn:
            return f.doors;
        case PhoneColumn:
            return f.withPhone;
        case ReachedColumn:
            return f.reached;
        case SupportColumn:
            return f.supporters();
        case LastCanvassColumn:
            return f.lastCanvass;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return node.label;
        case VotersColumn:
            return locale.toString(f.voters);
        case DoorsColumn:
            return locale.toString(f.doors);
        case PhoneColumn:
            return locale.toString(f.withPhone);
        case ReachedColumn:
            return locale.toString(f.reached);
        case SupportColumn:
            return f.voters > 0 ? tr("%1 supporters").arg(percentOf(f.supporters(), f.voters)) : QString();
        case LastCanvassColumn:
            return Labels::date(f.lastCanvass);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case PhoneColumn:
            return tr("%1 of the voters have a phone").arg(percentOf(f.withPhone, f.voters));
        case ReachedColumn:
            return tr("%1 of the voters reached").arg(percentOf(f.reached, f.voters));
        case SupportColumn: {
            QStringList lines;
            for (int level = 1; level <= 5; ++level)
                lines << tr("%1: %2", "support level: people")
                             .arg(Labels::support(level), locale.toString(f.support[size_t(level)]));
            lines << tr("%1: %2", "support level: people").arg(Labels::support(0), locale.toString(f.support[0]));
            return lines.join(u'\n');
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn && index.column() != SupportColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DistrictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn:
            return tr("District");
        case VotersColumn:
            return tr("Voters");
        case DoorsColumn:
            return tr("Doors");
        case PhoneColumn:
            return tr("With a phone");
        case ReachedColumn:
            return tr("Reached");
        case SupportColumn:
            return tr("Support");
        case LastCanvassColumn:
            return tr("Last canvass");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case VotersColumn:
            return tr("Active voters: people on the list who have not moved or died");
        case DoorsColumn:
            return tr("Households with at least one voter");
        case ReachedColumn:
            return tr("People the campaign has spoken with (door or phone)");
        case SupportColumn:
            return tr("Support breakdown, from strong support (green) to strong against (red); grey: unknown");
        case LastCanvassColumn:
            return tr("The latest door-to-door visit");
        default:
            return {};
        }
    }
    return {};
}

} // namespace terrain
