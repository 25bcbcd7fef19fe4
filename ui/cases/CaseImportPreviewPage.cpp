#include "cases/CaseImportPreviewPage.h"

#include "cases/CaseImportWizard.h"
#include "common/CsvProblemList.h"
#include "common/ItemViews.h"
#include "domain/CaseStage.h"
#include "domain/DateText.h"
#include "rules/CaseDeadlines.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
// "meeting_by 2026-12-09" as people read it: "Meeting by (30-day duty): Wed 9 Dec 2026".
QString deadlineText(const QString& keyAndDate)
{
    static const QHash<QString, QString> titles = [] {
        QHash<QString, QString> byKey;
        using Kind = CaseDeadline::Kind;
        for (const Kind kind : {Kind::ReferralAction, Kind::ContactBy, Kind::MeetingBy,
                                Kind::ContractMeetingBy, Kind::Appeal}) {
            CaseDeadline deadline{kind, {}, false, std::nullopt};
            byKey.insert(deadline.key(), deadline.title());
        }
        for (const CertificatePart part :
             {CertificatePart::Part1, CertificatePart::Part2, CertificatePart::Part3}) {
            CaseDeadline deadline{Kind::Certificate, {}, false, part};
            byKey.insert(deadline.key(), deadline.title());
        }
        return byKey;
    }();
    const qsizetype space = keyAndDate.lastIndexOf(QLatin1Char(' '));
    const QString key = keyAndDate.left(space);
    const QDate date = QDate::fromString(keyAndDate.mid(space + 1), Qt::ISODate);
    return QStringLiteral("%1: %2").arg(titles.value(key, key), date.isValid() ? DateText::shortDate(date)
                                                                               : keyAndDate.mid(space + 1));
}
} // namespace

CaseImportPreviewPage::CaseImportPreviewPage(CaseImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_summary(new QLabel(this)),
      m_problemsLabel(new QLabel(tr("&Lines to fix in the file:"), this)),
      m_problems(new CsvProblemList(this)),
      m_casesLabel(new QLabel(tr("&Cases the file would create or update:"), this)),
      m_cases(new QTableWidget(this))
{
    setTitle(tr("Check the cases"));
    setSubTitle(tr("Nothing has been stored yet. Import stores every case below, or none."));
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("What the import would do"));
    m_problemsLabel->setBuddy(m_problems);
    m_problems->setAccessibleName(tr("Lines to fix in the file"));
    // The page's room goes to what there is to read: the lines to fix, the cases, or both.
    m_problems->setMaximumHeight(QWIDGETSIZE_MAX);
    m_casesLabel->setBuddy(m_cases);
    m_cases->setObjectName(QStringLiteral("cases"));
    ItemViews::label(
        m_cases, tr("Cases the file would create or update"),
        tr("One row a line of the file: whether it creates or updates a case, and what it holds"));
    m_cases->setColumnCount(6);
    m_cases->setHorizontalHeaderLabels(
        {tr("Line"), tr("Action"), tr("Reference"), tr("Child"), tr("Stage"), tr("Deadlines")});
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->setAlternatingRowColors(true);
    m_cases->setWordWrap(false);
    m_cases->verticalHeader()->hide();
    m_cases->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_casesLabel);
    layout->addWidget(m_cases, 2);
}

void CaseImportPreviewPage::initializePage()
{
    check();
}

