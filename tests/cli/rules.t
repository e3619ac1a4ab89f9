# egca rules list | rules show RULE, and rule files loaded with --rules DIR.
# An unknown rule is a usage error (exit 2). Broken rule files are invalid data (exit 3): the message names
# file:line:column, the JSON pointer and what is wrong. Each case of tests/data/rules/<case>/ holds one
# broken deadlines.json beside the shipped conditions.json and materials.json (symbolic links).

### rules list: id, title, period, basis (tab-separated), one line per rule
$ egca rules list
> acceptance	作出是否受理的决定或一次性告知补正	起算日后5个工作日	中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第八十二条；服务指南 办理基本流程 （一）新申请 2
> decision	作出是否准予认定的决定	起算日后20个工作日，中止期间不计入	商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管理办法 第九条；中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第八十二条；服务指南 审批时限
> decision_extension	经负责人批准延长后的决定期限	decision的期限再延长10个工作日，中止期间不计入	中华人民共和国行政许可法 第四十二条第一款；中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第八十二条
> review_time_notice	书面告知技术评审所需时间	当日	商用密码管理条例 第二十六条第三款；中华人民共和国行政许可法 第四十五条；服务指南 办理基本流程 （一）新申请 3
> notification	通知申请人并颁发、送达审批结果	起算日后10个工作日	中华人民共和国行政许可法 第四十四条；中华人民共和国行政许可法 第八十二条；服务指南 结果送达
> status_query	可以电话查询审批状态和结果之日	起算日后15个工作日，再取其后第一个工作日	服务指南 公开查询
> certificate_validity	资质证书有效期的最后一日	起算日后5年	电子政务电子认证服务管理办法 第十二条；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零二条
> change_filing	办理变更手续	起算日后30日，届满日遇休息日顺延至其后第一个工作日	电子政务电子认证服务管理办法 第十四条；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零三条；服务指南 办理基本流程 （二）事项变更
> renewal_filing	提出延续申请的最后一日	起算日前60日，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）	电子政务电子认证服务管理办法 第十五条；中华人民共和国行政许可法 第五十条第一款；服务指南 办理基本流程 （三）有效期届满延续
> renewal_decision	作出是否准予延续的决定	当日	中华人民共和国行政许可法 第五十条第二款；服务指南 办理基本流程 （三）有效期届满延续
> certificate_delivery	颁发、送达资质证书	起算日后10个工作日	中华人民共和国行政许可法 第四十四条；中华人民共和国行政许可法 第八十二条
> renewal_acceptance	对延续申请作出是否受理的决定或一次性告知补正	起算日后5个工作日	中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第五十条第一款；中华人民共和国行政许可法 第八十二条
> change_acceptance	对变更申请作出是否受理的决定或一次性告知补正	起算日后5个工作日	中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第四十九条；中华人民共和国行政许可法 第八十二条
> change_decision	作出是否准予变更的决定	未规定期限（不予计算，见原因）	中华人民共和国行政许可法 第四十九条；服务指南 办理基本流程 （二）事项变更
> hearing_request	申请人提出听证申请	起算日后5日，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政许可法 第四十七条第一款；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零三条
> hearing_held	组织听证	起算日后20个工作日	中华人民共和国行政许可法 第四十七条第一款；中华人民共和国行政许可法 第八十二条
> hearing_notice	通知听证的时间、地点	起算日前7个工作日	中华人民共和国行政许可法 第四十八条第一款第（一）项；中华人民共和国行政许可法 第八十二条
> reconsideration	申请行政复议	起算日后60日，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政复议法 第二十条第一款；中华人民共和国行政复议法 第八十八条第一款；中华人民共和国民事诉讼法 第八十五条
> reconsideration_untold	未告知复议权利时申请行政复议的最长期限	起算日后1年，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政复议法 第二十条第三款；中华人民共和国行政复议法 第八十八条第一款；中华人民共和国民事诉讼法 第八十五条
> litigation_untold	未告知起诉期限时提起行政诉讼的最长期限	起算日后1年，届满日遇休息日顺延至其后第一个工作日	最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第六十四条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条
> litigation	提起行政诉讼	起算日后6个月，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条
> litigation_after_reconsideration	不服复议决定提起行政诉讼	起算日后15日，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政诉讼法 第四十五条；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条

### rules show: every field of a rule
$ egca rules show renewal_filing
> renewal_filing：提出延续申请的最后一日
> 施行日期：2020-01-01（2009年《电子政务电子认证服务管理办法》（国密局发〔2009〕7号））
> 起算日：资质有效期届满之日（最后有效日）
> 不予计算：办法 第十五条自2024-11-01施行；此前有无规章改变行政许可法 第五十条第一款的三十日未能查证
> 依据：中华人民共和国行政许可法 第五十条第一款
>
> renewal_filing：提出延续申请的最后一日
> 施行日期：2024-11-01（电子政务电子认证服务管理办法（国家密码管理局令第4号））
> 起算日：资质有效期届满之日（最后有效日）
> 期限：起算日前60日，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）
> 单位：days
> 数量：60
> 方向：before
> 中止：none
> 遇休息日：earlier_or_later
> 结果：last_day
> 截止时间：24:00（现场办理：17:30）
> 期限归属：申请人
> 依据：电子政务电子认证服务管理办法 第十五条
> 依据：中华人民共和国行政许可法 第五十条第一款
> 服务指南：办理基本流程 （三）有效期届满延续
> 备注：行政许可法 第五十条第一款规定届满三十日前提出，但规章另有规定的依照其规定；60日依服务指南（办法 第十五条可读的文本止于“应当在有效”）。倒算期间的最后一日为休息日如何处理没有明文（readings.json 的问题 renewal_rest_day）：默认取此前最后一个工作日；类推民法典 第二百零三条则为此后第一个工作日。

### rules show: a contested rule that extends another
$ egca rules show decision_extension
> decision_extension：经负责人批准延长后的决定期限
> 施行日期：2020-01-01（中华人民共和国密码法（2020年1月1日起施行）第二十九条；中华人民共和国行政许可法）
> 起算日：受理申请之日
> 期限：decision的期限再延长10个工作日，中止期间不计入
> 单位：working_days
> 数量：10
> 方向：after
> 延长：decision
> 中止：exclude
> 遇休息日：none
> 结果：last_day
> 截止时间：24:00
> 期限归属：国家密码管理局
> 依据：中华人民共和国行政许可法 第四十二条第一款
> 依据：中华人民共和国行政许可法 第四十五条
> 依据：中华人民共和国行政许可法 第八十二条
> 备注：商用密码管理条例（2023）施行前，没有法律、法规另行规定本许可的决定期限，行政许可法 第四十二条第一款的延长十日直接适用。
>
> decision_extension：经负责人批准延长后的决定期限
> 施行日期：2023-07-01（商用密码管理条例（国务院令第760号，2023年7月1日起施行））
> 起算日：受理申请之日
> 期限：decision的期限再延长10个工作日，中止期间不计入
> 单位：working_days
> 数量：10
> 方向：after
> 延长：decision
> 中止：exclude
> 遇休息日：none
> 结果：last_day
> 截止时间：24:00
> 期限归属：国家密码管理局
> 依据：中华人民共和国行政许可法 第四十二条第一款
> 依据：中华人民共和国行政许可法 第四十五条
> 依据：中华人民共和国行政许可法 第八十二条
> 有争议：是
> 备注：行政许可法 第四十二条第一款允许延长十日，但“法律、法规另有规定的，依照其规定”；商用密码管理条例 第二十六条规定20个工作日，未规定延长。
>
> decision_extension：经负责人批准延长后的决定期限
> 施行日期：2024-11-01（电子政务电子认证服务管理办法（国家密码管理局令第4号））
> 起算日：受理申请之日
> 期限：decision的期限再延长10个工作日，中止期间不计入
> 单位：working_days
> 数量：10
> 方向：after
> 延长：decision
> 中止：exclude
> 遇休息日：none
> 结果：last_day
> 截止时间：24:00
> 期限归属：国家密码管理局
> 依据：中华人民共和国行政许可法 第四十二条第一款
> 依据：中华人民共和国行政许可法 第四十五条
> 依据：中华人民共和国行政许可法 第八十二条
> 有争议：是
> 备注：行政许可法 第四十二条第一款允许经本行政机关负责人批准延长十日，但“法律、法规另有规定的，依照其规定”；商用密码管理条例 第二十六条规定20个工作日，未规定延长。延长是否适用于本许可没有定论。

