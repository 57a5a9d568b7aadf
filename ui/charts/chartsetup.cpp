#include "ui/charts/chartsetup.h"

#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>

namespace terrain {

QChartView* makeChartView(
    const QString& objectName, const QString& title, Qt::Alignment legend, int minimumHeight, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(legend);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent); // the view owns the chart
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    return view;
}

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis; // removeAxis() gives the axis back: nothing else owns it
    }
}

QValueAxis* addValueAxis(QChart* chart, Qt::Alignment side, double min, double max, const QString& labelFormat)
{
    auto* axis = new QValueAxis;
    axis->setRange(min, max);
    axis->setLabelFormat(labelFormat);
    chart->addAxis(axis, side);
    return axis;
}

} // namespace terrain
