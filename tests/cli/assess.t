# egca assess: the seven conditions of 办法 第六条 and the materials checklist, on the profiles of
# tests/data/profiles (their expected.json files hold the full verdicts; these cases check the command).

### examples/application.json: every condition met, one sub-item of (五) missing -> exit 1, notice and finding
$ egca assess @SRC@/examples/application.json
> 电子政务电子认证服务机构资质认定 申请评估
> 申请人：示例数字认证服务有限公司
>
> 一、许可条件：符合全部许可条件
>
> （一）具有企业法人或者事业单位法人资格
>   判定：符合
>   - 法人类型（applicant.legal_person_type）为 enterprise，要求属于 enterprise、public_institution：满足
>   依据：电子政务电子认证服务管理办法 第六条第（一）项；商用密码管理条例 第二十五条第（一）项；服务指南 许可条件 （一）
>
> （二）具有与从事电子政务电子认证服务活动及其使用密码相适应的资金
>   判定：符合
>   - 评审结论：资金相适应（funds.adequate）为 是：满足；证据：注册资本（元） 50000000，运营资金（元） 12000000
>   依据：电子政务电子认证服务管理办法 第六条第（二）项；商用密码管理条例 第二十五条第（二）项；服务指南 许可条件 （二）
>
> （三）具有与从事电子政务电子认证服务活动及其使用密码相适应的运营场所
>   判定：符合
>   - 评审结论：运营场所相适应（premises.adequate）为 是：满足；证据：运营场所面积（平方米） 1200
>   依据：电子政务电子认证服务管理办法 第六条第（三）项；商用密码管理条例 第二十五条第（二）项；服务指南 许可条件 （三）
>
> （四）具有在境内设置、符合国家有关密码标准的电子认证服务系统等设备设施
>   判定：符合
>   - 电子认证服务系统在境内设置（system.located_in_china）为 是，要求 = 是：满足
>   - 电子认证服务系统符合国家有关密码标准（system.conforms_to_national_standards）为 是，要求 = 是：满足
>   依据：电子政务电子认证服务管理办法 第六条第（四）项；商用密码管理条例 第二十五条第（二）项；服务指南 许可条件 （四）
>
> （五）具有30名以上与从事电子政务电子认证服务活动及其使用密码相适应的专业技术人员、运营管理人员、安全管理人员和客户服务人员等专业人员
>   判定：符合
>   - 专业人员合计为 40，要求 ≥ 30：满足（专业技术人员 18，运营管理人员 6，安全管理人员 5，客户服务人员 8，其他专业人员 3）
>   依据：电子政务电子认证服务管理办法 第六条第（五）项；商用密码管理条例 第二十五条第（二）项；中华人民共和国民法典 第一千二百五十九条；服务指南 许可条件 （五）
>
> （六）具有为政务活动提供长期电子政务电子认证服务的能力，包括持续保持财务状况良好、运营资金充足、设备设施稳定运行、专业人员队伍稳定，没有重大违法记录或者不良信用记录等
>   判定：符合
>   - 持续保持财务状况良好（long_term_capacity.financial_status_good）为 是，要求 = 是：满足
>   - 运营资金充足（long_term_capacity.operating_funds_sufficient）为 是，要求 = 是：满足
>   - 设备设施稳定运行（long_term_capacity.equipment_stable）为 是，要求 = 是：满足
>   - 专业人员队伍稳定（long_term_capacity.staff_stable）为 是，要求 = 是：满足
>   - 有重大违法记录（long_term_capacity.major_violation_record）为 否，要求 = 否：满足
>   - 有不良信用记录（long_term_capacity.bad_credit_record）为 否，要求 = 否：满足
>   依据：电子政务电子认证服务管理办法 第六条第（六）项；商用密码管理条例 第二十五条第（三）项；服务指南 许可条件 （六）
>
> （七）具有保证电子政务电子认证服务活动及其使用密码安全运行的管理体系
>   判定：符合
>   - 业务运营管理体系（management_system.business_operations）为 是，要求 = 是：满足
>   - 电子认证服务系统运行管理体系（management_system.system_operations）为 是，要求 = 是：满足
>   - 人员管理体系（management_system.personnel）为 是，要求 = 是：满足
>   - 档案管理体系（management_system.archives）为 是，要求 = 是：满足
>   - 安全保密管理体系（management_system.security_confidentiality）为 是，要求 = 是：满足
>   依据：电子政务电子认证服务管理办法 第六条第（七）项；商用密码管理条例 第二十五条第（四）项；服务指南 许可条件 （七）
>
> 二、申请材料：不齐全，1 项需要补正
>   - （五）电子认证服务系统相关技术材料及相关设备清单中的：
>     （1）标准符合性自评估报告
>
> 三、提示：
>   - 许可条件（四）判定为符合，但证明该条件的申请材料（五）电子认证服务系统相关技术材料及相关设备清单中的「标准符合性自评估报告」未提交，该判定所依据的事实尚无材料佐证
>
> 四、补正材料通知书（草稿）
>
> 示例数字认证服务有限公司：
>
> 你单位提交的电子政务电子认证服务机构资质认定申请材料不齐全。根据中华人民共和国行政许可法 第三十二条第一款第（四）项的规定，现一次性告知你单位需要补正的全部内容如下：
>
> 1. （五）电子认证服务系统相关技术材料及相关设备清单中的：
>    （1）标准符合性自评估报告
>
> 请将上述材料全部补正后一并提交。
>
> （受理机关印章）
> 年    月    日
? 1

