#include "meetings/AgreedActionsTable.h"

#include "common/DateTyping.h"
#include "common/ItemViews.h"
#include "domain/DateText.h"
#include "rules/AgreementDeadlines.h"
#include "rules/MeetingRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QStyle>
#include <memory>
#include <utility>

namespace {
enum Column
{
    What,
    Who,
    Party,
    Kind,
    Due,
    Deadlines,
    ColumnCount
};

// Which kind of agreed action: asked for each, since it decides the council's
// deadlines (rules/README.md section 3, "After an agreement").
QComboBox* kindBox(std::optional<AgreedActionKind> kind)
{
    auto* box = new QComboBox;
    box->addItem(AgreedActionsTable::tr("Which kind?"), QVariant());
    for (AgreedActionKind k : allAgreedActionKinds())
        box->addItem(agreedActionKindTitle(k), static_cast<int>(k));
    box->setCurrentIndex(kind ? box->findData(static_cast<int>(*kind)) : 0);
    box->setAccessibleName(AgreedActionsTable::tr("Kind of agreed action"));
    return box;
}

QDateEdit* dueEdit(const QDate& date)
{
    auto* due = new QDateEdit;
    due->setCalendarPopup(true);
    due->setDisplayFormat(DateText::shortFormat());
    DateTyping::install(due);
    due->setDate(date);
    return due;
}

QComboBox* partyBox(ActionParty party)
{
    auto* box = new QComboBox;
    for (ActionParty p : allActionParties())
        box->addItem(actionPartyTitle(p), static_cast<int>(p));
    box->setCurrentIndex(box->findData(static_cast<int>(party)));
    return box;
}
} // namespace

AgreedActionsTable::AgreedActionsTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels(
        {tr("What"), tr("Who"), tr("Party"), tr("Kind"), tr("By when"), tr("Council's deadlines (law)")});
    horizontalHeader()->setSectionResizeMode(What, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(Deadlines, QHeaderView::Stretch);
    // The choices and the date show whole: a cut "Mon 4 Jan 20" misleads. Their
    // widths come from the widgets themselves: sized to contents, the columns
    // were measured before a row's widgets were laid out and came out cut.
    horizontalHeader()->setSectionResizeMode(Who, QHeaderView::ResizeToContents);
    const std::unique_ptr<QComboBox> party(partyBox(ActionParty::Council));
    const std::unique_ptr<QComboBox> kind(kindBox(std::nullopt));
    const std::unique_ptr<QDateEdit> due(dueEdit(QDate(2026, 12, 30)));
    const int margin = 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    for (const auto& [column, widget] :
         {std::pair<int, QWidget*>{Party, party.get()}, {Kind, kind.get()}, {Due, due.get()}}) {
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        horizontalHeader()->resizeSection(column, widget->sizeHint().width() + margin);
    }
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setWordWrap(true);
    verticalHeader()->hide();
    ItemViews::label(this, tr("Action plan"), tr("One row an agreed action: what, who and by when"));
    // Room for a few actions with their wrapped deadlines: a one-row table cut
    // a wrapped row in half and hid what was typed in it.
    setMinimumHeight(fontMetrics().lineSpacing() * 8);
}

void AgreedActionsTable::setTerms(const QDate& held, std::optional<int> agreedPeriod, bool councilNotParty)
{
    m_held = held;
    m_agreedPeriod = agreedPeriod;
    m_councilNotParty = councilNotParty;
    showDeadlines();
}

void AgreedActionsTable::proposeDueDates()
{
    for (int row = 0; row < rowCount(); ++row)
        kindChosen(row);
}

void AgreedActionsTable::editWhat(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    setFocus();
    setCurrentCell(row, What);
    editItem(item(row, What));
}

