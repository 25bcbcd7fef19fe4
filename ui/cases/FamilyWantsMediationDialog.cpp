#include "cases/FamilyWantsMediationDialog.h"

#include "common/DateLineEdit.h"
#include "common/DiscardGuard.h"
#include "domain/DateText.h"
#include "rules/MediationRequestRule.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FamilyWantsMediationDialog::FamilyWantsMediationDialog(const QString& reference, const QDate& enquiryDate,
                                                       const QDate& today, bool fromEnquiry, QWidget* parent)
    : QDialog(parent), m_enquiryDate(enquiryDate), m_today(today), m_date(new DateLineEdit(this)),
      m_councilTold(new DateLineEdit(this)), m_healthOnly(new QCheckBox(this)),
      m_icbTold(new DateLineEdit(this)), m_note(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Family wants mediation: %1").arg(reference));
    QString text = tr("The case moves to \"Mediation requested\" on the day the family said so. The "
                      "statutory 30 days for the meeting run from the day the council was told (the same "
                      "day unless you change it), or, for health-only mediation arranged by the integrated "
                      "care board, from the day the council told the board the issues.");
    if (fromEnquiry)
        text += QLatin1Char(' ') + tr("The case is still at \"Enquiry\": the mediation information is "
                                      "recorded as given the same day.");
    auto* intro = new QLabel(text, this);
    intro->setWordWrap(true);
    m_date->setDate(today);
    m_date->setAccessibleName(tr("Date the family asked for mediation"));
    m_date->setToolTip(
        tr("Not before the enquiry (%1), not in the future").arg(DateText::shortDate(enquiryDate)));
    m_councilTold->setDate(today);
    m_councilTold->setAccessibleName(tr("Date the council was told the family wishes to mediate"));
    m_councilTold->setToolTip(tr("The statutory 30 days run from this day; the day the family asked "
                                 "unless the council was told on another day"));
    m_healthOnly->setText(tr("&Health-only mediation, arranged by the integrated care board"));
    m_icbTold->setAccessibleName(tr("Date the council told the integrated care board the issues"));
    m_icbTold->setToolTip(tr("For health-only mediation the statutory 30 days run from this day"));
    m_icbTold->setEnabled(false);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, such as \"Mum rang back after reading the leaflet\""));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_problem->setAccessibleName(tr("What to fix"));
    // The space is kept, so that a message never moves the buttons under the pointer.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2);

    auto* form = new QFormLayout;
    auto* askedLabel = new QLabel(tr("The family &asked on:"), this);
    askedLabel->setBuddy(m_date);
    form->addRow(askedLabel, m_date);
    auto* councilLabel = new QLabel(tr("&Council told on:"), this);
    councilLabel->setBuddy(m_councilTold);
    form->addRow(councilLabel, m_councilTold);
    form->addRow(QString(), m_healthOnly);
    auto* icbLabel = new QLabel(tr("Council told the &ICB on:"), this);
    icbLabel->setBuddy(m_icbTold);
    form->addRow(icbLabel, m_icbTold);
    form->addRow(tr("&Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Record that the family wants mediation"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FamilyWantsMediationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FamilyWantsMediationDialog::reject);
    connect(m_date, &DateLineEdit::dateEdited, this, [this] {
        followAskedDate();
        update();
    });
    connect(m_councilTold, &DateLineEdit::dateEdited, this, [this] {
        if (!m_following)
            m_councilToldEdited = true;
        update();
    });
    connect(m_healthOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_icbTold->setEnabled(on);
        update();
    });
    connect(m_icbTold, &DateLineEdit::dateEdited, this, &FamilyWantsMediationDialog::update);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
    m_date->setFocus();
    DiscardGuard::watch(this);
}

QDate FamilyWantsMediationDialog::requestedDate() const
{
    return m_date->date();
}

QString FamilyWantsMediationDialog::note() const
{
    return m_note->text().trimmed();
}

void FamilyWantsMediationDialog::setRequestedDate(const QDate& date)
{
    m_date->setDate(date);
    followAskedDate();
    update();
}

void FamilyWantsMediationDialog::followAskedDate()
{
    // Until the person changes it, the council was told the day the family asked.
    if (m_councilToldEdited)
        return;
    m_following = true;
    m_councilTold->setDate(m_date->date());
    m_following = false;
}

ThirtyDayStart FamilyWantsMediationDialog::thirtyDayStart() const
{
    ThirtyDayStart start;
    start.councilTold = m_councilTold->date();
    start.healthOnlyIcb = m_healthOnly->isChecked();
    if (start.healthOnlyIcb)
        start.icbTold = m_icbTold->date();
    return start;
}

void FamilyWantsMediationDialog::setCouncilToldDate(const QDate& date)
{
    m_councilToldEdited = true;
    m_councilTold->setDate(date);
    update();
}

void FamilyWantsMediationDialog::setHealthOnlyIcb(bool healthOnly, const QDate& icbTold)
{
    m_healthOnly->setChecked(healthOnly);
    m_icbTold->setDate(icbTold);
    update();
}

QString FamilyWantsMediationDialog::problem() const
{
    for (const DateLineEdit* field : {m_date, m_councilTold, m_icbTold}) {
        if (field->isEnabled() && !field->isAcceptable())
            return field->errorText();
    }
    const QString asked = MediationRequestRule::dateProblem(m_date->date(), m_enquiryDate, m_today);
    if (!asked.isEmpty())
        return asked;
    return MediationRequestRule::thirtyDayStartProblem(thirtyDayStart(), m_enquiryDate, m_today);
}

QString FamilyWantsMediationDialog::shownProblem() const
{
    return m_problem->text();
}

void FamilyWantsMediationDialog::update()
{
    const QString problem = m_triedToSave ? this->problem() : QString();
    m_problem->setText(problem.isEmpty() ? QString() : tr("Fix: %1").arg(problem));
}

void FamilyWantsMediationDialog::accept()
{
    m_triedToSave = true;
    update();
    if (!problem().isEmpty())
        return;
    QDialog::accept();
}

void FamilyWantsMediationDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
