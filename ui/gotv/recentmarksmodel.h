#pragma once

#include "gotv/votemarker.h"

#include <QAbstractTableModel>

namespace terrain {

// The election's latest marks, newest first, each with where it came from (source), who
// typed it and when: the provenance the law asks the campaign to keep in view. Filled from
// the campaign file (VoteMarker::recentMarks), then by the marks typed on this screen.
class RecentMarksModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentMarksModel)

public:
    enum Column { TimeColumn, BureauColumn, NumberColumn, NameColumn, SourceColumn, AuthorColumn, ColumnCount };
    static constexpr int kMaxRows = 200;

    explicit RecentMarksModel(QObject* parent = nullptr);

    void addMark(const MarkOutcome& mark); // on top
    // The marks read from the campaign file, merged with those already listed (typed while
    // they were read), newest first.
    void setMarks(const QList<MarkOutcome>& marks);
    // Takes the mark out (undone); false when it is not listed.
    bool removeMark(qint64 markId);
    // Takes out every mark of this source (purged); returns how many.
    int removeSource(MarkSource source);
    void clear();
    const MarkOutcome& mark(int row) const { return m_marks[row]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MarkOutcome> m_marks;
};

} // namespace terrain
