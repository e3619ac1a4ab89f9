/* Allocation-failure injection: every load and evaluation path is run again and again, with the n-th
 * allocation failing, for n = 1, 2, ... until the call succeeds without meeting the failure.
 *
 * This program replaces malloc, calloc, realloc and free for the whole process (glibc lets the
 * executable interpose them, so libical's, cJSON's and libc's own allocations - strdup, fopen, opendir -
 * are counted too) and keeps a count of live blocks. For every n it checks:
 *   - the call fails cleanly: EGCA_E_NOMEM, or another error code with a message (libical, for one,
 *     reports a failed allocation as unreadable data), and *out is NULL;
 *   - or it succeeds with exactly the object of a run without failures (nothing silently dropped);
 *   - no block leaks: after freeing what the call returned, the live count is back where it was;
 *   - a builder whose add failed is as it was: the same sources added afterwards give the reference.
 * Usage: alloc_fail [STRIDE]  (test every STRIDE-th allocation only; default 1, every one)
 * With EGCA_ALLOC_VERBOSE set, every error other than EGCA_E_NOMEM is printed with its allocation.
 * Ends with "N passed, N failed", one check per path. */
#include <egca.h>

#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef EGCA_SOURCE_DIR
#error "EGCA_SOURCE_DIR must name the source tree"
#endif

/* --- The allocator --------------------------------------------------------------------------------- */

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t size);
extern void __libc_free(void *p);

static int counting;        /* allocations are being counted (a run under test) */
static long alloc_calls;   /* allocations since counting began */
static long fail_at;       /* the allocation that fails (1-based); 0: none */
static int failed_one;     /* the armed failure happened */
static int skipped_one;    /* the armed allocation was libical's own, and was let through */
static long live;          /* blocks allocated and not freed */
static int recording;      /* the recording run: note for every allocation whether libical made it */
static unsigned char *by_libical;
static long by_libical_cap;
static void *fail_frames[48]; /* where the injected failure happened, printed when a check fails */
static int fail_frame_count;

/* libical 3.0 does not survive a failed allocation of its own (icalparser_parse_string uses the parser
 * that icalparser_new could not allocate), so an allocation made while inside libical is never failed:
 * what is tested is egca's handling of every failure that reaches it, from its own allocations,
 * cJSON's and the C library's. */
static int inside_libical(void)
{
  void *frames[64];
  int n = backtrace(frames, 64);
  for (int i = 2; i < n; i++) {
    Dl_info info;
    if (dladdr(frames[i], &info) != 0 && info.dli_fname != NULL && strstr(info.dli_fname, "libical") != NULL)
      return 1;
  }
  return 0;
}

static int fail_now(void)
{
  if (!counting)
    return 0;
  const long k = ++alloc_calls;
  if (recording) {
    if (k > by_libical_cap) {
      long cap = by_libical_cap ? 2 * by_libical_cap : 4096;
      unsigned char *grown = __libc_realloc(by_libical, (size_t)cap);
      if (grown == NULL)
        abort();
      by_libical = grown;
      by_libical_cap = cap;
    }
    by_libical[k - 1] = (unsigned char)inside_libical();
    return 0;
  }
  if (k != fail_at)
    return 0;
  if (inside_libical()) {
    skipped_one = 1;
    return 0;
  }
  failed_one = 1;
  fail_frame_count = backtrace(fail_frames, 48);
  errno = ENOMEM; /* as the C library's allocator does */
  return 1;
}

void *malloc(size_t size)
{
  if (fail_now())
    return NULL;
  void *p = __libc_malloc(size);
  if (p != NULL)
    live++;
  return p;
}

void *calloc(size_t n, size_t size)
{
  if (fail_now())
    return NULL;
  void *p = __libc_calloc(n, size);
  if (p != NULL)
    live++;
  return p;
}

void *realloc(void *old, size_t size)
{
  if (old != NULL && size == 0) {
    __libc_free(old);
    live--;
    return NULL;
  }
  if (fail_now())
    return NULL;
  void *p = __libc_realloc(old, size);
  if (p != NULL && old == NULL)
    live++;
  return p;
}

void free(void *p)
{
  if (p != NULL)
    live--;
  __libc_free(p);
}

/* libical keeps a ring of temporary strings and a cache of built-in zones; release both so that only
 * egca's own blocks (and leaks) stay live between runs. */
static void release_library_caches(void)
{
  icalmemory_free_ring();
  icaltimezone_free_builtin_timezones();
}

/* --- Paths under test ------------------------------------------------------------------------------ */

/* One path: runs the call, returns its status; `out` receives an object to compare and free. */
typedef struct path {
  const char *name;
  int (*run)(void **out, egca_error *err);
  int (*same)(const void *a, const void *b); /* equal to the reference? */
  void (*release)(void *object);
  int nomem_only; /* every failure must be reported as EGCA_E_NOMEM (no file is opened on the way) */
} path;

static char *read_all(const char *file, size_t *len)
{
  FILE *f = fopen(file, "rb");
  if (f == NULL)
    return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *data = __libc_malloc((size_t)n + 1);
  if (data != NULL && fread(data, 1, (size_t)n, f) != (size_t)n) {
    __libc_free(data);
    data = NULL;
  }
  fclose(f);
  if (data != NULL) {
    data[n] = '\0';
    *len = (size_t)n;
  }
  return data;
}

static char *ics_2026, *ics_apple, *ics_features;
static size_t ics_2026_len, ics_apple_len, ics_features_len;

