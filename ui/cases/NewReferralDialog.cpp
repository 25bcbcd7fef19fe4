#include "cases/NewReferralDialog.h"

#include "cases/DuplicateReferralDialog.h"
#include "cases/ReferralChoices.h"
#include "common/DateLineEdit.h"
#include "common/DiscardGuard.h"
#include "common/FieldMessage.h"
#include "common/FormRows.h"
#include "common/WorkContext.h"
#include "domain/DecisionType.h"
#include "domain/Referral.h"
#include "domain/Route.h"
#include "rules/Appealability.h"
#include "rules/DeadlineCalculator.h"
#include "rules/ReferralFields.h"
#include "shell/MessagePresenter.h"
#include "store/access/UserRepository.h"
#include "store/cases/CaseRepository.h"
#include "store/cases/DuplicateReferralQuery.h"
#include "store/settings/CouncilRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
using FormRows::trimmed;
} // namespace

NewReferralDialog::NewReferralDialog(WorkContext* context, QWidget* parent)
    : QDialog(parent), m_context(context), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Referral"));
    setAccessibleName(tr("New referral"));

    auto* content = new QWidget;
    auto* columns = new QHBoxLayout(content);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    left->addWidget(
        FormRows::group(tr("Who referred"), [this](QFormLayout* form) { addReferrerRows(form); }));
    left->addWidget(
        FormRows::group(tr("Child or young person"), [this](QFormLayout* form) { addChildRows(form); }));
    left->addWidget(
        FormRows::group(tr("Parent or carer"), [this](QFormLayout* form) { addParentRows(form); }));
    left->addStretch();
    right->addWidget(
        FormRows::group(tr("Council and route"), [this](QFormLayout* form) { addRouteRows(form); }));
    right->addWidget(
        FormRows::group(tr("Enquiry and needs"), [this](QFormLayout* form) { addEnquiryRows(form); }));
    right->addStretch();
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Referral form"));
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to its fields, which it scrolls into view

    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("What to fix before saving"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save referral"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save referral"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewReferralDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewReferralDialog::reject);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    // Choices from the database.
    QList<Council> councils;
    QList<User> users;
    if (m_context->isOpen()) {
        if (StoreError error = CouncilRepository(m_context->database()).list(&councils))
            MessagePresenter::instance().showError(this, tr("Could not load the councils"), error.message());
        MessagePresenter::instance().showIfFailed(this, tr("Could not load the people"),
                                                  UserRepository(m_context->database()).list(&users));
    }
    for (const Council& council : councils)
        m_council->addItem(council.name, council.id);
    if (councils.size() == 1)
        m_council->setCurrentIndex(1);
    else if (councils.isEmpty())
        m_council->setItemText(0, tr("No council yet: add one with Settings > Councils"));
    for (const User& user : users)
        m_caseworker->addItem(user.displayName, user.id);
    if (const auto me = m_context->currentUserId())
        m_caseworker->setCurrentIndex(std::max(0, m_caseworker->findData(*me)));
    m_enquiryDate->setDate(m_context->today());

    updateVisibility();
    validate();
    // As tall as the form needs, within the screen; the form scrolls beyond that.
    const int wanted = content->sizeHint().height() + m_buttons->sizeHint().height() + 60;
    const int room = screen() ? screen()->availableGeometry().height() - 40 : 700;
    resize(1000, std::min({std::max(wanted, 480), room, 700}));
    m_childGiven->setFocus();
    DiscardGuard::watch(this);
}

QLineEdit* NewReferralDialog::addLine(QFormLayout* form, const QString& label, const QString& key,
                                      const QString& accessible)
{
    return watched(FormRows::addLine(form, label, key, accessible), key);
}

DateLineEdit* NewReferralDialog::addDate(QFormLayout* form, const QString& label, const QString& key,
                                         const QString& accessible)
{
    DateLineEdit* edit = watched(FormRows::addDate(form, label, key, accessible), key);
    addMessage(form, key);
    return edit;
}

