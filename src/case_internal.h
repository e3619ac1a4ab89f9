/* egca — the case module's compact representation, shared by case.c (building and validating a case),
 * timeline.c (evaluating it) and timeline_output.c (JSON, text and iCalendar output). Not public. */
#ifndef EGCA_CASE_INTERNAL_H
#define EGCA_CASE_INTERNAL_H

#include "internal.h"

/* One event as evaluation reads it: fixed size, strings pointing into the case's own block. */
typedef struct egca__event {
  egca_date date;
  egca_date expires;      /* certificate_issued: the printed last day, or EGCA_DATE_NONE */
  int32_t days;           /* review_time_notified: days notified, or 0 */
  uint32_t source_index;  /* index in the file's "events" array */
  uint32_t change;        /* change_occurred / change_filed: the change's index (refs[change]) */
  uint32_t item_first;    /* correction_requested: items[item_first .. item_first + item_count) */
  uint32_t item_count;
  uint8_t type;           /* egca_event_type */
  uint8_t outcome;        /* egca_outcome */
  const char *what;
  const char *note;
} egca__event;

/* A validated case. One allocation holds the struct, the arrays and the strings. */
struct egca_case {
  const char *id;
  const char *source;     /* the file it came from, for messages ("<case>" for egca_case_new) */
  size_t event_count;
  egca__event *events;    /* in evaluation order: date, then file order */
  size_t change_count;
  const char **refs;      /* change refs, in the order their change_occurred events come */
  const char **items;     /* correction items of every event */
};

#endif