/* A feed that uses every part of the loader: zones, time-zoned and UTC events, recurrence with
 * exceptions, durations, tentative and cancelled events, folded lines, observances. */
static const char features[] =
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//egca//alloc//EN\r\nX-EGCA-COVERAGE:2030\r\n"
    "BEGIN:VTIMEZONE\r\nTZID:China Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
    "TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
    "BEGIN:VEVENT\r\nUID:a@alloc\r\nDTSTART;VALUE=DATE:20300101\r\nRRULE:FREQ=YEARLY;COUNT=3\r\n"
    "EXDATE;VALUE=DATE:20310101\r\nSUMMARY:元旦(休)\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b@alloc\r\nDTSTART;TZID=China Standard Time:20300105T090000\r\n"
    "DTEND;TZID=China Standard Time:20300105T173000\r\nSUMMARY:上班\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:c@alloc\r\nDTSTART:20300131T160000Z\r\nDURATION:P3D\r\nSUMMARY;LANGUAGE=zh:春节\r\n"
    " 假期\r\nCATEGORIES:Holiday,假\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:d@alloc\r\nDTSTART;TZID=Asia/Shanghai:20300501T000000\r\nDTEND;TZID=Asia/Shanghai:20300504T000000\r\n"
    "SUMMARY:劳动节(休)\r\nSTATUS:TENTATIVE\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:e@alloc\r\nDTSTART;VALUE=DATE:20300601\r\nSUMMARY:端午节(休)\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:f@alloc\r\nDTSTART;VALUE=DATE:20300308\r\nSUMMARY:妇女节\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:g@alloc\r\nDTSTART;VALUE=DATE:20301001\r\nDTEND;VALUE=DATE:20301008\r\nSUMMARY:国庆节\r\n"
    "X-APPLE-SPECIAL-DAY:WORK-HOLIDAY\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n";

static int same_calendar(const void *x, const void *y)
{
  const egca_calendar *a = x, *b = y;
  int fa, la, fb, lb;
  egca_calendar_year_range(a, &fa, &la);
  egca_calendar_year_range(b, &fb, &lb);
  if (fa != fb || la != lb)
    return 0;
  const egca_load_report *ra = egca_calendar_report(a), *rb = egca_calendar_report(b);
  if (memcmp(ra, rb, sizeof *ra) != 0)
    return 0;
  for (int y = fa; y <= la; y++) {
    if (egca_calendar_year_coverage(a, y) != egca_calendar_year_coverage(b, y) ||
        egca_calendar_year_source_count(a, y) != egca_calendar_year_source_count(b, y))
      return 0;
    for (size_t i = 0; i < egca_calendar_year_source_count(a, y); i++)
      if (strcmp(egca_calendar_year_source(a, y, i), egca_calendar_year_source(b, y, i)) != 0)
        return 0;
  }
  egca_date first, last;
  egca_date_from_ymd(&first, fa, 1, 1);
  egca_date_from_ymd(&last, la, 12, 31);
  for (egca_date d = first; d <= last; d++) {
    egca_day_kind ka = EGCA_DAY_WORKDAY, kb = EGCA_DAY_WORKDAY;
    int rca = egca_calendar_kind(&ka, a, d, NULL), rcb = egca_calendar_kind(&kb, b, d, NULL);
    if (rca != rcb || (rca >= 0 && ka != kb))
      return 0;
  }
  return 1;
}

static void free_calendar(void *c) { egca_calendar_free(c); }

static int run_default(void **out, egca_error *err)
{
  egca_calendar *c = NULL;
  int rc = egca_calendar_default(&c, NULL, err);
  *out = c;
  return rc;
}

/* The builder path: new, two buffers, build; a failed add must leave the builder usable and unchanged,
 * so on failure the same sources are added again with allocation working, and the result must still
 * be the reference. */
static int run_builder(void **out, egca_error *err)
{
  egca_calendar_builder *b = NULL;
  egca_calendar *c = NULL;
  int rc = egca_calendar_builder_new(&b, NULL, err);
  if (rc < 0) {
    *out = NULL;
    return rc;
  }
  int stage = 0;
  if ((rc = egca_calendar_builder_add_buffer(b, "2026.ics", ics_2026, ics_2026_len, err)) >= 0) {
    stage = 1;
    if ((rc = egca_calendar_builder_add_buffer(b, "features.ics", ics_features, ics_features_len, err)) >= 0) {
      stage = 2;
      rc = egca_calendar_builder_build(&c, b, err);
    }
  }
  if (rc < 0) {
    /* Retry with allocation working: the builder must not have been changed by the failure. */
    const long saved = fail_at;
    fail_at = 0;
    egca_calendar *again = NULL;
    int ok = (stage >= 1 || egca_calendar_builder_add_buffer(b, "2026.ics", ics_2026, ics_2026_len, NULL) == 0) &&
             (stage >= 2 ||
              egca_calendar_builder_add_buffer(b, "features.ics", ics_features, ics_features_len, NULL) == 0) &&
             egca_calendar_builder_build(&again, b, NULL) == 0;
    fail_at = saved;
    if (!ok) {
      fprintf(stderr, "  a failed builder call left the builder unusable\n");
      egca_calendar_free(again);
      egca_calendar_builder_free(b);
      *out = NULL;
      return -100;
    }
    /* Keep the retried calendar aside: it is compared, then freed, by the caller's check below. */
    egca_calendar_free(c);
    c = NULL;
    egca_calendar_builder_free(b);
    *out = again; /* the caller sees rc < 0 and a non-NULL object: checked as "recovered" */
    return rc;
  }
  egca_calendar_builder_free(b);
  *out = c;
  return rc;
}