### rules show: an unknown rule is a usage error
$ egca rules show acceptence
! egca: rules show: 未知规则"acceptence"（egca rules list列出全部规则）
? 2

### rules needs list or show RULE
$ egca rules
! egca: rules: 应为`rules list`、`rules show RULE`或`rules readings`
? 2

### rules show needs exactly one rule
$ egca rules show
! egca: rules: 应为`rules list`、`rules show RULE`或`rules readings`
? 2

### the shipped rules directory loads with --rules as the built-in copy does
$ egca --rules @SRC@/rules deadline acceptance 2025-09-30
> 2025-10-14
...

### a directory that does not exist
$ egca --rules @TESTDATA@/rules/no-such-case rules list
! egca: @TESTDATA@/rules/no-such-case/deadlines.json: 无法打开：文件或目录不存在
? 3

### a directory that does not exist (in English)
$ egca --lang en --rules @TESTDATA@/rules/no-such-case rules list
! egca: @TESTDATA@/rules/no-such-case/deadlines.json: cannot open: No such file or directory
? 3

### two versions side by side: the version in force on the start date applies (5 working days before 2026)
$ egca --rules @TESTDATA@/rules/valid-two-versions deadline acceptance 2025-09-30
> 2025-10-14
> acceptance：作出是否受理的决定或一次性告知补正
...

### two versions side by side: the hypothetical 2026 version counts 7 (03-03..06, 03-09..11)
$ egca --rules @TESTDATA@/rules/valid-two-versions deadline acceptance 2026-03-02
> 2026-03-11
> acceptance：作出是否受理的决定或一次性告知补正（示例：假设的新版本）
...

### two versions side by side: the extension adds 10 to the decision version in force (25 + 10 = 35)
$ egca --rules @TESTDATA@/rules/valid-two-versions deadline decision_extension 2026-03-02
> 2026-04-21
...

### two versions side by side: rules list shows the latest version of each rule
$ egca --rules @TESTDATA@/rules/valid-two-versions rules list
> acceptance	作出是否受理的决定或一次性告知补正（示例：假设的新版本）	起算日后7个工作日	中华人民共和国行政许可法 第三十二条第一款第（四）项
> decision	作出是否准予认定的决定（示例：假设的新版本）	起算日后25个工作日，中止期间不计入	商用密码管理条例 第二十六条第二款
...

### two versions side by side: rules show lists both, oldest first
$ egca --rules @TESTDATA@/rules/valid-two-versions rules show acceptance
> acceptance：作出是否受理的决定或一次性告知补正
> 施行日期：2024-11-01（电子政务电子认证服务管理办法（国家密码管理局令第4号））
> 起算日：收到申请材料之日（或收到全部补正材料之日）
> 期限：起算日后5个工作日
> 单位：working_days
> 数量：5
> 方向：after
> 中止：none
> 遇休息日：none
> 结果：last_day
> 截止时间：24:00
> 期限归属：受理机构
> 依据：中华人民共和国行政许可法 第三十二条第一款第（四）项
> 依据：中华人民共和国行政许可法 第八十二条
> 服务指南：办理基本流程 （一）新申请 2
> 备注：逾期不告知补正的，自收到申请材料之日起即为受理（行政许可法 第三十二条第一款第（四）项），决定期限也从收到之日起算。
> 逾期后果的依据：中华人民共和国行政许可法 第三十二条第一款第（四）项
>
> acceptance：作出是否受理的决定或一次性告知补正（示例：假设的新版本）
> 施行日期：2026-01-01（假设的后续版本（仅用于测试按日期选择版本））
> 起算日：收到申请材料之日
> 期限：起算日后7个工作日
> 单位：working_days
> 数量：7
> 方向：after
> 中止：none
> 遇休息日：none
> 结果：last_day
> 截止时间：24:00
> 期限归属：受理机构
> 依据：中华人民共和国行政许可法 第三十二条第一款第（四）项
> 逾期后果的依据：中华人民共和国行政许可法 第三十二条第一款第（四）项

### broken rules: a cutoff that is not HH:MM (bad-cutoff)
$ egca --rules @TESTDATA@/rules/bad-cutoff deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/bad-cutoff/deadlines.json:18:17: /deadlines/0/cutoff: "5pm"不是00:01至24:00之间的时刻HH:MM
? 3

### broken rules: an effective date that does not exist (bad-effective-date)
$ egca --rules @TESTDATA@/rules/bad-effective-date deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/bad-effective-date/deadlines.json:7:25: /deadlines/0/effective_from: "2024-11-31"：2024-11没有31日
? 3

### broken rules: an effective date that does not exist (bad-effective-date) (in English)
$ egca --lang en --rules @TESTDATA@/rules/bad-effective-date deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/bad-effective-date/deadlines.json:7:25: /deadlines/0/effective_from: "2024-11-31": 2024-11 has no day 31
? 3

### broken rules: a basis entry without its article (basis-missing-article)
$ egca --rules @TESTDATA@/rules/basis-missing-article deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/basis-missing-article/deadlines.json:10:9: /deadlines/0/basis/0: 缺少必填字段"article"
? 3

### broken rules: a basis entry without its article (basis-missing-article) (in English)
$ egca --lang en --rules @TESTDATA@/rules/basis-missing-article deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/basis-missing-article/deadlines.json:10:9: /deadlines/0/basis/0: missing required field "article"
? 3

### broken rules: a basis that is not a list (basis-not-array)
$ egca --rules @TESTDATA@/rules/basis-not-array deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/basis-not-array/deadlines.json:9:16: /deadlines/0/basis: 应为数组，实际为字符串
? 3

### broken rules: an unknown field in a basis entry (basis-unknown-field)
$ egca --rules @TESTDATA@/rules/basis-unknown-field deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/basis-unknown-field/deadlines.json:10:71: /deadlines/0/basis/0/paragraph: 未知字段"paragraph"
? 3

### broken rules: an unknown field in a basis entry (basis-unknown-field) (in English)
$ egca --lang en --rules @TESTDATA@/rules/basis-unknown-field deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/basis-unknown-field/deadlines.json:10:71: /deadlines/0/basis/0/paragraph: unknown field "paragraph"
? 3

### broken rules: "contested" that is not true or false (contested-not-bool)
$ egca --rules @TESTDATA@/rules/contested-not-bool deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/contested-not-bool/deadlines.json:19:20: /deadlines/0/contested: 应为true或false，实际为字符串
? 3

