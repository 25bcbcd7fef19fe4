#include "cases/CertificateMismatchBanner.h"

#include "certificates/VoidCertificateDialog.h"
#include "common/Tone.h"
#include "common/WorkContext.h"
#include "shell/MessagePresenter.h"
#include "store/cases/CaseCorrectionRepository.h"
#include "store/certificates/CertificateRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <algorithm>

CertificateMismatchBanner::CertificateMismatchBanner(WorkContext* context, QWidget* parent)
    : QFrame(parent), m_context(context), m_text(new QLabel(this)),
      m_voidReplaceButton(new QPushButton(tr("Void and replace..."), this))
{
    setObjectName(QStringLiteral("certificateMismatchBanner"));
    setFrameShape(QFrame::StyledPanel);
    Tones::mark(this, Tone::Caution, true);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAccessibleName(tr("Certificates that no longer match the case"));
    m_voidReplaceButton->setObjectName(QStringLiteral("voidReplaceButton"));
    m_voidReplaceButton->setAccessibleName(tr("Void the certificate and issue a replacement"));
    connect(m_voidReplaceButton, &QPushButton::clicked, this, [this] { beginVoidAndReplace(); });
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_voidReplaceButton, 0, Qt::AlignVCenter);
    hide();
}

void CertificateMismatchBanner::setCase(const CaseDetails& details)
{
    m_details = details;
    m_mismatches.clear();
    CaseCorrectionRepository corrections(m_context->database(), m_context->calendar());
    if (StoreError error = corrections.certificateMismatches(m_details.id, &m_mismatches))
        m_mismatches.clear(); // the certificates tab says what could not be read
    QStringList lines;
    for (const CaseCorrectionRules::CertificateMismatch& mismatch : m_mismatches) {
        lines << tr("Certificate %1 (%2) printed facts the case no longer says:")
                     .arg(mismatch.number, certificatePartName(mismatch.part));
        for (const QString& difference : mismatch.differences)
            lines << QStringLiteral("  \u2022 ") + difference;
    }
    if (!lines.isEmpty())
        lines << tr("Nothing issued is changed: void it and issue a replacement from the case as it is now.");
    m_text->setText(lines.join(QLatin1Char('\n')));
    setVisible(!m_mismatches.isEmpty());
    m_context->gate(m_voidReplaceButton, Action::VoidCertificates, !m_mismatches.isEmpty());
}

QString CertificateMismatchBanner::text() const
{
    return m_mismatches.isEmpty() ? QString() : m_text->text();
}

QDialog* CertificateMismatchBanner::beginVoidAndReplace()
{
    if (m_mismatches.isEmpty())
        return nullptr;
    const CaseCorrectionRules::CertificateMismatch mismatch = m_mismatches.first();
    Certificate certificate;
    CertificateRepository certificates(m_context->database(), m_context->calendar());
    if (StoreError error = certificates.load(mismatch.certificateId, &certificate)) {
        MessagePresenter::instance().showError(this, tr("Void certificate"), error.message());
        return nullptr;
    }
    // The replacement's issuer: a user who may issue, the case's mediator first.
    QList<User> issuers;
    if (StoreError error = certificates.issuers(&issuers)) {
        MessagePresenter::instance().showError(this, tr("Void certificate"), error.message());
        return nullptr;
    }
    std::optional<qint64> preferred;
    for (const std::optional<qint64>& id : {m_details.mediatorId, m_context->currentUserId()}) {
        const bool mayIssue = id && std::any_of(issuers.cbegin(), issuers.cend(),
                                                [&id](const User& user) { return user.id == *id; });
        if (!preferred && mayIssue)
            preferred = id;
    }
    auto* dialog = new VoidCertificateDialog(certificate, issuers, preferred, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->reasonEdit()->setPlainText(
        tr("The case was corrected after issue: %1").arg(mismatch.differences.join(QStringLiteral("; "))));
    connect(dialog, &QDialog::accepted, this, [this, dialog, certificate] {
        std::optional<CertificateIssuer> replacement;
        if (dialog->replace())
            replacement = CertificateIssuer{QString(), dialog->issuerId()};
        CertificateRepository repository(m_context->database(), m_context->calendar());
        repository.setToday(m_context->today());
        Certificate issued;
        if (StoreError error = repository.voidCertificate(certificate.id, dialog->reason(),
                                                          m_context->today(), replacement, &issued)) {
            MessagePresenter::instance().showError(this, tr("Void certificate"), error.message());
            return;
        }
        emit certificateVoided();
    });
    dialog->open();
    return dialog;
}
