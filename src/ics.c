/* egca — the libical adapter: one iCalendar text -> the days it marks.
 *
 * Everything that reads iCalendar goes through libical (never a hand-written parser). This module
 * walks the parsed components, classifies each event (DESIGN.md: X-APPLE-SPECIAL-DAY first, then
 * working-day markers before holiday markers) and expands it into days. */
#include "ics.h"

#include <ctype.h>
#include <libical/ical.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Working-day markers come before holiday markers, so 上班(补春节假期) is a working day. */
static const char *const working_markers[] = {"班", "workday", "working day", "work day", "workingday", NULL};
static const char *const holiday_markers[] = {"休", "假", "holiday", "day off", "off day", "vacation", NULL};

/* No event may mark more days than this (an unbounded RRULE is clipped at EGCA__LAST_YEAR). */
#define MAX_DAYS_PER_SOURCE 2000000

/* libical looks for each next occurrence of an RRULE day by day (or month by month) up to the end of the
 * supported range: a rule that matches rarely or never (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30) costs 0.1 to
 * 0.3 s, and a 64 MiB feed of such events would load for hours. Holiday feeds list each year's days as
 * the notices give them; recurrence serves the few holidays on a fixed date. */
#define MAX_RECURRING_PER_SOURCE 100

/* Components nest three deep in real feeds (VCALENDAR > VTIMEZONE > STANDARD, VEVENT > VALARM); libical
 * frees a component tree recursively, so a file nesting hundreds of thousands deep would overflow the
 * stack. Deeper nesting than this is refused before libical sees the text. */
#define MAX_NESTING 16

/* libical looks for the end of a line again from the start of each 1 KiB piece it reads, so reading one
 * line costs the square of its length (a 10 MB line took 23 s). Feeds fold their lines at 75 bytes. */
#define MAX_LINE_BYTES 65536

/* Where the pre-scan found what messages name: the line of each VEVENT and each X-EGCA-COVERAGE that
 * libical will hand to read_calendar (the direct children of a VCALENDAR, in order; libical keeps no
 * positions, and it keeps components and properties in the order they appear), and the first event
 * with no END:VEVENT (a cut-off file, which libical would drop silently). */
typedef struct scan {
  int *event_lines;
  size_t event_count, event_cap;
  int *coverage_lines;
  size_t coverage_count, coverage_cap;
  int open_line;       /* line of the first unclosed BEGIN:VEVENT, 0 when every event is closed */
  char open_uid[256];  /* its UID, "" when it has none */
  size_t bad_time_event;  /* index (as in event_lines) of the first event with a malformed date, or SIZE_MAX */
  char bad_time_name[32]; /* that property's name and the start of its value, for the message */
  char bad_time_value[64];
  int fault_line;         /* the first fault of the BEGIN/END structure, 0 if none: nothing above is then set */
  char fault[256];        /* its description */
} scan;

/* libical keeps process-wide state that it changes without a lock: the table of built-in time zones
 * (icaltimezone_get_builtin_timezone loads a zone on first use), its error state and the "errors are
 * fatal" switch. Reading one source, from the parse to the last conversion of a date, holds this lock, so
 * that calendars may be loaded on several threads at once; the loads themselves then run one at a time. */
static pthread_mutex_t libical_lock = PTHREAD_MUTEX_INITIALIZER;

typedef struct reader {
  egca__ics_source *src;
  const char *name;
  const scan *lines;        /* where each VEVENT and X-EGCA-COVERAGE is */
  size_t coverage_index;    /* X-EGCA-COVERAGE properties read so far */
  size_t day_cap, event_cap;
  size_t recurring;         /* events with an RRULE so far */
  egca_unmarked_policy unmarked;
  icalcomponent *calendar;  /* the VCALENDAR being read, for its VTIMEZONEs */
  icaltimezone *china;      /* Asia/Shanghai, or NULL when libical has no such zone (then UTC+8) */
  egca_error *err;
} reader;

/* ASCII case-insensitive substring search; bytes >= 0x80 (UTF-8 Chinese) compare exactly. */
static int contains(const char *hay, const char *needle)
{
  size_t n = strlen(needle);
  for (const char *h = hay; *h != '\0'; h++) {
    size_t i = 0;
    while (i < n && h[i] != '\0' && tolower((unsigned char)h[i]) == tolower((unsigned char)needle[i]))
      i++;
    if (i == n)
      return 1;
  }
  return 0;
}

static int has_marker(const char *text, const char *const *markers)
{
  if (text == NULL)
    return 0;
  for (const char *const *m = markers; *m != NULL; m++)
    if (contains(text, *m))
      return 1;
  return 0;
}

/* Reads the logical line at *i as libical will (folded lines joined, a CR before LF dropped): its
 * property name (up to ';' or ':') and its value (after the first ':' outside a quoted parameter),
 * upper-cased, trailing white space removed, each cut at 31 bytes; *value_at (when not NULL) is the offset of
 * the value's first byte in t, or len when the line has none. Advances *i past it and *line past its
 * physical lines. */
static void logical_line(char name[32], char value[32], size_t *value_at, const char *t, size_t len, size_t *i,
                         int *line)
{
  size_t nk = 0, vk = 0;
  if (value_at != NULL)
    *value_at = len;
  int part = 0, quoted = 0; /* part: 0 name, 1 parameters, 2 value */
  int long_name = 0;        /* the name goes on past the bytes kept with more than white space */
  while (*i < len) {
    const char c = t[(*i)++];
    if (c == '\r' && *i < len && t[*i] == '\n')
      continue; /* a CR is dropped only at the end of a line: elsewhere it is part of the text */
    if (c == '\n') {
      ++*line;
      if (*i < len && (t[*i] == ' ' || t[*i] == '\t')) {
        ++*i; /* a folded line goes on */
        continue;
      }
      break;
    }
    if (part == 0) {
      if (c == ';' || c == ':') {
        part = c == ';' ? 1 : 2;
        if (part == 2 && value_at != NULL)
          *value_at = *i;
      } else if (nk < 31)
        name[nk++] = (char)toupper((unsigned char)c);
      else if (!isspace((unsigned char)c))
        long_name = 1;
    } else if (part == 1) {
      if (c == '"')
        quoted = !quoted;
      else if (c == ':' && !quoted)
        part = 2;
      if (part == 2 && value_at != NULL)
        *value_at = *i;
    } else if (vk < 31) {
      value[vk++] = (char)toupper((unsigned char)c);
    }
  }
  /* As libical does, white space at the end of the name and the value is not part of them. */
  while (nk > 0 && isspace((unsigned char)name[nk - 1]))
    nk--;
  if (long_name)
    nk = 0; /* longer than any name the check looks for: not BEGIN, not END */
  while (vk > 0 && isspace((unsigned char)value[vk - 1]))
    vk--;
  name[nk] = '\0';
  value[vk] = '\0';
}

static int push_line(int **lines, size_t *count, size_t *cap, int line)
{
  if (*count == *cap) {
    size_t grown_cap = *cap ? *cap * 2 : 64;
    int *grown = realloc(*lines, grown_cap * sizeof *grown);
    if (grown == NULL)
      return EGCA_E_NOMEM;
    *lines = grown;
    *cap = grown_cap;
  }
  (*lines)[(*count)++] = line;
  return 0;
}

/* Copies the value that starts at `at` up to the end of its logical line, folds removed. */
static void copy_value(char *out, size_t size, const char *t, size_t len, size_t at)
{
  size_t k = 0;
  while (at < len && k + 1 < size) {
    if (t[at] == '\r' || t[at] == '\n') {
      size_t j = at;
      while (j < len && t[j] == '\r')
        j++;
      if (j + 1 < len && t[j] == '\n' && (t[j + 1] == ' ' || t[j + 1] == '\t')) {
        at = j + 2; /* a folded line goes on */
        continue;
      }
      break;
    }
    out[k++] = t[at++];
  }
  out[k] = '\0';
}

