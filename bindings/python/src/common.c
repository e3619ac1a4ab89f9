/* egca._egca — the conversions and errors every part of the extension uses: the exception classes and the
 * warning (made once by egcapy_common_init), C errors to exceptions, datetime.date and numpy days to serial
 * days, languages. Place in the flow: the bottom of the extension; calendar.c, rules.c and batch.c use it,
 * module.c (the module itself) starts it. */
#include "egcapy.h"

#include <datetime.h>

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Created once at import, read-only afterwards. */
static PyObject *Error;              /* egca.Error */
static PyObject *CoverageError;      /* outside the calendar's coverage, or tentative in strict mode */
static PyObject *DataError;          /* holiday data or rules that cannot be loaded */
static PyObject *InputError;         /* a bad argument, profile or case (also a ValueError) */
static PyObject *ProvisionalWarning; /* the answer rests on a tentative year */

/* --- Errors --------------------------------------------------------------------------------------------- */

static int set_attr_text(PyObject *exc, const char *name, const char *text)
{
  PyObject *v = text[0] != '\0' ? PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace") : Py_NewRef(Py_None);
  if (v == NULL)
    return -1;
  int rc = PyObject_SetAttrString(exc, name, v);
  Py_DECREF(v);
  return rc;
}

static int set_attr_int(PyObject *exc, const char *name, int value)
{
  PyObject *v = value != 0 ? PyLong_FromLong(value) : Py_NewRef(Py_None);
  if (v == NULL)
    return -1;
  int rc = PyObject_SetAttrString(exc, name, v);
  Py_DECREF(v);
  return rc;
}

/* Raises the Python exception for a failed C call: str(exc) is the whole located message (as the command
 * line prints it, after `prefix` when given); the attributes carry its parts. Returns NULL. */
PyObject *egcapy_raise_error(int rc, const egca_error *err, egcapy_origin from, const char *prefix, Py_ssize_t index)
{
  PyObject *cls;
  switch (rc) {
  case EGCA_E_NOMEM: return PyErr_NoMemory();
  case EGCA_E_COVERAGE: cls = CoverageError; break;
  case EGCA_E_PARSE:
  case EGCA_E_CONFLICT:
  case EGCA_E_IO:
  case EGCA_E_INVALID: cls = from == FROM_DATA ? DataError : InputError; break;
  case EGCA_E_NOTFOUND: cls = InputError; break;
  default: cls = Error; break;
  }
  egca_error empty = {.lang = egcapy_default_lang};
  if (err == NULL) {
    egca_error_clear(&empty);
    empty.code = rc;
    snprintf(empty.message, sizeof empty.message, "%s", egca_strerror_lang(rc, egcapy_default_lang));
    err = &empty;
  }
  char text[EGCA_ERROR_TEXT_MAX * 2 + 512];
  size_t used = 0;
  if (prefix != NULL)
    used = (size_t)snprintf(text, sizeof text, "%s: ", prefix);
  if (used >= sizeof text)
    used = sizeof text - 1;
  egca_error_format(err, text + used, sizeof text - used);
  PyObject *exc = PyObject_CallFunction(cls, "N", PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "replace"));
  if (exc == NULL)
    return NULL;
  PyObject *index_obj = index >= 0 ? PyLong_FromSsize_t(index) : Py_NewRef(Py_None);
  if (index_obj == NULL || set_attr_text(exc, "message", err->message) < 0 ||
      set_attr_text(exc, "source", err->source) < 0 || set_attr_int(exc, "line", err->line) < 0 ||
      set_attr_int(exc, "column", err->column) < 0 || set_attr_text(exc, "pointer", err->pointer) < 0 ||
      set_attr_int(exc, "year", err->year) < 0 || set_attr_int(exc, "code", rc) < 0 ||
      PyObject_SetAttrString(exc, "index", index_obj) < 0) {
    Py_XDECREF(index_obj);
    Py_DECREF(exc);
    return NULL;
  }
  Py_DECREF(index_obj);
  PyErr_SetObject(cls, exc);
  Py_DECREF(exc);
  return NULL;
}

PyObject *egcapy_raise_input(const char *fmt, ...)
{
  egca_error err = {0};
  egca_error_clear(&err);
  err.code = EGCA_E_INVALID;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err.message, sizeof err.message, fmt, ap);
  va_end(ap);
  return egcapy_raise_error(EGCA_E_INVALID, &err, FROM_INPUT, NULL, -1);
}

