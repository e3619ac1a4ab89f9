/* egca._egca — the Batch type: the library's batch (egca/batch.h) for egca.timelines().
 *
 * The package feeds cases (add) or pieces of an NDJSON stream (write); each call releases the GIL while
 * the library reads, evaluates on its threads and delivers results in input order. The library delivers
 * on the calling thread, inside the call, where the GIL is not held: the callback only copies each result
 * (its JSON line, or its error) into C memory; the call turns them into Python objects once it holds the
 * GIL again. A Batch is used by one thread at a time (a second caller gets RuntimeError). */
#include "egcapy.h"

#include <egca/batch.h>
#include <egca/case.h>

#include <stdlib.h>
#include <string.h>

typedef struct pending {
  size_t index;
  int status, clean;
  size_t at, len;        /* its JSON line in the batch's text (status >= 0) */
  egca_error *error;     /* status < 0 (NULL: out of memory) */
} pending;

typedef struct batch_object {
  PyObject_HEAD
  egca_batch *batch;
  int busy;              /* a call runs (the GIL released) */
  int finished;
  PyObject *keep;        /* the Calendar, Rules and readings tuple the batch borrows */
  egca_reading_choice *readings; /* the picks the batch's options point to (PyMem) */
  egca_lang lang;        /* the language of the cases' texts and errors (lang=) */
  /* Results delivered during the current call. */
  pending *items;
  size_t count, cap;
  char *text;
  size_t text_len, text_cap;
  int nomem;
} batch_object;

static PyTypeObject batch_type;

static int collect(const egca_batch_result *r, void *user)
{
  batch_object *self = user;
  if (self->count == self->cap) {
    size_t cap = self->cap ? 2 * self->cap : 256;
    pending *p = realloc(self->items, cap * sizeof *p);
    if (p == NULL) {
      self->nomem = 1;
      return 1;
    }
    self->items = p;
    self->cap = cap;
  }
  pending *it = &self->items[self->count];
  *it = (pending){.index = r->index, .status = r->status, .clean = r->clean};
  if (r->status >= 0 && r->json != NULL) {
    if (self->text_len + r->json_len > self->text_cap) {
      size_t cap = self->text_cap ? self->text_cap : 65536;
      while (cap < self->text_len + r->json_len)
        cap *= 2;
      char *p = realloc(self->text, cap);
      if (p == NULL) {
        self->nomem = 1;
        return 1;
      }
      self->text = p;
      self->text_cap = cap;
    }
    memcpy(self->text + self->text_len, r->json, r->json_len - 1); /* without its '\n' */
    it->at = self->text_len;
    it->len = r->json_len - 1;
    self->text_len += it->len;
  } else if (r->status >= 0) {
    it->status = EGCA_E_NOMEM;
  } else if (r->error != NULL && (it->error = malloc(sizeof *it->error)) != NULL) {
    *it->error = *r->error;
  }
  self->count++;
  return 0;
}

static void drop_pending(batch_object *self)
{
  for (size_t i = 0; i < self->count; i++)
    free(self->items[i].error);
  self->count = 0;
  self->text_len = 0;
}

/* The results collected, as a list of (index, status, clean, JSON text or exception instance). */
static PyObject *take_results(batch_object *self)
{
  if (self->nomem) {
    drop_pending(self);
    return PyErr_NoMemory();
  }
  PyObject *list = PyList_New((Py_ssize_t)self->count);
  for (size_t i = 0; list != NULL && i < self->count; i++) {
    pending *it = &self->items[i];
    PyObject *value;
    if (it->status >= 0) {
      value = PyUnicode_DecodeUTF8(self->text + it->at, (Py_ssize_t)it->len, "strict");
    } else {
      /* The exception the single call raises, as an instance. */
      egcapy_raise_error(it->status, it->error, FROM_INPUT, NULL, (Py_ssize_t)it->index);
      PyObject *type, *tb;
      PyErr_Fetch(&type, &value, &tb);
      PyErr_NormalizeException(&type, &value, &tb);
      Py_XDECREF(type);
      Py_XDECREF(tb);
    }
    PyObject *tuple = value != NULL ? Py_BuildValue("(niiN)", (Py_ssize_t)it->index, it->status, it->clean, value) : NULL;
    if (tuple == NULL) {
      Py_CLEAR(list);
      break;
    }
    PyList_SET_ITEM(list, (Py_ssize_t)i, tuple);
  }
  drop_pending(self);
  return list;
}

static int enter(batch_object *self)
{
  if (self->batch == NULL || self->finished) {
    PyErr_SetString(PyExc_RuntimeError, "the batch is finished");
    return -1;
  }
  if (self->busy) {
    PyErr_SetString(PyExc_RuntimeError, "the batch is in use by another thread");
    return -1;
  }
  self->busy = 1;
  return 0;
}

/* After a call: its results, or the exception of a failure of the batch itself. */
static PyObject *leave(batch_object *self, int rc, const egca_error *err)
{
  self->busy = 0;
  if (rc < 0 && !(rc == EGCA_E_STOPPED && self->nomem)) {
    drop_pending(self);
    return egcapy_raise_error(rc, err, FROM_INPUT, NULL, -1);
  }
  return take_results(self);
}

