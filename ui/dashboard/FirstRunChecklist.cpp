#include "dashboard/FirstRunChecklist.h"

#include "common/Tone.h"
#include "common/WorkContext.h"
#include "store/access/UserRepository.h"
#include "store/meetings/VenueRepository.h"
#include "store/settings/CouncilRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QAction>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QString stepText(FirstRunChecklist::Step step)
{
    switch (step) {
    case FirstRunChecklist::Step::Provider:
        return FirstRunChecklist::tr(
            "The provider's name and contact details, printed on certificates and letters");
    case FirstRunChecklist::Step::Councils:
        return FirstRunChecklist::tr("The councils that commission the service, named on every referral");
    case FirstRunChecklist::Step::Venues:
        return FirstRunChecklist::tr("The venues where meetings are held");
    case FirstRunChecklist::Step::Users:
        return FirstRunChecklist::tr("The caseworkers, mediators and supervisors who will use the program");
    }
    return {};
}

QString buttonText(FirstRunChecklist::Step step)
{
    switch (step) {
    case FirstRunChecklist::Step::Provider:
        return FirstRunChecklist::tr("Pro&vider...");
    case FirstRunChecklist::Step::Councils:
        return FirstRunChecklist::tr("Cou&ncils...");
    case FirstRunChecklist::Step::Venues:
        return FirstRunChecklist::tr("V&enues...");
    case FirstRunChecklist::Step::Users:
        return FirstRunChecklist::tr("U&sers...");
    }
    return {};
}
} // namespace

FirstRunChecklist::FirstRunChecklist(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context)
{
    auto* box = new QGroupBox(tr("Setting up the office"), this);
    auto* grid = new QGridLayout(box);
    for (Step step : steps()) {
        const int row = static_cast<int>(m_labels.size());
        auto* label = new QLabel(box);
        label->setWordWrap(true);
        auto* button = new QPushButton(buttonText(step), box);
        button->setAccessibleName(stepText(step));
        connect(button, &QPushButton::clicked, this, [this, row] {
            if (QAction* action = m_actions.value(row)) {
                action->trigger(); // a dialog, shown modal: done when it returns
                refresh();
            }
        });
        grid->addWidget(label, row, 0);
        grid->addWidget(button, row, 1);
        m_labels << label;
        m_buttons << button;
        m_actions << nullptr;
        m_done << false;
    }
    grid->setColumnStretch(0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    setAccessibleName(tr("Setting up the office"));
    connect(context, &WorkContext::reloaded, this, &FirstRunChecklist::refresh);
    connect(context, &WorkContext::councilsChanged, this, &FirstRunChecklist::refresh);
    connect(context, &WorkContext::changedElsewhere, this, &FirstRunChecklist::refresh);
    refresh();
}

void FirstRunChecklist::setAction(Step step, QAction* action)
{
    m_actions[static_cast<int>(step)] = action;
    // The entry is enabled by the role (and the Users entry after the sign-in
    // has finished): the button follows it.
    QPushButton* button = m_buttons.at(static_cast<int>(step));
    connect(action, &QAction::changed, button, [button, action] { button->setEnabled(action->isEnabled()); });
    refresh();
}

void FirstRunChecklist::refresh()
{
    const auto& user = m_context->signedInUser();
    if (!m_context->isOpen() || !user || user->role != UserRole::Administrator) {
        hide();
        return;
    }
    QSqlDatabase db = m_context->database();
    ProviderDetails provider;
    QList<Council> councils;
    QList<Venue> venues;
    QList<User> users;
    // Unreadable counts as not done: the list stays until the step is seen done.
    m_done[static_cast<int>(Step::Provider)] =
        SettingsRepository(db).provider(&provider).ok() && !provider.name.trimmed().isEmpty();
    m_done[static_cast<int>(Step::Councils)] =
        CouncilRepository(db).list(&councils).ok() && !councils.isEmpty();
    m_done[static_cast<int>(Step::Venues)] = VenueRepository(db).list(&venues).ok() && !venues.isEmpty();
    m_done[static_cast<int>(Step::Users)] = UserRepository(db).list(&users).ok() && users.size() > 1;
    bool allDone = true;
    for (Step step : steps()) {
        const int row = static_cast<int>(step);
        const bool done = m_done.at(row);
        allDone = allDone && done;
        // In words as well as the mark, so it does not rest on a symbol alone.
        m_labels.at(row)->setText(done ? tr("✓ Done: %1").arg(stepText(step))
                                       : tr("To do: %1").arg(stepText(step)));
        QPalette palette = m_labels.at(row)->parentWidget()->palette(); // the box's: plain text
        if (done)
            palette.setColor(QPalette::WindowText, Tones::text(Tone::Quiet, palette));
        m_labels.at(row)->setPalette(palette);
        m_buttons.at(row)->setEnabled(m_actions.at(row) && m_actions.at(row)->isEnabled());
    }
    setVisible(!allDone);
}