static char dir_path[1024];

static int run_load_dir(void **out, egca_error *err)
{
  const char *paths[] = {dir_path};
  egca_calendar *c = NULL;
  int rc = egca_calendar_load(&c, paths, 1, NULL, err);
  *out = c;
  return rc;
}

static int run_apple(void **out, egca_error *err)
{
  egca_calendar_builder *b = NULL;
  egca_calendar *c = NULL;
  int rc = egca_calendar_builder_new(&b, &(egca_load_options){.unmarked = EGCA_UNMARKED_HOLIDAY}, err);
  if (rc >= 0)
    rc = egca_calendar_builder_add_buffer(b, "apple.ics", ics_apple, ics_apple_len, err);
  if (rc >= 0)
    rc = egca_calendar_builder_build(&c, b, err);
  egca_calendar_builder_free(b);
  *out = c;
  return rc;
}

/* --- Rules, profiles, assessments, cases, timelines, deadlines --------------------------------------- */

static egca_calendar *shared_calendar; /* loaded once, outside any counted run */
static egca_rules *shared_rules;
static char *profile_text, *case_text;
static size_t profile_len, case_len;
static egca_date case_as_of;

/* Text renderings compared between a run and the reference (made with allocation working). */
static char *assessment_json(const egca_rules *rules, const egca_profile *profile)
{
  egca_assessment *a = NULL;
  char *json = NULL;
  if (egca_assess(&a, rules, profile, EGCA_LANG_ZH, NULL) == 0)
    egca_assessment_to_json(&json, a, NULL);
  egca_assessment_free(a);
  return json;
}

static int same_text(char *a, char *b)
{
  int same = a != NULL && b != NULL && strcmp(a, b) == 0;
  return same;
}

static int same_rules(const void *x, const void *y)
{
  const egca_rules *a = x, *b = y;
  if (egca_rules_deadline_count(a) != egca_rules_deadline_count(b))
    return 0;
  for (size_t i = 0; i < egca_rules_deadline_count(a); i++) {
    const egca_deadline_rule *ra = egca_rules_deadline_at(a, i), *rb = egca_rules_deadline_at(b, i);
    if (strcmp(egca_deadline_rule_id(ra), egca_deadline_rule_id(rb)) != 0 ||
        strcmp(egca_deadline_rule_title(ra), egca_deadline_rule_title(rb)) != 0 ||
        egca_deadline_rule_count(ra) != egca_deadline_rule_count(rb) ||
        egca_deadline_rule_effective_from(ra) != egca_deadline_rule_effective_from(rb))
      return 0;
  }
  /* conditions.json and materials.json show in an assessment. */
  egca_profile *profile = NULL;
  if (egca_profile_parse(&profile, profile_text, profile_len, "profile.json", NULL) < 0)
    return 0;
  char *ja = assessment_json(a, profile), *jb = assessment_json(b, profile);
  int same = same_text(ja, jb);
  egca_assessment_string_free(ja);
  egca_assessment_string_free(jb);
  egca_profile_free(profile);
  return same;
}

static void free_rules(void *r) { egca_rules_free(r); }

static int run_rules_default(void **out, egca_error *err)
{
  egca_rules *r = NULL;
  int rc = egca_rules_default(&r, err);
  *out = r;
  return rc;
}

static int run_rules_load(void **out, egca_error *err)
{
  egca_rules *r = NULL;
  int rc = egca_rules_load(&r, EGCA_SOURCE_DIR "/rules", err);
  *out = r;
  return rc;
}

static int same_profile(const void *x, const void *y)
{
  char *ja = assessment_json(shared_rules, x), *jb = assessment_json(shared_rules, y);
  int same = same_text(ja, jb);
  egca_assessment_string_free(ja);
  egca_assessment_string_free(jb);
  return same;
}

static void free_profile(void *p) { egca_profile_free(p); }

static int run_profile(void **out, egca_error *err)
{
  egca_profile *p = NULL;
  int rc = egca_profile_parse(&p, profile_text, profile_len, "application.json", err);
  *out = p;
  return rc;
}

/* An evaluation's results: the object and its renderings, all made in the counted run. */
typedef struct rendered {
  void (*release)(void *object);
  void *object;
  char *text[4];
  void (*free_text)(char *);
} rendered;

static void free_rendered(void *x)
{
  rendered *r = x;
  if (r == NULL)
    return;
  for (int i = 0; i < 4; i++)
    r->free_text(r->text[i]);
  r->release(r->object);
  __libc_free(r);
}

static int same_rendered(const void *x, const void *y)
{
  const rendered *a = x, *b = y;
  for (int i = 0; i < 4; i++)
    if ((a->text[i] == NULL) != (b->text[i] == NULL) || (a->text[i] != NULL && strcmp(a->text[i], b->text[i]) != 0))
      return 0;
  return 1;
}

static rendered *new_rendered(void (*release)(void *), void (*free_text)(char *))
{
  rendered *r = __libc_calloc(1, sizeof *r); /* the harness's own block: not counted, never failed */
  r->release = release;
  r->free_text = free_text;
  return r;
}

static void release_assessment(void *a) { egca_assessment_free(a); }

