#include "ui/campaignsession.h"

#include "people/campaignstats.h"
#include "sync/repository.h"

#include <QUndoStack>

namespace terrain {

Result<std::unique_ptr<CampaignSession>> CampaignSession::open(const QString& path, const QString& phoneRegion,
                                                               Database::OpenMode mode)
{
    auto db = Database::open(path, mode);
    if (!db)
        return db.error();
    return std::unique_ptr<CampaignSession>(new CampaignSession(std::move(db.value()), phoneRegion));
}

CampaignSession::CampaignSession(std::unique_ptr<Database> db, const QString& phoneRegion)
    : m_db(std::move(db)),
      m_path(m_db->path()),
      m_author(Repository::defaultAuthor()),
      m_phoneRegion(phoneRegion),
      m_undo(new QUndoStack(this))
{
    m_name = campaignName(*m_db);
}

CampaignSession::~CampaignSession()
{
    // Undo commands may hold services on the database: they go first.
    delete m_undo;
}

Status CampaignSession::rename(const QString& name)
{
    if (Status s = setCampaignName(*m_db, name); !s)
        return s;
    m_name = campaignName(*m_db);
    Q_EMIT nameChanged(m_name);
    return {};
}

} // namespace terrain