/* Is there a fold (line break, then one space or tab: RFC 5545 §3.1) at t[i]? Its length, or 0. A line
 * may end in CRLF, LF or the CRCRLF of a twice-converted file. */
static size_t fold_at(const char *t, size_t len, size_t i)
{
  size_t j = i;
  while (j < len && t[j] == '\r')
    j++;
  if (j + 1 < len && t[j] == '\n' && (t[j + 1] == ' ' || t[j + 1] == '\t'))
    return j + 2 - i;
  return 0;
}

static int is_digits(const char *v, size_t n)
{
  for (size_t k = 0; k < n; k++)
    if (!isdigit((unsigned char)v[k]))
      return 0;
  return 1;
}

/* Is `v` (n bytes) a DATE, a DATE-TIME, or a PERIOD from a DATE-TIME (RFC 5545 §3.3.4, §3.3.5, §3.3.9)?
 * The duration after a PERIOD's '/' is only looked at for its letters: libical checks the rest. */
static int time_item_ok(const char *v, size_t n)
{
  if (n < 8 || !is_digits(v, 8))
    return 0;
  if (n == 8)
    return 1;
  if ((v[8] != 'T' && v[8] != 't') || n < 15 || !is_digits(v + 9, 6))
    return 0;
  size_t k = 15;
  if (k < n && (v[k] == 'Z' || v[k] == 'z'))
    k++;
  if (k == n)
    return 1;
  if (v[k++] != '/')
    return 0;
  if (k < n && (v[k] == '+' || v[k] == '-' || v[k] == 'P' || v[k] == 'p')) {
    if (v[k] == '+' || v[k] == '-')
      k++;
    if (k >= n || (v[k] != 'P' && v[k] != 'p'))
      return 0;
    for (k++; k < n; k++)
      if (!isdigit((unsigned char)v[k]) && strchr("WDTHMSwdthms", v[k]) == NULL)
        return 0;
    return 1;
  }
  return time_item_ok(v + k, n - k) && n - k >= 15; /* a PERIOD ends at a DATE-TIME, not a DATE */
}

/* Checks the value that starts at `at` (to the end of its logical line, folds removed) as a
 * comma-separated list of DATE, DATE-TIME or PERIOD values. libical reads the first digits it finds and
 * drops the rest without a word: RDATE;VALUE=DATE:2025013X became 2025-01-03, EXDATE;VALUE=DATE:2025011X
 * 2025-01-01. Returns 1 when every item is well formed. */
static int time_value_ok(const char *t, size_t len, size_t at)
{
  char item[40];
  size_t n = 0;
  for (;;) {
    const size_t fold = at < len ? fold_at(t, len, at) : 0;
    if (fold > 0) {
      at += fold;
      continue;
    }
    const int end = at >= len || t[at] == '\r' || t[at] == '\n';
    if (end || t[at] == ',') {
      while (end && n > 0 && isspace((unsigned char)item[n - 1]))
        n--; /* as libical does, white space at the end of the value is not part of it */
      if (n == 0 || n >= sizeof item || !time_item_ok(item, n))
        return 0;
      if (end)
        return 1;
      n = 0;
      at++;
      continue;
    }
    if (n < sizeof item)
      item[n] = t[at];
    n += n < sizeof item;
    at++;
  }
}

/* Walks the logical lines as libical reads them (folded lines joined, names in any case, RFC 5545 §3.1
 * and §2). `text` is numbered from `first_line`.
 * It checks the BEGIN/END structure before libical reads the text: a BEGIN may not nest deeper than
 * MAX_NESTING; an END must close a component that is open (libical prints "Encountered END before BEGIN"
 * to stderr for a stray one, and closes the wrong component). The first fault stops the walk
 * (sc->fault_line, sc->fault). An END that skips open components is no fault here: it leaves an event
 * unclosed (sc->open_line).
 * libical 3.0 reads a lower-case "x-" name as a parse error and drops the property (an x-egca-coverage
 * or x-apple-special-day would vanish silently), so the x of an extension name is upper-cased here. */
static int scan_lines(scan *sc, char *text, size_t len, int first_line, const egca_error *err)
{
  struct {
    char name[32];
    int line;
    size_t uid_at;
  } open[MAX_NESTING];
  int depth = 0, line = first_line;
  size_t i = 0;
  memset(sc, 0, sizeof *sc);
  sc->bad_time_event = SIZE_MAX;
  while (i < len) {
    const int at = line;
    const size_t start = i;
    char name[32], value[32];
    size_t value_at;
    logical_line(name, value, &value_at, text, len, &i, &line);
    if (name[0] == 'X' && name[1] == '-')
      text[start] = 'X';
    const int in_calendar = depth == 1 && strcmp(open[0].name, "VCALENDAR") == 0;
    if (strcmp(name, "BEGIN") == 0) {
      if (depth == MAX_NESTING) {
        sc->fault_line = at;
        snprintf(sc->fault, sizeof sc->fault,
                 EGCA__TR(err, "components nested more than %d deep", "组件嵌套超过%d层"), MAX_NESTING);
        return 0;
      }
      if (strcmp(value, "VEVENT") == 0) {
        for (int k = depth - 1; k >= 0 && sc->open_line == 0; k--)
          if (strcmp(open[k].name, "VEVENT") == 0) {
            sc->open_line = open[k].line; /* an event begins inside an event: the first was cut off */
            if (open[k].uid_at < len)
              copy_value(sc->open_uid, sizeof sc->open_uid, text, len, open[k].uid_at);
          }
        if (in_calendar && push_line(&sc->event_lines, &sc->event_count, &sc->event_cap, at) < 0)
          return EGCA_E_NOMEM;
      }
      memcpy(open[depth].name, value, sizeof value);
      open[depth].line = at;
      open[depth].uid_at = len;
      depth++;
    } else if (strcmp(name, "END") == 0) {
      int k = depth - 1;
      while (k >= 0 && strcmp(open[k].name, value) != 0)
        k--;
      if (k < 0) {
        sc->fault_line = at;
        snprintf(sc->fault, sizeof sc->fault,
                 EGCA__TR(err, "END:%s closes no open component (no BEGIN:%s before it)",
                          "END:%s没有可结束的组件（其前没有BEGIN:%s）"),
                 value, value);
        return 0;
      }
      /* An END that closes an outer component skips the events still open inside it. */
      for (int j = k + 1; j < depth && sc->open_line == 0; j++)
        if (strcmp(open[j].name, "VEVENT") == 0) {
          sc->open_line = open[j].line;
          if (open[j].uid_at < len)
            copy_value(sc->open_uid, sizeof sc->open_uid, text, len, open[j].uid_at);
        }
      depth = k;
    } else if (depth > 0 && strcmp(name, "UID") == 0 && strcmp(open[depth - 1].name, "VEVENT") == 0) {
      open[depth - 1].uid_at = value_at;
    } else if (in_calendar && strcmp(name, "X-EGCA-COVERAGE") == 0) {
      if (push_line(&sc->coverage_lines, &sc->coverage_count, &sc->coverage_cap, at) < 0)
        return EGCA_E_NOMEM;
    } else if (depth == 2 && strcmp(open[0].name, "VCALENDAR") == 0 && strcmp(open[1].name, "VEVENT") == 0 &&
               sc->bad_time_event == SIZE_MAX &&
               (strcmp(name, "DTSTART") == 0 || strcmp(name, "DTEND") == 0 || strcmp(name, "EXDATE") == 0 ||
                strcmp(name, "RDATE") == 0) &&
               !time_value_ok(text, len, value_at)) {
      /* An event that read_calendar will read (a direct child of a VCALENDAR): the last one pushed. */
      sc->bad_time_event = sc->event_count - 1;
      memcpy(sc->bad_time_name, name, sizeof sc->bad_time_name);
      copy_value(sc->bad_time_value, sizeof sc->bad_time_value, text, len, value_at);
    }
  }
  for (int j = 0; j < depth && sc->open_line == 0; j++)
    if (strcmp(open[j].name, "VEVENT") == 0) {
      sc->open_line = open[j].line;
      if (open[j].uid_at < len)
        copy_value(sc->open_uid, sizeof sc->open_uid, text, len, open[j].uid_at);
    }
  return 0;
}

