#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace terrain {

class CampaignSession;

// Moves a person into the household of someone else: find that someone by name or address,
// pick them, OK. The move is an ordinary edit (undoable).
class MoveHouseholdDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveHouseholdDialog)

public:
    MoveHouseholdDialog(CampaignSession& session, qint64 personId, const QString& personName,
                        QWidget* parent = nullptr);

    // The household chosen (of the person picked), 0 when none.
    qint64 chosenHousehold() const { return m_household; }
    void accept() override;

private:
    void search();
    void picked();

    CampaignSession& m_session;
    qint64 m_person;
    qint64 m_household = 0;
    QLineEdit* m_search = nullptr;
    QListWidget* m_hits = nullptr;
    QLabel* m_choice = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace terrain
