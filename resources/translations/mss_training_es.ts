<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountActions</name>
    <message>
        <source>Signed in as {0} · {1} · {2}</source>
        <translation>Sesión iniciada: {0} · {1} · {2}</translation>
    </message>
    <message>
        <source>The window shows {0} the next time it opens.</source>
        <translation>La ventana se mostrará en {0} la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Change account</source>
        <translation>Modificar la cuenta</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Agregar una cuenta</translation>
    </message>
    <message>
        <source>Tick no contingent for all of them. Only training officers and commanders can be limited.</source>
        <translation>No marque ningún contingente para darlos todos. Solo los oficiales de capacitación y los comandantes pueden limitarse.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Limited to &amp;contingents</source>
        <translation>Limitado a los &amp;contingentes</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>AttendeesOnTheDayDialog</name>
    <message>
        <source>Attendees on the day: {0} at {1} ({2})</source>
        <translation>Participantes del día: {0} en {1} ({2})</translation>
    </message>
    <message>
        <source>Tick Absent for whoever is reported absent; add whoever came as well. The results then start from this.</source>
        <translation>Marque Ausente para quien se haya reportado ausente; agregue a quienes vinieron además. Los resultados partirán de aquí.</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>N.º de placa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Expected attendees</source>
        <translation>Participantes esperados</translation>
    </message>
    <message>
        <source>Contingent of the attendees to add</source>
        <translation>Contingente de los participantes que se agregan</translation>
    </message>
    <message>
        <source>Service numbers of those who came as well</source>
        <translation>Números de placa de quienes vinieron además</translation>
    </message>
    <message>
        <source>Service numbers to add</source>
        <translation>Números de placa que se agregan</translation>
    </message>
    <message>
        <source>Came as &amp;well:</source>
        <translation>Vinieron &amp;además:</translation>
    </message>
    <message>
        <source>Tick someone absent or type who came as well, or Cancel.</source>
        <translation>Marque a alguien ausente o escriba quién vino además, o Cancele.</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Tick who attended, or paste their service numbers, one per line.</source>
        <translation>Marque a quienes asistieron, o pegue sus números de placa, uno por línea.</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Officers to choose from</source>
        <translation>Agentes para elegir</translation>
    </message>
    <message>
        <source>Tick &amp;all shown</source>
        <translation>Marcar &amp;todos los mostrados</translation>
    </message>
    <message>
        <source>Paste service numbers here</source>
        <translation>Pegue aquí los números de placa</translation>
    </message>
    <message>
        <source>A&amp;dd pasted numbers</source>
        <translation>A&amp;gregar los números pegados</translation>
    </message>
    <message>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Imprimir la &amp;hoja de asistencia…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>Not found: {0}</source>
        <translation>No encontrados: {0}</translation>
    </message>
    <message>
        <source>Not found in your account&apos;s contingents ({0}): {1}</source>
        <translation>No encontrados en los contingentes de su cuenta ({0}): {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendees chosen</source>
        <translation>
            <numerusform>%n participante elegido</numerusform>
            <numerusform>%n participantes elegidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Historial de {0}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, oldest first. Entries are never changed or deleted.</source>
        <translation>{0}, de la más antigua a la más reciente. Las entradas nunca se modifican ni se borran.</translation>
    </message>
    <message>
        <source>No entries name this record: it came in with a bulk import or a demo mission, which write one entry for all their rows.</source>
        <translation>Ninguna entrada nombra este registro: llegó con una importación masiva o una misión de demostración, que escriben una sola entrada para todas sus filas.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Back up when the app opens and closes (once a day)</source>
        <translation>Copiar al abrir y al cerrar (una vez al día)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copiar ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Copies are named after the database and the day. Keep one folder on another disk or a USB stick if you can: a copy on the same disk dies with it.</source>
        <translation>Las copias llevan el nombre de la base de datos y del día. Si puede, guarde una carpeta en otro disco o en una memoria USB: una copia en el mismo disco se pierde con él.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Keep a copy for each of the last</source>
        <translation>Conservar una copia de cada uno de los últimos</translation>
    </message>
    <message>
        <source>and one for each of the last</source>
        <translation>y una de cada una de las últimas</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Bases de datos (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Replace the database with {0}?

Everything recorded since that copy was made will no longer show. The current database is kept aside, renamed with today&apos;s date and time, so nothing is deleted.</source>
        <translation>¿Reemplazar la base de datos por {0}?

Todo lo registrado desde que se hizo esa copia dejará de verse. La base actual se guarda aparte, con la fecha y la hora de hoy en el nombre, así que no se borra nada.</translation>
    </message>
    <message>
        <source>Restore another installation&apos;s copy</source>
        <translation>Restaurar la copia de otra instalación</translation>
    </message>
    <message>
        <source>{0}

Restore {1} anyway?</source>
        <translation>{0}

¿Restaurar {1} de todos modos?</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <source>Planned {0} {1} sessions: {2}.</source>
        <translation>{0} sesiones de {1} planificadas: {2}.</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Plan de capacitación</translation>
    </message>
    <message>
        <source>Snapshot {0} taken: {1} of {2} officers ready.</source>
        <translation>Instantánea {0} tomada: {1} de {2} agentes aptos.</translation>
    </message>
    <message>
        <source>Readiness snapshot</source>
        <translation>Instantánea de aptitud</translation>
    </message>
    <message>
        <source>Save the signed snapshot</source>
        <translation>Guardar la instantánea firmada</translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Instantáneas (*.json)</translation>
    </message>
    <message>
        <source>Saved the snapshot to {0}.</source>
        <translation>Instantánea guardada en {0}.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>English and French</source>
        <translation>Inglés y francés</translation>
    </message>
    <message>
        <source>English and Spanish</source>
        <translation>Inglés y español</translation>
    </message>
    <message>
        <source>English and Haitian Creole</source>
        <translation>Inglés y criollo haitiano</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Imprimir certificados</translation>
    </message>
    <message>
        <source>Everyone who passed a &amp;session</source>
        <translation>Todos los aprobados de una &amp;sesión</translation>
    </message>
    <message>
        <source>A &amp;contingent or unit</source>
        <translation>Un &amp;contingente o una unidad</translation>
    </message>
    <message>
        <source>One &amp;officer</source>
        <translation>Un &amp;agente</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>Every module passed</source>
        <translation>Todos los módulos aprobados</translation>
    </message>
    <message>
        <source>Training Officer</source>
        <translation>Oficial de capacitación</translation>
    </message>
    <message>
        <source>&amp;Reissue: new certificates, with new serials</source>
        <translation>&amp;Reemitir: certificados nuevos, con números nuevos</translation>
    </message>
    <message>
        <source>Why (kept in the audit trail); needed to replace a revoked certificate</source>
        <translation>Motivo (queda en el registro de auditoría); exigido al reemplazar un certificado revocado</translation>
    </message>
    <message>
        <source>Reason for reissuing</source>
        <translation>Motivo de la reemisión</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Número de placa</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Reissue, because</source>
        <translation>Reemisión, motivo</translation>
    </message>
    <message>
        <source>There is no session to choose yet.</source>
        <translation>Todavía no hay ninguna sesión para elegir.</translation>
    </message>
    <message>
        <source>Give the officer&apos;s service number and the module.</source>
        <translation>Indique el número de placa del agente y el módulo.</translation>
    </message>
    <message>
        <source>Say why the certificates are reissued.</source>
        <translation>Indique por qué se reemiten los certificados.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Second signature</source>
        <translation>Segunda firma</translation>
    </message>
    <message>
        <source>Its title</source>
        <translation>Su cargo</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valor conservado</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Conservado de</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Otro valor</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Otro de</translation>
    </message>
    <message>
        <source>More values</source>
        <translation>Más valores</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Sites changed the same field of the same officer without seeing each other&apos;s change. Every installation shows the later edit and keeps the others here; choose which value is right. Your choice travels to the other installations with the next bundles and closes the conflict there too.</source>
        <translation>Varios sitios cambiaron el mismo campo del mismo agente sin ver el cambio del otro. Cada instalación muestra la edición más reciente y guarda las demás aquí; elija el valor correcto. Su elección llega a las demás instalaciones con los próximos paquetes y cierra también allí el conflicto.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>&amp;Mantener el valor conservado</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Usar el otro valor</translation>
    </message>
    <message>
        <source>Value to use</source>
        <translation>Valor que se usará</translation>
    </message>
    <message>
        <source>Use the &amp;chosen value</source>
        <translation>Usar el valor &amp;elegido</translation>
    </message>
    <message>
        <source>Any value:</source>
        <translation>Cualquier valor:</translation>
    </message>
    <message>
        <source>No open conflicts: every site&apos;s edits agree.</source>
        <translation>No hay conflictos abiertos: las ediciones de todos los sitios coinciden.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Resuelto.</translation>
    </message>
</context>
<context>
    <name>ContingentChooser</name>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>All my contingents</source>
        <translation>Todos mis contingentes</translation>
    </message>
</context>
<context>
    <name>CorrectResultDialog</name>
    <message>
        <source>Void a result</source>
        <translation>Anular un resultado</translation>
    </message>
    <message>
        <source>Correct a result</source>
        <translation>Corregir un resultado</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>(decided by the score or attendance)</source>
        <translation>(según la nota o la asistencia)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Reprobado</translation>
    </message>
    <message>
        <source>Why (required), e.g. score mistyped from the sheet</source>
        <translation>Por qué (obligatorio), p. ej. nota mal copiada de la hoja</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Say why the result is being changed.</source>
        <translation>Indique por qué se cambia el resultado.</translation>
    </message>
    <message>
        <source>The score must be a number from 0 to 100.</source>
        <translation>La nota debe ser un número de 0 a 100.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong in MSS Training. Nothing you saved is lost.</source>
        <translation>Algo salió mal en MSS Training. No se ha perdido nada de lo que guardó.</translation>
    </message>
    <message>
        <source>The details were saved in {0}.</source>
        <translation>Los detalles se guardaron en {0}.</translation>
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation>No se pudieron guardar los detalles.</translation>
    </message>
    <message>
        <source>{0} Please send them to your mission&apos;s MSS Training support, with what you were doing. You can carry on working.</source>
        <translation>{0} Envíelos al soporte de MSS Training de su misión, con lo que estaba haciendo. Puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
</context>
<context>
    <name>CurriculumView</name>
    <message>
        <source>Curriculum version</source>
        <translation>Versión del plan de estudios</translation>
    </message>
    <message>
        <source>Start a &amp;draft…</source>
        <translation>Iniciar un &amp;borrador…</translation>
    </message>
    <message>
        <source>&amp;New module…</source>
        <translation>&amp;Nuevo módulo…</translation>
    </message>
    <message>
        <source>&amp;Edit module…</source>
        <translation>&amp;Editar módulo…</translation>
    </message>
    <message>
        <source>&amp;Publish draft…</source>
        <translation>&amp;Publicar borrador…</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Modules by category</source>
        <translation>Módulos por categoría</translation>
    </message>
    <message>
        <source>Module details</source>
        <translation>Detalles del módulo</translation>
    </message>
    <message>
        <source>Requirement matrix</source>
        <translation>Matriz de requisitos</translation>
    </message>
    <message>
        <source>P: before deployment · I: on induction in Haiti · R: as a refresher. A contingent code limits a requirement to that contingent.</source>
        <translation>P: antes del despliegue · I: a la llegada a Haití · R: como actualización. Un código de contingente limita un requisito a ese contingente.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Who needs what</source>
        <translation>Quién necesita qué</translation>
    </message>
    <message>
        <source>Active curriculum</source>
        <translation>Plan de estudios vigente</translation>
    </message>
    <message>
        <source>Draft {0}</source>
        <translation>Borrador {0}</translation>
    </message>
    <message>
        <source>Start a draft</source>
        <translation>Iniciar un borrador</translation>
    </message>
    <message>
        <source>Version number of the new curriculum (e.g. 2027.1):</source>
        <translation>Número de versión del nuevo plan de estudios (p. ej. 2027.1):</translation>
    </message>
    <message>
        <source>Publish draft</source>
        <translation>Publicar borrador</translation>
    </message>
    <message>
        <source>Publish draft {0} as the curriculum every contingent trains to? The current version is retired; results recorded under it still count.</source>
        <translation>¿Publicar el borrador {0} como el plan de estudios de todos los contingentes? La versión actual se retira; los resultados registrados con ella siguen contando.</translation>
    </message>
    <message>
        <source>{0} · version {1} ({2})</source>
        <translation>{0} · versión {1} ({2})</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>, pass mark {0}</source>
        <translation>, nota mínima {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hours:&lt;/b&gt; {0} · &lt;b&gt;Delivery:&lt;/b&gt; {1} · &lt;b&gt;Assessment:&lt;/b&gt; {2} · &lt;b&gt;Valid for:&lt;/b&gt; {3}</source>
        <translation>&lt;b&gt;Horas:&lt;/b&gt; {0} · &lt;b&gt;Modalidad:&lt;/b&gt; {1} · &lt;b&gt;Evaluación:&lt;/b&gt; {2} · &lt;b&gt;Vigencia:&lt;/b&gt; {3}</translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation>Requisitos previos:</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Required of</source>
        <translation>Requerido a</translation>
    </message>
    <message>
        <source>{0}: every role</source>
        <translation>{0}: todos los roles</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>As of date</source>
        <translation>Fecha de referencia</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Todas las fases</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Whole mission</source>
        <translation>Toda la misión</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>agentes</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>aptos</translation>
    </message>
    <message>
        <source>expiring within 30 days</source>
        <translation>vencen en 30 días</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>no aptos</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>bloqueados</translation>
    </message>
    <message>
        <source>deployable</source>
        <translation>desplegables</translation>
    </message>
    <message>
        <source>Officers by status and contingent</source>
        <translation>Agentes por estado y contingente</translation>
    </message>
    <message>
        <source>Arrows choose a bar, Enter lists its officers; or click a bar</source>
        <translation>Las flechas eligen una barra, Intro muestra sus agentes; o haga clic en una barra</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Module completion by contingent</source>
        <translation>Módulos completados por contingente</translation>
    </message>
    <message>
        <source>Click a cell to list who still needs the module</source>
        <translation>Haga clic en una celda para ver quién necesita aún el módulo</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>expiring within %n days</source>
        <translation>
            <numerusform>vencen en %n día</numerusform>
            <numerusform>vencen en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Situación al {0}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Aptos</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No aptos</translation>
    </message>
    <message>
        <source>Deploying for</source>
        <translation>Despliegue por</translation>
    </message>
    <message>
        <source>refresher due in the tour</source>
        <translation>actualización pendiente en el despliegue</translation>
    </message>
    <message numerus="yes">
        <source>expiring within %n days or in the tour</source>
        <translation>
            <numerusform>vencen en %n día o durante el despliegue</numerusform>
            <numerusform>vencen en %n días o durante el despliegue</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {0}, through {1}</source>
        <translation>Situación al {0}, hasta el {1}</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Bloqueados</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Bases de datos (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Bases de datos (*.sqlite)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1} officers added, {2} updated.</source>
        <translation>{0} importado: {1} agentes agregados, {2} actualizados.</translation>
    </message>
    <message>
        <source>Imported {0}: {1} results in {2} sessions.</source>
        <translation>{0} importado: {1} resultados en {2} sesiones.</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Importando {0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>{0} filas exportadas a {1}.</translation>
    </message>
    <message>
        <source>Published curriculum {0}.</source>
        <translation>Plan de estudios {0} publicado.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>{0} is not a date: type it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>{0} no es una fecha: escríbala como AAAA-MM-DD, p. ej. 2026-03-01.</translation>
    </message>
    <message>
        <source>An empty field</source>
        <translation>Un campo vacío</translation>
    </message>
    <message>
        <source>{0} is not a date: there is no month {1}.</source>
        <translation>{0} no es una fecha: no existe el mes {1}.</translation>
    </message>
    <message>
        <source>{0} is not a date: that month has {1} days.</source>
        <translation>{0} no es una fecha: ese mes tiene {1} días.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Issuing certificates</source>
        <translation>Emitiendo certificados</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Reading the records</source>
        <translation>Leyendo los registros</translation>
    </message>
    <message>
        <source>Completion roster</source>
        <translation>Lista de módulos completados</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>Informe de aptitud</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>Primer registro</translation>
    </message>
    <message>
        <source>Second recorded</source>
        <translation>Segundo registro</translation>
    </message>
    <message>
        <source>Shared attendees</source>
        <translation>Participantes en común</translation>
    </message>
    <message>
        <source>Likely duplicate sessions</source>
        <translation>Sesiones probablemente duplicadas</translation>
    </message>
    <message>
        <source>Two installations recorded a session of the same module, days and place with most of the same attendees: perhaps one sign-in sheet typed twice. Merging keeps one session&apos;s results and voids the other&apos;s for the officers in both, with a reason; nothing is deleted. Or keep both if they were two sessions.</source>
        <translation>Dos instalaciones registraron una sesión del mismo módulo, en los mismos días y lugar, con casi los mismos participantes: quizá una hoja de asistencia digitada dos veces. Al fusionar se conservan los resultados de una sesión y se anulan los de la otra para los agentes que están en ambas, con un motivo; no se borra nada. O conserve ambas si fueron dos sesiones.</translation>
    </message>
    <message>
        <source>Merge, keeping the &amp;first</source>
        <translation>Fusionar conservando la &amp;primera</translation>
    </message>
    <message>
        <source>Merge, keeping the &amp;second</source>
        <translation>Fusionar conservando la &amp;segunda</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Conservar &amp;ambas</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n attendees)</source>
        <translation>
            <numerusform>{0} (%n participante)</numerusform>
            <numerusform>{0} (%n participantes)</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicate sessions.</source>
        <translation>No hay sesiones probablemente duplicadas.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export a sync bundle</source>
        <translation>Exportar un paquete de sincronización</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Anyone: everything this installation has</source>
        <translation>Cualquiera: todo lo que tiene esta instalación</translation>
    </message>
    <message>
        <source>Only results stored since</source>
        <translation>Solo los resultados guardados desde</translation>
    </message>
    <message>
        <source>Results stored since</source>
        <translation>Resultados guardados desde</translation>
    </message>
    <message>
        <source>Everything, even what the site has confirmed</source>
        <translation>Todo, incluso lo que el sitio ya confirmó</translation>
    </message>
    <message>
        <source>A bundle for a site carries what it has not yet confirmed receiving, plus all officers and sessions. Take the file to the site by USB stick or e-mail.</source>
        <translation>Un paquete para un sitio lleva lo que aún no ha confirmado haber recibido, más todos los agentes y sesiones. Lleve el archivo al sitio en una memoria USB o por correo electrónico.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Choose file and export…</source>
        <translation>&amp;Elegir archivo y exportar…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>What to import</source>
        <translation>Qué importar</translation>
    </message>
    <message>
        <source>A personnel list (roster) of a contingent</source>
        <translation>Una lista de personal de un contingente</translation>
    </message>
    <message>
        <source>An attendance and results sheet</source>
        <translation>Una hoja de asistencia y resultados</translation>
    </message>
    <message>
        <source>A .xlsx or .csv file</source>
        <translation>Un archivo .xlsx o .csv</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que se importará</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Hojas de cálculo (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose a file that exists.</source>
        <translation>Elija un archivo que exista.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator — {0}</source>
        <translation>Primer administrador — {0}</translation>
    </message>
    <message>
        <source>The database {0} has no user accounts yet. Create its first administrator, who then adds an account for each person who uses it.</source>
        <translation>La base de datos {0} aún no tiene cuentas de usuario. Cree su primer administrador, quien luego agregará una cuenta para cada persona que la use.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>HoldForm</name>
    <message>
        <source>Place a hold</source>
        <translation>Imponer un bloqueo</translation>
    </message>
    <message>
        <source>(not a vetting)</source>
        <translation>(no es una verificación)</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Termina el</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Número de placa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Vetting status</source>
        <translation>Estado de la verificación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reference (case or file)</source>
        <translation>Referencia (caso o expediente)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>HoldsActions</name>
    <message>
        <source>Eligibility holds</source>
        <translation>Bloqueos de elegibilidad</translation>
    </message>
</context>
<context>
    <name>HoldsView</name>
    <message>
        <source>Holds</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Only holds in force today</source>
        <translation>Solo los bloqueos vigentes hoy</translation>
    </message>
    <message>
        <source>&amp;Place a hold…</source>
        <translation>&amp;Imponer un bloqueo…</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Levantar…</translation>
    </message>
    <message>
        <source>An officer with a hold in force is not deployable, whatever their training. A hold is never deleted: lifting it keeps it, marked lifted.</source>
        <translation>Un agente con un bloqueo vigente no es desplegable, sea cual sea su capacitación. Un bloqueo nunca se elimina: al levantarlo se conserva, marcado como levantado.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levantado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(no visible para su rol)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Levantar</translation>
    </message>
    <message>
        <source>Choose a hold in force.</source>
        <translation>Elija un bloqueo vigente.</translation>
    </message>
    <message>
        <source>Lift hold</source>
        <translation>Levantar el bloqueo</translation>
    </message>
    <message>
        <source>Why is the {0} hold on {1} lifted? (required)</source>
        <translation>¿Por qué se levanta el bloqueo {0} de {1}? (obligatorio)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Importar {0}</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Lo que haría la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Signed by {0}, whom this installation trusts; every part checked.</source>
        <translation>Firmado por {0}, en quien confía esta instalación; cada parte verificada.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importar desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Readiness</source>
        <translation>Aptitud</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Plan de estudios</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importar desde una hoja de cálculo…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Personnel…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>&amp;Resultados…</translation>
    </message>
    <message>
        <source>Rea&amp;diness as of the dashboard&apos;s date…</source>
        <translation>Apt&amp;itud a la fecha del tablero…</translation>
    </message>
    <message>
        <source>&amp;Curriculum…</source>
        <translation>Plan de &amp;estudios…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation>Cerrar &amp;sesión…</translation>
    </message>
    <message>
        <source>Sign out, and let someone else sign in</source>
        <translation>Cerrar sesión y dejar que otra persona inicie la suya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Registros</translation>
    </message>
    <message>
        <source>&amp;New training session…</source>
        <translation>&amp;Nueva sesión de capacitación…</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>&amp;Planificar una sesión…</translation>
    </message>
    <message>
        <source>&amp;Sessions and their history</source>
        <translation>&amp;Sesiones y su historial</translation>
    </message>
    <message>
        <source>Eligibility &amp;holds…</source>
        <translation>&amp;Bloqueos de elegibilidad…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Likely &amp;duplicate sessions…</source>
        <translation>Sesiones probablemente &amp;duplicadas…</translation>
    </message>
    <message>
        <source>&amp;Sites and enrolment…</source>
        <translation>&amp;Sitios e inscripción…</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Readiness report…</source>
        <translation>Informe de &amp;aptitud…</translation>
    </message>
    <message>
        <source>Completion &amp;roster…</source>
        <translation>&amp;Lista de módulos completados…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Certificados…</translation>
    </message>
    <message>
        <source>Training &amp;plan…</source>
        <translation>&amp;Plan de capacitación…</translation>
    </message>
    <message>
        <source>What to teach a contingent, by when, to be ready on its deployment date</source>
        <translation>Qué enseñar a un contingente, y para cuándo, para que esté apto en su fecha de despliegue</translation>
    </message>
    <message>
        <source>Readiness &amp;snapshot…</source>
        <translation>&amp;Instantánea de aptitud…</translation>
    </message>
    <message>
        <source>Sign readiness as of a date with the commander&apos;s assessment</source>
        <translation>Firmar la aptitud a una fecha, con la evaluación del comandante</translation>
    </message>
    <message>
        <source>Snapshots &amp;taken…</source>
        <translation>Instantáneas &amp;tomadas…</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Verificar un certificado…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Find officer</source>
        <translation>&amp;Buscar agente</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About MSS Training</source>
        <translation>&amp;Acerca de MSS Training</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de datos: {0}</translation>
    </message>
    <message>
        <source>About MSS Training</source>
        <translation>Acerca de MSS Training</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MSS Training {0}&lt;/h3&gt;&lt;p&gt;Training records and readiness for the Multinational Security Support mission to Haiti and the Gang Suppression Force.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MSS Training {0}&lt;/h3&gt;&lt;p&gt;Registros de capacitación y aptitud para el despliegue de la Misión Multinacional de Apoyo a la Seguridad en Haití y la Fuerza de Supresión de Pandillas.&lt;/p&gt;&lt;p&gt;Base de datos: {1}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Edit module</source>
        <translation>Editar módulo</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Nuevo módulo</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>no vence nunca</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Module codes, separated by commas</source>
        <translation>Códigos de módulo, separados por comas</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Un objetivo por línea</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Contingent (optional)</source>
        <translation>Contingente (opcional)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Horas</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>E&amp;valuación</translation>
    </message>
    <message>
        <source>&amp;Pass mark</source>
        <translation>Nota &amp;mínima</translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation>&amp;Vigencia</translation>
    </message>
    <message>
        <source>P&amp;rerequisites</source>
        <translation>&amp;Requisitos previos</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objetivos</translation>
    </message>
    <message>
        <source>Re&amp;quired of</source>
        <translation>Re&amp;querido a</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Número de placa</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>{0} as of {1}</source>
        <translation>{0} al {1}</translation>
    </message>
    <message>
        <source>{0} · not deployable: held back ({1})</source>
        <translation>{0} · no desplegable: bloqueado ({1})</translation>
    </message>
    <message>
        <source>Status as of {0}</source>
        <translation>Estado al {0}</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>no vence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(no visible para su rol)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levantado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Impuesto por</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corregir…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>A correction is a new entry with a reason; nothing is overwritten.</source>
        <translation>Una corrección es una entrada nueva con un motivo; no se sobrescribe nada.</translation>
    </message>
    <message>
        <source>History of this &amp;result…</source>
        <translation>Historial de este &amp;resultado…</translation>
    </message>
    <message>
        <source>History of its &amp;session…</source>
        <translation>Historial de su &amp;sesión…</translation>
    </message>
    <message>
        <source>Result &amp;history…</source>
        <translation>&amp;Historial del resultado…</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Results and corrections</source>
        <translation>Resultados y correcciones</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Bloqueos</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>Hi&amp;storial…</translation>
    </message>
    <message>
        <source>Every audited change to this officer, their results and certificates</source>
        <translation>Cada cambio auditado de este agente, sus resultados y certificados</translation>
    </message>
    <message>
        <source>Choose a certificate that is still valid.</source>
        <translation>Elija un certificado que siga vigente.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Revocar certificado</translation>
    </message>
    <message>
        <source>Why is {0} revoked? (required)</source>
        <translation>¿Por qué se revoca {0}? (obligatorio)</translation>
    </message>
    <message>
        <source>Choose a result first.</source>
        <translation>Elija primero un resultado.</translation>
    </message>
    <message>
        <source>the {0} session ending {1}</source>
        <translation>la sesión {0} que terminó el {1}</translation>
    </message>
    <message>
        <source>That entry was already corrected; correct its latest version.</source>
        <translation>Esa entrada ya fue corregida; corrija su última versión.</translation>
    </message>
    <message>
        <source>{0}, through the tour to {1}</source>
        <translation>{0}, hasta el fin del despliegue el {1}</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Reco&amp;gnise a qualification…</source>
        <translation>Reconocer una cali&amp;ficación…</translation>
    </message>
    <message>
        <source>A pass earned outside the mission, such as at a national police academy</source>
        <translation>Un aprobado obtenido fuera de la misión, por ejemplo en una academia nacional de policía</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Edit officer</source>
        <translation>Editar agente</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Agregar un agente</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>&amp;Contingente</translation>
    </message>
    <message>
        <source>&amp;Service number</source>
        <translation>Número de &amp;placa</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Nombres</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Grado</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;oles</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>Se&amp;xo</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Deployed &amp;from</source>
        <translation>Desplegado &amp;desde</translation>
    </message>
    <message>
        <source>Deployed un&amp;til</source>
        <translation>Desplegado &amp;hasta</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s service number.</source>
        <translation>Ingrese el número de placa del agente.</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s family name.</source>
        <translation>Ingrese los apellidos del agente.</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s given names.</source>
        <translation>Ingrese los nombres del agente.</translation>
    </message>
</context>
<context>
    <name>OfficerListDialog</name>
    <message>
        <source>Service no.</source>
        <translation>N.º de placa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln officers</source>
        <translation>
            <numerusform>%Ln agente</numerusform>
            <numerusform>%Ln agentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exportar la lista</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Service no.</source>
        <translation>N.º de placa</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Restablecer la contraseña de {0}</translation>
    </message>
    <message>
        <source>At least 8 characters, known to you alone.</source>
        <translation>Al menos 8 caracteres, que solo usted conozca.</translation>
    </message>
    <message>
        <source>The account can sign in at once; a lock-out is lifted.</source>
        <translation>La cuenta puede iniciar sesión de inmediato; se levanta cualquier bloqueo.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nueva &amp;contraseña</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <source>{0} cannot be written ({1}).</source>
        <translation>No se puede escribir {0} ({1}).</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>La impresora no está lista.</translation>
    </message>
</context>
<context>
    <name>PersonnelView</name>
    <message>
        <source>Search by name or service number (Ctrl+F)</source>
        <translation>Buscar por nombre o número de placa (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search officers</source>
        <translation>Buscar agentes</translation>
    </message>
    <message>
        <source>All contingents</source>
        <translation>Todos los contingentes</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Cualquier rol</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Agregar agente…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln officers</source>
        <translation>
            <numerusform>%Ln agente</numerusform>
            <numerusform>%Ln agentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Training plan</source>
        <translation>Plan de capacitación</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>&amp;Contingente</translation>
    </message>
    <message>
        <source>&amp;Deploys on</source>
        <translation>Fecha de &amp;despliegue</translation>
    </message>
    <message>
        <source>&amp;Seats a session</source>
        <translation>&amp;Plazas por sesión</translation>
    </message>
    <message>
        <source>&amp;Tour (days)</source>
        <translation>D&amp;uración del despliegue (días)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>No antes del</translation>
    </message>
    <message>
        <source>Start by</source>
        <translation>Inicio a más tardar</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Instructores</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Service numbers</source>
        <translation>Números de placa</translation>
    </message>
    <message>
        <source>What to teach, by when</source>
        <translation>Qué enseñar y para cuándo</translation>
    </message>
    <message>
        <source>Refreshers due during the tour</source>
        <translation>Cursos de actualización que vencen durante el despliegue</translation>
    </message>
    <message>
        <source>&amp;Make the plan</source>
        <translation>&amp;Elaborar el plan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Plan s&amp;essions for this line…</source>
        <translation>Planificar las s&amp;esiones de esta línea…</translation>
    </message>
    <message>
        <source>The sessions the chosen module needs, with their attendees</source>
        <translation>Las sesiones que necesita el módulo elegido, con sus participantes</translation>
    </message>
    <message>
        <source>{0} to fill in {1} before {2}; sessions of a module run one after another, 8 hours a day, and a module ends before those that need it.</source>
        <translation>{0} por cubrir en {1} antes del {2}; las sesiones de un módulo se suceden una tras otra, 8 horas al día, y un módulo termina antes de los que lo requieren.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places</source>
        <translation>
            <numerusform>%Ln plaza</numerusform>
            <numerusform>%Ln plazas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n módulo</numerusform>
            <numerusform>%n módulos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers already expected at planned sessions are left out: {0}.</source>
        <translation>
            <numerusform>%n agente ya esperado en una sesión planificada queda fuera: {0}.</numerusform>
            <numerusform>%n agentes ya esperados en sesiones planificadas quedan fuera: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLineDialog</name>
    <message>
        <source>Plan the sessions of {0}</source>
        <translation>Planificar las sesiones de {0}</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>nombres, separados por comas</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Lu&amp;gar</translation>
    </message>
    <message>
        <source>&amp;Instructor(s)</source>
        <translation>&amp;Instructor(es)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Service numbers</source>
        <translation>Números de placa</translation>
    </message>
    <message>
        <source>Sessions to be planned</source>
        <translation>Sesiones por planificar</translation>
    </message>
    <message>
        <source>&amp;Plan these sessions</source>
        <translation>P&amp;lanificar estas sesiones</translation>
    </message>
    <message>
        <source>Say where the sessions are held.</source>
        <translation>Indique dónde se realizan las sesiones.</translation>
    </message>
    <message>
        <source>{0} of {1}: {2} of {3} for {4} at {5}, one after another, starting by {6}.</source>
        <translation>{0} de {1}: {2} de {3} para {4} con {5}, una tras otra, a más tardar desde el {6}.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers</source>
        <translation>
            <numerusform>%n agente</numerusform>
            <numerusform>%n agentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n plaza</numerusform>
            <numerusform>%n plazas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers already expected at planned sessions are left out: {0}.</source>
        <translation>
            <numerusform>%n agente ya esperado en una sesión planificada queda fuera: {0}.</numerusform>
            <numerusform>%n agentes ya esperados en sesiones planificadas quedan fuera: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>Plan a training session</source>
        <translation>Planificar una sesión de capacitación</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the first day, if left empty</source>
        <translation>el primer día, si se deja vacío</translation>
    </message>
    <message>
        <source>names; for a module taught by qualified instructors: KEN 00123; JAM 0042</source>
        <translation>nombres; si el módulo exige instructores calificados: KEN 00123; JAM 0042</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>a unit, or empty for the whole contingent</source>
        <translation>una unidad, o vacío para todo el contingente</translation>
    </message>
    <message>
        <source>&amp;Fill from unit</source>
        <translation>&amp;Rellenar desde la unidad</translation>
    </message>
    <message>
        <source>Paste service numbers, one a line or comma-separated</source>
        <translation>Pegue los números de placa, uno por línea o separados por comas</translation>
    </message>
    <message>
        <source>From a s&amp;heet…</source>
        <translation>Desde una &amp;hoja…</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet with a service_number column (and a contingent one)</source>
        <translation>Una hoja CSV o Excel con una columna service_number (y otra contingent)</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Módulo</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo día</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Lu&amp;gar</translation>
    </message>
    <message>
        <source>&amp;Instructor(s)</source>
        <translation>&amp;Instructor(es)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>Pla&amp;zas</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>&amp;Contingente</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>Expected attendees&apos; service numbers</source>
        <translation>Números de placa de los participantes previstos</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>P&amp;articipantes</translation>
    </message>
    <message>
        <source>Sheet of expected attendees</source>
        <translation>Hoja de participantes esperados</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Hojas (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>{0} attendees from {1} ({2}).</source>
        <translation>{0} participantes de {1} ({2}).</translation>
    </message>
    <message>
        <source>Not found, to correct before saving: {0}.</source>
        <translation>No encontrados, por corregir antes de guardar: {0}.</translation>
    </message>
    <message>
        <source>The list is typed now, not the sheet&apos;s.</source>
        <translation>La lista es ahora la escrita, no la de la hoja.</translation>
    </message>
    <message>
        <source>That unit has no active officers.</source>
        <translation>Esa unidad no tiene agentes activos.</translation>
    </message>
</context>
<context>
    <name>PlannedResultsDialog</name>
    <message>
        <source>Record results: {0} at {1} ({2})</source>
        <translation>Registrar resultados: {0} en {1} ({2})</translation>
    </message>
    <message>
        <source>Type each attendee&apos;s score; the pass mark is {0}.</source>
        <translation>Escriba la nota de cada participante; la nota mínima es {0}.</translation>
    </message>
    <message>
        <source>Tick Passed for each attendee who passed.</source>
        <translation>Marque Aprobado para cada participante que aprobó.</translation>
    </message>
    <message>
        <source>Attendance-only: attending is passing.</source>
        <translation>Solo asistencia: asistir es aprobar.</translation>
    </message>
    <message>
        <source>Untick Attended for anyone who did not come. {0}</source>
        <translation>Desmarque Asistió para quien no vino. {0}</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>N.º de placa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Attendees&apos; results</source>
        <translation>Resultados de los participantes</translation>
    </message>
    <message>
        <source>Contingent of the attendee to add</source>
        <translation>Contingente del participante que se añade</translation>
    </message>
    <message>
        <source>Service number of someone who came</source>
        <translation>Número de placa de alguien que vino</translation>
    </message>
    <message>
        <source>Service number to add</source>
        <translation>Número de placa que se añade</translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation>&amp;Añadir participante</translation>
    </message>
    <message>
        <source>Came on the day:</source>
        <translation>Vinieron el mismo día:</translation>
    </message>
    <message>
        <source>(added on the day)</source>
        <translation>(añadido el mismo día)</translation>
    </message>
    <message>
        <source>Type a score from 0 to 100 for {0}.</source>
        <translation>Escriba una nota de 0 a 100 para {0}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>create</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>add</source>
        <translation>agregar</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>ya registrado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Número de placa</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Deployment start</source>
        <translation>Inicio del despliegue</translation>
    </message>
    <message>
        <source>Deployment end</source>
        <translation>Fin del despliegue</translation>
    </message>
    <message>
        <source>Module code</source>
        <translation>Código del módulo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Revisar antes de importar</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>No se escribe nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>&amp;Check again with these columns</source>
        <translation>&amp;Revisar de nuevo con estas columnas</translation>
    </message>
    <message>
        <source>Rows and what will happen to them</source>
        <translation>Filas y lo que pasará con ellas</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rejected ones</source>
        <translation>Importar las filas válidas y omitir las rechazadas</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>{0} to add, {1} to update, {2} unchanged</source>
        <translation>{0} por agregar, {1} por actualizar, {2} sin cambios</translation>
    </message>
    <message>
        <source>{0} results to record in {1} sessions, {2} already recorded</source>
        <translation>{0} resultados por registrar en {1} sesiones, {2} ya registrados</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:{problem}&apos;&gt;%n row(s) rejected&lt;/span&gt;, shown in red.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{problem}&apos;&gt;%n fila rechazada&lt;/span&gt;, marcada en rojo.</numerusform>
            <numerusform>&lt;span style=&apos;color:{problem}&apos;&gt;%n filas rechazadas&lt;/span&gt;, marcadas en rojo.</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows rejected.</source>
        <translation>ninguna fila rechazada.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
</context>
<context>
    <name>RecogniseDialog</name>
    <message>
        <source>Recognise a qualification</source>
        <translation>Reconocer una calificación</translation>
    </message>
    <message>
        <source>e.g. Kenya National Police College</source>
        <translation>p. ej., Kenya National Police College</translation>
    </message>
    <message>
        <source>the certificate&apos;s number</source>
        <translation>el número del certificado</translation>
    </message>
    <message>
        <source>{0}: a pass earned outside the mission counts like the mission&apos;s own, and may qualify an instructor.</source>
        <translation>{0}: un aprobado obtenido fuera de la misión cuenta como los de la misión y puede calificar a un instructor.</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Módulo</translation>
    </message>
    <message>
        <source>&amp;Passed on</source>
        <translation>&amp;Aprobado el</translation>
    </message>
    <message>
        <source>Awarded &amp;by</source>
        <translation>Otorgado &amp;por</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referencia</translation>
    </message>
</context>
<context>
    <name>RecordSessionWizard</name>
    <message>
        <source>Record a training session</source>
        <translation>Registrar una sesión de capacitación</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
        <source>The draft cannot be kept ({0}).</source>
        <translation>No se puede conservar el borrador ({0}).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>This session is not saved yet. Keep it as a draft to finish later, or discard what was typed?</source>
        <translation>Esta sesión aún no está guardada. ¿Conservarla como borrador para terminarla más tarde, o descartar lo escrito?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Conservar borrador</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Go &amp;back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <source>Certificate {0} revoked.</source>
        <translation>Certificado {0} revocado.</translation>
    </message>
    <message>
        <source>{0}: officers who still need {1}, as of {2}</source>
        <translation>{0}: agentes que aún necesitan {1}, al {2}</translation>
    </message>
    <message>
        <source>{0}: officers {1}, as of {2}</source>
        <translation>{0}: agentes {1}, al {2}</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Sesión sin guardar</translation>
    </message>
    <message>
        <source>A session you were recording was not saved: {0}, {1}, at {2}, {3} attendees. Go on with it now?</source>
        <translation>Una sesión que estaba registrando no se guardó: {0}, {1}, en {2}, {3} participantes. ¿Continuar con ella ahora?</translation>
    </message>
    <message>
        <source>Saved {0} session: {1} results, {2} passed.</source>
        <translation>Sesión {0} guardada: {1} resultados, {2} aprobados.</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>Sesión guardada</translation>
    </message>
    <message>
        <source>{0} of {1} attendees passed {2}. Print their certificates now?</source>
        <translation>{0} de {1} participantes aprobaron {2}. ¿Imprimir sus certificados ahora?</translation>
    </message>
    <message>
        <source>{0}, through the tour to {1}</source>
        <translation>{0}, hasta el fin del despliegue el {1}</translation>
    </message>
    <message>
        <source>Qualification recognised for {0}.</source>
        <translation>Calificación reconocida para {0}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>bloqueados</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Print the readiness report</source>
        <translation>Imprimir el informe de aptitud</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>Imprimir la lista de módulos completados</translation>
    </message>
    <message>
        <source>None; for example RESTRICTED</source>
        <translation>Ninguna; por ejemplo RESTRINGIDO</translation>
    </message>
    <message>
        <source>Printed at the head and foot of every page</source>
        <translation>Impresa en la cabecera y el pie de cada página</translation>
    </message>
    <message>
        <source>A &amp;sign-off block (prepared, reviewed, approved)</source>
        <translation>Un bloque de &amp;visto bueno (elaborado, revisado, aprobado)</translation>
    </message>
    <message>
        <source>As on the dashboard</source>
        <translation>Como en el panel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Handling &amp;marking</source>
        <translation>&amp;Marca de clasificación</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>N.º de placa</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Results of each attendee</source>
        <translation>Resultados de cada participante</translation>
    </message>
    <message>
        <source>Mark &amp;everyone passed</source>
        <translation>Marcar a &amp;todos como aprobados</translation>
    </message>
    <message>
        <source>Then type F on whoever failed.</source>
        <translation>Luego escriba F para quien reprobó.</translation>
    </message>
    <message>
        <source>Type each score and press Enter for the next (pass mark {0}); untick who did not attend.</source>
        <translation>Escriba cada nota y pulse Intro para pasar a la siguiente (nota mínima {0}); desmarque a quien no asistió.</translation>
    </message>
    <message>
        <source>Mark everyone passed, then type F on whoever failed; untick who did not attend.</source>
        <translation>Marque a todos como aprobados y luego escriba F para quien reprobó; desmarque a quien no asistió.</translation>
    </message>
    <message>
        <source>to enter</source>
        <translation>por anotar</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>reprobado</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>asistió</translation>
    </message>
    <message>
        <source>Row {0} ({1}): {2}</source>
        <translation>Fila {0} ({1}): {2}</translation>
    </message>
    <message>
        <source>Attending is passing; untick who did not attend.</source>
        <translation>Asistir es aprobar; desmarque a quien no asistió.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and save</source>
        <translation>Revisar y guardar</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; · {1}&lt;/p&gt;&lt;p&gt;{2} to {3} at {4}&lt;/p&gt;&lt;p&gt;{5} attendees, {6} present, {7} passed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Failed:&lt;/b&gt; {8}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Absent:&lt;/b&gt; {9}&lt;/p&gt;&lt;p&gt;Saving records all of it at once. A result saved by mistake is corrected later with an amendment; nothing is overwritten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; · {1}&lt;/p&gt;&lt;p&gt;Del {2} al {3} en {4}&lt;/p&gt;&lt;p&gt;{5} participantes, {6} presentes, {7} aprobados.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Reprobados:&lt;/b&gt; {8}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausentes:&lt;/b&gt; {9}&lt;/p&gt;&lt;p&gt;Al guardar se registra todo a la vez. Un resultado guardado por error se corrige después con una enmienda; no se sobrescribe nada.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>Audit trail warning</source>
        <translation>Alerta del registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>Check the &amp;audit trail</source>
        <translation>Verificar el &amp;registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: %Ln entries, intact.</source>
        <translation>
            <numerusform>Registro de auditoría verificado: %Ln entrada, intacto.</numerusform>
            <numerusform>Registro de auditoría verificado: %Ln entradas, intacto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: %Ln entries, intact, {0}.</source>
        <translation>
            <numerusform>Registro de auditoría verificado: %Ln entrada, intacto, {0}.</numerusform>
            <numerusform>Registro de auditoría verificado: %Ln entradas, intacto, {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail is broken.&lt;/b&gt; {0} Someone changed the database outside MSS Training. Tell your administrator; a backup from before the change can be restored (File → Backups).</source>
        <translation>&lt;b&gt;El registro de auditoría está roto.&lt;/b&gt; {0} Alguien cambió la base de datos fuera de MSS Training. Avise a su administrador; se puede restaurar una copia anterior al cambio (Archivo → Copias de seguridad).</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>La copia automática falló: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Copia guardada en {0}.</translation>
    </message>
    <message>
        <source>Restored {0}. The database it replaced is kept as {1}.</source>
        <translation>{0} restaurada. La base reemplazada se conserva como {1}.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Recorded {0} results in {1}: {2} passed, {3} absent.</source>
        <translation>{0} resultados registrados en {1}: {2} aprobados, {3} ausentes.</translation>
    </message>
    <message>
        <source>Session {0}: {1} attendees added, {2} marked absent.</source>
        <translation>Sesión {0}: {1} participantes agregados, {2} marcados ausentes.</translation>
    </message>
    <message>
        <source>Planned a {0} session for {1} attendees: reference {2}.</source>
        <translation>Sesión de {0} planificada para {1} participantes: referencia {2}.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Criollo haitiano</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>La sesión</translation>
    </message>
    <message>
        <source>Which module, when and where.</source>
        <translation>Qué módulo, cuándo y dónde.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>e.g. MSS base, Port-au-Prince</source>
        <translation>p. ej. base de la MSS, Puerto Príncipe</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Instructores</translation>
    </message>
    <message>
        <source>Qualified instructor to add</source>
        <translation>Instructor calificado que añadir</translation>
    </message>
    <message>
        <source>Find a qualified instructor by service number or name</source>
        <translation>Buscar un instructor calificado por número de placa o nombre</translation>
    </message>
    <message>
        <source>A&amp;dd instructor</source>
        <translation>Añadir instr&amp;uctor</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Módulo</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo día</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;ugar</translation>
    </message>
    <message>
        <source>&amp;Instructor(s)</source>
        <translation>&amp;Instructor(es)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>Names, as free text</source>
        <translation>Nombres, en texto libre</translation>
    </message>
    <message>
        <source>e.g. KEN 00123; JAM 0042</source>
        <translation>p. ej. KEN 00123; JAM 0042</translation>
    </message>
    <message>
        <source>{0} is taught by qualified instructors only: each must hold {1} on the last day. Name them by contingent and service number, separated by &apos;;&apos;.</source>
        <translation>{0} solo lo imparten instructores calificados: cada uno debe tener {1} el último día. Indíquelos por contingente y número de placa, separados por «;».</translation>
    </message>
    <message>
        <source>Choose a module of the curriculum.</source>
        <translation>Elija un módulo del plan de estudios.</translation>
    </message>
    <message>
        <source>A session is recorded once it has taken place: {0}.</source>
        <translation>Una sesión se registra una vez realizada: {0}.</translation>
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
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Instructores</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Search module, place or instructor</source>
        <translation>Buscar módulo, lugar o instructor</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Buscar sesiones</translation>
    </message>
    <message>
        <source>Planned or held</source>
        <translation>Planificadas o realizadas</translation>
    </message>
    <message>
        <source>Planned and held</source>
        <translation>Planificadas y realizadas</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planificadas</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizadas</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>Desde AAAA-MM-DD</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha desde</translation>
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation>Hasta AAAA-MM-DD</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha hasta</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Any module</source>
        <translation>Cualquier módulo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>All contingents</source>
        <translation>Todos los contingentes</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>&amp;Planificar una sesión…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Choose a session to see its attendees and results.</source>
        <translation>Elija una sesión para ver sus participantes y resultados.</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Imprimir la &amp;hoja de asistencia…</translation>
    </message>
    <message>
        <source>Print &amp;certificates…</source>
        <translation>Imprimir &amp;certificados…</translation>
    </message>
    <message>
        <source>&amp;Record results…</source>
        <translation>&amp;Registrar resultados…</translation>
    </message>
    <message>
        <source>A&amp;ttendees on the day…</source>
        <translation>Participan&amp;tes del día…</translation>
    </message>
    <message>
        <source>Add who came as well, mark who was reported absent</source>
        <translation>Agregar a quienes vinieron además, marcar a quienes se reportaron ausentes</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Hi&amp;storial…</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>N.º de placa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingente</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planificada</translation>
    </message>
    <message>
        <source>held</source>
        <translation>realizada</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1} · {2} · {3} · {4} ({5})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1} · {2} · {3} · {4} ({5})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>reported absent</source>
        <translation>reportado ausente</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>el mismo día</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>History of the {0} session at {1} ({2})</source>
        <translation>Historial de la sesión de {0} en {1} ({2})</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {0}</source>
        <translation>Iniciar sesión — {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Sign in to the database {1}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Inicie sesión en la base de datos {1}.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Ingrese su usuario.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites and enrolment</source>
        <translation>Sitios e inscripción</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Esta instalación</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Huella de la clave:</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Código de inscripción</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Save identity file…</source>
        <translation>&amp;Guardar archivo de identidad…</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Código de inscripción:</translation>
    </message>
    <message>
        <source>Give the code or the identity file to the other installation; it enrols this one with them. Compare key fingerprints aloud to be sure.</source>
        <translation>Entregue el código o el archivo de identidad a la otra instalación; así inscribe a esta. Compare las huellas de clave en voz alta para estar seguros.</translation>
    </message>
    <message>
        <source>Installations known here</source>
        <translation>Instalaciones conocidas aquí</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Última recepción</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Known installations</source>
        <translation>Instalaciones conocidas</translation>
    </message>
    <message>
        <source>Paste an enrolment code (MSS1-…), or choose a file</source>
        <translation>Pegue un código de inscripción (MSS1-…) o elija un archivo</translation>
    </message>
    <message>
        <source>Code or identity file to enrol</source>
        <translation>Código o archivo de identidad para inscribir</translation>
    </message>
    <message>
        <source>Its name (with a code)</source>
        <translation>Su nombre (con un código)</translation>
    </message>
    <message>
        <source>Name of the installation to enrol</source>
        <translation>Nombre de la instalación que se inscribirá</translation>
    </message>
    <message>
        <source>Its contingents, e.g. KEN, JAM (empty: all)</source>
        <translation>Sus contingentes, p. ej. KEN, JAM (vacío: todos)</translation>
    </message>
    <message>
        <source>Take this site&apos;s records of these contingents only, e.g. KEN, JAM</source>
        <translation>Tomar de este sitio solo los registros de estos contingentes, p. ej. KEN, JAM</translation>
    </message>
    <message>
        <source>Contingents whose records are taken from it</source>
        <translation>Contingentes cuyos registros se toman de él</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Desde un &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscribir</translation>
    </message>
    <message>
        <source>Save identity file</source>
        <translation>Guardar archivo de identidad</translation>
    </message>
    <message>
        <source>Identity files (*.json)</source>
        <translation>Archivos de identidad (*.json)</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Archivo de identidad</translation>
    </message>
    <message>
        <source>Paste the other installation&apos;s code or choose its file.</source>
        <translation>Pegue el código de la otra instalación o elija su archivo.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Inscribiendo…</translation>
    </message>
    <message>
        <source>Enrolled: its bundles are now trusted here.</source>
        <translation>Inscrita: sus paquetes ahora son de confianza aquí.</translation>
    </message>
</context>
<context>
    <name>SnapshotListDialog</name>
    <message>
        <source>Readiness snapshots</source>
        <translation>Instantáneas de aptitud</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Tomada (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Aptos</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que encontró la verificación</translation>
    </message>
    <message>
        <source>Check a snapshot to recompute it from today&apos;s records as of its date.</source>
        <translation>Verifique una instantánea para recalcularla a su fecha con los registros de hoy.</translation>
    </message>
    <message>
        <source>&amp;Check against today&apos;s records</source>
        <translation>&amp;Verificar con los registros de hoy</translation>
    </message>
    <message>
        <source>&amp;Save signed file…</source>
        <translation>&amp;Guardar archivo firmado…</translation>
    </message>
    <message>
        <source>No snapshot has been taken yet.</source>
        <translation>Todavía no se ha tomado ninguna instantánea.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync bundles (*.mssync)</source>
        <translation>Paquetes de sincronización (*.mssync)</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} guardado.</translation>
    </message>
    <message>
        <source>Save sync bundle</source>
        <translation>Guardar paquete de sincronización</translation>
    </message>
    <message>
        <source>Wrote {0}: {1}.</source>
        <translation>{0} escrito: {1}.</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>Escribiendo {0}</translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation>Importar paquete de sincronización</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>Verificando {0}</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Importando {0}</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>Take a readiness snapshot</source>
        <translation>Tomar una instantánea de aptitud</translation>
    </message>
    <message>
        <source>The whole mission</source>
        <translation>Toda la misión</translation>
    </message>
    <message>
        <source>All my contingents</source>
        <translation>Todos mis contingentes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Qualified yes</source>
        <translation>Sí, con reservas</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What qualifies the assessment, if anything</source>
        <translation>Lo que matiza la evaluación, si procede</translation>
    </message>
    <message>
        <source>Readiness &amp;as of</source>
        <translation>Aptitud &amp;al</translation>
    </message>
    <message>
        <source>&amp;Covering</source>
        <translation>A&amp;lcance</translation>
    </message>
    <message>
        <source>Commander&apos;s &amp;assessment</source>
        <translation>&amp;Evaluación del comandante</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>&amp;Observaciones</translation>
    </message>
    <message>
        <source>The snapshot is signed with this installation&apos;s key and kept, so that the figure can be checked later against the records it came from.</source>
        <translation>La instantánea se firma con la clave de esta instalación y se conserva, para que la cifra pueda verificarse más tarde con los registros de los que procede.</translation>
    </message>
    <message>
        <source>Choose the commander&apos;s assessment: Yes, Qualified yes or No.</source>
        <translation>Elija la evaluación del comandante: «Sí», «Sí, con reservas» o «No».</translation>
    </message>
    <message>
        <source>&amp;Language of its PDF</source>
        <translation>Id&amp;ioma de su PDF</translation>
    </message>
    <message>
        <source>Deploying &amp;for</source>
        <translation>&amp;Despliegue por</translation>
    </message>
</context>
<context>
    <name>TourDaysField</name>
    <message>
        <source>on the day only</source>
        <translation>solo ese día</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Deploying for this many days</source>
        <translation>Despliegue por este número de días</translation>
    </message>
    <message>
        <source>Deploying on the as-of date for this many days: what lapses during the tour</source>
        <translation>Despliegue en la fecha de situación por este número de días: lo que vence durante el despliegue</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contingents</source>
        <translation>Contingentes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Cuentas de usuario</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modificar…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Accounts are disabled, never deleted, so that the records they made keep a known author. Changes apply from the account&apos;s next sign-in.</source>
        <translation>Las cuentas se desactivan, nunca se borran, para que sus registros conserven un autor conocido. Los cambios rigen desde el próximo inicio de sesión de la cuenta.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verificar un certificado</translation>
    </message>
    <message>
        <source>Paste the code printed at the foot of the certificate or scanned from its QR, or type its serial (MSS-…)</source>
        <translation>Pegue el código impreso al pie del certificado o leído de su QR, o escriba su número (MSS-…)</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Código de verificación</translation>
    </message>
    <message>
        <source>&amp;Check code</source>
        <translation>&amp;Verificar código</translation>
    </message>
    <message>
        <source>Check a &amp;PDF…</source>
        <translation>Verificar un &amp;PDF…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Works offline: no network is needed.</source>
        <translation>Funciona sin conexión: no se necesita red.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Certificate PDF</source>
        <translation>PDF del certificado</translation>
    </message>
</context>
</TS>
