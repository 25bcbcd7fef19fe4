#include "certificates/CertificateViewer.h"

#include "certificates/CertificatePrinter.h"
#include "certificates/PdfPagesView.h"
#include "common/ButtonBoxTabOrder.h"
#include "shell/FileChooser.h"
#include "shell/MessagePresenter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {
constexpr int kPageWidth = 680; // logical pixels: an A4 page readable on a 768-pixel-high screen
}

CertificateViewer::CertificateViewer(const QByteArray& pdf, const QString& title, QWidget* parent)
    : QDialog(parent), m_pdf(pdf), m_pages(new PdfPagesView(kPageWidth, this)), m_message(new QLabel(this))
{
    setWindowTitle(title);
    m_suggestedName = title + QStringLiteral(".pdf");
    m_pages->setAccessibleName(tr("Certificate"));
    m_pages->setPdf(m_pdf);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);

    ButtonBoxTabOrder::keep(buttons);
    QPushButton* save = buttons->addButton(tr("&Save PDF..."), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePdf"));
    save->setToolTip(tr("Save the certificate's PDF, exactly as it was issued"));
    QPushButton* preview = buttons->addButton(tr("Print pre&view..."), QDialogButtonBox::ActionRole);
    QPushButton* print = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("print"));
    connect(save, &QPushButton::clicked, this, &CertificateViewer::savePdfAs);
    connect(preview, &QPushButton::clicked, this,
            [this, title] { CertificatePrinter::preview(this, {m_pdf}, title, m_printed); });
    connect(print, &QPushButton::clicked, this,
            [this, title] { CertificatePrinter::printWithDialog(this, {m_pdf}, title, m_printed); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);

    // As tall as the screen allows (a 768-pixel screen included), never taller:
    // the buttons stay in sight and the pages scroll.
    const QScreen* screen = parent ? parent->screen() : this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(qMin(kPageWidth + 80, available.width() - 20), qMin(900, available.height() - 60));
}

int CertificateViewer::pageCount() const
{
    return m_pages->pageCount();
}

void CertificateViewer::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString CertificateViewer::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool CertificateViewer::savePdf(const QString& path)
{
    QSaveFile file(path);
    // A certificate names a child: only its owner reads the copy.
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        written = file.write(m_pdf) == m_pdf.size() && file.commit();
    }
    if (!written) {
        MessagePresenter::instance().showError(
            this, tr("Save PDF"),
            tr("The certificate was not saved to %1: %2").arg(path, file.errorString()));
        return false;
    }
    if (m_saved)
        m_saved();
    return true;
}

void CertificateViewer::savePdfAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        FileChooser::instance().saveFileName(this, tr("Save the certificate's PDF"),
                                             QDir(folder).filePath(m_suggestedName), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}
