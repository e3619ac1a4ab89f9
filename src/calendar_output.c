/* egca — a loaded calendar written out as an iCalendar feed (RFC 5545) that calendar programs subscribe to
 * and that egca reads back to the same days: one all-day event per run of days of one kind, name and
 * notice (holidays and adjusted working days), named as tools/make_ics.py names them (SUMMARY "春节(休)",
 * "春节(班)": the day's name and its 休/班 marker, which egca's loader strips again; X-EGCA-NOTICE,
 * X-EGCA-NOTICE-DATE, X-EGCA-NOTICE-URL) and marked both ways egca and the feeds it reads mark them (休/班
 * in the summary and categories, X-APPLE-SPECIAL-DAY), the years declared in X-EGCA-COVERAGE, provisional
 * days as STATUS:TENTATIVE events, a region's own days with X-EGCA-LOCAL:TRUE. Built with libical, as
 * egca_timeline_to_ics is.
 * The calendar's and the offices' JSON answers (egca_calendar_days_to_json ..., egca_offices_to_json) are
 * written here too, by the one JSON writer (json_writer.h).
 * Place in the flow: the last step, output: calendar -> here; it knows nothing of rules or cases. */
#include "internal.h"
#include "json_writer.h"

#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Holiday data spans 1900..2199 (docs/api.md): a feed of more years than that has repeats or gaps. */
#define EXPORT_YEARS_MAX 300

static struct icaltimetype ical_date(egca_date d)
{
  struct icaltimetype t = icaltime_null_date();
  egca_date_to_ymd(d, &t.year, &t.month, &t.day);
  t.is_date = 1;
  return t;
}

