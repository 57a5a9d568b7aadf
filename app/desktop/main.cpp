// terrain: the desktop app. Thin: parse the command line, set up translations and settings,
// show the window on the right campaign.
#include "storage/campaignpaths.h"
#include "ui/appsettings.h"
#include "translations.h"
#include "ui/mainwindow.h"
#include "util/memory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

int main(int argc, char* argv[])
{
    terrain::tuneMemoryAllocator();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Terrain"));
    QCoreApplication::setApplicationName(QStringLiteral("terrain"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TERRAIN_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Terrain"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.terrain.Terrain"));

    terrain::AppSettings settings;
    terrain::installTranslations(app, settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("terrain::main", "Terrain: campaign voter file."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption campaignOption(
        QStringLiteral("campaign"),
        QCoreApplication::translate("terrain::main", "Open the campaign file PATH (created when missing)."),
        QCoreApplication::translate("terrain::main", "PATH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("terrain::main",
                                    "Open a demo campaign (generated the first time, at PATH when --campaign is given)."));
    parser.addOption(campaignOption);
    parser.addOption(demoOption);
    // A campaign file opened from the file manager (the .desktop file passes it).
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("terrain::main", "A campaign file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    terrain::MainWindow window(settings);
    window.show();

    QString path = parser.value(campaignOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    const bool demo = parser.isSet(demoOption);
    if (path.isEmpty() && demo)
        path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                   .filePath(QStringLiteral("demo.terrain"));
    const bool named = !path.isEmpty();
    if (path.isEmpty())
        path = settings.lastCampaign().isEmpty() ? terrain::defaultCampaignPath() : settings.lastCampaign();

    // After the window has painted, so a long first run shows its progress over it.
    QTimer::singleShot(0, &window, [&window, path, demo, named] {
        if (QFileInfo::exists(path))
            window.openCampaign(path);
        else if (demo || !named)
            window.createDemoCampaign(path); // first run: a campaign to look around in
        else
            window.openCampaign(path, true);
    });
    return app.exec();
}