### broken rules: a contested rule without a note (contested-without-note)
$ egca --rules @TESTDATA@/rules/contested-without-note deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/contested-without-note/deadlines.json:19:20: /deadlines/0/contested: 有争议的规则需要"note"说明理由
? 3

### broken rules: a count that is not an integer (count-fraction)
$ egca --rules @TESTDATA@/rules/count-fraction deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/count-fraction/deadlines.json:13:16: /deadlines/0/count: 5.5不是整数
? 3

### broken rules: a count that is not an integer (count-fraction) (in English)
$ egca --lang en --rules @TESTDATA@/rules/count-fraction deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/count-fraction/deadlines.json:13:16: /deadlines/0/count: 5.5 is not an integer
? 3

### broken rules: a negative count (count-negative)
$ egca --rules @TESTDATA@/rules/count-negative deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/count-negative/deadlines.json:13:16: /deadlines/0/count: -5超出范围（0..10000）
? 3

### broken rules: a negative count (count-negative) (in English)
$ egca --lang en --rules @TESTDATA@/rules/count-negative deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/count-negative/deadlines.json:13:16: /deadlines/0/count: -5 is out of range (0..10000)
? 3

### broken rules: a count written as a string (count-string)
$ egca --rules @TESTDATA@/rules/count-string deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/count-string/deadlines.json:13:16: /deadlines/0/count: 应为整数，实际为字符串
? 3

### broken rules: a count out of range (count-too-large)
$ egca --rules @TESTDATA@/rules/count-too-large deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/count-too-large/deadlines.json:13:16: /deadlines/0/count: 100000超出范围（0..10000）
? 3

### broken rules: a cutoff after 24:00 (cutoff-out-of-range)
$ egca --rules @TESTDATA@/rules/cutoff-out-of-range deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/cutoff-out-of-range/deadlines.json:18:17: /deadlines/0/cutoff: "24:30"不是00:01至24:00之间的时刻HH:MM
? 3

### broken rules: "deadlines" is not an array (deadlines-not-array)
$ egca --rules @TESTDATA@/rules/deadlines-not-array deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/deadlines-not-array/deadlines.json:2:16: /deadlines: 应为数组，实际为对象
? 3

### broken rules: a key given twice (duplicate-key)
$ egca --rules @TESTDATA@/rules/duplicate-key deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/duplicate-key/deadlines.json:14:7: /deadlines/0/count: 重复的键"count"
? 3

### broken rules: a key given twice (duplicate-key) (in English)
$ egca --lang en --rules @TESTDATA@/rules/duplicate-key deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/duplicate-key/deadlines.json:14:7: /deadlines/0/count: duplicate key "count"
? 3

### broken rules: two versions with one effective date (duplicate-version)
$ egca --rules @TESTDATA@/rules/duplicate-version deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/duplicate-version/deadlines.json:24:25: /deadlines/1/effective_from: 规则"acceptance"已有自2024-11-01起施行的版本（/deadlines/0）
? 3

### broken rules: an empty title (empty-title)
$ egca --rules @TESTDATA@/rules/empty-title deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/empty-title/deadlines.json:5:16: /deadlines/0/title: 不得为空
? 3

### broken rules: a rule that extends itself (extends-itself)
$ egca --rules @TESTDATA@/rules/extends-itself deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/extends-itself/deadlines.json:19:18: /deadlines/0/extends: 规则不能延长自身
? 3

### broken rules: an extension of an unknown rule (extends-unknown)
$ egca --rules @TESTDATA@/rules/extends-unknown deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/extends-unknown/deadlines.json:19:18: /deadlines/0/extends: 未知规则id"decisions"
? 3

### the same in English (--lang en): the message only is translated, the file, line, column and pointer stay
$ egca --lang en --rules @TESTDATA@/rules/extends-unknown deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/extends-unknown/deadlines.json:19:18: /deadlines/0/extends: unknown rule id "decisions"
? 3

### broken rules: an extension of an extension (extension-chain)
$ egca --rules @TESTDATA@/rules/extension-chain deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/extension-chain/deadlines.json:58:18: /deadlines/2/extends: "decision"本身延长"status_query"：延长不能连环
? 3

### broken rules: an extension counting the other way (extension-direction)
$ egca --rules @TESTDATA@/rules/extension-direction deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/extension-direction/deadlines.json:57:18: /deadlines/2/extends: "decision"的计算单位为working_days、方向为after；延长须以相同单位、相同方向计算
? 3

### broken rules: an unknown field in the guide reference (guide-unknown-field)
$ egca --rules @TESTDATA@/rules/guide-unknown-field deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/guide-unknown-field/deadlines.json:12:38: /deadlines/0/guide/page: 未知字段"page"
? 3

### broken rules: a rules directory without conditions.json (missing-conditions)
$ egca --rules @TESTDATA@/rules/missing-conditions deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/missing-conditions/conditions.json: 无法打开：文件或目录不存在
? 3

### broken rules: a rules directory without materials.json (missing-materials)
$ egca --rules @TESTDATA@/rules/missing-materials deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/missing-materials/materials.json: 无法打开：文件或目录不存在
? 3

### broken rules: a required field left out (missing-field)
$ egca --rules @TESTDATA@/rules/missing-field deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/missing-field/deadlines.json:3:5: /deadlines/0: 缺少必填字段"count"
? 3


### broken rules: neither a legal basis nor the guide (no-basis-no-guide)
$ egca --rules @TESTDATA@/rules/no-basis-no-guide deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/no-basis-no-guide/deadlines.json:9:16: /deadlines/0/basis: 规则需要法律依据或服务指南的章节
? 3

### broken rules: bytes that are not UTF-8 (not-utf8)
$ egca --rules @TESTDATA@/rules/not-utf8 deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/not-utf8/deadlines.json:5:17: 无效的UTF-8（字节0xFF）
? 3

### broken rules: bytes that are not UTF-8 (not-utf8) (in English)
$ egca --lang en --rules @TESTDATA@/rules/not-utf8 deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/not-utf8/deadlines.json:5:17: invalid UTF-8 (byte 0xFF)
? 3

### broken rules: pauses on a calendar-day period (pause-on-calendar-days)
$ egca --rules @TESTDATA@/rules/pause-on-calendar-days deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/pause-on-calendar-days/deadlines.json:15:16: /deadlines/0/pause: pause为"exclude"时unit必须为"working_days"：中止期间只扣除工作日（行政许可法第四十五条）
? 3

### broken rules: a roll on a working-day period (roll-on-working-days)
$ egca --rules @TESTDATA@/rules/roll-on-working-days deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/roll-on-working-days/deadlines.json:16:15: /deadlines/0/roll: 按工作日计算的期限总在工作日届满：roll必须为"none"
? 3

### broken rules: a rest-day roll without the article that moves it (roll-basis-missing: change_filing without "roll_basis")
$ egca --rules @TESTDATA@/rules/roll-basis-missing deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/roll-basis-missing/deadlines.json:205:5: /deadlines/7: roll为"next_working_day"时需要"roll_basis"："basis"中规定届满日遇休息日顺延的条文
? 3

### broken rules: a roll_basis that is none of the rule's basis (roll-basis-not-in-basis: 民法典 第二百零四条)
$ egca --lang en --rules @TESTDATA@/rules/roll-basis-not-in-basis deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/roll-basis-not-in-basis/deadlines.json:222:21: /deadlines/7/roll_basis: "roll_basis" 中华人民共和国民法典 第二百零四条 is not one of the rule's "basis"
? 3

