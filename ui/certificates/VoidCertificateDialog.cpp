#include "certificates/VoidCertificateDialog.h"

#include "common/ButtonBoxTabOrder.h"
#include "common/DialogLayout.h"
#include "common/DiscardGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

VoidCertificateDialog::VoidCertificateDialog(const Certificate& certificate, const QList<User>& issuers,
                                             std::optional<qint64> defaultIssuerId, QWidget* parent)
    : QDialog(parent), m_reason(new QPlainTextEdit), m_replace(new QCheckBox(tr("Issue a &replacement now"))),
      m_issuer(new QComboBox), m_problem(new QLabel)
{
    setWindowTitle(tr("Void certificate %1").arg(certificate.number));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_replace->setChecked(true);
    for (const User& user : issuers)
        m_issuer->addItem(user.displayName, user.id);
    if (defaultIssuerId)
        m_issuer->setCurrentIndex(qMax(0, m_issuer->findData(*defaultIssuerId)));
    m_issuer->setAccessibleName(tr("Replacement issued by"));
    auto* form = new QFormLayout;
    form->addRow(tr("Rea&son:"), m_reason);
    form->addRow(QString(), m_replace);
    form->addRow(tr("Replacement issued by:"), m_issuer);
    connect(m_replace, &QCheckBox::toggled, m_issuer, &QWidget::setEnabled);
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);

    ButtonBoxTabOrder::keep(buttons);
    buttons->addButton(tr("&Void certificate"), QDialogButtonBox::AcceptRole);
    DialogLayout::stack(this,
                        tr("Voiding keeps %1 in the register, marked void with your reason. Correct the "
                           "case first: the replacement takes the case as it stands and names %1.")
                            .arg(certificate.number),
                        form, m_problem, buttons);
    DiscardGuard::watch(this);
}

QString VoidCertificateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool VoidCertificateDialog::replace() const
{
    return m_replace->isChecked();
}

std::optional<qint64> VoidCertificateDialog::issuerId() const
{
    const QVariant id = m_issuer->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

QString VoidCertificateDialog::shownProblem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void VoidCertificateDialog::accept()
{
    QString problem;
    if (reason().isEmpty())
        problem = tr("Say why the certificate is voided.");
    else if (replace() && !issuerId())
        problem = tr("Nobody may issue the replacement: untick it, or ask an administrator to add a "
                     "supervisor.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

void VoidCertificateDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
