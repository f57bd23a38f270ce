<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>opted out by keyword</source>
        <translation>per Stichwort abgemeldet</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>vom Team hinzugefügt</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>disabled: the receiver answered 410 Gone</source>
        <translation>deaktiviert: Empfänger antwortete 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>deaktiviert: seit 5 Tagen fehlerhaft</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Namen haben 2 bis 40 Zeichen: Buchstaben, Ziffern, „.“, „-“ oder „_“, beginnend mit Buchstabe oder Ziffer.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Einen Benutzer mit diesem Namen gibt es bereits.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another user an administrator first.</source>
        <translation>Das ist der letzte aktive Administrator: Machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Diesen Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
</context>
<context>
    <name>wag::ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>e.g. crm</source>
        <translation>z. B. crm</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>Name des neuen API-Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>Instanzen, über die der Schlüssel senden darf</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instanzen:</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>Nichts angehakt: Der Schlüssel darf jede Instanz nutzen.</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Give the key a name that says who uses it, e.g. &quot;crm&quot;.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, der sagt, wer ihn nutzt, z. B. „crm“.</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>Der Schlüssel für „%1“. Integrationen senden ihn als „Authorization: Bearer &lt;key&gt;“:</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>Schlüssel „%1“ (%2…) widerrufen? Was ihn nutzt, wird ab der nächsten Anfrage abgewiesen.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is revoked.</source>
        <translation>Der Schlüssel „%1“ ist widerrufen.</translation>
    </message>
</context>
<context>
    <name>wag::DesktopShell</name>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Webhook destination disabled</source>
        <translation>Webhook-Ziel deaktiviert</translation>
    </message>
    <message>
        <source>%1 was disabled (%2). Deliveries to it wait until it is enabled again.</source>
        <translation>%1 wurde deaktiviert (%2). Zustellungen dorthin warten, bis es wieder aktiviert ist.</translation>
    </message>
    <message>
        <source>the receiver answered 410 Gone</source>
        <translation>der Empfänger antwortete 410 Gone</translation>
    </message>
    <message>
        <source>failing for 5 days</source>
        <translation>seit 5 Tagen fehlerhaft</translation>
    </message>
    <message>
        <source>Instance disconnected</source>
        <translation>Instanz getrennt</translation>
    </message>
    <message>
        <source>%1 lost its connection to WhatsApp.</source>
        <translation>%1 hat die Verbindung zu WhatsApp verloren.</translation>
    </message>
    <message>
        <source>Instance paused by the guard</source>
        <translation>Instanz vom Wächter pausiert</translation>
    </message>
    <message>
        <source>%1 was paused: %2. Review it under Policy events.</source>
        <translation>%1 wurde pausiert: %2. Prüfen Sie es unter Richtlinienereignisse.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — running at %1</source>
        <translation>WhatsApp Gateway — läuft unter %1</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — stopped</source>
        <translation>WhatsApp Gateway — gestoppt</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is still running</source>
        <translation>WhatsApp Gateway läuft weiter</translation>
    </message>
    <message>
        <source>It keeps sending and receiving in the background. Open the window again from the tray icon; choose Quit there to stop the gateway.</source>
        <translation>Es sendet und empfängt im Hintergrund weiter. Öffnen Sie das Fenster wieder über das Symbol im Infobereich; wählen Sie dort Beenden, um das Gateway zu stoppen.</translation>
    </message>
</context>
<context>
    <name>wag::FirstRunWizard</name>
    <message>
        <source>Set up WhatsApp Gateway</source>
        <translation>WhatsApp Gateway einrichten</translation>
    </message>
</context>
<context>
    <name>wag::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) added.</source>
        <translation>
            <numerusform>%1: %n Nummer hinzugefügt.</numerusform>
            <numerusform>%1: %n Nummern hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n stand bereits auf der Liste.</numerusform>
            <numerusform>%n standen bereits auf der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported, because %n row(s) were refused. Fix them and import the file again.</source>
        <translation>
            <numerusform>%1: Nichts wurde importiert, weil %n Zeile abgelehnt wurde. Korrigieren Sie sie und importieren Sie die Datei erneut.</numerusform>
            <numerusform>%1: Nichts wurde importiert, weil %n Zeilen abgelehnt wurden. Korrigieren Sie sie und importieren Sie die Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was imported. %2</source>
        <translation>%1: Nichts wurde importiert. %2</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>wag::InboundLogModel</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>Abmelde-Stichwort</translation>
    </message>
</context>
<context>
    <name>wag::InstanceBadgeDelegate</name>
    <message>
        <source>open</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>wag::InstancePage</name>
    <message>
        <source>First instance</source>
        <translation>Erste Instanz</translation>
    </message>
    <message>
        <source>An instance is one WhatsApp number linked to the gateway.</source>
        <translation>Eine Instanz ist eine mit dem Gateway verknüpfte WhatsApp-Nummer.</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Name der Instanz</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>z. B. front-desk</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>3 bis 40 Zeichen: Kleinbuchstaben a-z, Ziffern und „-“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance name: use 3 to 40 characters, lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>„%1“ ist kein gültiger Instanzname: 3 bis 40 Zeichen, Kleinbuchstaben a-z, Ziffern und „-“.</translation>
    </message>
    <message>
        <source>An instance named %1 already exists.</source>
        <translation>Eine Instanz namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>&amp;Instanzname:</translation>
    </message>
</context>
<context>
    <name>wag::InstancePicker</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
</context>
<context>
    <name>wag::InstanceUsagePanel</name>
    <message>
        <source>Sent today:</source>
        <translation>Heute gesendet:</translation>
    </message>
    <message>
        <source>Sent this month:</source>
        <translation>Diesen Monat gesendet:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limits:</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Aufwärmphase:</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again:</source>
        <translation>Die Tageszählung beginnt neu:</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again:</source>
        <translation>Die Monatszählung beginnt neu:</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>Gezählt wie beim Wächter: jede Sendung, die er angenommen hat (gesendet, eingereiht oder später beim Anbieter fehlgeschlagen). Abgelehnte Versuche zählen nicht.</translation>
    </message>
    <message>
        <source>shown while the gateway runs</source>
        <translation>wird angezeigt, während das Gateway läuft</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 um %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wag::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Neue Instanz</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>z. B. front-desk</translation>
    </message>
    <message>
        <source>Name of the new instance</source>
        <translation>Name der neuen Instanz</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>3 bis 40 Zeichen: Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit Buchstabe oder Ziffer.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Linked phone:</source>
        <translation>Verknüpftes Telefon:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>Pausiert:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Start linking: shows a QR code, or reconnects a linked phone.</source>
        <translation>Verknüpfen starten: zeigt einen QR-Code oder verbindet ein verknüpftes Telefon neu.</translation>
    </message>
    <message>
        <source>Unlink the phone from this instance.</source>
        <translation>Das Telefon von dieser Instanz trennen.</translation>
    </message>
    <message>
        <source>Refuse every send through this instance until resumed.</source>
        <translation>Jedes Senden über diese Instanz bis zum Fortsetzen ablehnen.</translation>
    </message>
    <message>
        <source>Delete the instance, its link and its API key scopes.</source>
        <translation>Die Instanz, ihre Verknüpfung und ihre API-Schlüssel-Zuordnungen löschen.</translation>
    </message>
    <message>
        <source>No instance yet</source>
        <translation>Noch keine Instanz</translation>
    </message>
    <message>
        <source>Create one on the left: it starts linking at once and shows a QR code here.</source>
        <translation>Legen Sie links eine an: Sie beginnt sofort mit dem Verknüpfen und zeigt hier einen QR-Code.</translation>
    </message>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>Verbunden: Das Telefon ist verknüpft, Nachrichten gehen raus.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>Warte auf das Telefon: WhatsApp öffnen, Verknüpfte Geräte, Gerät hinzufügen, Code scannen.</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>Nicht verbunden. Drücken Sie Verbinden, um ein Telefon zu verknüpfen.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(Demo: der eingebaute Simulator, kein echtes WhatsApp-Konto.)</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Verknüpft — kein QR-Code nötig.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>Noch kein QR-Code.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>ja — %1</translation>
    </message>
    <message>
        <source>Use 3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Verwenden Sie 3 bis 40 Zeichen: Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit Buchstabe oder Ziffer.</translation>
    </message>
    <message>
        <source>An instance named &quot;%1&quot; exists already.</source>
        <translation>Eine Instanz namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Pause instance</source>
        <translation>Instanz pausieren</translation>
    </message>
    <message>
        <source>Why? (kept with the pause, for the team)</source>
        <translation>Warum? (wird mit der Pause gespeichert, fürs Team)</translation>
    </message>
    <message>
        <source>paused from the desktop window</source>
        <translation>im Desktop-Fenster pausiert</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Instanz löschen</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>„%1“ löschen? Das Telefon wird getrennt und API-Schlüssel verlieren diese Instanz. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>State reason:</source>
        <translation>Grund des Zustands:</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>Details der Instanz</translation>
    </message>
    <message>
        <source>QR code to link a phone</source>
        <translation>QR-Code zum Verknüpfen eines Telefons</translation>
    </message>
    <message>
        <source>Conn&amp;ection</source>
        <translation>Ver&amp;bindung</translation>
    </message>
    <message>
        <source>Limits and us&amp;age</source>
        <translation>Limits und &amp;Nutzung</translation>
    </message>
    <message>
        <source>&amp;Test send</source>
        <translation>&amp;Testversand</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Ne&amp;u starten</translation>
    </message>
    <message>
        <source>Close and reopen the connection to WhatsApp, e.g. when messages stop going out. A linked phone stays linked; while linking, a fresh QR code appears.</source>
        <translation>Die Verbindung zu WhatsApp schließen und neu öffnen, z. B. wenn keine Nachrichten mehr rausgehen. Ein verknüpftes Telefon bleibt verknüpft; beim Verknüpfen erscheint ein neuer QR-Code.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>Verbinde erneut mit dem verknüpften Telefon…</translation>
    </message>