template <class Edit> Edit* NewReferralDialog::watched(Edit* edit, const QString& key)
{
    connect(edit, &QLineEdit::textEdited, this, [this, key] {
        m_touched.insert(key);
        validate();
    });
    m_fields.insert(key, edit);
    return edit;
}

FieldMessage* NewReferralDialog::addMessage(QFormLayout* form, const QString& key)
{
    FieldMessage* message = FormRows::addMessage(form, key + QStringLiteral("Message"));
    // Most of the validator's messages take two lines at this width.
    message->reserveLines(2);
    m_messages.insert(key, message);
    return message;
}

void NewReferralDialog::addReferrerRows(QFormLayout* form)
{
    m_choices.referrerKind = ReferralChoices::referrerKind(tr("Referrer"));
    form->addRow(tr("&Referrer:"), m_choices.referrerKind);
    connect(m_choices.referrerKind, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        validate();
    });

    QFormLayout* professional = ReferralChoices::partForm(&m_choices.professionalPart);
    m_professionalName = addLine(professional, tr("Professional's &name:"), ReferralFields::professionalName,
                                 tr("Referring professional's name"));
    addMessage(professional, ReferralFields::professionalName);
    m_professionalOrganisation =
        addLine(professional, tr("Organisation:"), ReferralFields::professionalOrganisation,
                tr("Referring professional's organisation"));
    m_permissionDate = addDate(professional, tr("Parent's permission on:"),
                               ReferralFields::parentPermissionDate, tr("Date the parent gave permission"));
    form->addRow(m_choices.professionalPart);
}

void NewReferralDialog::addChildRows(QFormLayout* form)
{
    m_childGiven = addLine(form, tr("&First name:"), QStringLiteral("childGivenName"),
                           tr("Child or young person's first name"));
    m_childFamily = addLine(form, tr("&Last name:"), QStringLiteral("childFamilyName"),
                            tr("Child or young person's last name"));
    // Both name fields answer to the validator's one key.
    for (QLineEdit* edit : {m_childGiven, m_childFamily})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!trimmed(m_childGiven).isEmpty() && !trimmed(m_childFamily).isEmpty())
                m_touched.insert(ReferralFields::childName);
        });
    connect(m_childFamily, &QLineEdit::editingFinished, this, [this] {
        m_touched.insert(ReferralFields::childName);
        validate();
    });
    addMessage(form, ReferralFields::childName);
    m_fields.insert(ReferralFields::childName, m_childGiven);
    m_childBirth = addDate(form, tr("Date of &birth:"), ReferralFields::childDateOfBirth,
                           tr("Child or young person's date of birth"));
    m_school = addLine(form, tr("School or se&tting:"), QStringLiteral("school"), tr("School or setting"));
}

void NewReferralDialog::addParentRows(QFormLayout* form)
{
    m_parentNote = new QLabel(tr("Optional when a young person refers themselves."));
    m_parentNote->setWordWrap(true);
    form->addRow(m_parentNote);
    m_parentGiven = addLine(form, tr("First na&me:"), QStringLiteral("parentGivenName"),
                            tr("Parent or carer's first name"));
    m_parentFamily = addLine(form, tr("Last n&ame:"), QStringLiteral("parentFamilyName"),
                             tr("Parent or carer's last name"));
    connect(m_parentFamily, &QLineEdit::editingFinished, this, [this] {
        m_touched.insert(ReferralFields::parentName);
        validate();
    });
    addMessage(form, ReferralFields::parentName);
    m_fields.insert(ReferralFields::parentName, m_parentGiven);
    m_parentPhone = addLine(form, tr("&Phone:"), ReferralFields::parentPhone, tr("Parent or carer's phone"));
    addMessage(form, ReferralFields::parentPhone);
    m_parentEmail = addLine(form, tr("&Email:"), ReferralFields::parentEmail, tr("Parent or carer's email"));
    addMessage(form, ReferralFields::parentEmail);
    m_parentAddress =
        addLine(form, tr("Address:"), QStringLiteral("parentAddress"), tr("Parent or carer's address"));
    m_parentPostcode =
        addLine(form, tr("Postcode:"), QStringLiteral("parentPostcode"), tr("Parent or carer's postcode"));
}

