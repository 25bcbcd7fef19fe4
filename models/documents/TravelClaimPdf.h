#pragma once

#include "domain/ProviderDetails.h"
#include "domain/TravelExpense.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// The family's claim for their travel expenses of attending mediation, as an
// A4 PDF for the council (or, for health-only mediation the integrated care
// board arranged, the ICB) that must pay them (CFA s.56(1)(g); rules/README.md
// section 3, "The family's travel expenses"): the provider, the case
// reference, who claims, each journey with its date, description, mode,
// miles and amount, the total, and a declaration to sign and date.
class TravelClaimPdf
{
public:
    struct Content
    {
        ProviderDetails provider;
        QString caseReference;
        QString councilName;
        // Health-only mediation the integrated care board arranged: the ICB pays.
        bool healthOnlyIcb = false;
        QString claimantName; // the parent or young person
        QList<TravelExpense> expenses;
        int pencePerMile = 45; // the rate the car journeys were worked out at (policy)
        QDate preparedOn;
    };

    // Empty on failure. Needs a QGuiApplication (fonts).
    static QByteArray render(const Content& content);
    // The document as HTML, which render() lays out; tests read it.
    static QString html(const Content& content);
};
