/* egca — the event types of a case's log (docs/case.md) by name: the one vocabulary the case format and the
 * deadline rules' declarations ("events", "answers", "restarts", ... in rules/deadlines.json) both use.
 * Place in the flow: under the case (case.c) and the deadline rules (deadline_rules.c); it knows neither. */
#ifndef EGCA_EVENTS_H
#define EGCA_EVENTS_H

#include "internal.h"

#include <string.h>

/* Each type's name and its length, by egca_event_type (events.c). */
extern const char *const egca__event_type_names[EGCA_EVENT_TYPE_COUNT];
extern const unsigned char egca__event_type_lengths[EGCA_EVENT_TYPE_COUNT];

/* The event type named by the `n` bytes at `name`, or -1: found by its length first (a batch reads
 * millions). */
static inline int egca__event_type_of(const char *name, size_t n)
{
  for (int k = 0; k < EGCA_EVENT_TYPE_COUNT; k++)
    if (egca__event_type_lengths[k] == n && memcmp(name, egca__event_type_names[k], n) == 0)
      return k;
  return -1;
}

#endif
