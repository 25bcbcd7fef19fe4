#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <array>
#include <cstddef>
#include <optional>

// One value of a domain enumeration with its words: the key the store and the
// command line write (a schema column's value, byte for byte), and the title
// people read, marked for translation with QT_TRANSLATE_NOOP in the table's
// context so that lupdate finds it (a plain literal in a table read only
// through englishTitle).
template <typename Enum> struct EnumEntry
{
    Enum value;
    const char* key;   // nullptr: the value is never stored
    const char* title; // nullptr: the value has no words of its own
};

// The one vocabulary of an enumeration, so that the key, the value and the
// title cannot drift apart: every enum of the domain that is stored or shown
// keeps its words in one of these, and its free functions
// (caseStageToString, caseStageTitle ...) read it.
template <typename Enum, std::size_t N> class EnumTable
{
public:
    constexpr EnumTable(const char* context, const std::array<EnumEntry<Enum>, N>& entries)
        : m_context(context), m_entries(entries)
    {}

    // The stored key; empty for a value the table does not hold or never stores.
    QString key(Enum value) const
    {
        const EnumEntry<Enum>* entry = find(value);
        return entry && entry->key ? QString::fromLatin1(entry->key) : QString();
    }

    // The value whose key is exactly `text` (case and all); none for anything else.
    std::optional<Enum> fromKey(const QString& text) const
    {
        for (const EnumEntry<Enum>& entry : m_entries) {
            if (entry.key && text == QLatin1String(entry.key))
                return entry.value;
        }
        return std::nullopt;
    }

    // The title in the desk's language.
    QString title(Enum value) const
    {
        const EnumEntry<Enum>* entry = find(value);
        return entry && entry->title ? QCoreApplication::translate(m_context, entry->title) : QString();
    }

    // The title in English whatever the desk's language: for the rules'
    // explanations and the statutory documents, which are in English.
    QString englishTitle(Enum value) const
    {
        const EnumEntry<Enum>* entry = find(value);
        return entry && entry->title ? QString::fromUtf8(entry->title) : QString();
    }

    // Every value, in the table's order (the order lists and menus show).
    QList<Enum> values() const
    {
        QList<Enum> all;
        all.reserve(static_cast<qsizetype>(N));
        for (const EnumEntry<Enum>& entry : m_entries)
            all << entry.value;
        return all;
    }

private:
    constexpr const EnumEntry<Enum>* find(Enum value) const
    {
        for (const EnumEntry<Enum>& entry : m_entries) {
            if (entry.value == value)
                return &entry;
        }
        return nullptr;
    }

    const char* m_context;
    std::array<EnumEntry<Enum>, N> m_entries;
};

// constexpr auto kStages = enumTable<CaseStage>("CaseStage", {{...}, {...}});
template <typename Enum, std::size_t N>
constexpr EnumTable<Enum, N> enumTable(const char* context, const EnumEntry<Enum> (&entries)[N])
{
    return EnumTable<Enum, N>(context, std::to_array(entries));
}
