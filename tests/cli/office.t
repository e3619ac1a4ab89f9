# Calendars per acceptance office (--office CODE, --local PATH): a region's own rest days laid over the national
# calendar. Expected dates worked out by hand from the national notices (tools/notices/2025.txt) and the region's:
# 新疆 2025 (tools/notices/local/650000-2025.txt: 肉孜节 03-29..31, 古尔邦节 06-06..10); 广西 2025 from the fixture
# tests/data/local/450000-2025.ics (壮族三月三 03-31, 04-01; not shipped, no copy of the notice's own words found).

### 新疆, received Wed 2025-06-04: national 06-05, 06-06, 06-09, 06-10, 06-11
$ egca deadline acceptance 2025-06-04
> 2025-06-11
...

### 新疆 office: 古尔邦节 06-06..10 closed: 06-05, 06-11, 06-12, 06-13, 06-16
$ egca --office 650000 deadline acceptance 2025-06-04
> 2025-06-16
...

### add-workdays and workdays on the office's calendar
$ egca --office 650000 add-workdays 2025-06-04 5
> 2025-06-16

### workdays (2025-06-04, 2025-06-16]: 06-05, 06-11, 06-12, 06-13, 06-16
$ egca --office 650000 workdays 2025-06-04 2025-06-16
> 5

### calendar days: 古尔邦节 named by the region's notice, over a national workday
$ egca --office 650000 calendar days 2025-06-05 2025-06-11
> 2025-06-05	workday
> 2025-06-06	holiday	古尔邦节
> 2025-06-07	holiday	古尔邦节
> 2025-06-08	holiday	古尔邦节
> 2025-06-09	holiday	古尔邦节
> 2025-06-10	holiday	古尔邦节
> 2025-06-11	workday

### the decision stays 国家密码管理局's, national: from 06-04, 20 working days: 06-05..06 (2), 06-09..13 (7), 06-16..20 (12), 06-23..27 (17), 06-30, 07-01, 07-02 (20)
$ egca --office 650000 deadline decision 2025-06-04
> 2025-07-02
...

### 广西, received Thu 2025-03-27: national 03-28, 03-31, 04-01, 04-02, 04-03
$ egca deadline acceptance 2025-03-27
> 2025-04-03
...

### 广西 office with its 壮族三月三 (03-31, 04-01) and the national 清明节 (04-04..06): 03-28, 04-02, 04-03, 04-07, 04-08
$ egca --office 450000 --local @SRC@/tests/data/local/450000-2025.ics deadline acceptance 2025-03-27
> 2025-04-08
...

### 广西 decision stays national: 03-28 (1), 03-31..04-03 (5), 04-07..11 (10), 04-14..18 (15), 04-21..25 (20)
$ egca --office 450000 --local @SRC@/tests/data/local/450000-2025.ics deadline decision 2025-03-27
> 2025-04-25
...

### a region-year without the region's notice is provisional, never silently national (广西 2025 is not shipped)
$ egca --office 450000 deadline acceptance 2025-03-27
> 2025-04-03
> provisional: yes
! egca: deadline: provisional: the answer rests on a day whose holiday notice is not confirmed (egca calendar coverage; --strict refuses it)
...

### 新疆 2026 is not shipped either
$ egca --office 650000 add-workdays 2026-06-04 5
> 2026-06-11
! egca: add-workdays: provisional: the answer rests on a day whose holiday notice is not confirmed (egca calendar coverage; --strict refuses it)

### ... and an error in strict mode, naming the region
$ egca --office 450000 --strict add-workdays 2025-03-27 5
! egca: add-workdays: 2025: no confirmed local holiday notice of 广西壮族自治区 is loaded: a provisional answer is an error in strict mode
? 4

### a province without rest days of its own: the national calendar, exact
$ egca --office 110000 add-workdays 2025-06-04 5
> 2025-06-11

### a local rest day on national make-up days (Sat 2025-02-08, Sun 2025-04-27) is allowed in the layer
$ egca --local @SRC@/tests/data/local/makeup-saturday-2025.ics calendar days 2025-02-08 2025-02-08
> 2025-02-08	holiday	地方节日