/* --- Language ------------------------------------------------------------------------------------------- */

/* The package's default language: EGCA_LANG as the process had it when egca was imported ("zh", "en", or a
 * locale name such as "en_US.UTF-8"), else Chinese. Read once, at import; a call's lang= overrides it. */
egca_lang egcapy_default_lang = EGCA_LANG_ZH;

int egcapy_lang_arg(PyObject *obj, egca_lang *out)
{
  *out = egcapy_default_lang;
  if (obj == NULL || obj == Py_None)
    return 0;
  if (!PyUnicode_Check(obj)) {
    PyErr_Format(PyExc_TypeError, "lang must be 'zh', 'en' or None, not %.100s", Py_TYPE(obj)->tp_name);
    return -1;
  }
  const char *text = PyUnicode_AsUTF8(obj);
  if (text == NULL)
    return -1;
  if (strcmp(text, "zh") == 0)
    *out = EGCA_LANG_ZH;
  else if (strcmp(text, "en") == 0)
    *out = EGCA_LANG_EN;
  else {
    egcapy_raise_input(EGCAPY_TR(egcapy_default_lang, "lang must be \"zh\" or \"en\", not \"%.100s\"",
                                 "lang应为\"zh\"或\"en\"，而不是\"%.100s\""),
                       text);
    return -1;
  }
  return 0;
}

int egcapy_lang_kw(PyObject *kwnames, PyObject *const *kwargs, const char *name, egca_lang *out)
{
  *out = egcapy_default_lang;
  const Py_ssize_t n = kwnames != NULL ? PyTuple_GET_SIZE(kwnames) : 0;
  for (Py_ssize_t i = 0; i < n; i++) {
    PyObject *key = PyTuple_GET_ITEM(kwnames, i);
    if (!PyUnicode_Check(key) || PyUnicode_CompareWithASCIIString(key, "lang") != 0) {
      PyErr_Format(PyExc_TypeError, "%s() got an unexpected keyword argument '%S'", name, key);
      return -1;
    }
    if (egcapy_lang_arg(kwargs[i], out) < 0)
      return -1;
  }
  return 0;
}

/* --- Dates ---------------------------------------------------------------------------------------------- */

/* numpy's datetime64 epoch, 1970-01-01, as an egca_date (set at module init). */
egca_date egcapy_unix_epoch;

/* numpy.datetime64 days (days since 1970-01-01) as an egca_date; -1 with InputError outside years 1..9999. */
int egcapy_days_to_date(int64_t days, egca_date *out, const char *what)
{
  /* 0001-01-01 is day -719162 and 9999-12-31 day 2932896 of numpy's count (proleptic Gregorian). */
  if (days < -719162 || days > 2932896) {
    egcapy_raise_input("%s is outside the years 1..9999", what);
    return -1;
  }
  *out = (egca_date)(egcapy_unix_epoch + days);
  return 0;
}

PyObject *egcapy_numpy(void)
{
  static PyObject *name;
  if (name == NULL && (name = PyUnicode_InternFromString("numpy")) == NULL)
    return NULL;
  PyObject *np = PyImport_GetModule(name);
  if (np == Py_None) /* sys.modules['numpy'] = None blocks the import: no numpy */
    Py_CLEAR(np);
  return np;
}

/* numpy.datetime64 when numpy is imported and `obj` is one: 1 with its day in *out, 0 when it is not one,
 * -1 on error (NaT is an InputError: there is no day to answer for). numpy is never imported here. */
static int numpy_datetime64(PyObject *obj, egca_date *out, const char *what)
{
  PyObject *np = egcapy_numpy();
  if (np == NULL)
    return PyErr_Occurred() ? -1 : 0;
  PyObject *type = PyObject_GetAttrString(np, "datetime64");
  Py_DECREF(np);
  if (type == NULL)
    return -1;
  int is = PyObject_IsInstance(obj, type);
  Py_DECREF(type);
  if (is <= 0)
    return is;
  PyObject *days = PyObject_CallMethod(obj, "astype", "s", "datetime64[D]");
  PyObject *number = days == NULL ? NULL : PyObject_CallMethod(days, "astype", "s", "int64");
  Py_XDECREF(days);
  if (number == NULL)
    return -1;
  int overflow = 0;
  long long v = PyLong_AsLongLongAndOverflow(number, &overflow);
  Py_DECREF(number);
  if (v == -1 && PyErr_Occurred())
    return -1;
  if (overflow == 0 && v == INT64_MIN) {
    egcapy_raise_input("%s is NaT (not a time)", what);
    return -1;
  }
  return egcapy_days_to_date(overflow != 0 ? INT64_MAX : (int64_t)v, out, what) < 0 ? -1 : 1;
}

