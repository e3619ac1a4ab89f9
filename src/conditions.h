/* egca — the conditions compiler: conditions.json (the qualification conditions of
 * 《电子政务电子认证服务管理办法》第六条) and materials.json (the service guide's 申请材料清单), validated and
 * compiled into condition trees over a profile's facts and a checklist of materials.
 * Place in the flow: rule set (ruleset.c parses the files and hands them here) -> conditions -> evaluation
 * (assess.c reads the compiled form below). It reads the list of facts (profile.h); it knows nothing of
 * deadlines, of the evaluation or of output. Internal to the library. */
#ifndef EGCA_CONDITIONS_H
#define EGCA_CONDITIONS_H

#include "arena.h"
#include "json.h"
#include "profile.h"

/* --- The compiled form -------------------------------------------------------------------------------- */

/* A node of a condition tree: an operator over its children, or a leaf over facts. */
typedef enum egca__node_kind {
  EGCA__NODE_ALL,
  EGCA__NODE_ANY,
  EGCA__NODE_NOT,
  EGCA__NODE_COMPARE,
  EGCA__NODE_IN,
  EGCA__NODE_EXISTS,
  EGCA__NODE_FINDING /* a judgement the law leaves to the reviewer, recorded as a boolean fact */
} egca__node_kind;

typedef enum egca__compare_op {
  EGCA__OP_EQ,
  EGCA__OP_NE,
  EGCA__OP_LT,
  EGCA__OP_LE,
  EGCA__OP_GT,
  EGCA__OP_GE
} egca__compare_op;

typedef struct egca__node {
  egca__node_kind kind;
  egca__compare_op op;
  size_t child_count; /* all, any, not */
  struct egca__node *children;
  size_t fact_count; /* compare, in: the operand (several facts for a sum); exists, finding: one */
  int *facts;        /* indices into egca__facts */
  int sum;
  const char *label; /* a sum's name */
  const char *label_en;
  egca__value threshold; /* compare */
  size_t literal_count;  /* in */
  egca__value *literals;
  size_t evidence_count; /* finding */
  int *evidence;
} egca__node;

/* A check that never changes a condition's verdict: one that does not hold becomes a finding. */
typedef struct egca__advisory {
  const char *id;
  const char *note;
  const char *note_en;
  egca__node rule;
  size_t leaves;
} egca__advisory;

/* A condition: its tree, the number of its leaves (the reasons an evaluation gives), its basis as text (the
 * citations, then the guide's section). */
typedef struct egca__condition {
  const char *id;
  const char *title;
  const char *title_en;
  const char *guide_item;
  const char *guide_item_en;
  egca_date effective_from;
  size_t basis_count;
  const char **basis;
  const char **basis_en; /* the same in English */
  egca__node rule;
  size_t leaves;
  size_t advisory_count;
  egca__advisory *advisories;
} egca__condition;

/* An item of the materials checklist: the conditions it evidences, its sub-items. */
typedef struct egca__material {
  const char *id;
  const char *item;
  const char *item_en;
  const char *title;
  const char *title_en;
  egca_date effective_from;
  size_t evidence_count;
  size_t *evidences; /* condition indices */
  size_t sub_count;
  egca_material_ref *subs; /* ids in full: "funds.registered_capital" */
  egca_material_ref *subs_en; /* the same ids, with the English titles */
} egca__material;

/* The compiled conditions and materials; a loaded rule set owns one (egca__rules_assess). */
typedef struct egca_assess_rules egca_assess_rules;
struct egca_assess_rules {
  egca__arena mem;
  size_t condition_count;
  egca__condition *conditions;
  size_t material_count;
  egca__material *materials;
  const char *notice_title;   /* the draft notice of missing materials: its title, */
  const char *notice_licence; /* the licence it names */
  const char *notice_basis;   /* and its legal basis, as text */
  const char *notice_title_en, *notice_licence_en, *notice_basis_en; /* the same in English */
};

/* The comparison operators as rules write them, by egca__compare_op. */
extern const char *const egca__compare_names[6];

/* --- Compiling ----------------------------------------------------------------------------------------- */

/* Validates and compiles conditions.json and materials.json (both already parsed strictly). On failure
 * nothing is left allocated and err names the file, line:column and JSON pointer. */
struct egca__laws;
int egca__assess_rules_parse(egca_assess_rules **out, const egca__json_doc *conditions,
                             const egca__json_doc *materials, const struct egca__laws *laws, egca_error *err);
void egca__assess_rules_free(egca_assess_rules *rules);

/* 1 when `id` is a material of materials.json, or one of its sub-items ("funds.registered_capital"): the
 * items a correction notice names (procedure.c). */
int egca__assess_material_known(const egca_assess_rules *rules, const char *id);

#endif
