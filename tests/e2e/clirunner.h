#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace terrain::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs terrain-cli with these arguments and waits for it (in the tests' C locale unless
// `environment` says otherwise).
inline CliResult runCli(const QStringList& arguments, const QByteArray& input = {}, int timeoutMs = 300000,
                        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TERRAIN_CLI), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace terrain::test
