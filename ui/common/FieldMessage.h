#pragma once

#include <QLabel>

// What to fix in the field above it, shown under that field: an error (must
// be fixed before saving) or a warning (allowed, but worth knowing). Said in
// words with a sign, never by colour alone; hidden while there is nothing to say.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showWarning(const QString& text);
    void clearMessage();
    bool isError() const { return m_error; }
    // Word-wrapped messages do not grow a window by themselves: after showing
    // some, this makes `window` tall enough for all of them.
    static void makeRoomFor(QWidget* window);

private:
    bool m_error = false;
};
