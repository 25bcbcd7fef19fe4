#include "cases/TravelExpensesPanel.h"

#include "cases/CasePage.h"
#include "cases/TravelExpenseDialog.h"
#include "certificates/CertificatePrinter.h"
#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "documents/TravelClaimPdf.h"
#include "domain/DateText.h"
#include "platform/PrivateFile.h"
#include "rules/TravelExpenseRules.h"
#include "shell/FileChooser.h"
#include "shell/MessagePresenter.h"
#include "store/cases/TravelExpenseRepository.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>

TravelExpensesPanel::TravelExpensesPanel(WorkContext* context, qint64 caseId, QWidget* parent)
    : QWidget(parent), m_context(context), m_caseId(caseId),
      // The journey takes the spare width.
      m_table(new RecordTable(
          {tr("Date"), tr("Journey"), tr("How"), tr("Miles"), tr("Receipt"), tr("Amount")}, 1, this)),
      m_total(new QLabel(this)), m_add(new QPushButton(tr("&Add a journey…"), this)),
      m_edit(new QPushButton(tr("Edit the &journey…"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_print(new QPushButton(tr("Print claim form…"), this)),
      m_save(new QPushButton(tr("Save claim form as PDF…"), this))
{
    ItemViews::label(m_table, tr("Travel expenses of the case"),
                     tr("One row a journey or cost claimed by the family"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_total->setAccessibleName(tr("Total claimed"));
    m_remove->setToolTip(tr("Remove the selected journey (Delete)"));
    m_context->gate(m_add, Action::EditCases);
    connect(m_add, &QPushButton::clicked, this, &TravelExpensesPanel::beginAdd);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentExpenseId())
            beginEdit(id);
    });
    connect(m_table, &RecordTable::openRequested, this, &TravelExpensesPanel::beginEdit);
    connect(m_remove, &QPushButton::clicked, this, &TravelExpensesPanel::removeSelected);
    connect(m_table, &RecordTable::removeRequested, this, &TravelExpensesPanel::removeSelected);
    connect(m_print, &QPushButton::clicked, this, &TravelExpensesPanel::printClaimForm);
    connect(m_save, &QPushButton::clicked, this, &TravelExpensesPanel::saveClaimForm);

    CasePage::stack(this, {m_add, m_edit, m_remove}, {m_print, m_save}, m_table, m_total);
    CasePage::followCase(m_context, m_caseId, this, [this] { reload(); });
    reload();
}

void TravelExpensesPanel::reload()
{
    QList<TravelExpense> expenses;
    if (StoreError error = TravelExpenseRepository(m_context->database()).listForCase(m_caseId, &expenses))
        MessagePresenter::instance().showError(this, tr("The travel expenses could not be read"),
                                               error.message());
    QList<RecordTable::Row> rows;
    for (const TravelExpense& expense : std::as_const(expenses)) {
        const QStringList cells{DateText::shortDate(expense.journeyDate),
                                expense.description,
                                travelModeTitle(expense.mode),
                                expense.milesTenths ? milesToText(*expense.milesTenths) : QString(),
                                expense.receiptHeld ? tr("Held") : tr("None"),
                                penceToPounds(expense.amountPence)};
        // The date, miles and amount sort by their values, not their words.
        const QList<std::optional<qint64>> keys{
            expense.journeyDate.toJulianDay(), std::nullopt, std::nullopt,
            expense.milesTenths.value_or(-1),  std::nullopt, expense.amountPence};
        RecordTable::Row row{expense.id, {}};
        for (int column = 0; column < cells.size(); ++column) {
            QTableWidgetItem* item = keys.at(column)
                                         ? RecordTable::sortedItem(cells.at(column), *keys.at(column))
                                         : new QTableWidgetItem(cells.at(column));
            if (column >= 3)
                item->setTextAlignment(column == 4 ? Qt::AlignCenter : Qt::AlignRight | Qt::AlignVCenter);
            row.cells.append(item);
        }
        rows.append(row);
    }
    m_table->setRows(rows);
    m_total->setText(tr("Total claimed: %1").arg(penceToPounds(TravelExpenseRules::total(expenses))));
    const bool any = !expenses.isEmpty();
    m_context->gate(m_edit, Action::EditCases, any);
    m_context->gate(m_remove, Action::EditCases, any);
    m_print->setEnabled(any);
    m_save->setEnabled(any);
}

int TravelExpensesPanel::expenseCount() const
{
    return m_table->rowCount();
}

qint64 TravelExpensesPanel::expenseIdAt(int row) const
{
    return m_table->idAt(row);
}

qint64 TravelExpensesPanel::currentExpenseId() const
{
    return m_table->currentId();
}

QString TravelExpensesPanel::totalText() const
{
    return m_total->text();
}

TravelExpenseDialog* TravelExpensesPanel::beginAdd()
{
    auto* dialog = new TravelExpenseDialog(m_context, m_caseId, TravelExpense{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] { m_context->notifyCaseChanged(m_caseId); });
    dialog->open();
    return dialog;
}

TravelExpenseDialog* TravelExpensesPanel::beginEdit(qint64 expenseId)
{
    TravelExpense expense;
    if (StoreError error = TravelExpenseRepository(m_context->database()).find(expenseId, &expense)) {
        MessagePresenter::instance().showError(this, tr("The journey could not be opened"), error.message());
        return nullptr;
    }
    auto* dialog = new TravelExpenseDialog(m_context, m_caseId, expense, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] { m_context->notifyCaseChanged(m_caseId); });
    dialog->open();
    return dialog;
}

bool TravelExpensesPanel::removeSelected()
{
    const qint64 id = currentExpenseId();
    if (!id || !m_remove->isEnabled())
        return false;
    const int row = m_table->currentRow();
    const QString what =
        QStringLiteral("%1, %2 (%3)")
            .arg(m_table->item(row, 0)->text(), m_table->item(row, 1)->text(), m_table->item(row, 5)->text());
    if (!MessagePresenter::instance().confirm(this, tr("Remove the journey?"),
                                              tr("Remove %1 from the claim? The audit trail keeps a record "
                                                 "of it.")
                                                  .arg(what)))
        return false;
    if (StoreError error = TravelExpenseRepository(m_context->database()).remove(id)) {
        MessagePresenter::instance().showError(this, tr("The journey was not removed"), error.message());
        return false;
    }
    m_context->notifyCaseChanged(m_caseId);
    return true;
}

QByteArray TravelExpensesPanel::claimForm()
{
    return claimForm(nullptr);
}

QByteArray TravelExpensesPanel::claimForm(QString* reference)
{
    TravelClaimPdf::Content content;
    if (StoreError error = TravelExpenseRepository(m_context->database())
                               .claimForm(m_caseId, m_context->today(), &content)) {
        MessagePresenter::instance().showError(this, tr("The claim form could not be made"), error.message());
        return {};
    }
    if (reference)
        *reference = content.caseReference;
    const QByteArray pdf = TravelClaimPdf::render(content);
    if (pdf.isEmpty())
        MessagePresenter::instance().showError(this, tr("The claim form could not be made"),
                                               tr("The PDF could not be laid out."));
    return pdf;
}

bool TravelExpensesPanel::saveClaimForm()
{
    QString reference;
    const QByteArray pdf = claimForm(&reference);
    if (pdf.isEmpty())
        return false;
    // The file is named for the case's reference, never a person.
    const QString path = FileChooser::instance().saveFileName(
        this, tr("Save the claim form"), QStringLiteral("travel-claim-%1.pdf").arg(reference),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString reason;
    if (!PrivateFile::write(path, pdf, &reason)) {
        MessagePresenter::instance().showError(
            this, tr("The claim form was not saved"),
            tr("%1 could not be written: %2.").arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    return true;
}

void TravelExpensesPanel::printClaimForm()
{
    const QByteArray pdf = claimForm();
    if (!pdf.isEmpty())
        CertificatePrinter::printWithDialog(this, {pdf}, tr("Travel expenses claim"));
}