/* The items of a sequence as a tuple the binding owns: a list's items are copied, each with a reference held.
 * Converting an item may run the caller's code (__index__, a __class__ looked up by isinstance), which may
 * change or empty the caller's list; the tuple stays as it was when the call began. */
PyObject *egcapy_items(PyObject *obj, const char *message)
{
  PyObject *seq = PySequence_Fast(obj, message);
  if (seq == NULL)
    return NULL;
  PyObject *items = PySequence_Tuple(seq); /* a tuple is itself: it cannot change */
  Py_DECREF(seq);
  return items;
}

/* A day: a datetime.date, a datetime.datetime or pandas.Timestamp (its own calendar date, in its own zone:
 * the time of day is not used), or a numpy.datetime64 (its day). */
int egcapy_to_date(PyObject *obj, egca_date *out, const char *what)
{
  if (PyDate_Check(obj))
    /* datetime.date covers 0001-01-01..9999-12-31, the same range as egca_date: this cannot fail. */
    return egca_date_from_ymd(out, PyDateTime_GET_YEAR(obj), PyDateTime_GET_MONTH(obj), PyDateTime_GET_DAY(obj));
  int rc = numpy_datetime64(obj, out, what);
  if (rc != 0)
    return rc < 0 ? -1 : 0;
  PyErr_Format(PyExc_TypeError, "%s must be a datetime.date, datetime.datetime or numpy.datetime64, not %.100s",
               what, Py_TYPE(obj)->tp_name);
  return -1;
}

PyObject *egcapy_new_date(egca_date d)
{
  int y, m, day;
  egca_date_to_ymd(d, &y, &m, &day);
  return PyDate_FromDate(y, m, day);
}

/* An int, or an integer of another type (numpy.integer: anything with __index__, never a float or bool). */
int egcapy_to_int(PyObject *obj, int *out, const char *what)
{
  PyObject *number = NULL;
  if (PyLong_Check(obj))
    number = Py_NewRef(obj);
  else if (PyIndex_Check(obj) && !PyBool_Check(obj))
    number = PyNumber_Index(obj);
  else {
    PyErr_Format(PyExc_TypeError, "%s must be an int, not %.100s", what, Py_TYPE(obj)->tp_name);
    return -1;
  }
  if (number == NULL)
    return -1;
  int overflow = 0;
  long v = PyLong_AsLongAndOverflow(number, &overflow);
  Py_DECREF(number);
  if (v == -1 && PyErr_Occurred())
    return -1;
  if (overflow != 0 || v < INT_MIN || v > INT_MAX) {
    egcapy_raise_input("%s is out of range", what);
    return -1;
  }
  *out = (int)v;
  return 0;
}

/* The first tentative year among [lo, hi] (either order), for the warning's text (0 when none is found). */
static int tentative_year(const egca_calendar *cal, egca_date lo, egca_date hi)
{
  int ylo, yhi;
  egca_date_to_ymd(lo <= hi ? lo : hi, &ylo, NULL, NULL);
  egca_date_to_ymd(lo <= hi ? hi : lo, &yhi, NULL, NULL);
  for (int y = ylo; y <= yhi; y++)
    if (egca_calendar_year_coverage(cal, y) == EGCA_COVERAGE_TENTATIVE)
      return y;
  return 0;
}

/* Issues egca.ProvisionalWarning for an answer resting on a tentative day between lo and hi, attributed to
 * the Python frame `stacklevel` levels up (1: the caller of a C method; 2: the caller of a package function
 * that calls one). Returns -1 when the warnings filter turned it into an exception. */
int egcapy_warn_provisional(const egca_calendar *cal, egca_date lo, egca_date hi, int stacklevel, egca_lang lang)
{
  const int year = tentative_year(cal, lo, hi);
  char text[512];
  if (year != 0)
    snprintf(text, sizeof text,
             EGCAPY_TR(lang,
                       "provisional: the answer rests on %d, a tentative year (its holiday notice is not published; "
                       "any weekday may yet become a holiday or a make-up working day)",
                       "暂定：答案依据%d年，该年为暂定年份（其节假日安排通知尚未发布，任何工作日都可能成为节假日或调休上班日）"),
             year);
  else
    snprintf(text, sizeof text, "%s",
             EGCAPY_TR(lang, "provisional: the answer rests on a tentative year", "暂定：答案依据暂定年份"));
  return PyErr_WarnEx(ProvisionalWarning, text, stacklevel);
}

