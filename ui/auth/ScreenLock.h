#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

class FieldMessage;
class QLabel;
class QLineEdit;
class QMainWindow;
class QWidget;

// Hides a window's contents after a spell without keyboard or mouse use and
// asks for the password again. While locked the screens, menus and shortcuts
// take no input; only the lock's own fields do.
class ScreenLock : public QObject
{
    Q_OBJECT

public:
    // Says whether the password unlocks; otherwise *problem says why.
    using Verifier = std::function<bool(const QString& password, QString* problem)>;

    explicit ScreenLock(QMainWindow* window);
    ~ScreenLock() override;

    void setVerifier(Verifier verifier) { m_verifier = std::move(verifier); }
    // Who is signed in, as the lock shows it.
    void setSignedInName(const QString& name);
    // Milliseconds without use before the lock; 0 never locks.
    void setTimeout(int milliseconds);
    int timeout() const { return m_timeout; }

    bool isLocked() const { return m_locked; }
    void lock();
    // Hides the window's contents while somebody signs in to a newly opened
    // database (the dialog asks; the lock itself asks for nothing).
    void coverForSignIn();
    // Tries the password as if typed on the lock; true when it unlocked.
    bool tryUnlock(const QString& password);
    // Takes the lock away without a password (after a fresh sign-in).
    void unlock();
    QString message() const;

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildOverlay();
    void hideContents(bool askPassword);
    void placeOverlay();
    bool belongsToOverlay(QObject* object) const;

    QMainWindow* m_window;
    QPointer<QWidget> m_overlay;
    QLabel* m_title = nullptr;
    QWidget* m_unlockPanel = nullptr;
    QLabel* m_who = nullptr;
    QLineEdit* m_password = nullptr;
    FieldMessage* m_message = nullptr;
    QTimer m_idle;
    Verifier m_verifier;
    QString m_name;
    int m_timeout = 0;
    bool m_locked = false;
};