### broken rules: a roll_basis on a roll that is an open question (roll-basis-without-roll: renewal_filing, earlier_or_later)
$ egca --rules @TESTDATA@/rules/roll-basis-without-roll deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/roll-basis-without-roll/deadlines.json:250:49: /deadlines/8/roll_basis: 只有roll为"next_working_day"时才给出"roll_basis"
? 3

### broken rules: the document is not an object (root-not-object)
$ egca --rules @TESTDATA@/rules/root-not-object deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/root-not-object/deadlines.json:1:1: /: 应为对象，实际为数组
? 3

### broken rules: the document is not an object (root-not-object) (in English)
$ egca --lang en --rules @TESTDATA@/rules/root-not-object deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/root-not-object/deadlines.json:1:1: /: expected an object, found an array
? 3

### broken rules: a truncated file (syntax-error)
$ egca --rules @TESTDATA@/rules/syntax-error deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/syntax-error/deadlines.json:12:7: JSON文本意外结束
? 3

### broken rules: a truncated file (syntax-error) (in English)
$ egca --lang en --rules @TESTDATA@/rules/syntax-error deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/syntax-error/deadlines.json:12:7: unexpected end of JSON text
? 3

### broken rules: an unknown direction (unknown-direction)
$ egca --rules @TESTDATA@/rules/unknown-direction deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/unknown-direction/deadlines.json:14:20: /deadlines/0/direction: 未知的方向"around"：应为"after"或"before"
? 3

### the same in English: the allowed values listed
$ egca --lang en --rules @TESTDATA@/rules/unknown-direction deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/unknown-direction/deadlines.json:14:20: /deadlines/0/direction: unknown direction "around": expected after or before
? 3

### broken rules: an unknown field in a rule (unknown-field)
$ egca --rules @TESTDATA@/rules/unknown-field deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/unknown-field/deadlines.json:14:7: /deadlines/0/days: 未知字段"days"
? 3

### broken rules: a rule id that is not lowercase letters, digits and underscores (bad-rule-id)
$ egca --rules @TESTDATA@/rules/bad-rule-id deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/bad-rule-id/deadlines.json:4:13: /deadlines/0/id: 规则id"Acceptance"必须由1至64个小写字母、数字或下划线组成
? 3

### broken rules: an unknown field in "applies" (applies-unknown-field)
$ egca --rules @TESTDATA@/rules/applies-unknown-field deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/applies-unknown-field/deadlines.json:26:9: /deadlines/0/applies/restarts: 未知字段"restarts"
? 3

### broken rules: an event type that does not exist in "applies" (applies-unknown-event)
$ egca --rules @TESTDATA@/rules/applies-unknown-event deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/applies-unknown-event/deadlines.json:24:20: /deadlines/0/applies/events/0: 未知事件类型"recieved"（docs/case.md列出全部事件类型）
? 3

### broken rules: a lapse on a day, which is not a duty (lapse-on-a-day)
$ egca --rules @TESTDATA@/rules/lapse-on-a-day deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/lapse-on-a-day/deadlines.json:173:16: /deadlines/5/lapse: 只有案件适用的义务（"applies"）才会期满
? 3

### broken rules: an authority's period that does not say which authority (authority-missing)
$ egca --rules @TESTDATA@/rules/authority-missing deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/authority-missing/deadlines.json:37:5: /deadlines/1: 缺少必填字段"authority"（当事方为机关时须写明哪个机关）
? 3

### broken rules: instances keyed by ref on events without one (keyed-without-ref)
$ egca --rules @TESTDATA@/rules/keyed-without-ref deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/keyed-without-ref/deadlines.json:148:21: /deadlines/4/applies/keyed_by: 按ref区分的实例需要带有ref的事件（change_occurred、change_filed、change_answered）
? 3

### broken rules: a rule from the acceptance listed before the rule that deems it (anchor-before-its-rule)
$ egca --rules @TESTDATA@/rules/anchor-before-its-rule deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/anchor-before-its-rule/deadlines.json:3:5: /deadlines/0: 规则"decision"自受理起算，该起算点由规则"acceptance"确定：应先列出"acceptance"
? 3

### broken rules: an unknown pause policy (unknown-pause)
$ egca --rules @TESTDATA@/rules/unknown-pause deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/unknown-pause/deadlines.json:15:16: /deadlines/0/pause: 未知的中止计算方式"include"：应为"none"或"exclude"
? 3

### broken rules: an unknown result (unknown-result)
$ egca --rules @TESTDATA@/rules/unknown-result deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/unknown-result/deadlines.json:17:17: /deadlines/0/result: 未知的届满日形式"next_day"：应为"last_day"或"first_working_day_after"
? 3

### broken rules: an unknown roll policy (unknown-roll)
$ egca --rules @TESTDATA@/rules/unknown-roll deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/unknown-roll/deadlines.json:16:15: /deadlines/0/roll: 未知的顺延方式"forward"：应为"none"、"next_working_day"或"earlier_or_later"
? 3

### broken rules: an unknown top-level field (unknown-top-field)
$ egca --rules @TESTDATA@/rules/unknown-top-field deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/unknown-top-field/deadlines.json:2:3: /deadline: 未知字段"deadline"
? 3

### broken rules: an unknown unit (unknown-unit)
$ egca --rules @TESTDATA@/rules/unknown-unit deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/unknown-unit/deadlines.json:12:15: /deadlines/0/unit: 未知的单位"weeks"：应为"working_days"、"days"、"years"或"months"
? 3

### broken rules: a version that sets no period takes no count (refused-with-a-period)
$ egca --rules @TESTDATA@/rules/refused-with-a-period deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/refused-with-a-period/deadlines.json:11:7: /deadlines/0/count: 未知字段"count"
? 3

### broken rules: an unknown pause in a paused_by list (paused-by-unknown)
$ egca --rules @TESTDATA@/rules/paused-by-unknown deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/paused-by-unknown/deadlines.json:17:94: /deadlines/0/applies/paused_by/1: 未知中止情形"lunch"：应为"technical_review"或"hearing"
? 3

### broken rules: outcome only for a rule that runs from events (outcome-not-from-events)
$ egca --rules @TESTDATA@/rules/outcome-not-from-events deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/outcome-not-from-events/deadlines.json:18:67: /deadlines/0/applies/outcome: 只有自事件起算的规则才按决定结果筛选事件
? 3

### broken rules: the licence's first day must be a date (licence-bad-date)
$ egca --rules @TESTDATA@/rules/licence-bad-date deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/licence-bad-date/deadlines.json:2:23: /licence/from: "2020-02-30"：2020-02没有30日
? 3

### a rule set need not hold every shipped rule (valid-without-a-rule has no renewal_decision): that id is unknown
$ egca --rules @TESTDATA@/rules/valid-without-a-rule deadline renewal_decision 2030-03-10
! egca: deadline: 未知规则"renewal_decision"（规则：acceptance, decision, decision_extension, review_time_notice, notification, status_query, certificate_validity, change_filing, renewal_filing, hearing_request, hearing_notice, hearing_held）
? 2

