#include "cases/CasePage.h"

#include "common/WorkContext.h"

#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QWidget>

namespace CasePage {

void followCase(WorkContext* context, qint64 caseId, QWidget* page, const std::function<void()>& reload)
{
    QObject::connect(context, &WorkContext::caseChanged, page, [caseId, reload](qint64 id) {
        if (id == caseId)
            reload();
    });
    QObject::connect(context, &WorkContext::changedElsewhere, page, [reload] { reload(); });
}

void stack(QWidget* page, std::initializer_list<QWidget*> leading, std::initializer_list<QWidget*> trailing,
           QWidget* table, QWidget* footer)
{
    auto* buttons = new QHBoxLayout;
    for (QWidget* button : leading)
        buttons->addWidget(button);
    buttons->addStretch();
    for (QWidget* button : trailing)
        buttons->addWidget(button);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(table, 1);
    if (footer)
        layout->addWidget(footer);
}

} // namespace CasePage
