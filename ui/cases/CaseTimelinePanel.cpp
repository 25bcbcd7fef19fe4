#include "cases/CaseTimelinePanel.h"

#include "cases/LogActivityDialog.h"
#include "common/ItemViews.h"
#include "common/WorkContext.h"
#include "itemmodels/ActivityModel.h"
#include "shell/MessagePresenter.h"
#include "store/cases/ActivityRepository.h"
#include "store/cases/CaseRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

CaseTimelinePanel::CaseTimelinePanel(WorkContext* context, QWidget* parent)
    : QWidget(parent), m_context(context), m_model(new ActivityModel(this)),
      m_view(
          new QTableView) // parented by the layout, after the buttons above it: Tab reaches it last, as read
{
    auto* title = new QLabel(tr("<b>Notes and activity</b>"), this);
    m_view->setModel(m_model);
    ItemViews::label(m_view, tr("Timeline"), tr("One row an event of the case, newest first"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(ActivityModel::WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityModel::KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityModel::SummaryColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActivityModel::AuthorColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityModel::ConfidentialColumn, QHeaderView::ResizeToContents);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(title);
    buttons->addStretch();
    const QList<QPair<ActivityKind, QString>> kinds = {{ActivityKind::Call, tr("Log a ca&ll")},
                                                       {ActivityKind::Email, tr("Log an &email")},
                                                       {ActivityKind::Letter, tr("Log a lette&r")},
                                                       {ActivityKind::Note, tr("Add a &note")}};
    for (const auto& [kind, text] : kinds) {
        auto* button = new QPushButton(text, this);
        m_context->gate(button, Action::EditCases);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        connect(button, &QPushButton::clicked, this, [this, kind] { beginLog(kind); });
        buttons->addWidget(button);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
}

void CaseTimelinePanel::setCase(qint64 caseId)
{
    m_caseId = caseId;
    reload();
}

void CaseTimelinePanel::reload()
{
    QList<Activity> activities;
    if (m_context->isOpen() && m_caseId) {
        if (StoreError error = ActivityRepository(m_context->database()).listTimeline(m_caseId, &activities))
            MessagePresenter::instance().showError(this, tr("Could not load the timeline"), error.message());
    }
    m_model->setActivities(activities);
}

LogActivityDialog* CaseTimelinePanel::beginLog(ActivityKind kind, bool informationGiven)
{
    auto* dialog = new LogActivityDialog(kind, m_context->today(), this, m_offerInformationGiven);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInformationGiven(informationGiven && m_offerInformationGiven);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { save(dialog->activity(), dialog->informationGiven()); });
    dialog->open();
    return dialog;
}

void CaseTimelinePanel::save(const Activity& filledIn, bool informationGiven)
{
    Activity activity = filledIn;
    activity.caseId = m_caseId;
    activity.authorId = m_context->currentUserId();
    // The information given moves the case on with the entry, in one transaction.
    const StoreError error = informationGiven ? CaseRepository(m_context->database(), m_context->calendar())
                                                    .recordInformationGiven(&activity, m_context->today())
                                              : ActivityRepository(m_context->database()).add(&activity);
    if (error) {
        MessagePresenter::instance().showError(this, tr("Could not save the entry"), error.message());
        return;
    }
    reload();
    emit activityAdded();
    if (informationGiven)
        emit caseMoved();
}
