#include "rules/NameFold.h"

#include <array>

namespace NameFold {

std::span<const Letter> letters()
{
    // The letters of European names that keep their shape after their marks
    // are stripped. The capital dotted İ decomposes to I and a mark, so only
    // the dotless ı is here.
    static constexpr std::array<Letter, 12> kLetters{{
        {u'\u0141', u'\u0142', "l"},  // Ł ł (Polish)
        {u'\u00D8', u'\u00F8', "o"},  // Ø ø (Danish, Norwegian)
        {u'\u0110', u'\u0111', "d"},  // Đ đ (Croatian, Serbian, Vietnamese)
        {u'\u00D0', u'\u00F0', "d"},  // Ð ð (Icelandic)
        {u'\u0126', u'\u0127', "h"},  // Ħ ħ (Maltese)
        {u'\u0166', u'\u0167', "t"},  // Ŧ ŧ (Sami)
        {0, u'\u0131', "i"},          // ı (Turkish)
        {u'\u1E9E', u'\u00DF', "ss"}, // ẞ ß (German)
        {u'\u00C6', u'\u00E6', "ae"}, // Æ æ
        {u'\u0152', u'\u0153', "oe"}, // Œ œ
        {u'\u00DE', u'\u00FE', "th"}, // Þ þ (Icelandic)
        {u'\u014A', u'\u014B', "ng"}, // Ŋ ŋ (Sami)
    }};
    return kLetters;
}

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Mark_SpacingCombining)
            continue;
        const Letter* special = nullptr;
        for (const Letter& letter : letters()) {
            // Case folding has already made capitals small, but for the
            // capital sharp s, which folds to "ss" only in full folding.
            if (c.unicode() == letter.lower || (letter.upper && c.unicode() == letter.upper))
                special = &letter;
        }
        if (special)
            folded += QLatin1String(special->plain);
        else
            folded += c;
    }
    return folded;
}

} // namespace NameFold