void NewReferralDialog::addRouteRows(QFormLayout* form)
{
    m_council = new QComboBox;
    m_council->setAccessibleName(tr("Council"));
    m_council->setObjectName(ReferralFields::councilId);
    m_council->addItem(tr("Choose the council..."));
    form->addRow(tr("&Council:"), m_council);
    addMessage(form, ReferralFields::councilId);
    m_fields.insert(ReferralFields::councilId, m_council);
    connect(m_council, &QComboBox::activated, this, [this] {
        m_touched.insert(ReferralFields::councilId);
        validate();
    });

    const ReferralChoices::RouteButtons routes = ReferralChoices::route(form->parentWidget());
    m_choices.mediation = routes.mediation;
    m_choices.disagreement = routes.disagreement;
    m_choices.mediation->setChecked(true);
    form->addRow(tr("Route:"), routes.row);
    connect(m_choices.mediation, &QRadioButton::toggled, this, [this] {
        updateVisibility();
        validate();
    });

    QFormLayout* mediation = ReferralChoices::partForm(&m_choices.mediationPart);
    m_choices.decisionType = ReferralChoices::decisionType();
    m_choices.decisionType->setObjectName(ReferralFields::decisionType);
    mediation->addRow(tr("&Decision:"), m_choices.decisionType);
    addMessage(mediation, ReferralFields::decisionType);
    m_fields.insert(ReferralFields::decisionType, m_choices.decisionType);
    connect(m_choices.decisionType, &QComboBox::currentIndexChanged, this, [this] {
        m_touched.insert(ReferralFields::decisionType);
        updateVisibility();
        validate();
    });
    m_decisionNoticeDate = addDate(mediation, tr("Decision notice sent:"), ReferralFields::decisionNoticeDate,
                                   tr("Date the decision notice was sent"));

    m_choices.sectionsPart =
        ReferralChoices::planSections(2, ReferralChoices::SectionLabel::Title, &m_choices.sections);
    for (QCheckBox* check : std::as_const(m_choices.sections))
        connect(check, &QCheckBox::toggled, this, [this] {
            m_touched.insert(ReferralFields::sections);
            validate();
        });
    mediation->addRow(m_choices.sectionsPart);
    addMessage(mediation, ReferralFields::sections);
    // Rules reference section 2: what the family could appeal, and what can only be mediated.
    m_appealability = new QLabel;
    m_appealability->setObjectName(QStringLiteral("appealability"));
    m_appealability->setAccessibleName(tr("What the family could appeal"));
    m_appealability->setWordWrap(true);
    m_appealability->setTextFormat(Qt::PlainText);
    mediation->addRow(m_appealability);
    form->addRow(m_choices.mediationPart);

    QFormLayout* disagreement = ReferralChoices::partForm(&m_choices.disagreementPart);
    m_subject = addLine(disagreement, tr("Abo&ut:"), ReferralFields::disagreementSubject,
                        tr("What the disagreement is about"));
    addMessage(disagreement, ReferralFields::disagreementSubject);
    m_otherParties = addLine(disagreement, tr("&Other parties:"), ReferralFields::otherParties,
                             tr("The other parties to the disagreement"));
    form->addRow(m_choices.disagreementPart);
}

