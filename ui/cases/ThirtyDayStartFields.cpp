#include "cases/ThirtyDayStartFields.h"

#include "common/DateLineEdit.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>

ThirtyDayStartFields::ThirtyDayStartFields(QWidget* owner)
    : QObject(owner), m_councilTold(new DateLineEdit(owner)), m_healthOnly(new QCheckBox(owner)),
      m_icbTold(new DateLineEdit(owner))
{
    m_councilTold->setAccessibleName(tr("Date the council was told the family wishes to mediate"));
    m_councilTold->setToolTip(tr("The statutory 30 days run from this day; the day the family asked "
                                 "unless the council was told on another day"));
    m_healthOnly->setText(tr("&Health-only mediation, arranged by the integrated care board"));
    m_icbTold->setAccessibleName(tr("Date the council told the integrated care board the issues"));
    m_icbTold->setToolTip(tr("For health-only mediation the statutory 30 days run from this day"));
    m_icbTold->setEnabled(false);
    connect(m_councilTold, &DateLineEdit::dateEdited, this, [this] {
        if (!m_following)
            emit councilToldEdited();
        emit edited();
    });
    connect(m_healthOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_icbTold->setEnabled(on);
        emit edited();
    });
    connect(m_icbTold, &DateLineEdit::dateEdited, this, &ThirtyDayStartFields::edited);
}

void ThirtyDayStartFields::addRows(QFormLayout* form)
{
    auto* owner = qobject_cast<QWidget*>(parent());
    auto* councilLabel = new QLabel(tr("&Council told on:"), owner);
    councilLabel->setBuddy(m_councilTold);
    form->addRow(councilLabel, m_councilTold);
    form->addRow(QString(), m_healthOnly);
    auto* icbLabel = new QLabel(tr("Council told the &ICB on:"), owner);
    icbLabel->setBuddy(m_icbTold);
    form->addRow(icbLabel, m_icbTold);
}

ThirtyDayStart ThirtyDayStartFields::value() const
{
    ThirtyDayStart start;
    start.councilTold = m_councilTold->date();
    start.healthOnlyIcb = m_healthOnly->isChecked();
    if (start.healthOnlyIcb)
        start.icbTold = m_icbTold->date();
    return start;
}

void ThirtyDayStartFields::setValue(const ThirtyDayStart& start)
{
    m_councilTold->setDate(start.councilTold);
    m_healthOnly->setChecked(start.healthOnlyIcb);
    m_icbTold->setDate(start.icbTold);
}

void ThirtyDayStartFields::followCouncilTold(const QDate& date)
{
    m_following = true;
    m_councilTold->setDate(date);
    m_following = false;
}

QString ThirtyDayStartFields::fieldProblem() const
{
    for (const DateLineEdit* field : {m_councilTold, m_icbTold}) {
        if (field->isEnabled() && !field->isAcceptable())
            return field->errorText();
    }
    return {};
}

QWidget* ThirtyDayStartFields::firstField() const
{
    return m_councilTold;
}
