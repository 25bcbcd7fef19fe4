#pragma once

#include "rules/MeetingNotice.h"

#include <QDate>
#include <QWidget>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
struct Meeting;

// The meeting dialog's Notice row, for a mediation meeting (rules/README.md
// section 3): the latest day to send the family notice of the date and place
// (5 working days before), in words of caution once it has passed, the day
// notice was sent and the family's consent to shorter notice. Other meetings
// have no notice period, and the fields stay off.
class MeetingNoticeFields : public QWidget
{
    Q_OBJECT

public:
    // Notice is recorded once sent: never after `today`.
    MeetingNoticeFields(const QDate& today, QWidget* parent = nullptr);

    // The field the row's label goes to.
    QWidget* firstField() const;
    // What the stored meeting recorded.
    void showStored(const Meeting& stored, const QDate& today);
    // What the booking check says of notice (none: no notice period applies).
    void showCheck(const std::optional<MeetingNotice::Check>& notice);
    // The notice sent and the consent, as the fields stand, onto `meeting`.
    void applyTo(Meeting* meeting) const;
    // The notice line ("Send notice of the date and place to the family by ...").
    QString text() const;
    // Records notice as sent on the day (null: not sent).
    void setNoticeSent(const QDate& day);
    void setShorterNoticeAgreed(bool agreed);

signals:
    // A field was changed: the booking is checked again.
    void changed();

private:
    QLabel* m_notice;
    QCheckBox* m_sentOn;
    QDateEdit* m_sent;
    QCheckBox* m_shorterNotice;
};
