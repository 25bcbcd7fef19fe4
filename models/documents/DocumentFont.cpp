#include "documents/DocumentFont.h"

#include <QFontDatabase>
#include <QStringList>

QString DocumentFont::family()
{
    // A function-local static: registered once, and safely when certificates are
    // rendered on several threads at once.
    static const QString registered = [] {
        QString name;
        for (const QString& file : {QStringLiteral(":/fonts/CommonGroundSans-Regular.ttf"),
                                    QStringLiteral(":/fonts/CommonGroundSans-Bold.ttf")}) {
            const QStringList families =
                QFontDatabase::applicationFontFamilies(QFontDatabase::addApplicationFont(file));
            if (name.isEmpty() && !families.isEmpty())
                name = families.constFirst();
        }
        // Without the compiled-in faces (never expected), the system's Noto Sans.
        return name.isEmpty() ? QStringLiteral("Noto Sans") : name;
    }();
    return registered;
}

QFont DocumentFont::font(qreal points, bool bold)
{
    QFont f(family());
    f.setPointSizeF(points);
    f.setBold(bold);
    // Hinting is for pixels on screens; on paper it is wasted work.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}
