#pragma once

#include "CliCommand.h"
#include "store/certificates/CertificateRepository.h"

#include <QSqlDatabase>
#include <optional>

// certificate issue | render | void | show: one certificate. Issuing and
// voiding make a PDF, so these run with a QGuiApplication (see main.cpp).
class CertificateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("certificate"); }
    QString summary() const override { return QStringLiteral("issue, show, render or void one certificate"); }
    QStringList usage() const override
    {
        return {
            QStringLiteral(
                "certificate issue --case REF --issuer USERNAME [--part 1|2|3] [--date YYYY-MM-DD]"),
            QStringLiteral("certificate render NUMBER --out FILE.pdf"),
            QStringLiteral("certificate show NUMBER"),
            QStringLiteral(
                "certificate void NUMBER --reason TEXT [--replace --issuer USERNAME] [--date YYYY-MM-DD]")};
    }
    int run(CliContext& context) override;

    // The register of the database as it stands (RecordCommandSupport::openExisting),
    // with the office's bank holidays (the shipped ones if none are stored);
    // nullopt after printing why. `connection`, when given, receives the
    // database's connection for the other records a command reads.
    static std::optional<CertificateRepository> openRegister(CliContext& context,
                                                             QSqlDatabase* connection = nullptr);

private:
    int issue(CliContext& context, const QStringList& arguments);
    int render(CliContext& context, const QStringList& arguments);
    int show(CliContext& context, const QStringList& arguments);
    int voidCertificate(CliContext& context, const QStringList& arguments);
};
