#pragma once

#include <QString>

class QWidget;
class WorkContext;

// The case workspace's "Subject access export...": asks for a folder
// (FileChooser) and writes everything held about the case's family there,
// as JSON and a readable PDF (SubjectAccessExport).
namespace SubjectAccessExporter {
// The files written, one a line, or empty when cancelled or refused (a message says why).
QString exportCase(WorkContext* context, qint64 caseId, const QString& reference, QWidget* parent);
} // namespace SubjectAccessExporter