static int cmp_int(const void *a, const void *b)
{
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static egca_date first_of(int year)
{
  egca_date d = EGCA_DATE_NONE;
  egca_date_from_ymd(&d, year, 1, 1);
  return d;
}

/* Whether a day goes in the feed: a holiday, an adjusted working day, or a weekday an event marked worked
 * (班) and so named, whose name would otherwise be lost. */
static int listed(const egca_day_info *day)
{
  return day->kind == EGCA_DAY_HOLIDAY || day->kind == EGCA_DAY_ADJUSTED_WORKDAY ||
         (day->kind == EGCA_DAY_WORKDAY && (day->name != NULL || day->notice != NULL));
}

/* One year's days, checked: every day answered, and every provisional day one the feed can carry (inside a
 * tentative year, or a holiday or adjusted working day, which becomes a STATUS:TENTATIVE event). A
 * provisional plain day of a confirmed year (a region's year without its notice) cannot be written: the
 * feed would read back as confirmed. */
static int check_year(const egca_calendar *cal, int year, egca_error *err)
{
  if (egca_calendar_year_coverage(cal, year) == EGCA_COVERAGE_NONE) {
    egca_day_kind kind;
    int rc = egca_calendar_kind(&kind, cal, first_of(year), err); /* the calendar's own coverage message */
    if (rc >= 0)
      rc = egca__fail(err, EGCA_E_COVERAGE, NULL, 0, EGCA__TR(err, "no holiday data for %d", "没有%d年的节假日数据"), year);
    if (err != NULL)
      err->year = year;
    return rc;
  }
  const int tentative = egca_calendar_year_coverage(cal, year) == EGCA_COVERAGE_TENTATIVE;
  int marked = 0;
  for (egca_date d = first_of(year); d < first_of(year + 1); d++) {
    egca_day_info day;
    int rc = egca_calendar_day(&day, cal, d, err);
    if (rc < 0)
      return rc;
    const int special = listed(&day);
    marked |= special;
    if (rc == EGCA_PROVISIONAL && !tentative && !special) {
      char day[EGCA_DATE_TEXT_SIZE];
      const char *why = egca_calendar_region(cal) != NULL
                            ? EGCA__TR(err, "its region's notice is not loaded", "未载入本地区的通知")
                            : EGCA__TR(err, "marked only by tentative events", "仅由暂定事件标记");
      egca__fail(err, EGCA_E_COVERAGE, NULL, 0,
                 EGCA__TR(err,
                          "%s is provisional (%s): a feed cannot say so of a day it does not list; load the "
                          "region's notice for %d first",
                          "%s为暂定（%s）：日历订阅无法对未列出的日期标明暂定；请先载入本地区%d年的通知"),
                 egca_date_format(d, day), why, year);
      if (err != NULL)
        err->year = year;
      return EGCA_E_COVERAGE;
    }
  }
  if (tentative && !marked) {
    egca__fail(err, EGCA_E_COVERAGE, NULL, 0,
               EGCA__TR(err, "%d is tentative and has no holiday: a feed could not say it is tentative",
                        "%d年为暂定年份且没有节假日：日历订阅无法标明其为暂定"),
               year);
    if (err != NULL)
      err->year = year;
    return EGCA_E_COVERAGE;
  }
  return 0;
}

static int same_text(const char *a, const char *b)
{
  return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

/* Whether two days go in one event: the same kind, provisional mark, layer (local or not), name and notice. */
static int same_run(const egca_day_info *a, const egca_day_info *b)
{
  return a->kind == b->kind && a->provisional == b->provisional && a->local == b->local &&
         same_text(a->name, b->name) &&
         same_text(a->notice, b->notice) && same_text(a->notice_date, b->notice_date) &&
         same_text(a->notice_url, b->notice_url);
}

/* Adds an X-property to an event; -1 when out of memory. */
static int add_x(icalcomponent *event, const char *name, const char *value)
{
  icalproperty *p = icalproperty_new_x(value);
  if (p == NULL)
    return -1;
  icalproperty_set_x_name(p, name);
  icalcomponent_add_property(event, p);
  return 0;
}

/* Adds one event for days [from, to], each as `day` says. The summary is the day's name with its marker,
 * as tools/make_ics.py writes it ("国庆节、中秋节(休)", "春节(班)": an adjusted working day is named by the
 * holiday it serves); the loader strips the marker back off. A run without a name (its source event had no
 * SUMMARY) gets none, so that it reads back without one; X-APPLE-SPECIAL-DAY gives its kind either way. */
static int add_run(icalcomponent *cal, egca_date from, egca_date to, const egca_day_info *day)
{
  char a[EGCA_DATE_TEXT_SIZE], uid[64];
  egca_date_format(from, a);
  const int holiday = day->kind == EGCA_DAY_HOLIDAY;
  snprintf(uid, sizeof uid, "%.4s%.2s%.2s-%s@egca", a, a + 5, a + 8, holiday ? "holiday" : "workday");
  /* DTSTAMP: the first day of the run's year, so that the same calendar always gives the same feed. */
  struct icaltimetype stamp = icaltime_null_time();
  egca_date_to_ymd(from, &stamp.year, NULL, NULL);
  stamp.month = 1;
  stamp.day = 1;
  stamp.zone = icaltimezone_get_utc_timezone();
  icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
  if (event == NULL)
    return -1;
  char *summary = NULL;
  if (day->name != NULL) {
    const size_t size = strlen(day->name) + sizeof "(休)";
    if ((summary = malloc(size)) != NULL)
      snprintf(summary, size, "%s(%s)", day->name, holiday ? "休" : "班");
  }
  icalproperty *props[] = {
      icalproperty_new_uid(uid),
      icalproperty_new_dtstamp(stamp),
      icalproperty_new_dtstart(ical_date(from)),
      icalproperty_new_dtend(ical_date(to + 1)),
      summary != NULL ? icalproperty_new_summary(summary) : NULL,
      icalproperty_new_categories(holiday ? "休" : "班"),
      icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT),
      icalproperty_new_status(day->provisional ? ICAL_STATUS_TENTATIVE : ICAL_STATUS_CONFIRMED)};
  int failed = day->name != NULL && summary == NULL;
  free(summary);
  for (size_t i = 0; i < sizeof props / sizeof props[0]; i++) {
    if (props[i] != NULL)
      icalcomponent_add_property(event, props[i]);
    else if (i != 4 || day->name != NULL)
      failed = 1;
  }
  failed = failed || add_x(event, "X-APPLE-SPECIAL-DAY", holiday ? "WORK-HOLIDAY" : "ALTERNATE-WORKDAY") < 0;
  /* The notice that made the days so, as the generator writes it for every event. */
  failed = failed || (day->notice != NULL && add_x(event, "X-EGCA-NOTICE", day->notice) < 0);
  failed = failed || (day->notice_date != NULL && add_x(event, "X-EGCA-NOTICE-DATE", day->notice_date) < 0);
  failed = failed || (day->notice_url != NULL && add_x(event, "X-EGCA-NOTICE-URL", day->notice_url) < 0);
  /* A region's own day (its local layer's), read back as such by the loader. */
  failed = failed || (day->local && add_x(event, "X-EGCA-LOCAL", "TRUE") < 0);
  if (failed) {
    icalcomponent_free(event);
    return -1;
  }
  icalcomponent_add_component(cal, event);
  return 0;
}

EGCA_API int egca_calendar_to_ics(char **out, const egca_calendar *calendar, const int *years, size_t count,
                                  egca_error *err)
{
  *out = NULL;
  if (count == 0 || count > EXPORT_YEARS_MAX)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "expected 1 to %d years, got %zu", "应为1至%d个年份，实际为%zu个"), EXPORT_YEARS_MAX,
                      count);
  int *sorted = malloc(count * sizeof *sorted);
  if (sorted == NULL)
    return egca__fail_nomem(err);
  memcpy(sorted, years, count * sizeof *sorted);
  qsort(sorted, count, sizeof *sorted, cmp_int);
  size_t n = 0;
  for (size_t i = 0; i < count; i++) {
    if (sorted[i] < 1 || sorted[i] > 9998) {
      const int bad = sorted[i];
      free(sorted);
      return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "year %d is outside 1..9998", "年份%d不在1..9998之内"),
                        bad);
    }
    if (n == 0 || sorted[n - 1] != sorted[i])
      sorted[n++] = sorted[i];
  }
  for (size_t i = 0; i < n; i++) {
    int rc = check_year(calendar, sorted[i], err);
    if (rc < 0) {
      free(sorted);
      return rc;
    }
  }
  /* The name and the coverage: "2025,2026". */
  char coverage[EXPORT_YEARS_MAX * 5 + 1] = "", name[128];
  size_t used = 0;
  for (size_t i = 0; i < n; i++)
    used += (size_t)snprintf(coverage + used, sizeof coverage - used, "%s%d", i ? "," : "", sorted[i]);
  const char *region = egca_calendar_region(calendar);
  if (n == 1)
    snprintf(name, sizeof name, "中国节假日安排 %d%s%s", sorted[0], region != NULL && *region ? " " : "",
             region != NULL ? region : "");
  else
    snprintf(name, sizeof name, "中国节假日安排 %d–%d%s%s", sorted[0], sorted[n - 1],
             region != NULL && *region ? " " : "", region != NULL ? region : "");
  icalcomponent *cal = icalcomponent_vanew(
      ICAL_VCALENDAR_COMPONENT, icalproperty_new_prodid("-//egca//calendar export//ZH"), icalproperty_new_version("2.0"),
      icalproperty_new_calscale("GREGORIAN"), icalproperty_new_method(ICAL_METHOD_PUBLISH), (void *)0);
  icalproperty *calname = icalproperty_new_x(name), *declared = icalproperty_new_x(coverage);
  int failed = cal == NULL || calname == NULL || declared == NULL;
  if (failed) {
    if (calname != NULL)
      icalproperty_free(calname);
    if (declared != NULL)
      icalproperty_free(declared);
  } else {
    icalproperty_set_x_name(calname, "X-WR-CALNAME");
    icalcomponent_add_property(cal, calname);
    icalproperty_set_x_name(declared, "X-EGCA-COVERAGE");
    icalcomponent_add_property(cal, declared);
  }
  for (size_t i = 0; i < n && !failed; i++) {
    const egca_date end = first_of(sorted[i] + 1);
    for (egca_date d = first_of(sorted[i]); d < end && !failed;) {
      egca_day_info day, next;
      egca_calendar_day(&day, calendar, d, NULL); /* check_year answered every day */
      egca_date e = d;
      while (e + 1 < end && egca_calendar_day(&next, calendar, e + 1, NULL) >= 0 && same_run(&day, &next))
        e++;
      if (listed(&day))
        failed = add_run(cal, d, e, &day) < 0;
      d = e + 1;
    }
  }
  free(sorted);
  char *ical = failed ? NULL : icalcomponent_as_ical_string_r(cal);
  icalcomponent_free(cal);
  if (ical == NULL)
    return egca__fail_nomem(err);
  *out = strdup(ical);
  icalmemory_free_buffer(ical);
  return *out != NULL ? 0 : egca__fail_nomem(err);
}

