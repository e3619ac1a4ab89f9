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
> 2025-06-05	工作日
> 2025-06-06	节假日	古尔邦节
> 2025-06-07	节假日	古尔邦节
> 2025-06-08	节假日	古尔邦节
> 2025-06-09	节假日	古尔邦节
> 2025-06-10	节假日	古尔邦节
> 2025-06-11	工作日

### the same in English: 古尔邦节 is Eid al-Adha (Qurban)
$ egca --lang en --office 650000 calendar days 2025-06-05 2025-06-11
> 2025-06-05	workday
> 2025-06-06	holiday	Eid al-Adha (Qurban)
> 2025-06-07	holiday	Eid al-Adha (Qurban)
> 2025-06-08	holiday	Eid al-Adha (Qurban)
> 2025-06-09	holiday	Eid al-Adha (Qurban)
> 2025-06-10	holiday	Eid al-Adha (Qurban)
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
> 暂定：是
! egca: deadline: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）
...

### 新疆 2026 is not shipped either
$ egca --office 650000 add-workdays 2026-06-04 5
> 2026-06-11
! egca: add-workdays: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）

### ... and an error in strict mode, naming the region
$ egca --office 450000 --strict add-workdays 2025-03-27 5
! egca: add-workdays: 2025年：未载入广西壮族自治区已确认的地方放假通知：严格模式下，暂定的答案即为错误
? 4

### a province without rest days of its own: the national calendar, exact
$ egca --office 110000 add-workdays 2025-06-04 5
> 2025-06-11

### a local rest day on national make-up days (Sat 2025-02-08, Sun 2025-04-27) is allowed in the layer
$ egca --local @SRC@/tests/data/local/makeup-saturday-2025.ics calendar days 2025-02-08 2025-02-08
> 2025-02-08	节假日	地方节日

### ... but within one layer it stays a conflict
$ egca --holidays @SRC@/data/holidays/2025.ics --holidays @SRC@/tests/data/local/makeup-saturday-2025.ics calendar days 2025-02-08 2025-02-08
! egca: holidays: 2025-02-08既被标为工作日（@SRC@/data/holidays/2025.ics:62 (UID 2025-chunjie-workday-20250208@egca)），又被标为节假日（@TESTDATA@/local/makeup-saturday-2025.ics:6 (UID fixture-makeup-0208@egca)）
? 3

### coverage shows the local layer per year
$ egca --office 650000 calendar coverage
...

### coverage with a local layer, per year: the nation's and the region's (新疆 2023, 2025 shipped; 2024 not)
$ egca --office 650000 calendar coverage
> 2007	已确认	地方：无	<built-in>/2007.ics, <built-in>/2008.ics
> 2008	已确认	地方：无	<built-in>/2008.ics
...

### the same in English
$ egca --lang en --office 650000 calendar coverage
> 2007	confirmed	local none	<built-in>/2007.ics, <built-in>/2008.ics
> 2008	confirmed	local none	<built-in>/2008.ics
...

### an unknown office is a usage error
$ egca --office 999999 add-workdays 2025-06-04 5
! egca: --office: "999999"不是受理机构（egca offices列出全部受理机构）
? 2