</context>
<context>
    <name>wag::LogPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Filter by phone number</source>
        <translation>Nach Telefonnummer filtern</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Only show a date range</source>
        <translation>Nur einen Zeitraum anzeigen</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Show full &amp;numbers</source>
        <translation>Vollständige &amp;Nummern zeigen</translation>
    </message>
    <message>
        <source>Numbers are masked so they cannot be read over a shoulder.</source>
        <translation>Nummern sind maskiert, damit niemand über die Schulter mitliest.</translation>
    </message>
</context>
<context>
    <name>wag::MainWindow</name>
    <message>
        <source>WhatsApp Gateway</source>
        <translation>WhatsApp Gateway</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Eingangsprotokoll</translation>
    </message>
    <message>
        <source>Part of the number, e.g. 4155</source>
        <translation>Teil der Nummer, z. B. 4155</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>Whole number, e.g. +14155552671</source>
        <translation>Ganze Nummer, z. B. +14155552671</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Gesperrte Empfänger</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Richtlinienereignisse</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About WhatsApp Gateway</source>
        <translation>&amp;Über WhatsApp Gateway</translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation>Läuft — %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>About WhatsApp Gateway</source>
        <translation>Über WhatsApp Gateway</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WhatsApp Gateway %1&lt;/h3&gt;&lt;p&gt;An on-premise gateway for responsible WhatsApp messaging.&lt;/p&gt;&lt;p&gt;WhatsApp Gateway is independent software, not affiliated with WhatsApp, Meta or 3CX.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WhatsApp Gateway %1&lt;/h3&gt;&lt;p&gt;Ein lokal betriebenes Gateway für verantwortungsvolles Messaging über WhatsApp.&lt;/p&gt;&lt;p&gt;WhatsApp Gateway ist unabhängige Software, nicht verbunden mit WhatsApp, Meta oder 3CX.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Einrichten…</translation>
    </message>
    <message>
        <source>Data key notice</source>
        <translation>Hinweis zum Datenschlüssel</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this notice until the gateway starts again.</source>
        <translation>Diesen Hinweis bis zum nächsten Start des Gateways ausblenden.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or not available (%1). The key that encrypts the stored secrets (provider key, webhook signing secrets) is therefore kept in a file instead: %2. Only your user account can read it. Protect it and back it up with the data folder: without it the stored secrets cannot be decrypted. This data folder keeps using the file from now on.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist gesperrt oder nicht verfügbar (%1). Der Schlüssel, der die gespeicherten Geheimnisse (Anbieterschlüssel, Webhook-Signaturgeheimnisse) verschlüsselt, liegt deshalb stattdessen in einer Datei: %2. Nur Ihr Benutzerkonto kann sie lesen. Schützen Sie sie und sichern Sie sie zusammen mit dem Datenordner: Ohne sie lassen sich die gespeicherten Geheimnisse nicht entschlüsseln. Dieser Datenordner verwendet ab jetzt weiter die Datei.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The OS keychain is switched off (the &quot;keychain&quot; setting or WAG_DISABLE_KEYCHAIN), so the key that encrypts the stored secrets is kept in a file: %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist abgeschaltet (Einstellung „keychain“ oder WAG_DISABLE_KEYCHAIN), daher liegt der Schlüssel, der die gespeicherten Geheimnisse verschlüsselt, in einer Datei: %1. Nur Ihr Benutzerkonto kann sie lesen. Schützen Sie sie und sichern Sie sie zusammen mit dem Datenordner.</translation>
    </message>
    <message>
        <source>This data folder keeps the key that encrypts the stored secrets in a file, not in the OS keychain (no keychain was available when the folder was set up): %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>Dieser Datenordner bewahrt den Schlüssel, der die gespeicherten Geheimnisse verschlüsselt, in einer Datei auf, nicht im Schlüsselbund des Betriebssystems (beim Einrichten des Ordners war kein Schlüsselbund verfügbar): %1. Nur Ihr Benutzerkonto kann sie lesen. Schützen Sie sie und sichern Sie sie zusammen mit dem Datenordner.</translation>
    </message>
</context>
<context>
    <name>wag::MessageLogModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Message or outcome</source>
        <translation>Nachricht oder Ergebnis</translation>
    </message>
</context>
<context>
    <name>wag::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>&amp;Passwort setzen</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>wag::PolicyEventModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>wag::PolicyEventsPage</name>
    <message>
        <source>&amp;Paused instances</source>
        <translation>&amp;Pausierte Instanzen</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>Pausierte Instanzen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Sends through the instance are accepted again.</source>
        <translation>Sendungen über die Instanz werden wieder angenommen.</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>Entscheidungen des Wächters</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Richtlinienereignisse</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No instance is paused.</source>
        <translation>Keine Instanz ist pausiert.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderKeyEditor</name>
    <message>
        <source>New provider key</source>
        <translation>Neuer Anbieterschlüssel</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Neuen Schlüssel eingeben, um den gespeicherten zu ersetzen</translation>
    </message>
    <message>
        <source>S&amp;tore key</source>
        <translation>Schlüssel &amp;hinterlegen</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>Durch die Umgebungsvariable WAG_PROVIDER_KEY gesetzt.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>In der Befehlszeile gesetzt (--provider-key).</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>Schlüssel: gesetzt (verschlüsselt gespeichert; wird nie angezeigt).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>Schlüssel: nicht gesetzt.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Key stored — takes effect when the gateway restarts.</source>
        <translation>Schlüssel gespeichert — wirkt nach einem Neustart des Gateways.</translation>
    </message>
    <message>
        <source>Key stored.</source>
        <translation>Schlüssel gespeichert.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderPage</name>
    <message>
        <source>Messaging provider</source>
        <translation>Messaging-Anbieter</translation>
    </message>
    <message>
        <source>Try the gateway with the built-in simulator, or connect it to your Evolution API server.</source>
        <translation>Probieren Sie das Gateway mit dem eingebauten Simulator aus oder verbinden Sie es mit Ihrem Evolution-API-Server.</translation>
    </message>
    <message>
        <source>&amp;Demo (built-in simulator, no phone needed)</source>
        <translation>&amp;Demo (eingebauter Simulator, kein Telefon nötig)</translation>
    </message>
    <message>
        <source>&amp;Evolution API server</source>
        <translation>&amp;Evolution-API-Server</translation>
    </message>
    <message>
        <source>Evolution API URL</source>
        <translation>URL der Evolution API</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8080</source>
        <translation>z. B. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Evolution API key</source>
        <translation>Schlüssel der Evolution API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The gateway switches to this provider after a restart.</source>
        <translation>Das Gateway wechselt nach einem Neustart zu diesem Anbieter.</translation>
    </message>
    <message>
        <source>Enter the server URL and its API key first.</source>
        <translation>Geben Sie zuerst die Server-URL und den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Reachable: the server accepted the key.</source>
        <translation>Erreichbar: Der Server hat den Schlüssel angenommen.</translation>
    </message>
    <message>
        <source>Wrong key: the server refused it.</source>
        <translation>Falscher Schlüssel: Der Server hat ihn abgelehnt.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Der Server antwortete mit HTTP %1: %2</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Test the connection first: the server must be reachable and accept this key.</source>
        <translation>Testen Sie zuerst die Verbindung: Der Server muss erreichbar sein und diesen Schlüssel annehmen.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>wag::QrCodeWidget</name>
    <message>
        <source>QR code to link the phone</source>
        <translation>QR-Code zum Verknüpfen des Telefons</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device.</source>
        <translation>Mit WhatsApp auf dem Telefon scannen: Verknüpfte Geräte, Gerät hinzufügen.</translation>
    </message>
</context>
<context>
    <name>wag::QrPage</name>
    <message>
        <source>Link the phone</source>
        <translation>Telefon verknüpfen</translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp, then Linked devices, Link a device, and scan this code.</source>
        <translation>Öffnen Sie auf dem Telefon WhatsApp, dann Verknüpfte Geräte, Gerät hinzufügen, und scannen Sie diesen Code.</translation>
    </message>
    <message>
        <source>Instance state</source>
        <translation>Zustand der Instanz</translation>
    </message>
    <message>
        <source>&amp;Simulate scan</source>
        <translation>Scan &amp;simulieren</translation>
    </message>
    <message>
        <source>Demo only: act as if a phone scanned the code.</source>
        <translation>Nur Demo: so tun, als hätte ein Telefon den Code gescannt.</translation>
    </message>
    <message>
        <source>Restart the gateway to use the provider you chose.</source>
        <translation>Starten Sie das Gateway neu, um den gewählten Anbieter zu nutzen.</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Verknüpft — kein QR-Code nötig.</translation>
    </message>
    <message>
        <source>Open: %1 is linked to WhatsApp.</source>
        <translation>Verbunden: %1 ist mit WhatsApp verknüpft.</translation>
    </message>
    <message>
        <source>Waiting for the QR code…</source>
        <translation>Warte auf den QR-Code…</translation>
    </message>
    <message>
        <source>Connecting: waiting for a QR code from the provider.</source>
        <translation>Verbindet: Warte auf einen QR-Code vom Anbieter.</translation>
    </message>
    <message>
        <source>Waiting for the scan: the code refreshes by itself.</source>
        <translation>Warte auf den Scan: Der Code erneuert sich von selbst.</translation>
    </message>
</context>
<context>
    <name>wag::SecretOnceDialog</name>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Geheimnis in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>This is the only time it is shown. Store it now.</source>
        <translation>Es wird nur dieses eine Mal angezeigt. Speichern Sie es jetzt.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>wag::SettingEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation>Datei für %1 auswählen</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>%1 auf den Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Default: empty</source>
        <translation>Standard: leer</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>the command line (%1)</source>
        <translation>die Befehlszeile (%1)</translation>
    </message>
    <message>
        <source>Set by %1; a value saved here would not take effect. Change it there.</source>
        <translation>Gesetzt durch %1; ein hier gespeicherter Wert würde nicht wirken. Ändern Sie ihn dort.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>wag::SettingsPage</name>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>Wirksame Einstellungen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache des Fensters</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>Die Sprache konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Einstellungsgruppen</translation>
    </message>
    <message>
        <source>Provider &amp;key:</source>
        <translation>&amp;Anbieterschlüssel:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Every setting in effect, and where its value comes from. The other tabs edit the common ones; the rest are set on the command line or through WAG_… environment variables, which also win over what is saved here.</source>
        <translation>Jede wirksame Einstellung und woher ihr Wert stammt. Die anderen Reiter bearbeiten die gängigen; der Rest wird in der Befehlszeile oder über WAG_…-Umgebungsvariablen gesetzt, die auch Vorrang vor dem hier Gespeicherten haben.</translation>
    </message>
