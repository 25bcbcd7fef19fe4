#include "store/infrastructure/ChangeNotifier.h"

#include "store/infrastructure/SqlDialect.h"
#include "store/infrastructure/StoreQuery.h"

ChangeNotifier::ChangeNotifier(QSqlDatabase db, QObject* parent) : QObject(parent), m_db(std::move(db))
{
    m_poll.setInterval(kPollMilliseconds);
    connect(&m_poll, &QTimer::timeout, this, &ChangeNotifier::poll);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMilliseconds);
    connect(&m_settle, &QTimer::timeout, this, &ChangeNotifier::changedElsewhere);
}

ChangeNotifier::~ChangeNotifier()
{
    stop();
}

QString ChangeNotifier::channel()
{
    return QStringLiteral("cg_changes");
}

StoreError ChangeNotifier::start()
{
    stop();
    if (SqlDialect::forDriver(m_db.driverName()).engine() == SqlDialect::Engine::Postgres) {
        QSqlDriver* driver = m_db.driver();
        if (!driver || !driver->subscribeToNotification(channel()))
            return StoreError(StoreError::Kind::ConnectionFailed,
                              QStringLiteral("Other desks' changes will show when you refresh: the server "
                                             "would not announce them."));
        m_subscribed = true;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant&) {
                    heard(name, source);
                });
        return {};
    }
    if (StoreError error = readDataVersion(&m_dataVersion))
        return error;
    m_poll.start();
    return {};
}

void ChangeNotifier::stop()
{
    m_poll.stop();
    m_settle.stop();
    if (m_subscribed) {
        m_subscribed = false;
        if (QSqlDriver* driver = m_db.driver()) {
            disconnect(driver, &QSqlDriver::notification, this, nullptr);
            if (m_db.isOpen())
                driver->unsubscribeFromNotification(channel());
        }
    }
}

void ChangeNotifier::heard(const QString& name, QSqlDriver::NotificationSource source)
{
    if (name == channel() && source != QSqlDriver::SelfSource)
        m_settle.start();
}

void ChangeNotifier::poll()
{
    qint64 version = 0;
    // A failed read (the file went away) announces nothing; the next tick tries again.
    if (readDataVersion(&version).isError() || version == m_dataVersion)
        return;
    m_dataVersion = version;
    m_settle.start();
}

StoreError ChangeNotifier::readDataVersion(qint64* version) const
{
    StoreQuery query(m_db);
    if (StoreError error = query.execDirectOne(QStringLiteral("PRAGMA data_version"),
                                               QStringLiteral("Could not read the database's version")))
        return error;
    *version = query.value(0).toLongLong();
    return {};
}
