#pragma once

#include "lists/segmentfilter.h"

#include <QTreeWidget>

namespace terrain {

// A segment's conditions as a tree the coordinator edits: group rows (all of / any of / none
// of) and condition rows, each with its value editor in the second column. Any edit emits
// changed(); filter() reads the tree back as a SegmentFilter.
class SegmentTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentTree)

public:
    enum class Group { All, Any, None };

    explicit SegmentTree(QWidget* parent = nullptr);

    // Everyone: one empty "all of" group.
    void clearConditions();
    // Shows a saved filter (what the tree cannot show is kept as an "all of" group of its parts).
    void setFilter(const SegmentFilter& filter);
    SegmentFilter filter() const;

    QTreeWidgetItem* rootGroup() const { return topLevelItem(0); }
    // Adds to `group` (null: the selected row's group). Returns the new row.
    QTreeWidgetItem* addCondition(SegmentFilter::Kind kind, QTreeWidgetItem* group = nullptr);
    QTreeWidgetItem* addGroup(Group kind, QTreeWidgetItem* group = nullptr);
    void removeSelected();
    // The value editor of a row (its widgets have object names: value, min, max, level1..5, level0).
    QWidget* editor(QTreeWidgetItem* item) const { return itemWidget(item, 1); }

    static QString kindLabel(SegmentFilter::Kind kind);
    // The conditions offered, in menu order.
    static QList<SegmentFilter::Kind> conditionKinds();

Q_SIGNALS:
    void changed();

private:
    QTreeWidgetItem* groupFor(QTreeWidgetItem* item) const;
    QTreeWidgetItem* makeGroup(QTreeWidgetItem* parent, Group kind);
    QTreeWidgetItem* makeCondition(QTreeWidgetItem* parent, const SegmentFilter& condition);
    void fill(QTreeWidgetItem* group, const SegmentFilter& filter);
    SegmentFilter read(QTreeWidgetItem* item) const;
};

} // namespace terrain
