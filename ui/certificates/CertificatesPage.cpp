#include "certificates/CertificatesPage.h"

#include "certificates/CertificateAudit.h"
#include "certificates/CertificatePrinter.h"
#include "certificates/CertificateViewer.h"
#include "certificates/IssueCertificateDialog.h"
#include "certificates/VoidCertificateDialog.h"
#include "common/ItemViews.h"
#include "common/UrgencyDelegate.h"
#include "common/WorkContext.h"
#include "itemmodels/CertificateDueModel.h"
#include "itemmodels/CertificateRegisterModel.h"
#include "rules/DeadlineUrgency.h"
#include "shell/MessagePresenter.h"
#include "store/cases/CaseRepository.h"
#include "store/certificates/CertificateRepository.h"

#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace {
QTableView* makeTable(QAbstractItemModel* model, const QString& name)
{
    auto* view = new QTableView;
    view->setModel(model);
    ItemViews::label(view, name,
                     QCoreApplication::translate(
                         "CertificatesPage",
                         "One row a case or certificate; arrow keys move, Enter acts on the chosen row"));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return view;
}
} // namespace

CertificatesPage::CertificatesPage(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_dueModel(new CertificateDueModel(this)),
      m_registerModel(new CertificateRegisterModel(this)),
      m_dueView(makeTable(m_dueModel, tr("Certificates due"))),
      m_registerView(makeTable(m_registerModel, tr("Certificate register"))), m_dueSummary(new QLabel),
      m_issue(new QPushButton(tr("&Review and issue..."))), m_view(new QPushButton(tr("&View"))),
      m_preview(new QPushButton(tr("Print pr&eview..."))), m_print(new QPushButton(tr("&Print..."))),
      m_void(new QPushButton(tr("Voi&d..."))), m_printToday(new QPushButton(tr("Print all issued &today...")))
{
    setAccessibleName(tr("Certificates"));
    m_issue->setObjectName(QStringLiteral("issueCertificate"));
    m_void->setObjectName(QStringLiteral("voidCertificate"));
    // Overdue and due-soon rows carry an icon and words, not colour alone.
    m_dueView->setItemDelegateForColumn(CertificateDueModel::TimeLeftColumn,
                                        new UrgencyDelegate(CertificateDueModel::UrgencyRole, true, this));
    m_dueView->setItemDelegateForColumn(CertificateDueModel::DueByColumn,
                                        new UrgencyDelegate(CertificateDueModel::UrgencyRole, false, this));

    auto* dueBox = new QGroupBox(tr("Due"));
    auto* dueButtons = new QHBoxLayout;
    dueButtons->addWidget(m_dueSummary, 1);
    dueButtons->addWidget(m_issue);
    auto* dueLayout = new QVBoxLayout(dueBox);
    dueLayout->addWidget(m_dueView);
    dueLayout->addLayout(dueButtons);

    auto* registerBox = new QGroupBox(tr("Register"));
    auto* registerButtons = new QHBoxLayout;
    registerButtons->addWidget(m_view);
    registerButtons->addWidget(m_preview);
    registerButtons->addWidget(m_print);
    registerButtons->addWidget(m_void);
    registerButtons->addStretch(1);
    registerButtons->addWidget(m_printToday);
    auto* registerLayout = new QVBoxLayout(registerBox);
    registerLayout->addWidget(m_registerView);
    registerLayout->addLayout(registerButtons);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(dueBox);
    splitter->addWidget(registerBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_issue, &QPushButton::clicked, this, &CertificatesPage::issueSelected);
    connect(m_view, &QPushButton::clicked, this, &CertificatesPage::viewSelected);
    connect(m_preview, &QPushButton::clicked, this, &CertificatesPage::previewSelected);
    connect(m_print, &QPushButton::clicked, this, &CertificatesPage::printSelected);
    connect(m_void, &QPushButton::clicked, this, &CertificatesPage::voidSelected);
    connect(m_printToday, &QPushButton::clicked, this, &CertificatesPage::printIssuedToday);
    connect(m_dueView, &QTableView::activated, this, [this] {
        if (m_issue->isEnabled()) // not for a role that may not issue
            issueSelected();
    });
    connect(m_registerView, &QTableView::activated, this, [this] { viewSelected(); });
    connect(m_dueView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificatesPage::updateButtons);
    connect(m_registerView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificatesPage::updateButtons);
    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &CertificatesPage::reload);
    connect(m_context, &WorkContext::reloaded, this, &CertificatesPage::reload);
    connect(m_context, &WorkContext::caseChanged, this, &CertificatesPage::reload);
    reload();
}

