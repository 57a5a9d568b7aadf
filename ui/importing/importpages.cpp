#include "ui/importing/importpages.h"

#include "importing/importprofile.h"
#include "ui/campaignsession.h"
#include "ui/databaseworker.h"
#include "ui/dialoghelper.h"
#include "ui/importing/importwizard.h"
#include "ui/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace terrain {

namespace {

QLabel* errorLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c5221f;"));
    label->hide();
    return label;
}

void showError(QLabel* label, const Error& error)
{
    label->setText(error.message);
    label->setToolTip(error.detail);
    label->show();
}

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u';':
        return ImportFormatPage::tr("Semicolon ( ; )");
    case u',':
        return ImportFormatPage::tr("Comma ( , )");
    case u'\t':
        return ImportFormatPage::tr("Tab");
    case u'|':
        return ImportFormatPage::tr("Vertical bar ( | )");
    default:
        return QString(delimiter);
    }
}

// The preview's result column, and how wide it may grow.
constexpr int kResultColumn = 1;
constexpr int kMaxResultWidth = 320;

} // namespace

// ---- File ---------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the voter file"));
    setSubTitle(tr("The electoral list from the town hall, a newer extract of it, or any table of people "
                   "saved as CSV (separated by semicolons, commas or tabs)."));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path of the file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    auto* help = new QLabel(tr("Importing again a newer extract of the same list updates the people already "
                               "known, adds the new ones and marks those who left the list, without losing "
                               "what the campaign knows about them."),
                            this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_error = errorLabel("fileError", this);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        Q_EMIT completeChanged();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = m_path->text().isEmpty()
                                   ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                   : QFileInfo(m_path->text()).absolutePath();
        const QString path = m_wizard.dialogs().openFileName(
            this, tr("Choose the voter file"), folder, tr("Voter files (*.csv *.txt *.tsv);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(QDir::toNativeSeparators(path));
    });
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    ImportRequest& request = m_wizard.request();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path != request.path) {
        // Another file: detect everything again.
        request.path = path;
        request.encoding.reset();
        request.profile.clear();
        request.overrides.clear();
    }
    if (Status s = m_wizard.replan(); !s) {
        showError(m_error, s.error());
        return false;
    }
    return true;
}

// ---- Format -------------------------------------------------------------------------

ImportFormatPage::ImportFormatPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFormatPage"));
    setTitle(tr("How the file is written"));
    setSubTitle(tr("Terrain has read the start of the file. Change what looks wrong: accents shown as odd "
                   "characters mean another encoding."));
    auto* form = new QFormLayout(this);
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("formatFile"));
    m_file->setWordWrap(true);
    form->addRow(tr("File:"), m_file);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Windows1252, TextEncoding::Utf16LE,
                                  TextEncoding::Utf16BE})
        m_encoding->addItem(encodingName(encoding), int(encoding));
    form->addRow(tr("&Encoding:"), m_encoding);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    for (char16_t delimiter : kCsvDelimiters)
        m_delimiter->addItem(delimiterName(QChar(delimiter)), QChar(delimiter));
    form->addRow(tr("&Separator:"), m_delimiter);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    form->addRow(tr("&Profile:"), m_profile);
    m_recognised = new QLabel(this);
    m_recognised->setObjectName(QStringLiteral("recognisedLabel"));
    m_recognised->setWordWrap(true);
    form->addRow(QString(), m_recognised);
    m_error = errorLabel("formatError", this);
    form->addRow(m_error);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wizard.request().encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
        if (Status s = m_wizard.replan(); !s)
            showError(m_error, s.error());
        fill();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wizard.request().delimiter = m_delimiter->currentData().toChar();
        if (Status s = m_wizard.replan(); !s)
            showError(m_error, s.error());
        fill();
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wizard.request().profile = m_profile->currentData().toString();
        if (Status s = m_wizard.replan(); !s)
            showError(m_error, s.error());
        fill();
    });
}

void ImportFormatPage::initializePage()
{
    fill();
}

