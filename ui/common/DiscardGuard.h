#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QDialog;
class QWidget;

// Keeps a dialog's typed work from being thrown away by Escape, Close or
// Cancel: what every field holds is noted when the dialog is first shown,
// and a dialog whose fields differ from that asks "Discard the details you
// typed?" (through MessagePresenter, so tests can answer) before it closes.
// A dialog watches itself with `DiscardGuard::watch(this)` in its constructor
// and asks in its reject():
//     void reject() override { if (DiscardGuard::mayDiscard(this)) QDialog::reject(); }
class DiscardGuard : public QObject
{
    Q_OBJECT

public:
    static void watch(QDialog* dialog);
    // True when nothing was typed since the dialog opened, or the person agrees to discard it.
    static bool mayDiscard(QDialog* dialog);
    // Whether any field differs from what it held when the dialog opened.
    static bool hasTypedWork(const QDialog* dialog);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit DiscardGuard(QDialog* dialog);
    // What every field holds now, by field.
    QHash<QWidget*, QString> snapshot() const;

    QDialog* m_dialog;
    QHash<QWidget*, QString> m_opened;
    bool m_shown = false;
};
