#pragma once

#include <QString>
#include <span>

// How a name is compared when it is searched for or matched against another:
// without regard to case or accents, so that "zoe" finds "Zoë" and "lukasz"
// finds "Łukasz". The search index on both engines and the duplicate check
// fold names this way.
namespace NameFold {

// A letter that Unicode does not write as a base letter and a mark (so
// stripping marks leaves it as it is), with the spelling a person types for
// it on an English keyboard.
struct Letter
{
    char16_t upper = 0; // 0: the letter has no capital of its own
    char16_t lower = 0;
    const char* plain = "";
};
std::span<const Letter> letters();

// Compatibility-decomposed ("ﬁ" is "fi", "ë" is "e" and a mark), marks
// dropped, case-folded, and each of letters() spelt plainly: "Łukasz
// Ørsted-Straße" is "lukasz orsted-strasse". Spaces and punctuation stay.
QString fold(const QString& text);

} // namespace NameFold
