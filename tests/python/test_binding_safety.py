"""The Python binding against hostile arguments and files.

1. Caller objects whose methods change the sequence being converted (a list subclass that mutates itself, a
   pair whose __len__ or __getitem__ clears the list holding it): every call gives the answer of the
   sequence as it was when the call took it, or raises; it never crashes. (pauses kept borrowed pointers
   into the list: clearing it from a pair's __len__ freed the pair still being read.) A list another
   thread changes during a bulk call: each answer is for the item at its index, or RuntimeError.
2. Files go through the library's reader, with the command's limits: a case over 64 MiB and a profile
   over 16 MiB are refused naming the limit, as `egca timeline` and `egca assess` refuse them; a FIFO and
   /dev/zero are refused at once (not read forever, not waited on); a missing file is FileNotFoundError.
"""
import datetime
import os
import pathlib
import stat

import pytest

import egca

D = datetime.date
SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
EXAMPLES = SOURCE_DIR / 'examples'

# DESIGN.md's worked example (test_binding_deadline.py): the decision period from 2026-03-02 with the
# technical review 2026-03-10..04-20 paused ends on 2026-05-13.
START, REVIEW, DUE = D(2026, 3, 2), (D(2026, 3, 10), D(2026, 4, 20)), D(2026, 5, 13)


# --- 1. Sequences that change under the conversion ---------------------------------------------------

class ClearingPair:
    """A (from, to) pair that empties `owner` when its length or an item is asked for."""

    def __init__(self, pair, on_len=True):
        self.pair, self.on_len, self.owner = pair, on_len, None

    def __len__(self):
        if self.on_len and self.owner is not None:
            self.owner.clear()
        return 2

    def __getitem__(self, i):
        if not self.on_len and self.owner is not None:
            self.owner.clear()
        return self.pair[i]


def owned_pairs(*pairs, on_len=True):
    """A list whose only references to its items are its own (so that clearing it frees them)."""
    items = [ClearingPair(p, on_len) for p in pairs]
    for item in items:
        item.owner = items
    return items


@pytest.mark.parametrize('on_len', [True, False], ids=['__len__', '__getitem__'])
def test_pause_pair_that_clears_the_list(on_len):
    pauses = owned_pairs(REVIEW, (D(2026, 5, 20), D(2026, 5, 21)), on_len=on_len)
    # The call took both pauses before the first was read; the second (after the due day) changes nothing.
    assert egca.deadline('decision', START, pauses=pauses).due == DUE
    assert pauses == []


def test_pause_pair_that_grows_the_list():
    class Growing:
        def __init__(self, owner):
            self.owner = owner

        def __len__(self):
            self.owner.extend(object() for _ in range(1000))  # the list's storage moves
            return 2

        def __getitem__(self, i):
            return REVIEW[i]

    pauses = []
    pauses.append(Growing(pauses))
    assert egca.deadline('decision', START, pauses=pauses).due == DUE
    assert len(pauses) == 1001


def test_pause_item_that_raises():
    class Failing:
        def __len__(self):
            raise RuntimeError('no length')

        def __getitem__(self, i):
            return REVIEW[i]

    with pytest.raises(TypeError, match=r'pauses\[0\]'):
        egca.deadline('decision', START, pauses=[Failing()])


class SelfMutatingList(list):
    """A list that empties itself as it is iterated, measured or indexed."""

    def __iter__(self):
        items = list(super().__iter__())
        self.clear()
        return iter(items)

    def __len__(self):
        n = super().__len__()
        self.clear()
        return n

    def __getitem__(self, i):
        item = super().__getitem__(i)
        self.clear()
        return item


def test_pauses_list_subclass_that_mutates_itself():
    pauses = SelfMutatingList([REVIEW])
    try:
        due = egca.deadline('decision', START, pauses=pauses).due
    except (TypeError, ValueError, egca.Error):
        return  # a clean refusal is acceptable
    assert due in (DUE, D(2026, 3, 30))  # with the review as taken, or with none (the list emptied first)