/* --- JSON (the command's `calendar days|month|year|coverage` and `offices --format json`, docs/cli-json.md) - */

static const char *const coverage_names[] = {"none", "confirmed", "tentative"};

static const char *coverage_name(egca_coverage coverage)
{
  return (unsigned)coverage < sizeof coverage_names / sizeof *coverage_names ? coverage_names[coverage] : NULL;
}

/* One day: {"date", "kind", "provisional", "name", "notice": {"title", "date", "url"} or null, "local"}. */
static void put_day(egca__jw *w, egca_date d, const egca_day_info *info)
{
  egca__jw_open(w, '{');
  EGCA__JW_KEY(w, "date");
  egca__jw_date(w, d);
  EGCA__JW_KEY(w, "kind");
  egca__jw_name(w, egca_day_kind_name(info->kind));
  EGCA__JW_KEY(w, "provisional");
  egca__jw_bool(w, info->provisional);
  EGCA__JW_KEY(w, "name");
  egca__jw_string(w, info->name);
  EGCA__JW_KEY(w, "notice");
  if (info->notice != NULL) {
    egca__jw_open(w, '{');
    EGCA__JW_KEY(w, "title");
    egca__jw_string(w, info->notice);
    EGCA__JW_KEY(w, "date");
    egca__jw_string(w, info->notice_date);
    EGCA__JW_KEY(w, "url");
    egca__jw_string(w, info->notice_url);
    egca__jw_close(w, '}');
  } else {
    egca__jw_null(w);
  }
  EGCA__JW_KEY(w, "local");
  egca__jw_bool(w, info->local);
  egca__jw_close(w, '}');
}

