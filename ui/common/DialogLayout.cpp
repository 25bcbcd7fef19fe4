#include "common/DialogLayout.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace DialogLayout {

QVBoxLayout* stack(QDialog* dialog, const QString& intro, QLayout* form, QWidget* problem,
                   QDialogButtonBox* buttons)
{
    // Through the base's slots, so that a dialog's own accept() and reject() run.
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    if (!intro.isEmpty()) {
        auto* introLabel = new QLabel(intro, dialog);
        introLabel->setWordWrap(true);
        layout->addWidget(introLabel);
    }
    layout->addLayout(form);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    return layout;
}

} // namespace DialogLayout
