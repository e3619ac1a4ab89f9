/* egca — status codes and error details. */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

EGCA_API const char *egca_version(void) { return EGCA_VERSION; }

EGCA_API const char *egca_strerror(int code)
{
  switch (code) {
  case EGCA_OK: return "success";
  case EGCA_PROVISIONAL: return "provisional: the answer rests on a tentative year";
  case EGCA_E_INVALID: return "invalid input";
  case EGCA_E_PARSE: return "malformed data";
  case EGCA_E_COVERAGE: return "outside calendar coverage";
  case EGCA_E_CONFLICT: return "conflicting calendar data";
  case EGCA_E_NOMEM: return "out of memory";
  case EGCA_E_IO: return "cannot read";
  case EGCA_E_NOTFOUND: return "not found";
  case EGCA_E_STOPPED: return "stopped by the caller";
  default: return "unknown error";
  }
}

EGCA_API void egca_error_clear(egca_error *err)
{
  if (err == NULL)
    return;
  memset(err, 0, sizeof *err);
}

EGCA_API int egca_error_format(const egca_error *err, char *buf, size_t size)
{
  char where[EGCA_ERROR_TEXT_MAX + 64] = "";
  if (err->source[0] != '\0') {
    if (err->line > 0 && err->column > 0)
      snprintf(where, sizeof where, "%s:%d:%d: ", err->source, err->line, err->column);
    else if (err->line > 0)
      snprintf(where, sizeof where, "%s:%d: ", err->source, err->line);
    else
      snprintf(where, sizeof where, "%s: ", err->source);
  }
  if (err->pointer[0] != '\0')
    return snprintf(buf, size, "%s%s: %s", where, err->pointer, err->message);
  return snprintf(buf, size, "%s%s", where, err->message);
}

int egca__fail(egca_error *err, int code, const char *source, int line, const char *fmt, ...)
{
  if (err == NULL)
    return code;
  egca_error_clear(err);
  err->code = code;
  err->line = line;
  if (source != NULL)
    snprintf(err->source, sizeof err->source, "%s", source);
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err->message, sizeof err->message, fmt, ap);
  va_end(ap);
  return code;
}

int egca__fail_nomem(egca_error *err)
{
  return egca__fail(err, EGCA_E_NOMEM, NULL, 0, "out of memory");
}
