// terrain-cli: every job a coordinator does, headless. Thin: it parses the command line
// and calls the core services.
#include "clicontext.h"
#include "translations.h"
#include "util/memory.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace terrain::cli;

namespace {

QList<Command> allCommands()
{
    return campaignCommands() + exportCommands() + importCommands() + canvassCommands() + listCommands()
        + syncCommands() + gotvCommands();
}

void printUsage(QTextStream& stream)
{
    stream << QCoreApplication::translate("terrain::cli", "Usage: terrain-cli COMMAND [options]\n\n"
                                                          "Terrain's campaign database from the command line.\n\n"
                                                          "Commands:\n");
    for (const Command& c : allCommands())
        stream << QStringLiteral("  %1").arg(QString::fromLatin1(c.name), -12)
               << QCoreApplication::translate("terrain::cli", c.summary) << u'\n';
    stream << QCoreApplication::translate("terrain::cli", "\n'terrain-cli COMMAND --help' describes a command.\n");
    stream.flush();
}

// Printing lays out text, which needs fonts, hence a QGuiApplication; only these commands
// pay for it, and with no display they draw offscreen.
bool needsGui(int argc, char* argv[])
{
    if (argc < 2)
        return false;
    const QByteArrayView command(argv[1]);
    if (command == "print")
        return true;
    for (int i = 2; command == "walklist" && i < argc; ++i) {
        if (QByteArrayView(argv[i]).startsWith("--pdf"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    terrain::tuneMemoryAllocator();
    const bool gui = needsGui(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    std::unique_ptr<QCoreApplication> application = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Terrain"));
    QCoreApplication::setApplicationName(QStringLiteral("terrain"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TERRAIN_VERSION));
    // The system's language (LANG): messages, and what a command creates (default call
    // script, list names), as in the desktop.
    terrain::installTranslations(*application, QString());

    // The command's own output says what happened; the log is for TERRAIN_VERBOSE=1.
    if (qEnvironmentVariableIsEmpty("TERRAIN_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("terrain.*.info=false"));

    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream err(stderr);
        printUsage(err);
        return Usage;
    }
    const QString name = args.at(1);
    if (name == QLatin1StringView("--help") || name == QLatin1StringView("-h") || name == QLatin1StringView("help")) {
        QTextStream out(stdout);
        printUsage(out);
        return Success;
    }
    if (name == QLatin1StringView("--version")) {
        QTextStream(stdout) << "terrain-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    for (const Command& command : allCommands()) {
        if (name == QLatin1StringView(command.name)) {
            args.removeAt(1); // the parser sees: program, options...
            Context context(name, args);
            return command.run(context);
        }
    }
    QTextStream err(stderr);
    err << QCoreApplication::translate("terrain::cli", "terrain-cli: unknown command '%1'.\n\n").arg(name);
    printUsage(err);
    return Usage;
}
