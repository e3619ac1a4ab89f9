/* egca — China's working-day calendar: sources merged by a builder, compiled into a dense table.
 *
 * The table spans the covered years. Per day it keeps the kind and two flags (provisional, uncovered);
 * prefix counts of working, provisional and uncovered days and the index of every working day make
 * each question a few array reads (O(1)), so the calendar never touches libical after loading. */
#include "buffer.h"
#include "festivals.h"
#include "ics.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define YEARS (EGCA__LAST_YEAR - EGCA__FIRST_YEAR + 1)
#define MAX_ICS_BYTES (64u * 1024u * 1024u)

/* What one source says about one year, for coverage. */
typedef struct year_facts {
  uint8_t confirmed_festivals; /* festivals (festivals.h) with a confirmed holiday day in their period */
  uint8_t tentative_festivals; /* ... with a tentative one */
  uint8_t declared;           /* X-EGCA-COVERAGE names the year */
  uint8_t marks;              /* the source marks some day of the year */
  uint8_t confirmed_marks;    /* ... with a confirmed event */
} year_facts;

typedef struct source {
  char *name;
  int layer;                 /* LAYER_BASE or LAYER_LOCAL */
  egca__ics_event *events;   /* taken over from egca__ics_source */
  size_t event_count;
  year_facts years[YEARS];
} source;

/* A marked day in the builder: which source and event said so. */
typedef struct cell {
  uint8_t mark;       /* 0 none, EGCA__MARK_HOLIDAY, EGCA__MARK_WORKING */
  uint8_t tentative;
  uint16_t source;    /* index + 1 */
  uint32_t event;
} cell;

/* Layers: the national notices (base), and a region's own notices (local) that override the base day by
 * day. 全国年节及纪念日放假办法 第四条 lets the regions give rest days of their own, so a local holiday may
 * fall on a national workday or make-up day: only two sources of one layer can conflict. */
enum { LAYER_BASE = 0, LAYER_LOCAL = 1, LAYERS = 2 };

#define REGION_MAX 64

struct egca_calendar_builder {
  egca_load_options options;
  source **sources;
  size_t source_count;
  cell *layer_cells[LAYERS]; /* per layer one cell per day of EGCA__FIRST_YEAR..EGCA__LAST_YEAR, allocated on first use */
  int local_required;        /* a local layer is expected (a local source was added, or a region named) */
  char region[REGION_MAX];   /* the local layer's region, for messages; "" = unnamed */
  egca_date cells_base;
  egca_load_report report;
};

enum { KIND_MASK = 3, FLAG_PROVISIONAL = 4, FLAG_UNCOVERED = 8 };

/* Prefix counts kept side by side so the common question reads one cache line per end: when `special`
 * is equal at both ends of a span, the span holds no provisional and no uncovered day. */
typedef struct prefix {
  int32_t working;
  int32_t special;
} prefix;

/* Named days: why each day of the table is what it is (its holiday, or for an adjusted working day the
 * holiday it serves, and the notice that made it so). One structure of flat arrays and no pointers, so it
 * can be written out and read back as it is:
 *   named_day[k]       the table index of the k-th day an event marks, increasing; only those days are
 *                      kept (about one day in ten), a day not listed has the empty label (an ordinary
 *                      workday or weekend day);
 *   named_label[k]     the label of named_day[k];
 *   labels[k]          a name and a notice, as offsets into pool (0: none); labels[0] is the empty label;
 *   pool               NUL-terminated strings, each once; pool[0] is "".
 * Labels and strings are stored once however many days share them, and each string is at most
 * EGCA__NAME_MAX bytes (ics.c), so the memory is bounded by the table's days, not by the sources. */
typedef struct day_label {
  uint32_t name;        /* "国庆节、中秋节" */
  uint32_t notice;      /* "国务院办公厅关于2025年部分节假日安排的通知" */
  uint32_t notice_date; /* "2024-11-12" */
  uint32_t notice_url;
  uint32_t local;       /* 1: the local layer (a region's notice) marks the day */
} day_label;

typedef struct day_names {
  int32_t *named_day;
  uint32_t *named_label;
  uint32_t named_count;
  day_label *labels;
  uint32_t label_count;
  char *pool;
  uint32_t pool_size;
} day_names;

struct egca_calendar {
  egca_date base;       /* first day of the table (1 January of the first covered year) */
  int32_t day_count;
  int first_year, last_year;
  int strict;
  uint8_t *days;        /* kind | flags */
  prefix *pre;          /* pre[i]: working days, and provisional or uncovered days, among [0, i) */
  int32_t *provisional; /* provisional[i] = provisional days among [0, i) */
  int32_t *uncovered;   /* uncovered[i] = uncovered days among [0, i) */
  int32_t *nth_working; /* nth_working[k] = index of the k-th (0-based) working day */
  int32_t working_count;
  uint8_t *coverage;    /* per year of first..last: egca_coverage */
  int local_required;   /* the calendar has a local layer */
  char region[REGION_MAX];
  uint8_t *local_coverage; /* per year of first..last: egca_coverage of the local layer */
  /* provenance: per year the names of its sources */
  char **source_names;
  size_t source_count;
  uint16_t **year_sources; /* per year: list of source indexes */
  size_t *year_source_counts;
  /* Per year 1900..2199 that sources mark but none covers: the festivals (festivals.h) that the closest
   * source gives no holiday for, and that source's index, for the coverage error's reason. */
  uint8_t missing[YEARS];
  uint16_t missing_source[YEARS];
  egca_load_report report;
  day_names names;
};

static egca_date date_ymd(int y, int m, int d)
{
  egca_date out = 0;
  egca_date_from_ymd(&out, y, m, d);
  return out;
}

static int year_of(egca_date d)
{
  int y;
  egca_date_to_ymd(d, &y, NULL, NULL);
  return y;
}

/* Fills the prefix counts and the index of working days from c->days (c->day_count of them). */
static int index_days(egca_calendar *c)
{
  const size_t n = (size_t)c->day_count;
  c->pre = malloc((n + 1) * sizeof *c->pre);
  c->provisional = malloc((n + 1) * sizeof *c->provisional);
  c->uncovered = malloc((n + 1) * sizeof *c->uncovered);
  c->nth_working = malloc((n ? n : 1) * sizeof *c->nth_working);
  if (c->pre == NULL || c->provisional == NULL || c->uncovered == NULL || c->nth_working == NULL)
    return -1;
  int32_t w = 0, p = 0, u = 0;
  for (size_t i = 0; i < n; i++) {
    const uint8_t v = c->days[i];
    const int kind = v & KIND_MASK;
    c->pre[i] = (prefix){.working = w, .special = p + u};
    c->provisional[i] = p;
    c->uncovered[i] = u;
    if (kind == EGCA_DAY_WORKDAY || kind == EGCA_DAY_ADJUSTED_WORKDAY)
      c->nth_working[w++] = (int32_t)i;
    p += (v & FLAG_PROVISIONAL) != 0;
    u += (v & FLAG_UNCOVERED) != 0;
  }
  c->pre[n] = (prefix){.working = w, .special = p + u};
  c->provisional[n] = p;
  c->uncovered[n] = u;
  c->working_count = w;
  return 0;
}

/* --- Builder -------------------------------------------------------------------------------------- */

EGCA_API int egca_calendar_builder_new(egca_calendar_builder **out, const egca_load_options *options,
                                       egca_error *err)
{
  *out = NULL;
  egca_calendar_builder *b = calloc(1, sizeof *b);
  if (b == NULL)
    return egca__fail_nomem(err);
  if (options != NULL)
    b->options = *options;
  if (b->options.unmarked != EGCA_UNMARKED_IGNORE && b->options.unmarked != EGCA_UNMARKED_ERROR &&
      b->options.unmarked != EGCA_UNMARKED_HOLIDAY) {
    free(b);
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "unknown policy for unmarked events (%d)", "未知的未标记事件处理方式（%d）"),
                      (int)options->unmarked);
  }
  b->cells_base = date_ymd(EGCA__FIRST_YEAR, 1, 1);
  *out = b;
  return 0;
}

static void source_free(source *s)
{
  if (s == NULL)
    return;
  for (size_t i = 0; i < s->event_count; i++)
    egca__ics_event_clear(&s->events[i]);
  free(s->events);
  free(s->name);
  free(s);
}

EGCA_API void egca_calendar_builder_free(egca_calendar_builder *b)
{
  if (b == NULL)
    return;
  for (size_t i = 0; i < b->source_count; i++)
    source_free(b->sources[i]);
  free(b->sources);
  for (int l = 0; l < LAYERS; l++)
    free(b->layer_cells[l]);
  free(b);
}

/* "FILE:LINE (UID x)" naming the event behind a marked day. */
static void describe_event(char *buf, size_t size, const char *source_name, const egca__ics_event *e)
{
  if (e->uid != NULL && e->line > 0)
    snprintf(buf, size, "%s:%d (UID %s)", source_name, e->line, e->uid);
  else if (e->uid != NULL)
    snprintf(buf, size, "%s (UID %s)", source_name, e->uid);
  else if (e->line > 0)
    snprintf(buf, size, "%s:%d", source_name, e->line);
  else
    snprintf(buf, size, "%s", source_name);
}

