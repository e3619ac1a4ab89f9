/* egca — the deadline rules: deadlines.json's schema, validated strictly, its rule versions, their index by
 * rule id and the getters of a version (egca_deadline_rule_*). It knows neither the other rules files nor
 * output: the rule set (ruleset.c) hands it deadlines.json parsed and keeps what it builds; what the writers
 * copy of a rule they make themselves (deadline_output.h).
 * Place in the flow: rule set (ruleset.c) -> deadline rules -> readings, deadline, timeline -> output.
 *
 * Every number of a time limit comes from the data, and so is what starts, answers and ends each rule's
 * instances in a case ("applies", "lapse"): a rule id is any name, and a new rule needs no code. See
 * docs/rules.md for the format. */

#include "events.h"
#include "deadline_rules.h"
#include "citation.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT_MAX 10000

/* A rule id is written into JSON, ICS UIDs and tab-separated text as it is: short, and made of lowercase
 * letters, digits and underscores. */
#define RULE_ID_MAX 64

struct egca_deadline_rule {
  char *id;
  size_t group;           /* index of its rule in the index's groups */
  char *title;
  char *starts;
  char *version;
  char *guide_section;    /* NULL when none */
  char *guide_item;
  char *note;
  char *refused;          /* a version that sets no period: why; else NULL */
  /* The English twins of the texts above (docs/rules.md, "Texts in two languages"); NULL where the
   * Chinese is. */
  char *title_en, *starts_en, *version_en, *guide_section_en, *guide_item_en, *note_en, *refused_en;
  egca_date effective_from;
  egca_period_unit unit;
  int count;
  egca_direction direction;
  egca_pause_policy pause;
  egca_roll roll;
  egca_period_end end;
  int cutoff;
  int cutoff_in_person;
  int contested;
  int extends;            /* group of the extended rule, or -1 */
  char *extends_id;       /* as written, until the groups are known */
  char *untold_cap_id;    /* applies.untold_cap as written, until the groups are known */
  egca_basis *basis;
  size_t basis_count;
  egca__rule_core core;   /* its period, pause, base and declaration ("applies"), as computations read them */
  egca_basis lapse_basis; /* the article deciding what follows when it runs out (law NULL: none) */
  const egca_basis *roll_basis; /* the entry of `basis` that moves a rest-day last day (roll next_working_day) */
  egca_party party;       /* whose time it is */
  egca_authority authority;
  size_t index;           /* its place in the deadlines (file order, egca_rules_deadline_at) */
};

static const egca__rule_group *find_group(const egca__deadline_rules *rules, const char *id)
{
  return egca__rule_group_find(rules->groups, rules->group_count, id);
}

/* --- Freeing --------------------------------------------------------------------------------------- */

static void free_rule(egca_deadline_rule *r)
{
  free(r->id);
  free(r->extends_id);
  free(r->untold_cap_id);
  free((char *)r->lapse_basis.law);
  free((char *)r->lapse_basis.article);
  free((char *)r->lapse_basis.item);
  free(r->title);
  free(r->starts);
  free(r->version);
  free(r->guide_section);
  free(r->guide_item);
  free(r->note);
  free(r->refused);
  free(r->title_en);
  free(r->starts_en);
  free(r->version_en);
  free(r->guide_section_en);
  free(r->guide_item_en);
  free(r->note_en);
  free(r->refused_en);
  for (size_t i = 0; i < r->basis_count; i++) {
    free((char *)r->basis[i].law);
    free((char *)r->basis[i].article);
    free((char *)r->basis[i].item);
  }
  free(r->basis);
}

void egca__deadline_rules_free(egca__deadline_rules *rules)
{
  for (size_t i = 0; i < rules->deadline_count; i++)
    free_rule(&rules->deadlines[i]);
  free(rules->deadlines);
  free(rules->by_group);
  free(rules->cores);
  free(rules->effective_from);
  free(rules->groups);
  free(rules->licence_reason);
  free(rules->licence_reason_en);
  *rules = (egca__deadline_rules){0};
}

/* --- Validating deadlines.json ------------------------------------------------------------------------ */

static int dup_string(char **out, const char *s, egca_error *err)
{
  size_t n = strlen(s) + 1;
  *out = malloc(n);
  if (*out == NULL)
    return egca__fail_nomem(err);
  memcpy(*out, s, n);
  return 0;
}

/* A member whose string value must be one of `names` (count of them); *out = its index. */
static int get_choice(int *out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, const char *key,
                      const char *what, const char *const *names, size_t count, egca_error *err)
{
  const char *s = NULL;
  int rc = egca__json_get_string(&s, doc, obj, pointer, key, 1, err);
  if (rc < 0)
    return rc;
  for (size_t i = 0; i < count; i++)
    if (strcmp(names[i], s) == 0) {
      *out = (int)i;
      return 0;
    }
  char p[512], expected[512];
  size_t used = 0;
  expected[0] = '\0';
  for (size_t i = 0; i < count; i++)
    used += (size_t)snprintf(expected + used, used < sizeof expected ? sizeof expected - used : 0,
                             EGCA__TR(err, "%s%s", "%s\"%s\""),
                             i == 0           ? ""
                             : i + 1 == count ? EGCA__TR(err, " or ", "或")
                                              : EGCA__TR(err, ", ", "、"),
                             names[i]);
  egca__json_pointer_key(p, sizeof p, pointer, key);
  return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                         EGCA__TR(err, "unknown %s \"%s\": expected %s", "未知的%s\"%s\"：应为%s"), what, s, expected);
}

/* "HH:MM" from 00:01 to 24:00 -> minutes after midnight. */
static int get_time(int *out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, const char *key,
                    int required, egca_error *err)
{
  const char *s = NULL;
  int rc = egca__json_get_string(&s, doc, obj, pointer, key, required, err);
  if (rc <= 0)
    return rc;
  int ok = strlen(s) == 5 && s[2] == ':';
  for (int i = 0; ok && i < 5; i++)
    ok = i == 2 || (s[i] >= '0' && s[i] <= '9');
  int minutes = ok ? ((s[0] - '0') * 10 + (s[1] - '0')) * 60 + (s[3] - '0') * 10 + (s[4] - '0') : 0;
  if (!ok || s[3] > '5' || minutes == 0 || minutes > 24 * 60) {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, key);
    return egca__json_fail(
        err, EGCA_E_INVALID, doc, p,
        EGCA__TR(err, "\"%s\" is not a time of day HH:MM from 00:01 to 24:00", "\"%s\"不是00:01至24:00之间的时刻HH:MM"),
        s);
  }
  *out = minutes;
  return 1;
}

static int parse_basis(egca_deadline_rule *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                       egca_error *err)
{
  /* The laws' English names are resolved once every rule is read (the rule set's "laws"). */
  return egca__citation_list_parse(&r->basis, &r->basis_count, doc, obj, pointer, NULL, err);
}

