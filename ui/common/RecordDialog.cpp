#include "common/RecordDialog.h"

#include "common/DialogLayout.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

RecordDialog::RecordDialog(QWidget* parent) : QDialog(parent), m_problem(new QLabel(this))
{
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);
}

void RecordDialog::finish(const QString& intro, QFormLayout* form, int width)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    DialogLayout::stack(this, intro, form, m_problem, buttons);
    resize(width, sizeHint().height());
}

QString RecordDialog::problemText() const
{
    return m_problem->text();
}

void RecordDialog::refuse(const QString& why, QWidget* field)
{
    m_problem->setText(why);
    if (field)
        field->setFocus();
}

void RecordDialog::clearRefusal()
{
    m_problem->clear();
}
