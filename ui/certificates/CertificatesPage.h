#pragma once

#include <QWidget>
#include <optional>

class CertificateDueModel;
class CertificateRegisterModel;
class QLabel;
class QPushButton;
class QTableView;
class WorkContext;
struct Certificate;
struct User;

// The Certificates screen: what is due (soonest first, overdue marked by an
// icon and words), the register, issue (the supervisor reviews and issues),
// void with a reason and replace, view the stored PDF, print preview and
// print, and print everything issued today. F5 refreshes.
class CertificatesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CertificatesPage(WorkContext* context, QWidget* parent = nullptr);

    QTableView* dueView() const { return m_dueView; }
    QTableView* registerView() const { return m_registerView; }
    CertificateDueModel* dueModel() const { return m_dueModel; }
    CertificateRegisterModel* registerModel() const { return m_registerModel; }

    void reload();
    // Each opens its dialog window-modal and returns at once (null when nothing is selected).
    QDialog* issueSelected();
    QDialog* voidSelected();
    QDialog* viewSelected();
    // The viewer of a certificate, with Save PDF and Print; `message` above its pages.
    QDialog* viewCertificate(const Certificate& certificate, const QString& message = {});
    void previewSelected();
    void printSelected();
    void printIssuedToday();
    // Selects a certificate in the register by id.
    void selectCertificate(qint64 id);

signals:
    void openCaseRequested(qint64 caseId);

private:
    std::optional<Certificate> selectedCertificate() const;
    bool loadPdfs(const QList<qint64>& ids, QList<QByteArray>* pdfs);
    void updateButtons();
    // Who may issue, and who is offered first: the case's mediator when they
    // may issue, else the signed-in user when they may.
    bool issuersFor(std::optional<qint64> caseId, QList<User>* issuers, std::optional<qint64>* preferred);

    WorkContext* m_context;
    CertificateDueModel* m_dueModel;
    CertificateRegisterModel* m_registerModel;
    QTableView* m_dueView;
    QTableView* m_registerView;
    QLabel* m_dueSummary;
    QPushButton* m_issue;
    QPushButton* m_view;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_void;
    QPushButton* m_printToday;
};