static const char *mark_name(int mark, const egca_error *err)
{
  return mark == EGCA__MARK_HOLIDAY ? EGCA__TR(err, "holiday", "节假日") : EGCA__TR(err, "working day", "工作日");
}

static int conflict(egca_error *err, egca_date date, const char *name_a, const egca__ics_event *a, int mark_a,
                    const char *name_b, const egca__ics_event *b, int mark_b)
{
  char da[EGCA_ERROR_TEXT_MAX / 2], db[EGCA_ERROR_TEXT_MAX / 2], day[EGCA_DATE_TEXT_SIZE];
  describe_event(da, sizeof da, name_a, a);
  describe_event(db, sizeof db, name_b, b);
  egca_date_format(date, day);
  return egca__fail(err, EGCA_E_CONFLICT, NULL, 0,
                    EGCA__TR(err, "%s is a %s in %s but a %s in %s", "%s既被标为%s（%s），又被标为%s（%s）"), day,
                    mark_name(mark_a, err), da, mark_name(mark_b, err), db);
}

static int day_order(const void *x, const void *y)
{
  const egca__ics_day *a = x, *b = y;
  if (a->date != b->date)
    return a->date < b->date ? -1 : 1;
  return (a->event > b->event) - (a->event < b->event);
}

/* Merges one read source; checks every conflict first so a failure leaves the builder unchanged. */
static size_t cell_count(const egca_calendar_builder *b)
{
  return (size_t)(date_ymd(EGCA__LAST_YEAR, 12, 31) - b->cells_base + 1);
}

/* Merges one read source into its layer; checks every conflict (within the layer) first so a failure
 * leaves the builder unchanged. */
static int merge(egca_calendar_builder *b, const char *name, egca__ics_source *in, int layer, egca_error *err)
{
  if (b->source_count >= 65535)
    return egca__fail(err, EGCA_E_INVALID, name, 0, "%s",
                      EGCA__TR(err, "too many sources (at most 65535)", "来源过多（至多65535个）"));
  if (b->layer_cells[layer] == NULL) {
    b->layer_cells[layer] = calloc(cell_count(b), sizeof *b->layer_cells[layer]);
    if (b->layer_cells[layer] == NULL)
      return egca__fail_nomem(err);
  }
  cell *const cells = b->layer_cells[layer];
  if (in->day_count > 0) /* a source that marks no day has no array: qsort(NULL, 0) is undefined */
    qsort(in->days, in->day_count, sizeof *in->days, day_order);
  for (size_t i = 0; i < in->day_count; i++) {
    const egca__ics_day *d = &in->days[i];
    if (i > 0 && in->days[i - 1].date == d->date && in->days[i - 1].mark != d->mark)
      return conflict(err, d->date, name, &in->events[in->days[i - 1].event], in->days[i - 1].mark, name,
                      &in->events[d->event], d->mark);
    const cell *c = &cells[d->date - b->cells_base];
    if (c->mark != 0 && c->mark != d->mark) {
      const source *other = b->sources[c->source - 1];
      return conflict(err, d->date, other->name, &other->events[c->event], c->mark, name, &in->events[d->event],
                      d->mark);
    }
  }
  source *s = calloc(1, sizeof *s);
  source **grown = realloc(b->sources, (b->source_count + 1) * sizeof *grown);
  size_t name_len = strlen(name) + 1;
  char *name_copy = malloc(name_len);
  if (s == NULL || grown == NULL || name_copy == NULL) {
    free(s);
    free(name_copy);
    if (grown != NULL)
      b->sources = grown;
    return egca__fail_nomem(err);
  }
  memcpy(name_copy, name, name_len);
  b->sources = grown;
  s->name = name_copy;
  s->layer = layer;
  s->events = in->events;
  s->event_count = in->event_count;
  in->events = NULL;
  in->event_count = 0;
  b->sources[b->source_count++] = s;
  const uint16_t source_id = (uint16_t)b->source_count;
  for (size_t i = 0; i < in->day_count; i++) {
    const egca__ics_day *d = &in->days[i];
    cell *c = &cells[d->date - b->cells_base];
    /* The same kind from two sources merges; the first source stays the one named. A confirmed
     * statement replaces a tentative one. */
    if (c->mark == 0 || (c->tentative && !d->tentative))
      *c = (cell){.mark = d->mark, .tentative = d->tentative, .source = source_id, .event = d->event};
    int y, m;
    egca_date_to_ymd(d->date, &y, &m, NULL);
    if (y < EGCA__FIRST_YEAR || y > EGCA__LAST_YEAR)
      continue; /* the ics module keeps days in range; this keeps the index provably in bounds */
    year_facts *f = &s->years[y - EGCA__FIRST_YEAR];
    f->marks = 1;
    if (!d->tentative)
      f->confirmed_marks = 1;
    if (d->mark == EGCA__MARK_HOLIDAY) {
      int day;
      egca_date_to_ymd(d->date, NULL, NULL, &day);
      const uint8_t festivals = (uint8_t)egca__festivals_of_day(y, m, day);
      if (d->tentative)
        f->tentative_festivals |= festivals;
      else
        f->confirmed_festivals |= festivals;
    }
  }
  for (size_t i = 0; i < in->declared_count; i++)
    s->years[in->declared_years[i] - EGCA__FIRST_YEAR].declared = 1;
  b->report.sources++;
  b->report.events_used += in->events_used;
  b->report.observances_ignored += in->observances_ignored;
  b->report.events_cancelled += in->events_cancelled;
  if (layer == LAYER_LOCAL)
    b->local_required = 1;
  return 0;
}

static int add_buffer(egca_calendar_builder *b, const char *name, const char *data, size_t len, int layer,
                      egca_error *err)
{
  egca__ics_source in;
  int rc = egca__ics_read(&in, name, data, len, b->options.unmarked, err);
  if (rc < 0)
    return rc;
  rc = merge(b, name, &in, layer, err);
  egca__ics_source_free(&in);
  return rc;
}

EGCA_API int egca_calendar_builder_add_buffer(egca_calendar_builder *b, const char *name, const char *data,
                                              size_t len, egca_error *err)
{
  return add_buffer(b, name, data, len, LAYER_BASE, err);
}

EGCA_API int egca_calendar_builder_add_local_buffer(egca_calendar_builder *b, const char *name, const char *data,
                                                    size_t len, egca_error *err)
{
  return add_buffer(b, name, data, len, LAYER_LOCAL, err);
}

EGCA_API int egca_calendar_builder_set_region(egca_calendar_builder *b, const char *region, egca_error *err)
{
  if (region == NULL || region[0] == '\0' || strlen(region) >= REGION_MAX)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "a region name is 1 to %d bytes", "地区名称须为1至%d个字节"), REGION_MAX - 1);
  if (egca__utf8_invalid_at((const unsigned char *)region, strlen(region)) != strlen(region))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "a region name must be UTF-8", "地区名称须为UTF-8文本"));
  memcpy(b->region, region, strlen(region) + 1);
  b->local_required = 1;
  return 0;
}

/* Reads one file. A file of a directory must be a regular file; one the caller names may also be a pipe
 * (`--holidays <(curl ...)`, /dev/stdin fed by a pipe). Anything else (a FIFO in a folder, a socket, a
 * terminal or other device) is refused, naming it: reading it could wait forever (egca__read_input). */
static int add_file(egca_calendar_builder *b, const char *path, int named, int layer, egca_error *err)
{
  char *data = NULL;
  size_t len = 0;
  int rc = egca__read_input(&data, &len, path, MAX_ICS_BYTES, named, err);
  if (rc == EGCA_E_INVALID) /* the one way it fails so: too large */
    return egca__fail(err, EGCA_E_INVALID, path, 0,
                      EGCA__TR(err, "larger than the limit of %u MiB for one iCalendar file",
                               "超过单个iCalendar文件%u MiB的上限"),
                      MAX_ICS_BYTES >> 20);
  if (rc < 0)
    return rc;
  rc = add_buffer(b, path, data, len, layer, err);
  free(data);
  return rc;
}