static int parse_guide(egca_deadline_rule *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                       egca_error *err)
{
  const cJSON *g = egca__json_member(obj, "guide");
  if (g == NULL)
    return 0;
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "guide");
  static const char *const keys[] = {"section", "section_en", "item", "item_en", NULL};
  int rc;
  if ((rc = egca__json_expect_object(doc, g, p, err)) < 0 || (rc = egca__json_check_keys(doc, g, p, keys, err)) < 0)
    return rc;
  if ((rc = egca__json_get_text_pair(&r->guide_section, &r->guide_section_en, doc, g, p, "section", 1, err)) < 0)
    return rc;
  rc = egca__json_get_text_pair(&r->guide_item, &r->guide_item_en, doc, g, p, "item", 0, err);
  return rc < 0 ? rc : 0;
}

static const char *const unit_names[] = {"working_days", "days", "years", "months"};
static const char *const direction_names[] = {"after", "before"};
static const char *const pause_names[] = {"none", "exclude"};
static const char *const roll_names[] = {"none", "next_working_day", "earlier_or_later"};
static const char *const end_names[] = {"last_day", "first_working_day_after"};

/* A list of event types (possibly empty) -> a set of EGCA__EVENT_BIT; absent: 0. */
static int get_events(unsigned *out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, const char *key,
                      int required, egca_error *err)
{
  char p[512], q[512];
  *out = 0;
  const cJSON *list = egca__json_member(obj, key);
  if (list == NULL)
    return required ? egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                                      EGCA__TR(err, "missing required field \"%s\"", "缺少必填字段\"%s\""), key)
                    : 0;
  egca__json_pointer_key(p, sizeof p, pointer, key);
  int rc = egca__json_expect_array(doc, list, p, err);
  if (rc < 0)
    return rc;
  size_t i = 0;
  for (const cJSON *v = list->child; v != NULL; v = v->next, i++) {
    egca__json_pointer_index(q, sizeof q, p, i);
    if (!cJSON_IsString(v))
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, q,
          EGCA__TR(err, "expected an event type (a string), found %s", "应为事件类型（字符串），实际为%s"),
          egca__json_type_name_in(v, egca__error_lang(err)));
    const char *name = v->valuestring;
    const int type = egca__event_type_of(name, strlen(name));
    if (type < 0)
      return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                             EGCA__TR(err, "unknown event type \"%s\" (docs/case.md lists them)",
                                      "未知事件类型\"%s\"（docs/case.md列出全部事件类型）"),
                             name);
    if (*out & EGCA__EVENT_BIT(type))
      return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                             EGCA__TR(err, "event type \"%s\" is listed twice", "事件类型\"%s\"重复列出"), name);
    *out |= EGCA__EVENT_BIT(type);
  }
  return 1;
}

static const char *const from_names[] = {"event", "acceptance", "term_start", "term_end"};
static const char *const kind_names[] = {"duty", "day", "term", "right"};
static const char *const matched_names[] = {"first_after", "in_order"};
static const char *const paused_names[] = {"technical_review", "hearing"};
static const char *const keyed_names[] = {"ref"};
static const char *const deems_names[] = {"accepted", "renewed"};
static const char *const party_names[] = {"applicant", "authority"};
static const char *const authority_names[] = {"acceptance_office", "国家密码管理局"};