void CertificatesPage::reload()
{
    QList<CertificateDueItem> due;
    QList<Certificate> all;
    if (m_context->isOpen()) {
        CertificateRepository certificates(m_context->database(), m_context->calendar());
        StoreError error = certificates.due(&due);
        if (error.ok())
            error = certificates.list(&all);
        if (error)
            MessagePresenter::instance().showError(this, tr("Certificates"), error.message());
    }
    const qint64 selected = selectedCertificate() ? selectedCertificate()->id : 0;
    m_dueModel->setItems(due, m_context->calendar(), m_context->today());
    m_registerModel->setCertificates(all);
    int overdue = 0;
    for (const CertificateDueItem& item : due) {
        if (item.dueBy.date() < m_context->today())
            ++overdue;
    }
    m_dueSummary->setText(due.isEmpty()
                              ? tr("No certificate is due.")
                              : tr("%n certificate(s) due", nullptr, static_cast<int>(due.size())) +
                                    (overdue > 0 ? tr(", %n overdue", nullptr, overdue) : QString()));
    if (selected)
        selectCertificate(selected);
    updateButtons();
}

void CertificatesPage::selectCertificate(qint64 id)
{
    const int row = m_registerModel->rowOf(id);
    if (row >= 0)
        m_registerView->selectRow(row);
}

std::optional<Certificate> CertificatesPage::selectedCertificate() const
{
    const QModelIndexList rows = m_registerView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const Certificate* certificate = m_registerModel->certificateAt(rows.first().row());
    return certificate ? std::optional(*certificate) : std::nullopt;
}

void CertificatesPage::updateButtons()
{
    // Only the roles that may issue or void see those buttons enabled; the
    // store refuses everybody else anyway.
    m_context->gate(m_issue, Action::IssueCertificates, m_dueView->selectionModel()->hasSelection());
    const std::optional<Certificate> certificate = selectedCertificate();
    const bool hasPdf = certificate && certificate->status != CertificateStatus::Draft;
    m_view->setEnabled(hasPdf);
    m_preview->setEnabled(hasPdf);
    m_print->setEnabled(hasPdf);
    m_context->gate(m_void, Action::VoidCertificates,
                    certificate && certificate->status == CertificateStatus::Issued);
}

bool CertificatesPage::issuersFor(std::optional<qint64> caseId, QList<User>* issuers,
                                  std::optional<qint64>* preferred)
{
    preferred->reset();
    if (StoreError error =
            CertificateRepository(m_context->database(), m_context->calendar()).issuers(issuers)) {
        MessagePresenter::instance().showError(this, tr("Certificates"), error.message());
        return false;
    }
    const auto mayIssue = [issuers](std::optional<qint64> id) {
        return id && std::any_of(issuers->cbegin(), issuers->cend(),
                                 [id](const User& user) { return user.id == *id; });
    };
    std::optional<qint64> mediatorId;
    CaseDetails details;
    if (caseId && CaseRepository(m_context->database(), m_context->calendar()).load(*caseId, &details).ok())
        mediatorId = details.mediatorId;
    if (mayIssue(mediatorId))
        *preferred = mediatorId;
    else if (mayIssue(m_context->currentUserId()))
        *preferred = m_context->currentUserId();
    return true;
}

QDialog* CertificatesPage::issueSelected()
{
    const QModelIndexList rows = m_dueView->selectionModel()->selectedRows();
    const CertificateDueItem* item = rows.isEmpty() ? nullptr : m_dueModel->itemAt(rows.first().row());
    if (!item)
        return nullptr;
    const CertificateDueItem chosen = *item;
    QList<User> issuers;
    std::optional<qint64> preferred;
    if (!issuersFor(chosen.caseId, &issuers, &preferred))
        return nullptr;
    // The preview is made by the store's issuing code, rolled back (nothing is written).
    auto makePreview = [this, chosen](const CertificateIssuer& issuer, CertificatePreview* preview) {
        CertificateRepository certificates(m_context->database(), m_context->calendar());
        certificates.setToday(m_context->today());
        return certificates.preview(chosen.caseId, chosen.part, issuer, m_context->today(), preview);
    };
    auto* dialog =
        new IssueCertificateDialog(chosen, m_context->today(), issuers, preferred, makePreview, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, chosen] {
        CertificateRepository certificates(m_context->database(), m_context->calendar());
        certificates.setToday(m_context->today());
        Certificate issued;
        if (StoreError error = certificates.issueReviewed(dialog->reviewed(), &issued)) {
            MessagePresenter::instance().showError(this, tr("Issue certificate"), error.message());
            return;
        }
        m_context->notifyCaseChanged(chosen.caseId); // reloads this screen too
        selectCertificate(issued.id);
        // Straight on to sending it: the stored file, to save or print.
        viewCertificate(issued, tr("Certificate %1 is issued. Save its PDF to send it, or print it: both use "
                                   "the file stored in the register.")
                                    .arg(issued.number));
    });
    dialog->open();
    return dialog;
}

