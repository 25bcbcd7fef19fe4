#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// How the family travelled to the mediation (rules/README.md section 3, "The
// family's travel expenses"). The strings are the values of
// travel_expenses.mode and the command line's --mode.
enum class TravelMode
{
    CarMileage,      // their own car, paid by the mile
    PublicTransport, // bus, train, tram: the fare
    Taxi,            // the fare
    Other,           // parking, tolls, anything else: say what in the description
};
QList<TravelMode> allTravelModes();
QString travelModeToString(TravelMode mode);
std::optional<TravelMode> travelModeFromString(const QString& text);
// For people: "Car (mileage)".
QString travelModeTitle(TravelMode mode);

// One journey the family claims for, recorded on the case (schema 22,
// travel_expenses). Money is whole pence, miles whole tenths of a mile, so
// that sums are exact on both engines.
struct TravelExpense
{
    qint64 id = 0;
    qint64 caseId = 0;
    std::optional<qint64> meetingId; // the meeting travelled to, when known
    QString claimantName;            // who claims (the parent or young person); empty: the case's parent
    QDate journeyDate;
    QString description; // from and to, or what the expense was
    TravelMode mode = TravelMode::PublicTransport;
    std::optional<int> milesTenths; // a car journey's miles, in tenths (125 = 12.5 miles)
    qint64 amountPence = 0;
    bool receiptHeld = false;
    QString note;
    // Filled in by the store.
    std::optional<qint64> recordedById;
    QString recordedByName;
    QDateTime recordedAt;

    static constexpr int kMaxDescriptionLength = 200;
    static constexpr int kMaxClaimantLength = 120;
    static constexpr int kMaxNoteLength = 500;
};

// Money as people read it and the command line writes it: "12.40" (no
// currency sign) and "£12.40".
QString penceToDecimal(qint64 pence);
QString penceToPounds(qint64 pence);
// "12.40", "12.4", "12", "£12.40" -> 1240; nullopt for anything else (more
// than two decimals, a sign, letters).
std::optional<qint64> penceFromDecimal(const QString& text);
// Miles in tenths as text: 125 -> "12.5", 120 -> "12".
QString milesToText(int tenths);
// "12.5" -> 125, "12" -> 120; nullopt for more than one decimal or a sign.
std::optional<int> milesFromText(const QString& text);