/* "applies": what starts, answers, restarts and pauses the rule's instances in a case. */
static int parse_applies(egca_deadline_rule *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                         egca_error *err)
{
  const cJSON *a = egca__json_member(obj, "applies");
  egca__applies *ap = &r->core.applies;
  ap->finding = -1;
  if (a == NULL)
    return 0;
  static const char *const keys[] = {"from",     "kind",      "events",   "outcome",        "answered_by", "matched",
                                     "restarted_by", "ended_by", "requires", "paused_by", "keyed_by", "ends_with_case",
                                     "untold_cap", "delivered_by", NULL};
  char p[512], q[512];
  egca__json_pointer_key(p, sizeof p, pointer, "applies");
  int rc, from = 0, kind = 0, matched = 0, choice = 0;
  if ((rc = egca__json_expect_object(doc, a, p, err)) < 0 || (rc = egca__json_check_keys(doc, a, p, keys, err)) < 0 ||
      (rc = get_choice(&from, doc, a, p, "from", EGCA__TR(err, "anchor", "起算点"), from_names, 4, err)) < 0)
    return rc;
  ap->from = (egca__anchor)(from + 1);
  if (egca__json_member(a, "kind") != NULL &&
      (rc = get_choice(&kind, doc, a, p, "kind", EGCA__TR(err, "kind", "类别"), kind_names, 4, err)) < 0)
    return rc;
  ap->kind = (egca__instance_kind)kind;
  if ((rc = get_events(&ap->starts, doc, a, p, "events", ap->from == EGCA__FROM_EVENT, err)) < 0 ||
      (rc = get_events(&ap->answers, doc, a, p, "answered_by", 0, err)) < 0 ||
      (rc = get_events(&ap->restarts, doc, a, p, "restarted_by", 0, err)) < 0 ||
      (rc = get_events(&ap->ends, doc, a, p, "ended_by", 0, err)) < 0 ||
      (rc = get_events(&ap->requires, doc, a, p, "requires", 0, err)) < 0 ||
      (rc = get_events(&ap->delivered, doc, a, p, "delivered_by", 0, err)) < 0)
    return rc;
  if (egca__json_member(a, "matched") != NULL &&
      (rc = get_choice(&matched, doc, a, p, "matched", EGCA__TR(err, "matching", "匹配方式"), matched_names, 2,
                       err)) < 0)
    return rc;
  ap->in_order = matched == 1;
  const cJSON *paused_by = egca__json_member(a, "paused_by");
  if (cJSON_IsArray(paused_by)) {
    /* A list of what pauses the clock (行政许可法 第四十五条: 听证、……专家评审 are not counted). */
    egca__json_pointer_key(q, sizeof q, p, "paused_by");
    if (paused_by->child == NULL)
      return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                             EGCA__TR(err, "an empty list: leave \"paused_by\" out", "列表为空：请省略\"paused_by\""));
    size_t i = 0;
    for (const cJSON *v = paused_by->child; v != NULL; v = v->next, i++) {
      char r2[512];
      egca__json_pointer_index(r2, sizeof r2, q, i);
      int which = -1;
      for (int k = 0; k < 2 && cJSON_IsString(v); k++)
        if (strcmp(v->valuestring, paused_names[k]) == 0)
          which = k;
      if (which < 0 && cJSON_IsString(v))
        return egca__json_fail(err, EGCA_E_INVALID, doc, r2,
                               EGCA__TR(err, "unknown pause \"%s\": expected technical_review or hearing",
                                        "未知中止情形\"%s\"：应为\"technical_review\"或\"hearing\""),
                               v->valuestring);
      if (which < 0)
        return egca__json_fail(
            err, EGCA_E_INVALID, doc, r2,
            EGCA__TR(err, "expected a pause (a string), found %s", "应为中止情形（字符串），实际为%s"),
            egca__json_type_name_in(v, egca__error_lang(err)));
      if (ap->paused & (1u << which))
        return egca__json_fail(err, EGCA_E_INVALID, doc, r2, EGCA__TR(err, "\"%s\" is listed twice", "\"%s\"重复列出"),
                               paused_names[which]);
      ap->paused |= 1u << which;
    }
  } else if (paused_by != NULL) {
    if ((rc = get_choice(&choice, doc, a, p, "paused_by", EGCA__TR(err, "pause", "中止情形"), paused_names, 2,
                         err)) < 0)
      return rc;
    ap->paused = 1u << choice;
  }
  if (egca__json_member(a, "keyed_by") != NULL) {
    if ((rc = get_choice(&choice, doc, a, p, "keyed_by", EGCA__TR(err, "key", "区分键"), keyed_names, 1, err)) < 0)
      return rc;
    ap->keyed = 1;
  }
  if ((rc = egca__json_get_bool(&ap->ends_with_case, doc, a, p, "ends_with_case", 0, err)) < 0)
    return rc;
  const char *cap = NULL;
  if ((rc = egca__json_get_string(&cap, doc, a, p, "untold_cap", 0, err)) < 0)
    return rc;
  if (rc > 0 && (rc = dup_string(&r->untold_cap_id, cap, err)) < 0)
    return rc;
  if (egca__json_member(a, "outcome") != NULL) {
    static const char *const outcome_names[] = {"granted", "denied"};
    if ((rc = get_choice(&choice, doc, a, p, "outcome", EGCA__TR(err, "outcome", "决定结果"), outcome_names, 2,
                         err)) < 0)
      return rc;
    ap->outcome = choice == 0 ? EGCA_OUTCOME_GRANTED : EGCA_OUTCOME_DENIED;
  }

  /* Declarations the timeline could not honour. */
  const char *bad = NULL, *key = NULL;
  const unsigned with_ref = EGCA__EVENT_BIT(EGCA_EVENT_CHANGE_OCCURRED) | EGCA__EVENT_BIT(EGCA_EVENT_CHANGE_FILED) |
                            EGCA__EVENT_BIT(EGCA_EVENT_CHANGE_ANSWERED);
  if (ap->from != EGCA__FROM_EVENT && egca__json_member(a, "events") != NULL)
    key = "events", bad = EGCA__TR(err, "only a rule that runs from an event names the events that start it",
                                   "只有自事件起算的规则才列出起算事件");
  else if ((ap->from == EGCA__FROM_TERM_START) != (ap->kind == EGCA__KIND_TERM))
    key = "kind", bad = EGCA__TR(err, "a rule runs from a term's start exactly when it is the term (kind \"term\")",
                                 "规则自有效期起始日起算，当且仅当它就是有效期本身（kind为\"term\"）");
  else if ((ap->kind == EGCA__KIND_DAY || ap->kind == EGCA__KIND_TERM) && ap->answers != 0)
    key = "answered_by",
    bad = EGCA__TR(err, "a day or a term is not a duty: nothing answers it", "日期或有效期不是义务：没有事件回应它");
  else if (ap->outcome != EGCA_OUTCOME_NONE && ap->from != EGCA__FROM_EVENT)
    key = "outcome", bad = EGCA__TR(err, "only a rule that runs from events picks them by outcome",
                                    "只有自事件起算的规则才按决定结果筛选事件");
  else if (ap->in_order && ap->from != EGCA__FROM_EVENT)
    key = "matched", bad = EGCA__TR(err, "answers are matched in order only to instances started by events",
                                    "只有由事件开始的实例才按顺序匹配回应");
  else if (ap->restarts != 0 && ap->from != EGCA__FROM_EVENT)
    key = "restarted_by",
    bad = EGCA__TR(err, "only instances started by events are restarted", "只有由事件开始的实例才会重新起算");
  else if (r->untold_cap_id != NULL && (ap->from != EGCA__FROM_EVENT || ap->in_order))
    key = "untold_cap", bad = EGCA__TR(err, "only instances started by events and answered first_after are capped",
                                       "只有由事件开始且按first_after回应的实例才设上限");
  else if (ap->ends != 0 && (ap->from != EGCA__FROM_EVENT || ap->in_order || ap->deems != EGCA__DEEMS_NOTHING))
    key = "ended_by",
    bad = EGCA__TR(err, "only instances started by events and answered first_after are ended by an event",
                   "只有由事件开始且按first_after回应的实例才由事件结束");
  else if (ap->delivered != 0 && (ap->from != EGCA__FROM_EVENT || ap->in_order))
    key = "delivered_by",
    bad = EGCA__TR(err, "only instances started by events and answered first_after run from a delivery",
                   "只有由事件开始且按first_after回应的实例才自送达起算");
  else if (ap->requires != 0 && ap->from != EGCA__FROM_TERM_END)
    key = "requires", bad = EGCA__TR(err, "only a rule that runs from a term's end requires an event in the term",
                                     "只有自有效期届满起算的规则才要求有效期内发生事件");
  else if (ap->paused && r->pause != EGCA_PAUSE_EXCLUDE)
    key = "paused_by", bad = EGCA__TR(err, "a rule paused by technical reviews or hearings needs pause \"exclude\"",
                                      "因技术评审或听证而中止的规则需要pause为\"exclude\"");
  else if (ap->keyed && ((ap->starts | ap->answers) & ~with_ref) != 0)
    key = "keyed_by",
    bad = EGCA__TR(err,
                   "instances keyed by ref need events that carry a ref (change_occurred, change_filed, change_answered)",
                   "按ref区分的实例需要带有ref的事件（change_occurred、change_filed、change_answered）");
  if (bad != NULL) {
    egca__json_pointer_key(q, sizeof q, p, key);
    return egca__json_fail(err, EGCA_E_INVALID, doc, q, "%s", bad);
  }
  return 0;
}

/* "lapse": what follows when an instance runs out unanswered: the outcome the law deems, the finding it
 * raises, and the article that says so. */
