/* egca._egca — the Calendar type: China's working-day calendar over egca_calendar, single and bulk. */
#include "egcapy.h"

#include <datetime.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static PyObject *kind_names[4];        /* "workday", "weekend", "holiday", "adjusted_workday" */
static PyTypeObject calendar_type;
static PyObject *default_calendars[2]; /* Calendar.default(strict=False / True), built on first use */

/* --- Calendar --------------------------------------------------------------------------------------------- */

typedef struct calendar_object {
  PyObject_HEAD
  egca_calendar *calendar;
  egca_date base;       /* 1 January of the first covered year */
  int32_t day_count;    /* days up to 31 December of the last */
  PyObject **dates;     /* date objects of the table's days, made on first use (results are shared) */
  /* A national calendar's offices: each office's calendar over the same notices, built when a case first
   * names it (timeline, timelines); NULL for an office's own calendar (Calendar.for_office). */
  egca_office_calendars *offices;
  /* What pickling needs to build the same calendar in another process: */
  PyObject *sources;    /* Calendar.load: a tuple of (name, text) bytes pairs, the files read once */
  egca_unmarked_policy unmarked;
  PyObject *office;     /* Calendar.for_office: its code (str) */
} calendar_object;

/* The datetime.date of a day (a new reference). Days of the calendar's range come from a cache so that
 * results, bulk results above all, need no allocation. */
static PyObject *calendar_date(calendar_object *self, egca_date d)
{
  const int64_t i = (int64_t)d - self->base;
  if (i < 0 || i >= self->day_count)
    return egcapy_new_date(d);
  if (self->dates == NULL && (self->dates = PyMem_Calloc((size_t)self->day_count, sizeof *self->dates)) == NULL)
    return PyErr_NoMemory();
  if (self->dates[i] == NULL && (self->dates[i] = egcapy_new_date(d)) == NULL)
    return NULL;
  return Py_NewRef(self->dates[i]);
}

/* A Calendar owning `cal` and `offices` (NULL: none), both freed on failure. */
static PyObject *calendar_wrap_with(egca_calendar *cal, egca_office_calendars *offices)
{
  calendar_object *self = (calendar_object *)calendar_type.tp_alloc(&calendar_type, 0);
  if (self == NULL) {
    egca_calendar_free(cal);
    egca_office_calendars_free(offices);
    return NULL;
  }
  self->calendar = cal;
  self->offices = offices;
  int first, last;
  egca_calendar_year_range(cal, &first, &last);
  egca_date end = 0;
  egca_date_from_ymd(&self->base, first, 1, 1);
  egca_date_from_ymd(&end, last, 12, 31);
  self->day_count = end - self->base + 1;
  return (PyObject *)self;
}

static PyObject *calendar_wrap(egca_calendar *cal) { return calendar_wrap_with(cal, NULL); }

/* A national calendar with its offices' calendars over the same base: `paths` (count 0: the shipped data)
 * read with `options`. Each office's calendar is built only when a case names it. */
static PyObject *national_calendar_wrap(egca_calendar *cal, const char *const *paths, size_t count,
                                        const egca_load_options *options, egca_lang lang)
{
  egca_office_calendars *offices = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_office_calendars_new(&offices, paths, count, options, &err);
  if (rc < 0) {
    egca_calendar_free(cal);
    return egcapy_raise_error(rc, &err, FROM_DATA, NULL, -1);
  }
  return calendar_wrap_with(cal, offices);
}

static void calendar_dealloc(PyObject *obj)
{
  calendar_object *self = (calendar_object *)obj;
  if (self->dates != NULL) {
    for (int32_t i = 0; i < self->day_count; i++)
      Py_XDECREF(self->dates[i]);
    PyMem_Free(self->dates);
  }
  Py_XDECREF(self->sources);
  Py_XDECREF(self->office);
  egca_calendar_free(self->calendar);
  egca_office_calendars_free(self->offices);
  Py_TYPE(obj)->tp_free(obj);
}

static PyObject *calendar_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
  (void)type;
  (void)args;
  (void)kwargs;
  PyErr_SetString(PyExc_TypeError, "a Calendar comes from Calendar.default() or Calendar.load(paths)");
  return NULL;
}

static int parse_unmarked(const char *text, egca_unmarked_policy *out)
{
  if (strcmp(text, "ignore") == 0)
    *out = EGCA_UNMARKED_IGNORE;
  else if (strcmp(text, "error") == 0)
    *out = EGCA_UNMARKED_ERROR;
  else if (strcmp(text, "holiday") == 0)
    *out = EGCA_UNMARKED_HOLIDAY;
  else {
    egcapy_raise_input("unmarked must be \"ignore\", \"error\" or \"holiday\", not \"%.100s\"", text);
    return -1;
  }
  return 0;
}

/* The shared default calendar (a new reference). */
static PyObject *default_calendar(int strict, egca_lang lang)
{
  if (default_calendars[strict] != NULL)
    return Py_NewRef(default_calendars[strict]);
  egca_load_options options = {.unmarked = EGCA_UNMARKED_IGNORE, .strict = strict};
  egca_calendar *cal = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_calendar_default(&cal, &options, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_DATA, NULL, -1);
  PyObject *obj = national_calendar_wrap(cal, NULL, 0, &options, lang);
  if (obj == NULL)
    return NULL;
  if (default_calendars[strict] == NULL)
    default_calendars[strict] = Py_NewRef(obj);
  return obj;
}

PyDoc_STRVAR(calendar_default_doc,
"default($type, /, *, strict=False, lang=None)\n--\n\n"
"The calendar of the holiday data shipped with egca: every State Council notice from 2007, and the\n"
"next year as tentative where its notice is not out. No file is read. The calendar is immutable, so\n"
"one shared object is returned for each value of `strict`.\n\n"
"strict: a day of a tentative year is an error (CoverageError) rather than a provisional answer\n"
"(ProvisionalWarning).");

PyDoc_STRVAR(calendar_for_office_doc,
"for_office($type, code, /, *, strict=False, lang=None)\n--\n\n"
"The calendar of an acceptance office, by the GB/T 2260 code of its province (\"450000\"): the shipped\n"
"national data, and for a region with rest days of its own (广西, 西藏, 宁夏, 新疆) its shipped notices\n"
"laid over them; a year of such a region without its notice is provisional. InputError for a code that\n"
"names no office.");

static PyObject *calendar_for_office(PyObject *cls, PyObject *args, PyObject *kwargs)
{
  (void)cls;
  static char *keywords[] = {"code", "strict", "lang", NULL};
  const char *code = NULL;
  int strict = 0;
  PyObject *lang_obj = NULL;
  egca_lang lang;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "s|$pO:for_office", keywords, &code, &strict, &lang_obj) ||
      egcapy_lang_arg(lang_obj, &lang) < 0)
    return NULL;
  egca_load_options options = {.unmarked = EGCA_UNMARKED_IGNORE, .strict = strict};
  egca_calendar *cal = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_calendar_for_office(&cal, code, &options, &err);
  if (rc < 0) /* a code that names no office is the caller's mistake; anything else, the shipped data's */
    return egcapy_raise_error(rc, &err, egca_office_find(code) == NULL ? FROM_INPUT : FROM_DATA, NULL, -1);
  PyObject *obj = calendar_wrap(cal);
  if (obj != NULL && (((calendar_object *)obj)->office = PyUnicode_FromString(code)) == NULL)
    Py_CLEAR(obj);
  return obj;
}

static PyObject *calendar_default(PyObject *cls, PyObject *args, PyObject *kwargs)
{
  (void)cls;
  static char *keywords[] = {"strict", "lang", NULL};
  int strict = 0;
  PyObject *lang_obj = NULL;
  egca_lang lang;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|$pO:default", keywords, &strict, &lang_obj) ||
      egcapy_lang_arg(lang_obj, &lang) < 0)
    return NULL;
  return default_calendar(strict, lang);
}



/* One path (str, bytes or os.PathLike) into `paths`, which owns the converted bytes objects. */
static int append_path(PyObject *paths, PyObject *path)
{
  PyObject *bytes = NULL;
  if (!PyUnicode_FSConverter(path, &bytes))
    return -1;
  int rc = PyList_Append(paths, bytes);
  Py_DECREF(bytes);
  return rc;
}

static const char *const unmarked_names[] = {"ignore", "error", "holiday"};

/* A calendar built from (name, text) pairs of bytes, as egca_calendar_builder_add_path builds one from the
 * files they were read from; it keeps the pairs (as a tuple) for pickling. */
static PyObject *calendar_from_sources(PyObject *sources, const egca_load_options *options, egca_lang lang)
{
  PyObject *pairs = PySequence_Tuple(sources);
  if (pairs == NULL)
    return NULL;
  for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(pairs); i++) {
    PyObject *p = PyTuple_GET_ITEM(pairs, i);
    if (!PyTuple_Check(p) || PyTuple_GET_SIZE(p) != 2 || !PyBytes_Check(PyTuple_GET_ITEM(p, 0)) ||
        !PyBytes_Check(PyTuple_GET_ITEM(p, 1))) {
      Py_DECREF(pairs);
      PyErr_SetString(PyExc_TypeError, "calendar sources must be (name, text) pairs of bytes");
      return NULL;
    }
  }
  if (PyTuple_GET_SIZE(pairs) == 0) {
    Py_DECREF(pairs);
    return egcapy_raise_input(EGCAPY_TR(lang, "no holiday data given: paths is empty", "未给出节假日数据：paths为空"));
  }
  egca_calendar_builder *b = NULL;
  egca_calendar *cal = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_calendar_builder_new(&b, options, &err);
  for (Py_ssize_t i = 0; rc >= 0 && i < PyTuple_GET_SIZE(pairs); i++) {
    PyObject *p = PyTuple_GET_ITEM(pairs, i);
    rc = egca_calendar_builder_add_buffer(b, PyBytes_AS_STRING(PyTuple_GET_ITEM(p, 0)),
                                          PyBytes_AS_STRING(PyTuple_GET_ITEM(p, 1)),
                                          (size_t)PyBytes_GET_SIZE(PyTuple_GET_ITEM(p, 1)), &err);
  }
  if (rc >= 0)
    rc = egca_calendar_builder_build(&cal, b, &err);
  egca_calendar_builder_free(b);
  if (rc < 0) {
    Py_DECREF(pairs);
    return egcapy_raise_error(rc, &err, FROM_DATA, NULL, -1);
  }
  PyObject *obj = calendar_wrap(cal);
  if (obj == NULL) {
    Py_DECREF(pairs);
    return NULL;
  }
  ((calendar_object *)obj)->sources = pairs;
  ((calendar_object *)obj)->unmarked = options->unmarked;
  return obj;
}

