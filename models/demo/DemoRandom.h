#pragma once

#include <QRandomGenerator>
#include <QString>

// The seeded draws of the demo data (DemoDataGenerator): numbers, chances and
// the invented names, schools, subjects and reasons. One generator behind
// them all, drawn in the same order, so that a seed always makes the same
// demo database.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed);

    int between(int low, int high);
    bool chance(int percent);
    QString givenName();
    QString familyName();
    QString schoolKind();
    QString subject();
    QString closeReason();
    // A school's name stem, by position rather than drawn (no draw made).
    static QString schoolStem(qsizetype index);

private:
    template <typename T, size_t N> const T& pick(const T (&items)[N])
    {
        return items[m_generator.bounded(static_cast<quint32>(N))];
    }

    QRandomGenerator m_generator;
};
