// How fast CsvReader parses, run by hand (not a test: timings depend on the machine).
//
//   csvthroughput                 writes a voter-like file (1,000,000 rows x 29 columns, UTF-8, ~200 MB)
//                                 to the temporary folder, reads it, and removes it
//   csvthroughput --generate FILE writes that file and stops (to compare with sqlite3's .import)
//   csvthroughput FILE [CHUNK]    reads FILE (sniffed), optionally with a chunk size in bytes
#include "importing/csvdialect.h"
#include "importing/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace terrain;

namespace {

void generate(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const char* names[] = {"DUPONT", "MARTIN", "LEFÈVRE", "PETIT", "DURAND", "LEROY", "MOREAU", "GARÇON"};
    const char* first[] = {"Jean", "Hélène", "Élodie", "François", "Zoé", "Noël", "Chloé", "Paul"};
    const char* streets[] = {"rue de la République", "avenue Jean-Jaurès", "place de l'Église", "chemin des Prés"};
    QRandomGenerator rng(42);
    QByteArray out;
    out += "bureau;num_electeur;civilite;nom;nom_usage;prenoms;date_naissance;commune_naissance;dept_naissance;"
           "pays_naissance;nationalite;num_voie;type_voie;libelle_voie;complement1;complement2;lieu_dit;code_postal;"
           "commune;pays;telephone;email;date_inscription;liste;circonscription;canton;ordre;observations;statut\n";
    for (int row = 0; row < 1'000'000; ++row) {
        const auto pick = [&](const auto& list) { return list[rng.bounded(int(std::size(list)))]; };
        out += QByteArray::number(row % 40 + 1) + ';' + QByteArray::number(100000 + row) + ';'
            + (row % 2 ? "M" : "MME") + ';' + pick(names) + ';' + (row % 5 ? "" : pick(names)) + ';' + pick(first)
            + ' ' + pick(first) + ";1970-05-" + QByteArray::number(row % 28 + 10) + ";Saint-Étienne;42;FRANCE;FR;"
            + QByteArray::number(row % 200 + 1) + ";RUE;" + pick(streets) + ';'
            + (row % 7 ? "" : "\"Bât. B, esc. 2\"") + ";;;" + "750" + QByteArray::number(row % 20 + 10)
            + ";Paris;FRANCE;06" + QByteArray::number(10000000 + row) + ";electeur" + QByteArray::number(row)
            + "@exemple.fr;2015-03-01;LP;1;3;" + QByteArray::number(row) + ';'
            + (row % 11 ? "" : "\"dit \"\"Jeannot\"\"\"") + ";inscrit\n";
        if (out.size() > (8 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == u"--generate") {
        generate(args.at(2));
        return 0;
    }
    const bool generated = args.size() < 2;
    const QString path = generated ? QDir::temp().filePath(QStringLiteral("terrain-csvthroughput.csv")) : args.at(1);
    if (generated)
        generate(path);

    QElapsedTimer timer;
    timer.start();
    const auto dialect = sniffCsv(path);
    if (!dialect)
        qFatal("%s", qPrintable(dialect.error().toString()));
    auto reader = CsvReader::open(path, *dialect);
    if (!reader)
        qFatal("%s", qPrintable(reader.error().toString()));
    CsvReader& csv = **reader;
    if (args.size() > 2)
        csv.setChunkSize(args.at(2).toLongLong());
    qint64 records = 0;
    qint64 fields = 0;
    qint64 characters = 0;
    while (csv.next()) {
        ++records;
        fields += qint64(csv.fields().size());
        for (const QStringView field : csv.fields())
            characters += field.size();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (csv.error())
        std::fprintf(stderr, "error: %s\n", qPrintable(csv.error()->toString()));
    const double megabytes = double(csv.totalBytes()) / (1024.0 * 1024.0);
    std::printf("%s: %s, delimiter '%s'\n%lld records, %lld fields, %lld characters, %lld replacements\n"
                "%.1f MiB in %.3f s: %.0f MiB/s\n",
                qPrintable(path), qPrintable(encodingName(csv.encoding())), qPrintable(QString(dialect->delimiter)),
                records, fields, characters, csv.replacementCount(), megabytes, seconds, megabytes / seconds);
    if (generated)
        QFile::remove(path);
    return csv.error() ? 1 : 0;
}
