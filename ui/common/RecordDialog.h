#pragma once

#include <QDialog>

class QFormLayout;
class QLabel;

// A dialog that records one thing on a case and saves it to the store at
// once (a task, a travel expense): an optional introduction, its form, the
// line that says why a save was refused (the store's words, or what to type
// differently, kept in plain text and with room for two lines so the
// buttons do not move), then Save and Cancel. A refusal leaves the dialog
// open with what was typed.
class RecordDialog : public QDialog
{
    Q_OBJECT

public:
    // Why the last save was refused, as shown; empty when nothing was.
    QString problemText() const;

protected:
    explicit RecordDialog(QWidget* parent);
    // Lays out the introduction, the form, the refusal line and the buttons,
    // `width` wide; the last call of a subclass's constructor.
    void finish(const QString& intro, QFormLayout* form, int width);
    // Shows why the save was refused and puts the keyboard in `field`, when given.
    void refuse(const QString& why, QWidget* field = nullptr);
    void clearRefusal();

private:
    QLabel* m_problem;
};