### egca offices (text)
$ egca offices
> 110000	北京市密码管理局	北京市	全国统一	服务时间未知
> 120000	天津市密码管理局	天津市	全国统一	服务时间未知
> 130000	河北省密码管理局	河北省	全国统一	服务时间未知
> 140000	山西省密码管理局	山西省	全国统一	服务时间未知
> 150000	内蒙古自治区密码管理局	内蒙古自治区	全国统一	服务时间未知
> 210000	辽宁省密码管理局	辽宁省	全国统一	服务时间未知
> 220000	吉林省密码管理局	吉林省	全国统一	服务时间未知
> 230000	黑龙江省密码管理局	黑龙江省	全国统一	服务时间未知
> 310000	上海市密码管理局	上海市	全国统一	服务时间未知
> 320000	江苏省密码管理局	江苏省	全国统一	服务时间未知
> 330000	浙江省密码管理局	浙江省	全国统一	服务时间未知
> 340000	安徽省密码管理局	安徽省	全国统一	服务时间未知
> 350000	福建省密码管理局	福建省	全国统一	服务时间未知
> 360000	江西省密码管理局	江西省	全国统一	服务时间未知
> 370000	山东省密码管理局	山东省	全国统一	服务时间未知
> 410000	河南省密码管理局	河南省	全国统一	服务时间未知
> 420000	湖北省密码管理局	湖北省	全国统一	服务时间未知
> 430000	湖南省密码管理局	湖南省	全国统一	服务时间未知
> 440000	广东省密码管理局	广东省	全国统一	服务时间未知
> 450000	广西壮族自治区密码管理局	广西壮族自治区	有地方休息日	服务时间未知
> 460000	海南省密码管理局	海南省	全国统一	服务时间未知
> 500000	重庆市密码管理局	重庆市	全国统一	服务时间未知
> 510000	四川省密码管理局	四川省	全国统一	服务时间未知
> 520000	贵州省密码管理局	贵州省	全国统一	服务时间未知
> 530000	云南省密码管理局	云南省	全国统一	服务时间未知
> 540000	西藏自治区密码管理局	西藏自治区	有地方休息日	服务时间未知
> 610000	陕西省密码管理局	陕西省	全国统一	服务时间未知
> 620000	甘肃省密码管理局	甘肃省	全国统一	服务时间未知
> 630000	青海省密码管理局	青海省	全国统一	服务时间未知
> 640000	宁夏回族自治区密码管理局	宁夏回族自治区	有地方休息日	服务时间未知
> 650000	新疆维吾尔自治区密码管理局	新疆维吾尔自治区	有地方休息日	服务时间未知
> 决定机构：国家密码管理局，适用全国日历，服务时间8:00-11:30, 14:00-17:30
>   服务时间来源：电子政务电子认证服务机构资质认定 服务指南，办公地址和服务时间 （二）服务时间
> 申请截止时间：邮寄或网上提交为24:00；现场提交为受理机构的下班时间（服务时间未知的，截止时间未知）

### egca offices in English: the words translated; names, regions and hours are the guide's data, their source cited in English
$ egca --lang en offices
> 110000	北京市密码管理局	北京市	national	hours unknown
> 120000	天津市密码管理局	天津市	national	hours unknown
> 130000	河北省密码管理局	河北省	national	hours unknown
> 140000	山西省密码管理局	山西省	national	hours unknown
> 150000	内蒙古自治区密码管理局	内蒙古自治区	national	hours unknown
> 210000	辽宁省密码管理局	辽宁省	national	hours unknown
> 220000	吉林省密码管理局	吉林省	national	hours unknown
> 230000	黑龙江省密码管理局	黑龙江省	national	hours unknown
> 310000	上海市密码管理局	上海市	national	hours unknown
> 320000	江苏省密码管理局	江苏省	national	hours unknown
> 330000	浙江省密码管理局	浙江省	national	hours unknown
> 340000	安徽省密码管理局	安徽省	national	hours unknown
> 350000	福建省密码管理局	福建省	national	hours unknown
> 360000	江西省密码管理局	江西省	national	hours unknown
> 370000	山东省密码管理局	山东省	national	hours unknown
> 410000	河南省密码管理局	河南省	national	hours unknown
> 420000	湖北省密码管理局	湖北省	national	hours unknown
> 430000	湖南省密码管理局	湖南省	national	hours unknown
> 440000	广东省密码管理局	广东省	national	hours unknown
> 450000	广西壮族自治区密码管理局	广西壮族自治区	local rest days	hours unknown
> 460000	海南省密码管理局	海南省	national	hours unknown
> 500000	重庆市密码管理局	重庆市	national	hours unknown
> 510000	四川省密码管理局	四川省	national	hours unknown
> 520000	贵州省密码管理局	贵州省	national	hours unknown
> 530000	云南省密码管理局	云南省	national	hours unknown
> 540000	西藏自治区密码管理局	西藏自治区	local rest days	hours unknown
> 610000	陕西省密码管理局	陕西省	national	hours unknown
> 620000	甘肃省密码管理局	甘肃省	national	hours unknown
> 630000	青海省密码管理局	青海省	national	hours unknown
> 640000	宁夏回族自治区密码管理局	宁夏回族自治区	local rest days	hours unknown
> 650000	新疆维吾尔自治区密码管理局	新疆维吾尔自治区	local rest days	hours unknown
> decision: 国家密码管理局, national calendar, 8:00-11:30, 14:00-17:30
>   hours from: Service Guide of the licence for e-government electronic certification service providers, Office address and service hours, (2) Service hours
> filing cutoff: by post or online 24:00; in person the closing time (unknown: hours unknown)