static int name_order(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

static int ends_with_ics(const char *name)
{
  size_t n = strlen(name);
  return n > 4 && (strcmp(name + n - 4, ".ics") == 0 || strcmp(name + n - 4, ".ICS") == 0);
}

static int add_directory(egca_calendar_builder *b, const char *path, int layer, egca_error *err)
{
  DIR *dir = opendir(path);
  if (dir == NULL)
    return egca__fail(err, EGCA_E_IO, path, 0, EGCA__TR(err, "cannot open directory: %s", "无法打开目录：%s"),
                      egca__errno_text(errno, err));
  char **names = NULL;
  size_t count = 0;
  int rc = 0;
  for (struct dirent *e = readdir(dir); e != NULL && rc == 0; e = readdir(dir)) {
    if (e->d_name[0] == '.' || !ends_with_ics(e->d_name))
      continue;
    size_t n = strlen(path) + strlen(e->d_name) + 2;
    char **grown = realloc(names, (count + 1) * sizeof *names);
    char *full = malloc(n);
    if (grown == NULL || full == NULL) {
      free(full);
      if (grown != NULL)
        names = grown;
      rc = egca__fail_nomem(err);
      break;
    }
    names = grown;
    const size_t plen = strlen(path);
    snprintf(full, n, "%s%s%s", path, plen > 0 && path[plen - 1] == '/' ? "" : "/", e->d_name);
    names[count++] = full;
  }
  closedir(dir);
  if (rc == 0 && count == 0)
    rc = egca__fail(err, EGCA_E_IO, path, 0, "%s",
                    EGCA__TR(err, "no *.ics file in this directory", "此目录中没有*.ics文件"));
  if (rc == 0)
    qsort(names, count, sizeof *names, name_order);
  /* All or nothing: on a failure the builder returns to its state before the directory. */
  const size_t sources_before = b->source_count;
  const egca_load_report report_before = b->report;
  const int local_required_before = b->local_required;
  const size_t ncells = cell_count(b);
  cell *cells_before = NULL;
  if (rc == 0 && b->layer_cells[layer] != NULL) {
    if ((cells_before = malloc(ncells * sizeof *cells_before)) == NULL)
      rc = egca__fail_nomem(err);
    else
      memcpy(cells_before, b->layer_cells[layer], ncells * sizeof *cells_before);
  }
  for (size_t i = 0; i < count && rc == 0; i++)
    rc = add_file(b, names[i], 0, layer, err);
  if (rc < 0 && b->source_count > sources_before) {
    for (size_t i = sources_before; i < b->source_count; i++)
      source_free(b->sources[i]);
    b->source_count = sources_before;
    b->report = report_before;
    b->local_required = local_required_before;
    if (cells_before != NULL)
      memcpy(b->layer_cells[layer], cells_before, ncells * sizeof *cells_before);
    else
      memset(b->layer_cells[layer], 0, ncells * sizeof *b->layer_cells[layer]);
  }
  free(cells_before);
  for (size_t i = 0; i < count; i++)
    free(names[i]);
  free(names);
  return rc;
}

static int add_path(egca_calendar_builder *b, const char *path, int layer, egca_error *err)
{
  struct stat st;
  if (stat(path, &st) != 0)
    return egca__fail(err, EGCA_E_IO, path, 0, EGCA__TR(err, "cannot open: %s", "无法打开：%s"),
                      egca__errno_text(errno, err));
  if (S_ISDIR(st.st_mode))
    return add_directory(b, path, layer, err);
  return add_file(b, path, 1, layer, err);
}

EGCA_API int egca_calendar_builder_add_path(egca_calendar_builder *b, const char *path, egca_error *err)
{
  return add_path(b, path, LAYER_BASE, err);
}

EGCA_API int egca_calendar_builder_add_local_path(egca_calendar_builder *b, const char *path, egca_error *err)
{
  return add_path(b, path, LAYER_LOCAL, err);
}

/* --- Compiling the table -------------------------------------------------------------------------- */

/* The festivals of 第二条 that a source gives no holiday for in `year` (bits, festivals.h); 0 when it
 * declares the year. */
static unsigned festivals_missing(const year_facts *f, int year)
{
  if (f->declared)
    return 0;
  return egca__festivals_required(year) & ~(unsigned)(f->confirmed_festivals | f->tentative_festivals);
}

static egca_coverage source_covers(const year_facts *f, int year)
{
  if (f->declared)
    return f->marks && !f->confirmed_marks ? EGCA_COVERAGE_TENTATIVE : EGCA_COVERAGE_CONFIRMED;
  /* A year's notice gives a holiday for every festival of 全国年节及纪念日放假办法 第二条: a source that
   * lacks one is cut off or incomplete, and is no notice of that year (festivals.c). A notice's reach into
   * the previous December falls in no festival's period of that year. */
  const unsigned required = egca__festivals_required(year);
  if ((f->confirmed_festivals & required) == required)
    return EGCA_COVERAGE_CONFIRMED;
  if (festivals_missing(f, year) == 0)
    return EGCA_COVERAGE_TENTATIVE;
  return EGCA_COVERAGE_NONE;
}

EGCA_API void egca_calendar_free(egca_calendar *c)
{
  if (c == NULL)
    return;
  free(c->days);
  free(c->pre);
  free(c->provisional);
  free(c->uncovered);
  free(c->nth_working);
  free(c->coverage);
  free(c->local_coverage);
  for (size_t i = 0; i < c->source_count; i++)
    free(c->source_names[i]);
  free(c->source_names);
  if (c->year_sources != NULL)
    for (int y = 0; y <= c->last_year - c->first_year; y++)
      free(c->year_sources[y]);
  free(c->year_sources);
  free(c->year_source_counts);
  free(c->names.named_day);
  free(c->names.named_label);
  free(c->names.labels);
  free(c->names.pool);
  free(c);
}

/* --- Named days: building the day_names of a calendar ---------------------------------------------- */

/* Open-addressing hash sets over the pool's strings and over the labels, used only while building. */
typedef struct names_builder {
  day_names *out;
  uint32_t pool_cap, labels_cap;
  uint32_t *string_slots; /* pool offsets + 1; 0 = empty */
  uint32_t string_slot_count, string_count;
  uint32_t *label_slots;  /* label index + 1; 0 = empty */
  uint32_t label_slot_count;
  uint32_t named_cap;
} names_builder;

static uint32_t hash_bytes(const void *data, size_t n, uint32_t h)
{
  const unsigned char *p = data;
  for (size_t i = 0; i < n; i++)
    h = (h ^ p[i]) * 16777619u; /* FNV-1a */
  return h;
}

/* Doubles a hash set's slots and re-inserts what it holds; `key` gives an entry's hash. */
static int grow_slots(uint32_t **slots, uint32_t *slot_count, const names_builder *nb,
                      uint32_t (*key)(const names_builder *, uint32_t))
{
  const uint32_t count = *slot_count ? *slot_count * 2 : 256;
  uint32_t *fresh = calloc(count, sizeof *fresh);
  if (fresh == NULL)
    return -1;
  for (uint32_t i = 0; i < *slot_count; i++) {
    if ((*slots)[i] == 0)
      continue;
    uint32_t at = key(nb, (*slots)[i] - 1) & (count - 1);
    while (fresh[at] != 0)
      at = (at + 1) & (count - 1);
    fresh[at] = (*slots)[i];
  }
  free(*slots);
  *slots = fresh;
  *slot_count = count;
  return 0;
}

static uint32_t string_key(const names_builder *nb, uint32_t offset)
{
  const char *s = nb->out->pool + offset;
  return hash_bytes(s, strlen(s), 2166136261u);
}

static uint32_t label_key(const names_builder *nb, uint32_t index)
{
  return hash_bytes(&nb->out->labels[index], sizeof(day_label), 2166136261u);
}

/* The pool offset of `s` (added once); 0 for NULL or "". -1 when out of memory. */
static int64_t intern_string(names_builder *nb, const char *s)
{
  if (s == NULL || *s == '\0')
    return 0;
  if ((nb->string_count + 1) * 2 > nb->string_slot_count &&
      grow_slots(&nb->string_slots, &nb->string_slot_count, nb, string_key) < 0)
    return -1;
  const size_t n = strlen(s);
  const uint32_t mask = nb->string_slot_count - 1;
  uint32_t at = hash_bytes(s, n, 2166136261u) & mask;
  for (; nb->string_slots[at] != 0; at = (at + 1) & mask)
    if (strcmp(nb->out->pool + nb->string_slots[at] - 1, s) == 0)
      return nb->string_slots[at] - 1;
  day_names *d = nb->out;
  if ((uint64_t)d->pool_size + n + 1 > UINT32_MAX)
    return -1;
  if (d->pool_size + n + 1 > nb->pool_cap) {
    uint32_t cap = nb->pool_cap ? nb->pool_cap : 1024;
    while (cap < d->pool_size + n + 1)
      cap = cap > UINT32_MAX / 2 ? UINT32_MAX : cap * 2;
    char *grown = realloc(d->pool, cap);
    if (grown == NULL)
      return -1;
    d->pool = grown;
    nb->pool_cap = cap;
  }
  const uint32_t offset = d->pool_size;
  memcpy(d->pool + offset, s, n + 1);
  d->pool_size += (uint32_t)n + 1;
  nb->string_slots[at] = offset + 1;
  nb->string_count++;
  return offset;
}

/* The index of the label of an event (added once); -1 when out of memory. */
static int64_t intern_label(names_builder *nb, const egca__ics_event *e, int local)
{
  const int64_t name = intern_string(nb, e->name), notice = intern_string(nb, e->notice),
                date = intern_string(nb, e->notice_date), url = intern_string(nb, e->notice_url);
  if (name < 0 || notice < 0 || date < 0 || url < 0)
    return -1;
  const day_label label = {(uint32_t)name, (uint32_t)notice, (uint32_t)date, (uint32_t)url, (uint32_t)(local != 0)};
  day_names *d = nb->out;
  if ((d->label_count + 1) * 2 > nb->label_slot_count &&
      grow_slots(&nb->label_slots, &nb->label_slot_count, nb, label_key) < 0)
    return -1;
  const uint32_t mask = nb->label_slot_count - 1;
  uint32_t at = hash_bytes(&label, sizeof label, 2166136261u) & mask;
  for (; nb->label_slots[at] != 0; at = (at + 1) & mask)
    if (memcmp(&d->labels[nb->label_slots[at] - 1], &label, sizeof label) == 0)
      return nb->label_slots[at] - 1;
  if (d->label_count == nb->labels_cap) {
    const uint32_t cap = nb->labels_cap ? nb->labels_cap * 2 : 64;
    day_label *grown = realloc(d->labels, cap * sizeof *grown);
    if (grown == NULL)
      return -1;
    d->labels = grown;
    nb->labels_cap = cap;
  }
  d->labels[d->label_count] = label;
  nb->label_slots[at] = d->label_count + 1;
  return d->label_count++;
}

/* Starts a calendar's names: the empty string and the empty label (index 0, an ordinary day). */
static int names_begin(names_builder *nb, day_names *out)
{
  memset(nb, 0, sizeof *nb);
  nb->out = out;
  out->pool = malloc(1);
  out->labels = malloc(sizeof *out->labels);
  if (out->pool == NULL || out->labels == NULL)
    return -1;
  out->pool[0] = '\0';
  out->pool_size = 1;
  nb->pool_cap = 1;
  out->labels[0] = (day_label){0, 0, 0, 0, 0};
  out->label_count = 1;
  nb->labels_cap = 1;
  return 0;
}

/* Gives table day `day` (later than every day given before) the label `label`. */
static int names_mark(names_builder *nb, int32_t day, uint32_t label)
{
  day_names *d = nb->out;
  if (d->named_count == nb->named_cap) {
    const uint32_t cap = nb->named_cap ? nb->named_cap * 2 : 256;
    int32_t *days = realloc(d->named_day, cap * sizeof *days);
    if (days == NULL)
      return -1;
    d->named_day = days;
    uint32_t *labels = realloc(d->named_label, cap * sizeof *labels);
    if (labels == NULL)
      return -1;
    d->named_label = labels;
    nb->named_cap = cap;
  }
  d->named_day[d->named_count] = day;
  d->named_label[d->named_count] = label;
  d->named_count++;
  return 0;
}

/* The index in named_day of the first named day at or after table day `day` (named_count if none). */
static uint32_t names_first_from(const day_names *d, int32_t day)
{
  uint32_t lo = 0, hi = d->named_count;
  while (lo < hi) {
    const uint32_t mid = lo + (hi - lo) / 2;
    if (d->named_day[mid] < day)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* The label of table day `day`: labels[0], the empty one, for a day no event marks. */
static const day_label *names_label_of(const day_names *d, int32_t day)
{
  const uint32_t k = names_first_from(d, day);
  return &d->labels[k < d->named_count && d->named_day[k] == day ? d->named_label[k] : 0];
}

static void names_end(names_builder *nb)
{
  free(nb->string_slots);
  free(nb->label_slots);
}


/* --- The calendar as bytes ------------------------------------------------------------------------ */

/* The shipped calendars are compiled when the library is built (tools/compile_calendars.c runs the loader
 * above on data/holidays and writes the calendar as bytes into the library), so that egca_calendar_default
 * reads a table instead of parsing iCalendar text on every start. transfer() is the one description of
 * the bytes, read and written alike: a field added to struct egca_calendar is one line there. The prefix
 * counts and the index of working days are not kept; index_days() makes them again from the days. The
 * bytes are the building machine's own (its byte order and sizes), made and read by the same build. */
typedef struct calendar_io {
  int reading;
  egca__buf out;               /* writing */
  const unsigned char *in;     /* reading */
  size_t at, size;
  int failed;                  /* nomem or damaged */
  int nomem;
  int damaged;                 /* reading: too few bytes, or values out of range */
} calendar_io;

static void io_fail(calendar_io *io, int nomem)
{
  io->failed = 1;
  if (nomem)
    io->nomem = 1;
  else
    io->damaged = 1;
}

static void io_bytes(calendar_io *io, void *p, size_t n)
{
  if (io->failed || n == 0)
    return;
  if (io->reading) {
    if (io->size - io->at < n) {
      io_fail(io, 0);
      return;
    }
    memcpy(p, io->in + io->at, n);
    io->at += n;
    return;
  }
  egca__buf_put_n(&io->out, p, n);
  if (io->out.failed)
    io_fail(io, 1);
}

/* An array of count elements behind *p: its elements' bytes; reading allocates it (NULL when empty). */
static void io_array(calendar_io *io, void **p, size_t count, size_t size)
{
  if (io->reading && !io->failed) {
    *p = NULL;
    if (count == 0)
      return;
    if (count > (io->size - io->at) / size) {
      io_fail(io, 0);
      return;
    }
    if ((*p = malloc(count * size)) == NULL) {
      io_fail(io, 1);
      return;
    }
  }
  if (count > 0 && *p != NULL)
    io_bytes(io, *p, count * size);
}

/* An array of count pointers behind *p, zeroed when read (its targets are transferred one by one). */
static void io_pointers(calendar_io *io, void **p, size_t count, size_t size)
{
  if (io->reading && !io->failed && (*p = calloc(count ? count : 1, size)) == NULL)
    io_fail(io, 1);
}

static void io_string(calendar_io *io, char **s)
{
  uint32_t n = io->reading ? 0 : (uint32_t)strlen(*s);
  io_bytes(io, &n, sizeof n);
  if (io->reading && !io->failed) {
    if (n > io->size - io->at) {
      io_fail(io, 0);
      return;
    }
    if ((*s = malloc((size_t)n + 1)) == NULL) {
      io_fail(io, 1);
      return;
    }
    (*s)[n] = '\0';
  }
  if (!io->failed)
    io_bytes(io, *s, n);
}

static const char calendar_magic[8] = "egca-cal";

static void transfer(calendar_io *io, egca_calendar *c)
{
  char magic[sizeof calendar_magic];
  memcpy(magic, calendar_magic, sizeof magic);
  io_bytes(io, magic, sizeof magic);
  if (io->reading && !io->failed && memcmp(magic, calendar_magic, sizeof magic) != 0)
    io_fail(io, 0);
  io_bytes(io, &c->first_year, sizeof c->first_year);
  io_bytes(io, &c->last_year, sizeof c->last_year);
  if (io->failed)
    return;
  if (c->first_year < EGCA__FIRST_YEAR || c->last_year > EGCA__LAST_YEAR || c->first_year > c->last_year) {
    io_fail(io, 0);
    return;
  }
  c->base = date_ymd(c->first_year, 1, 1);
  c->day_count = date_ymd(c->last_year, 12, 31) - c->base + 1;
  const size_t years = (size_t)(c->last_year - c->first_year + 1);
  io_array(io, (void **)&c->days, (size_t)c->day_count, sizeof *c->days);
  io_array(io, (void **)&c->coverage, years, sizeof *c->coverage);
  io_array(io, (void **)&c->local_coverage, years, sizeof *c->local_coverage);
  io_bytes(io, &c->local_required, sizeof c->local_required);
  io_bytes(io, c->region, sizeof c->region);
  io_bytes(io, &c->source_count, sizeof c->source_count);
  if (io->failed)
    return;
  if (c->source_count > UINT16_MAX) {
    io_fail(io, 0);
    return;
  }
  io_pointers(io, (void **)&c->source_names, c->source_count, sizeof *c->source_names);
  for (size_t s = 0; s < c->source_count && !io->failed; s++)
    io_string(io, &c->source_names[s]);
  io_array(io, (void **)&c->year_source_counts, years, sizeof *c->year_source_counts);
  io_pointers(io, (void **)&c->year_sources, years, sizeof *c->year_sources);
  for (size_t y = 0; y < years && !io->failed; y++)
    io_array(io, (void **)&c->year_sources[y], c->year_source_counts[y], sizeof **c->year_sources);
  io_bytes(io, c->missing, sizeof c->missing);
  io_bytes(io, c->missing_source, sizeof c->missing_source);
  io_bytes(io, &c->report, sizeof c->report);
  /* Named days: flat arrays of offsets and indexes, checked when read so that a damaged table cannot
   * point outside them nor list its days out of order. */
  day_names *nm = &c->names;
  io_bytes(io, &nm->named_count, sizeof nm->named_count);
  io_bytes(io, &nm->label_count, sizeof nm->label_count);
  io_bytes(io, &nm->pool_size, sizeof nm->pool_size);
  if (io->failed)
    return;
  if (io->reading && nm->named_count > (uint32_t)c->day_count) {
    io_fail(io, 0);
    return;
  }
  io_array(io, (void **)&nm->named_day, nm->named_count, sizeof *nm->named_day);
  io_array(io, (void **)&nm->named_label, nm->named_count, sizeof *nm->named_label);
  io_array(io, (void **)&nm->labels, nm->label_count, sizeof *nm->labels);
  io_array(io, (void **)&nm->pool, nm->pool_size, sizeof *nm->pool);
  if (!io->reading || io->failed)
    return;
  if (nm->label_count == 0 || nm->pool_size == 0 || nm->pool[nm->pool_size - 1] != '\0') {
    io_fail(io, 0);
    return;
  }
  for (uint32_t k = 0; k < nm->named_count; k++)
    if (nm->named_day[k] < (k > 0 ? nm->named_day[k - 1] + 1 : 0) || nm->named_day[k] >= c->day_count ||
        nm->named_label[k] >= nm->label_count) {
      io_fail(io, 0);
      return;
    }
  for (uint32_t k = 0; k < nm->label_count; k++) {
    const day_label *l = &nm->labels[k];
    if (l->name >= nm->pool_size || l->notice >= nm->pool_size || l->notice_date >= nm->pool_size ||
        l->notice_url >= nm->pool_size) {
      io_fail(io, 0);
      return;
    }
  }
}

int egca__calendar_to_bytes(const egca_calendar *c, unsigned char **out, size_t *len)
{
  calendar_io io = {.reading = 0};
  transfer(&io, (egca_calendar *)c); /* writing only reads c */
  if (io.failed) {
    free(io.out.text);
    return -1;
  }
  *out = (unsigned char *)io.out.text;
  *len = io.out.len;
  return 0;
}

/* Whether what was read holds together: every index in range, every day a kind with its flags. */
static int calendar_consistent(const egca_calendar *c)
{
  for (int32_t i = 0; i < c->day_count; i++)
    if (c->days[i] & ~(KIND_MASK | FLAG_PROVISIONAL | FLAG_UNCOVERED))
      return 0;
  if (memchr(c->region, '\0', sizeof c->region) == NULL)
    return 0;
  for (int y = 0; y <= c->last_year - c->first_year; y++) {
    if (c->coverage[y] > EGCA_COVERAGE_TENTATIVE || c->local_coverage[y] > EGCA_COVERAGE_TENTATIVE)
      return 0;
    for (size_t k = 0; k < c->year_source_counts[y]; k++)
      if (c->year_sources[y][k] >= c->source_count)
        return 0;
  }
  for (int y = 0; y < YEARS; y++)
    if (c->missing[y] != 0 && c->missing_source[y] >= c->source_count)
      return 0;
  return 1;
}

int egca__calendar_from_bytes(egca_calendar **out, const unsigned char *bytes, size_t len, int strict, egca_error *err)
{
  *out = NULL;
  egca_calendar *c = calloc(1, sizeof *c);
  if (c == NULL)
    return egca__fail_nomem(err);
  calendar_io io = {.reading = 1, .in = bytes, .size = len};
  transfer(&io, c);
  if (c->source_names == NULL)
    c->source_count = 0; /* for egca_calendar_free */
  if (io.nomem) {
    egca_calendar_free(c);
    return egca__fail_nomem(err);
  }
  if (io.failed || io.at != io.size || !calendar_consistent(c)) {
    egca_calendar_free(c);
    return egca__fail(err, EGCA_E_INVALID, "<built-in>", 0, "%s",
                      EGCA__TR(err, "the compiled calendar table is damaged", "内置日历表已损坏"));
  }
  if (index_days(c) < 0) {
    egca_calendar_free(c);
    return egca__fail_nomem(err);
  }
  c->strict = strict;
  *out = c;
  return 0;
}

/* "春节, 国庆节" (English) or "春节、国庆节": the festivals of a bit set, for err's message. */
static void festival_list(char *buf, size_t size, unsigned festivals, const egca_error *err)
{
  size_t len = 0;
  buf[0] = '\0';
  for (int k = 0; k < EGCA__FESTIVALS && len < size; k++)
    if (festivals & 1u << k) {
      const int n = snprintf(buf + len, size - len, "%s%s", len > 0 ? EGCA__TR(err, ", ", "、") : "",
                             egca__festival_name(k));
      len += n > 0 ? (size_t)n : 0;
    }
}

#define COVERAGE_RULE_EN "a year needs X-EGCA-COVERAGE or a holiday for each festival of 全国年节及纪念日放假办法 第二条"
#define COVERAGE_RULE_ZH "一个年份须有X-EGCA-COVERAGE，或有《全国年节及纪念日放假办法》第二条所列每个节日的假日"

EGCA_API int egca_calendar_builder_build(egca_calendar **out, const egca_calendar_builder *b, egca_error *err)
{
  *out = NULL;
  uint8_t coverage[YEARS] = {0}, missing[YEARS] = {0}, local_coverage[YEARS] = {0};
  uint16_t missing_source[YEARS] = {0};
  int first = 0, last = -1;
  for (int y = 0; y < YEARS; y++) {
    for (size_t s = 0; s < b->source_count; s++) {
      const year_facts *f = &b->sources[s]->years[y];
      if (b->sources[s]->layer == LAYER_LOCAL) {
        /* A region's notice names only its own days: it covers the years it declares or marks. */
        const egca_coverage lc = !f->declared && !f->marks ? EGCA_COVERAGE_NONE
                                 : f->marks && !f->confirmed_marks ? EGCA_COVERAGE_TENTATIVE
                                                                   : EGCA_COVERAGE_CONFIRMED;
        if (lc == EGCA_COVERAGE_CONFIRMED || (lc == EGCA_COVERAGE_TENTATIVE && local_coverage[y] == EGCA_COVERAGE_NONE))
          local_coverage[y] = (uint8_t)lc;
        continue;
      }
      egca_coverage cov = source_covers(f, y + EGCA__FIRST_YEAR);
      if (cov == EGCA_COVERAGE_CONFIRMED || (cov == EGCA_COVERAGE_TENTATIVE && coverage[y] == EGCA_COVERAGE_NONE))
        coverage[y] = (uint8_t)cov;
      /* A source that gives a holiday for some festival of the year but not all is incomplete for it; one
       * that only reaches into it (a notice's December make-up day) says nothing about it. */
      const unsigned lacks = festivals_missing(f, y + EGCA__FIRST_YEAR);
      if (cov == EGCA_COVERAGE_NONE && lacks != egca__festivals_required(y + EGCA__FIRST_YEAR) &&
          (missing[y] == 0 || __builtin_popcount(lacks) < __builtin_popcount(missing[y]))) {
        missing[y] = (uint8_t)lacks;
        missing_source[y] = (uint16_t)s;
      }
    }
    if (coverage[y] != EGCA_COVERAGE_NONE) {
      if (last < 0)
        first = y;
      last = y;
    }
  }
  if (last < 0) {
    /* Name what the year closest to being covered lacks. */
    int best = -1;
    for (int y = 0; y < YEARS; y++)
      if (missing[y] != 0 && (best < 0 || __builtin_popcount(missing[y]) < __builtin_popcount(missing[best])))
        best = y;
    const char *name = b->source_count == 1 ? b->sources[0]->name : NULL; /* a local layer alone covers nothing */
    if (best < 0)
      return egca__fail(err, EGCA_E_INVALID, name, 0, "%s",
                        EGCA__TR(err, "the holiday data covers no year (" COVERAGE_RULE_EN ")",
                                 "节假日数据未覆盖任何年份（" COVERAGE_RULE_ZH "）"));
    char lacks[160];
    festival_list(lacks, sizeof lacks, missing[best], err);
    return egca__fail(err, EGCA_E_INVALID, name, 0,
                      EGCA__TR(err, "the holiday data covers no year: %d has no holiday for %s (" COVERAGE_RULE_EN ")",
                               "节假日数据未覆盖任何年份：%d年缺少%s的假日（" COVERAGE_RULE_ZH "）"),
                      best + EGCA__FIRST_YEAR, lacks);
  }
  egca_calendar *c = calloc(1, sizeof *c);
  if (c == NULL)
    return egca__fail_nomem(err);
  memcpy(c->missing, missing, sizeof missing);
  memcpy(c->missing_source, missing_source, sizeof missing_source);
  c->first_year = first + EGCA__FIRST_YEAR;
  c->last_year = last + EGCA__FIRST_YEAR;
  c->strict = b->options.strict;
  c->report = b->report;
  c->base = date_ymd(c->first_year, 1, 1);
  c->day_count = date_ymd(c->last_year, 12, 31) - c->base + 1;
  const size_t n = (size_t)c->day_count;
  const int years = c->last_year - c->first_year + 1;
  c->days = malloc(n);
  c->coverage = malloc((size_t)years);
  c->local_coverage = malloc((size_t)years);
  c->local_required = b->local_required;
  memcpy(c->region, b->region, sizeof c->region);
  c->source_names = calloc(b->source_count ? b->source_count : 1, sizeof *c->source_names);
  c->year_sources = calloc((size_t)years, sizeof *c->year_sources);
  c->year_source_counts = calloc((size_t)years, sizeof *c->year_source_counts);
  if (c->days == NULL || c->coverage == NULL || c->local_coverage == NULL || c->source_names == NULL ||
      c->year_sources == NULL || c->year_source_counts == NULL) {
    egca_calendar_free(c);
    return egca__fail_nomem(err);
  }
  memcpy(c->coverage, coverage + first, (size_t)years);
  memcpy(c->local_coverage, local_coverage + first, (size_t)years);
  names_builder nb;
  if (names_begin(&nb, &c->names) < 0) {
    names_end(&nb);
    egca_calendar_free(c);
    return egca__fail_nomem(err);
  }
  /* The label of the event last met: the days of one event follow one another. */
  uint16_t last_source = 0;
  uint32_t last_event = 0, last_label = 0;
  const egca_date cells_offset = c->base - b->cells_base;
  /* The day's year and weekday are carried from day to day rather than worked out for each of the table's
   * days (a 300-year table has 110,000). */
  int year = c->first_year;
  egca_date next_new_year = date_ymd(year + 1, 1, 1);
  int weekday = egca_date_weekday(c->base);
  for (size_t i = 0; i < n; i++) {
    const egca_date day = c->base + (egca_date)i;
    if (i > 0)
      weekday = weekday == EGCA_SUNDAY ? EGCA_MONDAY : weekday + 1;
    if (day == next_new_year)
      next_new_year = date_ymd(++year + 1, 1, 1);
    const int weekend = weekday >= EGCA_SATURDAY;
    /* The local layer's mark replaces the national one (全国年节及纪念日放假办法 第四条). */
    const cell *cl = b->layer_cells[LAYER_LOCAL] != NULL ? &b->layer_cells[LAYER_LOCAL][cells_offset + (egca_date)i] : NULL;
    if ((cl == NULL || cl->mark == 0) && b->layer_cells[LAYER_BASE] != NULL)
      cl = &b->layer_cells[LAYER_BASE][cells_offset + (egca_date)i];
    if (cl != NULL && cl->mark != 0) {
      /* Named days: the event that gave the day its kind names it. */
      if (cl->source != last_source || cl->event != last_event) {
        const source *src = b->sources[cl->source - 1];
        const egca__ics_event *e = &src->events[cl->event];
        const int64_t label = intern_label(&nb, e, src->layer == LAYER_LOCAL || e->local);
        if (label < 0) {
          names_end(&nb);
          egca_calendar_free(c);
          return egca__fail_nomem(err);
        }
        last_source = cl->source;
        last_event = cl->event;
        last_label = (uint32_t)label;
      }
      if (names_mark(&nb, (int32_t)i, last_label) < 0) {
        names_end(&nb);
        egca_calendar_free(c);
        return egca__fail_nomem(err);
      }
    }
    egca_day_kind kind;
    if (cl != NULL && cl->mark == EGCA__MARK_HOLIDAY)
      kind = EGCA_DAY_HOLIDAY;
    else if (cl != NULL && cl->mark == EGCA__MARK_WORKING)
      kind = weekend ? EGCA_DAY_ADJUSTED_WORKDAY : EGCA_DAY_WORKDAY;
    else
      kind = weekend ? EGCA_DAY_WEEKEND : EGCA_DAY_WORKDAY;
    const uint8_t cov = coverage[year - EGCA__FIRST_YEAR];
    uint8_t v = (uint8_t)kind;
    /* A tentative year is provisional throughout; in a confirmed year, a day that only STATUS:TENTATIVE
     * events mark (a confirmed mark of the same kind replaces a tentative one in merge) is provisional too:
     * its kind may yet change. */
    if (cov == EGCA_COVERAGE_TENTATIVE || (cov == EGCA_COVERAGE_CONFIRMED && cl != NULL && cl->mark != 0 && cl->tentative))
      v |= FLAG_PROVISIONAL;
    /* A region with rest days of its own, in a year without its notice (or with a tentative one): the
     * national day may yet be a local rest day. */
    const uint8_t lcov = local_coverage[year - EGCA__FIRST_YEAR];
    if (cov != EGCA_COVERAGE_NONE && b->local_required && lcov != EGCA_COVERAGE_CONFIRMED)
      v |= FLAG_PROVISIONAL;
    if (cov == EGCA_COVERAGE_NONE)
      v |= FLAG_UNCOVERED;
    c->days[i] = v;
  }
  names_end(&nb);
  if (index_days(c) < 0) {
    egca_calendar_free(c);
    return egca__fail_nomem(err);
  }
  /* Provenance: source names, and per year the sources that declared it or marked a day of it. */
  for (size_t s = 0; s < b->source_count; s++) {
    size_t len = strlen(b->sources[s]->name) + 1;
    if ((c->source_names[s] = malloc(len)) == NULL) {
      egca_calendar_free(c);
      return egca__fail_nomem(err);
    }
    memcpy(c->source_names[s], b->sources[s]->name, len);
    c->source_count = s + 1;
  }
  for (int y = 0; y < years; y++) {
    for (size_t s = 0; s < b->source_count; s++) {
      const year_facts *f = &b->sources[s]->years[first + y];
      if (!f->declared && !f->marks)
        continue;
      uint16_t *grown = realloc(c->year_sources[y], (c->year_source_counts[y] + 1) * sizeof *grown);
      if (grown == NULL) {
        egca_calendar_free(c);
        return egca__fail_nomem(err);
      }
      c->year_sources[y] = grown;
      grown[c->year_source_counts[y]++] = (uint16_t)s;
    }
  }
  *out = c;
  return 0;
}

EGCA_API int egca_calendar_load(egca_calendar **out, const char *const *paths, size_t count,
                                const egca_load_options *options, egca_error *err)
{
  *out = NULL;
  egca_calendar_builder *b;
  int rc = egca_calendar_builder_new(&b, options, err);
  for (size_t i = 0; i < count && rc >= 0; i++)
    rc = egca_calendar_builder_add_path(b, paths[i], err);
  if (rc >= 0)
    rc = egca_calendar_builder_build(out, b, err);
  egca_calendar_builder_free(b);
  return rc;
}

EGCA_API int egca_calendar_builder_add_builtin(egca_calendar_builder *b, egca_error *err)
{
  int rc = 0;
  char name[128];
  for (size_t i = 0; i < egca__embedded_holidays_count && rc >= 0; i++) {
    snprintf(name, sizeof name, "<built-in>/%s", egca__embedded_holidays[i].name);
    rc = egca_calendar_builder_add_buffer(b, name, egca__embedded_holidays[i].data, egca__embedded_holidays[i].len,
                                          err);
  }
  return rc;
}

EGCA_API int egca_calendar_default(egca_calendar **out, const egca_load_options *options, egca_error *err)
{
  *out = NULL;
  /* The shipped data as compiled at build time, for each policy for unmarked events that gives it (the
   * shipped notices have no unmarked event, so all three do); otherwise the notices are read. */
  const int rc = egca__calendar_compiled(out, "", options, err);
  return rc != 0 ? (rc < 0 ? rc : 0) : egca__calendar_from_notices(out, options, err);
}

int egca__calendar_compiled(egca_calendar **out, const char *office, const egca_load_options *options, egca_error *err)
{
  *out = NULL;
  const egca_unmarked_policy unmarked = options != NULL ? options->unmarked : EGCA_UNMARKED_IGNORE;
  for (size_t i = 0; i < egca__compiled_calendar_count; i++) {
    const egca__compiled_calendar *t = &egca__compiled_calendars[i];
    if (strcmp(t->office, office) != 0)
      continue;
    if ((unsigned)unmarked >= 8 || !((t->policies >> unmarked) & 1u))
      return 0;
    const int rc = egca__calendar_from_bytes(out, t->bytes, t->len, options != NULL ? options->strict : 0, err);
    return rc < 0 ? rc : 1;
  }
  return 0;
}

int egca__calendar_from_notices(egca_calendar **out, const egca_load_options *options, egca_error *err)
{
  *out = NULL;
  egca_calendar_builder *b;
  int rc = egca_calendar_builder_new(&b, options, err);
  if (rc >= 0)
    rc = egca_calendar_builder_add_builtin(b, err);
  if (rc >= 0)
    rc = egca_calendar_builder_build(out, b, err);
  egca_calendar_builder_free(b);
  return rc;
}

/* --- Questions ------------------------------------------------------------------------------------ */

EGCA_API const char *egca_day_kind_name(egca_day_kind kind)
{
  switch (kind) {
  case EGCA_DAY_WORKDAY: return "workday";
  case EGCA_DAY_WEEKEND: return "weekend";
  case EGCA_DAY_HOLIDAY: return "holiday";
  case EGCA_DAY_ADJUSTED_WORKDAY: return "adjusted_workday";
  }
  return NULL;
}

static int coverage_error(const egca_calendar *c, int year, egca_error *err)
{
  char range[32];
  if (c->first_year == c->last_year)
    snprintf(range, sizeof range, "%d", c->first_year);
  else
    snprintf(range, sizeof range, "%d-%d", c->first_year, c->last_year);
  /* A year that a source marks but does not cover: say what it lacks. */
  char why[EGCA_ERROR_TEXT_MAX / 2] = "";
  if (year >= EGCA__FIRST_YEAR && year <= EGCA__LAST_YEAR && c->missing[year - EGCA__FIRST_YEAR] != 0) {
    char lacks[160];
    festival_list(lacks, sizeof lacks, c->missing[year - EGCA__FIRST_YEAR], err);
    snprintf(why, sizeof why, EGCA__TR(err, " (%s has no holiday for %s in it)", "（%s中没有%s的假日）"),
             c->source_names[c->missing_source[year - EGCA__FIRST_YEAR]], lacks);
  }
  int rc;
  if (year >= c->first_year && year <= c->last_year)
    rc = egca__fail(err, EGCA_E_COVERAGE, NULL, 0,
                    EGCA__TR(err, "no holiday data for %d: the calendar covers %s but not %d%s",
                             "没有%d年的节假日数据：日历覆盖%s年，但不含%d年%s"),
                    year, range, year, why);
  else
    rc = egca__fail(err, EGCA_E_COVERAGE, NULL, 0,
                    EGCA__TR(err, "no holiday data for %d: the calendar covers %s; load that year's holiday notice%s",
                             "没有%d年的节假日数据：日历覆盖%s年；请载入该年的放假通知%s"),
                    year, range, why);
  if (err != NULL)
    err->year = year;
  return rc;
}

/* First uncovered year among table days [lo, hi) (a non-empty range known to hold one). */
static int first_uncovered_year(const egca_calendar *c, int32_t lo, int32_t hi)
{
  for (int32_t i = lo; i < hi; i++)
    if (c->days[i] & FLAG_UNCOVERED)
      return year_of(c->base + i);
  return year_of(c->base + lo);
}

/* The answer for table days [lo, hi): coverage error, provisional, or fine. */
static inline int check_span(const egca_calendar *c, int32_t lo, int32_t hi, egca_error *err)
{
  if (c->pre[hi].special == c->pre[lo].special)
    return EGCA_OK;
  if (c->uncovered[hi] != c->uncovered[lo])
    return coverage_error(c, first_uncovered_year(c, lo, hi), err);
  if (c->provisional[hi] != c->provisional[lo]) {
    if (c->strict) {
      int32_t at = lo;
      while (at < hi - 1 && (c->days[at] & FLAG_PROVISIONAL) == 0)
        at++;
      const int year = year_of(c->base + at);
      int rc;
      if (c->local_required && c->local_coverage[year - c->first_year] != EGCA_COVERAGE_CONFIRMED &&
          c->coverage[year - c->first_year] == EGCA_COVERAGE_CONFIRMED && (c->days[at] & FLAG_PROVISIONAL)) {
        rc = egca__fail(err, EGCA_E_COVERAGE, NULL, 0,
                        EGCA__TR(err,
                                 "%d: no confirmed local holiday notice of %s is loaded: a provisional answer is an "
                                 "error in strict mode",
                                 "%d年：未载入%s已确认的地方放假通知：严格模式下，暂定的答案即为错误"),
                        year, c->region[0] != '\0' ? c->region : EGCA__TR(err, "the local layer", "地方层"));
      } else if (c->coverage[year - c->first_year] == EGCA_COVERAGE_TENTATIVE) {
        rc = egca__fail(err, EGCA_E_COVERAGE, NULL, 0,
                        EGCA__TR(err,
                                 "%d is tentative (its holiday notice is not loaded): a provisional answer is an error "
                                 "in strict mode",
                                 "%d年为暂定年份（未载入该年的放假通知）：严格模式下，暂定的答案即为错误"),
                        year);
      } else {
        char day[EGCA_DATE_TEXT_SIZE];
        egca_date_format(c->base + at, day);
        rc = egca__fail(err, EGCA_E_COVERAGE, NULL, 0,
                        EGCA__TR(err,
                                 "%s is marked only by a STATUS:TENTATIVE event: a provisional answer is an error in "
                                 "strict mode",
                                 "%s仅由STATUS:TENTATIVE事件标记：严格模式下，暂定的答案即为错误"),
                        day);
      }
      if (err != NULL)
        err->year = year;
      return rc;
    }
    return EGCA_PROVISIONAL;
  }
  return EGCA_OK;
}

/* Index of `day` in the table, or a coverage error. */
static inline int index_of(int32_t *out, const egca_calendar *c, egca_date day, egca_error *err)
{
  if (((uint32_t)day - (uint32_t)c->base) >= (uint32_t)c->day_count) {
    if (day < EGCA_DATE_MIN || day > EGCA_DATE_MAX)
      return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                        EGCA__TR(err, "date outside the supported range 0001-01-01..9999-12-31",
                                 "日期超出支持范围0001-01-01..9999-12-31"));
    return coverage_error(c, year_of(day), err);
  }
  *out = day - c->base;
  return 0;
}

EGCA_API int egca_calendar_kind(egca_day_kind *out, const egca_calendar *c, egca_date day, egca_error *err)
{
  const uint32_t i = ((uint32_t)day - (uint32_t)c->base);
  if (i < (uint32_t)c->day_count && (c->days[i] & (FLAG_PROVISIONAL | FLAG_UNCOVERED)) == 0) {
    *out = (egca_day_kind)(c->days[i] & KIND_MASK);
    return EGCA_OK;
  }
  int32_t k = 0;
  int rc = index_of(&k, c, day, err);
  if (rc < 0)
    return rc;
  rc = check_span(c, k, k + 1, err);
  if (rc >= 0)
    *out = (egca_day_kind)(c->days[k] & KIND_MASK);
  return rc;
}

/* A label's string, or NULL for none. */
static const char *pool_string(const egca_calendar *c, uint32_t offset)
{
  return offset != 0 ? c->names.pool + offset : NULL;
}

EGCA_API int egca_calendar_day(egca_day_info *out, const egca_calendar *c, egca_date day, egca_error *err)
{
  egca_day_kind kind;
  int rc = egca_calendar_kind(&kind, c, day, err);
  if (rc < 0)
    return rc;
  const day_label *l = names_label_of(&c->names, (int32_t)(day - c->base));
  *out = (egca_day_info){.kind = kind,
                         .provisional = rc == EGCA_PROVISIONAL,
                         .name = pool_string(c, l->name),
                         .notice = pool_string(c, l->notice),
                         .notice_date = pool_string(c, l->notice_date),
                         .notice_url = pool_string(c, l->notice_url),
                         .local = (int)l->local};
  return rc;
}

EGCA_API size_t egca_calendar_notices(egca_day_info *out, size_t max, const egca_calendar *c, egca_date a,
                                      egca_date b)
{
  if (b < a) {
    const egca_date t = a;
    a = b;
    b = t;
  }
  /* Only the table's days can be named; a notice is one pool offset, so offsets tell notices apart. */
  const egca_date lo = a > c->base ? a : c->base, hi = b < c->base + c->day_count - 1 ? b : c->base + c->day_count - 1;
  uint32_t seen[64];
  size_t count = 0, kept = 0;
  /* Only named days can carry a notice: walk those of [lo, hi]. */
  const day_names *nm = &c->names;
  for (uint32_t k = hi >= lo ? names_first_from(nm, (int32_t)(lo - c->base)) : nm->named_count;
       k < nm->named_count && nm->named_day[k] <= (int32_t)(hi - c->base); k++) {
    const egca_date d = c->base + (egca_date)nm->named_day[k];
    const day_label *l = &nm->labels[nm->named_label[k]];
    if (l->notice == 0 || (c->days[d - c->base] & FLAG_UNCOVERED))
      continue;
    int known = 0;
    for (size_t i = 0; i < kept && !known; i++)
      known = seen[i] == l->notice;
    if (known)
      continue;
    if (kept < sizeof seen / sizeof seen[0])
      seen[kept++] = l->notice;
    else
      continue; /* more distinct notices than any real span meets: the first 64 are named */
    /* A day the calendar does not answer for (a tentative year's under strict mode) names no notice: its
     * info is never read unfilled. */
    egca_day_info info;
    if (egca_calendar_day(&info, c, d, NULL) < 0)
      continue;
    if (count < max)
      out[count] = info;
    count++;
  }
  return count;
}

EGCA_API int egca_calendar_is_workday(int *out, const egca_calendar *c, egca_date day, egca_error *err)
{
  egca_day_kind kind;
  int rc = egca_calendar_kind(&kind, c, day, err);
  if (rc >= 0)
    *out = kind == EGCA_DAY_WORKDAY || kind == EGCA_DAY_ADJUSTED_WORKDAY;
  return rc;
}

EGCA_API int egca_calendar_is_provisional(int *out, const egca_calendar *c, egca_date day, egca_error *err)
{
  int32_t i = 0;
  int rc = index_of(&i, c, day, err);
  if (rc < 0)
    return rc;
  if (c->days[i] & FLAG_UNCOVERED)
    return coverage_error(c, year_of(day), err);
  *out = (c->days[i] & FLAG_PROVISIONAL) != 0;
  return 0;
}

#if defined(__GNUC__)
#define SLOW_PATH __attribute__((noinline, cold))
#else
#define SLOW_PATH
#endif

/* The general case of add_workdays: errors, provisional spans, n <= 0. */
static SLOW_PATH int add_workdays_slow(egca_date *out, const egca_calendar *c, egca_date from, int n,
                                       egca_error *err)
{
  int32_t i = 0;
  int rc = index_of(&i, c, from, err);
  if (rc < 0)
    return rc;
  if (n > 0) {
    /* The n-th working day strictly after `from`. */
    const int64_t k = (int64_t)c->pre[i + 1].working + n - 1;
    if (k >= c->working_count)
      return coverage_error(c, c->last_year + 1, err);
    const int32_t r = c->nth_working[k];
    rc = check_span(c, i + 1, r + 1, err);
    if (rc >= 0)
      *out = c->base + r;
    return rc;
  }
  if (n < 0) {
    const int64_t k = (int64_t)c->pre[i].working + n;
    if (k < 0)
      return coverage_error(c, c->first_year - 1, err);
    const int32_t r = c->nth_working[k];
    rc = check_span(c, r, i, err);
    if (rc >= 0)
      *out = c->base + r;
    return rc;
  }
  rc = check_span(c, i, i + 1, err);
  if (rc < 0)
    return rc;
  const int kind = c->days[i] & KIND_MASK;
  if (kind != EGCA_DAY_WORKDAY && kind != EGCA_DAY_ADJUSTED_WORKDAY)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "0 working days from a rest day: use n = 1 or -1",
                               "从休息日起算0个工作日无定义：请用n = 1或-1"));
  *out = from;
  return rc;
}

