/* egca service — `egca serve`: the command's answers over HTTP (docs/openapi.yaml). */
#ifndef EGCA_CLI_SERVE_H
#define EGCA_CLI_SERVE_H

#include <stddef.h>

/* The page at GET / (serve_page.c). */
extern const char serve_page_html[];
extern const size_t serve_page_html_len;

#endif
