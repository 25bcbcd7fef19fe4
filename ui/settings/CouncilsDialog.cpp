#include "settings/CouncilsDialog.h"

#include "common/ButtonBoxTabOrder.h"
#include "common/ChangedElsewhere.h"
#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "rules/Permissions.h"
#include "settings/CouncilDialog.h"
#include "shell/MessagePresenter.h"
#include "store/settings/CouncilRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    NameColumn,
    CodeColumn,
    ClockColumn,
    ReferralColumn,
    RetentionColumn,
    ColumnCount
};
} // namespace

CouncilsDialog::CouncilsDialog(WorkContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_table(new QTableWidget(0, ColumnCount, this))
{
    setWindowTitle(tr("Councils"));
    auto* intro = new QLabel(tr("The councils that commission the service, and what each contract says. "
                                "A referral names one of them."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Code"), tr("Contract target: 30 days from"),
                                        tr("Referral actioned within"), tr("Closed cases kept")});
    ItemViews::label(m_table, tr("Councils"),
                     tr("One row a council the service works for; Enter or double-click edits it"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &CouncilsDialog::editSelected);

    auto* buttons = new QDialogButtonBox(this);
    ButtonBoxTabOrder::keep(buttons);
    QPushButton* add = buttons->addButton(tr("&Add Council..."), QDialogButtonBox::ActionRole);
    QPushButton* edit = buttons->addButton(tr("&Edit..."), QDialogButtonBox::ActionRole);
    // Close after the actions: made first, Qt 6.4 leaves it out of Tab's round.
    buttons->addButton(QDialogButtonBox::Close);
    add->setObjectName(QStringLiteral("addCouncil"));
    edit->setObjectName(QStringLiteral("editCouncil"));
    connect(add, &QPushButton::clicked, this, &CouncilsDialog::addCouncil);
    connect(edit, &QPushButton::clicked, this, &CouncilsDialog::editSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(860, 420);
    load();
}

void CouncilsDialog::load()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (!m_context->isOpen())
        return;
    QList<Council> councils;
    if (StoreError error = CouncilRepository(m_context->database()).list(&councils)) {
        MessagePresenter::instance().showError(this, tr("Could not load the councils"), error.message());
        return;
    }
    m_table->setRowCount(static_cast<int>(councils.size()));
    for (int row = 0; row < councils.size(); ++row) {
        const Council& council = councils.at(row);
        auto* name = new QTableWidgetItem(council.name);
        name->setData(Qt::UserRole, council.id);
        m_table->setItem(row, NameColumn, name);
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(council.code));
        m_table->setItem(row, ClockColumn,
                         new QTableWidgetItem(meetingClockStartDescription(council.meetingClockStart)));
        m_table->setItem(
            row, ReferralColumn,
            new QTableWidgetItem(tr("%n working day(s)", nullptr, council.referralActionWorkingDays)));
        m_table->setItem(row, RetentionColumn,
                         new QTableWidgetItem(tr("%n year(s)", nullptr, council.retentionYears)));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

bool CouncilsDialog::mayChange()
{
    // Councils are office settings: administrators change them (README, Roles).
    const std::optional<User>& user = m_context->signedInUser();
    if (!user || Permissions::allows(user->role, Action::ManageSettings))
        return true;
    MessagePresenter::instance().showError(this, tr("Councils"),
                                           Permissions::refusal(Action::ManageSettings));
    return false;
}

void CouncilsDialog::addCouncil()
{
    if (!mayChange())
        return;
    CouncilDialog form(Council{}, this);
    while (form.exec() == QDialog::Accepted) {
        Council council = form.council();
        const StoreError error = CouncilRepository(m_context->database()).add(&council);
        if (error.ok()) {
            load();
            m_context->notifyCouncilsChanged();
            return;
        }
        MessagePresenter::instance().showError(this, tr("Could not add the council"),
                                               error.kind() == StoreError::Kind::Constraint
                                                   ? tr("A council with that name or code exists already.")
                                                   : error.message());
    }
}

void CouncilsDialog::editSelected()
{
    if (!mayChange())
        return;
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = m_table->item(selected.first()->row(), NameColumn)->data(Qt::UserRole).toLongLong();
    Council council;
    if (StoreError error = CouncilRepository(m_context->database()).find(id, &council)) {
        MessagePresenter::instance().showError(this, tr("Could not open the council"), error.message());
        return;
    }
    CouncilDialog form(council, this);
    while (form.exec() == QDialog::Accepted) {
        const StoreError error = CouncilRepository(m_context->database()).update(form.council());
        if (error.ok()) {
            load();
            m_context->notifyCouncilsChanged();
            return;
        }
        if (ChangedElsewhere::offer(this, tr("Could not save the council"), error, [this, id, &form] {
                Council stored;
                if (!MessagePresenter::instance().showIfFailed(
                        this, tr("Could not open the council"),
                        CouncilRepository(m_context->database()).find(id, &stored)))
                    form.setCouncil(stored);
            }))
            continue;
        MessagePresenter::instance().showError(this, tr("Could not save the council"),
                                               error.kind() == StoreError::Kind::Constraint
                                                   ? tr("A council with that name or code exists already.")
                                                   : error.message());
    }
}
