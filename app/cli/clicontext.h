#pragma once

#include "storage/database.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace terrain::cli {

// Exit codes: 0 success, 1 the job failed (message on stderr), 2 wrong usage.
enum Exit { Success = 0, Failure = 1, Usage = 2 };

class Context
{
public:
    Context(QString command, QStringList arguments);

    // Sets up the parser with --help and --db, adds the command's own options, parses.
    // Returns false (with the exit code in `exit`) when the command must stop: --help, or an error.
    bool parse(QCommandLineParser& parser, const QString& description, int* exit,
               const QList<std::pair<QString, QString>>& positionals = {});

    // The campaign named by --db, or the user's default campaign.
    Result<std::unique_ptr<Database>> openCampaign(bool create = false) const;
    QString campaignPath() const { return m_campaignPath; }

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    int fail(const Error& error);
    int usage(const QString& message);
    // A progress line on stderr, rewritten in place when stderr is a terminal.
    void progress(const QString& line);
    void endProgress();

    QString command() const { return m_command; }

private:
    QString m_command;
    QStringList m_arguments;
    QString m_campaignPath;
    QTextStream m_out;
    QTextStream m_err;
    bool m_progressShown = false;
    bool m_tty = false;
};

using CommandFunction = std::function<int(Context&)>;

struct Command
{
    const char* name;
    const char* summary; // translatable, context "terrain::cli"
    CommandFunction run;
};

// Each group of commands registers itself here.
QList<Command> campaignCommands();
QList<Command> exportCommands();
QList<Command> importCommands();
QList<Command> canvassCommands();
QList<Command> listCommands();
QList<Command> syncCommands();
QList<Command> gotvCommands();

} // namespace terrain::cli
