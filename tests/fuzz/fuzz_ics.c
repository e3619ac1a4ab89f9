/* Fuzz target: the iCalendar loader (egca_calendar_builder_add_buffer), then the calendar compiled from
 * whatever loaded, asked every question of the public API around the covered years.
 *
 * Besides memory errors (ASan) and undefined behaviour (UBSan), it checks what the API promises:
 * a failing call returns a negative code equal to err.code with a non-empty message; a failed add
 * leaves the builder as it was (a later good source still loads); answers agree with each other
 * (add_workdays and workdays_between are inverse, a working day's kind is a working kind). */
#include <egca.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

/* The library prints nothing, and that includes libical on its behalf: libical's warnings
 * (icalerror_warn, "%s:%d: %s\n" to stderr) are caught here, in this program only, by replacing the
 * C library's fprintf and its fortified twin; everything else is printed as usual. */
static int libical_warning(FILE *stream, const char *format)
{
  return stream == stderr && (strcmp(format, "%s:%d: %s\n") == 0 || strcmp(format, "%s(), %s:%d: %s\n") == 0);
}

int fprintf(FILE *stream, const char *format, ...)
{
  va_list ap;
  va_start(ap, format);
  if (libical_warning(stream, format)) {
    fputs("broken promise: libical printed a warning: ", stderr);
    vfprintf(stderr, format, ap);
    abort();
  }
  int n = vfprintf(stream, format, ap);
  va_end(ap);
  return n;
}

int __fprintf_chk(FILE *stream, int flag, const char *format, ...);
int __fprintf_chk(FILE *stream, int flag, const char *format, ...)
{
  (void)flag;
  va_list ap;
  va_start(ap, format);
  if (libical_warning(stream, format)) {
    fputs("broken promise: libical printed a warning: ", stderr);
    vfprintf(stderr, format, ap);
    abort();
  }
  int n = vfprintf(stream, format, ap);
  va_end(ap);
  return n;
}

