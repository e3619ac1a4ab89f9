/* egca service — `egca serve`: the command's answers over HTTP (docs/openapi.yaml). */
#ifndef EGCA_CLI_SERVE_H
#define EGCA_CLI_SERVE_H

#include <stddef.h>
#include <stdio.h>

/* The page at GET / (serve_page.c). */
extern const char serve_page_html[];
extern const size_t serve_page_html_len;

/* An error answered to the form at /view, as a page a person reads (serve_page.c): the status, the code and
 * the message, and where the case went wrong (line, column, JSON pointer: 0 / NULL when unknown) as text,
 * every text escaped; `source` names what was read ("the uploaded file"; NULL: nothing named). The fields
 * are those of the service's JSON error object (egca_error_to_json). Written to f; returns 0, or -1 when a
 * write failed. */
int serve_error_page(FILE *f, unsigned status, const char *code, const char *message, const char *pointer, int line,
                     int column, const char *source);

#endif