static int run_assess(void **out, egca_error *err)
{
  egca_profile *profile = NULL;
  rendered *r = new_rendered(release_assessment, egca_assessment_string_free);
  *out = NULL;
  int rc = egca_profile_parse(&profile, profile_text, profile_len, "application.json", err);
  egca_assessment *a = NULL;
  if (rc >= 0)
    rc = egca_assess(&a, shared_rules, profile, EGCA_LANG_ZH, err);
  r->object = a;
  if (rc >= 0)
    rc = egca_assessment_to_json(&r->text[0], a, err);
  if (rc >= 0)
    rc = egca_assessment_to_text(&r->text[1], a, err);
  egca_profile_free(profile);
  if (rc < 0) {
    free_rendered(r);
    return rc;
  }
  *out = r;
  return rc;
}

static char *timeline_json(const egca_case *c)
{
  egca_timeline *t = NULL;
  char *json = NULL;
  if (egca_timeline_new(&t, NULL) == 0 &&
      egca_case_evaluate(t, c, shared_calendar, shared_rules, case_as_of, NULL, NULL) >= 0)
    egca_timeline_to_json(&json, t, 0, NULL);
  egca_timeline_free(t);
  return json;
}

static int same_case(const void *x, const void *y)
{
  char *ja = timeline_json(x), *jb = timeline_json(y);
  int same = same_text(ja, jb);
  egca_timeline_string_free(ja);
  egca_timeline_string_free(jb);
  return same;
}

static void free_case(void *c) { egca_case_free(c); }

static int run_case(void **out, egca_error *err)
{
  egca_case *c = NULL;
  int rc = egca_case_parse(&c, case_text, case_len, "case.json", err);
  *out = c;
  return rc;
}

static void release_timeline(void *t) { egca_timeline_free(t); }

static int run_timeline(void **out, egca_error *err)
{
  egca_case *c = NULL;
  egca_timeline *t = NULL;
  rendered *r = new_rendered(release_timeline, egca_timeline_string_free);
  *out = NULL;
  int rc = egca_case_parse(&c, case_text, case_len, "case.json", err);
  if (rc >= 0)
    rc = egca_timeline_new(&t, err);
  r->object = t;
  if (rc >= 0)
    rc = egca_case_evaluate(t, c, shared_calendar, shared_rules, case_as_of, NULL, err);
  if (rc >= 0)
    rc = egca_timeline_to_json(&r->text[0], t, 0, err);
  if (rc >= 0)
    rc = egca_timeline_to_text(&r->text[1], t, err);
  if (rc >= 0)
    rc = egca_timeline_to_ics(&r->text[2], t, err);
  if (rc >= 0) {
    /* The batch's way: one buffer written, rewritten, then appended to. */
    size_t cap = 0, len = 0;
    rc = egca_timeline_write_json(&r->text[3], &cap, &len, t, EGCA_JSON_COMPACT, err);
    if (rc >= 0)
      rc = egca_timeline_write_json(&r->text[3], &cap, &len, t, EGCA_JSON_COMPACT, err);
    if (rc >= 0)
      rc = egca_timeline_write_json(&r->text[3], &cap, &len, t, EGCA_JSON_COMPACT | EGCA_JSON_APPEND, err);
  }
  egca_case_free(c);
  if (rc < 0) {
    free_rendered(r);
    return rc;
  }
  *out = r;
  return rc;
}

/* A rule set's first JSON writers: the table of its versions' texts, which the first timeline written as JSON
 * makes (one per language) and the set keeps until freed. The set is loaded in the run, so that every run
 * starts without a table and a failure can strike while it is made. */
typedef struct first_writers {
  egca_rules *rules;
  egca_case *c;
  egca_timeline *t[2];
} first_writers;

static void release_first_writers(void *x)
{
  first_writers *f = x;
  if (f == NULL)
    return;
  for (int k = 0; k < 2; k++)
    egca_timeline_free(f->t[k]);
  egca_case_free(f->c);
  egca_rules_free(f->rules);
  __libc_free(f);
}

static int run_first_writers(void **out, egca_error *err)
{
  rendered *r = new_rendered(release_first_writers, egca_timeline_string_free);
  first_writers *f = __libc_calloc(1, sizeof *f); /* the harness's own block */
  r->object = f;
  *out = NULL;
  int rc = egca_rules_default(&f->rules, err);
  if (rc >= 0)
    rc = egca_case_parse(&f->c, case_text, case_len, "case.json", err);
  for (int k = 0; k < 2 && rc >= 0; k++) {
    const egca_timeline_options options = {.lang = k == 0 ? EGCA_LANG_ZH : EGCA_LANG_EN};
    rc = egca_timeline_new(&f->t[k], err);
    if (rc >= 0)
      rc = egca_case_evaluate(f->t[k], f->c, shared_calendar, f->rules, case_as_of, &options, err);
  }
  /* Chinese: compact, then pretty; English: into a buffer first (the table made there), then pretty. */
  if (rc >= 0)
    rc = egca_timeline_to_json(&r->text[0], f->t[0], EGCA_JSON_COMPACT, err);
  if (rc >= 0)
    rc = egca_timeline_to_json(&r->text[1], f->t[0], 0, err);
  if (rc >= 0) {
    size_t cap = 0, len = 0;
    rc = egca_timeline_write_json(&r->text[2], &cap, &len, f->t[1], EGCA_JSON_COMPACT, err);
  }
  if (rc >= 0)
    rc = egca_timeline_to_json(&r->text[3], f->t[1], 0, err);
  if (rc < 0) {
    free_rendered(r);
    return rc;
  }
  *out = r;
  return rc;
}

