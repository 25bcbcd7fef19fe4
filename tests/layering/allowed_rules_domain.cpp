// rules/ may include domain/.
#include "domain/Route.h"
