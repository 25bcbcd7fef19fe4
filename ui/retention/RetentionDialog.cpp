#include "retention/RetentionDialog.h"

#include "common/ButtonBoxTabOrder.h"
#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "domain/DateText.h"
#include "shell/MessagePresenter.h"
#include "store/retention/RetentionRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    ReferenceColumn,
    CouncilColumn,
    ClosedColumn,
    YearsColumn,
    DueColumn,
    ColumnCount
};

// Dates sort as ISO text, which is also what the column shows.
QTableWidgetItem* item(const QString& text)
{
    return new QTableWidgetItem(text);
}

// A date in the short style that still sorts by the calendar, not by its words.
class DateItem : public QTableWidgetItem
{
public:
    explicit DateItem(const QDate& date) : QTableWidgetItem(DateText::shortDate(date)), m_date(date) {}
    bool operator<(const QTableWidgetItem& other) const override
    {
        if (const auto* date = dynamic_cast<const DateItem*>(&other))
            return m_date < date->m_date;
        return QTableWidgetItem::operator<(other);
    }

private:
    QDate m_date;
};
} // namespace

RetentionDialog::RetentionDialog(WorkContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_status(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_anonymise(nullptr)
{
    setWindowTitle(tr("Retention"));
    auto* intro =
        new QLabel(tr("Closed cases kept longer than their council's retention period (set on "
                      "Settings > Councils). Anonymising replaces the family's names, contact details, "
                      "notes and certificate PDFs, and keeps what the figures need. Reopening a case "
                      "takes it off this list."),
                   this);
    intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_table->setHorizontalHeaderLabels(
        {tr("Case"), tr("Council"), tr("Closed"), tr("Years kept"), tr("Could be anonymised from")});
    ItemViews::label(m_table, tr("Cases past retention"),
                     tr("One row a closed case whose retention period has ended"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(DueColumn, Qt::AscendingOrder);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    ButtonBoxTabOrder::keep(buttons);
    m_anonymise = buttons->addButton(tr("&Anonymise..."), QDialogButtonBox::ActionRole);
    m_anonymise->setAccessibleName(tr("Anonymise the selected case"));
    connect(m_anonymise, &QPushButton::clicked, this, &RetentionDialog::anonymiseSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_anonymise->setEnabled(!m_table->selectedItems().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(820, 460);
    load();
}

void RetentionDialog::load()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    m_anonymise->setEnabled(false);
    if (!m_context->isOpen())
        return;
    QList<RetentionCandidate> candidates;
    if (StoreError error =
            RetentionRepository(m_context->database()).casesPastRetention(m_context->today(), &candidates)) {
        // Most often a role that may not: say so in place rather than in a box.
        m_status->setText(error.message());
        return;
    }
    m_status->setText(candidates.isEmpty() ? tr("No closed case is past its retention period.")
                                           : tr("%n case(s) past the retention period.", nullptr,
                                                static_cast<int>(candidates.size())));
    m_table->setRowCount(static_cast<int>(candidates.size()));
    for (int row = 0; row < candidates.size(); ++row) {
        const RetentionCandidate& candidate = candidates.at(row);
        QTableWidgetItem* reference = item(candidate.reference);
        reference->setData(Qt::UserRole, candidate.caseId);
        m_table->setItem(row, ReferenceColumn, reference);
        m_table->setItem(row, CouncilColumn, item(candidate.councilName));
        m_table->setItem(row, ClosedColumn, new DateItem(candidate.closedOn));
        auto* years = new QTableWidgetItem;
        years->setData(Qt::DisplayRole, candidate.retentionYears);
        m_table->setItem(row, YearsColumn, years);
        m_table->setItem(row, DueColumn, new DateItem(candidate.anonymiseFrom));
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
}

bool RetentionDialog::anonymiseSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const int row = selected.first()->row();
    const qint64 caseId = m_table->item(row, ReferenceColumn)->data(Qt::UserRole).toLongLong();
    const QString reference = m_table->item(row, ReferenceColumn)->text();
    if (!MessagePresenter::instance().confirm(
            this, tr("Anonymise %1?").arg(reference),
            tr("The names, addresses, contact details, dates of birth (the year stays), notes and the stored "
               "certificate PDFs of case %1 will be replaced for good. The case can no longer be reopened. "
               "This cannot be undone.")
                .arg(reference)))
        return false;
    // The real date, never the screen's planning date: anonymising cannot be undone.
    if (StoreError error =
            RetentionRepository(m_context->database()).anonymise(caseId, QDate::currentDate())) {
        MessagePresenter::instance().showError(this, tr("Could not anonymise %1").arg(reference),
                                               error.message());
        return false;
    }
    m_context->notifyCaseChanged(caseId);
    load();
    return true;
}
