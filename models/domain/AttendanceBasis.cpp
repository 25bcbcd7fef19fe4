#include "domain/AttendanceBasis.h"

#include <QCoreApplication>

QList<AttendanceBasis> allAttendanceBases()
{
    return {AttendanceBasis::Party, AttendanceBasis::Supporter, AttendanceBasis::Child,
            AttendanceBasis::Other};
}

QString attendanceBasisToString(AttendanceBasis basis)
{
    switch (basis) {
    case AttendanceBasis::Party:
        return QStringLiteral("party");
    case AttendanceBasis::Supporter:
        return QStringLiteral("supporter");
    case AttendanceBasis::Child:
        return QStringLiteral("child");
    case AttendanceBasis::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<AttendanceBasis> attendanceBasisFromString(const QString& text)
{
    for (AttendanceBasis basis : allAttendanceBases()) {
        if (attendanceBasisToString(basis) == text)
            return basis;
    }
    return std::nullopt;
}

QString attendanceBasisTitle(AttendanceBasis basis)
{
    switch (basis) {
    case AttendanceBasis::Party:
        return QCoreApplication::translate("AttendanceBasis", "A party");
    case AttendanceBasis::Supporter:
        return QCoreApplication::translate("AttendanceBasis", "The family's supporter");
    case AttendanceBasis::Child:
        return QCoreApplication::translate("AttendanceBasis", "The child or young person");
    case AttendanceBasis::Other:
        return QCoreApplication::translate("AttendanceBasis", "Anyone else (with consent)");
    }
    return {};
}