</context>
<context>
    <name>wag::SettingsSectionBox</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save: %1</source>
        <translation>Speichern: %1</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>Nichts zu speichern: Kein Wert wurde geändert.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>Nicht gespeichert: Korrigieren Sie den markierten Wert. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>Gespeichert — wirkt nach einem Neustart des Gateways.</translation>
    </message>
    <message>
        <source>Saved — in effect now.</source>
        <translation>Gespeichert — gilt ab sofort.</translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation>Nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Back to the default — takes effect when the gateway restarts.</source>
        <translation>Auf Standard zurückgesetzt — wirkt nach einem Neustart des Gateways.</translation>
    </message>
    <message>
        <source>Back to the default — in effect now.</source>
        <translation>Auf Standard zurückgesetzt — gilt ab sofort.</translation>
    </message>
</context>
<context>
    <name>wag::SettingsSections</name>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Where the gateway listens and how others reach it.</source>
        <translation>Wo das Gateway lauscht und wie andere es erreichen.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Listen-Adresse</translation>
    </message>
    <message>
        <source>Address and port of the gateway, HOST:PORT. 127.0.0.1 accepts only this computer; 0.0.0.0 every network.</source>
        <translation>Adresse und Port des Gateways, HOST:PORT. 127.0.0.1 nimmt nur diesen Computer an, 0.0.0.0 jedes Netzwerk.</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>How the provider and 3CX reach the gateway. Empty: derived from the listen address.</source>
        <translation>Wie der Anbieter und 3CX das Gateway erreichen. Leer: aus der Listen-Adresse abgeleitet.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Path of the PEM certificate (chain) on the gateway&apos;s computer. With its key, the gateway speaks HTTPS.</source>
        <translation>Pfad des PEM-Zertifikats (Kette) auf dem Computer des Gateways. Mit seinem Schlüssel spricht das Gateway HTTPS.</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>Path of the unencrypted PEM RSA or EC key of the certificate.</source>
        <translation>Pfad des unverschlüsselten PEM-Schlüssels (RSA oder EC) des Zertifikats.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Evolution API needs its server&apos;s URL and key (store the key first).</source>
        <translation>Evolution API braucht die URL und den Schlüssel seines Servers (speichern Sie zuerst den Schlüssel).</translation>
    </message>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Demo (eingebauter Simulator)</translation>
    </message>
    <message>
        <source>Evolution API</source>
        <translation>Evolution API</translation>
    </message>
    <message>
        <source>The engine that connects the gateway&apos;s numbers to WhatsApp.</source>
        <translation>Der Dienst, der die Nummern des Gateways mit WhatsApp verbindet.</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>Anbieter-URL</translation>
    </message>
    <message>
        <source>Base URL of the Evolution API server.</source>
        <translation>Basis-URL des Evolution-API-Servers.</translation>
    </message>
    <message>
        <source>Limits and pacing</source>
        <translation>Limits und Taktung</translation>
    </message>
    <message>
        <source>How much and how fast each instance may send. An instance&apos;s own limits (its Settings tab) win over these defaults.</source>
        <translation>Wie viel und wie schnell jede Instanz senden darf. Die eigenen Limits einer Instanz (ihr Reiter Einstellungen) haben Vorrang vor diesen Standardwerten.</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>Messages per instance per day, unless the instance sets its own.</source>
        <translation>Nachrichten pro Instanz und Tag, sofern die Instanz kein eigenes Limit festlegt.</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Monatslimit</translation>
    </message>
    <message>
        <source>Messages per instance per calendar month.</source>
        <translation>Nachrichten pro Instanz und Kalendermonat.</translation>
    </message>
    <message>
        <source>Warm-up: first day</source>
        <translation>Aufwärmphase: erster Tag</translation>
    </message>
    <message>
        <source>Messages a newly linked number may send on its first day; doubles each day.</source>
        <translation>Nachrichten, die eine neu verknüpfte Nummer am ersten Tag senden darf; verdoppelt sich täglich.</translation>
    </message>
    <message>
        <source>Warm-up: days</source>
        <translation>Aufwärmphase: Tage</translation>
    </message>
    <message>
        <source>Days after linking during which the warm-up cap applies.</source>
        <translation>Tage nach dem Verknüpfen, in denen die Obergrenze der Aufwärmphase gilt.</translation>
    </message>
    <message>
        <source>Shortest gap between sends</source>
        <translation>Kürzester Abstand zwischen Sendungen</translation>
    </message>
    <message>
        <source>Longest gap between sends</source>
        <translation>Längster Abstand zwischen Sendungen</translation>
    </message>
    <message>
        <source>Each gap is drawn at random between the shortest and the longest.</source>
        <translation>Jeder Abstand wird zufällig zwischen dem kürzesten und dem längsten gewählt.</translation>
    </message>
    <message>
        <source>Burst size</source>
        <translation>Burst-Größe</translation>
    </message>
    <message>
        <source>Sends after which the instance pauses.</source>
        <translation>Sendungen, nach denen die Instanz pausiert.</translation>
    </message>
    <message>
        <source>Pause after a burst</source>
        <translation>Pause nach einem Burst</translation>
    </message>
    <message>
        <source>Gap per recipient</source>
        <translation>Abstand pro Empfänger</translation>
    </message>
    <message>
        <source>Shortest gap between two messages to the same number.</source>
        <translation>Kürzester Abstand zwischen zwei Nachrichten an dieselbe Nummer.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>When days and months begin for the limits. Empty: the gateway computer&apos;s.</source>
        <translation>Wann Tage und Monate für die Limits beginnen. Leer: die des Gateway-Computers.</translation>
    </message>
    <message>
        <source>e.g. Asia/Riyadh</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Standard-Telefonregion</translation>
    </message>
    <message>
        <source>Two-letter region for numbers written without a country code. Empty: international numbers only.</source>
        <translation>Zweibuchstabige Region für Nummern ohne Ländervorwahl. Leer: nur internationale Nummern.</translation>
    </message>
    <message>
        <source>e.g. SA</source>
        <translation>z. B. DE</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Abmelde-Stichwörter</translation>
    </message>
    <message>
        <source>What a contact writes to stop messages, and what the gateway answers.</source>
        <translation>Was ein Kontakt schreibt, um Nachrichten abzubestellen, und was das Gateway antwortet.</translation>
    </message>
    <message>
        <source>One per line. A contact who sends one is suppressed. Empty: the built-in list in six languages (STOP, إيقاف, …).</source>
        <translation>Eines pro Zeile. Wer eines sendet, wird gesperrt. Leer: die eingebaute Liste in sechs Sprachen (STOP, إيقاف, …).</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Wiederanmelde-Stichwörter</translation>
    </message>
    <message>
        <source>One per line. Lifts an opt-out made by keyword. Empty: START, UNSTOP, YES and equivalents.</source>
        <translation>Eines pro Zeile. Hebt eine per Stichwort erfolgte Abmeldung auf. Leer: START, UNSTOP, YES und Entsprechungen.</translation>
    </message>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Abmeldebestätigung</translation>
    </message>
    <message>
        <source>Reply sent to a contact who opted out by keyword. Empty: no reply.</source>
        <translation>Antwort an einen Kontakt, der sich per Stichwort abgemeldet hat. Leer: keine Antwort.</translation>
    </message>
    <message>
        <source>e.g. You will not receive further messages from us.</source>
        <translation>z. B. Sie erhalten keine weiteren Nachrichten von uns.</translation>
    </message>
</context>
<context>
    <name>wag::StartupFailure</name>
    <message>
        <source>It cannot listen on its address, usually because another program uses it. If the WhatsApp Gateway service runs on this computer, the window cannot run next to it: use the service&apos;s web portal, or stop the service (sudo systemctl disable --now whatsapp-gateway). Otherwise start the window with another address, e.g. whatsapp-gateway --listen 127.0.0.1:8481.</source>
        <translation>Es kann nicht auf seiner Adresse lauschen, meist weil ein anderes Programm sie belegt. Läuft auf diesem Computer der Dienst WhatsApp Gateway, kann das Fenster nicht daneben laufen: Verwenden Sie das Webportal des Dienstes oder beenden Sie den Dienst (sudo systemctl disable --now whatsapp-gateway). Andernfalls starten Sie das Fenster mit einer anderen Adresse, z. B. whatsapp-gateway --listen 127.0.0.1:8481.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is already running for this data folder. Look for its icon in the system tray.</source>
        <translation>WhatsApp Gateway läuft für diesen Datenordner bereits. Suchen Sie sein Symbol im Infobereich der Taskleiste.</translation>
    </message>
    <message>
        <source>The reason is below. Nothing was changed.</source>
        <translation>Der Grund steht unten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway could not start</source>
        <translation>WhatsApp Gateway konnte nicht starten</translation>
    </message>
