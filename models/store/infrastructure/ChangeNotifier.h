#pragma once

#include "store/infrastructure/StoreError.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

// Tells a desk that another desk (another connection or process) committed a
// change, so its screens can read again without a refresh by hand (issue 18
// point 6). PostgreSQL: every write transaction announces its commit on a
// channel (WriteTransaction sends NOTIFY, which the server delivers only on
// COMMIT), heard through QSqlDriver::subscribeToNotification; the desk's own
// announcements are ignored, since its screens already said what they
// changed. SQLite has no such channel: `PRAGMA data_version` changes when
// another connection commits (never for this connection's own), and reading
// it is cheap, so it is polled, every second unless set otherwise. A burst
// (an import's batches) is announced once, after it settles.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPollMilliseconds = 1000;
    static constexpr int kSettleMilliseconds = 150;
    // The channel WriteTransaction announces on (SqlDialect::announceChangeStatement).
    static QString channel();

    // Listens on `db`, the desk's own connection, in its thread.
    explicit ChangeNotifier(QSqlDatabase db, QObject* parent = nullptr);
    ~ChangeNotifier() override;

    // Starts listening. An error when the engine would not (the screens are
    // then as before: they read again when this desk changes something).
    StoreError start();
    void stop();
    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }

signals:
    void changedElsewhere();

private:
    void heard(const QString& name, QSqlDriver::NotificationSource source);
    void poll();
    StoreError readDataVersion(qint64* version) const;

    QSqlDatabase m_db;
    QTimer m_poll;
    QTimer m_settle;
    qint64 m_dataVersion = 0;
    bool m_subscribed = false;
};