/* The pictures: one case's page, a page of two cases and an error row, a year; and a calendar's feed
 * (egca_calendar_string_free and egca_timeline_string_free are both free()). */
static int run_pictures(void **out, egca_error *err)
{
  egca_case *c = NULL;
  egca_timeline *t = NULL;
  egca_html_page *page = NULL;
  rendered *r = new_rendered(release_timeline, egca_timeline_string_free);
  *out = NULL;
  int rc = egca_case_parse(&c, case_text, case_len, "case.json", err);
  if (rc >= 0)
    rc = egca_timeline_new(&t, err);
  r->object = t;
  if (rc >= 0)
    rc = egca_case_evaluate(t, c, shared_calendar, shared_rules, case_as_of, NULL, err);
  if (rc >= 0)
    rc = egca_timeline_to_html(&r->text[0], t, shared_calendar, err);
  if (rc >= 0)
    rc = egca_html_page_new(&page, shared_calendar, err);
  if (rc >= 0)
    rc = egca_html_page_add_timeline(page, t, err);
  if (rc >= 0)
    rc = egca_html_page_add_error(page, "line 2", "<not a case>", err);
  if (rc >= 0)
    rc = egca_html_page_add_timeline(page, t, err);
  if (rc >= 0)
    rc = egca_html_page_finish(&r->text[1], page, err);
  if (rc >= 0)
    rc = egca_calendar_year_to_html(&r->text[2], shared_calendar, 2026, EGCA_LANG_EN, err);
  static const int years[] = {2026, 2025};
  if (rc >= 0)
    rc = egca_calendar_to_ics(&r->text[3], shared_calendar, years, 2, err);
  egca_html_page_free(page);
  egca_case_free(c);
  if (rc < 0) {
    free_rendered(r);
    return rc;
  }
  *out = r;
  return rc;
}

/* A case of 新疆's office evaluated with the calendars of every office (egca_office_calendars): the office's
 * calendar is built during the evaluation, from its table compiled into the library, and freed with the set. */
static int run_office_timeline(void **out, egca_error *err)
{
  static const char office_case[] = "{\"case_id\": \"XJ\", \"office\": \"650000\", \"events\": ["
                                    "{\"type\": \"received\", \"date\": \"2025-06-04\"},"
                                    "{\"type\": \"accepted\", \"date\": \"2025-06-13\"}]}";
  egca_office_calendars *offices = NULL;
  egca_case *c = NULL;
  egca_timeline *t = NULL;
  rendered *r = new_rendered(release_timeline, egca_timeline_string_free);
  *out = NULL;
  int rc = egca_office_calendars_new(&offices, NULL, 0, NULL, err);
  if (rc >= 0)
    rc = egca_case_parse(&c, office_case, strlen(office_case), "xj.json", err);
  if (rc >= 0)
    rc = egca_timeline_new(&t, err);
  r->object = t;
  egca_timeline_options o = {.office_calendars = offices};
  if (rc >= 0)
    rc = egca_case_evaluate(t, c, shared_calendar, shared_rules, case_as_of, &o, err);
  if (rc >= 0)
    rc = egca_timeline_to_json(&r->text[0], t, 0, err);
  egca_case_free(c);
  egca_office_calendars_free(offices);
  if (rc < 0) {
    free_rendered(r);
    return rc;
  }
  *out = r;
  return rc;
}

static void release_nothing(void *x) { (void)x; }
static void free_own_text(char *text) { __libc_free(text); }

/* The batch (egca/batch.h) on the calling thread (one job: the n-th allocation is then the same in every
 * run): the example case added three times, then in a JSON array twice; the lines gathered in text[0] (the
 * harness's own memory). A case whose result is an error makes the run fail with that error. */
typedef struct gathered {
  rendered *r;
  int status;
  egca_error error;
} gathered;

static int gather(const egca_batch_result *result, void *user)
{
  gathered *g = user;
  if (result->status < 0 || result->json == NULL) {
    if (g->status >= 0) {
      g->status = result->status < 0 ? result->status : EGCA_E_NOMEM;
      if (result->error != NULL)
        g->error = *result->error;
      else
        egca_error_clear(&g->error);
      g->error.code = g->status;
      if (g->error.message[0] == '\0')
        snprintf(g->error.message, sizeof g->error.message, "%s", egca_strerror(g->status));
    }
    return 0;
  }
  size_t old = g->r->text[0] ? strlen(g->r->text[0]) : 0;
  char *joined = __libc_realloc(g->r->text[0], old + result->json_len + 1);
  memcpy(joined + old, result->json, result->json_len);
  joined[old + result->json_len] = '\0';
  g->r->text[0] = joined;
  return 0;
}

