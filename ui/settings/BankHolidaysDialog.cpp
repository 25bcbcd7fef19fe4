#include "settings/BankHolidaysDialog.h"

#include "common/ItemViews.h"
#include "common/TabChain.h"
#include "common/WorkContext.h"
#include "domain/DateText.h"
#include "rules/BankHolidayCoverage.h"
#include "rules/BankHolidayFile.h"
#include "shell/FileChooser.h"
#include "shell/MessagePresenter.h"
#include "store/settings/BankHolidayRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

BankHolidaysDialog::BankHolidaysDialog(WorkContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_coverage(new QLabel(this)), m_year(new QComboBox(this)),
      m_table(new QTableWidget(0, 2, this))
{
    setWindowTitle(tr("Bank Holidays"));
    m_coverage->setWordWrap(true);
    m_coverage->setAccessibleName(tr("Years covered"));
    m_coverage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_year->setAccessibleName(tr("Year"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Bank holiday")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    ItemViews::label(m_table, tr("Bank holidays of the year"), tr("Each bank holiday of the chosen year"));
    auto* importButton = new QPushButton(tr("&Import bank-holidays.json..."), this);
    importButton->setToolTip(tr("The file the government publishes at www.gov.uk/bank-holidays.json"));
    context->gate(importButton, Action::ManageSettings);
    connect(importButton, &QPushButton::clicked, this, &BankHolidaysDialog::chooseFile);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (m_year->currentIndex() >= 0)
            showYear(m_year->currentData().toInt());
    });
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addStretch(1);
    bar->addWidget(importButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_coverage);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 520);
    TabChain::set({m_year, importButton, m_table, buttons->button(QDialogButtonBox::Close)}); // as read
    load();
}

void BankHolidaysDialog::load()
{
    bool fromDatabase = false;
    if (MessagePresenter::instance().showIfFailed(
            this, tr("Bank Holidays"),
            BankHolidayRepository(m_context->database()).load(&m_calendar, &fromDatabase)))
        m_calendar = m_context->calendar();
    QString text = tr("The calendar covers %1. Announced by the government: %2.")
                       .arg(m_calendar.coverageDescription(), m_calendar.announcedDescription());
    if (!m_calendar.projectedYears().isEmpty())
        text += QLatin1Char(' ') + tr("A deadline in a projected year is provisional until that year's "
                                      "holidays are announced and imported.");
    if (!fromDatabase)
        text += QLatin1Char(' ') + tr("(The calendar that came with the program: none has been imported.)");
    m_coverage->setText(text);
    const int shown = m_year->currentIndex() >= 0 ? m_year->currentData().toInt() : m_context->today().year();
    const QSignalBlocker block(m_year);
    m_year->clear();
    for (int year : m_calendar.coveredYears()) {
        m_year->addItem(m_calendar.isProjected(year) ? tr("%1 (projected)").arg(year) : QString::number(year),
                        year);
    }
    const int index = m_year->findData(shown);
    m_year->setCurrentIndex(index >= 0 ? index : m_year->count() - 1);
    showYear(m_year->currentData().toInt());
}

void BankHolidaysDialog::showYear(int year)
{
    const QMap<QDate, QString> holidays = m_calendar.holidaysIn(year);
    m_table->setRowCount(static_cast<int>(holidays.size()));
    int row = 0;
    for (auto it = holidays.cbegin(); it != holidays.cend(); ++it, ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(DateText::shortDate(it.key())));
        m_table->setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    m_table->resizeColumnToContents(0);
}

QString BankHolidaysDialog::coverageText() const
{
    return m_coverage->text();
}

bool BankHolidaysDialog::importFile(const QString& path, QString* problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 could not be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // The whole file is checked before the database is touched: a bad file changes nothing.
    BankHolidayCalendar imported;
    BankHolidayFile::Error error;
    if (!BankHolidayFile::parse(file.readAll(), &imported, &error)) {
        *problem = tr("%1 was not imported; the calendar in use is unchanged. %2")
                       .arg(QDir::toNativeSeparators(path), error.toString());
        return false;
    }
    if (StoreError stored = BankHolidayRepository(m_context->database()).merge(imported)) {
        *problem = stored.message();
        return false;
    }
    // Every screen counts on the new calendar from now.
    m_context->reloadCalendar();
    load();
    QStringList partial;
    for (int year : imported.partialYears())
        partial << tr("%1 (it lacks %2)")
                       .arg(year)
                       .arg(BankHolidayCoverage::missing(year, imported.publishedHolidays())
                                .join(QStringLiteral(", ")));
    *problem =
        partial.isEmpty()
            ? QString()
            : tr("The file does not hold every bank holiday of %1: its days were added, and the rest of "
                 "those years is still worked out from the standard rules and marked provisional.")
                  .arg(partial.join(QStringLiteral("; ")));
    return true;
}

void BankHolidaysDialog::chooseFile()
{
    const QString path = FileChooser::instance().openFileName(this, tr("Import Bank Holidays"),
                                                              tr("Bank holiday files (*.json)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (!importFile(path, &problem)) {
        MessagePresenter::instance().showError(this, tr("Import Bank Holidays"), problem);
        return;
    }
    MessagePresenter::instance().showInformation(
        this, tr("Import Bank Holidays"),
        (tr("Imported. The calendar now covers %1.").arg(m_calendar.coverageDescription()) +
         QLatin1Char(' ') + problem)
            .trimmed());
}