### the same in English (--lang en): every text of the report, the citations and the draft notice
$ egca --lang en assess @SRC@/examples/application.json
> Licence for e-government electronic certification service providers: assessment of an application
> Applicant: 示例数字认证服务有限公司
>
> 1. Conditions of the licence: every condition of the licence is met
>
> (1) Be a legal person: an enterprise or a public institution
>   verdict: met
>   - type of legal person (applicant.legal_person_type) is enterprise, required one of enterprise, public_institution: satisfied
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article 6, item (1); Regulations on the Administration of Commercial Cryptography, Article 25, item (1); Service Guide, Conditions of the licence, (1)
>
> (2) Have funds suited to e-government electronic certification services and the cryptography they use
>   verdict: met
>   - reviewer's finding: funds adequate (funds.adequate) is yes: satisfied; evidence: registered capital (CNY) 50000000, operating funds (CNY) 12000000
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article 6, item (2); Regulations on the Administration of Commercial Cryptography, Article 25, item (2); Service Guide, Conditions of the licence, (2)
>
> (3) Have premises suited to e-government electronic certification services and the cryptography they use
>   verdict: met
>   - reviewer's finding: premises adequate (premises.adequate) is yes: satisfied; evidence: premises area (m²) 1200
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article 6, item (3); Regulations on the Administration of Commercial Cryptography, Article 25, item (2); Service Guide, Conditions of the licence, (3)
>
> (4) Have an electronic certification system and other facilities located in China and conforming to the national cryptography standards
>   verdict: met
>   - certification system located in China (system.located_in_china) is yes, required = yes: satisfied
>   - certification system conforms to the national cryptography standards (system.conforms_to_national_standards) is yes, required = yes: satisfied
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article 6, item (4); Regulations on the Administration of Commercial Cryptography, Article 25, item (2); Service Guide, Conditions of the licence, (4)
>
> (5) Have 30 or more professional staff suited to e-government electronic certification services and the cryptography they use: technical, operations management, security management and customer service staff
>   verdict: met
>   - professional staff in total is 40, required ≥ 30: satisfied (technical staff 18, operations management staff 6, security management staff 5, customer service staff 8, other professional staff 3)
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article 6, item (5); Regulations on the Administration of Commercial Cryptography, Article 25, item (2); Civil Code, Article 1259; Service Guide, Conditions of the licence, (5)
>
> (6) Be able to provide e-government electronic certification services for government activities over the long term: sound finances, sufficient operating funds, stable facilities and a stable professional staff, without a record of serious violations of law or of bad credit
>   verdict: met
>   - finances kept sound (long_term_capacity.financial_status_good) is yes, required = yes: satisfied
>   - operating funds sufficient (long_term_capacity.operating_funds_sufficient) is yes, required = yes: satisfied
>   - facilities operating stably (long_term_capacity.equipment_stable) is yes, required = yes: satisfied
>   - professional staff stable (long_term_capacity.staff_stable) is yes, required = yes: satisfied
>   - record of serious violations of law (long_term_capacity.major_violation_record) is no, required = no: satisfied
>   - record of bad credit (long_term_capacity.bad_credit_record) is no, required = no: satisfied
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article 6, item (6); Regulations on the Administration of Commercial Cryptography, Article 25, item (3); Service Guide, Conditions of the licence, (6)
>
> (7) Have a management system that keeps the services and the cryptography they use operating securely
>   verdict: met
>   - business operations management system (management_system.business_operations) is yes, required = yes: satisfied
>   - certification system operation management system (management_system.system_operations) is yes, required = yes: satisfied
>   - staff management system (management_system.personnel) is yes, required = yes: satisfied
>   - records management system (management_system.archives) is yes, required = yes: satisfied
>   - security and confidentiality management system (management_system.security_confidentiality) is yes, required = yes: satisfied
>   basis: Measures for the Administration of E-Government Electronic Certification Services, Article 6, item (7); Regulations on the Administration of Commercial Cryptography, Article 25, item (4); Service Guide, Conditions of the licence, (7)
>
> 2. Application materials: incomplete; items to be corrected: 1
>   - (5) Technical materials of the electronic certification system and list of its equipment, of it:
>     (1) Self-assessment report on conformity with the standards
>
> 3. Hints:
>   - condition (4) is judged met, but the application material that evidences it, (5) Technical materials of the electronic certification system and list of its equipment: "Self-assessment report on conformity with the standards", was not submitted: no material yet supports the facts the verdict rests on
>
> 4. Notice of materials to be corrected (draft)
>
> 示例数字认证服务有限公司:
>
> The application materials you submitted for the licence for e-government electronic certification service providers are incomplete. Under Administrative Licensing Law, Article 32(1)(4), you are told at once of everything to be corrected:
>
> 1. (5) Technical materials of the electronic certification system and list of its equipment, of it:
>    (1) Self-assessment report on conformity with the standards
>
> Please submit all the materials above, corrected, together.
>
> (seal of the accepting authority)
> Date:
? 1

