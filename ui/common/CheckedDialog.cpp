#include "common/CheckedDialog.h"

#include "common/ButtonBoxTabOrder.h"
#include "common/DialogLayout.h"
#include "common/DiscardGuard.h"
#include "common/Tone.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

CheckedDialog::CheckedDialog(QWidget* parent) : QDialog(parent), m_problem(new QLabel(this))
{
    m_problem->setWordWrap(true);
    Tones::mark(m_problem, Tone::Problem);
    m_problem->setAccessibleName(tr("What to fix"));
    // The space is kept, so that a message never moves the buttons under the pointer.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);
}

QDialogButtonBox* CheckedDialog::finish(const QString& intro, QFormLayout* form, const QString& saveText,
                                        const QString& saveName, int width)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    ButtonBoxTabOrder::keep(buttons);
    buttons->button(QDialogButtonBox::Save)->setText(saveText);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(saveName);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    QVBoxLayout* layout = DialogLayout::stack(this, intro, form, m_problem, buttons);
    layout->insertStretch(layout->indexOf(buttons)); // spare height above the buttons, never between fields
    resize(width, sizeHint().height());
    DiscardGuard::watch(this);
    return buttons;
}

QString CheckedDialog::shownProblem() const
{
    return m_problem->text();
}

void CheckedDialog::showProblem()
{
    const QString problem = m_triedToSave ? this->problem() : QString();
    m_problem->setText(problem.isEmpty() ? QString() : tr("Fix: %1").arg(problem));
}

void CheckedDialog::accept()
{
    m_triedToSave = true;
    showProblem();
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

void CheckedDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
