#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The readable half of a subject access export (SubjectAccessExport): an A4
// PDF with a heading per section and each record as a table of its fields,
// long text wrapped, in any script the system's fonts cover. Needs a
// QGuiApplication (fonts).
class SubjectAccessPdf
{
public:
    static QString html(const QJsonObject& document);
    static QByteArray render(const QJsonObject& document);
};
