#include "cases/RecentCases.h"

#include "common/UserSettings.h"
#include "common/WorkContext.h"
#include "domain/CaseDetails.h"
#include "store/cases/CaseRepository.h"

#include <QCryptographicHash>
#include <QMenu>
#include <QSettings>

namespace {
// How many cases are kept, each with its number key in Case > Recent Cases (&1 to 1&0).
constexpr int kKept = 10;
} // namespace

RecentCases::RecentCases(WorkContext* context, QObject* parent) : QObject(parent), m_context(context) {}

QString RecentCases::settingsKey() const
{
    // One list per database: its file, or its server and name, hashed (a path can name a person).
    const QSqlDatabase db = m_context->database();
    const QByteArray where = (db.hostName() + QLatin1Char('\n') + QString::number(db.port()) +
                              QLatin1Char('\n') + db.databaseName())
                                 .toUtf8();
    const QString database =
        QString::fromLatin1(QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16));
    return UserSettings::key(UserSettings::username(m_context), QStringLiteral("cases/recent/") + database);
}

QList<qint64> RecentCases::ids() const
{
    QList<qint64> found;
    if (!m_context->isOpen())
        return found;
    const QStringList stored = QSettings().value(settingsKey()).toStringList();
    for (const QString& text : stored) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (ok && id > 0 && !found.contains(id))
            found << id;
    }
    return found;
}

void RecentCases::remember(qint64 caseId)
{
    if (!m_context->isOpen() || caseId <= 0)
        return;
    QList<qint64> kept = ids();
    kept.removeAll(caseId);
    kept.prepend(caseId);
    QStringList stored;
    for (qint64 id : kept.mid(0, kKept))
        stored << QString::number(id);
    QSettings().setValue(settingsKey(), stored);
}

void RecentCases::fillMenu(QMenu* menu)
{
    menu->clear();
    int shown = 0;
    if (m_context->isOpen()) {
        CaseRepository cases(m_context->database(), m_context->calendar());
        for (qint64 id : ids()) {
            CaseDetails details;
            if (!cases.load(id, &details).ok())
                continue; // merged away, anonymised, or not this user's to see
            ++shown;
            // &1 … &9 then 1&0: each entry has its own key.
            const QString number = shown < 10 ? QStringLiteral("&%1").arg(shown) : QStringLiteral("1&0");
            menu->addAction(tr("%1 %2 %3").arg(number, details.reference, details.referral.child.fullName()),
                            this, [this, id] { emit openRequested(id); });
        }
    }
    if (shown == 0)
        menu->addAction(tr("No recent cases"))->setEnabled(false);
}
