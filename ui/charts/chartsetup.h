#pragma once

#include <QString>
#include <Qt>

class QChart;
class QChartView;
class QValueAxis;
class QWidget;

namespace terrain {

// How the app's pages show a chart: a QChart with small margins and its legend where asked,
// in an antialiased view of at least `minimumHeight` pixels. The chart is view->chart().
QChartView* makeChartView(
    const QString& objectName, const QString& title, Qt::Alignment legend, int minimumHeight, QWidget* parent);

// Takes every series and axis out, before the page fills the chart again.
void clearChart(QChart* chart);

// A value axis from `min` to `max`, labelled with a printf format ("%d %%"), on that side.
QValueAxis* addValueAxis(QChart* chart, Qt::Alignment side, double min, double max, const QString& labelFormat);

} // namespace terrain
