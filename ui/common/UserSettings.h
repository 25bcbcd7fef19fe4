#pragma once

#include <QString>

class WorkContext;

// Where a screen keeps what belongs to the person at the desk (searches,
// filters, column layouts) in QSettings: under "users/<username>/", so the
// next person to sign in on the same desk starts from their own, never from
// someone else's search. Without a signed-in user (tests, a database open
// for setup) the plain key is used.
namespace UserSettings {
QString key(const QString& username, const QString& key);
// The signed-in user's username, empty when nobody is signed in.
QString username(const WorkContext* context);
} // namespace UserSettings
