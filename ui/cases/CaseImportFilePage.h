#pragma once

#include <QWizardPage>

class CaseImportWizard;
class FieldMessage;
class QLineEdit;
class QPushButton;

// The import's first step: which CSV file. Browse... starts in the folder a
// file was last chosen from; Next reads the file's first row, the headings
// the next step maps.
class CaseImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CaseImportFilePage(CaseImportWizard* wizard);

    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* browseButton() const { return m_browse; }
    FieldMessage* message() const { return m_message; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void rememberFolder(const QString& path);

    CaseImportWizard* m_wizard;
    QLineEdit* m_path;
    QPushButton* m_browse;
    FieldMessage* m_message;
};
