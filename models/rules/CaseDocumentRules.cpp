#include "rules/CaseDocumentRules.h"

#include <QCoreApplication>
#include <QFileInfo>

QString CaseDocumentRules::sizeText(qint64 sizeBytes)
{
    if (sizeBytes < 1024)
        return QCoreApplication::translate("CaseDocumentRules", "%n byte(s)", nullptr, int(sizeBytes));
    if (sizeBytes < 1024 * 1024)
        return QCoreApplication::translate("CaseDocumentRules", "%1 KB")
            .arg(double(sizeBytes) / 1024.0, 0, 'f', 1);
    return QCoreApplication::translate("CaseDocumentRules", "%1 MB")
        .arg(double(sizeBytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

QString CaseDocumentRules::sizeProblem(const QString& fileName, qint64 sizeBytes)
{
    if (sizeBytes <= 0)
        return QCoreApplication::translate("CaseDocumentRules", "%1 is empty: there is nothing to file.")
            .arg(fileName);
    if (sizeBytes > kMaxBytes)
        return QCoreApplication::translate("CaseDocumentRules",
                                           "%1 is %2 (%3 bytes); a document may be at most %4 (%5 bytes).")
            .arg(fileName, sizeText(sizeBytes), QString::number(sizeBytes), sizeText(kMaxBytes),
                 QString::number(kMaxBytes));
    return {};
}

QString CaseDocumentRules::defaultTitle(const QString& fileName)
{
    return QFileInfo(fileName).fileName().trimmed().left(kMaxTitleLength);
}