### ... but within one layer it stays a conflict
$ egca --holidays @SRC@/data/holidays/2025.ics --holidays @SRC@/tests/data/local/makeup-saturday-2025.ics calendar days 2025-02-08 2025-02-08
! egca: holidays: 2025-02-08 is a working day in @SRC@/data/holidays/2025.ics:62 (UID 2025-chunjie-workday-20250208@egca) but a holiday in @SRC@/tests/data/local/makeup-saturday-2025.ics:6 (UID fixture-makeup-0208@egca)
? 3

### coverage shows the local layer per year
$ egca --office 650000 calendar coverage
...

### an unknown office is a usage error
$ egca --office 999999 add-workdays 2025-06-04 5
! egca: --office: "999999" is no acceptance office (egca offices lists them)
? 2

### egca offices
$ egca offices
> 110000	北京市密码管理局	北京市	national	hours unknown
...

### 宁夏 2020 (tools/notices/local/640000-2020.txt: 开斋节 05-25..26): received Fri 2020-05-22, the office counts
#   05-27, 05-28, 05-29, 06-01, 06-02 (nationally 05-25..05-29 gives 05-29)
$ egca --office 640000 deadline acceptance 2020-05-22
> 2020-06-02
...

### 宁夏 2020 古尔邦节 (07-30..31) marked, named and its notice given in the month
$ egca --office 640000 calendar month 2020-07
> 2020-07 (七月)
>   Mo  Tu  We  Th  Fr  Sa  Su
>           1   2   3   4   5
>   6   7   8   9  10  11  12
>  13  14  15  16  17  18  19
>  20  21  22  23  24  25  26
>  27  28  29  30* 31*
> * 休 holiday   + 班 adjusted working day (调休上班)
> * 07-30..07-31 古尔邦节 (local)
> notices: 宁夏回族自治区人民政府办公厅关于2020年部分节假日安排的通知 (2019-12-04)

### 宁夏 2025 is not shipped: provisional
$ egca --office 640000 add-workdays 2025-03-27 5
> 2025-04-03
! egca: add-workdays: provisional: the answer rests on a day whose holiday notice is not confirmed (egca calendar coverage; --strict refuses it)

### 广西 2024 (tools/notices/local/450000-2024.txt: 壮族三月三 Thu 04-11, Fri 04-12), received Mon 2024-04-08:
#   nationally 04-09, 04-10, 04-11, 04-12, 04-15; the office 04-09, 04-10, 04-15, 04-16, 04-17
$ egca --office 450000 deadline acceptance 2024-04-08
> 2024-04-17
...

### 新疆 2023 (local/650000-2023.txt: 古尔邦节 Wed 06-28 .. Fri 06-30), received Mon 2023-06-26:
#   nationally 06-27, 06-28, 06-29, 06-30, 07-03; the office 06-27, 07-03, 07-04, 07-05, 07-06
$ egca --office 650000 deadline acceptance 2023-06-26
> 2023-07-06
...

### 新疆 2023 肉孜节: the rest day is Fri 04-21 (04-22, the festival, is a Saturday); Sun 04-23 stays the national make-up day
$ egca --office 650000 calendar days 2023-04-20 2023-04-23
> 2023-04-20	workday
> 2023-04-21	holiday	肉孜节
> 2023-04-22	weekend
> 2023-04-23	adjusted_workday	劳动节

### 宁夏 2021 (local/640000-2021.txt: 开斋节 Thu 05-13, Fri 05-14), received Tue 2021-05-11:
#   nationally 05-12, 05-13, 05-14, 05-17, 05-18; the office 05-12, 05-17, 05-18, 05-19, 05-20
$ egca --office 640000 deadline acceptance 2021-05-11
> 2021-05-20
...

### 广西 2017 (local/450000-2017.txt): from Wed 03-29, nationally 03-30, 03-31, 04-01 (Sat, worked), 04-05, 04-06
# (the region rests on Sat 04-01, the national make-up day of 清明节, and works on Sat 04-08)
$ egca add-workdays 2017-03-29 5
> 2017-04-06

### ... and in 广西 03-30..04-04 rest (三月三, then 清明节): 04-05, 04-06, 04-07, 04-08 (Sat, worked there), 04-10
$ egca --office 450000 add-workdays 2017-03-29 5
> 2017-04-10

### the two days the region turned, named by its notice
$ egca --office 450000 calendar days 2017-04-01 2017-04-01
> 2017-04-01	holiday	壮族三月三
### ...
$ egca --office 450000 calendar days 2017-04-08 2017-04-08
> 2017-04-08	adjusted_workday	壮族三月三
