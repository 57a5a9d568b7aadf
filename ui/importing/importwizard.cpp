#include "ui/importing/importwizard.h"

#include "ui/appsettings.h"
#include "ui/campaignsession.h"
#include "ui/importing/importpages.h"

#include <QAbstractButton>
#include <QIcon>

namespace terrain {

ImportWizard::ImportWizard(CampaignSession& session, AppSettings& settings, DialogHelper& dialogs, QWidget* parent)
    : QWizard(parent), m_session(session), m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a voter file"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/import.svg")));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_request.phoneRegion = settings.phoneRegion();
    m_request.author = session.author();
    setPage(FilePage, new ImportFilePage(*this));
    setPage(FormatPage, new ImportFormatPage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(PreviewPage, new ImportPreviewPage(*this));
    setPage(ProgressPage, new ImportProgressPage(*this));
    setPage(ReportPage, new ImportReportPage(*this));
    setStartId(FilePage);
    resize(900, 620);
}

ImportWizard::~ImportWizard() = default;

Status ImportWizard::replan()
{
    auto plan = planImport(m_session.db(), m_request);
    if (!plan) {
        m_plan.reset();
        Q_EMIT planChanged();
        return plan.error();
    }
    m_plan = std::move(*plan);
    // The plan settles the profile: later re-plans (another encoding) keep it.
    m_request.profile = m_plan->mapping.profile.id;
    m_request.overrides.clear();
    Q_EMIT planChanged();
    return {};
}

Status ImportWizard::setColumnField(int column, ImportField field)
{
    if (!m_plan || column < 0 || column >= m_plan->mapping.fields.size())
        return {};
    // The same path as the command line: an override "column number=field key".
    const QString override = QStringLiteral("%1=%2").arg(column + 1).arg(importFieldKey(field));
    if (Status s = applyOverrides(m_plan->mapping, m_plan->headers, {override}); !s)
        return s;
    m_request.overrides << override;
    m_plan->request.overrides = m_request.overrides;
    return {};
}

void ImportWizard::setRunning(bool running)
{
    m_running = running;
    button(QWizard::BackButton)->setEnabled(!running);
    if (!running && m_closeWhenStopped)
        QWizard::reject();
}

void ImportWizard::reject()
{
    if (m_running) {
        m_closeWhenStopped = true;
        Q_EMIT cancelRequested();
        return;
    }
    QWizard::reject();
}

} // namespace terrain
