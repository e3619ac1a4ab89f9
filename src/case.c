/* egca — case module (being written). */
#include "internal.h"

typedef int egca__case_placeholder;
