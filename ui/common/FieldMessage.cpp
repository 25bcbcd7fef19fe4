#include "common/FieldMessage.h"

#include <QLayout>
#include <algorithm>

FieldMessage::FieldMessage(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
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
    clear();
    hide();
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
