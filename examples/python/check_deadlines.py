"""Checking deadlines in a unit test: copy this into your own test suite.

Each row is a deadline your system computes, with the date you expect; egca says what the law gives,
on the official working-day calendar (holidays and the Saturdays and Sundays worked in their place).
Run it as it is with `python3 check_deadlines.py` (or let pytest or unittest collect it).
"""
import datetime
import unittest
from typing import List, Optional, Tuple

import egca

D = datetime.date

# (rule, start, pauses, expected due date): the worked examples of egca's design.
EXPECTED: List[Tuple[str, D, List[Tuple[D, Optional[D]]], D]] = [
    # 5 working days from receipt: 10-01..08 are holidays, Saturday 10-11 is worked.
    ('acceptance', D(2025, 9, 30), [], D(2025, 10, 14)),
    # 20 working days from acceptance, the technical review (both ends included) not counted.
    ('decision', D(2026, 3, 2), [(D(2026, 3, 10), D(2026, 4, 20))], D(2026, 5, 13)),
    ('decision', D(2026, 3, 2), [], D(2026, 3, 30)),
    # The status may be queried from the first working day after 15 working days.
    ('status_query', D(2026, 3, 2), [], D(2026, 3, 24)),
    # 30 calendar days from a change; 10-01 is a holiday, so the period ends on the next working day.
    ('change_filing', D(2026, 9, 1), [], D(2026, 10, 8)),
    # 60 days before expiry is Saturday 02-14, a worked Saturday (the later reading would give 02-24).
    ('renewal_filing', D(2026, 4, 17), [], D(2026, 2, 14)),
]


class DeadlineTest(unittest.TestCase):
    def test_expected_due_dates(self):
        for rule, start, pauses, due in EXPECTED:
            with self.subTest(rule=rule, start=start):
                result = egca.deadline(rule, start, pauses=pauses)
                # result.trace.text explains the count when a date differs.
                self.assertEqual(result.due, due, result.trace.text)
                self.assertFalse(result.provisional)

    def test_working_days(self):
        cal = egca.Calendar.default()
        self.assertEqual(cal.kind(D(2026, 2, 14)), 'adjusted_workday')
        self.assertEqual(cal.add_workdays(D(2025, 9, 30), 5), D(2025, 10, 14))
        # Many at once: one call, the GIL released while it counts.
        starts = [D(2025, 9, 30), D(2026, 3, 2)]
        self.assertEqual(cal.add_workdays_many(starts, 5), [D(2025, 10, 14), D(2026, 3, 9)])

    def test_no_guessing_outside_the_calendar(self):
        # A year without holiday data is an error naming it, never a guess.
        with self.assertRaises(egca.CoverageError) as caught:
            egca.Calendar.default().add_workdays(D(2006, 6, 1), 5)
        self.assertEqual(caught.exception.year, 2006)


if __name__ == '__main__':
    unittest.main()
