#include "audit/AuditTrailDialog.h"

#include "common/DateLineEdit.h"
#include "common/ItemViews.h"
#include "itemmodels/AuditLogModel.h"
#include "rules/Permissions.h"
#include "store/access/AuditRepository.h"
#include "store/access/AuditTriggers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

AuditTrailDialog::AuditTrailDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_from(new DateLineEdit(this)), m_to(new DateLineEdit(this)),
      m_user(new QLineEdit(this)), m_table(new QComboBox(this)), m_record(new QLineEdit(this)),
      m_action(new QComboBox(this)), m_text(new QLineEdit(this)), m_view(new QTableView(this)),
      m_model(new AuditLogModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_status(new QLabel(this))
{
    setWindowTitle(tr("Audit Trail"));
    setObjectName(QStringLiteral("auditTrailDialog"));

    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date, inclusive"));
    m_user->setPlaceholderText(tr("username"));
    m_record->setPlaceholderText(tr("id"));
    m_record->setAccessibleName(tr("Record id"));
    m_text->setPlaceholderText(tr("in a field name or value"));
    m_table->addItem(tr("Any table"), QString());
    for (const QString& table : AuditTriggers::auditedTables())
        m_table->addItem(table, table);
    m_action->addItem(tr("Any action"), QString());
    for (const char* key :
         {"insert", "update", "delete", "open", "print", "export", "import", "anonymise", "bulk_insert"}) {
        const QString action = QString::fromLatin1(key);
        m_action->addItem(AuditLogModel::actionText(action), action);
    }

    auto* filters = new QFormLayout;
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    // A row whose field is a layout needs its label's buddy set by hand.
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    filters->addRow(fromLabel, dates);
    filters->addRow(tr("&User"), m_user);
    auto* record = new QHBoxLayout;
    record->addWidget(m_table, 2);
    record->addWidget(new QLabel(tr("record"), this));
    record->addWidget(m_record, 1);
    auto* tableLabel = new QLabel(tr("&Table"), this);
    tableLabel->setBuddy(m_table);
    filters->addRow(tableLabel, record);
    filters->addRow(tr("&Action"), m_action);
    filters->addRow(tr("&Containing"), m_text);

    auto* search = new QPushButton(tr("&Search"), this);
    search->setObjectName(QStringLiteral("searchButton"));
    search->setDefault(true);
    auto* clear = new QPushButton(tr("C&lear Filters"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(search);
    buttons->addWidget(clear);
    buttons->addStretch();

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AuditLogModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditLogModel::WhenColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    ItemViews::label(m_view, tr("Audit trail entries"),
                     tr("One row a change made to the records, newest first"));

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(close);

    // The filters, then Search and Clear, then the entries they find.
    QWidget::setTabOrder(m_text, search);
    QWidget::setTabOrder(search, clear);
    QWidget::setTabOrder(clear, m_view);
    connect(search, &QPushButton::clicked, this, &AuditTrailDialog::reload);
    connect(clear, &QPushButton::clicked, this, &AuditTrailDialog::clearFilters);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1100, 640);
    reload();
}

bool AuditTrailDialog::allowedFor(const User& actor)
{
    return actor.active && Permissions::allows(actor.role, Action::ViewAudit);
}

AuditFilter AuditTrailDialog::filter() const
{
    AuditFilter filter;
    // Dates are the desk's local days; the to-date counts in full.
    if (m_from->date().isValid())
        filter.from = m_from->date().startOfDay();
    if (m_to->date().isValid())
        filter.to = m_to->date().addDays(1).startOfDay();
    filter.actorName = m_user->text().trimmed();
    filter.table = m_table->currentData().toString();
    filter.recordId = m_record->text().trimmed();
    filter.action = m_action->currentData().toString();
    filter.text = m_text->text().trimmed();
    filter.limit = kRowLimit + 1; // one more, to know there are more
    filter.newestFirst = true;
    return filter;
}

bool AuditTrailDialog::reload()
{
    for (const DateLineEdit* date : {m_from, m_to}) {
        if (!date->isAcceptable()) {
            m_status->setText(date->errorText());
            return false;
        }
    }
    QList<AuditEntry> entries;
    if (StoreError error = AuditRepository(m_db).list(filter(), &entries)) {
        m_model->setEntries({});
        m_status->setText(error.message());
        return false;
    }
    const bool more = entries.size() > kRowLimit;
    if (more)
        entries.resize(kRowLimit);
    m_model->setEntries(entries);
    m_view->resizeColumnsToContents();
    for (int column = AuditLogModel::OldValueColumn; column <= AuditLogModel::NewValueColumn; ++column)
        m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), 260));
    const QString count = QLocale().toString(static_cast<qlonglong>(entries.size()));
    m_status->setText(
        more ? tr("Showing the newest %1 entries; narrow the filters to see older ones.").arg(count)
             : tr("Entries: %1").arg(count));
    return true;
}

void AuditTrailDialog::clearFilters()
{
    m_from->clear();
    m_to->clear();
    m_user->clear();
    m_table->setCurrentIndex(0);
    m_record->clear();
    m_action->setCurrentIndex(0);
    m_text->clear();
    reload();
}