QDialog* CertificatesPage::voidSelected()
{
    const std::optional<Certificate> certificate = selectedCertificate();
    if (!certificate || certificate->status != CertificateStatus::Issued)
        return nullptr;
    QList<User> issuers;
    std::optional<qint64> preferred;
    if (!issuersFor(certificate->caseId, &issuers, &preferred))
        return nullptr;
    auto* dialog = new VoidCertificateDialog(*certificate, issuers, preferred, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Certificate old = *certificate;
    connect(dialog, &QDialog::accepted, this, [this, dialog, old] {
        std::optional<CertificateIssuer> issuer;
        if (dialog->replace())
            issuer = CertificateIssuer{QString(), dialog->issuerId()};
        CertificateRepository certificates(m_context->database(), m_context->calendar());
        certificates.setToday(m_context->today());
        Certificate replacement;
        if (StoreError error = certificates.voidCertificate(old.id, dialog->reason(), m_context->today(),
                                                            issuer, &replacement)) {
            MessagePresenter::instance().showError(this, tr("Void certificate"), error.message());
            return;
        }
        m_context->notifyCaseChanged(old.caseId);
        selectCertificate(issuer ? replacement.id : old.id);
    });
    dialog->open();
    return dialog;
}

bool CertificatesPage::loadPdfs(const QList<qint64>& ids, QList<QByteArray>* pdfs)
{
    CertificateRepository certificates(m_context->database(), m_context->calendar());
    for (qint64 id : ids) {
        QByteArray pdf;
        if (StoreError error = certificates.loadPdf(id, &pdf)) {
            MessagePresenter::instance().showError(this, tr("Certificates"), error.message());
            return false;
        }
        pdfs->append(pdf);
    }
    return true;
}

QDialog* CertificatesPage::viewSelected()
{
    const std::optional<Certificate> certificate = selectedCertificate();
    if (!certificate || certificate->status == CertificateStatus::Draft)
        return nullptr;
    return viewCertificate(*certificate);
}

QDialog* CertificatesPage::viewCertificate(const Certificate& certificate, const QString& message)
{
    QList<QByteArray> pdfs;
    if (!loadPdfs({certificate.id}, &pdfs))
        return nullptr;
    QString title = tr("Certificate %1").arg(certificate.number);
    if (certificate.status == CertificateStatus::Voided)
        title += tr(" (voided)");
    auto* viewer = new CertificateViewer(pdfs.first(), title, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setMessage(message);
    viewer->setSuggestedFileName(certificate.number + QStringLiteral(".pdf"));
    viewer->setPrintedHandler(CertificateAudit::printedHandler(m_context->database(), {certificate}));
    viewer->setSavedHandler(CertificateAudit::savedHandler(m_context->database(), certificate));
    CertificateAudit::recordViewed(m_context->database(), certificate);
    viewer->open();
    return viewer;
}

void CertificatesPage::previewSelected()
{
    const std::optional<Certificate> certificate = selectedCertificate();
    QList<QByteArray> pdfs;
    if (certificate && certificate->status != CertificateStatus::Draft && loadPdfs({certificate->id}, &pdfs))
        CertificatePrinter::preview(this, pdfs, tr("Certificate %1").arg(certificate->number),
                                    CertificateAudit::printedHandler(m_context->database(), {*certificate}));
}

void CertificatesPage::printSelected()
{
    const std::optional<Certificate> certificate = selectedCertificate();
    QList<QByteArray> pdfs;
    if (certificate && certificate->status != CertificateStatus::Draft && loadPdfs({certificate->id}, &pdfs))
        CertificatePrinter::printWithDialog(
            this, pdfs, tr("Certificate %1").arg(certificate->number),
            CertificateAudit::printedHandler(m_context->database(), {*certificate}));
}

void CertificatesPage::printIssuedToday()
{
    CertificateRepository certificates(m_context->database(), m_context->calendar());
    QList<Certificate> today;
    if (StoreError error = certificates.listIssuedOn(m_context->today(), &today)) {
        MessagePresenter::instance().showError(this, tr("Certificates"), error.message());
        return;
    }
    if (today.isEmpty()) {
        MessagePresenter::instance().showWarning(this, tr("Print all issued today"),
                                                 tr("No certificate has been issued today."));
        return;
    }
    QList<qint64> ids;
    for (const Certificate& c : today)
        ids << c.id;
    QList<QByteArray> pdfs;
    if (loadPdfs(ids, &pdfs))
        CertificatePrinter::preview(
            this, pdfs, tr("%n certificate(s) issued today", nullptr, static_cast<int>(ids.size())),
            CertificateAudit::printedHandler(m_context->database(), today));
}
