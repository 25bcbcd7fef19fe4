#include "cases/CaseImportFilePage.h"

#include "cases/CaseImportWizard.h"
#include "common/FieldMessage.h"
#include "shell/FileChooser.h"
#include "store/directory/ContactCsv.h"

#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

CaseImportFilePage::CaseImportFilePage(CaseImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit(this)),
      m_browse(new QPushButton(tr("B&rowse..."), this)), m_message(new FieldMessage(this))
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file of cases from another system, its first row naming the columns."));
    auto* intro = new QLabel(
        tr("Each row of the file becomes a case, at the stage and with the dates the file gives. The "
           "next step asks which of the file's headings are which of the import's columns; then you see "
           "every case the file would create before anything is stored."),
        this);
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("CSV &file:"), this);
    label->setBuddy(m_path);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setAccessibleName(tr("CSV file to import"));
    m_path->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setAccessibleName(tr("Choose the CSV file"));
    m_message->setObjectName(QStringLiteral("pathMessage"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(intro, 0, 0, 1, 3);
    layout->setRowMinimumHeight(1, 12);
    layout->addWidget(label, 2, 0);
    layout->addWidget(m_path, 2, 1);
    layout->addWidget(m_browse, 2, 2);
    layout->addWidget(m_message, 3, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(4, 1);

    connect(m_browse, &QPushButton::clicked, this, &CaseImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_message->clearMessage();
        emit completeChanged();
    });
}

bool CaseImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

void CaseImportFilePage::browse()
{
    const QString folder = QSettings().value(m_wizard->settingsKey(QStringLiteral("folder"))).toString();
    const QString path = FileChooser::instance().openFileNameIn(this, tr("Import Cases"), folder,
                                                                tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path->setText(path);
    rememberFolder(path);
}

void CaseImportFilePage::rememberFolder(const QString& path)
{
    QSettings().setValue(m_wizard->settingsKey(QStringLiteral("folder")), QFileInfo(path).absolutePath());
}

bool CaseImportFilePage::validatePage()
{
    const QString path = m_path->text().trimmed();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(
            tr("The file could not be read (%1): check its name, or choose it with Browse...")
                .arg(file.errorString()));
        return false;
    }
    const QByteArray content = file.readAll();
    QList<QStringList> records;
    QList<int> lines;
    QString problem;
    if (!ContactCsv::parse(content, &records, &lines, &problem)) {
        m_message->showError(tr("The file is not CSV the import can read: %1").arg(problem));
        return false;
    }
    if (records.isEmpty() || records.first().join(QString()).trimmed().isEmpty()) {
        m_message->showError(tr("The file is empty: it needs a first row naming the columns."));
        return false;
    }
    rememberFolder(path);
    m_wizard->setFile(path, records.first(), records.value(1));
    return true;
}
