/* egca._egca — the Rules type, and the deadline, assessment and timeline entry points: each returns the
 * library's JSON text (the command line's --format json output), which the package turns into objects. */
#include "egcapy.h"

#include <egca/assess.h>
#include <egca/case.h>
#include <egca/period.h>
#include <egca/rules.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* --- Rules ------------------------------------------------------------------------------------------------ */

typedef struct rules_object {
  PyObject_HEAD
  egca_rules *rules;
  PyObject *sources; /* Rules.load: the four files' (name, text) bytes pairs, read once, for pickling */
} rules_object;

static PyTypeObject rules_type;
static PyObject *default_rules; /* Rules.default(), built on first use */

static PyObject *rules_wrap(egca_rules *rules)
{
  rules_object *self = (rules_object *)rules_type.tp_alloc(&rules_type, 0);
  if (self == NULL) {
    egca_rules_free(rules);
    return NULL;
  }
  self->rules = rules;
  return (PyObject *)self;
}

static void rules_dealloc(PyObject *obj)
{
  egca_rules_free(((rules_object *)obj)->rules);
  Py_XDECREF(((rules_object *)obj)->sources);
  Py_TYPE(obj)->tp_free(obj);
}

static PyObject *rules_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
  (void)type;
  (void)args;
  (void)kwargs;
  PyErr_SetString(PyExc_TypeError, "Rules come from Rules.default() or Rules.load(directory)");
  return NULL;
}

PyDoc_STRVAR(rules_default_doc,
"default($type, /)\n--\n\n"
"The licence's rules shipped with egca (deadlines, conditions, materials; embedded, no file read). The\n"
"rules are immutable: one shared object is returned.");

static PyObject *rules_default(PyObject *cls, PyObject *unused)
{
  (void)cls;
  (void)unused;
  if (default_rules != NULL)
    return Py_NewRef(default_rules);
  egca_rules *rules = NULL;
  egca_error err = {0};
  int rc = egca_rules_default(&rules, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_DATA, NULL, -1);
  PyObject *obj = rules_wrap(rules);
  if (obj != NULL && default_rules == NULL)
    default_rules = Py_NewRef(obj);
  return obj;
}

PyDoc_STRVAR(rules_load_doc,
"load($type, /, directory, *, lang=None)\n--\n\n"
"Rules read from a directory holding deadlines.json, conditions.json, materials.json and readings.json\n"
"(the format of rules/ in the source tree). Raises DataError naming the file, line, column and JSON pointer of a bad\n"
"value, or the file that cannot be read.\n\n"
"The files are read once and the rules keep their text: they pickle by value (multiprocessing,\n"
"joblib), and the other process reads no file.");

/* Rules from the four files' (name, text) bytes pairs, keeping them (as a tuple) for pickling. */
static PyObject *rules_from_sources(PyObject *sources, egca_lang lang)
{
  PyObject *pairs = PySequence_Tuple(sources);
  if (pairs == NULL)
    return NULL;
  const char *names[EGCA_RULES_FILES], *texts[EGCA_RULES_FILES];
  size_t lengths[EGCA_RULES_FILES];
  for (Py_ssize_t i = 0; i < EGCA_RULES_FILES; i++) {
    PyObject *p = i < PyTuple_GET_SIZE(pairs) ? PyTuple_GET_ITEM(pairs, i) : NULL;
    if (PyTuple_GET_SIZE(pairs) != EGCA_RULES_FILES || !PyTuple_Check(p) || PyTuple_GET_SIZE(p) != 2 ||
        !PyBytes_Check(PyTuple_GET_ITEM(p, 0)) || !PyBytes_Check(PyTuple_GET_ITEM(p, 1))) {
      Py_DECREF(pairs);
      PyErr_SetString(PyExc_TypeError, "rules sources must be four (name, text) pairs of bytes");
      return NULL;
    }
    names[i] = PyBytes_AS_STRING(PyTuple_GET_ITEM(p, 0));
    texts[i] = PyBytes_AS_STRING(PyTuple_GET_ITEM(p, 1));
    lengths[i] = (size_t)PyBytes_GET_SIZE(PyTuple_GET_ITEM(p, 1));
  }
  egca_rules *rules = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_rules_parse(&rules, names, texts, lengths, &err);
  if (rc < 0) {
    Py_DECREF(pairs);
    return egcapy_raise_error(rc, &err, FROM_DATA, NULL, -1);
  }
  PyObject *obj = rules_wrap(rules);
  if (obj == NULL)
    Py_DECREF(pairs);
  else
    ((rules_object *)obj)->sources = pairs;
  return obj;
}

