#include "common/ChangedElsewhere.h"

#include "shell/MessagePresenter.h"

bool ChangedElsewhere::offer(QWidget* parent, const QString& title, const StoreError& error,
                             const std::function<void()>& reload)
{
    if (error.kind() != StoreError::Kind::Conflict)
        return false;
    if (MessagePresenter::instance().confirm(
            parent, title,
            tr("%1\n\nReload it now? What you typed here is replaced by the saved version; choose No to keep "
               "it on screen and copy what you need first.")
                .arg(error.message())))
        reload();
    return true;
}
