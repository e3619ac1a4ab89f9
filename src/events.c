/* egca — the event types' names (events.h).
 * Place in the flow: under the case (case.c) and the deadline rules (deadline_rules.c); it knows neither. */
#include "events.h"

#define EVENT_TYPE_LIST(X)                                                                                  \
  X("received") X("correction_requested") X("resubmitted") X("accepted") X("rejected")                     \
  X("review_time_notified") X("review_started") X("review_ended") X("extension_approved") X("decided")     \
  X("notified") X("certificate_issued") X("change_occurred") X("change_filed") X("renewal_filed")          \
  X("renewal_decided") X("withdrawn") X("reconsideration_filed")                     \
  X("reconsideration_decided") X("litigation_filed") X("hearing_right_notified") X("hearing_requested")      \
  X("hearing_notified") X("hearing_held") X("remedies_notified") X("decision_delivered") X("change_answered")  \
  X("renewal_answered")

/* One name per type of include/egca/case.h's enum, in its order: a type added there without its name here
 * fails to build (a missing name would be NULL, and its events unreadable). */
#define EVENT_TYPE_ONE(s) +1
_Static_assert(0 EVENT_TYPE_LIST(EVENT_TYPE_ONE) == EGCA_EVENT_TYPE_COUNT, "one name per event type (case.h)");
#undef EVENT_TYPE_ONE

#define EVENT_TYPE_NAME(s) s,
#define EVENT_TYPE_LENGTH(s) sizeof s - 1,
const char *const egca__event_type_names[EGCA_EVENT_TYPE_COUNT] = {EVENT_TYPE_LIST(EVENT_TYPE_NAME)};
const unsigned char egca__event_type_lengths[EGCA_EVENT_TYPE_COUNT] = {EVENT_TYPE_LIST(EVENT_TYPE_LENGTH)};

EGCA_API const char *egca_event_type_name(egca_event_type type)
{
  return (unsigned)type < EGCA_EVENT_TYPE_COUNT ? egca__event_type_names[type] : NULL;
}
