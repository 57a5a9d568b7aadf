#include "ui/gotv/turnoutchart.h"

#include "ui/charts/chartsetup.h"

#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace terrain {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("terrain::DashboardPanel", text);
}

double hours(QTime time)
{
    return time.msecsSinceStartOfDay() / 3600000.0;
}

} // namespace

void showTurnoutSeries(QChart* chart, QTime closes, const BureauSeries& series)
{
    clearChart(chart);
    const double end = std::max(hours(closes), 9.0);
    // The hours as the language writes them ("14:00", "14h"); a printf format.
    QValueAxis* x = addValueAxis(chart, Qt::AlignBottom, 8, end, tr("%d:00"));
    x->setTickCount(int(end - 8) / 2 + 1); // every two hours
    QValueAxis* y = addValueAxis(chart, Qt::AlignLeft, 0, 100, QStringLiteral("%d %%"));
    const QList<QColor> colours { QColor(0x15, 0x65, 0xc0), QColor(0xc6, 0x28, 0x28), QColor(0x2e, 0x7d, 0x32),
        QColor(0x6a, 0x1b, 0x9a), QColor(0xef, 0x6c, 0x00), QColor(0x00, 0x83, 0x8f) };
    int n = 0;
    for (const auto& [bureau, points] : series) {
        const QColor colour = colours[n++ % colours.size()];
        auto* official = new QLineSeries;
        official->setName(tr("Bureau %1").arg(bureau.code));
        official->setPen(QPen(colour, 2.5));
        official->setPointsVisible(true);
        official->append(8, 0);
        auto* expected = new QLineSeries;
        expected->setName(tr("expected"));
        expected->setPen(QPen(colour, 1.5, Qt::DashLine));
        expected->append(8, 0);
        for (const TurnoutPoint& p : points) {
            if (p.rate)
                official->append(hours(p.time), *p.rate * 100.0);
            if (p.expected)
                expected->append(hours(p.time), *p.expected * 100.0);
        }
        for (QLineSeries* s : { official, expected }) {
            chart->addSeries(s);
            s->attachAxis(x);
            s->attachAxis(y);
        }
        // One legend entry per bureau: the dashed line is explained by the title.
        const auto markers = chart->legend()->markers(expected);
        for (auto* marker : markers)
            marker->setVisible(false);
    }
}

} // namespace terrain