static int parse_lapse(egca_deadline_rule *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                       egca_error *err)
{
  const cJSON *l = egca__json_member(obj, "lapse");
  if (l == NULL)
    return 0;
  static const char *const keys[] = {"deems", "finding", "basis", NULL};
  char p[512], q[512];
  egca__json_pointer_key(p, sizeof p, pointer, "lapse");
  int rc, deems = -1;
  if ((rc = egca__json_expect_object(doc, l, p, err)) < 0 || (rc = egca__json_check_keys(doc, l, p, keys, err)) < 0)
    return rc;
  if (r->core.applies.from == EGCA__FROM_NONE || r->core.applies.kind != EGCA__KIND_DUTY)
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "only a duty a case applies (\"applies\") can run out",
                                    "只有案件适用的义务（\"applies\"）才会期满"));
  if (egca__json_member(l, "deems") != NULL &&
      (rc = get_choice(&deems, doc, l, p, "deems", EGCA__TR(err, "deemed outcome", "视为的结果"), deems_names, 2,
                       err)) < 0)
    return rc;
  r->core.applies.deems = (egca__deems)(deems + 1);
  /* The findings a lapse may raise: those whose message tells of a period that ran out. */
  static const char *const findings[] = {"deemed_accepted", "review_without_notice", "deemed_renewed",
                                         "certificate_late"};
  static const int codes[] = {EGCA_FINDING_DEEMED_ACCEPTED, EGCA_FINDING_REVIEW_WITHOUT_NOTICE,
                              EGCA_FINDING_DEEMED_RENEWED, EGCA_FINDING_CERTIFICATE_LATE};
  int finding = 0;
  if ((rc = get_choice(&finding, doc, l, p, "finding", EGCA__TR(err, "finding", "发现"), findings, 4, err)) < 0)
    return rc;
  r->core.applies.finding = codes[finding];
  egca__json_pointer_key(q, sizeof q, p, "basis");
  const cJSON *b = egca__json_member(l, "basis");
  if (b == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "missing required field \"basis\"", "缺少必填字段\"basis\""));
  if ((rc = egca__citation_parse(&r->lapse_basis, doc, b, q, err)) < 0)
    return rc;
  const char *bad = NULL;
  if (r->core.applies.deems == EGCA__DEEMS_ACCEPTED && r->core.applies.from != EGCA__FROM_EVENT)
    bad = EGCA__TR(err, "an acceptance is deemed from the event that started the instance: \"from\" must be \"event\"",
                   "视为受理自开始该实例的事件起算：\"from\"必须为\"event\"");
  else if (r->core.applies.deems == EGCA__DEEMS_RENEWED && r->core.applies.from != EGCA__FROM_TERM_END)
    bad = EGCA__TR(err, "a renewal is deemed at a term's end: \"from\" must be \"term_end\"",
                   "视为延续发生在有效期届满时：\"from\"必须为\"term_end\"");
  if (bad != NULL) {
    egca__json_pointer_key(q, sizeof q, p, "deems");
    return egca__json_fail(err, EGCA_E_INVALID, doc, q, "%s", bad);
  }
  return 0;
}

/* "party" (whose time it is) and, for an authority's, "authority" (which one). */
static int parse_party(egca_deadline_rule *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                       egca_error *err)
{
  char p[512];
  int rc, party = 0, authority = 0;
  if (egca__json_member(obj, "party") == NULL) {
    if (egca__json_member(obj, "authority") != NULL) {
      egca__json_pointer_key(p, sizeof p, pointer, "authority");
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, p,
          EGCA__TR(err, "\"authority\" needs \"party\": \"authority\"", "\"authority\"要求\"party\"为\"authority\""));
    }
    return 0;
  }
  if ((rc = get_choice(&party, doc, obj, pointer, "party", EGCA__TR(err, "party", "当事方"), party_names, 2, err)) < 0)
    return rc;
  r->party = (egca_party)(party + 1);
  const int named = egca__json_member(obj, "authority") != NULL;
  if (r->party == EGCA_PARTY_AUTHORITY && !named)
    return egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                           EGCA__TR(err, "missing required field \"authority\" (the party is an authority: which one)",
                                    "缺少必填字段\"authority\"（当事方为机关时须写明哪个机关）"));
  if (r->party == EGCA_PARTY_APPLICANT && named) {
    egca__json_pointer_key(p, sizeof p, pointer, "authority");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "the applicant's time names no authority", "申请人的期限不指明机关"));
  }
  if (named && (rc = get_choice(&authority, doc, obj, pointer, "authority", EGCA__TR(err, "authority", "机关"),
                                authority_names, 2, err)) < 0)
    return rc;
  if (named)
    r->authority = (egca_authority)(authority + 1);
  return 0;
}

/* A rule id: 1 to RULE_ID_MAX lowercase letters, digits and underscores. */
static int get_rule_id(char **out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, egca_error *err)
{
  const char *s = NULL;
  int rc = egca__json_get_string(&s, doc, obj, pointer, "id", 1, err);
  if (rc < 0)
    return rc;
  size_t n = 0;
  while (n <= RULE_ID_MAX && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') || s[n] == '_'))
    n++;
  if (n == 0 || n > RULE_ID_MAX || s[n] != '\0') {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, "id");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "rule id \"%.80s\" must be 1 to %d lowercase letters, digits and underscores",
                                    "规则id\"%.80s\"必须由1至%d个小写字母、数字或下划线组成"),
                           s, RULE_ID_MAX);
  }
  return dup_string(out, s, err);
}

/* A version that sets no period ("refused"): for the days it covers the rule gives no date, and says why
 * (no text sets a limit, or the text in force then is not known). It names the rule and its instrument, and
 * whose time it would be; no count, unit or roll. */
static int parse_refusal(egca_deadline_rule *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                         egca_error *err)
{
  static const char *const keys[] = {"id",    "title", "starts", "effective_from", "version", "basis", "guide",
                                     "refused", "note", "party", "authority", "title_en", "starts_en",
                                     "version_en", "refused_en", "note_en", NULL};
  int rc;
  if ((rc = egca__json_check_keys(doc, obj, pointer, keys, err)) < 0)
    return rc;
  if ((rc = egca__json_get_text_pair(&r->title, &r->title_en, doc, obj, pointer, "title", 1, err)) < 0 ||
      (rc = egca__json_get_text_pair(&r->starts, &r->starts_en, doc, obj, pointer, "starts", 1, err)) < 0 ||
      (rc = egca__json_get_date(&r->effective_from, doc, obj, pointer, "effective_from", 1, err)) < 0 ||
      (rc = egca__json_get_text_pair(&r->version, &r->version_en, doc, obj, pointer, "version", 1, err)) < 0 ||
      (rc = parse_basis(r, doc, obj, pointer, err)) < 0 || (rc = parse_guide(r, doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_get_text_pair(&r->refused, &r->refused_en, doc, obj, pointer, "refused", 1, err)) < 0 ||
      (rc = egca__json_get_text_pair(&r->note, &r->note_en, doc, obj, pointer, "note", 0, err)) < 0)
    return rc;
  /* No period: a day count of 0 that nothing computes (the computation refuses first). */
  r->unit = EGCA_UNIT_DAYS;
  r->cutoff = 24 * 60;
  r->core.spec = (egca_period_spec){EGCA_UNIT_DAYS, 0, EGCA_AFTER, EGCA_ROLL_NONE, EGCA_POLICY_EARLIER,
                                    EGCA_END_LAST_DAY, r->cutoff, 0};
  r->core.refused = r->refused;
  r->core.refused_en = r->refused_en;
  return parse_party(r, doc, obj, pointer, err);
}

/* "roll_basis": the article that moves a rest-day last day to the next working day, one of the version's
 * "basis" (民法典 第二百零三条 for a civil-law period; 民事诉讼法 第八十五条 through 行政复议法 第八十八条 for
 * reconsideration; 行诉解释 第四十八条 for litigation). Required with roll "next_working_day", refused with
 * any other roll (earlier_or_later is an open question: no article decides it). */
static int parse_roll_basis(egca_deadline_rule *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                            egca_error *err)
{
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "roll_basis");
  const cJSON *b = egca__json_member(obj, "roll_basis");
  if (b == NULL && r->roll == EGCA_ROLL_NEXT_WORKING_DAY)
    return egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                           EGCA__TR(err,
                                    "roll \"next_working_day\" needs \"roll_basis\": the article of \"basis\" that "
                                    "moves a rest-day last day",
                                    "roll为\"next_working_day\"时需要\"roll_basis\"：\"basis\"中规定届满日遇休息日顺延"
                                    "的条文"));
  if (b == NULL)
    return 0;
  if (r->roll != EGCA_ROLL_NEXT_WORKING_DAY)
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "\"roll_basis\" is given only with roll \"next_working_day\"",
                                    "只有roll为\"next_working_day\"时才给出\"roll_basis\""));
  egca_basis cited = {0};
  int rc = egca__citation_parse(&cited, doc, b, p, err);
  for (size_t k = 0; rc == 0 && k < r->basis_count && r->roll_basis == NULL; k++)
    if (egca__citation_same(&r->basis[k], &cited))
      r->roll_basis = &r->basis[k];
  if (rc == 0 && r->roll_basis == NULL)
    rc = egca__json_fail(err, EGCA_E_INVALID, doc, p,
                         EGCA__TR(err, "\"roll_basis\" %s %s is not one of the rule's \"basis\"",
                                  "\"roll_basis\"%s %s不在该规则的\"basis\"之中"),
                         cited.law, cited.article);
  free((char *)cited.law);
  free((char *)cited.article);
  free((char *)cited.item);
  return rc;
}