int egcapy_check_nargs(Py_ssize_t nargs, Py_ssize_t want, const char *name)
{
  if (nargs == want)
    return 0;
  PyErr_Format(PyExc_TypeError, "%s() takes %zd argument%s (%zd given)", name, want, want == 1 ? "" : "s", nargs);
  return -1;
}

/* An exception class whose instances default every location attribute to None. */
static PyObject *new_error_class(const char *name, const char *doc, PyObject *bases)
{
  PyObject *dict = Py_BuildValue("{s:O,s:O,s:O,s:O,s:O,s:O,s:O,s:O}", "message", Py_None, "source", Py_None, "line",
                                 Py_None, "column", Py_None, "pointer", Py_None, "year", Py_None, "code", Py_None,
                                 "index", Py_None);
  if (dict == NULL)
    return NULL;
  PyObject *cls = PyErr_NewExceptionWithDoc(name, doc, bases, dict);
  Py_DECREF(dict);
  return cls;
}

int egcapy_add_object(PyObject *module, const char *name, PyObject *obj)
{
  if (obj == NULL)
    return -1;
  Py_INCREF(obj);
  if (PyModule_AddObject(module, name, obj) < 0) {
    Py_DECREF(obj);
    return -1;
  }
  return 0;
}

/* Readies what the functions above need (the datetime C API, the Unix epoch, the default language from
 * EGCA_LANG) and adds the exception classes and the warning to `module`. Returns 0, or -1 with an exception
 * set. */
int egcapy_common_init(PyObject *module)
{
  PyDateTime_IMPORT;
  egca_date_from_ymd(&egcapy_unix_epoch, 1970, 1, 1);
  const char *env = getenv("EGCA_LANG");
  if (env != NULL && *env != '\0' && egca_lang_parse(env, &egcapy_default_lang) != EGCA_OK)
    egcapy_default_lang = EGCA_LANG_ZH; /* a value that names neither language: the default, as the command */
  if (PyDateTimeAPI == NULL)
    return -1;
  if (Error == NULL) {
    Error = new_error_class("egca.Error",
                            "An egca failure. str(e) is the located message; the attributes give its parts:\n"
                            "message, source (file or '<memory:NAME>'), line and column (1-based), pointer (a JSON\n"
                            "pointer into a profile or case), year (for CoverageError), index (the failing\n"
                            "element of a bulk call) and code (the C status code); None where unknown.",
                            PyExc_Exception);
    PyObject *input_bases = Error != NULL ? PyTuple_Pack(2, Error, PyExc_ValueError) : NULL;
    CoverageError = Error != NULL ? new_error_class("egca.CoverageError",
                                                    "A day outside the calendar's coverage (`year` names the year), "
                                                    "or a tentative day on a strict calendar.",
                                                    Error)
                                  : NULL;
    DataError = Error != NULL ? new_error_class("egca.DataError",
                                                "Holiday data or rules that cannot be loaded: unreadable, malformed "
                                                "or conflicting (`source` names the file).",
                                                Error)
                              : NULL;
    InputError = input_bases != NULL ? new_error_class("egca.InputError",
                                                       "A bad argument, profile or case (`pointer` locates a bad "
                                                       "JSON value). Also a ValueError.",
                                                       input_bases)
                                     : NULL;
    Py_XDECREF(input_bases);
    ProvisionalWarning = PyErr_NewExceptionWithDoc("egca.ProvisionalWarning",
                                                   "An answer rests on a tentative year: its holiday notice is not "
                                                   "published, so any weekday may yet change.",
                                                   PyExc_UserWarning, NULL);
    if (CoverageError == NULL || DataError == NULL || InputError == NULL || ProvisionalWarning == NULL) {
      return -1;
    }
  }
  if (egcapy_add_object(module, "Error", Error) < 0 || egcapy_add_object(module, "CoverageError", CoverageError) < 0 ||
      egcapy_add_object(module, "DataError", DataError) < 0 ||
      egcapy_add_object(module, "InputError", InputError) < 0 ||
      egcapy_add_object(module, "ProvisionalWarning", ProvisionalWarning) < 0)
    return -1;
  return 0;
}