def test_bulk_calls_with_a_list_that_mutates_itself():
    cal = egca.Calendar.default()
    days = [D(2025, 9, 30) + datetime.timedelta(days=i) for i in range(20)]
    expected_work = [cal.is_workday(d) for d in days]
    expected_add = [cal.add_workdays(d, 3) for d in days]
    for call, expected in ((lambda s: cal.is_workday_many(s), expected_work),
                           (lambda s: cal.add_workdays_many(s, 3), expected_add),
                           (lambda s: cal.add_workdays_many(days, SelfMutatingList([3] * 20)), expected_add)):
        try:
            got = call(SelfMutatingList(days))
        except (TypeError, ValueError, RuntimeError, egca.Error):
            continue
        assert got in (expected, [])


def test_bulk_item_whose_conversion_empties_the_list():
    """Converting one item runs the caller's __index__, which empties the list and fills the freed memory:
    the call still answers for the items as they were when it began (it read freed items before)."""
    cal = egca.Calendar.default()
    days = [D(2025, 9, 30)] * 200
    ns = []

    class Emptying:
        def __index__(self):
            ns.clear()
            junk = [object() for _ in range(1000)]  # reuses the memory the list's items were in
            del junk
            return 5

    ns.extend([Emptying()] + [5] * 199)
    assert cal.add_workdays_many(days, ns) == [D(2025, 10, 14)] * 200  # by hand: 10-01..08 off, 10-11 worked


def test_bulk_ns_that_change_between_conversion_steps():
    cal = egca.Calendar.default()

    class IntLike(int):
        def __index__(self):  # never called: an int subclass is read as the int it is
            raise AssertionError('__index__ called')

    days = [D(2025, 9, 30)] * 3
    assert cal.add_workdays_many(days, [IntLike(5)] * 3) == [D(2025, 10, 14)] * 3


def test_bulk_list_changed_by_another_thread():
    """The bulk calls read the caller's list itself, chunk by chunk, releasing the GIL between chunks.
    Another thread that changes the list meanwhile gets, for each element, the answer for the item found at
    that index (never anything else), or RuntimeError when it changed the list's size; never a crash."""
    import threading
    cal = egca.Calendar.default()
    a, b = D(2025, 10, 1), D(2025, 10, 9)   # by the 2025 notice: 10-01 a holiday, 10-09 a working day
    # 2 working days on (10-01..08 off, 10-11 a make-up Saturday): from 10-01, 10-09 and 10-10; from 10-09,
    # 10-10 and 10-11.
    add = {a: D(2025, 10, 10), b: D(2025, 10, 11)}
    days = [a] * 20000
    stop = threading.Event()
    changes = {'swapped': 0, 'resized': 0}

    def meddle():
        i = 0
        while not stop.is_set():
            days[i % len(days)] = b if days[i % len(days)] == a else a
            changes['swapped'] += 1
            if i % 97 == 0:
                days.append(a)
                days.pop()
                changes['resized'] += 1
            i += 1

    t = threading.Thread(target=meddle)
    t.start()
    answers = resized = 0
    try:
        for _ in range(20):
            try:
                work = cal.is_workday_many(days)
                dues = cal.add_workdays_many(days, 2)
                kinds = cal.kind_many(days)
                counts = cal.workdays_between_many(days, days)
            except RuntimeError as e:
                assert 'changed size during the call' in str(e)
                resized += 1
                continue
            assert len(work) == len(dues) == len(kinds) == len(counts) == 20000
            assert set(work) <= {False, True} and set(dues) <= {add[a], add[b]}
            # 10-01 a holiday, 10-09 a working day; a pair read from one list at once is the same day (0),
            # else one day's working days to the other's (1 or -1)
            assert set(kinds) <= {'holiday', 'workday'} and set(counts) <= {-1, 0, 1}
            answers += 1
    finally:
        stop.set()
        t.join()
    assert answers + resized == 20 and changes['swapped'] > 0