/* Rules._from_sources(sources): unpickling. */
static PyObject *rules_from_sources_method(PyObject *cls, PyObject *sources)
{
  (void)cls;
  return rules_from_sources(sources, egcapy_default_lang);
}

static PyObject *rules_load(PyObject *cls, PyObject *args, PyObject *kwargs)
{
  (void)cls;
  static char *keywords[] = {"directory", "lang", NULL};
  PyObject *dir = NULL, *lang_obj = NULL;
  egca_lang lang;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O&|$O:load", keywords, PyUnicode_FSConverter, &dir, &lang_obj))
    return NULL;
  if (egcapy_lang_arg(lang_obj, &lang) < 0) {
    Py_DECREF(dir);
    return NULL;
  }
  /* The files are read once, here; a directory the library would refuse is loaded by it, for its message. */
  PyObject *sources = egcapy_read_sources("rules_sources", dir);
  if (sources == NULL || sources != Py_None) {
    Py_DECREF(dir);
    PyObject *obj = sources == NULL ? NULL : rules_from_sources(sources, lang);
    Py_XDECREF(sources);
    return obj;
  }
  Py_DECREF(sources);
  egca_rules *rules = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_rules_load(&rules, PyBytes_AS_STRING(dir), &err);
  Py_DECREF(dir);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_DATA, NULL, -1);
  return rules_wrap(rules);
}

/* The distinct deadline rule ids, in file order. */
static PyObject *rules_get_deadline_ids(PyObject *obj, void *closure)
{
  (void)closure;
  const egca_rules *rules = ((rules_object *)obj)->rules;
  PyObject *ids = PyList_New(0);
  const size_t n = egca_rules_deadline_count(rules);
  for (size_t i = 0; ids != NULL && i < n; i++) {
    PyObject *id = PyUnicode_FromString(egca_deadline_rule_id(egca_rules_deadline_at(rules, i)));
    int seen = id != NULL ? PySequence_Contains(ids, id) : -1;
    if (seen < 0 || (seen == 0 && PyList_Append(ids, id) < 0))
      Py_CLEAR(ids);
    Py_XDECREF(id);
  }
  return ids;
}

static PyObject *rules_repr(PyObject *obj)
{
  PyObject *ids = rules_get_deadline_ids(obj, NULL);
  if (ids == NULL)
    return NULL;
  PyObject *text = PyUnicode_FromFormat("<egca.Rules with %zd deadline rules>", PyList_GET_SIZE(ids));
  Py_DECREF(ids);
  return text;
}

PyDoc_STRVAR(rules_reduce_doc,
"__reduce__($self, /)\n--\n\n"
"Pickling: Rules.default() pickles as itself and unpickles to the shared default rules of this process;\n"
"rules from Rules.load by value, with the text of their files as read when they were loaded.");

static PyObject *rules_reduce(PyObject *obj, PyObject *unused)
{
  (void)unused;
  PyObject *sources = ((rules_object *)obj)->sources;
  if (sources != NULL) {
    PyObject *method = PyObject_GetAttrString((PyObject *)&rules_type, "_from_sources");
    PyObject *result = method == NULL ? NULL : Py_BuildValue("(O(O))", method, sources);
    Py_XDECREF(method);
    return result;
  }
  if (obj != default_rules) {
    PyErr_SetString(PyExc_TypeError, "these Rules were loaded from a directory that changed while they were read: "
                                     "they cannot be pickled; load them again");
    return NULL;
  }
  PyObject *method = PyObject_GetAttrString((PyObject *)&rules_type, "default");
  PyObject *result = method == NULL ? NULL : Py_BuildValue("(O())", method);
  Py_XDECREF(method);
  return result;
}