static int run_batch(void **out, egca_error *err)
{
  rendered *r = new_rendered(release_nothing, free_own_text);
  gathered g = {.r = r, .status = 0};
  *out = NULL;
  egca_batch_options o = {.as_of = case_as_of, .jobs = 1, .deliver = EGCA_BATCH_JSON | EGCA_BATCH_TIMELINE};
  egca_batch *b = NULL;
  int rc = egca_batch_new(&b, shared_calendar, shared_rules, &o, "cases", gather, &g, err);
  for (int i = 0; i < 3 && rc >= 0; i++)
    rc = egca_batch_add(b, case_text, case_len, err);
  if (b != NULL) {
    egca_error end = {0};
    int end_rc = egca_batch_finish(b, &end);
    if (rc >= 0 && end_rc < 0) {
      rc = end_rc;
      *err = end;
    }
  }
  egca_batch_free(b);
  b = NULL;
  o.format = EGCA_BATCH_ARRAY;
  o.deliver = EGCA_BATCH_JSON;
  if (rc >= 0)
    rc = egca_batch_new(&b, shared_calendar, shared_rules, &o, "cases.json", gather, &g, err);
  const char *pieces[] = {" [", case_text, ",\n", case_text, "]\n"};
  const size_t lens[] = {2, case_len, 2, case_len, 2};
  for (int i = 0; i < 5 && rc >= 0; i++)
    rc = egca_batch_write(b, pieces[i], lens[i], err);
  if (b != NULL) {
    egca_error end = {0};
    int end_rc = egca_batch_finish(b, &end);
    if (rc >= 0 && end_rc < 0) {
      rc = end_rc;
      *err = end;
    }
  }
  egca_batch_free(b);
  if (rc >= 0 && g.status < 0) {
    rc = g.status;
    *err = g.error;
  }
  if (rc < 0) {
    free_rendered(r);
    return rc;
  }
  *out = r;
  return rc;
}

static int run_deadlines(void **out, egca_error *err)
{
  static const char *const ids[] = {"acceptance", "decision", "status_query", "change_filing", "renewal_filing",
                                    "certificate_validity"};
  rendered *r = new_rendered(release_nothing, free_own_text);
  *out = NULL;
  egca_date from;
  egca_date_from_ymd(&from, 2026, 3, 2);
  egca_pause review = {.from = from + 8, .to = from + 49};
  int rc = 0;
  for (size_t i = 0; i < sizeof ids / sizeof ids[0] && rc >= 0; i++) {
    egca_deadline d;
    egca_deadline_options o = {.trace = 1};
    if (strcmp(ids[i], "decision") == 0) {
      o.pauses = &review;
      o.pause_count = 1;
    }
    rc = egca_deadline_compute(&d, shared_rules, shared_calendar, ids[i], from, &o, err);
    char *json = NULL;
    if (rc >= 0)
      rc = egca_deadline_to_json(&json, &d, err);
    if (rc >= 0) {
      /* Keep a running concatenation in text[0]; the pieces are the library's strings. */
      size_t old = r->text[0] ? strlen(r->text[0]) : 0, add = strlen(json);
      char *joined = __libc_realloc(r->text[0], old + add + 1);
      memcpy(joined + old, json, add + 1);
      r->text[0] = joined;
    }
    egca_deadline_string_free(json);
  }
  if (rc < 0) {
    free_rendered(r);
    return rc;
  }
  *out = r;
  return rc;
}

/* The command's and the service's JSON answers, each kept in text[0] one after another (the harness's own
 * memory): a calendar's days, month, year and coverage, the offices, the rules, a rule's versions, an error. */
static void append_json(rendered *r, char *json, void (*free_json)(char *))
{
  size_t old = r->text[0] ? strlen(r->text[0]) : 0, add = strlen(json);
  char *joined = __libc_realloc(r->text[0], old + add + 1);
  memcpy(joined + old, json, add + 1);
  r->text[0] = joined;
  free_json(json);
}

static int run_json_answers(void **out, egca_error *err)
{
  rendered *r = new_rendered(release_nothing, free_own_text);
  *out = NULL;
  egca_date from, to;
  egca_date_from_ymd(&from, 2025, 9, 28);
  egca_date_from_ymd(&to, 2025, 10, 12);
  egca_error where = {.line = 3, .column = 7};
  snprintf(where.pointer, sizeof where.pointer, "/events/0/date");
  char *json = NULL;
  int rc = egca_calendar_days_to_json(&json, shared_calendar, from, to, EGCA_JSON_COMPACT, NULL, err);
  if (rc >= 0) {
    append_json(r, json, egca_calendar_string_free);
    rc = egca_calendar_month_to_json(&json, shared_calendar, 2026, 2, 0, err);
  }
  if (rc >= 0) {
    append_json(r, json, egca_calendar_string_free);
    rc = egca_calendar_year_to_json(&json, shared_calendar, 2025, EGCA_JSON_COMPACT, err);
  }
  if (rc >= 0) {
    append_json(r, json, egca_calendar_string_free);
    rc = egca_calendar_coverage_to_json(&json, shared_calendar, 0, err);
  }
  if (rc >= 0) {
    append_json(r, json, egca_calendar_string_free);
    rc = egca_offices_to_json(&json, EGCA_LANG_EN, 0, err);
  }
  if (rc >= 0) {
    append_json(r, json, egca_calendar_string_free);
    rc = egca_rules_to_json(&json, shared_rules, EGCA_LANG_ZH, EGCA_JSON_COMPACT, err);
  }
  if (rc >= 0) {
    append_json(r, json, egca_deadline_string_free);
    rc = egca_rule_versions_to_json(&json, shared_rules, "acceptance", EGCA_LANG_EN, 0, err);
  }
  if (rc >= 0) {
    append_json(r, json, egca_deadline_string_free);
    rc = egca_error_to_json(&json, "parse", "a \"quoted\" message", &where, 0, err);
  }
  if (rc >= 0)
    append_json(r, json, egca_error_string_free);
  if (rc < 0) {
    free_rendered(r);
    return rc;
  }
  *out = r;
  return rc;
}

