/* egca — compiles the shipped rules files' JSON when the library is built: parses each embedded rules file
 * (the files of rules/, as the library embeds them) with the library's own strict parser and writes its tree
 * as tables (json.h, egca__json_compiled) into a C file that the library embeds, so that egca_rules_default
 * parses no JSON text. Only the parsing is done here: the rules' own checks and compilers (deadline_rules.c,
 * conditions.c, readings.c) run on the tree at every load, as on a parsed one.
 *
 * Usage: compile_rules OUTPUT.c
 *
 * The files stay the source of truth: the tables are made from them on every build, and the build fails
 * unless each table reads back (egca__json_doc_compiled) as the tree the parser made, node for node. A file
 * whose text does not parse, or that holds a number whose double is not exactly its text (the document's
 * inexact list, which the tree does not carry) or is not finite, gets no table: the library parses its
 * text, and says what is wrong, as before. */
#include "json.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* This program is linked with the library's code before it has the tables: egca_rules_default parses the
 * texts. */
const egca__json_compiled egca__compiled_rules[1];
const size_t egca__compiled_rules_count = 0;

typedef struct table {
  egca__json_node *nodes;
  size_t count, cap;
  char *strings;
  size_t len, strings_cap;
  int failed; /* out of memory, or a value the tables cannot hold */
} table;

/* The offset + 1 of a copy of s in the pool (0 for NULL). */
static uint32_t add_string(table *t, const char *s)
{
  if (s == NULL || t->failed)
    return 0;
  const size_t n = strlen(s) + 1;
  if (t->len + n > UINT32_MAX - 1) {
    t->failed = 1;
    return 0;
  }
  if (t->len + n > t->strings_cap) {
    size_t cap = t->strings_cap ? t->strings_cap : 4096;
    while (cap < t->len + n)
      cap *= 2;
    char *grown = realloc(t->strings, cap);
    if (grown == NULL) {
      t->failed = 1;
      return 0;
    }
    t->strings = grown;
    t->strings_cap = cap;
  }
  memcpy(t->strings + t->len, s, n);
  t->len += n;
  return (uint32_t)(t->len - n + 1);
}

/* Appends v and everything below it in document order; returns v's index. */
static size_t add_node(table *t, const cJSON *v)
{
  if (t->failed)
    return 0;
  if (t->count == t->cap) {
    size_t cap = t->cap ? t->cap * 2 : 1024;
    egca__json_node *grown = cap < UINT32_MAX ? realloc(t->nodes, cap * sizeof *grown) : NULL;
    if (grown == NULL) {
      t->failed = 1;
      return 0;
    }
    t->nodes = grown;
    t->cap = cap;
  }
  const size_t at = t->count++;
  if (!isfinite(v->valuedouble))
    t->failed = 1;
  t->nodes[at] = (egca__json_node){.type = v->type, .valueint = v->valueint, .valuedouble = v->valuedouble};
  t->nodes[at].string = add_string(t, v->string);
  t->nodes[at].valuestring = add_string(t, v->valuestring);
  size_t previous = 0;
  for (const cJSON *c = v->child; c != NULL && !t->failed; c = c->next) {
    const size_t k = add_node(t, c);
    if (previous == 0)
      t->nodes[at].child = (uint32_t)k;
    else
      t->nodes[previous].next = (uint32_t)k;
    previous = k;
  }
  return at;
}

static int same_text(const char *a, const char *b) { return (a == NULL) == (b == NULL) && (a == NULL || strcmp(a, b) == 0); }

/* Whether a and b are the same tree: each node's type, name, strings, numbers (bit for bit) and links. */
static int same_tree(const cJSON *a, const cJSON *b)
{
  if (a->type != b->type || !same_text(a->string, b->string) || !same_text(a->valuestring, b->valuestring) ||
      a->valueint != b->valueint || memcmp(&a->valuedouble, &b->valuedouble, sizeof(double)) != 0)
    return 0;
  const cJSON *x = a->child, *y = b->child;
  for (; x != NULL && y != NULL; x = x->next, y = y->next) {
    if ((x->prev == NULL) != (y->prev == NULL) || (x == a->child) != (y == b->child))
      return 0;
    if (x == a->child ? x->prev->next != NULL || y->prev->next != NULL : x->prev->next != x || y->prev->next != y)
      return 0;
    if (!same_tree(x, y))
      return 0;
  }
  return x == NULL && y == NULL;
}

