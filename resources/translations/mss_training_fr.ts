<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountActions</name>
    <message>
        <source>Signed in as {0} · {1} · {2}</source>
        <translation>Connecté : {0} · {1} · {2}</translation>
    </message>
    <message>
        <source>The window shows {0} the next time it opens.</source>
        <translation>La fenêtre s&apos;affichera en {0} à sa prochaine ouverture.</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Change account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Tick no contingent for all of them. Only training officers and commanders can be limited.</source>
        <translation>Ne cochez aucun contingent pour les donner tous. Seuls les officiers de formation et les commandants peuvent être limités.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Limited to &amp;contingents</source>
        <translation>Limité aux &amp;contingents</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>AttendeesOnTheDayDialog</name>
    <message>
        <source>Attendees on the day: {0} at {1} ({2})</source>
        <translation>Participants du jour : {0} à {1} ({2})</translation>
    </message>
    <message>
        <source>Tick Absent for whoever is reported absent; add whoever came as well. The results then start from this.</source>
        <translation>Cochez Absent pour chaque participant signalé absent ; ajoutez ceux qui sont venus en plus. Les résultats partiront de là.</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Expected attendees</source>
        <translation>Participants attendus</translation>
    </message>
    <message>
        <source>Contingent of the attendees to add</source>
        <translation>Contingent des participants à ajouter</translation>
    </message>
    <message>
        <source>Service numbers of those who came as well</source>
        <translation>Matricules de ceux qui sont venus en plus</translation>
    </message>
    <message>
        <source>Service numbers to add</source>
        <translation>Matricules à ajouter</translation>
    </message>
    <message>
        <source>Came as &amp;well:</source>
        <translation>Venus en &amp;plus :</translation>
    </message>
    <message>
        <source>Tick someone absent or type who came as well, or Cancel.</source>
        <translation>Cochez un absent ou saisissez qui est venu en plus, ou bien Annulez.</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tick who attended, or paste their service numbers, one per line.</source>
        <translation>Cochez les présents, ou collez leurs matricules, un par ligne.</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Officers to choose from</source>
        <translation>Agents à choisir</translation>
    </message>
    <message>
        <source>Tick &amp;all shown</source>
        <translation>Cocher &amp;tous ceux affichés</translation>
    </message>
    <message>
        <source>Paste service numbers here</source>
        <translation>Collez les matricules ici</translation>
    </message>
    <message>
        <source>A&amp;dd pasted numbers</source>
        <translation>A&amp;jouter les matricules collés</translation>
    </message>
    <message>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Imprimer la &amp;feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <source>Not found: {0}</source>
        <translation>Introuvables : {0}</translation>
    </message>
    <message>
        <source>Not found in your account&apos;s contingents ({0}): {1}</source>
        <translation>Introuvables dans les contingents de votre compte ({0}) : {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n attendees chosen</source>
        <translation>
            <numerusform>%n participant choisi</numerusform>
            <numerusform>%n participants choisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Historique de {0}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, oldest first. Entries are never changed or deleted.</source>
        <translation>{0}, des plus anciennes aux plus récentes. Les entrées ne sont jamais modifiées ni supprimées.</translation>
    </message>
    <message>
        <source>No entries name this record: it came in with a bulk import or a demo mission, which write one entry for all their rows.</source>
        <translation>Aucune entrée ne nomme cet enregistrement : il provient d&apos;une importation en masse ou d&apos;une mission de démonstration, qui écrivent une seule entrée pour toutes leurs lignes.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Back up when the app opens and closes (once a day)</source>
        <translation>Sauvegarder en ouvrant et en fermant (une fois par jour)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Copies are named after the database and the day. Keep one folder on another disk or a USB stick if you can: a copy on the same disk dies with it.</source>
        <translation>Les copies portent le nom de la base de données et du jour. Gardez si possible un dossier sur un autre disque ou une clé USB : une copie sur le même disque disparaît avec lui.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Keep a copy for each of the last</source>
        <translation>Garder une copie pour chacun des derniers</translation>
    </message>
    <message>
        <source>and one for each of the last</source>
        <translation>et une pour chacune des dernières</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Bases de données (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Replace the database with {0}?

Everything recorded since that copy was made will no longer show. The current database is kept aside, renamed with today&apos;s date and time, so nothing is deleted.</source>
        <translation>Remplacer la base de données par {0} ?

Tout ce qui a été enregistré depuis cette copie n&apos;apparaîtra plus. La base actuelle est mise de côté, renommée avec la date et l&apos;heure d&apos;aujourd&apos;hui : rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Restore another installation&apos;s copy</source>
        <translation>Restaurer la copie d&apos;une autre installation</translation>
    </message>
    <message>
        <source>{0}

Restore {1} anyway?</source>
        <translation>{0}

Restaurer {1} quand même ?</translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <source>Planned {0} {1} sessions: {2}.</source>
        <translation>{0} sessions {1} planifiées : {2}.</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>Plan de formation</translation>
    </message>
    <message>
        <source>Snapshot {0} taken: {1} of {2} officers ready.</source>
        <translation>Relevé {0} établi : {1} agents aptes sur {2}.</translation>
    </message>
    <message>
        <source>Readiness snapshot</source>
        <translation>Relevé d&apos;aptitude</translation>
    </message>
    <message>
        <source>Save the signed snapshot</source>
        <translation>Enregistrer le relevé signé</translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Relevés (*.json)</translation>
    </message>
    <message>
        <source>Saved the snapshot to {0}.</source>
        <translation>Relevé enregistré dans {0}.</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>English and French</source>
        <translation>Anglais et français</translation>
    </message>
    <message>
        <source>English and Spanish</source>
        <translation>Anglais et espagnol</translation>
    </message>
    <message>
        <source>English and Haitian Creole</source>
        <translation>Anglais et créole haïtien</translation>
    </message>
    <message>
        <source>Print certificates</source>
        <translation>Imprimer les certificats</translation>
    </message>
    <message>
        <source>Everyone who passed a &amp;session</source>
        <translation>Tous les reçus d&apos;une &amp;session</translation>
    </message>
    <message>
        <source>A &amp;contingent or unit</source>
        <translation>Un &amp;contingent ou une unité</translation>
    </message>
    <message>
        <source>One &amp;officer</source>
        <translation>Un &amp;agent</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <source>Every module passed</source>
        <translation>Tous les modules réussis</translation>
    </message>
    <message>
        <source>Training Officer</source>
        <translation>Officier de formation</translation>
    </message>
    <message>
        <source>&amp;Reissue: new certificates, with new serials</source>
        <translation>&amp;Rééditer : nouveaux certificats, nouveaux numéros</translation>
    </message>
    <message>
        <source>Why (kept in the audit trail); needed to replace a revoked certificate</source>
        <translation>Pourquoi (conservé dans le journal d&apos;audit) ; requis pour remplacer un certificat révoqué</translation>
    </message>
    <message>
        <source>Reason for reissuing</source>
        <translation>Motif de la réédition</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reissue, because</source>
        <translation>Réédition, motif</translation>
    </message>
    <message>
        <source>There is no session to choose yet.</source>
        <translation>Il n&apos;y a encore aucune session à choisir.</translation>
    </message>
    <message>
        <source>Give the officer&apos;s service number and the module.</source>
        <translation>Indiquez le matricule de l&apos;agent et le module.</translation>
    </message>
    <message>
        <source>Say why the certificates are reissued.</source>
        <translation>Indiquez pourquoi les certificats sont réédités.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Second signature</source>
        <translation>Seconde signature</translation>
    </message>
    <message>
        <source>Its title</source>
        <translation>Sa fonction</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept value</source>
        <translation>Valeur retenue</translation>
    </message>
    <message>
        <source>Kept from</source>
        <translation>Retenue de</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Autre valeur</translation>
    </message>
    <message>
        <source>Other from</source>
        <translation>Autre de</translation>
    </message>
    <message>
        <source>More values</source>
        <translation>Autres valeurs</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflits de synchronisation</translation>
    </message>
    <message>
        <source>Sites changed the same field of the same officer without seeing each other&apos;s change. Every installation shows the later edit and keeps the others here; choose which value is right. Your choice travels to the other installations with the next bundles and closes the conflict there too.</source>
        <translation>Des sites ont modifié le même champ du même agent sans voir la modification de l&apos;autre. Chaque installation affiche la modification la plus récente et garde les autres ici ; choisissez la bonne valeur. Votre choix part vers les autres installations avec les prochains lots et y clôt aussi le conflit.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits ouverts</translation>
    </message>
    <message>
        <source>&amp;Keep the kept value</source>
        <translation>&amp;Garder la valeur retenue</translation>
    </message>
    <message>
        <source>&amp;Use the other value</source>
        <translation>&amp;Utiliser l&apos;autre valeur</translation>
    </message>
    <message>
        <source>Value to use</source>
        <translation>Valeur à utiliser</translation>
    </message>
    <message>
        <source>Use the &amp;chosen value</source>
        <translation>Utiliser la valeur &amp;choisie</translation>
    </message>
    <message>
        <source>Any value:</source>
        <translation>Toute valeur :</translation>
    </message>
    <message>
        <source>No open conflicts: every site&apos;s edits agree.</source>
        <translation>Aucun conflit ouvert : les modifications de tous les sites concordent.</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Résolu.</translation>
    </message>
</context>
<context>
    <name>ContingentChooser</name>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>All my contingents</source>
        <translation>Tous mes contingents</translation>
    </message>
</context>
<context>
    <name>CorrectResultDialog</name>
    <message>
        <source>Void a result</source>
        <translation>Annuler un résultat</translation>
    </message>
    <message>
        <source>Correct a result</source>
        <translation>Corriger un résultat</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>(decided by the score or attendance)</source>
        <translation>(selon la note ou la présence)</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Why (required), e.g. score mistyped from the sheet</source>
        <translation>Pourquoi (obligatoire), p. ex. note mal recopiée de la feuille</translation>
    </message>
    <message>
        <source>&amp;Score</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Say why the result is being changed.</source>
        <translation>Indiquez pourquoi le résultat est modifié.</translation>
    </message>
    <message>
        <source>The score must be a number from 0 to 100.</source>
        <translation>La note doit être un nombre de 0 à 100.</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong in MSS Training. Nothing you saved is lost.</source>
        <translation>Un problème est survenu dans MSS Training. Rien de ce que vous avez enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The details were saved in {0}.</source>
        <translation>Les détails ont été enregistrés dans {0}.</translation>
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation>Les détails n&apos;ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>{0} Please send them to your mission&apos;s MSS Training support, with what you were doing. You can carry on working.</source>
        <translation>{0} Merci de les envoyer au support MSS Training de votre mission, avec ce que vous faisiez. Vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>CurriculumView</name>
    <message>
        <source>Curriculum version</source>
        <translation>Version du programme</translation>
    </message>
    <message>
        <source>Start a &amp;draft…</source>
        <translation>Commencer un &amp;brouillon…</translation>
    </message>
    <message>
        <source>&amp;New module…</source>
        <translation>&amp;Nouveau module…</translation>
    </message>
    <message>
        <source>&amp;Edit module…</source>
        <translation>&amp;Modifier le module…</translation>
    </message>
    <message>
        <source>&amp;Publish draft…</source>
        <translation>&amp;Publier le brouillon…</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Modules by category</source>
        <translation>Modules par catégorie</translation>
    </message>
    <message>
        <source>Module details</source>
        <translation>Détails du module</translation>
    </message>
    <message>
        <source>Requirement matrix</source>
        <translation>Matrice des exigences</translation>
    </message>
    <message>
        <source>P: before deployment · I: on induction in Haiti · R: as a refresher. A contingent code limits a requirement to that contingent.</source>
        <translation>P : avant le déploiement · I : à l&apos;accueil en Haïti · R : en recyclage. Un code de contingent limite une exigence à ce contingent.</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Who needs what</source>
        <translation>Qui doit suivre quoi</translation>
    </message>
    <message>
        <source>Active curriculum</source>
        <translation>Programme en vigueur</translation>
    </message>
    <message>
        <source>Draft {0}</source>
        <translation>Brouillon {0}</translation>
    </message>
    <message>
        <source>Start a draft</source>
        <translation>Commencer un brouillon</translation>
    </message>
    <message>
        <source>Version number of the new curriculum (e.g. 2027.1):</source>
        <translation>Numéro de version du nouveau programme (p. ex. 2027.1) :</translation>
    </message>
    <message>
        <source>Publish draft</source>
        <translation>Publier le brouillon</translation>
    </message>
    <message>
        <source>Publish draft {0} as the curriculum every contingent trains to? The current version is retired; results recorded under it still count.</source>
        <translation>Publier le brouillon {0} comme programme de formation de tous les contingents ? La version actuelle est retirée ; les résultats enregistrés sous elle restent valables.</translation>
    </message>
    <message>
        <source>{0} · version {1} ({2})</source>
        <translation>{0} · version {1} ({2})</translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>, pass mark {0}</source>
        <translation>, note de passage {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hours:&lt;/b&gt; {0} · &lt;b&gt;Delivery:&lt;/b&gt; {1} · &lt;b&gt;Assessment:&lt;/b&gt; {2} · &lt;b&gt;Valid for:&lt;/b&gt; {3}</source>
        <translation>&lt;b&gt;Heures :&lt;/b&gt; {0} · &lt;b&gt;Modalité :&lt;/b&gt; {1} · &lt;b&gt;Évaluation :&lt;/b&gt; {2} · &lt;b&gt;Validité :&lt;/b&gt; {3}</translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation>Prérequis :</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Required of</source>
        <translation>Exigé de</translation>
    </message>
    <message>
        <source>{0}: every role</source>
        <translation>{0} : tous les rôles</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>As of date</source>
        <translation>Date de référence</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Whole mission</source>
        <translation>Toute la mission</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>officers</source>
        <translation>agents</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>aptes</translation>
    </message>
    <message>
        <source>expiring within 30 days</source>
        <translation>expirent dans les 30 jours</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>non aptes</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>bloqués</translation>
    </message>
    <message>
        <source>deployable</source>
        <translation>déployables</translation>
    </message>
    <message>
        <source>Officers by status and contingent</source>
        <translation>Agents par statut et contingent</translation>
    </message>
    <message>
        <source>Arrows choose a bar, Enter lists its officers; or click a bar</source>
        <translation>Les flèches choisissent une barre, Entrée liste ses agents ; ou cliquez sur une barre</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Module completion by contingent</source>
        <translation>Modules achevés par contingent</translation>
    </message>
    <message>
        <source>Click a cell to list who still needs the module</source>
        <translation>Cliquez sur une case pour voir qui doit encore suivre le module</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message numerus="yes">
        <source>expiring within %n days</source>
        <translation>
            <numerusform>expirent dans %n jour</numerusform>
            <numerusform>expirent dans les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Situation au {0}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Aptes</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expirent bientôt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Non aptes</translation>
    </message>
    <message>
        <source>Deploying for</source>
        <translation>Déploiement pour</translation>
    </message>
    <message>
        <source>refresher due in the tour</source>
        <translation>recyclage à faire pendant le déploiement</translation>
    </message>
    <message numerus="yes">
        <source>expiring within %n days or in the tour</source>
        <translation>
            <numerusform>expirent dans %n jour ou pendant le déploiement</numerusform>
            <numerusform>expirent dans les %n jours ou pendant le déploiement</numerusform>
        </translation>
    </message>
    <message>
        <source>As of {0}, through {1}</source>
        <translation>Situation au {0}, jusqu&apos;au {1}</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Bloqués</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Databases (*.sqlite *.db)</source>
        <translation>Bases de données (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Databases (*.sqlite)</source>
        <translation>Bases de données (*.sqlite)</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1} officers added, {2} updated.</source>
        <translation>{0} importé : {1} agents ajoutés, {2} mis à jour.</translation>
    </message>
    <message>
        <source>Imported {0}: {1} results in {2} sessions.</source>
        <translation>{0} importé : {1} résultats dans {2} sessions.</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Importation de {0}</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported {0} rows to {1}.</source>
        <translation>{0} lignes exportées vers {1}.</translation>
    </message>
    <message>
        <source>Published curriculum {0}.</source>
        <translation>Programme {0} publié.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>{0} is not a date: type it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>{0} n&apos;est pas une date : saisissez-la sous la forme AAAA-MM-JJ, p. ex. 2026-03-01.</translation>
    </message>
    <message>
        <source>An empty field</source>
        <translation>Un champ vide</translation>
    </message>
    <message>
        <source>{0} is not a date: there is no month {1}.</source>
        <translation>{0} n&apos;est pas une date : il n&apos;y a pas de mois {1}.</translation>
    </message>
    <message>
        <source>{0} is not a date: that month has {1} days.</source>
        <translation>{0} n&apos;est pas une date : ce mois compte {1} jours.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Issuing certificates</source>
        <translation>Émission des certificats</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Reading the records</source>
        <translation>Lecture des dossiers</translation>
    </message>
    <message>
        <source>Completion roster</source>
        <translation>État des formations suivies</translation>
    </message>
    <message>
        <source>Readiness report</source>
        <translation>Rapport d&apos;aptitude</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>First recorded</source>
        <translation>Première saisie</translation>
    </message>
    <message>
        <source>Second recorded</source>
        <translation>Seconde saisie</translation>
    </message>
    <message>
        <source>Shared attendees</source>
        <translation>Participants communs</translation>
    </message>
    <message>
        <source>Likely duplicate sessions</source>
        <translation>Sessions probablement en double</translation>
    </message>
    <message>
        <source>Two installations recorded a session of the same module, days and place with most of the same attendees: perhaps one sign-in sheet typed twice. Merging keeps one session&apos;s results and voids the other&apos;s for the officers in both, with a reason; nothing is deleted. Or keep both if they were two sessions.</source>
        <translation>Deux installations ont enregistré une session du même module, aux mêmes jours et au même lieu, avec presque les mêmes participants : peut-être une feuille d&apos;émargement saisie deux fois. La fusion garde les résultats d&apos;une session et annule ceux de l&apos;autre pour les agents présents dans les deux, avec un motif ; rien n&apos;est supprimé. Ou gardez les deux s&apos;il s&apos;agissait de deux sessions.</translation>
    </message>
    <message>
        <source>Merge, keeping the &amp;first</source>
        <translation>Fusionner en gardant la &amp;première</translation>
    </message>
    <message>
        <source>Merge, keeping the &amp;second</source>
        <translation>Fusionner en gardant la &amp;seconde</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Garder les &amp;deux</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n attendees)</source>
        <translation>
            <numerusform>{0} (%n participant)</numerusform>
            <numerusform>{0} (%n participants)</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely duplicate sessions.</source>
        <translation>Aucune session probablement en double.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>ExportBundleDialog</name>
    <message>
        <source>Export a sync bundle</source>
        <translation>Exporter un lot de synchronisation</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Anyone: everything this installation has</source>
        <translation>Tout destinataire : tout ce que contient cette installation</translation>
    </message>
    <message>
        <source>Only results stored since</source>
        <translation>Seulement les résultats enregistrés depuis</translation>
    </message>
    <message>
        <source>Results stored since</source>
        <translation>Résultats enregistrés depuis</translation>
    </message>
    <message>
        <source>Everything, even what the site has confirmed</source>
        <translation>Tout, même ce que le site a confirmé</translation>
    </message>
    <message>
        <source>A bundle for a site carries what it has not yet confirmed receiving, plus all officers and sessions. Take the file to the site by USB stick or e-mail.</source>
        <translation>Un lot destiné à un site contient ce dont il n&apos;a pas encore confirmé la réception, plus tous les agents et toutes les sessions. Portez le fichier au site par clé USB ou par courriel.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <source>&amp;Choose file and export…</source>
        <translation>&amp;Choisir le fichier et exporter…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>What to import</source>
        <translation>Quoi importer</translation>
    </message>
    <message>
        <source>A personnel list (roster) of a contingent</source>
        <translation>Une liste du personnel d&apos;un contingent</translation>
    </message>
    <message>
        <source>An attendance and results sheet</source>
        <translation>Une feuille de présence et de résultats</translation>
    </message>
    <message>
        <source>A .xlsx or .csv file</source>
        <translation>Un fichier .xlsx ou .csv</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt)</source>
        <translation>Feuilles de calcul (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose a file that exists.</source>
        <translation>Choisissez un fichier existant.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>First administrator — {0}</source>
        <translation>Premier administrateur — {0}</translation>
    </message>
    <message>
        <source>The database {0} has no user accounts yet. Create its first administrator, who then adds an account for each person who uses it.</source>
        <translation>La base de données {0} n&apos;a encore aucun compte. Créez son premier administrateur, qui ajoutera ensuite un compte pour chaque utilisateur.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nom complet</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>HoldForm</name>
    <message>
        <source>Place a hold</source>
        <translation>Placer un blocage</translation>
    </message>
    <message>
        <source>(not a vetting)</source>
        <translation>(pas une vérification)</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Prend fin le</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Vetting status</source>
        <translation>État de la vérification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reference (case or file)</source>
        <translation>Référence (affaire ou dossier)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>HoldsActions</name>
    <message>
        <source>Eligibility holds</source>
        <translation>Blocages d&apos;éligibilité</translation>
    </message>
</context>
<context>
    <name>HoldsView</name>
    <message>
        <source>Holds</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Only holds in force today</source>
        <translation>Seulement les blocages en vigueur aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Place a hold…</source>
        <translation>&amp;Placer un blocage…</translation>
    </message>
    <message>
        <source>&amp;Lift…</source>
        <translation>&amp;Lever…</translation>
    </message>
    <message>
        <source>An officer with a hold in force is not deployable, whatever their training. A hold is never deleted: lifting it keeps it, marked lifted.</source>
        <translation>Un agent sous le coup d&apos;un blocage en vigueur n&apos;est pas déployable, quelle que soit sa formation. Un blocage n&apos;est jamais supprimé : une fois levé, il est conservé et marqué levé.</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levé le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(non visible pour votre rôle)</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Choose a hold in force.</source>
        <translation>Choisissez un blocage en vigueur.</translation>
    </message>
    <message>
        <source>Lift hold</source>
        <translation>Lever le blocage</translation>
    </message>
    <message>
        <source>Why is the {0} hold on {1} lifted? (required)</source>
        <translation>Pourquoi le blocage {0} de {1} est-il levé ? (obligatoire)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import {0}</source>
        <translation>Importer {0}</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Ce que ferait l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Signed by {0}, whom this installation trusts; every part checked.</source>
        <translation>Signé par {0}, à qui cette installation fait confiance ; chaque partie vérifiée.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>Importer depuis une feuille de calcul</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>LongJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Readiness</source>
        <translation>Aptitude</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation>&amp;Importer depuis une feuille de calcul…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Personnel…</source>
        <translation>&amp;Personnel…</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>&amp;Résultats…</translation>
    </message>
    <message>
        <source>Rea&amp;diness as of the dashboard&apos;s date…</source>
        <translation>&amp;Aptitude à la date du tableau de bord…</translation>
    </message>
    <message>
        <source>&amp;Curriculum…</source>
        <translation>Pro&amp;gramme…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Sign out…</source>
        <translation>Se &amp;déconnecter…</translation>
    </message>
    <message>
        <source>Sign out, and let someone else sign in</source>
        <translation>Se déconnecter et laisser quelqu&apos;un d&apos;autre se connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>&amp;New training session…</source>
        <translation>&amp;Nouvelle session de formation…</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>&amp;Planifier une session…</translation>
    </message>
    <message>
        <source>&amp;Sessions and their history</source>
        <translation>&amp;Sessions et leur historique</translation>
    </message>
    <message>
        <source>Eligibility &amp;holds…</source>
        <translation>&amp;Blocages d&apos;éligibilité…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Exporter un lot…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Importer un lot…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>Likely &amp;duplicate sessions…</source>
        <translation>Sessions probablement en &amp;double…</translation>
    </message>
    <message>
        <source>&amp;Sites and enrolment…</source>
        <translation>&amp;Sites et enrôlement…</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;Readiness report…</source>
        <translation>Rapport d&apos;&amp;aptitude…</translation>
    </message>
    <message>
        <source>Completion &amp;roster…</source>
        <translation>État des &amp;formations suivies…</translation>
    </message>
    <message>
        <source>&amp;Certificates…</source>
        <translation>&amp;Certificats…</translation>
    </message>
    <message>
        <source>Training &amp;plan…</source>
        <translation>&amp;Plan de formation…</translation>
    </message>
    <message>
        <source>What to teach a contingent, by when, to be ready on its deployment date</source>
        <translation>Ce qu&apos;il faut enseigner à un contingent, et pour quand, pour qu&apos;il soit apte à sa date de déploiement</translation>
    </message>
    <message>
        <source>Readiness &amp;snapshot…</source>
        <translation>&amp;Relevé d&apos;aptitude…</translation>
    </message>
    <message>
        <source>Sign readiness as of a date with the commander&apos;s assessment</source>
        <translation>Signer l&apos;aptitude à une date, avec l&apos;appréciation du commandant</translation>
    </message>
    <message>
        <source>Snapshots &amp;taken…</source>
        <translation>Relevés &amp;établis…</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Vérifier un certificat…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find officer</source>
        <translation>&amp;Trouver un agent</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About MSS Training</source>
        <translation>À &amp;propos de MSS Training</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Database: {0}</source>
        <translation>Base de données : {0}</translation>
    </message>
    <message>
        <source>About MSS Training</source>
        <translation>À propos de MSS Training</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MSS Training {0}&lt;/h3&gt;&lt;p&gt;Training records and readiness for the Multinational Security Support mission to Haiti and the Gang Suppression Force.&lt;/p&gt;&lt;p&gt;Database: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MSS Training {0}&lt;/h3&gt;&lt;p&gt;Dossiers de formation et aptitude au déploiement pour la Mission multinationale d&apos;appui à la sécurité en Haïti et la Force de répression des gangs.&lt;/p&gt;&lt;p&gt;Base de données : {1}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModuleEditor</name>
    <message>
        <source>Edit module</source>
        <translation>Modifier le module</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Nouveau module</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Module codes, separated by commas</source>
        <translation>Codes de modules, séparés par des virgules</translation>
    </message>
    <message>
        <source>One objective per line</source>
        <translation>Un objectif par ligne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Contingent (optional)</source>
        <translation>Contingent (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;atégorie</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Modalité</translation>
    </message>
    <message>
        <source>A&amp;ssessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Pass mark</source>
        <translation>Note de &amp;passage</translation>
    </message>
    <message>
        <source>&amp;Valid for</source>
        <translation>&amp;Validité</translation>
    </message>
    <message>
        <source>P&amp;rerequisites</source>
        <translation>P&amp;rérequis</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>Re&amp;quired of</source>
        <translation>E&amp;xigé de</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>{0} as of {1}</source>
        <translation>{0} au {1}</translation>
    </message>
    <message>
        <source>{0} · not deployable: held back ({1})</source>
        <translation>{0} · non déployable : bloqué ({1})</translation>
    </message>
    <message>
        <source>Status as of {0}</source>
        <translation>Statut au {0}</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>n&apos;expire pas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>(not shown to your role)</source>
        <translation>(non visible pour votre rôle)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation>Levé le</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Placé par</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Annuler…</translation>
    </message>
    <message>
        <source>A correction is a new entry with a reason; nothing is overwritten.</source>
        <translation>Une correction est une nouvelle entrée avec un motif ; rien n&apos;est écrasé.</translation>
    </message>
    <message>
        <source>History of this &amp;result…</source>
        <translation>Historique de ce &amp;résultat…</translation>
    </message>
    <message>
        <source>History of its &amp;session…</source>
        <translation>Historique de sa &amp;session…</translation>
    </message>
    <message>
        <source>Result &amp;history…</source>
        <translation>&amp;Historique du résultat…</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Results and corrections</source>
        <translation>Résultats et corrections</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Blocages</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>Hi&amp;storique…</translation>
    </message>
    <message>
        <source>Every audited change to this officer, their results and certificates</source>
        <translation>Chaque modification auditée de cet agent, de ses résultats et certificats</translation>
    </message>
    <message>
        <source>Choose a certificate that is still valid.</source>
        <translation>Choisissez un certificat encore valide.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Révoquer le certificat</translation>
    </message>
    <message>
        <source>Why is {0} revoked? (required)</source>
        <translation>Pourquoi {0} est-il révoqué ? (obligatoire)</translation>
    </message>
    <message>
        <source>Choose a result first.</source>
        <translation>Choisissez d&apos;abord un résultat.</translation>
    </message>
    <message>
        <source>the {0} session ending {1}</source>
        <translation>la session {0} terminée le {1}</translation>
    </message>
    <message>
        <source>That entry was already corrected; correct its latest version.</source>
        <translation>Cette entrée a déjà été corrigée ; corrigez sa dernière version.</translation>
    </message>
    <message>
        <source>{0}, through the tour to {1}</source>
        <translation>{0}, jusqu&apos;à la fin du déploiement le {1}</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Reco&amp;gnise a qualification…</source>
        <translation>Reconnaître une &amp;qualification…</translation>
    </message>
    <message>
        <source>A pass earned outside the mission, such as at a national police academy</source>
        <translation>Une réussite obtenue hors de la mission, par exemple dans une école nationale de police</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Edit officer</source>
        <translation>Modifier l&apos;agent</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Ajouter un agent</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>&amp;Contingent</translation>
    </message>
    <message>
        <source>&amp;Service number</source>
        <translation>&amp;Matricule</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Given names</source>
        <translation>&amp;Prénoms</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Grade</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>R&amp;oles</source>
        <translation>R&amp;ôles</translation>
    </message>
    <message>
        <source>Gen&amp;der</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>Deployed &amp;from</source>
        <translation>Déployé &amp;du</translation>
    </message>
    <message>
        <source>Deployed un&amp;til</source>
        <translation>Déployé &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s service number.</source>
        <translation>Saisissez le matricule de l&apos;agent.</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s family name.</source>
        <translation>Saisissez le nom de l&apos;agent.</translation>
    </message>
    <message>
        <source>Enter the officer&apos;s given names.</source>
        <translation>Saisissez les prénoms de l&apos;agent.</translation>
    </message>
</context>
<context>
    <name>OfficerListDialog</name>
    <message>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Manques</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln officers</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
</context>
<context>
    <name>OfficerTableModel</name>
    <message>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Reset the password of {0}</source>
        <translation>Réinitialiser le mot de passe de {0}</translation>
    </message>
    <message>
        <source>At least 8 characters, known to you alone.</source>
        <translation>Au moins 8 caractères, connus de vous seul.</translation>
    </message>
    <message>
        <source>The account can sign in at once; a lock-out is lifted.</source>
        <translation>Le compte peut se connecter aussitôt ; un blocage est levé.</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nouveau &amp;mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>{0} cannot be written ({1}).</source>
        <translation>Impossible d&apos;écrire {0} ({1}).</translation>
    </message>
    <message>
        <source>The printer is not ready.</source>
        <translation>L&apos;imprimante n&apos;est pas prête.</translation>
    </message>
</context>
<context>
    <name>PersonnelView</name>
    <message>
        <source>Search by name or service number (Ctrl+F)</source>
        <translation>Rechercher par nom ou matricule (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search officers</source>
        <translation>Rechercher des agents</translation>
    </message>
    <message>
        <source>All contingents</source>
        <translation>Tous les contingents</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Tout rôle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add officer…</source>
        <translation>&amp;Ajouter un agent…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message numerus="yes">
        <source>%Ln officers</source>
        <translation>
            <numerusform>%Ln agent</numerusform>
            <numerusform>%Ln agents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Training plan</source>
        <translation>Plan de formation</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>&amp;Contingent</translation>
    </message>
    <message>
        <source>&amp;Deploys on</source>
        <translation>&amp;Déploiement le</translation>
    </message>
    <message>
        <source>&amp;Seats a session</source>
        <translation>&amp;Places par session</translation>
    </message>
    <message>
        <source>&amp;Tour (days)</source>
        <translation>D&amp;urée du déploiement (jours)</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Pas avant le</translation>
    </message>
    <message>
        <source>Start by</source>
        <translation>Début au plus tard</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Instructeurs</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Service numbers</source>
        <translation>Matricules</translation>
    </message>
    <message>
        <source>What to teach, by when</source>
        <translation>Quoi enseigner, et pour quand</translation>
    </message>
    <message>
        <source>Refreshers due during the tour</source>
        <translation>Recyclages à faire pendant le déploiement</translation>
    </message>
    <message>
        <source>&amp;Make the plan</source>
        <translation>&amp;Établir le plan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Plan s&amp;essions for this line…</source>
        <translation>Planifier les s&amp;essions de cette ligne…</translation>
    </message>
    <message>
        <source>The sessions the chosen module needs, with their attendees</source>
        <translation>Les sessions dont le module choisi a besoin, avec leurs participants</translation>
    </message>
    <message>
        <source>{0} to fill in {1} before {2}; sessions of a module run one after another, 8 hours a day, and a module ends before those that need it.</source>
        <translation>{0} à pourvoir dans {1} avant le {2} ; les sessions d&apos;un module se suivent, 8 heures par jour, et un module se termine avant ceux qui en dépendent.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln places</source>
        <translation>
            <numerusform>%Ln place</numerusform>
            <numerusform>%Ln places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modules</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers already expected at planned sessions are left out: {0}.</source>
        <translation>
            <numerusform>%n agent déjà attendu à une session planifiée n&apos;est pas compté : {0}.</numerusform>
            <numerusform>%n agents déjà attendus à des sessions planifiées ne sont pas comptés : {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLineDialog</name>
    <message>
        <source>Plan the sessions of {0}</source>
        <translation>Planifier les sessions de {0}</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Instructor(s)</source>
        <translation>&amp;Instructeur(s)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Service numbers</source>
        <translation>Matricules</translation>
    </message>
    <message>
        <source>Sessions to be planned</source>
        <translation>Sessions à planifier</translation>
    </message>
    <message>
        <source>&amp;Plan these sessions</source>
        <translation>P&amp;lanifier ces sessions</translation>
    </message>
    <message>
        <source>Say where the sessions are held.</source>
        <translation>Indiquez où les sessions ont lieu.</translation>
    </message>
    <message>
        <source>{0} of {1}: {2} of {3} for {4} at {5}, one after another, starting by {6}.</source>
        <translation>{0} pour {1} : {2} de {3} pour {4} à {5}, l&apos;une après l&apos;autre, à commencer au plus tard le {6}.</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers already expected at planned sessions are left out: {0}.</source>
        <translation>
            <numerusform>%n agent déjà attendu à une session planifiée n&apos;est pas compté : {0}.</numerusform>
            <numerusform>%n agents déjà attendus à des sessions planifiées ne sont pas comptés : {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Créole haïtien</translation>
    </message>
    <message>
        <source>Plan a training session</source>
        <translation>Planifier une session de formation</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>the first day, if left empty</source>
        <translation>le premier jour, si vide</translation>
    </message>
    <message>
        <source>names; for a module taught by qualified instructors: KEN 00123; JAM 0042</source>
        <translation>noms ; pour un module enseigné par des instructeurs qualifiés : KEN 00123 ; JAM 0042</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>a unit, or empty for the whole contingent</source>
        <translation>une unité, ou vide pour tout le contingent</translation>
    </message>
    <message>
        <source>&amp;Fill from unit</source>
        <translation>&amp;Remplir depuis l&apos;unité</translation>
    </message>
    <message>
        <source>Paste service numbers, one a line or comma-separated</source>
        <translation>Collez les matricules, un par ligne ou séparés par des virgules</translation>
    </message>
    <message>
        <source>From a s&amp;heet…</source>
        <translation>Depuis une &amp;feuille…</translation>
    </message>
    <message>
        <source>A CSV or Excel sheet with a service_number column (and a contingent one)</source>
        <translation>Une feuille CSV ou Excel avec une colonne service_number (et une colonne contingent)</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Instructor(s)</source>
        <translation>&amp;Instructeur(s)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>&amp;Seats</source>
        <translation>&amp;Nombre de places</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>&amp;Contingent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>Expected attendees&apos; service numbers</source>
        <translation>Matricules des participants attendus</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>Par&amp;ticipants</translation>
    </message>
    <message>
        <source>Sheet of expected attendees</source>
        <translation>Feuille des participants attendus</translation>
    </message>
    <message>
        <source>Sheets (*.csv *.xlsx)</source>
        <translation>Feuilles (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>{0} attendees from {1} ({2}).</source>
        <translation>{0} participants de {1} ({2}).</translation>
    </message>
    <message>
        <source>Not found, to correct before saving: {0}.</source>
        <translation>Introuvables, à corriger avant d&apos;enregistrer : {0}.</translation>
    </message>
    <message>
        <source>The list is typed now, not the sheet&apos;s.</source>
        <translation>La liste est maintenant celle saisie, non celle de la feuille.</translation>
    </message>
    <message>
        <source>That unit has no active officers.</source>
        <translation>Cette unité n&apos;a aucun agent actif.</translation>
    </message>
</context>
<context>
    <name>PlannedResultsDialog</name>
    <message>
        <source>Record results: {0} at {1} ({2})</source>
        <translation>Saisir les résultats : {0} à {1} ({2})</translation>
    </message>
    <message>
        <source>Type each attendee&apos;s score; the pass mark is {0}.</source>
        <translation>Saisissez la note de chaque participant ; la note de passage est {0}.</translation>
    </message>
    <message>
        <source>Tick Passed for each attendee who passed.</source>
        <translation>Cochez Réussi pour chaque participant qui a réussi.</translation>
    </message>
    <message>
        <source>Attendance-only: attending is passing.</source>
        <translation>Présence seule : être présent vaut réussite.</translation>
    </message>
    <message>
        <source>Untick Attended for anyone who did not come. {0}</source>
        <translation>Décochez Présent pour toute personne absente. {0}</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Attendees&apos; results</source>
        <translation>Résultats des participants</translation>
    </message>
    <message>
        <source>Contingent of the attendee to add</source>
        <translation>Contingent du participant à ajouter</translation>
    </message>
    <message>
        <source>Service number of someone who came</source>
        <translation>Matricule d&apos;une personne venue</translation>
    </message>
    <message>
        <source>Service number to add</source>
        <translation>Matricule à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation>&amp;Ajouter un participant</translation>
    </message>
    <message>
        <source>Came on the day:</source>
        <translation>Venus le jour même :</translation>
    </message>
    <message>
        <source>(added on the day)</source>
        <translation>(ajouté le jour même)</translation>
    </message>
    <message>
        <source>Type a score from 0 to 100 for {0}.</source>
        <translation>Saisissez une note de 0 à 100 pour {0}.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>déjà enregistré</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejetée</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Deployment start</source>
        <translation>Début du déploiement</translation>
    </message>
    <message>
        <source>Deployment end</source>
        <translation>Fin du déploiement</translation>
    </message>
    <message>
        <source>Module code</source>
        <translation>Code du module</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructeur</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Rien n&apos;est écrit avant que vous appuyiez sur Importer.</translation>
    </message>
    <message>
        <source>&amp;Check again with these columns</source>
        <translation>&amp;Vérifier à nouveau avec ces colonnes</translation>
    </message>
    <message>
        <source>Rows and what will happen to them</source>
        <translation>Lignes et ce qu&apos;il en adviendra</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the rejected ones</source>
        <translation>Importer les lignes valides et ignorer les lignes rejetées</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>{0} to add, {1} to update, {2} unchanged</source>
        <translation>{0} à ajouter, {1} à mettre à jour, {2} inchangés</translation>
    </message>
    <message>
        <source>{0} results to record in {1} sessions, {2} already recorded</source>
        <translation>{0} résultats à enregistrer dans {1} sessions, {2} déjà enregistrés</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:{problem}&apos;&gt;%n row(s) rejected&lt;/span&gt;, shown in red.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{problem}&apos;&gt;%n ligne rejetée&lt;/span&gt;, affichée en rouge.</numerusform>
            <numerusform>&lt;span style=&apos;color:{problem}&apos;&gt;%n lignes rejetées&lt;/span&gt;, affichées en rouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>no rows rejected.</source>
        <translation>aucune ligne rejetée.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
</context>
<context>
    <name>RecogniseDialog</name>
    <message>
        <source>Recognise a qualification</source>
        <translation>Reconnaître une qualification</translation>
    </message>
    <message>
        <source>e.g. Kenya National Police College</source>
        <translation>p. ex. Kenya National Police College</translation>
    </message>
    <message>
        <source>the certificate&apos;s number</source>
        <translation>le numéro du certificat</translation>
    </message>
    <message>
        <source>{0}: a pass earned outside the mission counts like the mission&apos;s own, and may qualify an instructor.</source>
        <translation>{0} : une réussite obtenue hors de la mission compte comme celles de la mission et peut qualifier un instructeur.</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>&amp;Passed on</source>
        <translation>&amp;Réussi le</translation>
    </message>
    <message>
        <source>Awarded &amp;by</source>
        <translation>Délivré &amp;par</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Ré&amp;férence</translation>
    </message>
</context>
<context>
    <name>RecordSessionWizard</name>
    <message>
        <source>Record a training session</source>
        <translation>Enregistrer une session de formation</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
        <source>The draft cannot be kept ({0}).</source>
        <translation>Le brouillon ne peut pas être conservé ({0}).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>This session is not saved yet. Keep it as a draft to finish later, or discard what was typed?</source>
        <translation>Cette session n&apos;est pas encore enregistrée. La garder comme brouillon pour la terminer plus tard, ou abandonner la saisie ?</translation>
    </message>
    <message>
        <source>&amp;Keep draft</source>
        <translation>&amp;Garder le brouillon</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Go &amp;back</source>
        <translation>&amp;Revenir</translation>
    </message>
</context>
<context>
    <name>RecordsActions</name>
    <message>
        <source>Certificate {0} revoked.</source>
        <translation>Certificat {0} révoqué.</translation>
    </message>
    <message>
        <source>{0}: officers who still need {1}, as of {2}</source>
        <translation>{0} : agents qui doivent encore suivre {1}, au {2}</translation>
    </message>
    <message>
        <source>{0}: officers {1}, as of {2}</source>
        <translation>{0} : agents {1}, au {2}</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Unsaved session</source>
        <translation>Session non enregistrée</translation>
    </message>
    <message>
        <source>A session you were recording was not saved: {0}, {1}, at {2}, {3} attendees. Go on with it now?</source>
        <translation>Une session que vous saisissiez n&apos;a pas été enregistrée : {0}, {1}, à {2}, {3} participants. La reprendre maintenant ?</translation>
    </message>
    <message>
        <source>Saved {0} session: {1} results, {2} passed.</source>
        <translation>Session {0} enregistrée : {1} résultats, {2} reçus.</translation>
    </message>
    <message>
        <source>Session saved</source>
        <translation>Session enregistrée</translation>
    </message>
    <message>
        <source>{0} of {1} attendees passed {2}. Print their certificates now?</source>
        <translation>{0} participants sur {1} ont réussi {2}. Imprimer leurs certificats maintenant ?</translation>
    </message>
    <message>
        <source>{0}, through the tour to {1}</source>
        <translation>{0}, jusqu&apos;à la fin du déploiement le {1}</translation>
    </message>
    <message>
        <source>Qualification recognised for {0}.</source>
        <translation>Qualification reconnue pour {0}.</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>bloqués</translation>
    </message>
</context>
<context>
    <name>ReportOptionsDialog</name>
    <message>
        <source>Print the readiness report</source>
        <translation>Imprimer le rapport d&apos;aptitude</translation>
    </message>
    <message>
        <source>Print the roster</source>
        <translation>Imprimer l&apos;état des formations suivies</translation>
    </message>
    <message>
        <source>None; for example RESTRICTED</source>
        <translation>Aucune ; par exemple DIFFUSION RESTREINTE</translation>
    </message>
    <message>
        <source>Printed at the head and foot of every page</source>
        <translation>Imprimée en haut et en bas de chaque page</translation>
    </message>
    <message>
        <source>A &amp;sign-off block (prepared, reviewed, approved)</source>
        <translation>Un bloc de &amp;visa (établi, vérifié, approuvé)</translation>
    </message>
    <message>
        <source>As on the dashboard</source>
        <translation>Comme au tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Handling &amp;marking</source>
        <translation>&amp;Mention de protection</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Results of each attendee</source>
        <translation>Résultats de chaque participant</translation>
    </message>
    <message>
        <source>Mark &amp;everyone passed</source>
        <translation>Marquer &amp;tous comme réussis</translation>
    </message>
    <message>
        <source>Then type F on whoever failed.</source>
        <translation>Puis tapez F pour chaque échec.</translation>
    </message>
    <message>
        <source>Type each score and press Enter for the next (pass mark {0}); untick who did not attend.</source>
        <translation>Saisissez chaque note et appuyez sur Entrée pour la suivante (note de passage {0}) ; décochez les absents.</translation>
    </message>
    <message>
        <source>Mark everyone passed, then type F on whoever failed; untick who did not attend.</source>
        <translation>Marquez tous comme réussis, puis tapez F pour chaque échec ; décochez les absents.</translation>
    </message>
    <message>
        <source>to enter</source>
        <translation>à saisir</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>Row {0} ({1}): {2}</source>
        <translation>Ligne {0} ({1}) : {2}</translation>
    </message>
    <message>
        <source>Attending is passing; untick who did not attend.</source>
        <translation>La présence vaut réussite ; décochez les absents.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and save</source>
        <translation>Vérifier et enregistrer</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; · {1}&lt;/p&gt;&lt;p&gt;{2} to {3} at {4}&lt;/p&gt;&lt;p&gt;{5} attendees, {6} present, {7} passed.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Failed:&lt;/b&gt; {8}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Absent:&lt;/b&gt; {9}&lt;/p&gt;&lt;p&gt;Saving records all of it at once. A result saved by mistake is corrected later with an amendment; nothing is overwritten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt; · {1}&lt;/p&gt;&lt;p&gt;Du {2} au {3} à {4}&lt;/p&gt;&lt;p&gt;{5} participants, {6} présents, {7} ont réussi.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Échoués :&lt;/b&gt; {8}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Absents :&lt;/b&gt; {9}&lt;/p&gt;&lt;p&gt;L&apos;enregistrement consigne tout en une seule fois. Un résultat enregistré par erreur se corrige ensuite par un amendement ; rien n&apos;est écrasé.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <source>Audit trail warning</source>
        <translation>Alerte du journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>Check the &amp;audit trail</source>
        <translation>Vérifier le &amp;journal d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: %Ln entries, intact.</source>
        <translation>
            <numerusform>Journal d&apos;audit vérifié : %Ln entrée, intact.</numerusform>
            <numerusform>Journal d&apos;audit vérifié : %Ln entrées, intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: %Ln entries, intact, {0}.</source>
        <translation>
            <numerusform>Journal d&apos;audit vérifié : %Ln entrée, intact, {0}.</numerusform>
            <numerusform>Journal d&apos;audit vérifié : %Ln entrées, intact, {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail is broken.&lt;/b&gt; {0} Someone changed the database outside MSS Training. Tell your administrator; a backup from before the change can be restored (File → Backups).</source>
        <translation>&lt;b&gt;Le journal d&apos;audit est rompu.&lt;/b&gt; {0} Quelqu&apos;un a modifié la base de données en dehors de MSS Training. Prévenez votre administrateur ; une sauvegarde antérieure à la modification peut être restaurée (Fichier → Sauvegardes).</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>La sauvegarde automatique a échoué : {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Sauvegardé dans {0}.</translation>
    </message>
    <message>
        <source>Restored {0}. The database it replaced is kept as {1}.</source>
        <translation>{0} restaurée. La base remplacée est conservée sous {1}.</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Recorded {0} results in {1}: {2} passed, {3} absent.</source>
        <translation>{0} résultats enregistrés dans {1} : {2} réussis, {3} absents.</translation>
    </message>
    <message>
        <source>Session {0}: {1} attendees added, {2} marked absent.</source>
        <translation>Session {0} : {1} participants ajoutés, {2} marqués absents.</translation>
    </message>
    <message>
        <source>Planned a {0} session for {1} attendees: reference {2}.</source>
        <translation>Session {0} planifiée pour {1} participants : référence {2}.</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Haitian Creole</source>
        <translation>Créole haïtien</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>La session</translation>
    </message>
    <message>
        <source>Which module, when and where.</source>
        <translation>Quel module, quand et où.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>e.g. MSS base, Port-au-Prince</source>
        <translation>p. ex. base de la MMAS, Port-au-Prince</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Instructeurs</translation>
    </message>
    <message>
        <source>Qualified instructor to add</source>
        <translation>Instructeur qualifié à ajouter</translation>
    </message>
    <message>
        <source>Find a qualified instructor by service number or name</source>
        <translation>Trouver un instructeur qualifié par matricule ou par nom</translation>
    </message>
    <message>
        <source>A&amp;dd instructor</source>
        <translation>A&amp;jouter l&apos;instructeur</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>L&amp;ocation</source>
        <translation>L&amp;ieu</translation>
    </message>
    <message>
        <source>&amp;Instructor(s)</source>
        <translation>&amp;Instructeur(s)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <source>Names, as free text</source>
        <translation>Noms, en texte libre</translation>
    </message>
    <message>
        <source>e.g. KEN 00123; JAM 0042</source>
        <translation>p. ex. KEN 00123 ; JAM 0042</translation>
    </message>
    <message>
        <source>{0} is taught by qualified instructors only: each must hold {1} on the last day. Name them by contingent and service number, separated by &apos;;&apos;.</source>
        <translation>{0} n&apos;est enseigné que par des instructeurs qualifiés : chacun doit détenir {1} le dernier jour. Indiquez-les par contingent et matricule, séparés par « ; ».</translation>
    </message>
    <message>
        <source>Choose a module of the curriculum.</source>
        <translation>Choisissez un module du programme.</translation>
    </message>
    <message>
        <source>A session is recorded once it has taken place: {0}.</source>
        <translation>Une session s&apos;enregistre une fois qu&apos;elle a eu lieu : {0}.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Instructors</source>
        <translation>Instructeurs</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Search module, place or instructor</source>
        <translation>Rechercher un module, un lieu ou un instructeur</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <source>Planned or held</source>
        <translation>Prévues ou tenues</translation>
    </message>
    <message>
        <source>Planned and held</source>
        <translation>Prévues et tenues</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>Du AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To YYYY-MM-DD</source>
        <translation>Au AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Any module</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>All contingents</source>
        <translation>Tous les contingents</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>&amp;Planifier une session…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Choose a session to see its attendees and results.</source>
        <translation>Choisissez une session pour voir ses participants et ses résultats.</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Print &amp;sign-in sheet…</source>
        <translation>Imprimer la &amp;feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Print &amp;certificates…</source>
        <translation>Imprimer les &amp;certificats…</translation>
    </message>
    <message>
        <source>&amp;Record results…</source>
        <translation>&amp;Saisir les résultats…</translation>
    </message>
    <message>
        <source>A&amp;ttendees on the day…</source>
        <translation>Participan&amp;ts du jour…</translation>
    </message>
    <message>
        <source>Add who came as well, mark who was reported absent</source>
        <translation>Ajouter ceux qui sont venus en plus, marquer ceux signalés absents</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Service no.</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>Contingent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; {1} · {2} · {3} · {4} ({5})</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; {1} · {2} · {3} · {4} ({5})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>reported absent</source>
        <translation>signalé absent</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>le jour même</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>History of the {0} session at {1} ({2})</source>
        <translation>Historique de la session {0} à {1} ({2})</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — {0}</source>
        <translation>Connexion — {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Sign in to the database {1}.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;Connectez-vous à la base de données {1}.</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites and enrolment</source>
        <translation>Sites et enrôlement</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Empreinte de la clé :</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Code d&apos;enrôlement</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Save identity file…</source>
        <translation>&amp;Enregistrer le fichier d&apos;identité…</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>Code d&apos;enrôlement :</translation>
    </message>
    <message>
        <source>Give the code or the identity file to the other installation; it enrols this one with them. Compare key fingerprints aloud to be sure.</source>
        <translation>Donnez le code ou le fichier d&apos;identité à l&apos;autre installation ; elle enrôle ainsi celle-ci. Comparez les empreintes de clé à voix haute pour en être sûr.</translation>
    </message>
    <message>
        <source>Installations known here</source>
        <translation>Installations connues ici</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Known installations</source>
        <translation>Installations connues</translation>
    </message>
    <message>
        <source>Paste an enrolment code (MSS1-…), or choose a file</source>
        <translation>Collez un code d&apos;enrôlement (MSS1-…) ou choisissez un fichier</translation>
    </message>
    <message>
        <source>Code or identity file to enrol</source>
        <translation>Code ou fichier d&apos;identité à enrôler</translation>
    </message>
    <message>
        <source>Its name (with a code)</source>
        <translation>Son nom (avec un code)</translation>
    </message>
    <message>
        <source>Name of the installation to enrol</source>
        <translation>Nom de l&apos;installation à enrôler</translation>
    </message>
    <message>
        <source>Its contingents, e.g. KEN, JAM (empty: all)</source>
        <translation>Ses contingents, p. ex. KEN, JAM (vide : tous)</translation>
    </message>
    <message>
        <source>Take this site&apos;s records of these contingents only, e.g. KEN, JAM</source>
        <translation>Ne prendre de ce site que les dossiers de ces contingents, p. ex. KEN, JAM</translation>
    </message>
    <message>
        <source>Contingents whose records are taken from it</source>
        <translation>Contingents dont les dossiers en sont pris</translation>
    </message>
    <message>
        <source>From &amp;file…</source>
        <translation>Depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Enrôler</translation>
    </message>
    <message>
        <source>Save identity file</source>
        <translation>Enregistrer le fichier d&apos;identité</translation>
    </message>
    <message>
        <source>Identity files (*.json)</source>
        <translation>Fichiers d&apos;identité (*.json)</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Fichier d&apos;identité</translation>
    </message>
    <message>
        <source>Paste the other installation&apos;s code or choose its file.</source>
        <translation>Collez le code de l&apos;autre installation ou choisissez son fichier.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrôlement…</translation>
    </message>
    <message>
        <source>Enrolled: its bundles are now trusted here.</source>
        <translation>Enrôlée : ses lots sont désormais acceptés ici.</translation>
    </message>
</context>
<context>
    <name>SnapshotListDialog</name>
    <message>
        <source>Readiness snapshots</source>
        <translation>Relevés d&apos;aptitude</translation>
    </message>
    <message>
        <source>Taken (UTC)</source>
        <translation>Établi (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Aptes</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Check a snapshot to recompute it from today&apos;s records as of its date.</source>
        <translation>Vérifiez un relevé pour le recalculer à sa date à partir des dossiers d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>&amp;Check against today&apos;s records</source>
        <translation>&amp;Vérifier avec les dossiers d&apos;aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Save signed file…</source>
        <translation>&amp;Enregistrer le fichier signé…</translation>
    </message>
    <message>
        <source>No snapshot has been taken yet.</source>
        <translation>Aucun relevé n&apos;a encore été établi.</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>Sync bundles (*.mssync)</source>
        <translation>Lots de synchronisation (*.mssync)</translation>
    </message>
    <message>
        <source>Saved {0}.</source>
        <translation>{0} enregistré.</translation>
    </message>
    <message>
        <source>Save sync bundle</source>
        <translation>Enregistrer le lot de synchronisation</translation>
    </message>
    <message>
        <source>Wrote {0}: {1}.</source>
        <translation>{0} écrit : {1}.</translation>
    </message>
    <message>
        <source>Writing {0}</source>
        <translation>Écriture de {0}</translation>
    </message>
    <message>
        <source>Import sync bundle</source>
        <translation>Importer un lot de synchronisation</translation>
    </message>
    <message>
        <source>Checking {0}</source>
        <translation>Vérification de {0}</translation>
    </message>
    <message>
        <source>Importing {0}</source>
        <translation>Importation de {0}</translation>
    </message>
</context>
<context>
    <name>TakeSnapshotDialog</name>
    <message>
        <source>Take a readiness snapshot</source>
        <translation>Établir un relevé d&apos;aptitude</translation>
    </message>
    <message>
        <source>The whole mission</source>
        <translation>Toute la mission</translation>
    </message>
    <message>
        <source>All my contingents</source>
        <translation>Tous mes contingents</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Qualified yes</source>
        <translation>Oui, avec réserves</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>What qualifies the assessment, if anything</source>
        <translation>Ce qui nuance l&apos;appréciation, le cas échéant</translation>
    </message>
    <message>
        <source>Readiness &amp;as of</source>
        <translation>Aptitude &amp;au</translation>
    </message>
    <message>
        <source>&amp;Covering</source>
        <translation>&amp;Périmètre</translation>
    </message>
    <message>
        <source>Commander&apos;s &amp;assessment</source>
        <translation>Appréciation du &amp;commandant</translation>
    </message>
    <message>
        <source>&amp;Remarks</source>
        <translation>&amp;Remarques</translation>
    </message>
    <message>
        <source>The snapshot is signed with this installation&apos;s key and kept, so that the figure can be checked later against the records it came from.</source>
        <translation>Le relevé est signé avec la clé de cette installation et conservé, afin que le chiffre puisse être vérifié plus tard par rapport aux dossiers dont il provient.</translation>
    </message>
    <message>
        <source>Choose the commander&apos;s assessment: Yes, Qualified yes or No.</source>
        <translation>Choisissez l&apos;appréciation du commandant : « Oui », « Oui, avec réserves » ou « Non ».</translation>
    </message>
    <message>
        <source>&amp;Language of its PDF</source>
        <translation>&amp;Langue de son PDF</translation>
    </message>
    <message>
        <source>Deploying &amp;for</source>
        <translation>&amp;Déploiement pour</translation>
    </message>
</context>
<context>
    <name>TourDaysField</name>
    <message>
        <source>on the day only</source>
        <translation>le jour même seulement</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Deploying for this many days</source>
        <translation>Déploiement pour ce nombre de jours</translation>
    </message>
    <message>
        <source>Deploying on the as-of date for this many days: what lapses during the tour</source>
        <translation>Déploiement à la date de situation pour ce nombre de jours : ce qui expire pendant le déploiement</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contingents</source>
        <translation>Contingents</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Accounts are disabled, never deleted, so that the records they made keep a known author. Changes apply from the account&apos;s next sign-in.</source>
        <translation>Les comptes sont désactivés, jamais supprimés, pour que leurs enregistrements gardent un auteur connu. Les changements s&apos;appliquent à la prochaine connexion du compte.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Vérifier un certificat</translation>
    </message>
    <message>
        <source>Paste the code printed at the foot of the certificate or scanned from its QR, or type its serial (MSS-…)</source>
        <translation>Collez le code imprimé au bas du certificat ou lu sur son QR, ou saisissez son numéro (MSS-…)</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>&amp;Check code</source>
        <translation>&amp;Vérifier le code</translation>
    </message>
    <message>
        <source>Check a &amp;PDF…</source>
        <translation>Vérifier un &amp;PDF…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Works offline: no network is needed.</source>
        <translation>Fonctionne hors ligne : aucun réseau n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Certificate PDF</source>
        <translation>PDF du certificat</translation>
    </message>
</context>
</TS>