/* --- The driver ------------------------------------------------------------------------------------ */

static void show_failure_site(void)
{
  printf("  the failed allocation:\n");
  fflush(stdout);
  backtrace_symbols_fd(fail_frames, fail_frame_count, 1);
}

/* Runs p once with allocation n failing (0: none) and checks the outcome; returns 1 when clean. */
static int check_run(const path *p, long n, const void *reference, long *nomem, long *other, long *absorbed,
                     long *recovered)
{
  egca_error err = {0};
  egca_error_clear(&err);
  void *object = NULL;
  const long before = live;
  alloc_calls = 0;
  failed_one = skipped_one = 0;
  fail_at = n;
  counting = 1;
  int rc = p->run(&object, &err);
  counting = 0;
  fail_at = 0;
  release_library_caches();
  int ok = 1;
  if (!failed_one) {
    if (rc < 0 || object == NULL || !p->same(object, reference)) {
      printf("FAIL %s: without a failure (allocation %ld not failed), the result differs from the reference\n",
             p->name, n);
      ok = 0;
    }
  } else if (rc == -100) {
    printf("FAIL %s: allocation %ld failing left the builder unusable\n", p->name, n);
    ok = 0;
  } else if (rc < 0) {
    if (err.code != rc || err.message[0] == '\0') {
      printf("FAIL %s: allocation %ld failing gave %d with no matching error detail\n", p->name, n, rc);
      ok = 0;
    }
    ++*(rc == EGCA_E_NOMEM ? nomem : other);
    if (rc != EGCA_E_NOMEM && getenv("EGCA_ALLOC_VERBOSE") != NULL) {
      char text[1200];
      egca_error_format(&err, text, sizeof text);
      printf("  %s: allocation %ld failing gave %s: %s\n", p->name, n, egca_strerror(rc), text);
    }
    if (object != NULL) {
      /* The builder was retried after the failure: the retry must give the reference. */
      ++*recovered;
      if (!p->same(object, reference)) {
        printf("FAIL %s: after allocation %ld failed, the builder gave a different calendar\n", p->name, n);
        ok = 0;
      }
    }
  } else if (object != NULL && p->same(object, reference)) {
    ++*absorbed; /* the failure was absorbed (a fallback path) and the result is complete */
  } else {
    printf("FAIL %s: allocation %ld failing gave success with a different result (something was dropped)\n",
           p->name, n);
    ok = 0;
  }
  p->release(object);
  release_library_caches();
  if (live != before) {
    printf("FAIL %s: allocation %ld failing leaks %ld blocks\n", p->name, n, live - before);
    ok = 0;
  }
  if (!ok && failed_one)
    show_failure_site();
  return ok;
}

static int check_path(const path *p, long stride)
{
  egca_error err = {0};
  void *reference = NULL;
  /* A run without failures gives the reference object and warms libical's caches. */
  int rc = p->run(&reference, &err);
  release_library_caches();
  if (rc < 0 || reference == NULL) {
    printf("FAIL %s: fails without injected failures: %s\n", p->name, err.message);
    return 0;
  }
  /* The recording run: how many allocations, and which of them libical makes. */
  void *object = NULL;
  alloc_calls = 0;
  recording = counting = 1;
  rc = p->run(&object, &err);
  recording = counting = 0;
  const long total = alloc_calls;
  p->release(object);
  release_library_caches();
  long points = 0, nomem = 0, other = 0, absorbed = 0, recovered = 0, inside = 0, seen = 0;
  int ok = 1;
  for (long n = 1; n <= total && n <= by_libical_cap; n++) {
    if (by_libical[n - 1]) {
      inside++;
      continue;
    }
    if (seen++ % stride != 0)
      continue;
    points++;
    if (!check_run(p, n, reference, &nomem, &other, &absorbed, &recovered))
      ok = 0;
  }
  /* One allocation past the last: the call must succeed and match the reference. */
  if (!check_run(p, total + 1, reference, &nomem, &other, &absorbed, &recovered))
    ok = 0;
  if (p->nomem_only && other > 0) {
    printf("FAIL %s: %ld allocation failures were reported as something else than EGCA_E_NOMEM "
           "(EGCA_ALLOC_VERBOSE=1 shows them)\n", p->name, other);
    ok = 0;
  }
  p->release(reference);
  release_library_caches();
  if (ok)
    printf("ok   %s: %ld allocations, %ld failed one at a time%s: %ld EGCA_E_NOMEM, %ld other clean errors, "
           "%ld absorbed with a complete result%s; %ld made inside libical not failed\n",
           p->name, total, points, stride > 1 ? " (sampled)" : "", nomem, other, absorbed,
           recovered ? ", the builder unchanged after each" : "", inside);
  fflush(stdout);
  return ok;
}

