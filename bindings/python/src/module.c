/* egca._egca — the CPython extension under the `egca` package: the module and its two functions.
 *
 * The extension wraps the C library directly: a Calendar type over egca_calendar (calendar.c), a Rules type
 * and thin deadline, assessment and timeline entry points that the package's Python code builds on
 * (rules.c), batches (batch.c); what they share is in common.c. Dates cross as datetime.date; bulk calls
 * convert their inputs to C arrays and run the C loop without the GIL.
 * Place in the flow: the top of the extension: it starts common.c, then calendar.c, rules.c and batch.c. */
#include "egcapy.h"

/* --- Module -------------------------------------------------------------------------------------------------- */

PyDoc_STRVAR(version_doc, "version($module, /)\n--\n\nThe C library's version string.");

static PyObject *module_version(PyObject *module, PyObject *unused)
{
  (void)module;
  (void)unused;
  return PyUnicode_FromString(egca_version());
}

PyDoc_STRVAR(default_lang_doc,
             "default_lang($module, /)\n--\n\nThe language a call without lang= uses: 'zh' or 'en' (EGCA_LANG at import, else 'zh').");

static PyObject *module_default_lang(PyObject *module, PyObject *unused)
{
  (void)module;
  (void)unused;
  return PyUnicode_FromString(egca_lang_name(egcapy_default_lang));
}

static PyMethodDef module_methods[] = {
  {"version", module_version, METH_NOARGS, version_doc},
  {"default_lang", module_default_lang, METH_NOARGS, default_lang_doc},
  {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_def = {
  PyModuleDef_HEAD_INIT,
  .m_name = "egca._egca",
  .m_doc = "The C core of the egca package; import egca instead.",
  .m_size = -1,
  .m_methods = module_methods,
};

PyMODINIT_FUNC PyInit__egca(void)
{
  PyObject *module = PyModule_Create(&module_def);
  if (module == NULL)
    return NULL;
  if (egcapy_common_init(module) < 0 || egcapy_calendar_init(module) < 0 || egcapy_rules_init(module) < 0 ||
      egcapy_batch_init(module) < 0) {
    Py_DECREF(module);
    return NULL;
  }
  return module;
}