static PyMethodDef rules_methods[] = {
  {"__reduce__", rules_reduce, METH_NOARGS, rules_reduce_doc},
  {"_from_sources", rules_from_sources_method, METH_CLASS | METH_O,
   "_from_sources($type, sources, /)\n--\n\nUnpickling rules of Rules.load."},
  {"default", rules_default, METH_CLASS | METH_NOARGS, rules_default_doc},
  {"load", (PyCFunction)(void (*)(void))rules_load, METH_CLASS | METH_VARARGS | METH_KEYWORDS, rules_load_doc},
  {NULL, NULL, 0, NULL},
};

static PyGetSetDef rules_getset[] = {
  {"deadline_ids", rules_get_deadline_ids, NULL, "The ids of the deadline rules, in file order.", NULL},
  {NULL, NULL, NULL, NULL, NULL},
};

PyDoc_STRVAR(rules_doc,
"The licence's rules as data: deadlines, qualification conditions, application materials.\n\n"
"Rules.default() gives the shipped rules; Rules.load(directory) reads others. Immutable: share freely.");

static PyTypeObject rules_type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "egca.Rules",
  .tp_basicsize = sizeof(rules_object),
  .tp_itemsize = 0,
  .tp_flags = Py_TPFLAGS_DEFAULT,
  .tp_doc = rules_doc,
  .tp_new = rules_new,
  .tp_dealloc = rules_dealloc,
  .tp_repr = rules_repr,
  .tp_methods = rules_methods,
  .tp_getset = rules_getset,
};

/* --- Deadlines, assessment, timeline ------------------------------------------------------------------------ */
/* These return the library's JSON text (the command line's --format json output); the package turns it into
 * result objects. Provisional answers warn from here, attributed to the caller of the package function. */

/* The default rules when `obj` is None, else `obj` checked to be Rules (borrowed). */
static const egca_rules *rules_arg(PyObject *obj)
{
  if (obj == Py_None) {
    PyObject *rules = rules_default((PyObject *)&rules_type, NULL);
    if (rules == NULL)
      return NULL;
    Py_DECREF(rules); /* default_rules keeps it */
    return ((rules_object *)rules)->rules;
  }
  if (!PyObject_TypeCheck(obj, &rules_type)) {
    PyErr_Format(PyExc_TypeError, "rules must be an egca.Rules or None, not %.100s", Py_TYPE(obj)->tp_name);
    return NULL;
  }
  return ((rules_object *)obj)->rules;
}

const egca_rules *egcapy_rules_arg(PyObject *obj) { return rules_arg(obj); }

static int parse_policy(const char *text, egca_roll_policy *out)
{
  if (strcmp(text, "earlier") == 0)
    *out = EGCA_POLICY_EARLIER;
  else if (strcmp(text, "later") == 0)
    *out = EGCA_POLICY_LATER;
  else {
    egcapy_raise_input("policy must be \"earlier\" or \"later\", not \"%.100s\"", text);
    return -1;
  }
  return 0;
}

