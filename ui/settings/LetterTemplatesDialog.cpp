#include "settings/LetterTemplatesDialog.h"

#include "common/ChangedElsewhere.h"
#include "common/DiscardGuard.h"
#include "common/FieldMessage.h"
#include "common/TabChain.h"
#include "common/WorkContext.h"
#include "documents/ActionPlanEmail.h"
#include "documents/InvitationLetter.h"
#include "documents/Letterhead.h"
#include "domain/CaseDetails.h"
#include "domain/OfficeTime.h"
#include "rules/LetterPlaceholders.h"
#include "store/settings/SettingsRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
// The sample case of the preview: invented people, a meeting next month.
InvitationLetterInput sampleLetter(const QDate& today)
{
    InvitationLetterInput in;
    in.inviteeName = QStringLiteral("Priya Shah");
    in.inviteeRoleTitle = QStringLiteral("Council decision-maker");
    in.inviteeOrganisation = QStringLiteral("Northshire Council");
    in.caseReference = QStringLiteral("MED-2026-00031");
    in.childName = QStringLiteral("Noah Bennett");
    in.councilName = QStringLiteral("Northshire Council");
    in.mediatorName = QStringLiteral("Jo Mercer");
    in.letterDate = today;
    Meeting meeting;
    const QDate day = today.addMonths(1);
    meeting.start = QDateTime(day, QTime(10, 0), OfficeTime::zone()).toUTC();
    meeting.end = QDateTime(day, QTime(12, 0), OfficeTime::zone()).toUTC();
    meeting.mode = MeetingMode::InPerson;
    meeting.venue.name = QStringLiteral("Brookside Community Centre");
    meeting.venue.address = QStringLiteral("1 High Street");
    meeting.venue.postcode = QStringLiteral("NM2 7HD");
    meeting.mediators = {{0, in.mediatorName}};
    meeting.invitees = {{0, QStringLiteral("Emma Bennett"), QString(), Attendance::Expected},
                        {0, in.inviteeName, QString(), Attendance::Expected}};
    in.meeting = meeting;
    return in;
}
} // namespace

