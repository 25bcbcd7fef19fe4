#include "common/DiscardGuard.h"

#include "shell/MessagePresenter.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

DiscardGuard::DiscardGuard(QDialog* dialog) : QObject(dialog), m_dialog(dialog)
{
    setObjectName(QStringLiteral("discardGuard"));
    // Until the dialog is shown, what it holds at construction counts as untouched.
    m_opened = snapshot();
    dialog->installEventFilter(this);
}

void DiscardGuard::watch(QDialog* dialog)
{
    if (!dialog->findChild<DiscardGuard*>(QString(), Qt::FindDirectChildrenOnly))
        new DiscardGuard(dialog);
}

bool DiscardGuard::eventFilter(QObject* watched, QEvent* event)
{
    // Fields filled in by the caller after construction are not the person's work.
    if (watched == m_dialog && event->type() == QEvent::Show && !m_shown) {
        m_shown = true;
        m_opened = snapshot();
    }
    return QObject::eventFilter(watched, event);
}

QHash<QWidget*, QString> DiscardGuard::snapshot() const
{
    QHash<QWidget*, QString> values;
    for (QWidget* widget : m_dialog->findChildren<QWidget*>()) {
        // A read-only field is not typed in; a combo's own line edit is read through the combo.
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            if (!line->isReadOnly() && !qobject_cast<QComboBox*>(line->parentWidget()) &&
                !qobject_cast<QAbstractSpinBox*>(line->parentWidget()))
                values.insert(widget, line->text());
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            if (!plain->isReadOnly())
                values.insert(widget, plain->toPlainText());
        } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
            if (!rich->isReadOnly())
                values.insert(widget, rich->toPlainText());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            values.insert(widget, combo->currentText());
        } else if (auto* when = qobject_cast<QDateTimeEdit*>(widget)) {
            // The value, not the text: the text changes form while it has the keyboard (DateTyping).
            values.insert(widget, when->dateTime().toString(Qt::ISODate));
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
            values.insert(widget, spin->text());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->isCheckable())
                values.insert(widget, button->isChecked() ? QStringLiteral("1") : QStringLiteral("0"));
        }
    }
    return values;
}

bool DiscardGuard::hasTypedWork(const QDialog* dialog)
{
    const auto* guard = dialog->findChild<DiscardGuard*>(QString(), Qt::FindDirectChildrenOnly);
    if (!guard)
        return false;
    const QHash<QWidget*, QString> now = guard->snapshot();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        // A field added since opening (a row of a table, say) counts when it holds something.
        const auto opened = guard->m_opened.constFind(it.key());
        if (opened == guard->m_opened.cend() ? !it.value().isEmpty() && it.value() != QLatin1String("0")
                                             : opened.value() != it.value())
            return true;
    }
    return false;
}

bool DiscardGuard::mayDiscard(QDialog* dialog)
{
    if (!hasTypedWork(dialog))
        return true;
    return MessagePresenter::instance().confirm(
        dialog, tr("Discard the details you typed?"),
        tr("Discard the details you typed? They have not been saved. Choose No to go back to them."));
}
