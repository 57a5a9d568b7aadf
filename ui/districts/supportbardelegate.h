#pragma once

#include <QStyledItemDelegate>

namespace terrain {

// Draws a support breakdown (six counts: unknown, then levels 1 to 5) as one stacked bar,
// strong support first, unknown last, with the share of supporters written beside it.
class SupportBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportBarDelegate)

public:
    // `countsRole`: the model role holding the counts as a QVariantList.
    SupportBarDelegate(int countsRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace terrain