def test_bulk_slow_item_holds_the_list_as_it_was():
    """A numpy.datetime64 item takes the slow path, which may run caller code: the lists are held first,
    and an ns item's __index__ emptying both lists changes nothing the call reads."""
    np = pytest.importorskip('numpy')
    cal = egca.Calendar.default()
    days = [D(2025, 9, 30)] * 5000 + [np.datetime64('2025-09-30')] + [D(2025, 9, 30)] * 5000
    ns = [5] * 10001

    class Emptying:
        def __index__(self):
            days.clear()
            ns.clear()
            return 5

    ns[7000] = Emptying()
    assert cal.add_workdays_many(days, ns) == [D(2025, 10, 14)] * 10001


def test_calendar_paths_iterable_that_mutates_its_list():
    paths = [str(SOURCE_DIR / 'data' / 'holidays' / '2025.ics'), str(SOURCE_DIR / 'data' / 'holidays' / '2026.ics')]

    def gen():
        for p in list(paths):
            paths.clear()
            yield p

    cal = egca.Calendar.load(gen())
    assert cal.add_workdays(D(2025, 9, 30), 5) == D(2025, 10, 14)


# --- 2. Files through the library's reader --------------------------------------------------------------

def write_padded(path, text, size):
    """`text` (a JSON object) with white space before its closing brace, to make `size` bytes."""
    body = text.rstrip()[:-1].encode()
    with open(path, 'wb') as f:
        f.write(body)
        f.seek(size - 1)  # a sparse file: the reader refuses it by its size before any byte is parsed
        f.write(b'}')


def test_case_file_over_the_limit_is_refused(tmp_path):
    big = tmp_path / 'big.json'
    write_padded(big, (EXAMPLES / 'case-granted.json').read_text(encoding='utf-8'), (64 << 20) + 1)
    with pytest.raises(egca.InputError, match=f'{big}: 文件超过{64 << 20}字节的上限'):
        egca.timeline(big, D(2026, 3, 20))


def test_profile_file_over_the_limit_is_refused(tmp_path):
    big = tmp_path / 'big.json'
    write_padded(big, (EXAMPLES / 'application.json').read_text(encoding='utf-8'), (16 << 20) + 1)
    with pytest.raises(egca.InputError, match=f'{big}: 文件超过{16 << 20}字节的上限'):
        egca.assess(big)


def test_a_mapping_too_large_as_text_is_refused():
    case = {'case_id': 'X' * (64 << 20), 'events': []}
    with pytest.raises(egca.InputError, match=f'案件超过{64 << 20}字节的上限'):
        egca.timeline(case, D(2026, 3, 20))


@pytest.mark.parametrize('call', [lambda p: egca.assess(p), lambda p: egca.timeline(p, D(2026, 3, 20))],
                         ids=['assess', 'timeline'])
def test_devices_and_fifos_are_refused(tmp_path, call):
    fifo = tmp_path / 'fifo'
    os.mkfifo(fifo)  # no writer: opening it would wait for ever
    for path in (fifo, '/dev/zero', tmp_path):
        # The binding refuses a FIFO itself (its own text); the library the rest, in Chinese by default.
        with pytest.raises(egca.InputError, match='not a regular file|不是普通文件'):
            call(path)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_missing_file_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError):
        egca.timeline(tmp_path / 'none.json', D(2026, 3, 20))
    with pytest.raises(FileNotFoundError):
        egca.assess(tmp_path / 'none.json')


def test_files_still_read_as_before():
    t = egca.timeline(EXAMPLES / 'case-granted.json', D(2026, 3, 20))
    assert t.case_id == 'GD-2025-017' and t.clean
    assert egca.timeline(str(EXAMPLES / 'case-granted.json'), D(2026, 3, 20)) == t
    assert egca.timeline(os.fsencode(EXAMPLES / 'case-granted.json'), D(2026, 3, 20)) == t
