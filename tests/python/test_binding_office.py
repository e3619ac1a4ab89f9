"""Calendar.for_office: the acceptance office's calendar, a region's rest days over the national ones.

Expected dates worked out by hand: 新疆 2025 古尔邦节 06-06..10 (tools/notices/local/650000-2025.txt) over the
national 2025 notice; 5 working days after Wed 2025-06-04 are 06-05, 06-11, 06-12, 06-13, 06-16 at the office,
06-05, 06-06, 06-09, 06-10, 06-11 nationally."""
import datetime
import warnings

import pytest

import egca

D = datetime.date


def test_xinjiang_office_closes_on_gurbang():
    cal = egca.Calendar.for_office('650000')
    assert cal.add_workdays(D(2025, 6, 4), 5) == D(2025, 6, 16)
    assert egca.Calendar.default().add_workdays(D(2025, 6, 4), 5) == D(2025, 6, 11)


def test_province_without_local_days_is_national():
    assert egca.Calendar.for_office('110000').add_workdays(D(2025, 6, 4), 5) == D(2025, 6, 11)


def test_region_year_without_its_notice_is_provisional():
    cal = egca.Calendar.for_office('450000')  # 广西: no notice shipped
    with pytest.warns(egca.ProvisionalWarning):
        assert cal.add_workdays(D(2025, 3, 27), 5) == D(2025, 4, 3)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        egca.Calendar.default().add_workdays(D(2025, 3, 27), 5)


def test_region_year_strict_is_an_error():
    with pytest.raises(egca.CoverageError, match='广西壮族自治区'):
        egca.Calendar.for_office('450000', strict=True).add_workdays(D(2025, 3, 27), 5)


def test_unknown_office():
    with pytest.raises(egca.Error, match='999999'):
        egca.Calendar.for_office('999999')