EGCA_API int egca_calendar_add_workdays(egca_date *out, const egca_calendar *c, egca_date from, int n,
                                        egca_error *err)
{
  /* The common case in a few loads and no call: forward, inside the table, confirmed days only. */
  const uint32_t i = ((uint32_t)from - (uint32_t)c->base);
  if (n > 0 && i < (uint32_t)c->day_count) {
    const int64_t k = (int64_t)c->pre[i + 1].working + n - 1;
    if (k < c->working_count) {
      const int32_t r = c->nth_working[k];
      if (c->pre[r + 1].special == c->pre[i + 1].special) {
        *out = c->base + r;
        return EGCA_OK;
      }
    }
  }
  return add_workdays_slow(out, c, from, n, err);
}

/* The loop of egca_calendar_add_workdays_many. Its speed comes from what one call over many days can
 * set up once: the first provisional or uncovered day of the table (`s`) and the working days before it
 * (`w`). A result whose days all lie before `s` needs no check of its span, and whether they do is known
 * from k (the working day's rank) and i before the working day itself is loaded: two dependent loads per
 * day and no branch on the second, where the single call loads three. Every other day (n <= 0 to a day at
 * or after `s`, a day outside the table, NaT, an error) takes egca_calendar_add_workdays itself, so that
 * the answers are the single call's, day for day. */