void NewReferralDialog::addEnquiryRows(QFormLayout* form)
{
    m_enquiryDate =
        addDate(form, tr("Date of en&quiry:"), ReferralFields::enquiryDate, tr("Date of enquiry"));
    m_choices.channel = ReferralChoices::enquiryChannel();
    form->addRow(tr("Came in b&y:"), m_choices.channel);
    m_caseworker = new QComboBox;
    m_caseworker->setAccessibleName(tr("Caseworker"));
    m_caseworker->addItem(tr("Not assigned yet"));
    form->addRow(tr("Case&worker:"), m_caseworker);
    m_adjustments = new QPlainTextEdit;
    m_adjustments->setAccessibleName(tr("Reasonable adjustments"));
    m_adjustments->setTabChangesFocus(true);
    m_adjustments->setFixedHeight(m_adjustments->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Reasonable ad&justments:"), m_adjustments);
    m_interpreter = addLine(form, tr("&Interpreter language:"), QStringLiteral("interpreter"),
                            tr("Interpreter language"));
    m_interpreter->setPlaceholderText(tr("Leave empty when none is needed"));
}

void NewReferralDialog::updateVisibility()
{
    m_choices.showPartsForChoices();
    m_parentNote->setVisible(m_choices.referrer() == ReferrerKind::YoungPerson);
}

Referral NewReferralDialog::referral() const
{
    Referral r;
    r.referrerKind = m_choices.referrer();
    r.child.givenName = trimmed(m_childGiven);
    r.child.familyName = trimmed(m_childFamily);
    r.child.dateOfBirth = m_childBirth->date();
    r.schoolName = trimmed(m_school);
    r.parent.givenName = trimmed(m_parentGiven);
    r.parent.familyName = trimmed(m_parentFamily);
    r.parent.phone = trimmed(m_parentPhone);
    r.parent.email = trimmed(m_parentEmail);
    r.parent.address = trimmed(m_parentAddress);
    r.parent.postcode = trimmed(m_parentPostcode);
    if (r.referrerKind == ReferrerKind::Professional) {
        r.professionalName = trimmed(m_professionalName);
        r.professionalOrganisation = trimmed(m_professionalOrganisation);
        r.parentPermissionDate = m_permissionDate->date();
    }
    r.councilId = m_council->currentData().isValid() ? m_council->currentData().toLongLong() : 0;
    r.route = m_choices.route();
    if (r.route == Route::Mediation) {
        r.decisionType = m_choices.decision();
        r.decisionNoticeDate = m_decisionNoticeDate->date();
        if (r.decisionType == DecisionType::PlanContent)
            r.sections = m_choices.checkedSections();
    } else {
        r.disagreementSubject = trimmed(m_subject);
        r.otherParties = trimmed(m_otherParties);
    }
    r.enquiryDate = m_enquiryDate->date();
    r.enquiryChannel = m_choices.enquiryChannel();
    r.reasonableAdjustments = m_adjustments->toPlainText().trimmed();
    r.interpreterLanguage = trimmed(m_interpreter);
    if (m_caseworker->currentData().isValid())
        r.caseworkerId = m_caseworker->currentData().toLongLong();
    return r;
}

QList<ValidationProblem> NewReferralDialog::problems() const
{
    const DeadlineCalculator calculator(m_context->calendar());
    QList<ValidationProblem> found = ReferralValidator(calculator).check(referral(), m_context->today());
    // A date that is not a real date says so, rather than "give the date".
    const QList<QPair<QString, const DateLineEdit*>> dates = {
        {ReferralFields::enquiryDate, m_enquiryDate},
        {ReferralFields::childDateOfBirth, m_childBirth},
        {ReferralFields::parentPermissionDate, m_permissionDate},
        {ReferralFields::decisionNoticeDate, m_decisionNoticeDate}};
    for (const auto& [key, edit] : dates) {
        if (edit->isAcceptable() || !edit->isVisibleTo(this))
            continue;
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&key](const ValidationProblem& p) { return p.field == key; }),
                    found.end());
        found.prepend({key, edit->errorText()});
    }
    return found;
}

