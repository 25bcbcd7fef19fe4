#include "contacts/DuplicatesDialog.h"

#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "rules/ContactDetailsRules.h"
#include "shell/MessagePresenter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DuplicatesDialog::DuplicatesDialog(WorkContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_summary(new QLabel(this)), m_table(new QTableWidget(this)),
      m_keepFirst(new QPushButton(tr("Keep the &first, merge the second into it"), this)),
      m_keepSecond(new QPushButton(tr("Keep the &second, merge the first into it"), this))
{
    setWindowTitle(tr("Likely Duplicates"));
    setAccessibleName(tr("Likely duplicates"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("How many likely duplicates"));
    m_table->setObjectName(QStringLiteral("duplicatePairs"));
    ItemViews::label(m_table, tr("Pairs of entries that are likely the same person"),
                     tr("One row a pair of directory entries that look like the same person"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("First entry"), tr("Second entry"), tr("Same")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows as tall as their wrapped text at the columns' final widths.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_keepFirst->setAccessibleName(tr("Keep the first entry and merge the second into it"));
    m_keepSecond->setAccessibleName(tr("Keep the second entry and merge the first into it"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(close, &QDialogButtonBox::rejected, this, &DuplicatesDialog::reject);
    connect(m_keepFirst, &QPushButton::clicked, this, [this] { mergePair(m_table->currentRow(), true); });
    connect(m_keepSecond, &QPushButton::clicked, this, [this] { mergePair(m_table->currentRow(), false); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_keepFirst);
    buttons->addWidget(m_keepSecond);
    buttons->addStretch();
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
    resize(900, 420);
}

QString DuplicatesDialog::describe(const Contact& contact)
{
    QStringList parts{contact.fullName()};
    if (!contact.organisationName.isEmpty())
        parts << contact.organisationName;
    if (!contact.email.isEmpty())
        parts << contact.email;
    if (!contact.phone.isEmpty())
        parts << ContactDetailsRules::displayPhone(contact.phone);
    return parts.join(QStringLiteral(", "));
}

void DuplicatesDialog::reload()
{
    m_pairs.clear();
    if (m_context->isOpen()) {
        if (StoreError error = ContactRepository(m_context->database()).likelyDuplicates(&m_pairs))
            MessagePresenter::instance().showError(this, tr("Could not look for duplicates"),
                                                   error.message());
    }
    m_table->setRowCount(static_cast<int>(m_pairs.size()));
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const LikelyDuplicate& pair = m_pairs.at(i);
        const int row = static_cast<int>(i);
        m_table->setItem(row, 0, new QTableWidgetItem(describe(pair.first)));
        m_table->setItem(row, 1, new QTableWidgetItem(describe(pair.second)));
        QStringList same{tr("name")};
        if (pair.sameEmail)
            same << tr("email");
        if (pair.samePhone)
            same << tr("phone");
        m_table->setItem(row, 2, new QTableWidgetItem(same.join(QStringLiteral(", "))));
    }
    m_summary->setText(m_pairs.isEmpty()
                           ? tr("No likely duplicates: no two entries share a name and an email or phone.")
                           : tr("%Ln pair(s) of entries look like the same person. Choose a pair and the "
                                "entry to keep; the other's meetings and links move to it.",
                                nullptr, static_cast<int>(m_pairs.size())));
    if (!m_pairs.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void DuplicatesDialog::updateButtons()
{
    const bool chosen = m_table->currentRow() >= 0 && m_table->currentRow() < m_pairs.size();
    m_keepFirst->setEnabled(chosen);
    m_keepSecond->setEnabled(chosen);
}

bool DuplicatesDialog::mergePair(int row, bool keepFirst)
{
    if (row < 0 || row >= m_pairs.size() || !m_context->isOpen())
        return false;
    const LikelyDuplicate& pair = m_pairs.at(row);
    const Contact& keep = keepFirst ? pair.first : pair.second;
    const Contact& remove = keepFirst ? pair.second : pair.first;
    if (!MessagePresenter::instance().confirm(
            this, tr("Merge Entries"),
            tr("Keep \"%1\" and merge \"%2\" into it? The second entry is deleted; its meetings and links "
               "move to the kept one. This cannot be undone.")
                .arg(describe(keep), describe(remove))))
        return false;
    if (StoreError error = ContactRepository(m_context->database()).merge(keep.id, remove.id)) {
        MessagePresenter::instance().showError(this, tr("Could not merge the entries"), error.message());
        return false;
    }
    ++m_merges;
    reload();
    return true;
}
