/* What the fuzz targets share: the libFuzzer entry point and an assertion that stays on in release
 * builds and stops the fuzzer (or the replay program) at the first broken promise. */
#ifndef EGCA_FUZZ_H
#define EGCA_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_ASSERT(cond)                                                                                   \
  do {                                                                                                      \
    if (!(cond)) {                                                                                          \
      fprintf(stderr, "%s:%d: broken promise: %s\n", __FILE__, __LINE__, #cond);                            \
      abort();                                                                                              \
    }                                                                                                       \
  } while (0)

#endif
