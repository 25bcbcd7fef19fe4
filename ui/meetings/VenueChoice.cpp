#include "meetings/VenueChoice.h"

namespace {
// Each venue's address, postcode and access notes, beside its id.
constexpr int kDetailsRole = Qt::UserRole + 1;
} // namespace

VenueChoice::VenueChoice(QWidget* parent) : QComboBox(parent)
{
    setAccessibleName(tr("Venue"));
}

void VenueChoice::showVenues(const QList<Venue>& venues)
{
    addItem(tr("Choose a venue"), QVariant());
    for (const Venue& venue : venues) {
        addItem(venue.name, venue.id);
        setItemData(count() - 1, QStringList{venue.address, venue.postcode, venue.accessibilityNotes},
                    kDetailsRole);
    }
}

void VenueChoice::choose(qint64 venueId)
{
    setCurrentIndex(qMax(0, findData(venueId)));
}

std::optional<Venue> VenueChoice::chosen() const
{
    if (!currentData().isValid())
        return std::nullopt;
    Venue venue;
    venue.id = currentData().toLongLong();
    venue.name = currentText();
    return venue;
}

QString VenueChoice::detailsText() const
{
    const QStringList details = currentData(kDetailsRole).toStringList();
    if (details.size() < 3)
        return QString();
    QStringList address{details.at(0), details.at(1)};
    address.removeAll(QString());
    QString text = address.join(QStringLiteral(", "));
    if (!details.at(2).isEmpty())
        text += QLatin1Char('\n') + tr("Access: %1").arg(details.at(2));
    return text;
}