static PyObject *batch_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
  static char *names[] = {"as_of", "policy", "readings", "calendar", "rules", "jobs", "source", "receipt", "lang", NULL};
  PyObject *as_of_obj, *readings_obj, *calendar_obj, *rules_obj, *lang_obj = NULL;
  const char *policy, *source, *receipt = "next_working_day";
  int jobs;
  egca_lang lang;
  if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OsOOOis|sO:Batch", names, &as_of_obj, &policy, &readings_obj,
                                   &calendar_obj, &rules_obj, &jobs, &source, &receipt, &lang_obj) ||
      egcapy_lang_arg(lang_obj, &lang) < 0)
    return NULL;
  egca_batch_options o = {.deliver = EGCA_BATCH_JSON, .format = EGCA_BATCH_NDJSON, .eval = {.lang = lang}};
  const egca_calendar *cal;
  const egca_rules *rules;
  if (egcapy_to_date(as_of_obj, &o.as_of, "as_of") < 0 || egcapy_receipt_reading(receipt, &o.eval.receipt) < 0 ||
      egcapy_timeline_calendars(calendar_obj, &cal, &o.eval.office_calendars) < 0 ||
      (rules = egcapy_rules_arg(rules_obj)) == NULL)
    return NULL;
  if (strcmp(policy, "earlier") == 0)
    o.eval.policy = EGCA_POLICY_EARLIER;
  else if (strcmp(policy, "later") == 0)
    o.eval.policy = EGCA_POLICY_LATER;
  else
    return egcapy_raise_input("policy must be \"earlier\" or \"later\", not \"%.100s\"", policy);
  if (jobs < 1 || jobs > EGCA_BATCH_JOBS_MAX)
    return egcapy_raise_input("jobs must be 1..%d, not %d", EGCA_BATCH_JOBS_MAX, jobs);
  o.jobs = jobs;
  batch_object *self = (batch_object *)type->tp_alloc(type, 0);
  if (self == NULL)
    return NULL;
  self->lang = lang;
  /* The batch borrows the picks for its life: their strings from the readings tuple, kept here. */
  self->readings = egcapy_readings(readings_obj, rules, &o.eval.reading_count);
  if (self->readings == NULL) {
    Py_DECREF(self);
    return NULL;
  }
  o.eval.readings = self->readings;
  self->keep = PyTuple_Pack(3, calendar_obj, rules_obj, readings_obj);
  if (self->keep == NULL) {
    Py_DECREF(self);
    return NULL;
  }
  egca_error err;
  egca_error_init(&err, lang);
  int rc;
  Py_BEGIN_ALLOW_THREADS
  rc = egca_batch_new(&self->batch, cal, rules, &o, source, collect, self, &err);
  Py_END_ALLOW_THREADS
  if (rc < 0) {
    Py_DECREF(self);
    return egcapy_raise_error(rc, &err, FROM_INPUT, NULL, -1);
  }
  return (PyObject *)self;
}

static void batch_dealloc(PyObject *obj)
{
  batch_object *self = (batch_object *)obj;
  if (self->batch != NULL) {
    Py_BEGIN_ALLOW_THREADS
    egca_batch_free(self->batch); /* joins the workers: without the GIL */
    Py_END_ALLOW_THREADS
  }
  drop_pending(self);
  free(self->items);
  free(self->text);
  PyMem_Free(self->readings);
  Py_XDECREF(self->keep);
  Py_TYPE(obj)->tp_free(obj);
}

PyDoc_STRVAR(batch_add_doc,
"add($self, cases, /)\n--\n\n"
"Adds cases (a list of bytes, each a case's JSON text); returns the results delivered meanwhile, as\n"
"(index, status, clean, JSON text or exception) tuples in input order.");

static PyObject *batch_add(PyObject *obj, PyObject *arg)
{
  batch_object *self = (batch_object *)obj;
  /* A tuple of the items: the caller's list may change while the GIL is released; bytes cannot. */
  PyObject *items = PySequence_Tuple(arg);
  if (items == NULL)
    return NULL;
  const Py_ssize_t n = PyTuple_GET_SIZE(items);
  for (Py_ssize_t i = 0; i < n; i++) {
    if (!PyBytes_Check(PyTuple_GET_ITEM(items, i))) {
      Py_DECREF(items);
      PyErr_SetString(PyExc_TypeError, "Batch.add takes a list of bytes");
      return NULL;
    }
  }
  if (enter(self) < 0) {
    Py_DECREF(items);
    return NULL;
  }
  egca_error err;
  egca_error_init(&err, self->lang);
  int rc = 0;
  Py_BEGIN_ALLOW_THREADS
  for (Py_ssize_t i = 0; i < n && rc >= 0; i++) {
    PyObject *b = PyTuple_GET_ITEM(items, i);
    rc = egca_batch_add(self->batch, PyBytes_AS_STRING(b), (size_t)PyBytes_GET_SIZE(b), &err);
  }
  Py_END_ALLOW_THREADS
  Py_DECREF(items);
  return leave(self, rc, &err);
}

