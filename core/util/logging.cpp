#include "logging.h"

Q_LOGGING_CATEGORY(lcStorage, "terrain.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "terrain.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "terrain.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "terrain.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "terrain.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPeople, "terrain.people", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLists, "terrain.lists", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "terrain.server", QtInfoMsg)
