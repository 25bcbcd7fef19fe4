#pragma once

#include <QLabel>

// What to fix in the field above it, shown under that field: an error (must
// be fixed before saving) or a warning (allowed, but worth knowing). Said in
// words with a sign, never by colour alone; empty while there is nothing to
// say, but keeping its room, so the fields never jump.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showWarning(const QString& text);
    void clearMessage();
    bool isError() const { return m_error; }
    // Keeps room for `lines` lines of message (one unless set), so a message
    // that long appears without moving anything.
    void reserveLines(int lines);
    // Whether a message is shown now (the label itself stays, empty, when none is).
    bool isShowing() const;
    // Word-wrapped messages do not grow a window by themselves: after showing
    // some, this makes `window` tall enough for all of them.
    static void makeRoomFor(QWidget* window);

private:
    bool m_error = false;
};
