/* egca — China's working-day calendar, loaded from iCalendar holiday data.
 *
 * Day kinds: a workday (Mon-Fri, not a holiday), a weekend day (Sat/Sun, not adjusted), a holiday (a day
 * inside an official holiday period, weekend days included) and an adjusted workday (a Sat/Sun that the
 * State Council made a working day, 调休上班). A working day is a workday or an adjusted workday.
 *
 * A calendar is built from one or more iCalendar sources (files, directories of *.ics, memory buffers),
 * merged, and compiled into a dense table over the covered years, so every query below is O(1). A loaded
 * calendar is immutable: one calendar may be shared by any number of threads without locking.
 *
 * Coverage: a source may declare the years it covers (X-EGCA-COVERAGE:2025,2026 on the VCALENDAR);
 * otherwise a year counts as covered when a source gives a holiday for each festival of 全国年节及纪念日
 * 放假办法 第二条 in it (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节; before 2008 元旦, 春节, 劳动节, 国庆节),
 * each within the days its holiday can fall on: a feed that is cut off or lost a festival covers nothing
 * of that year. Every query about a day outside coverage fails with EGCA_E_COVERAGE, err->year naming
 * the year (and err->message what the closest source lacks). A year covered only by STATUS:TENTATIVE
 * events is tentative, every day of it provisional; in a confirmed year, a day that only STATUS:TENTATIVE
 * events mark is provisional too. Answers that use a provisional day return EGCA_PROVISIONAL, or
 * EGCA_E_COVERAGE when the calendar was loaded with `strict` set.
 *
 * Times: a DATE-TIME in UTC or in a TZID zone is read as the date it falls on in China (Asia/Shanghai)
 * before any day is counted, so an all-day holiday exported in UTC (DTSTART:20250930T160000Z, Beijing
 * midnight) marks 10-01, not 09-30; a floating time is China's. Recurrence: RRULE, RDATE (dates, times and
 * periods) and EXDATE (which removes RRULE and RDATE occurrences alike); EXRULE and a second DTSTART,
 * DTEND, DURATION or RRULE in one event are refused (EGCA_E_PARSE), never ignored.
 *
 * Loading on several threads is safe: the part of a load that uses libical (parsing one source and
 * expanding its events) holds one process-wide lock, so those parts run one at a time.
 */
#ifndef EGCA_CALENDAR_H
#define EGCA_CALENDAR_H

#include "common.h"
#include "date.h"
#include "error.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum egca_day_kind {
  EGCA_DAY_WORKDAY = 0,
  EGCA_DAY_WEEKEND = 1,
  EGCA_DAY_HOLIDAY = 2,
  EGCA_DAY_ADJUSTED_WORKDAY = 3
} egca_day_kind;

/* "workday", "weekend", "holiday", "adjusted_workday"; NULL for a value outside the enum. */
EGCA_API const char *egca_day_kind_name(egca_day_kind kind);

/* What to do with an event that carries neither a working-day nor a holiday marker (an observance
 * such as 妇女节). */
typedef enum egca_unmarked_policy {
  EGCA_UNMARKED_IGNORE = 0,   /* skip it, counted in the load report (default) */
  EGCA_UNMARKED_ERROR = 1,    /* fail the load with EGCA_E_PARSE naming the event */
  EGCA_UNMARKED_HOLIDAY = 2   /* treat it as a holiday */
} egca_unmarked_policy;

typedef struct egca_load_options {
  egca_unmarked_policy unmarked;
  int strict;   /* nonzero: a tentative day is an error (EGCA_E_COVERAGE), not EGCA_PROVISIONAL */
} egca_load_options;

/* Coverage of one year. */
typedef enum egca_coverage {
  EGCA_COVERAGE_NONE = 0,
  EGCA_COVERAGE_CONFIRMED = 1,
  EGCA_COVERAGE_TENTATIVE = 2
} egca_coverage;

/* What a load read. */
typedef struct egca_load_report {
  size_t sources;               /* ICS sources read (files and buffers) */
  size_t events_used;           /* events that gave days their kind */
  size_t observances_ignored;   /* events with no marker, ignored */
  size_t events_cancelled;      /* STATUS:CANCELLED events, ignored */
} egca_load_report;

typedef struct egca_calendar egca_calendar;
typedef struct egca_calendar_builder egca_calendar_builder;

/* --- Loading ----------------------------------------------------------------------------------- */