void ImportFormatPage::fill()
{
    m_filling = true;
    const auto& plan = m_wizard.plan();
    const QFileInfo file(m_wizard.request().path);
    m_file->setText(QStringLiteral("%1 (%2)").arg(file.fileName(), QLocale().formattedDataSize(file.size())));
    m_profile->clear();
    ProfileStore store(m_wizard.session().db());
    for (const ImportProfile& profile : store.allProfiles())
        m_profile->addItem(profile.builtIn ? profile.name : tr("%1 (saved)").arg(profile.name), profile.id);
    if (plan) {
        m_error->hide();
        const int encoding = int(plan->dialect.encoding);
        m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(encoding)));
        m_encoding->setToolTip(plan->dialect.encodingGuessed ? tr("Plain ASCII so far: read as UTF-8") : QString());
        m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(plan->dialect.delimiter)));
        m_profile->setCurrentIndex(std::max(0, m_profile->findData(plan->mapping.profile.id)));
        m_recognised->setText(tr("%1 of %Ln columns recognised by this profile.", nullptr, int(plan->headers.size()))
                                  .arg(plan->mapping.recognised));
    }
    m_filling = false;
    Q_EMIT completeChanged();
}

bool ImportFormatPage::isComplete() const
{
    return m_wizard.plan().has_value();
}

// ---- Mapping ------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column of the file goes to a field of Terrain, or is ignored. Place and country of "
                   "birth and nationality are never kept."));
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("Examples"), tr("Stored as")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);
    auto* save = new QPushButton(tr("&Save as a profile…"), this);
    save->setObjectName(QStringLiteral("saveProfileButton"));
    save->setToolTip(tr("Next time, a file with these columns maps the same way by itself"));
    row->addWidget(m_status, 1);
    row->addWidget(save);
    layout->addLayout(row);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
}

void ImportMappingPage::initializePage()
{
    const auto& plan = m_wizard.plan();
    m_table->setRowCount(0);
    if (!plan)
        return;
    // Examples: the first distinct values of each column.
    QList<QStringList> samples(plan->headers.size());
    if (auto rows = previewRows(*plan, 30)) {
        for (const PreviewRow& row : *rows) {
            for (qsizetype c = 0; c < row.raw.size() && c < samples.size(); ++c) {
                const QString value = row.raw.at(c).trimmed();
                if (!value.isEmpty() && samples[c].size() < 3 && !samples[c].contains(value))
                    samples[c] << value;
            }
        }
    }
    m_table->setRowCount(int(plan->headers.size()));
    for (int c = 0; c < plan->headers.size(); ++c) {
        m_table->setItem(c, 0, new QTableWidgetItem(plan->headers.at(c)));
        auto* examples = new QTableWidgetItem(samples.at(c).join(QStringLiteral("  ·  ")));
        examples->setForeground(QColor(0x5f, 0x63, 0x68));
        m_table->setItem(c, 1, examples);
        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo_%1").arg(c));
        for (const ImportFieldInfo& info : importFields())
            combo->addItem(importFieldLabel(info.field), int(info.field));
        combo->setCurrentIndex(std::max(0, combo->findData(int(plan->mapping.fields.value(c, ImportField::Ignore)))));
        m_table->setCellWidget(c, 2, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c, combo] {
            if (Status s = m_wizard.setColumnField(c, static_cast<ImportField>(combo->currentData().toInt())); !s)
                m_status->setText(s.error().message);
            validate();
        });
    }
    validate();
}

void ImportMappingPage::validate()
{
    const auto& plan = m_wizard.plan();
    Status valid = plan ? validateMapping(plan->mapping) : Status(makeError(QStringLiteral("import.noPlan"), QString()));
    m_valid = valid.ok();
    if (m_valid) {
        m_status->setStyleSheet(QString());
        m_status->setText(tr("Ready: the next page shows the first rows as they will be stored."));
    } else {
        m_status->setStyleSheet(QStringLiteral("color: #c5221f;"));
        m_status->setText(valid.error().message);
    }
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_valid;
}

