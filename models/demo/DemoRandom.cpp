#include "demo/DemoRandom.h"

#include <iterator>

namespace {
// Invented names from many backgrounds, including letters outside ASCII.
const char* const kGivenNames[] = {
    "Zoë",   "Łukasz",  "Siobhán", "Aisha", "Oluwaseun", "Mohammed", "Priya",  "Tomasz", "Noor",   "Callum",
    "Amara", "Rhys",    "Freya",   "Kwame", "Mei",       "Dmitri",   "Isla",   "Yusuf",  "Niamh",  "Arjun",
    "Elif",  "Jayden",  "Maja",    "Oisín", "Leah",      "Kofi",     "Hannah", "Ravi",   "Ffion",  "Bartek",
    "Chloe", "Ibrahim", "Anya",    "Theo",  "Saoirse",   "Hamza",    "Grace",  "Luca",   "Fatima", "Eben"};
const char* const kFamilyNames[] = {
    "Nguyễn",    "Okafor",     "Kowalski", "O'Brien",  "Haddad",    "Patel",     "Wren",  "Mercer",
    "Bevan",     "Achterberg", "Lennox",   "Adeyemi",  "Fairbairn", "Chowdhury", "Novak", "Sinclair",
    "Mensah",    "Quinn",      "Rahman",   "Thornton", "Ward",      "Ibekwe",    "Kaur",  "Duffy",
    "Zielinski", "Hartley",    "Osei",     "Pryce",    "Balogun",   "Whitlock"};
const char* const kSchoolStems[] = {"Larkfield", "Hollins Park", "St Aidan's", "Brookside", "Meadowbank",
                                    "Kingsmead", "Ashgrove",     "Riverside",  "Oakwood",   "Fernhill",
                                    "Millbrook", "Castle View",  "Greenacre",  "Heathside", "Westfield"};
const char* const kSchoolKinds[] = {"Primary School", "Academy", "High School",
                                    "Infant School",  "College", "Nursery"};
const char* const kSubjects[] = {"Speech and language therapy hours",
                                 "Support during lunchtimes",
                                 "Transport to school",
                                 "Part-time timetable",
                                 "Exclusion and reintegration plan",
                                 "Access arrangements for exams",
                                 "Occupational therapy in the EHC needs assessment",
                                 "Communication with home"};
const char* const kCloseReasons[] = {"Certificate issued; family considering appeal", "Agreement reached",
                                     "Family withdrew", "Council agreed to assess",
                                     "No further contact from family"};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}
} // namespace

DemoRandom::DemoRandom(quint32 seed) : m_generator(seed) {}

int DemoRandom::between(int low, int high)
{
    return low + static_cast<int>(m_generator.bounded(high - low + 1));
}

bool DemoRandom::chance(int percent)
{
    return between(1, 100) <= percent;
}

QString DemoRandom::givenName()
{
    return text(pick(kGivenNames));
}

QString DemoRandom::familyName()
{
    return text(pick(kFamilyNames));
}

QString DemoRandom::schoolKind()
{
    return text(pick(kSchoolKinds));
}

QString DemoRandom::subject()
{
    return text(pick(kSubjects));
}

QString DemoRandom::closeReason()
{
    return text(pick(kCloseReasons));
}

QString DemoRandom::schoolStem(qsizetype index)
{
    return text(kSchoolStems[static_cast<size_t>(index) % std::size(kSchoolStems)]);
}