EGCA_API int egca_calendar_add_workdays_many(int64_t *out, const egca_calendar *c, const int64_t *days,
                                             const int64_t *n, int64_t n_all, size_t count, size_t *at,
                                             egca_error *err)
{
  if (out == NULL || c == NULL || (days == NULL && count > 0))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "egca_calendar_add_workdays_many: no calendar or array",
                               "egca_calendar_add_workdays_many：未给出日历或数组"));
  /* s: the first index whose day is special (pre[s + 1].special > 0), by bisection; day_count if none. */
  int32_t lo = 0, hi = c->day_count;
  while (lo < hi) {
    const int32_t mid = lo + (hi - lo) / 2;
    if (c->pre[mid + 1].special > 0)
      hi = mid;
    else
      lo = mid + 1;
  }
  const int32_t s = lo;
  const int64_t w = c->pre[s].working;
  const int64_t base = c->base;
  const prefix *pre = c->pre;
  const int32_t *nth = c->nth_working;
  size_t provisional = (size_t)-1;
  for (size_t j = 0; j < count; j++) {
    const int64_t d = days[j];
    const int64_t m = n != NULL ? n[j] : n_all;
    const uint64_t i = (uint64_t)d - (uint64_t)base; /* NaT and far days wrap past the table */
    if (i < (uint64_t)s) {
      if ((uint64_t)m - 1 < (uint64_t)w) { /* 1 <= m <= w */
        const int64_t k = pre[i + 1].working + m - 1;
        if (k < w) { /* the k-th working day lies before s, and so do the days after i up to it */
          out[j] = base + nth[k];
          continue;
        }
      } else if (m < 0 && m >= -(int64_t)INT32_MAX) {
        const int64_t k = pre[i].working + m;
        if (k >= 0) { /* the days from the k-th working day up to i lie before s */
          out[j] = base + nth[k];
          continue;
        }
      }
    }
    if (d == INT64_MIN) { /* no day (numpy's NaT): no answer */
      out[j] = INT64_MIN;
      continue;
    }
    int rc;
    egca_date due = 0;
    if (d < EGCA_DATE_MIN || d > EGCA_DATE_MAX)
      rc = egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                        EGCA__TR(err, "date outside the supported range 0001-01-01..9999-12-31",
                                 "日期超出支持范围0001-01-01..9999-12-31"));
    else if (m < INT_MIN || m > INT_MAX)
      rc = egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "n = %lld is outside the range of an int", "n = %lld超出int的范围"), (long long)m);
    else
      rc = egca_calendar_add_workdays(&due, c, (egca_date)d, (int)m, err);
    if (rc < 0) {
      if (at != NULL)
        *at = j;
      return rc;
    }
    if (rc == EGCA_PROVISIONAL && provisional == (size_t)-1)
      provisional = j;
    out[j] = due;
  }
  if (provisional != (size_t)-1) {
    if (at != NULL)
      *at = provisional;
    return EGCA_PROVISIONAL;
  }
  return EGCA_OK;
}

