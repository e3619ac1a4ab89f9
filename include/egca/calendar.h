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

/* A day's kind as words of `lang`: "working day", "weekend", "holiday", "adjusted working day" (a make-up
 * working day); 工作日, 周末, 节假日, 调休上班日. NULL for a value outside the enum. egca_day_kind_name gives the
 * stable English names that JSON carries. */
EGCA_API const char *egca_day_kind_text(egca_day_kind kind, egca_lang lang);

/* A day's name (egca_day_info.name, the notice's own words: "春节", "国庆节、中秋节", "肉孜节") in `lang`: in
 * Chinese the name itself; in English the English name of a name egca knows (every name the shipped notices
 * use: "Spring Festival", "National Day, Mid-Autumn Festival", "Eid al-Fitr (Rozi Heyt)"), and the name itself
 * for one it does not (a name from the caller's data, kept as the data gives it). NULL for NULL. Static
 * storage, or `name`. */
EGCA_API const char *egca_day_name(const char *name, egca_lang lang);

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

/* An acceptance office: the 密码管理局 of a province (服务指南 受理机构), by its GB/T 2260 code. Office hours
 * come only from a source that states them (the office's own service guide); otherwise they are unknown,
 * and so is everything that depends on them (never assumed). */
typedef struct egca_office {
  const char *code;      /* "450000" */
  const char *name;      /* "广西壮族自治区密码管理局" */
  const char *region;    /* "广西壮族自治区" */
  int local_holidays;    /* 1: the region gives all citizens rest days of its own (a local layer) */
  const char *hours;     /* office hours as a source gives them ("8:00-11:30, 14:00-17:30"); NULL: unknown */
  int closes;            /* the end of the day's last session, in minutes after midnight (17:30 = 1050); -1:
                            unknown */
  const char *hours_source; /* the source of the hours (title, section, date); NULL when unknown */
  const char *hours_source_en; /* the same cited in English; NULL when unknown */
} egca_office;

/* Times of day are minutes after midnight, 0 (00:00) to 1439 (23:59); EGCA_TIME_NONE when not known. */
#define EGCA_TIME_NONE (-1)
/* The end of a day, 24:00: the cutoff of a filing that does not depend on office hours. */
#define EGCA_TIME_END_OF_DAY 1440

/* How materials or a filing reached the office. */
typedef enum egca_channel {
  EGCA_CHANNEL_NONE = 0,      /* not recorded */
  EGCA_CHANNEL_IN_PERSON = 1, /* handed in at the office's window (服务指南: 现场) */
  EGCA_CHANNEL_MAIL = 2,      /* by post (服务指南: 邮寄) */
  EGCA_CHANNEL_ONLINE = 3     /* through an online service */
} egca_channel;

/* "in_person", "mail", "online"; NULL for EGCA_CHANNEL_NONE or a value outside the enum. */
EGCA_API const char *egca_channel_name(egca_channel channel);

/* The latest time of day at which an applicant's filing by `channel` at `office` still counts as made that
 * day (民法典 第二百零三条第二款: 期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止
 * 时间): the office's closing time for a filing in person, EGCA_TIME_END_OF_DAY (24:00) by post or online.
 * EGCA_TIME_NONE when unknown: in person at an office whose hours no source gives, or no channel recorded. */
EGCA_API int egca_office_filing_cutoff(const egca_office *office, egca_channel channel);

/* Materials received after the office closed, or on a day it is closed: the texts do not say from which day
 * the office's period runs (docs/rules.md, question receipt_after_hours). */
typedef enum egca_receipt_reading {
  EGCA_RECEIPT_NEXT_WORKING_DAY = 0, /* default: they count as received on the office's next working day */
  EGCA_RECEIPT_AS_DATED = 1          /* they count as received on the day they arrived */
} egca_receipt_reading;

/* "next_working_day", "as_dated"; NULL outside the enum. */
EGCA_API const char *egca_receipt_reading_name(egca_receipt_reading reading);

