#pragma once

#include <QTableView>

namespace terrain {

class AppSettings;
class PeopleModel;

// The People table as every page shows it: whole rows, sortable headers pushed into SQL,
// column widths remembered, Enter opens the current person (personActivated).
class PeopleTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleTable)

public:
    PeopleTable(PeopleModel* model, AppSettings& settings, const QString& objectName, QWidget* parent = nullptr);
    ~PeopleTable() override;

    PeopleModel* peopleModel() const { return m_model; }
    // The person on the current row, 0 when none.
    qint64 currentPerson() const;
    // The people of the selected rows (loaded ones).
    QList<qint64> selectedPeople() const;
    // Makes a person's row current when it is among the loaded rows; false otherwise.
    bool selectPerson(qint64 personId);

Q_SIGNALS:
    void currentPersonChanged(qint64 personId);
    void personActivated(qint64 personId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    PeopleModel* m_model;
    AppSettings& m_settings;
};

} // namespace terrain
