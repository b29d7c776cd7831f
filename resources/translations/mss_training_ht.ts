<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_HT">
<context>
    <name>AccountActions</name>
    <message>
        <source>Signed in as {0} · {1} · {2}</source>
        <translation>Konekte kòm {0} · {1} · {2}</translation>
    </message>
    <message>
        <source>The window shows {0} the next time it opens.</source>
        <translation>Fenèt la ap parèt an {0} pwochen fwa li louvri.</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Change account</source>
        <translation>Chanje kont lan</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajoute yon kont</translation>
    </message>
    <message>
        <source>Tick no contingent for all of them. Only training officers and commanders can be limited.</source>
        <translation>Pa tcheke okenn kontenjan pou bay yo tout. Se sèlman ofisye fòmasyon ak kòmandan yo ki ka limite.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Non itilizatè</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Non konplè</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Wòl</translation>
    </message>
    <message>
        <source>Limited to &amp;contingents</source>
        <translation>Limite a &amp;kontenjan sa yo</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Modpas</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Ankò</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De modpas yo pa menm.</translation>
    </message>
</context>
<context>
    <name>AttendeesOnTheDayDialog</name>
    <message>
        <source>Attendees on the day: {0} at {1} ({2})</source>
        <translation>Patisipan jou a: {0} nan {1} ({2})</translation>
    </message>
    <message>
        <source>Tick Absent for whoever is reported absent; add whoever came as well. The results then start from this.</source>
        <translation>Make Absan pou chak moun yo di ki absan; ajoute moun ki vini anplis. Rezilta yo ap kòmanse la a.</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absan</translation>
    </message>
    <message>
        <source>Expected attendees</source>
        <translation>Patisipan yo tann</translation>
    </message>
    <message>
        <source>Contingent of the attendees to add</source>
        <translation>Kontenjan patisipan pou ajoute yo</translation>
    </message>
    <message>
        <source>Service numbers of those who came as well</source>
        <translation>Matrikil moun ki vini anplis yo</translation>
    </message>
    <message>
        <source>Service numbers to add</source>
        <translation>Matrikil pou ajoute</translation>
    </message>
    <message>
        <source>Came as &amp;well:</source>
        <translation>Vini an&amp;plis:</translation>
    </message>
    <message>
        <source>Tick someone absent or type who came as well, or Cancel.</source>
        <translation>Make yon moun absan oswa tape ki moun ki vini anplis, oswa Anile.</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <source>Attendees</source>
        <translation>Patisipan</translation>
    </message>
    <message>
        <source>Tick who attended, or paste their service numbers, one per line.</source>
        <translation>Tcheke moun ki te prezan, oswa kole matrikil yo, youn pa liy.</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>Officers to choose from</source>
        <translation>Ofisye pou chwazi</translation>
    </message>
    <message>
        <source>Tick &amp;all shown</source>
        <translation>Tcheke &amp;tout sa ki parèt</translation>
    </message>
    <message>
        <source>Paste service numbers here</source>
        <translation>Kole matrikil yo la a</translation>
    </message>
    <message>
        <source>A&amp;dd pasted numbers</source>
        <translation>A&amp;joute matrikil ki kole yo</translation>
    </message>
    <message>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Enprime &amp;fèy prezans lan…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tout inite yo</translation>
    </message>
    <message>
        <source>Not found: {0}</source>
        <translation>Pa jwenn: {0}</translation>
    </message>
    <message>
        <source>Not found in your account&apos;s contingents ({0}): {1}</source>
        <translation>Pa jwenn nan kontenjan kont ou ({0}): {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendees chosen</source>
        <translation>
            <numerusform>%n patisipan chwazi</numerusform>
            <numerusform>%n patisipan chwazi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Istorik {0}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nº</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Kilè (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kisa</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezime</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valè</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln antre</numerusform>
            <numerusform>%Ln antre</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, oldest first. Entries are never changed or deleted.</source>
        <translation>{0}, sa ki pi ansyen an anvan. Yo pa janm chanje ni efase antre yo.</translation>
    </message>
    <message>
        <source>No entries name this record: it came in with a bulk import or a demo mission, which write one entry for all their rows.</source>
        <translation>Okenn antre pa nonmen dosye sa a: li te vini ak yon enpòtasyon an mas oswa yon misyon demonstrasyon, ki ekri yon sèl antre pou tout liy yo.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Kopi sekirite</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hwazi…</translation>
    </message>
    <message>
        <source>Back up when the app opens and closes (once a day)</source>
        <translation>Fè kopi lè l louvri ak lè l fèmen (yon fwa pa jou)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jou</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semèn</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fè kopi kounye a</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Retabli…</translation>
    </message>
    <message>
        <source>Copies are named after the database and the day. Keep one folder on another disk or a USB stick if you can: a copy on the same disk dies with it.</source>
        <translation>Kopi yo pote non baz done a ak jou a. Si ou kapab, kenbe yon dosye sou yon lòt disk oswa yon kle USB: yon kopi sou menm disk la ap mouri avè l.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dosye kopi yo</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>Keep a copy for each of the last</source>
        <translation>Kenbe yon kopi pou chak nan dènye</translation>
    </message>
    <message>
        <source>and one for each of the last</source>
        <translation>ak youn pou chak nan dènye</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Kounye a</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Retabli yon kopi</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Baz done (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Replace the database with {0}?

Everything recorded since that copy was made will no longer show. The current database is kept aside, renamed with today&apos;s date and time, so nothing is deleted.</source>
        <translation>Ranplase baz done a ak {0}?

Tout sa ki te anrejistre depi kopi sa a te fèt p ap parèt ankò. Baz done aktyèl la mete sou kote, ak dat ak lè jodi a nan non li, kidonk anyen pa efase.</translation>
    </message>
    <message>
        <source>Restore another installation&apos;s copy</source>
        <translation>Retabli kopi yon lòt enstalasyon</translation>
    </message>
    <message>
        <source>{0}

Restore {1} anyway?</source>
        <translation>{0}

Retabli {1} kanmenm?</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <source>Planned {0} {1} sessions: {2}.</source>
        <translation>{0} sesyon {1} planifye: {2}.</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Plan fòmasyon</translation>
    </message>
    <message>
        <source>Snapshot {0} taken: {1} of {2} officers ready.</source>
        <translation>Kliche {0} pran: {1} sou {2} ofisye pare.</translation>
    </message>
    <message>
        <source>Readiness snapshot</source>
        <translation>Kliche preparasyon</translation>
    </message>
    <message>
        <source>Save the signed snapshot</source>
        <translation>Anrejistre kliche siyen an</translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Kliche (*.json)</translation>
    </message>
    <message>
        <source>Saved the snapshot to {0}.</source>
        <translation>Kliche a anrejistre nan {0}.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>English</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>English and French</source>
        <translation>Angle ak franse</translation>
    </message>
    <message>
        <source>English and Spanish</source>
        <translation>Angle ak panyòl</translation>
    </message>
    <message>
        <source>English and Haitian Creole</source>
        <translation>Angle ak kreyòl ayisyen</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Enprime sètifika</translation>
    </message>
    <message>
        <source>Everyone who passed a &amp;session</source>
        <translation>Tout moun ki pase yon &amp;sesyon</translation>
    </message>
    <message>
        <source>A &amp;contingent or unit</source>
        <translation>Yon &amp;kontenjan oswa yon inite</translation>
    </message>
    <message>
        <source>One &amp;officer</source>
        <translation>Yon &amp;ofisye</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tout inite yo</translation>
    </message>
    <message>
        <source>Every module passed</source>
        <translation>Tout modil ki pase</translation>
    </message>
    <message>
        <source>Training Officer</source>
        <translation>Ofisye fòmasyon</translation>
    </message>
    <message>
        <source>&amp;Reissue: new certificates, with new serials</source>
        <translation>&amp;Refè: nouvo sètifika, ak nouvo nimewo</translation>
    </message>
    <message>
        <source>Why (kept in the audit trail); needed to replace a revoked certificate</source>
        <translation>Poukisa (kenbe nan jounal odit la); nesesè pou ranplase yon sètifika ki anile</translation>
    </message>
    <message>
        <source>Reason for reissuing</source>
        <translation>Rezon pou refè</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Siyen pa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <source>Reissue, because</source>
        <translation>Refè, paske</translation>
    </message>
    <message>
        <source>There is no session to choose yet.</source>
        <translation>Poko gen okenn sesyon pou chwazi.</translation>
    </message>
    <message>
        <source>Give the officer&apos;s service number and the module.</source>
        <translation>Bay matrikil ofisye a ak modil la.</translation>
    </message>
    <message>
        <source>Say why the certificates are reissued.</source>
        <translation>Di poukisa w ap refè sètifika yo.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Okenn</translation>
    </message>
    <message>
        <source>Second signature</source>
        <translation>Dezyèm siyati</translation>
    </message>
    <message>
        <source>Its title</source>
        <translation>Tit li</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Officer</source>
        <translation>Ofisye</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Chan</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valè ki kenbe</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Kenbe depi</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Lòt valè</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Lòt la soti nan</translation>
    </message>
    <message>
        <source>More values</source>
        <translation>Plis valè</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Konfli senkronizasyon</translation>
    </message>
    <message>
        <source>Sites changed the same field of the same officer without seeing each other&apos;s change. Every installation shows the later edit and keeps the others here; choose which value is right. Your choice travels to the other installations with the next bundles and closes the conflict there too.</source>
        <translation>Kèk sit chanje menm chan pou menm ofisye a san yo pa wè chanjman lòt la. Chak enstalasyon montre dènye chanjman an epi kenbe lòt yo la a; chwazi ki valè ki bon. Chwa ou a ale nan lòt enstalasyon yo ak pwochen pake yo epi li fèmen konfli a la tou.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Konfli ki louvri</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>&amp;Kenbe valè ki kenbe a</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Sèvi ak lòt valè a</translation>
    </message>
    <message>
        <source>Value to use</source>
        <translation>Valè pou sèvi</translation>
    </message>
    <message>
        <source>Use the &amp;chosen value</source>
        <translation>Sèvi ak valè ki &amp;chwazi a</translation>
    </message>
    <message>
        <source>Any value:</source>
        <translation>Nenpòt valè:</translation>
    </message>
    <message>
        <source>No open conflicts: every site&apos;s edits agree.</source>
        <translation>Pa gen konfli ki louvri: chanjman tout sit yo dakò.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Rezoud.</translation>
    </message>
</context>
<context>
    <name>ContingentChooser</name>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>All my contingents</source>
        <translation>Tout kontenjan mwen yo</translation>
    </message>
</context>
<context>
    <name>CorrectResultDialog</name>
    <message>
        <source>Void a result</source>
        <translation>Anile yon rezilta</translation>
    </message>
    <message>
        <source>Correct a result</source>
        <translation>Korije yon rezilta</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Prezan</translation>
    </message>
    <message>
        <source>(decided by the score or attendance)</source>
        <translation>(dapre nòt la oswa prezans lan)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pase</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Echwe</translation>
    </message>
    <message>
        <source>Why (required), e.g. score mistyped from the sheet</source>
        <translation>Poukisa (obligatwa), egzanp nòt la mal kopye sou fèy la</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Nòt</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Rezilta</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Rezon</translation>
    </message>
    <message>
        <source>Say why the result is being changed.</source>
        <translation>Di poukisa w ap chanje rezilta a.</translation>
    </message>
    <message>
        <source>The score must be a number from 0 to 100.</source>
        <translation>Nòt la dwe yon nimewo ant 0 ak 100.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong in MSS Training. Nothing you saved is lost.</source>
        <translation>Yon bagay pa mache nan MSS Training. Anyen ou te anrejistre pa pèdi.</translation>
    </message>
    <message>
        <source>The details were saved in {0}.</source>
        <translation>Detay yo te anrejistre nan {0}.</translation>
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation>Nou pa t ka anrejistre detay yo.</translation>
    </message>
    <message>
        <source>{0} Please send them to your mission&apos;s MSS Training support, with what you were doing. You can carry on working.</source>
        <translation>{0} Tanpri voye yo bay sipò MSS Training misyon ou a, ak sa ou t ap fè a. Ou ka kontinye travay.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopye detay yo</translation>
    </message>
</context>
<context>
    <name>CurriculumView</name>
    <message>
        <source>Curriculum version</source>
        <translation>Vèsyon pwogram lan</translation>
    </message>
    <message>
        <source>Start a &amp;draft…</source>
        <translation>Kòmanse yon &amp;bouyon…</translation>
    </message>
    <message>
        <source>&amp;New module…</source>
        <translation>&amp;Nouvo modil…</translation>
    </message>
    <message>
        <source>&amp;Edit module…</source>
        <translation>&amp;Modifye modil la…</translation>
    </message>
    <message>
        <source>&amp;Publish draft…</source>
        <translation>&amp;Pibliye bouyon an…</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Èdtan</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valab pou</translation>
    </message>
    <message>
        <source>Modules by category</source>
        <translation>Modil pa kategori</translation>
    </message>
    <message>
        <source>Module details</source>
        <translation>Detay modil la</translation>
    </message>
    <message>
        <source>Requirement matrix</source>
        <translation>Tablo egzijans yo</translation>
    </message>
    <message>
        <source>P: before deployment · I: on induction in Haiti · R: as a refresher. A contingent code limits a requirement to that contingent.</source>
        <translation>P: anvan deplwaman · I: lè yo rive ann Ayiti · R: pou rafrechi. Yon kòd kontenjan limite yon egzijans a kontenjan sa a.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>Who needs what</source>
        <translation>Kiyès bezwen kisa</translation>
    </message>
    <message>
        <source>Active curriculum</source>
        <translation>Pwogram aktif</translation>
    </message>
    <message>
        <source>Draft {0}</source>
        <translation>Bouyon {0}</translation>
    </message>
    <message>
        <source>Start a draft</source>
        <translation>Kòmanse yon bouyon</translation>
    </message>
    <message>
        <source>Version number of the new curriculum (e.g. 2027.1):</source>
        <translation>Nimewo vèsyon nouvo pwogram lan (egzanp 2027.1):</translation>
    </message>
    <message>
        <source>Publish draft</source>
        <translation>Pibliye bouyon an</translation>
    </message>
    <message>
        <source>Publish draft {0} as the curriculum every contingent trains to? The current version is retired; results recorded under it still count.</source>
        <translation>Pibliye bouyon {0} kòm pwogram tout kontenjan ap swiv? Vèsyon aktyèl la retire; rezilta ki te anrejistre avè l toujou konte.</translation>
    </message>
    <message>
        <source>{0} · version {1} ({2})</source>
        <translation>{0} · vèsyon {1} ({2})</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mwa</numerusform>
            <numerusform>%n mwa</numerusform>
        </translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujou</translation>
    </message>
    <message>
        <source>, pass mark {0}</source>
        <translation>, nòt pou pase {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>okenn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hours:&lt;/b&gt; {0} · &lt;b&gt;Delivery:&lt;/b&gt; {1} · &lt;b&gt;Assessment:&lt;/b&gt; {2} · &lt;b&gt;Valid for:&lt;/b&gt; {3}</source>
        <translation>&lt;b&gt;Èdtan:&lt;/b&gt; {0} · &lt;b&gt;Fason:&lt;/b&gt; {1} · &lt;b&gt;Evalyasyon:&lt;/b&gt; {2} · &lt;b&gt;Valab pou:&lt;/b&gt; {3}</translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation>Kondisyon anvan:</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objektif</translation>
    </message>
    <message>
        <source>Required of</source>
        <translation>Obligatwa pou</translation>
    </message>
    <message>
        <source>{0}: every role</source>
        <translation>{0}: tout wòl</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>As of date</source>
        <translation>Dat referans</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Tout faz yo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Faz</translation>
    </message>
    <message>
        <source>Whole mission</source>
        <translation>Tout misyon an</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Nan dat</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>ofisye</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>pare</translation>
    </message>
    <message>
        <source>expiring within 30 days</source>
        <translation>ap ekspire nan 30 jou</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>pa pare</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>bloke</translation>
    </message>
    <message>
        <source>deployable</source>
        <translation>ka deplwaye</translation>
    </message>
    <message>
        <source>Officers by status and contingent</source>
        <translation>Ofisye pa estati ak kontenjan</translation>
    </message>
    <message>
        <source>Arrows choose a bar, Enter lists its officers; or click a bar</source>
        <translation>Flèch yo chwazi yon ba, Antre bay lis ofisye li yo; oswa klike sou yon ba</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>Module completion by contingent</source>
        <translation>Modil ki fini pa kontenjan</translation>
    </message>
    <message>
        <source>Click a cell to list who still needs the module</source>
        <translation>Klike sou yon kaz pou wè kiyès ki toujou bezwen modil la</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>N ap konte…</translation>
    </message>
    <message numerus="yes">
        <source>expiring within %n days</source>
        <translation>
            <numerusform>ap ekspire nan %n jou</numerusform>
            <numerusform>ap ekspire nan %n jou</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Sitiyasyon nan dat {0}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pare</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Pral ekspire</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pa pare</translation>
    </message>
    <message>
        <source>Deploying for</source>
        <translation>Deplwaman pou</translation>
    </message>
    <message>
        <source>refresher due in the tour</source>
        <translation>rapèl pou fè pandan deplwaman an</translation>
    </message>
    <message numerus="yes">
        <source>expiring within %n days or in the tour</source>
        <translation>
            <numerusform>ap ekspire nan %n jou oswa pandan deplwaman an</numerusform>
            <numerusform>ap ekspire nan %n jou oswa pandan deplwaman an</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {0}, through {1}</source>
        <translation>Sitiyasyon nan dat {0}, jiska {1}</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Bloke</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Open database</source>
        <translation>Louvri yon baz done</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Baz done (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvo baz done</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Baz done (*.sqlite)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Baz done: {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1} officers added, {2} updated.</source>
        <translation>{0} enpòte: {1} ofisye ajoute, {2} mete ajou.</translation>
    </message>
    <message>
        <source>Imported {0}: {1} results in {2} sessions.</source>
        <translation>{0} enpòte: {1} rezilta nan {2} sesyon.</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>N ap enpòte {0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspòte</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Klasè Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>{0} liy ekspòte nan {1}.</translation>
    </message>
    <message>
        <source>Published curriculum {0}.</source>
        <translation>Pwogram {0} pibliye.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Chwazi nan yon kalandriye (Alt+Anba)</translation>
    </message>
    <message>
        <source>{0} is not a date: type it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>{0} se pa yon dat: ekri l konsa AAAA-MM-JJ, egzanp 2026-03-01.</translation>
    </message>
    <message>
        <source>An empty field</source>
        <translation>Yon chan vid</translation>
    </message>
    <message>
        <source>{0} is not a date: there is no month {1}.</source>
        <translation>{0} se pa yon dat: pa gen mwa {1}.</translation>
    </message>
    <message>
        <source>{0} is not a date: that month has {1} days.</source>
        <translation>{0} se pa yon dat: mwa sa a gen {1} jou.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Issuing certificates</source>
        <translation>N ap bay sètifika</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sètifika</translation>
    </message>
    <message>
        <source>Reading the records</source>
        <translation>N ap li dosye yo</translation>
    </message>
    <message>
        <source>Completion roster</source>
        <translation>Lis fòmasyon ki fini</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>Rapò preparasyon</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Module</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jou</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Kote</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>Premye anrejistreman</translation>
    </message>
    <message>
        <source>Second recorded</source>
        <translation>Dezyèm anrejistreman</translation>
    </message>
    <message>
        <source>Shared attendees</source>
        <translation>Patisipan ki nan toude</translation>
    </message>
    <message>
        <source>Likely duplicate sessions</source>
        <translation>Sesyon ki sanble double</translation>
    </message>
    <message>
        <source>Two installations recorded a session of the same module, days and place with most of the same attendees: perhaps one sign-in sheet typed twice. Merging keeps one session&apos;s results and voids the other&apos;s for the officers in both, with a reason; nothing is deleted. Or keep both if they were two sessions.</source>
        <translation>De enstalasyon anrejistre yon sesyon menm modil la, menm jou ak menm kote, ak prèske menm patisipan yo: petèt yon fèy prezans yo tape de fwa. Fizyon an kenbe rezilta yon sesyon epi anile rezilta lòt la pou ofisye ki nan toude, ak yon rezon; anyen pa efase. Oswa kenbe toude si se te de sesyon.</translation>
    </message>
    <message>
        <source>Merge, keeping the &amp;first</source>
        <translation>Fizyone, kenbe &amp;premye a</translation>
    </message>
    <message>
        <source>Merge, keeping the &amp;second</source>
        <translation>Fizyone, kenbe &amp;dezyèm nan</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Kenbe &amp;toude</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n attendees)</source>
        <translation>
            <numerusform>{0} (%n patisipan)</numerusform>
            <numerusform>{0} (%n patisipan)</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicate sessions.</source>
        <translation>Pa gen sesyon ki sanble double.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fini.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export a sync bundle</source>
        <translation>Ekspòte yon pake senkronizasyon</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pou</translation>
    </message>
    <message>
        <source>Anyone: everything this installation has</source>
        <translation>Nenpòt moun: tout sa enstalasyon sa a genyen</translation>
    </message>
    <message>
        <source>Only results stored since</source>
        <translation>Sèlman rezilta ki anrejistre depi</translation>
    </message>
    <message>
        <source>Results stored since</source>
        <translation>Rezilta ki anrejistre depi</translation>
    </message>
    <message>
        <source>Everything, even what the site has confirmed</source>
        <translation>Tout bagay, menm sa sit la konfime</translation>
    </message>
    <message>
        <source>A bundle for a site carries what it has not yet confirmed receiving, plus all officers and sessions. Take the file to the site by USB stick or e-mail.</source>
        <translation>Yon pake pou yon sit pote sa li poko konfime li resevwa, plis tout ofisye ak tout sesyon. Pote fichye a bay sit la sou yon kle USB oswa pa imel.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pou:</translation>
    </message>
    <message>
        <source>&amp;Choose file and export…</source>
        <translation>&amp;Chwazi fichye a epi ekspòte…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>What to import</source>
        <translation>Kisa pou enpòte</translation>
    </message>
    <message>
        <source>A personnel list (roster) of a contingent</source>
        <translation>Yon lis pèsonèl yon kontenjan</translation>
    </message>
    <message>
        <source>An attendance and results sheet</source>
        <translation>Yon fèy prezans ak rezilta</translation>
    </message>
    <message>
        <source>A .xlsx or .csv file</source>
        <translation>Yon fichye .xlsx oswa .csv</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichye pou enpòte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chèche…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Fèy kalkil (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose a file that exists.</source>
        <translation>Chwazi yon fichye ki egziste.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator — {0}</source>
        <translation>Premye administratè — {0}</translation>
    </message>
    <message>
        <source>The database {0} has no user accounts yet. Create its first administrator, who then adds an account for each person who uses it.</source>
        <translation>Baz done {0} poko gen okenn kont. Kreye premye administratè li, ki pral ajoute yon kont pou chak moun ki sèvi avè l.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Non itilizatè</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Non konplè</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Modpas</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Ankò</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Kreye</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De modpas yo pa menm.</translation>
    </message>
</context>
<context>
    <name>HoldForm</name>
    <message>
        <source>Place a hold</source>
        <translation>Mete yon blokaj</translation>
    </message>
    <message>
        <source>(not a vetting)</source>
        <translation>(se pa yon verifikasyon)</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Fini nan dat</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Vetting status</source>
        <translation>Eta verifikasyon an</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rezon</translation>
    </message>
    <message>
        <source>Reference (case or file)</source>
        <translation>Referans (ka oswa dosye)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depi</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jiska</translation>
    </message>
</context>
<context>
    <name>HoldsActions</name>
    <message>
        <source>Eligibility holds</source>
        <translation>Blokaj elijibilite</translation>
    </message>
</context>
<context>
    <name>HoldsView</name>
    <message>
        <source>Holds</source>
        <translation>Blokaj</translation>
    </message>
    <message>
        <source>Only holds in force today</source>
        <translation>Sèlman blokaj ki an vigè jodi a</translation>
    </message>
    <message>
        <source>&amp;Place a hold…</source>
        <translation>&amp;Mete yon blokaj…</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Leve…</translation>
    </message>
    <message>
        <source>An officer with a hold in force is not deployable, whatever their training. A hold is never deleted: lifting it keeps it, marked lifted.</source>
        <translation>Yon ofisye ki gen yon blokaj an vigè pa ka deplwaye, kèlkeswa fòmasyon li. Yo pa janm efase yon blokaj: lè yo leve l, li rete, make leve.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Ofisye</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depi</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jiska</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rezon</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(wòl ou pa ka wè sa)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Choose a hold in force.</source>
        <translation>Chwazi yon blokaj ki an vigè.</translation>
    </message>
    <message>
        <source>Lift hold</source>
        <translation>Leve blokaj la</translation>
    </message>
    <message>
        <source>Why is the {0} hold on {1} lifted? (required)</source>
        <translation>Poukisa blokaj {0} sou {1} leve? (obligatwa)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Enpòte {0}</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Sa enpòtasyon an ta fè</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Enpòte</translation>
    </message>
    <message>
        <source>Signed by {0}, whom this installation trusts; every part checked.</source>
        <translation>Siyen pa {0}, yon moun enstalasyon sa a fè konfyans; chak pati verifye.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Enpòte nan yon fèy kalkil</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Enpòte</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Readiness</source>
        <translation>Preparasyon</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Pèsonèl</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Pwogram</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichye</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Louvri yon baz done…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvo baz done…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Enpòte nan yon fèy kalkil…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspòte</translation>
    </message>
    <message>
        <source>&amp;Personnel…</source>
        <translation>&amp;Pèsonèl…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>&amp;Rezilta…</translation>
    </message>
    <message>
        <source>Rea&amp;diness as of the dashboard&apos;s date…</source>
        <translation>&amp;Preparasyon nan dat tablo a…</translation>
    </message>
    <message>
        <source>&amp;Curriculum…</source>
        <translation>Pwo&amp;gram…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Itilizatè…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Chanje &amp;modpas mwen…</translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation>&amp;Dekonekte…</translation>
    </message>
    <message>
        <source>Sign out, and let someone else sign in</source>
        <translation>Dekonekte epi kite yon lòt moun konekte</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kite</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Dosye</translation>
    </message>
    <message>
        <source>&amp;New training session…</source>
        <translation>&amp;Nouvo sesyon fòmasyon…</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>&amp;Planifye yon sesyon…</translation>
    </message>
    <message>
        <source>&amp;Sessions and their history</source>
        <translation>&amp;Sesyon ak istorik yo</translation>
    </message>
    <message>
        <source>Eligibility &amp;holds…</source>
        <translation>&amp;Blokaj elijibilite…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Senkronizasyon</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Ekspòte yon pake…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Enpòte yon pake…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konfli…</translation>
    </message>
    <message>
        <source>Likely &amp;duplicate sessions…</source>
        <translation>Sesyon ki sanble &amp;double…</translation>
    </message>
    <message>
        <source>&amp;Sites and enrolment…</source>
        <translation>&amp;Sit ak enskripsyon…</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Rapò</translation>
    </message>
    <message>
        <source>&amp;Readiness report…</source>
        <translation>Rapò &amp;preparasyon…</translation>
    </message>
    <message>
        <source>Completion &amp;roster…</source>
        <translation>&amp;Lis fòmasyon ki fini…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Sètifika…</translation>
    </message>
    <message>
        <source>Training &amp;plan…</source>
        <translation>Plan &amp;fòmasyon…</translation>
    </message>
    <message>
        <source>What to teach a contingent, by when, to be ready on its deployment date</source>
        <translation>Sa pou anseye yon kontenjan, ak pou kilè, pou l pare nan dat deplwaman li</translation>
    </message>
    <message>
        <source>Readiness &amp;snapshot…</source>
        <translation>&amp;Kliche preparasyon…</translation>
    </message>
    <message>
        <source>Sign readiness as of a date with the commander&apos;s assessment</source>
        <translation>Siyen preparasyon nan yon dat, ak evalyasyon kòmandan an</translation>
    </message>
    <message>
        <source>Snapshots &amp;taken…</source>
        <translation>Kliche ki &amp;anrejistre…</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Verifye yon sètifika…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afichaj</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Rafrechi</translation>
    </message>
    <message>
        <source>&amp;Find officer</source>
        <translation>&amp;Chèche yon ofisye</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramèt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>È&amp;d</translation>
    </message>
    <message>
        <source>&amp;About MSS Training</source>
        <translation>&amp;Sou MSS Training</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Prensipal</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Baz done: {0}</translation>
    </message>
    <message>
        <source>About MSS Training</source>
        <translation>Sou MSS Training</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MSS Training {0}&lt;/h3&gt;&lt;p&gt;Training records and readiness for the Multinational Security Support mission to Haiti and the Gang Suppression Force.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MSS Training {0}&lt;/h3&gt;&lt;p&gt;Dosye fòmasyon ak preparasyon pou Misyon Miltinasyonal Sipò Sekirite ann Ayiti ak Fòs Kont Gang yo.&lt;/p&gt;&lt;p&gt;Baz done: {1}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Edit module</source>
        <translation>Modifye modil la</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Nouvo modil</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>pa janm ekspire</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mwa</translation>
    </message>
    <message>
        <source>Module codes, separated by commas</source>
        <translation>Kòd modil yo, separe ak vigil</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Yon objektif pa liy</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Wòl</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Faz</translation>
    </message>
    <message>
        <source>Contingent (optional)</source>
        <translation>Kontenjan (si ou vle)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kòd</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tit</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>K&amp;ategori</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>È&amp;dtan</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Fason</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>E&amp;valyasyon</translation>
    </message>
    <message>
        <source>&amp;Pass mark</source>
        <translation>Nòt pou &amp;pase</translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation>&amp;Valab pou</translation>
    </message>
    <message>
        <source>P&amp;rerequisites</source>
        <translation>Kondisyon &amp;anvan</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;eskripsyon</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objektif</translation>
    </message>
    <message>
        <source>Re&amp;quired of</source>
        <translation>O&amp;bligatwa pou</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Module</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Wòl</translation>
    </message>
    <message>
        <source>{0} as of {1}</source>
        <translation>{0} nan dat {1}</translation>
    </message>
    <message>
        <source>{0} · not deployable: held back ({1})</source>
        <translation>{0} · pa ka deplwaye: bloke ({1})</translation>
    </message>
    <message>
        <source>Status as of {0}</source>
        <translation>Estati nan dat {0}</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fini</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>pa ekspire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezilta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Antre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rezon</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Kote</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Anrejistre pa</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Nimewo</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Bay nan dat</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(wòl ou pa ka wè sa)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kalite</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depi</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jiska</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Mete pa</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Rezilta</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Korije…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anile…</translation>
    </message>
    <message>
        <source>A correction is a new entry with a reason; nothing is overwritten.</source>
        <translation>Yon koreksyon se yon nouvo antre ak yon rezon; anyen pa efase anba l.</translation>
    </message>
    <message>
        <source>History of this &amp;result…</source>
        <translation>Istorik &amp;rezilta sa a…</translation>
    </message>
    <message>
        <source>History of its &amp;session…</source>
        <translation>Istorik &amp;sesyon li…</translation>
    </message>
    <message>
        <source>Result &amp;history…</source>
        <translation>&amp;Istorik rezilta a…</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Egzijans</translation>
    </message>
    <message>
        <source>Results and corrections</source>
        <translation>Rezilta ak koreksyon</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sètifika</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Anile…</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Blokaj</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>I&amp;storik…</translation>
    </message>
    <message>
        <source>Every audited change to this officer, their results and certificates</source>
        <translation>Chak chanjman odite sou ofisye sa a, rezilta l ak sètifika l</translation>
    </message>
    <message>
        <source>Choose a certificate that is still valid.</source>
        <translation>Chwazi yon sètifika ki toujou valab.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Anile sètifika a</translation>
    </message>
    <message>
        <source>Why is {0} revoked? (required)</source>
        <translation>Poukisa {0} anile? (obligatwa)</translation>
    </message>
    <message>
        <source>Choose a result first.</source>
        <translation>Chwazi yon rezilta anvan.</translation>
    </message>
    <message>
        <source>the {0} session ending {1}</source>
        <translation>sesyon {0} ki fini {1}</translation>
    </message>
    <message>
        <source>That entry was already corrected; correct its latest version.</source>
        <translation>Antre sa a te deja korije; korije dènye vèsyon li.</translation>
    </message>
    <message>
        <source>{0}, through the tour to {1}</source>
        <translation>{0}, jiska fen deplwaman an nan dat {1}</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valab jiska</translation>
    </message>
    <message>
        <source>Reco&amp;gnise a qualification…</source>
        <translation>Rekonèt yon &amp;kalifikasyon…</translation>
    </message>
    <message>
        <source>A pass earned outside the mission, such as at a national police academy</source>
        <translation>Yon modil ofisye a pase andeyò misyon an, tankou nan yon akademi polis nasyonal</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Female</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gason</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lòt</translation>
    </message>
    <message>
        <source>Edit officer</source>
        <translation>Modifye ofisye a</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Ajoute yon ofisye</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>&amp;Kontenjan</translation>
    </message>
    <message>
        <source>&amp;Service number</source>
        <translation>&amp;Matrikil</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Non fanmi</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Prenon</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Grad</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Inite</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>W&amp;òl</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>Se&amp;ks</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tati</translation>
    </message>
    <message>
        <source>Deployed &amp;from</source>
        <translation>Deplwaye &amp;depi</translation>
    </message>
    <message>
        <source>Deployed un&amp;til</source>
        <translation>Deplwaye &amp;jiska</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s service number.</source>
        <translation>Antre matrikil ofisye a.</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s family name.</source>
        <translation>Antre non fanmi ofisye a.</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s given names.</source>
        <translation>Antre prenon ofisye a.</translation>
    </message>
</context>
<context>
    <name>OfficerListDialog</name>
    <message>
        <source>Service no.</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Sa ki manke</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspòte…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Enprime…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln officers</source>
        <translation>
            <numerusform>%Ln ofisye</numerusform>
            <numerusform>%Ln ofisye</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Ekspòte lis la</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Service no.</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Non fanmi</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prenon</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Wòl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Change my password</source>
        <translation>Chanje modpas mwen</translation>
    </message>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Reyinisyalize modpas {0}</translation>
    </message>
    <message>
        <source>At least 8 characters, known to you alone.</source>
        <translation>Omwen 8 karaktè, se ou sèl ki konnen yo.</translation>
    </message>
    <message>
        <source>The account can sign in at once; a lock-out is lifted.</source>
        <translation>Kont lan ka konekte tousuit; si l te bloke, li debloke.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Modpas &amp;aktyèl</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nouvo &amp;modpas</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Ankò</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De modpas yo pa menm.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n paj</numerusform>
            <numerusform>%n paj</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Anrejistre kòm…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Enprime…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Anrejistre PDF la</translation>
    </message>
    <message>
        <source>{0} cannot be written ({1}).</source>
        <translation>Nou pa ka ekri {0} ({1}).</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>Enprimant lan pa pare.</translation>
    </message>
</context>
<context>
    <name>PersonnelView</name>
    <message>
        <source>Search by name or service number (Ctrl+F)</source>
        <translation>Chèche pa non oswa matrikil (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search officers</source>
        <translation>Chèche ofisye</translation>
    </message>
    <message>
        <source>All contingents</source>
        <translation>Tout kontenjan yo</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Nenpòt wòl</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Wòl</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Nenpòt estati</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Ajoute yon ofisye…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifye…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Ofisye</translation>
    </message>
    <message numerus="yes">
        <source>%Ln officers</source>
        <translation>
            <numerusform>%Ln ofisye</numerusform>
            <numerusform>%Ln ofisye</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Training plan</source>
        <translation>Plan fòmasyon</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>&amp;Kontenjan</translation>
    </message>
    <message>
        <source>&amp;Deploys on</source>
        <translation>Dat &amp;deplwaman</translation>
    </message>
    <message>
        <source>&amp;Seats a session</source>
        <translation>&amp;Plas pa sesyon</translation>
    </message>
    <message>
        <source>&amp;Tour (days)</source>
        <translation>D&amp;ire deplwaman (jou)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Ofisye</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jou</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Pa anvan</translation>
    </message>
    <message>
        <source>Start by</source>
        <translation>Kòmanse anvan</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Kondisyon anvan</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Enstriktè</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mwa</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Dat limit</translation>
    </message>
    <message>
        <source>Service numbers</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>What to teach, by when</source>
        <translation>Sa pou anseye, ak pou kilè</translation>
    </message>
    <message>
        <source>Refreshers due during the tour</source>
        <translation>Resiklaj ki pou fèt pandan deplwaman an</translation>
    </message>
    <message>
        <source>&amp;Make the plan</source>
        <translation>&amp;Fè plan an</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Enprime…</translation>
    </message>
    <message>
        <source>Plan s&amp;essions for this line…</source>
        <translation>Planifye s&amp;esyon liy sa a…</translation>
    </message>
    <message>
        <source>The sessions the chosen module needs, with their attendees</source>
        <translation>Sesyon modil ki chwazi a bezwen, ak patisipan yo</translation>
    </message>
    <message>
        <source>{0} to fill in {1} before {2}; sessions of a module run one after another, 8 hours a day, and a module ends before those that need it.</source>
        <translation>{0} pou ranpli nan {1} anvan {2}; sesyon yon modil fèt youn apre lòt, 8 èdtan pa jou, epi yon modil fini anvan modil ki bezwen l yo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places</source>
        <translation>
            <numerusform>%Ln plas</numerusform>
            <numerusform>%Ln plas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n modil</numerusform>
            <numerusform>%n modil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers already expected at planned sessions are left out: {0}.</source>
        <translation>
            <numerusform>%n ofisye yo deja tann nan sesyon ki planifye yo pa konte: {0}.</numerusform>
            <numerusform>%n ofisye yo deja tann nan sesyon ki planifye yo pa konte: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLineDialog</name>
    <message>
        <source>Plan the sessions of {0}</source>
        <translation>Planifye sesyon {0}</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>non, separe ak vigil</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premye jou</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>K&amp;ote</translation>
    </message>
    <message>
        <source>&amp;Instructor(s)</source>
        <translation>&amp;Enstriktè</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;g</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premye jou</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dènye jou</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Patisipan</translation>
    </message>
    <message>
        <source>Service numbers</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Sessions to be planned</source>
        <translation>Sesyon pou planifye</translation>
    </message>
    <message>
        <source>&amp;Plan these sessions</source>
        <translation>P&amp;lanifye sesyon sa yo</translation>
    </message>
    <message>
        <source>Say where the sessions are held.</source>
        <translation>Di ki kote sesyon yo ap fèt.</translation>
    </message>
    <message>
        <source>{0} of {1}: {2} of {3} for {4} at {5}, one after another, starting by {6}.</source>
        <translation>{0} pou {1}: {2} {3} pou {4} ak {5}, youn apre lòt, kòmanse pi ta {6}.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesyon</numerusform>
            <numerusform>%n sesyon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jou</numerusform>
            <numerusform>%n jou</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers</source>
        <translation>
            <numerusform>%n ofisye</numerusform>
            <numerusform>%n ofisye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n plas</numerusform>
            <numerusform>%n plas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers already expected at planned sessions are left out: {0}.</source>
        <translation>
            <numerusform>%n ofisye yo deja tann nan sesyon ki planifye yo pa konte: {0}.</numerusform>
            <numerusform>%n ofisye yo deja tann nan sesyon ki planifye yo pa konte: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>English</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Franse</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Panyòl</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Kreyòl ayisyen</translation>
    </message>
    <message>
        <source>Plan a training session</source>
        <translation>Planifye yon sesyon fòmasyon</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the first day, if left empty</source>
        <translation>premye jou a, si l vid</translation>
    </message>
    <message>
        <source>names; for a module taught by qualified instructors: KEN 00123; JAM 0042</source>
        <translation>non; pou yon modil enstriktè kalifye anseye: KEN 00123; JAM 0042</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>san limit</translation>
    </message>
    <message>
        <source>a unit, or empty for the whole contingent</source>
        <translation>yon inite, oswa vid pou tout kontenjan an</translation>
    </message>
    <message>
        <source>&amp;Fill from unit</source>
        <translation>&amp;Ranpli ak inite a</translation>
    </message>
    <message>
        <source>Paste service numbers, one a line or comma-separated</source>
        <translation>Kole matrikil yo, youn pa liy oswa separe ak vigil</translation>
    </message>
    <message>
        <source>From a s&amp;heet…</source>
        <translation>Nan yon &amp;fèy…</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet with a service_number column (and a contingent one)</source>
        <translation>Yon fèy CSV oswa Excel ak yon kolòn service_number (ak yon kolòn contingent)</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Modil</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premye jou</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dènye jou</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>K&amp;ote</translation>
    </message>
    <message>
        <source>&amp;Instructor(s)</source>
        <translation>&amp;Enstriktè</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;g</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>P&amp;las</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>&amp;Kontenjan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Inite</translation>
    </message>
    <message>
        <source>Expected attendees&apos; service numbers</source>
        <translation>Matrikil patisipan yo ap tann yo</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>P&amp;atisipan</translation>
    </message>
    <message>
        <source>Sheet of expected attendees</source>
        <translation>Fèy patisipan yo tann</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Fèy (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>{0} attendees from {1} ({2}).</source>
        <translation>{0} patisipan nan {1} ({2}).</translation>
    </message>
    <message>
        <source>Not found, to correct before saving: {0}.</source>
        <translation>Pa jwenn, pou korije anvan ou anrejistre: {0}.</translation>
    </message>
    <message>
        <source>The list is typed now, not the sheet&apos;s.</source>
        <translation>Lis la se sa ou tape kounye a, pa sa fèy la.</translation>
    </message>
    <message>
        <source>That unit has no active officers.</source>
        <translation>Inite sa a pa gen okenn ofisye aktif.</translation>
    </message>
</context>
<context>
    <name>PlannedResultsDialog</name>
    <message>
        <source>Record results: {0} at {1} ({2})</source>
        <translation>Anrejistre rezilta: {0} nan {1} ({2})</translation>
    </message>
    <message>
        <source>Type each attendee&apos;s score; the pass mark is {0}.</source>
        <translation>Tape nòt chak patisipan; nòt pou pase a se {0}.</translation>
    </message>
    <message>
        <source>Tick Passed for each attendee who passed.</source>
        <translation>Tcheke Pase pou chak patisipan ki pase.</translation>
    </message>
    <message>
        <source>Attendance-only: attending is passing.</source>
        <translation>Prezans sèlman: prezans vo pase.</translation>
    </message>
    <message>
        <source>Untick Attended for anyone who did not come. {0}</source>
        <translation>Retire tcheke Prezan pou moun ki pa t vini. {0}</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Prezan</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Pase</translation>
    </message>
    <message>
        <source>Attendees&apos; results</source>
        <translation>Rezilta patisipan yo</translation>
    </message>
    <message>
        <source>Contingent of the attendee to add</source>
        <translation>Kontenjan patisipan pou ajoute a</translation>
    </message>
    <message>
        <source>Service number of someone who came</source>
        <translation>Matrikil yon moun ki te vini</translation>
    </message>
    <message>
        <source>Service number to add</source>
        <translation>Matrikil pou ajoute</translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation>&amp;Ajoute patisipan</translation>
    </message>
    <message>
        <source>Came on the day:</source>
        <translation>Vini jou a:</translation>
    </message>
    <message>
        <source>(added on the day)</source>
        <translation>(ajoute jou a)</translation>
    </message>
    <message>
        <source>Type a score from 0 to 100 for {0}.</source>
        <translation>Tape yon nòt ant 0 ak 100 pou {0}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>create</source>
        <translation>kreye</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mete ajou</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>pa chanje</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajoute</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>deja anrejistre</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejte</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Non fanmi</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prenon</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grad</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Wòl</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sèks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Deployment start</source>
        <translation>Kòmansman deplwaman</translation>
    </message>
    <message>
        <source>Deployment end</source>
        <translation>Fen deplwaman</translation>
    </message>
    <message>
        <source>Module code</source>
        <translation>Kòd modil</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezilta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Enstriktè</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Kote</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Verifye anvan ou enpòte</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Anyen pa ekri jiskaske ou peze Enpòte.</translation>
    </message>
    <message>
        <source>&amp;Check again with these columns</source>
        <translation>&amp;Verifye ankò ak kolòn sa yo</translation>
    </message>
    <message>
        <source>Rows and what will happen to them</source>
        <translation>Liy yo ak sa ki pral rive yo</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rejected ones</source>
        <translation>Enpòte liy ki bon yo epi sote sa ki rejte yo</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>N ap li fichye a…</translation>
    </message>
    <message>
        <source>{0} to add, {1} to update, {2} unchanged</source>
        <translation>{0} pou ajoute, {1} pou mete ajou, {2} pa chanje</translation>
    </message>
    <message>
        <source>{0} results to record in {1} sessions, {2} already recorded</source>
        <translation>{0} rezilta pou anrejistre nan {1} sesyon, {2} deja anrejistre</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Liy</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Sa k ap pase</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detay</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:{problem}&apos;&gt;%n row(s) rejected&lt;/span&gt;, shown in red.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{problem}&apos;&gt;%n liy rejte&lt;/span&gt;, an wouj.</numerusform>
            <numerusform>&lt;span style=&apos;color:{problem}&apos;&gt;%n liy rejte&lt;/span&gt;, an wouj.</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows rejected.</source>
        <translation>okenn liy pa rejte.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(inyore)</translation>
    </message>
</context>
<context>
    <name>RecogniseDialog</name>
    <message>
        <source>Recognise a qualification</source>
        <translation>Rekonèt yon kalifikasyon</translation>
    </message>
    <message>
        <source>e.g. Kenya National Police College</source>
        <translation>egzanp: Kenya National Police College</translation>
    </message>
    <message>
        <source>the certificate&apos;s number</source>
        <translation>nimewo sètifika a</translation>
    </message>
    <message>
        <source>{0}: a pass earned outside the mission counts like the mission&apos;s own, and may qualify an instructor.</source>
        <translation>{0}: yon modil pase andeyò misyon an konte menm jan ak sa misyon an bay, epi li ka fè yon enstriktè kalifye.</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Modil</translation>
    </message>
    <message>
        <source>&amp;Passed on</source>
        <translation>&amp;Pase nan dat</translation>
    </message>
    <message>
        <source>Awarded &amp;by</source>
        <translation>Ki moun ki &amp;bay li</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referans</translation>
    </message>
</context>
<context>
    <name>RecordSessionWizard</name>
    <message>
        <source>Record a training session</source>
        <translation>Anrejistre yon sesyon fòmasyon</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Anrejistre sesyon an</translation>
    </message>
    <message>
        <source>The draft cannot be kept ({0}).</source>
        <translation>Yo pa ka kenbe bouyon an ({0}).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>N ap anrejistre…</translation>
    </message>
    <message>
        <source>This session is not saved yet. Keep it as a draft to finish later, or discard what was typed?</source>
        <translation>Sesyon sa a poko anrejistre. Kenbe l kòm bouyon pou fini l pita, oswa jete sa ki te tape?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Kenbe bouyon an</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Jete</translation>
    </message>
    <message>
        <source>Go &amp;back</source>
        <translation>&amp;Retounen</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <source>Certificate {0} revoked.</source>
        <translation>Sètifika {0} anile.</translation>
    </message>
    <message>
        <source>{0}: officers who still need {1}, as of {2}</source>
        <translation>{0}: ofisye ki toujou bezwen {1}, nan dat {2}</translation>
    </message>
    <message>
        <source>{0}: officers {1}, as of {2}</source>
        <translation>{0}: ofisye {1}, nan dat {2}</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Fèy prezans</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Sesyon ki pa anrejistre</translation>
    </message>
    <message>
        <source>A session you were recording was not saved: {0}, {1}, at {2}, {3} attendees. Go on with it now?</source>
        <translation>Yon sesyon ou t ap anrejistre pa t sove: {0}, {1}, nan {2}, {3} patisipan. Kontinye l kounye a?</translation>
    </message>
    <message>
        <source>Saved {0} session: {1} results, {2} passed.</source>
        <translation>Sesyon {0} anrejistre: {1} rezilta, {2} pase.</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>Sesyon anrejistre</translation>
    </message>
    <message>
        <source>{0} of {1} attendees passed {2}. Print their certificates now?</source>
        <translation>{0} sou {1} patisipan pase {2}. Enprime sètifika yo kounye a?</translation>
    </message>
    <message>
        <source>{0}, through the tour to {1}</source>
        <translation>{0}, jiska fen deplwaman an nan dat {1}</translation>
    </message>
    <message>
        <source>Qualification recognised for {0}.</source>
        <translation>Kalifikasyon rekonèt pou {0}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>bloke</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Print the readiness report</source>
        <translation>Enprime rapò preparasyon an</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>Enprime lis fòmasyon ki fini an</translation>
    </message>
    <message>
        <source>None; for example RESTRICTED</source>
        <translation>Okenn; pa egzanp RESTREN</translation>
    </message>
    <message>
        <source>Printed at the head and foot of every page</source>
        <translation>Enprime anlè ak anba chak paj</translation>
    </message>
    <message>
        <source>A &amp;sign-off block (prepared, reviewed, approved)</source>
        <translation>Yon blòk &amp;vizà (prepare, verifye, apwouve)</translation>
    </message>
    <message>
        <source>As on the dashboard</source>
        <translation>Tankou sou tablo a</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lang</translation>
    </message>
    <message>
        <source>Handling &amp;marking</source>
        <translation>&amp;Mak klasifikasyon</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Rezilta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Prezan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezilta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Desizyon</translation>
    </message>
    <message>
        <source>Results of each attendee</source>
        <translation>Rezilta chak patisipan</translation>
    </message>
    <message>
        <source>Mark &amp;everyone passed</source>
        <translation>Make &amp;tout moun pase</translation>
    </message>
    <message>
        <source>Then type F on whoever failed.</source>
        <translation>Apre sa, tape F pou moun ki echwe.</translation>
    </message>
    <message>
        <source>Type each score and press Enter for the next (pass mark {0}); untick who did not attend.</source>
        <translation>Tape chak nòt epi peze Antre pou pase nan pwochen an (nòt pou pase {0}); retire tcheke moun ki pa t vini.</translation>
    </message>
    <message>
        <source>Mark everyone passed, then type F on whoever failed; untick who did not attend.</source>
        <translation>Make tout moun pase, epi tape F pou moun ki echwe; retire tcheke moun ki pa t vini.</translation>
    </message>
    <message>
        <source>to enter</source>
        <translation>pou tape</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>pase</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>echwe</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absan</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>prezan</translation>
    </message>
    <message>
        <source>Row {0} ({1}): {2}</source>
        <translation>Liy {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Attending is passing; untick who did not attend.</source>
        <translation>Prezans vo pase; retire tcheke moun ki pa t vini.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and save</source>
        <translation>Revize epi anrejistre</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>pèsonn</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; · {1}&lt;/p&gt;&lt;p&gt;{2} to {3} at {4}&lt;/p&gt;&lt;p&gt;{5} attendees, {6} present, {7} passed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Failed:&lt;/b&gt; {8}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Absent:&lt;/b&gt; {9}&lt;/p&gt;&lt;p&gt;Saving records all of it at once. A result saved by mistake is corrected later with an amendment; nothing is overwritten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; · {1}&lt;/p&gt;&lt;p&gt;Soti {2} rive {3} nan {4}&lt;/p&gt;&lt;p&gt;{5} patisipan, {6} prezan, {7} pase.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Echwe:&lt;/b&gt; {8}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Absan:&lt;/b&gt; {9}&lt;/p&gt;&lt;p&gt;Lè ou anrejistre, tout bagay anrejistre an menm tan. Yon rezilta ki anrejistre pa erè ap korije pita ak yon amannman; anyen pa efase anba l.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>Audit trail warning</source>
        <translation>Avètisman jounal odit</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Kopi sekirite…</translation>
    </message>
    <message>
        <source>Check the &amp;audit trail</source>
        <translation>Verifye &amp;jounal odit la</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: %Ln entries, intact.</source>
        <translation>
            <numerusform>Jounal odit verifye: %Ln antre, entak.</numerusform>
            <numerusform>Jounal odit verifye: %Ln antre, entak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: %Ln entries, intact, {0}.</source>
        <translation>
            <numerusform>Jounal odit verifye: %Ln antre, entak, {0}.</numerusform>
            <numerusform>Jounal odit verifye: %Ln antre, entak, {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail is broken.&lt;/b&gt; {0} Someone changed the database outside MSS Training. Tell your administrator; a backup from before the change can be restored (File → Backups).</source>
        <translation>&lt;b&gt;Jounal odit la kase.&lt;/b&gt; {0} Yon moun chanje baz done a andeyò MSS Training. Avèti administratè ou; ou ka retabli yon kopi ki fèt anvan chanjman an (Fichye → Kopi sekirite).</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>Kopi otomatik la echwe: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Kopi fèt nan {0}.</translation>
    </message>
    <message>
        <source>Restored {0}. The database it replaced is kept as {1}.</source>
        <translation>{0} retabli. Baz done li ranplase a kenbe kòm {1}.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Fèy prezans</translation>
    </message>
    <message>
        <source>Recorded {0} results in {1}: {2} passed, {3} absent.</source>
        <translation>{0} rezilta anrejistre nan {1}: {2} pase, {3} absan.</translation>
    </message>
    <message>
        <source>Session {0}: {1} attendees added, {2} marked absent.</source>
        <translation>Sesyon {0}: {1} patisipan ajoute, {2} make absan.</translation>
    </message>
    <message>
        <source>Planned a {0} session for {1} attendees: reference {2}.</source>
        <translation>Sesyon {0} planifye pou {1} patisipan: referans {2}.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>English</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Franse</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Panyòl</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Kreyòl ayisyen</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>Sesyon an</translation>
    </message>
    <message>
        <source>Which module, when and where.</source>
        <translation>Ki modil, kilè ak ki kote.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premye jou</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dènye jou</translation>
    </message>
    <message>
        <source>e.g. MSS base, Port-au-Prince</source>
        <translation>egzanp baz MSS, Pòtoprens</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Enstriktè</translation>
    </message>
    <message>
        <source>Qualified instructor to add</source>
        <translation>Enstriktè kalifye pou ajoute</translation>
    </message>
    <message>
        <source>Find a qualified instructor by service number or name</source>
        <translation>Chèche yon enstriktè kalifye pa matrikil oswa pa non</translation>
    </message>
    <message>
        <source>A&amp;dd instructor</source>
        <translation>A&amp;joute enstriktè</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Modil</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premye jou</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dènye jou</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>K&amp;ote</translation>
    </message>
    <message>
        <source>&amp;Instructor(s)</source>
        <translation>&amp;Enstriktè</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;g</translation>
    </message>
    <message>
        <source>Names, as free text</source>
        <translation>Non yo, an tèks lib</translation>
    </message>
    <message>
        <source>e.g. KEN 00123; JAM 0042</source>
        <translation>egz. KEN 00123; JAM 0042</translation>
    </message>
    <message>
        <source>{0} is taught by qualified instructors only: each must hold {1} on the last day. Name them by contingent and service number, separated by &apos;;&apos;.</source>
        <translation>Se sèlman enstriktè kalifye ki anseye {0}: chak dwe genyen {1} dènye jou a. Bay kontenjan ak matrikil yo, separe ak « ; ».</translation>
    </message>
    <message>
        <source>Choose a module of the curriculum.</source>
        <translation>Chwazi yon modil nan pwogram lan.</translation>
    </message>
    <message>
        <source>A session is recorded once it has taken place: {0}.</source>
        <translation>Yon sesyon anrejistre apre li fin fèt: {0}.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Kote</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Eta</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Patisipan</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Enstriktè</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifye</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Fèt</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Search module, place or instructor</source>
        <translation>Chèche modil, kote oswa enstriktè</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Chèche sesyon</translation>
    </message>
    <message>
        <source>Planned or held</source>
        <translation>Planifye oswa fèt</translation>
    </message>
    <message>
        <source>Planned and held</source>
        <translation>Planifye ak fèt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifye</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Fèt</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>Depi AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dat depi</translation>
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation>Jiska AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Dat jiska</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modil</translation>
    </message>
    <message>
        <source>Any module</source>
        <translation>Nenpòt modil</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Kote</translation>
    </message>
    <message>
        <source>All contingents</source>
        <translation>Tout kontenjan yo</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>&amp;Planifye yon sesyon…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesyon</translation>
    </message>
    <message>
        <source>Choose a session to see its attendees and results.</source>
        <translation>Chwazi yon sesyon pou wè patisipan li yo ak rezilta yo.</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Patisipan</translation>
    </message>
    <message>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Enprime &amp;fèy prezans lan…</translation>
    </message>
    <message>
        <source>Print &amp;certificates…</source>
        <translation>Enprime &amp;sètifika yo…</translation>
    </message>
    <message>
        <source>&amp;Record results…</source>
        <translation>&amp;Anrejistre rezilta…</translation>
    </message>
    <message>
        <source>A&amp;ttendees on the day…</source>
        <translation>Pa&amp;tisipan jou a…</translation>
    </message>
    <message>
        <source>Add who came as well, mark who was reported absent</source>
        <translation>Ajoute moun ki vini anplis, make moun yo di ki absan</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Istorik…</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>Matrikil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Te prevwa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezilta</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nòt</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesyon</numerusform>
            <numerusform>%n sesyon</numerusform>
        </translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifye</translation>
    </message>
    <message>
        <source>held</source>
        <translation>fèt</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1} · {2} · {3} · {4} ({5})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1} · {2} · {3} · {4} ({5})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>wi</translation>
    </message>
    <message>
        <source>reported absent</source>
        <translation>yo di absan</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>jou a menm</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>pa anrejistre</translation>
    </message>
    <message>
        <source>History of the {0} session at {1} ({2})</source>
        <translation>Istorik sesyon {0} nan {1} ({2})</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {0}</source>
        <translation>Konekte — {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Sign in to the database {1}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Konekte nan baz done {1}.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Non itilizatè</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Modpas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lang</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Konekte</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Antre non itilizatè ou.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>N ap verifye…</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites and enrolment</source>
        <translation>Sit ak enskripsyon</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Enstalasyon sa a</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Non:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Wòl:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Anprent kle a:</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Kòd enskripsyon</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopye</translation>
    </message>
    <message>
        <source>&amp;Save identity file…</source>
        <translation>&amp;Anrejistre fichye idantite a…</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Kòd enskripsyon:</translation>
    </message>
    <message>
        <source>Give the code or the identity file to the other installation; it enrols this one with them. Compare key fingerprints aloud to be sure.</source>
        <translation>Bay lòt enstalasyon an kòd la oswa fichye idantite a; li enskri sa a lakay li. Konpare anprent kle yo awotvwa pou w sèten.</translation>
    </message>
    <message>
        <source>Installations known here</source>
        <translation>Enstalasyon yo konnen isit la</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Wòl</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kle</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Konfyans</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dènye resepsyon</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dènye voye</translation>
    </message>
    <message>
        <source>Known installations</source>
        <translation>Enstalasyon yo konnen</translation>
    </message>
    <message>
        <source>Paste an enrolment code (MSS1-…), or choose a file</source>
        <translation>Kole yon kòd enskripsyon (MSS1-…), oswa chwazi yon fichye</translation>
    </message>
    <message>
        <source>Code or identity file to enrol</source>
        <translation>Kòd oswa fichye idantite pou enskri</translation>
    </message>
    <message>
        <source>Its name (with a code)</source>
        <translation>Non li (ak yon kòd)</translation>
    </message>
    <message>
        <source>Name of the installation to enrol</source>
        <translation>Non enstalasyon pou enskri a</translation>
    </message>
    <message>
        <source>Its contingents, e.g. KEN, JAM (empty: all)</source>
        <translation>Kontenjan li yo, egzanp KEN, JAM (vid: tout)</translation>
    </message>
    <message>
        <source>Take this site&apos;s records of these contingents only, e.g. KEN, JAM</source>
        <translation>Pran sèlman dosye kontenjan sa yo nan sit sa a, egzanp KEN, JAM</translation>
    </message>
    <message>
        <source>Contingents whose records are taken from it</source>
        <translation>Kontenjan yo pran dosye yo nan li</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Nan yon &amp;fichye…</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enskri</translation>
    </message>
    <message>
        <source>Save identity file</source>
        <translation>Anrejistre fichye idantite a</translation>
    </message>
    <message>
        <source>Identity files (*.json)</source>
        <translation>Fichye idantite (*.json)</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Fichye idantite</translation>
    </message>
    <message>
        <source>Paste the other installation&apos;s code or choose its file.</source>
        <translation>Kole kòd lòt enstalasyon an oswa chwazi fichye li.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>N ap enskri…</translation>
    </message>
    <message>
        <source>Enrolled: its bundles are now trusted here.</source>
        <translation>Enskri: pake li yo aksepte isit la kounye a.</translation>
    </message>
</context>
<context>
    <name>SnapshotListDialog</name>
    <message>
        <source>Readiness snapshots</source>
        <translation>Kliche preparasyon</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Pran (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Pa</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Nan dat</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Kouvèti</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pare</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evalyasyon</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remak</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Sa verifikasyon an jwenn</translation>
    </message>
    <message>
        <source>Check a snapshot to recompute it from today&apos;s records as of its date.</source>
        <translation>Verifye yon kliche pou rekalkile l nan dat li ak dosye jodi a.</translation>
    </message>
    <message>
        <source>&amp;Check against today&apos;s records</source>
        <translation>&amp;Verifye ak dosye jodi a</translation>
    </message>
    <message>
        <source>&amp;Save signed file…</source>
        <translation>&amp;Anrejistre fichye siyen an…</translation>
    </message>
    <message>
        <source>No snapshot has been taken yet.</source>
        <translation>Poko gen okenn kliche ki pran.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync bundles (*.mssync)</source>
        <translation>Pake senkronizasyon (*.mssync)</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} anrejistre.</translation>
    </message>
    <message>
        <source>Save sync bundle</source>
        <translation>Anrejistre pake senkronizasyon an</translation>
    </message>
    <message>
        <source>Wrote {0}: {1}.</source>
        <translation>{0} ekri: {1}.</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>N ap ekri {0}</translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation>Enpòte yon pake senkronizasyon</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>N ap verifye {0}</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>N ap enpòte {0}</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>Take a readiness snapshot</source>
        <translation>Pran yon kliche preparasyon</translation>
    </message>
    <message>
        <source>The whole mission</source>
        <translation>Tout misyon an</translation>
    </message>
    <message>
        <source>All my contingents</source>
        <translation>Tout kontenjan mwen yo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Wi</translation>
    </message>
    <message>
        <source>Qualified yes</source>
        <translation>Wi, ak rezèv</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>What qualifies the assessment, if anything</source>
        <translation>Rezèv sou evalyasyon an, si genyen</translation>
    </message>
    <message>
        <source>Readiness &amp;as of</source>
        <translation>Preparasyon nan &amp;dat</translation>
    </message>
    <message>
        <source>&amp;Covering</source>
        <translation>&amp;Kouvèti</translation>
    </message>
    <message>
        <source>Commander&apos;s &amp;assessment</source>
        <translation>&amp;Evalyasyon kòmandan an</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>&amp;Remak</translation>
    </message>
    <message>
        <source>The snapshot is signed with this installation&apos;s key and kept, so that the figure can be checked later against the records it came from.</source>
        <translation>Kliche a siyen ak kle enstalasyon sa a epi yo kenbe l, pou yo ka verifye chif la pita ak dosye li soti ladan yo.</translation>
    </message>
    <message>
        <source>Choose the commander&apos;s assessment: Yes, Qualified yes or No.</source>
        <translation>Chwazi evalyasyon kòmandan an: «Wi», «Wi, ak rezèv» oswa «Non».</translation>
    </message>
    <message>
        <source>&amp;Language of its PDF</source>
        <translation>&amp;Lang PDF la</translation>
    </message>
    <message>
        <source>Deploying &amp;for</source>
        <translation>De&amp;plwaman pou</translation>
    </message>
</context>
<context>
    <name>TourDaysField</name>
    <message>
        <source>on the day only</source>
        <translation>jou a sèlman</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jou</translation>
    </message>
    <message>
        <source>Deploying for this many days</source>
        <translation>Deplwaman pou kantite jou sa a</translation>
    </message>
    <message>
        <source>Deploying on the as-of date for this many days: what lapses during the tour</source>
        <translation>Deplwaman nan dat sitiyasyon an pou kantite jou sa a: sa k ap ekspire pandan deplwaman an</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <source>All units</source>
        <translation>Tout inite yo</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Inite</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Username</source>
        <translation>Non itilizatè</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Wòl</translation>
    </message>
    <message>
        <source>Contingents</source>
        <translation>Kontenjan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estati</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dènye koneksyon</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Kont itilizatè</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajoute…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Chanje…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Dezaktive</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reyinisyalize modpas…</translation>
    </message>
    <message>
        <source>Accounts are disabled, never deleted, so that the records they made keep a known author. Changes apply from the account&apos;s next sign-in.</source>
        <translation>Yo dezaktive kont yo, yo pa janm efase yo, pou dosye yo fè yo kenbe yon otè yo konnen. Chanjman yo aplike depi pwochen fwa kont lan konekte.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>never</source>
        <translation>janm</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktive</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verifye yon sètifika</translation>
    </message>
    <message>
        <source>Paste the code printed at the foot of the certificate or scanned from its QR, or type its serial (MSS-…)</source>
        <translation>Kole kòd ki enprime anba sètifika a oswa ki soti nan QR li, oswa tape nimewo li (MSS-…)</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Kòd verifikasyon</translation>
    </message>
    <message>
        <source>&amp;Check code</source>
        <translation>&amp;Verifye kòd la</translation>
    </message>
    <message>
        <source>Check a &amp;PDF…</source>
        <translation>Verifye yon &amp;PDF…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Repons</translation>
    </message>
    <message>
        <source>Works offline: no network is needed.</source>
        <translation>Mache san entènèt: ou pa bezwen rezo.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>N ap verifye…</translation>
    </message>
    <message>
        <source>Certificate PDF</source>
        <translation>PDF sètifika a</translation>
    </message>
</context>
</TS>
