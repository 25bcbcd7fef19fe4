#pragma once

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QString>
#include <optional>

// An A4 PDF printed from HTML with QTextDocument: the page setup the action
// plan, the travel claim, the subject access export and the invitation letter
// share (A4 portrait, 300 dpi, margins in millimetres), written once, and
// the escaping of the text they put in their HTML. The letters carry the
// provider's letterhead (documents/Letterhead), its logo one of the page's images.
class HtmlPdf
{
public:
    // Plain text as HTML: escaped, its line breaks (an address's) kept as <br>.
    static QString escape(const QString& text);
    // A row of a two-column table: the label in bold, then the value, both escaped.
    static QString labelRow(const QString& label, const QString& value);

    struct Page
    {
        qreal marginMillimetres = 18;
        // The document's font; the documents' typeface at 10 pt when not set
        // (never the desktop's, which differs between machines).
        std::optional<QFont> font;
        // Break long words anywhere: hashes, e-mail addresses and links have
        // no spaces to break at.
        bool wrapAnywhere = false;
        // Images the HTML names by their src ("cg://logo.png"): the letterhead's logo.
        QHash<QString, QImage> images;
    };

    // The PDF, or empty if it could not be made.
    static QByteArray render(const QString& title, const QString& html, const Page& page);
    static QByteArray render(const QString& title, const QString& html)
    {
        return render(title, html, Page());
    }
};