</context>
<context>
    <name>wag::SuppressionsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Part of a number or a note</source>
        <translation>Teil einer Nummer oder Notiz</translation>
    </message>
    <message>
        <source>Search suppressed recipients</source>
        <translation>Gesperrte Empfänger durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>A header row and a &quot;phone&quot; column (optionally &quot;note&quot;). All rows are checked first: one bad row and nothing changes.</source>
        <translation>Eine Kopfzeile und eine Spalte „phone“ (optional „note“). Alle Zeilen werden zuerst geprüft: Eine fehlerhafte Zeile, und nichts ändert sich.</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Gesperrte Empfänger</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Add &amp;number:</source>
        <translation>&amp;Nummer hinzufügen:</translation>
    </message>
    <message>
        <source>Phone number to suppress</source>
        <translation>Zu sperrende Telefonnummer</translation>
    </message>
    <message>
        <source>Note, e.g. asked by phone</source>
        <translation>Notiz, z. B. telefonisch gewünscht</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Import suppressed recipients</source>
        <translation>Gesperrte Empfänger importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export suppressed recipients</source>
        <translation>Gesperrte Empfänger exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Keine Einträge</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>Geben Sie eine Telefonnummer ein, z. B. +14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>%1 will receive no messages.</source>
        <translation>%1 erhält keine Nachrichten mehr.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>Nachrichten an %1 wieder erlauben? Nur tun, wenn die Person darum gebeten hat.</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>%1 wurde von der Liste entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n Eintrag in %1 geschrieben.</numerusform>
            <numerusform>%n Einträge in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wag::TestSendPanel</name>
    <message>
        <source>Transactional — orders, invoices, bookings</source>
        <translation>Transaktional — Bestellungen, Rechnungen, Buchungen</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>Betrieblich — Servicehinweise, Erinnerungen</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>Support — Antwort an einen Kunden</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>Internes Team — Nachrichten an Mitarbeitende</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>Authentifizierung — Einmalcodes</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the desktop window, no API key) and it counts against the limits.</source>
        <translation>Sendet eine Nachricht über diese Instanz wie die API: Der Wächter prüft sie, das Nachrichtenprotokoll verzeichnet sie (aus dem Desktop-Fenster gesendet, ohne API-Schlüssel) und sie zählt gegen die Limits.</translation>
    </message>
    <message>
        <source>e.g. +14155552671</source>
        <translation>z. B. +14155552671</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>Telefonnummer des Empfängers</translation>
    </message>
    <message>
        <source>International format with +, or digits with the country code.</source>
        <translation>Internationales Format mit +, oder Ziffern mit Ländervorwahl.</translation>
    </message>
    <message>
        <source>Purpose of the message</source>
        <translation>Zweck der Nachricht</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Hello, this is a test from our WhatsApp gateway.</source>
        <translation>Hallo, das ist ein Test von unserem WhatsApp-Gateway.</translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <translation>Empfän&amp;ger:</translation>
    </message>
    <message>
        <source>Purp&amp;ose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <source>Message te&amp;xt:</source>
        <translation>Nachr&amp;ichtentext:</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>Testnachricht &amp;senden</translation>
    </message>
    <message>
        <source>Send it now through the guard; the answer appears below.</source>
        <translation>Jetzt über den Wächter senden; die Antwort erscheint unten.</translation>
    </message>
    <message>
        <source>Result of the test send</source>
        <translation>Ergebnis des Testversands</translation>
    </message>
    <message>
        <source>Test sends need the gateway running.</source>
        <translation>Der Testversand braucht ein laufendes Gateway.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Sende über %1…</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>Eingereiht: %1 hält sie in der Sendewarteschlange und sendet sie in Kürze (Nachricht %2, Protokolleintrag %3). Das Nachrichtenprotokoll zeigt, wann sie rausgeht.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>Gesendet: Der Anbieter hat sie angenommen (Nachricht %1, Protokolleintrag %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>Nicht gesendet (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
</context>
<context>
    <name>wag::UsageWording</name>
    <message>
        <source>%1 (gateway default)</source>
        <translation>%1 (Gateway-Standard)</translation>
    </message>
    <message>
        <source>%1 a day, %2 a month</source>
        <translation>%1 pro Tag, %2 pro Monat</translation>
    </message>
    <message>
        <source>unknown (the message log could not be read)</source>
        <translation>unbekannt (das Nachrichtenprotokoll konnte nicht gelesen werden)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (today&apos;s warm-up cap; the daily limit is %2)</source>
        <translation>%1 (heutige Obergrenze der Aufwärmphase; das Tageslimit ist %2)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>starts when a phone is linked; until then at most %1 messages a day</source>
        <translation>beginnt, wenn ein Telefon verknüpft ist; bis dahin höchstens %1 Nachrichten pro Tag</translation>
    </message>
    <message>
        <source>day %1 of %2: at most %3 messages today, doubling each day up to the daily limit</source>
        <translation>Tag %1 von %2: heute höchstens %3 Nachrichten, täglich verdoppelt bis zum Tageslimit</translation>
    </message>
    <message numerus="yes">
        <source>done (linked %n day(s) ago)</source>
        <translation>
            <numerusform>abgeschlossen (vor %n Tag verknüpft)</numerusform>
            <numerusform>abgeschlossen (vor %n Tagen verknüpft)</numerusform>
        </translation>
    </message>
    <message>
        <source>This month&apos;s limit is reached: sends through this instance are refused (monthly_limit_reached) until %1.</source>
        <translation>Das Monatslimit ist erreicht: Sendungen über diese Instanz werden bis %1 abgelehnt (monthly_limit_reached).</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up cap is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>Die heutige Obergrenze der Aufwärmphase ist erreicht: Sendungen über diese Instanz werden bis %1 abgelehnt (daily_limit_reached).</translation>
    </message>
    <message>
        <source>Today&apos;s limit is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>Das Tageslimit ist erreicht: Sendungen über diese Instanz werden bis %1 abgelehnt (daily_limit_reached).</translation>
    </message>
</context>
<context>
    <name>wag::UserPage</name>
    <message>
        <source>First administrator</source>
        <translation>Erster Administrator</translation>
    </message>
    <message>
        <source>This person signs in to the window and the portal and can add other users later.</source>
        <translation>Diese Person meldet sich im Fenster und im Portal an und kann später weitere Benutzer anlegen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>z. B. admin</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Namen haben 2 bis 40 Zeichen: Buchstaben, Ziffern, „.“, „-“ oder „_“, beginnend mit Buchstabe oder Ziffer.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Einen Benutzer namens %1 gibt es bereits.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
</context>
<context>
    <name>wag::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>Zum &amp;Administrator machen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Name of the new user</source>
        <translation>Name des neuen Benutzers</translation>
    </message>
    <message>
        <source>e.g. fatima</source>
        <translation>z. B. fatima</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rolle des neuen Benutzers</translation>
    </message>
    <message>
        <source>Operator — instances, logs, suppressions, test sends</source>
        <translation>Bediener — Instanzen, Protokolle, Sperren, Testversand</translation>
    </message>
    <message>
        <source>Administrator — everything, also keys, users and settings</source>
        <translation>Administrator — alles, auch Schlüssel, Benutzer und Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Password of the new user</source>
        <translation>Passwort des neuen Benutzers</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password of the new user, again</source>
        <translation>Passwort des neuen Benutzers, wiederholt</translation>
    </message>
    <message>
        <source>Password aga&amp;in:</source>
        <translation>Passwort w&amp;iederholen:</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>&amp;Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Disabled since %1</source>
        <translation>Deaktiviert seit %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Make &amp;operator</source>
        <translation>Zum Bediener &amp;machen</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 ist jetzt Administrator.</translation>
    </message>
    <message>
        <source>%1 is now an operator.</source>
        <translation>%1 ist jetzt Bediener.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Neues Passwort für %1 gesetzt.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
    <message>
        <source>Remove the user %1? They can no longer sign in; this cannot be undone.</source>
        <translation>Benutzer %1 entfernen? Diese Person kann sich dann nicht mehr anmelden; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Last portal sign-in</source>
        <translation>Letzte Anmeldung im Portal</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>wag::WebhookDestinationDialog</name>
    <message>
        <source>Add webhook destination</source>
        <translation>Webhook-Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>Ziel-URL</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Wählen Sie mindestens ein Ereignis.</translation>
    </message>
</context>
<context>
    <name>wag::WebhooksPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Webhook destinations</source>
        <translation>Webhook-Ziele</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>R&amp;otate secret</source>
        <translation>Geheimnis &amp;erneuern</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>&amp;Testereignis senden</translation>
    </message>
    <message>
        <source>Delivery log of the selected destination</source>
        <translation>Zustellprotokoll des gewählten Ziels</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>&amp;Redeliver selected event</source>
        <translation>Gewähltes Ereignis &amp;erneut zustellen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>The destination was added. Receivers verify each delivery with this signing secret:</source>
        <translation>Das Ziel wurde hinzugefügt. Empfänger prüfen jede Zustellung mit diesem Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>Neues Signaturgeheimnis erzeugen? Das aktuelle signiert noch 24 Stunden weiter, damit der Empfänger umstellen kann.</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>Neues Signaturgeheimnis</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours):</source>
        <translation>Das neue Signaturgeheimnis (das vorherige signiert noch 24 Stunden):</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>Dieses Ziel samt Zustellprotokoll entfernen? Ausstehende Zustellungen werden verworfen.</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>Testereignis %1 eingereiht; seine Versuche erscheinen im Zustellprotokoll.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>Ereignis %1 wird jetzt erneut zugestellt.</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>Das Gateway hat das Webhook-Ziel %1 deaktiviert (%2). Prüfen Sie den Empfänger und aktivieren Sie es dann wieder.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiKeysController</name>
    <message>
        <source>No API keys yet. Create the first one below.</source>
        <translation>Noch keine API-Schlüssel. Legen Sie unten den ersten an.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>alle Instanzen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>There are no instances yet.</source>
        <translation>Es gibt noch keine Instanzen.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>A name that says who uses the key, e.g. &quot;crm&quot;.</source>
        <translation>Ein Name, der sagt, wer den Schlüssel nutzt, z. B. „crm“.</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>Instanzen, über die der Schlüssel senden darf</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>Nichts angehakt: Der Schlüssel darf jede Instanz nutzen.</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Give the key a name that says who uses it, e.g. &quot;crm&quot;.</source>
        <translation>Geben Sie dem Schlüssel einen Namen, der sagt, wer ihn nutzt, z. B. „crm“.</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>Der Schlüssel für „%1“. Integrationen senden ihn als „Authorization: Bearer &lt;key&gt;“:</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>Der neue API-Schlüssel</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Kopieren Sie ihn jetzt: Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>The gateway keeps only a hash of it. If it is lost, revoke it and create a new one.</source>
        <translation>Das Gateway speichert nur einen Hash davon. Geht er verloren, widerrufen Sie ihn und erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>Schlüssel „%1“ (%2…) widerrufen? Was ihn nutzt, wird ab der nächsten Anfrage abgewiesen.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiReferenceController</name>
    <message>
        <source>API reference</source>
        <translation>API-Referenz</translation>
    </message>
    <message>
        <source>The API document is not built into this gateway.</source>
        <translation>Das API-Dokument ist nicht in dieses Gateway eingebaut.</translation>
    </message>
    <message>
        <source>Download the OpenAPI document (JSON)</source>
        <translation>OpenAPI-Dokument herunterladen (JSON)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Webhook events</source>
        <translation>Webhook-Ereignisse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfragekörper</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>wag::portal::InboundLogsController</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>The phone filter takes any part of the number.</source>
        <translation>Der Telefonfilter nimmt jeden Teil der Nummer.</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Eingangsprotokoll</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>Abmelde-Stichwort</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Keine Nachricht passt zum Filter.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>Keine älteren Nachrichten.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceConnectionView</name>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>Verbunden: Das Telefon ist verknüpft, Nachrichten gehen raus.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>Warte auf das Telefon: WhatsApp öffnen, Verknüpfte Geräte, Gerät hinzufügen, Code scannen.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>Verbinde erneut mit dem verknüpften Telefon…</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>Nicht verbunden. Drücken Sie Verbinden, um ein Telefon zu verknüpfen.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(Demo: der eingebaute Simulator, kein echtes WhatsApp-Konto.)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>ja — %1</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>Verknüpftes Telefon</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Last reason given by the provider</source>
        <translation>Letzter vom Anbieter genannter Grund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Verknüpft — kein QR-Code nötig.</translation>
    </message>
    <message>
        <source>No QR code: the instance is not connecting.</source>
        <translation>Kein QR-Code: Die Instanz verbindet sich gerade nicht.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>Noch kein QR-Code.</translation>
    </message>
    <message>
        <source>QR code to link the phone</source>
        <translation>QR-Code zum Verknüpfen des Telefons</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device. The code changes from time to time; this page shows the current one.</source>
        <translation>Mit WhatsApp auf dem Telefon scannen: Verknüpfte Geräte, Gerät hinzufügen. Der Code wechselt von Zeit zu Zeit; diese Seite zeigt den aktuellen.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceManageController</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Testversand</translation>
    </message>
    <message>
        <source>Limits and pause</source>
        <translation>Limits und Pause</translation>
    </message>
    <message>
        <source>Instance pages</source>
        <translation>Seiten der Instanz</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Why (kept with the pause, for the team)</source>
        <translation>Warum (wird mit der Pause gespeichert, für das Team)</translation>
    </message>
    <message>
        <source>paused from the portal</source>
        <translation>im Portal pausiert</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Log out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Only administrators change an instance&apos;s limits.</source>
        <translation>Nur Administratoren ändern die Limits einer Instanz.</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instanz %1</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Seite nicht gefunden</translation>
    </message>
    <message>
        <source>Instances have no &quot;%1&quot; tab in this version of the portal.</source>
        <translation>Instanzen haben in dieser Version des Portals keinen Reiter „%1“.</translation>
    </message>
    <message>
        <source>Back to the instances</source>
        <translation>Zurück zu den Instanzen</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>Log out &quot;%1&quot;? The phone is unlinked; linking it again needs a new scan.</source>
        <translation>„%1“ abmelden? Das Telefon wird getrennt; erneutes Verknüpfen erfordert einen neuen Scan.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>„%1“ löschen? Das Telefon wird getrennt und API-Schlüssel verlieren diese Instanz. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Instanz löschen</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Es gibt keine Vorgabe „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceTestSendView</name>
    <message>
        <source>Transactional — orders, invoices, bookings</source>
        <translation>Transaktional — Bestellungen, Rechnungen, Buchungen</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>Betrieblich — Servicehinweise, Erinnerungen</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>Support — Antwort an einen Kunden</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>Internes Team — Nachrichten an Mitarbeitende</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>Authentifizierung — Einmalcodes</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the portal, no API key) and it counts against the limits.</source>
        <translation>Sendet eine Nachricht über diese Instanz wie die API: Der Wächter prüft sie, das Nachrichtenprotokoll hält sie fest (aus dem Portal gesendet, ohne API-Schlüssel) und sie zählt zu den Limits.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>Eingereiht: %1 hält sie in der Sendewarteschlange und sendet sie in Kürze (Nachricht %2, Protokolleintrag %3). Das Nachrichtenprotokoll zeigt, wann sie rausgeht.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>Gesendet: Der Anbieter hat sie angenommen (Nachricht %1, Protokolleintrag %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>Nicht gesendet (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Abgelehnt (%1): %2</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceUsageView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Heute gesendet</translation>
    </message>
    <message>
        <source>Sent this month</source>
        <translation>Diesen Monat gesendet</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again</source>
        <translation>Die Tageszählung beginnt neu</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again</source>
        <translation>Die Monatszählung beginnt neu</translation>
    </message>
    <message>
        <source>Limits and usage</source>
        <translation>Limits und Nutzung</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>Gezählt wie beim Wächter: jede Sendung, die er angenommen hat (gesendet, eingereiht oder später beim Anbieter fehlgeschlagen). Abgelehnte Versuche zählen nicht.</translation>
    </message>
    <message>
        <source>none — use the numbers below</source>
        <translation>keine — die Zahlen unten verwenden</translation>
    </message>
    <message>
        <source>%1: %2 a day, %3 a month</source>
        <translation>%1: %2 pro Tag, %3 pro Monat</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Nachrichten pro Tag</translation>
    </message>
    <message>
        <source>Messages per calendar month</source>
        <translation>Nachrichten pro Kalendermonat</translation>
    </message>
    <message>
        <source>Leave a field empty for the gateway&apos;s default. A preset sets both numbers.</source>
        <translation>Ein leeres Feld bedeutet den Standard des Gateways. Eine Vorgabe setzt beide Zahlen.</translation>
    </message>
    <message>
        <source>Change limits</source>
        <translation>Limits ändern</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Limits speichern</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceWebhooksController</name>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Add webhook destination</source>
        <translation>Webhook-Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Testereignis senden</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Geheimnis erneuern…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>All webhook destinations</source>
        <translation>Alle Webhook-Ziele</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Change URL or events</source>
        <translation>URL oder Ereignisse ändern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Wählen Sie mindestens ein Ereignis.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Signaturgeheimnis</translation>
    </message>
    <message>
        <source>The destination %1 was added. Receivers verify each delivery with this signing secret:</source>
        <translation>Das Ziel %1 wurde hinzugefügt. Empfänger prüfen jede Zustellung mit diesem Signaturgeheimnis:</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>Neues Signaturgeheimnis erzeugen? Das aktuelle signiert noch 24 Stunden weiter, damit der Empfänger umstellen kann.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>Neues Signaturgeheimnis</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours; until then both sign every delivery):</source>
        <translation>Das neue Signaturgeheimnis (das bisherige signiert noch 24 Stunden; bis dahin signieren beide jede Zustellung):</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>Dieses Ziel samt Zustellprotokoll entfernen? Ausstehende Zustellungen werden verworfen.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>Testereignis %1 eingereiht; seine Versuche erscheinen im Zustellprotokoll.</translation>
    </message>
    <message>
        <source>Choose an event of the delivery log to redeliver.</source>
        <translation>Wählen Sie ein Ereignis aus dem Zustellprotokoll, das erneut zugestellt werden soll.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>Ereignis %1 wird jetzt erneut zugestellt.</translation>
    </message>
    <message>
        <source>Give both times as year-month-day hours:minutes, e.g. 2026-01-31 08:00 (UTC).</source>
        <translation>Geben Sie beide Zeiten als Jahr-Monat-Tag Stunden:Minuten an, z. B. 2026-01-31 08:00 (UTC).</translation>
    </message>
    <message>
        <source>Events from %1 to %2 will go out again now; deliveries pending for them: %3.</source>
        <translation>Ereignisse von %1 bis %2 gehen jetzt erneut hinaus; ausstehende Zustellungen dafür: %3.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceWebhooksView</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled: the receiver answered 410 Gone</source>
        <translation>deaktiviert: Empfänger antwortete 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>deaktiviert: seit 5 Tagen fehlerhaft</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>Das Gateway hat das Webhook-Ziel %1 deaktiviert (%2). Prüfen Sie den Empfänger und aktivieren Sie es dann wieder.</translation>
    </message>
    <message>
        <source>No webhook destinations yet. Add the first one below.</source>
        <translation>Noch keine Webhook-Ziele. Fügen Sie unten das erste hinzu.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>Ziel-URL</translation>
    </message>
    <message>
        <source>http or https. Loopback, link-local and cloud-metadata addresses are refused; plain http only to the LAN.</source>
        <translation>http oder https. Loopback-, Link-local- und Cloud-Metadaten-Adressen werden abgelehnt; unverschlüsseltes http nur ins LAN.</translation>
    </message>
    <message>
        <source>The signing secret</source>
        <translation>Das Signaturgeheimnis</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Kopieren Sie ihn jetzt: Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>The gateway keeps it encrypted and never shows it again. If it is lost, rotate the secret.</source>
        <translation>Das Gateway speichert es verschlüsselt und zeigt es nie wieder an. Geht es verloren, erneuern Sie das Geheimnis.</translation>
    </message>
    <message>
        <source>Previous secret</source>
        <translation>Bisheriges Geheimnis</translation>
    </message>
    <message>
        <source>still signs until %1</source>
        <translation>signiert noch bis %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>No delivery attempts yet.</source>
        <translation>Noch keine Zustellversuche.</translation>
    </message>
    <message>
        <source>Redeliver</source>
        <translation>Erneut zustellen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Redeliver a time range</source>
        <translation>Einen Zeitraum erneut zustellen</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Von (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Bis (UTC)</translation>
    </message>
    <message>
        <source>Redeliver range</source>
        <translation>Zeitraum erneut zustellen</translation>
    </message>
    <message>
        <source>Every event of this instance that occurred from the first time up to (not including) the second goes again to the destinations that subscribe to it.</source>
        <translation>Jedes Ereignis dieser Instanz vom ersten Zeitpunkt bis (ausschließlich) zum zweiten geht erneut an die Ziele, die es abonniert haben.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstancesController</name>
    <message>
        <source>open</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>No instances yet. Create the first one below.</source>
        <translation>Noch keine Instanzen. Legen Sie unten die erste an.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>Verknüpftes Telefon</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Neue Instanz</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>3 bis 40 Zeichen: Kleinbuchstaben, Ziffern und Bindestriche, beginnend mit Buchstabe oder Ziffer.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was deleted.</source>
        <translation>Die Instanz „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>wag::portal::LogFilter</name>
    <message>
        <source>There is no instance &quot;%1&quot;.</source>
        <translation>Es gibt keine Instanz „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the first day as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>„%1“ ist kein Datum. Den ersten Tag als JJJJ-MM-TT schreiben, z. B. 2026-03-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>„%1“ ist kein Datum. Den letzten Tag als JJJJ-MM-TT schreiben, z. B. 2026-03-31.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>Der erste Tag (%1) liegt nach dem letzten Tag (%2).</translation>
    </message>
    <message>
        <source>The page link is damaged (&quot;%1&quot; is no row number). Start again from the newest rows.</source>
        <translation>Der Seitenlink ist beschädigt („%1“ ist keine Zeilennummer). Beginnen Sie wieder bei den neuesten Zeilen.</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Days are the gateway&apos;s days (time zone %1); both days are included.</source>
        <translation>Tage sind die Tage des Gateways (Zeitzone %1); beide Tage zählen mit.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Ältere</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>wag::portal::MessageLogsController</name>
    <message>
        <source>The phone filter takes the whole number, e.g. +14155552671.</source>
        <translation>Der Telefonfilter braucht die ganze Nummer, z. B. +14155552671.</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Keine Nachricht passt zum Filter.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>Keine älteren Nachrichten.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>wag::portal::PageShell</name>
    <message>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Portal pages</source>
        <translation>Portalseiten</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Independent software, not affiliated with WhatsApp, Meta or 3CX.</source>
        <translation>Unabhängige Software, nicht verbunden mit WhatsApp, Meta oder 3CX.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>wag::portal::PolicyEventsController</name>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>Pausierte Instanzen</translation>
    </message>
    <message>
        <source>No instance is paused.</source>
        <translation>Keine Instanz ist pausiert.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>A paused instance accepts no sends. Resume it once the reason is dealt with.</source>
        <translation>Eine pausierte Instanz nimmt keine Sendungen an. Setzen Sie sie fort, sobald der Grund behoben ist.</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Richtlinienereignisse</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>Entscheidungen des Wächters</translation>
    </message>
    <message>
        <source>No decision matches the filter.</source>
        <translation>Keine Entscheidung passt zum Filter.</translation>
    </message>
    <message>
        <source>No older decisions.</source>
        <translation>Keine älteren Entscheidungen.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>There is no instance &quot;%1&quot; (any more).</source>
        <translation>Die Instanz „%1“ gibt es nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>wag::portal::PolicyPagesController</name>
    <message>
        <source>This gateway sends WhatsApp messages on behalf of the business that runs it. It is built for responsible messaging only: messages people expect, from a business they deal with. These rules apply to everyone who sends through it — staff in the desktop window or this portal, and every system that uses its API.</source>
        <translation>Dieses Gateway sendet WhatsApp-Nachrichten im Namen des Unternehmens, das es betreibt. Es ist nur für verantwortungsvolles Messaging gedacht: Nachrichten, die Menschen erwarten, von einem Unternehmen, mit dem sie zu tun haben. Diese Regeln gelten für alle, die darüber senden — Mitarbeitende im Desktop-Fenster oder in diesem Portal und jedes System, das seine API nutzt.</translation>
    </message>
    <message>
        <source>What it may be used for</source>
        <translation>Wofür es genutzt werden darf</translation>
    </message>
    <message>
        <source>Every message names its purpose. The gateway accepts these purposes only:</source>
        <translation>Jede Nachricht nennt ihren Zweck. Das Gateway akzeptiert nur diese Zwecke:</translation>
    </message>
    <message>
        <source>transactional — orders, invoices, bookings, deliveries, payments</source>
        <translation>transactional — Bestellungen, Rechnungen, Buchungen, Lieferungen, Zahlungen</translation>
    </message>
    <message>
        <source>operational — service notices, appointment reminders, account changes</source>
        <translation>operational — Servicehinweise, Terminerinnerungen, Kontoänderungen</translation>
    </message>
    <message>
        <source>support — answers to questions and requests the contact raised</source>
        <translation>support — Antworten auf Fragen und Anliegen des Kontakts</translation>
    </message>
    <message>
        <source>internal_team — messages among the business&apos;s own staff</source>
        <translation>internal_team — Nachrichten unter den eigenen Mitarbeitenden des Unternehmens</translation>
    </message>
    <message>
        <source>authentication — one-time codes and sign-in confirmations</source>
        <translation>authentication — Einmalcodes und Anmeldebestätigungen</translation>
    </message>
    <message>
        <source>What it may not be used for</source>
        <translation>Wofür es nicht genutzt werden darf</translation>
    </message>
    <message>
        <source>Marketing, promotions and advertising, including &quot;special offers&quot; to existing customers.</source>
        <translation>Marketing, Aktionen und Werbung, auch „Sonderangebote“ an Bestandskunden.</translation>
    </message>
    <message>
        <source>Cold outreach: writing to people who never asked to hear from the business.</source>
        <translation>Kaltakquise: Nachrichten an Menschen, die nie um Kontakt mit dem Unternehmen gebeten haben.</translation>
    </message>
    <message>
        <source>Bulk campaigns and broadcasts of one text to long lists of numbers.</source>
        <translation>Massenkampagnen und Rundsendungen eines Textes an lange Nummernlisten.</translation>
    </message>
    <message>
        <source>Political messages and campaigning.</source>
        <translation>Politische Nachrichten und Wahlkampf.</translation>
    </message>
    <message>
        <source>Messages to people who opted out or were suppressed, and numbers bought, scraped or guessed.</source>
        <translation>Nachrichten an Menschen, die sich abgemeldet haben oder gesperrt wurden, sowie an gekaufte, ausgelesene oder erratene Nummern.</translation>
    </message>
    <message>
        <source>Harassment, deception, phishing, or anything unlawful where the business or the contact is.</source>
        <translation>Belästigung, Täuschung, Phishing oder alles, was dort rechtswidrig ist, wo sich das Unternehmen oder der Kontakt befindet.</translation>
    </message>
    <message>
        <source>The gateway refuses these purposes by name, and any purpose it does not know:</source>
        <translation>Das Gateway lehnt diese Zwecke namentlich ab, ebenso jeden Zweck, den es nicht kennt:</translation>
    </message>
    <message>
        <source>What the gateway does about it</source>
        <translation>Was das Gateway dagegen tut</translation>
    </message>
    <message>
        <source>Rules are enforced on every send, not only written down. A refused send is not delivered; the caller gets the reason, and the decision is kept in the policy log for the gateway&apos;s admins. The checks are described in detail on the responsible messaging page.</source>
        <translation>Die Regeln werden bei jeder Sendung durchgesetzt, nicht nur aufgeschrieben. Eine abgelehnte Sendung wird nicht zugestellt; der Aufrufer erhält den Grund, und die Entscheidung wird im Richtlinienprotokoll für die Administratoren des Gateways festgehalten. Die Prüfungen sind auf der Seite zum verantwortungsvollen Messaging ausführlich beschrieben.</translation>
    </message>
    <message>
        <source>Contacts who write an opt-out keyword such as STOP are suppressed at once; sends to them are refused.</source>
        <translation>Kontakte, die ein Abmelde-Stichwort wie STOP schreiben, werden sofort gesperrt; Sendungen an sie werden abgelehnt.</translation>
    </message>
    <message>
        <source>Each number has daily and monthly limits (by default %1 a day and %2 a month), and a newly linked number starts lower.</source>
        <translation>Jede Nummer hat Tages- und Monatslimits (standardmäßig %1 pro Tag und %2 pro Monat), und eine neu verknüpfte Nummer beginnt niedriger.</translation>
    </message>
    <message>
        <source>Sends are paced, and a risk score slows or blocks sending that looks like spam.</source>
        <translation>Sendungen werden getaktet, und ein Risikowert bremst oder blockiert Sendungen, die nach Spam aussehen.</translation>
    </message>
    <message>
        <source>A sudden rise in opt-outs pauses the number until an admin has looked at it.</source>
        <translation>Ein plötzlicher Anstieg der Abmeldungen pausiert die Nummer, bis ein Administrator sie geprüft hat.</translation>
    </message>
    <message>
        <source>What the business running the gateway must do</source>
        <translation>Was das Unternehmen, das das Gateway betreibt, tun muss</translation>
    </message>
    <message>
        <source>Message only people who gave their number for this purpose, and keep a record of it.</source>
        <translation>Schreiben Sie nur Menschen an, die ihre Nummer für diesen Zweck angegeben haben, und dokumentieren Sie das.</translation>
    </message>
    <message>
        <source>Say who is writing, and keep messages relevant to why the contact is hearing from you.</source>
        <translation>Sagen Sie, wer schreibt, und bleiben Sie in Ihren Nachrichten beim Anlass, aus dem der Kontakt von Ihnen hört.</translation>
    </message>
    <message>
        <source>Honour every opt-out, however it reaches you (a keyword, a reply, a call, an email): add the number to the suppressed recipients.</source>
        <translation>Respektieren Sie jede Abmeldung, egal wie sie Sie erreicht (Stichwort, Antwort, Anruf, E-Mail): Fügen Sie die Nummer den gesperrten Empfängern hinzu.</translation>
    </message>
    <message>
        <source>Choose the purpose of each message truthfully; a wrong purpose to get past the rules is misuse.</source>
        <translation>Wählen Sie den Zweck jeder Nachricht wahrheitsgemäß; ein falscher Zweck, um die Regeln zu umgehen, ist Missbrauch.</translation>
    </message>
    <message>
        <source>Review paused numbers and policy events before resuming, and fix the cause.</source>
        <translation>Prüfen Sie pausierte Nummern und Richtlinienereignisse vor dem Fortsetzen, und beheben Sie die Ursache.</translation>
    </message>
    <message>
        <source>Follow WhatsApp&apos;s own terms and policies and the law on electronic messages and personal data.</source>
        <translation>Halten Sie die Bedingungen und Richtlinien von WhatsApp ein sowie das Recht zu elektronischen Nachrichten und personenbezogenen Daten.</translation>
    </message>
    <message>
        <source>This software is independent and not affiliated with WhatsApp, Meta or 3CX. WhatsApp may restrict numbers that break its policies whatever this gateway allows.</source>
        <translation>Diese Software ist unabhängig und nicht mit WhatsApp, Meta oder 3CX verbunden. WhatsApp kann Nummern, die gegen seine Richtlinien verstoßen, einschränken, unabhängig davon, was dieses Gateway erlaubt.</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>Zulässige Nutzung</translation>
    </message>
    <message>
        <source>Every message sent through the gateway — by the API or a test send from the window or the portal — passes the same guard. The checks run in this order and the first one that fails answers: the API key, the request, the instance and the key&apos;s scope, the purpose, the phone number, suppression, the instance being connected and not paused, the content rules, the daily and monthly limits, then risk and pacing. Every decision is logged as a policy event.</source>
        <translation>Jede Nachricht, die über das Gateway gesendet wird — über die API oder als Testversand aus dem Fenster oder dem Portal —, durchläuft denselben Wächter. Die Prüfungen laufen in dieser Reihenfolge, und die erste, die fehlschlägt, liefert die Antwort: der API-Schlüssel, die Anfrage, die Instanz und ob der Schlüssel sie nutzen darf, der Zweck, die Telefonnummer, die Sperre, ob die Instanz verbunden und nicht pausiert ist, die Inhaltsregeln, die Tages- und Monatslimits, dann Risiko und Taktung. Jede Entscheidung wird als Richtlinienereignis protokolliert.</translation>
    </message>
    <message>
        <source>The numbers below are the defaults this version ships with. A gateway&apos;s admin can change them in the settings, and per instance.</source>
        <translation>Die folgenden Zahlen sind die Standardwerte dieser Version. Ein Administrator des Gateways kann sie in den Einstellungen ändern, auch pro Instanz.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>The field message_purpose is required. Allowed:</source>
        <translation>Das Feld message_purpose ist erforderlich. Zulässig:</translation>
    </message>
    <message>
        <source>Refused with message_purpose_not_allowed (anything else is refused too):</source>
        <translation>Abgelehnt mit message_purpose_not_allowed (alles andere wird ebenfalls abgelehnt):</translation>
    </message>
    <message>
        <source>Opt-out and suppression</source>
        <translation>Abmeldung und Sperre</translation>
    </message>
    <message>
        <source>An inbound message whose whole text, trimmed and without regard to case, is an opt-out keyword suppresses the sender before anything else happens, and the event recipient.opted_out goes to the business&apos;s webhooks. The built-in keywords:</source>
        <translation>Eine eingehende Nachricht, deren gesamter Text — ohne Leerzeichen am Anfang und Ende und ohne Beachtung der Groß- und Kleinschreibung — ein Abmelde-Stichwort ist, sperrt den Absender, bevor irgendetwas anderes geschieht, und das Ereignis recipient.opted_out geht an die Webhooks des Unternehmens. Die eingebauten Stichwörter:</translation>
    </message>
    <message>
        <source>One of %1 lifts an opt-out that was made by keyword, never one an admin made by hand. Sends to a suppressed number are refused with recipient_suppressed. Admins add, remove, import and export suppressed numbers with the reason and who did it.</source>
        <translation>Eines von %1 hebt eine per Stichwort erfolgte Abmeldung auf, nie aber eine, die ein Administrator von Hand gesetzt hat. Sendungen an eine gesperrte Nummer werden mit recipient_suppressed abgelehnt. Administratoren fügen gesperrte Nummern hinzu, entfernen, importieren und exportieren sie, jeweils mit Grund und Urheber.</translation>
    </message>
    <message>
        <source>Limits and warm-up</source>
        <translation>Limits und Aufwärmphase</translation>
    </message>
    <message>
        <source>Each instance may send %1 messages a day and %2 a calendar month, in the gateway&apos;s time zone; beyond that, daily_limit_reached or monthly_limit_reached with Retry-After.</source>
        <translation>Jede Instanz darf %1 Nachrichten pro Tag und %2 pro Kalendermonat senden, in der Zeitzone des Gateways; darüber hinaus daily_limit_reached oder monthly_limit_reached mit Retry-After.</translation>
    </message>
    <message>
        <source>A number linked less than %1 days ago warms up: %2 messages on its first day, doubling each day up to the normal daily limit.</source>
        <translation>Eine Nummer, die vor weniger als %1 Tagen verknüpft wurde, ist in der Aufwärmphase: %2 Nachrichten am ersten Tag, täglich verdoppelt bis zum normalen Tageslimit.</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Taktung</translation>
    </message>
    <message>
        <source>Between two sends of one instance: a random gap of %1 to %2 seconds.</source>
        <translation>Zwischen zwei Sendungen einer Instanz: ein zufälliger Abstand von %1 bis %2 Sekunden.</translation>
    </message>
    <message>
        <source>After every %1 sends: a pause of %2 seconds.</source>
        <translation>Nach je %1 Sendungen: eine Pause von %2 Sekunden.</translation>
    </message>
    <message>
        <source>To the same recipient: at most one message every %1 seconds.</source>
        <translation>An denselben Empfänger: höchstens eine Nachricht alle %1 Sekunden.</translation>
    </message>
    <message>
        <source>Waiting sends are kept in a durable queue of up to %1 messages or %2 seconds per instance, and survive a restart; beyond that, sending_throttled.</source>
        <translation>Wartende Sendungen liegen in einer dauerhaften Warteschlange mit bis zu %1 Nachrichten oder %2 Sekunden pro Instanz und überstehen einen Neustart; darüber hinaus sending_throttled.</translation>
    </message>
    <message>
        <source>Each API key may make %1 send requests a minute.</source>
        <translation>Jeder API-Schlüssel darf %1 Sendeanfragen pro Minute stellen.</translation>
    </message>
    <message>
        <source>Risk checks</source>
        <translation>Risikoprüfungen</translation>
    </message>
    <message>
        <source>Each send gets a risk score from 0 to 100 from: the share of today&apos;s recipients who never wrote in (cold outreach), the same text going to many recipients within an hour, the recent opt-out rate, the provider&apos;s failure rate, and sends to people who have not written in the last 24 hours. The signals weigh by purpose: one-time codes and transactional notices to people who never wrote in are normal and are not held against the sender.</source>
        <translation>Jede Sendung erhält einen Risikowert von 0 bis 100 aus: dem Anteil der heutigen Empfänger, die nie geschrieben haben (Kaltakquise), demselben Text an viele Empfänger innerhalb einer Stunde, der jüngsten Abmelderate, der Fehlerrate des Anbieters und Sendungen an Menschen, die in den letzten 24 Stunden nicht geschrieben haben. Die Signale werden nach Zweck gewichtet: Einmalcodes und transaktionale Hinweise an Menschen, die nie geschrieben haben, sind normal und werden dem Absender nicht angelastet.</translation>
    </message>
    <message>
        <source>A score of %1 or more blocks the send with policy_violation.</source>
        <translation>Ein Wert ab %1 blockiert die Sendung mit policy_violation.</translation>
    </message>
    <message>
        <source>A score from %1 to %2 slows the instance&apos;s pacing.</source>
        <translation>Ein Wert von %1 bis %2 verlangsamt die Taktung der Instanz.</translation>
    </message>
    <message>
        <source>More than %1 % opt-outs among an instance&apos;s last %2 sends pauses the instance until an admin resumes it.</source>
        <translation>Mehr als %1 % Abmeldungen unter den letzten %2 Sendungen einer Instanz pausieren die Instanz, bis ein Administrator sie fortsetzt.</translation>
    </message>
    <message>
        <source>Content rules</source>
        <translation>Inhaltsregeln</translation>
    </message>
    <message>
        <source>A text is refused with policy_violation when it contains a blocked phrase (by default, common marketing phrases), a link through a URL shortener, or a full payment card number. Admins edit the phrase and shortener lists.</source>
        <translation>Ein Text wird mit policy_violation abgelehnt, wenn er eine blockierte Formulierung (standardmäßig gängige Marketingformulierungen), einen Link über einen URL-Kürzer oder eine vollständige Zahlungskartennummer enthält. Administratoren bearbeiten die Listen der Formulierungen und URL-Kürzer.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>A conversation counts as open for %1 hours after the contact&apos;s last message; the webhook events conversation.opened and conversation.closed mark it.</source>
        <translation>Eine Unterhaltung gilt nach der letzten Nachricht des Kontakts %1 Stunden lang als offen; die Webhook-Ereignisse conversation.opened und conversation.closed markieren sie.</translation>
    </message>
    <message>
        <source>What the operator must do</source>
        <translation>Was der Betreiber tun muss</translation>
    </message>
    <message>
        <source>The guard catches patterns, not intentions. The business running the gateway remains responsible for consent, truthful purposes and honouring opt-outs, as set out on the acceptable use page.</source>
        <translation>Der Wächter erkennt Muster, keine Absichten. Das Unternehmen, das das Gateway betreibt, bleibt verantwortlich für Einwilligungen, wahrheitsgemäße Zwecke und die Beachtung von Abmeldungen, wie auf der Seite zur zulässigen Nutzung beschrieben.</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>Verantwortungsvolles Messaging</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalGate</name>
    <message>
        <source>This page is for administrators. You are signed in as an operator.</source>
        <translation>Diese Seite ist für Administratoren. Sie sind als Bediener angemeldet.</translation>
    </message>
    <message>
        <source>The form was missing its security token or it did not match your session. Nothing was changed. Open the page again and retry.</source>
        <translation>Dem Formular fehlte sein Sicherheitstoken, oder es passte nicht zu Ihrer Sitzung. Es wurde nichts geändert. Öffnen Sie die Seite erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Seite nicht gefunden</translation>
    </message>
    <message>
        <source>There is no page at %1 in this version of the portal.</source>
        <translation>Unter %1 gibt es in dieser Version des Portals keine Seite.</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalPages</name>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Gesperrte Empfänger</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Eingangsprotokoll</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Nachrichtenprotokoll</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Richtlinienereignisse</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>Zulässige Nutzung</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>Verantwortungsvolles Messaging</translation>
    </message>
    <message>
        <source>API reference</source>
        <translation>API-Referenz</translation>
    </message>
</context>
<context>
    <name>wag::portal::SettingInput</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>after a restart</source>
        <translation>nach einem Neustart</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Standard: %1.</translation>
    </message>
    <message>
        <source>A new value takes effect when the gateway restarts.</source>
        <translation>Ein neuer Wert wirkt nach einem Neustart des Gateways.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which wins over what is saved here: change it there.</source>
        <translation>Durch die Umgebungsvariable %1 gesetzt, die Vorrang vor dem hier Gespeicherten hat: Ändern Sie sie dort.</translation>
    </message>
    <message>
        <source>Set on the command line (--%1), which wins over what is saved here: change it there.</source>
        <translation>In der Befehlszeile gesetzt (--%1), die Vorrang vor dem hier Gespeicherten hat: Ändern Sie es dort.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SettingsController</name>
    <message>
        <source>Saved — in effect now.</source>
        <translation>Gespeichert — gilt ab sofort.</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>Gespeichert — wirkt nach einem Neustart des Gateways.</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>Nichts zu speichern: Kein Wert wurde geändert.</translation>
    </message>
    <message>
        <source>Provider key stored — takes effect when the gateway restarts.</source>
        <translation>Anbieterschlüssel gespeichert — wirkt nach einem Neustart des Gateways.</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>Durch die Umgebungsvariable WAG_PROVIDER_KEY gesetzt.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>In der Befehlszeile gesetzt (--provider-key).</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>Schlüssel: gesetzt (verschlüsselt gespeichert; wird nie angezeigt).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>Schlüssel: nicht gesetzt.</translation>
    </message>
    <message>
        <source>Provider key</source>
        <translation>Anbieterschlüssel</translation>
    </message>
    <message>
        <source>New provider key</source>
        <translation>Neuer Anbieterschlüssel</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <source>An emptied field goes back to its default. Only changed values are saved, all together or none.</source>
        <translation>Ein geleertes Feld kehrt zum Standard zurück. Nur geänderte Werte werden gespeichert, alle zusammen oder keiner.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Einstellungsgruppen</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>Nicht gespeichert: Korrigieren Sie den markierten Wert. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The key is set by the environment or the command line, which wins: change it there.</source>
        <translation>Der Schlüssel ist durch die Umgebung oder die Befehlszeile gesetzt, die Vorrang haben: Ändern Sie ihn dort.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>wag::portal::SignInController</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>This sign-in form has expired or did not come from this gateway. Please sign in again.</source>
        <translation>Dieses Anmeldeformular ist abgelaufen oder stammt nicht von diesem Gateway. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts from your address. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele Anmeldeversuche von Ihrer Adresse. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele Anmeldeversuche von Ihrer Adresse. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter für diesen Benutzer. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter für diesen Benutzer. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again shortly.</source>
        <translation>Anmelden ist gerade nicht möglich. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SuppressionsController</name>
    <message>
        <source>opted out by keyword</source>
        <translation>per Stichwort abgemeldet</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>vom Team hinzugefügt</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>No one is suppressed.</source>
        <translation>Niemand ist gesperrt.</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>Kein Eintrag passt zu „%1“.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 von %3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Part of a number or a note</source>
        <translation>Teil einer Nummer oder Notiz</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Nummer hinzufügen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>z. B. telefonisch gewünscht</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>CSV-Text</translation>
    </message>
    <message>
        <source>Paste the file&apos;s text: a header row and a &quot;phone&quot; column (optionally &quot;note&quot;). All rows are checked first: one bad row and nothing changes. At most %1 MiB and %2 rows.</source>
        <translation>Fügen Sie den Text der Datei ein: eine Kopfzeile und eine Spalte „phone“ (optional „note“). Alle Zeilen werden zuerst geprüft: Eine fehlerhafte Zeile, und nichts ändert sich. Höchstens %1 MiB und %2 Zeilen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Gesperrte Empfänger</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>Geben Sie eine Telefonnummer ein, z. B. +14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>Nachrichten an %1 wieder erlauben? Nur tun, wenn die Person darum gebeten hat.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) added.</source>
        <translation>
            <numerusform>%n Nummer hinzugefügt.</numerusform>
            <numerusform>%n Nummern hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n stand bereits auf der Liste.</numerusform>
            <numerusform>%n standen bereits auf der Liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported, because %n row(s) were refused. Fix them and import again.</source>
        <translation>
            <numerusform>Nichts wurde importiert, weil %n Zeile abgelehnt wurde. Korrigieren Sie sie und importieren Sie erneut.</numerusform>
            <numerusform>Nichts wurde importiert, weil %n Zeilen abgelehnt wurden. Korrigieren Sie sie und importieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Paste the CSV text to import first.</source>
        <translation>Fügen Sie zuerst den zu importierenden CSV-Text ein.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ThreecxController</name>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>No 3CX integrations yet.</source>
        <translation>Noch keine 3CX-Integrationen.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>outbound messages: %1; call events: %2</source>
        <translation>ausgehende Nachrichten: %1; Anrufereignisse: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Default instance</source>
        <translation>Standardinstanz</translation>
    </message>
    <message>
        <source>Webhook URL for 3CX</source>
        <translation>Webhook-URL für 3CX</translation>
    </message>
    <message>
        <source>HMAC signature</source>
        <translation>HMAC-Signatur</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Connect a 3CX phone system</source>
        <translation>Eine 3CX-Telefonanlage verbinden</translation>
    </message>
    <message>
        <source>A name that says which phone system it is, e.g. &quot;office-pbx&quot;.</source>
        <translation>Ein Name, der sagt, um welche Telefonanlage es sich handelt, z. B. „office-pbx“.</translation>
    </message>
    <message>
        <source>The WhatsApp instance that agents&apos; replies and call-event messages go out through.</source>
        <translation>Die WhatsApp-Instanz, über die Antworten der Agenten und Nachrichten zu Anrufereignissen versendet werden.</translation>
    </message>
    <message>
        <source>Create integration</source>
        <translation>Integration erstellen</translation>
    </message>
    <message>
        <source>In 3CX, post the events to this URL:</source>
        <translation>Senden Sie in 3CX die Ereignisse per POST an diese URL:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>and send this secret in the header &quot;%1&quot;:</source>
        <translation>und senden Sie dieses Geheimnis im Header „%1“:</translation>
    </message>
    <message>
        <source>The new secret</source>
        <translation>Das neue Geheimnis</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Kopieren Sie ihn jetzt: Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <source>The gateway keeps it sealed. If it is lost, rotate it and paste the new one into 3CX.</source>
        <translation>Das Gateway bewahrt es versiegelt auf. Geht es verloren, erneuern Sie es und fügen Sie das neue in 3CX ein.</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Each connected 3CX phone system has its own secret, settings and event log.</source>
        <translation>Jede verbundene 3CX-Telefonanlage hat ihr eigenes Geheimnis, eigene Einstellungen und ein eigenes Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation>Geheimnis-Header</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Zulässige Adressen</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>jede Adresse</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>Agents&apos; replies only inside the conversation window</source>
        <translation>Antworten der Agenten nur innerhalb des Unterhaltungsfensters</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Outbound messages from 3CX</source>
        <translation>Ausgehende Nachrichten aus 3CX</translation>
    </message>
    <message>
        <source>Call-event messages</source>
        <translation>Nachrichten zu Anrufereignissen</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>Diese Nachricht senden</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Require an HMAC signature</source>
        <translation>HMAC-Signatur verlangen</translation>
    </message>
    <message>
        <source>One IP address or CIDR range (e.g. 192.0.2.0/24) per line or separated by commas; empty: any address.</source>
        <translation>Eine IP-Adresse oder ein CIDR-Bereich (z. B. 192.0.2.0/24) pro Zeile oder durch Kommas getrennt; leer: jede Adresse.</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>protokolliert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Secret and removal</source>
        <translation>Geheimnis und Entfernen</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Geheimnis erneuern…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>3CX: %1</source>
        <translation>3CX: %1</translation>
    </message>
    <message>
        <source>Give the integration a name, e.g. &quot;office-pbx&quot;.</source>
        <translation>Geben Sie der Integration einen Namen, z. B. „office-pbx“.</translation>
    </message>
    <message>
        <source>3CX integration &quot;%1&quot; created</source>
        <translation>3CX-Integration „%1“ erstellt</translation>
    </message>
    <message>
        <source>Rotate 3CX secret</source>
        <translation>3CX-Geheimnis erneuern</translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new secret? The current one stops working at once: 3CX is refused until the new one is pasted into it.</source>
        <translation>„%1“ ein neues Geheimnis geben? Das aktuelle funktioniert sofort nicht mehr: 3CX wird abgewiesen, bis das neue dort eingefügt ist.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;</source>
        <translation>Neues Geheimnis für „%1“</translation>
    </message>
    <message>
        <source>Remove 3CX integration</source>
        <translation>3CX-Integration entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its templates and event log? 3CX is refused from the next call on.</source>
        <translation>„%1“ samt Vorlagen und Ereignisprotokoll entfernen? 3CX wird ab dem nächsten Aufruf abgewiesen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>wag::portal::UsersController</name>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Add, disable or change users in the desktop window (Settings) or with the admin command.</source>
        <translation>Benutzer anlegen, deaktivieren oder ändern: im Desktop-Fenster (Einstellungen) oder mit dem Admin-Befehl.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
</TS>
