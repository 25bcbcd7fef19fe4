#include "common/DateTyping.h"

#include "domain/DateText.h"

#include <QDateTimeEdit>
#include <QEvent>

DateTyping::DateTyping(QDateTimeEdit* edit) : QObject(edit), m_edit(edit)
{
    edit->installEventFilter(this);
}

void DateTyping::install(QDateTimeEdit* edit)
{
    if (!edit->findChild<DateTyping*>(QString(), Qt::FindDirectChildrenOnly))
        new DateTyping(edit);
}

bool DateTyping::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_edit)
        return false;
    if (event->type() == QEvent::FocusIn && m_shown.isEmpty()) {
        m_shown = m_edit->displayFormat();
        QString typed = m_shown;
        typed.replace(DateText::shortFormat(), QStringLiteral("dd/MM/yyyy"));
        if (typed != m_shown) {
            // Typed section by section, a day that the box's limits refuse
            // in its current month (25 when the limit is 5 December) pushed
            // the digits into the wrong sections: 25112026 became 2 May. The
            // limits are lifted while typing and put back when it is left.
            m_minimum = m_edit->minimumDateTime();
            m_maximum = m_edit->maximumDateTime();
            m_edit->clearMinimumDateTime();
            m_edit->clearMaximumDateTime();
            m_edit->setDisplayFormat(typed);
            m_edit->setSelectedSection(QDateTimeEdit::DaySection);
        } else {
            m_shown.clear();
        }
    } else if (event->type() == QEvent::FocusOut && !m_shown.isEmpty()) {
        m_edit->setDisplayFormat(m_shown);
        m_shown.clear();
        // A date outside them comes back inside, where the person sees it.
        m_edit->setDateTimeRange(m_minimum, m_maximum);
    }
    return false;
}
