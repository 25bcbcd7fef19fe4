#pragma once

#include <QFont>
#include <QString>

// The typeface of the documents the program prints: Noto Sans compiled in as
// "Common Ground Sans" (resources/fonts), so a certificate is set the same on
// every machine, whatever fonts it has, and its PDF carries no name records
// beyond the names, copyright and licence (Qt copies the whole table into
// each font subset). A script it lacks (Arabic, Devanagari) falls back to
// the system's Noto faces.
class DocumentFont
{
public:
    // The family, registered with Qt's font database on first use (any thread).
    static QString family();
    static QFont font(qreal points, bool bold = false);
};
