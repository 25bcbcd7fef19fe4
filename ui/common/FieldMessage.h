#pragma once

#include <QLabel>

// What to fix in the field above it, shown under that field: an error (must
// be fixed before saving) or a warning (allowed, but worth knowing). Said in
// words with a sign, never by colour alone; empty while there is nothing to
// say, but keeping its room, so the fields never jump. Its height is fixed to
// the lines it reserves: a longer message is shortened with "…" to fit, the
// whole of it in the tooltip and the accessible name.
class FieldMessage : public QLabel
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget* parent = nullptr);

    void showError(const QString& text);
    void showWarning(const QString& text);
    void clearMessage();
    bool isError() const { return m_error; }
    // Keeps room for `lines` lines of message (two unless set), and never
    // takes more, so no message moves anything.
    void reserveLines(int lines);
    // The whole message, however much of it fits.
    QString fullText() const { return m_full; }
    // Whether a message is shown now (the label itself stays, empty, when none is).
    bool isShowing() const;
    // Word-wrapped messages do not grow a window by themselves: after showing
    // some, this makes `window` tall enough for all of them.
    static void makeRoomFor(QWidget* window);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void showMessage(const QString& text);
    // Shows as much of m_full as fits the reserved lines at the current width.
    void fit();

    bool m_error = false;
    QString m_full;
};
