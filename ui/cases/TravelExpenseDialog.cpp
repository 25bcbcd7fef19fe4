#include "cases/TravelExpenseDialog.h"

#include "common/DateLineEdit.h"
#include "common/WorkContext.h"
#include "domain/DateText.h"
#include "domain/OfficeTime.h"
#include "rules/MeetingRules.h"
#include "rules/TravelExpenseRules.h"
#include "shell/MessagePresenter.h"
#include "store/cases/TravelExpenseRepository.h"
#include "store/meetings/MeetingRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

TravelExpenseDialog::TravelExpenseDialog(WorkContext* context, qint64 caseId, const TravelExpense& expense,
                                         QWidget* parent)
    : RecordDialog(parent), m_context(context), m_expense(expense), m_date(new DateLineEdit(this)),
      m_claimant(new QLineEdit(this)), m_description(new QLineEdit(this)), m_mode(new QComboBox(this)),
      m_meeting(new QComboBox(this)), m_miles(new QLineEdit(this)),
      m_workOut(new QPushButton(tr("&Work out"), this)), m_amount(new QLineEdit(this)),
      m_receipt(new QCheckBox(tr("The &receipt is held"), this)), m_note(new QPlainTextEdit(this))
{
    m_expense.caseId = caseId;
    MessagePresenter::instance().showIfFailed(
        parent, tr("Travel expense"),
        TravelExpenseRepository(m_context->database()).pencePerMile(&m_pencePerMile));
    setWindowTitle(expense.id ? tr("Travel expense") : tr("Record a journey"));
    setAccessibleName(tr("The family's travel expense"));

    m_date->setAccessibleName(tr("Date of the journey"));
    m_date->setPlaceholderText(tr("For example 3/11/2026"));
    m_claimant->setAccessibleName(tr("Who claims"));
    m_claimant->setPlaceholderText(tr("The parent or young person"));
    m_claimant->setMaxLength(TravelExpense::kMaxClaimantLength);
    m_description->setAccessibleName(tr("Journey"));
    m_description->setPlaceholderText(tr("From and to, or what the expense was"));
    m_description->setMaxLength(TravelExpense::kMaxDescriptionLength);
    m_mode->setAccessibleName(tr("How they travelled"));
    for (TravelMode mode : allTravelModes())
        m_mode->addItem(travelModeTitle(mode), travelModeToString(mode));
    m_meeting->setAccessibleName(tr("Meeting travelled to"));
    m_meeting->addItem(tr("None named"), QVariant());
    QList<Meeting> meetings;
    MessagePresenter::instance().showIfFailed(
        parent, tr("Travel expense"),
        MeetingRepository(m_context->database(), m_context->calendar()).listForCase(caseId, &meetings));
    for (const Meeting& meeting : meetings)
        m_meeting->addItem(QStringLiteral("%1, %2").arg(
                               DateText::shortDate(meeting.start.toTimeZone(OfficeTime::zone()).date()),
                               meetingKindTitle(meeting.kind)),
                           meeting.id);
    if (expense.meetingId) {
        const int index = m_meeting->findData(*expense.meetingId);
        m_meeting->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_miles->setAccessibleName(tr("Miles"));
    m_miles->setPlaceholderText(tr("For example 12.5"));
    m_workOut->setAccessibleName(tr("Work out the amount from the miles"));
    m_workOut->setToolTip(tr("At %1p a mile").arg(m_pencePerMile));
    m_amount->setAccessibleName(tr("Amount in pounds"));
    m_amount->setPlaceholderText(tr("For example 12.40"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);

    if (expense.journeyDate.isValid())
        m_date->setDate(expense.journeyDate);
    else
        m_date->setDate(m_context->today());
    m_claimant->setText(expense.claimantName);
    m_description->setText(expense.description);
    m_mode->setCurrentIndex(m_mode->findData(travelModeToString(expense.mode)));
    if (expense.milesTenths)
        m_miles->setText(milesToText(*expense.milesTenths));
    if (expense.id)
        m_amount->setText(penceToDecimal(expense.amountPence));
    m_receipt->setChecked(expense.receiptHeld);
    m_note->setPlainText(expense.note);

    auto* milesRow = new QHBoxLayout;
    milesRow->addWidget(m_miles, 1);
    milesRow->addWidget(m_workOut);
    auto* form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Claiman&t:"), m_claimant);
    form->addRow(tr("&Journey:"), m_description);
    form->addRow(tr("&How:"), m_mode);
    form->addRow(tr("M&eeting:"), m_meeting);
    auto* milesLabel = new QLabel(tr("&Miles:"), this);
    milesLabel->setBuddy(m_miles);
    form->addRow(milesLabel, milesRow);
    form->addRow(tr("&Amount (£):"), m_amount);
    form->addRow(QString(), m_receipt);
    form->addRow(tr("&Note:"), m_note);
    connect(m_workOut, &QPushButton::clicked, this, &TravelExpenseDialog::workOutAmount);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TravelExpenseDialog::showMode);
    showMode();
    finish(tr("The council (or the ICB for health-only mediation it arranged) pays the parent's or young "
              "person's reasonable travel expenses of attending mediation."),
           form, 560);
}

void TravelExpenseDialog::showMode()
{
    // Miles are what a car journey is paid by; the button works them out.
    m_workOut->setEnabled(m_mode->currentData().toString() == travelModeToString(TravelMode::CarMileage));
}

void TravelExpenseDialog::workOutAmount()
{
    const std::optional<int> miles = milesFromText(m_miles->text());
    if (!miles) {
        refuse(tr("Give the miles as a number, as 12 or 12.5."), m_miles);
        return;
    }
    m_amount->setText(penceToDecimal(TravelExpenseRules::mileageAmount(*miles, m_pencePerMile)));
    clearRefusal();
}

void TravelExpenseDialog::accept()
{
    if (!m_date->isAcceptable()) {
        refuse(m_date->errorText(), m_date);
        return;
    }
    TravelExpense expense = m_expense;
    expense.journeyDate = m_date->date();
    expense.claimantName = m_claimant->text().trimmed();
    expense.description = m_description->text();
    expense.mode = travelModeFromString(m_mode->currentData().toString()).value_or(TravelMode::Other);
    expense.milesTenths.reset();
    if (!m_miles->text().trimmed().isEmpty()) {
        expense.milesTenths = milesFromText(m_miles->text());
        if (!expense.milesTenths) {
            refuse(tr("Give the miles as a number, as 12 or 12.5."), m_miles);
            return;
        }
    }
    const std::optional<qint64> amount = penceFromDecimal(m_amount->text());
    if (!amount) {
        refuse(tr("Give the amount in pounds and pence, as 12.40."), m_amount);
        return;
    }
    expense.amountPence = *amount;
    expense.receiptHeld = m_receipt->isChecked();
    expense.meetingId = m_meeting->currentData().isNull()
                            ? std::nullopt
                            : std::optional<qint64>(m_meeting->currentData().toLongLong());
    expense.note = m_note->toPlainText();
    TravelExpenseRepository repository(m_context->database());
    const StoreError error = expense.id ? repository.update(expense, m_context->today())
                                        : repository.add(&expense, m_context->today());
    if (error) {
        refuse(error.message());
        return;
    }
    m_expense = expense;
    QDialog::accept();
}
