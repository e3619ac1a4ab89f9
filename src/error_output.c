/* egca — an error as JSON (egca_error_to_json), the shape the service answers with and docs/cli-json.md
 * describes. Place in the flow: output: error.c's error details -> here, over the one JSON writer
 * (json_writer.h); error.c itself stays below every module. */
#include "internal.h"
#include "json_writer.h"

EGCA_API int egca_error_to_json(char **out, const char *code, const char *message, const egca_error *where,
                                unsigned flags, egca_error *err)
{
  egca__buf text = {0};
  egca__jw w;
  egca__jw_start(&w, &text, (flags & EGCA_JSON_COMPACT) != 0);
  const int line = where != NULL && where->line > 0 ? where->line : 0;
  egca__jw_open(&w, '{');
  EGCA__JW_KEY(&w, "error");
  egca__jw_open(&w, '{');
  EGCA__JW_KEY(&w, "code");
  egca__jw_string(&w, code);
  EGCA__JW_KEY(&w, "message");
  egca__jw_string(&w, message != NULL ? message : where != NULL ? where->message : NULL);
  /* Where it was found, each part null when unknown: a column means nothing without its line. */
  EGCA__JW_KEY(&w, "pointer");
  egca__jw_string(&w, where != NULL && where->pointer[0] != '\0' ? where->pointer : NULL);
  EGCA__JW_KEY(&w, "line");
  if (line > 0)
    egca__jw_int(&w, line);
  else
    egca__jw_null(&w);
  EGCA__JW_KEY(&w, "column");
  if (line > 0 && where->column > 0)
    egca__jw_int(&w, where->column);
  else
    egca__jw_null(&w);
  egca__jw_close(&w, '}');
  egca__jw_close(&w, '}');
  return egca__jw_finish(&w, out, err);
}
