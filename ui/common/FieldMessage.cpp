#include "common/FieldMessage.h"

#include "common/Tone.h"

#include <QLayout>
#include <QResizeEvent>
#include <algorithm>

FieldMessage::FieldMessage(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Its lines are kept even while there is nothing to say, so a message
    // appearing does not push the fields below it from under the pointer.
    reserveLines(2);
}

void FieldMessage::reserveLines(int lines)
{
    const QMargins margins = contentsMargins();
    setFixedHeight(fontMetrics().lineSpacing() * std::max(lines, 1) + margins.top() + margins.bottom());
    fit();
}

void FieldMessage::showMessage(const QString& text)
{
    m_full = text;
    setToolTip(text);
    fit();
    show();
}

void FieldMessage::fit()
{
    // Until it is shown its width is not the laid-out one: show it all, fit it on show.
    if (m_full.isEmpty() || !isVisible()) {
        setText(m_full);
        return;
    }
    // Whole words are dropped from the end until the rest and "…" fit.
    QString shown = m_full;
    QStringList words = m_full.split(QLatin1Char(' '));
    setText(shown);
    while (heightForWidth(width()) > height() && words.size() > 1) {
        words.removeLast();
        shown = words.join(QLatin1Char(' ')) + QChar(0x2026);
        setText(shown);
    }
}

void FieldMessage::showEvent(QShowEvent* event)
{
    QLabel::showEvent(event);
    fit();
}

void FieldMessage::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fit();
}

void FieldMessage::showError(const QString& text)
{
    m_error = true;
    showMessage(tr("Fix: %1").arg(text));
    setAccessibleName(tr("Problem: %1").arg(text));
    Tones::mark(this, Tone::Problem);
    show();
}

void FieldMessage::showWarning(const QString& text)
{
    m_error = false;
    showMessage(tr("Note: %1").arg(text));
    setAccessibleName(tr("Warning: %1").arg(text));
    Tones::mark(this, Tone::Caution);
    show();
}

void FieldMessage::clearMessage()
{
    m_error = false;
    m_full.clear();
    setToolTip(QString());
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
