#include "common/FormRows.h"

#include "common/DateLineEdit.h"
#include "common/FieldMessage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>

namespace {
template <class Edit>
Edit* addEdit(QFormLayout* form, const QString& label, const QString& name, const QString& accessible)
{
    auto* edit = new Edit;
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    form->addRow(label, edit);
    return edit;
}
} // namespace

QLineEdit* FormRows::addLine(QFormLayout* form, const QString& label, const QString& name,
                             const QString& accessible)
{
    return addEdit<QLineEdit>(form, label, name, accessible);
}

QLineEdit* FormRows::addLine(QFormLayout* form, const QString& label, const char* name,
                             const QString& accessible)
{
    return addLine(form, label, QLatin1String(name), accessible);
}

DateLineEdit* FormRows::addDate(QFormLayout* form, const QString& label, const QString& name,
                                const QString& accessible)
{
    return addEdit<DateLineEdit>(form, label, name, accessible);
}

QString FormRows::trimmed(const QLineEdit* edit)
{
    return edit->text().trimmed();
}

QWidget* FormRows::group(const QString& title, const std::function<void(QFormLayout*)>& addRows)
{
    auto* box = new QGroupBox(title);
    addRows(new QFormLayout(box));
    return box;
}

FieldMessage* FormRows::addMessage(QFormLayout* form, const QString& name)
{
    auto* message = new FieldMessage;
    message->setObjectName(name);
    form->addRow(QString(), message);
    return message;
}

FieldMessage* FormRows::addMessage(QFormLayout* form, const char* name)
{
    return addMessage(form, QLatin1String(name));
}
