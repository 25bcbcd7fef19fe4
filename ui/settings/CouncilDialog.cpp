#include "settings/CouncilDialog.h"

#include "common/DiscardGuard.h"
#include "common/FieldMessage.h"
#include "rules/CouncilRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

CouncilDialog::CouncilDialog(const Council& council, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(council.name, this)), m_code(new QLineEdit(council.code, this)),
      m_clockStart(new QComboBox(this)), m_referralDays(new QSpinBox(this)),
      m_retentionYears(new QSpinBox(this)), m_id(council.id), m_rowVersion(council.rowVersion)
{
    setWindowTitle(council.id ? tr("Edit Council") : tr("Add Council"));
    m_name->setAccessibleName(tr("Council name"));
    m_name->setObjectName(QStringLiteral("name"));
    m_code->setAccessibleName(tr("Council code"));
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("For example WVC"));
    m_code->setMaxLength(12);
    for (MeetingClockStart start : {MeetingClockStart::MediationRequested, MeetingClockStart::Enquiry})
        m_clockStart->addItem(meetingClockStartDescription(start), static_cast<int>(start));
    m_clockStart->setAccessibleName(tr("Contract target: 30 days from"));
    m_clockStart->setToolTip(tr("The council's contract target, a service level shown beside the "
                                "statutory 30 days (which run from the council being told the family "
                                "wishes to mediate) and never in their place."));
    m_referralDays->setRange(0, CouncilRules::kMaxReferralDays);
    m_referralDays->setSuffix(tr(" working days"));
    m_referralDays->setAccessibleName(tr("Referral service level in working days"));
    m_retentionYears->setRange(CouncilRules::kMinRetentionYears, CouncilRules::kMaxRetentionYears);
    m_retentionYears->setSuffix(tr(" years"));
    m_retentionYears->setAccessibleName(tr("Years closed cases are kept"));

    auto* form = new QFormLayout;
    auto addField = [&](const QString& label, QWidget* field, const char* key) {
        form->addRow(label, field);
        auto* message = new FieldMessage(this);
        message->setObjectName(QLatin1String(key) + QStringLiteral("Message"));
        form->addRow(QString(), message);
        m_messages.insert(QLatin1String(key), message);
    };
    addField(tr("&Name:"), m_name, "name");
    addField(tr("&Code:"), m_code, "code");
    form->addRow(tr("Contract target: 30 days &from:"), m_clockStart);
    addField(tr("&Referral actioned within:"), m_referralDays, "referralActionWorkingDays");
    addField(tr("&Keep closed cases for:"), m_retentionYears, "retentionYears");

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CouncilDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    setCouncil(council);
    DiscardGuard::watch(this);
}

void CouncilDialog::setCouncil(const Council& council)
{
    m_rowVersion = council.rowVersion;
    m_name->setText(council.name);
    m_code->setText(council.code);
    m_clockStart->setCurrentIndex(m_clockStart->findData(static_cast<int>(council.meetingClockStart)));
    m_referralDays->setValue(council.referralActionWorkingDays);
    m_retentionYears->setValue(council.retentionYears);
}

Council CouncilDialog::council() const
{
    Council council;
    council.id = m_id;
    council.name = m_name->text().trimmed();
    council.code = m_code->text().trimmed().toUpper();
    council.meetingClockStart = static_cast<MeetingClockStart>(m_clockStart->currentData().toInt());
    council.referralActionWorkingDays = m_referralDays->value();
    council.retentionYears = m_retentionYears->value();
    council.rowVersion = m_rowVersion;
    return council;
}

QStringList CouncilDialog::shownMessages() const
{
    QStringList shown;
    for (const FieldMessage* message : m_messages) {
        if (!message->text().isEmpty())
            shown << message->fullText();
    }
    return shown;
}

void CouncilDialog::accept()
{
    for (FieldMessage* message : std::as_const(m_messages))
        message->clearMessage();
    const QList<ValidationProblem> problems = CouncilRules::check(council());
    for (const ValidationProblem& problem : problems) {
        if (FieldMessage* message = m_messages.value(problem.field); message && message->text().isEmpty())
            message->showError(problem.message);
    }
    if (!problems.isEmpty()) {
        FieldMessage::makeRoomFor(this);
        if (auto* field = findChild<QWidget*>(problems.first().field))
            field->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void CouncilDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
