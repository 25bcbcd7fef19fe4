#include "certificates/CaseCertificatesPanel.h"

#include "certificates/CertificateAudit.h"
#include "certificates/CertificatePrinter.h"
#include "certificates/CertificateViewer.h"
#include "common/ItemViews.h"
#include "common/MailProgram.h"
#include "common/WorkContext.h"
#include "documents/CertificateEmail.h"
#include "domain/CaseDetails.h"
#include "domain/DateText.h"
#include "domain/ProviderDetails.h"
#include "itemmodels/CertificateRegisterModel.h"
#include "shell/MessagePresenter.h"
#include "store/access/AuditRepository.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/CertificateRepository.h"
#include "store/settings/SettingsRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CaseCertificatesPanel::CaseCertificatesPanel(WorkContext* context, qint64 caseId, QWidget* parent)
    : QWidget(parent), m_context(context), m_caseId(caseId), m_model(new CertificateRegisterModel(this)),
      m_due(new QLabel), m_view(new QTableView), m_open(new QPushButton(tr("&View"))),
      m_preview(new QPushButton(tr("&Print preview..."))), m_email(new QPushButton(tr("&Email...")))
{
    m_email->setToolTip(tr("Make an email to the family with the certificate attached, and open it in your "
                           "mail program to check and send"));
    m_due->setWordWrap(true);
    m_view->setModel(m_model);
    ItemViews::label(m_view, tr("Certificates of this case"),
                     tr("One row a certificate issued or voided; arrow keys move, View opens the PDF"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->hideColumn(CertificateRegisterModel::CaseColumn);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_email);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_due);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] {
        QString title;
        Certificate certificate;
        const QByteArray pdf = selectedPdf(&title, &certificate);
        if (pdf.isEmpty())
            return;
        auto* viewer = new CertificateViewer(pdf, title, this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->setSuggestedFileName(certificate.number + QStringLiteral(".pdf"));
        viewer->setPrintedHandler(CertificateAudit::printedHandler(m_context->database(), {certificate}));
        viewer->setSavedHandler(CertificateAudit::savedHandler(m_context->database(), certificate));
        CertificateAudit::recordViewed(m_context->database(), certificate);
        viewer->open();
    });
    connect(m_preview, &QPushButton::clicked, this, [this] {
        QString title;
        Certificate certificate;
        const QByteArray pdf = selectedPdf(&title, &certificate);
        if (!pdf.isEmpty())
            CertificatePrinter::preview(
                this, {pdf}, title, CertificateAudit::printedHandler(m_context->database(), {certificate}));
    });
    connect(m_email, &QPushButton::clicked, this, &CaseCertificatesPanel::emailSelected);
    connect(m_context, &WorkContext::caseChanged, this, [this](qint64 changed) {
        if (changed == m_caseId)
            reload();
    });
    // Another desk's change, to any case: this one's too, perhaps.
    connect(m_context, &WorkContext::changedElsewhere, this, &CaseCertificatesPanel::reload);
    reload();
}

QString CaseCertificatesPanel::dueText() const
{
    return m_due->text();
}

void CaseCertificatesPanel::reload()
{
    if (!m_context->isOpen())
        return;
    CertificateRepository certificates(m_context->database(), m_context->calendar());
    QList<Certificate> mine;
    QList<CertificateDueItem> due;
    StoreError error = certificates.list(&mine, m_caseId);
    if (error.ok())
        error = certificates.due(&due, m_caseId);
    if (error) {
        MessagePresenter::instance().showError(this, tr("Certificates"), error.message());
        return;
    }
    m_model->setCertificates(mine);
    QStringList lines;
    for (const CertificateDueItem& item : due) {
        if (item.caseId != m_caseId)
            continue;
        const QDate& by = item.dueBy.date();
        lines << (by < m_context->today()
                      ? tr("OVERDUE: the %1 certificate was due by %2. Issue it on the Certificates screen.")
                      : tr("The %1 certificate is due by %2. Issue it on the Certificates screen."))
                     .arg(certificatePartName(item.part), DateText::shortDate(by));
    }
    m_due->setText(lines.isEmpty() ? tr("No certificate is due for this case.")
                                   : lines.join(QLatin1Char('\n')));
    m_open->setEnabled(!mine.isEmpty());
    m_preview->setEnabled(!mine.isEmpty());
    m_email->setEnabled(!mine.isEmpty());
}

bool CaseCertificatesPanel::emailSelected()
{
    QString title;
    Certificate certificate;
    const QByteArray pdf = selectedPdf(&title, &certificate);
    if (pdf.isEmpty())
        return false;
    auto& messages = MessagePresenter::instance();
    if (certificate.status == CertificateStatus::Voided) {
        messages.showError(
            this, tr("Email the Certificate"),
            tr("%1 is voided: send the certificate that replaced it.").arg(certificate.number));
        return false;
    }
    QSqlDatabase db = m_context->database();
    CaseDetails details;
    ProviderDetails provider;
    StoreError error = CaseRepository(db, m_context->calendar()).load(m_caseId, &details);
    if (error.ok())
        error = SettingsRepository(db).provider(&provider);
    if (messages.showIfFailed(this, tr("Email the Certificate"), error))
        return false;
    const auto& user = m_context->signedInUser();
    const EmailDraft draft =
        CertificateEmail::draft(details, certificate, pdf, provider, user ? user->displayName : QString(),
                                user ? userRoleTitle(user->role) : QString());
    // The PDF is leaving the program: on the audit trail as an export, and on the case's timeline.
    const auto record = [&] {
        StoreError recorded =
            AuditRepository(db).recordCertificateExported(certificate.id, certificate.number);
        if (recorded.ok())
            recorded = ActivityRepository(db).addNow(
                m_caseId, ActivityKind::Email, m_context->currentUserId(),
                QStringLiteral("Email drafted with the %1 certificate %2")
                    .arg(certificatePartName(certificate.part), certificate.number));
        m_context->notifyCaseChanged(m_caseId);
        return recorded;
    };
    return MailProgram::openDraft(this, tr("Email the Certificate"),
                                  certificate.number + QStringLiteral(".eml"), draft, record,
                                  tr("The case has no email address for the family: type it in the draft."));
}

QByteArray CaseCertificatesPanel::selectedPdf(QString* title, Certificate* certificate)
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const Certificate* c = m_model->certificateAt(rows.isEmpty() ? 0 : rows.first().row());
    if (!c || c->status == CertificateStatus::Draft)
        return {};
    QByteArray pdf;
    if (StoreError error =
            CertificateRepository(m_context->database(), m_context->calendar()).loadPdf(c->id, &pdf)) {
        MessagePresenter::instance().showError(this, tr("Certificates"), error.message());
        return {};
    }
    *title = tr("Certificate %1").arg(c->number);
    *certificate = *c;
    if (c->status == CertificateStatus::Voided)
        *title += tr(" (voided)");
    return pdf;
}
