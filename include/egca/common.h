/* egca — common definitions shared by every public header. */
#ifndef EGCA_COMMON_H
#define EGCA_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(EGCA_BUILDING) && defined(__GNUC__)
#define EGCA_API __attribute__((visibility("default")))
#else
#define EGCA_API
#endif

#define EGCA_VERSION_MAJOR 0
#define EGCA_VERSION_MINOR 1
#define EGCA_VERSION_PATCH 0
#define EGCA_VERSION "0.1.0"

/* The library's version string, e.g. "0.1.0". */
EGCA_API const char *egca_version(void);

#ifdef __cplusplus
}
#endif
#endif