egca_reading_choice *egcapy_readings(PyObject *tuple, const egca_rules *rules, size_t *count)
{
  if (!PyTuple_Check(tuple)) {
    PyErr_SetString(PyExc_TypeError, "readings must be a tuple of (question, reading) pairs");
    return NULL;
  }
  const Py_ssize_t n = PyTuple_GET_SIZE(tuple);
  egca_reading_choice *out = PyMem_Malloc((size_t)(n > 0 ? n : 1) * sizeof *out);
  if (out == NULL) {
    PyErr_NoMemory();
    return NULL;
  }
  for (Py_ssize_t i = 0; i < n; i++) {
    PyObject *pair = PyTuple_GET_ITEM(tuple, i);
    if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(pair, 0)) ||
        !PyUnicode_Check(PyTuple_GET_ITEM(pair, 1))) {
      PyErr_SetString(PyExc_TypeError, "readings must map question ids (str) to reading ids (str)");
      goto fail;
    }
    out[i].question = PyUnicode_AsUTF8(PyTuple_GET_ITEM(pair, 0));
    out[i].reading = out[i].question != NULL ? PyUnicode_AsUTF8(PyTuple_GET_ITEM(pair, 1)) : NULL;
    if (out[i].reading == NULL)
      goto fail;
    const egca_question *q = egca_rules_question(rules, out[i].question);
    size_t k = 0;
    while (q != NULL && k < egca_question_reading_count(q) && strcmp(egca_question_reading_id(q, k), out[i].reading) != 0)
      k++;
    if (q == NULL) {
      egcapy_raise_input("readings: unknown question \"%.100s\" (egca.questions() lists them)", out[i].question);
      goto fail;
    }
    if (k == egca_question_reading_count(q)) {
      egcapy_raise_input("readings: question \"%s\" has no reading \"%.100s\": it has %s and %s", out[i].question,
                         out[i].reading, egca_question_reading_id(q, 0), egca_question_reading_id(q, 1));
      goto fail;
    }
  }
  *count = (size_t)n;
  return out;
fail:
  PyMem_Free(out);
  return NULL;
}

/* A JSON text the library allocated, as str; the library's free function releases it. */
static PyObject *json_text(char *text, void (*release)(char *))
{
  PyObject *s = PyUnicode_DecodeUTF8(text, (Py_ssize_t)strlen(text), "strict");
  release(text);
  return s;
}

/* pauses: a sequence of (from, to) pairs of dates, `to` None for an open pause. A new array (PyMem_Free).
 * The conversion runs the caller's code (a pair's __len__ and __getitem__, a list subclass's methods),
 * which may change the sequence or drop its items: it works on a tuple of the items taken first, holding
 * a reference to each, never on the caller's list itself. */
static egca_pause *pauses_array(PyObject *obj, size_t *count)
{
  PyObject *fast = egcapy_items(obj, "pauses must be a sequence of (from, to) pairs");
  if (fast == NULL)
    return NULL;
  const Py_ssize_t n = PyTuple_GET_SIZE(fast);
  egca_pause *pauses = PyMem_Malloc((size_t)(n > 0 ? n : 1) * sizeof *pauses);
  if (pauses == NULL) {
    Py_DECREF(fast);
    PyErr_NoMemory();
    return NULL;
  }
  for (Py_ssize_t i = 0; i < n; i++) {
    PyObject *pair = PyTuple_GET_ITEM(fast, i); /* the tuple holds it */
    char what[48];
    snprintf(what, sizeof what, "pauses[%zd][0]", i);
    if (!PySequence_Check(pair) || PyUnicode_Check(pair) || PySequence_Size(pair) != 2) {
      PyErr_Clear();
      PyErr_Format(PyExc_TypeError, "pauses[%zd] must be a (from, to) pair of dates (to None: still running)", i);
      goto fail;
    }
    PyObject *from = PySequence_GetItem(pair, 0);
    PyObject *to = from != NULL ? PySequence_GetItem(pair, 1) : NULL;
    int rc = to == NULL ? -1 : egcapy_to_date(from, &pauses[i].from, what);
    if (rc == 0 && to == Py_None)
      pauses[i].to = EGCA_DATE_NONE;
    else if (rc == 0) {
      snprintf(what, sizeof what, "pauses[%zd][1]", i);
      rc = egcapy_to_date(to, &pauses[i].to, what);
    }
    Py_XDECREF(from);
    Py_XDECREF(to);
    if (rc < 0)
      goto fail;
  }
  Py_DECREF(fast);
  *count = (size_t)n;
  return pauses;
fail:
  PyMem_Free(pauses);
  Py_DECREF(fast);
  return NULL;
}