int main(int argc, char **argv)
{
  long stride = argc > 1 ? strtol(argv[1], NULL, 10) : 1;
  void *frames[4];
  backtrace(frames, 4); /* loads libgcc's unwinder now, not in the middle of an injected failure */
  if (stride < 1)
    stride = 1;
  ics_2026 = read_all(EGCA_SOURCE_DIR "/data/holidays/2026.ics", &ics_2026_len);
  ics_apple = read_all(EGCA_SOURCE_DIR "/tests/data/ics/apple-style-2025.ics", &ics_apple_len);
  ics_features = (char *)features;
  ics_features_len = sizeof features - 1;
  if (ics_2026 == NULL || ics_apple == NULL) {
    printf("FAIL cannot read the test data under %s\n", EGCA_SOURCE_DIR);
    return 1;
  }
  /* A folder of two files for the directory path. */
  char file_path[1100];
  const char *tmp = getenv("TMPDIR") != NULL ? getenv("TMPDIR") : "/tmp";
  snprintf(dir_path, sizeof dir_path, "%s/egca-alloc-XXXXXX", tmp);
  if (mkdtemp(dir_path) == NULL) {
    printf("FAIL cannot make a temporary folder\n");
    return 1;
  }
  snprintf(file_path, sizeof file_path, "%s/2026.ics", dir_path);
  FILE *f = fopen(file_path, "wb");
  int written = f != NULL && fwrite(ics_2026, 1, ics_2026_len, f) == ics_2026_len;
  if (f != NULL && fclose(f) != 0)
    written = 0;
  snprintf(file_path, sizeof file_path, "%s/features.ics", dir_path);
  f = fopen(file_path, "wb");
  written = written && f != NULL && fwrite(features, 1, sizeof features - 1, f) == sizeof features - 1;
  if (f != NULL && fclose(f) != 0)
    written = 0;
  if (!written) {
    printf("FAIL cannot write the test folder %s\n", dir_path);
    return 1;
  }
  profile_text = read_all(EGCA_SOURCE_DIR "/examples/application.json", &profile_len);
  case_text = read_all(EGCA_SOURCE_DIR "/examples/case-granted.json", &case_len);
  egca_date_from_ymd(&case_as_of, 2026, 3, 20);
  if (profile_text == NULL || case_text == NULL || egca_calendar_default(&shared_calendar, NULL, NULL) < 0 ||
      egca_rules_default(&shared_rules, NULL) < 0) {
    printf("FAIL cannot load the examples, the calendar or the rules\n");
    return 1;
  }
  /* The shared rule set keeps the texts of its versions that its first JSON writer makes, one table per
   * language: made here, so that they are not counted as blocks left by the first path that writes. */
  {
    egca_case *c = NULL;
    egca_timeline *t = NULL;
    for (int k = 0; k < 2; k++) {
      const egca_timeline_options options = {.lang = k == 0 ? EGCA_LANG_ZH : EGCA_LANG_EN};
      char *json = NULL;
      if ((c == NULL && egca_case_parse(&c, case_text, case_len, "case.json", NULL) < 0) ||
          (t == NULL && egca_timeline_new(&t, NULL) < 0) ||
          egca_case_evaluate(t, c, shared_calendar, shared_rules, case_as_of, &options, NULL) < 0 ||
          egca_timeline_to_json(&json, t, 0, NULL) < 0) {
        printf("FAIL cannot write the example case's timeline\n");
        return 1;
      }
      egca_timeline_string_free(json);
    }
    egca_timeline_free(t);
    egca_case_free(c);
  }
  release_library_caches();
  static const path paths[] = {
      {"calendar builder: 2026 notice + a feed using every loader feature", run_builder, same_calendar,
       free_calendar, 0},
      {"calendar builder: Apple-style feed, unmarked events as holidays", run_apple, same_calendar, free_calendar, 0},
      {"calendar load: a directory", run_load_dir, same_calendar, free_calendar, 0},
      {"calendar default: the embedded notices", run_default, same_calendar, free_calendar, 0},
      {"rules default: the embedded rules", run_rules_default, same_rules, free_rules, 1},
      {"rules load: the rules/ folder", run_rules_load, same_rules, free_rules, 0},
      {"profile parse: examples/application.json", run_profile, same_profile, free_profile, 1},
      {"assess and render (JSON, text)", run_assess, same_rendered, free_rendered, 1},
      {"case parse: examples/case-granted.json", run_case, same_case, free_case, 1},
      {"timeline: evaluate and render (JSON, text, iCalendar)", run_timeline, same_rendered, free_rendered, 1},
      {"a rule set's first JSON writers: its versions' texts made, in Chinese and in English", run_first_writers,
       same_rendered, free_rendered, 1},
      {"pictures and a calendar's feed: a timeline's page, a batch's page, a year's page, 2025-2026 as iCalendar",
       run_pictures, same_rendered, free_rendered, 1},
      {"timeline of an office's case: its calendar built on demand (egca_office_calendars)", run_office_timeline,
       same_rendered, free_rendered, 0},
      {"deadlines: compute with a trace and render as JSON", run_deadlines, same_rendered, free_rendered, 1},
      {"batch: cases added and in an array, one job, results as JSON lines and timelines", run_batch,
       same_rendered, free_rendered, 1},
      {"answers as JSON: days, month, year, coverage, offices, rules, a rule's versions, an error",
       run_json_answers, same_rendered, free_rendered, 1},
  };
  int passed = 0, failed = 0;
  for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++) {
    if (check_path(&paths[i], stride))
      passed++;
    else
      failed++;
  }
  snprintf(file_path, sizeof file_path, "%s/2026.ics", dir_path);
  remove(file_path);
  snprintf(file_path, sizeof file_path, "%s/features.ics", dir_path);
  remove(file_path);
  remove(dir_path);
  __libc_free(by_libical);
  egca_rules_free(shared_rules);
  egca_calendar_free(shared_calendar);
  __libc_free(profile_text);
  __libc_free(case_text);
  __libc_free(ics_2026);
  __libc_free(ics_apple);
  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