/* Starts a calendar from sources added one by one. `options` may be NULL (defaults). The builder is
 * owned by the caller: free it with egca_calendar_builder_free whether or not it was built. */
EGCA_API int egca_calendar_builder_new(egca_calendar_builder **out, const egca_load_options *options,
                                       egca_error *err);

/* Adds a file, or every *.ics file of a directory (in name order). A directory's *.ics must be regular
 * files; a path named here may also be a pipe (read until its writer closes it; one with no writer reads
 * as empty). Anything else (a FIFO in a directory, a socket, a device) is EGCA_E_IO naming it, never a
 * wait. Errors: EGCA_E_IO, EGCA_E_PARSE
 * (err names the file and line or event UID; text that is not UTF-8 is one), EGCA_E_CONFLICT (err names both sources and the date).
 * After a failure the builder is unchanged. */
EGCA_API int egca_calendar_builder_add_path(egca_calendar_builder *builder, const char *path, egca_error *err);

/* Adds an ICS text held in memory; `name` is used in messages and in the coverage listing. */
EGCA_API int egca_calendar_builder_add_buffer(egca_calendar_builder *builder, const char *name,
                                              const char *data, size_t len, egca_error *err);

/* Local layer (全国年节及纪念日放假办法 第三条、第四条: the regions give all citizens rest days of their own).
 * A calendar has a base layer (the national notices, added by the functions above) and may have a local
 * layer (a region's notices): a day the local layer marks takes the local kind, whatever the base says, so
 * a local holiday on a national workday or make-up day is allowed; two sources of one layer that disagree
 * about a day are still EGCA_E_CONFLICT. Coverage is per layer: the base decides which years are covered;
 * when the calendar has a local layer (a local source was added, or a region named), a covered year that no
 * local source covers with confirmed events (one declares it in X-EGCA-COVERAGE or marks a day of it) is
 * provisional throughout — never silently national. Errors as for the base functions. */
EGCA_API int egca_calendar_builder_add_local_path(egca_calendar_builder *builder, const char *path, egca_error *err);
EGCA_API int egca_calendar_builder_add_local_buffer(egca_calendar_builder *builder, const char *name,
                                                    const char *data, size_t len, egca_error *err);

/* Names the local layer's region (used in messages) and requires the layer even when no local source is
 * added, so that every year is provisional until its notice is. UTF-8, 1 to 63 bytes, else EGCA_E_INVALID. */
EGCA_API int egca_calendar_builder_set_region(egca_calendar_builder *builder, const char *region, egca_error *err);

/* Adds the national holiday data shipped with egca (as egca_calendar_default loads) to the base layer. */
EGCA_API int egca_calendar_builder_add_builtin(egca_calendar_builder *builder, egca_error *err);

/* For the acceptance office of a GB/T 2260 province code (egca_office_find): when its region has rest days
 * of its own, names the region (egca_calendar_builder_set_region) and adds the region's shipped notices as
 * the local layer; otherwise adds nothing. EGCA_E_INVALID for a code that names no office. */
EGCA_API int egca_calendar_builder_add_office(egca_calendar_builder *builder, const char *code, egca_error *err);

/* Compiles the sources added so far into an immutable calendar, owned by the caller. The builder
 * stays usable. Errors: EGCA_E_INVALID when no year is covered, EGCA_E_NOMEM. */
EGCA_API int egca_calendar_builder_build(egca_calendar **out, const egca_calendar_builder *builder,
                                         egca_error *err);

EGCA_API void egca_calendar_builder_free(egca_calendar_builder *builder);

/* Loads a calendar from `count` paths (files or directories) in one call. */
EGCA_API int egca_calendar_load(egca_calendar **out, const char *const *paths, size_t count,
                                const egca_load_options *options, egca_error *err);

/* The calendar of the holiday data shipped with egca (embedded in the library; no files read):
 * every State Council notice from 2007, and the next year as tentative where its notice is not out.
 * Compiled when the library is built, by the same loader, from the shipped notices: nothing is parsed. */
EGCA_API int egca_calendar_default(egca_calendar **out, const egca_load_options *options, egca_error *err);

/* An acceptance office: the 密码管理局 of a province (服务指南 受理机构), by its GB/T 2260 code. */
typedef struct egca_office {
  const char *code;      /* "450000" */
  const char *name;      /* "广西壮族自治区密码管理局" */
  const char *region;    /* "广西壮族自治区" */
  int local_holidays;    /* 1: the region gives all citizens rest days of its own (a local layer) */
  const char *hours;     /* office hours as a source gives them; NULL: unknown */
} egca_office;

