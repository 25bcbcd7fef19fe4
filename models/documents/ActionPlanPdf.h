#pragma once

#include "domain/ChildViews.h"
#include "domain/Meeting.h"
#include "domain/MeetingRecord.h"
#include "domain/ProviderDetails.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// The written agreement or action plan of a meeting as a PDF: the outcome,
// the issues covered, each action with who does it and by when, and a
// signature line for each party, how the child's or young person's views
// were sought, ready to print, sign and copy to every
// party (rules/README.md section 3, step 7), under the provider's letterhead. It names the case by its
// reference; the people named are those who sign.
class ActionPlanPdf
{
public:
    struct Content
    {
        Meeting meeting;
        MeetingRecord record;
        ProviderDetails provider; // the mediation service: its letterhead heads the plan
        QStringList signatories;  // each party and the mediator, one signature line each
        // Who made it (the person signed in) and their role, named under the
        // title as every letter names its sender; empty: not said.
        QString preparedBy;
        QString preparedByRole;
        // How the child's or young person's views were sought (CFA s.56(1)(e)).
        ChildViews childViews;
    };

    // "Mediation agreement and action plan", or "Record of meeting and action
    // plan" when nothing was agreed.
    static QString title(const MeetingRecord& record);
    // Empty on failure. Needs a QGuiApplication (fonts).
    static QByteArray render(const Content& content);
    // The document as HTML, which render() lays out; tests read it.
    static QString html(const Content& content);
};
