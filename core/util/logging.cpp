#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "terrain.storage")
Q_LOGGING_CATEGORY(lcImport, "terrain.import")
Q_LOGGING_CATEGORY(lcExport, "terrain.export")
Q_LOGGING_CATEGORY(lcSearch, "terrain.search")
Q_LOGGING_CATEGORY(lcSync, "terrain.sync")
Q_LOGGING_CATEGORY(lcPeople, "terrain.people")
Q_LOGGING_CATEGORY(lcLists, "terrain.lists")
Q_LOGGING_CATEGORY(lcServer, "terrain.server")
