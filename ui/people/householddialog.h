#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace terrain {

class PersonService;

// The door: everyone at one address and unit, with what the campaign knows of each.
// Double-click (or Enter) opens a person.
class HouseholdDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HouseholdDialog)

public:
    HouseholdDialog(PersonService& people, qint64 personId, QWidget* parent = nullptr);

    // The person chosen to open, 0 when none.
    qint64 chosenPerson() const { return m_chosen; }
    int memberCount() const;

private:
    QTreeWidget* m_members = nullptr;
    QLabel* m_address = nullptr;
    qint64 m_chosen = 0;
};

} // namespace terrain
