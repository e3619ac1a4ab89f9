/* egca — assess module (being written). */
#include "internal.h"

typedef int egca__assess_placeholder;