PyDoc_STRVAR(deadline_json_doc,
"deadline_json($module, rule, start, pauses, policy, readings, calendar, rules, lang=None, /)\n--\n\n"
"The deadline as the JSON text of `egca deadline --format json` (trace included).");

static PyObject *module_deadline_json(PyObject *module, PyObject *args)
{
  (void)module;
  const char *rule_id, *policy_text;
  PyObject *start_obj, *pauses_obj, *readings_obj, *calendar_obj, *rules_obj, *lang_obj = NULL;
  egca_lang lang;
  if (!PyArg_ParseTuple(args, "sOOsOOO|O:deadline_json", &rule_id, &start_obj, &pauses_obj, &policy_text,
                        &readings_obj, &calendar_obj, &rules_obj, &lang_obj) ||
      egcapy_lang_arg(lang_obj, &lang) < 0)
    return NULL;
  egca_date start;
  egca_deadline_options options = {.pauses = NULL, .pause_count = 0, .policy = EGCA_POLICY_EARLIER, .trace = 1,
                                   .lang = lang};
  const egca_calendar *cal;
  const egca_rules *rules;
  if (egcapy_to_date(start_obj, &start, "start") < 0 || parse_policy(policy_text, &options.policy) < 0 ||
      (cal = egcapy_calendar_arg(calendar_obj)) == NULL || (rules = rules_arg(rules_obj)) == NULL)
    return NULL;
  egca_reading_choice *picks = egcapy_readings(readings_obj, rules, &options.reading_count);
  if (picks == NULL)
    return NULL;
  options.readings = picks;
  egca_pause *pauses = pauses_array(pauses_obj, &options.pause_count);
  if (pauses == NULL) {
    PyMem_Free(picks);
    return NULL;
  }
  options.pauses = pauses;
  egca_deadline deadline;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_deadline_compute(&deadline, rules, cal, rule_id, start, &options, &err);
  PyMem_Free(pauses);
  PyMem_Free(picks);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  char *text = NULL;
  int jrc = egca_deadline_to_json(&text, &deadline, &err);
  if (jrc < 0)
    return egcapy_raise_error(jrc, &err, FROM_INPUT, NULL, -1);
  PyObject *result = json_text(text, egca_deadline_string_free);
  if (result != NULL && rc == EGCA_PROVISIONAL &&
      egcapy_warn_provisional(cal, start, deadline.due != EGCA_DATE_NONE ? deadline.due : start, 2, lang) < 0)
    Py_CLEAR(result);
  return result;
}

/* The path of a profile or case file (str, bytes or os.PathLike), as bytes (a new reference), for the
 * library to read: egca_profile_load and egca_case_load read it with the limits the command has (16 MiB, 64
 * MiB). Only a regular file is read: opening a FIFO waits for a writer, and a device (/dev/zero) may never
 * end. A path that cannot be looked up raises the OSError open() would (FileNotFoundError...). NULL with
 * the exception set on failure. */
static PyObject *document_path(PyObject *obj)
{
  PyObject *path = NULL;
  if (!PyUnicode_FSConverter(obj, &path))
    return NULL;
  struct stat st;
  if (stat(PyBytes_AS_STRING(path), &st) != 0) {
    PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, obj);
    Py_DECREF(path);
    return NULL;
  }
  if (!S_ISREG(st.st_mode)) {
    egcapy_raise_input("%s: not a regular file (a directory, a FIFO or a device is not read)", PyBytes_AS_STRING(path));
    Py_DECREF(path);
    return NULL;
  }
  return path;
}

/* A JSON document handed over as bytes (UTF-8) or str. */
static int json_input(PyObject *obj, const char **data, Py_ssize_t *len)
{
  if (PyBytes_Check(obj))
    return PyBytes_AsStringAndSize(obj, (char **)data, len);
  if (PyUnicode_Check(obj))
    return (*data = PyUnicode_AsUTF8AndSize(obj, len)) == NULL ? -1 : 0;
  PyErr_Format(PyExc_TypeError, "expected JSON text as str or bytes, not %.100s", Py_TYPE(obj)->tp_name);
  return -1;
}

