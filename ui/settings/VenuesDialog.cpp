#include "settings/VenuesDialog.h"

#include "common/ButtonBoxTabOrder.h"
#include "common/ChangedElsewhere.h"
#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "settings/VenueDialog.h"
#include "shell/MessagePresenter.h"
#include "store/meetings/VenueRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

VenuesDialog::VenuesDialog(WorkContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_table(new QTableWidget(0, 4, this))
{
    setWindowTitle(tr("Venues"));
    auto* intro = new QLabel(tr("Neutral places to meet in person, offered when a meeting is booked."), this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Address"), tr("Postcode"), tr("Access")});
    ItemViews::label(m_table, tr("Venues"),
                     tr("One row a venue for meetings; Enter or double-click edits it"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &VenuesDialog::editSelected);

    auto* buttons = new QDialogButtonBox(this);
    ButtonBoxTabOrder::keep(buttons);
    QPushButton* add = buttons->addButton(tr("&Add Venue..."), QDialogButtonBox::ActionRole);
    QPushButton* edit = buttons->addButton(tr("&Edit..."), QDialogButtonBox::ActionRole);
    // Close after the actions: made first, Qt 6.4 leaves it out of Tab's round.
    buttons->addButton(QDialogButtonBox::Close);
    connect(add, &QPushButton::clicked, this, &VenuesDialog::addVenue);
    connect(edit, &QPushButton::clicked, this, &VenuesDialog::editSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(900, 420);
    load();
}

void VenuesDialog::load()
{
    m_table->setRowCount(0);
    if (!m_context->isOpen())
        return;
    QList<Venue> venues;
    if (StoreError error = VenueRepository(m_context->database()).list(&venues)) {
        MessagePresenter::instance().showError(this, tr("Could not load the venues"), error.message());
        return;
    }
    m_table->setRowCount(static_cast<int>(venues.size()));
    for (int row = 0; row < venues.size(); ++row) {
        const Venue& venue = venues.at(row);
        auto* name = new QTableWidgetItem(venue.name);
        name->setData(Qt::UserRole, venue.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(venue.address));
        m_table->setItem(row, 2, new QTableWidgetItem(venue.postcode));
        m_table->setItem(row, 3, new QTableWidgetItem(venue.accessibilityNotes));
    }
    m_table->resizeColumnsToContents();
}

void VenuesDialog::addVenue()
{
    runForm(0);
}

void VenuesDialog::editSelected()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (!selected.isEmpty())
        runForm(m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toLongLong());
}

void VenuesDialog::runForm(qint64 venueId)
{
    VenueRepository venues(m_context->database());
    Venue venue;
    if (venueId) {
        if (StoreError error = venues.find(venueId, &venue)) {
            MessagePresenter::instance().showError(this, tr("Could not open the venue"), error.message());
            return;
        }
    }
    VenueDialog form(venue, this);
    while (form.exec() == QDialog::Accepted) {
        Venue changed = form.venue();
        const StoreError error = venueId ? venues.update(changed) : venues.add(&changed);
        if (error.ok()) {
            load();
            return;
        }
        if (ChangedElsewhere::offer(this, tr("Could not save the venue"), error, [&] {
                if (!MessagePresenter::instance().showIfFailed(this, tr("Could not open the venue"),
                                                               venues.find(venueId, &venue)))
                    form.setVenue(venue);
            }))
            continue;
        // Refused: say why in the form, which keeps what was typed.
        form.showProblem(error.message());
    }
}