static void scan_free(scan *sc)
{
  free(sc->event_lines);
  free(sc->coverage_lines);
}

/* RFC 5545 §3.1: a fold may cut a multibyte UTF-8 character, and unfolding restores it, so the text is
 * checked unfolded. Returns the physical line of the first byte that is not UTF-8 and the byte, or 0. */
static int utf8_fault_line(const char *t, size_t len, unsigned *byte, int *nomem)
{
  *nomem = 0;
  char *flat = malloc(len + 1);
  if (flat == NULL) {
    *nomem = 1;
    return 0;
  }
  size_t n = 0;
  for (size_t i = 0; i < len;) {
    const size_t fold = fold_at(t, len, i);
    if (fold > 0) {
      i += fold;
      continue;
    }
    flat[n++] = t[i++];
  }
  const size_t bad = egca__utf8_invalid_at((const unsigned char *)flat, n);
  if (bad >= n) {
    free(flat);
    return 0;
  }
  *byte = (unsigned char)flat[bad];
  free(flat);
  /* Back to the physical line: walk the text again, counting the bytes that unfolding keeps. */
  int line = 1;
  size_t kept = 0;
  for (size_t i = 0; i < len;) {
    const size_t fold = fold_at(t, len, i);
    if (fold > 0) {
      i += fold;
      line++;
      continue;
    }
    if (kept++ == bad)
      break;
    line += t[i++] == '\n';
  }
  return line;
}

/* The number of the first physical line longer than MAX_LINE_BYTES, or 0. */
static int long_line_at(const char *text, size_t len)
{
  int line = 1;
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i == len || text[i] == '\n') {
      if (i - start > MAX_LINE_BYTES)
        return line;
      line++;
      start = i + 1;
    }
  }
  return 0;
}

/* The number of the first line with a carriage return inside it, or 0: CRs may only run up to a line feed
 * or the end of the text (CRLF, and the CRCRLF of twice-converted files). libical splits lines at LF and
 * read "\rEND:VCALENDAR" as an END the structure check had not seen. */
static int stray_cr_at(const char *text, size_t len, size_t from, int first_line)
{
  int line = first_line;
  for (size_t i = from; i < len; i++) {
    if (text[i] == '\n') {
      line++;
    } else if (text[i] == '\r') {
      size_t j = i;
      while (j < len && text[j] == '\r')
        j++;
      if (j < len && text[j] != '\n')
        return line;
      i = j - 1;
    }
  }
  return 0;
}

static char *dup_string(const char *s)
{
  if (s == NULL)
    return NULL;
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  if (d != NULL)
    memcpy(d, s, n);
  return d;
}

/* A copy of at most EGCA__NAME_MAX bytes of s, cut at a UTF-8 boundary; NULL for NULL or "". */
static char *dup_capped(const char *s, size_t n)
{
  if (s == NULL || n == 0)
    return NULL;
  if (n > EGCA__NAME_MAX) {
    n = EGCA__NAME_MAX;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) /* s[n] continues a sequence: cut before it */
      n--;
  }
  char *d = malloc(n + 1);
  if (d != NULL) {
    memcpy(d, s, n);
    d[n] = '\0';
  }
  return d;
}

/* The day's name from a SUMMARY: without a trailing marker group such as "(休)", "(班)" or "（休）"
 * (make_ics.py writes "国庆节、中秋节(班)"), and without surrounding blanks. */
static char *name_of_summary(const char *summary)
{
  if (summary == NULL)
    return NULL;
  while (*summary == ' ')
    summary++;
  size_t n = strlen(summary);
  while (n > 0 && summary[n - 1] == ' ')
    n--;
  static const struct {
    const char *open, *close;
  } groups[] = {{"(", ")"}, {"\xEF\xBC\x88", "\xEF\xBC\x89"}}; /* ( ) and （ ） */
  for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
    const size_t cl = strlen(groups[g].close);
    if (n < cl || memcmp(summary + n - cl, groups[g].close, cl) != 0)
      continue;
    const size_t ol = strlen(groups[g].open);
    for (size_t at = n - cl; at-- > 0;) {
      if (at + ol <= n - cl && memcmp(summary + at, groups[g].open, ol) == 0) {
        char inside[32];
        const size_t len = n - cl - at - ol;
        if (len < sizeof inside && at > 0) {
          memcpy(inside, summary + at + ol, len);
          inside[len] = '\0';
          if (has_marker(inside, working_markers) || has_marker(inside, holiday_markers)) {
            n = at;
            while (n > 0 && summary[n - 1] == ' ')
              n--;
          }
        }
        break;
      }
    }
    break;
  }
  return dup_capped(summary, n);
}

/* The value of the first X-property `name` of a component, or NULL. */
static const char *x_value(icalcomponent *component, const char *name)
{
  if (component == NULL)
    return NULL;
  for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
    const char *n = icalproperty_get_x_name(p);
    if (n != NULL && strcasecmp(n, name) == 0)
      return icalproperty_get_x(p);
  }
  return NULL;
}

void egca__ics_event_clear(egca__ics_event *e)
{
  free(e->uid);
  free(e->name);
  free(e->notice);
  free(e->notice_date);
  free(e->notice_url);
  memset(e, 0, sizeof *e);
}

/* "NAME:LINE: event UID" for messages. */
static int event_fail(reader *r, int code, size_t event_index, const char *uid, const char *fmt, const char *detail)
{
  int line = event_index < r->lines->event_count ? r->lines->event_lines[event_index] : 0;
  char what[EGCA_ERROR_TEXT_MAX];
  snprintf(what, sizeof what, fmt, detail);
  if (uid != NULL)
    return egca__fail(r->err, code, r->name, line, EGCA__TR(r->err, "event %s: %s", "事件%s：%s"), uid, what);
  return egca__fail(r->err, code, r->name, line, EGCA__TR(r->err, "event: %s", "事件：%s"), what);
}

static int push_day(reader *r, egca_date date, uint8_t mark, uint8_t tentative, uint32_t event)
{
  egca__ics_source *s = r->src;
  if (s->day_count == r->day_cap) {
    if (r->day_cap >= MAX_DAYS_PER_SOURCE)
      return egca__fail(r->err, EGCA_E_INVALID, r->name, 0,
                        EGCA__TR(r->err, "more than %d marked days in one source", "一个来源中标记的日期超过%d个"),
                        MAX_DAYS_PER_SOURCE);
    size_t cap = r->day_cap ? r->day_cap * 2 : 256;
    egca__ics_day *grown = realloc(s->days, cap * sizeof *grown);
    if (grown == NULL)
      return egca__fail_nomem(r->err);
    s->days = grown;
    r->day_cap = cap;
  }
  s->days[s->day_count++] = (egca__ics_day){.date = date, .mark = mark, .tentative = tentative, .event = event};
  return 0;
}