### 宁夏 2020 (tools/notices/local/640000-2020.txt: 开斋节 05-25..26): received Fri 2020-05-22, the office counts
#   05-27, 05-28, 05-29, 06-01, 06-02 (nationally 05-25..05-29 gives 05-29)
$ egca --office 640000 deadline acceptance 2020-05-22
> 2020-06-02
...

### 宁夏 2020 古尔邦节 (07-30..31) marked, named and its notice given in the month
$ egca --office 640000 calendar month 2020-07
> 2020-07（七月）
>   一  二  三  四  五  六  日
>           1   2   3   4   5
>   6   7   8   9  10  11  12
>  13  14  15  16  17  18  19
>  20  21  22  23  24  25  26
>  27  28  29  30* 31*
> * 休 节假日   + 班 调休上班日
> * 07-30..07-31 古尔邦节（地方假日）
> 通知：宁夏回族自治区人民政府办公厅关于2020年部分节假日安排的通知（2019-12-04）

### the same in English: the region's day marked (local)
$ egca --lang en --office 640000 calendar month 2020-07
> 2020-07 (July)
>   Mo  Tu  We  Th  Fr  Sa  Su
>           1   2   3   4   5
>   6   7   8   9  10  11  12
>  13  14  15  16  17  18  19
>  20  21  22  23  24  25  26
>  27  28  29  30* 31*
> * holiday   + adjusted working day (make-up working day)
> * 07-30..07-31 Eid al-Adha (Qurban) (local)
> notices: 宁夏回族自治区人民政府办公厅关于2020年部分节假日安排的通知 (2019-12-04)

### 宁夏 2025 is not shipped: provisional
$ egca --office 640000 add-workdays 2025-03-27 5
> 2025-04-03
! egca: add-workdays: 暂定：答案涉及节假日通知尚未确认的日期（见egca calendar coverage；--strict拒绝暂定的答案）

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
> 2023-04-20	工作日
> 2023-04-21	节假日	肉孜节
> 2023-04-22	周末
> 2023-04-23	调休上班日	劳动节

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
> 2017-04-01	节假日	壮族三月三

### the same in English: 壮族三月三 is the Zhuang Sanyuesan Festival
$ egca --lang en --office 450000 calendar days 2017-04-01 2017-04-01
> 2017-04-01	holiday	Zhuang Sanyuesan Festival
### ...
$ egca --office 450000 calendar days 2017-04-08 2017-04-08
> 2017-04-08	调休上班日	壮族三月三

### a case naming 新疆's office (tests/data/cases/office-xinjiang.json): received Wed 2025-06-04, the acceptance on
# the office's calendar (古尔邦节 06-06..10 closed): 06-05, 06-11, 06-12, 06-13, 06-16: due 06-16, met on 06-13
# (national: 06-11, and 06-13 would be late and deemed). The decision is 国家密码管理局's, national, from the
# acceptance 06-13 (Fri): 06-16..20 (5), 06-23..27 (10), 06-30..07-04 (15), 07-07..11 (20): due 07-11; the status
# query from the first working day after 15: 07-07
$ egca timeline @TESTDATA@/cases/office-xinjiang.json --as-of 2025-06-20
> 案件 XJ-2025-001，截至 2025-06-20
>
> 期限                                起算日      届满日      状态        完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-06-04  2025-06-16  按期完成    2025-06-13
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2025-06-13  2025-07-11  未届满      剩15个工作日
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 可以电话查询审批状态和结果之日      2025-06-13  2025-07-07  尚不能查询  剩11个工作日
>   依据：服务指南 公开查询

### the same events at 北京's office: the national calendar, accepted late (due 06-11) and deemed accepted from the
# receipt; the decision from 06-04: 06-05..06 (2), 06-09..13 (7), 06-16..20 (12), 06-23..27 (17), 06-30..07-02 (20)
$ egca timeline @TESTDATA@/cases/office-beijing.json --as-of 2025-06-20
> 案件 BJ-2025-001，截至 2025-06-20
>
> 期限                                起算日      届满日      状态        完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-06-04  2025-06-11  逾期完成    2025-06-13
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2025-06-04  2025-07-02  未届满      剩8个工作日
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 可以电话查询审批状态和结果之日      2025-06-04  2025-06-26  尚不能查询  剩4个工作日
>   依据：服务指南 公开查询
>
> 发现：
>   [违反] 2025-06-04 2025-06-04收到的申请材料至2025-06-11未获受理决定或一次性补正告知，自收到申请材料
>          之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）（deemed_accepted）
? 1