### a rule added under a new id (valid-copied-rule: a copy of notification named notification_copy) is listed
$ egca --rules @TESTDATA@/rules/valid-copied-rule rules list
> acceptance	作出是否受理的决定或一次性告知补正	起算日后5个工作日	中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第八十二条；服务指南 办理基本流程 （一）新申请 2
> decision	作出是否准予认定的决定	起算日后20个工作日，中止期间不计入	商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管理办法 第九条；中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第八十二条；服务指南 审批时限
> decision_extension	经负责人批准延长后的决定期限	decision的期限再延长10个工作日，中止期间不计入	中华人民共和国行政许可法 第四十二条第一款；中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第八十二条
> review_time_notice	书面告知技术评审所需时间	当日	商用密码管理条例 第二十六条第三款；中华人民共和国行政许可法 第四十五条；服务指南 办理基本流程 （一）新申请 3
> notification	通知申请人并颁发、送达审批结果	起算日后10个工作日	中华人民共和国行政许可法 第四十四条；中华人民共和国行政许可法 第八十二条；服务指南 结果送达
> status_query	可以电话查询审批状态和结果之日	起算日后15个工作日，再取其后第一个工作日	服务指南 公开查询
> certificate_validity	资质证书有效期的最后一日	起算日后5年	电子政务电子认证服务管理办法 第十二条；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零二条
> change_filing	办理变更手续	起算日后30日，届满日遇休息日顺延至其后第一个工作日	电子政务电子认证服务管理办法 第十四条；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零三条；服务指南 办理基本流程 （二）事项变更
> renewal_filing	提出延续申请的最后一日	起算日前60日，届满日遇休息日提前至此前最后一个工作日或顺延至其后第一个工作日：未决问题（egca rules readings）	电子政务电子认证服务管理办法 第十五条；中华人民共和国行政许可法 第五十条第一款；服务指南 办理基本流程 （三）有效期届满延续
> renewal_decision	作出是否准予延续的决定	当日	中华人民共和国行政许可法 第五十条第二款；服务指南 办理基本流程 （三）有效期届满延续
> certificate_delivery	颁发、送达资质证书	起算日后10个工作日	中华人民共和国行政许可法 第四十四条；中华人民共和国行政许可法 第八十二条
> renewal_acceptance	对延续申请作出是否受理的决定或一次性告知补正	起算日后5个工作日	中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第五十条第一款；中华人民共和国行政许可法 第八十二条
> change_acceptance	对变更申请作出是否受理的决定或一次性告知补正	起算日后5个工作日	中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第四十九条；中华人民共和国行政许可法 第八十二条
> change_decision	作出是否准予变更的决定	未规定期限（不予计算，见原因）	中华人民共和国行政许可法 第四十九条；服务指南 办理基本流程 （二）事项变更
> hearing_request	申请人提出听证申请	起算日后5日，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政许可法 第四十七条第一款；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零三条
> hearing_held	组织听证	起算日后20个工作日	中华人民共和国行政许可法 第四十七条第一款；中华人民共和国行政许可法 第八十二条
> hearing_notice	通知听证的时间、地点	起算日前7个工作日	中华人民共和国行政许可法 第四十八条第一款第（一）项；中华人民共和国行政许可法 第八十二条
> reconsideration	申请行政复议	起算日后60日，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政复议法 第二十条第一款；中华人民共和国行政复议法 第八十八条第一款；中华人民共和国民事诉讼法 第八十五条
> reconsideration_untold	未告知复议权利时申请行政复议的最长期限	起算日后1年，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政复议法 第二十条第三款；中华人民共和国行政复议法 第八十八条第一款；中华人民共和国民事诉讼法 第八十五条
> litigation_untold	未告知起诉期限时提起行政诉讼的最长期限	起算日后1年，届满日遇休息日顺延至其后第一个工作日	最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第六十四条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条
> litigation	提起行政诉讼	起算日后6个月，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政诉讼法 第四十六条第一款；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条
> litigation_after_reconsideration	不服复议决定提起行政诉讼	起算日后15日，届满日遇休息日顺延至其后第一个工作日	中华人民共和国行政诉讼法 第四十五条；最高人民法院关于适用《中华人民共和国行政诉讼法》的解释 第四十八条
> notification_copy	通知申请人并颁发、送达审批结果	起算日后10个工作日	中华人民共和国行政许可法 第四十四条；中华人民共和国行政许可法 第八十二条；服务指南 结果送达

### ... computed by deadline like the original: 10 working days after 2025-12-22 (Sun 2026-01-04 is a make-up day)
$ egca --rules @TESTDATA@/rules/valid-copied-rule deadline notification_copy 2025-12-22
> 2026-01-06
> notification_copy：通知申请人并颁发、送达审批结果
...

### ... and applied by timeline like the original (its row is the last: the rules' file order)
$ egca --rules @TESTDATA@/rules/valid-copied-rule timeline @SRC@/examples/case-granted.json --as-of 2026-03-20
> 案件 GD-2025-017，截至 2026-03-20
>
> 期限                                起算日      届满日        状态      完成日或剩余
> 作出是否受理的决定或一次性告知补正  2025-09-30  2025-10-14    按期完成  2025-10-13
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否受理的决定或一次性告知补正  2025-10-27  2025-11-03    按期完成  2025-10-30
>   依据：行政许可法 第三十二条第一款第（四）项；行政许可法 第八十二条；服务指南 办理基本流程 （一）新
>         申请 2
> 作出是否准予认定的决定              2025-10-30  2025-12-26    按期完成  2025-12-22
>   依据：商用密码管理条例 第二十六条第二款；商用密码管理条例 第二十六条第三款；电子政务电子认证服务管
>         理办法 第九条；行政许可法 第四十五条；行政许可法 第八十二条；服务指南 审批时限
> 书面告知技术评审所需时间            2025-11-12  2025-11-12    按期完成  2025-11-10
>   依据：商用密码管理条例 第二十六条第三款；行政许可法 第四十五条；服务指南 办理基本流程 （一）新申请
>         3
> 通知申请人并颁发、送达审批结果      2025-12-22  2026-01-06    按期完成  2025-12-26
>   依据：行政许可法 第四十四条；行政许可法 第八十二条；服务指南 结果送达
> 可以电话查询审批状态和结果之日      2025-10-30  2025-11-21    可以查询  -
>   依据：服务指南 公开查询
> 资质证书有效期的最后一日            2025-12-26  2030-12-26#   有效      剩1742日
>   依据：电子政务电子认证服务管理办法 第十二条；民法典 第二百零一条；民法典 第二百零二条
> 提出延续申请的最后一日              2030-12-26  ~2030-10-27#  未届满    -
>   依据：电子政务电子认证服务管理办法 第十五条；行政许可法 第五十条第一款；服务指南 办理基本流程
>         （三）有效期届满延续
> 颁发、送达资质证书                  2025-12-22  2026-01-06    按期完成  2025-12-26
>   依据：行政许可法 第四十四条；行政许可法 第八十二条
> 通知申请人并颁发、送达审批结果      2025-12-22  2026-01-06    按期完成  2025-12-26
>   依据：行政许可法 第四十四条；行政许可法 第八十二条；服务指南 结果送达
>
> # 法律没有定论，结果取决于解读（问题与读法见 egca rules readings）：资质证书有效期的最后一日（起算日
>   2025-12-26），certificate_last_day=anniversary：2030-12-26 有效（采用）；
>   certificate_last_day=day_before：2030-12-25 有效。提出延续申请的最后一日（起算日 2030-12-26），
>   certificate_last_day=anniversary：2030-10-27 未届满（采用）；certificate_last_day=day_before：
>   2030-10-26 未届满。
> ~ 日历未覆盖该年：所示为不计节假日调整的日期，载入该年的节假日安排后才能确定。
>
> 发现：
>   [提示] 2030-10-27 计算该期限需要2030年的节假日安排，尚未载入；不计节假日调整的日期为2030-10-27，载
>          入2030年的通知后可以确定（calendar_not_covered）

