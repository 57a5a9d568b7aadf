#include "ui/campaignsession.h"

#include "people/campaignstats.h"
#include "people/personservice.h"
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
      m_people(std::make_unique<PersonService>(*m_db, m_author, phoneRegion)),
      m_undo(new QUndoStack(this))
{
    m_name = campaignName(*m_db);
}

CampaignSession::~CampaignSession()
{
    // Undo commands use the person service: they go first, then the service, then the file.
    delete m_undo;
    m_undo = nullptr;
    m_people.reset();
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
