// domain/ depends on nothing of ours: this must not compile.
#include "rules/WorkingDays.h"