void AgreedActionsTable::addAction(const QString& what, const QString& who, ActionParty party)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, What, new QTableWidgetItem(what));
    setItem(row, Who, new QTableWidgetItem(who));
    setCellWidget(row, Party, partyBox(party));
    setCellWidget(row, Due, dueEdit(MeetingRules::defaultActionDue(party, m_held)));
    QComboBox* kind = kindBox(std::nullopt);
    setCellWidget(row, Kind, kind);
    auto* deadlines = new QTableWidgetItem;
    deadlines->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable); // computed, not typed
    setItem(row, Deadlines, deadlines);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        for (int r = 0; r < rowCount(); ++r) {
            if (cellWidget(r, Kind) == kind)
                kindChosen(r);
        }
        showDeadlines();
    });
    showDeadlines();
}

void AgreedActionsTable::addStored(const MeetingAction& action)
{
    addAction(action.what, action.who, action.party);
    const int row = rowCount() - 1;
    // The kind first: choosing it proposes a date, and the saved one wins.
    if (action.kind)
        setActionKind(row, *action.kind);
    qobject_cast<QDateEdit*>(cellWidget(row, Due))->setDate(action.due);
}

void AgreedActionsTable::removeCurrent()
{
    if (currentRow() >= 0)
        removeRow(currentRow());
}

void AgreedActionsTable::kindChosen(int row)
{
    const QVariant kind = qobject_cast<QComboBox*>(cellWidget(row, Kind))->currentData();
    if (!kind.isValid())
        return;
    const QDate due =
        AgreementDeadlines::actionDue(m_held, static_cast<AgreedActionKind>(kind.toInt()), m_agreedPeriod);
    if (due.isValid())
        qobject_cast<QDateEdit*>(cellWidget(row, Due))->setDate(due);
}

QDate AgreedActionsTable::actionDue(int row) const
{
    return qobject_cast<QDateEdit*>(cellWidget(row, Due))->date();
}

void AgreedActionsTable::setActionKind(int row, AgreedActionKind kind)
{
    auto* box = qobject_cast<QComboBox*>(cellWidget(row, Kind));
    if (box)
        box->setCurrentIndex(box->findData(static_cast<int>(kind)));
}

QString AgreedActionsTable::deadlinesText(int row) const
{
    const QTableWidgetItem* cell = item(row, Deadlines);
    return cell ? cell->text() : QString();
}

void AgreedActionsTable::showDeadlines()
{
    // The agreement is made at the meeting: its deadlines run from the day held.
    for (int row = 0; row < rowCount(); ++row) {
        QTableWidgetItem* cell = item(row, Deadlines);
        auto* box = qobject_cast<QComboBox*>(cellWidget(row, Kind));
        if (!cell || !box)
            continue;
        if (!box->currentData().isValid()) {
            cell->setText(tr("Choose the kind to see the council's deadlines."));
            continue;
        }
        QStringList lines;
        const auto kind = static_cast<AgreedActionKind>(box->currentData().toInt());
        for (const AgreementDeadlines::Item& deadline :
             AgreementDeadlines::compute(m_held, kind, m_agreedPeriod, m_councilNotParty)) {
            lines << tr("%1: %2 (%3)")
                         .arg(deadline.checkReg44() ? tr("check reg 44")
                                                    : DateText::shortDate(deadline.deadline.date()),
                              deadline.what, deadline.regulation);
        }
        cell->setText(lines.join(QLatin1Char('\n')));
        cell->setToolTip(cell->text());
    }
}

QList<MeetingAction> AgreedActionsTable::actions() const
{
    QList<MeetingAction> actions;
    for (int row = 0; row < rowCount(); ++row) {
        MeetingAction action;
        action.what = item(row, What) ? item(row, What)->text().trimmed() : QString();
        action.who = item(row, Who) ? item(row, Who)->text().trimmed() : QString();
        action.party =
            static_cast<ActionParty>(qobject_cast<QComboBox*>(cellWidget(row, Party))->currentData().toInt());
        action.due = qobject_cast<QDateEdit*>(cellWidget(row, Due))->date();
        const QVariant kind = qobject_cast<QComboBox*>(cellWidget(row, Kind))->currentData();
        if (kind.isValid())
            action.kind = static_cast<AgreedActionKind>(kind.toInt());
        actions.append(action);
    }
    return actions;
}
