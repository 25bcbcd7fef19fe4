#include "common/DateTyping.h"

#include "domain/DateText.h"

#include <QDateTimeEdit>
#include <QEvent>
#include <QToolTip>

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
        // A date outside them comes back inside, where the person sees it,
        // with a word on why: a silent change is a date nobody meant.
        const QDate typed = m_edit->date();
        QString message;
        if (m_maximum.isValid() && m_edit->dateTime() > m_maximum)
            message = tr("%1 is after the latest date this box takes, so it shows %2.")
                          .arg(DateText::shortDate(typed), DateText::shortDate(m_maximum.date()));
        else if (m_minimum.isValid() && m_edit->dateTime() < m_minimum)
            message = tr("%1 is before the earliest date this box takes, so it shows %2.")
                          .arg(DateText::shortDate(typed), DateText::shortDate(m_minimum.date()));
        m_edit->setDateTimeRange(m_minimum, m_maximum);
        if (!message.isEmpty()) {
            QToolTip::showText(m_edit->mapToGlobal(QPoint(0, m_edit->height())), message, m_edit);
            emit adjusted(message);
        }
    }
    return false;
}
