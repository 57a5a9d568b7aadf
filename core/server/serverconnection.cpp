#include "serverconnection.h"

#include <QCoreApplication>

namespace terrain {

Error ServerConnection::sqlError(const QString& message, const char* sql)
{
    return makeError(QStringLiteral("server.sql"),
        QCoreApplication::translate("terrain::ServerStore", "Database error"),
        message + u": " + QString::fromUtf8(sql));
}

} // namespace terrain
