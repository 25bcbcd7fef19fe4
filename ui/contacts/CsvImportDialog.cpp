#include "contacts/CsvImportDialog.h"

#include "common/ButtonBoxTabOrder.h"
#include "common/CsvProblemList.h"
#include "common/ItemViews.h"
#include "common/Tone.h"
#include "common/WorkContext.h"
#include "shell/MessagePresenter.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(WorkContext* context, const QString& fileName, const QByteArray& content,
                                 QWidget* parent)
    : QDialog(parent), m_context(context), m_data(content), m_summary(new QLabel(this)),
      m_problemsLabel(new QLabel(tr("&Problems to fix in the file:"), this)),
      m_problems(new CsvProblemList(this)), m_preview(new QTableWidget(this))
{
    setWindowTitle(tr("Import Contacts from CSV"));
    setAccessibleName(tr("Import contacts from CSV"));

    auto* file = new QLabel(tr("File: %1").arg(fileName), this);
    file->setTextFormat(Qt::PlainText);
    file->setWordWrap(true);
    file->setAccessibleName(tr("File to import"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("What the import would do"));
    m_problemsLabel->setBuddy(m_problems);
    m_problems->setAccessibleName(tr("Problems to fix in the file"));
    auto* previewLabel = new QLabel(tr("&Rows in the file:"), this);
    previewLabel->setBuddy(m_preview);
    m_preview->setObjectName(QStringLiteral("preview"));
    ItemViews::label(m_preview, tr("Rows in the file"),
                     tr("One row a line of the file as it would be imported"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setAlternatingRowColors(true);
    m_preview->setWordWrap(false);
    m_preview->verticalHeader()->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);

    ButtonBoxTabOrder::keep(buttons);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setAccessibleName(tr("Import the rows"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvImportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(file);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    check();
    resize(1000, 560);
}

void CsvImportDialog::check()
{
    m_canImport = false;
    StoreError error;
    if (m_context->isOpen())
        error = ContactCsv::check(m_context->database(), m_data, &m_report);
    else
        error = StoreError::invalid(tr("No database is open."));
    m_problems->setProblems(m_report.problems);
    if (error) {
        m_summary->setText(tr("The file could not be checked: %1").arg(error.message()));
    } else if (!m_report.problems.isEmpty()) {
        m_summary->setText(tr("%Ln row(s) of the file need fixing. Nothing will be imported until every row "
                              "is right: correct the file and import it again.",
                              nullptr, static_cast<int>(m_report.problems.size())));
    } else if (m_report.contactsAdded == 0 && m_report.organisationsAdded == 0) {
        m_summary->setText(tr("The file has no rows to import."));
    } else {
        m_canImport = true;
        m_summary->setText(tr("Importing will add %1 and %2.")
                               .arg(tr("%Ln person(s)", nullptr, m_report.contactsAdded),
                                    tr("%Ln new organisation(s)", nullptr, m_report.organisationsAdded)));
    }
    m_problemsLabel->setVisible(!m_report.problems.isEmpty());
    m_import->setEnabled(m_canImport);
    fillPreview();
}

void CsvImportDialog::fillPreview()
{
    const QSet<int>& badLines = m_problems->badLines();
    QList<QStringList> records;
    QList<int> lines;
    QString parseError;
    ContactCsv::parse(m_data, &records, &lines, &parseError);
    m_preview->clear();
    if (records.isEmpty()) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    const QStringList& header = records.first();
    QStringList headers{tr("Line"), tr("Check")};
    headers << header;
    m_preview->setColumnCount(static_cast<int>(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(static_cast<int>(records.size()) - 1);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const int row = static_cast<int>(r) - 1;
        const bool bad = badLines.contains(lines.at(r));
        auto* line = new QTableWidgetItem(QString::number(lines.at(r)));
        line->setData(Qt::UserRole, lines.at(r));
        m_preview->setItem(row, 0, line);
        // In words, not by colour alone.
        auto* status = new QTableWidgetItem(bad ? tr("Problem") : tr("OK"));
        if (bad) {
            status->setForeground(Tones::textOnFill(Tone::Problem, m_preview->palette()));
            status->setBackground(Tones::fill(Tone::Problem, m_preview->palette()));
        }
        m_preview->setItem(row, 1, status);
        const QStringList& record = records.at(r);
        for (qsizetype c = 0; c < record.size() && c < header.size(); ++c)
            m_preview->setItem(row, static_cast<int>(c) + 2, new QTableWidgetItem(record.at(c)));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), 220));
}

void CsvImportDialog::accept()
{
    if (!m_canImport || !m_context->isOpen())
        return;
    const StoreError error = ContactCsv::import(m_context->database(), m_data, &m_report);
    if (error || !m_report.problems.isEmpty()) {
        // Someone else changed the directory between the preview and now: say so and check again.
        MessagePresenter::instance().showError(this, tr("Nothing was imported"),
                                               error ? error.message()
                                                     : m_report.problems.join(QLatin1Char('\n')));
        check();
        return;
    }
    QDialog::accept();
}