static int parse_rule(egca_deadline_rule *r, int *extends_out, const egca__json_doc *doc, const cJSON *obj,
                      const char *pointer, egca_error *err)
{
  static const char *const keys[] = {"id",        "title", "starts", "effective_from", "version", "basis",
                                     "guide",     "unit",  "count",  "direction",      "pause",   "roll",
                                     "result",    "cutoff", "cutoff_in_person", "extends", "contested", "note",
                                     "applies",   "lapse", "party", "authority", "refused", "refused_en", "title_en", "starts_en",
                                     "version_en", "note_en", "roll_basis", NULL};
  char p[512];
  int rc;
  if ((rc = egca__json_expect_object(doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_check_keys(doc, obj, pointer, keys, err)) < 0)
    return rc;
  r->extends = -1;
  r->core.applies.finding = -1;
  if ((rc = get_rule_id(&r->id, doc, obj, pointer, err)) < 0)
    return rc;
  *extends_out = 0;
  if (egca__json_member(obj, "refused") != NULL)
    return parse_refusal(r, doc, obj, pointer, err);
  if ((rc = egca__json_get_text_pair(&r->title, &r->title_en, doc, obj, pointer, "title", 1, err)) < 0 ||
      (rc = egca__json_get_text_pair(&r->starts, &r->starts_en, doc, obj, pointer, "starts", 1, err)) < 0 ||
      (rc = egca__json_get_date(&r->effective_from, doc, obj, pointer, "effective_from", 1, err)) < 0 ||
      (rc = egca__json_get_text_pair(&r->version, &r->version_en, doc, obj, pointer, "version", 1, err)) < 0 ||
      (rc = parse_basis(r, doc, obj, pointer, err)) < 0 || (rc = parse_guide(r, doc, obj, pointer, err)) < 0)
    return rc;
  int unit = 0, direction = 0, pause = 0, roll = 0, end = 0;
  long count;
  if ((rc = get_choice(&unit, doc, obj, pointer, "unit", EGCA__TR(err, "unit", "单位"), unit_names, 4, err)) < 0 ||
      (rc = egca__json_get_int(&count, doc, obj, pointer, "count", 0, COUNT_MAX, 1, err)) < 0 ||
      (rc = get_choice(&direction, doc, obj, pointer, "direction", EGCA__TR(err, "direction", "方向"), direction_names,
                       2, err)) < 0 ||
      (rc = get_choice(&pause, doc, obj, pointer, "pause", EGCA__TR(err, "pause policy", "中止计算方式"), pause_names,
                       2, err)) < 0 ||
      (rc = get_choice(&roll, doc, obj, pointer, "roll", EGCA__TR(err, "roll policy", "顺延方式"), roll_names, 3,
                       err)) < 0 ||
      (rc = get_choice(&end, doc, obj, pointer, "result", EGCA__TR(err, "result", "届满日形式"), end_names, 2, err)) <
          0 ||
      (rc = get_time(&r->cutoff, doc, obj, pointer, "cutoff", 1, err)) < 0 ||
      (rc = get_time(&r->cutoff_in_person, doc, obj, pointer, "cutoff_in_person", 0, err)) < 0 ||
      (rc = egca__json_get_bool(&r->contested, doc, obj, pointer, "contested", 0, err)) < 0 ||
      (rc = egca__json_get_text_pair(&r->note, &r->note_en, doc, obj, pointer, "note", 0, err)) < 0)
    return rc;
  r->unit = (egca_period_unit)unit;
  r->count = (int)count;
  r->direction = (egca_direction)direction;
  r->pause = (egca_pause_policy)pause;
  r->roll = (egca_roll)roll;
  r->end = (egca_period_end)end;
  r->core.spec = (egca_period_spec){r->unit,      r->count, r->direction,      r->roll, EGCA_POLICY_EARLIER,
                                    r->end,       r->cutoff, r->cutoff_in_person};
  r->core.pause = r->pause;

  /* Combinations that the arithmetic cannot honour. */
  if (r->pause == EGCA_PAUSE_EXCLUDE && r->unit != EGCA_UNIT_WORKING_DAYS) {
    egca__json_pointer_key(p, sizeof p, pointer, "pause");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err,
                                    "pause \"exclude\" needs unit \"working_days\": only working days are left "
                                    "out of a pause (行政许可法 第四十五条)",
                                    "pause为\"exclude\"时unit必须为\"working_days\"：中止期间只扣除工作日"
                                    "（行政许可法第四十五条）"));
  }
  if (r->roll != EGCA_ROLL_NONE && r->unit == EGCA_UNIT_WORKING_DAYS) {
    egca__json_pointer_key(p, sizeof p, pointer, "roll");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "a working-day period always ends on a working day: roll must be \"none\"",
                                    "按工作日计算的期限总在工作日届满：roll必须为\"none\""));
  }
  if ((rc = parse_roll_basis(r, doc, obj, pointer, err)) < 0)
    return rc;
  if (r->contested && r->note == NULL) {
    egca__json_pointer_key(p, sizeof p, pointer, "contested");
    return egca__json_fail(
        err, EGCA_E_INVALID, doc, p,
        EGCA__TR(err, "a contested rule needs a \"note\" saying why", "有争议的规则需要\"note\"说明理由"));
  }
  if (r->basis_count == 0 && r->guide_section == NULL) {
    egca__json_pointer_key(p, sizeof p, pointer, "basis");
    return egca__json_fail(
        err, EGCA_E_INVALID, doc, p,
        EGCA__TR(err, "a rule needs a legal basis or the guide's section", "规则需要法律依据或服务指南的章节"));
  }
  const char *extends = NULL;
  if ((rc = egca__json_get_string(&extends, doc, obj, pointer, "extends", 0, err)) < 0)
    return rc;
  if (rc > 0) {
    egca__json_pointer_key(p, sizeof p, pointer, "extends");
    if (strcmp(extends, r->id) == 0)
      return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                             EGCA__TR(err, "a rule cannot extend itself", "规则不能延长自身"));
    if ((rc = dup_string(&r->extends_id, extends, err)) < 0)
      return rc;
  }
  *extends_out = r->extends_id != NULL;
  if ((rc = parse_applies(r, doc, obj, pointer, err)) < 0 || (rc = parse_lapse(r, doc, obj, pointer, err)) < 0)
    return rc;
  return parse_party(r, doc, obj, pointer, err);
}

