#pragma once

#include <QHash>
#include <QList>
#include <QWizardPage>

class CaseImportWizard;
class FieldMessage;
class QComboBox;
class QTableWidget;

// The import's second step: for each heading of the file, which of the
// import's columns it is read as, or "(ignore)". A heading that already is
// a column is read as itself; whatever was chosen for a heading is
// remembered (by its lower-case text) and chosen again for the next file.
// A column chosen for two headings is refused until one is changed.
class CaseImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CaseImportMappingPage(CaseImportWizard* wizard);

    QTableWidget* table() const { return m_table; }
    // The chooser of the file's heading `heading`; null when there is none.
    QComboBox* chooserFor(const QString& heading) const;
    FieldMessage* message() const { return m_message; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    // Lower-case heading -> chosen column ("" for ignore).
    QHash<QString, QString> chosen() const;
    // Why the choice cannot be used (a column chosen twice); empty when it can.
    QString refusal() const;
    void showRefusal();

    CaseImportWizard* m_wizard;
    QTableWidget* m_table;
    FieldMessage* m_message;
    QList<QComboBox*> m_choosers; // one a heading, in the file's order
};
