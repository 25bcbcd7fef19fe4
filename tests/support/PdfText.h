#pragma once

#include <QByteArray>
#include <QString>

// What a PDF says, as pdftotext (poppler-utils, a build dependency) reads it,
// for tests of the documents: ligatures undone (NFKC: the fonts set "fi" as
// one glyph) and line breaks folded to single spaces, since table cells
// wrap. `keepAs`, when not empty, names an environment variable holding a
// path to keep a copy of the PDF at, to look at by hand. Empty, with why in
// `problem`, when it cannot be read.
namespace PdfText {

QString folded(const QByteArray& pdf, QString* problem, const char* keepAs = nullptr);

} // namespace PdfText
