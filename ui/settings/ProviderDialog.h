#pragma once

#include "domain/IssuingCapacity.h"
#include "domain/ProviderDetails.h"

#include <QDialog>

class FieldMessage;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class WorkContext;

// Settings > Provider: the mediation provider as certificates and letters
// name it (name, address, phone, email, website, logo), the prefix of
// certificate numbers and the office Part 2 certificates are issued in. Administrators and supervisors change
// them (the store refuses anyone else, and checks the phone, email and website); a save over another desk's
// newer one is refused with an offer to reload.
class ProviderDialog : public QDialog
{
    Q_OBJECT

public:
    // Logos are kept small: a certificate prints it about 4 cm wide.
    static constexpr int kLogoMaxPixels = 600;

    explicit ProviderDialog(WorkContext* context, QWidget* parent = nullptr);

    ProviderDetails details() const;
    QString prefix() const;
    IssuingCapacity part2IssuedAs() const;
    void setPart2IssuedAs(IssuingCapacity capacity);
    // Takes the logo from an image file (any format Qt reads), as PNG;
    // false and *problem when it cannot be read.
    bool setLogoFile(const QString& path, QString* problem);
    QString shownProblem() const;
    // Whether the stored details could be read: a form that could not is never saved.
    bool isUsable() const { return m_usable; }

    void accept() override;
    void reject() override;

private:
    void load();
    void showLogo();
    void chooseLogo();

    WorkContext* m_context;
    QLineEdit* m_name;
    QPlainTextEdit* m_address;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_website;
    QLineEdit* m_prefix;
    QComboBox* m_part2;
    QLabel* m_logo;
    FieldMessage* m_problem;
    QByteArray m_logoPng;
    qint64 m_rowVersion = 0;
    bool m_usable = false;
};
