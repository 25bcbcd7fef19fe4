#include "cases/CaseImportWizard.h"

#include "cases/CaseImportFilePage.h"
#include "cases/CaseImportMappingPage.h"
#include "cases/CaseImportPreviewPage.h"
#include "common/UserSettings.h"
#include "common/WorkContext.h"
#include "shell/MessagePresenter.h"

#include <QFile>
#include <algorithm>

CaseImportWizard::CaseImportWizard(WorkContext* context, QWidget* parent)
    : QWizard(parent), m_context(context), m_filePage(new CaseImportFilePage(this)),
      m_mappingPage(new CaseImportMappingPage(this)), m_previewPage(new CaseImportPreviewPage(this))
{
    setWindowTitle(tr("Import Cases"));
    setAccessibleName(tr("Import cases from a CSV file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, m_filePage);
    setPage(MappingPage, m_mappingPage);
    setPage(PreviewPage, m_previewPage);
    // Fits a 1366x768 laptop with the window's frame and the panel.
    resize(1040, 640);
}

void CaseImportWizard::gate(WorkContext* context, QAction* entry)
{
    const QList<Action> required = CaseImport::requiredActions();
    Action refused = required.first(); // said in the tooltip when the role lacks it
    for (const Action action : required) {
        if (!context->allows(action)) {
            refused = action;
            break;
        }
    }
    context->gate(entry, refused, context->isOpen());
}

void CaseImportWizard::setFile(const QString& path, const QStringList& headings, const QStringList& example)
{
    m_path = path;
    m_headings = headings;
    m_example = example;
}

StoreError CaseImportWizard::check(CaseImportReport* report)
{
    *report = {};
    m_checked.clear();
    if (!m_context->isOpen())
        return StoreError(StoreError::Kind::Invalid, tr("No database is open."));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError(StoreError::Kind::Invalid,
                          tr("%1 could not be read (%2).").arg(m_path, file.errorString()));
    const QByteArray content = file.readAll();
    CaseImport import(m_context->database(), m_context->calendar());
    QString problem;
    if (!import.setMapping(m_mapping, &problem))
        return StoreError(StoreError::Kind::Invalid, problem);
    if (StoreError error = import.check(content, m_context->today(), report))
        return error;
    m_checked = content;
    return {};
}

QString CaseImportWizard::settingsKey(const QString& name) const
{
    return UserSettings::key(UserSettings::username(m_context), QStringLiteral("caseImport/%1").arg(name));
}

void CaseImportWizard::accept()
{
    if (currentId() != PreviewPage || !m_previewPage->isComplete() || !m_context->isOpen())
        return;
    CaseImport import(m_context->database(), m_context->calendar());
    QString problem;
    CaseImportReport report;
    StoreError error;
    if (!import.setMapping(m_mapping, &problem))
        error = StoreError(StoreError::Kind::Invalid, problem);
    else
        error = import.run(m_checked, m_path, m_context->today(), &report);
    if (error || !report.problems.isEmpty() || !report.duplicates.isEmpty()) {
        // Nothing was stored (one transaction). A case added elsewhere since
        // the preview shows up when it is checked again.
        const QString why = error ? error.message()
                                  : tr("Since the preview, the file or the cases here changed: %1")
                                        .arg((report.problems + report.duplicates).join(QLatin1Char('\n')));
        MessagePresenter::instance().showError(
            this, tr("Nothing was imported"),
            tr("%1\n\nNo case was stored. The preview has been checked again.").arg(why));
        m_previewPage->check();
        return;
    }
    m_imported = report.cases.size();
    // The case list, dashboard and calendar refresh as after a new referral.
    m_context->notifyCaseChanged(0);
    const auto updated = std::count_if(report.cases.cbegin(), report.cases.cend(),
                                       [](const ImportedCase& imported) { return imported.updated; });
    const QString done = updated == 0
                             ? tr("%n case(s) imported.", nullptr, static_cast<int>(m_imported))
                             : tr("%1 created and %2 updated.")
                                   .arg(tr("%n case(s)", nullptr, static_cast<int>(m_imported - updated)),
                                        tr("%n case(s)", nullptr, static_cast<int>(updated)));
    MessagePresenter::instance().showInformation(this, tr("Cases imported"), done);
    QWizard::accept();
}
