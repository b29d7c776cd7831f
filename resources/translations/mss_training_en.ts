<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendeesPage</name>
    <message numerus="yes">
        <source>%n attendees chosen</source>
        <translation>
            <numerusform>%n attendee chosen</numerusform>
            <numerusform>%n attendees chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CurriculumView</name>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>expiring within %n days or in the tour</source>
        <translation>
            <numerusform>expiring within %n day or in the tour</numerusform>
            <numerusform>expiring within %n days or in the tour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expiring within %n days</source>
        <translation>
            <numerusform>expiring within %n day</numerusform>
            <numerusform>expiring within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>{0} (%n attendees)</source>
        <translation>
            <numerusform>{0} (%n attendee)</numerusform>
            <numerusform>{0} (%n attendees)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfficerListDialog</name>
    <message numerus="yes">
        <source>%Ln officers</source>
        <translation>
            <numerusform>%Ln officer</numerusform>
            <numerusform>%Ln officers</numerusform>
        </translation>
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
</context>
<context>
    <name>PersonnelView</name>
    <message numerus="yes">
        <source>%Ln officers</source>
        <translation>
            <numerusform>%Ln officer</numerusform>
            <numerusform>%Ln officers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
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
            <numerusform>%n officer already expected at a planned session is left out: {0}.</numerusform>
            <numerusform>%n officers already expected at planned sessions are left out: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanLineDialog</name>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers</source>
        <translation>
            <numerusform>%n officer</numerusform>
            <numerusform>%n officers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n officers already expected at planned sessions are left out: {0}.</source>
        <translation>
            <numerusform>%n officer already expected at a planned session is left out: {0}.</numerusform>
            <numerusform>%n officers already expected at planned sessions are left out: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:{problem}&apos;&gt;%n row(s) rejected&lt;/span&gt;, shown in red.</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:{problem}&apos;&gt;%n row rejected&lt;/span&gt;, shown in red.</numerusform>
            <numerusform>&lt;span style=&apos;color:{problem}&apos;&gt;%n rows rejected&lt;/span&gt;, shown in red.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message numerus="yes">
        <source>Audit trail checked: %Ln entries, intact.</source>
        <translation>
            <numerusform>Audit trail checked: %Ln entry, intact.</numerusform>
            <numerusform>Audit trail checked: %Ln entries, intact.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail checked: %Ln entries, intact, {0}.</source>
        <translation>
            <numerusform>Audit trail checked: %Ln entry, intact, {0}.</numerusform>
            <numerusform>Audit trail checked: %Ln entries, intact, {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
</TS>
