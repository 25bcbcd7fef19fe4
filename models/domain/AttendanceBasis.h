#pragma once

#include <QList>
#include <QString>
#include <optional>

// On what basis an invitee attends a mediation meeting (reg 38;
// models/rules/README.md section 3, "Who may attend"). The strings are the
// values of invitees.attendance_basis and the command line's BASIS.
enum class AttendanceBasis
{
    Party,     // the parent or young person, the council, and any other party
    Supporter, // the family's one supporter or advocate: no consent needed, may be a lawyer
    Child,     // the child or young person who is not a party: the parent's and the mediator's consent
    Other,     // anyone else: all parties' consent or, failing that, the mediator's
};
QList<AttendanceBasis> allAttendanceBases();
QString attendanceBasisToString(AttendanceBasis basis);
std::optional<AttendanceBasis> attendanceBasisFromString(const QString& text);
// For people: "The family's supporter".
QString attendanceBasisTitle(AttendanceBasis basis);
