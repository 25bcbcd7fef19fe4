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
// to view or print. Issuing and voiding are on the Certificates screen.
class CaseCertificatesPanel : public QWidget
{
    Q_OBJECT

public:
    CaseCertificatesPanel(WorkContext* context, qint64 caseId, QWidget* parent = nullptr);

    CertificateRegisterModel* model() const { return m_model; }
    QString dueText() const;
    void reload();

private:
    QByteArray selectedPdf(QString* title, Certificate* certificate);

    WorkContext* m_context;
    qint64 m_caseId;
    CertificateRegisterModel* m_model;
    QLabel* m_due;
    QTableView* m_view;
    QPushButton* m_open;
    QPushButton* m_preview;
};