void ImportMappingPage::saveProfile()
{
    const auto& plan = m_wizard.plan();
    if (!plan)
        return;
    const auto name = m_wizard.dialogs().askText(this, tr("Save as a profile"), tr("Name of the profile:"),
                                                 QFileInfo(plan->request.path).completeBaseName());
    if (!name || name->trimmed().isEmpty())
        return;
    ProfileStore store(m_wizard.session().db());
    auto saved = store.save(name->trimmed(), plan->mapping, plan->headers);
    if (!saved) {
        m_status->setStyleSheet(QStringLiteral("color: #c5221f;"));
        m_status->setText(saved.error().message);
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved as the profile “%1”.").arg(saved->name));
}

// ---- Preview ------------------------------------------------------------------------
ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Check the first rows"));
    setSubTitle(tr("This is how they will be stored. Rows in red will not be imported: the reason is given, "
                   "and they will be written to a file you can correct."));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    layout->addWidget(m_summary);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setColumnCount(8);
    // The result comes first: it is what the coordinator checks.
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Name"), tr("Born"), tr("Address"),
                                        tr("Bureau"), tr("Phone"), tr("Email")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_markMissing = new QCheckBox(tr("People of these communes who are not in this file have left the list "
                                     "(a full, newer extract)"),
                                  this);
    m_markMissing->setObjectName(QStringLiteral("markMissingCheck"));
    layout->addWidget(m_markMissing);
    // Past this page the import runs: no going back to change it half-way.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
}

void ImportPreviewPage::initializePage()
{
    const auto& plan = m_wizard.plan();
    m_table->setRowCount(0);
    if (!plan)
        return;
    m_markMissing->setChecked(m_wizard.request().markMissingAsLeft.value_or(plan->mapping.profile.fullList));
    auto rows = previewRows(*plan, kRows);
    if (!rows) {
        m_summary->setText(rows.error().message);
        return;
    }
    int rejected = 0;
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const PreviewRow& row = rows->at(r);
        QStringList cells{QString::number(row.line)};
        if (row.row) {
            const NormalizedRow& n = *row.row;
            const QString name = QStringList{(n.usageName.isEmpty() ? n.birthName : n.usageName).toUpper(),
                                             n.firstNames}
                                     .join(u' ')
                                     .trimmed();
            // The unit is part of the address line when the file wrote it there.
            const QString address = n.unit.isEmpty() || n.rawAddress.contains(n.unit)
                                        ? n.rawAddress
                                        : QStringList{n.rawAddress, n.unit}.join(QStringLiteral(", "));
            cells << (n.warnings.isEmpty() ? tr("OK") : n.warnings.join(QStringLiteral("; "))) << name
                  << Labels::isoDate(n.birthDate) << address << n.bureauCode
                  << (n.phone.isValid() ? Labels::phone(n.phone.e164) : n.phone.raw) << n.email;
        } else {
            ++rejected;
            cells << row.error;
        }
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == kResultColumn)
                item->setToolTip(cells.at(c));
            if (!row.row) {
                item->setForeground(QColor(0xc5, 0x22, 0x1f));
                item->setBackground(QColor(0xfc, 0xe8, 0xe6));
            }
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    // Long warnings would push the person's own columns out of sight: the result column is
    // capped (its whole text is in the tooltip).
    m_table->setColumnWidth(kResultColumn, std::min(m_table->columnWidth(kResultColumn), kMaxResultWidth));
    m_summary->setText(tr("The first %Ln rows of the file:", nullptr, int(rows->size())) + u' '
                       + (rejected == 0 ? tr("all can be imported.")
                                        : tr("%Ln will not be imported.", nullptr, rejected)));
}

bool ImportPreviewPage::validatePage()
{
    m_wizard.request().markMissingAsLeft = m_markMissing->isChecked();
    return true;
}

// ---- Progress -----------------------------------------------------------------------

ImportProgressPage::ImportProgressPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("You can cancel: the campaign then stays exactly as it was."));
    auto* layout = new QVBoxLayout(this);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 100);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("progressLabel"));
    m_label->setWordWrap(true);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);
    layout->addStretch();
    connect(&wizard, &ImportWizard::cancelRequested, this, [this] {
        if (m_worker) {
            m_worker->cancel();
            m_label->setText(tr("Cancelling…"));
        }
    });
}

ImportProgressPage::~ImportProgressPage() = default;

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_bar->setValue(0);
    m_label->setText(tr("Starting…"));
    start();
}