/* The date of a DATE, or of a DATE-TIME already in China's time (in_china). */
static egca_date date_of(struct icaltimetype t)
{
  egca_date d = 0;
  egca_date_from_ymd(&d, t.year, t.month, t.day);
  return d;
}

/* The zone of a DATE-TIME property: UTC for a time ending in Z, its TZID's VTIMEZONE or the zone libical
 * knows by that name, or NULL (floating; or a TZID nobody knows, which check_zones refuses where it
 * decides a day). */
static icaltimezone *zone_of(const reader *r, icalproperty *prop, struct icaltimetype t)
{
  if (icaltime_is_utc(t))
    return icaltimezone_get_utc_timezone();
  icalparameter *param = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER);
  const char *tzid = param != NULL ? icalparameter_get_tzid(param) : NULL;
  if (tzid == NULL)
    return NULL;
  icaltimezone *zone = r->calendar != NULL ? icalcomponent_get_timezone(r->calendar, tzid) : NULL;
  return zone != NULL ? zone : icaltimezone_get_builtin_timezone(tzid);
}

/* A DATE-TIME as the wall-clock time in China, where the notices apply. A time in UTC or in a named zone
 * is converted before any day is read from it: Outlook writes an all-day holiday as
 * DTSTART:20250930T160000Z, which is midnight on 10-01 in Beijing, not a day on 09-30. A floating time
 * is already China's (DESIGN.md); a DATE stays as written. The result is floating, so that comparing
 * two of them converts nothing. */
static struct icaltimetype in_china(const reader *r, struct icaltimetype t, icaltimezone *zone)
{
  if (t.is_date || zone == NULL)
    return t;
  t.zone = zone;
  if (r->china != NULL) {
    t = icaltime_convert_to_zone(t, r->china);
  } else {
    t = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
    t.hour += 8; /* China Standard Time */
    t = icaltime_normalize(t);
  }
  t.zone = NULL;
  return t;
}

/* The days of an instance from `start` to `end`, both in China's time: an all-day instance ends before
 * its end date (RFC 5545 §3.6.1: DTEND is exclusive), at least one day; a timed one marks every date it
 * touches, except the date on which it ends at midnight. */
static int span_days(struct icaltimetype start, struct icaltimetype end)
{
  const egca_date first = date_of(start);
  egca_date last = date_of(end);
  if (start.is_date)
    return last > first ? (int)(last - first) : 1;
  if (end.hour == 0 && end.minute == 0 && end.second == 0 && last > first)
    last--;
  return (int)(last - first) + 1;
}

static int valid_time(struct icaltimetype t)
{
  egca_date d;
  return !icaltime_is_null_time(t) && egca_date_from_ymd(&d, t.year, t.month, t.day) == 0;
}

/* Does an X-LIC-ERROR of this event concern a property that egca reads? libical replaces a property
 * it cannot read by X-LIC-ERROR and goes on; holiday-cn's DTSTAMP;VALUE=DATE is such a case and is
 * harmless, an unreadable DTSTART is not. */
static const char *fatal_ical_error(icalcomponent *event)
{
  static const char *const used[] = {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "EXRULE", "STATUS",
                                     NULL};
  for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)) {
    const char *text = icalproperty_get_xlicerror(p);
    if (text == NULL)
      continue;
    for (const char *const *u = used; *u != NULL; u++)
      if (contains(text, *u))
        return text;
  }
  return NULL;
}

/* Classifies an event: EGCA__MARK_* or 0 for an observance; a negative code with err set on a bad
 * marker or when out of memory (a lost text must not turn a holiday into an observance). */
static int classify(reader *r, icalcomponent *event, size_t index, const char *uid)
{
  for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
    const char *name = icalproperty_get_x_name(p);
    if (name == NULL || strcasecmp(name, "X-APPLE-SPECIAL-DAY") != 0) /* names: any case, RFC 5545 §2 */
      continue;
    const char *value = icalproperty_get_x(p);
    if (value != NULL && strcmp(value, "WORK-HOLIDAY") == 0)
      return EGCA__MARK_HOLIDAY;
    if (value != NULL && strcmp(value, "ALTERNATE-WORKDAY") == 0)
      return EGCA__MARK_WORKING;
    return event_fail(r, EGCA_E_PARSE, index, uid,
                      EGCA__TR(r->err,
                               "unknown X-APPLE-SPECIAL-DAY value \"%s\" (expected WORK-HOLIDAY or ALTERNATE-WORKDAY)",
                               "未知的X-APPLE-SPECIAL-DAY值\"%s\"（应为WORK-HOLIDAY或ALTERNATE-WORKDAY）"),
                      value ? value : "");
  }
  /* The summary decides first; categories and description only when it has no marker, so a holiday
   * whose description mentions the make-up day (节后上班) stays a holiday. */
  char *texts[3] = {NULL, NULL, NULL};
  int nomem = 0;
  icalproperty *p = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY);
  const char *summary = p ? icalproperty_get_summary(p) : NULL;
  texts[0] = dup_string(summary);
  nomem |= summary != NULL && texts[0] == NULL;
  size_t cat_len = 0;
  for (p = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY)) {
    const char *c = icalproperty_get_categories(p);
    if (c == NULL)
      continue;
    size_t n = strlen(c);
    char *grown = realloc(texts[1], cat_len + n + 2);
    if (grown == NULL) {
      nomem = 1;
      break;
    }
    texts[1] = grown;
    memcpy(texts[1] + cat_len, c, n);
    cat_len += n;
    texts[1][cat_len++] = ',';
    texts[1][cat_len] = '\0';
  }
  p = icalcomponent_get_first_property(event, ICAL_DESCRIPTION_PROPERTY);
  const char *description = p ? icalproperty_get_description(p) : NULL;
  texts[2] = dup_string(description);
  nomem |= description != NULL && texts[2] == NULL;
  if (nomem) {
    for (int i = 0; i < 3; i++)
      free(texts[i]);
    return egca__fail_nomem(r->err);
  }
  int mark = 0;
  for (int i = 0; i < 3 && mark == 0; i++) {
    if (has_marker(texts[i], working_markers))
      mark = EGCA__MARK_WORKING;
    else if (has_marker(texts[i], holiday_markers))
      mark = EGCA__MARK_HOLIDAY;
  }
  for (int i = 0; i < 3; i++)
    free(texts[i]);
  return mark;
}

static int in_range(egca_date d)
{
  int y;
  egca_date_to_ymd(d, &y, NULL, NULL);
  return y >= EGCA__FIRST_YEAR && y <= EGCA__LAST_YEAR;
}

/* Days of one occurrence starting at `start` and lasting `days` days. */
static int push_span(reader *r, egca_date start, int days, uint8_t mark, uint8_t tentative, uint32_t event,
                     size_t index, const char *uid)
{
  for (int k = 0; k < days; k++) {
    if (!in_range(start + k)) {
      char shown[EGCA_DATE_TEXT_SIZE];
      egca_date_format(start + k, shown);
      return event_fail(r, EGCA_E_INVALID, index, uid,
                        EGCA__TR(r->err, "%s is outside the supported range 1900-01-01..2199-12-31",
                                 "%s超出支持范围1900-01-01..2199-12-31"),
                        shown);
    }
    int rc = push_day(r, start + k, mark, tentative, event);
    if (rc < 0)
      return rc;
  }
  return 0;
}

/* The days an event's EXDATEs remove (their dates in China), sorted once, so that each occurrence is
 * looked up in O(log n): scanning every EXDATE for every occurrence took 100 s for 20,000 EXDATEs on a
 * daily rule. */
typedef struct excluded {
  egca_date *days;
  size_t count;
} excluded;