/* Rules that extend another: the base must exist in every version, count the same unit the same way, and
 * not extend a third rule; one rule at most extends a given rule (the timeline applies it on an approved
 * extension). */
static int check_extensions(egca__deadline_rules *rules, const egca__json_doc *doc, egca_error *err)
{
  char p[512], q[512];
  for (size_t i = 0; i < rules->deadline_count; i++) {
    egca_deadline_rule *r = &rules->deadlines[i];
    if (r->extends_id == NULL)
      continue;
    egca__json_pointer_index(q, sizeof q, "/deadlines", i);
    egca__json_pointer_key(p, sizeof p, q, "extends");
    const egca__rule_group *base = find_group(rules, r->extends_id);
    if (base == NULL)
      return egca__json_fail(err, EGCA_E_INVALID, doc, p, EGCA__TR(err, "unknown rule id \"%s\"", "未知规则id\"%s\""),
                             r->extends_id);
    r->extends = (int)(base - rules->groups);
    r->core.base = base;
    for (size_t j = 0; j < base->count; j++) {
      const egca_deadline_rule *b = base->versions[j];
      if (b->refused != NULL)
        continue; /* no period to extend */
      if (b->extends_id != NULL)
        return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                               EGCA__TR(err, "\"%s\" itself extends \"%s\": extensions do not chain",
                                        "\"%s\"本身延长\"%s\"：延长不能连环"),
                               base->id, b->extends_id);
      if (b->unit != r->unit || b->direction != r->direction)
        return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                               EGCA__TR(err, "\"%s\" counts %s %s; an extension must count the same unit the same way",
                                        "\"%s\"的计算单位为%s、方向为%s；延长须以相同单位、相同方向计算"),
                               base->id, unit_names[b->unit], direction_names[b->direction]);
    }
    egca__rule_group *g = &rules->groups[r->group];
    if (base->extended_by != NULL && base->extended_by != g)
      return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                             EGCA__TR(err, "\"%s\" is already extended by \"%s\"", "\"%s\"已由\"%s\"延长"), base->id,
                             base->extended_by->id);
    rules->groups[r->extends].extended_by = g;
  }
  return 0;
}

/* A rule whose instances run from the acceptance, or from a term's end, needs what an earlier rule
 * establishes (the acceptance a lapse deems; the terms): the timeline evaluates rules in file order. The
 * latest version's declaration decides which instances a case has. */
static int check_order(const egca__deadline_rules *rules, const egca__json_doc *doc, egca_error *err)
{
  for (size_t k = 0; k < rules->group_count; k++) {
    const egca__rule_group *g = &rules->groups[k];
    const egca__applies *a = g->applies;
    for (size_t j = k + 1; j < rules->group_count; j++) {
      const egca__rule_group *h = &rules->groups[j];
      const egca__applies *b = h->applies;
      const char *needs = NULL;
      if (a->from == EGCA__FROM_ACCEPTANCE && egca__establishes_acceptance(b))
        needs = EGCA__TR(err, "the acceptance", "受理");
      else if (a->from == EGCA__FROM_TERM_END && b->kind == EGCA__KIND_TERM)
        needs = EGCA__TR(err, "the certificate terms", "证书有效期");
      if (needs != NULL) {
        char p[64];
        egca__json_pointer_index(p, sizeof p, "/deadlines", (size_t)(g->versions[g->count - 1] - rules->deadlines));
        return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                               EGCA__TR(err,
                                        "rule \"%s\" runs from %s, which rule \"%s\" establishes: list \"%s\" first",
                                        "规则\"%s\"自%s起算，该起算点由规则\"%s\"确定：应先列出\"%s\""),
                               g->id, needs, h->id, h->id);
      }
    }
  }
  return 0;
}

static int cmp_version(const void *a, const void *b)
{
  const egca_deadline_rule *x = *(const egca_deadline_rule *const *)a, *y = *(const egca_deadline_rule *const *)b;
  if (x->group != y->group)
    return x->group < y->group ? -1 : 1;
  return (x->effective_from > y->effective_from) - (x->effective_from < y->effective_from);
}

/* "licence": the first day the licence exists, and why no rule applies before it. */
static int parse_licence(egca__deadline_rules *rules, const egca__json_doc *doc, egca_error *err)
{
  rules->licence_from = EGCA_DATE_NONE;
  const cJSON *l = egca__json_member(doc->root, "licence");
  if (l == NULL)
    return 0;
  static const char *const keys[] = {"from", "reason", "reason_en", NULL};
  int rc;
  if ((rc = egca__json_expect_object(doc, l, "/licence", err)) < 0 ||
      (rc = egca__json_check_keys(doc, l, "/licence", keys, err)) < 0 ||
      (rc = egca__json_get_date(&rules->licence_from, doc, l, "/licence", "from", 1, err)) < 0 ||
      (rc = egca__json_get_text_pair(&rules->licence_reason, &rules->licence_reason_en, doc, l, "/licence", "reason", 1, err)) < 0)
    return rc;
  return 0;
}

/* Every citation of deadlines.json gets the law's English name, and its article must have an English form
 * (citation.h). */