void ImportProgressPage::cleanupPage()
{
    // QWizard::done() cleans up from inside the worker's own callback: stop it, but let the
    // page's destruction (or the next start) delete it.
    if (m_worker)
        m_worker->cancel();
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

void ImportProgressPage::start()
{
    const auto& plan = m_wizard.plan();
    if (!plan)
        return;
    ImportPlan run = *plan;
    run.request.markMissingAsLeft = m_wizard.request().markMissingAsLeft;
    run.request.author = m_wizard.request().author;
    m_worker = std::make_unique<DatabaseWorker>(m_wizard.session().path());
    connect(m_worker.get(), &DatabaseWorker::failed, this, [this](const QString& message, const QString& detail) {
        finished(Result<ImportReport>(makeError(QStringLiteral("import.open"), message, detail)));
    });
    m_wizard.setRunning(true);
    DatabaseWorker* worker = m_worker.get();
    m_worker->run(
        [worker, run, this](Database& db) {
            Importer importer(db);
            QElapsedTimer throttle;
            throttle.start();
            importer.setProgressHandler([&](const ImportProgress& p) {
                if (throttle.elapsed() < 100)
                    return;
                throttle.restart();
                worker->post([this, p] { progress(p); });
            });
            importer.setCancelFlag(worker->cancelFlag());
            return importer.run(run);
        },
        [this](const Result<ImportReport>& report) { finished(report); });
}

void ImportProgressPage::progress(const ImportProgress& p)
{
    if (m_worker && m_worker->isCancelled())
        return;
    const QLocale locale;
    m_bar->setValue(p.percent());
    m_label->setText(tr("%1 rows read · %2 rows a second · %3 %")
                         .arg(locale.toString(p.rows), locale.toString(qint64(p.rowsPerSecond)),
                              QString::number(p.percent())));
}

void ImportProgressPage::finished(const Result<ImportReport>& report)
{
    const bool cancelled = m_worker && m_worker->isCancelled();
    m_wizard.setRunning(false);
    if (!report) {
        m_bar->setValue(0);
        m_label->setText(cancelled ? tr("Import cancelled: nothing was changed.")
                                   : tr("The import failed and nothing was changed: %1").arg(report.error().message));
        m_label->setToolTip(report.error().detail);
        return;
    }
    m_bar->setValue(100);
    m_wizard.setReport(*report);
    m_done = true;
    Q_EMIT completeChanged();
    m_wizard.next();
}

// ---- Report -------------------------------------------------------------------------

ImportReportPage::ImportReportPage(ImportWizard& wizard) : m_wizard(wizard)
{
    setObjectName(QStringLiteral("importReportPage"));
    setTitle(tr("Import finished"));
    // A subtitle keeps the wizard's header, as on the other pages (without one the title moves into the page).
    setSubTitle(tr("What the import changed in the campaign."));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_rejects = new QLabel(this);
    m_rejects->setObjectName(QStringLiteral("reportRejects"));
    m_rejects->setWordWrap(true);
    layout->addWidget(m_rejects);
    m_openRejects = new QPushButton(tr("&Open the file of rejected rows"), this);
    m_openRejects->setObjectName(QStringLiteral("openRejectsButton"));
    layout->addWidget(m_openRejects, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_openRejects, &QPushButton::clicked, this, [this] {
        if (const auto& report = m_wizard.report(); report && !report->rejectsPath.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(report->rejectsPath));
    });
}

void ImportReportPage::initializePage()
{
    const auto& report = m_wizard.report();
    if (!report)
        return;
    const QLocale locale;
    const auto line = [&](const QString& label, qint64 n, const char* name) {
        return QStringLiteral("<tr><td>%1</td><td align=right><b><span id=%3>%2</span></b></td></tr>")
            .arg(label, locale.toString(n), QString::fromLatin1(name));
    };
    m_summary->setText(QStringLiteral("<table cellspacing=6>") + line(tr("Rows read"), report->rows, "rows")
                       + line(tr("People added"), report->added, "added")
                       + line(tr("People updated"), report->updated, "updated")
                       + line(tr("Unchanged"), report->unchanged, "unchanged")
                       + line(tr("No longer on the list"), report->left, "left")
                       + line(tr("Rows rejected"), report->rejected, "rejected")
                       + line(tr("Values kept but flagged (phones, emails)"), report->warnings, "warnings")
                       + QStringLiteral("</table>")
                       + tr("<p>Done in %1 s.</p>").arg(locale.toString(double(report->elapsedMs) / 1000.0, 'f', 1)));
    const bool rejects = !report->rejectsPath.isEmpty();
    m_openRejects->setVisible(rejects);
    m_rejects->setText(rejects ? tr("The rejected rows, with the reason for each, are in %1. Correct them and "
                                    "import that file again.\n\n%2")
                                     .arg(QDir::toNativeSeparators(report->rejectsPath),
                                          report->firstRejects.join(u'\n'))
                               : QString());
}

} // namespace terrain