static int date_order(const void *x, const void *y)
{
  const egca_date a = *(const egca_date *)x, b = *(const egca_date *)y;
  return (a > b) - (a < b);
}

static int read_excluded(reader *r, excluded *out, icalcomponent *event)
{
  out->days = NULL;
  out->count = 0;
  const size_t n = (size_t)icalcomponent_count_properties(event, ICAL_EXDATE_PROPERTY);
  if (n == 0)
    return 0;
  if ((out->days = malloc(n * sizeof *out->days)) == NULL)
    return egca__fail_nomem(r->err);
  for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p != NULL && out->count < n;
       p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
    struct icaltimetype t = icalproperty_get_exdate(p);
    if (valid_time(t))
      out->days[out->count++] = date_of(in_china(r, t, zone_of(r, p, t)));
  }
  qsort(out->days, out->count, sizeof *out->days, date_order);
  return 0;
}

static int is_excluded(const excluded *x, egca_date day)
{
  return x->count > 0 && bsearch(&day, x->days, x->count, sizeof *x->days, date_order) != NULL;
}

/* A TZID must name a VTIMEZONE of the file or a zone libical knows: a date in an unknown zone would
 * be a guess. One rule for every property of the event that has a TZID (DTSTART, DTEND, EXDATE, RDATE,
 * RECURRENCE-ID …): an EXDATE in an unknown zone would exclude a day by a guess as much as a DTSTART. */
static int check_zones(reader *r, icalcomponent *event, size_t index, const char *uid)
{
  for (icalproperty *prop = icalcomponent_get_first_property(event, ICAL_ANY_PROPERTY); prop != NULL;
       prop = icalcomponent_get_next_property(event, ICAL_ANY_PROPERTY)) {
    icalparameter *param = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER);
    if (param == NULL)
      continue;
    const char *tzid = icalparameter_get_tzid(param);
    if (tzid == NULL || (r->calendar != NULL && icalcomponent_get_timezone(r->calendar, tzid) != NULL) ||
        icaltimezone_get_builtin_timezone(tzid) != NULL)
      continue;
    const char *prop_name = icalproperty_get_property_name(prop);
    char what[EGCA_ERROR_TEXT_MAX];
    snprintf(what, sizeof what,
             EGCA__TR(r->err, "%s: unknown time zone \"%s\" (no VTIMEZONE of that name in the file)",
                      "%s：未知时区\"%s\"（文件中没有该名称的VTIMEZONE）"),
             prop_name != NULL ? prop_name : EGCA__TR(r->err, "property", "属性"), tzid);
    return event_fail(r, EGCA_E_PARSE, index, uid, "%s", what);
  }
  return 0;
}

/* What the occurrences of one event share. */
typedef struct occurrences {
  reader *r;
  size_t index;        /* the event, for messages */
  const char *uid;
  uint32_t event;
  uint8_t mark, tentative;
  excluded skip;       /* its EXDATEs */
} occurrences;

/* An occurrence from `day`, `days` long, unless an EXDATE removes it: RFC 5545 §3.8.5.1 takes an EXDATE
 * out of the recurrence set, whether DTSTART, an RRULE or an RDATE put the instance there. */
static int occur(occurrences *o, egca_date day, int days)
{
  if (is_excluded(&o->skip, day))
    return 0;
  return push_span(o->r, day, days, o->mark, o->tentative, o->event, o->index, o->uid);
}

/* The occurrences of an RRULE, each as long as the first; `zone` is DTSTART's, in which the rule repeats
 * (RFC 5545 §3.3.10), each occurrence then read as a date in China. */
static int expand_rrule(occurrences *o, icalproperty *rrule_prop, struct icaltimetype start, icaltimezone *zone,
                        int days)
{
  reader *r = o->r;
  if (++r->recurring > MAX_RECURRING_PER_SOURCE)
    return event_fail(r, EGCA_E_PARSE, o->index, o->uid, "%s",
                      EGCA__TR(r->err, "more than 100 recurring events (RRULE) in one source: list the days instead",
                               "一个来源中有超过100个重复事件（RRULE）：请改为逐日列出"));
  struct icalrecurrencetype rule = icalproperty_get_rrule(rrule_prop);
  /* libical searches for the next occurrence without bound: a rule whose parts never match
   * (FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30) would run for hours. A holiday is a day, so nothing recurs more
   * often than daily, and the search stops at the end of the supported range. */
  if (rule.freq == ICAL_SECONDLY_RECURRENCE || rule.freq == ICAL_MINUTELY_RECURRENCE ||
      rule.freq == ICAL_HOURLY_RECURRENCE)
    return event_fail(r, EGCA_E_PARSE, o->index, o->uid, "%s",
                      EGCA__TR(r->err, "an RRULE that repeats more often than daily (a holiday is a day)",
                               "RRULE的重复频率高于每日一次（节假日以日为单位）"));
  struct icaltimetype last = start;
  last.year = EGCA__LAST_YEAR;
  last.month = 12;
  last.day = 31;
  if (!last.is_date) {
    last.hour = 23;
    last.minute = 59;
    last.second = 59;
  }
  /* RFC 5545 §3.3.10: with a DTSTART in a zone, UNTIL is in UTC. libical compares it with occurrences
   * that carry no zone (their wall-clock time in DTSTART's zone) as if they were UTC, which drops the last
   * one east of Greenwich (08:00 in Beijing is 00:00Z, before an UNTIL at 04:00Z). So UNTIL is moved to
   * DTSTART's zone first (China's for a floating DTSTART). */
  if (!icaltime_is_null_time(rule.until) && !rule.until.is_date && icaltime_is_utc(rule.until) &&
      !start.is_date && !icaltime_is_utc(start)) {
    if (zone != NULL)
      rule.until = icaltime_convert_to_zone(rule.until, zone);
    else
      rule.until = in_china(r, rule.until, icaltimezone_get_utc_timezone());
    rule.until.zone = start.zone;
  }
  if (icaltime_is_null_time(rule.until) || icaltime_compare(rule.until, last) > 0)
    rule.until = last;
  icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
  if (it == NULL)
    return event_fail(r, EGCA_E_PARSE, o->index, o->uid, "%s", EGCA__TR(r->err, "unreadable RRULE", "无法读取的RRULE"));
  int rc = 0;
  for (struct icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t); t = icalrecur_iterator_next(it)) {
    if (t.year > EGCA__LAST_YEAR)
      break;
    if ((rc = occur(o, date_of(in_china(r, t, zone)), days)) < 0)
      break;
  }
  icalrecur_iterator_free(it);
  return rc;
}

/* RDATE adds occurrences (RFC 5545 §3.8.5.2): a DATE or a DATE-TIME starts one as long as the event's
 * first; a PERIOD marks the days it covers, as a DTSTART and a DTEND would. */
