#include "common/MailProgram.h"

#include "common/DesktopFiles.h"
#include "shell/MessagePresenter.h"

#include <QCoreApplication>
#include <QDir>

namespace MailProgram {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MailProgram", text);
}
} // namespace

bool openDraft(QWidget* parent, const QString& title, const QString& fileName, const EmailDraft& draft,
               const std::function<StoreError()>& record, const QString& whenNoAddress)
{
    auto& messages = MessagePresenter::instance();
    QString problem;
    const QString path = DesktopFiles::write(fileName, draft.toBytes(), &problem);
    if (path.isEmpty()) {
        messages.showError(parent, title, tr("The draft could not be made: %1").arg(problem));
        return false;
    }
    messages.showIfFailed(parent, title, record());
    if (!DesktopFiles::open(path))
        messages.showInformation(
            parent, title,
            tr("No mail program opened the draft. It is saved at %1: open it from there.")
                .arg(QDir::toNativeSeparators(path)));
    else if (draft.to.isEmpty())
        messages.showInformation(parent, title, whenNoAddress);
    return true;
}

} // namespace MailProgram
