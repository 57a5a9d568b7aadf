#include "clicontext.h"

#include "storage/campaignpaths.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace terrain::cli {

Context::Context(QString command, QStringList arguments)
    : m_command(std::move(command)),
      m_arguments(std::move(arguments)),
      m_out(stdout),
      m_err(stderr)
{
    m_tty = isatty(fileno(stderr)) != 0;
}

bool Context::parse(QCommandLineParser& parser, const QString& description, int* exit,
                    const QList<std::pair<QString, QString>>& positionals)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QCoreApplication::translate("terrain::cli", "The campaign file (default: %1).")
                                    .arg(defaultCampaignPath()),
                                QStringLiteral("path"));
    parser.addOption(db);
    for (const auto& [name, help] : positionals)
        parser.addPositionalArgument(name, help);
    if (!parser.parse(m_arguments)) {
        *exit = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText().replace(QStringLiteral("terrain-cli [options]"),
                                           QStringLiteral("terrain-cli ") + m_command + QStringLiteral(" [options]"));
        m_out.flush();
        *exit = Success;
        return false;
    }
    m_campaignPath = parser.isSet(db) ? parser.value(db) : defaultCampaignPath();
    return true;
}

Result<std::unique_ptr<Database>> Context::openCampaign(bool create) const
{
    return Database::open(m_campaignPath, create ? Database::OpenMode::CreateIfMissing
                                                 : Database::OpenMode::OpenExisting);
}

int Context::fail(const Error& error)
{
    endProgress();
    m_err << QStringLiteral("terrain-cli %1: ").arg(m_command) << error.message;
    if (!error.detail.isEmpty())
        m_err << QStringLiteral(" (") << error.detail << u')';
    m_err << Qt::endl;
    return Failure;
}

int Context::usage(const QString& message)
{
    m_err << QStringLiteral("terrain-cli %1: ").arg(m_command) << message << u'\n'
          << QCoreApplication::translate("terrain::cli", "Try 'terrain-cli %1 --help'.").arg(m_command) << Qt::endl;
    return Usage;
}

void Context::progress(const QString& line)
{
    if (!m_tty)
        return;
    m_err << u'\r' << line << QStringLiteral("\x1b[K");
    m_err.flush();
    m_progressShown = true;
}

void Context::endProgress()
{
    if (m_progressShown) {
        m_err << u'\n';
        m_err.flush();
        m_progressShown = false;
    }
}

} // namespace terrain::cli
