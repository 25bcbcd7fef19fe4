#include "invitees/ContactPickerDialog.h"

#include "common/ItemViews.h"
#include "domain/InviteeRole.h"
#include "itemmodels/ContactChoiceModel.h"
#include "itemmodels/InviteeListModel.h"
#include "rules/InviteeRules.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kShown = 200; // enough to choose from; the search narrows it
}

ContactPickerDialog::ContactPickerDialog(QSqlDatabase db, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_search(new QLineEdit(this)), m_view(new QTableView(this)),
      m_model(new ContactChoiceModel(this)), m_role(new QComboBox(this)), m_status(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_timer(new QTimer(this))
{
    setWindowTitle(tr("Invite someone from the directory"));
    m_search->setPlaceholderText(tr("Name, organisation, job title or email"));
    m_search->setAccessibleName(tr("Search the directory"));
    m_search->setClearButtonEnabled(true);
    m_view->setModel(m_model);
    ItemViews::label(m_view, tr("Directory contacts"),
                     tr("One row a person in the directory matching the search"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);
    m_role->setAccessibleName(tr("Role at this meeting"));
    m_role->addItem(tr("Their usual role"));
    for (InviteeRole role : allInviteeRoles())
        m_role->addItem(inviteeRoleTitle(role), static_cast<int>(role));
    m_status->setAccessibleName(tr("Search result"));
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Invite"));

    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* roleLabel = new QLabel(tr("&Role at this meeting:"), this);
    roleLabel->setBuddy(m_role);
    auto* form = new QFormLayout;
    form->addRow(searchLabel, m_search);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    auto* roleForm = new QFormLayout;
    roleForm->addRow(roleLabel, m_role);
    layout->addLayout(roleForm);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(720, 460);

    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ContactPickerDialog::runSearch);
    connect(m_search, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (contactId())
            accept();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ContactPickerDialog::updateOk);
    runSearch();
}

void ContactPickerDialog::search(const QString& text)
{
    m_search->setText(text);
    m_timer->stop();
    runSearch();
}

void ContactPickerDialog::runSearch()
{
    ContactListQuery query(m_db);
    ContactFilter filter;
    filter.search = m_search->text().trimmed();
    query.setFilter(filter);
    QList<Contact> contacts;
    int total = 0;
    StoreError error = query.count(&total);
    if (error.ok())
        error = query.fetch(0, kShown, &contacts);
    if (error) {
        m_model->setContacts({});
        m_status->setText(error.message());
    } else {
        m_model->setContacts(contacts);
        if (total == 0)
            m_status->setText(tr("Nobody found. Try part of a name or organisation, or close this and "
                                 "use \"Add someone else\" for someone not in the directory."));
        else if (total > contacts.size())
            m_status->setText(
                tr("Showing %1 of %2: type more to narrow the list.").arg(contacts.size()).arg(total));
        else
            m_status->setText(tr("%n contact(s) found.", nullptr, total));
    }
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateOk();
}

void ContactPickerDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(contactId().has_value());
    // The first choice names the usual role it keeps, so nobody has to guess.
    const Contact* contact = selectedContact();
    const std::optional<InviteeRole> usual = contact ? InviteeRules::usualRole(*contact) : std::nullopt;
    m_role->setItemText(0, usual     ? tr("Their usual role (%1)").arg(inviteeRoleTitle(*usual))
                           : contact ? tr("Their usual role (none in the directory: choose one)")
                                     : tr("Their usual role"));
    m_problem->hide();
}

const Contact* ContactPickerDialog::selectedContact() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->contacts().size())
        return nullptr;
    return &m_model->contacts().at(rows.first().row());
}

std::optional<InviteeRole> ContactPickerDialog::effectiveRole() const
{
    if (const std::optional<InviteeRole> chosen = role())
        return chosen;
    const Contact* contact = selectedContact();
    return contact ? InviteeRules::usualRole(*contact) : std::nullopt;
}

QString ContactPickerDialog::shownProblem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void ContactPickerDialog::accept()
{
    const Contact* contact = selectedContact();
    if (!contact)
        return;
    if (!effectiveRole()) {
        m_problem->setText(tr("The directory gives %1 no usual role: choose the role they will take at this "
                              "meeting.")
                               .arg(contact->fullName()));
        m_problem->show();
        m_role->setFocus();
        return;
    }
    QDialog::accept();
}

std::optional<qint64> ContactPickerDialog::contactId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(ContactChoiceModel::ContactIdRole).toLongLong();
}

std::optional<InviteeRole> ContactPickerDialog::role() const
{
    if (m_role->currentIndex() <= 0)
        return std::nullopt;
    return static_cast<InviteeRole>(m_role->currentData().toInt());
}

void ContactPickerDialog::setRole(std::optional<InviteeRole> role)
{
    m_role->setCurrentIndex(role ? m_role->findData(static_cast<int>(*role)) : 0);
}