/* Every day of from..to answered before anything is written (an answer is complete or absent): 1 when one
 * is provisional, else 0; or the error of the first that is not, that day in *failed (may be NULL). */
static int check_days(const egca_calendar *cal, egca_date from, egca_date to, egca_date *failed, egca_error *err)
{
  int provisional = 0;
  for (egca_date d = from; d <= to; d++) {
    egca_day_kind kind;
    const int rc = egca_calendar_kind(&kind, cal, d, err);
    if (rc < 0) {
      if (failed != NULL)
        *failed = d;
      return rc;
    }
    provisional |= rc == EGCA_PROVISIONAL;
  }
  return provisional;
}

/* What an answer about days is about, written before its "provisional": a range ("from", "to"), a month
 * ("month": "YYYY-MM") or a year ("year", "coverage"). */
typedef enum days_answer { DAYS_RANGE, DAYS_MONTH, DAYS_YEAR } days_answer;

/* The answer about the days from..to: every day answered first (check_days), then written, or nothing. */
static int days_to_json(char **out, const egca_calendar *cal, days_answer about, egca_date from, egca_date to,
                        unsigned flags, egca_date *failed, egca_error *err)
{
  const int provisional = check_days(cal, from, to, failed, err);
  if (provisional < 0)
    return provisional;
  int year, month;
  egca_date_to_ymd(from, &year, &month, NULL);
  egca__buf text = {0};
  egca__jw w;
  egca__jw_start(&w, &text, (flags & EGCA_JSON_COMPACT) != 0);
  egca__jw_open(&w, '{');
  if (about == DAYS_RANGE) {
    EGCA__JW_KEY(&w, "from");
    egca__jw_date(&w, from);
    EGCA__JW_KEY(&w, "to");
    egca__jw_date(&w, to);
  } else if (about == DAYS_MONTH) {
    char name[16];
    snprintf(name, sizeof name, "%04d-%02d", year, month);
    EGCA__JW_KEY(&w, "month");
    egca__jw_name(&w, name);
  } else {
    EGCA__JW_KEY(&w, "year");
    egca__jw_int(&w, year);
    EGCA__JW_KEY(&w, "coverage");
    egca__jw_name(&w, coverage_name(egca_calendar_year_coverage(cal, year)));
  }
  EGCA__JW_KEY(&w, "provisional");
  egca__jw_bool(&w, provisional);
  EGCA__JW_KEY(&w, "days");
  egca__jw_open(&w, '[');
  for (egca_date d = from; d <= to; d++) {
    egca_day_info info;
    egca_calendar_day(&info, cal, d, NULL);
    egca__jw_element(&w);
    put_day(&w, d, &info);
  }
  egca__jw_close(&w, ']');
  egca__jw_close(&w, '}');
  const int rc = egca__jw_finish(&w, out, err);
  return rc < 0 ? rc : provisional ? EGCA_PROVISIONAL : EGCA_OK;
}

