#pragma once

#include <QList>
#include <QObject>

class QMenu;
class WorkContext;

// The cases the person at the desk opened last, newest first (Case > Recent
// Cases, and Ctrl+K before anything is typed). Kept per user and per
// database in QSettings, as case ids only: no name is written to disk, and
// another database's case 12 is not this one's.
class RecentCases : public QObject
{
    Q_OBJECT

public:
    explicit RecentCases(WorkContext* context, QObject* parent = nullptr);

    QList<qint64> ids() const;
    // Puts the case first (once), keeping the last ten.
    void remember(qint64 caseId);
    // Fills `menu` with one entry a case ("&1 MED-2026-00012 Noah Price"),
    // leaving out any the signed-in user may not see or that is gone.
    void fillMenu(QMenu* menu);

signals:
    void openRequested(qint64 caseId);

private:
    QString settingsKey() const;

    WorkContext* m_context;
};
