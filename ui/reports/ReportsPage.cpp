#include "reports/ReportsPage.h"

#include "common/DateLineEdit.h"
#include "common/ItemViews.h"
#include "common/TabChain.h"
#include "common/WorkContext.h"
#include "documents/ContractReportPdf.h"
#include "domain/DateText.h"
#include "domain/DomainText.h"
#include "domain/MeetingRecord.h"
#include "platform/PrivateFile.h"
#include "reports/ReportCharts.h"
#include "rules/ReportDefinitions.h"
#include "shell/FileChooser.h"
#include "shell/MessagePresenter.h"
#include "store/reports/ReportCsv.h"
#include "store/reports/ReportQuery.h"
#include "store/reports/ReportWorkbook.h"
#include "store/settings/CouncilRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Preset
{
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    ThisFinancialYear,
    LastFinancialYear,
    ThisCalendarYear,
    LastCalendarYear,
    CustomRange,
};

ReportPeriod presetPeriod(int preset, const QDate& today)
{
    switch (preset) {
    case ThisMonth:
        return ReportPeriod::monthOf(today);
    case LastMonth:
        return ReportPeriod::monthOf(today.addMonths(-1));
    case ThisQuarter:
        return ReportPeriod::quarterOf(today);
    case LastQuarter:
        return ReportPeriod::quarterOf(today.addMonths(-3));
    case ThisFinancialYear:
        return ReportPeriod::financialYearOf(today);
    case LastFinancialYear:
        return ReportPeriod::financialYearOf(today.addYears(-1));
    case ThisCalendarYear:
        return ReportPeriod::calendarYear(today.year());
    case LastCalendarYear:
        return ReportPeriod::calendarYear(today.year() - 1);
    default:
        return {};
    }
}

enum Column
{
    FigureColumn,
    DetailColumn,
    ValueColumn,
    OfColumn,
    ColumnCount,
};
} // namespace

