#include "ui/people/personeditcommand.h"

#include "people/personservice.h"
#include "ui/campaignsession.h"

#include <QUndoStack>

namespace terrain {

PersonEditCommand::PersonEditCommand(CampaignSession& session, PersonEdit edit, const QString& text,
                                     ErrorHandler onError)
    : QUndoCommand(text), m_session(session), m_edit(std::move(edit)), m_onError(std::move(onError))
{
}

void PersonEditCommand::undo()
{
    flip();
}

void PersonEditCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    flip();
}

void PersonEditCommand::flip()
{
    const qint64 person = m_edit.personId;
    auto reversed = m_session.people().undo(m_edit);
    if (!reversed) {
        // Someone (a merge, a sync) changed the row meanwhile; the stack cannot go on safely.
        if (m_onError)
            m_onError(reversed.error());
        setObsolete(true);
        return;
    }
    m_edit = std::move(*reversed);
    m_session.notifyPersonChanged(person);
}

bool pushPersonEdit(CampaignSession& session, Result<PersonEdit> result, const QString& text,
                    const PersonEditCommand::ErrorHandler& onError)
{
    if (!result) {
        if (onError)
            onError(result.error());
        return false;
    }
    if (result->isEmpty())
        return false;
    const qint64 person = result->personId;
    session.undoStack()->push(new PersonEditCommand(session, std::move(*result), text, onError));
    session.notifyPersonChanged(person);
    return true;
}

} // namespace terrain