static int resolve_citations(egca__deadline_rules *rules, const egca__laws *laws, const egca__json_doc *doc,
                             egca_error *err)
{
  char p[512], q[512], b[512];
  for (size_t i = 0; i < rules->deadline_count; i++) {
    egca_deadline_rule *r = &rules->deadlines[i];
    egca__json_pointer_index(q, sizeof q, "/deadlines", i);
    egca__json_pointer_key(b, sizeof b, q, "basis");
    for (size_t k = 0; k < r->basis_count; k++) {
      egca__json_pointer_index(p, sizeof p, b, k);
      int rc = egca__citation_resolve(&r->basis[k], laws, doc, p, err);
      if (rc < 0)
        return rc;
    }
    if (r->lapse_basis.law != NULL) {
      egca__json_pointer_key(b, sizeof b, q, "lapse");
      egca__json_pointer_key(p, sizeof p, b, "basis");
      int rc = egca__citation_resolve(&r->lapse_basis, laws, doc, p, err);
      if (rc < 0)
        return rc;
    }
  }
  return 0;
}

int egca__deadline_rules_parse(egca__deadline_rules *rules, egca__laws *laws, const egca__json_doc *doc,
                               egca_error *err)
{
  static const char *const top_keys[] = {"licence", "deadlines", "laws", NULL};
  int rc;
  if ((rc = egca__json_expect_object(doc, doc->root, "", err)) < 0 ||
      (rc = egca__json_check_keys(doc, doc->root, "", top_keys, err)) < 0 ||
      (rc = parse_licence(rules, doc, err)) < 0 || (rc = egca__laws_parse(laws, doc, err)) < 0)
    return rc;
  const cJSON *list = egca__json_member(doc->root, "deadlines");
  if (list == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, "",
                           EGCA__TR(err, "missing required field \"deadlines\"", "缺少必填字段\"deadlines\""));
  if ((rc = egca__json_expect_array(doc, list, "/deadlines", err)) < 0)
    return rc;
  size_t n = (size_t)cJSON_GetArraySize(list);
  if (n > 0) {
    rules->deadlines = calloc(n, sizeof *rules->deadlines);
    rules->by_group = calloc(n, sizeof *rules->by_group);
    rules->groups = calloc(n, sizeof *rules->groups);
    rules->cores = calloc(n, sizeof *rules->cores);
    rules->effective_from = calloc(n, sizeof *rules->effective_from);
    if (rules->deadlines == NULL || rules->by_group == NULL || rules->groups == NULL || rules->cores == NULL ||
        rules->effective_from == NULL)
      return egca__fail_nomem(err);
  }
  char p[512];
  size_t i = 0;
  for (const cJSON *item = list->child; item != NULL; item = item->next, i++) {
    egca__json_pointer_index(p, sizeof p, "/deadlines", i);
    int extends;
    rules->deadline_count = i + 1; /* so a failure frees what this entry holds */
    if ((rc = parse_rule(&rules->deadlines[i], &extends, doc, item, p, err)) < 0)
      return rc;
    egca_deadline_rule *r = &rules->deadlines[i];
    r->index = i;
    const egca__rule_group *g = find_group(rules, r->id);
    if (g == NULL) {
      rules->groups[rules->group_count] =
          (egca__rule_group){r->id, NULL, NULL, NULL, 0, NULL, NULL, EGCA_DATE_NONE, NULL, NULL, -1, -1, 1, 0, 0};
      g = &rules->groups[rules->group_count++];
    }
    r->group = (size_t)(g - rules->groups);
    for (size_t j = 0; j < i; j++) {
      const egca_deadline_rule *o = &rules->deadlines[j];
      if (o->group == r->group && o->effective_from == r->effective_from) {
        char d[EGCA_DATE_TEXT_SIZE], q[512];
        egca__json_pointer_key(q, sizeof q, p, "effective_from");
        return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                               EGCA__TR(err, "rule \"%s\" already has a version effective from %s (/deadlines/%zu)",
                                        "规则\"%s\"已有自%s起施行的版本（/deadlines/%zu）"),
                               r->id, egca_date_format(r->effective_from, d), j);
      }
    }
    rules->by_group[i] = r;
  }
  if (n == 0)
    return egca__json_fail(err, EGCA_E_INVALID, doc, "/deadlines", EGCA__TR(err, "no deadline rule", "没有期限规则"));
  /* The index: each rule's versions, oldest first, side by side in by_group. */
  qsort(rules->by_group, n, sizeof *rules->by_group, cmp_version);
  for (size_t j = 0; j < n; j++) {
    egca__rule_group *g = &rules->groups[rules->by_group[j]->group];
    rules->cores[j] = &rules->by_group[j]->core;
    rules->effective_from[j] = rules->by_group[j]->effective_from;
    if (g->count++ == 0) {
      g->versions = rules->by_group + j;
      g->cores = rules->cores + j;
      g->effective_from = rules->effective_from + j;
    }
    /* The latest version that sets a period, once all are seen (a refusal declares nothing). */
    if (g->count == 1 || rules->by_group[j]->refused == NULL)
      g->applies = &rules->by_group[j]->core.applies;
    g->licence_from = rules->licence_from;
    g->licence_reason = rules->licence_reason;
    g->licence_reason_en = rules->licence_reason_en;
  }
  /* What a case needs for a rule to act, and whose calendar counts it: read for every case and every instance
   * (src/procedure.c), so made once here. A rule that establishes the acceptance, or runs from it, may act
   * whatever events the case has; one started by events, only on them; a rule of the certificate terms, only
   * with a certificate. */
  for (size_t i = 0; i < rules->group_count; i++) {
    egca__rule_group *g = &rules->groups[i];
    const egca__applies *a = g->applies;
    switch (a->from) {
    case EGCA__FROM_NONE: g->acts_on = 0; break;
    case EGCA__FROM_EVENT: g->acts_on = egca__establishes_acceptance(a) ? EGCA__ACTS_ALWAYS : a->starts; break;
    case EGCA__FROM_TERM_START:
    case EGCA__FROM_TERM_END: g->acts_on = EGCA__EVENT_BIT(EGCA_EVENT_CERTIFICATE_ISSUED); break;
    case EGCA__FROM_ACCEPTANCE: g->acts_on = EGCA__ACTS_ALWAYS; break;
    }
    g->office_time = g->versions[g->count - 1]->authority == EGCA_AUTHORITY_ACCEPTANCE_OFFICE;
  }
  if ((rc = check_extensions(rules, doc, err)) < 0 || (rc = resolve_citations(rules, laws, doc, err)) < 0)
    return rc;
  /* A cap names a rule of the set that sets a period of its own. */
  for (size_t i = 0; i < rules->deadline_count; i++) {
    egca_deadline_rule *r = &rules->deadlines[i];
    if (r->untold_cap_id == NULL)
      continue;
    const egca__rule_group *cap = find_group(rules, r->untold_cap_id);
    if (cap == NULL || cap == &rules->groups[r->group]) {
      char p[512], q[512];
      egca__json_pointer_index(q, sizeof q, "/deadlines", i);
      egca__json_pointer_key(p, sizeof p, q, "applies");
      egca__json_pointer_key(q, sizeof q, p, "untold_cap");
      return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                             cap == NULL ? EGCA__TR(err, "unknown rule id \"%s\"", "未知规则id\"%s\"")
                                         : EGCA__TR(err, "\"%s\" cannot cap itself", "\"%s\"不能为自身设上限"),
                             r->untold_cap_id);
    }
    r->core.applies.untold_cap = cap;
  }
  return check_order(rules, doc, err);
}