/* The day materials received on `day` at `time` (EGCA_TIME_NONE: not recorded) count as received at
 * `office` (NULL: an office not named), whose working days are `calendar`'s, under `reading`; the office's
 * periods run from it (the day itself not counted). With EGCA_RECEIPT_NEXT_WORKING_DAY: a rest day of the
 * calendar, or a time at or after the office's closing time, gives the next working day. When the time is
 * recorded but the office's closing time is unknown, *out is the day itself and *if_after_hours (when not
 * NULL) the next working day: which applies is unknown; otherwise *if_after_hours is EGCA_DATE_NONE.
 * Returns 0, EGCA_PROVISIONAL, or an error of the calendar (EGCA_E_COVERAGE); EGCA_E_INVALID for a time
 * outside 0..1439 or an unknown reading. */
EGCA_API int egca_office_receipt_day(egca_date *out, egca_date *if_after_hours, const egca_office *office,
                                     const egca_calendar *calendar, egca_date day, int time,
                                     egca_receipt_reading reading, egca_error *err);

/* The offices, in code order (static storage; never freed). */
EGCA_API size_t egca_office_count(void);
EGCA_API const egca_office *egca_office_at(size_t index);
/* The office of a code, or NULL. */
EGCA_API const egca_office *egca_office_find(const char *code);
/* The decision authority, 国家密码管理局 (code "000000", hours from the guide). */
EGCA_API const egca_office *egca_office_decision(void);

/* The shipped calendar of an acceptance office: the national notices, and for a region with rest days of
 * its own the region's shipped notices as a local layer (its years without a shipped notice provisional).
 * Compiled when the library is built, like egca_calendar_default: nothing is parsed.
 * EGCA_E_INVALID for a code that names no office. */
EGCA_API int egca_calendar_for_office(egca_calendar **out, const char *code, const egca_load_options *options,
                                      egca_error *err);

/* The calendars of every acceptance office over one national base, built on demand: what a program that
 * evaluates cases of many offices (a batch) gives egca_timeline_options.office_calendars, so that each case
 * counts its acceptance on its own office's calendar without the caller building one per office.
 *
 * The base is the holiday data shipped with egca (`count` 0) or the files and directories `paths` (copied
 * names; read again each time an office's calendar is first built), loaded with `options` (NULL:
 * defaults). The calendar of an office is that base and, for a region with rest days of its own, the
 * region's shipped notices as its local layer (egca_calendar_builder_add_office). Each office's calendar is
 * built the first time it is asked for and kept until egca_office_calendars_free; a failure to build it is
 * kept too and given again. egca_office_calendars_get may be called from any number of threads at once.
 * Errors of _new: EGCA_E_INVALID (count > 0 and no paths), EGCA_E_NOMEM. */
typedef struct egca_office_calendars egca_office_calendars;
EGCA_API int egca_office_calendars_new(egca_office_calendars **out, const char *const *paths, size_t count,
                                       const egca_load_options *options, egca_error *err);

/* The calendar of the office `code` (borrowed: it lives as long as the set). Errors: EGCA_E_INVALID for a
 * code that names no office, and those of loading the base (EGCA_E_IO, EGCA_E_PARSE, EGCA_E_CONFLICT,
 * EGCA_E_NOMEM). */
EGCA_API int egca_office_calendars_get(const egca_calendar **out, egca_office_calendars *set, const char *code,
                                       egca_error *err);

/* Frees the set and every calendar it built; none may be in use. NULL does nothing. */
EGCA_API void egca_office_calendars_free(egca_office_calendars *set);

EGCA_API void egca_calendar_free(egca_calendar *calendar);

/* --- Questions (all O(1)) ------------------------------------------------------------------------ */
/* Each returns 0, EGCA_PROVISIONAL, or EGCA_E_COVERAGE (err->year = the first uncovered year met);
 * out is written only when the return value is not negative. */

/* The kind of a day. */
EGCA_API int egca_calendar_kind(egca_day_kind *out, const egca_calendar *calendar, egca_date day,
                                egca_error *err);

/* Why a day is what it is (named days). The strings are borrowed from the calendar (valid while it lives);
 * one notice is one pointer throughout a calendar, so notices can be told apart by address. */
