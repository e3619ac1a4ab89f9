/* egca — citations of the law in both languages: the table of the laws' English names (deadlines.json
 * "laws"), a citation as the rules files write it ({"law", "article", "item"}), and the English form of an
 * article ("第三十二条第一款第（四）项" -> "Article 32(1)(4)").
 * One citation type (egca_basis) and one printer (egca_basis_format_lang) serve the deadlines, the
 * readings, the conditions and the materials. Place in the flow: under the rule set and its compilers
 * (deadline_rules.c reads the table for the rule set, ruleset.c, which keeps it; deadline_rules.c, readings.c and
 * conditions.c read and resolve their files' citations here) -> output. It knows none of them. Internal to
 * the library. */
#ifndef EGCA_CITATION_H
#define EGCA_CITATION_H

#include "json.h"

/* The laws' names, Chinese and English, as deadlines.json lists them. */
typedef struct egca__laws {
  size_t count;
  char **zh;
  char **en;
} egca__laws;

/* Reads "laws" of deadlines.json (absent: an empty table). Errors name the JSON pointer. */
int egca__laws_parse(egca__laws *laws, const egca__json_doc *doc, egca_error *err);
void egca__laws_free(egca__laws *laws);

/* One citation {"law", "article", "item"} of a rules file, read strictly: the one schema of the citations
 * of deadlines.json and readings.json. What was copied stays in *b for the caller to free, on an error
 * too. */
int egca__citation_parse(egca_basis *b, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                         egca_error *err);

/* The member "basis" of `obj` (at `pointer`): a required array of citations, each read by
 * egca__citation_parse (and resolved by egca__citation_resolve when `laws` is given) into *out, calloc'd,
 * *count the citations read so far, on an error too (for the caller to free). An empty array gives 0
 * citations; the caller that needs one says so. */
int egca__citation_list_parse(egca_basis **out, size_t *count, const egca__json_doc *doc, const cJSON *obj,
                              const char *pointer, const egca__laws *laws, egca_error *err);

/* Sets b->law_en from the table and checks that the article (and item) can be written in English; the
 * error names `pointer` (the citation's) and the member at fault: a law the table does not list, an
 * article not of the form 第N条[第N款][第（N）项]. */
/* 1 when a and b cite the same law, article and item (the Chinese as written; law_en is not compared). */
int egca__citation_same(const egca_basis *a, const egca_basis *b);

int egca__citation_resolve(egca_basis *b, const egca__laws *laws, const egca__json_doc *doc, const char *pointer,
                           egca_error *err);

#endif