EGCA_API int egca_calendar_days_to_json(char **out, const egca_calendar *calendar, egca_date from, egca_date to,
                                        unsigned flags, egca_date *failed, egca_error *err)
{
  *out = NULL;
  if (failed != NULL)
    *failed = EGCA_DATE_NONE;
  if (to < from) {
    char f[EGCA_DATE_TEXT_SIZE], t[EGCA_DATE_TEXT_SIZE];
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "%s is before %s", "%s早于%s"),
                      egca_date_format(to, t), egca_date_format(from, f));
  }
  return days_to_json(out, calendar, DAYS_RANGE, from, to, flags, failed, err);
}

EGCA_API int egca_calendar_month_to_json(char **out, const egca_calendar *calendar, int year, int month,
                                         unsigned flags, egca_error *err)
{
  *out = NULL;
  egca_date first;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || egca_date_from_ymd(&first, year, month, 1) < 0)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "%d-%d is not a month of 0001..9999", "%d-%d不是0001..9999年中的月份"), year, month);
  return days_to_json(out, calendar, DAYS_MONTH, first, first + egca_days_in_month(year, month) - 1, flags, NULL,
                      err);
}

EGCA_API int egca_calendar_year_to_json(char **out, const egca_calendar *calendar, int year, unsigned flags,
                                        egca_error *err)
{
  *out = NULL;
  if (year < 1 || year > 9999)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "year %d is outside 1..9999", "年份%d不在1..9999之内"),
                      year);
  const egca_date first = first_of(year);
  return days_to_json(out, calendar, DAYS_YEAR, first, first + (egca_days_in_month(year, 2) == 29 ? 366 : 365) - 1,
                      flags, NULL, err);
}

