<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AdministrationProgress</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="51" />
            <source>awaiting · {time} left · wrong tries {n}/{max}</source>
            <translation>awaiting · {time} left · wrong tries {n}/{max}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="55" />
            <source>verified</source>
            <translation>verified</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="56" />
            <source>expired</source>
            <translation>expired</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="57" />
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="58" />
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="115" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="116" />
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="117" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="118" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="119" />
            <source>Window</source>
            <translation>Window</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="120" />
            <source>SMS verification</source>
            <translation>SMS verification</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="121" />
            <source>Expected by (Beijing time)</source>
            <translation>Expected by (Beijing time)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="125" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="126" />
            <source>Record: SMS verified</source>
            <translation>Record: SMS verified</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="127" />
            <source>Record: a wrong try</source>
            <translation>Record: a wrong try</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="155" />
            <source>The queue at the administration could not be loaded: {0}</source>
            <translation>The queue at the administration could not be loaded: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="167" />
            <source>{total} at the administration · {sms} awaiting SMS verification · {late} beyond their window</source>
            <translation>{total} at the administration · {sms} awaiting SMS verification · {late} beyond their window</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="181" />
            <source>day {n} of {m} ({percent}%)</source>
            <translation>day {n} of {m} ({percent}%)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="265" />
            <source>Recorded: change #{id} is verified.</source>
            <translation>Recorded: change #{id} is verified.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="267" />
            <source>Recorded the fifth wrong try: change #{id} was returned.</source>
            <translation>Recorded the fifth wrong try: change #{id} was returned.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="270" />
            <source>Recorded a wrong try for change #{id}.</source>
            <translation>Recorded a wrong try for change #{id}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="278" />
            <source>Change #{id}: not recorded: {reason}</source>
            <translation>Change #{id}: not recorded: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="124" />
            <source>Changes at the administration</source>
            <translation>Changes at the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_progress.py" line="209" />
            <source>Listed: the {listed} nearest their expected date; {more} more are not listed.</source>
            <translation>Listed: the {listed} nearest their expected date; {more} more are not listed.</translation>
        </message>
    </context>
    <context>
        <name>AdministrationStage</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="40" />
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="51" />
            <source>SMS verification: time is up</source>
            <translation>SMS verification: time is up</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="41" />
            <source>SMS verification: {h} h {m} min left</source>
            <translation>SMS verification: {h} h {m} min left</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="59" />
            <source>province unknown</source>
            <translation>province unknown</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="61" />
            <source>Day {n} of up to {m} working days ({province}): beyond the window</source>
            <translation>Day {n} of up to {m} working days ({province}): beyond the window</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="65" />
            <source>Day {n} of up to {m} working days ({province})</source>
            <translation>Day {n} of up to {m} working days ({province})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="68" />
            <source>expected by the end of {day}</source>
            <translation>expected by the end of {day}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="76" />
            <source>recorded by you</source>
            <translation>recorded by you</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="77" />
            <source>confirmed by the administration</source>
            <translation>confirmed by the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="78" />
            <source>recorded by the operator</source>
            <translation>recorded by the operator</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="150" />
            <source>At the administration</source>
            <translation>At the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="151" />
            <source>I have verified</source>
            <translation>I have verified</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="153" />
            <source>Choose this once the SMS verification is done on the MIIT filing site; the countdown and its reminders stop.</source>
            <translation>Choose this once the SMS verification is done on the MIIT filing site; the countdown and its reminders stop.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="171" />
            <source>MIIT SMS verification (短信核验)</source>
            <translation>MIIT SMS verification (短信核验)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="173" />
            <source>Wrong tries: {n} of {max}</source>
            <translation>Wrong tries: {n} of {max}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="179" />
            <source>MIIT has sent an SMS to the website's responsible people. Verify on the MIIT filing site (beian.miit.gov.cn) by {deadline}. After {max} wrong tries, or when the time is up, the administration returns the application.</source>
            <translation>MIIT has sent an SMS to the website's responsible people. Verify on the MIIT filing site (beian.miit.gov.cn) by {deadline}. After {max} wrong tries, or when the time is up, the administration returns the application.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="193" />
            <source>Verified ({who})</source>
            <translation>Verified ({who})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="194" />
            <source>Not verified in time: the application was returned</source>
            <translation>Not verified in time: the application was returned</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="195" />
            <source>Too many wrong tries: the application was returned</source>
            <translation>Too many wrong tries: the application was returned</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="196" />
            <source>Ended: the administration decided</source>
            <translation>Ended: the administration decided</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="203" />
            <source>Ended {when}.</source>
            <translation>Ended {when}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="209" />
            <source>{time} left</source>
            <translation>{time} left</translation>
        </message>
        <message>
            <source>SMS: time is up</source>
            <translation type="vanished">SMS: time is up</translation>
        </message>
        <message>
            <source>SMS {h}:{mm} left</source>
            <translation type="vanished">SMS {h}:{mm} left</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/administration_stage.py" line="52" />
            <source>SMS verification: {h}:{mm} left</source>
            <translation>SMS verification: {h}:{mm} left</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="85" />
            <source>starting the local service…</source>
            <translation>starting the local service…</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation type="vanished">Notifications</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="148" />
            <source>ICP Desktop</source>
            <translation>ICP Desktop</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="176" />
            <source>ICP Desktop is still running</source>
            <translation>ICP Desktop is still running</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="177" />
            <source>It keeps running in the tray to notify you of review outcomes. Quit from the tray icon's menu, or with File &gt; Quit (Ctrl+Q).</source>
            <translation>It keeps running in the tray to notify you of review outcomes. Quit from the tray icon's menu, or with File &gt; Quit (Ctrl+Q).</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="214" />
            <source>the local service could not be started; see the log in {0}</source>
            <translation>the local service could not be started; see the log in {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="283" />
            <source>No secure keyring: you stay signed in until you quit, but will not be remembered.</source>
            <translation>No secure keyring: you stay signed in until you quit, but will not be remembered.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="363" />
            <source>Reconnecting…</source>
            <translation>Reconnecting…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="368" />
            <source>Offline — the server cannot be reached</source>
            <translation>Offline — the server cannot be reached</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="369" />
            <source>TLS failure — the server is not trusted</source>
            <translation>TLS failure — the server is not trusted</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/controller.py" line="416" />
            <source>Your session has ended. Please sign in again.</source>
            <translation>Your session has ended. Please sign in again.</translation>
        </message>
    </context>
    <context>
        <name>AuthorizationCodeEntry</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="37" />
            <source>unused</source>
            <translation>unused</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="38" />
            <source>in filing</source>
            <translation>in filing</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="39" />
            <source>used</source>
            <translation>used</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="40" />
            <source>invalid</source>
            <translation>invalid</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="102" />
            <source>{name} ({instance}) · {region} · code {state}, valid until {date}</source>
            <translation>{name} ({instance}) · {region} · code {state}, valid until {date}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="146" />
            <source>Enter the authorization code the server's owner gave you.</source>
            <translation>Enter the authorization code the server's owner gave you.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="177" />
            <source>Authorization code (授权码)</source>
            <translation>Authorization code (授权码)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="179" />
            <source>Filing IPs of a server another account owns (another account of your company, an agency)? Enter the code its owner issued.</source>
            <translation>Filing IPs of a server another account owns (another account of your company, an agency)? Enter the code its owner issued.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="184" />
            <source>Use code</source>
            <translation>Use code</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="185" />
            <source>Add selected IP</source>
            <translation>Add selected IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="186" />
            <source>Remove code</source>
            <translation>Remove code</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_code_entry.py" line="187" />
            <source>Authorization code</source>
            <translation>Authorization code</translation>
        </message>
    </context>
    <context>
        <name>AuthorizationCodesDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="140" />
            <source>Authorization codes (授权码)</source>
            <translation>Authorization codes (授权码)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="142" />
            <source>A code lets another account (another account of your company, an agency's client) file websites on this server's IPs. At most 5 valid codes per server, each valid for one year, for subscription servers with at least 90 days left.</source>
            <translation>A code lets another account (another account of your company, an agency's client) file websites on this server's IPs. At most 5 valid codes per server, each valid for one year, for subscription servers with at least 90 days left.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="149" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="150" />
            <source>Instance id, e.g. i-wz9k2m3n4p5q6r7s</source>
            <translation>Instance id, e.g. i-wz9k2m3n4p5q6r7s</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="151" />
            <source>Look up</source>
            <translation>Look up</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="153" />
            <source>The new code — shown only now. Copy it and give it to the account that files on this server through a safe channel; it cannot be shown again.</source>
            <translation>The new code — shown only now. Copy it and give it to the account that files on this server through a safe channel; it cannot be shown again.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="159" />
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="164" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="165" />
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="166" />
            <source>Issued (Beijing time)</source>
            <translation>Issued (Beijing time)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="167" />
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="168" />
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="169" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="172" />
            <source>Issue a code</source>
            <translation>Issue a code</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="173" />
            <source>Invalidate</source>
            <translation>Invalidate</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="247" />
            <source>{name} ({instance}) · {region} · IPs {ips} · {n} of {limit} codes valid</source>
            <translation>{name} ({instance}) · {region} · IPs {ips} · {n} of {limit} codes valid</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="256" />
            <source>No more codes: {reason}</source>
            <translation>No more codes: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="161" />
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="302" />
            <source>New authorization code</source>
            <translation>New authorization code</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="305" />
            <source>Code #{id} issued, valid until {date}.</source>
            <translation>Code #{id} issued, valid until {date}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="159" />
            <location filename="../../icp_desktop/ui/widgets/authorization_codes_dialog.py" line="314" />
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>BatchBar</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="119" />
            <source>Approve all…</source>
            <translation>Approve all…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="120" />
            <source>Reject all…</source>
            <translation>Reject all…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="133" />
            <source>Migration #{id}: {n} website(s) waiting for first review from this batch: {domains}</source>
            <translation>Migration #{id}: {n} website(s) waiting for first review from this batch: {domains}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="138" />
            <source>Approve all {n}…</source>
            <translation>Approve all {n}…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="139" />
            <source>Reject all {n}…</source>
            <translation>Reject all {n}…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="147" />
            <source>Approved {n} website(s) of migration #{id}.</source>
            <translation>Approved {n} website(s) of migration #{id}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="149" />
            <source>Rejected {n} website(s) of migration #{id}.</source>
            <translation>Rejected {n} website(s) of migration #{id}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="152" />
            <source>Not decided: {list}</source>
            <translation>Not decided: {list}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="190" />
            <source>The batch decision was not recorded: {reason}</source>
            <translation>The batch decision was not recorded: {reason}</translation>
        </message>
    </context>
    <context>
        <name>BatchRejectDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="40" />
            <source>Reject the batch</source>
            <translation>Reject the batch</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="53" />
            <source>Reject {n} website(s)…</source>
            <translation>Reject {n} website(s)…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="56" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="61" />
            <source>Reason (for every website):</source>
            <translation>Reason (for every website):</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_batch.py" line="62" />
            <source>Comment:</source>
            <translation>Comment:</translation>
        </message>
    </context>
    <context>
        <name>BusySpinner</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/busy.py" line="31" />
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>CalendarAttentionBanner</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_banner.py" line="63" />
            <source>Working-day calendar needs attention</source>
            <translation>Working-day calendar needs attention</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_banner.py" line="64" />
            <source>Open the calendar of {year}</source>
            <translation>Open the calendar of {year}</translation>
        </message>
    </context>
    <context>
        <name>CalendarTab</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="118" />
            <source>&amp;Year:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="119" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="120" />
            <source>&amp;Paste the State Council's notice…</source>
            <translation>&amp;Paste the State Council's notice…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="121" />
            <source>Sa&amp;ve year</source>
            <translation>Sa&amp;ve year</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="122" />
            <source>&amp;Discard changes</source>
            <translation>&amp;Discard changes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="123" />
            <source>Re&amp;move the operator's data…</source>
            <translation>Re&amp;move the operator's data…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="125" />
            <source>Click a day (or press Space) to change it: normal → holiday → make-up working day (weekends only) → normal. Right-click for a menu and the festival's name. Changes count once the year is saved.</source>
            <translation>Click a day (or press Space) to change it: normal → holiday → make-up working day (weekends only) → normal. Right-click for a menu and the festival's name. Changes count once the year is saved.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="202" />
            <source>The calendar could not be loaded: {reason}</source>
            <translation>The calendar could not be loaded: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="219" />
            <source>unsaved changes</source>
            <translation>unsaved changes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="101" />
            <source>{year}: saved by {user}, {time}; version {version}.</source>
            <translation>{year}: saved by {user}, {time}; version {version}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="109" />
            <source>No holiday data for {year}: deadlines over it are estimates that count weekends only. Paste the State Council's notice, or mark the days by hand.</source>
            <translation>No holiday data for {year}: deadlines over it are estimates that count weekends only. Paste the State Council's notice, or mark the days by hand.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="114" />
            <source>{year}: from {source}. A year saved here takes its place.</source>
            <translation>{year}: from {source}. A year saved here takes its place.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="313" />
            <source>{year} was saved. {recomputed}</source>
            <translation>{year} was saved. {recomputed}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_tab.py" line="325" />
            <source>The operator's data of {year} was removed; {year} now: {source}. {recomputed}</source>
            <translation>The operator's data of {year} was removed; {year} now: {source}. {recomputed}</translation>
        </message>
        <message>
            <source>The operator's data of {year} was removed; it now comes from {source}. {recomputed}</source>
            <translation type="vanished">The operator's data of {year} was removed; it now comes from {source}. {recomputed}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="122" />
            <source>Someone else saved {year} meanwhile. Their calendar is loaded now; what you entered is kept — check it and save again.</source>
            <translation>Someone else saved {year} meanwhile. Their calendar is loaded now; what you entered is kept — check it and save again.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="130" />
            <source>{year} was not saved: {reason}</source>
            <translation>{year} was not saved: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="26" />
            <source>saved by the operator</source>
            <translation>saved by the operator</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="27" />
            <source>the operator's overrides file</source>
            <translation>the operator's overrides file</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="28" />
            <source>the chinesecalendar package</source>
            <translation>the chinesecalendar package</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="29" />
            <source>no data: weekends only</source>
            <translation>no data: weekends only</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="36" />
            <source>There is no working-day data for {year} yet: deadlines that reach into {year} are estimates (weekends only). Import the State Council's holiday notice for {year} as soon as it is published.</source>
            <translation>There is no working-day data for {year} yet: deadlines that reach into {year} are estimates (weekends only). Import the State Council's holiday notice for {year} as soon as it is published.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="42" />
            <source>There is no working-day data for {year}: every deadline is an estimate that counts weekends only. Import the State Council's holiday notice for {year}.</source>
            <translation>There is no working-day data for {year}: every deadline is an estimate that counts weekends only. Import the State Council's holiday notice for {year}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="55" />
            <source>Remove the operator's working-day data of {year}?

Deadlines over {year} are counted with the package's data again, or estimated (weekends only) where it has none, and open changes' deadlines are recomputed.</source>
            <translation>Remove the operator's working-day data of {year}?

Deadlines over {year} are counted with the package's data again, or estimated (weekends only) where it has none, and open changes' deadlines are recomputed.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="62" />
            <source>Remove the data of {year}</source>
            <translation>Remove the data of {year}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="74" />
            <source>1 open change's deadline was recomputed.</source>
            <translation>1 open change's deadline was recomputed.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="75" />
            <source>{n} open changes' deadlines were recomputed.</source>
            <translation>{n} open changes' deadlines were recomputed.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="84" />
            <source>line {line}: {reason}</source>
            <translation>line {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="88" />
            <source>{date} is not in the year</source>
            <translation>{date} is not in the year</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="89" />
            <source>{date} is both a holiday and a make-up working day</source>
            <translation>{date} is both a holiday and a make-up working day</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="90" />
            <source>{date} is a weekday: make-up working days fall on weekends</source>
            <translation>{date} is a weekday: make-up working days fall on weekends</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_texts.py" line="72" />
            <source>No open change's deadline moved.</source>
            <translation>No open change's deadline moved.</translation>
        </message>
    </context>
    <context>
        <name>ChangeAccessPage</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="124" />
            <source>← Licenses</source>
            <extracomment>emitted once the service has stored a save or a submit (the change dict)</extracomment>
            <translation>← Licenses</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="125" />
            <source>Change Access</source>
            <translation>Change Access</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="126" />
            <source>Associated service IPs</source>
            <translation>Associated service IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="127" />
            <source>View progress</source>
            <translation>View progress</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="128" />
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>Next</source>
            <translation type="vanished">Next</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="224" />
            <source>Could not load the website: {0}</source>
            <translation>Could not load the website: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="163" />
            <source>This change was updated on the service ({0}). Save or submit your edits, or go back and reopen it.</source>
            <translation>This change was updated on the service ({0}). Save or submit your edits, or go back and reopen it.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="137" />
            <source>Before → after:</source>
            <translation>Before → after:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="138" />
            <source>Added: {0}</source>
            <translation>Added: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="139" />
            <source>Removed: {0}</source>
            <translation>Removed: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="140" />
            <source>Kept: {0}</source>
            <translation>Kept: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="351" />
            <source>Submitting…</source>
            <translation>Submitting…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="351" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="397" />
            <source>Submitted for first review.</source>
            <translation>Submitted for first review.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="397" />
            <source>Draft saved.</source>
            <translation>Draft saved.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="510" />
            <source>The code was accepted: the server's IPs can be filed on this change.</source>
            <translation>The code was accepted: the server's IPs can be filed on this change.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="168" />
            <source>The service refused the list; see the reasons at the IPs. Nothing you typed was lost.</source>
            <translation>The service refused the list; see the reasons at the IPs. Nothing you typed was lost.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="176" />
            <source>The service did not answer ({0}). Your edits are kept; try again — it will not be filed twice.</source>
            <translation>The service did not answer ({0}). Your edits are kept; try again — it will not be filed twice.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="184" />
            <source>This change was modified elsewhere meanwhile. Your list is kept; save again to put it on the latest version.</source>
            <translation>This change was modified elsewhere meanwhile. Your list is kept; save again to put it on the latest version.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="192" />
            <source>{0} Your list is kept; the website was loaded again.</source>
            <translation>{0} Your list is kept; the website was loaded again.</translation>
        </message>
        <message>
            <source>This change was modified elsewhere. Your list is kept; reload to see the latest version.</source>
            <translation type="vanished">This change was modified elsewhere. Your list is kept; reload to see the latest version.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="208" />
            <source>{0}: modify the IPs as the reasons at the fields say, then choose Modify and Submit.</source>
            <translation>{0}: modify the IPs as the reasons at the fields say, then choose Modify and Submit.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="217" />
            <source>Comment: {0}</source>
            <translation>Comment: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="449" />
            <source>Modify and Submit</source>
            <translation>Modify and Submit</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="449" />
            <source>Submit for review</source>
            <translation>Submit for review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="456" />
            <source>No open change</source>
            <translation>No open change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/change_access.py" line="460" />
            <source>This change is {0}; it cannot be edited now.</source>
            <translation>This change is {0}; it cannot be edited now.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/change_access_view.py" line="162" />
            <source>The authorization code was refused; see the reason at the code.</source>
            <translation>The authorization code was refused; see the reason at the code.</translation>
        </message>
    </context>
    <context>
        <name>ChangeHistoryModel</name>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="162" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="163" />
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="164" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="165" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="166" />
            <source>Proposed IPs</source>
            <translation>Proposed IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="167" />
            <source>Last update (Beijing time)</source>
            <translation>Last update (Beijing time)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/history.py" line="190" />
            <source>(round {0})</source>
            <translation>(round {0})</translation>
        </message>
    </context>
    <context>
        <name>ChangeStatus</name>
        <message>
            <source>Draft</source>
            <translation type="vanished">Draft</translation>
        </message>
        <message>
            <source>Pending first review</source>
            <translation type="vanished">Pending first review</translation>
        </message>
        <message>
            <source>First review rejected</source>
            <translation type="vanished">First review rejected</translation>
        </message>
        <message>
            <source>Approved, awaiting submission to the administration</source>
            <translation type="vanished">Approved, awaiting submission to the administration</translation>
        </message>
        <message>
            <source>Under administration review</source>
            <translation type="vanished">Under administration review</translation>
        </message>
        <message>
            <source>Rejected by the administration</source>
            <translation type="vanished">Rejected by the administration</translation>
        </message>
        <message>
            <source>Approved (filed)</source>
            <translation type="vanished">Approved (filed)</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="vanished">Withdrawn</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="31" />
            <source>(estimated)</source>
            <translation>(estimated)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="43" />
            <source>Estimated: there is no holiday data for {year} yet, so this deadline counts weekends only (no public holidays or make-up working days). It may move when the operator imports the State Council's holiday notice for {year}.</source>
            <translation>Estimated: there is no holiday data for {year} yet, so this deadline counts weekends only (no public holidays or make-up working days). It may move when the operator imports the State Council's holiday notice for {year}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="60" />
            <source>First review due by the end of {day}</source>
            <translation>First review due by the end of {day}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="61" />
            <source>Submission to the administration due by the end of {day} (within 1 working day of approval)</source>
            <translation>Submission to the administration due by the end of {day} (within 1 working day of approval)</translation>
        </message>
        <message>
            <source>The administration is expected to decide by the end of {day} (up to 20 working days)</source>
            <translation type="vanished">The administration is expected to decide by the end of {day} (up to 20 working days)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="73" />
            <source>⚠ Overdue: {deadline}</source>
            <translation>⚠ Overdue: {deadline}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="75" />
            <source>due today</source>
            <translation>due today</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="77" />
            <source>1 working day left</source>
            <translation>1 working day left</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="79" />
            <source>{n} working days left</source>
            <translation>{n} working days left</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="88" />
            <source>None: the change has not been submitted yet</source>
            <translation>None: the change has not been submitted yet</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="89" />
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="90" />
            <source>None: waiting for the filer to modify and submit</source>
            <translation>None: waiting for the filer to modify and submit</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="91" />
            <source>None: the change is finished (filed)</source>
            <translation>None: the change is finished (filed)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="92" />
            <source>None: the change was withdrawn</source>
            <translation>None: the change was withdrawn</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="94" />
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="107" />
            <source>no due date</source>
            <translation>no due date</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="114" />
            <source>overdue (due {date})</source>
            <translation>overdue (due {date})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="116" />
            <source>overdue by 1 working day (due {date})</source>
            <translation>overdue by 1 working day (due {date})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="118" />
            <source>overdue by {n} working days (due {date})</source>
            <translation>overdue by {n} working days (due {date})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="122" />
            <source>due today ({date})</source>
            <translation>due today ({date})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="124" />
            <source>due in 1 working day ({date})</source>
            <translation>due in 1 working day ({date})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="126" />
            <source>due in {n} working days ({date})</source>
            <translation>due in {n} working days ({date})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="36" />
            <source>{text} (estimated)</source>
            <translation>{text} (estimated)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/deadline.py" line="65" />
            <source>The administration is expected to decide by the end of {day} (up to {m} working days)</source>
            <translation>The administration is expected to decide by the end of {day} (up to {m} working days)</translation>
        </message>
    </context>
    <context>
        <name>DecisionFlow</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="66" />
            <source>Approved change #{id}.</source>
            <translation>Approved change #{id}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="68" />
            <source>Rejected change #{id} with 1 reason.</source>
            <translation>Rejected change #{id} with 1 reason.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="69" />
            <source>Rejected change #{id} with {n} reasons.</source>
            <translation>Rejected change #{id} with {n} reasons.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="98" />
            <source>The queue is empty.</source>
            <translation>The queue is empty.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="106" />
            <source>Could not load the queue: {reason}</source>
            <translation>Could not load the queue: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="124" />
            <source>Already decided by another reviewer: {status}</source>
            <translation>Already decided by another reviewer: {status}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="131" />
            <source>The decision was refused: {reason}</source>
            <translation>The decision was refused: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="149" />
            <source>You may not decide this change: {reason}</source>
            <translation>You may not decide this change: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_decision.py" line="155" />
            <source>The decision was not recorded: {reason}</source>
            <translation>The decision was not recorded: {reason}</translation>
        </message>
    </context>
    <context>
        <name>FilerDialogs</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="37" />
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="43" />
            <source>Modify and Submit</source>
            <translation>Modify and Submit</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="37" />
            <source>Submit for first review</source>
            <translation>Submit for first review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="38" />
            <source>Submit this Change Access to the provider for first review?

{0}

After approval the provider submits it to the communication administration within 1 working day.</source>
            <translation>Submit this Change Access to the provider for first review?

{0}

After approval the provider submits it to the communication administration within 1 working day.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="52" />
            <source>an earlier session</source>
            <translation>an earlier session</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="53" />
            <source>Restore unsaved changes from {0}?

Associated service IPs: {1}</source>
            <translation>Restore unsaved changes from {0}?

Associated service IPs: {1}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="58" />
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="71" />
            <source>Withdraw the Change Access for {0}?

The website keeps its current IPs; a withdrawn change cannot be reopened.</source>
            <translation>Withdraw the Change Access for {0}?

The website keeps its current IPs; a withdrawn change cannot be reopened.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="76" />
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="43" />
            <source>Submit for review</source>
            <translation>Submit for review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="44" />
            <source>Keep editing</source>
            <translation>Keep editing</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="60" />
            <source>Restore my changes</source>
            <translation>Restore my changes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="61" />
            <source>Discard them</source>
            <translation>Discard them</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="76" />
            <source>Withdraw the change</source>
            <translation>Withdraw the change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/dialogs.py" line="76" />
            <source>Keep the change</source>
            <translation>Keep the change</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../icp_desktop/ui/formatting.py" line="94" />
            <source>MMM d</source>
            <comment>a day of the year: Qt date pattern, no year</comment>
            <translation>MMM d</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/formatting.py" line="116" />
            <source>{time} (Beijing time)</source>
            <translation>{time} (Beijing time)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="138" />
            <source>Change history</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="140" />
            <source>Search license number, website name or domain, or #change number</source>
            <translation>Search license number, website name or domain, or #change number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="142" />
            <source>Search your changes</source>
            <translation>Search your changes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="143" />
            <source>Show changes with status</source>
            <translation>Show changes with status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="144" />
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="147" />
            <source>Your changes</source>
            <translation>Your changes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="148" />
            <source>View progress</source>
            <translation>View progress</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="158" />
            <source>Loading your changes…</source>
            <translation>Loading your changes…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="160" />
            <source>No change matches this search or status. Every change you filed is kept here; clear the search (Esc) or choose All statuses.</source>
            <translation>No change matches this search or status. Every change you filed is kept here; clear the search (Esc) or choose All statuses.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="165" />
            <source>No changes yet. Every Change Access you open is listed here — drafts, those under review and finished ones — with its timeline. Start one from Licenses and websites.</source>
            <translation>No changes yet. Every Change Access you open is listed here — drafts, those under review and finished ones — with its timeline. Start one from Licenses and websites.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="234" />
            <source>Could not load your changes: {0}</source>
            <translation>Could not load your changes: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="266" />
            <source>Select a change to see its timeline.</source>
            <translation>Select a change to see its timeline.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/history.py" line="270" />
            <source>Change #{0} · {1} · {2}</source>
            <translation>Change #{0} · {1} · {2}</translation>
        </message>
    </context>
    <context>
        <name>IpListEditor</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="127" />
            <source>No associated service IPs.</source>
            <translation>No associated service IPs.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="128" />
            <source>Type an IPv4 or IPv6 address</source>
            <translation>Type an IPv4 or IPv6 address</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="129" />
            <source>New associated service IP</source>
            <translation>New associated service IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="130" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="214" />
            <source>Will be added as {0}</source>
            <translation>Will be added as {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="231" />
            <source>{0} is already in the list</source>
            <translation>{0} is already in the list</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="242" />
            <source>{0} is not an IP of any of your service resources: the service will refuse it. Pick an IP from the list below.</source>
            <translation>{0} is not an IP of any of your service resources: the service will refuse it. Pick an IP from the list below.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="248" />
            <source>{0} is on {1}, which cannot serve filed websites: {2}</source>
            <translation>{0} is on {1}, which cannot serve filed websites: {2}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="253" />
            <source>{0} is on {1}, which already serves {2} websites (at most {3}).</source>
            <translation>{0} is on {1}, which already serves {2} websites (at most {3}).</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="264" />
            <source>(on {0}: {1} of {2} websites with this one)</source>
            <translation>(on {0}: {1} of {2} websites with this one)</translation>
        </message>
    </context>
    <context>
        <name>LanguageActions</name>
        <message>
            <location filename="../../icp_desktop/ui/language_menu.py" line="64" />
            <source>Show the interface in {0}</source>
            <translation>Show the interface in {0}</translation>
        </message>
    </context>
    <context>
        <name>LanguageButton</name>
        <message>
            <location filename="../../icp_desktop/ui/language_menu.py" line="109" />
            <location filename="../../icp_desktop/ui/language_menu.py" line="110" />
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
    </context>
    <context>
        <name>LicenseTableModel</name>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="341" />
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="342" />
            <source>Website name</source>
            <translation>Website name</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="343" />
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="344" />
            <source>Associated service IPs</source>
            <translation>Associated service IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="345" />
            <source>Change status</source>
            <translation>Change status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="390" />
            <source>Change #{0} is open: {1}</source>
            <translation>Change #{0} is open: {1}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="394" />
            <source>No change is open; the latest, #{0}, is {1}. View progress shows its record and timeline.</source>
            <translation>No change is open; the latest, #{0}, is {1}. View progress shows its record and timeline.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/licenses.py" line="399" />
            <source>No Change Access was ever filed for this website.</source>
            <translation>No Change Access was ever filed for this website.</translation>
        </message>
    </context>
    <context>
        <name>LicensesPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="263" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="267" />
            <source>Licenses and websites</source>
            <translation>Licenses and websites</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="264" />
            <source>Search license number, website name or domain</source>
            <translation>Search license number, website name or domain</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="265" />
            <source>Search websites</source>
            <translation>Search websites</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="266" />
            <source>Filter by change status</source>
            <translation>Filter by change status</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation type="vanished">All statuses</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="268" />
            <source>Authorization codes…</source>
            <translation>Authorization codes…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="270" />
            <source>Let another account file websites on one of your servers</source>
            <translation>Let another account file websites on one of your servers</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="272" />
            <source>Reload</source>
            <translation>Reload</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="273" />
            <source>View progress</source>
            <translation>View progress</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="274" />
            <source>Change Access</source>
            <translation>Change Access</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="302" />
            <source>All websites</source>
            <translation>All websites</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="303" />
            <source>No open change</source>
            <translation>No open change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="304" />
            <source>Latest change approved (filed)</source>
            <translation>Latest change approved (filed)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="305" />
            <source>Latest change withdrawn</source>
            <translation>Latest change withdrawn</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="307" />
            <source>Open change: {0}</source>
            <translation>Open change: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="311" />
            <source>Every website of your licenses.</source>
            <translation>Every website of your licenses.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="313" />
            <source>Websites without an open change (never changed, or the latest change approved or withdrawn): a Change Access can be started.</source>
            <translation>Websites without an open change (never changed, or the latest change approved or withdrawn): a Change Access can be started.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="318" />
            <source>Websites whose latest change was approved and filed, with no change open now — including one you just finished.</source>
            <translation>Websites whose latest change was approved and filed, with no change open now — including one you just finished.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="323" />
            <source>Websites whose latest change was withdrawn, with no change open now.</source>
            <translation>Websites whose latest change was withdrawn, with no change open now.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="324" />
            <source>Websites with an open change that is now: {0}.</source>
            <translation>Websites with an open change that is now: {0}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="329" />
            <source>Showing: {0}</source>
            <translation>Showing: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="335" />
            <source>Loading your websites…</source>
            <translation>Loading your websites…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="337" />
            <source>No website matches. Shown here: {0} Clear the search (Esc) or choose All websites.</source>
            <translation>No website matches. Shown here: {0} Clear the search (Esc) or choose All websites.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="341" />
            <source>No websites yet. The websites of your ICP filings (备案) appear here once the filing is approved, with their associated service IPs; a Change Access starts from here.</source>
            <translation>No websites yet. The websites of your ICP filings (备案) appear here once the filing is approved, with their associated service IPs; a Change Access starts from here.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="425" />
            <source>Could not load websites: {0}</source>
            <translation>Could not load websites: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="277" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="431" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="433" />
            <source>{0} websites</source>
            <translation>{0} websites</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="279" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="436" />
            <source>({0} loaded)</source>
            <translation>({0} loaded)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="281" />
            <location filename="../../icp_desktop/ui/pages/licenses.py" line="438" />
            <source>loading…</source>
            <translation>loading…</translation>
        </message>
    </context>
    <context>
        <name>MainMenus</name>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="96" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="97" />
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="98" />
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="99" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="100" />
            <source>Sign &amp;out</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="101" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="103" />
            <source>Quit ICP Desktop (also from the tray): no more notifications until it is started again</source>
            <translation>Quit ICP Desktop (also from the tray): no more notifications until it is started again</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="108" />
            <source>Change &amp;history</source>
            <translation>Change &amp;history</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="109" />
            <source>&amp;Notifications</source>
            <translation>&amp;Notifications</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="110" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="111" />
            <source>F1: keyboard shortcuts</source>
            <translation>F1: keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/menus.py" line="112" />
            <source>Press F1 for the keyboard shortcuts of every page</source>
            <translation>Press F1 for the keyboard shortcuts of every page</translation>
        </message>
        <message>
            <source>Change history</source>
            <translation type="vanished">Change history</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>ICP Desktop — ICP filing Change Access (备案变更接入)</source>
            <translation type="vanished">ICP Desktop — ICP filing Change Access (备案变更接入)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="89" />
            <location filename="../../icp_desktop/ui/main_window.py" line="182" />
            <source>ICP filing Change Access (备案变更接入)</source>
            <translation>ICP filing Change Access (备案变更接入)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="126" />
            <location filename="../../icp_desktop/ui/main_window.py" line="189" />
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="132" />
            <location filename="../../icp_desktop/ui/main_window.py" line="190" />
            <source>Home</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="135" />
            <location filename="../../icp_desktop/ui/main_window.py" line="191" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="145" />
            <location filename="../../icp_desktop/ui/main_window.py" line="192" />
            <source>Change history</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="156" />
            <location filename="../../icp_desktop/ui/main_window.py" line="193" />
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="106" />
            <location filename="../../icp_desktop/ui/main_window.py" line="197" />
            <location filename="../../icp_desktop/ui/main_window.py" line="221" />
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <source>filer</source>
            <translation type="vanished">filer</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation type="vanished">reviewer</translation>
        </message>
        <message>
            <source>operator</source>
            <translation type="vanished">operator</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="258" />
            <source>Signed in as {0} ({1})</source>
            <translation>Signed in as {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/main_window.py" line="248" />
            <source>No pages are available for this account.</source>
            <translation>No pages are available for this account.</translation>
        </message>
    </context>
    <context>
        <name>MigrationDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="87" />
            <source>Move websites to another server</source>
            <translation>Move websites to another server</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="91" />
            <source>Every website you choose gets one Change Access, all filed and submitted for first review together. The provider reviews them as a batch.</source>
            <translation>Every website you choose gets one Change Access, all filed and submitted for first review together. The provider reviews them as a batch.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="102" />
            <source>Websites to move</source>
            <translation>Websites to move</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="107" />
            <source>Target IPs</source>
            <translation>Target IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="131" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Server being left:</source>
            <translation type="vanished">Server being left:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="137" />
            <source>Move from:</source>
            <translation>Move from:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="138" />
            <source>Websites on it:</source>
            <translation>Websites on it:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="140" />
            <source>Move to server:</source>
            <translation>Move to server:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="141" />
            <source>Its IPs to use:</source>
            <translation>Its IPs to use:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="143" />
            <source>How:</source>
            <translation>How:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="162" />
            <source>only {0} ({1} website(s))</source>
            <translation>only {0} ({1} website(s))</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="277" />
            <source>Loading the websites…</source>
            <translation>Loading the websites…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="287" />
            <source>Could not load the websites: {0}</source>
            <translation>Could not load the websites: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="318" />
            <source>{0} of {1} websites can move now.</source>
            <translation>{0} of {1} websites can move now.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="320" />
            <source>No website of yours uses this server.</source>
            <translation>No website of yours uses this server.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="330" />
            <source>No other server of yours can serve filed websites.</source>
            <translation>No other server of yours can serve filed websites.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="334" />
            <source>File {0} change(s) for review</source>
            <translation>File {0} change(s) for review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_dialog.py" line="366" />
            <source>Nothing was lost: filing again files the batch once.</source>
            <translation>Nothing was lost: filing again files the batch once.</translation>
        </message>
    </context>
    <context>
        <name>MigrationPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="120" />
            <source>← Back</source>
            <translation>← Back</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="121" />
            <source>Moving websites to another server</source>
            <translation>Moving websites to another server</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="122" />
            <source>Your migrations</source>
            <translation>Your migrations</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="125" />
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="126" />
            <source>Website name</source>
            <translation>Website name</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="127" />
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="128" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="129" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="132" />
            <source>Websites of this migration</source>
            <translation>Websites of this migration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="134" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="135" />
            <source>Remove the old IPs now</source>
            <translation>Remove the old IPs now</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="137" />
            <source>Step 2 of the two-step mode: for each website whose first change is approved and whose domain resolves to the new IPs only, file the change that removes the old IPs</source>
            <translation>Step 2 of the two-step mode: for each website whose first change is approved and whose domain resolves to the new IPs only, file the change that removes the old IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="144" />
            <source>No migrations yet. To move every website of a server to another server in one step, open a website's Change Access and choose "Move websites to another server…" under your service resources.</source>
            <translation>No migrations yet. To move every website of a server to another server in one step, open a website's Change Access and choose "Move websites to another server…" under your service resources.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="194" />
            <source>Could not load the migration: {0}</source>
            <translation>Could not load the migration: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="213" />
            <source>Migration #{id} · {n} websites · {when}</source>
            <translation>Migration #{id} · {n} websites · {when}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="231" />
            <source>Migration #{id}, filed {when}: from {source} to {target} · {mode}</source>
            <translation>Migration #{id}, filed {when}: from {source} to {target} · {mode}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="287" />
            <source>Removing the old IPs of {n} website(s): submitted for review.</source>
            <translation>Removing the old IPs of {n} website(s): submitted for review.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="292" />
            <source>Still waiting:</source>
            <translation>Still waiting:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/migration.py" line="302" />
            <source>The old IPs could not be removed: {0}</source>
            <translation>The old IPs could not be removed: {0}</translation>
        </message>
    </context>
    <context>
        <name>MigrationText</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="22" />
            <source>On the day an access change is approved, the website may be intercepted for up to 6 hours: point its DNS at the new IPs as soon as the approval arrives.</source>
            <translation>On the day an access change is approved, the website may be intercepted for up to 6 hours: point its DNS at the new IPs as soon as the approval arrives.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="30" />
            <source>Replace at once</source>
            <translation>Replace at once</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="31" />
            <source>Two steps: add the new IPs now, remove the old ones later</source>
            <translation>Two steps: add the new IPs now, remove the old ones later</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="37" />
            <source>Step 1 adds the new IPs beside the old ones, so the website stays filed at both while you move DNS. Once step 1 is approved and the domain resolves to the new IPs only, choose "Remove the old IPs now" for step 2.</source>
            <translation>Step 1 adds the new IPs beside the old ones, so the website stays filed at both while you move DNS. Once step 1 is approved and the domain resolves to the new IPs only, choose "Remove the old IPs now" for step 2.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="42" />
            <source>Each website's old IPs are replaced by the new ones in one change. Move DNS to the new IPs on the day it is approved.</source>
            <translation>Each website's old IPs are replaced by the new ones in one change. Move DNS to the new IPs on the day it is approved.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="50" />
            <source>One step: replace the IPs</source>
            <translation>One step: replace the IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="52" />
            <source>Step 1 of 2: add the new IPs</source>
            <translation>Step 1 of 2: add the new IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="53" />
            <source>Step 2 of 2: remove the old IPs</source>
            <translation>Step 2 of 2: remove the old IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="60" />
            <source>Cannot move now: it has an open change (#{0}); finish or withdraw it first.</source>
            <translation>Cannot move now: it has an open change (#{0}); finish or withdraw it first.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="75" />
            <source>{name} serves {now} of at most {limit} websites; with this move: {after}.</source>
            <translation>{name} serves {now} of at most {limit} websites; with this move: {after}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="79" />
            <source>Too many: choose fewer websites or another server.</source>
            <translation>Too many: choose fewer websites or another server.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="86" />
            <source>This website has no second step.</source>
            <translation>This website has no second step.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="87" />
            <source>Step 1 (adding the new IPs) is not approved yet.</source>
            <translation>Step 1 (adding the new IPs) is not approved yet.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="88" />
            <source>The domain's DNS records could not be read just now; try again.</source>
            <translation>The domain's DNS records could not be read just now; try again.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="89" />
            <source>The domain does not resolve to the new IPs only yet: move its DNS records first, then remove the old IPs.</source>
            <translation>The domain does not resolve to the new IPs only yet: move its DNS records first, then remove the old IPs.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="93" />
            <source>The website has another open change.</source>
            <translation>The website has another open change.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="109" />
            <source>{domain}: has an open change (#{id}); finish or withdraw it first.</source>
            <translation>{domain}: has an open change (#{id}); finish or withdraw it first.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="113" />
            <source>{domain}: is not served from the server being left.</source>
            <translation>{domain}: is not served from the server being left.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/migration_texts.py" line="115" />
            <source>{name} would serve {count} websites with this move; at most {limit}.</source>
            <translation>{name} would serve {count} websites with this move; at most {limit}.</translation>
        </message>
    </context>
    <context>
        <name>NoticeDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="110" />
            <source>Import the holiday notice of {year}</source>
            <translation>Import the holiday notice of {year}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="112" />
            <source>Paste the whole text of the State Council's notice 国务院办公厅关于{year}年部分节假日安排的通知. It is read as you type: check the days off and make-up working days (调休上班) in the calendar, then save the year.</source>
            <translation>Paste the whole text of the State Council's notice 国务院办公厅关于{year}年部分节假日安排的通知. It is read as you type: check the days off and make-up working days (调休上班) in the calendar, then save the year.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="119" />
            <source>Text of the notice</source>
            <translation>Text of the notice</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="121" />
            <source>一、元旦：1月1日（周五）至3日（周日）放假，共3天。…</source>
            <translation>一、元旦：1月1日（周五）至3日（周日）放假，共3天。…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="123" />
            <source>&amp;Save year {year}</source>
            <translation>&amp;Save year {year}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="124" />
            <source>The year as the notice reads</source>
            <translation>The year as the notice reads</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="178" />
            <source>Line {line}: {reason}</source>
            <translation>Line {line}: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="196" />
            <source>Read: {festivals} festivals, {off} days off, {work} make-up working days. Check the calendar, then save.</source>
            <translation>Read: {festivals} festivals, {off} days off, {work} make-up working days. Check the calendar, then save.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="205" />
            <source>Paste the notice's text above.</source>
            <translation>Paste the notice's text above.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_notice.py" line="229" />
            <source>Saving {year}…</source>
            <translation>Saving {year}…</translation>
        </message>
    </context>
    <context>
        <name>NotificationList</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/notification_list.py" line="106" />
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/notification_list.py" line="108" />
            <source>No notifications yet. Outcomes of your changes (first review, submission to the administration, its decision) appear here the moment they are recorded, and stay here across sign-ins.</source>
            <translation>No notifications yet. Outcomes of your changes (first review, submission to the administration, its decision) appear here the moment they are recorded, and stay here across sign-ins.</translation>
        </message>
    </context>
    <context>
        <name>Notifier</name>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="140" />
            <source>ICP Desktop</source>
            <translation>ICP Desktop</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="126" />
            <location filename="../../icp_desktop/ui/tray.py" line="152" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="126" />
            <source>Sign out</source>
            <translation>Sign out</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="126" />
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>filer</source>
            <translation type="vanished">filer</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation type="vanished">reviewer</translation>
        </message>
        <message>
            <source>operator</source>
            <translation type="vanished">operator</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="143" />
            <source>ICP Desktop — {0} ({1})</source>
            <translation>ICP Desktop — {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="167" />
            <source>Change #{0}</source>
            <translation>Change #{0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="170" />
            <source>First review approved (初审通过)</source>
            <translation>First review approved (初审通过)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="171" />
            <source>First review rejected (初审驳回)</source>
            <translation>First review rejected (初审驳回)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="172" />
            <source>Submitted to the administration (已提交管局)</source>
            <translation>Submitted to the administration (已提交管局)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="173" />
            <source>Filing approved (已完成备案)</source>
            <translation>Filing approved (已完成备案)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="174" />
            <source>Rejected by the administration (管局驳回)</source>
            <translation>Rejected by the administration (管局驳回)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="197" />
            <source>SMS verification: a wrong try (短信核验失败)</source>
            <translation>SMS verification: a wrong try (短信核验失败)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="198" />
            <source>{subject}: wrong try {n} of {max}; after {max} the application is returned.</source>
            <translation>{subject}: wrong try {n} of {max}; after {max} the application is returned.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="207" />
            <source>MIIT SMS verification has begun (短信核验)</source>
            <translation>MIIT SMS verification has begun (短信核验)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="208" />
            <source>SMS verification: 12 hours left (短信核验)</source>
            <translation>SMS verification: 12 hours left (短信核验)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="209" />
            <source>SMS verification: 4 hours left (短信核验)</source>
            <translation>SMS verification: 4 hours left (短信核验)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="212" />
            <source>{subject}: verify on the MIIT filing site; {h} h {m} min left, or the application is returned.</source>
            <translation>{subject}: verify on the MIIT filing site; {h} h {m} min left, or the application is returned.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="245" />
            <source>Open the change</source>
            <translation>Open the change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/tray.py" line="290" />
            <source>{0} review updates</source>
            <translation>{0} review updates</translation>
        </message>
    </context>
    <context>
        <name>OperatorPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="175" />
            <source>&amp;Submit to the administration now</source>
            <translation>&amp;Submit to the administration now</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="173" />
            <source>Approved in first review; the provider submits each within 1 working day.</source>
            <translation>Approved in first review; the provider submits each within 1 working day.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="176" />
            <source>The administration &amp;approved</source>
            <translation>The administration &amp;approved</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="177" />
            <source>The administration re&amp;jected</source>
            <translation>The administration re&amp;jected</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="178" />
            <source>&amp;Record the outcome</source>
            <translation>&amp;Record the outcome</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="179" />
            <source>Record the administration's outcome</source>
            <translation>Record the administration's outcome</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="232" />
            <source>Awaiting submission</source>
            <translation>Awaiting submission</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="232" />
            <source>Under administration review</source>
            <translation>Under administration review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="183" />
            <source>Outbox (email and SMS)</source>
            <translation>Outbox (email and SMS)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="171" />
            <source>Administration submissions and outcomes</source>
            <translation>Administration submissions and outcomes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="180" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="184" />
            <source>Working-day calendar</source>
            <translation>Working-day calendar</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="185" />
            <source>At the administration: windows and SMS</source>
            <translation>At the administration: windows and SMS</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="186" />
            <source>Reconciliation</source>
            <translation>Reconciliation</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="187" />
            <source>Province windows and times</source>
            <translation>Province windows and times</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="188" />
            <source>Authorization codes…</source>
            <translation>Authorization codes…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="236" />
            <source>Awaiting submission ({n})</source>
            <translation>Awaiting submission ({n})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="236" />
            <source>Under administration review ({n})</source>
            <translation>Under administration review ({n})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="240" />
            <source>⚠ {n} overdue</source>
            <translation>⚠ {n} overdue</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="268" />
            <source>Submitting change {name} to the administration</source>
            <translation>Submitting change {name} to the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="281" />
            <source>Change #{id} was submitted to the administration.</source>
            <translation>Change #{id} was submitted to the administration.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="290" />
            <source>Change #{id} was not submitted: {reason}</source>
            <translation>Change #{id} was not submitted: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="309" />
            <source>Select a change to record its outcome.</source>
            <translation>Select a change to record its outcome.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="312" />
            <source>The administration simulator decides this change; its outcome arrives by itself.</source>
            <translation>The administration simulator decides this change; its outcome arrives by itself.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="319" />
            <source>Change #{id}: record what the administration reported.</source>
            <translation>Change #{id}: record what the administration reported.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="338" />
            <source>Add at least one of the administration's reasons for the rejection.</source>
            <translation>Add at least one of the administration's reasons for the rejection.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="344" />
            <source>Recording that the administration approved change {name}</source>
            <translation>Recording that the administration approved change {name}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="346" />
            <source>Recording that the administration rejected change {name}</source>
            <translation>Recording that the administration rejected change {name}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="365" />
            <source>Recorded: the administration approved change #{id}.</source>
            <translation>Recorded: the administration approved change #{id}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="367" />
            <source>Recorded: the administration rejected change #{id}.</source>
            <translation>Recorded: the administration rejected change #{id}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/operator.py" line="375" />
            <source>The outcome of change #{id} was not recorded: {reason}</source>
            <translation>The outcome of change #{id} was not recorded: {reason}</translation>
        </message>
    </context>
    <context>
        <name>PrechecksPanel</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="116" />
            <source>Checks before submitting</source>
            <translation>Checks before submitting</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="139" />
            <source>Check before submitting: whether the domain resolves to these IPs, whether the website answers at each new IP, the filing number in its footer and the subject's other websites. Checking never stops you from submitting.</source>
            <translation>Check before submitting: whether the domain resolves to these IPs, whether the website answers at each new IP, the filing number in its footer and the subject's other websites. Checking never stops you from submitting.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="147" />
            <source>Checking… (a few seconds; you can keep working)</source>
            <translation>Checking… (a few seconds; you can keep working)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="151" />
            <source>The checks could not be run: {reason}</source>
            <translation>The checks could not be run: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/prechecks_panel.py" line="161" />
            <source>Checked {domain} at {time}: {counts}</source>
            <translation>Checked {domain} at {time}: {counts}</translation>
        </message>
    </context>
    <context>
        <name>ProposalChecks</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/proposal_checks.py" line="60" />
            <source>Check before submitting</source>
            <translation>Check before submitting</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/proposal_checks.py" line="62" />
            <source>Run the checks reviewers make (DNS, the website at each new IP, the footer's filing number) for the IPs listed now</source>
            <translation>Run the checks reviewers make (DNS, the website at each new IP, the footer's filing number) for the IPs listed now</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/proposal_checks.py" line="68" />
            <source>Optional: the results do not stop you from submitting.</source>
            <translation>Optional: the results do not stop you from submitting.</translation>
        </message>
    </context>
    <context>
        <name>ProvinceWindows</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="43" />
            <source>First review</source>
            <translation>First review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="44" />
            <source>Submission to the administration</source>
            <translation>Submission to the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="45" />
            <source>SMS verification</source>
            <translation>SMS verification</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="46" />
            <source>Administration review</source>
            <translation>Administration review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="53" />
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="54" />
            <source>{n} d</source>
            <translation>{n} d</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="124" />
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="126" />
            <source>The administration's window per province</source>
            <translation>The administration's window per province</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="125" />
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="134" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="125" />
            <source>Working days</source>
            <translation>Working days</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="127" />
            <source> working days</source>
            <translation> working days</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="128" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="129" />
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="136" />
            <source>How long each stage took (p50 / p90)</source>
            <translation>How long each stage took (p50 / p90)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="130" />
            <source>Stages that ended in the last</source>
            <translation>Stages that ended in the last</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="131" />
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="132" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="134" />
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="134" />
            <source>Count</source>
            <translation>Count</translation>
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
            <translation>{province}: up to {n} working days; its changes at the administration follow.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/province_windows_view.py" line="222" />
            <source>All provinces</source>
            <translation>All provinces</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="129" />
            <source>Filter by change, license number, website, domain, filer or IP</source>
            <extracomment>what the table lists (runs on the worker thread); see :meth:`set_stage` said in place of an empty table: what would be listed and why nothing is</extracomment>
            <translation>Filter by change, license number, website, domain, filer or IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="131" />
            <source>Filter the queue</source>
            <translation>Filter the queue</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="132" />
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="133" />
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="134" />
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="171" />
            <source>No change matches "{text}". Clear the filter (Esc) to see all {n}.</source>
            <translation>No change matches "{text}". Clear the filter (Esc) to see all {n}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_queue_view.py" line="205" />
            <source>Could not load the queue: {reason}</source>
            <translation>Could not load the queue: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Reconciliation</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="63" />
            <source>agrees</source>
            <translation>agrees</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="65" />
            <source>to record</source>
            <translation>to record</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="67" />
            <source>disagreement: unknown license number</source>
            <translation>disagreement: unknown license number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="68" />
            <source>disagreement: no change at the administration</source>
            <translation>disagreement: no change at the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="69" />
            <source>disagreement: contradicts the recorded result</source>
            <translation>disagreement: contradicts the recorded result</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="70" />
            <source>disagreement: the filing was cancelled</source>
            <translation>disagreement: the filing was cancelled</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="71" />
            <source>disagreement: the same round twice in the file</source>
            <translation>disagreement: the same round twice in the file</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="72" />
            <source>disagreement: longer than its window, no result</source>
            <translation>disagreement: longer than its window, no result</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="74" />
            <source>disagreement</source>
            <translation>disagreement</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="81" />
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="82" />
            <source>applied</source>
            <translation>applied</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="83" />
            <source>acknowledged</source>
            <translation>acknowledged</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="84" />
            <source>skipped</source>
            <translation>skipped</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="89" />
            <source>the change moved on</source>
            <translation>the change moved on</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="90" />
            <source>the simulator decides it</source>
            <translation>the simulator decides it</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="98" />
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="99" />
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="100" />
            <source>cancelled</source>
            <translation>cancelled</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="160" />
            <source>Import the administration's results (CSV)…</source>
            <translation>Import the administration's results (CSV)…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="161" />
            <source>Open disagreements of every import</source>
            <translation>Open disagreements of every import</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="162" />
            <source>Note on the disagreement (how it was handled)</source>
            <translation>Note on the disagreement (how it was handled)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="164" />
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="170" />
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="171" />
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="172" />
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="173" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="174" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="175" />
            <source>Match</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="176" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="177" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="186" />
            <source>The administration's results</source>
            <translation>The administration's results</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="186" />
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="207" />
            <source>{rows} results imported: {to_record} to record, {bad} disagreements. Nothing changes until you apply them.</source>
            <translation>{rows} results imported: {to_record} to record, {bad} disagreements. Nothing changes until you apply them.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="226" />
            <source>Nothing was imported: {n} rows cannot be read (listed with their lines).</source>
            <translation>Nothing was imported: {n} rows cannot be read (listed with their lines).</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="233" />
            <source>Nothing was imported: {0}</source>
            <translation>Nothing was imported: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="277" />
            <source>Open disagreements: {n}</source>
            <translation>Open disagreements: {n}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="282" />
            <source>Import #{id} ({file}): {rows} rows · {agrees} agree · {open} to record · {bad} disagreements · {applied} applied</source>
            <translation>Import #{id} ({file}): {rows} rows · {agrees} agree · {open} to record · {bad} disagreements · {applied} applied</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="297" />
            <source>Import a CSV of license number, result, reason, date.</source>
            <translation>Import a CSV of license number, result, reason, date.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="329" />
            <source>Apply {n} results</source>
            <translation>Apply {n} results</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="347" />
            <source>{applied} results recorded, {skipped} skipped.</source>
            <translation>{applied} results recorded, {skipped} skipped.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="366" />
            <source>Disagreement acknowledged.</source>
            <translation>Disagreement acknowledged.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="163" />
            <source>Note on the disagreement</source>
            <translation>Note on the disagreement</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="165" />
            <source>Apply the results</source>
            <translation>Apply the results</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="166" />
            <source>Rows of the import</source>
            <translation>Rows of the import</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/reconciliation_view.py" line="167" />
            <source>Rows that cannot be read</source>
            <translation>Rows that cannot be read</translation>
        </message>
    </context>
    <context>
        <name>ResourcePicker</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="87" />
            <source>Or pick from your service resources:</source>
            <translation>Or pick from your service resources:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="89" />
            <source>Instance / IP</source>
            <translation>Instance / IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="89" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="89" />
            <source>Websites / note</source>
            <translation>Websites / note</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="91" />
            <source>Service resources</source>
            <translation>Service resources</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="92" />
            <source>Move websites to another server…</source>
            <translation>Move websites to another server…</translation>
        </message>
        <message>
            <source>Move every website of a server to another server's IPs in one batch of changes</source>
            <translation type="vanished">Move every website of a server to another server's IPs in one batch of changes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="99" />
            <source>Add selected IP</source>
            <translation>Add selected IP</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="141" />
            <source>{0}/{1} websites</source>
            <translation>{0}/{1} websites</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="159" />
            <source>used by this website</source>
            <translation>used by this website</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="161" />
            <source>used by {0} other website(s)</source>
            <translation>used by {0} other website(s)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="162" />
            <source>free</source>
            <translation>free</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="157" />
            <source>resource full ({0} websites)</source>
            <translation>resource full ({0} websites)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="94" />
            <source>Move every website of the selected server, or of the selected IP only, to another server's IPs in one batch of changes</source>
            <translation>Move every website of the selected server, or of the selected IP only, to another server's IPs in one batch of changes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="185" />
            <source>Pay-as-you-go: filed websites need a subscription resource</source>
            <translation>Pay-as-you-go: filed websites need a subscription resource</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="187" />
            <source>Not in a mainland China region</source>
            <translation>Not in a mainland China region</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="189" />
            <source>Expired on {0}</source>
            <translation>Expired on {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/resource_picker.py" line="190" />
            <source>Cannot serve filed websites</source>
            <translation>Cannot serve filed websites</translation>
        </message>
    </context>
    <context>
        <name>ReviewConfirm</name>
        <message>
            <source>Approve change</source>
            <translation type="vanished">Approve change</translation>
        </message>
        <message>
            <source>Approve change {name}?

Proposed IPs: {ips}

The provider then submits it to the communication administration within 1 working day.</source>
            <translation type="vanished">Approve change {name}?

Proposed IPs: {ips}

The provider then submits it to the communication administration within 1 working day.</translation>
        </message>
        <message>
            <source>Approve change #{id}</source>
            <translation type="vanished">Approve change #{id}</translation>
        </message>
        <message>
            <source>Reject change</source>
            <translation type="vanished">Reject change</translation>
        </message>
        <message>
            <source>Reject change {name} with {n} reason(s)?

The filer is told the reasons and can modify and submit it again.</source>
            <translation type="vanished">Reject change {name} with {n} reason(s)?

The filer is told the reasons and can modify and submit it again.</translation>
        </message>
        <message>
            <source>Reject change #{id}</source>
            <translation type="vanished">Reject change #{id}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="48" />
            <source>Keep reviewing</source>
            <translation>Keep reviewing</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="35" />
            <source>Approve the batch</source>
            <translation>Approve the batch</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="36" />
            <source>Approve the first review of {n} website(s) of migration #{id}?

{sites}

Each website's decision is recorded on its own.</source>
            <translation>Approve the first review of {n} website(s) of migration #{id}?

{sites}

Each website's decision is recorded on its own.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="40" />
            <source>Approve {n} website(s)</source>
            <translation>Approve {n} website(s)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="42" />
            <source>Reject the batch</source>
            <translation>Reject the batch</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="43" />
            <source>Reject the first review of {n} website(s) of migration #{id} with the reason given?

{sites}</source>
            <translation>Reject the first review of {n} website(s) of migration #{id} with the reason given?

{sites}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_confirm.py" line="47" />
            <source>Reject {n} website(s)</source>
            <translation>Reject {n} website(s)</translation>
        </message>
    </context>
    <context>
        <name>ReviewDetailPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="191" />
            <source>← Back to the queue</source>
            <translation>← Back to the queue</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="192" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>License number</source>
            <translation type="vanished">License number</translation>
        </message>
        <message>
            <source>Website name</source>
            <translation type="vanished">Website name</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation type="vanished">Domain</translation>
        </message>
        <message>
            <source>Service content</source>
            <translation type="vanished">Service content</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation type="vanished">Subject</translation>
        </message>
        <message>
            <source>Filer</source>
            <translation type="vanished">Filer</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation type="vanished">Submitted</translation>
        </message>
        <message>
            <source>Current IP addresses</source>
            <translation type="vanished">Current IP addresses</translation>
        </message>
        <message>
            <source>Current IPs:</source>
            <translation type="vanished">Current IPs:</translation>
        </message>
        <message>
            <source>As filed</source>
            <translation type="vanished">As filed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="193" />
            <source>Proposed change</source>
            <translation>Proposed change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="194" />
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Reject…</source>
            <translation type="vanished">Reject…</translation>
        </message>
        <message>
            <source>Reject with the reasons above, after a confirmation (Alt+R)</source>
            <translation type="vanished">Reject with the reasons above, after a confirmation (Alt+R)</translation>
        </message>
        <message>
            <source>Approve…</source>
            <translation type="vanished">Approve…</translation>
        </message>
        <message>
            <source>Approve, after a confirmation (Ctrl+Enter or Alt+A)</source>
            <translation type="vanished">Approve, after a confirmation (Ctrl+Enter or Alt+A)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="205" />
            <source>Open the next change →</source>
            <translation>Open the next change →</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="207" />
            <source>More automatic checks: DNS, the website at each new IP, its footer, the subject's other websites</source>
            <translation>More automatic checks: DNS, the website at each new IP, its footer, the subject's other websites</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="216" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="195" />
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Reject with the reasons above (Alt+R)</source>
            <translation type="vanished">Reject with the reasons above (Alt+R)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="201" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Approve (Ctrl+Enter or Alt+A)</source>
            <translation type="vanished">Approve (Ctrl+Enter or Alt+A)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="197" />
            <source>Reject with the reasons above (Alt+R); you can undo it for a few seconds (Esc)</source>
            <translation>Reject with the reasons above (Alt+R); you can undo it for a few seconds (Esc)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="203" />
            <source>Approve (Ctrl+Enter or Alt+A); you can undo it for a few seconds (Esc)</source>
            <translation>Approve (Ctrl+Enter or Alt+A); you can undo it for a few seconds (Esc)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="212" />
            <source>Approve: Ctrl+Enter or Alt+A · Reject: Alt+R</source>
            <translation>Approve: Ctrl+Enter or Alt+A · Reject: Alt+R</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="274" />
            <source>Could not load change #{id}: {reason}</source>
            <translation>Could not load change #{id}: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="307" />
            <source>Change #{id} · {domain} · round {round} · {status}</source>
            <translation>Change #{id} · {domain} · round {round} · {status}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="321" />
            <source>The automatic checks could not be loaded: {reason}</source>
            <translation>The automatic checks could not be loaded: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="330" />
            <source>History ({n})</source>
            <translation>History ({n})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="401" />
            <source>Approving change {name}</source>
            <translation>Approving change {name}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="403" />
            <source>Rejecting change {name} with {n} reason(s)</source>
            <translation>Rejecting change {name} with {n} reason(s)</translation>
        </message>
        <message>
            <source>First review due {time}</source>
            <translation type="vanished">First review due {time}</translation>
        </message>
        <message>
            <source>Submit to the administration by {time} (within 1 working day)</source>
            <translation type="vanished">Submit to the administration by {time} (within 1 working day)</translation>
        </message>
        <message>
            <source>The administration decides by {time} (up to 20 working days)</source>
            <translation type="vanished">The administration decides by {time} (up to 20 working days)</translation>
        </message>
        <message>
            <source>Overdue: {due}</source>
            <translation type="vanished">Overdue: {due}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="360" />
            <source>First reviews are decided by reviewers; operators see them here.</source>
            <translation>First reviews are decided by reviewers; operators see them here.</translation>
        </message>
        <message>
            <source>You submitted this change yourself; another reviewer must decide it.</source>
            <translation type="vanished">You submitted this change yourself; another reviewer must decide it.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="362" />
            <source>Nothing to decide: this change is {status}.</source>
            <translation>Nothing to decide: this change is {status}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="365" />
            <source>Your account may not decide this change.</source>
            <translation>Your account may not decide this change.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="387" />
            <source>Add at least one reason to reject: choose a common reason or type one, for the IP list or for one IP.</source>
            <translation>Add at least one reason to reject: choose a common reason or type one, for the IP list or for one IP.</translation>
        </message>
        <message>
            <source>The queue is empty.</source>
            <translation type="vanished">The queue is empty.</translation>
        </message>
        <message>
            <source>Next in the queue: change #{id}.</source>
            <translation type="vanished">Next in the queue: change #{id}.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_detail.py" line="445" />
            <source>Already decided by another reviewer: {status}</source>
            <translation>Already decided by another reviewer: {status}</translation>
        </message>
    </context>
    <context>
        <name>ReviewFiledPanel</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="59" />
            <source>As filed</source>
            <translation>As filed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="61" />
            <source>License number:</source>
            <translation>License number:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="62" />
            <source>Website name:</source>
            <translation>Website name:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="63" />
            <source>Domain:</source>
            <translation>Domain:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="64" />
            <source>Service content:</source>
            <translation>Service content:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="65" />
            <source>Subject:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="66" />
            <source>Filer:</source>
            <translation>Filer:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="67" />
            <source>Submitted (Beijing time):</source>
            <translation>Submitted (Beijing time):</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="71" />
            <source>Current IPs:</source>
            <translation>Current IPs:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_filed.py" line="72" />
            <source>Current IP addresses</source>
            <translation>Current IP addresses</translation>
        </message>
    </context>
    <context>
        <name>ReviewHistoryTree</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="39" />
            <source>When (Beijing time)</source>
            <translation>When (Beijing time)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="40" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="41" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="42" />
            <source>Reasons and comment</source>
            <translation>Reasons and comment</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="45" />
            <source>History of this change</source>
            <translation>History of this change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="65" />
            <source>Round {n}</source>
            <translation>Round {n}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="67" />
            <source>Before submission</source>
            <translation>Before submission</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="83" />
            <source>Proposed: {ips}</source>
            <translation>Proposed: {ips}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_history.py" line="87" />
            <source>Comment: {text}</source>
            <translation>Comment: {text}</translation>
        </message>
    </context>
    <context>
        <name>ReviewIpTree</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="57" />
            <source>IP address</source>
            <translation>IP address</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="57" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="57" />
            <source>Checks</source>
            <translation>Checks</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="58" />
            <source>Proposed IP addresses and their checks</source>
            <translation>Proposed IP addresses and their checks</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="91" />
            <source>✔ Passed</source>
            <translation>✔ Passed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="91" />
            <source>✘ Failed</source>
            <translation>✘ Failed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="102" />
            <source>checking…</source>
            <translation>checking…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="104" />
            <source>no checks</source>
            <translation>no checks</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="107" />
            <source>✘ {failed} of {total} checks failed</source>
            <translation>✘ {failed} of {total} checks failed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="111" />
            <source>✔ the check passed</source>
            <translation>✔ the check passed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_ips.py" line="112" />
            <source>✔ all {total} checks passed</source>
            <translation>✔ all {total} checks passed</translation>
        </message>
    </context>
    <context>
        <name>ReviewOutboxView</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="99" />
            <source>Show messages with status</source>
            <translation>Show messages with status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="101" />
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="101" />
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="101" />
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="101" />
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="104" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="105" />
            <source>Re&amp;try</source>
            <translation>Re&amp;try</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="106" />
            <source>Send the selected failed message again</source>
            <translation>Send the selected failed message again</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="109" />
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="110" />
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="111" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="112" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="113" />
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="114" />
            <source>Last error</source>
            <translation>Last error</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="115" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="116" />
            <source>Subject or message</source>
            <translation>Subject or message</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="119" />
            <source>Outbox</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="98" />
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="124" />
            <source>Loading the outbox…</source>
            <translation>Loading the outbox…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="126" />
            <source>No message with this status. Emails and SMS to filers about review outcomes are listed here; choose All to see every one.</source>
            <translation>No message with this status. Emails and SMS to filers about review outcomes are listed here; choose All to see every one.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="131" />
            <source>No messages yet. Every email and SMS the service sends filers about review outcomes is listed here, with its attempts and last error.</source>
            <translation>No messages yet. Every email and SMS the service sends filers about review outcomes is listed here, with its attempts and last error.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="183" />
            <source>Next attempt {time}</source>
            <translation>Next attempt {time}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="197" />
            <source>Could not load the outbox: {reason}</source>
            <translation>Could not load the outbox: {reason}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="206" />
            <source>No SMTP server is configured: the message waits and is tried again (the demo sends no email)</source>
            <translation>No SMTP server is configured: the message waits and is tried again (the demo sends no email)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="215" />
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="216" />
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="217" />
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="221" />
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="221" />
            <source>SMS</source>
            <translation>SMS</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="256" />
            <source>Message #{id} will be sent again.</source>
            <translation>Message #{id} will be sent again.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_outbox.py" line="263" />
            <source>Could not retry message #{id}: {reason}</source>
            <translation>Could not retry message #{id}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueueModel</name>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="208" />
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="212" />
            <source>Due</source>
            <extracomment>what the reviewer's "decided" list shows: every status a first review leads to</extracomment>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="209" />
            <source>Submit to the administration by</source>
            <translation>Submit to the administration by</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="210" />
            <source>Administration decides by</source>
            <translation>Administration decides by</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="211" />
            <source>Last step</source>
            <translation>Last step</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="216" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="217" />
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="218" />
            <source>Website name</source>
            <translation>Website name</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="219" />
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="220" />
            <source>Filer</source>
            <translation>Filer</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="221" />
            <source>Round</source>
            <translation>Round</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="222" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="223" />
            <source>Batch</source>
            <translation>Batch</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="240" />
            <source>Due at {time} (Beijing time)</source>
            <translation>Due at {time} (Beijing time)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="269" />
            <source>⚠ past the expected date {date}</source>
            <translation>⚠ past the expected date {date}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="272" />
            <source>expected by {date} (up to {m} working days)</source>
            <translation>expected by {date} (up to {m} working days)</translation>
        </message>
        <message>
            <source>expected by {date} (up to 20 working days)</source>
            <translation type="vanished">expected by {date} (up to 20 working days)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/models/review_queue.py" line="295" />
            <source>Migration #{id} ({n} here)</source>
            <translation>Migration #{id} ({n} here)</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="93" />
            <source>First review queue</source>
            <translation>First review queue</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="94" />
            <source>Waiting for first review</source>
            <translation>Waiting for first review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="95" />
            <source>Decided (approved or rejected)</source>
            <translation>Decided (approved or rejected)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="96" />
            <source>Which changes to list</source>
            <translation>Which changes to list</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="98" />
            <source>No decided changes yet. Changes approved or rejected at first review are listed here, newest first, to look back at.</source>
            <translation>No decided changes yet. Changes approved or rejected at first review are listed here, newest first, to look back at.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="103" />
            <source>Nothing waits for first review. Changes filers submit appear here, most urgent first; this list updates by itself.</source>
            <translation>Nothing waits for first review. Changes filers submit appear here, most urgent first; this list updates by itself.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="108" />
            <source>Queue counts</source>
            <translation>Queue counts</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="109" />
            <source>Changes per status</source>
            <translation>Changes per status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="110" />
            <source>J / K or Ctrl+Down / Ctrl+Up: next / previous · Enter: open</source>
            <translation>J / K or Ctrl+Down / Ctrl+Up: next / previous · Enter: open</translation>
        </message>
        <message>
            <source>Nothing waits for first review.</source>
            <translation type="vanished">Nothing waits for first review.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="202" />
            <source>Pending first review: {n}</source>
            <translation>Pending first review: {n}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="203" />
            <source>⚠ Overdue: {n}</source>
            <translation>⚠ Overdue: {n}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="205" />
            <source>Overdue: 0</source>
            <translation>Overdue: 0</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="192" />
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="206" />
            <source>Showing {shown} of {total}</source>
            <translation>Showing {shown} of {total}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="93" />
            <source>Decided changes</source>
            <translation>Decided changes</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_queue.py" line="218" />
            <source>All changes: {counts}</source>
            <translation>All changes: {counts}</translation>
        </message>
    </context>
    <context>
        <name>ReviewReasonsEditor</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="104" />
            <source>The reason is about</source>
            <translation>The reason is about</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="105" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="108" />
            <source>Choose a common reason or type your own</source>
            <translation>Choose a common reason or type your own</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="119" />
            <source>A&amp;dd reason</source>
            <translation>A&amp;dd reason</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="120" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="121" />
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="126" />
            <source>Comment for the filer (optional)</source>
            <translation>Comment for the filer (optional)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="127" />
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="128" />
            <source>Rejection reason:</source>
            <translation>Rejection reason:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="129" />
            <source>Comment:</source>
            <translation>Comment:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_reasons.py" line="137" />
            <source>The IP list</source>
            <translation>The IP list</translation>
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
            <translation type="vanished">← Licenses</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="129" />
            <source>← Back</source>
            <translation>← Back</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="205" />
            <source>Review status</source>
            <translation>Review status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="130" />
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="131" />
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="133" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="134" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="135" />
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="260" />
            <source>Associated service IPs</source>
            <translation>Associated service IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="136" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="137" />
            <source>Deadline now</source>
            <translation>Deadline now</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="138" />
            <source>Time limits</source>
            <translation>Time limits</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="246" />
            <source>First review within 1 working day of submission · submission to the administration within 1 working day of approval · the administration ({province}) decides within up to {m} working days</source>
            <translation>First review within 1 working day of submission · submission to the administration within 1 working day of approval · the administration ({province}) decides within up to {m} working days</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="252" />
            <source>First review within 1 working day of submission · submission to the administration within 1 working day of approval · the administration decides within up to 20 working days</source>
            <translation>First review within 1 working day of submission · submission to the administration within 1 working day of approval · the administration decides within up to 20 working days</translation>
        </message>
        <message>
            <source>First review due</source>
            <translation type="vanished">First review due</translation>
        </message>
        <message>
            <source>Submission to the administration</source>
            <translation type="vanished">Submission to the administration</translation>
        </message>
        <message>
            <source>Administration review</source>
            <translation type="vanished">Administration review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="139" />
            <source>Reasons</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="145" />
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="146" />
            <source>Withdraw</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="273" />
            <source>Modify and Submit</source>
            <translation>Modify and Submit</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="196" />
            <source>Could not load the change: {0}</source>
            <translation>Could not load the change: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="215" />
            <source>Review status — {0}</source>
            <translation>Review status — {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="222" />
            <source>(round {0})</source>
            <translation>(round {0})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="226" />
            <source>Proposed: {0}
Added: {1} · Removed: {2} · Kept: {3}</source>
            <translation>Proposed: {0}
Added: {1} · Removed: {2} · Kept: {3}</translation>
        </message>
        <message>
            <source>by the end of {0}</source>
            <translation type="vanished">by the end of {0}</translation>
        </message>
        <message>
            <source>Within 1 working day after the first review is approved</source>
            <translation type="vanished">Within 1 working day after the first review is approved</translation>
        </message>
        <message>
            <source>Within 1 working day: by the end of {0}</source>
            <translation type="vanished">Within 1 working day: by the end of {0}</translation>
        </message>
        <message>
            <source>Up to 20 working days: expected by the end of {0}</source>
            <translation type="vanished">Up to 20 working days: expected by the end of {0}</translation>
        </message>
        <message>
            <source>Within 1 working day: by {0}</source>
            <translation type="vanished">Within 1 working day: by {0}</translation>
        </message>
        <message>
            <source>(estimated)</source>
            <translation type="vanished">(estimated)</translation>
        </message>
        <message>
            <source>— overdue</source>
            <translation type="vanished">— overdue</translation>
        </message>
        <message>
            <source>Up to 20 working days after submission to the administration</source>
            <translation type="vanished">Up to 20 working days after submission to the administration</translation>
        </message>
        <message>
            <source>Up to 20 working days: expected by {0}</source>
            <translation type="vanished">Up to 20 working days: expected by {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="263" />
            <source>Comment: {0}</source>
            <translation>Comment: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="273" />
            <source>Continue editing</source>
            <translation>Continue editing</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="299" />
            <source>Your SMS verification was recorded.</source>
            <translation>Your SMS verification was recorded.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="306" />
            <source>Could not record the verification: {0}</source>
            <translation>Could not record the verification: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="334" />
            <source>The change was withdrawn.</source>
            <translation>The change was withdrawn.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/review_status.py" line="341" />
            <source>Could not withdraw: {0}</source>
            <translation>Could not withdraw: {0}</translation>
        </message>
    </context>
    <context>
        <name>ReviewText</name>
        <message>
            <source>no due date</source>
            <translation type="vanished">no due date</translation>
        </message>
        <message>
            <source>overdue (due {date})</source>
            <translation type="vanished">overdue (due {date})</translation>
        </message>
        <message>
            <source>overdue by 1 working day (due {date})</source>
            <translation type="vanished">overdue by 1 working day (due {date})</translation>
        </message>
        <message>
            <source>overdue by {n} working days (due {date})</source>
            <translation type="vanished">overdue by {n} working days (due {date})</translation>
        </message>
        <message>
            <source>due today ({date})</source>
            <translation type="vanished">due today ({date})</translation>
        </message>
        <message>
            <source>due in 1 working day ({date})</source>
            <translation type="vanished">due in 1 working day ({date})</translation>
        </message>
        <message>
            <source>due in {n} working days ({date})</source>
            <translation type="vanished">due in {n} working days ({date})</translation>
        </message>
        <message>
            <source>(estimated: weekends only)</source>
            <translation type="vanished">(estimated: weekends only)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="40" />
            <source>+ Added</source>
            <translation>+ Added</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="41" />
            <source>− Removed</source>
            <translation>− Removed</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="42" />
            <source>= Kept</source>
            <translation>= Kept</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="49" />
            <source>Public address</source>
            <translation>Public address</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="50" />
            <source>Owned by the filer's resource</source>
            <translation>Owned by the filer's resource</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="51" />
            <source>Resource capacity (at most 5 websites)</source>
            <translation>Resource capacity (at most 5 websites)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="54" />
            <source>Not a duplicate</source>
            <translation>Not a duplicate</translation>
        </message>
        <message>
            <source>Filer</source>
            <translation type="vanished">Filer</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation type="vanished">Reviewer</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation type="vanished">Operator</translation>
        </message>
        <message>
            <source>The filing service</source>
            <translation type="vanished">The filing service</translation>
        </message>
        <message>
            <source>The administration</source>
            <translation type="vanished">The administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="65" />
            <source>IP list</source>
            <translation>IP list</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="66" />
            <source>Website name</source>
            <translation>Website name</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="67" />
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="68" />
            <source>Service content</source>
            <translation>Service content</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="69" />
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="70" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/review_common.py" line="110" />
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="30" />
            <source>Everywhere</source>
            <translation>Everywhere</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="30" />
            <source>Licenses and websites</source>
            <translation>Licenses and websites</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="31" />
            <source>First review queue</source>
            <translation>First review queue</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="31" />
            <source>First review</source>
            <translation>First review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="33" />
            <source>Show these keyboard shortcuts</source>
            <translation>Show these keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="34" />
            <source>Move to the next / previous control</source>
            <translation>Move to the next / previous control</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="35" />
            <source>Back to the previous page</source>
            <translation>Back to the previous page</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="36" />
            <source>Home page</source>
            <translation>Home page</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="40" />
            <source>Alt + underlined letter</source>
            <translation>Alt + underlined letter</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="40" />
            <source>Press that button</source>
            <translation>Press that button</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="41" />
            <source>Press the default button (shown highlighted)</source>
            <translation>Press the default button (shown highlighted)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="42" />
            <source>Search license number, website name or domain</source>
            <translation>Search license number, website name or domain</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="43" />
            <source>Clear the search</source>
            <translation>Clear the search</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="50" />
            <source>Next change</source>
            <translation>Next change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="51" />
            <source>Previous change</source>
            <translation>Previous change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="52" />
            <source>Open the selected change</source>
            <translation>Open the selected change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="53" />
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="54" />
            <source>Reject with the reasons given</source>
            <translation>Reject with the reasons given</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="37" />
            <source>Change history (filers)</source>
            <translation>Change history (filers)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="38" />
            <source>Show or hide the notifications</source>
            <translation>Show or hide the notifications</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="39" />
            <source>Quit (the app otherwise goes on in the tray)</source>
            <translation>Quit (the app otherwise goes on in the tray)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="45" />
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="49" />
            <source>Change history</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="47" />
            <source>Search license number, website name or domain, or #change number</source>
            <translation>Search license number, website name or domain, or #change number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="49" />
            <source>Open the selected change's progress</source>
            <translation>Open the selected change's progress</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="63" />
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="70" />
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="68" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="68" />
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/shortcuts_help.py" line="68" />
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
    </context>
    <context>
        <name>SignInPage</name>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="70" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="137" />
            <source>Sign in to ICP filing (备案) Change Access (变更接入)</source>
            <translation>Sign in to ICP filing (备案) Change Access (变更接入)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="78" />
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="138" />
            <source>Choose a demo account…</source>
            <translation>Choose a demo account…</translation>
        </message>
        <message>
            <source>filer</source>
            <translation type="vanished">filer</translation>
        </message>
        <message>
            <source>reviewer</source>
            <translation type="vanished">reviewer</translation>
        </message>
        <message>
            <source>operator</source>
            <translation type="vanished">operator</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="84" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="141" />
            <source>Demo account:</source>
            <translation>Demo account:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="88" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="150" />
            <source>Account name</source>
            <translation>Account name</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="92" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="151" />
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="93" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="152" />
            <source>Remember me on this computer</source>
            <translation>Remember me on this computer</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="97" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="153" />
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="106" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="143" />
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="108" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="144" />
            <source>Username:</source>
            <translation>Username:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="109" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="145" />
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="179" />
            <source>(not yet known)</source>
            <translation>(not yet known)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="190" />
            <source>No secure keyring is available on this system: your session is kept in memory only and you will have to sign in again next time.</source>
            <translation>No secure keyring is available on this system: your session is kept in memory only and you will have to sign in again next time.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="218" />
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="265" />
            <source>Enter your username and password.</source>
            <translation>Enter your username and password.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="221" />
            <source>Signing in…</source>
            <translation>Signing in…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="247" />
            <source>Wrong username or password.</source>
            <translation>Wrong username or password.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="249" />
            <source>This account is locked after too many failed sign-ins. Wait a while, then try again.</source>
            <translation>This account is locked after too many failed sign-ins. Wait a while, then try again.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="254" />
            <source>The server's certificate could not be verified (TLS failure). Check the server address, or the CA bundle you configured.</source>
            <translation>The server's certificate could not be verified (TLS failure). Check the server address, or the CA bundle you configured.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="259" />
            <source>Too many attempts. Wait a moment, then try again.</source>
            <translation>Too many attempts. Wait a moment, then try again.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="261" />
            <source>The server {0} cannot be reached. Check the address and your network connection.</source>
            <translation>The server {0} cannot be reached. Check the address and your network connection.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/pages/sign_in.py" line="266" />
            <source>Sign-in failed: {0}</source>
            <translation>Sign-in failed: {0}</translation>
        </message>
    </context>
    <context>
        <name>StepLine</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="59" />
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="60" />
            <source>First review</source>
            <translation>First review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="61" />
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="62" />
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="81" />
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="82" />
            <source>current</source>
            <translation>current</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="83" />
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="126" />
            <source>rejected</source>
            <translation>rejected</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/step_line.py" line="84" />
            <source>to do</source>
            <translation>to do</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/timeline.py" line="72" />
            <source>Associated service IPs</source>
            <translation>Associated service IPs</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/timeline.py" line="78" />
            <source>Comment: {0}</source>
            <translation>Comment: {0}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/timeline.py" line="67" />
            <source>round {0}</source>
            <translation>round {0}</translation>
        </message>
    </context>
    <context>
        <name>UndoBar</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/undo_bar.py" line="102" />
            <source>{action} in {n} s…</source>
            <translation>{action} in {n} s…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/undo_bar.py" line="50" />
            <source>Undo (Esc)</source>
            <translation>Undo (Esc)</translation>
        </message>
    </context>
    <context>
        <name>WebsiteFacts</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="38" />
            <source>Website information</source>
            <translation>Website information</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="40" />
            <source>License number</source>
            <translation>License number</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="41" />
            <source>Website name</source>
            <translation>Website name</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="42" />
            <source>Domain</source>
            <translation>Domain</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="43" />
            <source>Service content</source>
            <translation>Service content</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="44" />
            <source>Subject</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/website_facts.py" line="45" />
            <source>Current associated IPs</source>
            <translation>Current associated IPs</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="25" />
            <source>No open change</source>
            <translation>No open change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="30" />
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="31" />
            <source>Pending first review</source>
            <translation>Pending first review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="32" />
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="72" />
            <source>First review rejected</source>
            <translation>First review rejected</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="34" />
            <source>Approved, awaiting submission</source>
            <translation>Approved, awaiting submission</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="37" />
            <source>Under administration review</source>
            <translation>Under administration review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="38" />
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="75" />
            <source>Rejected by the administration</source>
            <translation>Rejected by the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="39" />
            <source>Approved (filed)</source>
            <translation>Approved (filed)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="40" />
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="70" />
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="54" />
            <source>Filer</source>
            <translation>Filer</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="55" />
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="56" />
            <source>Operator</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="57" />
            <source>Filing service</source>
            <translation>Filing service</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="58" />
            <source>Communication administration</source>
            <translation>Communication administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="67" />
            <source>Draft created</source>
            <translation>Draft created</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="68" />
            <source>Draft edited</source>
            <translation>Draft edited</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="69" />
            <source>Submitted for first review</source>
            <translation>Submitted for first review</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="71" />
            <source>First review approved</source>
            <translation>First review approved</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="73" />
            <source>Submitted to the administration</source>
            <translation>Submitted to the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="74" />
            <source>Approved by the administration</source>
            <translation>Approved by the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="99" />
            <source>North China 2 (Beijing)</source>
            <translation>North China 2 (Beijing)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="100" />
            <source>East China 1 (Hangzhou)</source>
            <translation>East China 1 (Hangzhou)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="101" />
            <source>East China 2 (Shanghai)</source>
            <translation>East China 2 (Shanghai)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="102" />
            <source>South China 1 (Shenzhen)</source>
            <translation>South China 1 (Shenzhen)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="103" />
            <source>Hong Kong (China)</source>
            <translation>Hong Kong (China)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="76" />
            <source>SMS verification recorded</source>
            <translation>SMS verification recorded</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="77" />
            <source>SMS verification: a wrong try</source>
            <translation>SMS verification: a wrong try</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="36" />
            <source>Approved, awaiting submission to the administration</source>
            <translation>Approved, awaiting submission to the administration</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="84" />
            <source>filer</source>
            <translation>filer</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="84" />
            <source>reviewer</source>
            <translation>reviewer</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/presenters/workflow.py" line="84" />
            <source>operator</source>
            <translation>operator</translation>
        </message>
    </context>
    <context>
        <name>WorkingCalendar</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="50" />
            <source>H</source>
            <comment>one-letter mark of a day off on a calendar day</comment>
            <translation>H</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="54" />
            <source>W</source>
            <comment>one-letter mark of a make-up working day</comment>
            <translation>W</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="63" />
            <source>Holiday (day off)</source>
            <translation>Holiday (day off)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="65" />
            <source>Make-up working day (调休上班)</source>
            <translation>Make-up working day (调休上班)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="66" />
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="167" />
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="182" />
            <source>Weekend</source>
            <translation>Weekend</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="66" />
            <source>Working day</source>
            <translation>Working day</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="76" />
            <source>unsaved change</source>
            <translation>unsaved change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="104" />
            <source>(no name)</source>
            <translation>(no name)</translation>
        </message>
        <message>
            <source>days off {days} ({n} days)</source>
            <translation type="vanished">days off {days} ({n} days)</translation>
        </message>
        <message>
            <source>make-up working days {days}</source>
            <translation type="vanished">make-up working days {days}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="135" />
            <source>No holidays or make-up working days.</source>
            <translation>No holidays or make-up working days.</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="136" />
            <source>Festivals of the year</source>
            <translation>Festivals of the year</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="171" />
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="183" />
            <source>Unsaved change</source>
            <translation>Unsaved change</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="173" />
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="184" />
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="109" />
            <source>{name}: days off {off} ({n} days); make-up working days {work}</source>
            <translation>{name}: days off {off} ({n} days); make-up working days {work}</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="111" />
            <source>{name}: days off {off} ({n} days)</source>
            <translation>{name}: days off {off} ({n} days)</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/calendar_legend.py" line="113" />
            <source>{name}: make-up working days {work}</source>
            <translation>{name}: make-up working days {work}</translation>
        </message>
    </context>
    <context>
        <name>YearCalendar</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="209" />
            <source>Normal day ({0})</source>
            <translation>Normal day ({0})</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="218" />
            <source>A weekday is a working day anyway</source>
            <translation>A weekday is a working day anyway</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="220" />
            <source>Festival name…</source>
            <translation>Festival name…</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="274" />
            <source>Festival name</source>
            <translation>Festival name</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="275" />
            <source>Festival of {0}:</source>
            <translation>Festival of {0}:</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="294" />
            <source>Working-day calendar</source>
            <translation>Working-day calendar</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/year_calendar.py" line="297" />
            <source>Working-day calendar of {year}</source>
            <translation>Working-day calendar of {year}</translation>
        </message>
    </context>
    <context>
        <name>_IpRow</name>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="70" />
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="70" />
            <source>current</source>
            <translation>current</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="71" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../icp_desktop/ui/widgets/ip_editor.py" line="72" />
            <source>Remove {0}</source>
            <translation>Remove {0}</translation>
        </message>
        <message>
            <source>Everywhere</source>
            <translation type="vanished">Everywhere</translation>
        </message>
        <message>
            <source>Licenses and websites</source>
            <translation type="vanished">Licenses and websites</translation>
        </message>
        <message>
            <source>First review queue</source>
            <translation type="vanished">First review queue</translation>
        </message>
        <message>
            <source>First review</source>
            <translation type="vanished">First review</translation>
        </message>
        <message>
            <source>Show these keyboard shortcuts</source>
            <translation type="vanished">Show these keyboard shortcuts</translation>
        </message>
        <message>
            <source>Move to the next / previous control</source>
            <translation type="vanished">Move to the next / previous control</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation type="vanished">Back to the previous page</translation>
        </message>
        <message>
            <source>Home page</source>
            <translation type="vanished">Home page</translation>
        </message>
        <message>
            <source>Alt + underlined letter</source>
            <translation type="vanished">Alt + underlined letter</translation>
        </message>
        <message>
            <source>Press that button</source>
            <translation type="vanished">Press that button</translation>
        </message>
        <message>
            <source>Press the default button (shown highlighted)</source>
            <translation type="vanished">Press the default button (shown highlighted)</translation>
        </message>
        <message>
            <source>Search license number, website name or domain</source>
            <translation type="vanished">Search license number, website name or domain</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation type="vanished">Clear the search</translation>
        </message>
        <message>
            <source>Next change</source>
            <translation type="vanished">Next change</translation>
        </message>
        <message>
            <source>Previous change</source>
            <translation type="vanished">Previous change</translation>
        </message>
        <message>
            <source>Open the selected change</source>
            <translation type="vanished">Open the selected change</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation type="vanished">Approve</translation>
        </message>
        <message>
            <source>Reject with the reasons given</source>
            <translation type="vanished">Reject with the reasons given</translation>
        </message>
    </context>
</TS>