PyDoc_STRVAR(batch_write_doc,
"write($self, data, /)\n--\n\n"
"Adds the next piece (bytes) of an NDJSON stream of cases; returns the results delivered meanwhile.");

static PyObject *batch_write(PyObject *obj, PyObject *arg)
{
  batch_object *self = (batch_object *)obj;
  if (!PyBytes_Check(arg)) {
    PyErr_Format(PyExc_TypeError, "Batch.write takes bytes, not %.100s", Py_TYPE(arg)->tp_name);
    return NULL;
  }
  if (enter(self) < 0)
    return NULL;
  egca_error err;
  egca_error_init(&err, self->lang);
  int rc;
  Py_INCREF(arg);
  Py_BEGIN_ALLOW_THREADS
  rc = egca_batch_write(self->batch, PyBytes_AS_STRING(arg), (size_t)PyBytes_GET_SIZE(arg), &err);
  Py_END_ALLOW_THREADS
  Py_DECREF(arg);
  return leave(self, rc, &err);
}

PyDoc_STRVAR(batch_finish_doc,
"finish($self, /)\n--\n\n"
"Ends the input (a last NDJSON line without its newline is a case), waits for every case and returns\n"
"the remaining results. The batch takes nothing more.");

static PyObject *batch_finish(PyObject *obj, PyObject *unused)
{
  (void)unused;
  batch_object *self = (batch_object *)obj;
  if (enter(self) < 0)
    return NULL;
  egca_error err;
  egca_error_init(&err, self->lang);
  int rc;
  Py_BEGIN_ALLOW_THREADS
  rc = egca_batch_finish(self->batch, &err);
  Py_END_ALLOW_THREADS
  self->finished = 1;
  return leave(self, rc, &err);
}

PyDoc_STRVAR(batch_close_doc,
"close($self, /)\n--\n\n"
"Stops the worker threads and frees the batch; results not yet delivered are dropped.");

static PyObject *batch_close(PyObject *obj, PyObject *unused)
{
  (void)unused;
  batch_object *self = (batch_object *)obj;
  if (self->busy) {
    PyErr_SetString(PyExc_RuntimeError, "the batch is in use by another thread");
    return NULL;
  }
  egca_batch *b = self->batch;
  self->batch = NULL;
  self->finished = 1;
  Py_BEGIN_ALLOW_THREADS
  egca_batch_free(b);
  Py_END_ALLOW_THREADS
  Py_RETURN_NONE;
}

static PyMethodDef batch_methods[] = {
  {"add", batch_add, METH_O, batch_add_doc},
  {"write", batch_write, METH_O, batch_write_doc},
  {"finish", batch_finish, METH_NOARGS, batch_finish_doc},
  {"close", batch_close, METH_NOARGS, batch_close_doc},
  {NULL, NULL, 0, NULL},
};

PyDoc_STRVAR(batch_doc,
"Batch(as_of, policy, readings, calendar, rules, jobs, source, receipt='next_working_day')\n--\n\n"
"Timelines of many cases on `jobs` threads, in input order (egca/batch.h); egca.timelines() uses it.");

static PyTypeObject batch_type = {
  PyVarObject_HEAD_INIT(NULL, 0)
  .tp_name = "egca._egca.Batch",
  .tp_basicsize = sizeof(batch_object),
  .tp_flags = Py_TPFLAGS_DEFAULT,
  .tp_doc = batch_doc,
  .tp_new = batch_new,
  .tp_dealloc = batch_dealloc,
  .tp_methods = batch_methods,
};

PyDoc_STRVAR(violation_codes_doc,
"violation_codes($module, /)\n--\n\n"
"The finding codes that are violations (egca_finding_code_is_violation), as a frozenset of names.");

static PyObject *module_violation_codes(PyObject *module, PyObject *unused)
{
  (void)module;
  (void)unused;
  PyObject *names = PyList_New(0);
  for (int code = 0; names != NULL && code < EGCA_FINDING_CODE_COUNT; code++) {
    if (!egca_finding_code_is_violation((egca_finding_code)code))
      continue;
    PyObject *name = PyUnicode_FromString(egca_finding_code_name((egca_finding_code)code));
    if (name == NULL || PyList_Append(names, name) < 0) {
      Py_XDECREF(name);
      Py_CLEAR(names);
      break;
    }
    Py_DECREF(name);
  }
  if (names == NULL)
    return NULL;
  PyObject *set = PyFrozenSet_New(names);
  Py_DECREF(names);
  return set;
}

static PyMethodDef batch_functions[] = {
  {"violation_codes", module_violation_codes, METH_NOARGS, violation_codes_doc},
  {NULL, NULL, 0, NULL},
};

int egcapy_batch_init(PyObject *module)
{
  if (PyType_Ready(&batch_type) < 0 || PyModule_AddFunctions(module, batch_functions) < 0)
    return -1;
  return egcapy_add_object(module, "Batch", (PyObject *)&batch_type);
}