### seventeen versions of acceptance: the 17th (from 2026-03-01, 8 working days: 03-03..06, 03-09..12) applies
$ egca --rules @TESTDATA@/rules/valid-seventeen-versions deadline acceptance 2026-03-02
> 2026-03-12
> acceptance：作出是否受理的决定或一次性告知补正（测试：第17版）
...

### broken readings: a rules directory without readings.json (missing-readings)
$ egca --rules @TESTDATA@/rules/missing-readings rules readings
! egca: @TESTDATA@/rules/missing-readings/readings.json: 无法打开：文件或目录不存在
? 3

### broken readings: a question no computation consults (readings-unknown-question)
$ egca --rules @TESTDATA@/rules/readings-unknown-question rules readings
! egca: @TESTDATA@/rules/readings-unknown-question/readings.json:121:13: /questions/5/id: 没有任何计算参考未决问题"office_lunch_break"（未决问题应指明其决定休息日顺延的"rule"，或其读法设定规则的单位（"sets"），或为docs/rules.md所列之一）
? 3

### broken readings: a question the computations consult left out (readings-question-missing)
$ egca --rules @TESTDATA@/rules/readings-question-missing rules readings
! egca: @TESTDATA@/rules/readings-question-missing/readings.json:2:16: /questions: 缺少未决问题"certificate_last_day"
? 3

### broken readings: a reading no computation acts on (readings-unknown-reading)
$ egca --rules @TESTDATA@/rules/readings-unknown-reading rules readings
! egca: @TESTDATA@/rules/readings-unknown-reading/readings.json:158:17: /questions/6/readings/1/id: 没有任何计算采用读法"maybe"：未决问题"certificate_last_day"的读法为anniversary和day_before
? 3

### the same in English
$ egca --lang en --rules @TESTDATA@/rules/readings-unknown-reading rules readings
! egca: @TESTDATA@/rules/readings-unknown-reading/readings.json:158:17: /questions/6/readings/1/id: no computation acts on reading "maybe": question "certificate_last_day" has readings anniversary and day_before
? 3

### broken readings: a default that is not one of the readings (readings-bad-default)
$ egca --rules @TESTDATA@/rules/readings-bad-default rules readings
! egca: @TESTDATA@/rules/readings-bad-default/readings.json:100:18: /questions/4/default: "part"不是未决问题"review_over_notified"的读法
? 3

### broken readings: a rest-day question for a rule that does not roll earlier_or_later (readings-rule-without-roll)
$ egca --rules @TESTDATA@/rules/readings-rule-without-roll rules readings
! egca: @TESTDATA@/rules/readings-rule-without-roll/readings.json:6:15: /questions/0/rule: 规则"acceptance"的roll不是"earlier_or_later"：没有需要决定的休息日问题
? 3

### broken readings: a reading without its basis (readings-reading-without-basis)
$ egca --rules @TESTDATA@/rules/readings-reading-without-basis rules readings
! egca: @TESTDATA@/rules/readings-reading-without-basis/readings.json:20:20: /questions/0/readings/1/basis: 读法需要其依据（法律及条款）
? 3

### broken readings: a reading that sets a rule the rule set does not hold (readings-sets-unknown-rule)
$ egca --rules @TESTDATA@/rules/readings-sets-unknown-rule rules readings
! egca: @TESTDATA@/rules/readings-sets-unknown-rule/readings.json:214:28: /questions/8/readings/1/sets/rule: 未知规则"hearing_requests"
? 3

### broken readings: a field a reading cannot set, here the count (readings-sets-unknown-field)
$ egca --rules @TESTDATA@/rules/readings-sets-unknown-field rules readings
! egca: @TESTDATA@/rules/readings-sets-unknown-field/readings.json:214:87: /questions/8/readings/1/sets/count: 未知字段"count"
? 3

### broken readings: a unit a reading cannot set: only days and working days (readings-sets-bad-unit)
$ egca --rules @TESTDATA@/rules/readings-sets-bad-unit rules readings
! egca: @TESTDATA@/rules/readings-sets-bad-unit/readings.json:214:55: /questions/8/readings/1/sets/unit: 读法设定的unit应为"days"或"working_days"，而不是"years"
? 3

### broken readings: working days left with the rule's rest-day roll (readings-sets-roll-on-working-days)
$ egca --rules @TESTDATA@/rules/readings-sets-roll-on-working-days rules readings
! egca: @TESTDATA@/rules/readings-sets-roll-on-working-days/readings.json:214:19: /questions/8/readings/1/sets: 规则"hearing_request"将按工作日计算且roll为"next_working_day"：按工作日计算的期限总在工作日届满，应设roll为"none"
? 3

### broken readings: the readings of one question set two rules (readings-sets-two-rules)
$ egca --rules @TESTDATA@/rules/readings-sets-two-rules rules readings
! egca: @TESTDATA@/rules/readings-sets-two-rules/readings.json:214:28: /questions/8/readings/1/sets/rule: 未决问题"hearing_request_days"在另一读法中设定规则"hearing_request"：一个未决问题只设定一条规则
? 3

### broken readings: a reading that makes a rule roll whose versions name no article for it (readings-sets-roll-without-basis)
$ egca --rules @TESTDATA@/rules/readings-sets-roll-without-basis rules readings
! egca: @TESTDATA@/rules/readings-sets-roll-without-basis/readings.json:240:19: /questions/9/readings/1/sets: 规则"hearing_notice"将在未给出"roll_basis"的版本中按"next_working_day"顺延（deadlines.json）：没有条文规定其休息日顺延
? 3

### broken readings: a question the code consults given a "sets" (readings-sets-on-a-point)
$ egca --rules @TESTDATA@/rules/readings-sets-on-a-point rules readings
! egca: @TESTDATA@/rules/readings-sets-on-a-point/readings.json:183:19: /questions/7/readings/1/sets: 未决问题"receipt_after_hours"由代码直接参考：其读法不设定规则的单位
? 3

### broken readings: an outcome a reading cannot set: granted, denied or any (readings-sets-bad-outcome)
$ egca --rules @TESTDATA@/rules/readings-sets-bad-outcome rules readings
! egca: @TESTDATA@/rules/readings-sets-bad-outcome/readings.json:265:55: /questions/10/readings/1/sets/outcome: 读法设定的outcome应为"granted"、"denied"或"any"，而不是"refused"
? 3

### broken readings: an outcome set on a rule no event opens (readings-sets-outcome-not-from-events)
$ egca --rules @TESTDATA@/rules/readings-sets-outcome-not-from-events rules readings
! egca: @TESTDATA@/rules/readings-sets-outcome-not-from-events/readings.json:265:51: /questions/10/readings/1/sets/outcome: 规则"decision"不是由事件开始的（"applies" "from": "event"）：没有可选的决定结果
? 3

### broken readings: a start from the end of a rule the set does not hold (readings-sets-from-end-of-unknown)
$ egca --rules @TESTDATA@/rules/readings-sets-from-end-of-unknown rules readings
! egca: @TESTDATA@/rules/readings-sets-from-end-of-unknown/readings.json:288:59: /questions/11/readings/1/sets/from_end_of: 未知规则"hearing_requests"
? 3

### broken readings: a start from the end of a rule no event opens (readings-sets-from-end-of-not-from-events)
$ egca --rules @TESTDATA@/rules/readings-sets-from-end-of-not-from-events rules readings
! egca: @TESTDATA@/rules/readings-sets-from-end-of-not-from-events/readings.json:288:59: /questions/11/readings/1/sets/from_end_of: "from_end_of"需要一条由事件逐一开始（而非按顺序）的规则和另一条由事件开始的规则："hearing_held"自"decision"届满起算不符合此要求
? 3

