#pragma once

#include <QAbstractTableModel>
#include <QList>

class QJsonValue;

namespace terrain {

class EntrySession;
struct Question;

// The paper-entry grid over an EntrySession: one group row per door (its number and
// address), then one row per person of the door with what has been typed. The rows never
// change while a list is open; each keystroke only changes the cells, so refresh() is enough.
class EntryGridModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryGridModel)

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        SupportColumn,
        ResultColumn,
        AnswersColumn,
        ColumnCount
    };
    enum Role
    {
        DoorRowRole = Qt::UserRole + 1, // bool: a door's group row
        CurrentRole,                    // bool: the row the next key goes to
        DoorIndexRole,                  // int: the door's index in the session
        PersonIndexRole,                // int: the person's index at the door (-1 on a door row)
    };

    explicit EntryGridModel(QObject* parent = nullptr);
    ~EntryGridModel() override;

    // The session shown (not owned; nullptr for none).
    void setSession(const EntrySession* session);
    // The session changed (a key was typed): every cell may have changed, the rows have not.
    void refresh();

    bool isDoorRow(int row) const;
    // The row of a door (person -1) or of one of its people; -1 past the end.
    int rowOf(int door, int person = -1) const;
    // The current person's row, or -1 when the list is done.
    int currentRow() const;

    // An answer as the grid and the legend say it ("Leaning support", "Yes", "A + B").
    static QString answerText(const Question& question, const QJsonValue& answer);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        int door = 0;
        int person = -1;
    };
    QVariant doorData(const Row& row, int column, int role) const;
    QVariant personData(const Row& row, int column, int role) const;

    const EntrySession* m_session = nullptr;
    QList<Row> m_rows;
};

} // namespace terrain
