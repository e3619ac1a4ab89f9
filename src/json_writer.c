/* egca — the JSON writer of json_writer.h.
 * Place in the flow: the last step, output; it knows nothing of rules, profiles or cases. */
#include "json_writer.h"

#include <stdlib.h>

void egca__jw_newline(egca__jw *w)
{
  if (w->compact)
    return;
  egca__buf_put_n(w->b, "\n", 1);
  for (int i = 0; i < w->depth; i++)
    egca__buf_put_n(w->b, "  ", 2);
}

void egca__jw_string(egca__jw *w, const char *s)
{
  if (s == NULL)
    egca__jw_null(w);
  else
    egca__buf_json_string(w->b, s);
}

void egca__jw_key(egca__jw *w, const char *name)
{
  egca__jw_next(w);
  egca__jw_string(w, name);
  egca__buf_put(w->b, w->compact ? ":" : ": ");
}

void egca__jw_name(egca__jw *w, const char *name)
{
  if (name == NULL) {
    egca__jw_null(w);
    return;
  }
  egca__buf_reserve(w->b, strlen(name) + 2);
  if (!w->b->failed)
    egca__jw_end_at(w->b, egca__jw_name_to(w->b->text + w->b->len, name));
}

void egca__jw_date(egca__jw *w, egca_date d)
{
  egca__buf_reserve(w->b, EGCA_DATE_TEXT_SIZE + 1);
  if (!w->b->failed)
    egca__jw_end_at(w->b, egca__jw_date_to(w->b->text + w->b->len, d));
}

void egca__jw_int(egca__jw *w, long long v)
{
  egca__buf_reserve(w->b, 24);
  if (!w->b->failed)
    egca__jw_end_at(w->b, egca__jw_int_to(w->b->text + w->b->len, v));
}

int egca__jw_finish(egca__jw *w, char **out, egca_error *err)
{
  egca__jw_end(w);
  *out = NULL;
  if (w->b->failed) {
    free(w->b->text);
    *w->b = (egca__buf){0};
    return egca__fail_nomem(err);
  }
  *out = w->b->text;
  *w->b = (egca__buf){0};
  return 0;
}
