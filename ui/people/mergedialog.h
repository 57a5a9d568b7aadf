#pragma once

#include "people/persondetail.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace terrain {

class PersonService;

// Two records of one person, side by side with what the kept one becomes. OK merges (it
// cannot be undone: the other record is deleted, everywhere through sync).
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    MergeDialog(PersonService& people, qint64 first, qint64 second, QWidget* parent = nullptr);

    qint64 keptPerson() const { return m_keep; }
    bool merged() const { return !m_merged.isEmpty(); }
    // What the merge wrote, for the undo stack.
    const PersonEdit& edit() const { return m_merged; }
    void accept() override;
    // Keeps the other record instead.
    void swap();
    // False when the preview could not be made (the reason is shown).
    bool isReady() const { return m_ready; }

private:
    void refresh();

    PersonService& m_people;
    qint64 m_keep;
    qint64 m_drop;
    PersonEdit m_merged;
    bool m_ready = false;
    QTreeWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace terrain
