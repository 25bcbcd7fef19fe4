#include "contacts/ContactsPage.h"

#include "common/ItemViews.h"
#include "common/ListColumns.h"
#include "common/UserSettings.h"
#include "common/WorkContext.h"
#include "contacts/ContactCsvActions.h"
#include "contacts/ContactDialog.h"
#include "contacts/DuplicatesDialog.h"
#include "contacts/OrganisationDetailsPanel.h"
#include "contacts/OrganisationDialog.h"
#include "itemmodels/ContactListModel.h"
#include "itemmodels/OrganisationListModel.h"
#include "shell/MessagePresenter.h"
#include "store/directory/ContactListQuery.h"
#include "store/directory/ContactRepository.h"
#include "store/directory/OrganisationRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
// Enter on a row edits it; Delete removes it (after asking).
class PeopleView : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onActivate;
    std::function<void()> onDelete;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
            onActivate();
            return;
        }
        if (event->key() == Qt::Key_Delete && currentIndex().isValid()) {
            onDelete();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

QTableView* setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QAction* addShortcut(QWidget* page, const QKeySequence& keys, const std::function<void()>& slot)
{
    auto* action = new QAction(page);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(action);
    QObject::connect(action, &QAction::triggered, page, slot);
    return action;
}
} // namespace

ContactsPage::ContactsPage(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_peopleModel(new ContactListModel(this)),
      m_organisationModel(new OrganisationListModel(this)), m_search(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_decisionMakers(new QCheckBox(tr("Decision-&makers only"), this)),
      m_organisationView(setUpTable(new QTableView(this))), m_peopleView(nullptr),
      m_detailsPanel(new OrganisationDetailsPanel(context, this)),
      m_duplicates(new QPushButton(tr("D&uplicates..."), this)), m_count(new QLabel(this)),
      m_status(new QLabel(this)), m_searchTimer(new QTimer(this)), m_csv(new ContactCsvActions(context, this))
{
    setAccessibleName(tr("Contacts"));

    // The filter bar.
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setAccessibleName(tr("Search the directory"));
    m_search->setPlaceholderText(tr("Name, organisation, job title or email (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kind->setAccessibleName(tr("Kind of organisation"));
    m_kind->addItem(tr("All kinds"), -1);
    for (OrganisationKind kind : allOrganisationKinds())
        m_kind->addItem(organisationKindTitle(kind), static_cast<int>(kind));
    m_decisionMakers->setAccessibleName(tr("Only decision-makers"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 2);
    bar->addSpacing(12);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind, 1);
    bar->addSpacing(12);
    bar->addWidget(m_decisionMakers);
    bar->addStretch();
    auto* clearFiltersButton = new QPushButton(tr("C&lear filters"), this);
    clearFiltersButton->setObjectName(QStringLiteral("clearFilters"));
    clearFiltersButton->setAccessibleName(tr("Clear the search and filters"));
    clearFiltersButton->setToolTip(tr("Show the whole directory again"));
    bar->addWidget(clearFiltersButton);
    connect(clearFiltersButton, &QPushButton::clicked, this, &ContactsPage::clearFilters);

    // Left: organisations and the chosen one's details.
    m_organisationView->setObjectName(QStringLiteral("organisations"));
    ItemViews::label(m_organisationView, tr("Organisations"),
                     tr("One row an organisation in the directory; choose one to see its people"));
    m_organisationView->setModel(m_organisationModel);
    m_organisationView->horizontalHeader()->setSectionResizeMode(OrganisationListModel::NameColumn,
                                                                 QHeaderView::Stretch);
    m_organisationView->horizontalHeader()->setStretchLastSection(false);
    m_organisationView->horizontalHeader()->setSectionResizeMode(OrganisationListModel::KindColumn,
                                                                 QHeaderView::ResizeToContents);
    auto* newOrganisationButton = new QPushButton(tr("New org&anisation..."), this);
    newOrganisationButton->setAccessibleName(tr("New organisation"));
    newOrganisationButton->setToolTip(tr("Add an organisation (Ctrl+Shift+O)"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_organisationView, 3);
    leftLayout->addWidget(m_detailsPanel, 2);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newOrganisationButton);
    leftButtons->addStretch();
    leftLayout->addLayout(leftButtons);

    // Right: the people.
    auto* people = new PeopleView(this);
    people->onActivate = [this] {
        if (m_peopleView->currentIndex().isValid())
            editPerson(m_peopleView->currentIndex().row());
    };
    people->onDelete = [this] {
        if (m_peopleView->currentIndex().isValid())
            removePerson(m_peopleView->currentIndex().row());
    };
    m_peopleView = setUpTable(people);
    m_peopleView->setObjectName(QStringLiteral("people"));
    ItemViews::label(m_peopleView, tr("People"), tr("One row a person at the chosen organisation"));
    m_peopleView->setModel(m_peopleModel);
    m_peopleView->setSortingEnabled(true);
    m_peopleView->horizontalHeader()->setSortIndicator(ContactListModel::NameColumn, Qt::AscendingOrder);
    m_peopleColumns = new ListColumns(m_peopleView, QStringLiteral("contacts/peopleHeader"), this);
    connect(m_peopleColumns, &ListColumns::fitRequested, this, [this] {
        m_fitted = false;
        fitColumns();
    });
    m_count->setAccessibleName(tr("Number of people"));
    m_status->setObjectName(QStringLiteral("contactsStatus"));
    m_status->setAccessibleName(tr("Result of the last import or export"));
    m_status->setTextFormat(Qt::PlainText);
    auto* newPersonButton = new QPushButton(tr("New &person..."), this);
    newPersonButton->setAccessibleName(tr("New person"));
    newPersonButton->setToolTip(tr("Add a person (Ctrl+Shift+P)"));
    auto* editPersonButton = new QPushButton(tr("&Edit person..."), this);
    editPersonButton->setAccessibleName(tr("Edit the person"));
    editPersonButton->setToolTip(tr("Edit the chosen person (Enter)"));
    auto* importButton = new QPushButton(tr("Impo&rt CSV..."), this);
    importButton->setAccessibleName(tr("Import contacts from a CSV file"));
    importButton->setToolTip(tr("Preview and import a CSV file (Ctrl+I)"));
    auto* exportButton = new QPushButton(tr("E&xport CSV..."), this);
    exportButton->setAccessibleName(tr("Export the directory to a CSV file"));
    exportButton->setToolTip(tr("Write the whole directory to a CSV file (Ctrl+E)"));
    m_duplicates->setAccessibleName(tr("Likely duplicates"));
    m_duplicates->setToolTip(tr("Merge entries that are likely the same person (Ctrl+D)"));
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_peopleView, 1);
    auto* countLine = new QHBoxLayout;
    countLine->addWidget(m_count);
    countLine->addWidget(m_status, 1);
    rightLayout->addLayout(countLine);
    auto* rightButtons = new QHBoxLayout;
    rightButtons->addWidget(newPersonButton);
    rightButtons->addWidget(editPersonButton);
    rightButtons->addStretch();
    rightButtons->addWidget(m_duplicates);
    rightButtons->addWidget(importButton);
    rightButtons->addWidget(exportButton);
    rightLayout->addLayout(rightButtons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setAccessibleName(tr("Organisations and people"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 920});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // Searching waits for a pause in typing, so each key does not query.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &ContactsPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_organisationModel->setKind(
            kind < 0 ? std::nullopt : std::optional<OrganisationKind>(static_cast<OrganisationKind>(kind)));
        m_organisationView->selectRow(0);
        applyFilter();
    });
    connect(m_decisionMakers, &QCheckBox::toggled, this, &ContactsPage::applyFilter);
    connect(m_organisationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showOrganisation();
        applyFilter();
    });
    connect(m_peopleView, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) { editPerson(index.row()); });
    connect(m_detailsPanel, &OrganisationDetailsPanel::editRequested, this, &ContactsPage::editOrganisation);
    connect(m_detailsPanel, &OrganisationDetailsPanel::removeRequested, this,
            &ContactsPage::removeOrganisation);
    connect(newOrganisationButton, &QPushButton::clicked, this, &ContactsPage::newOrganisation);
    connect(newPersonButton, &QPushButton::clicked, this, &ContactsPage::newPerson);
    connect(editPersonButton, &QPushButton::clicked, this, [this] {
        if (m_peopleView->currentIndex().isValid())
            editPerson(m_peopleView->currentIndex().row());
    });
    connect(importButton, &QPushButton::clicked, this, &ContactsPage::importCsv);
    connect(exportButton, &QPushButton::clicked, this, &ContactsPage::exportCsv);
    connect(m_duplicates, &QPushButton::clicked, this, &ContactsPage::showDuplicates);
    connect(m_csv, &ContactCsvActions::imported, this, [this](const QString& summary) {
        m_status->setText(summary);
        refresh();
    });
    connect(m_csv, &ContactCsvActions::exported, m_status, &QLabel::setText);
    connect(m_peopleModel, &QAbstractItemModel::modelReset, this, &ContactsPage::updateCount);
    connect(m_peopleModel, &ContactListModel::loadFailed, this, [this](const QString& message) {
        MessagePresenter::instance().showError(this, tr("Could not load the directory"), message);
    });
    connect(m_organisationModel, &OrganisationListModel::loadFailed, this, [this](const QString& message) {
        MessagePresenter::instance().showError(this, tr("Could not load the organisations"), message);
    });

    addShortcut(this, QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addShortcut(this, QKeySequence::Refresh, [this] { refresh(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { newPerson(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { newOrganisation(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_I), [this] { importCsv(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportCsv(); });
    addShortcut(this, QKeySequence(Qt::CTRL | Qt::Key_D), [this] { showDuplicates(); });

    connect(m_context, &WorkContext::reloaded, this, &ContactsPage::reload);
    reload();
}

void ContactsPage::reload()
{
    // Another database or another person at the desk: the columns as they
    // left them, and never the last person's search.
    m_fitted = m_peopleColumns->restore(UserSettings::username(m_context));
    resetFilterWidgets();
    m_organisationModel->setDatabase(m_context->database());
    m_organisationView->selectRow(0);
    m_peopleModel->setFilter({});
    m_peopleModel->setDatabase(m_context->database());
    applyFilter();
    showOrganisation();
    m_status->clear();
}

void ContactsPage::resetFilterWidgets()
{
    {
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockDecisionMakers(m_decisionMakers);
        m_search->clear();
        m_kind->setCurrentIndex(0);
        m_decisionMakers->setChecked(false);
    }
    m_searchTimer->stop();
    m_organisationModel->setKind(std::nullopt);
}

void ContactsPage::clearFilters()
{
    resetFilterWidgets();
    m_organisationView->selectRow(0);
    applyFilter();
    showOrganisation();
}

void ContactsPage::refresh()
{
    const qint64 organisationId = currentOrganisationId();
    m_organisationModel->refresh();
    selectOrganisation(organisationId);
    m_peopleModel->refresh();
    showOrganisation();
    updateCount();
}

qint64 ContactsPage::currentOrganisationId() const
{
    const QModelIndex current = m_organisationView->currentIndex();
    return current.isValid() ? m_organisationModel->organisationAt(current.row()).id : 0;
}

void ContactsPage::selectOrganisation(qint64 organisationId)
{
    const int row = organisationId ? m_organisationModel->rowOf(organisationId) : 0;
    m_organisationView->selectRow(std::max(0, row));
    if (row > 0)
        m_organisationView->scrollTo(m_organisationModel->index(row, 0));
}

void ContactsPage::applyFilter()
{
    m_searchTimer->stop();
    ContactFilter filter;
    filter.search = m_search->text().trimmed();
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        filter.organisationKind = static_cast<OrganisationKind>(kind);
    if (const qint64 organisationId = currentOrganisationId())
        filter.organisationId = organisationId;
    filter.decisionMakersOnly = m_decisionMakers->isChecked();
    const ContactFilter& now = m_peopleModel->filter();
    if (now.search == filter.search && now.organisationKind == filter.organisationKind &&
        now.organisationId == filter.organisationId && now.decisionMakersOnly == filter.decisionMakersOnly &&
        m_peopleModel->rowCount() > 0)
        return;
    m_peopleModel->setFilter(filter);
}

void ContactsPage::fitColumns()
{
    if (m_fitted || m_peopleModel->rowCount() == 0 || !isVisible())
        return;
    m_fitted = true;
    m_peopleView->resizeColumnsToContents();
    QHeaderView* header = m_peopleView->horizontalHeader();
    constexpr int kNarrowest = 70;
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        header->resizeSection(column, std::clamp(header->sectionSize(column), kNarrowest, 230));
        total += header->sectionSize(column);
    }
    // Too wide for the view: narrow every column in proportion to its room above the
    // narrowest (the text elides), so that none is scrolled out of sight.
    // The phone number stays whole: a cut number is a wrong number.
    const int excess = total - m_peopleView->viewport()->width();
    const int spare =
        total - header->sectionSize(ContactListModel::PhoneColumn) - kNarrowest * (header->count() - 1);
    if (excess <= 0 || spare <= 0)
        return;
    for (int column = 0; column < header->count(); ++column) {
        if (column == ContactListModel::PhoneColumn)
            continue;
        const int width = header->sectionSize(column);
        const int cut = static_cast<int>(qint64(excess) * (width - kNarrowest) / spare) + 1;
        header->resizeSection(column, std::max(kNarrowest, width - cut));
    }
}

void ContactsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &ContactsPage::fitColumns);
}

void ContactsPage::updateCount()
{
    if (!m_fitted)
        QTimer::singleShot(0, this, &ContactsPage::fitColumns);
    m_count->setText(tr("%Ln person(s)", nullptr, m_peopleModel->totalCount()));
    const int duplicates = m_peopleModel->duplicateCount();
    m_duplicates->setText(duplicates ? tr("D&uplicates (%1)...").arg(duplicates) : tr("D&uplicates..."));
    m_duplicates->setAccessibleName(duplicates ? tr("Likely duplicates: %Ln entries", nullptr, duplicates)
                                               : tr("Likely duplicates: none"));
}

QLabel* ContactsPage::details() const
{
    return m_detailsPanel->details();
}

void ContactsPage::showOrganisation()
{
    const QModelIndex current = m_organisationView->currentIndex();
    m_detailsPanel->setOrganisation(current.isValid() ? m_organisationModel->organisationAt(current.row())
                                                      : Organisation());
}

ContactDialog* ContactsPage::newPerson()
{
    if (!m_context->isOpen())
        return nullptr;
    Contact contact;
    if (const qint64 organisationId = currentOrganisationId())
        contact.organisationId = organisationId;
    auto* dialog = new ContactDialog(m_context, contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_status->setText(tr("Added %1.").arg(dialog->contact().fullName()));
        refresh();
    });
    dialog->open();
    return dialog;
}

ContactDialog* ContactsPage::editPerson(int row)
{
    const qint64 id = m_peopleModel->contactIdAt(row);
    if (!id || !m_context->isOpen())
        return nullptr;
    Contact contact;
    if (StoreError error = ContactRepository(m_context->database()).find(id, &contact)) {
        MessagePresenter::instance().showError(this, tr("Could not read the person"), error.message());
        return nullptr;
    }
    auto* dialog = new ContactDialog(m_context, contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_status->setText(tr("Saved %1.").arg(dialog->contact().fullName()));
        refresh();
    });
    dialog->open();
    return dialog;
}

bool ContactsPage::removePerson(int row)
{
    const Contact contact = m_peopleModel->contactAt(row);
    if (!contact.id || !m_context->isOpen())
        return false;
    if (!MessagePresenter::instance().confirm(
            this, tr("Remove Person"),
            tr("Remove %1 from the directory? Meetings they were invited to keep their name.")
                .arg(contact.fullName())))
        return false;
    if (StoreError error = ContactRepository(m_context->database()).remove(contact.id)) {
        MessagePresenter::instance().showError(this, tr("Could not remove the person"), error.message());
        return false;
    }
    m_status->setText(tr("Removed %1.").arg(contact.fullName()));
    refresh();
    return true;
}

bool ContactsPage::removeOrganisation()
{
    const qint64 id = currentOrganisationId();
    if (!id || !m_context->isOpen())
        return false;
    const Organisation organisation =
        m_organisationModel->organisationAt(m_organisationView->currentIndex().row());
    if (!MessagePresenter::instance().confirm(
            this, tr("Remove Organisation"),
            tr("Remove %1 from the directory? Its people stay in the directory without an organisation.")
                .arg(organisation.name)))
        return false;
    if (StoreError error = OrganisationRepository(m_context->database()).remove(id)) {
        MessagePresenter::instance().showError(this, tr("Could not remove the organisation"),
                                               error.message());
        return false;
    }
    m_status->setText(tr("Removed %1.").arg(organisation.name));
    m_organisationModel->refresh();
    selectOrganisation(0);
    refresh();
    return true;
}

OrganisationDialog* ContactsPage::newOrganisation()
{
    if (!m_context->isOpen())
        return nullptr;
    Organisation organisation;
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0)
        organisation.kind = static_cast<OrganisationKind>(kind);
    auto* dialog = new OrganisationDialog(m_context, organisation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Organisation saved = dialog->organisation();
        m_status->setText(tr("Added %1.").arg(saved.name));
        m_organisationModel->refresh();
        selectOrganisation(saved.id);
    });
    dialog->open();
    return dialog;
}

OrganisationDialog* ContactsPage::editOrganisation()
{
    const qint64 id = currentOrganisationId();
    if (!id || !m_context->isOpen())
        return nullptr;
    Organisation organisation;
    if (StoreError error = OrganisationRepository(m_context->database()).find(id, &organisation)) {
        MessagePresenter::instance().showError(this, tr("Could not read the organisation"), error.message());
        return nullptr;
    }
    auto* dialog = new OrganisationDialog(m_context, organisation, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_status->setText(tr("Saved %1.").arg(dialog->organisation().name));
        refresh();
    });
    dialog->open();
    return dialog;
}

CsvImportDialog* ContactsPage::importCsv()
{
    return m_csv->importCsv();
}

bool ContactsPage::exportCsv()
{
    return m_csv->exportCsv();
}

DuplicatesDialog* ContactsPage::showDuplicates()
{
    if (!m_context->isOpen())
        return nullptr;
    auto* dialog = new DuplicatesDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->mergesMade() > 0) {
            m_status->setText(tr("Merged %Ln pair(s) of entries.", nullptr, dialog->mergesMade()));
            refresh();
        }
    });
    dialog->open();
    return dialog;
}
