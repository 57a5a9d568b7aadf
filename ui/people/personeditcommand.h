#pragma once

#include "people/persondetail.h"
#include "util/result.h"

#include <QUndoCommand>

#include <functional>

namespace terrain {

class CampaignSession;

// One edit of a person on the session's undo stack. The edit is already written when the
// command is pushed: the first redo() does nothing; undo() and later redo() go through
// PersonService::undo(), each returning the edit that reverses it.
class PersonEditCommand final : public QUndoCommand
{
public:
    using ErrorHandler = std::function<void(const Error&)>;

    PersonEditCommand(CampaignSession& session, PersonEdit edit, const QString& text, ErrorHandler onError);

    void undo() override;
    void redo() override;

    const PersonEdit& edit() const { return m_edit; }

private:
    void flip();

    CampaignSession& m_session;
    PersonEdit m_edit; // what undo() takes back next (or redo() does again)
    ErrorHandler m_onError;
    bool m_firstRedo = true;
};

// Applies an edit's result: an error goes to `onError`; an edit that changed something goes
// on the undo stack and tells the views. Returns true when it changed something.
bool pushPersonEdit(CampaignSession& session, Result<PersonEdit> result, const QString& text,
                    const PersonEditCommand::ErrorHandler& onError);

} // namespace terrain
