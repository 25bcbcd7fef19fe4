#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;
class WorkContext;

// Ctrl+K from anywhere: type a reference or a child's or parent's name, the
// matching cases list as you type (the case list's own search, so a mediator
// finds only their cases), Up and Down choose, Enter opens. Before anything
// is typed it offers the recent cases.
class QuickOpenDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kShown = 12;

    QuickOpenDialog(WorkContext* context, QList<qint64> recent, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_text; }
    QListWidget* matches() const { return m_matches; }
    // The case chosen when accepted; 0 otherwise.
    qint64 chosenCase() const { return m_chosen; }
    // Searches now rather than after the typing pause.
    void searchNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showRecent();
    void choose();

    WorkContext* m_context;
    QList<qint64> m_recent;
    QLineEdit* m_text;
    QListWidget* m_matches;
    QLabel* m_status;
    QTimer* m_pause;
    qint64 m_chosen = 0;
};
