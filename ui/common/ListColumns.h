#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QHeaderView;
class QTableView;

// A list's columns as its reader leaves them: right-click the header for a
// menu that shows or hides columns (never the first, which names the row)
// and fits them to their contents; widths, order, visibility and sort are
// remembered per user (UserSettings) under `key`. The last column does not
// take the spare width, so no column looks wider than its content.
class ListColumns : public QObject
{
    Q_OBJECT

public:
    ListColumns(QTableView* view, const QString& key, QObject* parent = nullptr);

    // Restores `username`'s layout; false when they have none saved (the
    // caller then fits the columns to their contents).
    bool restore(const QString& username);
    bool isRestored() const { return m_restored; }
    const QString& username() const { return m_username; }
    // Each column as wide as its heading and content need, within [minimum, maximum].
    void fitToContents(int minimum = 60, int maximum = 360);

signals:
    // "Fit columns to their contents" was chosen: the list may size them its own way.
    void fitRequested();

private:
    void save() const;
    void showMenu(const QPoint& at);
    QString settingsKey() const;

    QTableView* m_view;
    QHeaderView* m_header;
    QString m_key;
    QByteArray m_defaults;
    QString m_username;
    bool m_restored = false;
    bool m_restoring = false;
};