static SLOW_PATH int workdays_between_slow(int *out, const egca_calendar *c, egca_date a, egca_date b,
                                           egca_error *err)
{
  int32_t i = 0, j = 0;
  int rc = index_of(&i, c, a, err);
  if (rc < 0 || (rc = index_of(&j, c, b, err)) < 0)
    return rc;
  /* Working days in (a, b]: days [i+1, j+1) of the table. */
  rc = i <= j ? check_span(c, i + 1, j + 1, err) : check_span(c, j + 1, i + 1, err);
  if (rc >= 0)
    *out = (int)(c->pre[j + 1].working - c->pre[i + 1].working);
  return rc;
}

EGCA_API int egca_calendar_workdays_between(int *out, const egca_calendar *c, egca_date a, egca_date b,
                                            egca_error *err)
{
  const uint32_t i = ((uint32_t)a - (uint32_t)c->base), j = ((uint32_t)b - (uint32_t)c->base);
  if (i < (uint32_t)c->day_count && j < (uint32_t)c->day_count &&
      c->pre[i + 1].special == c->pre[j + 1].special) {
    *out = (int)(c->pre[j + 1].working - c->pre[i + 1].working);
    return EGCA_OK;
  }
  return workdays_between_slow(out, c, a, b, err);
}

EGCA_API int egca_calendar_workday_on_or_after(egca_date *out, const egca_calendar *c, egca_date day,
                                               egca_error *err)
{
  int32_t i = 0;
  int rc = index_of(&i, c, day, err);
  if (rc < 0)
    return rc;
  /* The first working day at index >= i is the pre[i].working-th one. */
  const int32_t k = c->pre[i].working;
  if (k >= c->working_count)
    return coverage_error(c, c->last_year + 1, err);
  const int32_t r = c->nth_working[k];
  rc = check_span(c, i, r + 1, err);
  if (rc >= 0)
    *out = c->base + r;
  return rc;
}