static int read_rdates(occurrences *o, icalcomponent *event, int days)
{
  reader *r = o->r;
  for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_RDATE_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property(event, ICAL_RDATE_PROPERTY)) {
    int rc; /* its TZID was checked with the event's other properties (check_zones) */
    const struct icaldatetimeperiodtype v = icalproperty_get_rdate(p);
    if (icalperiodtype_is_null_period(v.period)) {
      if (!valid_time(v.time))
        return event_fail(r, EGCA_E_PARSE, o->index, o->uid, "%s", EGCA__TR(r->err, "unreadable RDATE",
                                                                            "无法读取的RDATE"));
      rc = occur(o, date_of(in_china(r, v.time, zone_of(r, p, v.time))), days);
    } else {
      struct icaltimetype from = v.period.start, to = v.period.end;
      if (!valid_time(from))
        return event_fail(r, EGCA_E_PARSE, o->index, o->uid, "%s", EGCA__TR(r->err, "unreadable RDATE period",
                                                                            "无法读取的RDATE期间"));
      from = in_china(r, from, zone_of(r, p, from));
      if (icaltime_is_null_time(to)) {
        if (v.period.duration.is_neg || icaldurationtype_is_bad_duration(v.period.duration))
          return event_fail(r, EGCA_E_PARSE, o->index, o->uid, "%s",
                            EGCA__TR(r->err, "unreadable or negative RDATE period", "无法读取或为负的RDATE期间"));
        to = icaltime_add(from, v.period.duration);
      } else {
        if (!valid_time(to))
          return event_fail(r, EGCA_E_PARSE, o->index, o->uid, "%s", EGCA__TR(r->err, "unreadable RDATE period",
                                                                              "无法读取的RDATE期间"));
        to = in_china(r, to, zone_of(r, p, to));
      }
      if (icaltime_compare(to, from) < 0)
        return event_fail(r, EGCA_E_PARSE, o->index, o->uid, "%s",
                          EGCA__TR(r->err, "an RDATE period that ends before it starts", "RDATE期间的结束早于开始"));
      const int n = span_days(from, to);
      if (n > 366)
        return event_fail(r, EGCA_E_INVALID, o->index, o->uid, "%s",
                          EGCA__TR(r->err, "an RDATE period of more than 366 days is not a holiday period",
                                   "超过366天的RDATE期间不是假期"));
      rc = occur(o, date_of(from), n);
    }
    if (rc < 0)
      return rc;
  }
  return 0;
}

static int read_event(reader *r, icalcomponent *event, size_t index)
{
  egca__ics_source *s = r->src;
  icalproperty *uid_prop = icalcomponent_get_first_property(event, ICAL_UID_PROPERTY);
  const char *uid = uid_prop ? icalproperty_get_uid(uid_prop) : NULL;

  if (index == r->lines->bad_time_event) {
    /* The pre-scan saw the value as written, which libical no longer holds (scan_lines). */
    char what[EGCA_ERROR_TEXT_MAX];
    snprintf(what, sizeof what,
             EGCA__TR(r->err, "unreadable %s \"%s\" (not an RFC 5545 DATE, DATE-TIME or PERIOD)",
                      "无法读取的%s\"%s\"（不是RFC 5545的DATE、DATE-TIME或PERIOD）"),
             r->lines->bad_time_name, r->lines->bad_time_value);
    return event_fail(r, EGCA_E_PARSE, index, uid, "%s", what);
  }
  const char *bad = fatal_ical_error(event);
  if (bad != NULL) {
    /* libical says "Can't parse as DURATION value in DURATION property. Removing entire property: P8X";
     * egca rejects the file instead, so name the property and its value only. */
    static const char *const names[] = {"DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RDATE", "EXRULE",
                                        "STATUS", NULL};
    const char *name = EGCA__TR(r->err, "property", "属性");
    for (const char *const *n = names; *n != NULL; n++)
      if (contains(bad, *n)) {
        name = *n;
        break;
      }
    const char *value = strrchr(bad, ':');
    char what[EGCA_ERROR_TEXT_MAX];
    snprintf(what, sizeof what, EGCA__TR(r->err, "unreadable %s \"%s\"", "无法读取的%s\"%s\""), name,
             value != NULL ? value + 1 + (value[1] == ' ') : bad);
    return event_fail(r, EGCA_E_PARSE, index, uid, "%s", what);
  }

  /* RFC 5545 §3.6.1: DTSTART, DTEND and DURATION MUST NOT occur more than once in an event and RRULE
   * SHOULD NOT; egca would read the first and drop the others, so an event with two is ambiguous. EXRULE
   * is deprecated (RFC 5545 Appendix A.3) and egca does not expand it: ignoring it would mark the days it
   * removes. */
  static const struct {
    icalproperty_kind kind;
    const char *name;
  } once[] = {{ICAL_DTSTART_PROPERTY, "DTSTART"}, {ICAL_DTEND_PROPERTY, "DTEND"},
              {ICAL_DURATION_PROPERTY, "DURATION"}, {ICAL_RRULE_PROPERTY, "RRULE"}};
  for (size_t k = 0; k < sizeof once / sizeof once[0]; k++)
    if (icalcomponent_count_properties(event, once[k].kind) > 1)
      return event_fail(r, EGCA_E_PARSE, index, uid,
                        EGCA__TR(r->err, "more than one %s (RFC 5545 section 3.6.1: at most one)",
                                 "%s多于一个（RFC 5545第3.6.1节：至多一个）"),
                        once[k].name);
  if (icalcomponent_get_first_property(event, ICAL_EXRULE_PROPERTY) != NULL)
    return event_fail(r, EGCA_E_PARSE, index, uid, "%s",
                      EGCA__TR(r->err,
                               "EXRULE is not supported (deprecated by RFC 5545): list the days it removes as EXDATE",
                               "不支持EXRULE（RFC 5545已弃用）：请将其排除的日期列为EXDATE"));

  icalproperty *status_prop = icalcomponent_get_first_property(event, ICAL_STATUS_PROPERTY);
  enum icalproperty_status status = status_prop ? icalproperty_get_status(status_prop) : ICAL_STATUS_NONE;
  if (status == ICAL_STATUS_CANCELLED) {
    s->events_cancelled++;
    return 0;
  }
  const uint8_t tentative = status == ICAL_STATUS_TENTATIVE;

  icalproperty *start_prop = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
  if (start_prop == NULL)
    return event_fail(r, EGCA_E_PARSE, index, uid, "%s", EGCA__TR(r->err, "no DTSTART", "没有DTSTART"));
  struct icaltimetype start = icalproperty_get_dtstart(start_prop);
  if (!valid_time(start))
    return event_fail(r, EGCA_E_PARSE, index, uid, "%s", EGCA__TR(r->err, "unreadable DTSTART", "无法读取的DTSTART"));
  int rc = check_zones(r, event, index, uid);
  if (rc < 0)
    return rc;
  icaltimezone *const start_zone = zone_of(r, start_prop, start);
  const struct icaltimetype start_china = in_china(r, start, start_zone);

  /* Length in days: all-day events end before DTEND (exclusive) or after DURATION, else one day;
   * a timed event marks every date it touches. */
  egca_date first = date_of(start_china);
  int days = 1;
  icalproperty *end_prop = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
  icalproperty *dur_prop = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY);
  if (end_prop != NULL && dur_prop != NULL)
    return event_fail(r, EGCA_E_PARSE, index, uid, "%s",
                      EGCA__TR(r->err, "both DTEND and DURATION (RFC 5545 allows one)",
                               "同时有DTEND和DURATION（RFC 5545只允许其一）"));
  if (end_prop != NULL || dur_prop != NULL) {
    struct icaltimetype end;
    if (end_prop != NULL) {
      end = icalproperty_get_dtend(end_prop);
      if (!valid_time(end))
        return event_fail(r, EGCA_E_PARSE, index, uid, "%s", EGCA__TR(r->err, "unreadable DTEND", "无法读取的DTEND"));
      if (end.is_date != start.is_date)
        return event_fail(r, EGCA_E_PARSE, index, uid, "%s",
                          EGCA__TR(r->err, "DTEND and DTSTART must both be dates or both date-times",
                                   "DTEND和DTSTART须同为日期或同为日期时间"));
      end = in_china(r, end, zone_of(r, end_prop, end));
    } else {
      struct icaldurationtype d = icalproperty_get_duration(dur_prop);
      if (d.is_neg || icaldurationtype_is_bad_duration(d))
        return event_fail(r, EGCA_E_PARSE, index, uid, "%s", EGCA__TR(r->err, "unreadable or negative DURATION",
                                                                      "无法读取或为负的DURATION"));
      end = icaltime_add(start_china, d);
    }
    if (icaltime_compare(end, start_china) < 0)
      return event_fail(r, EGCA_E_PARSE, index, uid, "%s", EGCA__TR(r->err, "DTEND is before DTSTART",
                                                                    "DTEND早于DTSTART"));
    days = span_days(start_china, end);
    if (days > 366)
      return event_fail(r, EGCA_E_INVALID, index, uid, "%s",
                        EGCA__TR(r->err, "an event of more than 366 days is not a holiday period",
                                 "超过366天的事件不是假期"));
  }

  int mark = classify(r, event, index, uid);
  if (mark < 0)
    return mark;
  if (mark == 0) {
    if (r->unmarked == EGCA_UNMARKED_ERROR) {
      icalproperty *sp = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY);
      return event_fail(r, EGCA_E_PARSE, index, uid,
                        EGCA__TR(r->err,
                                 "\"%s\" is neither a holiday nor a working day (no 休/假/班 marker or X-APPLE-SPECIAL-DAY)",
                                 "\"%s\"既不是节假日也不是工作日（没有休/假/班标记或X-APPLE-SPECIAL-DAY）"),
                        sp ? icalproperty_get_summary(sp) : "");
    }
    if (r->unmarked == EGCA_UNMARKED_IGNORE) {
      s->observances_ignored++;
      return 0;
    }
    mark = EGCA__MARK_HOLIDAY;
  }

  /* Record the event for messages. */
  if (s->event_count == r->event_cap) {
    size_t cap = r->event_cap ? r->event_cap * 2 : 64;
    egca__ics_event *grown = realloc(s->events, cap * sizeof *grown);
    if (grown == NULL)
      return egca__fail_nomem(r->err);
    s->events = grown;
    r->event_cap = cap;
  }
  /* Why its days are what they are: its name, and the notice the event names (or, for a file of one
   * notice, the VCALENDAR names). A notice date must be a date: it is shown as one. */
  const char *notice = x_value(event, "X-EGCA-NOTICE");
  const char *notice_date = x_value(event, "X-EGCA-NOTICE-DATE");
  const char *notice_url = x_value(event, "X-EGCA-NOTICE-URL");
  if (notice == NULL)
    notice = x_value(r->calendar, "X-EGCA-NOTICE");
  if (notice_date == NULL)
    notice_date = x_value(r->calendar, "X-EGCA-NOTICE-DATE");
  if (notice_url == NULL)
    notice_url = x_value(r->calendar, "X-EGCA-SOURCE");
  egca_date parsed;
  if (notice_date != NULL && (strlen(notice_date) != 10 || egca_date_parse(&parsed, notice_date, NULL) < 0))
    return event_fail(r, EGCA_E_PARSE, index, uid,
                      EGCA__TR(r->err, "X-EGCA-NOTICE-DATE \"%s\" is not a date (YYYY-MM-DD)",
                               "X-EGCA-NOTICE-DATE\"%s\"不是日期（YYYY-MM-DD）"),
                      notice_date);
  /* X-EGCA-LOCAL: the day is a region's own, as egca_calendar_to_ics marks it. */
  const char *local = x_value(event, "X-EGCA-LOCAL");
  if (local != NULL && strcasecmp(local, "TRUE") != 0 && strcasecmp(local, "FALSE") != 0)
    return event_fail(r, EGCA_E_PARSE, index, uid, "X-EGCA-LOCAL \"%s\" is neither TRUE nor FALSE", local);
  icalproperty *summary_prop = icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY);
  egca__ics_event rec = {.line = index < r->lines->event_count ? r->lines->event_lines[index] : 0};
  rec.local = local != NULL && strcasecmp(local, "TRUE") == 0;
  rec.uid = dup_string(uid);
  rec.name = name_of_summary(summary_prop ? icalproperty_get_summary(summary_prop) : NULL);
  rec.notice = notice != NULL ? dup_capped(notice, strlen(notice)) : NULL;
  rec.notice_date = notice_date != NULL ? dup_capped(notice_date, strlen(notice_date)) : NULL;
  rec.notice_url = notice_url != NULL ? dup_capped(notice_url, strlen(notice_url)) : NULL;
  const char *summary = summary_prop ? icalproperty_get_summary(summary_prop) : NULL;
  if ((uid != NULL && rec.uid == NULL) || (notice != NULL && *notice && rec.notice == NULL) ||
      (notice_date != NULL && rec.notice_date == NULL) || (notice_url != NULL && *notice_url && rec.notice_url == NULL) ||
      (summary != NULL && rec.name == NULL && summary[strspn(summary, " ")] != '\0')) {
    egca__ics_event_clear(&rec);
    return egca__fail_nomem(r->err);
  }
  const uint32_t event_id = (uint32_t)s->event_count;
  s->events[s->event_count++] = rec;
  s->events_used++;

  occurrences o = {.r = r, .index = index, .uid = uid, .event = event_id, .mark = (uint8_t)mark,
                   .tentative = tentative};
  if ((rc = read_excluded(r, &o.skip, event)) < 0)
    return rc;
  icalproperty *rrule_prop = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
  if (rrule_prop == NULL)
    rc = occur(&o, first, days); /* RFC 5545 §3.8.5.3: DTSTART is the first instance */
  else
    rc = expand_rrule(&o, rrule_prop, start, start_zone, days);
  if (rc == 0)
    rc = read_rdates(&o, event, days);
  free(o.skip.days);
  return rc;
}

