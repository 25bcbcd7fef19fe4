#include "cases/DuplicateReferralDialog.h"

#include "common/ItemViews.h"
#include "rules/IsoDate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

DuplicateReferralDialog::DuplicateReferralDialog(const QList<DuplicateCase>& duplicates, QWidget* parent)
    : QDialog(parent), m_duplicates(duplicates), m_table(new QTableWidget(0, 5, this)),
      m_open(new QPushButton(tr("&Open that case"), this)),
      m_new(new QPushButton(tr("This is a &new disagreement"), this)),
      m_back(new QPushButton(tr("&Back to the form"), this))
{
    setWindowTitle(tr("Is this a case already held?"));
    setAccessibleName(tr("Cases that look like this referral"));
    const QString found =
        duplicates.size() == 1
            ? tr("Before saving: a case already held looks like this referral.")
            : tr("Before saving: %1 cases already held look like this referral.").arg(duplicates.size());
    auto* intro = new QLabel(
        found + QLatin1Char(' ') +
            tr("Open the case if it is the same disagreement; save a new case only if it is another."),
        this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("duplicateCases"));
    ItemViews::label(m_table, tr("Cases that look like this referral"),
                     tr("One row a case already held that matches the child or family"));
    m_table->setHorizontalHeaderLabels({tr("Reference"), tr("Child or young person"), tr("Council"),
                                        tr("Stage and enquiry"), tr("Why it looks the same")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setRowCount(duplicates.size());
    for (int row = 0; row < duplicates.size(); ++row) {
        const DuplicateCase& d = duplicates.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(d.reference));
        m_table->setItem(row, 1, new QTableWidgetItem(d.childName));
        m_table->setItem(row, 2, new QTableWidgetItem(d.councilName));
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(
                tr("%1, since %2").arg(caseStageTitle(d.stage), IsoDate::describe(d.enquiryDate))));
        m_table->setItem(row, 4, new QTableWidgetItem(d.reasons.join(QLatin1Char('\n'))));
    }
    QHeaderView* columns = m_table->horizontalHeader();
    for (int column = 0; column < 4; ++column)
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(4, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (!duplicates.isEmpty())
        m_table->selectRow(0);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { done(OpenExisting); });

    m_open->setObjectName(QStringLiteral("openExistingCase"));
    m_open->setDefault(true);
    m_new->setObjectName(QStringLiteral("newDisagreement"));
    m_back->setObjectName(QStringLiteral("backToForm"));
    connect(m_open, &QPushButton::clicked, this, [this] { done(OpenExisting); });
    connect(m_new, &QPushButton::clicked, this, [this] { done(NewDisagreement); });
    connect(m_back, &QPushButton::clicked, this, [this] { done(BackToForm); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(900, 320);
}

qint64 DuplicateReferralDialog::chosenCaseId() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_duplicates.size())
        return m_duplicates.isEmpty() ? 0 : m_duplicates.first().caseId;
    return m_duplicates.at(row).caseId;
}
