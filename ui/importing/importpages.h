#pragma once

#include "importing/importer.h"

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace terrain {

class DatabaseWorker;
class ImportWizard;

// Choose the voter file.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)

public:
    explicit ImportFilePage(ImportWizard& wizard);
    bool isComplete() const override;
    bool validatePage() override;

private:
    ImportWizard& m_wizard;
    QLineEdit* m_path = nullptr;
    QLabel* m_error = nullptr;
};

// What was detected (encoding, separator) and the profile: each can be changed.
class ImportFormatPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFormatPage)

public:
    explicit ImportFormatPage(ImportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void fill();
    ImportWizard& m_wizard;
    QLabel* m_file = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_recognised = nullptr;
    QLabel* m_error = nullptr;
    bool m_filling = false;
};

// Each column of the file, examples of its values, and the field it goes to.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportMappingPage)

public:
    explicit ImportMappingPage(ImportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void validate();
    void saveProfile();
    ImportWizard& m_wizard;
    QTableWidget* m_table = nullptr;
    QLabel* m_status = nullptr;
    bool m_valid = false;
};

// The first rows as they will be stored; rejected ones in red with the reason.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewPage)

public:
    static constexpr int kRows = 100;
    explicit ImportPreviewPage(ImportWizard& wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard& m_wizard;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_markMissing = nullptr;
};

// The import itself, in a worker thread: rows, rows per second, percent; Cancel stops it.
class ImportProgressPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgressPage)

public:
    explicit ImportProgressPage(ImportWizard& wizard);
    ~ImportProgressPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void start();
    void progress(const ImportProgress& progress);
    void finished(const Result<ImportReport>& report);
    ImportWizard& m_wizard;
    QProgressBar* m_bar = nullptr;
    QLabel* m_label = nullptr;
    std::unique_ptr<DatabaseWorker> m_worker;
    bool m_done = false;
};

// What the import did, and the file of the rows it could not take.
class ImportReportPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportReportPage)

public:
    explicit ImportReportPage(ImportWizard& wizard);
    void initializePage() override;

private:
    ImportWizard& m_wizard;
    QLabel* m_summary = nullptr;
    QLabel* m_rejects = nullptr;
    QPushButton* m_openRejects = nullptr;
};

} // namespace terrain
