// documents/ print what they are given: no store. This must not compile.
#include "store/cases/CaseRepository.h"