void CaseImportPreviewPage::check()
{
    const StoreError error = m_wizard->check(&m_report);
    // Duplicates are refused as problems are: both are lines to fix.
    QStringList toFix = m_report.problems;
    for (const QString& duplicate : std::as_const(m_report.duplicates))
        toFix << tr("%1: a case already here; take the row out of the file, or write update in its "
                    "action column to change that case")
                     .arg(duplicate);
    std::stable_sort(toFix.begin(), toFix.end(), [](const QString& a, const QString& b) {
        return CsvProblemList::lineOf(a) < CsvProblemList::lineOf(b);
    });
    m_problems->setProblems(toFix);
    m_problemsLabel->setVisible(!toFix.isEmpty());
    m_canImport = false;
    if (error) {
        m_summary->setText(tr("The file could not be checked: %1").arg(error.message()));
    } else if (!toFix.isEmpty()) {
        const int bad = static_cast<int>(m_report.problems.size());
        const int duplicates = static_cast<int>(m_report.duplicates.size());
        QString found;
        if (bad && duplicates)
            found = tr("%1 and %2.")
                        .arg(tr("%n problem(s) to fix", nullptr, bad),
                             tr("%n row(s) like a case already here", nullptr, duplicates));
        else if (bad)
            found = tr("%n problem(s) to fix.", nullptr, bad);
        else
            found = tr("%n row(s) like a case already here.", nullptr, duplicates);
        m_summary->setText(
            tr("The file is refused as a whole: %1 Nothing will be imported until every line listed below is "
               "put right. Correct those lines in the file (or, for a heading, choose its column on the "
               "previous step), save the file, then choose Back and Next to check it again.")
                .arg(found));
    } else if (m_report.cases.isEmpty()) {
        m_summary->setText(tr("The file has no cases to import: it has a heading row and nothing else."));
    } else {
        m_canImport = true;
        const auto updates = std::count_if(m_report.cases.cbegin(), m_report.cases.cend(),
                                           [](const ImportedCase& planned) { return planned.updated; });
        const int created = static_cast<int>(m_report.cases.size() - updates);
        if (updates == 0)
            m_summary->setText(
                tr("Importing will create %n case(s), at the stages and with the deadlines below.", nullptr,
                   created));
        else
            m_summary->setText(
                tr("Importing will create %1 and update %2, to the stages and with the deadlines "
                   "below.")
                    .arg(tr("%n case(s)", nullptr, created),
                         tr("%n existing case(s)", nullptr, static_cast<int>(updates))));
    }
    fillCases();
    emit completeChanged();
}

void CaseImportPreviewPage::fillCases()
{
    const bool any = !m_report.cases.isEmpty();
    m_casesLabel->setVisible(any);
    m_cases->setVisible(any);
    m_cases->clearContents();
    m_cases->setRowCount(static_cast<int>(m_report.cases.size()));
    for (int row = 0; row < m_report.cases.size(); ++row) {
        const ImportedCase& planned = m_report.cases.at(row);
        auto* line = new QTableWidgetItem(QString::number(planned.line));
        line->setData(Qt::UserRole, planned.line);
        m_cases->setItem(row, LineColumn, line);
        m_cases->setItem(row, ActionColumn,
                         new QTableWidgetItem(planned.updated ? tr("Update") : tr("Create")));
        m_cases->setItem(row, ReferenceColumn,
                         new QTableWidgetItem(planned.reference.isEmpty() ? tr("(numbered on import)")
                                                                          : planned.reference));
        m_cases->setItem(row, ChildColumn, new QTableWidgetItem(planned.childName));
        const std::optional<CaseStage> stage = caseStageFromString(planned.stage);
        m_cases->setItem(row, StageColumn,
                         new QTableWidgetItem(stage ? caseStageTitle(*stage) : planned.stage));
        QStringList deadlines;
        for (const QString& deadline : planned.deadlines)
            deadlines << deadlineText(deadline);
        auto* deadlinesItem =
            new QTableWidgetItem(deadlines.isEmpty() ? tr("none") : deadlines.join(QStringLiteral("; ")));
        deadlinesItem->setToolTip(deadlines.join(QLatin1Char('\n')));
        m_cases->setItem(row, DeadlinesColumn, deadlinesItem);
    }
    m_cases->resizeColumnsToContents();
    for (int c = 0; c < DeadlinesColumn; ++c)
        m_cases->setColumnWidth(c, std::min(m_cases->columnWidth(c), 240));
}