/* X-EGCA-COVERAGE:2025,2026 on the VCALENDAR. */
static int read_coverage(reader *r, icalcomponent *calendar)
{
  egca__ics_source *s = r->src;
  for (icalproperty *p = icalcomponent_get_first_property(calendar, ICAL_X_PROPERTY); p != NULL;
       p = icalcomponent_get_next_property(calendar, ICAL_X_PROPERTY)) {
    const char *name = icalproperty_get_x_name(p);
    if (name == NULL || strcasecmp(name, "X-EGCA-COVERAGE") != 0)
      continue;
    const size_t k = r->coverage_index++;
    const int line = k < r->lines->coverage_count ? r->lines->coverage_lines[k] : 0;
    const char *v = icalproperty_get_x(p);
    while (v != NULL && *v != '\0') {
      int year = 0, digits = 0;
      while (*v == ' ')
        v++;
      while (*v >= '0' && *v <= '9' && digits < 5) {
        year = year * 10 + (*v++ - '0');
        digits++;
      }
      while (*v == ' ')
        v++;
      if (digits != 4 || year < EGCA__FIRST_YEAR || year > EGCA__LAST_YEAR || (*v != ',' && *v != '\0'))
        return egca__fail(r->err, EGCA_E_PARSE, r->name, line,
                          EGCA__TR(r->err, "X-EGCA-COVERAGE must list years 1900..2199 separated by commas, got \"%s\"",
                                   "X-EGCA-COVERAGE须列出1900..2199之间以逗号分隔的年份，实际为\"%s\""),
                          icalproperty_get_x(p));
      int *grown = realloc(s->declared_years, (s->declared_count + 1) * sizeof *grown);
      if (grown == NULL)
        return egca__fail_nomem(r->err);
      s->declared_years = grown;
      s->declared_years[s->declared_count++] = year;
      if (*v == ',')
        v++;
    }
  }
  return 0;
}

static int read_calendar(reader *r, icalcomponent *calendar, size_t *event_index)
{
  r->calendar = calendar;
  int rc = read_coverage(r, calendar);
  if (rc < 0)
    return rc;
  for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e != NULL;
       e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    if ((rc = read_event(r, e, (*event_index)++)) < 0)
      return rc;
  }
  return 0;
}