typedef struct egca_day_info {
  egca_day_kind kind;
  int provisional;         /* 1 when the answer is EGCA_PROVISIONAL */
  const char *name;        /* the holiday ("国庆节、中秋节", "肉孜节"); for an adjusted working day the holiday it
                            * serves; the event's SUMMARY without its 休/班 marker; NULL for a day no event marks */
  const char *notice;      /* the title of the notice that made the day so (X-EGCA-NOTICE of the event, else of
                            * its file); for a tentative year the statute it is derived from; NULL when unknown */
  const char *notice_date; /* the notice's date, "YYYY-MM-DD" (X-EGCA-NOTICE-DATE); NULL when unknown */
  const char *notice_url;  /* where it is published (X-EGCA-NOTICE-URL, else the file's X-EGCA-SOURCE); or NULL */
  int local;               /* 1: the local layer (the region's own notice) made the day so */
} egca_day_info;

/* The kind of a day, its name and the notice behind it. Returns as egca_calendar_kind. */
EGCA_API int egca_calendar_day(egca_day_info *out, const egca_calendar *calendar, egca_date day, egca_error *err);

/* The distinct notices behind the named days of [a, b] (either order; days outside coverage are passed
 * over), in the order of their first day: up to `max` written to out[] (each the info of that first day);
 * returns how many there are in all, counting at most 64 (more than any real span meets). */
EGCA_API size_t egca_calendar_notices(egca_day_info *out, size_t max, const egca_calendar *calendar, egca_date a,
                                      egca_date b);

/* 1 when the day is a working day (a workday or an adjusted workday), else 0. */
EGCA_API int egca_calendar_is_workday(int *out, const egca_calendar *calendar, egca_date day, egca_error *err);

/* The n-th working day strictly after `from` (n > 0) or strictly before it (n < 0); n = 0 gives
 * `from` itself when it is a working day, else EGCA_E_INVALID. Provisional when any day in between
 * (from excluded, result included) is tentative. */
EGCA_API int egca_calendar_add_workdays(egca_date *out, const egca_calendar *calendar, egca_date from, int n,
                                        egca_error *err);

/* egca_calendar_add_workdays over `count` days at once, on arrays laid out as numpy's datetime64[D] and
 * int64: days[i] counts days from 1970-01-01 (an egca_date widened), INT64_MIN (numpy's NaT) meaning no
 * day, which gives INT64_MIN; n[i] is its count (n NULL: n_all for every day); out[i] receives the
 * answer, counted the same way. Each answer is egca_calendar_add_workdays's, at a fraction of its cost
 * per day. Stops at the first day that fails: its error (a day outside 0001..9999 or an n outside int is
 * EGCA_E_INVALID), with *at its index. EGCA_PROVISIONAL, with *at the first provisional day's index, when
 * any answer is provisional. `at` may be NULL. */
