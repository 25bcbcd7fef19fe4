#include "PdfText.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

QString PdfText::folded(const QByteArray& pdf, QString* problem, const char* keepAs)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        *problem = QStringLiteral("pdftotext (poppler-utils) is needed: see packaging/debian-packages.txt");
        return {};
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("document.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *problem = QStringLiteral("could not write the PDF to a temporary file");
        return {};
    }
    file.close();
    if (keepAs) {
        if (const QByteArray keep = qgetenv(keepAs); !keep.isEmpty())
            QFile::copy(path, QString::fromLocal8Bit(keep));
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *problem =
            QStringLiteral("pdftotext failed: %1").arg(QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}