### the same as JSON (the full document is checked by the unit tests)
$ egca assess @SRC@/examples/application.json --format json
> {
>   "eligible": "yes",
>   "conditions": [
>     {
>       "id": "legal_person",
>       "title": "具有企业法人或者事业单位法人资格",
>       "verdict": "met",
...
? 1

### --format may come first
$ egca assess --format json @TESTDATA@/profiles/complete/profile.json
> {
>   "eligible": "yes",
...

### eligible and complete -> exit 0, no notice
$ egca assess @TESTDATA@/profiles/complete/profile.json --format text
> 电子政务电子认证服务机构资质认定 申请评估
> 申请人：测试认证有限公司
>
> 一、许可条件：符合全部许可条件
...

### 29 professional staff: (五) not met, so not eligible
$ egca assess @TESTDATA@/profiles/staff_29/profile.json
> 电子政务电子认证服务机构资质认定 申请评估
> 申请人：测试认证有限公司
>
> 一、许可条件：不符合许可条件
...
? 1

### 30 professional staff: 以上 includes the number itself (民法典 第一千二百五十九条)
$ egca assess @TESTDATA@/profiles/staff_30/profile.json
> 电子政务电子认证服务机构资质认定 申请评估
> 申请人：测试认证有限公司
>
> 一、许可条件：符合全部许可条件
...

### nothing known: undetermined, every material missing
$ egca assess @TESTDATA@/profiles/empty/profile.json
> 电子政务电子认证服务机构资质认定 申请评估
> 申请人：（未填写）
>
> 一、许可条件：尚不能确定是否符合许可条件
...
? 1

### the profile from standard input
$ egca assess - --format json < @TESTDATA@/profiles/needs_review/profile.json
> {
>   "eligible": "undetermined",
...
? 1

### an unknown field: file:line:column and the JSON pointer, exit 3
$ egca assess - < @TESTDATA@/profiles/error_unknown_field/profile.json
! egca: <stdin>:4:5: /staff/engineers: 未知字段"engineers"
? 3

### an unknown field: file:line:column and the JSON pointer, exit 3 (in English)
$ egca --lang en assess - < @TESTDATA@/profiles/error_unknown_field/profile.json
! egca: <stdin>:4:5: /staff/engineers: unknown field "engineers"
? 3

### a count given as a string
$ egca assess - < @TESTDATA@/profiles/error_wrong_type_count/profile.json
! egca: <stdin>:3:18: /staff/technical: 应为整数，实际为字符串
? 3

### a finding given as a string
$ egca assess - < @TESTDATA@/profiles/error_wrong_type_bool/profile.json
! egca: <stdin>:3:17: /funds/adequate: 应为true或false，实际为字符串
? 3

### a fractional head count
$ egca assess - < @TESTDATA@/profiles/error_fractional_count/profile.json
! egca: <stdin>:2:26: /staff/technical: 12.5不是整数
? 3

### a fractional head count (in English)
$ egca --lang en assess - < @TESTDATA@/profiles/error_fractional_count/profile.json
! egca: <stdin>:2:26: /staff/technical: 12.5 is not an integer
? 3

### a negative amount
$ egca assess - < @TESTDATA@/profiles/error_negative_amount/profile.json
! egca: <stdin>:3:31: /funds/registered_capital_cny: -5000000超出范围（0至10^15）
? 3

### the same in English (--lang en)
$ egca --lang en assess - < @TESTDATA@/profiles/error_negative_amount/profile.json
! egca: <stdin>:3:31: /funds/registered_capital_cny: -5000000 is out of range (0 to 10^15)
? 3

### a material id the guide does not list
$ egca assess - < @TESTDATA@/profiles/error_unknown_material/profile.json
! egca: <stdin>:5:5: /materials/2: 未知材料"funds.equity"
? 3

### the same in English
$ egca --lang en assess - < @TESTDATA@/profiles/error_unknown_material/profile.json
! egca: <stdin>:5:5: /materials/2: unknown material "funds.equity"
? 3

### a duplicate key
$ egca assess - < @TESTDATA@/profiles/error_duplicate_key/profile.json
! egca: <stdin>:4:5: /staff/technical: 重复的键"technical"
? 3

### null is not "absent"
$ egca assess - < @TESTDATA@/profiles/error_null/profile.json
! egca: <stdin>:3:16: /premises/area_m2: 应为数字，实际为null
? 3

### a profile that is not an object
$ egca assess - < @TESTDATA@/profiles/error_root_array/profile.json
! egca: <stdin>:1:1: /: 应为对象，实际为数组
? 3

### no profile
$ egca assess
! egca: assess: 用法：assess PROFILE.json [--format text|json]
? 2

### an unknown format
$ egca assess @SRC@/examples/application.json --format xml
! egca: --format: 应为text或json，而不是"xml"
? 2

### two profiles
$ egca assess @SRC@/examples/application.json @TESTDATA@/profiles/complete/profile.json
! egca: assess: 一次只能评估一个申请人概况（用法：assess PROFILE.json [--format text|json]）
? 2

### an unknown option
$ egca assess @SRC@/examples/application.json --verbose
! egca: assess: 未知选项--verbose
? 2

### a profile on stdin is held to the limit of a profile file (16 MiB): endless input is not read on
$ egca assess - < /dev/zero
! egca: <stdin>: 申请人情况超过16777216字节的上限
? 3