### a case naming 新疆 with --office naming another office is refused, not counted on the national days
$ egca --office 110000 timeline @TESTDATA@/cases/office-xinjiang.json --as-of 2025-06-20
! egca: @TESTDATA@/cases/office-xinjiang.json: /office: 案件指明受理机构650000（新疆维吾尔自治区），但给出的受理机构日历是全国日历
? 3

### the same in English (--lang en)
$ egca --lang en --office 110000 timeline @TESTDATA@/cases/office-xinjiang.json --as-of 2025-06-20
! egca: @TESTDATA@/cases/office-xinjiang.json: /office: the case names office 650000 (新疆维吾尔自治区), but the acceptance office's calendar given is national
? 3

### --local names one calendar for every case, as in a batch and the service: a case naming 广西 is refused on
# local notices that name no region, and counted with --office 450000 over them: received 03-27, 5 working days on
# 广西's calendar (壮族三月三 03-31, 04-01; 清明节 04-04..06): 03-28, 04-02, 04-03, 04-07, 04-08
$ egca --local @SRC@/tests/data/local/450000-2025.ics timeline @TESTDATA@/cases/office-guangxi.json --as-of 2025-03-28
! egca: @TESTDATA@/cases/office-guangxi.json: /office: the case names office 450000 (广西壮族自治区), but the acceptance office's calendar given has local notices of no named region: lay them over that office's calendar (egca_calendar_builder_add_office; the command's --office 450000)
? 3

### ... and with --office
$ egca --office 450000 --local @SRC@/tests/data/local/450000-2025.ics timeline @TESTDATA@/cases/office-guangxi.json --as-of 2025-03-28 --format json
> {
>   "case_id": "GX-1",
>   "as_of": "2025-03-28",
>   "clean": true,
>   "deadlines": [
>     {
>       "rule": "acceptance",
>       "title": "作出是否受理的决定或一次性告知补正",
>       "ref": null,
>       "anchor": "2025-03-27",
>       "due": "2025-04-08",
...

### a batch of cases of different offices: each case on its own office's calendar, the same line as the case alone
# gives: 新疆 XJ-1 met (due 06-16), 北京 BJ-1 and a case naming no office late (due 06-11), 新疆 XJ-2 deemed
# (due 06-16, the decision from the receipt 06-04 due 07-02 as above); one job, two and eight alike
$ egca timeline - --as-of 2025-06-20 --jobs 1 < @TESTDATA@/cases/batch/offices.ndjson
> {"case_id":"XJ-1","as_of":"2025-06-20","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"met","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-13","due":"2025-07-11","nominal":null,"status":"pending","met_on":null,"days_left":15,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-13","due":"2025-07-07","nominal":null,"status":"not_yet","met_on":null,"days_left":11,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[]}
> {"case_id":"BJ-1","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-11","nominal":null,"status":"late","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-11未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
> {"case_id":"NO-OFFICE","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-11","nominal":null,"status":"late","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-11未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
> {"case_id":"XJ-2","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"deemed","met_on":null,"days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-16未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
? 1

### the same with 2 jobs
$ egca timeline - --as-of 2025-06-20 --jobs 2 < @TESTDATA@/cases/batch/offices.ndjson
> {"case_id":"XJ-1","as_of":"2025-06-20","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"met","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-13","due":"2025-07-11","nominal":null,"status":"pending","met_on":null,"days_left":15,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-13","due":"2025-07-07","nominal":null,"status":"not_yet","met_on":null,"days_left":11,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[]}
> {"case_id":"BJ-1","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-11","nominal":null,"status":"late","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-11未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
> {"case_id":"NO-OFFICE","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-11","nominal":null,"status":"late","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-11未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
> {"case_id":"XJ-2","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"deemed","met_on":null,"days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-16未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
? 1

### the same with 8 jobs
$ egca timeline - --as-of 2025-06-20 --jobs 8 < @TESTDATA@/cases/batch/offices.ndjson
> {"case_id":"XJ-1","as_of":"2025-06-20","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"met","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-13","due":"2025-07-11","nominal":null,"status":"pending","met_on":null,"days_left":15,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-13","due":"2025-07-07","nominal":null,"status":"not_yet","met_on":null,"days_left":11,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[]}
> {"case_id":"BJ-1","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-11","nominal":null,"status":"late","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-11未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
> {"case_id":"NO-OFFICE","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-11","nominal":null,"status":"late","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-11未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
> {"case_id":"XJ-2","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"deemed","met_on":null,"days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-16未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
? 1

### national notices from files (--holidays): each office's calendar is built over them
$ egca --holidays @SRC@/data/holidays timeline - --as-of 2025-06-20 --jobs 2 < @TESTDATA@/cases/batch/offices.ndjson
> {"case_id":"XJ-1","as_of":"2025-06-20","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"met","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-13","due":"2025-07-11","nominal":null,"status":"pending","met_on":null,"days_left":15,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-13","due":"2025-07-07","nominal":null,"status":"not_yet","met_on":null,"days_left":11,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[]}
> {"case_id":"BJ-1","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-11","nominal":null,"status":"late","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-11未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
> {"case_id":"NO-OFFICE","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-11","nominal":null,"status":"late","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-11未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
> {"case_id":"XJ-2","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"deemed","met_on":null,"days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-16未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
? 1

### --office names the one office of every case of a batch: a case of another office is an error line, the rest go on
$ egca --office 650000 timeline - --as-of 2025-06-20 --jobs 2 < @TESTDATA@/cases/batch/offices.ndjson
> {"case_id":"XJ-1","as_of":"2025-06-20","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"met","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-13","due":"2025-07-11","nominal":null,"status":"pending","met_on":null,"days_left":15,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-13","due":"2025-07-07","nominal":null,"status":"not_yet","met_on":null,"days_left":11,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[]}
> {"line":2,"error":"<stdin>: /office: 案件指明受理机构110000（北京市），但给出的受理机构日历是新疆维吾尔自治区的日历"}
> {"case_id":"NO-OFFICE","as_of":"2025-06-20","clean":true,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"met","met_on":"2025-06-13","days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-13","due":"2025-07-11","nominal":null,"status":"pending","met_on":null,"days_left":15,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-13","due":"2025-07-07","nominal":null,"status":"not_yet","met_on":null,"days_left":11,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[]}
> {"case_id":"XJ-2","as_of":"2025-06-20","clean":false,"deadlines":[{"rule":"acceptance","title":"作出是否受理的决定或一次性告知补正","ref":null,"anchor":"2025-06-04","due":"2025-06-16","nominal":null,"status":"deemed","met_on":null,"days_left":null,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["中华人民共和国行政许可法 第三十二条第一款第（四）项","中华人民共和国行政许可法 第八十二条","服务指南 办理基本流程 （一）新申请 2"]},{"rule":"decision","title":"作出是否准予认定的决定","ref":null,"anchor":"2025-06-04","due":"2025-07-02","nominal":null,"status":"pending","met_on":null,"days_left":8,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["商用密码管理条例 第二十六条第二款","商用密码管理条例 第二十六条第三款","电子政务电子认证服务管理办法 第九条","中华人民共和国行政许可法 第四十五条","中华人民共和国行政许可法 第八十二条","服务指南 审批时限"]},{"rule":"status_query","title":"可以电话查询审批状态和结果之日","ref":null,"anchor":"2025-06-04","due":"2025-06-26","nominal":null,"status":"not_yet","met_on":null,"days_left":4,"unit":"working_days","provisional":false,"ambiguous":false,"other_reading":null,"readings":[],"basis":["服务指南 公开查询"]}],"findings":[{"code":"deemed_accepted","violation":true,"contested":false,"reading":null,"rule":"acceptance","date":"2025-06-04","message":"2025-06-04收到的申请材料至2025-06-16未获受理决定或一次性补正告知，自收到申请材料之日（2025-06-04）起即为受理（行政许可法 第三十二条第一款第（四）项）"}]}
? 3

### materials received by post on Sat 2025-06-07 count from the office's next working day, Mon 06-09 (docs/rules.md,
# receipt_after_hours, default next_working_day): 06-10, 06-11, 06-12, 06-13, 06-16
$ egca timeline @TESTDATA@/cases/receipt-saturday.json --as-of 2025-06-09
> 案件 SAT-2025-001，截至 2025-06-09
>
> 期限                                起算日      届满日       状态    完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-06-09  2025-06-16#  未届满  剩5个工作日
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否受理的决定或一次性告知补
>   正（起算日 2025-06-09），receipt_after_hours=next_working_day：2025-06-16 未届满（采用）；
>   receipt_after_hours=as_dated：2025-06-13 未届满。

### ... or, read as dated, from Sat 06-07: day 1 is 06-09, the fifth 06-13
$ egca timeline @TESTDATA@/cases/receipt-saturday.json --as-of 2025-06-09 --receipt as_dated
> 案件 SAT-2025-001，截至 2025-06-09
>
> 期限                                起算日      届满日       状态    完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-06-07  2025-06-13#  未届满  剩4个工作日
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否受理的决定或一次性告知补
>   正（起算日 2025-06-07），receipt_after_hours=next_working_day：2025-06-16 未届满；
>   receipt_after_hours=as_dated：2025-06-13 未届满（采用）。

### the same picked as the reading of the question: --receipt is its other spelling
$ egca timeline @TESTDATA@/cases/receipt-saturday.json --as-of 2025-06-09 --reading receipt_after_hours=as_dated
> 案件 SAT-2025-001，截至 2025-06-09
>
> 期限                                起算日      届满日       状态    完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-06-07  2025-06-13#  未届满  剩4个工作日
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：作出是否受理的决定或一次性告知补
>   正（起算日 2025-06-07），receipt_after_hours=next_working_day：2025-06-16 未届满；
>   receipt_after_hours=as_dated：2025-06-13 未届满（采用）。
### an unknown reading is a usage error
$ egca timeline @TESTDATA@/cases/receipt-saturday.json --as-of 2025-06-09 --receipt later
! egca: --receipt: 应为next_working_day或as_dated
? 2

### 18:00 at 北京's office, whose hours no source gives: due 06-11 as dated (06-05, 06-06, 06-09, 06-10, 06-11),
# 06-12 if after closing (from 06-05: 06-06, 06-09, 06-10, 06-11, 06-12); both shown, never assumed
$ egca timeline @TESTDATA@/cases/receipt-after-hours-unknown.json --as-of 2025-06-05
> 案件 BJ-2025-002，截至 2025-06-05
>
> 期限                                起算日      届满日       状态    完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-06-04  2025-06-11#  未届满  剩4个工作日
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
>
> # 受理机构的办公时间没有来源，收到材料是否在下班之后无从判断：作出是否受理的决定或一次性告知补正若按
>   下班之后收到计，届满日为 2025-06-12。
>
> 发现：
>   [提示] 2025-06-04 2025-06-04收到材料的时刻已记录，但受理机构的办公时间没有来源，无从判断是否在下班
>          之后；若在下班之后，按次一工作日收到计，期限届满日为2025-06-12（office_hours_unknown；有争
>          议：仅在读法 receipt_after_hours=next_working_day 下成立）

### offices: hours only where a source gives them (国家密码管理局, the service guide), filing cutoffs by channel
$ egca offices --format json
> {"offices":[{"code":"110000","name":"北京市密码管理局","region":"北京市","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"120000","name":"天津市密码管理局","region":"天津市","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"130000","name":"河北省密码管理局","region":"河北省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"140000","name":"山西省密码管理局","region":"山西省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"150000","name":"内蒙古自治区密码管理局","region":"内蒙古自治区","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"210000","name":"辽宁省密码管理局","region":"辽宁省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"220000","name":"吉林省密码管理局","region":"吉林省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"230000","name":"黑龙江省密码管理局","region":"黑龙江省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"310000","name":"上海市密码管理局","region":"上海市","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"320000","name":"江苏省密码管理局","region":"江苏省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"330000","name":"浙江省密码管理局","region":"浙江省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"340000","name":"安徽省密码管理局","region":"安徽省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"350000","name":"福建省密码管理局","region":"福建省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"360000","name":"江西省密码管理局","region":"江西省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"370000","name":"山东省密码管理局","region":"山东省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"410000","name":"河南省密码管理局","region":"河南省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"420000","name":"湖北省密码管理局","region":"湖北省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"430000","name":"湖南省密码管理局","region":"湖南省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"440000","name":"广东省密码管理局","region":"广东省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"450000","name":"广西壮族自治区密码管理局","region":"广西壮族自治区","local_holidays":true,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"460000","name":"海南省密码管理局","region":"海南省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"500000","name":"重庆市密码管理局","region":"重庆市","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"510000","name":"四川省密码管理局","region":"四川省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"520000","name":"贵州省密码管理局","region":"贵州省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"530000","name":"云南省密码管理局","region":"云南省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"540000","name":"西藏自治区密码管理局","region":"西藏自治区","local_holidays":true,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"610000","name":"陕西省密码管理局","region":"陕西省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"620000","name":"甘肃省密码管理局","region":"甘肃省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"630000","name":"青海省密码管理局","region":"青海省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"640000","name":"宁夏回族自治区密码管理局","region":"宁夏回族自治区","local_holidays":true,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"650000","name":"新疆维吾尔自治区密码管理局","region":"新疆维吾尔自治区","local_holidays":true,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}}],"decision":{"code":"000000","name":"国家密码管理局","region":"全国","local_holidays":false,"hours":"8:00-11:30, 14:00-17:30","closes":"17:30","hours_source":"电子政务电子认证服务机构资质认定 服务指南，办公地址和服务时间 （二）服务时间","filing_cutoff":{"in_person":"17:30","mail":"24:00","online":"24:00"}}}

### offices --format json in English: the hours' source cited in English, names and hours as the guide gives them
$ egca --lang en offices --format json
> {"offices":[{"code":"110000","name":"北京市密码管理局","region":"北京市","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"120000","name":"天津市密码管理局","region":"天津市","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"130000","name":"河北省密码管理局","region":"河北省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"140000","name":"山西省密码管理局","region":"山西省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"150000","name":"内蒙古自治区密码管理局","region":"内蒙古自治区","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"210000","name":"辽宁省密码管理局","region":"辽宁省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"220000","name":"吉林省密码管理局","region":"吉林省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"230000","name":"黑龙江省密码管理局","region":"黑龙江省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"310000","name":"上海市密码管理局","region":"上海市","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"320000","name":"江苏省密码管理局","region":"江苏省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"330000","name":"浙江省密码管理局","region":"浙江省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"340000","name":"安徽省密码管理局","region":"安徽省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"350000","name":"福建省密码管理局","region":"福建省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"360000","name":"江西省密码管理局","region":"江西省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"370000","name":"山东省密码管理局","region":"山东省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"410000","name":"河南省密码管理局","region":"河南省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"420000","name":"湖北省密码管理局","region":"湖北省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"430000","name":"湖南省密码管理局","region":"湖南省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"440000","name":"广东省密码管理局","region":"广东省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"450000","name":"广西壮族自治区密码管理局","region":"广西壮族自治区","local_holidays":true,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"460000","name":"海南省密码管理局","region":"海南省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"500000","name":"重庆市密码管理局","region":"重庆市","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"510000","name":"四川省密码管理局","region":"四川省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"520000","name":"贵州省密码管理局","region":"贵州省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"530000","name":"云南省密码管理局","region":"云南省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"540000","name":"西藏自治区密码管理局","region":"西藏自治区","local_holidays":true,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"610000","name":"陕西省密码管理局","region":"陕西省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"620000","name":"甘肃省密码管理局","region":"甘肃省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"630000","name":"青海省密码管理局","region":"青海省","local_holidays":false,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"640000","name":"宁夏回族自治区密码管理局","region":"宁夏回族自治区","local_holidays":true,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}},{"code":"650000","name":"新疆维吾尔自治区密码管理局","region":"新疆维吾尔自治区","local_holidays":true,"hours":null,"closes":null,"hours_source":null,"filing_cutoff":{"in_person":null,"mail":"24:00","online":"24:00"}}],"decision":{"code":"000000","name":"国家密码管理局","region":"全国","local_holidays":false,"hours":"8:00-11:30, 14:00-17:30","closes":"17:30","hours_source":"Service Guide of the licence for e-government electronic certification service providers, Office address and service hours, (2) Service hours","filing_cutoff":{"in_person":"17:30","mail":"24:00","online":"24:00"}}}