### rules readings: the open questions, each reading with its basis, the default marked
$ egca rules readings
> renewal_rest_day：延续申请“届满60日前”倒算的最后一日为休息日时，期限移到此前最后一个工作日还是此后第一个工作日？
>   规则：renewal_filing
>   renewal_rest_day=earlier（默认）：移到此前最后一个工作日：“届满前”的期限不得因休息日而缩短行政机关的审查时间，提前提醒对申请人也最安全。
>     依据：中华人民共和国行政许可法 第五十条第一款；电子政务电子认证服务管理办法 第十五条
>   renewal_rest_day=later：移到此后第一个工作日：类推适用期间最后一日为法定休假日的，以法定休假日结束的次日为最后一日。
>     依据：中华人民共和国民法典 第二百零三条
>   备注：倒算期间（“届满N日前”）没有法律条文规定最后一日为休息日时如何处理；民法典 第二百零三条只规定顺算期间。两日之间提出的申请，依一种读法按期，依另一种读法逾期。
>
> deemed_renewal_late_filing：延续申请晚于“届满60日前”提出、有效期届满前未作决定的，是否视为准予延续？
>   deemed_renewal_late_filing=deemed（默认）：视为准予延续：第五十条第二款对逾期未作决定的后果没有附加申请须按期提出的条件。
>     依据：中华人民共和国行政许可法 第五十条第二款
>   deemed_renewal_late_filing=not_deemed：不视为准予延续：第二款所称“根据被许可人的申请”指依第一款按期提出的申请，逾期提出的申请不使行政机关负有届满前作出决定的义务。
>     依据：中华人民共和国行政许可法 第五十条第一款；电子政务电子认证服务管理办法 第十五条
>   备注：第五十条第二款是否适用于逾期提出的延续申请没有定论：视为准予延续及其违反认定取决于这一读法。
>
> second_correction_notice：补正材料提交后，行政机关在五个工作日内再次告知补正的，该告知是否有效？
>   second_correction_notice=answers（默认）：有效：第三十二条第一款第（四）项只在逾期不告知时视为受理，五日内的告知回应了补正材料；告知首次未列的内容违反一次告知（repeat_correction），告知首次列明而仍未补齐的内容是合法的。
>     依据：中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国行政许可法 第三十二条第一款第（五）项
>   second_correction_notice=void：无效：需要补正的全部内容应当一次告知，再次告知不发生告知的效力，自收到补正材料之日起五日内未受理也未不予受理的，即为受理。
>     依据：中华人民共和国行政许可法 第三十二条第一款第（四）项
>   备注：行政许可法要求一次告知需要补正的全部内容，但没有规定再次告知的效力。
>
> review_unnotified：技术评审所需时间从未书面告知申请人的，评审时间是否仍不计入决定期限？
>   review_unnotified=excluded（默认）：仍不计入：第二十六条第三款前句直接规定评审时间不计算在期限内，未告知只是违反后句的告知义务（review_without_notice）。
>     依据：商用密码管理条例 第二十六条第三款；中华人民共和国行政许可法 第四十五条
>   review_unnotified=counted：计入：书面告知是扣除评审时间的条件，未告知的评审时间计入二十个工作日。
>     依据：商用密码管理条例 第二十六条第三款；中华人民共和国行政许可法 第四十五条
>   备注：条文规定评审时间不计入期限，同时规定应当书面告知所需时间，但没有规定未告知的后果。
>
> review_over_notified：技术评审实际用时超过书面告知的时间的，不计入决定期限的是整个评审还是告知的时间？
>   review_over_notified=whole（默认）：整个评审：第二十六条第三款不计入的是“技术评审所需时间”，即实际用时。
>     依据：商用密码管理条例 第二十六条第三款
>   review_over_notified=notified_only：只扣除告知的时间：告知的时间界定了不计入期限的范围，超出部分计入决定期限。
>     依据：商用密码管理条例 第二十六条第三款；中华人民共和国行政许可法 第四十五条
>   备注：告知的时间（案件文件中 review_time_notified 的 days，日历日，自评审开始之日起算，含当日）短于实际评审时才有区别。
>
> review_notice_after_start：技术评审开始之后才书面告知所需时间的，是否违反告知义务？
>   review_notice_after_start=hint（默认）：不认定违反：条文要求书面告知所需时间，但没有规定告知的时点，评审开始后告知只作提示（review_notice_after_start）。
>     依据：商用密码管理条例 第二十六条第三款；中华人民共和国行政许可法 第四十五条
>   review_notice_after_start=violation：认定违反：告知所需时间是让申请人事先知道期限的延长，最迟应在评审开始之日告知，之后告知为逾期（review_without_notice）。
>     依据：商用密码管理条例 第二十六条第三款
>   备注：条例和行政许可法都没有规定告知所需时间的时点。
>
> certificate_last_day：资质证书有效期五年，最后有效日是颁发之日五年后的对应日，还是其前一日？
>   certificate_last_day=anniversary（默认）：五年后的对应日：颁发当日不计入，自次日起算，到期年的对应日为最后一日（没有对应日的为月末日）。
>     依据：电子政务电子认证服务管理办法 第十二条；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零二条
>   certificate_last_day=day_before：对应日的前一日：有效期自颁发之日起算（颁发当日即有效），五年在对应日的前一日届满，证书通常如此载明。
>     依据：电子政务电子认证服务管理办法 第十二条；中华人民共和国民法典 第二百零四条
>   备注：证书载明有效期的，以证书为准（case 文件中 certificate_issued 的 expires），此问题不发生。
>
> receipt_after_hours：申请材料在受理机构下班之后或休息日收到的，五日受理期限自哪一日起算？
>   receipt_after_hours=next_working_day（默认）：按次一工作日收到计：受理机构只在办公时间收件，有业务时间的以停止业务活动的时间为一日的截止时间；次一工作日为起算日，当日不计入。
>     依据：中华人民共和国民法典 第二百零三条第二款；中华人民共和国行政许可法 第八十二条
>   receipt_after_hours=as_dated：按实际收到之日计：行政许可法自“收到申请材料之日”起算，没有因办公时间而推后的例外，受理机构下班的后果不由申请人承担。
>     依据：中华人民共和国行政许可法 第三十二条第一款第（四）项；中华人民共和国民法典 第二百零一条
>   备注：两种读法相差一个工作日；只在材料于休息日、或于已知的下班时间之后收到时有区别。受理机构的办公时间没有来源而记录了收件时刻的，是事实不明（office_hours_unknown），不是这一问题。
>
> hearing_request_days：申请人在被告知听证权利之日起“五日内”提出听证申请，按日历日还是按工作日计算？
>   设定规则：hearing_request
>   hearing_request_days=days（默认）：按日历日：第八十二条只把“行政机关实施行政许可的期限”按工作日计算，五日是申请人的期间，按民法典计算，最后一日为法定休假日的顺延至其结束的次日。
>     依据：中华人民共和国行政许可法 第四十七条第一款；中华人民共和国民法典 第二百零一条；中华人民共和国民法典 第二百零三条
>     设定：单位 days，遇休息日 next_working_day
>   hearing_request_days=working_days：按工作日：听证是实施行政许可程序的一部分，第八十二条“本法规定的期限以工作日计算”可读为包括本法规定的全部期限。
>     依据：中华人民共和国行政许可法 第四十七条第一款；中华人民共和国行政许可法 第八十二条
>     设定：单位 working_days，遇休息日 none
>   备注：五日内有休息日的，按工作日计算一般较晚；五个日历日的最后一日为休息日而顺延的，两种读法可能同日，此时不标记。
>
> hearing_notice_days：行政机关“于举行听证的七日前”通知申请人，七日按工作日还是按日历日倒算？
>   设定规则：hearing_notice
>   hearing_notice_days=working_days（默认）：按工作日：通知是行政机关实施行政许可的期限，依第八十二条按工作日计算。
>     依据：中华人民共和国行政许可法 第四十八条第一款第（一）项；中华人民共和国行政许可法 第八十二条
>     设定：单位 working_days，遇休息日 none
>   hearing_notice_days=days：按日历日：通知期间保护的是申请人准备听证的时间，申请人的期间按日历日计算（民法典 第二百零一条）。
>     依据：中华人民共和国行政许可法 第四十八条第一款第（一）项；中华人民共和国民法典 第二百零一条
>     设定：单位 days，遇休息日 none
>   备注：倒算的七个日历日早于七个工作日：按日历日读，行政机关的通知可以更晚。
>
> notification_of_a_denial：不予认定的决定是否也须在十个工作日内通知申请人？
>   设定规则：notification
>   notification_of_a_denial=notified（默认）：须在十个工作日内通知：服务指南“结果送达”对作出的行政决定一律规定10个工作日内通知申请人，不区分准予与不予。
>     依据：中华人民共和国行政许可法 第三十八条第二款；中华人民共和国行政许可法 第八十二条
>   notification_of_a_denial=granted_only：只有准予的决定有期限：第四十四条只就准予行政许可的决定规定十日内颁发、送达行政许可证件；不予认定的决定应当书面说明理由并告知救济权利（第三十八条第二款），法律没有规定送达的期限。
>     依据：中华人民共和国行政许可法 第四十四条；中华人民共和国行政许可法 第三十八条第二款
>     设定：结果 granted
>   备注：只在不予认定的决定时有区别：依 granted_only，不予认定的决定没有通知期限（该期限不适用），迟延通知也不是逾期。
>
> hearing_held_from：“二十日内组织听证”自收到听证申请之日起算，还是自申请人五日申请期限届满之日起算？
>   设定规则：hearing_held
>   hearing_held_from=request（默认）：自收到听证申请之日起算：第四十七条第一款规定申请人在五日内提出听证申请的，行政机关应当在二十日内组织听证，二十日的前提事实是提出申请。
>     依据：中华人民共和国行政许可法 第四十七条第一款
>   hearing_held_from=after_five_days：自五日申请期限届满之日起算：其他利害关系人在五日内仍可申请听证，行政机关在申请期限届满后才知道全部听证申请人。
>     依据：中华人民共和国行政许可法 第四十七条第一款
>     设定：自 hearing_request 届满起算
>   备注：申请在五日期限最后一日提出的，两种读法同日。
>
> hearing_pause：不计算在决定期限内的听证“所需时间”，自收到听证申请之日起算，还是自告知听证权利之日起算？
>   hearing_pause=request（默认）：自收到听证申请之日至举行听证之日（两日都计入）：申请人提出申请之前，行政机关并不需要听证的时间。
>     依据：中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第四十七条第一款
>   hearing_pause=right_notified：自告知听证权利之日至举行听证之日：告知听证权利后行政机关须等待五日申请期限，这段时间也是听证所需的时间。
>     依据：中华人民共和国行政许可法 第四十五条；中华人民共和国行政许可法 第四十七条第一款
>   备注：只在告知听证权利早于提出听证申请时有区别；申请人未申请听证的，没有听证所需时间。
>
> remedy_knowledge_day：申请行政复议、提起行政诉讼的期限，自不予认定（不予受理）决定告知申请人之日起算，还是自决定书送达（签收）之日起算？
>   remedy_knowledge_day=known（默认）：自告知之日起算：行政复议法、行政诉讼法的期限自知道或者应当知道该行政行为之日起计算，申请人被告知决定之日即已知道；先到的日期也是最稳妥的提醒。
>     依据：中华人民共和国行政复议法 第二十条第一款；中华人民共和国行政诉讼法 第四十六条第一款
>   remedy_knowledge_day=delivered：自送达之日起算：载明行政行为的法律文书直接送达的，自受送达人签收之日起计算；邮寄送达的，自在邮件签收单上签收之日起计算。
>     依据：中华人民共和国行政复议法实施条例 第十五条第一款第（二）项；中华人民共和国行政复议法实施条例 第十五条第一款第（三）项
>   备注：只在案件记录的决定书送达（decision_delivered）晚于告知（notified、rejected、renewal_decided）时有区别。实施条例 第十五条是就2017年行政复议法 第九条第一款制定的，是否适用于2023年修订的行政复议法 第二十条、是否类推适用于行政诉讼的起诉期限，没有定论。

