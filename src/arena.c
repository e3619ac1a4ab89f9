/* egca — the arena of arena.h: one calloc'd block per allocation, chained for freeing. The objects that use
 * it are built once and read many times, so allocations are few and never freed one by one. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct egca__arena_block {
  struct egca__arena_block *next;
  max_align_t data[];
};

void *egca__arena_alloc(egca__arena *a, size_t size)
{
  if (size > SIZE_MAX - sizeof(struct egca__arena_block))
    return NULL;
  struct egca__arena_block *b = calloc(1, sizeof *b + (size == 0 ? 1 : size));
  if (b == NULL)
    return NULL;
  b->next = a->head;
  a->head = b;
  return b->data;
}

void *egca__arena_array(egca__arena *a, size_t count, size_t size)
{
  if (count != 0 && size > SIZE_MAX / count)
    return NULL;
  return egca__arena_alloc(a, count * size);
}

char *egca__arena_strndup(egca__arena *a, const char *s, size_t n)
{
  if (n == SIZE_MAX)
    return NULL;
  char *copy = egca__arena_alloc(a, n + 1);
  if (copy != NULL) {
    memcpy(copy, s, n);
    copy[n] = '\0';
  }
  return copy;
}

char *egca__arena_strdup(egca__arena *a, const char *s) { return egca__arena_strndup(a, s, strlen(s)); }

char *egca__arena_take(egca__arena *a, egca__buf *b)
{
  char *out = b->failed ? NULL : egca__arena_strndup(a, b->text != NULL ? b->text : "", b->len);
  free(b->text);
  memset(b, 0, sizeof *b);
  return out;
}

void egca__arena_free(egca__arena *a)
{
  struct egca__arena_block *b = a->head;
  while (b != NULL) {
    struct egca__arena_block *next = b->next;
    free(b);
    b = next;
  }
  a->head = NULL;
}
