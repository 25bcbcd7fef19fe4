// rules/ are pure functions: they may not reach the store. This must not compile.
#include "store/infrastructure/StoreError.h"
