#include "common/FieldMessage.h"

#include <QLayout>
#include <algorithm>

FieldMessage::FieldMessage(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Its line is kept even while there is nothing to say, so a message
    // appearing does not push the fields below it from under the pointer.
    reserveLines(1);
}

void FieldMessage::reserveLines(int lines)
{
    setMinimumHeight(fontMetrics().lineSpacing() * lines);
}

void FieldMessage::showError(const QString& text)
{
    m_error = true;
    setText(tr("Fix: %1").arg(text));
    setAccessibleName(tr("Problem: %1").arg(text));
    setStyleSheet(QStringLiteral("color: #a00000;"));
    show();
}

void FieldMessage::showWarning(const QString& text)
{
    m_error = false;
    setText(tr("Note: %1").arg(text));
    setAccessibleName(tr("Warning: %1").arg(text));
    setStyleSheet(QStringLiteral("color: #7a4d00;"));
    show();
}

void FieldMessage::clearMessage()
{
    m_error = false;
    // A message longer than a line keeps its room once shown: the fields
    // below move at most once, not back and forth on every key.
    if (!text().isEmpty() && isVisible())
        setMinimumHeight(std::max(minimumHeight(), height()));
    clear();
    setAccessibleName(QString());
}

bool FieldMessage::isShowing() const
{
    return isVisible() && !text().isEmpty();
}

void FieldMessage::makeRoomFor(QWidget* window)
{
    QLayout* layout = window->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed =
        std::max(layout->totalHeightForWidth(window->width()), layout->totalSizeHint().height());
    if (needed > window->height())
        window->resize(window->width(), needed);
}
