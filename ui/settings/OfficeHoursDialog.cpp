#include "settings/OfficeHoursDialog.h"

#include "common/ChangedElsewhere.h"
#include "common/DialogLayout.h"
#include "common/FieldMessage.h"
#include "common/WorkContext.h"
#include "store/meetings/MeetingRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QTimeEdit>

OfficeHoursDialog::OfficeHoursDialog(WorkContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_start(new QTimeEdit(this)), m_end(new QTimeEdit(this)),
      m_problem(new FieldMessage(this))
{
    setWindowTitle(tr("Office Hours"));
    for (QTimeEdit* edit : {m_start, m_end}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        edit->setMinimumTime(QTime(6, 0));
        edit->setMaximumTime(QTime(22, 0));
    }
    m_start->setAccessibleName(tr("Office opens"));
    m_end->setAccessibleName(tr("Office closes"));
    auto* form = new QFormLayout;
    form->addRow(tr("O&pens at:"), m_start);
    form->addRow(tr("C&loses at:"), m_end);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    DialogLayout::stack(
        this,
        tr("A meeting booked outside these hours is warned about. Every desk of the office shares them."),
        form, m_problem, buttons);
    setMinimumWidth(420);
    load();
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_usable);
    if (m_usable)
        context->gate(buttons->button(QDialogButtonBox::Save), Action::ManageSettings);
}

void OfficeHoursDialog::load()
{
    OfficeHours hours;
    const StoreError error =
        MeetingRepository(m_context->database(), m_context->calendar()).officeHours(&hours, &m_version);
    m_usable = error.ok();
    if (!m_usable) {
        m_problem->showError(
            tr("The office hours could not be read, so they cannot be saved here: %1").arg(error.message()));
        return;
    }
    setHours(hours);
}

OfficeHours OfficeHoursDialog::hours() const
{
    return {m_start->time(), m_end->time()};
}

void OfficeHoursDialog::setHours(const OfficeHours& hours)
{
    m_start->setTime(hours.start);
    m_end->setTime(hours.end);
}

QString OfficeHoursDialog::shownProblem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void OfficeHoursDialog::accept()
{
    if (!m_usable)
        return;
    const StoreError error =
        MeetingRepository(m_context->database(), m_context->calendar()).setOfficeHours(hours(), m_version);
    if (ChangedElsewhere::offer(this, tr("Could not save the office hours"), error, [this] { load(); }))
        return;
    if (!error.ok()) {
        m_problem->showError(error.message());
        return;
    }
    QDialog::accept();
}
