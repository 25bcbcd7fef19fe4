// The store knows nothing of the item models above it. This must not compile.
#include "itemmodels/CaseListModel.h"