EGCA_API int egca_calendar_add_workdays_many(int64_t *out, const egca_calendar *calendar, const int64_t *days,
                                             const int64_t *n, int64_t n_all, size_t count, size_t *at,
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

/* --- Pictures ------------------------------------------------------------------------------------- */

/* One year as a self-contained HTML page (UTF-8, well-formed XHTML served as HTML5; inline CSS, no script, a
 * Content-Security-Policy that forbids every fetch; prints on A4 landscape): twelve month grids, Monday
 * first, each day marked as the command's month grid marks it (休 holiday, 班 make-up working day) and
 * titled with its kind and name ("2026-02-14 调休上班（春节）"; in English "2026-02-14 adjusted working day
 * (春节)"), the provisional days marked 暂, and below them every holiday and make-up day as text, run by run
 * (a run: days of one kind and name), each titled with its notice. The page's words (headings, legend,
 * months, kinds) and its lang attribute are in `lang`; festival names and notices are the State Council's
 * words in both. *out is owned by the caller: free it with egca_calendar_string_free. Returns 0,
 * EGCA_PROVISIONAL when some day of the year is provisional, or an error: EGCA_E_COVERAGE when the calendar
 * does not cover every day of the year (err->year), EGCA_E_INVALID for a year outside 1..9999,
 * EGCA_E_NOMEM. */
EGCA_API int egca_calendar_year_to_html(char **out, const egca_calendar *calendar, int year, egca_lang lang,
                                         egca_error *err);

/* The days of `years` (count of them, any order, at most 300) as an iCalendar feed that calendar programs
 * subscribe to and that egca reads back to the same days (egca_calendar_day: kind, provisional mark, name,
 * notice; `local` reads back 0, the feed being one file of national data): one all-day event per run of
 * days of one kind, name and notice — holidays, adjusted working days, and a weekday an event marked worked
 * and named — named as tools/make_ics.py names events (SUMMARY the day's name and its marker, "春节(休)",
 * "春节(班)" for a make-up day of 春节; none for a day without a name; X-EGCA-NOTICE, X-EGCA-NOTICE-DATE,
 * X-EGCA-NOTICE-URL as far as the day knows them), marked by summary, CATEGORIES and X-APPLE-SPECIAL-DAY;
 * the years in X-EGCA-COVERAGE; provisional days as STATUS:TENTATIVE events. Built with libical; the same
 * calendar gives the same text. *out as for egca_calendar_year_to_html. Errors:
 * EGCA_E_COVERAGE (a year not covered, a strict calendar's provisional day, or a provisional day the feed
 * could not carry: a plain day of a region's year without its notice; err->year), EGCA_E_INVALID (no year,
 * too many, a year outside 1..9998), EGCA_E_NOMEM. */
EGCA_API int egca_calendar_to_ics(char **out, const egca_calendar *calendar, const int *years, size_t count,
                                  egca_error *err);

/* --- JSON (the command's `calendar ... --format json` and `offices --format json`, docs/cli-json.md) ---- */

/* Each writes its answer as JSON: pretty by default, on one line with EGCA_JSON_COMPACT (the command's and
 * the service's answers are that line and a newline). *out is owned by the caller: free it with
 * egca_calendar_string_free. Every day is answered before anything is written: an answer is complete or
 * absent. Returns 0, EGCA_PROVISIONAL when some day is provisional, or an error: the first day's that
 * cannot be answered (EGCA_E_COVERAGE, err->year), EGCA_E_INVALID, EGCA_E_NOMEM.
 *
 * A day is {"date", "kind" (egca_day_kind_name), "provisional", "name" (the notice's own words, the same in
 * both languages), "notice": {"title", "date", "url"} or null, "local"} (egca_calendar_day). */

/* {"from", "to", "provisional", "days": [every day of from..to]}. EGCA_E_INVALID when to is before from.
 * `failed` (may be NULL) receives the day whose error is returned (EGCA_DATE_NONE when none). */
EGCA_API int egca_calendar_days_to_json(char **out, const egca_calendar *calendar, egca_date from, egca_date to,
                                        unsigned flags, egca_date *failed, egca_error *err);

/* {"month": "YYYY-MM", "provisional", "days": [every day of the month]}. EGCA_E_INVALID for a month outside
 * 1..12 or a year outside 1..9999. */
EGCA_API int egca_calendar_month_to_json(char **out, const egca_calendar *calendar, int year, int month,
                                         unsigned flags, egca_error *err);

/* {"year", "coverage" ("confirmed", "tentative"), "provisional", "days": [every day of the year]}.
 * EGCA_E_INVALID for a year outside 1..9999. */
EGCA_API int egca_calendar_year_to_json(char **out, const egca_calendar *calendar, int year, unsigned flags,
                                        egca_error *err);

/* The calendar's coverage and what its load read: {"years": [{"year", "coverage", "local" (the local layer's
 * coverage, null without one), "sources": [names]}] from the first covered year to the last, "sources",
 * "events_used", "observances_ignored", "events_cancelled"} (egca_calendar_report). Errors: EGCA_E_NOMEM. */
EGCA_API int egca_calendar_coverage_to_json(char **out, const egca_calendar *calendar, unsigned flags,
                                            egca_error *err);

/* The acceptance offices and the decision authority: {"offices": [office], "decision": office}, an office
 * {"code", "name", "region", "local_holidays", "hours", "closes" ("HH:MM" or null), "hours_source",
 * "filing_cutoff": {"in_person", "mail", "online"} ("HH:MM", "24:00", or null when unknown:
 * egca_office_filing_cutoff)}. Names, regions and hours are the sources' words in both languages; the hours'
 * source is cited in `lang` (hours_source_en in English). Errors: EGCA_E_NOMEM. */
EGCA_API int egca_offices_to_json(char **out, egca_lang lang, unsigned flags, egca_error *err);

/* Frees a string returned by egca_calendar_year_to_html, egca_calendar_to_ics, or the JSON functions above.
 * NULL does nothing. */
EGCA_API void egca_calendar_string_free(char *text);

#ifdef __cplusplus
}
#endif
#endif