PyDoc_STRVAR(assess_json_doc,
"assess_json($module, profile_json, source, rules, path, lang=None, /)\n--\n\n"
"The assessment of a profile (JSON text; or, when path is not None, the file the library reads there)\n"
"as the JSON text of `egca assess --format json`.");

static PyObject *module_assess_json(PyObject *module, PyObject *args)
{
  (void)module;
  PyObject *text_obj, *rules_obj, *path_obj, *lang_obj = NULL;
  const char *source;
  egca_lang lang;
  if (!PyArg_ParseTuple(args, "OsOO|O:assess_json", &text_obj, &source, &rules_obj, &path_obj, &lang_obj) ||
      egcapy_lang_arg(lang_obj, &lang) < 0)
    return NULL;
  const char *data = NULL;
  Py_ssize_t len = 0;
  const egca_rules *rules;
  PyObject *path = NULL;
  if ((path_obj != Py_None ? (path = document_path(path_obj)) == NULL : json_input(text_obj, &data, &len) < 0) ||
      (rules = rules_arg(rules_obj)) == NULL) {
    Py_XDECREF(path);
    return NULL;
  }
  egca_profile *profile = NULL;
  egca_assessment *assessment = NULL;
  char *json = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc;
  Py_BEGIN_ALLOW_THREADS
  if (path != NULL)
    rc = egca_profile_load(&profile, PyBytes_AS_STRING(path), &err);
  else
    rc = egca_profile_parse(&profile, data, (size_t)len, source, &err);
  if (rc >= 0)
    rc = egca_assess(&assessment, rules, profile, lang, &err);
  if (rc >= 0)
    rc = egca_assessment_to_json(&json, assessment, &err);
  egca_assessment_free(assessment);
  egca_profile_free(profile);
  Py_END_ALLOW_THREADS
  Py_XDECREF(path);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  return json_text(json, egca_assessment_string_free);
}

PyDoc_STRVAR(timeline_json_doc,
"timeline_json($module, case_json, source, as_of, policy, readings, calendar, rules, path, receipt='next_working_day', lang=None, /)\n--\n\n"
"The timeline of a case (JSON text; or, when path is not None, the file the library reads there) as of a\n"
"date: (the JSON text of `egca timeline --format json`,\n"
"whether it is clean (the command's exit 0), a tuple saying for each finding whether it is a violation).");

/* The arguments of timeline_json and timeline_html, taken once: the case (its text, or the file the library
 * reads), the date, the readings, the calendars and the rules. */
typedef struct case_call {
  const char *data, *source;
  Py_ssize_t len;
  PyObject *path; /* bytes, or NULL: the text */
  egca_date as_of;
  egca_timeline_options options;
  egca_reading_choice *picks;
  const egca_calendar *cal;
  const egca_rules *rules;
} case_call;

/* Parses `args` (format as the two functions' signatures); 0, or -1 with the exception set. */
static int case_call_begin(case_call *k, PyObject *args, const char *format)
{
  PyObject *text_obj, *as_of_obj, *readings_obj, *calendar_obj, *rules_obj, *path_obj, *lang_obj = NULL;
  const char *policy_text, *receipt_text = "next_working_day";
  *k = (case_call){.options = {.policy = EGCA_POLICY_EARLIER}};
  if (!PyArg_ParseTuple(args, format, &text_obj, &k->source, &as_of_obj, &policy_text, &readings_obj, &calendar_obj,
                        &rules_obj, &path_obj, &receipt_text, &lang_obj) ||
      egcapy_lang_arg(lang_obj, &k->options.lang) < 0)
    return -1;
  if (egcapy_to_date(as_of_obj, &k->as_of, "as_of") < 0 || parse_policy(policy_text, &k->options.policy) < 0 ||
      egcapy_receipt_reading(receipt_text, &k->options.receipt) < 0 ||
      egcapy_timeline_calendars(calendar_obj, &k->cal, &k->options.office_calendars) < 0 ||
      (k->rules = rules_arg(rules_obj)) == NULL)
    return -1;
  if ((k->picks = egcapy_readings(readings_obj, k->rules, &k->options.reading_count)) == NULL)
    return -1;
  k->options.readings = k->picks;
  if (path_obj != Py_None ? (k->path = document_path(path_obj)) == NULL
                          : json_input(text_obj, &k->data, &k->len) < 0) {
    PyMem_Free(k->picks);
    return -1;
  }
  return 0;
}

