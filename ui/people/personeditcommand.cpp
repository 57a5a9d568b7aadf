#include "ui/people/personeditcommand.h"

#include "people/personservice.h"
#include "ui/campaignsession.h"

#include <QUndoStack>

namespace terrain {

namespace {

// An edit of several rows (a person added or taken back, a merge) changes who is in the
// table; an edit of one person only changes that person.
void announce(CampaignSession& session, const PersonEdit& edit)
{
    if (edit.kind == PersonEdit::Kind::Rows)
        session.notifyPeopleChanged();
    session.notifyPersonChanged(edit.personId);
}

} // namespace

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
    auto reversed = m_session.people().undo(m_edit);
    if (!reversed) {
        // Someone (a merge, a sync) changed the row meanwhile; the stack cannot go on safely.
        if (m_onError)
            m_onError(reversed.error());
        setObsolete(true);
        return;
    }
    m_edit = std::move(*reversed);
    announce(m_session, m_edit);
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
    const PersonEdit& edit = *result;
    announce(session, edit);
    session.undoStack()->push(new PersonEditCommand(session, std::move(*result), text, onError));
    return true;
}

} // namespace terrain
