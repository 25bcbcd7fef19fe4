#include "domain/AttendanceBasis.h"

#include "domain/EnumTable.h"

namespace {
constexpr auto kBases = enumTable<AttendanceBasis>(
    "AttendanceBasis",
    {
        {AttendanceBasis::Party, "party", QT_TRANSLATE_NOOP("AttendanceBasis", "A party")},
        {AttendanceBasis::Supporter, "supporter",
         QT_TRANSLATE_NOOP("AttendanceBasis", "The family's supporter")},
        {AttendanceBasis::Child, "child", QT_TRANSLATE_NOOP("AttendanceBasis", "The child or young person")},
        {AttendanceBasis::Other, "other", QT_TRANSLATE_NOOP("AttendanceBasis", "Anyone else (with consent)")},
    });
} // namespace

QList<AttendanceBasis> allAttendanceBases()
{
    return kBases.values();
}

QString attendanceBasisToString(AttendanceBasis basis)
{
    return kBases.key(basis);
}

std::optional<AttendanceBasis> attendanceBasisFromString(const QString& text)
{
    return kBases.fromKey(text);
}

QString attendanceBasisTitle(AttendanceBasis basis)
{
    return kBases.title(basis);
}