ReportsPage::ReportsPage(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_periodKind(new QComboBox(this)), m_from(new DateLineEdit(this)),
      m_to(new DateLineEdit(this)), m_council(new QComboBox(this)),
      m_show(new QPushButton(tr("&Show"), this)), m_export(new QPushButton(tr("E&xport CSV..."), this)),
      m_exportXlsx(new QPushButton(tr("Export X&LSX..."), this)),
      m_sen2(new QCheckBox(tr("SE&N2 return only"), this)), m_status(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_charts(new ReportCharts(this)),
      m_casesTitle(new QLabel(this)), m_cases(new QListWidget(this))
{
    setAccessibleName(tr("Reports"));
    m_periodKind->setObjectName(QStringLiteral("reportPeriod"));
    m_periodKind->setAccessibleName(tr("Period"));
    m_periodKind->addItems({tr("This month"), tr("Last month"), tr("This quarter"), tr("Last quarter"),
                            tr("This financial year (April to March)"), tr("Last financial year"),
                            tr("This calendar year"), tr("Last calendar year"), tr("Any range")});
    m_periodKind->setCurrentIndex(LastMonth);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setAccessibleName(tr("Last day of the period"));
    // Wide enough for the longest date as shown ("Wed 30 Dec 2026") and the
    // clear button: squeezed by the row, they showed only "/2026".
    for (DateLineEdit* edit : {m_from, m_to})
        edit->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Wed 30 Dec 20260")) + 32);
    m_council->setObjectName(QStringLiteral("reportCouncil"));
    m_council->setAccessibleName(tr("Council"));
    m_council->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_council->setMinimumWidth(m_council->fontMetrics().averageCharWidth() *
                               14); // narrower where room is short
    m_show->setToolTip(tr("Work the figures out for this period and council (F5)"));
    m_export->setObjectName(QStringLiteral("exportReportButton"));
    m_export->setToolTip(tr("Write the figures shown, with their definitions, to a CSV file (Ctrl+E)"));
    m_exportXlsx->setObjectName(QStringLiteral("exportReportXlsxButton"));
    m_exportXlsx->setToolTip(tr("Write the period's figures, each council's, the cases behind them and "
                                "their definitions to an XLSX workbook (Alt+L)"));
    m_sen2->setObjectName(QStringLiteral("reportSen2"));
    m_sen2->setToolTip(tr("Only the figures a council needs from its provider for its SEN2 return to the "
                          "DfE, for a calendar year (as report sen2); the exports write only these"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* choosers = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodKind);
    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* councilLabel = new QLabel(tr("Co&uncil:"), this);
    councilLabel->setBuddy(m_council);
    choosers->addWidget(periodLabel);
    choosers->addWidget(m_periodKind);
    choosers->addWidget(fromLabel);
    choosers->addWidget(m_from);
    choosers->addWidget(toLabel);
    choosers->addWidget(m_to);
    choosers->addWidget(councilLabel);
    choosers->addWidget(m_council);
    choosers->addWidget(m_show);
    choosers->addWidget(m_sen2);
    choosers->addStretch();
    // The exports share the line of what is shown, so the choosers keep room.
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_export);
    // The contract-monitoring report, beside the CSV.
    m_exportPdf = new QPushButton(tr("Export P&DF..."), this);
    m_exportPdf->setObjectName(QStringLiteral("exportReportPdfButton"));
    m_exportPdf->setToolTip(tr(
        "Write the contract-monitoring report of the figures shown, with charts and definitions, to a PDF"));
    statusRow->addWidget(m_exportPdf);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    statusRow->addWidget(m_exportXlsx);

    m_table->setObjectName(QStringLiteral("reportFigures"));
    ItemViews::label(m_table, tr("Figures (hover over one for its definition; choose one to list its cases)"),
                     tr("One row a figure for the council and period; choosing one lists its cases"));
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Breakdown"), tr("Value"), tr("Of")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(FigureColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(DetailColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OfColumn, QHeaderView::ResizeToContents);

    m_casesTitle->setTextFormat(Qt::PlainText);
    m_casesTitle->setWordWrap(true);
    m_casesTitle->setText(tr("Choose a figure to list the cases behind it."));
    m_cases->setObjectName(QStringLiteral("reportCases"));
    ItemViews::label(m_cases, tr("Cases behind the figure (Enter or double-click opens one)"),
                     tr("One row a case counted in the chosen figure"));
    auto* casesBox = new QWidget(this);
    auto* casesLayout = new QVBoxLayout(casesBox);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_casesTitle);
    casesLayout->addWidget(m_cases, 1);
    auto* views = new QTabWidget(this);
    views->setAccessibleName(tr("Figures and charts"));
    views->addTab(m_table, tr("Figu&res"));
    views->addTab(m_charts, tr("Ch&arts"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(views);
    splitter->addWidget(casesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 260});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choosers);
    layout->addLayout(statusRow);
    layout->addWidget(splitter, 1);
    // Tab as the screen is read: the choices, the exports, then the figures and their cases.
    TabChain::set({m_periodKind, m_from, m_to, m_council, m_show, m_sen2, m_export, m_exportPdf, m_exportXlsx,
                   views, m_table, m_cases});

    connect(m_periodKind, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        if (m_periodKind->currentIndex() != CustomRange)
            refresh();
    });
    connect(m_council, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    // The SEN2 return is for a calendar year: anything else becomes last year,
    // the year a return is made for.
    connect(m_sen2, &QCheckBox::toggled, this, [this](bool on) {
        const int kind = m_periodKind->currentIndex();
        if (on && kind != ThisCalendarYear && kind != LastCalendarYear)
            m_periodKind->setCurrentIndex(LastCalendarYear); // refreshes
        else
            refresh();
    });
    // A range typed: Enter in either date works it out.
    for (DateLineEdit* edit : {m_from, m_to})
        connect(edit, &QLineEdit::returnPressed, this, [this] { refresh(); });
    connect(m_show, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_exportXlsx, &QPushButton::clicked, this, [this] { exportXlsx(); });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showCasesBehind(row); });
    auto openCase = [this](QListWidgetItem* item) {
        if (item && item->data(Qt::UserRole).toLongLong() > 0)
            emit openCaseRequested(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_cases, &QListWidget::itemActivated, this, openCase);
    auto* refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refreshKey, &QShortcut::activated, this, [this] { refresh(); });
    auto* exportKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), this);
    connect(exportKey, &QShortcut::activated, this, [this] {
        if (m_export->isEnabled())
            exportCsv();
    });
    // Another database, or another person: worked out again when next shown (a year
    // over many cases takes a moment, which nobody should wait for at sign-in).
    connect(m_context, &WorkContext::reloaded, this, [this] {
        reloadCouncils();
        gate();
        m_table->setRowCount(0);
        m_cases->clear();
        m_figures = {};
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(m_context, &WorkContext::councilsChanged, this, [this] { reloadCouncils(); });
    applyPreset();
    reloadCouncils();
    gate();
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportsPage::gate()
{
    for (QWidget* widget : std::initializer_list<QWidget*>{m_periodKind, m_from, m_to, m_council, m_show,
                                                           m_sen2, m_export, m_exportXlsx, m_table}) {
        m_context->gate(widget, ReportDefinitions::kAction);
        if (!m_context->allows(ReportDefinitions::kAction))
            widget->setToolTip(ReportDefinitions::refusal());
    }
    m_context->gate(m_exportPdf, ReportDefinitions::kAction);
    if (!m_context->allows(ReportDefinitions::kAction))
        m_exportPdf->setToolTip(ReportDefinitions::refusal());
}

void ReportsPage::applyPreset()
{
    const bool custom = m_periodKind->currentIndex() == CustomRange;
    if (!custom) {
        const ReportPeriod period = presetPeriod(m_periodKind->currentIndex(), m_context->today());
        m_from->setDate(period.from());
        m_to->setDate(period.to());
    }
    m_from->setReadOnly(!custom);
    m_to->setReadOnly(!custom);
}

void ReportsPage::reloadCouncils()
{
    const QVariant chosen = m_council->currentData();
    const QSignalBlocker blocker(m_council);
    m_council->clear();
    m_council->addItem(tr("All councils"));
    if (!m_context->isOpen())
        return;
    QList<Council> councils;
    MessagePresenter::instance().showIfFailed(this, tr("Reports"),
                                              CouncilRepository(m_context->database()).list(&councils));
    for (const Council& council : councils)
        m_council->addItem(tr("%1 (%2)").arg(council.name, council.code), council.id);
    const int index = m_council->findData(chosen);
    m_council->setCurrentIndex(index < 0 ? 0 : index);
}

ReportPeriod ReportsPage::period() const
{
    return ReportPeriod(m_from->date(), m_to->date());
}

std::optional<qint64> ReportsPage::councilId() const
{
    const QVariant id = m_council->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

bool ReportsPage::refresh()
{
    m_table->setRowCount(0);
    m_cases->clear();
    m_figures = {};
    m_stale = false;
    if (!m_context->isOpen())
        return false;
    if (!m_context->allows(ReportDefinitions::kAction) && m_context->signedInUser()) {
        m_status->setText(ReportDefinitions::refusal());
        return false;
    }
    const ReportPeriod chosen = period();
    if (!chosen.isValid()) {
        m_status->setText(m_from->errorText().isEmpty()
                              ? (m_to->errorText().isEmpty() ? chosen.problem() : m_to->errorText())
                              : m_from->errorText());
        return false;
    }
    ReportFigures figures;
    if (StoreError error = ReportQuery(m_context->database(), m_context->calendar())
                               .compute(chosen, councilId(), &figures)) {
        m_status->setText(error.message());
        return false;
    }
    m_figures = figures;
    // The charts go month by month (a figure each month, the same query); a
    // range of more than three years is shown as figures only.
    QList<ReportFigures> monthly;
    if (StoreError error = ReportQuery(m_context->database(), m_context->calendar())
                               .computeMonths(chosen, councilId(), &monthly)) {
        m_status->setText(error.message());
        return false;
    }
    m_charts->show(ReportChartData::from(monthly, figures));
    m_status->setText(
        tr("%1, %2 to %3. Hover over a figure for what it counts; choose one to list its cases.")
            .arg(figures.councilName, DateText::shortDate(chosen.from()), DateText::shortDate(chosen.to())));
    m_table->setRowCount(static_cast<int>(figures.values.size()));
    for (int row = 0; row < figures.values.size(); ++row) {
        const ReportValue& value = figures.values.at(row);
        const ReportDefinitions::Figure* figure = ReportDefinitions::find(value.figure);
        const QString definition = figure ? figure->definition() : QString();
        QString of;
        if (figure && figure->kind == ReportDefinitions::Kind::Share && value.hasValue)
            of = tr("%1 of %2").arg(value.numerator).arg(value.denominator);
        else if (figure && figure->kind == ReportDefinitions::Kind::Days)
            of = tr("%n case(s)", nullptr, static_cast<int>(value.numerator));
        QString text = ReportCsv::formatValue(value);
        if (figure && figure->kind == ReportDefinitions::Kind::Share && value.hasValue)
            text += QLatin1Char('%');
        if (!value.hasValue)
            text = tr("none to measure");
        const QStringList cells{figure ? figure->title : value.figure,
                                DomainText::reportDetail(value.figure, value.detail), text, of};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(definition);
            if (column >= ValueColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        m_table->setRowHidden(row, !shownFigures().isEmpty() && !shownFigures().contains(value.figure));
    }
    if (m_sen2->isChecked())
        m_status->setText(tr("SEN2 return for %1, %2: the figures the council needs from its provider.")
                              .arg(figures.councilName)
                              .arg(chosen.from().year()));
    return true;
}

QStringList ReportsPage::shownFigures() const
{
    return m_sen2->isChecked() ? ReportDefinitions::sen2Figures() : QStringList();
}

void ReportsPage::showCasesBehind(int row)
{
    m_cases->clear();
    if (row < 0 || row >= m_figures.values.size())
        return;
    const ReportValue& value = m_figures.values.at(row);
    QList<ReportCase> cases;
    if (StoreError error =
            ReportQuery(m_context->database(), m_context->calendar())
                .casesBehind(period(), m_figures.councilId, value.figure, value.detail, &cases)) {
        m_casesTitle->setText(error.message());
        return;
    }
    const ReportDefinitions::Figure* figure = ReportDefinitions::find(value.figure);
    const QString title = figure ? figure->title : value.figure;
    const QString detail = value.detail.isEmpty()
                               ? QString()
                               : tr(", %1").arg(DomainText::reportDetail(value.figure, value.detail));
    m_casesTitle->setText(
        cases.size() == 1
            ? tr("1 case behind %1%2 (Enter opens it):").arg(title, detail)
            : tr("%1 cases behind %2%3 (Enter opens one):").arg(cases.size()).arg(title, detail));
    for (const ReportCase& c : cases) {
        auto* item = new QListWidgetItem(c.reference, m_cases);
        item->setData(Qt::UserRole, c.id);
    }
}

bool ReportsPage::exportCsv()
{
    if (m_figures.values.isEmpty() && !refresh())
        return false;
    const QString suggested =
        m_sen2->isChecked()
            ? QStringLiteral("sen2-%1-%2.csv").arg(m_figures.councilCode.toLower()).arg(m_figures.from.year())
            : QStringLiteral("report-%1-%2-%3.csv")
                  .arg(m_figures.councilCode.toLower(), m_figures.from.toString(Qt::ISODate),
                       m_figures.to.toString(Qt::ISODate));
    const QString path = FileChooser::instance().saveFileName(this, tr("Export the Figures"), suggested,
                                                              tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    QString reason;
    if (!PrivateFile::write(path, ReportCsv::write({m_figures}, shownFigures()), &reason)) {
        MessagePresenter::instance().showError(this, tr("Could not write the file"),
                                               tr("%1: %2. Nothing was exported.").arg(path, reason));
        return false;
    }
    m_status->setText(tr("The figures were written to %1.").arg(path));
    return true;
}

bool ReportsPage::exportPdf()
{
    if (m_figures.values.isEmpty() && !refresh())
        return false;
    const QString suggested = QStringLiteral("report-%1-%2-%3.pdf")
                                  .arg(m_figures.councilCode.toLower(), m_figures.from.toString(Qt::ISODate),
                                       m_figures.to.toString(Qt::ISODate));
    const QString path = FileChooser::instance().saveFileName(this, tr("Export the Report as PDF"), suggested,
                                                              tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    // The figures shown, their charts by month and the letterhead the certificates print.
    ContractReportPdf::Content content;
    content.figures = m_figures;
    content.produced = m_context->today();
    QList<ReportFigures> months;
    StoreError error =
        ReportQuery(m_context->database(), m_context->calendar())
            .computeMonths(ReportPeriod(m_figures.from, m_figures.to), m_figures.councilId, &months);
    if (error.ok())
        error = SettingsRepository(m_context->database()).provider(&content.provider);
    if (error) {
        MessagePresenter::instance().showError(this, tr("Could not make the report"),
                                               tr("%1 Nothing was exported.").arg(error.message()));
        return false;
    }
    content.charts = ReportChartData::from(months, m_figures);
    const QByteArray pdf = ContractReportPdf::render(content);
    QString reason;
    if (pdf.isEmpty())
        reason = tr("the PDF could not be made");
    if (pdf.isEmpty() || !PrivateFile::write(path, pdf, &reason)) {
        MessagePresenter::instance().showError(this, tr("Could not write the file"),
                                               tr("%1: %2. Nothing was exported.").arg(path, reason));
        return false;
    }
    m_status->setText(tr("The report was written to %1.").arg(path));
    return true;
}

bool ReportsPage::exportXlsx()
{
    if (m_figures.values.isEmpty() && !refresh())
        return false;
    const QString suggested = QStringLiteral("report-%1-%2-%3.xlsx")
                                  .arg(m_figures.councilCode.toLower(), m_figures.from.toString(Qt::ISODate),
                                       m_figures.to.toString(Qt::ISODate));
    const QString path = FileChooser::instance().saveFileName(this, tr("Export the Figures as a Workbook"),
                                                              suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return false;
    // The period and council of the figures shown, worked out again with their cases.
    ReportWorkbook workbook;
    if (StoreError error = ReportWorkbook::collect(m_context->database(), m_context->calendar(),
                                                   ReportPeriod(m_figures.from, m_figures.to),
                                                   m_figures.councilId, shownFigures(), &workbook)) {
        MessagePresenter::instance().showError(this, tr("Could not export the figures"),
                                               tr("%1 Nothing was exported.").arg(error.message()));
        return false;
    }
    QString reason;
    if (!workbook.write(path, &reason)) {
        MessagePresenter::instance().showError(this, tr("Could not write the file"),
                                               tr("%1: %2. Nothing was exported.").arg(path, reason));
        return false;
    }
    m_status->setText(tr("The workbook was written to %1.").arg(path));
    return true;
}
