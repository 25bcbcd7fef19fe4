#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class QDateTimeEdit;

// Lets a date box that shows the short style ("Wed 9 Dec 2026") take a date
// typed as digits: while it has the keyboard it reads dd/MM/yyyy, so
// 09122026 (or 09/12/2026) fills day, month and year in turn, and it shows
// the short style again when left. The box's date limits apply once it is
// left: a date typed outside them is brought back inside and the person is
// told so (a tooltip at the box, and adjusted()), never changed silently.
// Installed with DateTyping::install(edit).
class DateTyping : public QObject
{
    Q_OBJECT

public:
    static void install(QDateTimeEdit* edit);

signals:
    // The typed date was outside the box's limits: what was typed, the limit,
    // and that the box now shows the limit, in words.
    void adjusted(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit DateTyping(QDateTimeEdit* edit);

    QDateTimeEdit* m_edit;
    QString m_shown;
    QDateTime m_minimum; // the box's limits, lifted while it is typed in
    QDateTime m_maximum;
};