const egca__rule_core *egca__deadline_rule_core(const egca_deadline_rule *rule) { return &rule->core; }
size_t egca__deadline_rule_index(const egca_deadline_rule *rule) { return rule->index; }

void egca__deadline_describe(egca_deadline *out, const egca_deadline_rule *r)
{
  out->version = r;
  out->unit = r->unit;
  out->direction = r->direction;
  out->cutoff = r->cutoff;
  out->cutoff_in_person = r->cutoff_in_person;
  out->basis = r->basis;
  out->basis_count = r->basis_count;
  out->guide_section = r->guide_section;
  out->guide_item = r->guide_item;
  out->contested = r->contested;
}

/* --- Getters ------------------------------------------------------------------------------------------- */

const egca_deadline_rule *egca__deadline_rules_at(const egca__deadline_rules *rules, size_t index)
{
  return index < rules->deadline_count ? &rules->deadlines[index] : NULL;
}

int egca__deadline_rules_find(const egca_deadline_rule **out, const egca__deadline_rules *rules, const char *id,
                              egca_date on, egca_error *err)
{
  const egca__rule_group *g = find_group(rules, id);
  if (g == NULL)
    return egca__fail(err, EGCA_E_NOTFOUND, NULL, 0, EGCA__TR(err, "unknown rule \"%s\"", "未知规则\"%s\""),
                      id != NULL ? id : "");
  int not_in_force;
  *out = egca__rule_version(g, on, &not_in_force);
  if (not_in_force) {
    char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
    *out = NULL;
    return egca__fail(err, EGCA_E_NOTFOUND, NULL, 0,
                      EGCA__TR(err, "rule \"%s\" has no version in force on %s: its first version takes effect on %s",
                               "规则\"%s\"在%s没有施行中的版本：其第一个版本自%s起施行"),
                      id, egca_date_format(on, a), egca_date_format(g->versions[0]->effective_from, b));
  }
  return 0;
}

EGCA_API const char *egca_deadline_rule_id(const egca_deadline_rule *rule) { return rule->id; }
EGCA_API const char *egca_deadline_rule_title(const egca_deadline_rule *rule) { return rule->title; }
EGCA_API const char *egca_deadline_rule_starts(const egca_deadline_rule *rule) { return rule->starts; }
EGCA_API egca_date egca_deadline_rule_effective_from(const egca_deadline_rule *rule) { return rule->effective_from; }
EGCA_API const char *egca_deadline_rule_instrument(const egca_deadline_rule *rule) { return rule->version; }
EGCA_API egca_period_unit egca_deadline_rule_unit(const egca_deadline_rule *rule) { return rule->unit; }
EGCA_API int egca_deadline_rule_count(const egca_deadline_rule *rule) { return rule->count; }
EGCA_API egca_direction egca_deadline_rule_direction(const egca_deadline_rule *rule) { return rule->direction; }
EGCA_API egca_pause_policy egca_deadline_rule_pause(const egca_deadline_rule *rule) { return rule->pause; }
EGCA_API egca_roll egca_deadline_rule_roll(const egca_deadline_rule *rule) { return rule->roll; }
EGCA_API egca_period_end egca_deadline_rule_end(const egca_deadline_rule *rule) { return rule->end; }
EGCA_API int egca_deadline_rule_cutoff(const egca_deadline_rule *rule) { return rule->cutoff; }
EGCA_API int egca_deadline_rule_cutoff_in_person(const egca_deadline_rule *rule) { return rule->cutoff_in_person; }
EGCA_API const char *egca_deadline_rule_extends(const egca_deadline_rule *rule)
{
  return rule->extends_id;
}
EGCA_API egca_party egca_deadline_rule_party(const egca_deadline_rule *rule) { return rule->party; }
EGCA_API egca_authority egca_deadline_rule_authority(const egca_deadline_rule *rule) { return rule->authority; }
EGCA_API const egca_basis *egca_deadline_rule_roll_basis(const egca_deadline_rule *rule) { return rule->roll_basis; }
EGCA_API const egca_basis *egca_deadline_rule_lapse_basis(const egca_deadline_rule *rule)
{
  return rule->lapse_basis.law != NULL ? &rule->lapse_basis : NULL;
}
EGCA_API const char *egca_party_name(egca_party party)
{
  return party > EGCA_PARTY_UNSTATED && party <= EGCA_PARTY_AUTHORITY ? party_names[party - 1] : NULL;
}
EGCA_API const char *egca_authority_name(egca_authority authority)
{
  return authority > EGCA_AUTHORITY_NONE && authority <= EGCA_AUTHORITY_OSCCA ? authority_names[authority - 1] : NULL;
}
EGCA_API const egca_basis *egca_deadline_rule_basis(const egca_deadline_rule *rule, size_t *count)
{
  if (count != NULL)
    *count = rule->basis_count;
  return rule->basis;
}
EGCA_API const char *egca_deadline_rule_guide_section(const egca_deadline_rule *rule) { return rule->guide_section; }
EGCA_API const char *egca_deadline_rule_guide_item(const egca_deadline_rule *rule) { return rule->guide_item; }
EGCA_API int egca_deadline_rule_contested(const egca_deadline_rule *rule) { return rule->contested; }
EGCA_API const char *egca_deadline_rule_note(const egca_deadline_rule *rule) { return rule->note; }
EGCA_API const char *egca_deadline_rule_refused(const egca_deadline_rule *rule) { return rule->refused; }

#define EGCA__IN(lang, field) ((lang) == EGCA_LANG_EN ? rule->field##_en : rule->field)
EGCA_API const char *egca_deadline_rule_title_lang(const egca_deadline_rule *rule, egca_lang lang)
{
  return EGCA__IN(lang, title);
}
EGCA_API const char *egca_deadline_rule_starts_lang(const egca_deadline_rule *rule, egca_lang lang)
{
  return EGCA__IN(lang, starts);
}
EGCA_API const char *egca_deadline_rule_instrument_lang(const egca_deadline_rule *rule, egca_lang lang)
{
  return EGCA__IN(lang, version);
}
EGCA_API const char *egca_deadline_rule_note_lang(const egca_deadline_rule *rule, egca_lang lang)
{
  return EGCA__IN(lang, note);
}
EGCA_API const char *egca_deadline_rule_refused_lang(const egca_deadline_rule *rule, egca_lang lang)
{
  return EGCA__IN(lang, refused);
}
EGCA_API const char *egca_deadline_rule_guide_section_lang(const egca_deadline_rule *rule, egca_lang lang)
{
  return EGCA__IN(lang, guide_section);
}
EGCA_API const char *egca_deadline_rule_guide_item_lang(const egca_deadline_rule *rule, egca_lang lang)
{
  return EGCA__IN(lang, guide_item);
}
#undef EGCA__IN