/* Reads and evaluates the case, without the GIL (the caller has released it): the result of
 * egca_case_evaluate. The caller frees *timeline and then *c (the timeline refers to the case's texts). */
static int case_call_evaluate(const case_call *k, egca_case **c, egca_timeline **timeline, egca_error *err)
{
  int rc = k->path != NULL ? egca_case_load(c, PyBytes_AS_STRING(k->path), err)
                           : egca_case_parse(c, k->data, (size_t)k->len, k->source, err);
  if (rc >= 0)
    rc = egca_timeline_new(timeline, err);
  if (rc >= 0)
    rc = egca_case_evaluate(*timeline, *c, k->cal, k->rules, k->as_of, &k->options, err);
  return rc;
}

static void case_call_end(case_call *k)
{
  Py_XDECREF(k->path);
  PyMem_Free(k->picks);
}

static PyObject *module_timeline_json(PyObject *module, PyObject *args)
{
  (void)module;
  case_call k;
  if (case_call_begin(&k, args, "OsOsOOOO|sO:timeline_json") < 0)
    return NULL;
  egca_case *c = NULL;
  egca_timeline *timeline = NULL;
  char *json = NULL;
  egca_error err;
  egca_error_init(&err, k.options.lang);
  int rc, evaluated = 0, clean = 0;
  egca_date lo = EGCA_DATE_NONE, hi = EGCA_DATE_NONE;
  unsigned char *violations = NULL;
  size_t finding_count = 0;
  Py_BEGIN_ALLOW_THREADS
  rc = case_call_evaluate(&k, &c, &timeline, &err);
  if (rc >= 0) {
    evaluated = rc;
    /* The span of the provisional due dates, for the warning. */
    for (size_t i = 0; i < egca_timeline_deadline_count(timeline); i++) {
      const egca_timeline_deadline *d = egca_timeline_deadline_at(timeline, i);
      if (!d->provisional)
        continue;
      const egca_date day = d->due != EGCA_DATE_NONE ? d->due : d->anchor;
      if (lo == EGCA_DATE_NONE || day < lo)
        lo = day;
      if (hi == EGCA_DATE_NONE || day > hi)
        hi = day;
    }
    clean = egca_timeline_clean(timeline);
    finding_count = egca_timeline_finding_count(timeline);
    violations = malloc(finding_count > 0 ? finding_count : 1);
    for (size_t i = 0; violations != NULL && i < finding_count; i++)
      violations[i] = (unsigned char)egca_finding_code_is_violation(egca_timeline_finding_at(timeline, i)->code);
    rc = violations == NULL ? EGCA_E_NOMEM : egca_timeline_to_json(&json, timeline, 0, &err);
  }
  egca_timeline_free(timeline);
  egca_case_free(c);
  Py_END_ALLOW_THREADS
  case_call_end(&k);
  if (rc < 0) {
    free(violations);
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  }
  PyObject *text = json_text(json, egca_timeline_string_free);
  PyObject *flags = PyTuple_New((Py_ssize_t)finding_count);
  for (size_t i = 0; flags != NULL && i < finding_count; i++)
    PyTuple_SET_ITEM(flags, (Py_ssize_t)i, Py_NewRef(violations[i] ? Py_True : Py_False));
  free(violations);
  if (text == NULL || flags == NULL ||
      (evaluated == EGCA_PROVISIONAL &&
       egcapy_warn_provisional(k.cal, lo != EGCA_DATE_NONE ? lo : k.as_of, hi != EGCA_DATE_NONE ? hi : k.as_of, 2,
                               k.options.lang) < 0)) {
    Py_XDECREF(text);
    Py_XDECREF(flags);
    return NULL;
  }
  return Py_BuildValue("(NON)", text, clean ? Py_True : Py_False, flags);
}

