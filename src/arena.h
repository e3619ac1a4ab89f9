/* egca — an arena: everything a profile, a compiled rule set or an assessment owns is allocated in its own
 * arena, so freeing the object (or abandoning it half-built on an error path) is one call.
 * Place in the flow: a utility under the profile, conditions and assess modules; it knows none of them. */
#ifndef EGCA_ARENA_H
#define EGCA_ARENA_H

#include "buffer.h"

#include <stddef.h>

struct egca__arena_block;

/* Start from {0}. */
typedef struct egca__arena {
  struct egca__arena_block *head;
} egca__arena;

/* Zeroed memory for size bytes (one, for 0), aligned for any type; NULL when memory runs out. */
void *egca__arena_alloc(egca__arena *a, size_t size);
/* count * size bytes, NULL on overflow too. */
void *egca__arena_array(egca__arena *a, size_t count, size_t size);
char *egca__arena_strndup(egca__arena *a, const char *s, size_t n);
char *egca__arena_strdup(egca__arena *a, const char *s);
/* Moves the text built in b into the arena and resets b; NULL when building it ran out of memory. */
char *egca__arena_take(egca__arena *a, egca__buf *b);
void egca__arena_free(egca__arena *a);

#endif