/* Calendar._from_sources(sources, strict, unmarked): unpickling. */
static PyObject *calendar_from_sources_method(PyObject *cls, PyObject *args)
{
  (void)cls;
  PyObject *sources;
  int strict = 0;
  const char *unmarked = "ignore";
  if (!PyArg_ParseTuple(args, "Ops:_from_sources", &sources, &strict, &unmarked))
    return NULL;
  egca_load_options options = {.unmarked = EGCA_UNMARKED_IGNORE, .strict = strict};
  if (parse_unmarked(unmarked, &options.unmarked) < 0)
    return NULL;
  return calendar_from_sources(sources, &options, egcapy_default_lang);
}

/* egca._sources.NAME(arg): the files' (name, text) pairs, or None (a new reference; NULL on error). */
PyObject *egcapy_read_sources(const char *name, PyObject *arg)
{
  PyObject *module = PyImport_ImportModule("egca._sources");
  PyObject *result = module == NULL ? NULL : PyObject_CallMethod(module, name, "O", arg);
  Py_XDECREF(module);
  return result;
}

PyDoc_STRVAR(calendar_load_doc,
"load($type, /, paths, *, strict=False, unmarked='ignore', lang=None)\n--\n\n"
"A calendar from iCalendar files: `paths` is one path or a sequence of them, each a .ics file or a\n"
"directory of them (read in name order); the sources merge into one calendar.\n\n"
"strict: a day of a tentative year is an error (CoverageError), not a provisional answer.\n"
"unmarked: what an event with neither a working-day nor a holiday marker means: 'ignore' (an\n"
"observance, skipped), 'error' (DataError) or 'holiday'.\n\n"
"As the national calendar of egca.timeline and egca.timelines, a case naming an office of a region with\n"
"rest days of its own gets that office's calendar, built over the same paths (read again then).\n\n"
"Raises DataError naming the file (and line or event) for unreadable, malformed or conflicting data,\n"
"or data that covers no year.\n\n"
"The files are read once and the calendar keeps their text: it pickles by value (multiprocessing,\n"
"joblib), and the other process reads no file.");

static PyObject *calendar_load(PyObject *cls, PyObject *args, PyObject *kwargs)
{
  (void)cls;
  static char *keywords[] = {"paths", "strict", "unmarked", "lang", NULL};
  PyObject *arg, *lang_obj = NULL;
  int strict = 0;
  const char *unmarked = "ignore";
  egca_lang lang;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O|$psO:load", keywords, &arg, &strict, &unmarked, &lang_obj) ||
      egcapy_lang_arg(lang_obj, &lang) < 0)
    return NULL;
  egca_load_options options = {.unmarked = EGCA_UNMARKED_IGNORE, .strict = strict};
  if (parse_unmarked(unmarked, &options.unmarked) < 0)
    return NULL;
  PyObject *paths = PyList_New(0);
  if (paths == NULL)
    return NULL;
  const int single = PyUnicode_Check(arg) || PyBytes_Check(arg) || PyObject_HasAttrString(arg, "__fspath__");
  if (single) {
    if (append_path(paths, arg) < 0)
      goto fail;
  } else {
    PyObject *it = PyObject_GetIter(arg);
    if (it == NULL) {
      PyErr_Format(PyExc_TypeError, "paths must be a path or a sequence of paths, not %.100s", Py_TYPE(arg)->tp_name);
      goto fail;
    }
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
      int rc = append_path(paths, item);
      Py_DECREF(item);
      if (rc < 0)
        break;
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
      goto fail;
  }
  const Py_ssize_t count = PyList_GET_SIZE(paths);
  if (count == 0) {
    egcapy_raise_input(EGCAPY_TR(lang, "no holiday data given: paths is empty", "未给出节假日数据：paths为空"));
    goto fail;
  }
  /* The files are read once, here, and the calendar built from their bytes, which it keeps so that it
   * pickles by value. A path the library would refuse is loaded by the library, for its message. */
  PyObject *sources = egcapy_read_sources("calendar_sources", paths);
  if (sources == NULL)
    goto fail;
  const char **names = PyMem_Calloc((size_t)count, sizeof *names);
  if (names == NULL) {
    Py_DECREF(sources);
    PyErr_NoMemory();
    goto fail;
  }
  for (Py_ssize_t i = 0; i < count; i++)
    names[i] = PyBytes_AS_STRING(PyList_GET_ITEM(paths, i));
  PyObject *result;
  egca_error err;
  egca_error_init(&err, lang);
  if (sources != Py_None) {
    result = calendar_from_sources(sources, &options, lang);
    /* Its offices' calendars over the same files (built from the paths when a case first names an office,
     * as egca_office_calendars does). An unpickled calendar has no paths and so no offices: a case naming
     * an office with rest days of its own is then refused, never counted on the national days. */
    int rc = result != NULL ? egca_office_calendars_new(&((calendar_object *)result)->offices, names, (size_t)count,
                                                        &options, &err)
                            : 0;
    if (rc < 0) {
      Py_DECREF(result);
      result = egcapy_raise_error(rc, &err, FROM_DATA, NULL, -1);
    }
  } else {
    egca_calendar *cal = NULL;
    int rc = egca_calendar_load(&cal, names, (size_t)count, &options, &err);
    result = rc < 0 ? egcapy_raise_error(rc, &err, FROM_DATA, NULL, -1)
                    : national_calendar_wrap(cal, names, (size_t)count, &options, lang);
  }
  Py_DECREF(sources);
  PyMem_Free(names);
  Py_DECREF(paths);
  return result;
fail:
  Py_DECREF(paths);
  return NULL;
}

/* Single-day questions: positional-only arguments (METH_FASTCALL), the fastest call CPython offers. */

PyDoc_STRVAR(calendar_kind_doc,
"kind($self, day, /, *, lang=None)\n--\n\n"
"The kind of a day: 'workday' (Mon-Fri, not a holiday), 'weekend' (Sat/Sun, not adjusted), 'holiday'\n"
"(inside an official holiday period, weekend days included) or 'adjusted_workday' (a Sat/Sun made a\n"
"working day, 调休上班).");