void NewReferralDialog::validate()
{
    if (m_appealability) {
        const Referral r = referral();
        CaseFacts disputed;
        disputed.decisionType = r.decisionType;
        disputed.sections = r.sections;
        m_appealability->setText(Appealability::summary(disputed));
    }
    for (FieldMessage* message : std::as_const(m_messages))
        message->clearMessage();
    int errors = 0;
    int hidden = 0;
    for (const ValidationProblem& problem : problems()) {
        const bool error = problem.severity == ValidationProblem::Severity::Error;
        errors += error ? 1 : 0;
        FieldMessage* message = m_messages.value(problem.field);
        const bool show = m_triedToSave || !error || m_touched.contains(problem.field);
        if (!message || !show) {
            hidden += error ? 1 : 0;
            continue;
        }
        if (message->isVisibleTo(this) && message->isError())
            continue; // one message per field: the first
        if (error)
            message->showError(problem.message);
        else if (!message->isError())
            message->showWarning(problem.message);
    }
    if (errors == 0)
        m_summary->setText(tr("Ready to save."));
    else if (m_triedToSave)
        m_summary->setText(
            tr("%n thing(s) to fix before saving, shown next to the fields.", nullptr, errors));
    else
        m_summary->setText(QString());
}

QStringList NewReferralDialog::shownMessages() const
{
    QStringList shown;
    for (const FieldMessage* message : m_messages) {
        if (message->isVisibleTo(this) && !message->text().isEmpty())
            shown << message->fullText();
    }
    if (!m_summary->text().isEmpty())
        shown << m_summary->text();
    return shown;
}

void NewReferralDialog::accept()
{
    m_triedToSave = true;
    validate();
    const QList<ValidationProblem> found = problems();
    if (ReferralValidator::hasErrors(found)) {
        for (const ValidationProblem& problem : found) {
            QWidget* field = m_fields.value(problem.field);
            if (problem.severity == ValidationProblem::Severity::Error && field && field->isVisibleTo(this)) {
                field->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    if (!m_context->isOpen()) {
        MessagePresenter::instance().showError(this, tr("Could not save the referral"),
                                               tr("No database is open: use File > Open Database."));
        return;
    }
    if (askAboutDuplicates())
        return;
    CaseRepository repository(m_context->database(), m_context->calendar());
    const StoreError error = repository.createReferral(referral(), m_context->today(),
                                                       m_context->currentUserId(), &m_caseId, &m_reference);
    if (error) {
        m_caseId = 0;
        MessagePresenter::instance().showError(this, tr("Could not save the referral"), error.message());
        return;
    }
    QDialog::accept();
}

bool NewReferralDialog::askAboutDuplicates()
{
    QList<DuplicateCase> found;
    if (StoreError error = DuplicateReferralQuery(m_context->database()).find(referral(), &found)) {
        // Not being able to look is no reason to lose the referral: say so and save.
        MessagePresenter::instance().showWarning(this, tr("Could not look for the same referral"),
                                                 error.message());
        return false;
    }
    QList<DuplicateCase> unanswered;
    for (const DuplicateCase& duplicate : found) {
        if (!m_notDuplicates.contains(duplicate.caseId))
            unanswered << duplicate;
    }
    if (unanswered.isEmpty())
        return false;
    auto* prompt = new DuplicateReferralDialog(found, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    m_duplicatePrompt = prompt;
    connect(prompt, &QDialog::finished, this, [this, prompt, found](int result) {
        m_duplicatePrompt = nullptr;
        if (result == DuplicateReferralDialog::NewDisagreement) {
            for (const DuplicateCase& duplicate : found)
                m_notDuplicates.insert(duplicate.caseId);
            accept();
        } else if (result == DuplicateReferralDialog::OpenExisting) {
            const qint64 id = prompt->chosenCaseId();
            emit openExistingCase(id);
            // Not reject(): nothing typed is being thrown away by mistake here.
            done(QDialog::Rejected);
        }
    });
    prompt->open();
    return true;
}

void NewReferralDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}
