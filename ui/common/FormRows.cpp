#include "common/FormRows.h"

#include "common/FieldMessage.h"

#include <QFormLayout>
#include <QLineEdit>

QLineEdit* FormRows::addLine(QFormLayout* form, const QString& label, const char* name,
                             const QString& accessible)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    form->addRow(label, edit);
    return edit;
}

FieldMessage* FormRows::addMessage(QFormLayout* form, const char* name)
{
    auto* message = new FieldMessage;
    message->setObjectName(QLatin1String(name));
    form->addRow(QString(), message);
    return message;
}
