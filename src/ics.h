/* egca — the libical adapter: one iCalendar text -> the days it marks. Internal.
 * libical is used only here, only while loading (STYLE.md: its strings live on a ring buffer and its
 * error state is process-wide), so nothing of libical reaches the evaluation path. */
#ifndef EGCA_ICS_H
#define EGCA_ICS_H

#include "internal.h"

/* The calendar range that sources may mark: 1900-01-01 .. 2199-12-31. */
#define EGCA__FIRST_YEAR 1900
#define EGCA__LAST_YEAR 2199

enum { EGCA__MARK_HOLIDAY = 1, EGCA__MARK_WORKING = 2 };

/* One day an event marks. */
typedef struct egca__ics_day {
  egca_date date;
  uint8_t mark;        /* EGCA__MARK_HOLIDAY or EGCA__MARK_WORKING */
  uint8_t tentative;   /* the event is STATUS:TENTATIVE */
  uint32_t event;      /* index into events */
} egca__ics_day;

/* The longest name or notice text a day keeps (longer ones are cut at a UTF-8 boundary): a calendar's
 * names take bounded memory whatever a source holds. */
#define EGCA__NAME_MAX 255

/* An event, as messages name it, and why the days it marks are what they are (named days). */
typedef struct egca__ics_event {
  char *uid;   /* UID, or NULL when it has none */
  int line;    /* line of its BEGIN:VEVENT */
  char *name;        /* SUMMARY without its 休/班 marker ("国庆节、中秋节"); NULL when it has none */
  char *notice;      /* X-EGCA-NOTICE of the event, else of the VCALENDAR; NULL when neither has one */
  char *notice_date; /* X-EGCA-NOTICE-DATE (YYYY-MM-DD), else the VCALENDAR's; NULL when unknown */
  char *notice_url;  /* X-EGCA-NOTICE-URL, else the VCALENDAR's X-EGCA-SOURCE; NULL when unknown */
  int local;         /* X-EGCA-LOCAL:TRUE: a region's own day (in an exported office calendar), whatever layer
                        the file is read into */
} egca__ics_event;

/* Frees what an event holds (not the event itself). */
void egca__ics_event_clear(egca__ics_event *event);

typedef struct egca__ics_source {
  egca__ics_day *days;
  size_t day_count;
  egca__ics_event *events;
  size_t event_count;
  int *declared_years;        /* X-EGCA-COVERAGE */
  size_t declared_count;
  size_t events_used, observances_ignored, events_cancelled;
} egca__ics_source;

/* Reads one iCalendar text (`len` bytes, need not be NUL-terminated); `name` names it in messages.
 * On failure *out holds nothing and err names name:line, the event's UID and what is wrong. */
int egca__ics_read(egca__ics_source *out, const char *name, const char *data, size_t len,
                   egca_unmarked_policy unmarked, egca_error *err);
void egca__ics_source_free(egca__ics_source *source);

#endif
