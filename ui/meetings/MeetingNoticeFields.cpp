#include "meetings/MeetingNoticeFields.h"

#include "common/DateTyping.h"
#include "common/Tone.h"
#include "domain/DateText.h"
#include "domain/Meeting.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

MeetingNoticeFields::MeetingNoticeFields(const QDate& today, QWidget* parent)
    : QWidget(parent), m_notice(new QLabel(this)),
      m_sentOn(new QCheckBox(tr("Notice s&ent to the family on"), this)), m_sent(new QDateEdit(this)),
      m_shorterNotice(new QCheckBox(tr("The family a&greed to shorter notice"), this))
{
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Notice to the family"));
    m_sentOn->setAccessibleName(tr("Notice sent"));
    m_sentOn->setToolTip(tr("An invitation letter or email to the family with the date and place "
                            "counts as notice."));
    m_sent->setCalendarPopup(true);
    m_sent->setDisplayFormat(DateText::shortFormat());
    m_sent->setAccessibleName(tr("Day notice was sent"));
    m_sent->setDate(today);
    m_sent->setMaximumDate(today);
    DateTyping::install(m_sent);
    m_shorterNotice->setAccessibleName(tr("The family agreed to shorter notice"));
    m_shorterNotice->setToolTip(tr("The family must be told the date and place at least 5 working days "
                                   "before the meeting unless they agree to less."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    auto* sentRow = new QHBoxLayout;
    sentRow->addWidget(m_sentOn);
    sentRow->addWidget(m_sent);
    sentRow->addStretch(1);
    layout->addLayout(sentRow);
    layout->addWidget(m_shorterNotice);

    connect(m_sentOn, &QCheckBox::toggled, this, [this](bool sent) {
        m_sent->setEnabled(sent);
        emit changed();
    });
    connect(m_sent, &QDateEdit::dateChanged, this, &MeetingNoticeFields::changed);
    connect(m_shorterNotice, &QCheckBox::toggled, this, &MeetingNoticeFields::changed);
    m_sent->setEnabled(m_sentOn->isChecked());
}

QWidget* MeetingNoticeFields::firstField() const
{
    return m_sentOn;
}

void MeetingNoticeFields::showStored(const Meeting& stored, const QDate& today)
{
    if (stored.noticeSent.isValid()) {
        m_sent->setMaximumDate(std::max(today, stored.noticeSent));
        m_sent->setDate(stored.noticeSent);
    }
    m_sentOn->setChecked(stored.noticeSent.isValid());
    m_shorterNotice->setChecked(stored.shorterNoticeAgreed);
}

void MeetingNoticeFields::showCheck(const std::optional<MeetingNotice::Check>& notice)
{
    m_notice->setText(notice ? notice->summary : tr("No notice period applies to this kind of meeting."));
    if (notice && notice->needsConsent)
        Tones::mark(m_notice, Tone::Caution);
    else
        Tones::unmark(m_notice);
    m_sentOn->setEnabled(notice.has_value());
    m_shorterNotice->setEnabled(notice.has_value());
    m_sent->setEnabled(notice && m_sentOn->isChecked());
}

void MeetingNoticeFields::applyTo(Meeting* meeting) const
{
    meeting->noticeSent = m_sentOn->isChecked() ? m_sent->date() : QDate();
    meeting->shorterNoticeAgreed = m_shorterNotice->isChecked();
}

QString MeetingNoticeFields::text() const
{
    return m_notice->text();
}

void MeetingNoticeFields::setNoticeSent(const QDate& day)
{
    if (day.isValid())
        m_sent->setDate(day);
    m_sentOn->setChecked(day.isValid());
}

void MeetingNoticeFields::setShorterNoticeAgreed(bool agreed)
{
    m_shorterNotice->setChecked(agreed);
}
