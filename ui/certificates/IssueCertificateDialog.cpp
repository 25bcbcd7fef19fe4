#include "certificates/IssueCertificateDialog.h"

#include "certificates/PdfPagesView.h"
#include "common/ButtonBoxTabOrder.h"
#include "domain/Certificate.h"
#include "domain/DateText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace {
constexpr int kPageWidth = 520; // an A4 page beside the details on a 1366-pixel-wide screen
}

IssueCertificateDialog::IssueCertificateDialog(const CertificateDueItem& item, const QDate& today,
                                               const QList<User>& issuers,
                                               std::optional<qint64> defaultIssuerId,
                                               PreviewMaker makePreview, QWidget* parent)
    : QDialog(parent), m_makePreview(std::move(makePreview)), m_issuer(new QComboBox(this)),
      m_pages(new PdfPagesView(kPageWidth, this)), m_caption(new QLabel(this)), m_problem(new QLabel(this)),
      m_issueButton(nullptr)
{
    setWindowTitle(tr("Review and issue the %1 certificate").arg(certificatePartName(item.part)));
    auto* form = new QFormLayout;
    form->addRow(tr("Case:"), new QLabel(item.caseReference));
    form->addRow(tr("Child or young person:"), new QLabel(item.childName.toHtmlEscaped()));
    form->addRow(tr("Certificate:"), new QLabel(certificatePartName(item.part)));
    form->addRow(tr("Event:"), new QLabel(DateText::shortDate(item.triggerDate)));
    auto* dueBy = new QLabel(DateText::shortDate(item.dueBy.date()));
    dueBy->setToolTip(item.dueBy.explanation().join(QLatin1Char('\n')));
    form->addRow(tr("Due by:"), dueBy);
    form->addRow(tr("Date of issue:"), new QLabel(DateText::shortDate(today)));
    for (const User& user : issuers)
        m_issuer->addItem(user.displayName, user.id);
    if (defaultIssuerId)
        m_issuer->setCurrentIndex(qMax(0, m_issuer->findData(*defaultIssuerId)));
    m_issuer->setAccessibleName(tr("Issued by"));
    m_issuer->setToolTip(tr("Certificates are issued by the users who may issue them (supervisors)."));
    auto* issuerLabel = new QLabel(tr("Issued &by:"), this);
    issuerLabel->setBuddy(m_issuer);
    form->addRow(issuerLabel, m_issuer);

    auto* note =
        new QLabel(tr("The certificate takes the names, addresses and dates on the case as they stand "
                      "now. Once issued it is never changed: a mistake is put right by voiding it and "
                      "issuing a replacement."));
    note->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    auto* details = new QVBoxLayout;
    details->addLayout(form);
    details->addWidget(note);
    details->addWidget(m_problem);
    details->addStretch(1);

    m_caption->setWordWrap(true);
    m_caption->setAccessibleName(tr("About the preview"));
    m_pages->setAccessibleName(tr("The certificate as it will be stored"));
    m_pages->setMinimumWidth(kPageWidth + 40);
    auto* previewColumn = new QVBoxLayout;
    previewColumn->addWidget(m_caption);
    previewColumn->addWidget(m_pages, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(details, 1);
    columns->addLayout(previewColumn, 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);

    ButtonBoxTabOrder::keep(buttons);
    m_issueButton = buttons->addButton(tr("&Issue certificate"), QDialogButtonBox::AcceptRole);
    m_issueButton->setObjectName(QStringLiteral("issueReviewed"));
    m_issueButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_issuer, &QComboBox::currentIndexChanged, this, &IssueCertificateDialog::refreshPreview);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    // The whole page width and the buttons fit a 1366x768 screen; the pages scroll.
    const QScreen* screen = parent ? parent->screen() : this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(qMin(1180, available.width() - 20), qMin(760, available.height() - 60));
    refreshPreview();
}

std::optional<qint64> IssueCertificateDialog::issuerId() const
{
    const QVariant id = m_issuer->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

QString IssueCertificateDialog::shownProblem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void IssueCertificateDialog::refreshPreview()
{
    m_reviewed = {};
    m_problem->hide();
    // Asked even with nobody to choose: the store says why (a role that may not
    // issue, or no supervisor yet).
    const StoreError error =
        m_makePreview ? m_makePreview({QString(), issuerId()}, &m_reviewed) : StoreError();
    if (error) {
        m_reviewed = {};
        m_pages->setPdf({});
        m_caption->setText(tr("The certificate cannot be made:"));
        m_problem->setText(error.message());
        m_problem->show();
    } else {
        m_pages->setPdf(m_reviewed.pdf);
        m_caption->setText(tr("This is the certificate that will be stored and sent, as number %1 "
                              "(unless another certificate is issued first; you would then be asked to "
                              "review it again).")
                               .arg(m_reviewed.content.number));
    }
    m_issueButton->setEnabled(error.ok());
}

void IssueCertificateDialog::accept()
{
    if (m_reviewed.inputsSha256.isEmpty()) {
        refreshPreview();
        return;
    }
    QDialog::accept();
}
