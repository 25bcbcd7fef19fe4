#include "settings/ProviderDialog.h"

#include "common/ChangedElsewhere.h"
#include "common/DiscardGuard.h"
#include "common/FieldMessage.h"
#include "common/TabChain.h"
#include "common/WorkContext.h"
#include "shell/FileChooser.h"
#include "store/settings/SettingsRepository.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProviderDialog::ProviderDialog(WorkContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_name(new QLineEdit(this)), m_address(new QPlainTextEdit(this)),
      m_phone(new QLineEdit(this)), m_email(new QLineEdit(this)), m_website(new QLineEdit(this)),
      m_prefix(new QLineEdit(this)), m_part2(new QComboBox(this)), m_logo(new QLabel(this)),
      m_problem(new FieldMessage(this))
{
    setWindowTitle(tr("Provider"));
    m_name->setAccessibleName(tr("Provider name"));
    m_address->setAccessibleName(tr("Provider address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 4 + 12);
    m_phone->setAccessibleName(tr("Provider phone"));
    m_email->setAccessibleName(tr("Provider email"));
    m_website->setAccessibleName(tr("Provider website"));
    m_website->setPlaceholderText(tr("https://..."));
    m_prefix->setAccessibleName(tr("Certificate number prefix"));
    m_prefix->setMaxLength(8);
    m_prefix->setToolTip(tr("Certificate numbers read PREFIX-YEAR-NNNNNN: 1 to 8 letters or digits"));
    m_part2->setAccessibleName(tr("Part 2 certificates are issued by"));
    for (IssuingCapacity capacity : issuingCapacities())
        m_part2->addItem(issuingCapacityTitle(capacity), QVariant::fromValue(static_cast<int>(capacity)));
    m_part2->setToolTip(tr("Sources disagree on whether the mediator or the mediation adviser issues the "
                           "certificate after a mediation; Part 2 certificates print the office chosen here. "
                           "Parts 1 and 3 are always the mediation adviser's."));
    m_logo->setAccessibleName(tr("Logo"));
    m_logo->setMinimumSize(160, 64);
    m_logo->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* chooseLogo = new QPushButton(tr("C&hoose Logo..."), this);
    auto* removeLogo = new QPushButton(tr("Re&move Logo"), this);
    connect(chooseLogo, &QPushButton::clicked, this, &ProviderDialog::chooseLogo);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logoPng.clear();
        showLogo();
    });
    auto* logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);

    auto* intro = new QLabel(tr("How certificates and letters name the service. Every desk of the office "
                                "shares these details."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("Certificate p&refix:"), m_prefix);
    form->addRow(tr("Part &2 issued by:"), m_part2);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProviderDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    // Reading order: the logo's buttons come before the prefix below them.
    TabChain::set(
        {m_name, m_address, m_phone, m_email, m_website, chooseLogo, removeLogo, m_prefix, m_part2});
    load();
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_usable);
    if (m_usable)
        context->gate(buttons->button(QDialogButtonBox::Save), Action::ManageSettings);
    DiscardGuard::watch(this);
}

void ProviderDialog::load()
{
    ProviderDetails provider;
    QString prefix;
    IssuingCapacity part2 = IssuingCapacity::Mediator;
    SettingsRepository settings(m_context->database());
    StoreError error = settings.provider(&provider);
    if (error.ok())
        error = settings.certificatePrefix(&prefix);
    if (error.ok())
        error = settings.part2IssuedAs(&part2);
    m_usable = error.ok();
    if (!m_usable) {
        m_problem->showError(tr("The provider's details could not be read, so they cannot be saved here: %1")
                                 .arg(error.message()));
        return;
    }
    m_name->setText(provider.name);
    m_address->setPlainText(provider.address);
    m_phone->setText(provider.phone);
    m_email->setText(provider.email);
    m_website->setText(provider.website);
    m_prefix->setText(prefix);
    setPart2IssuedAs(part2);
    m_logoPng = provider.logoPng;
    m_rowVersion = provider.rowVersion;
    showLogo();
}

ProviderDetails ProviderDialog::details() const
{
    ProviderDetails p;
    p.name = m_name->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.phone = m_phone->text().trimmed();
    p.email = m_email->text().trimmed();
    p.website = m_website->text().trimmed();
    p.logoPng = m_logoPng;
    p.rowVersion = m_rowVersion;
    return p;
}

QString ProviderDialog::prefix() const
{
    return m_prefix->text().trimmed();
}

IssuingCapacity ProviderDialog::part2IssuedAs() const
{
    return static_cast<IssuingCapacity>(m_part2->currentData().toInt());
}

void ProviderDialog::setPart2IssuedAs(IssuingCapacity capacity)
{
    m_part2->setCurrentIndex(m_part2->findData(QVariant::fromValue(static_cast<int>(capacity))));
}

void ProviderDialog::showLogo()
{
    QPixmap pixmap;
    if (!m_logoPng.isEmpty() && pixmap.loadFromData(m_logoPng, "PNG")) {
        m_logo->setPixmap(pixmap.scaled(160, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_logo->setToolTip(tr("%1 × %2 pixels").arg(pixmap.width()).arg(pixmap.height()));
    } else {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
        m_logo->setToolTip(QString());
    }
}

bool ProviderDialog::setLogoFile(const QString& path, QString* problem)
{
    QImageReader reader(path);
    QImage image = reader.read();
    if (image.isNull()) {
        *problem = tr("%1 is not an image this program can read (%2). Choose a PNG or JPEG file.")
                       .arg(path, reader.errorString());
        return false;
    }
    if (image.width() > kLogoMaxPixels || image.height() > kLogoMaxPixels)
        image = image.scaled(kLogoMaxPixels, kLogoMaxPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *problem = tr("The logo could not be converted to PNG.");
        return false;
    }
    m_logoPng = png;
    showLogo();
    return true;
}

void ProviderDialog::chooseLogo()
{
    const QString path = FileChooser::instance().openFileName(this, tr("Choose the Provider's Logo"),
                                                              tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (!setLogoFile(path, &problem))
        m_problem->showError(problem);
    else
        m_problem->clearMessage();
}

QString ProviderDialog::shownProblem() const
{
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

void ProviderDialog::accept()
{
    if (!m_usable)
        return;
    SettingsRepository settings(m_context->database());
    // One transaction: a refused detail keeps nothing, not even a good prefix.
    const StoreError error = settings.setProviderSettings(details(), prefix(), part2IssuedAs());
    if (ChangedElsewhere::offer(this, tr("Could not save the provider's details"), error, [this] { load(); }))
        return;
    if (!error.ok()) {
        m_problem->showError(error.message());
        FieldMessage::makeRoomFor(this);
        return;
    }
    QDialog::accept();
}

void ProviderDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