void egca__ics_source_free(egca__ics_source *s)
{
  if (s == NULL)
    return;
  for (size_t i = 0; i < s->event_count; i++)
    egca__ics_event_clear(&s->events[i]);
  free(s->events);
  free(s->days);
  free(s->declared_years);
  memset(s, 0, sizeof *s);
}

static const char *not_readable(const egca_error *err)
{
  return EGCA__TR(err, "not a readable iCalendar file (no VCALENDAR component)",
                  "不是可读取的iCalendar文件（没有VCALENDAR组件）");
}

int egca__ics_read(egca__ics_source *out, const char *name, const char *data, size_t len,
                   egca_unmarked_policy unmarked, egca_error *err)
{
  memset(out, 0, sizeof *out);
  if (len == 0)
    return egca__fail(err, EGCA_E_PARSE, name, 0, "%s",
                      EGCA__TR(err, "empty file: expected an iCalendar VCALENDAR",
                               "文件为空：应为iCalendar的VCALENDAR"));
  if (memchr(data, '\0', len) != NULL)
    return egca__fail(err, EGCA_E_PARSE, name, 0, "%s",
                      EGCA__TR(err, "not iCalendar text: it contains NUL bytes", "不是iCalendar文本：其中有NUL字节"));
  /* libical reads NUL-terminated text. */
  char *text = malloc(len + 1);
  if (text == NULL)
    return egca__fail_nomem(err);
  memcpy(text, data, len);
  text[len] = '\0';
  /* libical is given the text from its BEGIN:VCALENDAR on: it reads a first line that starts with
   * white space, or with a CR, unlike any other line. */
  size_t begin = 0;
  int begin_line = 1;
  while (begin < len && (text[begin] == ' ' || text[begin] == '\r' || text[begin] == '\n' || text[begin] == '\t'))
    begin_line += text[begin++] == '\n';
  if (begin + 3 < len && (unsigned char)text[begin] == 0xEF && (unsigned char)text[begin + 1] == 0xBB &&
      (unsigned char)text[begin + 2] == 0xBF)
    begin += 3; /* UTF-8 byte-order mark */
  /* Names are case-insensitive and a line may be folded anywhere (RFC 5545 §2, §3.1). */
  char first_name[32], first_value[32];
  size_t first_end = 0;
  int first_line = begin_line;
  logical_line(first_name, first_value, NULL, text + begin, len - begin, &first_end, &first_line);
  if (strcmp(first_name, "BEGIN") != 0 || strcmp(first_value, "VCALENDAR") != 0) {
    free(text);
    return egca__fail(err, EGCA_E_PARSE, name, 1, "%s",
                      EGCA__TR(err, "not an iCalendar file: it must begin with BEGIN:VCALENDAR",
                               "不是iCalendar文件：须以BEGIN:VCALENDAR开头"));
  }
  const int long_line = long_line_at(text, len);
  if (long_line > 0) {
    free(text);
    return egca__fail(err, EGCA_E_PARSE, name, long_line,
                      EGCA__TR(err, "a line longer than %d bytes (iCalendar folds long lines)",
                               "有一行超过%d字节（iCalendar应折叠长行）"),
                      MAX_LINE_BYTES);
  }
  const int cr_line = stray_cr_at(text, len, begin, begin_line);
  if (cr_line > 0) {
    free(text);
    return egca__fail(err, EGCA_E_PARSE, name, cr_line, "%s",
                      EGCA__TR(err, "a carriage return inside a line (iCalendar lines end in CRLF)",
                               "行内有回车符（iCalendar的行以CRLF结束）"));
  }
  scan sc;
  if (scan_lines(&sc, text + begin, len - begin, begin_line, err) < 0) {
    free(text);
    scan_free(&sc);
    return egca__fail_nomem(err);
  }
  if (sc.fault_line > 0) {
    free(text);
    scan_free(&sc);
    return egca__fail(err, EGCA_E_PARSE, name, sc.fault_line, "%s", sc.fault);
  }
  if (sc.open_line > 0) {
    free(text);
    scan_free(&sc);
    if (sc.open_uid[0] != '\0')
      return egca__fail(err, EGCA_E_PARSE, name, sc.open_line,
                        EGCA__TR(err, "event %s: no END:VEVENT (is the file cut off?)",
                                 "事件%s：没有END:VEVENT（文件是否被截断？）"),
                        sc.open_uid);
    return egca__fail(err, EGCA_E_PARSE, name, sc.open_line, "%s",
                      EGCA__TR(err, "event: no END:VEVENT (is the file cut off?)",
                               "事件：没有END:VEVENT（文件是否被截断？）"));
  }
  /* RFC 5545 text is UTF-8. Text in another encoding (a GBK feed) would reach the markers as bytes that
   * match none of them, and its holidays would pass for observances: refuse it, naming the line. Checked
   * after the structure, which looks at bytes only. */
  unsigned byte = 0;
  int nomem = 0;
  const int bad_line = utf8_fault_line(text, len, &byte, &nomem);
  if (bad_line > 0 || nomem) {
    free(text);
    scan_free(&sc);
    if (nomem)
      return egca__fail_nomem(err);
    return egca__fail(err, EGCA_E_PARSE, name, bad_line,
                      EGCA__TR(err, "invalid UTF-8 (byte 0x%02X): iCalendar text must be UTF-8",
                               "无效的UTF-8（字节0x%02X）：iCalendar文本须为UTF-8"),
                      byte);
  }
  if (pthread_mutex_lock(&libical_lock) != 0) {
    free(text);
    scan_free(&sc);
    return egca__fail(err, EGCA_E_INVALID, name, 0, "%s",
                      EGCA__TR(err, "cannot take the lock that guards libical", "无法取得保护libical的锁"));
  }
  /* libical's "errors are fatal" switch is process-wide; egca needs errors reported, never abort(). */
  icalerror_set_errors_are_fatal(0);
  icalcomponent *root = icalparser_parse_string(text + begin);
  free(text);
  reader r = {.src = out, .name = name, .lines = &sc, .unmarked = unmarked,
              .china = icaltimezone_get_builtin_timezone("Asia/Shanghai"), .err = err};
  int rc = 0;
  size_t event_index = 0;
  if (root == NULL) {
    rc = egca__fail(err, EGCA_E_PARSE, name, 0, "%s", not_readable(err));
  } else if (icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT) {
    rc = read_calendar(&r, root, &event_index);
  } else if (icalcomponent_isa(root) == ICAL_XROOT_COMPONENT) {
    int calendars = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(root, ICAL_VCALENDAR_COMPONENT); c != NULL && rc == 0;
         c = icalcomponent_get_next_component(root, ICAL_VCALENDAR_COMPONENT)) {
      calendars++;
      rc = read_calendar(&r, c, &event_index);
    }
    if (rc == 0 && calendars == 0)
      rc = egca__fail(err, EGCA_E_PARSE, name, 0, "%s", not_readable(err));
  } else {
    rc = egca__fail(err, EGCA_E_PARSE, name, 0, "%s", not_readable(err));
  }
  if (rc == 0 && event_index < sc.event_count)
    rc = egca__fail(err, EGCA_E_PARSE, name, sc.event_lines[event_index],
                    "%s",
                    EGCA__TR(err, "VEVENT that libical could not read (is its END:VEVENT missing?)",
                             "libical无法读取的VEVENT（是否缺少END:VEVENT？）"));
  if (root != NULL)
    icalcomponent_free(root);
  pthread_mutex_unlock(&libical_lock);
  scan_free(&sc);
  if (rc < 0)
    egca__ics_source_free(out);
  return rc;
}