/* The offices, in code order (static storage; never freed). */
EGCA_API size_t egca_office_count(void);
EGCA_API const egca_office *egca_office_at(size_t index);
/* The office of a code, or NULL. */
EGCA_API const egca_office *egca_office_find(const char *code);
/* The decision authority, 国家密码管理局 (code "000000", hours from the guide). */
EGCA_API const egca_office *egca_office_decision(void);

/* The shipped calendar of an acceptance office: the national notices, and for a region with rest days of
 * its own the region's shipped notices as a local layer (its years without a shipped notice provisional).
 * EGCA_E_INVALID for a code that names no office. */
EGCA_API int egca_calendar_for_office(egca_calendar **out, const char *code, const egca_load_options *options,
                                      egca_error *err);

EGCA_API void egca_calendar_free(egca_calendar *calendar);

/* --- Questions (all O(1)) ------------------------------------------------------------------------ */
/* Each returns 0, EGCA_PROVISIONAL, or EGCA_E_COVERAGE (err->year = the first uncovered year met);
 * out is written only when the return value is not negative. */

/* The kind of a day. */
EGCA_API int egca_calendar_kind(egca_day_kind *out, const egca_calendar *calendar, egca_date day,
                                egca_error *err);

/* 1 when the day is a working day (a workday or an adjusted workday), else 0. */
EGCA_API int egca_calendar_is_workday(int *out, const egca_calendar *calendar, egca_date day, egca_error *err);

/* The n-th working day strictly after `from` (n > 0) or strictly before it (n < 0); n = 0 gives
 * `from` itself when it is a working day, else EGCA_E_INVALID. Provisional when any day in between
 * (from excluded, result included) is tentative. */
EGCA_API int egca_calendar_add_workdays(egca_date *out, const egca_calendar *calendar, egca_date from, int n,
                                        egca_error *err);

/* The number of working days in (a, b]; negative (minus those in (b, a]) when b < a. */
EGCA_API int egca_calendar_workdays_between(int *out, const egca_calendar *calendar, egca_date a, egca_date b,
                                            egca_error *err);

/* The first working day on or after / on or before `day`. */
EGCA_API int egca_calendar_workday_on_or_after(egca_date *out, const egca_calendar *calendar, egca_date day,
                                               egca_error *err);
EGCA_API int egca_calendar_workday_on_or_before(egca_date *out, const egca_calendar *calendar, egca_date day,
                                                egca_error *err);

/* Whether a day is provisional (in a tentative year, or marked only by STATUS:TENTATIVE events): 1 or 0;
 * EGCA_E_COVERAGE outside coverage. This ignores `strict`. */
EGCA_API int egca_calendar_is_provisional(int *out, const egca_calendar *calendar, egca_date day,
                                          egca_error *err);

/* Whether the calendar was loaded strict. */
EGCA_API int egca_calendar_strict(const egca_calendar *calendar);

/* --- Coverage and provenance --------------------------------------------------------------------- */

/* First and last covered year (the table spans them; years between may be uncovered). */
EGCA_API void egca_calendar_year_range(const egca_calendar *calendar, int *first, int *last);

/* Coverage of one year. */
EGCA_API egca_coverage egca_calendar_year_coverage(const egca_calendar *calendar, int year);

/* The names of the sources that gave days in (or declared) `year`: count, then each by index
 * (borrowed strings, valid while the calendar lives). */
EGCA_API size_t egca_calendar_year_source_count(const egca_calendar *calendar, int year);
EGCA_API const char *egca_calendar_year_source(const egca_calendar *calendar, int year, size_t index);

/* The local layer's region ("" when unnamed), or NULL when the calendar has no local layer. */
EGCA_API const char *egca_calendar_region(const egca_calendar *calendar);

/* Coverage of one year by the local layer (EGCA_COVERAGE_NONE also when there is no local layer). */
EGCA_API egca_coverage egca_calendar_year_local_coverage(const egca_calendar *calendar, int year);

/* What the load read (borrowed, valid while the calendar lives). */
EGCA_API const egca_load_report *egca_calendar_report(const egca_calendar *calendar);

#ifdef __cplusplus
}
#endif
#endif
