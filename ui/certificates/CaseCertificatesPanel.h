#pragma once

#include <QWidget>

struct Certificate;
class CertificateRegisterModel;
class QLabel;
class QPushButton;
class QTableView;
class WorkContext;

// One case's certificates, for the case workspace's Certificates tab: what
// the rules say is due for it, and its certificates with their stored PDFs
// to view or print, or to send the family by email (a draft opened in the
// desktop's mail program, recorded on the timeline). Issuing and voiding are
// on the Certificates screen.
class CaseCertificatesPanel : public QWidget
{
    Q_OBJECT

public:
    CaseCertificatesPanel(WorkContext* context, qint64 caseId, QWidget* parent = nullptr);

    CertificateRegisterModel* model() const { return m_model; }
    QString dueText() const;
    void reload();
    // Makes the email draft for the selected certificate and opens it; false when none was made.
    bool emailSelected();

private:
    QByteArray selectedPdf(QString* title, Certificate* certificate);

    WorkContext* m_context;
    qint64 m_caseId;
    CertificateRegisterModel* m_model;
    QLabel* m_due;
    QTableView* m_view;
    QPushButton* m_open;
    QPushButton* m_preview;
    QPushButton* m_email;
};