/* Parses one embedded file and writes its tables as nodes_N and strings_N; 1 when written, 0 when the file
 * gets none, -1 when the build must fail. */
static int write_table(FILE *f, size_t n, const egca__blob *blob)
{
  egca__json_doc doc;
  egca_error err = {.lang = EGCA_LANG_EN};
  if (egca__json_parse(&doc, blob->data, blob->len, blob->name, &err) < 0) {
    fprintf(stderr, "compile_rules: %s is parsed at run time: %s\n", blob->name, err.message);
    return 0;
  }
  table t = {0};
  if (doc.inexact_count == 0)
    add_node(&t, doc.root);
  int rc = 0;
  if (doc.inexact_count > 0 || t.failed) {
    fprintf(stderr, "compile_rules: %s is parsed at run time: %s\n", blob->name,
            doc.inexact_count > 0 ? "a number is not exactly its text" : "out of memory, or a number not finite");
  } else {
    /* Read back as the library will: the same tree, or the tables do not describe the document. */
    const egca__json_compiled c = {blob->name, t.nodes, t.count, t.strings, t.len};
    egca__json_doc back;
    if (egca__json_doc_compiled(&back, &c, blob->data, blob->len, blob->name, &err) < 0 ||
        !same_tree(back.root, doc.root)) {
      fprintf(stderr, "compile_rules: the tables of %s do not read back as its tree\n", blob->name);
      rc = -1;
    } else {
      fprintf(f, "\n/* %s */\nstatic const egca__json_node nodes_%zu[] = {\n", blob->name, n);
      for (size_t i = 0; i < t.count; i++) {
        const egca__json_node *x = &t.nodes[i];
        fprintf(f, "  {%d, %d, %a, %u, %u, %u, %u},\n", x->type, x->valueint, x->valuedouble, (unsigned)x->next,
                (unsigned)x->child, (unsigned)x->string, (unsigned)x->valuestring);
      }
      fprintf(f, "};\nstatic const unsigned char strings_%zu[] = {", n);
      for (size_t i = 0; i < t.len; i++)
        fprintf(f, "%s%u,", i % 24 == 0 ? "\n  " : "", (unsigned char)t.strings[i]);
      fprintf(f, "\n};\n");
      rc = 1;
    }
    egca__json_doc_free(&back);
  }
  free(t.nodes);
  free(t.strings);
  egca__json_doc_free(&doc);
  return rc;
}

int main(int argc, char **argv)
{
  if (argc != 2) {
    fprintf(stderr, "usage: compile_rules OUTPUT.c\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "w");
  if (f == NULL) {
    perror(argv[1]);
    return 1;
  }
  fprintf(f, "/* Generated by tools/compile_rules.c from rules/: do not edit. */\n#include \"json.h\"\n");
  int written[64] = {0};
  size_t count = 0;
  for (size_t n = 0; n < egca__embedded_rules_count && n < sizeof written / sizeof *written; n++) {
    if ((written[n] = write_table(f, n, &egca__embedded_rules[n])) < 0) {
      fclose(f);
      remove(argv[1]);
      return 1;
    }
    count += written[n] > 0;
  }
  fprintf(f, "\nconst egca__json_compiled egca__compiled_rules[] = {\n");
  for (size_t n = 0; n < egca__embedded_rules_count && n < sizeof written / sizeof *written; n++)
    if (written[n] > 0)
      fprintf(f, "  {\"%s\", nodes_%zu, sizeof nodes_%zu / sizeof *nodes_%zu, (const char *)strings_%zu, sizeof strings_%zu},\n",
              egca__embedded_rules[n].name, n, n, n, n, n);
  if (count == 0)
    fprintf(f, "  {\"\", NULL, 0, \"\", 0},\n");
  fprintf(f, "};\nconst size_t egca__compiled_rules_count = %zu;\n", count);
  if (ferror(f) || fclose(f) != 0) {
    perror(argv[1]);
    remove(argv[1]);
    return 1;
  }
  return 0;
}