EGCA_API int egca_calendar_coverage_to_json(char **out, const egca_calendar *calendar, unsigned flags,
                                            egca_error *err)
{
  *out = NULL;
  int first, last;
  egca_calendar_year_range(calendar, &first, &last);
  const egca_load_report *report = egca_calendar_report(calendar);
  egca__buf text = {0};
  egca__jw w;
  egca__jw_start(&w, &text, (flags & EGCA_JSON_COMPACT) != 0);
  egca__jw_open(&w, '{');
  EGCA__JW_KEY(&w, "years");
  egca__jw_open(&w, '[');
  for (int y = first; y <= last; y++) {
    egca__jw_element(&w);
    egca__jw_open(&w, '{');
    EGCA__JW_KEY(&w, "year");
    egca__jw_int(&w, y);
    EGCA__JW_KEY(&w, "coverage");
    egca__jw_name(&w, coverage_name(egca_calendar_year_coverage(calendar, y)));
    /* The local layer's coverage; null for a calendar without one. */
    EGCA__JW_KEY(&w, "local");
    egca__jw_name(&w, egca_calendar_region(calendar) != NULL
                          ? coverage_name(egca_calendar_year_local_coverage(calendar, y))
                          : NULL);
    EGCA__JW_KEY(&w, "sources");
    egca__jw_open(&w, '[');
    for (size_t i = 0; i < egca_calendar_year_source_count(calendar, y); i++) {
      egca__jw_element(&w);
      egca__jw_string(&w, egca_calendar_year_source(calendar, y, i));
    }
    egca__jw_close(&w, ']');
    egca__jw_close(&w, '}');
  }
  egca__jw_close(&w, ']');
  EGCA__JW_KEY(&w, "sources");
  egca__jw_int(&w, (long long)report->sources);
  EGCA__JW_KEY(&w, "events_used");
  egca__jw_int(&w, (long long)report->events_used);
  EGCA__JW_KEY(&w, "observances_ignored");
  egca__jw_int(&w, (long long)report->observances_ignored);
  EGCA__JW_KEY(&w, "events_cancelled");
  egca__jw_int(&w, (long long)report->events_cancelled);
  egca__jw_close(&w, '}');
  return egca__jw_finish(&w, out, err);
}

/* A clock time "HH:MM" (24:00 the end of the day), or null when unknown. */
static void put_clock(egca__jw *w, int minutes)
{
  if (minutes < 0 || minutes > EGCA_TIME_END_OF_DAY) {
    egca__jw_null(w);
    return;
  }
  char text[8];
  snprintf(text, sizeof text, "%02u:%02u", (unsigned)minutes / 60 % 100, (unsigned)minutes % 60);
  egca__jw_name(w, text);
}

/* One office: code, name, region, local rest days, hours with their source (cited in `lang`), and the
 * cutoff of a filing by each channel (null where the hours are unknown). */
static void put_office(egca__jw *w, const egca_office *o, egca_lang lang)
{
  egca__jw_open(w, '{');
  EGCA__JW_KEY(w, "code");
  egca__jw_string(w, o->code);
  EGCA__JW_KEY(w, "name");
  egca__jw_string(w, o->name);
  EGCA__JW_KEY(w, "region");
  egca__jw_string(w, o->region);
  EGCA__JW_KEY(w, "local_holidays");
  egca__jw_bool(w, o->local_holidays);
  EGCA__JW_KEY(w, "hours");
  egca__jw_string(w, o->hours);
  EGCA__JW_KEY(w, "closes");
  put_clock(w, o->closes);
  EGCA__JW_KEY(w, "hours_source");
  egca__jw_string(w, lang == EGCA_LANG_EN ? o->hours_source_en : o->hours_source);
  EGCA__JW_KEY(w, "filing_cutoff");
  egca__jw_open(w, '{');
  for (int k = EGCA_CHANNEL_IN_PERSON; k <= EGCA_CHANNEL_ONLINE; k++) {
    egca__jw_key(w, egca_channel_name((egca_channel)k));
    put_clock(w, egca_office_filing_cutoff(o, (egca_channel)k));
  }
  egca__jw_close(w, '}');
  egca__jw_close(w, '}');
}

EGCA_API int egca_offices_to_json(char **out, egca_lang lang, unsigned flags, egca_error *err)
{
  egca__buf text = {0};
  egca__jw w;
  egca__jw_start(&w, &text, (flags & EGCA_JSON_COMPACT) != 0);
  egca__jw_open(&w, '{');
  EGCA__JW_KEY(&w, "offices");
  egca__jw_open(&w, '[');
  for (size_t i = 0; i < egca_office_count(); i++) {
    egca__jw_element(&w);
    put_office(&w, egca_office_at(i), lang);
  }
  egca__jw_close(&w, ']');
  EGCA__JW_KEY(&w, "decision");
  put_office(&w, egca_office_decision(), lang);
  egca__jw_close(&w, '}');
  return egca__jw_finish(&w, out, err);
}
