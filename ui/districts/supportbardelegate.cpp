#include "ui/districts/supportbardelegate.h"

#include "ui/labels.h"

#include <QApplication>
#include <QPainter>

#include <array>

namespace terrain {

SupportBarDelegate::SupportBarDelegate(int countsRole, QObject* parent) : QStyledItemDelegate(parent), m_role(countsRole)
{
}

void SupportBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The selection and focus background, without the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const QVariantList counts = index.data(m_role).toList();
    qint64 total = 0;
    for (const QVariant& n : counts)
        total += n.toLongLong();
    if (counts.size() != 6 || total <= 0)
        return;

    const int textWidth = option.fontMetrics.horizontalAdvance(text) + 8;
    QRect bar = option.rect.adjusted(4, 5, -4, -5);
    bar.setWidth(std::max(20, bar.width() - textWidth));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Strong support at the left, strong against at the right of the known, unknown last.
    const std::array<int, 6> order{1, 2, 3, 4, 5, 0};
    double x = bar.left();
    qint64 running = 0;
    for (int level : order) {
        running += counts.at(level).toLongLong();
        const double end = bar.left() + double(bar.width()) * double(running) / double(total);
        if (end > x) {
            painter->fillRect(QRectF(x, bar.top(), end - x, bar.height()), Labels::supportColor(level));
            x = end;
        }
    }
    painter->setPen(QColor(0x90, 0xa4, 0xae));
    painter->drawRect(bar.adjusted(0, 0, -1, -1));
    painter->setPen(option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                          : option.palette.text().color());
    painter->drawText(QRect(bar.right() + 6, option.rect.top(), textWidth, option.rect.height()),
                      Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize SupportBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width() + 120, 220));
    return size;
}

} // namespace terrain