static PyObject *calendar_kind(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "kind", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  egca_date d;
  if (egcapy_check_nargs(nargs, 1, "kind") < 0 || egcapy_to_date(args[0], &d, "day") < 0)
    return NULL;
  egca_day_kind kind;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_calendar_kind(&kind, self->calendar, d, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  if (rc == EGCA_PROVISIONAL && egcapy_warn_provisional(self->calendar, d, d, 1, lang) < 0)
    return NULL;
  return Py_NewRef(kind_names[kind]);
}

/* --- Named days ------------------------------------------------------------------------------------------ */

static PyTypeObject *day_type, *notice_type, *holiday_type; /* egca.Day, egca.Notice, egca.HolidayPeriod */

static PyStructSequence_Field notice_fields[] = {
  {"title", "the notice's title (国务院办公厅关于2025年部分节假日安排的通知), or for a tentative year the statute"},
  {"date", "the date it bears (datetime.date), or None when the data does not say"},
  {"url", "where it is published, or None"},
  {NULL, NULL},
};
static PyStructSequence_Desc notice_desc = {"egca.Notice", "The notice that made a day what it is.", notice_fields, 3};

static PyStructSequence_Field day_fields[] = {
  {"kind", "'workday', 'weekend', 'holiday' or 'adjusted_workday'"},
  {"name", "the holiday (国庆节、中秋节); for an adjusted working day the holiday it serves; None for an ordinary day"},
  {"source", "the Notice that made the day so, or None"},
  {"local", "True when the region's own notice (the office's local layer) made the day so"},
  {"provisional", "True when the day rests on an unconfirmed notice"},
  {NULL, NULL},
};
static PyStructSequence_Desc day_desc = {"egca.Day", "Why a day is what it is.", day_fields, 5};

static PyStructSequence_Field holiday_fields[] = {
  {"name", "the holiday as its notice names it"},
  {"first", "its first day (datetime.date)"},
  {"last", "its last day (datetime.date), included"},
  {"source", "the Notice that made it so, or None"},
  {"local", "True when it is the region's own"},
  {NULL, NULL},
};
static PyStructSequence_Desc holiday_desc = {"egca.HolidayPeriod", "A holiday period: consecutive holidays of one name and notice.",
                                             holiday_fields, 5};

/* The Notice of a day, or None (a new reference). */
static PyObject *notice_of(const egca_day_info *info)
{
  if (info->notice == NULL)
    Py_RETURN_NONE;
  PyObject *n = PyStructSequence_New(notice_type);
  if (n == NULL)
    return NULL;
  egca_date d;
  PyObject *title = PyUnicode_FromString(info->notice);
  PyObject *date = info->notice_date != NULL && egca_date_parse(&d, info->notice_date, NULL) >= 0 ? egcapy_new_date(d)
                                                                                                 : Py_NewRef(Py_None);
  PyObject *url = info->notice_url != NULL ? PyUnicode_FromString(info->notice_url) : Py_NewRef(Py_None);
  if (title == NULL || date == NULL || url == NULL) {
    Py_XDECREF(title);
    Py_XDECREF(date);
    Py_XDECREF(url);
    Py_DECREF(n);
    return NULL;
  }
  PyStructSequence_SetItem(n, 0, title);
  PyStructSequence_SetItem(n, 1, date);
  PyStructSequence_SetItem(n, 2, url);
  return n;
}

static PyObject *optional_string(const char *s)
{
  return s != NULL ? PyUnicode_FromString(s) : Py_NewRef(Py_None);
}

PyDoc_STRVAR(calendar_day_doc,
"day($self, day, /, *, lang=None)\n--\n\n"
"Why a day is what it is: an egca.Day with .kind, .name (the holiday, or for an adjusted working day the\n"
"holiday it serves; None for an ordinary day), .source (an egca.Notice: .title, .date, .url; None when the\n"
"data names none), .local and .provisional. day(date(2025, 9, 28)).name == '国庆节、中秋节'; with lang='en'\n"
"'National Day, Mid-Autumn Festival' (a name egca has no English name for stays as the data gives it).");

static PyObject *calendar_day(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "day", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  egca_date d;
  if (egcapy_check_nargs(nargs, 1, "day") < 0 || egcapy_to_date(args[0], &d, "day") < 0)
    return NULL;
  egca_day_info info;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_calendar_day(&info, self->calendar, d, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  if (rc == EGCA_PROVISIONAL && egcapy_warn_provisional(self->calendar, d, d, 1, lang) < 0)
    return NULL;
  PyObject *out = PyStructSequence_New(day_type);
  if (out == NULL)
    return NULL;
  PyObject *name = optional_string(egca_day_name(info.name, lang)), *source = notice_of(&info);
  if (name == NULL || source == NULL) {
    Py_XDECREF(name);
    Py_XDECREF(source);
    Py_DECREF(out);
    return NULL;
  }
  PyStructSequence_SetItem(out, 0, Py_NewRef(kind_names[info.kind]));
  PyStructSequence_SetItem(out, 1, name);
  PyStructSequence_SetItem(out, 2, source);
  PyStructSequence_SetItem(out, 3, PyBool_FromLong(info.local));
  PyStructSequence_SetItem(out, 4, PyBool_FromLong(info.provisional));
  return out;
}

PyDoc_STRVAR(calendar_holidays_doc,
"holidays($self, year, /, *, lang=None)\n--\n\n"
"The holiday periods of a year, in date order: a list of egca.HolidayPeriod (.name, .first, .last, .source,\n"
".local), each a run of consecutive holidays of one name and one notice (weekend days inside included;\n"
"a period that crosses into the next year is cut at 31 December). CoverageError for a year outside the\n"
"calendar; ProvisionalWarning when the year is not confirmed.");

static PyObject *calendar_holidays(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "holidays", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  if (egcapy_check_nargs(nargs, 1, "holidays") < 0)
    return NULL;
  const long year = PyLong_AsLong(args[0]);
  if (year == -1 && PyErr_Occurred())
    return NULL;
  if (year < 1 || year > 9999) {
    PyErr_Format(PyExc_ValueError, "year %ld is outside 1..9999", year);
    return NULL;
  }
  egca_date first, last;
  egca_date_from_ymd(&first, (int)year, 1, 1);
  egca_date_from_ymd(&last, (int)year, 12, 31);
  /* Check the whole year first: an answer is complete or absent. */
  egca_error err;
  egca_error_init(&err, lang);
  int provisional = 0;
  for (egca_date d = first; d <= last; d++) {
    egca_day_kind kind;
    int rc = egca_calendar_kind(&kind, self->calendar, d, &err);
    if (rc < 0)
      return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
    provisional |= rc == EGCA_PROVISIONAL;
  }
  if (provisional && egcapy_warn_provisional(self->calendar, first, last, 1, lang) < 0)
    return NULL;
  PyObject *list = PyList_New(0);
  if (list == NULL)
    return NULL;
  for (egca_date d = first; d <= last;) {
    egca_day_info info, next;
    egca_calendar_day(&info, self->calendar, d, NULL);
    if (info.kind != EGCA_DAY_HOLIDAY) {
      d++;
      continue;
    }
    egca_date end = d;
    /* Names and notices are pooled in the calendar: equal pointers, the same holiday. */
    while (end < last && egca_calendar_day(&next, self->calendar, end + 1, NULL) >= 0 && next.kind == EGCA_DAY_HOLIDAY &&
           next.name == info.name && next.notice == info.notice && next.local == info.local)
      end++;
    PyObject *period = PyStructSequence_New(holiday_type);
    PyObject *name = period ? optional_string(egca_day_name(info.name, lang)) : NULL;
    PyObject *from = name ? calendar_date(self, d) : NULL;
    PyObject *to = from ? calendar_date(self, end) : NULL;
    PyObject *source = to ? notice_of(&info) : NULL;
    if (source == NULL) {
      Py_XDECREF(period);
      Py_XDECREF(name);
      Py_XDECREF(from);
      Py_XDECREF(to);
      Py_DECREF(list);
      return NULL;
    }
    PyStructSequence_SetItem(period, 0, name);
    PyStructSequence_SetItem(period, 1, from);
    PyStructSequence_SetItem(period, 2, to);
    PyStructSequence_SetItem(period, 3, source);
    PyStructSequence_SetItem(period, 4, PyBool_FromLong(info.local));
    int rc = PyList_Append(list, period);
    Py_DECREF(period);
    if (rc < 0) {
      Py_DECREF(list);
      return NULL;
    }
    d = end + 1;
  }
  return list;
}

PyDoc_STRVAR(calendar_is_workday_doc,
"is_workday($self, day, /, *, lang=None)\n--\n\n"
"True when the day is a working day: a workday or an adjusted workday (调休上班).");

static PyObject *calendar_is_workday(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "is_workday", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  egca_date d;
  if (egcapy_check_nargs(nargs, 1, "is_workday") < 0 || egcapy_to_date(args[0], &d, "day") < 0)
    return NULL;
  int working = 0;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_calendar_is_workday(&working, self->calendar, d, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  if (rc == EGCA_PROVISIONAL && egcapy_warn_provisional(self->calendar, d, d, 1, lang) < 0)
    return NULL;
  return PyBool_FromLong(working);
}

PyDoc_STRVAR(calendar_is_provisional_doc,
"is_provisional($self, day, /, *, lang=None)\n--\n\n"
"True when the day belongs to a tentative year (its holiday notice is not published). Issues no\n"
"warning and ignores `strict`.");

static PyObject *calendar_is_provisional(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "is_provisional", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  egca_date d;
  if (egcapy_check_nargs(nargs, 1, "is_provisional") < 0 || egcapy_to_date(args[0], &d, "day") < 0)
    return NULL;
  int provisional = 0;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_calendar_is_provisional(&provisional, self->calendar, d, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  return PyBool_FromLong(provisional);
}

PyDoc_STRVAR(calendar_add_workdays_doc,
"add_workdays($self, day, n, /, *, lang=None)\n--\n\n"
"The n-th working day strictly after `day` (n > 0) or strictly before it (n < 0); the start day is\n"
"not counted. n = 0 gives `day` itself when it is a working day (InputError otherwise).\n"
"add_workdays($self, date(2025, 9, 30), 5) == date(2025, 10, 14).");

static PyObject *calendar_add_workdays(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "add_workdays", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  egca_date d;
  int n;
  if (egcapy_check_nargs(nargs, 2, "add_workdays") < 0 || egcapy_to_date(args[0], &d, "day") < 0 || egcapy_to_int(args[1], &n, "n") < 0)
    return NULL;
  egca_date out = 0;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_calendar_add_workdays(&out, self->calendar, d, n, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  if (rc == EGCA_PROVISIONAL && egcapy_warn_provisional(self->calendar, d, out, 1, lang) < 0)
    return NULL;
  return calendar_date(self, out);
}

PyDoc_STRVAR(calendar_workdays_between_doc,
"workdays_between($self, a, b, /, *, lang=None)\n--\n\n"
"The number of working days in (a, b]; negative (minus those in (b, a]) when b is before a.");

static PyObject *calendar_workdays_between(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "workdays_between", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  egca_date a, b;
  if (egcapy_check_nargs(nargs, 2, "workdays_between") < 0 || egcapy_to_date(args[0], &a, "a") < 0 || egcapy_to_date(args[1], &b, "b") < 0)
    return NULL;
  int count = 0;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_calendar_workdays_between(&count, self->calendar, a, b, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  if (rc == EGCA_PROVISIONAL && egcapy_warn_provisional(self->calendar, a, b, 1, lang) < 0)
    return NULL;
  return PyLong_FromLong(count);
}

typedef int (*nearest_fn)(egca_date *, const egca_calendar *, egca_date, egca_error *);

static PyObject *calendar_nearest(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                                  const char *name, nearest_fn fn)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, name, &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  egca_date d;
  if (egcapy_check_nargs(nargs, 1, name) < 0 || egcapy_to_date(args[0], &d, "day") < 0)
    return NULL;
  egca_date out = 0;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = fn(&out, self->calendar, d, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  if (rc == EGCA_PROVISIONAL && egcapy_warn_provisional(self->calendar, d, out, 1, lang) < 0)
    return NULL;
  return calendar_date(self, out);
}

PyDoc_STRVAR(calendar_workday_on_or_after_doc,
"workday_on_or_after($self, day, /, *, lang=None)\n--\n\nThe first working day on or after `day`.");

static PyObject *calendar_workday_on_or_after(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  return calendar_nearest(obj, args, nargs, kwnames, "workday_on_or_after", egca_calendar_workday_on_or_after);
}

PyDoc_STRVAR(calendar_workday_on_or_before_doc,
"workday_on_or_before($self, day, /, *, lang=None)\n--\n\nThe last working day on or before `day`.");

static PyObject *calendar_workday_on_or_before(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  return calendar_nearest(obj, args, nargs, kwnames, "workday_on_or_before", egca_calendar_workday_on_or_before);
}

/* --- Bulk questions ------------------------------------------------------------------------------------ */

/* Bulk calls work through their input in chunks: convert a chunk to C arrays (GIL held), answer it in a C
 * loop with the GIL released, store its results. Chunks keep the buffers small (no large allocation, which
 * would cost fresh pages on every call) and let other threads in between. */
#define BULK_CHUNK 4096

/* The input of the bulk calls on sequences (is_workday_many, kind_many, add_workdays_many,
 * workdays_between_many), converted chunk by chunk (BULK_CHUNK elements into
 * C arrays, then counted with the GIL released), so that the memory a call needs beyond its result stays
 * the same whatever the input's size. The caller's list or tuple is read as it is (PySequence_Fast gives
 * back an exact list or tuple; anything else is iterated into a list of the binding's own): copying a list
 * of 200,000 dates into a tuple at each call, as the binding did, cost more than the answers (1.6 MB
 * allocated and given back to the system at each call, every item's reference count touched twice).
 *
 * What keeps the reading safe:
 * - Caller code runs only in a slow-path conversion (an item that is not a datetime.date or an int: its
 *   __index__, numpy). Before the first such item both sequences are copied into tuples of the binding's
 *   own, so that code cannot change or free what is read (an __index__ that empties the list). The fast
 *   paths run no caller code: a date's fields and an int's value are read from the object.
 * - Another thread can run only while the GIL is released, between chunks: each chunk checks that the
 *   sizes did not change (RuntimeError, as Python's "list changed size during iteration") and reads the
 *   items anew. A list another thread changes during the call gives, for each element, the answer for the
 *   item found at that index when its chunk was read. */
typedef struct bulk_input {
  PyObject *date_items; /* PySequence_Fast of the dates (a tuple of the binding's own once held) */
  PyObject *n_items;    /* the same of the ns, or NULL */
  PyObject *b_items;    /* the same of the second dates (workdays_between_many's b), or NULL */
  egca_date *dates;     /* the current chunk's dates */
  int *ns;              /* its ns, or NULL when one n (n_all) is given for every date */
  egca_date *bs;        /* its second dates, or NULL when one (b_all) is given for every date */
  int n_all;
  egca_date b_all;
  int held;             /* the sequences are the binding's own tuples */
  Py_ssize_t count;
  const char *name;     /* the dates' name in messages: "dates", "a" */
} bulk_input;

static void bulk_input_clear(bulk_input *in)
{
  Py_CLEAR(in->date_items);
  Py_CLEAR(in->n_items);
  Py_CLEAR(in->b_items);
  PyMem_Free(in->dates);
  PyMem_Free(in->ns);
  PyMem_Free(in->bs);
  in->dates = NULL;
  in->ns = NULL;
  in->bs = NULL;
}

/* Copies an exact list into a tuple of the binding's own. */
static int hold_sequence(PyObject **seq)
{
  if (*seq == NULL || !PyList_CheckExact(*seq))
    return 0;
  PyObject *tuple = PyList_AsTuple(*seq);
  if (tuple == NULL)
    return -1;
  Py_SETREF(*seq, tuple);
  return 0;
}

/* Before an item's conversion that may run caller code: both sequences held (see bulk_input). */
static int bulk_input_hold(bulk_input *in)
{
  if (in->held)
    return 0;
  in->held = 1;
  return hold_sequence(&in->date_items) < 0 || hold_sequence(&in->n_items) < 0 || hold_sequence(&in->b_items) < 0
             ? -1
             : 0;
}

/* The chunk arrays, BULK_CHUNK elements or fewer. */
static int bulk_input_arrays(bulk_input *in)
{
  const size_t chunk = (size_t)(in->count < BULK_CHUNK ? (in->count > 0 ? in->count : 1) : BULK_CHUNK);
  in->dates = PyMem_Malloc(chunk * sizeof *in->dates);
  if (in->n_items != NULL)
    in->ns = PyMem_Malloc(chunk * sizeof *in->ns);
  if (in->b_items != NULL)
    in->bs = PyMem_Malloc(chunk * sizeof *in->bs);
  if (in->dates == NULL || (in->n_items != NULL && in->ns == NULL) || (in->b_items != NULL && in->bs == NULL)) {
    PyErr_NoMemory();
    return -1;
  }
  return 0;
}

/* Opens the input; on failure the exception is set and bulk_input_clear frees what was made. */
static int bulk_input_open(bulk_input *in, PyObject *dates, PyObject *ns)
{
  *in = (bulk_input){.name = "dates"};
  in->date_items = PySequence_Fast(dates, "dates must be a sequence of datetime.date or a numpy datetime64 array");
  if (in->date_items == NULL)
    return -1;
  in->count = PySequence_Fast_GET_SIZE(in->date_items);
  if (ns != NULL && (PyLong_Check(ns) || (PyIndex_Check(ns) && !PyBool_Check(ns)))) {
    if (egcapy_to_int(ns, &in->n_all, "n") < 0)
      return -1;
  } else if (ns != NULL) {
    if ((in->n_items = PySequence_Fast(ns, "ns must be an int or a sequence of ints")) == NULL)
      return -1;
    if (PySequence_Fast_GET_SIZE(in->n_items) != in->count) {
      egcapy_raise_input("ns has %zd items but dates has %zd", PySequence_Fast_GET_SIZE(in->n_items), in->count);
      return -1;
    }
  }
  return bulk_input_arrays(in);
}

/* Opens workdays_between_many's input: the dates `a` and `b`, one date or a sequence as long as `a`. */
static int bulk_input_open_between(bulk_input *in, PyObject *a, PyObject *b)
{
  *in = (bulk_input){.name = "a"};
  if (PyDate_Check(b)) {
    if (egcapy_to_date(b, &in->b_all, "b") < 0)
      return -1;
  } else if ((in->b_items = PySequence_Fast(b, "b must be a date or a sequence of dates")) == NULL) {
    return -1;
  }
  if ((in->date_items = PySequence_Fast(a, "a must be a sequence of dates or a numpy datetime64 array")) == NULL)
    return -1;
  in->count = PySequence_Fast_GET_SIZE(in->date_items);
  if (in->b_items != NULL && PySequence_Fast_GET_SIZE(in->b_items) != in->count) {
    egcapy_raise_input("b has %zd items but a has %zd", PySequence_Fast_GET_SIZE(in->b_items), in->count);
    return -1;
  }
  return bulk_input_arrays(in);
}

/* Whether `seq` still has the input's size (see bulk_input); RuntimeError when not. */
static int bulk_input_same_size(const bulk_input *in, PyObject *seq, const char *name)
{
  if (seq == NULL || PySequence_Fast_GET_SIZE(seq) == in->count)
    return 0;
  PyErr_Format(PyExc_RuntimeError, "%s changed size during the call", name);
  return -1;
}

/* Converts the dates [start, start + m) of *items (in->date_items or in->b_items, named `name`) into out. */
static int bulk_input_dates(bulk_input *in, PyObject **items, const char *name, Py_ssize_t start, Py_ssize_t m,
                            egca_date *out)
{
  for (Py_ssize_t i = 0; i < m; i++) {
    PyObject *o = PySequence_Fast_GET_ITEM(*items, start + i);
    if (PyDate_Check(o)) {
      egca_date_from_ymd(&out[i], PyDateTime_GET_YEAR(o), PyDateTime_GET_MONTH(o), PyDateTime_GET_DAY(o));
      continue;
    }
    char what[48]; /* the slow path (numpy.datetime64, or an error) names the element */
    snprintf(what, sizeof what, "%s[%zd]", name, start + i);
    if (bulk_input_hold(in) < 0 || egcapy_to_date(PySequence_Fast_GET_ITEM(*items, start + i), &out[i], what) < 0)
      return -1;
  }
  return 0;
}

/* Converts items [start, start + m) into in->dates[0 .. m), in->ns[0 .. m) and in->bs[0 .. m). */
static int bulk_input_chunk(bulk_input *in, Py_ssize_t start, Py_ssize_t m)
{
  if (bulk_input_same_size(in, in->date_items, in->name) < 0 || bulk_input_same_size(in, in->n_items, "ns") < 0 ||
      bulk_input_same_size(in, in->b_items, "b") < 0)
    return -1;
  if (bulk_input_dates(in, &in->date_items, in->name, start, m, in->dates) < 0 ||
      (in->b_items != NULL && bulk_input_dates(in, &in->b_items, "b", start, m, in->bs) < 0))
    return -1;
  for (Py_ssize_t i = 0; in->ns != NULL && i < m; i++) {
    PyObject *o = PySequence_Fast_GET_ITEM(in->n_items, start + i);
    int overflow = 0;
    long v = PyLong_Check(o) ? PyLong_AsLongAndOverflow(o, &overflow) : 0;
    if (!PyLong_Check(o) || overflow != 0 || v < INT_MIN || v > INT_MAX || (v == -1 && PyErr_Occurred())) {
      char what[48]; /* the slow path (numpy.integer, or an error) names the element */
      snprintf(what, sizeof what, "ns[%zd]", start + i);
      PyErr_Clear();
      if (bulk_input_hold(in) < 0 || egcapy_to_int(PySequence_Fast_GET_ITEM(in->n_items, start + i), &in->ns[i], what) < 0)
        return -1;
      continue;
    }
    in->ns[i] = (int)v;
  }
  return 0;
}

/* Raises the error of a failed element, naming it; `err` holds the C error of a re-run of that element
 * (the loop itself runs without one). */
static PyObject *raise_bulk(int rc, Py_ssize_t index, egca_date d, egca_error *err)
{
  char day[EGCA_DATE_TEXT_SIZE];
  char prefix[96];
  snprintf(prefix, sizeof prefix, "dates[%zd] (%s)", index, egca_date_format(d, day));
  return egcapy_raise_error(rc, err, FROM_INPUT, prefix, index);
}

/* --- numpy arrays --------------------------------------------------------------------------------------- */

/* The bulk questions on numpy arrays: datetime64 in, and datetime64[D], bool, int64 or str ('<U16') arrays
 * out, never a Python object per element. numpy is not a build dependency: an ndarray can only exist once
 * numpy is imported, so the module is looked up in sys.modules, the arrays are converted with their own
 * methods (astype, view) and read and written through the buffer protocol (datetime64 has no buffer format,
 * so its int64 view is used: days since 1970-01-01, NaT the smallest int64). */

enum many_op { MANY_IS_WORKDAY, MANY_KIND, MANY_ADD, MANY_BETWEEN };

#define KIND_WIDTH 16 /* characters of numpy's '<U16': "adjusted_workday" */

/* 1 when `obj` is a numpy.ndarray (*np then a new reference to numpy), 0 when not, -1 on error. */
static int numpy_array(PyObject *obj, PyObject **np)
{
  *np = egcapy_numpy();
  if (*np == NULL)
    return PyErr_Occurred() ? -1 : 0;
  PyObject *type = PyObject_GetAttrString(*np, "ndarray");
  int is = type == NULL ? -1 : PyObject_IsInstance(obj, type);
  Py_XDECREF(type);
  if (is <= 0)
    Py_CLEAR(*np);
  return is;
}

/* The dtype kind of an array ('M' datetime64, 'i' signed, 'u' unsigned, ...), or 0 with an error set. */
static char dtype_kind(PyObject *arr)
{
  PyObject *dtype = PyObject_GetAttrString(arr, "dtype");
  PyObject *kind = dtype == NULL ? NULL : PyObject_GetAttrString(dtype, "kind");
  Py_XDECREF(dtype);
  const char *text = kind == NULL ? NULL : PyUnicode_AsUTF8(kind);
  char k = text == NULL ? 0 : text[0];
  Py_XDECREF(kind);
  return k;
}

/* A C-contiguous 8-byte view of `arr` converted to `dtype` (then viewed as `as`), in `view`. */
static int contiguous_view(PyObject *np, PyObject *arr, const char *dtype, const char *as, Py_buffer *view)
{
  PyObject *c = PyObject_CallMethod(np, "ascontiguousarray", "Os", arr, dtype);
  PyObject *v = c == NULL ? NULL : (as == NULL ? Py_NewRef(c) : PyObject_CallMethod(c, "view", "s", as));
  Py_XDECREF(c);
  if (v == NULL)
    return -1;
  int rc = PyObject_GetBuffer(v, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT);
  Py_DECREF(v);
  if (rc == 0 && view->itemsize != 8) {
    PyBuffer_Release(view);
    PyErr_SetString(PyExc_RuntimeError, "numpy gave an array of unexpected item size");
    return -1;
  }
  return rc;
}

/* `obj` as an array of days (`name` in messages): an ndarray of dtype datetime64 (any unit: its day). */
static int days_view(PyObject *np, PyObject *obj, const char *name, Py_buffer *view)
{
  char kind = dtype_kind(obj);
  if (kind == 0)
    return -1;
  if (kind != 'M') {
    PyObject *dtype = PyObject_GetAttrString(obj, "dtype");
    PyErr_Format(PyExc_TypeError, "%s must be a datetime64 array, not one of dtype %R", name, dtype);
    Py_XDECREF(dtype);
    return -1;
  }
  return contiguous_view(np, obj, "datetime64[D]", "int64", view);
}

/* `obj` (an array, or a sequence numpy reads as one) as an array of integers in `view`; *is_unsigned for
 * uint64, whose items are read as such (an int64 view would wrap the largest). */
static int ints_view(PyObject *np, PyObject *obj, Py_buffer *view, int *is_unsigned)
{
  PyObject *arr = PyObject_CallMethod(np, "asarray", "O", obj);
  if (arr == NULL)
    return -1;
  char kind = dtype_kind(arr);
  int rc = -1;
  if (kind == 'i' || kind == 'u') {
    *is_unsigned = kind == 'u';
    rc = contiguous_view(np, arr, kind == 'u' ? "uint64" : "int64", NULL, view);
  } else if (kind != 0) {
    PyObject *dtype = PyObject_GetAttrString(arr, "dtype");
    PyErr_Format(PyExc_TypeError, "ns must be an int or an integer array, not one of dtype %R", dtype);
    Py_XDECREF(dtype);
  }
  Py_DECREF(arr);
  return rc;
}

/* A new array of `shape` and `dtype` for the results, and its writable buffer (viewed as `as`). */
static PyObject *new_result(PyObject *np, PyObject *shape, const char *dtype, const char *as, Py_buffer *view)
{
  PyObject *result = PyObject_CallMethod(np, "empty", "Os", shape, dtype);
  PyObject *v = result == NULL ? NULL : (as == NULL ? Py_NewRef(result) : PyObject_CallMethod(result, "view", "s", as));
  if (v == NULL || PyObject_GetBuffer(v, view, PyBUF_C_CONTIGUOUS | PyBUF_WRITABLE) < 0) {
    Py_XDECREF(v);
    Py_XDECREF(result);
    return NULL;
  }
  Py_DECREF(v);
  return result;
}

/* Whether two arrays have the same shape (1), not (0), or an error (-1); raises InputError naming both. */
static int same_shape(PyObject *a, PyObject *b, const char *name_a, const char *name_b)
{
  PyObject *sa = PyObject_GetAttrString(a, "shape"), *sb = PyObject_GetAttrString(b, "shape");
  int eq = sa == NULL || sb == NULL ? -1 : PyObject_RichCompareBool(sa, sb, Py_EQ);
  if (eq == 0) {
    PyObject *ta = PyObject_Str(sa), *tb = PyObject_Str(sb);
    if (ta != NULL && tb != NULL)
      egcapy_raise_input("%s has shape %s but %s has shape %s", name_b, PyUnicode_AsUTF8(tb), name_a,
                         PyUnicode_AsUTF8(ta));
    Py_XDECREF(ta);
    Py_XDECREF(tb);
  }
  Py_XDECREF(sa);
  Py_XDECREF(sb);
  return eq;
}

/* One element's question; returns the C function's status. `out` receives the day (MANY_ADD), the count
 * (MANY_BETWEEN), the kind or the working flag. */
static int many_one(enum many_op op, const egca_calendar *cal, egca_date d, egca_date other, int n, int64_t *out,
                    egca_error *err)
{
  int rc;
  switch (op) {
  case MANY_IS_WORKDAY: {
    int w = 0;
    rc = egca_calendar_is_workday(&w, cal, d, err);
    *out = w;
    break;
  }
  case MANY_KIND: {
    egca_day_kind k = EGCA_DAY_WORKDAY;
    rc = egca_calendar_kind(&k, cal, d, err);
    *out = k;
    break;
  }
  case MANY_ADD: {
    egca_date due = 0;
    rc = egca_calendar_add_workdays(&due, cal, d, n, err);
    *out = due;
    break;
  }
  default: {
    int count = 0;
    rc = egca_calendar_workdays_between(&count, cal, d, other, err);
    *out = count;
    break;
  }
  }
  return rc;
}

static const char *const many_names[] = {"is_workday_many", "kind_many", "add_workdays_many", "workdays_between_many"};

/* The numpy path of the bulk questions: `dates` an ndarray; `second` the ns (MANY_ADD: an int or an integer
 * array of the same shape) or b (MANY_BETWEEN: one date or a datetime64 array of the same shape). NaT in
 * `dates` gives NaT for add_workdays_many (a missing start has no deadline); anywhere else it has no
 * answer of the result's type and is an InputError naming the element. Element indices in messages are
 * those of the flattened array (C order). */
static PyObject *calendar_many_numpy(calendar_object *self, enum many_op op, PyObject *np, PyObject *dates,
                                     PyObject *second, egca_lang lang)
{
  const char *first_name = op == MANY_BETWEEN ? "a" : "dates";
  const char *second_name = op == MANY_BETWEEN ? "b" : "ns";
  Py_buffer in = {0}, in2 = {0}, out = {0};
  int have_in2 = 0, have_out = 0, is_unsigned = 0, n_all = 0;
  egca_date other_all = 0;
  PyObject *result = NULL, *shape = NULL;
  if (days_view(np, dates, first_name, &in) < 0)
    return NULL;
  if (op == MANY_ADD || op == MANY_BETWEEN) {
    PyObject *is_array = NULL;
    int array = numpy_array(second, &is_array);
    Py_XDECREF(is_array);
    if (array < 0)
      goto done;
    if (op == MANY_ADD && !array && (PyLong_Check(second) || (PyIndex_Check(second) && !PyBool_Check(second)))) {
      if (egcapy_to_int(second, &n_all, "n") < 0)
        goto done;
    } else if (op == MANY_BETWEEN && !array) {
      if (egcapy_to_date(second, &other_all, "b") < 0)
        goto done;
    } else {
      PyObject *arr = array ? Py_NewRef(second) : PyObject_CallMethod(np, "asarray", "O", second);
      int eq = arr == NULL ? -1 : same_shape(dates, arr, first_name, second_name);
      int rc = eq <= 0 ? -1 : op == MANY_ADD ? ints_view(np, arr, &in2, &is_unsigned) : days_view(np, arr, "b", &in2);
      Py_XDECREF(arr);
      if (rc < 0)
        goto done;
      have_in2 = 1;
    }
  }
  shape = PyObject_GetAttrString(dates, "shape");
  if (shape == NULL)
    goto done;
  static const char *const dtypes[] = {"bool", "<U16", "datetime64[D]", "int64"};
  result = new_result(np, shape, dtypes[op], op == MANY_ADD ? "int64" : NULL, &out);
  if (result == NULL)
    goto done;
  have_out = 1;

  const Py_ssize_t count = in.len / 8;
  const int64_t *days = in.buf;
  const int64_t *second_days = have_in2 && op == MANY_BETWEEN ? in2.buf : NULL;
  const int64_t *second_ints = have_in2 && op == MANY_ADD && !is_unsigned ? in2.buf : NULL;
  const uint64_t *second_uints = have_in2 && op == MANY_ADD && is_unsigned ? in2.buf : NULL;
  const egca_calendar *cal = self->calendar;
  const egca_date epoch = egcapy_unix_epoch;
  Py_ssize_t failed = -1, provisional = -1;
  int failed_rc = 0; /* < 0: the C error; 1: NaT; 2: a day outside 1..9999; 3: n out of range */
  Py_BEGIN_ALLOW_THREADS
  if (op == MANY_ADD && second_uints == NULL && epoch == 0) {
    /* The library's loop over the arrays themselves; a failure is named below as the loop's would be. */
    size_t at = 0;
    int rc = egca_calendar_add_workdays_many(out.buf, cal, days, second_ints, n_all, (size_t)count, &at, NULL);
    if (rc == EGCA_PROVISIONAL) {
      provisional = (Py_ssize_t)at;
    } else if (rc < 0) {
      failed = (Py_ssize_t)at;
      const int64_t v = days[at], m = second_ints != NULL ? second_ints[at] : n_all;
      failed_rc = v < -719162 || v > 2932896 ? 2 : m < INT_MIN || m > INT_MAX ? 3 : rc;
    }
  }
  for (Py_ssize_t i = 0; i < count && !(op == MANY_ADD && second_uints == NULL && epoch == 0); i++) {
    int64_t v = days[i];
    if (v == INT64_MIN && op == MANY_ADD) {
      ((int64_t *)out.buf)[i] = INT64_MIN;
      continue;
    }
    int64_t w = second_days != NULL ? second_days[i] : 0;
    if (v == INT64_MIN || w == INT64_MIN) {
      failed = i;
      failed_rc = 1;
      break;
    }
    if (v < -719162 || v > 2932896 || w < -719162 || w > 2932896) {
      failed = i;
      failed_rc = 2;
      break;
    }
    int n = n_all;
    if (second_ints != NULL || second_uints != NULL) {
      if (second_ints != NULL ? second_ints[i] < INT_MIN || second_ints[i] > INT_MAX : second_uints[i] > INT_MAX) {
        failed = i;
        failed_rc = 3;
        break;
      }
      n = second_ints != NULL ? (int)second_ints[i] : (int)second_uints[i];
    }
    const egca_date other = second_days != NULL ? (egca_date)(epoch + w) : other_all;
    int64_t answer = 0;
    int rc = many_one(op, cal, (egca_date)(epoch + v), other, n, &answer, NULL);
    if (rc < 0) {
      failed = i;
      failed_rc = rc;
      break;
    }
    if (rc == EGCA_PROVISIONAL && provisional < 0)
      provisional = i;
    switch (op) {
    case MANY_IS_WORKDAY:
      ((unsigned char *)out.buf)[i] = (unsigned char)answer;
      break;
    case MANY_KIND: {
      /* numpy's str dtype is UCS-4, padded with zeros to its width */
      const char *name = egca_day_kind_name((egca_day_kind)answer);
      uint32_t *cell = (uint32_t *)out.buf + (size_t)i * KIND_WIDTH;
      for (int c = 0; c < KIND_WIDTH; c++)
        cell[c] = *name != '\0' ? (uint32_t)(unsigned char)*name++ : 0;
      break;
    }
    case MANY_ADD:
      ((int64_t *)out.buf)[i] = answer - epoch;
      break;
    default:
      ((int64_t *)out.buf)[i] = answer;
      break;
    }
  }
  Py_END_ALLOW_THREADS
  if (failed >= 0) {
    char what[64];
    snprintf(what, sizeof what, "%s[%zd]", failed_rc == 1 && days[failed] != INT64_MIN ? second_name : first_name,
             failed);
    if (failed_rc == 1)
      egcapy_raise_input("%s is NaT (not a time): %s has no answer for it", what, many_names[op]);
    else if (failed_rc == 2)
      egcapy_raise_input("%s is outside the years 1..9999", what);
    else if (failed_rc == 3)
      egcapy_raise_input("ns[%zd] is out of range", failed);
    else {
      egca_error err;
      egca_error_init(&err, lang);
      int64_t ignored = 0;
      const egca_date d = (egca_date)(epoch + days[failed]);
      const egca_date other = second_days != NULL ? (egca_date)(epoch + second_days[failed]) : other_all;
      const int n = second_ints != NULL ? (int)second_ints[failed] : second_uints != NULL ? (int)second_uints[failed] : n_all;
      many_one(op, cal, d, other, n, &ignored, &err);
      raise_bulk(failed_rc, failed, d, &err);
    }
    if (failed_rc >= 1 && PyErr_Occurred()) {
      PyObject *type, *value, *tb;
      PyErr_Fetch(&type, &value, &tb);
      PyErr_NormalizeException(&type, &value, &tb);
      PyObject *index = PyLong_FromSsize_t(failed);
      if (value != NULL && index != NULL)
        PyObject_SetAttrString(value, "index", index);
      Py_XDECREF(index);
      PyErr_Restore(type, value, tb);
    }
    Py_CLEAR(result);
  } else if (provisional >= 0) {
    const egca_date d = (egca_date)(epoch + days[provisional]);
    egca_date hi = d;
    if (op == MANY_ADD)
      hi = (egca_date)(epoch + ((int64_t *)out.buf)[provisional]);
    else if (op == MANY_BETWEEN)
      hi = second_days != NULL ? (egca_date)(epoch + second_days[provisional]) : other_all;
    if (egcapy_warn_provisional(cal, d, hi, 1, lang) < 0)
      Py_CLEAR(result);
  }
done:
  if (have_out)
    PyBuffer_Release(&out);
  if (have_in2)
    PyBuffer_Release(&in2);
  PyBuffer_Release(&in);
  Py_XDECREF(shape);
  return result;
}

/* Dispatches a bulk call to the numpy path when `dates` is an ndarray: 1 with *result set (NULL on error),
 * 0 for the sequence path. */
static int many_dispatch(calendar_object *self, enum many_op op, PyObject *dates, PyObject *second, egca_lang lang,
                         PyObject **result)
{
  PyObject *np = NULL;
  int array = numpy_array(dates, &np);
  if (array < 0) {
    *result = NULL;
    return 1;
  }
  if (array == 0)
    return 0;
  *result = calendar_many_numpy(self, op, np, dates, second, lang);
  Py_DECREF(np);
  return 1;
}

/* The sequence path of the bulk questions: the input read a chunk at a time (bulk_input), each chunk's
 * questions asked by many_one with the GIL released, the answers made Python objects under it. `second` is
 * the ns (MANY_ADD), b (MANY_BETWEEN) or NULL. */
static PyObject *calendar_many_list(calendar_object *self, enum many_op op, PyObject *dates, PyObject *second,
                                    egca_lang lang)
{
  bulk_input in;
  int64_t *answers = NULL;
  if ((op == MANY_BETWEEN ? bulk_input_open_between(&in, dates, second) : bulk_input_open(&in, dates, second)) < 0 ||
      (answers = PyMem_Malloc((size_t)(in.count < BULK_CHUNK ? (in.count > 0 ? in.count : 1) : BULK_CHUNK) *
                              sizeof *answers)) == NULL) {
    if (answers == NULL && !PyErr_Occurred())
      PyErr_NoMemory();
    bulk_input_clear(&in);
    return NULL;
  }
  const Py_ssize_t n = in.count;
  PyObject *result = PyList_New(n);
  egca_date provisional_from = EGCA_DATE_NONE, provisional_to = EGCA_DATE_NONE;
  const egca_calendar *cal = self->calendar;
  for (Py_ssize_t start = 0; result != NULL && start < n; start += BULK_CHUNK) {
    const Py_ssize_t m = n - start < BULK_CHUNK ? n - start : BULK_CHUNK;
    if (bulk_input_chunk(&in, start, m) < 0) {
      Py_CLEAR(result);
      break;
    }
    const egca_date *ds = in.dates, *bs = in.bs, b_all = in.b_all;
    const int *ns = in.ns, n_all = in.n_all;
    Py_ssize_t failed = -1, provisional = -1;
    int failed_rc = 0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < m; i++) {
      int rc = many_one(op, cal, ds[i], bs != NULL ? bs[i] : b_all, ns != NULL ? ns[i] : n_all, &answers[i], NULL);
      if (rc < 0) {
        failed = i;
        failed_rc = rc;
        break;
      }
      if (rc == EGCA_PROVISIONAL && provisional < 0)
        provisional = i;
    }
    Py_END_ALLOW_THREADS
    if (failed >= 0) { /* asked again with an error to name it */
      egca_error err;
      egca_error_init(&err, lang);
      int64_t ignored = 0;
      many_one(op, cal, ds[failed], bs != NULL ? bs[failed] : b_all, ns != NULL ? ns[failed] : n_all, &ignored, &err);
      raise_bulk(failed_rc, start + failed, ds[failed], &err);
      Py_CLEAR(result);
      break;
    }
    if (provisional >= 0 && provisional_from == EGCA_DATE_NONE) {
      /* the span the warning names: the day; an addition's start and due day; a count's two days */
      provisional_from = ds[provisional];
      provisional_to = op == MANY_ADD       ? (egca_date)answers[provisional]
                       : op == MANY_BETWEEN ? (bs != NULL ? bs[provisional] : b_all)
                                            : ds[provisional];
    }
    for (Py_ssize_t i = 0; i < m; i++) {
      PyObject *item = op == MANY_IS_WORKDAY ? Py_NewRef(answers[i] ? Py_True : Py_False)
                       : op == MANY_KIND     ? Py_NewRef(kind_names[answers[i]])
                       : op == MANY_ADD      ? calendar_date(self, (egca_date)answers[i])
                                             : PyLong_FromLongLong(answers[i]);
      if (item == NULL) {
        Py_CLEAR(result);
        break;
      }
      PyList_SET_ITEM(result, start + i, item);
    }
  }
  if (result != NULL && provisional_from != EGCA_DATE_NONE &&
      egcapy_warn_provisional(cal, provisional_from, provisional_to, 1, lang) < 0)
    Py_CLEAR(result);
  PyMem_Free(answers);
  bulk_input_clear(&in);
  return result;
}

PyDoc_STRVAR(calendar_is_workday_many_doc,
"is_workday_many($self, dates, /, *, lang=None)\n--\n\n"
"[is_workday(d) for d in dates], computed in C loops with the GIL released; for a numpy datetime64\n"
"array, a bool array of the same shape. An error names the first failing element (its index in the exception's `index`); one ProvisionalWarning covers the call.");

static PyObject *calendar_is_workday_many(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "is_workday_many", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  if (egcapy_check_nargs(nargs, 1, "is_workday_many") < 0)
    return NULL;
  PyObject *np_result;
  if (many_dispatch(self, MANY_IS_WORKDAY, args[0], NULL, lang, &np_result))
    return np_result;
  return calendar_many_list(self, MANY_IS_WORKDAY, args[0], NULL, lang);
}

PyDoc_STRVAR(calendar_add_workdays_many_doc,
"add_workdays_many($self, dates, ns, /, *, lang=None)\n--\n\n"
"[add_workdays(d, n) for d, n in zip(dates, ns)], computed in C loops with the GIL released. `ns` is a\n"
"sequence as long as `dates`, or one int for every date. For a numpy datetime64 array `dates`, a\n"
"datetime64[D] array of the same shape (`ns` one int or an integer array of that shape; NaT gives NaT).\n"
"An error names the first failing element (its\n"
"index in the exception's `index`); one ProvisionalWarning covers the call.");

static PyObject *calendar_add_workdays_many(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "add_workdays_many", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  if (egcapy_check_nargs(nargs, 2, "add_workdays_many") < 0)
    return NULL;
  PyObject *np_result;
  if (many_dispatch(self, MANY_ADD, args[0], args[1], lang, &np_result))
    return np_result;
  return calendar_many_list(self, MANY_ADD, args[0], args[1], lang);
}

PyDoc_STRVAR(calendar_kind_many_doc,
"kind_many($self, dates, /, *, lang=None)\n--\n\n"
"[kind(d) for d in dates], computed in C loops with the GIL released. For a numpy datetime64 array, a str array ('<U16') of the same shape. An error\n"
"names the first failing element (its index in the exception's `index`); one ProvisionalWarning covers\n"
"the call.");

static PyObject *calendar_kind_many(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "kind_many", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  PyObject *result = NULL;
  if (egcapy_check_nargs(nargs, 1, "kind_many") < 0)
    return NULL;
  if (many_dispatch(self, MANY_KIND, args[0], NULL, lang, &result))
    return result;
  return calendar_many_list(self, MANY_KIND, args[0], NULL, lang);
}

PyDoc_STRVAR(calendar_workdays_between_many_doc,
"workdays_between_many($self, a, b, /, *, lang=None)\n--\n\n"
"[workdays_between(x, y) for x, y in zip(a, b)], computed in C loops with the GIL released; `b` may be one\n"
"date for every element of `a`. For a\n"
"numpy datetime64 array `a`, an int64 array of the same shape (`b` one date or an array of the same\n"
"shape). An error names the first failing element (its index in the exception's `index`); one\n"
"ProvisionalWarning covers the call.");

static PyObject *calendar_workdays_between_many(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "workdays_between_many", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  PyObject *result = NULL;
  if (egcapy_check_nargs(nargs, 2, "workdays_between_many") < 0)
    return NULL;
  if (many_dispatch(self, MANY_BETWEEN, args[0], args[1], lang, &result))
    return result;
  return calendar_many_list(self, MANY_BETWEEN, args[0], args[1], lang);
}

/* --- Coverage and provenance ------------------------------------------------------------------------------ */

static PyObject *calendar_get_coverage(PyObject *obj, void *closure)
{
  (void)closure;
  calendar_object *self = (calendar_object *)obj;
  int first, last;
  egca_calendar_year_range(self->calendar, &first, &last);
  PyObject *result = PyDict_New();
  for (int y = first; result != NULL && y <= last; y++) {
    egca_coverage c = egca_calendar_year_coverage(self->calendar, y);
    if (c == EGCA_COVERAGE_NONE)
      continue;
    PyObject *year = PyLong_FromLong(y);
    PyObject *name = PyUnicode_FromString(c == EGCA_COVERAGE_CONFIRMED ? "confirmed" : "tentative");
    if (year == NULL || name == NULL || PyDict_SetItem(result, year, name) < 0)
      Py_CLEAR(result);
    Py_XDECREF(year);
    Py_XDECREF(name);
  }
  return result;
}

static PyObject *calendar_get_strict(PyObject *obj, void *closure)
{
  (void)closure;
  return PyBool_FromLong(egca_calendar_strict(((calendar_object *)obj)->calendar));
}

static PyObject *calendar_get_report(PyObject *obj, void *closure)
{
  (void)closure;
  const egca_load_report *r = egca_calendar_report(((calendar_object *)obj)->calendar);
  return Py_BuildValue("{s:n,s:n,s:n,s:n}", "sources", (Py_ssize_t)r->sources, "events_used",
                       (Py_ssize_t)r->events_used, "observances_ignored", (Py_ssize_t)r->observances_ignored,
                       "events_cancelled", (Py_ssize_t)r->events_cancelled);
}

PyDoc_STRVAR(calendar_sources_doc,
"sources($self, year, /)\n--\n\n"
"The names of the sources that gave days in `year` or declared it covered (files, or\n"
"'<built-in>/NAME.ics' for the shipped data); empty for a year the calendar does not cover.");

static PyObject *calendar_sources(PyObject *obj, PyObject *const *args, Py_ssize_t nargs)
{
  calendar_object *self = (calendar_object *)obj;
  int year;
  if (egcapy_check_nargs(nargs, 1, "sources") < 0 || egcapy_to_int(args[0], &year, "year") < 0)
    return NULL;
  int first, last;
  egca_calendar_year_range(self->calendar, &first, &last);
  const size_t n = year < first || year > last ? 0 : egca_calendar_year_source_count(self->calendar, year);
  PyObject *result = PyList_New((Py_ssize_t)n);
  for (size_t i = 0; result != NULL && i < n; i++) {
    PyObject *name = PyUnicode_DecodeFSDefault(egca_calendar_year_source(self->calendar, year, i));
    if (name == NULL)
      Py_CLEAR(result);
    else
      PyList_SET_ITEM(result, (Py_ssize_t)i, name);
  }
  return result;
}

PyDoc_STRVAR(calendar_year_html_doc,
"year_html($self, year, /, *, lang=None)\n--\n\n"
"The year as a self-contained HTML page (`egca calendar year YYYY --format html`): twelve month grids,\n"
"holidays (休) and make-up working days (班) marked, provisional days marked 暂, every holiday and make-up\n"
"day listed as text, the page's words in lang (festival names and notices as the State Council wrote\n"
"them). CoverageError when the calendar does not cover every day of the year; warns ProvisionalWarning when\n"
"some day is provisional.");

static PyObject *calendar_year_html(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "year_html", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  int year;
  if (egcapy_check_nargs(nargs, 1, "year_html") < 0 || egcapy_to_int(args[0], &year, "year") < 0)
    return NULL;
  char *html = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc;
  Py_BEGIN_ALLOW_THREADS
  rc = egca_calendar_year_to_html(&html, self->calendar, year, lang, &err);
  Py_END_ALLOW_THREADS
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  PyObject *page = PyUnicode_DecodeUTF8(html, (Py_ssize_t)strlen(html), "strict");
  egca_calendar_string_free(html);
  if (page != NULL && rc == EGCA_PROVISIONAL) {
    egca_date first, last;
    char text[16];
    snprintf(text, sizeof text, "%04d-01-01", year);
    egca_date_parse(&first, text, NULL);
    snprintf(text, sizeof text, "%04d-12-31", year);
    egca_date_parse(&last, text, NULL);
    if (egcapy_warn_provisional(self->calendar, first, last, 1, lang) < 0)
      Py_CLEAR(page);
  }
  return page;
}

PyDoc_STRVAR(calendar_to_ics_doc,
"to_ics($self, years, /, *, lang=None)\n--\n\n"
"The days of `years` (an iterable of ints, at most 300) as an iCalendar feed (`egca calendar export`):\n"
"one event per run of holidays and of adjusted working days of one name and notice (SUMMARY '春节(休)',\n"
"'春节(班)'; X-EGCA-NOTICE, -DATE, -URL), provisional days as tentative events, the years declared covered;\n"
"Calendar.load() of the feed gives the same days, Calendar.day() the same names, notices and local flags\n"
"(a region's own days marked X-EGCA-LOCAL:TRUE). CoverageError for a year not covered, a strict calendar's provisional day, or a provisional day\n"
"a feed cannot carry; InputError for no year or a year out of range.");

static PyObject *calendar_to_ics(PyObject *obj, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
  egca_lang lang;
  if (egcapy_lang_kw(kwnames, args + nargs, "to_ics", &lang) < 0)
    return NULL;
  calendar_object *self = (calendar_object *)obj;
  if (egcapy_check_nargs(nargs, 1, "to_ics") < 0)
    return NULL;
  PyObject *items = egcapy_items(args[0], "years must be an iterable of ints");
  if (items == NULL)
    return NULL;
  const Py_ssize_t n = PyTuple_GET_SIZE(items);
  if (n < 1 || n > 300) {
    Py_DECREF(items);
    return egcapy_raise_input(EGCAPY_TR(lang, "expected 1 to 300 years, got %zd", "应为1至300个年份，实际为%zd个"), n);
  }
  int years[300];
  for (Py_ssize_t i = 0; i < n; i++) {
    if (egcapy_to_int(PyTuple_GET_ITEM(items, i), &years[i], "year") < 0) {
      Py_DECREF(items);
      return NULL;
    }
  }
  Py_DECREF(items);
  char *feed = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc;
  Py_BEGIN_ALLOW_THREADS
  rc = egca_calendar_to_ics(&feed, self->calendar, years, (size_t)n, &err);
  Py_END_ALLOW_THREADS
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  PyObject *text = PyUnicode_DecodeUTF8(feed, (Py_ssize_t)strlen(feed), "strict");
  egca_calendar_string_free(feed);
  return text;
}

static PyObject *calendar_repr(PyObject *obj)
{
  calendar_object *self = (calendar_object *)obj;
  int first, last;
  egca_calendar_year_range(self->calendar, &first, &last);
  char tentative[256] = "";
  size_t used = 0;
  for (int y = first; y <= last && used < sizeof tentative - 16; y++)
    if (egca_calendar_year_coverage(self->calendar, y) == EGCA_COVERAGE_TENTATIVE)
      used += (size_t)snprintf(tentative + used, sizeof tentative - used, "%s%d", used ? ", " : "", y);
  return PyUnicode_FromFormat("<egca.Calendar covering %d-%d%s%s%s%s>", first, last, used ? " (tentative: " : "",
                              tentative, used ? ")" : "", egca_calendar_strict(self->calendar) ? " strict" : "");
}

PyDoc_STRVAR(calendar_reduce_doc,
"__reduce__($self, /)\n--\n\n"
"Pickling: Calendar.default() and Calendar.default(strict=True) pickle as themselves and unpickle to the\n"
"shared default calendar of this process; Calendar.for_office(code) as that call; a calendar from\n"
"Calendar.load by value, with the text of its files as read when it was loaded.");

static PyObject *calendar_reduce(PyObject *obj, PyObject *unused)
{
  (void)unused;
  for (int strict = 0; strict < 2; strict++) {
    if (obj != default_calendars[strict])
      continue;
    PyObject *functools = PyImport_ImportModule("functools");
    PyObject *partial = functools == NULL ? NULL : PyObject_GetAttrString(functools, "partial");
    PyObject *method = partial == NULL ? NULL : PyObject_GetAttrString((PyObject *)&calendar_type, "default");
    PyObject *args = method == NULL ? NULL : PyTuple_Pack(1, method);
    PyObject *kwargs = args == NULL ? NULL : Py_BuildValue("{s:O}", "strict", strict ? Py_True : Py_False);
    PyObject *call = kwargs == NULL ? NULL : PyObject_Call(partial, args, kwargs);
    PyObject *result = call == NULL ? NULL : Py_BuildValue("(O())", call);
    Py_XDECREF(call);
    Py_XDECREF(kwargs);
    Py_XDECREF(args);
    Py_XDECREF(method);
    Py_XDECREF(partial);
    Py_XDECREF(functools);
    return result;
  }
  calendar_object *self = (calendar_object *)obj;
  const int strict = egca_calendar_strict(self->calendar);
  if (self->sources != NULL) {
    PyObject *method = PyObject_GetAttrString((PyObject *)&calendar_type, "_from_sources");
    PyObject *result = method == NULL ? NULL
                                      : Py_BuildValue("(O(OOs))", method, self->sources, strict ? Py_True : Py_False,
                                                      unmarked_names[self->unmarked]);
    Py_XDECREF(method);
    return result;
  }
  if (self->office != NULL) {
    PyObject *functools = PyImport_ImportModule("functools");
    PyObject *partial = functools == NULL ? NULL : PyObject_GetAttrString(functools, "partial");
    PyObject *method = partial == NULL ? NULL : PyObject_GetAttrString((PyObject *)&calendar_type, "for_office");
    PyObject *args = method == NULL ? NULL : PyTuple_Pack(1, method);
    PyObject *kwargs = args == NULL ? NULL : Py_BuildValue("{s:O}", "strict", strict ? Py_True : Py_False);
    PyObject *call = kwargs == NULL ? NULL : PyObject_Call(partial, args, kwargs);
    PyObject *result = call == NULL ? NULL : Py_BuildValue("(O(O))", call, self->office);
    Py_XDECREF(call);
    Py_XDECREF(kwargs);
    Py_XDECREF(args);
    Py_XDECREF(method);
    Py_XDECREF(partial);
    Py_XDECREF(functools);
    return result;
  }
  PyErr_SetString(PyExc_TypeError, "this Calendar was loaded from a path that could not be read before loading "
                                   "(it changed in between): it cannot be pickled; load it again");
  return NULL;
}

static PyMethodDef calendar_methods[] = {
  {"default", (PyCFunction)(void (*)(void))calendar_default, METH_CLASS | METH_VARARGS | METH_KEYWORDS,
   calendar_default_doc},
  {"for_office", (PyCFunction)(void (*)(void))calendar_for_office, METH_CLASS | METH_VARARGS | METH_KEYWORDS,
   calendar_for_office_doc},
  {"load", (PyCFunction)(void (*)(void))calendar_load, METH_CLASS | METH_VARARGS | METH_KEYWORDS, calendar_load_doc},
  {"kind", (PyCFunction)(void (*)(void))calendar_kind, METH_FASTCALL | METH_KEYWORDS, calendar_kind_doc},
  {"day", (PyCFunction)(void (*)(void))calendar_day, METH_FASTCALL | METH_KEYWORDS, calendar_day_doc},
  {"holidays", (PyCFunction)(void (*)(void))calendar_holidays, METH_FASTCALL | METH_KEYWORDS, calendar_holidays_doc},
  {"is_workday", (PyCFunction)(void (*)(void))calendar_is_workday, METH_FASTCALL | METH_KEYWORDS, calendar_is_workday_doc},
  {"is_provisional", (PyCFunction)(void (*)(void))calendar_is_provisional, METH_FASTCALL | METH_KEYWORDS,
   calendar_is_provisional_doc},
  {"add_workdays", (PyCFunction)(void (*)(void))calendar_add_workdays, METH_FASTCALL | METH_KEYWORDS, calendar_add_workdays_doc},
  {"workdays_between", (PyCFunction)(void (*)(void))calendar_workdays_between, METH_FASTCALL | METH_KEYWORDS,
   calendar_workdays_between_doc},
  {"workday_on_or_after", (PyCFunction)(void (*)(void))calendar_workday_on_or_after, METH_FASTCALL | METH_KEYWORDS,
   calendar_workday_on_or_after_doc},
  {"workday_on_or_before", (PyCFunction)(void (*)(void))calendar_workday_on_or_before, METH_FASTCALL | METH_KEYWORDS,
   calendar_workday_on_or_before_doc},
  {"is_workday_many", (PyCFunction)(void (*)(void))calendar_is_workday_many, METH_FASTCALL | METH_KEYWORDS,
   calendar_is_workday_many_doc},
  {"add_workdays_many", (PyCFunction)(void (*)(void))calendar_add_workdays_many, METH_FASTCALL | METH_KEYWORDS,
   calendar_add_workdays_many_doc},
  {"kind_many", (PyCFunction)(void (*)(void))calendar_kind_many, METH_FASTCALL | METH_KEYWORDS, calendar_kind_many_doc},
  {"workdays_between_many", (PyCFunction)(void (*)(void))calendar_workdays_between_many, METH_FASTCALL | METH_KEYWORDS,
   calendar_workdays_between_many_doc},
  {"sources", (PyCFunction)(void (*)(void))calendar_sources, METH_FASTCALL, calendar_sources_doc},
  {"year_html", (PyCFunction)(void (*)(void))calendar_year_html, METH_FASTCALL | METH_KEYWORDS, calendar_year_html_doc},
  {"to_ics", (PyCFunction)(void (*)(void))calendar_to_ics, METH_FASTCALL | METH_KEYWORDS, calendar_to_ics_doc},
  {"__reduce__", calendar_reduce, METH_NOARGS, calendar_reduce_doc},
  {"_from_sources", calendar_from_sources_method, METH_CLASS | METH_VARARGS,
   "_from_sources($type, sources, strict, unmarked, /)\n--\n\nUnpickling a calendar of Calendar.load."},
  {NULL, NULL, 0, NULL},
};

static PyGetSetDef calendar_getset[] = {
  {"coverage", calendar_get_coverage, NULL,
   "{year: 'confirmed' | 'tentative'} for every covered year, in order.", NULL},
  {"strict", calendar_get_strict, NULL, "Whether a tentative day is an error rather than a provisional answer.",
   NULL},
  {"report", calendar_get_report, NULL,
   "What the load read: {'sources', 'events_used', 'observances_ignored', 'events_cancelled'}.", NULL},
  {NULL, NULL, NULL, NULL, NULL},
};

PyDoc_STRVAR(calendar_doc,
"China's working-day calendar, loaded from iCalendar holiday data.\n\n"
"Make one with Calendar.default() (the shipped data) or Calendar.load(paths). A Calendar is immutable:\n"
"share one between threads freely. Every question is O(1). A day outside the covered years raises\n"
"CoverageError naming the year; an answer that rests on a tentative year issues ProvisionalWarning\n"
"(CoverageError when the calendar is strict).\n\n"
"Every method takes lang='zh' or 'en' (keyword only; None, the default, is EGCA_LANG as it was when egca was\n"
"imported, else 'zh'): the language of its error messages and warnings, and of the names of days (Day.name,\n"
"HolidayPeriod.name: the notice's own words in Chinese, their English name in English).");

static PyTypeObject calendar_type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "egca.Calendar",
  .tp_basicsize = sizeof(calendar_object),
  .tp_itemsize = 0,
  .tp_flags = Py_TPFLAGS_DEFAULT,
  .tp_doc = calendar_doc,
  .tp_new = calendar_new,
  .tp_dealloc = calendar_dealloc,
  .tp_repr = calendar_repr,
  .tp_methods = calendar_methods,
  .tp_getset = calendar_getset,
};

/* The default calendar when `obj` is None, else `obj` checked to be a Calendar (a borrowed reference). */
const egca_calendar *egcapy_calendar_arg(PyObject *obj)
{
  if (obj == Py_None) {
    PyObject *cal = default_calendar(0, egcapy_default_lang);
    if (cal == NULL)
      return NULL;
    Py_DECREF(cal); /* default_calendars[0] keeps it */
    return ((calendar_object *)cal)->calendar;
  }
  if (!PyObject_TypeCheck(obj, &calendar_type)) {
    PyErr_Format(PyExc_TypeError, "calendar must be an egca.Calendar or None, not %.100s", Py_TYPE(obj)->tp_name);
    return NULL;
  }
  return ((calendar_object *)obj)->calendar;
}

int egcapy_receipt_reading(const char *text, egca_receipt_reading *out)
{
  for (int k = EGCA_RECEIPT_NEXT_WORKING_DAY; k <= EGCA_RECEIPT_AS_DATED; k++)
    if (strcmp(text, egca_receipt_reading_name((egca_receipt_reading)k)) == 0) {
      *out = (egca_receipt_reading)k;
      return 0;
    }
  egcapy_raise_input("receipt must be \"next_working_day\" or \"as_dated\", not \"%.100s\"", text);
  return -1;
}

int egcapy_timeline_calendars(PyObject *obj, const egca_calendar **national, egca_office_calendars **offices)
{
  if ((*national = egcapy_calendar_arg(obj)) == NULL)
    return -1;
  if (obj == Py_None)
    obj = default_calendars[0];
  const char *region = egca_calendar_region(*national);
  if (region != NULL) {
    egcapy_raise_input("calendar: the calendar of %s counts an acceptance office's days only; give the national "
                       "calendar (Calendar.default() or Calendar.load()): the case's office calendar is built over it",
                       region[0] != '\0' ? region : "a local layer");
    return -1;
  }
  *offices = ((calendar_object *)obj)->offices;
  return 0;
}


int egcapy_calendar_init(PyObject *module)
{
  PyDateTime_IMPORT;
  if (PyDateTimeAPI == NULL)
    return -1;
  for (int k = 0; k < 4; k++)
    if (kind_names[k] == NULL &&
        (kind_names[k] = PyUnicode_InternFromString(egca_day_kind_name((egca_day_kind)k))) == NULL)
      return -1;
  if (PyType_Ready(&calendar_type) < 0)
    return -1;
  if ((notice_type == NULL && (notice_type = PyStructSequence_NewType(&notice_desc)) == NULL) ||
      (day_type == NULL && (day_type = PyStructSequence_NewType(&day_desc)) == NULL) ||
      (holiday_type == NULL && (holiday_type = PyStructSequence_NewType(&holiday_desc)) == NULL))
    return -1;
  if (egcapy_add_object(module, "Notice", (PyObject *)notice_type) < 0 ||
      egcapy_add_object(module, "Day", (PyObject *)day_type) < 0 ||
      egcapy_add_object(module, "HolidayPeriod", (PyObject *)holiday_type) < 0)
    return -1;
  return egcapy_add_object(module, "Calendar", (PyObject *)&calendar_type);
}
