#include "cases/CaseMergeDialog.h"

#include "common/WorkContext.h"
#include "shell/MessagePresenter.h"
#include "store/cases/CaseMergeRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/DuplicateReferralQuery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

CaseMergeDialog::CaseMergeDialog(WorkContext* context, const CaseDetails& mergedAway, QWidget* parent)
    : QDialog(parent), m_context(context), m_mergedAway(mergedAway), m_candidates(new QComboBox(this)),
      m_reference(new QLineEdit(this)), m_reason(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Merge %1 into another case").arg(mergedAway.reference));
    setAccessibleName(tr("Merge a case entered twice"));
    auto* explain = new QLabel(
        tr("%1 will be closed and point at the case you keep. Its timeline, invitees and meetings move to "
           "that case; its certificates stay with %1, where they were issued. Both timelines and the audit "
           "trail record the merge.")
            .arg(mergedAway.reference),
        this);
    explain->setWordWrap(true);

    m_candidates->setObjectName(QStringLiteral("mergeCandidates"));
    m_candidates->setAccessibleName(tr("The case to keep"));
    m_candidates->addItem(tr("Choose the case to keep, or type its reference below"));
    QList<DuplicateCase> found;
    if (m_context->isOpen())
        MessagePresenter::instance().showIfFailed(
            this, tr("Merge cases"),
            DuplicateReferralQuery(m_context->database()).find(mergedAway.referral, &found));
    for (const DuplicateCase& candidate : found) {
        if (candidate.caseId == mergedAway.id)
            continue;
        m_candidates->addItem(tr("%1  %2  (%3, %4)")
                                  .arg(candidate.reference, candidate.childName, candidate.councilName,
                                       caseStageTitle(candidate.stage)),
                              candidate.caseId);
    }
    m_reference->setObjectName(QStringLiteral("mergeReference"));
    m_reference->setAccessibleName(tr("Reference of the case to keep"));
    m_reference->setPlaceholderText(tr("For example MED-2026-00012"));
    m_reason->setObjectName(QStringLiteral("mergeReason"));
    m_reason->setAccessibleName(tr("Why the cases are merged"));
    m_problem->setObjectName(QStringLiteral("mergeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);

    auto* form = new QFormLayout;
    form->addRow(tr("&Keep:"), m_candidates);
    form->addRow(tr("Or &reference:"), m_reference);
    form->addRow(tr("&Why:"), m_reason);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseMergeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseMergeDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());
}

QString CaseMergeDialog::problemText() const
{
    return m_problem->text();
}

void CaseMergeDialog::accept()
{
    qint64 keptId = 0;
    if (!m_reference->text().trimmed().isEmpty()) {
        if (StoreError error =
                CaseRepository::idForReference(m_context->database(), m_reference->text(), &keptId)) {
            m_problem->setText(error.message());
            m_reference->setFocus(Qt::OtherFocusReason);
            return;
        }
    } else if (m_candidates->currentData().isValid()) {
        keptId = m_candidates->currentData().toLongLong();
    } else {
        m_problem->setText(tr("Choose the case to keep, or type its reference."));
        m_candidates->setFocus(Qt::OtherFocusReason);
        return;
    }
    CaseMergeRepository merges(m_context->database(), m_context->calendar());
    if (StoreError error = merges.merge(keptId, m_mergedAway.id, m_reason->text(), m_context->today(),
                                        m_context->currentUserId())) {
        m_problem->setText(error.message());
        return;
    }
    m_keptId = keptId;
    QDialog::accept();
}