PyDoc_STRVAR(questions_json_doc,
"questions_json($module, rules, lang=None, /)\n--\n\n"
"The open legal questions of the rules as the JSON text of `egca rules readings --format json`, its texts in\n"
"lang.");

static PyObject *module_questions_json(PyObject *module, PyObject *args)
{
  (void)module;
  PyObject *rules_obj, *lang_obj = NULL;
  egca_lang lang;
  if (!PyArg_ParseTuple(args, "O|O:questions_json", &rules_obj, &lang_obj) || egcapy_lang_arg(lang_obj, &lang) < 0)
    return NULL;
  const egca_rules *rules = rules_arg(rules_obj);
  if (rules == NULL)
    return NULL;
  char *text = NULL;
  egca_error err;
  egca_error_init(&err, lang);
  int rc = egca_rules_questions_to_json(&text, rules, lang, &err);
  if (rc < 0)
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  return json_text(text, egca_deadline_string_free);
}

PyDoc_STRVAR(timeline_html_doc,
"timeline_html($module, case_json, source, as_of, policy, readings, calendar, rules, path, receipt='next_working_day', lang=None, /)\n--\n\n"
"The same evaluation as timeline_json, drawn: (the page of `egca timeline --format html`, the JSON text of\n"
"--format json), so that the caller can check the page shows the timeline it holds.");

static PyObject *module_timeline_html(PyObject *module, PyObject *args)
{
  (void)module;
  case_call k;
  if (case_call_begin(&k, args, "OsOsOOOO|sO:timeline_html") < 0)
    return NULL;
  egca_case *c = NULL;
  egca_timeline *timeline = NULL;
  char *json = NULL, *html = NULL;
  egca_error err;
  egca_error_init(&err, k.options.lang);
  int rc;
  Py_BEGIN_ALLOW_THREADS
  rc = case_call_evaluate(&k, &c, &timeline, &err);
  if (rc >= 0)
    rc = egca_timeline_to_json(&json, timeline, 0, &err);
  /* The axis shows the days the case's acceptance was counted on, as the command draws it. */
  const egca_calendar *axis = NULL;
  if (rc >= 0)
    rc = egca_case_office_calendar(&axis, c, k.cal, &k.options, &err);
  if (rc >= 0)
    rc = egca_timeline_to_html(&html, timeline, axis, &err);
  egca_timeline_free(timeline);
  egca_case_free(c);
  Py_END_ALLOW_THREADS
  case_call_end(&k);
  if (rc < 0) {
    egca_timeline_string_free(json);
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  }
  PyObject *page = json_text(html, egca_timeline_string_free);
  PyObject *text = json_text(json, egca_timeline_string_free);
  if (page == NULL || text == NULL) {
    Py_XDECREF(page);
    Py_XDECREF(text);
    return NULL;
  }
  return Py_BuildValue("(NN)", page, text);
}

static PyMethodDef rules_functions[] = {
  {"questions_json", module_questions_json, METH_VARARGS, questions_json_doc},
  {"deadline_json", module_deadline_json, METH_VARARGS, deadline_json_doc},
  {"assess_json", module_assess_json, METH_VARARGS, assess_json_doc},
  {"timeline_json", module_timeline_json, METH_VARARGS, timeline_json_doc},
  {"timeline_html", module_timeline_html, METH_VARARGS, timeline_html_doc},
  {NULL, NULL, 0, NULL},
};

int egcapy_rules_init(PyObject *module)
{
  if (PyType_Ready(&rules_type) < 0 || PyModule_AddFunctions(module, rules_functions) < 0)
    return -1;
  return egcapy_add_object(module, "Rules", (PyObject *)&rules_type);
}
