# An answer that cannot be written is not given: with stdout on /dev/full (every write fails with ENOSPC)
# every subcommand exits 3 and says why on stderr, whatever its answer would have been (0, or 1 for a
# negative one). The same commands with stdout readable are tested in the other files; a closed pipe is
# tested by closed_pipe.py.

### egca --help
$ egca --help > /dev/full
! egca: stdout: 设备上没有空间
? 3

### egca --version
$ egca --version > /dev/full
! egca: stdout: 设备上没有空间
? 3

### calendar days: one short line
$ egca calendar days 2025-10-01 2025-10-01 > /dev/full
! egca: stdout: 设备上没有空间
? 3

### calendar days: more than a stdio buffer
$ egca calendar days 2020-01-01 2025-12-31 > /dev/full
! egca: stdout: 设备上没有空间
? 3

### calendar month
$ egca calendar month 2025-10 > /dev/full
! egca: stdout: 设备上没有空间
? 3

### calendar coverage
$ egca calendar coverage > /dev/full
! egca: stdout: 设备上没有空间
? 3

### add-workdays
$ egca add-workdays 2025-09-30 5 > /dev/full
! egca: stdout: 设备上没有空间
? 3

### workdays
$ egca workdays 2025-01-01 2025-12-31 > /dev/full
! egca: stdout: 设备上没有空间
? 3

### deadline, text
$ egca deadline acceptance 2025-09-30 > /dev/full
! egca: stdout: 设备上没有空间
? 3

### deadline, JSON
$ egca deadline acceptance 2025-09-30 --format json > /dev/full
! egca: stdout: 设备上没有空间
? 3

### rules list
$ egca rules list > /dev/full
! egca: stdout: 设备上没有空间
? 3

### rules show
$ egca rules show decision > /dev/full
! egca: stdout: 设备上没有空间
? 3

### assess: an eligible applicant (0 when written)
$ egca assess @TESTDATA@/profiles/complete/profile.json > /dev/full
! egca: stdout: 设备上没有空间
? 3

### assess: an applicant with missing materials (1 when written), not 1
$ egca assess @SRC@/examples/application.json --format json > /dev/full
! egca: stdout: 设备上没有空间
? 3

### assess: a profile on stdin
$ egca assess - < @SRC@/examples/application.json > /dev/full
! egca: stdout: 设备上没有空间
? 3

### timeline, JSON: a clean case (0 when written)
$ egca timeline @SRC@/examples/case-granted.json --as-of 2026-03-20 --format json > /dev/full
! egca: stdout: 设备上没有空间
? 3

### timeline, text: a case with a violation (1 when written), not 1
$ egca timeline @SRC@/examples/case-deemed-acceptance.json --as-of 2025-11-03 > /dev/full
! egca: stdout: 设备上没有空间
? 3

### timeline, iCalendar
$ egca timeline @SRC@/examples/case-change.json --as-of 2026-10-12 --format ics > /dev/full
! egca: stdout: 设备上没有空间
? 3

### a batch on stdin
$ egca timeline - --as-of 2025-10-09 < @TESTDATA@/cases/batch/cases.ndjson > /dev/full
! egca: stdout: 设备上没有空间
? 3

### a batch on stdin, evaluated by the reading thread
$ egca timeline - --as-of 2025-10-09 --jobs 1 < @TESTDATA@/cases/batch/cases.ndjson > /dev/full
! egca: stdout: 设备上没有空间
? 3

### a batch in a file
$ egca timeline @TESTDATA@/cases/batch/cases.json --as-of 2025-10-09 --jobs 4 > /dev/full
! egca: stdout: 设备上没有空间
? 3

### an error is still the error: nothing was to be written
$ egca calendar days 2025-10-02 2025-10-01 > /dev/full
! egca: calendar days: TO（2025-10-01）早于FROM（2025-10-02）
? 2

### --lang en: the system's reason as strerror gives it
$ egca --lang en calendar coverage > /dev/full
! egca: stdout: No space left on device
? 3
