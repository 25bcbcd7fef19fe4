#include "cases/StageMoveDialog.h"

#include "common/DateLineEdit.h"
#include "common/DiscardGuard.h"
#include "common/Tone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

StageMoveDialog::StageMoveDialog(Route route, CaseStage from, CaseStage to, const QDate& enquiryDate,
                                 const QDate& today, QWidget* parent)
    : QDialog(parent), m_route(route), m_from(from), m_to(to), m_enquiryDate(enquiryDate), m_today(today),
      m_date(new DateLineEdit(this)), m_reason(new QPlainTextEdit(this)), m_refusal(new QLabel(this))
{
    setWindowTitle(tr("Move to \"%1\"").arg(caseStageTitle(to)));
    auto* intro = new QLabel(
        tr("Move the case from \"%1\" to \"%2\".").arg(caseStageTitle(from), caseStageTitle(to)), this);
    intro->setWordWrap(true);
    m_date->setAccessibleName(tr("Date it happened"));
    m_date->setDate(today);
    m_reason->setAccessibleName(tr("Why the case is closed"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_refusal->setWordWrap(true);
    m_refusal->setAccessibleName(tr("Why the move cannot be made"));
    Tones::mark(m_refusal, Tone::Problem);
    m_refusal->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    if (to == CaseStage::Closed)
        form->addRow(tr("&Reason:"), m_reason);
    else
        m_reason->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Move the case"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StageMoveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &StageMoveDialog::reject);
    connect(m_date, &DateLineEdit::dateEdited, this, &StageMoveDialog::update);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &StageMoveDialog::update);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_refusal);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
    DiscardGuard::watch(this);
}

StageChange StageMoveDialog::change() const
{
    return {m_to, m_date->date(), m_reason->toPlainText().trimmed()};
}

QString StageMoveDialog::refusal() const
{
    if (!m_date->isAcceptable())
        return m_date->errorText();
    return StageMachine::refusal(m_route, m_from, change(), m_enquiryDate, m_today);
}

QString StageMoveDialog::shownRefusal() const
{
    return m_refusal->isVisibleTo(this) ? m_refusal->text() : QString();
}

void StageMoveDialog::update()
{
    const QString reason = m_triedToSave ? refusal() : QString();
    m_refusal->setText(reason.isEmpty() ? QString() : tr("Cannot move: %1").arg(reason));
    m_refusal->setVisible(!reason.isEmpty());
}

void StageMoveDialog::accept()
{
    m_triedToSave = true;
    update();
    if (!refusal().isEmpty())
        return;
    QDialog::accept();
}

void StageMoveDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
