#pragma once

#include "gotv/gotvdashboard.h"

#include <QList>
#include <QTime>

#include <utility>

class QChart;

namespace terrain {

using BureauSeries = QList<std::pair<BureauFigures, QList<TurnoutPoint>>>;

// Draws turnout through the day (08:00 to the close, in %): per bureau a solid line of the
// official figures and a dashed line of the expected turnout, in the bureau's colour.
void showTurnoutSeries(QChart* chart, QTime closes, const BureauSeries& series);

} // namespace terrain
