#pragma once

#include "documents/ActionPlanPdf.h"
#include "domain/CaseDocument.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;
class WorkContext;

// The action plan as it leaves the outcome dialog: its PDF under the
// provider's letterhead, saved to a file or attached to an email draft to the
// family (common/MailProgram), and in both cases filed on the case's
// documents (issue 17). What goes wrong is said through `showProblem`, under
// the dialog's fields, or in a message over `parent`.
class ActionPlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(ActionPlanDocument)

public:
    ActionPlanDocument(WorkContext* context, QWidget* parent,
                       std::function<void(const QString&)> showProblem);

    // Writes the plan's PDF to `path` and files it on the case; false (and says why) when it cannot.
    bool write(ActionPlanPdf::Content content, const QString& path);
    // Makes an email draft to the family with the plan attached, files the
    // plan on the case, records it and opens it in the mail program; false
    // (and says why) when not made.
    bool email(ActionPlanPdf::Content content);

private:
    // The plan's PDF, with the provider read into `content`; empty when not made.
    QByteArray render(ActionPlanPdf::Content* content);
    bool file(const Meeting& meeting, const QByteArray& pdf, CaseDocument* filed);

    WorkContext* m_context;
    QWidget* m_parent;
    std::function<void(const QString&)> m_showProblem;
};
