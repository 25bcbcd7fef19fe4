#include "cases/LogActivityDialog.h"

#include "common/DateLineEdit.h"
#include "common/DiscardGuard.h"
#include "common/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QTimeEdit>
#include <QVBoxLayout>

LogActivityDialog::LogActivityDialog(ActivityKind kind, const QDate& today, QWidget* parent,
                                     bool offerInformationGiven)
    : QDialog(parent), m_kind(new QComboBox(this)), m_date(new DateLineEdit(this)),
      m_time(new QTimeEdit(this)), m_summary(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_confidential(new QCheckBox(tr("&Confidential: only for the caseworker and supervisors"), this)),
      m_informationGiven(new QCheckBox(
          tr("This gave the family the mediation &information (the case moves to \"Information given\")"),
          this)),
      m_problem(new QLabel(this)), m_today(today)
{
    setWindowTitle(tr("Log on the Timeline"));
    for (ActivityKind each :
         {ActivityKind::Call, ActivityKind::Email, ActivityKind::Letter, ActivityKind::Note})
        m_kind->addItem(activityKindTitle(each), static_cast<int>(each));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(kind))));
    m_kind->setAccessibleName(tr("Kind of entry"));
    m_date->setDate(today);
    m_date->setAccessibleName(tr("Date"));
    m_time->setTime(QTime::currentTime());
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time"));
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setPlaceholderText(tr("One line, such as \"Mum rang about the meeting date\""));
    m_body->setAccessibleName(tr("Details"));
    m_body->setTabChangesFocus(true);
    m_confidential->setAccessibleName(tr("Confidential"));
    m_informationGiven->setObjectName(QStringLiteral("informationGiven"));
    m_informationGiven->setAccessibleName(tr("Mediation information given"));
    m_informationGiven->setToolTip(
        tr("The family now knows what mediation is and how to ask for it; their 2 months to decide run on."));
    // A summary for the entry when none is typed yet.
    connect(m_informationGiven, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_summary->text().trimmed().isEmpty())
            m_summary->setText(tr("Mediation information given"));
    });
    m_problem->setWordWrap(true);
    Tones::mark(m_problem, Tone::Problem);
    m_problem->setAccessibleName(tr("What to fix"));
    m_problem->hide();

    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&When:"), when);
    // A row holding a layout gets a label without a buddy: give it the date, so Alt+W goes there
    // and the label does not show its "&".
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(when)))
        label->setBuddy(m_date);
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("&Details:"), m_body);
    form->addRow(QString(), m_confidential);
    form->addRow(QString(), m_informationGiven);
    form->setRowVisible(m_informationGiven, offerInformationGiven);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LogActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogActivityDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 380);
    m_summary->setFocus();
    DiscardGuard::watch(this);
}

Activity LogActivityDialog::activity() const
{
    Activity activity;
    activity.kind = static_cast<ActivityKind>(m_kind->currentData().toInt());
    activity.occurredAt = QDateTime(m_date->date(), m_time->time());
    activity.summary = m_summary->text().trimmed();
    activity.body = m_body->toPlainText().trimmed();
    activity.confidential = m_confidential->isChecked();
    return activity;
}

bool LogActivityDialog::informationGiven() const
{
    return m_informationGiven->isVisibleTo(this) && m_informationGiven->isChecked();
}

void LogActivityDialog::setInformationGiven(bool given)
{
    m_informationGiven->setChecked(given);
}

QString LogActivityDialog::problem() const
{
    if (!m_date->isAcceptable())
        return m_date->errorText();
    if (!m_date->date().isValid())
        return tr("Give the date.");
    if (m_date->date() > m_today)
        return tr("The date cannot be in the future.");
    if (m_summary->text().trimmed().isEmpty())
        return tr("Give a one-line summary.");
    return {};
}

void LogActivityDialog::accept()
{
    const QString problem = this->problem();
    m_problem->setText(problem.isEmpty() ? QString() : tr("Fix: %1").arg(problem));
    m_problem->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

void LogActivityDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