/* A small, always valid source, added after the fuzzed one: a failed add must not spoil the builder. */
static const char good_source[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//egca//fuzz//EN\r\nX-EGCA-COVERAGE:2150\r\n"
    "BEGIN:VEVENT\r\nUID:fuzz-good@egca\r\nDTSTART;VALUE=DATE:21500101\r\nSUMMARY:元旦(休)\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";

static void check_error(int rc, const egca_error *err)
{
  if (rc >= 0)
    return;
  FUZZ_ASSERT(err->code == rc);
  FUZZ_ASSERT(err->message[0] != '\0');
  FUZZ_ASSERT(memchr(err->message, '\0', sizeof err->message) != NULL);
  FUZZ_ASSERT(memchr(err->source, '\0', sizeof err->source) != NULL);
  char text[2 * EGCA_ERROR_TEXT_MAX + 512];
  FUZZ_ASSERT(egca_error_format(err, text, sizeof text) > 0);
}

static int is_working(egca_day_kind k) { return k == EGCA_DAY_WORKDAY || k == EGCA_DAY_ADJUSTED_WORKDAY; }

/* Asks the calendar about the days of `year` and a little around it. */
static void query_year(const egca_calendar *cal, int year, unsigned seed)
{
  egca_date first, last;
  if (egca_date_from_ymd(&first, year, 1, 1) < 0 || egca_date_from_ymd(&last, year, 12, 31) < 0)
    return;
  egca_error err = {0};
  for (egca_date d = first - 3; d <= last + 3; d += 1 + (int)(seed % 5)) {
    egca_day_kind kind;
    int rc = egca_calendar_kind(&kind, cal, d, &err);
    check_error(rc, &err);
    FUZZ_ASSERT(rc == EGCA_OK || rc == EGCA_PROVISIONAL || rc == EGCA_E_COVERAGE);
    if (rc < 0)
      continue;
    FUZZ_ASSERT(egca_day_kind_name(kind) != NULL);
    /* Named days: the same kind and status; strings within the bound, a notice date a date. */
    egca_day_info info;
    FUZZ_ASSERT(egca_calendar_day(&info, cal, d, NULL) == rc);
    FUZZ_ASSERT(info.kind == kind && info.provisional == (rc == EGCA_PROVISIONAL));
    FUZZ_ASSERT(info.name == NULL || (info.name[0] != '\0' && strlen(info.name) <= 255));
    FUZZ_ASSERT(info.notice == NULL || strlen(info.notice) <= 255);
    egca_date notice_date;
    FUZZ_ASSERT(info.notice_date == NULL || egca_date_parse(&notice_date, info.notice_date, NULL) == 0);
    egca_day_info notices[2];
    const size_t count = egca_calendar_notices(notices, 2, cal, d - (int)(seed % 40), d);
    for (size_t k = 0; k < count && k < 2; k++)
      FUZZ_ASSERT(notices[k].notice != NULL);
    int working = -1;
    FUZZ_ASSERT(egca_calendar_is_workday(&working, cal, d, NULL) == rc);
    FUZZ_ASSERT(working == is_working(kind));
    const int n = (int)(seed % 23) + 1;
    egca_date after;
    rc = egca_calendar_add_workdays(&after, cal, d, n, &err);
    check_error(rc, &err);
    if (rc >= 0) {
      FUZZ_ASSERT(after > d);
      int count = 0;
      int rc2 = egca_calendar_workdays_between(&count, cal, d, after, &err);
      check_error(rc2, &err);
      if (rc2 >= 0)
        FUZZ_ASSERT(count == n);
      egca_date back;
      rc2 = egca_calendar_add_workdays(&back, cal, after, -n, NULL);
      if (rc2 >= 0)
        FUZZ_ASSERT(back <= d);
    }
    egca_date on;
    rc = egca_calendar_workday_on_or_after(&on, cal, d, &err);
    check_error(rc, &err);
    if (rc >= 0)
      FUZZ_ASSERT(on >= d);
    rc = egca_calendar_workday_on_or_before(&on, cal, d, &err);
    check_error(rc, &err);
    if (rc >= 0)
      FUZZ_ASSERT(on <= d);
    int provisional;
    rc = egca_calendar_is_provisional(&provisional, cal, d, &err);
    check_error(rc, &err);
    seed = seed * 1103515245u + 12345u;
  }
  size_t sources = egca_calendar_year_source_count(cal, year);
  for (size_t i = 0; i < sources; i++)
    FUZZ_ASSERT(egca_calendar_year_source(cal, year, i) != NULL);
  FUZZ_ASSERT(egca_calendar_year_source(cal, year, sources) == NULL);
}

static void exercise(const egca_calendar *cal, unsigned seed)
{
  int first = 0, last = 0;
  egca_calendar_year_range(cal, &first, &last);
  FUZZ_ASSERT(first <= last);
  int asked = 0;
  for (int y = first; y <= last && asked < 4; y++) {
    if (egca_calendar_year_coverage(cal, y) == EGCA_COVERAGE_NONE)
      continue;
    query_year(cal, y, seed);
    asked++;
  }
  /* Far outside: an error, never an answer or a crash. */
  egca_date out;
  egca_error err = {0};
  FUZZ_ASSERT(egca_calendar_add_workdays(&out, cal, EGCA_DATE_MIN, 1, &err) == EGCA_E_COVERAGE);
  FUZZ_ASSERT(egca_calendar_add_workdays(&out, cal, EGCA_DATE_MAX, -1, &err) == EGCA_E_COVERAGE);
  FUZZ_ASSERT(egca_calendar_add_workdays(&out, cal, EGCA_DATE_NONE, 1, &err) < 0);
  int count;
  FUZZ_ASSERT(egca_calendar_workdays_between(&count, cal, EGCA_DATE_MIN, EGCA_DATE_MAX, &err) < 0);
  FUZZ_ASSERT(egca_calendar_report(cal) != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  /* The first byte picks the options, so every policy for unmarked events gets fuzzed. */
  egca_load_options options = {.unmarked = EGCA_UNMARKED_IGNORE, .strict = 0};
  if (size > 0 && data[0] == 'H')
    options.unmarked = EGCA_UNMARKED_HOLIDAY;
  else if (size > 0 && data[0] == 'E')
    options.unmarked = EGCA_UNMARKED_ERROR;
  else if (size > 0 && data[0] == 'S')
    options.strict = 1;
  if (options.unmarked != EGCA_UNMARKED_IGNORE || options.strict) {
    data++;
    size--;
  }

  egca_calendar_builder *b = NULL;
  egca_error err = {0};
  int rc = egca_calendar_builder_new(&b, &options, &err);
  FUZZ_ASSERT(rc == 0 && b != NULL);
  /* An exact-size heap copy, so ASan sees any read past the end. */
  char *copy = malloc(size ? size : 1);
  FUZZ_ASSERT(copy != NULL);
  memcpy(copy, data, size);
  rc = egca_calendar_builder_add_buffer(b, "fuzz.ics", copy, size, &err);
  free(copy);
  check_error(rc, &err);
  FUZZ_ASSERT(rc == 0 || rc == EGCA_E_PARSE || rc == EGCA_E_INVALID || rc == EGCA_E_CONFLICT ||
              rc == EGCA_E_NOMEM);

  egca_calendar *cal = NULL;
  int built = egca_calendar_builder_build(&cal, b, &err);
  check_error(built, &err);
  if (rc < 0)
    FUZZ_ASSERT(built == EGCA_E_INVALID && cal == NULL); /* the failed source left nothing behind */
  if (built == 0) {
    exercise(cal, (unsigned)size);
    egca_calendar_free(cal);
  } else {
    FUZZ_ASSERT(cal == NULL);
  }

  /* The builder stays usable: a good source after the fuzzed one loads and covers its year, unless the
   * fuzzed one said the opposite about 2150-01-01. */
  rc = egca_calendar_builder_add_buffer(b, "good.ics", good_source, sizeof good_source - 1, &err);
  check_error(rc, &err);
  FUZZ_ASSERT(rc == 0 || rc == EGCA_E_CONFLICT);
  if (rc == 0) {
    rc = egca_calendar_builder_build(&cal, b, &err);
    FUZZ_ASSERT(rc == 0);
    FUZZ_ASSERT(egca_calendar_year_coverage(cal, 2150) != EGCA_COVERAGE_NONE);
    egca_date d;
    egca_date_from_ymd(&d, 2150, 1, 1);
    egca_day_kind kind;
    rc = egca_calendar_kind(&kind, cal, d, NULL);
    FUZZ_ASSERT(rc >= 0 && kind == EGCA_DAY_HOLIDAY);
    egca_calendar_free(cal);
  }
  egca_calendar_builder_free(b);
  return 0;
}
