#include "cases/CaseCorrectionDialog.h"

#include "cases/ReferralChoices.h"
#include "common/DateLineEdit.h"
#include "common/FormRows.h"
#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "domain/Referral.h"
#include "domain/Route.h"
#include "rules/DeadlineCalculator.h"
#include "shell/MessagePresenter.h"
#include "store/cases/CaseCorrectionRepository.h"
#include "store/settings/CouncilRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

using FormRows::trimmed;

CaseCorrectionDialog::CaseCorrectionDialog(WorkContext* context, const CaseDetails& details,
                                           const QList<Certificate>& certificates, QWidget* parent)
    : QDialog(parent), m_context(context), m_details(details), m_certificates(certificates),
      m_changes(new QTableWidget(0, 3, this)), m_reason(new QLineEdit(this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Correct %1").arg(details.reference));
    setAccessibleName(tr("Correct the facts taken at intake"));
    if (m_context->isOpen()) {
        if (StoreError error = CouncilRepository(m_context->database()).list(&m_councils))
            m_storeRefusal = error.message();
    }

    auto* intro =
        new QLabel(tr("Put right what was taken down wrongly at intake. Every change is kept on the "
                      "timeline and in the audit trail with its old and new value, and the deadlines "
                      "are worked out again. Certificates already issued are not changed."),
                   this);
    intro->setWordWrap(true);

    auto* content = new QWidget;
    auto* columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(FormRows::group(tr("People"), [this](QFormLayout* form) { addPeopleRows(form); }), 1,
                       Qt::AlignTop);
    columns->addWidget(
        FormRows::group(tr("Council, route and enquiry"), [this](QFormLayout* form) { addCaseRows(form); }),
        1, Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to its fields, which it scrolls into view

    m_changes->setObjectName(QStringLiteral("correctionChanges"));
    ItemViews::label(m_changes, tr("What changes: each fact with its old and new value"),
                     tr("One row a fact that the correction changes"));
    m_changes->setHorizontalHeaderLabels({tr("Fact"), tr("Was"), tr("Becomes")});
    m_changes->verticalHeader()->hide();
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    m_changes->setFocusPolicy(Qt::NoFocus);
    m_changes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_changes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_changes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_changes->setFixedHeight(m_changes->fontMetrics().height() * 8);

    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setAccessibleName(tr("Why the case is corrected"));
    m_reason->setPlaceholderText(tr("For example: the date of birth was misheard on the phone"));
    auto* reasonRow = new QFormLayout;
    auto* reasonLabel = new QLabel(tr("&Why:"), this);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addRow(reasonLabel, m_reason);

    // The space for what stops saving is kept, so that the fields never move.
    m_problems->setObjectName(QStringLiteral("correctionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setAccessibleName(tr("What stops the correction being saved"));
    m_problems->setMinimumHeight(m_problems->fontMetrics().lineSpacing() * 3);
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save correction"));
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the correction"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseCorrectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseCorrectionDialog::reject);

    auto* changesLabel = new QLabel(tr("<b>What changes</b>"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(changesLabel);
    layout->addWidget(m_changes);
    layout->addLayout(reasonRow);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_problems, 1);
    bottom->addWidget(m_buttons, 0, Qt::AlignBottom);
    layout->addLayout(bottom);

    fill();
    connect(m_reason, &QLineEdit::textEdited, this, [this] {
        m_reasonTouched = true;
        refresh();
    });
    refresh();
    resize(1000, 700);
    m_child.given->setFocus();
}

QLineEdit* CaseCorrectionDialog::addLine(QFormLayout* form, const QString& label, const QString& name,
                                         const QString& accessible)
{
    return watched(FormRows::addLine(form, label, name, accessible));
}

DateLineEdit* CaseCorrectionDialog::addDate(QFormLayout* form, const QString& label, const QString& name,
                                            const QString& accessible)
{
    return watched(FormRows::addDate(form, label, name, accessible));
}

template <class Edit> Edit* CaseCorrectionDialog::watched(Edit* edit)
{
    connect(edit, &QLineEdit::textEdited, this, &CaseCorrectionDialog::refresh);
    return edit;
}

void CaseCorrectionDialog::addPeopleRows(QFormLayout* form)
{
    m_child =
        addPerson(form, QStringLiteral("child"),
                  {tr("Child's &first name:"), tr("Child's &last name:"), tr("Child's date of &birth:")},
                  {tr("Child or young person's first name"), tr("Child or young person's last name"),
                   tr("Child or young person's date of birth")});
    m_parent =
        addPerson(form, QStringLiteral("parent"),
                  {tr("Parent's first na&me:"), tr("Parent's last n&ame:"), tr("Parent's date of bir&th:")},
                  {tr("Parent or carer's first name"), tr("Parent or carer's last name"),
                   tr("Parent or carer's date of birth")});
    m_choices.referrerKind = ReferralChoices::referrerKind(tr("Who referred"));
    form->addRow(tr("Who &referred:"), m_choices.referrerKind);
    connect(m_choices.referrerKind, &QComboBox::currentIndexChanged, this, &CaseCorrectionDialog::refresh);

    QFormLayout* professional = ReferralChoices::partForm(&m_choices.professionalPart);
    m_professionalName = addLine(professional, tr("Professional's name:"), QStringLiteral("professionalName"),
                                 tr("Referring professional's name"));
    m_professionalOrganisation =
        addLine(professional, tr("Organisation:"), QStringLiteral("professionalOrganisation"),
                tr("Referring professional's organisation"));
    m_permissionDate = addDate(professional, tr("Parent's permission on:"), QStringLiteral("permissionDate"),
                               tr("Date the parent gave permission"));
    form->addRow(m_choices.professionalPart);
}

CaseCorrectionDialog::PersonRows CaseCorrectionDialog::addPerson(QFormLayout* form, const QString& who,
                                                                 const QStringList& labels,
                                                                 const QStringList& accessible)
{
    PersonRows rows;
    rows.given = addLine(form, labels.at(0), who + QStringLiteral("GivenName"), accessible.at(0));
    rows.family = addLine(form, labels.at(1), who + QStringLiteral("FamilyName"), accessible.at(1));
    rows.birth = addDate(form, labels.at(2), who + QStringLiteral("DateOfBirth"), accessible.at(2));
    return rows;
}

void CaseCorrectionDialog::PersonRows::show(const PersonDetails& person) const
{
    given->setText(person.givenName);
    family->setText(person.familyName);
    birth->setDate(person.dateOfBirth);
}

void CaseCorrectionDialog::PersonRows::readInto(PersonDetails* person) const
{
    person->givenName = trimmed(given);
    person->familyName = trimmed(family);
    person->dateOfBirth = birth->date();
}

void CaseCorrectionDialog::addCaseRows(QFormLayout* form)
{
    m_council = new QComboBox;
    m_council->setObjectName(QStringLiteral("council"));
    m_council->setAccessibleName(tr("Council"));
    for (const Council& council : m_councils)
        m_council->addItem(council.name, council.id);
    form->addRow(tr("&Council:"), m_council);
    connect(m_council, &QComboBox::currentIndexChanged, this, &CaseCorrectionDialog::refresh);

    const ReferralChoices::RouteButtons routes = ReferralChoices::route(form->parentWidget());
    m_choices.mediation = routes.mediation;
    m_choices.disagreement = routes.disagreement;
    form->addRow(tr("Route:"), routes.row);
    connect(m_choices.mediation, &QRadioButton::toggled, this, &CaseCorrectionDialog::refresh);

    QFormLayout* mediation = ReferralChoices::partForm(&m_choices.mediationPart);
    m_choices.decisionType = ReferralChoices::decisionType();
    mediation->addRow(tr("&Decision:"), m_choices.decisionType);
    connect(m_choices.decisionType, &QComboBox::currentIndexChanged, this, &CaseCorrectionDialog::refresh);
    m_decisionNoticeDate =
        addDate(mediation, tr("Decision &notice sent:"), QStringLiteral("decisionNoticeDate"),
                tr("Date the decision notice was sent"));
    m_choices.sectionsPart =
        ReferralChoices::planSections(4, ReferralChoices::SectionLabel::Letter, &m_choices.sections);
    for (QCheckBox* check : std::as_const(m_choices.sections))
        connect(check, &QCheckBox::toggled, this, &CaseCorrectionDialog::refresh);
    mediation->addRow(m_choices.sectionsPart);
    form->addRow(m_choices.mediationPart);

    QFormLayout* disagreement = ReferralChoices::partForm(&m_choices.disagreementPart);
    m_subject = addLine(disagreement, tr("Ab&out:"), QStringLiteral("disagreementSubject"),
                        tr("What the disagreement is about"));
    m_otherParties = addLine(disagreement, tr("Other &parties:"), QStringLiteral("otherParties"),
                             tr("The other parties to the disagreement"));
    form->addRow(m_choices.disagreementPart);

    m_enquiryDate =
        addDate(form, tr("Date of en&quiry:"), QStringLiteral("enquiryDate"), tr("Date of enquiry"));
    m_choices.channel = ReferralChoices::enquiryChannel();
    form->addRow(tr("Came in b&y:"), m_choices.channel);
    connect(m_choices.channel, &QComboBox::currentIndexChanged, this, &CaseCorrectionDialog::refresh);
}

void CaseCorrectionDialog::fill()
{
    const Referral& r = m_details.referral;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_choices.referrerKind), QSignalBlocker(m_council),
                                       QSignalBlocker(m_choices.mediation),
                                       QSignalBlocker(m_choices.decisionType),
                                       QSignalBlocker(m_choices.channel)};
    m_child.show(r.child);
    m_parent.show(r.parent);
    m_choices.referrerKind->setCurrentIndex(
        std::max(0, m_choices.referrerKind->findData(static_cast<int>(r.referrerKind))));
    m_professionalName->setText(r.professionalName);
    m_professionalOrganisation->setText(r.professionalOrganisation);
    m_permissionDate->setDate(r.parentPermissionDate);
    if (m_council->findData(r.councilId) < 0)
        m_council->addItem(m_details.council.name, r.councilId);
    m_council->setCurrentIndex(m_council->findData(r.councilId));
    m_choices.mediation->setChecked(r.route == Route::Mediation);
    m_choices.disagreement->setChecked(r.route == Route::DisagreementResolution);
    m_choices.decisionType->setCurrentIndex(
        r.decisionType ? std::max(0, m_choices.decisionType->findData(static_cast<int>(*r.decisionType)))
                       : 0);
    m_decisionNoticeDate->setDate(r.decisionNoticeDate);
    for (auto it = m_choices.sections.cbegin(); it != m_choices.sections.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(r.sections.contains(it.key()));
    }
    m_subject->setText(r.disagreementSubject);
    m_otherParties->setText(r.otherParties);
    m_enquiryDate->setDate(r.enquiryDate);
    m_choices.channel->setCurrentIndex(
        std::max(0, m_choices.channel->findData(static_cast<int>(r.enquiryChannel))));
}

Referral CaseCorrectionDialog::corrected() const
{
    Referral r = m_details.referral;
    m_child.readInto(&r.child);
    m_parent.readInto(&r.parent);
    r.referrerKind = m_choices.referrer();
    r.professionalName = trimmed(m_professionalName);
    r.professionalOrganisation = trimmed(m_professionalOrganisation);
    r.parentPermissionDate = m_permissionDate->date();
    r.councilId = m_council->currentData().toLongLong();
    r.route = m_choices.route();
    r.decisionType = m_choices.decision();
    r.decisionNoticeDate = m_decisionNoticeDate->date();
    r.sections = m_choices.checkedSections();
    r.disagreementSubject = trimmed(m_subject);
    r.otherParties = trimmed(m_otherParties);
    r.enquiryDate = m_enquiryDate->date();
    r.enquiryChannel = m_choices.enquiryChannel();
    return CaseCorrectionRules::apply(m_details.referral, r);
}

QString CaseCorrectionDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString CaseCorrectionDialog::councilName(qint64 id) const
{
    const int index = m_council->findData(id);
    return index >= 0 ? m_council->itemText(index) : QString();
}

QList<CaseCorrectionRules::FieldChange> CaseCorrectionDialog::changes() const
{
    const Referral after = corrected();
    return CaseCorrectionRules::changes(m_details.referral, after, m_details.council.name,
                                        councilName(after.councilId));
}

QString CaseCorrectionDialog::problemText() const
{
    return m_problems->text();
}

void CaseCorrectionDialog::refresh()
{
    m_choices.showPartsForChoices();

    const QList<CaseCorrectionRules::FieldChange> list = changes();
    m_changes->setRowCount(list.size());
    for (int row = 0; row < list.size(); ++row) {
        const CaseCorrectionRules::FieldChange& change = list.at(row);
        m_changes->setItem(row, 0, new QTableWidgetItem(change.label));
        m_changes->setItem(row, 1, new QTableWidgetItem(change.before));
        m_changes->setItem(row, 2, new QTableWidgetItem(change.after));
    }

    // A date that is not a real date says so, rather than "give the date".
    QStringList problems;
    for (const DateLineEdit* date :
         {m_child.birth, m_parent.birth, m_permissionDate, m_decisionNoticeDate, m_enquiryDate}) {
        if (date->isVisibleTo(this) && !date->isAcceptable())
            problems << tr("%1: %2").arg(date->accessibleName(), date->errorText());
    }
    // Until a fact is changed there is nothing to judge (and Save is off); the
    // missing reason is not news until one is typed or Save is pressed.
    if (!list.isEmpty()) {
        const DeadlineCalculator calculator(m_context->calendar());
        QStringList refusals = CaseCorrectionRules::refusals(m_details, corrected(), reason(), m_certificates,
                                                             calculator, m_context->today());
        if (reason().isEmpty() && !m_reasonTouched && !refusals.isEmpty())
            refusals.removeFirst(); // the rules put "say why" first
        problems << refusals;
    }
    if (!m_storeRefusal.isEmpty())
        problems << m_storeRefusal;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!list.isEmpty());
}

void CaseCorrectionDialog::accept()
{
    m_reasonTouched = true;
    m_storeRefusal.clear();
    refresh();
    const DeadlineCalculator calculator(m_context->calendar());
    const QStringList refusals = CaseCorrectionRules::refusals(
        m_details, corrected(), reason(), m_certificates, calculator, m_context->today());
    if (!refusals.isEmpty() || !m_problems->text().isEmpty()) {
        if (reason().isEmpty())
            m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_context->isOpen()) {
        MessagePresenter::instance().showError(this, tr("The case was not corrected"),
                                               tr("No database is open: use File > Open Database."));
        return;
    }
    CaseCorrectionRepository repository(m_context->database(), m_context->calendar());
    if (StoreError error = repository.correct(m_details, corrected(), reason(), m_context->today(),
                                              m_context->currentUserId())) {
        // Shown here, with everything typed still in place.
        m_storeRefusal = error.message();
        refresh();
        return;
    }
    QDialog::accept();
}
