#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

// The desktop's program for a file (the mail program, a document viewer), as
// the tests see it: what it was asked to open. Installed with
// QDesktopServices::setUrlHandler("file", &recorder, "open").
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened << url; }
};