EGCA_API int egca_calendar_workday_on_or_before(egca_date *out, const egca_calendar *c, egca_date day,
                                                egca_error *err)
{
  int32_t i = 0;
  int rc = index_of(&i, c, day, err);
  if (rc < 0)
    return rc;
  /* The last working day at index <= i is the (pre[i+1].working - 1)-th one. */
  const int32_t k = c->pre[i + 1].working - 1;
  if (k < 0)
    return coverage_error(c, c->first_year - 1, err);
  const int32_t r = c->nth_working[k];
  rc = check_span(c, r, i + 1, err);
  if (rc >= 0)
    *out = c->base + r;
  return rc;
}

EGCA_API int egca_calendar_strict(const egca_calendar *c) { return c->strict; }

EGCA_API const char *egca_calendar_region(const egca_calendar *c)
{
  if (!c->local_required)
    return NULL;
  return c->region;
}

EGCA_API egca_coverage egca_calendar_year_local_coverage(const egca_calendar *c, int year)
{
  if (year < c->first_year || year > c->last_year)
    return EGCA_COVERAGE_NONE;
  return (egca_coverage)c->local_coverage[year - c->first_year];
}

EGCA_API void egca_calendar_year_range(const egca_calendar *c, int *first, int *last)
{
  if (first != NULL)
    *first = c->first_year;
  if (last != NULL)
    *last = c->last_year;
}

EGCA_API egca_coverage egca_calendar_year_coverage(const egca_calendar *c, int year)
{
  if (year < c->first_year || year > c->last_year)
    return EGCA_COVERAGE_NONE;
  return (egca_coverage)c->coverage[year - c->first_year];
}

EGCA_API size_t egca_calendar_year_source_count(const egca_calendar *c, int year)
{
  if (year < c->first_year || year > c->last_year)
    return 0;
  return c->year_source_counts[year - c->first_year];
}

EGCA_API const char *egca_calendar_year_source(const egca_calendar *c, int year, size_t index)
{
  if (index >= egca_calendar_year_source_count(c, year))
    return NULL;
  return c->source_names[c->year_sources[year - c->first_year][index]];
}

EGCA_API const egca_load_report *egca_calendar_report(const egca_calendar *c) { return &c->report; }
