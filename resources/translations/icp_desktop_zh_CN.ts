<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AdministrationProgress</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="51" />
            <source>awaiting · {time} left · wrong tries {n}/{max}</source>
            <translation>待核验 · 剩余 {time} · 输错 {n}/{max}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="55" />
            <source>verified</source>
            <translation>已核验</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="56" />
            <source>expired</source>
            <translation>已超时</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="57" />
            <source>failed</source>
            <translation>核验失败</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="58" />
            <source>closed</source>
            <translation>已结束</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="115" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="116" />
            <source>License number</source>
            <translation>备案号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="117" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="118" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="119" />
            <source>Window</source>
            <translation>审核时限进度</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="120" />
            <source>SMS verification</source>
            <translation>短信核验</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="121" />
            <source>Expected by (Beijing time)</source>
            <translation>预计完成（北京时间）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="125" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="126" />
            <source>Record: SMS verified</source>
            <translation>记录：已完成短信核验</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="127" />
            <source>Record: a wrong try</source>
            <translation>记录：输错一次</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="155" />
            <source>The queue at the administration could not be loaded: {0}</source>
            <translation>无法加载管局审核队列：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="167" />
            <source>{total} at the administration · {sms} awaiting SMS verification · {late} beyond their window</source>
            <translation>管局审核中 {total} 个 · 待短信核验 {sms} 个 · 超出时限 {late} 个</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="181" />
            <source>day {n} of {m} ({percent}%)</source>
            <translation>第 {n}/{m} 个工作日（{percent}%）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="265" />
            <source>Recorded: change #{id} is verified.</source>
            <translation>已记录：变更 #{id} 已完成短信核验。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="267" />
            <source>Recorded the fifth wrong try: change #{id} was returned.</source>
            <translation>已记录第5次输错：变更 #{id} 已被退回。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="270" />
            <source>Recorded a wrong try for change #{id}.</source>
            <translation>已记录变更 #{id} 输错一次。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="278" />
            <source>Change #{id}: not recorded: {reason}</source>
            <translation>变更 #{id} 未能记录：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="124" />
            <source>Changes at the administration</source>
            <translation>管局审核中的变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="209" />
            <source>Listed: the {listed} nearest their expected date; {more} more are not listed.</source>
            <translation>仅列出预计日期最近的 {listed} 个；另有 {more} 个未列出。</translation>
        </message>
    </context>
    <context>
        <name>AdministrationStage</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="40" />
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="51" />
            <source>SMS verification: time is up</source>
            <translation>短信核验：已超时</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="41" />
            <source>SMS verification: {h} h {m} min left</source>
            <translation>短信核验剩余 {h} 小时 {m} 分</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="59" />
            <source>province unknown</source>
            <translation>省份未知</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="61" />
            <source>Day {n} of up to {m} working days ({province}): beyond the window</source>
            <translation>管局审核第 {n} 个工作日（{province}最长 {m} 个工作日）：已超出时限</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="65" />
            <source>Day {n} of up to {m} working days ({province})</source>
            <translation>管局审核第 {n} 个工作日（{province}最长 {m} 个工作日）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="68" />
            <source>expected by the end of {day}</source>
            <translation>预计 {day} 前完成</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="76" />
            <source>recorded by you</source>
            <translation>由您确认</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="77" />
            <source>confirmed by the administration</source>
            <translation>管局已确认</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="78" />
            <source>recorded by the operator</source>
            <translation>由运营人员记录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="150" />
            <source>At the administration</source>
            <translation>管局审核</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="151" />
            <source>I have verified</source>
            <translation>我已完成核验</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="153" />
            <source>Choose this once the SMS verification is done on the MIIT filing site; the countdown and its reminders stop.</source>
            <translation>在工信部备案系统完成短信核验后点击此处；倒计时和提醒随即停止。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="171" />
            <source>MIIT SMS verification (短信核验)</source>
            <translation>工信部短信核验</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="173" />
            <source>Wrong tries: {n} of {max}</source>
            <translation>输错次数：{n}/{max}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="179" />
            <source>MIIT has sent an SMS to the website's responsible people. Verify on the MIIT filing site (beian.miit.gov.cn) by {deadline}. After {max} wrong tries, or when the time is up, the administration returns the application.</source>
            <translation>工信部已向网站负责人发送核验短信，请在 {deadline} 前登录工信部备案系统（beian.miit.gov.cn）完成核验。输错 {max} 次或超时，管局将退回申请。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="193" />
            <source>Verified ({who})</source>
            <translation>已完成核验（{who}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="194" />
            <source>Not verified in time: the application was returned</source>
            <translation>未在规定时间内核验：申请已被退回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="195" />
            <source>Too many wrong tries: the application was returned</source>
            <translation>输错次数过多：申请已被退回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="196" />
            <source>Ended: the administration decided</source>
            <translation>已结束：管局已作出审核结果</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="203" />
            <source>Ended {when}.</source>
            <translation>结束于 {when}。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="209" />
            <source>{time} left</source>
            <translation>剩余 {time}</translation>
        </message>
        <message>
            <source>SMS: time is up</source>
            <translation type="vanished">短信核验：已超时</translation>
        </message>
        <message>
            <source>SMS {h}:{mm} left</source>
            <translation type="vanished">短信核验剩 {h}:{mm}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="52" />
            <source>SMS verification: {h}:{mm} left</source>
            <translation>短信核验：剩 {h}:{mm}</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="85" />
            <source>starting the local service…</source>
            <translation>正在启动本地服务…</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation type="vanished">通知</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="148" />
            <source>ICP Desktop</source>
            <translation>ICP 备案桌面版</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="176" />
            <source>ICP Desktop is still running</source>
            <translation>ICP Desktop 仍在运行</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="177" />
            <source>It keeps running in the tray to notify you of review outcomes. Quit from the tray icon's menu, or with File &gt; Quit (Ctrl+Q).</source>
            <translation>它在系统托盘中继续运行，以便通知您审核结果。要退出，请使用托盘图标的菜单，或“文件 &gt; 退出”（Ctrl+Q）。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="214" />
            <source>the local service could not be started; see the log in {0}</source>
            <translation>本地服务无法启动，请查看日志：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="283" />
            <source>No secure keyring: you stay signed in until you quit, but will not be remembered.</source>
            <translation>没有可用的安全密钥环：退出前保持登录，但不会记住登录状态。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="363" />
            <source>Reconnecting…</source>
            <translation>正在重新连接…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="368" />
            <source>Offline — the server cannot be reached</source>
            <translation>离线 — 无法连接服务器</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="369" />
            <source>TLS failure — the server is not trusted</source>
            <translation>TLS 错误 — 服务器不受信任</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="416" />
            <source>Your session has ended. Please sign in again.</source>
            <translation>您的会话已结束，请重新登录。</translation>
        </message>
    </context>
    <context>
        <name>AuthorizationCodeEntry</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="37" />
            <source>unused</source>
            <translation>未使用</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="38" />
            <source>in filing</source>
            <translation>备案中</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="39" />
            <source>used</source>
            <translation>已使用</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="40" />
            <source>invalid</source>
            <translation>已失效</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="102" />
            <source>{name} ({instance}) · {region} · code {state}, valid until {date}</source>
            <translation>{name}（{instance}）· {region} · 授权码：{state}，有效期至 {date}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="146" />
            <source>Enter the authorization code the server's owner gave you.</source>
            <translation>请输入服务器所属账号提供的授权码。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="177" />
            <source>Authorization code (授权码)</source>
            <translation>授权码</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="179" />
            <source>Filing IPs of a server another account owns (another account of your company, an agency)? Enter the code its owner issued.</source>
            <translation>要使用其他账号（同一公司的其他账号、代理商）名下服务器的IP？请输入该服务器所属账号签发的授权码。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="184" />
            <source>Use code</source>
            <translation>使用授权码</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="185" />
            <source>Add selected IP</source>
            <translation>添加所选IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="186" />
            <source>Remove code</source>
            <translation>移除授权码</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="187" />
            <source>Authorization code</source>
            <translation>授权码</translation>
        </message>
    </context>
    <context>
        <name>AuthorizationCodesDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="140" />
            <source>Authorization codes (授权码)</source>
            <translation>授权码管理</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="142" />
            <source>A code lets another account (another account of your company, an agency's client) file websites on this server's IPs. At most 5 valid codes per server, each valid for one year, for subscription servers with at least 90 days left.</source>
            <translation>授权码允许其他账号（同一公司的其他账号、代理商的客户）使用本服务器的IP接入备案网站。每台服务器最多5个有效授权码，每个有效期一年；仅限包年包月且剩余有效期不少于90天的服务器。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="149" />
            <source>Server:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="150" />
            <source>Instance id, e.g. i-wz9k2m3n4p5q6r7s</source>
            <translation>实例ID，例如 i-wz9k2m3n4p5q6r7s</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="151" />
            <source>Look up</source>
            <translation>查询</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="153" />
            <source>The new code — shown only now. Copy it and give it to the account that files on this server through a safe channel; it cannot be shown again.</source>
            <translation>新授权码仅此一次显示。请复制并通过安全渠道交给使用本服务器备案的账号；之后无法再次查看。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="159" />
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="164" />
            <source>Code</source>
            <translation>授权码</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="165" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="166" />
            <source>Issued (Beijing time)</source>
            <translation>签发时间（北京时间）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="167" />
            <source>Valid until</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="168" />
            <source>Issued by</source>
            <translation>签发人</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="169" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="172" />
            <source>Issue a code</source>
            <translation>签发授权码</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="173" />
            <source>Invalidate</source>
            <translation>作废</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="247" />
            <source>{name} ({instance}) · {region} · IPs {ips} · {n} of {limit} codes valid</source>
            <translation>{name}（{instance}）· {region} · IP {ips} · 有效授权码 {n}/{limit}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="256" />
            <source>No more codes: {reason}</source>
            <translation>无法再签发：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="161" />
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="302" />
            <source>New authorization code</source>
            <translation>新授权码</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="305" />
            <source>Code #{id} issued, valid until {date}.</source>
            <translation>授权码 #{id} 已签发，有效期至 {date}。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="159" />
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="314" />
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
    </context>
    <context>
        <name>BatchBar</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="119" />
            <source>Approve all…</source>
            <translation>全部通过…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="120" />
            <source>Reject all…</source>
            <translation>全部驳回…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="133" />
            <source>Migration #{id}: {n} website(s) waiting for first review from this batch: {domains}</source>
            <translation>迁移 #{id}：本批次有 {n} 个网站待初审：{domains}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="138" />
            <source>Approve all {n}…</source>
            <translation>全部通过（{n} 个）…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="139" />
            <source>Reject all {n}…</source>
            <translation>全部驳回（{n} 个）…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="147" />
            <source>Approved {n} website(s) of migration #{id}.</source>
            <translation>已通过迁移 #{id} 的 {n} 个网站。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="149" />
            <source>Rejected {n} website(s) of migration #{id}.</source>
            <translation>已驳回迁移 #{id} 的 {n} 个网站。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="152" />
            <source>Not decided: {list}</source>
            <translation>未审核：{list}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="190" />
            <source>The batch decision was not recorded: {reason}</source>
            <translation>整批审核未记录：{reason}</translation>
        </message>
    </context>
    <context>
        <name>BatchRejectDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="40" />
            <source>Reject the batch</source>
            <translation>驳回整批</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="53" />
            <source>Reject {n} website(s)…</source>
            <translation>驳回 {n} 个网站…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="56" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="61" />
            <source>Reason (for every website):</source>
            <translation>原因（适用于每个网站）：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="62" />
            <source>Comment:</source>
            <translation>备注：</translation>
        </message>
    </context>
    <context>
        <name>BusySpinner</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/busy.py" line="31" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
    </context>
    <context>
        <name>CalendarAttentionBanner</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_banner.py" line="63" />
            <source>Working-day calendar needs attention</source>
            <translation>工作日日历需要处理</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_banner.py" line="64" />
            <source>Open the calendar of {year}</source>
            <translation>打开 {year} 年日历</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="118" />
            <source>&amp;Year:</source>
            <translation>年份(&amp;Y)：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="119" />
            <source>Year</source>
            <translation>年份</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="120" />
            <source>&amp;Paste the State Council's notice…</source>
            <translation>粘贴国务院通知(&amp;P)…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="121" />
            <source>Sa&amp;ve year</source>
            <translation>保存该年(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="122" />
            <source>&amp;Discard changes</source>
            <translation>放弃修改(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="123" />
            <source>Re&amp;move the operator's data…</source>
            <translation>删除运营人员数据(&amp;M)…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="125" />
            <source>Click a day (or press Space) to change it: normal → holiday → make-up working day (weekends only) → normal. Right-click for a menu and the festival's name. Changes count once the year is saved.</source>
            <translation>单击某天（或按空格键）切换：普通 → 节假日 → 调休上班（仅限周末）→ 普通。右键单击可打开菜单并填写节日名称。保存该年后修改才生效。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="202" />
            <source>The calendar could not be loaded: {reason}</source>
            <translation>无法加载日历：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="219" />
            <source>unsaved changes</source>
            <translation>有未保存的修改</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="101" />
            <source>{year}: saved by {user}, {time}; version {version}.</source>
            <translation>{year} 年：由 {user} 于 {time} 保存；版本 {version}。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="109" />
            <source>No holiday data for {year}: deadlines over it are estimates that count weekends only. Paste the State Council's notice, or mark the days by hand.</source>
            <translation>{year} 年没有节假日数据：涉及该年的截止时间均为仅按周末计算的估算值。请粘贴国务院通知，或逐日标记。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="114" />
            <source>{year}: from {source}. A year saved here takes its place.</source>
            <translation>{year} 年：数据来自{source}。在此保存后以保存的数据为准。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="313" />
            <source>{year} was saved. {recomputed}</source>
            <translation>{year} 年已保存。{recomputed}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="325" />
            <source>The operator's data of {year} was removed; {year} now: {source}. {recomputed}</source>
            <translation>已删除运营人员保存的 {year} 年数据；{year} 年现为：{source}。{recomputed}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="122" />
            <source>Someone else saved {year} meanwhile. Their calendar is loaded now; what you entered is kept — check it and save again.</source>
            <translation>{year} 年已被他人先行保存。已加载对方保存的日历，您输入的内容仍保留——请核对后再次保存。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="130" />
            <source>{year} was not saved: {reason}</source>
            <translation>{year} 年未保存：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="26" />
            <source>saved by the operator</source>
            <translation>运营人员已保存</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="27" />
            <source>the operator's overrides file</source>
            <translation>运营人员的覆盖文件</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="28" />
            <source>the chinesecalendar package</source>
            <translation>chinesecalendar 数据包</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="29" />
            <source>no data: weekends only</source>
            <translation>无数据：仅按周末计算</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="36" />
            <source>There is no working-day data for {year} yet: deadlines that reach into {year} are estimates (weekends only). Import the State Council's holiday notice for {year} as soon as it is published.</source>
            <translation>{year} 年尚无工作日数据：跨入 {year} 年的截止时间均为估算（仅按周末计算）。国务院办公厅发布 {year} 年节假日安排通知后，请尽快导入。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="42" />
            <source>There is no working-day data for {year}: every deadline is an estimate that counts weekends only. Import the State Council's holiday notice for {year}.</source>
            <translation>{year} 年没有工作日数据：所有截止时间均为仅按周末计算的估算值。请导入国务院办公厅 {year} 年节假日安排通知。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="55" />
            <source>Remove the operator's working-day data of {year}?

Deadlines over {year} are counted with the package's data again, or estimated (weekends only) where it has none, and open changes' deadlines are recomputed.</source>
            <translation>确定删除运营人员保存的 {year} 年工作日数据吗？

{year} 年的截止时间将重新按数据包计算（数据包没有的按周末估算），未完成变更的截止时间将重新计算。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="62" />
            <source>Remove the data of {year}</source>
            <translation>删除 {year} 年数据</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="74" />
            <source>1 open change's deadline was recomputed.</source>
            <translation>已重新计算 1 个未完成变更的截止时间。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="75" />
            <source>{n} open changes' deadlines were recomputed.</source>
            <translation>已重新计算 {n} 个未完成变更的截止时间。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="84" />
            <source>line {line}: {reason}</source>
            <translation>第 {line} 行：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="88" />
            <source>{date} is not in the year</source>
            <translation>{date} 不在该年份内</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="89" />
            <source>{date} is both a holiday and a make-up working day</source>
            <translation>{date} 不能既是节假日又是调休上班日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="90" />
            <source>{date} is a weekday: make-up working days fall on weekends</source>
            <translation>{date} 是周一至周五：调休上班日只能在周末</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="72" />
            <source>No open change's deadline moved.</source>
            <translation>未完成变更的截止时间均无变化。</translation>
        </message>
    </context>
    <context>
        <name>ChangeAccessPage</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="124" />
            <source>← Licenses</source>
            <extracomment>emitted once the service has stored a save or a submit (the change dict)</extracomment>
            <translation>← 备案列表</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="125" />
            <source>Change Access</source>
            <translation>变更接入</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="126" />
            <source>Associated service IPs</source>
            <translation>关联服务IP地址</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="127" />
            <source>View progress</source>
            <translation>查看进度</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="128" />
            <source>Save draft</source>
            <translation>保存草稿</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="vanished">下一步</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="224" />
            <source>Could not load the website: {0}</source>
            <translation>无法加载网站信息：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="163" />
            <source>This change was updated on the service ({0}). Save or submit your edits, or go back and reopen it.</source>
            <translation>此变更已在服务端更新（{0}）。请保存或提交您的修改，或返回后重新打开。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="137" />
            <source>Before → after:</source>
            <translation>变更前 → 变更后：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="138" />
            <source>Added: {0}</source>
            <translation>新增：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="139" />
            <source>Removed: {0}</source>
            <translation>移除：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="140" />
            <source>Kept: {0}</source>
            <translation>保留：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="351" />
            <source>Submitting…</source>
            <translation>正在提交…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="351" />
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="397" />
            <source>Submitted for first review.</source>
            <translation>已提交初审。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="397" />
            <source>Draft saved.</source>
            <translation>草稿已保存。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="510" />
            <source>The code was accepted: the server's IPs can be filed on this change.</source>
            <translation>授权码已生效：该服务器的IP可用于本次变更接入。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="168" />
            <source>The service refused the list; see the reasons at the IPs. Nothing you typed was lost.</source>
            <translation>服务未接受此IP列表，原因已显示在相应IP旁。您输入的内容均已保留。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="176" />
            <source>The service did not answer ({0}). Your edits are kept; try again — it will not be filed twice.</source>
            <translation>服务未响应（{0}）。您的修改已保留，请重试 — 不会重复提交。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="184" />
            <source>This change was modified elsewhere meanwhile. Your list is kept; save again to put it on the latest version.</source>
            <translation>此变更在此期间已在其他地方被修改。您的列表已保留，请再次保存以更新到最新版本。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="192" />
            <source>{0} Your list is kept; the website was loaded again.</source>
            <translation>{0} 您的列表已保留，网站信息已重新加载。</translation>
        </message>
        <message>
            <source>This change was modified elsewhere. Your list is kept; reload to see the latest version.</source>
            <translation type="vanished">此变更已在其他地方被修改。您的列表已保留，请重新加载以查看最新版本。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="208" />
            <source>{0}: modify the IPs as the reasons at the fields say, then choose Modify and Submit.</source>
            <translation>{0}：请按各字段旁的驳回原因修改IP地址，然后点击“修改提交”。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="217" />
            <source>Comment: {0}</source>
            <translation>备注：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="449" />
            <source>Modify and Submit</source>
            <translation>修改提交</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="449" />
            <source>Submit for review</source>
            <translation>提交审核</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="456" />
            <source>No open change</source>
            <translation>无进行中的变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="460" />
            <source>This change is {0}; it cannot be edited now.</source>
            <translation>此变更当前状态为“{0}”，暂不能修改。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="162" />
            <source>The authorization code was refused; see the reason at the code.</source>
            <translation>授权码未被接受，原因见授权码一栏。</translation>
        </message>
    </context>
    <context>
        <name>ChangeHistoryModel</name>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="162" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="163" />
            <source>License number</source>
            <translation>备案号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="164" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="165" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="166" />
            <source>Proposed IPs</source>
            <translation>拟变更 IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="167" />
            <source>Last update (Beijing time)</source>
            <translation>最后更新（北京时间）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="190" />
            <source>(round {0})</source>
            <translation>（第 {0} 轮）</translation>
        </message>
    </context>
    <context>
        <name>ChangeStatus</name>
        <message>
            <source>Draft</source>
            <translation type="vanished">草稿</translation>
        </message>
        <message>
            <source>Pending first review</source>
            <translation type="vanished">待初审</translation>
        </message>
        <message>
            <source>First review rejected</source>
            <translation type="vanished">初审驳回</translation>
        </message>
        <message>
            <source>Approved, awaiting submission to the administration</source>
            <translation type="vanished">初审通过，待提交管局</translation>
        </message>
        <message>
            <source>Under administration review</source>
            <translation type="vanished">管局审核中</translation>
        </message>
        <message>
            <source>Rejected by the administration</source>
            <translation type="vanished">管局驳回</translation>
        </message>
        <message>
            <source>Approved (filed)</source>
            <translation type="vanished">已完成（已备案）</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="vanished">已撤销</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="31" />
            <source>(estimated)</source>
            <translation>（估算）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="43" />
            <source>Estimated: there is no holiday data for {year} yet, so this deadline counts weekends only (no public holidays or make-up working days). It may move when the operator imports the State Council's holiday notice for {year}.</source>
            <translation>估算：{year} 年尚无节假日数据，此截止时间仅按周末计算（未计入法定节假日和调休上班日）。运营人员导入国务院 {year} 年节假日安排通知后可能会变化。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="60" />
            <source>First review due by the end of {day}</source>
            <translation>初审截止：{day}当日结束前</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="61" />
            <source>Submission to the administration due by the end of {day} (within 1 working day of approval)</source>
            <translation>提交管局截止：{day}当日结束前（初审通过后 1 个工作日内）</translation>
        </message>
        <message>
            <source>The administration is expected to decide by the end of {day} (up to 20 working days)</source>
            <translation type="vanished">管局预计于 {day}当日结束前完成审核（最长 20 个工作日）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="73" />
            <source>⚠ Overdue: {deadline}</source>
            <translation>⚠ 已超期：{deadline}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="75" />
            <source>due today</source>
            <translation>今日到期</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="77" />
            <source>1 working day left</source>
            <translation>剩余 1 个工作日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="79" />
            <source>{n} working days left</source>
            <translation>剩余 {n} 个工作日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="88" />
            <source>None: the change has not been submitted yet</source>
            <translation>无：变更尚未提交</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="89" />
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="90" />
            <source>None: waiting for the filer to modify and submit</source>
            <translation>无：等待备案主体修改后提交</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="91" />
            <source>None: the change is finished (filed)</source>
            <translation>无：变更已完成（已备案）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="92" />
            <source>None: the change was withdrawn</source>
            <translation>无：变更已撤销</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="94" />
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="107" />
            <source>no due date</source>
            <translation>无截止时间</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="114" />
            <source>overdue (due {date})</source>
            <translation>已超期（截止 {date}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="116" />
            <source>overdue by 1 working day (due {date})</source>
            <translation>已超期 1 个工作日（截止 {date}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="118" />
            <source>overdue by {n} working days (due {date})</source>
            <translation>已超期 {n} 个工作日（截止 {date}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="122" />
            <source>due today ({date})</source>
            <translation>今天截止（{date}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="124" />
            <source>due in 1 working day ({date})</source>
            <translation>1 个工作日后截止（{date}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="126" />
            <source>due in {n} working days ({date})</source>
            <translation>{n} 个工作日后截止（{date}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="36" />
            <source>{text} (estimated)</source>
            <translation>{text}（估算）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="65" />
            <source>The administration is expected to decide by the end of {day} (up to {m} working days)</source>
            <translation>管局预计 {day} 前作出审核结果（最长 {m} 个工作日）</translation>
        </message>
    </context>
    <context>
        <name>DecisionFlow</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="66" />
            <source>Approved change #{id}.</source>
            <translation>已通过变更单 #{id}。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="68" />
            <source>Rejected change #{id} with 1 reason.</source>
            <translation>已驳回变更单 #{id}，原因 1 条。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="69" />
            <source>Rejected change #{id} with {n} reasons.</source>
            <translation>已驳回变更单 #{id}，原因 {n} 条。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="98" />
            <source>The queue is empty.</source>
            <translation>队列已空。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="106" />
            <source>Could not load the queue: {reason}</source>
            <translation>无法加载队列：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="124" />
            <source>Already decided by another reviewer: {status}</source>
            <translation>已由其他审核员处理：{status}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="131" />
            <source>The decision was refused: {reason}</source>
            <translation>审核决定未被接受：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="149" />
            <source>You may not decide this change: {reason}</source>
            <translation>您无权审核此变更：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="155" />
            <source>The decision was not recorded: {reason}</source>
            <translation>审核决定未能记录：{reason}</translation>
        </message>
    </context>
    <context>
        <name>FilerDialogs</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="37" />
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="43" />
            <source>Modify and Submit</source>
            <translation>修改提交</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="37" />
            <source>Submit for first review</source>
            <translation>提交初审</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="38" />
            <source>Submit this Change Access to the provider for first review?

{0}

After approval the provider submits it to the communication administration within 1 working day.</source>
            <translation>确定将此变更接入提交给服务商初审吗？

{0}

初审通过后，服务商将在 1 个工作日内提交至通信管理局。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="52" />
            <source>an earlier session</source>
            <translation>之前的会话</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="53" />
            <source>Restore unsaved changes from {0}?

Associated service IPs: {1}</source>
            <translation>是否恢复{0}中未保存的修改？

关联服务IP地址：{1}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="58" />
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="71" />
            <source>Withdraw the Change Access for {0}?

The website keeps its current IPs; a withdrawn change cannot be reopened.</source>
            <translation>确定撤销 {0} 的变更接入吗？

网站将保留当前IP地址；已撤销的变更不能重新打开。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="76" />
            <source>Withdraw</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="43" />
            <source>Submit for review</source>
            <translation>提交审核</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="44" />
            <source>Keep editing</source>
            <translation>继续编辑</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="60" />
            <source>Restore my changes</source>
            <translation>恢复我的修改</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="61" />
            <source>Discard them</source>
            <translation>放弃这些修改</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="76" />
            <source>Withdraw the change</source>
            <translation>撤销此变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="76" />
            <source>Keep the change</source>
            <translation>保留此变更</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../icp_desktop/ui/formatting.py" line="94" />
            <source>MMM d</source>
            <comment>a day of the year: Qt date pattern, no year</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/formatting.py" line="116" />
            <source>{time} (Beijing time)</source>
            <translation>{time}（北京时间）</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="138" />
            <source>Change history</source>
            <translation>变更记录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="140" />
            <source>Search license number, website name or domain, or #change number</source>
            <translation>搜索备案号、网站名称或域名，或输入 #变更编号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="142" />
            <source>Search your changes</source>
            <translation>搜索您的变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="143" />
            <source>Show changes with status</source>
            <translation>按状态显示变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="144" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="147" />
            <source>Your changes</source>
            <translation>您的变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="148" />
            <source>View progress</source>
            <translation>查看进度</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="158" />
            <source>Loading your changes…</source>
            <translation>正在加载您的变更…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="160" />
            <source>No change matches this search or status. Every change you filed is kept here; clear the search (Esc) or choose All statuses.</source>
            <translation>没有符合此搜索或状态的变更。您提交过的每个变更都保存在这里；请清除搜索（Esc）或选择“全部状态”。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="165" />
            <source>No changes yet. Every Change Access you open is listed here — drafts, those under review and finished ones — with its timeline. Start one from Licenses and websites.</source>
            <translation>还没有变更。您发起的每个变更接入都会列在这里——草稿、审核中的和已结束的——并附有时间线。请从“备案与网站”开始。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="234" />
            <source>Could not load your changes: {0}</source>
            <translation>无法加载您的变更：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="266" />
            <source>Select a change to see its timeline.</source>
            <translation>选择一个变更以查看其时间线。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="270" />
            <source>Change #{0} · {1} · {2}</source>
            <translation>变更 #{0} · {1} · {2}</translation>
        </message>
    </context>
    <context>
        <name>IpListEditor</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="127" />
            <source>No associated service IPs.</source>
            <translation>无关联服务IP地址。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="128" />
            <source>Type an IPv4 or IPv6 address</source>
            <translation>输入 IPv4 或 IPv6 地址</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="129" />
            <source>New associated service IP</source>
            <translation>新的关联服务IP地址</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="130" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="214" />
            <source>Will be added as {0}</source>
            <translation>将添加为 {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="231" />
            <source>{0} is already in the list</source>
            <translation>{0} 已在列表中</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="242" />
            <source>{0} is not an IP of any of your service resources: the service will refuse it. Pick an IP from the list below.</source>
            <translation>{0} 不属于您的任何服务资源，提交时会被拒绝。请从下方列表中选择IP。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="248" />
            <source>{0} is on {1}, which cannot serve filed websites: {2}</source>
            <translation>{0} 属于 {1}，该资源不能用于备案网站：{2}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="253" />
            <source>{0} is on {1}, which already serves {2} websites (at most {3}).</source>
            <translation>{0} 属于 {1}，该资源已关联 {2} 个网站（最多 {3} 个）。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="264" />
            <source>(on {0}: {1} of {2} websites with this one)</source>
            <translation>（属于 {0}：加上本网站共 {1}/{2} 个网站）</translation>
        </message>
    </context>
    <context>
        <name>LanguageActions</name>
        <message>
            <location filename="../../icp_desktop/ui/language_menu.py" line="64" />
            <source>Show the interface in {0}</source>
            <translation>界面使用{0}</translation>
        </message>
    </context>
    <context>
        <name>LanguageButton</name>
        <message>
            <location filename="../../icp_desktop/ui/language_menu.py" line="109" />
            <location filename="../../icp_desktop/ui/language_menu.py" line="110" />
            <source>Interface language</source>
            <translation>界面语言</translation>
        </message>
    </context>
    <context>
        <name>LicenseTableModel</name>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="341" />
            <source>License number</source>
            <translation>备案号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="342" />
            <source>Website name</source>
            <translation>网站名称</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="343" />
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="344" />
            <source>Associated service IPs</source>
            <translation>关联服务IP地址</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="345" />
            <source>Change status</source>
            <translation>变更状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="390" />
            <source>Change #{0} is open: {1}</source>
            <translation>变更 #{0} 进行中：{1}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="394" />
            <source>No change is open; the latest, #{0}, is {1}. View progress shows its record and timeline.</source>
            <translation>当前没有进行中的变更；最近的变更 #{0} 状态为“{1}”。“查看进度”可查看其记录和时间线。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="399" />
            <source>No Change Access was ever filed for this website.</source>
            <translation>此网站从未提交过变更接入。</translation>
        </message>
    </context>
    <context>
        <name>LicensesPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="263" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="267" />
            <source>Licenses and websites</source>
            <translation>备案与网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="264" />
            <source>Search license number, website name or domain</source>
            <translation>搜索备案号、网站名称或域名</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="265" />
            <source>Search websites</source>
            <translation>搜索网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="266" />
            <source>Filter by change status</source>
            <translation>按变更状态筛选</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation type="vanished">全部状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="268" />
            <source>Authorization codes…</source>
            <translation>授权码…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="270" />
            <source>Let another account file websites on one of your servers</source>
            <translation>允许其他账号在您的服务器上接入备案网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="272" />
            <source>Reload</source>
            <translation>重新加载</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="273" />
            <source>View progress</source>
            <translation>查看进度</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="274" />
            <source>Change Access</source>
            <translation>变更接入</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="302" />
            <source>All websites</source>
            <translation>全部网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="303" />
            <source>No open change</source>
            <translation>无进行中的变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="304" />
            <source>Latest change approved (filed)</source>
            <translation>最近变更已完成（已备案）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="305" />
            <source>Latest change withdrawn</source>
            <translation>最近变更已撤销</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="307" />
            <source>Open change: {0}</source>
            <translation>进行中的变更：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="311" />
            <source>Every website of your licenses.</source>
            <translation>您备案下的全部网站。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="313" />
            <source>Websites without an open change (never changed, or the latest change approved or withdrawn): a Change Access can be started.</source>
            <translation>没有进行中变更的网站（从未变更，或最近的变更已完成或已撤销）：可以发起变更接入。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="318" />
            <source>Websites whose latest change was approved and filed, with no change open now — including one you just finished.</source>
            <translation>最近的变更已通过并完成备案、当前没有进行中变更的网站——包括您刚刚完成的。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="323" />
            <source>Websites whose latest change was withdrawn, with no change open now.</source>
            <translation>最近的变更已撤销、当前没有进行中变更的网站。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="324" />
            <source>Websites with an open change that is now: {0}.</source>
            <translation>有进行中变更、且其当前状态为“{0}”的网站。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="329" />
            <source>Showing: {0}</source>
            <translation>显示：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="335" />
            <source>Loading your websites…</source>
            <translation>正在加载您的网站…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="337" />
            <source>No website matches. Shown here: {0} Clear the search (Esc) or choose All websites.</source>
            <translation>没有符合条件的网站。此处显示的是：{0} 请清除搜索（Esc）或选择“全部网站”。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="341" />
            <source>No websites yet. The websites of your ICP filings (备案) appear here once the filing is approved, with their associated service IPs; a Change Access starts from here.</source>
            <translation>还没有网站。备案通过后，您备案下的网站及其关联服务 IP 会显示在这里；变更接入也从这里开始。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="425" />
            <source>Could not load websites: {0}</source>
            <translation>无法加载网站：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="277" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="431" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="433" />
            <source>{0} websites</source>
            <translation>共 {0} 个网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="279" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="436" />
            <source>({0} loaded)</source>
            <translation>（已加载 {0} 个）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="281" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="438" />
            <source>loading…</source>
            <translation>正在加载…</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="96" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="97" />
            <source>&amp;Go</source>
            <translation>前往(&amp;G)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="98" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="99" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="100" />
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="101" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="103" />
            <source>Quit ICP Desktop (also from the tray): no more notifications until it is started again</source>
            <translation>退出 ICP Desktop（包括托盘中的程序）：再次启动前不再收到通知</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="108" />
            <source>Change &amp;history</source>
            <translation>变更记录(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="109" />
            <source>&amp;Notifications</source>
            <translation>通知(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="110" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="111" />
            <source>F1: keyboard shortcuts</source>
            <translation>F1：键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="112" />
            <source>Press F1 for the keyboard shortcuts of every page</source>
            <translation>按 F1 查看各页面的键盘快捷键</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation type="vanished">变更记录</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>ICP Desktop — ICP filing Change Access (备案变更接入)</source>
            <translation type="vanished">ICP 备案桌面版 — 备案变更接入</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="89" />
            <location filename="../../icp_desktop/ui/main_window.py" line="182" />
            <source>ICP filing Change Access (备案变更接入)</source>
            <translation>ICP 备案变更接入</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="126" />
            <location filename="../../icp_desktop/ui/main_window.py" line="189" />
            <source>Navigation</source>
            <translation>导航</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="132" />
            <location filename="../../icp_desktop/ui/main_window.py" line="190" />
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="135" />
            <location filename="../../icp_desktop/ui/main_window.py" line="191" />
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="145" />
            <location filename="../../icp_desktop/ui/main_window.py" line="192" />
            <source>Change history</source>
            <translation>变更记录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="156" />
            <location filename="../../icp_desktop/ui/main_window.py" line="193" />
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="106" />
            <location filename="../../icp_desktop/ui/main_window.py" line="197" />
            <location filename="../../icp_desktop/ui/main_window.py" line="221" />
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <source>filer</source>
            <translation type="vanished">备案人</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation type="vanished">审核员</translation>
        </message>
        <message>
            <source>operator</source>
            <translation type="vanished">运营人员</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="258" />
            <source>Signed in as {0} ({1})</source>
            <translation>已登录：{0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="248" />
            <source>No pages are available for this account.</source>
            <translation>此账号没有可用的页面。</translation>
        </message>
    </context>
    <context>
        <name>MigrationDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="87" />
            <source>Move websites to another server</source>
            <translation>将网站迁移到其他服务器</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="91" />
            <source>Every website you choose gets one Change Access, all filed and submitted for first review together. The provider reviews them as a batch.</source>
            <translation>所选的每个网站各生成一个变更接入，一次性全部提交初审，服务商按批次审核。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="102" />
            <source>Websites to move</source>
            <translation>要迁移的网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="107" />
            <source>Target IPs</source>
            <translation>目标IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="131" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Server being left:</source>
            <translation type="vanished">迁出的服务器：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="137" />
            <source>Move from:</source>
            <translation>迁出位置：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="138" />
            <source>Websites on it:</source>
            <translation>其上的网站：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="140" />
            <source>Move to server:</source>
            <translation>迁入的服务器：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="141" />
            <source>Its IPs to use:</source>
            <translation>使用其IP：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="143" />
            <source>How:</source>
            <translation>方式：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="162" />
            <source>only {0} ({1} website(s))</source>
            <translation>仅 {0}（{1} 个网站）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="277" />
            <source>Loading the websites…</source>
            <translation>正在加载网站…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="287" />
            <source>Could not load the websites: {0}</source>
            <translation>无法加载网站：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="318" />
            <source>{0} of {1} websites can move now.</source>
            <translation>{1} 个网站中有 {0} 个现在可以迁移。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="320" />
            <source>No website of yours uses this server.</source>
            <translation>您没有网站使用这台服务器。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="330" />
            <source>No other server of yours can serve filed websites.</source>
            <translation>您没有其他可用于备案网站的服务器。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="334" />
            <source>File {0} change(s) for review</source>
            <translation>提交 {0} 个变更审核</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="366" />
            <source>Nothing was lost: filing again files the batch once.</source>
            <translation>没有任何内容丢失：再次提交只会生成一批变更。</translation>
        </message>
    </context>
    <context>
        <name>MigrationPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="120" />
            <source>← Back</source>
            <translation>← 返回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="121" />
            <source>Moving websites to another server</source>
            <translation>将网站迁移到其他服务器</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="122" />
            <source>Your migrations</source>
            <translation>您的迁移</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="125" />
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="126" />
            <source>Website name</source>
            <translation>网站名称</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="127" />
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="128" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="129" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="132" />
            <source>Websites of this migration</source>
            <translation>本次迁移的网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="134" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="135" />
            <source>Remove the old IPs now</source>
            <translation>现在删除旧IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="137" />
            <source>Step 2 of the two-step mode: for each website whose first change is approved and whose domain resolves to the new IPs only, file the change that removes the old IPs</source>
            <translation>分两步模式的第2步：对第一次变更已通过、且域名只解析到新IP的每个网站，提交删除旧IP的变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="144" />
            <source>No migrations yet. To move every website of a server to another server in one step, open a website's Change Access and choose "Move websites to another server…" under your service resources.</source>
            <translation>暂无迁移。如需一次将某台服务器上的所有网站迁移到另一台服务器，请打开任一网站的变更接入页面，在服务资源下方选择“将网站迁移到其他服务器…”。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="194" />
            <source>Could not load the migration: {0}</source>
            <translation>无法加载迁移：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="213" />
            <source>Migration #{id} · {n} websites · {when}</source>
            <translation>迁移 #{id} · {n} 个网站 · {when}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="231" />
            <source>Migration #{id}, filed {when}: from {source} to {target} · {mode}</source>
            <translation>迁移 #{id}，提交于 {when}：从 {source} 迁到 {target} · {mode}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="287" />
            <source>Removing the old IPs of {n} website(s): submitted for review.</source>
            <translation>已为 {n} 个网站提交删除旧IP的变更，等待审核。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="292" />
            <source>Still waiting:</source>
            <translation>仍在等待：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="302" />
            <source>The old IPs could not be removed: {0}</source>
            <translation>未能删除旧IP：{0}</translation>
        </message>
    </context>
    <context>
        <name>MigrationText</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="22" />
            <source>On the day an access change is approved, the website may be intercepted for up to 6 hours: point its DNS at the new IPs as soon as the approval arrives.</source>
            <translation>变更接入审核通过当天，网站可能被拦截最长约6小时：收到通过通知后请尽快将域名解析到新IP。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="30" />
            <source>Replace at once</source>
            <translation>一次替换</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="31" />
            <source>Two steps: add the new IPs now, remove the old ones later</source>
            <translation>分两步：先增加新IP，之后再删除旧IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="37" />
            <source>Step 1 adds the new IPs beside the old ones, so the website stays filed at both while you move DNS. Once step 1 is approved and the domain resolves to the new IPs only, choose "Remove the old IPs now" for step 2.</source>
            <translation>第1步在旧IP之外增加新IP，修改解析期间网站在新旧IP上均已备案。第1步通过且域名只解析到新IP后，选择“现在删除旧IP”进行第2步。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="42" />
            <source>Each website's old IPs are replaced by the new ones in one change. Move DNS to the new IPs on the day it is approved.</source>
            <translation>每个网站通过一个变更将旧IP替换为新IP。请在审核通过当天将解析改到新IP。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="50" />
            <source>One step: replace the IPs</source>
            <translation>一步：替换IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="52" />
            <source>Step 1 of 2: add the new IPs</source>
            <translation>第1步/共2步：增加新IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="53" />
            <source>Step 2 of 2: remove the old IPs</source>
            <translation>第2步/共2步：删除旧IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="60" />
            <source>Cannot move now: it has an open change (#{0}); finish or withdraw it first.</source>
            <translation>现在不能迁移：该网站有未完成的变更（#{0}），请先完成或撤销。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="75" />
            <source>{name} serves {now} of at most {limit} websites; with this move: {after}.</source>
            <translation>{name} 现关联 {now} 个网站（最多 {limit} 个）；迁移后：{after} 个。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="79" />
            <source>Too many: choose fewer websites or another server.</source>
            <translation>超出上限：请少选网站或换一台服务器。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="86" />
            <source>This website has no second step.</source>
            <translation>该网站没有第2步。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="87" />
            <source>Step 1 (adding the new IPs) is not approved yet.</source>
            <translation>第1步（增加新IP）尚未通过。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="88" />
            <source>The domain's DNS records could not be read just now; try again.</source>
            <translation>暂时无法读取该域名的解析记录，请稍后重试。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="89" />
            <source>The domain does not resolve to the new IPs only yet: move its DNS records first, then remove the old IPs.</source>
            <translation>该域名还没有只解析到新IP：请先修改解析，再删除旧IP。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="93" />
            <source>The website has another open change.</source>
            <translation>该网站有其他未完成的变更。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="109" />
            <source>{domain}: has an open change (#{id}); finish or withdraw it first.</source>
            <translation>{domain}：有未完成的变更（#{id}），请先完成或撤销。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="113" />
            <source>{domain}: is not served from the server being left.</source>
            <translation>{domain}：不在迁出的服务器上。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="115" />
            <source>{name} would serve {count} websites with this move; at most {limit}.</source>
            <translation>迁移后 {name} 将关联 {count} 个网站，最多 {limit} 个。</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="110" />
            <source>Import the holiday notice of {year}</source>
            <translation>导入 {year} 年节假日安排通知</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="112" />
            <source>Paste the whole text of the State Council's notice 国务院办公厅关于{year}年部分节假日安排的通知. It is read as you type: check the days off and make-up working days (调休上班) in the calendar, then save the year.</source>
            <translation>请粘贴《国务院办公厅关于{year}年部分节假日安排的通知》全文。输入时即自动识别：请在日历中核对放假日和调休上班日，然后保存该年份。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="119" />
            <source>Text of the notice</source>
            <translation>通知全文</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="121" />
            <source>一、元旦：1月1日（周五）至3日（周日）放假，共3天。…</source>
            <translation>一、元旦：1月1日（周五）至3日（周日）放假，共3天。…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="123" />
            <source>&amp;Save year {year}</source>
            <translation>保存 {year} 年(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="124" />
            <source>The year as the notice reads</source>
            <translation>按通知识别出的全年日历</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="178" />
            <source>Line {line}: {reason}</source>
            <translation>第 {line} 行：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="196" />
            <source>Read: {festivals} festivals, {off} days off, {work} make-up working days. Check the calendar, then save.</source>
            <translation>已识别：{festivals} 个节日，放假 {off} 天，调休上班 {work} 天。请核对日历后保存。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="205" />
            <source>Paste the notice's text above.</source>
            <translation>请在上方粘贴通知全文。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="229" />
            <source>Saving {year}…</source>
            <translation>正在保存 {year} 年…</translation>
        </message>
    </context>
    <context>
        <name>NotificationList</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/notification_list.py" line="106" />
            <source>Notifications</source>
            <translation>通知</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/notification_list.py" line="108" />
            <source>No notifications yet. Outcomes of your changes (first review, submission to the administration, its decision) appear here the moment they are recorded, and stay here across sign-ins.</source>
            <translation>还没有通知。您的变更结果（初审、提交管局、管局决定）一经记录便会显示在这里，重新登录后仍会保留。</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="140" />
            <source>ICP Desktop</source>
            <translation>ICP 备案桌面版</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="126" />
            <location filename="../../icp_desktop/ui/tray.py" line="152" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="126" />
            <source>Sign out</source>
            <translation>退出登录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="126" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>filer</source>
            <translation type="vanished">备案人</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation type="vanished">审核员</translation>
        </message>
        <message>
            <source>operator</source>
            <translation type="vanished">运营人员</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="143" />
            <source>ICP Desktop — {0} ({1})</source>
            <translation>ICP 备案桌面版 — {0}（{1}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="167" />
            <source>Change #{0}</source>
            <translation>变更单 #{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="170" />
            <source>First review approved (初审通过)</source>
            <translation>初审通过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="171" />
            <source>First review rejected (初审驳回)</source>
            <translation>初审驳回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="172" />
            <source>Submitted to the administration (已提交管局)</source>
            <translation>已提交管局</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="173" />
            <source>Filing approved (已完成备案)</source>
            <translation>已完成（已备案）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="174" />
            <source>Rejected by the administration (管局驳回)</source>
            <translation>管局驳回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="197" />
            <source>SMS verification: a wrong try (短信核验失败)</source>
            <translation>短信核验失败</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="198" />
            <source>{subject}: wrong try {n} of {max}; after {max} the application is returned.</source>
            <translation>{subject}：短信核验已输错 {n}/{max} 次，输错 {max} 次申请将被退回。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="207" />
            <source>MIIT SMS verification has begun (短信核验)</source>
            <translation>工信部短信核验已开始，请尽快完成</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="208" />
            <source>SMS verification: 12 hours left (短信核验)</source>
            <translation>短信核验：剩余12小时</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="209" />
            <source>SMS verification: 4 hours left (短信核验)</source>
            <translation>短信核验：剩余4小时</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="212" />
            <source>{subject}: verify on the MIIT filing site; {h} h {m} min left, or the application is returned.</source>
            <translation>{subject}：请登录工信部备案系统完成核验，剩余 {h} 小时 {m} 分钟，超时申请将被退回。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="245" />
            <source>Open the change</source>
            <translation>查看变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="290" />
            <source>{0} review updates</source>
            <translation>{0} 条审核动态</translation>
        </message>
    </context>
    <context>
        <name>OperatorPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="175" />
            <source>&amp;Submit to the administration now</source>
            <translation>立即提交管局(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="173" />
            <source>Approved in first review; the provider submits each within 1 working day.</source>
            <translation>以下变更已通过初审，服务商须在 1 个工作日内提交管局。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="176" />
            <source>The administration &amp;approved</source>
            <translation>管局审核通过(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="177" />
            <source>The administration re&amp;jected</source>
            <translation>管局驳回(&amp;J)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="178" />
            <source>&amp;Record the outcome</source>
            <translation>记录审核结果(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="179" />
            <source>Record the administration's outcome</source>
            <translation>记录管局审核结果</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="232" />
            <source>Awaiting submission</source>
            <translation>待提交管局</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="232" />
            <source>Under administration review</source>
            <translation>管局审核中</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="183" />
            <source>Outbox (email and SMS)</source>
            <translation>发件箱（邮件和短信）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="171" />
            <source>Administration submissions and outcomes</source>
            <translation>管局提交与审核结果</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="180" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="184" />
            <source>Working-day calendar</source>
            <translation>工作日日历</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="185" />
            <source>At the administration: windows and SMS</source>
            <translation>管局审核进度与短信核验</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="186" />
            <source>Reconciliation</source>
            <translation>管局结果对账</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="187" />
            <source>Province windows and times</source>
            <translation>各省审核时限与时长</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="188" />
            <source>Authorization codes…</source>
            <translation>授权码…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="236" />
            <source>Awaiting submission ({n})</source>
            <translation>待提交管局（{n}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="236" />
            <source>Under administration review ({n})</source>
            <translation>管局审核中（{n}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="240" />
            <source>⚠ {n} overdue</source>
            <translation>⚠ {n} 项已超期</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="268" />
            <source>Submitting change {name} to the administration</source>
            <translation>正在将变更 {name} 提交管局</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="281" />
            <source>Change #{id} was submitted to the administration.</source>
            <translation>变更单 #{id} 已提交管局。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="290" />
            <source>Change #{id} was not submitted: {reason}</source>
            <translation>变更单 #{id} 未能提交：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="309" />
            <source>Select a change to record its outcome.</source>
            <translation>请选择一个变更单以记录审核结果。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="312" />
            <source>The administration simulator decides this change; its outcome arrives by itself.</source>
            <translation>此变更由管局模拟器审核，结果会自动返回。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="319" />
            <source>Change #{id}: record what the administration reported.</source>
            <translation>变更单 #{id}：请记录管局反馈的审核结果。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="338" />
            <source>Add at least one of the administration's reasons for the rejection.</source>
            <translation>请至少填写一条管局的驳回原因。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="344" />
            <source>Recording that the administration approved change {name}</source>
            <translation>正在记录管局已通过变更 {name}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="346" />
            <source>Recording that the administration rejected change {name}</source>
            <translation>正在记录管局已驳回变更 {name}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="365" />
            <source>Recorded: the administration approved change #{id}.</source>
            <translation>已记录：管局审核通过变更单 #{id}。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="367" />
            <source>Recorded: the administration rejected change #{id}.</source>
            <translation>已记录：管局驳回变更单 #{id}。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="375" />
            <source>The outcome of change #{id} was not recorded: {reason}</source>
            <translation>变更单 #{id} 的审核结果未能记录：{reason}</translation>
        </message>
    </context>
    <context>
        <name>PrechecksPanel</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="116" />
            <source>Checks before submitting</source>
            <translation>提交前检查</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="139" />
            <source>Check before submitting: whether the domain resolves to these IPs, whether the website answers at each new IP, the filing number in its footer and the subject's other websites. Checking never stops you from submitting.</source>
            <translation>提交前检查：域名是否解析到这些IP、各新IP上的网站能否访问、页脚备案号，以及同主体的其他网站。检查结果不会阻止您提交。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="147" />
            <source>Checking… (a few seconds; you can keep working)</source>
            <translation>正在检查…（需几秒钟，您可以继续操作）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="151" />
            <source>The checks could not be run: {reason}</source>
            <translation>无法进行检查：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="161" />
            <source>Checked {domain} at {time}: {counts}</source>
            <translation>已于 {time} 检查 {domain}：{counts}</translation>
        </message>
    </context>
    <context>
        <name>ProposalChecks</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/proposal_checks.py" line="60" />
            <source>Check before submitting</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/proposal_checks.py" line="62" />
            <source>Run the checks reviewers make (DNS, the website at each new IP, the footer's filing number) for the IPs listed now</source>
            <translation>对当前列出的IP进行审核人员会做的检查（域名解析、各新IP上的网站、页脚备案号）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/proposal_checks.py" line="68" />
            <source>Optional: the results do not stop you from submitting.</source>
            <translation>可选：检查结果不会阻止提交。</translation>
        </message>
    </context>
    <context>
        <name>ProvinceWindows</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="43" />
            <source>First review</source>
            <translation>初审</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="44" />
            <source>Submission to the administration</source>
            <translation>提交管局</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="45" />
            <source>SMS verification</source>
            <translation>短信核验</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="46" />
            <source>Administration review</source>
            <translation>管局审核</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="53" />
            <source>{n} h</source>
            <translation>{n} 小时</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="54" />
            <source>{n} d</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="124" />
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="126" />
            <source>The administration's window per province</source>
            <translation>各省管局审核时限</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="125" />
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="134" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="125" />
            <source>Working days</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="127" />
            <source> working days</source>
            <translation> 个工作日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="128" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="129" />
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="136" />
            <source>How long each stage took (p50 / p90)</source>
            <translation>各环节实际用时（p50 / p90）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="130" />
            <source>Stages that ended in the last</source>
            <translation>统计最近</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="131" />
            <source> days</source>
            <translation> 天内结束的环节</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="132" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="134" />
            <source>Stage</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="134" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="134" />
            <source>p50</source>
            <translation>p50</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="134" />
            <source>p90</source>
            <translation>p90</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="185" />
            <source>{province}: up to {n} working days; its changes at the administration follow.</source>
            <translation>{province}：最长 {n} 个工作日；该省管局审核中的变更已随之调整。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="222" />
            <source>All provinces</source>
            <translation>全部省份</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="129" />
            <source>Filter by change, license number, website, domain, filer or IP</source>
            <extracomment>what the table lists (runs on the worker thread); see :meth:`set_stage` said in place of an empty table: what would be listed and why nothing is</extracomment>
            <translation>按变更单、备案号、网站、域名、备案人或IP筛选</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="131" />
            <source>Filter the queue</source>
            <translation>筛选队列</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="132" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="133" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="134" />
            <source>Queue</source>
            <translation>队列</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="171" />
            <source>No change matches "{text}". Clear the filter (Esc) to see all {n}.</source>
            <translation>没有变更匹配“{text}”。清除筛选（Esc）可查看全部 {n} 个。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="205" />
            <source>Could not load the queue: {reason}</source>
            <translation>无法加载队列：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Reconciliation</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="63" />
            <source>agrees</source>
            <translation>一致</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="65" />
            <source>to record</source>
            <translation>待记录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="67" />
            <source>disagreement: unknown license number</source>
            <translation>不一致：未知备案号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="68" />
            <source>disagreement: no change at the administration</source>
            <translation>不一致：无提交管局的变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="69" />
            <source>disagreement: contradicts the recorded result</source>
            <translation>不一致：与已记录结果相反</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="70" />
            <source>disagreement: the filing was cancelled</source>
            <translation>不一致：备案已被注销</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="71" />
            <source>disagreement: the same round twice in the file</source>
            <translation>不一致：文件中同一轮次出现两次</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="72" />
            <source>disagreement: longer than its window, no result</source>
            <translation>不一致：超出审核时限仍无结果</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="74" />
            <source>disagreement</source>
            <translation>不一致</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="81" />
            <source>open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="82" />
            <source>applied</source>
            <translation>已记录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="83" />
            <source>acknowledged</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="84" />
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="89" />
            <source>the change moved on</source>
            <translation>变更状态已变化</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="90" />
            <source>the simulator decides it</source>
            <translation>由模拟器决定</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="98" />
            <source>approved</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="99" />
            <source>rejected</source>
            <translation>驳回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="100" />
            <source>cancelled</source>
            <translation>注销</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="160" />
            <source>Import the administration's results (CSV)…</source>
            <translation>导入管局审核结果（CSV）…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="161" />
            <source>Open disagreements of every import</source>
            <translation>所有导入中未处理的不一致</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="162" />
            <source>Note on the disagreement (how it was handled)</source>
            <translation>不一致的处理说明</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="164" />
            <source>Acknowledge</source>
            <translation>确认已处理</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="170" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="171" />
            <source>License number</source>
            <translation>备案号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="172" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="173" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="174" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="175" />
            <source>Match</source>
            <translation>比对</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="176" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="177" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="186" />
            <source>The administration's results</source>
            <translation>管局审核结果</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="186" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="207" />
            <source>{rows} results imported: {to_record} to record, {bad} disagreements. Nothing changes until you apply them.</source>
            <translation>已导入 {rows} 条结果：待记录 {to_record} 条，不一致 {bad} 条。在您确认记录之前不会改变任何数据。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="226" />
            <source>Nothing was imported: {n} rows cannot be read (listed with their lines).</source>
            <translation>未导入任何数据：{n} 行无法读取（已按行号列出）。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="233" />
            <source>Nothing was imported: {0}</source>
            <translation>未导入任何数据：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="277" />
            <source>Open disagreements: {n}</source>
            <translation>未处理的不一致：{n} 条</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="282" />
            <source>Import #{id} ({file}): {rows} rows · {agrees} agree · {open} to record · {bad} disagreements · {applied} applied</source>
            <translation>导入 #{id}（{file}）：{rows} 行 · 一致 {agrees} · 待记录 {open} · 不一致 {bad} · 已记录 {applied}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="297" />
            <source>Import a CSV of license number, result, reason, date.</source>
            <translation>请导入包含备案号、结果、原因、日期的CSV文件。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="329" />
            <source>Apply {n} results</source>
            <translation>记录 {n} 条结果</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="347" />
            <source>{applied} results recorded, {skipped} skipped.</source>
            <translation>已记录 {applied} 条结果，跳过 {skipped} 条。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="366" />
            <source>Disagreement acknowledged.</source>
            <translation>已确认处理该不一致。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="163" />
            <source>Note on the disagreement</source>
            <translation>不一致的处理说明</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="165" />
            <source>Apply the results</source>
            <translation>记录这些结果</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="166" />
            <source>Rows of the import</source>
            <translation>导入的各行</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="167" />
            <source>Rows that cannot be read</source>
            <translation>无法读取的行</translation>
        </message>
    </context>
    <context>
        <name>ResourcePicker</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="87" />
            <source>Or pick from your service resources:</source>
            <translation>或从您的服务资源中选择：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="89" />
            <source>Instance / IP</source>
            <translation>实例 / IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="89" />
            <source>Region</source>
            <translation>地域</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="89" />
            <source>Websites / note</source>
            <translation>网站数 / 说明</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="91" />
            <source>Service resources</source>
            <translation>服务资源</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="92" />
            <source>Move websites to another server…</source>
            <translation>将网站迁移到其他服务器…</translation>
        </message>
        <message>
            <source>Move every website of a server to another server's IPs in one batch of changes</source>
            <translation type="vanished">通过一批变更，将一台服务器上的所有网站迁移到另一台服务器的IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="99" />
            <source>Add selected IP</source>
            <translation>添加所选IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="141" />
            <source>{0}/{1} websites</source>
            <translation>{0}/{1} 个网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="159" />
            <source>used by this website</source>
            <translation>本网站正在使用</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="161" />
            <source>used by {0} other website(s)</source>
            <translation>已被其他 {0} 个网站使用</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="162" />
            <source>free</source>
            <translation>空闲</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="157" />
            <source>resource full ({0} websites)</source>
            <translation>资源已满（{0} 个网站）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="94" />
            <source>Move every website of the selected server, or of the selected IP only, to another server's IPs in one batch of changes</source>
            <translation>将所选服务器（或仅所选 IP）上的全部网站，以一批变更迁移到另一台服务器的 IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="185" />
            <source>Pay-as-you-go: filed websites need a subscription resource</source>
            <translation>按量付费：备案网站须使用包年包月资源</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="187" />
            <source>Not in a mainland China region</source>
            <translation>不在中国内地地域</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="189" />
            <source>Expired on {0}</source>
            <translation>已于 {0} 到期</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="190" />
            <source>Cannot serve filed websites</source>
            <translation>不能用于接入备案网站</translation>
        </message>
    </context>
    <context>
        <name>ReviewConfirm</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="35" />
            <source>Approve the batch</source>
            <translation>通过整批</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="36" />
            <source>Approve the first review of {n} website(s) of migration #{id}?

{sites}

Each website's decision is recorded on its own.</source>
            <translation>通过迁移 #{id} 中 {n} 个网站的初审？

{sites}

每个网站的审核结果将分别记录。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="40" />
            <source>Approve {n} website(s)</source>
            <translation>通过 {n} 个网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="42" />
            <source>Reject the batch</source>
            <translation>驳回整批</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="43" />
            <source>Reject the first review of {n} website(s) of migration #{id} with the reason given?

{sites}</source>
            <translation>以所填原因驳回迁移 #{id} 中 {n} 个网站的初审？

{sites}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="47" />
            <source>Reject {n} website(s)</source>
            <translation>驳回 {n} 个网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="48" />
            <source>Keep reviewing</source>
            <translation>继续审核</translation>
        </message>
    </context>
    <context>
        <name>ReviewDetailPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="191" />
            <source>← Back to the queue</source>
            <translation>← 返回审核队列</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="192" />
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>License number</source>
            <translation type="vanished">备案号</translation>
        </message>
        <message>
            <source>Website name</source>
            <translation type="vanished">网站名称</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation type="vanished">域名</translation>
        </message>
        <message>
            <source>Service content</source>
            <translation type="vanished">服务内容</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation type="vanished">主办单位</translation>
        </message>
        <message>
            <source>Filer</source>
            <translation type="vanished">备案人</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation type="vanished">提交时间</translation>
        </message>
        <message>
            <source>Current IP addresses</source>
            <translation type="vanished">当前IP地址</translation>
        </message>
        <message>
            <source>Current IPs:</source>
            <translation type="vanished">当前IP：</translation>
        </message>
        <message>
            <source>As filed</source>
            <translation type="vanished">备案信息</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="193" />
            <source>Proposed change</source>
            <translation>申请变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="194" />
            <source>Decision</source>
            <translation>审核决定</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="205" />
            <source>Open the next change →</source>
            <translation>打开下一个变更 →</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="207" />
            <source>More automatic checks: DNS, the website at each new IP, its footer, the subject's other websites</source>
            <translation>更多自动检查：域名解析、各新IP上的网站、页脚备案号、同主体其他网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="216" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="195" />
            <source>Reject</source>
            <translation>驳回</translation>
        </message>
        <message>
            <source>Reject with the reasons above (Alt+R)</source>
            <translation type="vanished">按上述原因驳回（Alt+R）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="201" />
            <source>Approve</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>Approve (Ctrl+Enter or Alt+A)</source>
            <translation type="vanished">通过（Ctrl+Enter 或 Alt+A）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="197" />
            <source>Reject with the reasons above (Alt+R); you can undo it for a few seconds (Esc)</source>
            <translation>按上方原因驳回（Alt+R）；几秒内可撤销（Esc）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="203" />
            <source>Approve (Ctrl+Enter or Alt+A); you can undo it for a few seconds (Esc)</source>
            <translation>通过（Ctrl+Enter 或 Alt+A）；几秒内可撤销（Esc）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="212" />
            <source>Approve: Ctrl+Enter or Alt+A · Reject: Alt+R</source>
            <translation>通过：Ctrl+Enter 或 Alt+A · 驳回：Alt+R</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="274" />
            <source>Could not load change #{id}: {reason}</source>
            <translation>无法加载变更单 #{id}：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="307" />
            <source>Change #{id} · {domain} · round {round} · {status}</source>
            <translation>变更单 #{id} · {domain} · 第 {round} 轮 · {status}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="321" />
            <source>The automatic checks could not be loaded: {reason}</source>
            <translation>无法加载自动检查结果：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="330" />
            <source>History ({n})</source>
            <translation>历史记录（{n}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="401" />
            <source>Approving change {name}</source>
            <translation>正在通过变更 {name}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="403" />
            <source>Rejecting change {name} with {n} reason(s)</source>
            <translation>正在以 {n} 条原因驳回变更 {name}</translation>
        </message>
        <message>
            <source>First review due {time}</source>
            <translation type="vanished">初审截止时间：{time}</translation>
        </message>
        <message>
            <source>Submit to the administration by {time} (within 1 working day)</source>
            <translation type="vanished">须于 {time} 前提交管局（1 个工作日内）</translation>
        </message>
        <message>
            <source>The administration decides by {time} (up to 20 working days)</source>
            <translation type="vanished">管局预计于 {time} 前完成审核（最长 20 个工作日）</translation>
        </message>
        <message>
            <source>Overdue: {due}</source>
            <translation type="vanished">已超期：{due}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="360" />
            <source>First reviews are decided by reviewers; operators see them here.</source>
            <translation>初审由审核员处理；运营人员在此仅可查看。</translation>
        </message>
        <message>
            <source>You submitted this change yourself; another reviewer must decide it.</source>
            <translation type="vanished">此变更由您本人提交，须由其他审核员审核。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="362" />
            <source>Nothing to decide: this change is {status}.</source>
            <translation>无需审核：此变更当前状态为“{status}”。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="365" />
            <source>Your account may not decide this change.</source>
            <translation>您的账号无权审核此变更。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="387" />
            <source>Add at least one reason to reject: choose a common reason or type one, for the IP list or for one IP.</source>
            <translation>驳回须至少填写一条原因：可选择常用原因或自行填写，针对整个IP列表或某个IP。</translation>
        </message>
        <message>
            <source>The queue is empty.</source>
            <translation type="vanished">审核队列为空。</translation>
        </message>
        <message>
            <source>Next in the queue: change #{id}.</source>
            <translation type="vanished">队列中的下一项：变更单 #{id}。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="445" />
            <source>Already decided by another reviewer: {status}</source>
            <translation>已由其他审核员处理：{status}</translation>
        </message>
    </context>
    <context>
        <name>ReviewFiledPanel</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="59" />
            <source>As filed</source>
            <translation>备案信息</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="61" />
            <source>License number:</source>
            <translation>备案号：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="62" />
            <source>Website name:</source>
            <translation>网站名称：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="63" />
            <source>Domain:</source>
            <translation>域名：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="64" />
            <source>Service content:</source>
            <translation>服务内容：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="65" />
            <source>Subject:</source>
            <translation>主办单位：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="66" />
            <source>Filer:</source>
            <translation>备案人：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="67" />
            <source>Submitted (Beijing time):</source>
            <translation>提交时间（北京时间）：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="71" />
            <source>Current IPs:</source>
            <translation>当前IP：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="72" />
            <source>Current IP addresses</source>
            <translation>当前IP地址</translation>
        </message>
    </context>
    <context>
        <name>ReviewHistoryTree</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="39" />
            <source>When (Beijing time)</source>
            <translation>时间（北京时间）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="40" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="41" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="42" />
            <source>Reasons and comment</source>
            <translation>原因和备注</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="45" />
            <source>History of this change</source>
            <translation>此变更的历史记录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="65" />
            <source>Round {n}</source>
            <translation>第 {n} 轮</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="67" />
            <source>Before submission</source>
            <translation>提交前</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="83" />
            <source>Proposed: {ips}</source>
            <translation>本轮提交：{ips}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="87" />
            <source>Comment: {text}</source>
            <translation>备注：{text}</translation>
        </message>
    </context>
    <context>
        <name>ReviewIpTree</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="57" />
            <source>IP address</source>
            <translation>IP地址</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="57" />
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="57" />
            <source>Checks</source>
            <translation>检查</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="58" />
            <source>Proposed IP addresses and their checks</source>
            <translation>申请的IP地址及其检查结果</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="91" />
            <source>✔ Passed</source>
            <translation>✔ 通过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="91" />
            <source>✘ Failed</source>
            <translation>✘ 未通过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="102" />
            <source>checking…</source>
            <translation>检查中…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="104" />
            <source>no checks</source>
            <translation>无检查项</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="107" />
            <source>✘ {failed} of {total} checks failed</source>
            <translation>✘ {total} 项检查中 {failed} 项未通过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="111" />
            <source>✔ the check passed</source>
            <translation>✔ 检查通过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="112" />
            <source>✔ all {total} checks passed</source>
            <translation>✔ 全部 {total} 项检查通过</translation>
        </message>
    </context>
    <context>
        <name>ReviewOutboxView</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="99" />
            <source>Show messages with status</source>
            <translation>按状态显示消息</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="101" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="101" />
            <source>Pending</source>
            <translation>待发送</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="101" />
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="101" />
            <source>Failed</source>
            <translation>发送失败</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="104" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="105" />
            <source>Re&amp;try</source>
            <translation>重试(&amp;T)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="106" />
            <source>Send the selected failed message again</source>
            <translation>重新发送所选的失败消息</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="109" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="110" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="111" />
            <source>To</source>
            <translation>收件人</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="112" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="113" />
            <source>Attempts</source>
            <translation>尝试次数</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="114" />
            <source>Last error</source>
            <translation>最近错误</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="115" />
            <source>Change</source>
            <translation>变更单</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="116" />
            <source>Subject or message</source>
            <translation>主题或内容</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="119" />
            <source>Outbox</source>
            <translation>发件箱</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="98" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="124" />
            <source>Loading the outbox…</source>
            <translation>正在加载发件箱…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="126" />
            <source>No message with this status. Emails and SMS to filers about review outcomes are listed here; choose All to see every one.</source>
            <translation>没有此状态的消息。发给备案人的审核结果邮件和短信都列在这里；选择“全部”可查看所有消息。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="131" />
            <source>No messages yet. Every email and SMS the service sends filers about review outcomes is listed here, with its attempts and last error.</source>
            <translation>还没有消息。服务发给备案人的每封审核结果邮件和每条短信都列在这里，附有尝试次数和最后一次错误。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="183" />
            <source>Next attempt {time}</source>
            <translation>下次尝试：{time}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="197" />
            <source>Could not load the outbox: {reason}</source>
            <translation>无法加载发件箱：{reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="206" />
            <source>No SMTP server is configured: the message waits and is tried again (the demo sends no email)</source>
            <translation>未配置 SMTP 服务器：消息等待中，稍后重试（演示环境不发送邮件）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="215" />
            <source>pending</source>
            <translation>待发送</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="216" />
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="217" />
            <source>failed</source>
            <translation>发送失败</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="221" />
            <source>Email</source>
            <translation>邮件</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="221" />
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="256" />
            <source>Message #{id} will be sent again.</source>
            <translation>消息 #{id} 将重新发送。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="263" />
            <source>Could not retry message #{id}: {reason}</source>
            <translation>无法重试消息 #{id}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueueModel</name>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="208" />
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="212" />
            <source>Due</source>
            <extracomment>what the reviewer's "decided" list shows: every status a first review leads to</extracomment>
            <translation>截止时间</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="209" />
            <source>Submit to the administration by</source>
            <translation>提交管局截止时间</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="210" />
            <source>Administration decides by</source>
            <translation>管局预计审核完成时间</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="211" />
            <source>Last step</source>
            <translation>最近一步</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="216" />
            <source>Change</source>
            <translation>变更单</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="217" />
            <source>License number</source>
            <translation>备案号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="218" />
            <source>Website name</source>
            <translation>网站名称</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="219" />
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="220" />
            <source>Filer</source>
            <translation>备案人</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="221" />
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="222" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="223" />
            <source>Batch</source>
            <translation>批次</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="240" />
            <source>Due at {time} (Beijing time)</source>
            <translation>截止时间：{time}（北京时间）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="269" />
            <source>⚠ past the expected date {date}</source>
            <translation>⚠ 已超过预计日期 {date}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="272" />
            <source>expected by {date} (up to {m} working days)</source>
            <translation>预计 {date} 前（最长 {m} 个工作日）</translation>
        </message>
        <message>
            <source>expected by {date} (up to 20 working days)</source>
            <translation type="vanished">预计 {date} 前完成（最长 20 个工作日）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="295" />
            <source>Migration #{id} ({n} here)</source>
            <translation>迁移 #{id}（此处 {n} 个）</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="93" />
            <source>First review queue</source>
            <translation>初审队列</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="94" />
            <source>Waiting for first review</source>
            <translation>待初审</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="95" />
            <source>Decided (approved or rejected)</source>
            <translation>已审核（通过或驳回）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="96" />
            <source>Which changes to list</source>
            <translation>列出哪些变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="98" />
            <source>No decided changes yet. Changes approved or rejected at first review are listed here, newest first, to look back at.</source>
            <translation>还没有已审核的变更。初审通过或驳回的变更会按时间倒序列在这里，便于回顾。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="103" />
            <source>Nothing waits for first review. Changes filers submit appear here, most urgent first; this list updates by itself.</source>
            <translation>目前没有待初审的变更。备案人提交的变更会按紧急程度列在这里，列表会自动更新。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="108" />
            <source>Queue counts</source>
            <translation>队列统计</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="109" />
            <source>Changes per status</source>
            <translation>各状态的变更数量</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="110" />
            <source>J / K or Ctrl+Down / Ctrl+Up: next / previous · Enter: open</source>
            <translation>J / K 或 Ctrl+下 / Ctrl+上：下一项 / 上一项 · Enter：打开</translation>
        </message>
        <message>
            <source>Nothing waits for first review.</source>
            <translation type="vanished">暂无待初审的变更。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="202" />
            <source>Pending first review: {n}</source>
            <translation>待初审：{n}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="203" />
            <source>⚠ Overdue: {n}</source>
            <translation>⚠ 已超期：{n}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="205" />
            <source>Overdue: 0</source>
            <translation>已超期：0</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="192" />
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="206" />
            <source>Showing {shown} of {total}</source>
            <translation>显示 {shown} / 共 {total}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="93" />
            <source>Decided changes</source>
            <translation>已审核的变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="218" />
            <source>All changes: {counts}</source>
            <translation>全部变更：{counts}</translation>
        </message>
    </context>
    <context>
        <name>ReviewReasonsEditor</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="104" />
            <source>The reason is about</source>
            <translation>原因针对</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="105" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="108" />
            <source>Choose a common reason or type your own</source>
            <translation>选择常用原因或自行填写</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="119" />
            <source>A&amp;dd reason</source>
            <translation>添加原因(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="120" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="121" />
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="126" />
            <source>Comment for the filer (optional)</source>
            <translation>给备案人的备注（可选）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="127" />
            <source>Comment</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="128" />
            <source>Rejection reason:</source>
            <translation>驳回原因：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="129" />
            <source>Comment:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="137" />
            <source>The IP list</source>
            <translation>IP列表</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="139" />
            <source>IP {ip}</source>
            <translation>IP {ip}</translation>
        </message>
    </context>
    <context>
        <name>ReviewStatusPage</name>
        <message>
            <source>← Licenses</source>
            <translation type="vanished">← 备案列表</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="129" />
            <source>← Back</source>
            <translation>← 返回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="205" />
            <source>Review status</source>
            <translation>审核进度</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="130" />
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="131" />
            <source>Change</source>
            <translation>变更单</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="133" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="134" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="135" />
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="260" />
            <source>Associated service IPs</source>
            <translation>关联服务IP地址</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="136" />
            <source>Submitted</source>
            <translation>提交时间</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="137" />
            <source>Deadline now</source>
            <translation>当前时限</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="138" />
            <source>Time limits</source>
            <translation>办理时限</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="246" />
            <source>First review within 1 working day of submission · submission to the administration within 1 working day of approval · the administration ({province}) decides within up to {m} working days</source>
            <translation>提交后1个工作日内完成初审 · 初审通过后1个工作日内提交管局 · 管局（{province}）最长 {m} 个工作日内审核</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="252" />
            <source>First review within 1 working day of submission · submission to the administration within 1 working day of approval · the administration decides within up to 20 working days</source>
            <translation>初审：提交后 1 个工作日内 · 提交管局：初审通过后 1 个工作日内 · 管局审核：最长 20 个工作日</translation>
        </message>
        <message>
            <source>First review due</source>
            <translation type="vanished">初审截止时间</translation>
        </message>
        <message>
            <source>Submission to the administration</source>
            <translation type="vanished">提交管局</translation>
        </message>
        <message>
            <source>Administration review</source>
            <translation type="vanished">管局审核</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="139" />
            <source>Reasons</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="145" />
            <source>Timeline</source>
            <translation>处理记录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="146" />
            <source>Withdraw</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="273" />
            <source>Modify and Submit</source>
            <translation>修改提交</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="196" />
            <source>Could not load the change: {0}</source>
            <translation>无法加载变更：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="215" />
            <source>Review status — {0}</source>
            <translation>审核进度 — {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="222" />
            <source>(round {0})</source>
            <translation>（第 {0} 轮）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="226" />
            <source>Proposed: {0}
Added: {1} · Removed: {2} · Kept: {3}</source>
            <translation>申请：{0}
新增：{1} · 移除：{2} · 保留：{3}</translation>
        </message>
        <message>
            <source>by the end of {0}</source>
            <translation type="vanished">{0} 当日结束前</translation>
        </message>
        <message>
            <source>Within 1 working day after the first review is approved</source>
            <translation type="vanished">初审通过后 1 个工作日内</translation>
        </message>
        <message>
            <source>Within 1 working day: by the end of {0}</source>
            <translation type="vanished">1 个工作日内：{0} 当日结束前</translation>
        </message>
        <message>
            <source>Up to 20 working days: expected by the end of {0}</source>
            <translation type="vanished">最长 20 个工作日：预计 {0} 当日结束前</translation>
        </message>
        <message>
            <source>Within 1 working day: by {0}</source>
            <translation type="vanished">1 个工作日内：{0} 前</translation>
        </message>
        <message>
            <source>(estimated)</source>
            <translation type="vanished">（估算）</translation>
        </message>
        <message>
            <source>— overdue</source>
            <translation type="vanished">— 已超期</translation>
        </message>
        <message>
            <source>Up to 20 working days after submission to the administration</source>
            <translation type="vanished">提交管局后最长 20 个工作日</translation>
        </message>
        <message>
            <source>Up to 20 working days: expected by {0}</source>
            <translation type="vanished">最长 20 个工作日：预计 {0} 前</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="263" />
            <source>Comment: {0}</source>
            <translation>备注：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="273" />
            <source>Continue editing</source>
            <translation>继续编辑</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="299" />
            <source>Your SMS verification was recorded.</source>
            <translation>已记录您完成短信核验。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="306" />
            <source>Could not record the verification: {0}</source>
            <translation>未能记录短信核验：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="334" />
            <source>The change was withdrawn.</source>
            <translation>变更已撤销。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="341" />
            <source>Could not withdraw: {0}</source>
            <translation>无法撤销：{0}</translation>
        </message>
    </context>
    <context>
        <name>ReviewText</name>
        <message>
            <source>no due date</source>
            <translation type="vanished">无截止时间</translation>
        </message>
        <message>
            <source>overdue (due {date})</source>
            <translation type="vanished">已超期（截止 {date}）</translation>
        </message>
        <message>
            <source>overdue by 1 working day (due {date})</source>
            <translation type="vanished">已超期 1 个工作日（截止 {date}）</translation>
        </message>
        <message>
            <source>overdue by {n} working days (due {date})</source>
            <translation type="vanished">已超期 {n} 个工作日（截止 {date}）</translation>
        </message>
        <message>
            <source>due today ({date})</source>
            <translation type="vanished">今天截止（{date}）</translation>
        </message>
        <message>
            <source>due in 1 working day ({date})</source>
            <translation type="vanished">1 个工作日后截止（{date}）</translation>
        </message>
        <message>
            <source>due in {n} working days ({date})</source>
            <translation type="vanished">{n} 个工作日后截止（{date}）</translation>
        </message>
        <message>
            <source>(estimated: weekends only)</source>
            <translation type="vanished">（估算：仅按周末计算）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="40" />
            <source>+ Added</source>
            <translation>+ 新增</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="41" />
            <source>− Removed</source>
            <translation>− 移除</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="42" />
            <source>= Kept</source>
            <translation>= 保留</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="49" />
            <source>Public address</source>
            <translation>公网地址</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="50" />
            <source>Owned by the filer's resource</source>
            <translation>属于备案人的资源</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="51" />
            <source>Resource capacity (at most 5 websites)</source>
            <translation>资源接入上限（最多 5 个网站）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="54" />
            <source>Not a duplicate</source>
            <translation>无重复</translation>
        </message>
        <message>
            <source>Filer</source>
            <translation type="vanished">备案人</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation type="vanished">审核员</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="vanished">运营人员</translation>
        </message>
        <message>
            <source>The filing service</source>
            <translation type="vanished">备案服务</translation>
        </message>
        <message>
            <source>The administration</source>
            <translation type="vanished">管局</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="65" />
            <source>IP list</source>
            <translation>IP列表</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="66" />
            <source>Website name</source>
            <translation>网站名称</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="67" />
            <source>Domain</source>
            <translation>网站域名</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="68" />
            <source>Service content</source>
            <translation>服务内容</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="69" />
            <source>License number</source>
            <translation>备案号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="70" />
            <source>Subject</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="110" />
            <source>Working…</source>
            <translation>处理中…</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="30" />
            <source>Everywhere</source>
            <translation>所有页面</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="30" />
            <source>Licenses and websites</source>
            <translation>备案与网站</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="31" />
            <source>First review queue</source>
            <translation>初审队列</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="31" />
            <source>First review</source>
            <translation>初审</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="33" />
            <source>Show these keyboard shortcuts</source>
            <translation>显示键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="34" />
            <source>Move to the next / previous control</source>
            <translation>移到下一个 / 上一个控件</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="35" />
            <source>Back to the previous page</source>
            <translation>返回上一页</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="36" />
            <source>Home page</source>
            <translation>首页</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="40" />
            <source>Alt + underlined letter</source>
            <translation>Alt + 带下划线的字母</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="40" />
            <source>Press that button</source>
            <translation>按下对应的按钮</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="41" />
            <source>Press the default button (shown highlighted)</source>
            <translation>按下默认按钮（突出显示的按钮）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="42" />
            <source>Search license number, website name or domain</source>
            <translation>搜索备案号、网站名称或域名</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="43" />
            <source>Clear the search</source>
            <translation>清空搜索</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="50" />
            <source>Next change</source>
            <translation>下一个变更单</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="51" />
            <source>Previous change</source>
            <translation>上一个变更单</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="52" />
            <source>Open the selected change</source>
            <translation>打开所选变更单</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="53" />
            <source>Approve</source>
            <translation>通过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="54" />
            <source>Reject with the reasons given</source>
            <translation>按所填原因驳回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="37" />
            <source>Change history (filers)</source>
            <translation>变更记录（备案人）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="38" />
            <source>Show or hide the notifications</source>
            <translation>显示或隐藏通知</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="39" />
            <source>Quit (the app otherwise goes on in the tray)</source>
            <translation>退出（否则程序会在托盘中继续运行）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="45" />
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="49" />
            <source>Change history</source>
            <translation>变更记录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="47" />
            <source>Search license number, website name or domain, or #change number</source>
            <translation>搜索备案号、网站名称或域名，或输入 #变更编号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="49" />
            <source>Open the selected change's progress</source>
            <translation>查看所选变更的进度</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="63" />
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="70" />
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="68" />
            <source>Where</source>
            <translation>页面</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="68" />
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="68" />
            <source>What it does</source>
            <translation>作用</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="70" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="137" />
            <source>Sign in to ICP filing (备案) Change Access (变更接入)</source>
            <translation>登录备案系统 — 变更接入</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="78" />
            <source>Connecting…</source>
            <translation>正在连接…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="138" />
            <source>Choose a demo account…</source>
            <translation>选择演示账号…</translation>
        </message>
        <message>
            <source>filer</source>
            <translation type="vanished">备案人</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation type="vanished">审核员</translation>
        </message>
        <message>
            <source>operator</source>
            <translation type="vanished">运营人员</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="84" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="141" />
            <source>Demo account:</source>
            <translation>演示账号：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="88" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="150" />
            <source>Account name</source>
            <translation>账号名</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="92" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="151" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="93" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="152" />
            <source>Remember me on this computer</source>
            <translation>在此电脑上记住我</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="97" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="153" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="106" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="143" />
            <source>Server:</source>
            <translation>服务器：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="108" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="144" />
            <source>Username:</source>
            <translation>用户名：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="109" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="145" />
            <source>Password:</source>
            <translation>密码：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="179" />
            <source>(not yet known)</source>
            <translation>（尚未确定）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="190" />
            <source>No secure keyring is available on this system: your session is kept in memory only and you will have to sign in again next time.</source>
            <translation>此系统没有可用的安全密钥环：会话仅保存在内存中，下次需要重新登录。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="218" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="265" />
            <source>Enter your username and password.</source>
            <translation>请输入用户名和密码。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="221" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="247" />
            <source>Wrong username or password.</source>
            <translation>用户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="249" />
            <source>This account is locked after too many failed sign-ins. Wait a while, then try again.</source>
            <translation>登录失败次数过多，账号已被锁定。请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="254" />
            <source>The server's certificate could not be verified (TLS failure). Check the server address, or the CA bundle you configured.</source>
            <translation>无法验证服务器证书（TLS 错误）。请检查服务器地址或所配置的 CA 证书。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="259" />
            <source>Too many attempts. Wait a moment, then try again.</source>
            <translation>尝试次数过多，请稍后再试。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="261" />
            <source>The server {0} cannot be reached. Check the address and your network connection.</source>
            <translation>无法连接服务器 {0}。请检查地址和网络连接。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="266" />
            <source>Sign-in failed: {0}</source>
            <translation>登录失败：{0}</translation>
        </message>
    </context>
    <context>
        <name>StepLine</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="59" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="60" />
            <source>First review</source>
            <translation>初审</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="61" />
            <source>Administration</source>
            <translation>管局审核</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="62" />
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="81" />
            <source>done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="82" />
            <source>current</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="83" />
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="126" />
            <source>rejected</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="84" />
            <source>to do</source>
            <translation>未开始</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/timeline.py" line="72" />
            <source>Associated service IPs</source>
            <translation>关联服务IP地址</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/timeline.py" line="78" />
            <source>Comment: {0}</source>
            <translation>备注：{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/timeline.py" line="67" />
            <source>round {0}</source>
            <translation>第 {0} 轮</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/undo_bar.py" line="102" />
            <source>{action} in {n} s…</source>
            <translation>{action}，{n} 秒后发送…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/undo_bar.py" line="50" />
            <source>Undo (Esc)</source>
            <translation>撤销（Esc）</translation>
        </message>
    </context>
    <context>
        <name>WebsiteFacts</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="38" />
            <source>Website information</source>
            <translation>网站信息</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="40" />
            <source>License number</source>
            <translation>备案号</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="41" />
            <source>Website name</source>
            <translation>网站名称</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="42" />
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="43" />
            <source>Service content</source>
            <translation>服务内容</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="44" />
            <source>Subject</source>
            <translation>主办单位</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="45" />
            <source>Current associated IPs</source>
            <translation>当前关联IP地址</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="25" />
            <source>No open change</source>
            <translation>无进行中的变更</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="30" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="31" />
            <source>Pending first review</source>
            <translation>待初审</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="32" />
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="72" />
            <source>First review rejected</source>
            <translation>初审驳回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="34" />
            <source>Approved, awaiting submission</source>
            <translation>初审通过，待提交管局</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="37" />
            <source>Under administration review</source>
            <translation>管局审核中</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="38" />
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="75" />
            <source>Rejected by the administration</source>
            <translation>管局驳回</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="39" />
            <source>Approved (filed)</source>
            <translation>已完成（已备案）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="40" />
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="70" />
            <source>Withdrawn</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="54" />
            <source>Filer</source>
            <translation>备案人</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="55" />
            <source>Reviewer</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="56" />
            <source>Operator</source>
            <translation>运营人员</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="57" />
            <source>Filing service</source>
            <translation>备案服务</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="58" />
            <source>Communication administration</source>
            <translation>通信管理局</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="67" />
            <source>Draft created</source>
            <translation>创建草稿</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="68" />
            <source>Draft edited</source>
            <translation>修改草稿</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="69" />
            <source>Submitted for first review</source>
            <translation>提交初审</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="71" />
            <source>First review approved</source>
            <translation>初审通过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="73" />
            <source>Submitted to the administration</source>
            <translation>已提交管局</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="74" />
            <source>Approved by the administration</source>
            <translation>管局审核通过</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="99" />
            <source>North China 2 (Beijing)</source>
            <translation>华北2（北京）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="100" />
            <source>East China 1 (Hangzhou)</source>
            <translation>华东1（杭州）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="101" />
            <source>East China 2 (Shanghai)</source>
            <translation>华东2（上海）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="102" />
            <source>South China 1 (Shenzhen)</source>
            <translation>华南1（深圳）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="103" />
            <source>Hong Kong (China)</source>
            <translation>中国香港</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="76" />
            <source>SMS verification recorded</source>
            <translation>已完成短信核验</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="77" />
            <source>SMS verification: a wrong try</source>
            <translation>短信核验输错一次</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="36" />
            <source>Approved, awaiting submission to the administration</source>
            <translation>初审通过，待提交管局</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="84" />
            <source>filer</source>
            <translation>备案人</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="84" />
            <source>reviewer</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="84" />
            <source>operator</source>
            <translation>运营人员</translation>
        </message>
    </context>
    <context>
        <name>WorkingCalendar</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="50" />
            <source>H</source>
            <comment>one-letter mark of a day off on a calendar day</comment>
            <translation>休</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="54" />
            <source>W</source>
            <comment>one-letter mark of a make-up working day</comment>
            <translation>班</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="63" />
            <source>Holiday (day off)</source>
            <translation>节假日（放假）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="65" />
            <source>Make-up working day (调休上班)</source>
            <translation>调休上班日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="66" />
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="167" />
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="182" />
            <source>Weekend</source>
            <translation>周末</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="66" />
            <source>Working day</source>
            <translation>工作日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="76" />
            <source>unsaved change</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="104" />
            <source>(no name)</source>
            <translation>（未命名）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="109" />
            <source>{name}: days off {off} ({n} days); make-up working days {work}</source>
            <translation>{name}：放假 {off}（共 {n} 天）；调休上班 {work}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="111" />
            <source>{name}: days off {off} ({n} days)</source>
            <translation>{name}：放假 {off}（共 {n} 天）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="113" />
            <source>{name}: make-up working days {work}</source>
            <translation>{name}：调休上班 {work}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="135" />
            <source>No holidays or make-up working days.</source>
            <translation>没有节假日或调休上班日。</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="136" />
            <source>Festivals of the year</source>
            <translation>本年节假日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="171" />
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="183" />
            <source>Unsaved change</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="173" />
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="184" />
            <source>Today</source>
            <translation>今天</translation>
        </message>
    </context>
    <context>
        <name>YearCalendar</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="209" />
            <source>Normal day ({0})</source>
            <translation>普通（{0}）</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="218" />
            <source>A weekday is a working day anyway</source>
            <translation>周一至周五本就是工作日</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="220" />
            <source>Festival name…</source>
            <translation>节日名称…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="274" />
            <source>Festival name</source>
            <translation>节日名称</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="275" />
            <source>Festival of {0}:</source>
            <translation>{0} 所属节日：</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="294" />
            <source>Working-day calendar</source>
            <translation>工作日日历</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="297" />
            <source>Working-day calendar of {year}</source>
            <translation>{year} 年工作日日历</translation>
        </message>
    </context>
    <context>
        <name>_IpRow</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="70" />
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="70" />
            <source>current</source>
            <translation>当前</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="71" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="72" />
            <source>Remove {0}</source>
            <translation>移除 {0}</translation>
        </message>
    </context>
</TS>