### rules show: a rule no text gives a period (行政许可法 第四十九条) says so instead of a count
$ egca rules show change_decision
> change_decision：作出是否准予变更的决定
> 施行日期：2020-01-01（中华人民共和国行政许可法（2019年修正））
> 起算日：受理变更申请之日
> 不予计算：行政许可法 第四十九条只规定依法办理变更手续，未规定期限；办法 第十四条可读的文本和服务指南也未规定，没有期限可算
> 依据：中华人民共和国行政许可法 第四十九条
> 依据：服务指南 办理基本流程 （二）事项变更

### the same in JSON: the period fields null, "refused" says why
$ egca rules show change_decision --format json
> {"versions":[{"id":"change_decision","title":"作出是否准予变更的决定","effective_from":"2020-01-01","version":"中华人民共和国行政许可法（2019年修正）","starts":"受理变更申请之日","period":null,"unit":null,"count":null,"direction":null,"extends":null,"pause":null,"roll":null,"roll_basis":null,"result":null,"cutoff":null,"cutoff_in_person":null,"basis":[{"law":"中华人民共和国行政许可法","article":"第四十九条","item":null}],"guide":{"section":"办理基本流程","item":"（二）事项变更"},"contested":false,"note":null,"refused":"行政许可法 第四十九条只规定依法办理变更手续，未规定期限；办法 第十四条可读的文本和服务指南也未规定，没有期限可算"}]}

### broken rules: a text without its English twin (text-without-english), in either language of the message
$ egca --rules @TESTDATA@/rules/text-without-english deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/text-without-english/deadlines.json:5:16: /deadlines/0/title: 该文本没有英文对照：应在其旁加上"title_en"
? 3

### the same with --lang en
$ egca --lang en --rules @TESTDATA@/rules/text-without-english deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/text-without-english/deadlines.json:5:16: /deadlines/0/title: the text has no English twin: add "title_en" beside it
? 3

### broken rules: an English twin without the Chinese text (english-without-text)
$ egca --rules @TESTDATA@/rules/english-without-text deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/english-without-text/deadlines.json:19:18: /deadlines/0/note_en: 有英文文本而没有中文"note"
? 3

### broken rules: a law cited that "laws" gives no English name (law-without-english-name)
$ egca --lang en --rules @TESTDATA@/rules/law-without-english-name deadline acceptance 2025-09-30
! egca: @TESTDATA@/rules/law-without-english-name/deadlines.json:10:17: /deadlines/0/basis/0/law: law "中华人民共和国行政许可法" has no English name: list it in "laws" of deadlines.json
? 3
