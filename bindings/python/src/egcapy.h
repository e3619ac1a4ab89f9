/* egca._egca — what the extension's source files share: errors, dates, warnings (common.c), the Calendar
 * type (calendar.c), the Rules type and the deadline, assessment and timeline entry points (rules.c), batches
 * (batch.c). module.c makes the module and calls each part's init. */
#ifndef EGCAPY_H
#define EGCAPY_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <egca/calendar.h>
#include <egca/date.h>
#include <egca/error.h>
#include <egca/rules.h>

#if PY_VERSION_HEX < 0x030A0000
static inline PyObject *Py_NewRef(PyObject *obj)
{
  Py_INCREF(obj);
  return obj;
}
#endif

/* Readies common.c (the datetime C API, the epoch, the default language) and adds the exception classes and
 * the warning to the module. Returns 0, or -1 with an exception set. */
int egcapy_common_init(PyObject *module);

/* Which exception a parse, I/O or validity failure becomes: bad holiday data or rules are DataError, a
 * caller's bad argument, profile or case is InputError. */
typedef enum egcapy_origin { FROM_INPUT, FROM_DATA } egcapy_origin;

/* Raises the Python exception for a failed C call: str(exc) is the whole located message (as the command
 * line prints it, after `prefix` when given); the attributes carry its parts; `index` (or -1) names the
 * failing element of a bulk call. Returns NULL. */
PyObject *egcapy_raise_error(int rc, const egca_error *err, egcapy_origin from, const char *prefix, Py_ssize_t index);

/* The package's default language (EGCA_LANG when egca was imported, else Chinese), read-only after import. */
extern egca_lang egcapy_default_lang;
/* A text of the binding's own in two languages, English first (as EGCA__TR in the library). */
#define EGCAPY_TR(lang, en, zh) ((lang) == EGCA_LANG_EN ? (en) : (zh))

/* A lang= argument: NULL or None the default, 'zh' or 'en'; TypeError for another type, InputError for
 * another text. Returns 0 or -1. */
int egcapy_lang_arg(PyObject *obj, egca_lang *out);

/* The keyword arguments of a METH_FASTCALL | METH_KEYWORDS method that takes lang= only (kwnames and their
 * values after the positional ones): *out the language (the default when absent); TypeError naming method
 * `name` for another keyword. Returns 0 or -1. */
int egcapy_lang_kw(PyObject *kwnames, PyObject *const *kwargs, const char *name, egca_lang *out);

/* Raises InputError with a formatted message. Returns NULL. */
PyObject *egcapy_raise_input(const char *fmt, ...);
/* egca._sources.NAME(arg): the (name, text) bytes pairs of the files a load names, or None. */
PyObject *egcapy_read_sources(const char *name, PyObject *arg);

/* A datetime.date (not a datetime.datetime) as a serial day; TypeError naming `what` otherwise. */
int egcapy_to_date(PyObject *obj, egca_date *out, const char *what);
/* A sequence's items as a new tuple (copied from a list), safe to iterate while converting them. */
PyObject *egcapy_items(PyObject *obj, const char *message);

/* A new datetime.date. */
PyObject *egcapy_new_date(egca_date d);

/* numpy support without a build dependency on numpy: the module is looked up in sys.modules (an array can
 * only exist once numpy is imported) and arrays are read and written through the buffer protocol. */
PyObject *egcapy_numpy(void); /* numpy if imported (a new reference), else NULL (an error set only on failure) */
extern egca_date egcapy_unix_epoch;
int egcapy_days_to_date(int64_t days, egca_date *out, const char *what);

/* An int that fits a C int; TypeError or InputError naming `what` otherwise. */
int egcapy_to_int(PyObject *obj, int *out, const char *what);

/* TypeError unless a fast-call method got `want` arguments. */
int egcapy_check_nargs(Py_ssize_t nargs, Py_ssize_t want, const char *name);

/* Issues egca.ProvisionalWarning for an answer resting on a tentative day between lo and hi (either
 * order), attributed to the Python frame `stacklevel` levels up (1: the caller of a C function; 2: the
 * caller of a package function that calls one), its text in `lang`. Returns -1 when the warnings filter made it
 * an error. */
int egcapy_warn_provisional(const egca_calendar *cal, egca_date lo, egca_date hi, int stacklevel, egca_lang lang);

/* Adds a new reference to `obj` to the module as `name`; -1 on failure (or when obj is NULL). */
int egcapy_add_object(PyObject *module, const char *name, PyObject *obj);

/* calendar.c: readies the Calendar type and adds it to the module. */
int egcapy_calendar_init(PyObject *module);

/* calendar.c: the C calendar of a Calendar, or of the default calendar when obj is None (borrowed; it
 * lives as long as the module). TypeError for anything else. */
const egca_calendar *egcapy_calendar_arg(PyObject *obj);

/* calendar.c: for timeline and timelines, the national calendar of a calendar argument (as
 * egcapy_calendar_arg) and its offices' calendars, which count each case's acceptance (NULL when the Calendar
 * has none). InputError for an office's own calendar (Calendar.for_office of a region with rest days of its
 * own): only the acceptance counts on it. Returns 0, or -1 with an exception set. */
int egcapy_timeline_calendars(PyObject *obj, const egca_calendar **national, egca_office_calendars **offices);

/* calendar.c: the reading of receipt_after_hours named `text` ("next_working_day", "as_dated"); InputError
 * otherwise. Returns 0 or -1. */
int egcapy_receipt_reading(const char *text, egca_receipt_reading *out);

/* rules.c: the C rules of a Rules, or the shipped rules when obj is None (borrowed). TypeError otherwise. */
const egca_rules *egcapy_rules_arg(PyObject *obj);

/* readings: a tuple of (question, reading) str pairs (egca/__init__.py builds it from the caller's
 * mapping). Fills a new array (PyMem_Free) whose strings are borrowed from the tuple, which must outlive
 * its use; each pair is checked against the rules' questions (InputError naming an unknown one). NULL with
 * an exception on failure; *count 0 gives a non-NULL array too. */
egca_reading_choice *egcapy_readings(PyObject *tuple, const egca_rules *rules, size_t *count);

/* batch.c: readies the Batch type and adds it and violation_codes. */
int egcapy_batch_init(PyObject *module);

/* rules.c: readies the Rules type and adds it and the deadline, assessment and timeline functions. */
int egcapy_rules_init(PyObject *module);

#endif
