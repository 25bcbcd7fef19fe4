#include "cases/CaseFilterBar.h"

#include "common/TabChain.h"
#include "common/UserSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>

namespace {
const QString kGroup = QStringLiteral("cases/filter");
constexpr int kSearchSettleMs = 250;

QComboBox* makeCombo(const QString& accessibleName, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumContentsLength(10);
    // As wide as the longest choice where there is room; narrower, the
    // choice cut short, on a small screen or at 200% (a council's long name).
    combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 14);
    return combo;
}

void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

template <typename T> std::optional<T> comboValue(const QComboBox* combo)
{
    const QVariant value = combo->currentData();
    if (!value.isValid())
        return std::nullopt;
    return static_cast<T>(value.toLongLong());
}
} // namespace

CaseFilterBar::CaseFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_council(makeCombo(tr("Council"), this)),
      m_route(makeCombo(tr("Route"), this)), m_stage(makeCombo(tr("Stage"), this)),
      m_caseworker(makeCombo(tr("Caseworker"), this)), m_overdue(new QCheckBox(tr("O&verdue"), this)),
      m_dueThisWeek(new QCheckBox(tr("&Due this week"), this)),
      m_includeClosed(new QCheckBox(tr("Include c&losed"), this)), m_searchTimer(new QTimer(this))
{
    m_overdue->setAccessibleName(tr("Only overdue cases"));
    m_dueThisWeek->setAccessibleName(tr("Only cases due this week"));
    m_includeClosed->setAccessibleName(tr("Include closed cases"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setPlaceholderText(tr("Search names, reference or school (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);

    m_council->addItem(tr("All councils"));
    m_route->addItem(tr("Both routes"));
    m_route->addItem(routeTitle(Route::Mediation), static_cast<int>(Route::Mediation));
    m_route->addItem(routeTitle(Route::DisagreementResolution),
                     static_cast<int>(Route::DisagreementResolution));
    m_caseworker->addItem(tr("Every caseworker"));
    fillStages();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [&](const QString& text, QWidget* field, int row, int column) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label, row, column);
        layout->addWidget(field, row, column + 1);
    };
    addLabelled(tr("&Search:"), m_search, 0, 0);
    addLabelled(tr("Co&uncil:"), m_council, 0, 2);
    addLabelled(tr("&Route:"), m_route, 0, 4);
    addLabelled(tr("S&tage:"), m_stage, 1, 2);
    addLabelled(tr("Casewor&ker:"), m_caseworker, 1, 4);
    auto* toggles = new QHBoxLayout;
    toggles->addWidget(m_overdue);
    toggles->addWidget(m_dueThisWeek);
    toggles->addWidget(m_includeClosed);
    toggles->addStretch();
    layout->addLayout(toggles, 1, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    // Tab as the bar is read: the first row, then the second.
    TabChain::set({m_route, m_overdue, m_dueThisWeek, m_includeClosed, m_stage, m_caseworker});

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchSettleMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CaseFilterBar::emitChanged);
    for (QComboBox* combo : {m_council, m_stage, m_caseworker})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::emitChanged);
    connect(m_route, &QComboBox::currentIndexChanged, this, [this] {
        fillStages();
        emitChanged();
    });
    for (QCheckBox* box : {m_overdue, m_dueThisWeek, m_includeClosed})
        connect(box, &QCheckBox::toggled, this, &CaseFilterBar::emitChanged);
}

void CaseFilterBar::fillStages()
{
    const QVariant current = m_stage->currentData();
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    m_stage->addItem(tr("Any stage"));
    QList<CaseStage> stages;
    const std::optional<Route> route = comboValue<Route>(m_route);
    for (Route each : {Route::Mediation, Route::DisagreementResolution}) {
        if (route && *route != each)
            continue;
        for (CaseStage stage : caseStagesOf(each)) {
            if (!stages.contains(stage))
                stages.append(stage);
        }
    }
    for (CaseStage stage : stages)
        m_stage->addItem(caseStageTitle(stage), static_cast<int>(stage));
    selectData(m_stage, current);
}

void CaseFilterBar::setChoices(const QList<Council>& councils, const QList<User>& caseworkers)
{
    m_quiet = true;
    const QVariant council = m_council->currentData();
    const QVariant caseworker = m_caseworker->currentData();
    while (m_council->count() > 1)
        m_council->removeItem(1);
    for (const Council& each : councils)
        m_council->addItem(each.name, each.id);
    while (m_caseworker->count() > 1)
        m_caseworker->removeItem(1);
    for (const User& user : caseworkers)
        m_caseworker->addItem(user.displayName, user.id);
    selectData(m_council, council);
    selectData(m_caseworker, caseworker);
    m_quiet = false;
}

CaseListFilter CaseFilterBar::filter() const
{
    CaseListFilter filter;
    filter.councilId = comboValue<qint64>(m_council);
    filter.route = comboValue<Route>(m_route);
    filter.stage = comboValue<CaseStage>(m_stage);
    filter.caseworkerId = comboValue<qint64>(m_caseworker);
    filter.overdueOnly = m_overdue->isChecked();
    filter.dueThisWeekOnly = m_dueThisWeek->isChecked();
    filter.includeClosed = m_includeClosed->isChecked();
    filter.search = m_search->text().trimmed();
    return filter;
}

void CaseFilterBar::setFilter(const CaseListFilter& filter)
{
    m_quiet = true;
    selectData(m_council, filter.councilId ? QVariant(*filter.councilId) : QVariant());
    selectData(m_route, filter.route ? QVariant(static_cast<int>(*filter.route)) : QVariant());
    fillStages();
    selectData(m_stage, filter.stage ? QVariant(static_cast<int>(*filter.stage)) : QVariant());
    selectData(m_caseworker, filter.caseworkerId ? QVariant(*filter.caseworkerId) : QVariant());
    m_overdue->setChecked(filter.overdueOnly);
    m_dueThisWeek->setChecked(filter.dueThisWeekOnly);
    m_includeClosed->setChecked(filter.includeClosed);
    m_search->setText(filter.search);
    m_searchTimer->stop();
    m_quiet = false;
}

void CaseFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseFilterBar::emitChanged()
{
    if (m_quiet)
        return;
    m_searchTimer->stop();
    emit filterChanged(filter());
}

void CaseFilterBar::clear()
{
    setFilter(CaseListFilter());
    emit filterChanged(filter());
}

void CaseFilterBar::saveSettings(const QString& username) const
{
    const CaseListFilter current = filter();
    QSettings settings;
    settings.beginGroup(UserSettings::key(username, kGroup));
    auto put = [&](const QString& key, const auto& value) {
        if (value)
            settings.setValue(key, static_cast<qint64>(*value));
        else
            settings.remove(key);
    };
    put(QStringLiteral("council"), current.councilId);
    settings.setValue(QStringLiteral("route"), current.route ? routeToString(*current.route) : QString());
    settings.setValue(QStringLiteral("stage"), current.stage ? caseStageToString(*current.stage) : QString());
    put(QStringLiteral("caseworker"), current.caseworkerId);
    settings.setValue(QStringLiteral("overdue"), current.overdueOnly);
    settings.setValue(QStringLiteral("dueThisWeek"), current.dueThisWeekOnly);
    settings.setValue(QStringLiteral("includeClosed"), current.includeClosed);
    settings.setValue(QStringLiteral("search"), current.search);
}

CaseListFilter CaseFilterBar::savedFilter(const QString& username)
{
    QSettings settings;
    settings.beginGroup(UserSettings::key(username, kGroup));
    CaseListFilter filter;
    auto get = [&](const QString& key) -> std::optional<qint64> {
        const QVariant value = settings.value(key);
        if (!value.isValid())
            return std::nullopt;
        return value.toLongLong();
    };
    filter.councilId = get(QStringLiteral("council"));
    filter.route = routeFromString(settings.value(QStringLiteral("route")).toString());
    filter.stage = caseStageFromString(settings.value(QStringLiteral("stage")).toString());
    filter.caseworkerId = get(QStringLiteral("caseworker"));
    filter.overdueOnly = settings.value(QStringLiteral("overdue"), false).toBool();
    filter.dueThisWeekOnly = settings.value(QStringLiteral("dueThisWeek"), false).toBool();
    filter.includeClosed = settings.value(QStringLiteral("includeClosed"), false).toBool();
    filter.search = settings.value(QStringLiteral("search")).toString();
    return filter;
}
