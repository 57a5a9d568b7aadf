#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace terrain {

class PersonService;

// The campaign open in the window: its GUI-thread connection (quick reads and single edits;
// anything long goes to a DatabaseWorker on the same file), the undo stack of this
// session's edits, and who is editing. Pages get it by reference.
class CampaignSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignSession)

public:
    static Result<std::unique_ptr<CampaignSession>> open(const QString& path, const QString& phoneRegion,
                                                         Database::OpenMode mode = Database::OpenMode::OpenExisting);
    ~CampaignSession() override;

    Database& db() { return *m_db; }
    QString path() const { return m_path; }
    QString name() const { return m_name; }
    Status rename(const QString& name);
    QString author() const { return m_author; }
    QString phoneRegion() const { return m_phoneRegion; }
    QUndoStack* undoStack() const { return m_undo; }
    // The person panel's reads and edits, on this (GUI-thread) connection.
    PersonService& people() { return *m_people; }

    // Something changed people in bulk (an import, a merge): views reload.
    void notifyPeopleChanged() { Q_EMIT peopleChanged(); }
    // One person changed (an edit, an undo): views refresh that row.
    void notifyPersonChanged(qint64 personId) { Q_EMIT personChanged(personId); }

Q_SIGNALS:
    void peopleChanged();
    void personChanged(qint64 personId);
    void nameChanged(const QString& name);

private:
    CampaignSession(std::unique_ptr<Database> db, const QString& phoneRegion);

    std::unique_ptr<Database> m_db;
    QString m_path;
    QString m_name;
    QString m_author;
    QString m_phoneRegion;
    std::unique_ptr<PersonService> m_people;
    QUndoStack* m_undo = nullptr;
};

} // namespace terrain
