#include "auth/ScreenLock.h"

#include "common/FieldMessage.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QVBoxLayout>

ScreenLock::ScreenLock(QMainWindow* window) : QObject(window), m_window(window)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ScreenLock::lock);
    qApp->installEventFilter(this);
}

ScreenLock::~ScreenLock()
{
    qApp->removeEventFilter(this);
}

void ScreenLock::setSignedInName(const QString& name)
{
    m_name = name;
    if (m_who)
        m_who->setText(tr("Signed in as %1. Enter your password to go on.").arg(m_name));
}

void ScreenLock::setTimeout(int milliseconds)
{
    m_timeout = milliseconds;
    if (m_timeout > 0 && !m_locked)
        m_idle.start(m_timeout);
    else
        m_idle.stop();
}

void ScreenLock::buildOverlay()
{
    m_overlay = new QWidget(m_window);
    m_overlay->setObjectName(QStringLiteral("screenLock"));
    m_overlay->setAutoFillBackground(true);
    // A fixed-width column in the middle, so the wrapped lines get their height.
    auto* column = new QWidget(m_overlay);
    column->setFixedWidth(460);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(m_overlay);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);

    auto* inner = new QVBoxLayout(column);
    m_title = new QLabel(column);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);
    inner->addWidget(m_title);
    m_unlockPanel = new QWidget(column);
    inner->addWidget(m_unlockPanel);
    auto* panel = new QVBoxLayout(m_unlockPanel);
    panel->setContentsMargins(0, 0, 0, 0);
    auto* why = new QLabel(tr("The window is locked so that nobody passing sees the cases. It locks itself "
                              "after a while without use."),
                           m_unlockPanel);
    why->setWordWrap(true);
    panel->addWidget(why);
    m_who = new QLabel(m_unlockPanel);
    m_who->setWordWrap(true);
    panel->addWidget(m_who);
    m_password = new QLineEdit(m_unlockPanel);
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    panel->addWidget(m_password);
    m_message = new FieldMessage(m_unlockPanel);
    m_message->setObjectName(QStringLiteral("lockMessage"));
    panel->addWidget(m_message);
    auto* unlockButton = new QPushButton(tr("&Unlock"), m_unlockPanel);
    unlockButton->setDefault(true);
    panel->addWidget(unlockButton, 0, Qt::AlignLeft);
    connect(unlockButton, &QPushButton::clicked, this, [this] { tryUnlock(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { tryUnlock(m_password->text()); });
    setSignedInName(m_name);
}

void ScreenLock::placeOverlay()
{
    if (m_overlay)
        m_overlay->setGeometry(m_window->rect());
}

void ScreenLock::lock()
{
    hideContents(true);
}

void ScreenLock::coverForSignIn()
{
    hideContents(false);
}

void ScreenLock::hideContents(bool askPassword)
{
    if (!m_overlay)
        buildOverlay();
    m_title->setText(askPassword ? tr("Common Ground is locked") : tr("Sign in to see the cases"));
    m_unlockPanel->setVisible(askPassword);
    m_message->clearMessage();
    m_password->clear();
    if (m_locked)
        return;
    m_locked = true;
    m_idle.stop();
    // Hidden, not just covered: nothing of a case stays on screen or reachable.
    if (m_window->centralWidget())
        m_window->centralWidget()->hide();
    m_window->menuBar()->setEnabled(false);
    placeOverlay();
    m_overlay->show();
    m_overlay->raise();
    if (askPassword)
        m_password->setFocus();
    emit lockedChanged(true);
}

bool ScreenLock::tryUnlock(const QString& password)
{
    if (!m_locked)
        return true;
    QString problem;
    if (!m_verifier || !m_verifier(password, &problem)) {
        m_message->showError(problem.isEmpty() ? tr("That password is not right.") : problem);
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    unlock();
    return true;
}

void ScreenLock::unlock()
{
    if (!m_locked)
        return;
    m_locked = false;
    if (m_overlay) {
        m_password->clear();
        m_overlay->hide();
    }
    if (m_window->centralWidget())
        m_window->centralWidget()->show();
    m_window->menuBar()->setEnabled(true);
    if (m_timeout > 0)
        m_idle.start(m_timeout);
    emit lockedChanged(false);
}

QString ScreenLock::message() const
{
    return m_message ? m_message->text() : QString();
}

bool ScreenLock::belongsToOverlay(QObject* object) const
{
    for (QObject* o = object; o; o = o->parent()) {
        if (o == m_overlay)
            return true;
    }
    return false;
}

bool ScreenLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_locked) {
            // Input meant for the hidden window (not its dialogs or the lock) goes nowhere.
            if (watched->isWidgetType() && !belongsToOverlay(watched) &&
                static_cast<QWidget*>(watched)->window() == m_window)
                return true;
        } else if (m_timeout > 0) {
            m_idle.start(m_timeout);
        }
        break;
    case QEvent::Shortcut:
    case QEvent::ShortcutOverride:
        if (m_locked && !belongsToOverlay(watched))
            return true;
        break;
    case QEvent::Resize:
        if (watched == m_window)
            placeOverlay();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
