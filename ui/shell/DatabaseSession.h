#pragma once

#include "store/infrastructure/ChangeNotifier.h"
#include "store/infrastructure/Database.h"

#include <QObject>
#include <memory>

// The database the window is working on. Pages listen to databaseChanged()
// and reload; nothing else holds a connection of its own in the GUI thread.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    // Opens (creating or upgrading as needed) and, on success, replaces the
    // current database. On failure the current one stays open.
    StoreError open(const ConnectionSettings& settings);
    void close();

    // The database opened last time (saved without any password), or the
    // default SQLite file in the user's data folder.
    static ConnectionSettings lastUsed();

    Database* database() const { return m_database.get(); }
    bool isOpen() const { return m_database && m_database->isOpen(); }

    // What hears other desks' changes to the open database; null when none is open.
    ChangeNotifier* notifier() const { return m_notifier.get(); }

signals:
    void databaseChanged();
    // Another desk committed a change to the open database.
    void changedElsewhere();

private:
    // Listens on the open database's connection (ChangeNotifier).
    void listen();

    std::unique_ptr<Database> m_database;
    // Declared after the database, so it stops listening before the connection closes.
    std::unique_ptr<ChangeNotifier> m_notifier;
};
