#include "certificates/IssueCertificateDialog.h"

#include "domain/Certificate.h"
#include "domain/DateText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

IssueCertificateDialog::IssueCertificateDialog(const CertificateDueItem& item, const QDate& today,
                                               const QString& issuerName, QWidget* parent)
    : QDialog(parent), m_issuer(new QLineEdit(issuerName)), m_problem(new QLabel), m_part(item.part)
{
    setWindowTitle(tr("Issue %1 certificate").arg(certificatePartName(item.part)));
    auto* form = new QFormLayout;
    form->addRow(tr("Case:"), new QLabel(item.caseReference));
    form->addRow(tr("Child or young person:"), new QLabel(item.childName.toHtmlEscaped()));
    form->addRow(tr("Certificate:"), new QLabel(certificatePartName(item.part)));
    form->addRow(tr("Event:"), new QLabel(DateText::shortDate(item.triggerDate)));
    auto* dueBy = new QLabel(DateText::shortDate(item.dueBy.date()));
    dueBy->setToolTip(item.dueBy.explanation().join(QLatin1Char('\n')));
    form->addRow(tr("Due by:"), dueBy);
    form->addRow(tr("Date of issue:"), new QLabel(DateText::shortDate(today)));
    m_issuer->setAccessibleName(tr("Issuer's name"));
    form->addRow(
        tr("Issued by (%1):").arg(certificateIssuerRoleTitle(certificateIssuerRole(item.part)).toLower()),
        m_issuer);

    auto* note =
        new QLabel(tr("The certificate takes the names, addresses and dates on the case as they stand "
                      "now. Once issued it is never changed: a mistake is put right by voiding it and "
                      "issuing a replacement."));
    note->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* issue = buttons->addButton(tr("&Issue certificate"), QDialogButtonBox::AcceptRole);
    issue->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString IssueCertificateDialog::issuerName() const
{
    return m_issuer->text().trimmed();
}

QString IssueCertificateDialog::shownProblem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void IssueCertificateDialog::accept()
{
    if (issuerName().isEmpty()) {
        m_problem->setText(tr("Give the name of the %1 who issues the certificate.")
                               .arg(certificateIssuerRoleTitle(certificateIssuerRole(m_part)).toLower()));
        m_problem->show();
        m_issuer->setFocus();
        return;
    }
    QDialog::accept();
}
