#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class WorkContext;

// What a new office sets up before the first referral, on an
// administrator's dashboard until each is done: the provider's details
// (certificates and letters name them), the commissioning councils, the
// venues, and the people who will use the program. Each line's button opens
// the screen that does it; the list reads the store again after it closes.
class FirstRunChecklist : public QWidget
{
    Q_OBJECT

public:
    enum class Step
    {
        Provider,
        Councils,
        Venues,
        Users
    };
    static QList<Step> steps() { return {Step::Provider, Step::Councils, Step::Venues, Step::Users}; }

    explicit FirstRunChecklist(WorkContext* context, QWidget* parent = nullptr);

    // The entry of the window's menu that does `step`.
    void setAction(Step step, QAction* action);
    // Reads the store again: shown to administrators while a step is left.
    void refresh();
    bool isDone(Step step) const { return m_done.value(static_cast<int>(step)); }
    QPushButton* button(Step step) const { return m_buttons.value(static_cast<int>(step)); }

private:
    WorkContext* m_context;
    QList<QLabel*> m_labels;
    QList<QPushButton*> m_buttons;
    QList<QAction*> m_actions;
    QList<bool> m_done;
};