LetterTemplatesDialog::LetterTemplatesDialog(WorkContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_kind(new QComboBox(this)), m_subject(new QLineEdit(this)),
      m_body(new QPlainTextEdit(this)), m_placeholders(new QComboBox(this)),
      m_preview(new QTextBrowser(this)), m_problem(new FieldMessage(this))
{
    setWindowTitle(tr("Letter Templates"));
    for (LetterKind kind : allLetterKinds())
        m_kind->addItem(letterKindTitle(kind), static_cast<int>(kind));
    m_kind->setAccessibleName(tr("Which letter"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body->setAccessibleName(tr("Text of the letter"));
    m_body->setAccessibleDescription(
        tr("Placeholders in braces, such as {child_name}, are filled in for each "
           "case; a blank line starts a new paragraph"));
    m_body->setTabChangesFocus(true);
    m_placeholders->setAccessibleName(tr("Placeholder to insert"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setAccessibleDescription(tr("The letter of a sample case, as the template now reads"));
    m_preview->setOpenLinks(false);
    m_problem->reserveLines(3);

    auto* insert = new QPushButton(tr("I&nsert"), this);
    insert->setToolTip(tr("Put the chosen placeholder at the cursor in the text"));
    connect(insert, &QPushButton::clicked, this,
            [this] { insertPlaceholder(m_placeholders->currentData().toString()); });
    auto* restore = new QPushButton(tr("Restore &Default"), this);
    restore->setToolTip(tr("Put back the standard wording of this letter (saved with Save)"));
    connect(restore, &QPushButton::clicked, this, &LetterTemplatesDialog::restoreDefault);

    auto* intro = new QLabel(tr("The office's wording of its letters. Each desk uses it; the letterhead and "
                                "the sender's name and role come from the provider's details and the person "
                                "signed in. A line naming something a case does not have yet (the mediator, "
                                "an organisation) is left out; anything else missing reads \"[to be "
                                "confirmed]\"."),
                             this);
    intro->setWordWrap(true);
    auto* placeholderRow = new QHBoxLayout;
    placeholderRow->addWidget(m_placeholders, 1);
    placeholderRow->addWidget(insert);
    auto* form = new QFormLayout;
    form->addRow(tr("&Letter:"), m_kind);
    form->addRow(tr("&Subject:"), m_subject);
    auto* placeholderLabel = new QLabel(tr("&Placeholder:"), this);
    placeholderLabel->setBuddy(m_placeholders);
    form->addRow(placeholderLabel, placeholderRow);
    auto* editor = new QWidget(this);
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    auto* bodyLabel = new QLabel(tr("&Text:"), this);
    bodyLabel->setBuddy(m_body);
    editorLayout->addWidget(bodyLabel);
    editorLayout->addWidget(m_body, 1);
    auto* previewBox = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto* previewLabel = new QLabel(tr("Pre&view (a sample case):"), this);
    previewLabel->setBuddy(m_preview);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(editor);
    splitter->addWidget(previewBox);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->addButton(restore, QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterTemplatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LetterTemplatesDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    TabChain::set({m_kind, m_subject, m_placeholders, insert, m_body, m_preview});
    resize(1100, 640);

    connect(m_kind, &QComboBox::activated, this,
            [this] { showKind(static_cast<LetterKind>(m_kind->currentData().toInt())); });
    connect(m_subject, &QLineEdit::textChanged, this, &LetterTemplatesDialog::refreshPreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &LetterTemplatesDialog::refreshPreview);
    load();
    buttons->button(QDialogButtonBox::Save)->setEnabled(m_usable);
    if (m_usable)
        context->gate(buttons->button(QDialogButtonBox::Save), Action::ManageSettings);
    context->gate(restore, Action::ManageSettings, m_usable);
    DiscardGuard::watch(this);
}

void LetterTemplatesDialog::load()
{
    SettingsRepository settings(m_context->database());
    StoreError error = settings.provider(&m_provider);
    m_loaded.clear();
    for (LetterKind kind : allLetterKinds()) {
        LetterTemplate letter;
        if (error.ok())
            error = settings.letterTemplate(kind, &letter);
        m_loaded.insert(kind, letter);
    }
    m_usable = error.ok();
    if (!m_usable) {
        m_problem->showError(tr("The letter templates could not be read, so they cannot be saved here: %1")
                                 .arg(error.message()));
        return;
    }
    m_typed = m_loaded;
    display(m_shownKind);
}

LetterKind LetterTemplatesDialog::shownKind() const
{
    return m_shownKind;
}

void LetterTemplatesDialog::keepTyped()
{
    LetterTemplate& typed = m_typed[shownKind()];
    typed.subject = m_subject->text();
    typed.body = m_body->toPlainText();
}

void LetterTemplatesDialog::showKind(LetterKind kind)
{
    if (m_usable)
        keepTyped();
    display(kind);
}

void LetterTemplatesDialog::display(LetterKind kind)
{
    m_shownKind = kind;
    m_showing = true;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    const LetterTemplate letter = m_typed.value(kind, LetterTemplate::standard(kind));
    m_subject->setText(letter.subject);
    m_body->setPlainText(letter.body);
    fillPlaceholderList();
    m_showing = false;
    refreshPreview();
}

void LetterTemplatesDialog::fillPlaceholderList()
{
    m_placeholders->clear();
    for (const LetterPlaceholders::Placeholder& placeholder : LetterPlaceholders::known(shownKind())) {
        m_placeholders->addItem(QStringLiteral("{%1}: %2").arg(placeholder.name, placeholder.description),
                                placeholder.name);
    }
}

void LetterTemplatesDialog::insertPlaceholder(const QString& name)
{
    if (name.isEmpty())
        return;
    m_body->textCursor().insertText(QStringLiteral("{%1}").arg(name));
    m_body->setFocus();
}

void LetterTemplatesDialog::restoreDefault()
{
    const LetterTemplate standard = LetterTemplate::standard(shownKind());
    m_subject->setText(standard.subject);
    m_body->setPlainText(standard.body);
}

void LetterTemplatesDialog::refreshPreview()
{
    if (m_showing)
        return;
    const LetterKind kind = shownKind();
    LetterTemplate letter = LetterTemplate::standard(kind);
    letter.subject = m_subject->text();
    letter.body = m_body->toPlainText();
    const auto& user = m_context->signedInUser();
    const QString senderName = user ? user->displayName : QStringLiteral("Jo Mercer");
    const QString senderRole = user ? userRoleTitle(user->role) : QString();
    InvitationLetterInput in = sampleLetter(m_context->today());
    in.provider = m_provider;
    in.senderName = senderName;
    in.senderRole = senderRole;
    QString html;
    if (kind == LetterKind::ActionPlan) {
        CaseDetails details;
        details.reference = in.caseReference;
        details.referral.child.givenName = QStringLiteral("Noah");
        details.referral.child.familyName = QStringLiteral("Bennett");
        details.referral.parent.givenName = QStringLiteral("Emma");
        details.referral.parent.familyName = QStringLiteral("Bennett");
        details.council.name = in.councilName;
        details.mediatorName = in.mediatorName;
        ActionPlanPdf::Content content;
        content.meeting = *in.meeting;
        content.record.outcome = MeetingOutcome::Agreed;
        content.provider = m_provider;
        const QHash<QString, QString> values =
            ActionPlanEmail::values(details, content, {senderName, senderRole, m_context->today()});
        html =
            QStringLiteral("<h3>%1</h3>%2")
                .arg(LetterPlaceholders::fill(letter.subject, kind, values).simplified().toHtmlEscaped(),
                     InvitationLetter::paragraphsHtml(LetterPlaceholders::fill(letter.body, kind, values)));
    } else {
        in.wording = letter;
        html = InvitationLetter(in).html();
    }
    // The logo is given before the text that names it.
    Letterhead(m_provider).addResources(m_preview->document());
    m_preview->setHtml(html);
    // What Save would say, as it is typed: quietly, until Save is pressed.
    const QStringList problems = LetterPlaceholders::problems(letter);
    if (problems.isEmpty())
        m_problem->clearMessage();
    else
        m_problem->showWarning(problems.join(QLatin1Char(' ')));
}

QString LetterTemplatesDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString LetterTemplatesDialog::shownProblem() const
{
    return m_problem->isShowing() ? m_problem->fullText() : QString();
}

void LetterTemplatesDialog::accept()
{
    if (!m_usable)
        return;
    keepTyped();
    // Each kind that was changed, the shown one's problems first.
    for (LetterKind kind : allLetterKinds()) {
        if (m_typed.value(kind) == m_loaded.value(kind))
            continue;
        const StoreError error =
            SettingsRepository(m_context->database()).setLetterTemplate(m_typed.value(kind));
        if (error.ok()) {
            m_loaded[kind] = m_typed.value(kind);
            continue;
        }
        if (kind != shownKind())
            showKind(kind);
        if (ChangedElsewhere::offer(this, tr("Could not save the letter template"), error,
                                    [this] { load(); }))
            return;
        m_problem->showError(tr("%1: %2").arg(letterKindTitle(kind), error.message()));
        FieldMessage::makeRoomFor(this);
        return;
    }
    QDialog::accept();
}

void LetterTemplatesDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
