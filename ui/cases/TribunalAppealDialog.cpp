#include "cases/TribunalAppealDialog.h"

#include "common/DateLineEdit.h"
#include "common/WorkContext.h"
#include "store/cases/TribunalAppealRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

TribunalAppealDialog::TribunalAppealDialog(WorkContext* context, qint64 caseId,
                                           const std::optional<TribunalAppeal>& current, QWidget* parent)
    : QDialog(parent), m_context(context), m_caseId(caseId), m_date(new DateLineEdit(this)),
      m_source(new QComboBox(this)), m_removeReason(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Appeal to the tribunal"));
    setAccessibleName(tr("Record an appeal to the tribunal"));
    auto* explain = new QLabel(tr("The family registered an appeal with the First-tier Tribunal (SEND). The "
                                  "councils' SEN2 return counts the mediation cases held that were followed "
                                  "by an appeal."),
                               this);
    explain->setWordWrap(true);
    m_date->setObjectName(QStringLiteral("appealDate"));
    m_date->setAccessibleName(tr("Date the appeal was registered"));
    m_date->setPlaceholderText(tr("For example 3/11/2026"));
    m_source->setObjectName(QStringLiteral("appealSource"));
    m_source->setAccessibleName(tr("How you learnt of the appeal"));
    for (AppealSource source : allAppealSources()) {
        QString title = appealSourceTitle(source);
        title[0] = title[0].toUpper();
        m_source->addItem(title, appealSourceToString(source));
    }
    if (current) {
        m_date->setDate(current->registeredDate);
        m_source->setCurrentIndex(m_source->findData(appealSourceToString(current->source)));
    }
    m_problem->setObjectName(QStringLiteral("appealProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);

    auto* form = new QFormLayout;
    form->addRow(tr("&Registered on:"), m_date);
    form->addRow(tr("&How we learnt it:"), m_source);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TribunalAppealDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TribunalAppealDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    // Taking an appeal off is for one recorded by mistake, and says why.
    m_removeReason->setObjectName(QStringLiteral("appealRemoveReason"));
    m_removeReason->setAccessibleName(tr("Why the appeal is taken off"));
    m_removeReason->setPlaceholderText(tr("Why it is taken off (kept on the timeline)"));
    auto* removeButton = new QPushButton(tr("&Take it off"), this);
    removeButton->setObjectName(QStringLiteral("appealRemoveButton"));
    removeButton->setAccessibleName(tr("Take the recorded appeal off the case"));
    connect(removeButton, &QPushButton::clicked, this, &TribunalAppealDialog::removeAppeal);
    if (current) {
        // Made only when it is shown: a layout never added to the form has
        // no owner and would leak.
        auto* removeRow = new QHBoxLayout;
        removeRow->addWidget(m_removeReason, 1);
        removeRow->addWidget(removeButton);
        form->addRow(tr("Recorded by mistake?"), removeRow);
        // Made after the buttons below; Tab takes it where it stands, beside its reason.
        QWidget::setTabOrder(m_removeReason, removeButton);
    } else {
        m_removeReason->hide();
        removeButton->hide();
    }
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QString TribunalAppealDialog::problemText() const
{
    return m_problem->text();
}

void TribunalAppealDialog::accept()
{
    if (!m_date->isAcceptable()) {
        m_problem->setText(m_date->errorText());
        m_date->setFocus();
        return;
    }
    TribunalAppeal appeal;
    appeal.registeredDate = m_date->date();
    appeal.source = appealSourceFromString(m_source->currentData().toString()).value_or(AppealSource::Other);
    if (StoreError error = TribunalAppealRepository(m_context->database())
                               .record(m_caseId, appeal, m_context->today(), m_context->currentUserId())) {
        m_problem->setText(error.message());
        return;
    }
    QDialog::accept();
}

void TribunalAppealDialog::removeAppeal()
{
    if (StoreError error = TribunalAppealRepository(m_context->database())
                               .remove(m_caseId, m_removeReason->text(), m_context->currentUserId())) {
        m_problem->setText(error.message());
        m_removeReason->setFocus();
        return;
    }
    QDialog::accept();
}
