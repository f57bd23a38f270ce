<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>opted out by keyword</source>
        <translation>désinscrit par mot-clé</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>ajouté par l’équipe</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>disabled: the receiver answered 410 Gone</source>
        <translation>désactivé : le destinataire a répondu 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>désactivé : en échec depuis 5 jours</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Les noms font 2 à 40 caractères : lettres, chiffres, « . », « - » ou « _ », en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Un utilisateur portant ce nom existe déjà.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another user an administrator first.</source>
        <translation>C’est le dernier administrateur activé : faites d’abord d’un autre utilisateur un administrateur.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Cet utilisateur n’existe plus.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
</context>
<context>
    <name>wag::ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <source>e.g. crm</source>
        <translation>p. ex. crm</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>Nom de la nouvelle clé d’API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>Instances par lesquelles la clé peut envoyer</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instances :</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>Aucune cochée : la clé peut utiliser toutes les instances.</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Give the key a name that says who uses it, e.g. &quot;crm&quot;.</source>
        <translation>Donnez à la clé un nom qui indique qui l’utilise, p. ex. « crm ».</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>La clé pour « %1 ». Les intégrations l’envoient sous la forme « Authorization: Bearer &lt;key&gt; » :</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Révoquer la clé d’API</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>Révoquer la clé « %1 » (%2…) ? Ce qui l’utilise sera refusé dès la prochaine requête.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is revoked.</source>
        <translation>La clé « %1 » est révoquée.</translation>
    </message>
</context>
<context>
    <name>wag::DesktopShell</name>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Webhook destination disabled</source>
        <translation>Destination de webhook désactivée</translation>
    </message>
    <message>
        <source>%1 was disabled (%2). Deliveries to it wait until it is enabled again.</source>
        <translation>%1 a été désactivée (%2). Les livraisons attendent qu’elle soit réactivée.</translation>
    </message>
    <message>
        <source>the receiver answered 410 Gone</source>
        <translation>le destinataire a répondu 410 Gone</translation>
    </message>
    <message>
        <source>failing for 5 days</source>
        <translation>en échec depuis 5 jours</translation>
    </message>
    <message>
        <source>Instance disconnected</source>
        <translation>Instance déconnectée</translation>
    </message>
    <message>
        <source>%1 lost its connection to WhatsApp.</source>
        <translation>%1 a perdu sa connexion à WhatsApp.</translation>
    </message>
    <message>
        <source>Instance paused by the guard</source>
        <translation>Instance mise en pause par la protection</translation>
    </message>
    <message>
        <source>%1 was paused: %2. Review it under Policy events.</source>
        <translation>%1 a été mise en pause : %2. Vérifiez-la dans Événements de politique.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — running at %1</source>
        <translation>WhatsApp Gateway — actif sur %1</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — stopped</source>
        <translation>WhatsApp Gateway — arrêté</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is still running</source>
        <translation>WhatsApp Gateway est toujours actif</translation>
    </message>
    <message>
        <source>It keeps sending and receiving in the background. Open the window again from the tray icon; choose Quit there to stop the gateway.</source>
        <translation>Il continue d’envoyer et de recevoir en arrière-plan. Rouvrez la fenêtre depuis l’icône de la zone de notification ; choisissez-y Quitter pour arrêter la passerelle.</translation>
    </message>
</context>
<context>
    <name>wag::FirstRunWizard</name>
    <message>
        <source>Set up WhatsApp Gateway</source>
        <translation>Configurer WhatsApp Gateway</translation>
    </message>
</context>
<context>
    <name>wag::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) added.</source>
        <translation>
            <numerusform>%1 : %n numéro ajouté.</numerusform>
            <numerusform>%1 : %n numéros ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n était déjà sur la liste.</numerusform>
            <numerusform>%n étaient déjà sur la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported, because %n row(s) were refused. Fix them and import the file again.</source>
        <translation>
            <numerusform>%1 : rien n’a été importé, car %n ligne a été refusée. Corrigez-la et importez de nouveau le fichier.</numerusform>
            <numerusform>%1 : rien n’a été importé, car %n lignes ont été refusées. Corrigez-les et importez de nouveau le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was imported. %2</source>
        <translation>%1 : rien n’a été importé. %2</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>wag::InboundLogModel</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>Mot-clé de désinscription</translation>
    </message>
</context>
<context>
    <name>wag::InstanceBadgeDelegate</name>
    <message>
        <source>open</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
</context>
<context>
    <name>wag::InstancePage</name>
    <message>
        <source>First instance</source>
        <translation>Première instance</translation>
    </message>
    <message>
        <source>An instance is one WhatsApp number linked to the gateway.</source>
        <translation>Une instance est un numéro WhatsApp relié à la passerelle.</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nom de l’instance</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>p. ex. front-desk</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>3 à 40 caractères : minuscules a-z, chiffres et « - ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance name: use 3 to 40 characters, lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>« %1 » n’est pas un nom d’instance valide : 3 à 40 caractères, minuscules a-z, chiffres et « - ».</translation>
    </message>
    <message>
        <source>An instance named %1 already exists.</source>
        <translation>Une instance nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>Nom de l’&amp;instance :</translation>
    </message>
</context>
<context>
    <name>wag::InstancePicker</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
</context>
<context>
    <name>wag::InstanceUsagePanel</name>
    <message>
        <source>Sent today:</source>
        <translation>Envoyés aujourd’hui :</translation>
    </message>
    <message>
        <source>Sent this month:</source>
        <translation>Envoyés ce mois-ci :</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites :</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Montée en charge :</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again:</source>
        <translation>Le décompte du jour repart :</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again:</source>
        <translation>Le décompte du mois repart :</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>Compté comme le fait la protection : chaque envoi qu’elle a accepté (envoyé, en file ou en échec ensuite chez le fournisseur). Les tentatives refusées ne comptent pas.</translation>
    </message>
    <message>
        <source>shown while the gateway runs</source>
        <translation>affiché quand la passerelle est active</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wag::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Nouvelle instance</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>p. ex. front-desk</translation>
    </message>
    <message>
        <source>Name of the new instance</source>
        <translation>Nom de la nouvelle instance</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>De 3 à 40 caractères : minuscules, chiffres et tirets, commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Linked phone:</source>
        <translation>Téléphone associé :</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>En pause :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Start linking: shows a QR code, or reconnects a linked phone.</source>
        <translation>Démarrer l’association : affiche un code QR ou reconnecte un téléphone associé.</translation>
    </message>
    <message>
        <source>Unlink the phone from this instance.</source>
        <translation>Dissocier le téléphone de cette instance.</translation>
    </message>
    <message>
        <source>Refuse every send through this instance until resumed.</source>
        <translation>Refuser tout envoi par cette instance jusqu’à sa reprise.</translation>
    </message>
    <message>
        <source>Delete the instance, its link and its API key scopes.</source>
        <translation>Supprimer l’instance, son association et ses portées de clés d’API.</translation>
    </message>
    <message>
        <source>No instance yet</source>
        <translation>Aucune instance pour l’instant</translation>
    </message>
    <message>
        <source>Create one on the left: it starts linking at once and shows a QR code here.</source>
        <translation>Créez-en une à gauche : l’association démarre aussitôt et un code QR s’affiche ici.</translation>
    </message>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>Connectée : le téléphone est associé et les messages partent.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>En attente du téléphone : ouvrez WhatsApp, Appareils connectés, Connecter un appareil, et scannez le code.</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>Non connectée. Appuyez sur Connecter pour associer un téléphone.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(Démo : le simulateur intégré, sans vrai compte WhatsApp.)</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Associée — pas besoin de code QR.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>Pas encore de code QR.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>oui — %1</translation>
    </message>
    <message>
        <source>Use 3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Utilisez de 3 à 40 caractères : minuscules, chiffres et tirets, commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>An instance named &quot;%1&quot; exists already.</source>
        <translation>Une instance nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Pause instance</source>
        <translation>Mettre l’instance en pause</translation>
    </message>
    <message>
        <source>Why? (kept with the pause, for the team)</source>
        <translation>Pourquoi ? (conservé avec la pause, pour l’équipe)</translation>
    </message>
    <message>
        <source>paused from the desktop window</source>
        <translation>mise en pause depuis la fenêtre de bureau</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Supprimer l’instance</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>Supprimer « %1 » ? Le téléphone est dissocié et les clés d’API perdent cette instance. Action irréversible.</translation>
    </message>
    <message>
        <source>State reason:</source>
        <translation>Raison de l’état :</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>Détails de l’instance</translation>
    </message>
    <message>
        <source>QR code to link a phone</source>
        <translation>Code QR pour associer un téléphone</translation>
    </message>
    <message>
        <source>Conn&amp;ection</source>
        <translation>Co&amp;nnexion</translation>
    </message>
    <message>
        <source>Limits and us&amp;age</source>
        <translation>Limites et &amp;utilisation</translation>
    </message>
    <message>
        <source>&amp;Test send</source>
        <translation>Envoi de &amp;test</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Redé&amp;marrer</translation>
    </message>
    <message>
        <source>Close and reopen the connection to WhatsApp, e.g. when messages stop going out. A linked phone stays linked; while linking, a fresh QR code appears.</source>
        <translation>Fermer et rouvrir la connexion à WhatsApp, p. ex. quand les messages ne partent plus. Un téléphone associé reste associé ; pendant l’association, un nouveau code QR s’affiche.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>Reconnexion au téléphone associé…</translation>
    </message>
</context>
<context>
    <name>wag::LogPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance :</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Filter by phone number</source>
        <translation>Filtrer par numéro de téléphone</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Only show a date range</source>
        <translation>N’afficher qu’une période</translation>
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
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Show full &amp;numbers</source>
        <translation>Afficher les &amp;numéros complets</translation>
    </message>
    <message>
        <source>Numbers are masked so they cannot be read over a shoulder.</source>
        <translation>Les numéros sont masqués pour ne pas être lus par-dessus l’épaule.</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Journal entrant</translation>
    </message>
    <message>
        <source>Part of the number, e.g. 4155</source>
        <translation>Partie du numéro, p. ex. 4155</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>Whole number, e.g. +14155552671</source>
        <translation>Numéro complet, p. ex. +14155552671</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinataires exclus</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Événements de politique</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About WhatsApp Gateway</source>
        <translation>&amp;À propos de WhatsApp Gateway</translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation>Actif — %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>About WhatsApp Gateway</source>
        <translation>À propos de WhatsApp Gateway</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WhatsApp Gateway %1&lt;/h3&gt;&lt;p&gt;An on-premise gateway for responsible WhatsApp messaging.&lt;/p&gt;&lt;p&gt;WhatsApp Gateway is independent software, not affiliated with WhatsApp, Meta or 3CX.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WhatsApp Gateway %1&lt;/h3&gt;&lt;p&gt;Une passerelle sur site pour une messagerie WhatsApp responsable.&lt;/p&gt;&lt;p&gt;WhatsApp Gateway est un logiciel indépendant, sans lien avec WhatsApp, Meta ou 3CX.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Configurer…</translation>
    </message>
    <message>
        <source>Data key notice</source>
        <translation>Avis sur la clé de données</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide this notice until the gateway starts again.</source>
        <translation>Masquer cet avis jusqu’au prochain démarrage de la passerelle.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or not available (%1). The key that encrypts the stored secrets (provider key, webhook signing secrets) is therefore kept in a file instead: %2. Only your user account can read it. Protect it and back it up with the data folder: without it the stored secrets cannot be decrypted. This data folder keeps using the file from now on.</source>
        <translation>Le trousseau du système est verrouillé ou indisponible (%1). La clé qui chiffre les secrets enregistrés (clé du fournisseur, secrets de signature des webhooks) est donc conservée dans un fichier : %2. Seul votre compte utilisateur peut le lire. Protégez-le et sauvegardez-le avec le dossier de données : sans lui, les secrets enregistrés ne peuvent pas être déchiffrés. Ce dossier de données continuera désormais d’utiliser ce fichier.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The OS keychain is switched off (the &quot;keychain&quot; setting or WAG_DISABLE_KEYCHAIN), so the key that encrypts the stored secrets is kept in a file: %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>Le trousseau du système est désactivé (paramètre « keychain » ou WAG_DISABLE_KEYCHAIN), donc la clé qui chiffre les secrets enregistrés est conservée dans un fichier : %1. Seul votre compte utilisateur peut le lire. Protégez-le et sauvegardez-le avec le dossier de données.</translation>
    </message>
    <message>
        <source>This data folder keeps the key that encrypts the stored secrets in a file, not in the OS keychain (no keychain was available when the folder was set up): %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>Ce dossier de données conserve la clé qui chiffre les secrets enregistrés dans un fichier, et non dans le trousseau du système (aucun trousseau n’était disponible lors de la création du dossier) : %1. Seul votre compte utilisateur peut le lire. Protégez-le et sauvegardez-le avec le dossier de données.</translation>
    </message>
</context>
<context>
    <name>wag::MessageLogModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Message or outcome</source>
        <translation>Message ou résultat</translation>
    </message>
</context>
<context>
    <name>wag::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>C&amp;onfirmer :</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>Définir le mot de &amp;passe</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>wag::PolicyEventModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>wag::PolicyEventsPage</name>
    <message>
        <source>&amp;Paused instances</source>
        <translation>Instances en &amp;pause</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>Instances en pause</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Sends through the instance are accepted again.</source>
        <translation>Les envois par l’instance sont de nouveau acceptés.</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>Décisions de la protection</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Événements de politique</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No instance is paused.</source>
        <translation>Aucune instance n’est en pause.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderKeyEditor</name>
    <message>
        <source>New provider key</source>
        <translation>Nouvelle clé du fournisseur</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Saisissez une nouvelle clé pour remplacer celle enregistrée</translation>
    </message>
    <message>
        <source>S&amp;tore key</source>
        <translation>Enregistrer la &amp;clé</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>Définie par la variable d’environnement WAG_PROVIDER_KEY.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>Définie en ligne de commande (--provider-key).</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>Clé : définie (enregistrée chiffrée ; jamais affichée).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>Clé : non définie.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>La clé n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>Key stored — takes effect when the gateway restarts.</source>
        <translation>Clé enregistrée — prise en compte au redémarrage de la passerelle.</translation>
    </message>
    <message>
        <source>Key stored.</source>
        <translation>Clé enregistrée.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderPage</name>
    <message>
        <source>Messaging provider</source>
        <translation>Fournisseur de messagerie</translation>
    </message>
    <message>
        <source>Try the gateway with the built-in simulator, or connect it to your Evolution API server.</source>
        <translation>Essayez la passerelle avec le simulateur intégré ou reliez-la à votre serveur Evolution API.</translation>
    </message>
    <message>
        <source>&amp;Demo (built-in simulator, no phone needed)</source>
        <translation>&amp;Démo (simulateur intégré, sans téléphone)</translation>
    </message>
    <message>
        <source>&amp;Evolution API server</source>
        <translation>Serveur &amp;Evolution API</translation>
    </message>
    <message>
        <source>Evolution API URL</source>
        <translation>URL d’Evolution API</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8080</source>
        <translation>p. ex. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Evolution API key</source>
        <translation>Clé d’Evolution API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL du serveur :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé d’&amp;API :</translation>
    </message>
    <message>
        <source>The gateway switches to this provider after a restart.</source>
        <translation>La passerelle passe à ce fournisseur après un redémarrage.</translation>
    </message>
    <message>
        <source>Enter the server URL and its API key first.</source>
        <translation>Saisissez d’abord l’URL du serveur et sa clé d’API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Reachable: the server accepted the key.</source>
        <translation>Joignable : le serveur a accepté la clé.</translation>
    </message>
    <message>
        <source>Wrong key: the server refused it.</source>
        <translation>Clé incorrecte : le serveur l’a refusée.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>Le serveur a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Injoignable : %1</translation>
    </message>
    <message>
        <source>Test the connection first: the server must be reachable and accept this key.</source>
        <translation>Testez d’abord la connexion : le serveur doit être joignable et accepter cette clé.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>La clé n’a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>wag::QrCodeWidget</name>
    <message>
        <source>QR code to link the phone</source>
        <translation>Code QR pour associer le téléphone</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device.</source>
        <translation>Scannez avec WhatsApp sur le téléphone : Appareils connectés, Connecter un appareil.</translation>
    </message>
</context>
<context>
    <name>wag::QrPage</name>
    <message>
        <source>Link the phone</source>
        <translation>Relier le téléphone</translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp, then Linked devices, Link a device, and scan this code.</source>
        <translation>Sur le téléphone, ouvrez WhatsApp, puis Appareils connectés, Connecter un appareil, et scannez ce code.</translation>
    </message>
    <message>
        <source>Instance state</source>
        <translation>État de l’instance</translation>
    </message>
    <message>
        <source>&amp;Simulate scan</source>
        <translation>&amp;Simuler le scan</translation>
    </message>
    <message>
        <source>Demo only: act as if a phone scanned the code.</source>
        <translation>Démo uniquement : fait comme si un téléphone avait scanné le code.</translation>
    </message>
    <message>
        <source>Restart the gateway to use the provider you chose.</source>
        <translation>Redémarrez la passerelle pour utiliser le fournisseur choisi.</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Relié — pas besoin de code QR.</translation>
    </message>
    <message>
        <source>Open: %1 is linked to WhatsApp.</source>
        <translation>Ouverte : %1 est reliée à WhatsApp.</translation>
    </message>
    <message>
        <source>Waiting for the QR code…</source>
        <translation>En attente du code QR…</translation>
    </message>
    <message>
        <source>Connecting: waiting for a QR code from the provider.</source>
        <translation>Connexion : en attente d’un code QR du fournisseur.</translation>
    </message>
    <message>
        <source>Waiting for the scan: the code refreshes by itself.</source>
        <translation>En attente du scan : le code se renouvelle tout seul.</translation>
    </message>
</context>
<context>
    <name>wag::SecretOnceDialog</name>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copier le secret dans le presse-papiers</translation>
    </message>
    <message>
        <source>This is the only time it is shown. Store it now.</source>
        <translation>Il n’est affiché qu’une seule fois. Conservez-le maintenant.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>wag::SettingEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation>Choisir le fichier pour %1</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Rétablir la valeur par défaut</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>Rétablir %1 à sa valeur par défaut</translation>
    </message>
    <message>
        <source>Default: empty</source>
        <translation>Par défaut : vide</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Par défaut : %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>la variable d’environnement %1</translation>
    </message>
    <message>
        <source>the command line (%1)</source>
        <translation>la ligne de commande (%1)</translation>
    </message>
    <message>
        <source>Set by %1; a value saved here would not take effect. Change it there.</source>
        <translation>Défini par %1 ; une valeur enregistrée ici ne serait pas prise en compte. Modifiez-le là-bas.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>wag::SettingsPage</name>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>Paramètres effectifs</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>Impossible d’enregistrer la langue : %1</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Groupes de paramètres</translation>
    </message>
    <message>
        <source>Provider &amp;key:</source>
        <translation>Clé du &amp;fournisseur :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Every setting in effect, and where its value comes from. The other tabs edit the common ones; the rest are set on the command line or through WAG_… environment variables, which also win over what is saved here.</source>
        <translation>Chaque paramètre en vigueur, et d’où vient sa valeur. Les autres onglets modifient les plus courants ; le reste se règle en ligne de commande ou par les variables d’environnement WAG_…, qui l’emportent aussi sur ce qui est enregistré ici.</translation>
    </message>
</context>
<context>
    <name>wag::SettingsSectionBox</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save: %1</source>
        <translation>Enregistrer : %1</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>Rien à enregistrer : aucune valeur n’a été modifiée.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>Non enregistré : corrigez la valeur signalée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>Enregistré — pris en compte au redémarrage de la passerelle.</translation>
    </message>
    <message>
        <source>Saved — in effect now.</source>
        <translation>Enregistré — en vigueur dès maintenant.</translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation>Non rétabli : %1</translation>
    </message>
    <message>
        <source>Back to the default — takes effect when the gateway restarts.</source>
        <translation>Valeur par défaut rétablie — prise en compte au redémarrage de la passerelle.</translation>
    </message>
    <message>
        <source>Back to the default — in effect now.</source>
        <translation>Valeur par défaut rétablie — en vigueur dès maintenant.</translation>
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
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Where the gateway listens and how others reach it.</source>
        <translation>Où la passerelle écoute et comment les autres la joignent.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <source>Address and port of the gateway, HOST:PORT. 127.0.0.1 accepts only this computer; 0.0.0.0 every network.</source>
        <translation>Adresse et port de la passerelle, HOST:PORT. 127.0.0.1 n’accepte que cet ordinateur ; 0.0.0.0, tous les réseaux.</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <source>How the provider and 3CX reach the gateway. Empty: derived from the listen address.</source>
        <translation>Comment le fournisseur et 3CX joignent la passerelle. Vide : déduite de l’adresse d’écoute.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>Path of the PEM certificate (chain) on the gateway&apos;s computer. With its key, the gateway speaks HTTPS.</source>
        <translation>Chemin du certificat PEM (chaîne) sur l’ordinateur de la passerelle. Avec sa clé, la passerelle parle HTTPS.</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clé privée TLS</translation>
    </message>
    <message>
        <source>Path of the unencrypted PEM RSA or EC key of the certificate.</source>
        <translation>Chemin de la clé PEM RSA ou EC du certificat, non chiffrée.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Evolution API needs its server&apos;s URL and key (store the key first).</source>
        <translation>Evolution API a besoin de l’URL et de la clé de son serveur (enregistrez d’abord la clé).</translation>
    </message>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Démo (simulateur intégré)</translation>
    </message>
    <message>
        <source>Evolution API</source>
        <translation>Evolution API</translation>
    </message>
    <message>
        <source>The engine that connects the gateway&apos;s numbers to WhatsApp.</source>
        <translation>Le moteur qui relie les numéros de la passerelle à WhatsApp.</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>URL du fournisseur</translation>
    </message>
    <message>
        <source>Base URL of the Evolution API server.</source>
        <translation>URL de base du serveur Evolution API.</translation>
    </message>
    <message>
        <source>Limits and pacing</source>
        <translation>Limites et cadence</translation>
    </message>
    <message>
        <source>How much and how fast each instance may send. An instance&apos;s own limits (its Settings tab) win over these defaults.</source>
        <translation>Combien et à quelle vitesse chaque instance peut envoyer. Les limites propres à une instance (son onglet Paramètres) l’emportent sur ces valeurs par défaut.</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Limite quotidienne</translation>
    </message>
    <message>
        <source>Messages per instance per day, unless the instance sets its own.</source>
        <translation>Messages par instance et par jour, sauf si l’instance fixe la sienne.</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Limite mensuelle</translation>
    </message>
    <message>
        <source>Messages per instance per calendar month.</source>
        <translation>Messages par instance et par mois civil.</translation>
    </message>
    <message>
        <source>Warm-up: first day</source>
        <translation>Montée en charge : premier jour</translation>
    </message>
    <message>
        <source>Messages a newly linked number may send on its first day; doubles each day.</source>
        <translation>Messages qu’un numéro nouvellement associé peut envoyer le premier jour ; double chaque jour.</translation>
    </message>
    <message>
        <source>Warm-up: days</source>
        <translation>Montée en charge : jours</translation>
    </message>
    <message>
        <source>Days after linking during which the warm-up cap applies.</source>
        <translation>Jours après l’association pendant lesquels le plafond de montée en charge s’applique.</translation>
    </message>
    <message>
        <source>Shortest gap between sends</source>
        <translation>Intervalle minimal entre envois</translation>
    </message>
    <message>
        <source>Longest gap between sends</source>
        <translation>Intervalle maximal entre envois</translation>
    </message>
    <message>
        <source>Each gap is drawn at random between the shortest and the longest.</source>
        <translation>Chaque intervalle est tiré au hasard entre le minimal et le maximal.</translation>
    </message>
    <message>
        <source>Burst size</source>
        <translation>Taille de rafale</translation>
    </message>
    <message>
        <source>Sends after which the instance pauses.</source>
        <translation>Envois après lesquels l’instance marque une pause.</translation>
    </message>
    <message>
        <source>Pause after a burst</source>
        <translation>Pause après une rafale</translation>
    </message>
    <message>
        <source>Gap per recipient</source>
        <translation>Intervalle par destinataire</translation>
    </message>
    <message>
        <source>Shortest gap between two messages to the same number.</source>
        <translation>Intervalle minimal entre deux messages au même numéro.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>When days and months begin for the limits. Empty: the gateway computer&apos;s.</source>
        <translation>Quand commencent les jours et les mois pour les limites. Vide : celui de l’ordinateur de la passerelle.</translation>
    </message>
    <message>
        <source>e.g. Asia/Riyadh</source>
        <translation>p. ex. Europe/Paris</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Région téléphonique par défaut</translation>
    </message>
    <message>
        <source>Two-letter region for numbers written without a country code. Empty: international numbers only.</source>
        <translation>Région à deux lettres pour les numéros écrits sans indicatif de pays. Vide : numéros internationaux uniquement.</translation>
    </message>
    <message>
        <source>e.g. SA</source>
        <translation>p. ex. FR</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Mots-clés de désinscription</translation>
    </message>
    <message>
        <source>What a contact writes to stop messages, and what the gateway answers.</source>
        <translation>Ce qu’un contact écrit pour ne plus recevoir de messages, et ce que répond la passerelle.</translation>
    </message>
    <message>
        <source>One per line. A contact who sends one is suppressed. Empty: the built-in list in six languages (STOP, إيقاف, …).</source>
        <translation>Un par ligne. Un contact qui en envoie un est exclu. Vide : la liste intégrée en six langues (STOP, إيقاف, …).</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Mots-clés de réinscription</translation>
    </message>
    <message>
        <source>One per line. Lifts an opt-out made by keyword. Empty: START, UNSTOP, YES and equivalents.</source>
        <translation>Un par ligne. Annule une désinscription faite par mot-clé. Vide : START, UNSTOP, YES et leurs équivalents.</translation>
    </message>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Confirmation de désinscription</translation>
    </message>
    <message>
        <source>Reply sent to a contact who opted out by keyword. Empty: no reply.</source>
        <translation>Réponse envoyée à un contact désinscrit par mot-clé. Vide : pas de réponse.</translation>
    </message>
    <message>
        <source>e.g. You will not receive further messages from us.</source>
        <translation>p. ex. Vous ne recevrez plus de messages de notre part.</translation>
    </message>
</context>
<context>
    <name>wag::StartupFailure</name>
    <message>
        <source>It cannot listen on its address, usually because another program uses it. If the WhatsApp Gateway service runs on this computer, the window cannot run next to it: use the service&apos;s web portal, or stop the service (sudo systemctl disable --now whatsapp-gateway). Otherwise start the window with another address, e.g. whatsapp-gateway --listen 127.0.0.1:8481.</source>
        <translation>Elle ne peut pas écouter sur son adresse, le plus souvent parce qu’un autre programme l’utilise. Si le service WhatsApp Gateway tourne sur cet ordinateur, la fenêtre ne peut pas fonctionner à côté : utilisez le portail web du service, ou arrêtez le service (sudo systemctl disable --now whatsapp-gateway). Sinon, lancez la fenêtre avec une autre adresse, p. ex. whatsapp-gateway --listen 127.0.0.1:8481.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is already running for this data folder. Look for its icon in the system tray.</source>
        <translation>WhatsApp Gateway tourne déjà pour ce dossier de données. Cherchez son icône dans la zone de notification.</translation>
    </message>
    <message>
        <source>The reason is below. Nothing was changed.</source>
        <translation>La raison figure ci-dessous. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway could not start</source>
        <translation>WhatsApp Gateway n’a pas pu démarrer</translation>
    </message>
</context>
<context>
    <name>wag::SuppressionsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Part of a number or a note</source>
        <translation>Partie d’un numéro ou d’une note</translation>
    </message>
    <message>
        <source>Search suppressed recipients</source>
        <translation>Rechercher des destinataires exclus</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>A header row and a &quot;phone&quot; column (optionally &quot;note&quot;). All rows are checked first: one bad row and nothing changes.</source>
        <translation>Une ligne d’en-tête et une colonne « phone » (éventuellement « note »). Toutes les lignes sont d’abord vérifiées : une seule ligne invalide et rien ne change.</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinataires exclus</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Add &amp;number:</source>
        <translation>Ajouter un &amp;numéro :</translation>
    </message>
    <message>
        <source>Phone number to suppress</source>
        <translation>Numéro de téléphone à exclure</translation>
    </message>
    <message>
        <source>Note, e.g. asked by phone</source>
        <translation>Note, p. ex. demandé par téléphone</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Import suppressed recipients</source>
        <translation>Importer des destinataires exclus</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export suppressed recipients</source>
        <translation>Exporter les destinataires exclus</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Aucune entrée</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>Saisissez un numéro de téléphone, p. ex. +14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 est déjà sur la liste.</translation>
    </message>
    <message>
        <source>%1 will receive no messages.</source>
        <translation>%1 ne recevra plus de messages.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>Retirer l’exclusion</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>Autoriser de nouveau les messages à %1 ? Seulement si la personne l’a demandé.</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>%1 a été retiré de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entrée écrite dans %1.</numerusform>
            <numerusform>%n entrées écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wag::TestSendPanel</name>
    <message>
        <source>Transactional — orders, invoices, bookings</source>
        <translation>Transactionnel — commandes, factures, réservations</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>Opérationnel — avis de service, rappels</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>Assistance — réponse à un client</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>Équipe interne — messages au personnel</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>Authentification — codes à usage unique</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the desktop window, no API key) and it counts against the limits.</source>
        <translation>Envoie un message par cette instance comme le fait l’API : la protection le vérifie, le journal des messages l’enregistre (envoyé depuis la fenêtre de bureau, sans clé d’API) et il compte dans les limites.</translation>
    </message>
    <message>
        <source>e.g. +14155552671</source>
        <translation>p. ex. +14155552671</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>Numéro de téléphone du destinataire</translation>
    </message>
    <message>
        <source>International format with +, or digits with the country code.</source>
        <translation>Format international avec +, ou chiffres avec l’indicatif du pays.</translation>
    </message>
    <message>
        <source>Purpose of the message</source>
        <translation>Objet du message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Hello, this is a test from our WhatsApp gateway.</source>
        <translation>Bonjour, ceci est un test depuis notre passerelle WhatsApp.</translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <translation>Destinata&amp;ire :</translation>
    </message>
    <message>
        <source>Purp&amp;ose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Message te&amp;xt:</source>
        <translation>Te&amp;xte du message :</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>En&amp;voyer le message de test</translation>
    </message>
    <message>
        <source>Send it now through the guard; the answer appears below.</source>
        <translation>L’envoyer maintenant via la protection ; la réponse s’affiche ci-dessous.</translation>
    </message>
    <message>
        <source>Result of the test send</source>
        <translation>Résultat de l’envoi de test</translation>
    </message>
    <message>
        <source>Test sends need the gateway running.</source>
        <translation>Les envois de test nécessitent que la passerelle soit active.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Envoi par %1…</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>En file : %1 le garde dans sa file d’envoi cadencé et l’envoie sous peu (message %2, entrée de journal %3). Le journal des messages indique quand il part.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>Envoyé : le fournisseur l’a accepté (message %1, entrée de journal %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>Non envoyé (%1) : %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Refusé (%1) : %2</translation>
    </message>
</context>
<context>
    <name>wag::UsageWording</name>
    <message>
        <source>%1 (gateway default)</source>
        <translation>%1 (valeur par défaut de la passerelle)</translation>
    </message>
    <message>
        <source>%1 a day, %2 a month</source>
        <translation>%1 par jour, %2 par mois</translation>
    </message>
    <message>
        <source>unknown (the message log could not be read)</source>
        <translation>inconnu (le journal des messages n’a pas pu être lu)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (today&apos;s warm-up cap; the daily limit is %2)</source>
        <translation>%1 (plafond de montée en charge du jour ; la limite quotidienne est de %2)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>starts when a phone is linked; until then at most %1 messages a day</source>
        <translation>commence quand un téléphone est associé ; d’ici là, au plus %1 messages par jour</translation>
    </message>
    <message>
        <source>day %1 of %2: at most %3 messages today, doubling each day up to the daily limit</source>
        <translation>jour %1 sur %2 : au plus %3 messages aujourd’hui, doublé chaque jour jusqu’à la limite quotidienne</translation>
    </message>
    <message numerus="yes">
        <source>done (linked %n day(s) ago)</source>
        <translation>
            <numerusform>terminée (associée il y a %n jour)</numerusform>
            <numerusform>terminée (associée il y a %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>This month&apos;s limit is reached: sends through this instance are refused (monthly_limit_reached) until %1.</source>
        <translation>La limite du mois est atteinte : les envois par cette instance sont refusés (monthly_limit_reached) jusqu’au %1.</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up cap is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>Le plafond de montée en charge du jour est atteint : les envois par cette instance sont refusés (daily_limit_reached) jusqu’au %1.</translation>
    </message>
    <message>
        <source>Today&apos;s limit is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>La limite du jour est atteinte : les envois par cette instance sont refusés (daily_limit_reached) jusqu’au %1.</translation>
    </message>
</context>
<context>
    <name>wag::UserPage</name>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>This person signs in to the window and the portal and can add other users later.</source>
        <translation>Cette personne se connecte à la fenêtre et au portail et pourra ajouter d’autres utilisateurs.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>p. ex. admin</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>C&amp;onfirmer :</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Les noms font 2 à 40 caractères : lettres, chiffres, « . », « - » ou « _ », en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>Le mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Un utilisateur nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
</context>
<context>
    <name>wag::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
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
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>Rendre &amp;administrateur</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Name of the new user</source>
        <translation>Nom du nouvel utilisateur</translation>
    </message>
    <message>
        <source>e.g. fatima</source>
        <translation>p. ex. fatima</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rôle du nouvel utilisateur</translation>
    </message>
    <message>
        <source>Operator — instances, logs, suppressions, test sends</source>
        <translation>Opérateur — instances, journaux, exclusions, envois de test</translation>
    </message>
    <message>
        <source>Administrator — everything, also keys, users and settings</source>
        <translation>Administrateur — tout, y compris les clés, les utilisateurs et les paramètres</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Password of the new user</source>
        <translation>Mot de passe du nouvel utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password of the new user, again</source>
        <translation>Mot de passe du nouvel utilisateur, à nouveau</translation>
    </message>
    <message>
        <source>Password aga&amp;in:</source>
        <translation>Con&amp;firmer :</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>Ajouter l’&amp;utilisateur</translation>
    </message>
    <message>
        <source>Disabled since %1</source>
        <translation>Désactivé depuis le %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Make &amp;operator</source>
        <translation>Rendre &amp;opérateur</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Acti&amp;ver</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 ajouté (%2).</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 est maintenant administrateur.</translation>
    </message>
    <message>
        <source>%1 is now an operator.</source>
        <translation>%1 est maintenant opérateur.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nouveau mot de passe défini pour %1.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Remove the user %1? They can no longer sign in; this cannot be undone.</source>
        <translation>Supprimer l’utilisateur %1 ? Il ne pourra plus se connecter ; action irréversible.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Last portal sign-in</source>
        <translation>Dernière connexion au portail</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>wag::WebhookDestinationDialog</name>
    <message>
        <source>Add webhook destination</source>
        <translation>Ajouter une destination de webhook</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>URL de destination</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandés</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Choisissez au moins un événement.</translation>
    </message>
</context>
<context>
    <name>wag::WebhooksPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instance :</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Webhook destinations</source>
        <translation>Destinations de webhook</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>R&amp;otate secret</source>
        <translation>Renou&amp;veler le secret</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>Envoyer un événement de &amp;test</translation>
    </message>
    <message>
        <source>Delivery log of the selected destination</source>
        <translation>Journal de livraison de la destination choisie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal de livraison</translation>
    </message>
    <message>
        <source>&amp;Redeliver selected event</source>
        <translation>&amp;Relivrer l’événement choisi</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>The destination was added. Receivers verify each delivery with this signing secret:</source>
        <translation>La destination a été ajoutée. Les destinataires vérifient chaque livraison avec ce secret de signature :</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>Créer un nouveau secret de signature ? L’actuel continue de signer pendant 24 heures pour que le destinataire bascule.</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>Nouveau secret de signature</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours):</source>
        <translation>Le nouveau secret de signature (l’ancien signe encore 24 heures) :</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Retirer la destination</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>Retirer cette destination avec son journal de livraison ? Les livraisons en attente sont abandonnées.</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>Événement de test %1 en file ; ses tentatives apparaissent dans le journal de livraison.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>L’événement %1 va être relivré maintenant.</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>La passerelle a désactivé la destination de webhook %1 (%2). Vérifiez le destinataire puis réactivez-la.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiKeysController</name>
    <message>
        <source>No API keys yet. Create the first one below.</source>
        <translation>Aucune clé d’API pour l’instant. Créez la première ci-dessous.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>toutes les instances</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>There are no instances yet.</source>
        <translation>Il n’y a pas encore d’instance.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <source>A name that says who uses the key, e.g. &quot;crm&quot;.</source>
        <translation>Un nom qui dit qui utilise la clé, p. ex. « crm ».</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>Instances par lesquelles la clé peut envoyer</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>Aucune cochée : la clé peut utiliser toutes les instances.</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Give the key a name that says who uses it, e.g. &quot;crm&quot;.</source>
        <translation>Donnez à la clé un nom qui indique qui l’utilise, p. ex. « crm ».</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>La clé pour « %1 ». Les intégrations l’envoient sous la forme « Authorization: Bearer &lt;key&gt; » :</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>La nouvelle clé d’API</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Copiez-la maintenant : elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>The gateway keeps only a hash of it. If it is lost, revoke it and create a new one.</source>
        <translation>La passerelle n’en garde qu’une empreinte. Si elle est perdue, révoquez-la et créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Révoquer la clé d’API</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>Révoquer la clé « %1 » (%2…) ? Ce qui l’utilise sera refusé dès la prochaine requête.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiReferenceController</name>
    <message>
        <source>API reference</source>
        <translation>Référence de l’API</translation>
    </message>
    <message>
        <source>The API document is not built into this gateway.</source>
        <translation>Le document de l’API n’est pas intégré à cette passerelle.</translation>
    </message>
    <message>
        <source>Download the OpenAPI document (JSON)</source>
        <translation>Télécharger le document OpenAPI (JSON)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>Webhook events</source>
        <translation>Événements de webhook</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>wag::portal::InboundLogsController</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>The phone filter takes any part of the number.</source>
        <translation>Le filtre de téléphone accepte n’importe quelle partie du numéro.</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Journal entrant</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>Mot-clé de désinscription</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Aucun message ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>Aucun message plus ancien.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceConnectionView</name>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>Connectée : le téléphone est associé et les messages partent.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>En attente du téléphone : ouvrez WhatsApp, Appareils connectés, Connecter un appareil, et scannez le code.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>Reconnexion au téléphone associé…</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>Non connectée. Appuyez sur Connecter pour associer un téléphone.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(Démo : le simulateur intégré, sans vrai compte WhatsApp.)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>oui — %1</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>Téléphone associé</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Last reason given by the provider</source>
        <translation>Dernière raison donnée par le fournisseur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Relié — aucun code QR nécessaire.</translation>
    </message>
    <message>
        <source>No QR code: the instance is not connecting.</source>
        <translation>Pas de code QR : l’instance n’est pas en cours de connexion.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>Pas encore de code QR.</translation>
    </message>
    <message>
        <source>QR code to link the phone</source>
        <translation>Code QR pour associer le téléphone</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device. The code changes from time to time; this page shows the current one.</source>
        <translation>Scannez avec WhatsApp sur le téléphone : Appareils connectés, Connecter un appareil. Le code change de temps en temps ; cette page affiche le code actuel.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceManageController</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Envoi de test</translation>
    </message>
    <message>
        <source>Limits and pause</source>
        <translation>Limites et pause</translation>
    </message>
    <message>
        <source>Instance pages</source>
        <translation>Pages de l’instance</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Why (kept with the pause, for the team)</source>
        <translation>Pourquoi (conservé avec la pause, pour l’équipe)</translation>
    </message>
    <message>
        <source>paused from the portal</source>
        <translation>mise en pause depuis le portail</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Mettre en pause</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connecter</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Log out…</source>
        <translation>Déconnecter…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Only administrators change an instance&apos;s limits.</source>
        <translation>Seuls les administrateurs modifient les limites d’une instance.</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instance %1</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <source>Instances have no &quot;%1&quot; tab in this version of the portal.</source>
        <translation>Les instances n’ont pas d’onglet « %1 » dans cette version du portail.</translation>
    </message>
    <message>
        <source>Back to the instances</source>
        <translation>Retour aux instances</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (par %2)</translation>
    </message>
    <message>
        <source>Log out &quot;%1&quot;? The phone is unlinked; linking it again needs a new scan.</source>
        <translation>Déconnecter « %1 » ? Le téléphone est dissocié ; le relier à nouveau demande un nouveau scan.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Déconnecter</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>Supprimer « %1 » ? Le téléphone est dissocié et les clés d’API perdent cette instance. Action irréversible.</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Supprimer l’instance</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Le préréglage « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>« %1 » n’est pas un nombre entier.</translation>
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
        <translation>Transactionnel — commandes, factures, réservations</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>Opérationnel — avis de service, rappels</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>Assistance — réponse à un client</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>Équipe interne — messages au personnel</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>Authentification — codes à usage unique</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the portal, no API key) and it counts against the limits.</source>
        <translation>Envoie un message par cette instance comme le fait l’API : la protection le vérifie, le journal des messages l’enregistre (envoyé depuis le portail, sans clé d’API) et il compte dans les limites.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Envoyer le message de test</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>En file : %1 le garde dans sa file d’envoi cadencé et l’envoie sous peu (message %2, entrée de journal %3). Le journal des messages indique quand il part.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>Envoyé : le fournisseur l’a accepté (message %1, entrée de journal %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>Non envoyé (%1) : %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Refusé (%1) : %2</translation>
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
        <translation>Envoyés aujourd’hui</translation>
    </message>
    <message>
        <source>Sent this month</source>
        <translation>Envoyés ce mois-ci</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Montée en charge</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again</source>
        <translation>Le compte du jour repart à zéro</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again</source>
        <translation>Le compte du mois repart à zéro</translation>
    </message>
    <message>
        <source>Limits and usage</source>
        <translation>Limites et utilisation</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>Compté comme le fait la protection : chaque envoi qu’elle a accepté (envoyé, en file ou en échec ensuite chez le fournisseur). Les tentatives refusées ne comptent pas.</translation>
    </message>
    <message>
        <source>none — use the numbers below</source>
        <translation>aucun — utiliser les nombres ci-dessous</translation>
    </message>
    <message>
        <source>%1: %2 a day, %3 a month</source>
        <translation>%1 : %2 par jour, %3 par mois</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messages par jour</translation>
    </message>
    <message>
        <source>Messages per calendar month</source>
        <translation>Messages par mois civil</translation>
    </message>
    <message>
        <source>Leave a field empty for the gateway&apos;s default. A preset sets both numbers.</source>
        <translation>Laissez un champ vide pour la valeur par défaut de la passerelle. Un préréglage fixe les deux nombres.</translation>
    </message>
    <message>
        <source>Change limits</source>
        <translation>Modifier les limites</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Enregistrer les limites</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceWebhooksController</name>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Add webhook destination</source>
        <translation>Ajouter une destination de webhook</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Ajouter la destination</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Envoyer un événement de test</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Renouveler le secret…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>All webhook destinations</source>
        <translation>Toutes les destinations de webhook</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Change URL or events</source>
        <translation>Modifier l’URL ou les événements</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Journal de livraison</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Choisissez au moins un événement.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secret de signature</translation>
    </message>
    <message>
        <source>The destination %1 was added. Receivers verify each delivery with this signing secret:</source>
        <translation>La destination %1 a été ajoutée. Les récepteurs vérifient chaque livraison avec ce secret de signature :</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>Créer un nouveau secret de signature ? L’actuel continue de signer pendant 24 heures pour que le destinataire bascule.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>Nouveau secret de signature</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours; until then both sign every delivery):</source>
        <translation>Le nouveau secret de signature (l’ancien continue de signer pendant 24 heures ; d’ici là, les deux signent chaque livraison) :</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>Retirer cette destination avec son journal de livraison ? Les livraisons en attente sont abandonnées.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Retirer la destination</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>Événement de test %1 en file ; ses tentatives apparaissent dans le journal de livraison.</translation>
    </message>
    <message>
        <source>Choose an event of the delivery log to redeliver.</source>
        <translation>Choisissez un événement du journal de livraison à relivrer.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>L’événement %1 va être relivré maintenant.</translation>
    </message>
    <message>
        <source>Give both times as year-month-day hours:minutes, e.g. 2026-01-31 08:00 (UTC).</source>
        <translation>Indiquez les deux heures sous la forme année-mois-jour heures:minutes, p. ex. 2026-01-31 08:00 (UTC).</translation>
    </message>
    <message>
        <source>Events from %1 to %2 will go out again now; deliveries pending for them: %3.</source>
        <translation>Les événements de %1 à %2 repartent maintenant ; livraisons en attente pour eux : %3.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceWebhooksView</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled: the receiver answered 410 Gone</source>
        <translation>désactivé : le destinataire a répondu 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>désactivé : en échec depuis 5 jours</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>La passerelle a désactivé la destination de webhook %1 (%2). Vérifiez le destinataire puis réactivez-la.</translation>
    </message>
    <message>
        <source>No webhook destinations yet. Add the first one below.</source>
        <translation>Aucune destination de webhook pour l’instant. Ajoutez la première ci-dessous.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommandés</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>URL de destination</translation>
    </message>
    <message>
        <source>http or https. Loopback, link-local and cloud-metadata addresses are refused; plain http only to the LAN.</source>
        <translation>http ou https. Les adresses de bouclage, lien-local et de métadonnées cloud sont refusées ; http non chiffré seulement vers le réseau local.</translation>
    </message>
    <message>
        <source>The signing secret</source>
        <translation>Le secret de signature</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Copiez-la maintenant : elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>The gateway keeps it encrypted and never shows it again. If it is lost, rotate the secret.</source>
        <translation>La passerelle le conserve chiffré et ne l’affiche plus jamais. S’il est perdu, renouvelez le secret.</translation>
    </message>
    <message>
        <source>Previous secret</source>
        <translation>Secret précédent</translation>
    </message>
    <message>
        <source>still signs until %1</source>
        <translation>signe encore jusqu’à %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>No delivery attempts yet.</source>
        <translation>Aucune tentative de livraison pour l’instant.</translation>
    </message>
    <message>
        <source>Redeliver</source>
        <translation>Relivrer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Redeliver a time range</source>
        <translation>Relivrer une période</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>De (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>À (UTC)</translation>
    </message>
    <message>
        <source>Redeliver range</source>
        <translation>Relivrer la période</translation>
    </message>
    <message>
        <source>Every event of this instance that occurred from the first time up to (not including) the second goes again to the destinations that subscribe to it.</source>
        <translation>Chaque événement de cette instance survenu de la première heure jusqu’à la seconde (non comprise) repart vers les destinations qui y sont abonnées.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstancesController</name>
    <message>
        <source>open</source>
        <translation>connectée</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion…</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermée</translation>
    </message>
    <message>
        <source>No instances yet. Create the first one below.</source>
        <translation>Aucune instance pour l’instant. Créez la première ci-dessous.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>non associé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>Téléphone associé</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Nouvelle instance</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>De 3 à 40 caractères : minuscules, chiffres et tirets, commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gérer</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was deleted.</source>
        <translation>L’instance « %1 » a été supprimée.</translation>
    </message>
</context>
<context>
    <name>wag::portal::LogFilter</name>
    <message>
        <source>There is no instance &quot;%1&quot;.</source>
        <translation>L’instance « %1 » n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the first day as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>« %1 » n’est pas une date. Écrivez le premier jour sous la forme AAAA-MM-JJ, p. ex. 2026-03-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>« %1 » n’est pas une date. Écrivez le dernier jour sous la forme AAAA-MM-JJ, p. ex. 2026-03-31.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>Le premier jour (%1) est après le dernier jour (%2).</translation>
    </message>
    <message>
        <source>The page link is damaged (&quot;%1&quot; is no row number). Start again from the newest rows.</source>
        <translation>Le lien de la page est abîmé (« %1 » n’est pas un numéro de ligne). Recommencez depuis les lignes les plus récentes.</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Days are the gateway&apos;s days (time zone %1); both days are included.</source>
        <translation>Les jours sont ceux de la passerelle (fuseau horaire %1) ; les deux jours sont inclus.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Plus récents</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciens</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>wag::portal::MessageLogsController</name>
    <message>
        <source>The phone filter takes the whole number, e.g. +14155552671.</source>
        <translation>Le filtre de téléphone demande le numéro complet, p. ex. +14155552671.</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Aucun message ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>Aucun message plus ancien.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>wag::portal::PageShell</name>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <source>Portal pages</source>
        <translation>Pages du portail</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Independent software, not affiliated with WhatsApp, Meta or 3CX.</source>
        <translation>Logiciel indépendant, sans lien avec WhatsApp, Meta ou 3CX.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>wag::portal::PolicyEventsController</name>
    <message>
        <source>no reason given</source>
        <translation>aucune raison donnée</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>Instances en pause</translation>
    </message>
    <message>
        <source>No instance is paused.</source>
        <translation>Aucune instance n’est en pause.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>A paused instance accepts no sends. Resume it once the reason is dealt with.</source>
        <translation>Une instance en pause n’accepte aucun envoi. Reprenez-la une fois la cause réglée.</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Événements de politique</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>Décisions de la protection</translation>
    </message>
    <message>
        <source>No decision matches the filter.</source>
        <translation>Aucune décision ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No older decisions.</source>
        <translation>Aucune décision plus ancienne.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>There is no instance &quot;%1&quot; (any more).</source>
        <translation>L’instance « %1 » n’existe pas (ou plus).</translation>
    </message>
</context>
<context>
    <name>wag::portal::PolicyPagesController</name>
    <message>
        <source>This gateway sends WhatsApp messages on behalf of the business that runs it. It is built for responsible messaging only: messages people expect, from a business they deal with. These rules apply to everyone who sends through it — staff in the desktop window or this portal, and every system that uses its API.</source>
        <translation>Cette passerelle envoie des messages WhatsApp au nom de l’entreprise qui l’exploite. Elle est conçue uniquement pour une messagerie responsable : des messages que les gens attendent, d’une entreprise avec laquelle ils sont en relation. Ces règles s’appliquent à tous ceux qui envoient par elle — le personnel dans la fenêtre de bureau ou dans ce portail, et tout système qui utilise son API.</translation>
    </message>
    <message>
        <source>What it may be used for</source>
        <translation>À quoi elle peut servir</translation>
    </message>
    <message>
        <source>Every message names its purpose. The gateway accepts these purposes only:</source>
        <translation>Chaque message indique son objet. La passerelle n’accepte que ces objets :</translation>
    </message>
    <message>
        <source>transactional — orders, invoices, bookings, deliveries, payments</source>
        <translation>transactional — commandes, factures, réservations, livraisons, paiements</translation>
    </message>
    <message>
        <source>operational — service notices, appointment reminders, account changes</source>
        <translation>operational — avis de service, rappels de rendez-vous, modifications de compte</translation>
    </message>
    <message>
        <source>support — answers to questions and requests the contact raised</source>
        <translation>support — réponses aux questions et demandes du contact</translation>
    </message>
    <message>
        <source>internal_team — messages among the business&apos;s own staff</source>
        <translation>internal_team — messages entre les membres du personnel de l’entreprise</translation>
    </message>
    <message>
        <source>authentication — one-time codes and sign-in confirmations</source>
        <translation>authentication — codes à usage unique et confirmations de connexion</translation>
    </message>
    <message>
        <source>What it may not be used for</source>
        <translation>À quoi elle ne doit pas servir</translation>
    </message>
    <message>
        <source>Marketing, promotions and advertising, including &quot;special offers&quot; to existing customers.</source>
        <translation>Marketing, promotions et publicité, y compris les «&#xa0;offres spéciales&#xa0;» aux clients existants.</translation>
    </message>
    <message>
        <source>Cold outreach: writing to people who never asked to hear from the business.</source>
        <translation>Prospection à froid : écrire à des personnes qui n’ont jamais demandé à être contactées par l’entreprise.</translation>
    </message>
    <message>
        <source>Bulk campaigns and broadcasts of one text to long lists of numbers.</source>
        <translation>Campagnes de masse et diffusions d’un même texte à de longues listes de numéros.</translation>
    </message>
    <message>
        <source>Political messages and campaigning.</source>
        <translation>Messages politiques et campagnes électorales.</translation>
    </message>
    <message>
        <source>Messages to people who opted out or were suppressed, and numbers bought, scraped or guessed.</source>
        <translation>Messages à des personnes qui se sont désinscrites ou ont été exclues, et à des numéros achetés, collectés automatiquement ou devinés.</translation>
    </message>
    <message>
        <source>Harassment, deception, phishing, or anything unlawful where the business or the contact is.</source>
        <translation>Harcèlement, tromperie, hameçonnage ou tout ce qui est illégal là où se trouvent l’entreprise ou le contact.</translation>
    </message>
    <message>
        <source>The gateway refuses these purposes by name, and any purpose it does not know:</source>
        <translation>La passerelle refuse ces objets nommément, ainsi que tout objet qu’elle ne connaît pas :</translation>
    </message>
    <message>
        <source>What the gateway does about it</source>
        <translation>Ce que fait la passerelle</translation>
    </message>
    <message>
        <source>Rules are enforced on every send, not only written down. A refused send is not delivered; the caller gets the reason, and the decision is kept in the policy log for the gateway&apos;s admins. The checks are described in detail on the responsible messaging page.</source>
        <translation>Les règles sont appliquées à chaque envoi, pas seulement écrites. Un envoi refusé n’est pas remis ; l’appelant reçoit le motif, et la décision est conservée dans le journal de politique pour les administrateurs de la passerelle. Les contrôles sont décrits en détail sur la page Messagerie responsable.</translation>
    </message>
    <message>
        <source>Contacts who write an opt-out keyword such as STOP are suppressed at once; sends to them are refused.</source>
        <translation>Les contacts qui écrivent un mot-clé de désinscription comme STOP sont exclus aussitôt ; les envois vers eux sont refusés.</translation>
    </message>
    <message>
        <source>Each number has daily and monthly limits (by default %1 a day and %2 a month), and a newly linked number starts lower.</source>
        <translation>Chaque numéro a des limites quotidiennes et mensuelles (par défaut %1 par jour et %2 par mois), et un numéro nouvellement associé commence plus bas.</translation>
    </message>
    <message>
        <source>Sends are paced, and a risk score slows or blocks sending that looks like spam.</source>
        <translation>Les envois sont cadencés, et un score de risque ralentit ou bloque les envois qui ressemblent à du spam.</translation>
    </message>
    <message>
        <source>A sudden rise in opt-outs pauses the number until an admin has looked at it.</source>
        <translation>Une hausse soudaine des désinscriptions met le numéro en pause jusqu’à ce qu’un administrateur l’ait examiné.</translation>
    </message>
    <message>
        <source>What the business running the gateway must do</source>
        <translation>Ce que doit faire l’entreprise qui exploite la passerelle</translation>
    </message>
    <message>
        <source>Message only people who gave their number for this purpose, and keep a record of it.</source>
        <translation>N’écrivez qu’aux personnes qui ont donné leur numéro à cette fin, et conservez-en une trace.</translation>
    </message>
    <message>
        <source>Say who is writing, and keep messages relevant to why the contact is hearing from you.</source>
        <translation>Indiquez qui écrit, et gardez des messages en rapport avec la raison pour laquelle le contact reçoit de vos nouvelles.</translation>
    </message>
    <message>
        <source>Honour every opt-out, however it reaches you (a keyword, a reply, a call, an email): add the number to the suppressed recipients.</source>
        <translation>Respectez chaque désinscription, quelle que soit la façon dont elle vous parvient (mot-clé, réponse, appel, e-mail) : ajoutez le numéro aux destinataires exclus.</translation>
    </message>
    <message>
        <source>Choose the purpose of each message truthfully; a wrong purpose to get past the rules is misuse.</source>
        <translation>Choisissez l’objet de chaque message avec sincérité ; un objet erroné pour contourner les règles est un abus.</translation>
    </message>
    <message>
        <source>Review paused numbers and policy events before resuming, and fix the cause.</source>
        <translation>Examinez les numéros en pause et les événements de politique avant de reprendre, et corrigez la cause.</translation>
    </message>
    <message>
        <source>Follow WhatsApp&apos;s own terms and policies and the law on electronic messages and personal data.</source>
        <translation>Respectez les conditions et politiques propres à WhatsApp ainsi que la loi sur les messages électroniques et les données personnelles.</translation>
    </message>
    <message>
        <source>This software is independent and not affiliated with WhatsApp, Meta or 3CX. WhatsApp may restrict numbers that break its policies whatever this gateway allows.</source>
        <translation>Ce logiciel est indépendant et sans lien avec WhatsApp, Meta ou 3CX. WhatsApp peut restreindre les numéros qui enfreignent ses politiques, quoi que cette passerelle autorise.</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>Utilisation acceptable</translation>
    </message>
    <message>
        <source>Every message sent through the gateway — by the API or a test send from the window or the portal — passes the same guard. The checks run in this order and the first one that fails answers: the API key, the request, the instance and the key&apos;s scope, the purpose, the phone number, suppression, the instance being connected and not paused, the content rules, the daily and monthly limits, then risk and pacing. Every decision is logged as a policy event.</source>
        <translation>Chaque message envoyé par la passerelle — par l’API ou par un envoi de test depuis la fenêtre ou le portail — passe par la même protection. Les contrôles s’exécutent dans cet ordre et le premier qui échoue donne la réponse : la clé d’API, la requête, l’instance et la portée de la clé, l’objet, le numéro de téléphone, l’exclusion, l’instance connectée et non en pause, les règles de contenu, les limites quotidiennes et mensuelles, puis le risque et la cadence. Chaque décision est consignée comme événement de politique.</translation>
    </message>
    <message>
        <source>The numbers below are the defaults this version ships with. A gateway&apos;s admin can change them in the settings, and per instance.</source>
        <translation>Les valeurs ci-dessous sont celles par défaut de cette version. Un administrateur de la passerelle peut les modifier dans les paramètres, et par instance.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>The field message_purpose is required. Allowed:</source>
        <translation>Le champ message_purpose est obligatoire. Autorisés :</translation>
    </message>
    <message>
        <source>Refused with message_purpose_not_allowed (anything else is refused too):</source>
        <translation>Refusés avec message_purpose_not_allowed (tout autre objet est refusé aussi) :</translation>
    </message>
    <message>
        <source>Opt-out and suppression</source>
        <translation>Désinscription et exclusion</translation>
    </message>
    <message>
        <source>An inbound message whose whole text, trimmed and without regard to case, is an opt-out keyword suppresses the sender before anything else happens, and the event recipient.opted_out goes to the business&apos;s webhooks. The built-in keywords:</source>
        <translation>Un message entrant dont le texte entier, sans espaces aux extrémités et sans tenir compte de la casse, est un mot-clé de désinscription exclut l’expéditeur avant toute autre chose, et l’événement recipient.opted_out est envoyé aux webhooks de l’entreprise. Les mots-clés intégrés :</translation>
    </message>
    <message>
        <source>One of %1 lifts an opt-out that was made by keyword, never one an admin made by hand. Sends to a suppressed number are refused with recipient_suppressed. Admins add, remove, import and export suppressed numbers with the reason and who did it.</source>
        <translation>L’un de %1 annule une désinscription faite par mot-clé, jamais une désinscription faite à la main par un administrateur. Les envois vers un numéro exclu sont refusés avec recipient_suppressed. Les administrateurs ajoutent, retirent, importent et exportent les numéros exclus avec le motif et l’auteur.</translation>
    </message>
    <message>
        <source>Limits and warm-up</source>
        <translation>Limites et montée en charge</translation>
    </message>
    <message>
        <source>Each instance may send %1 messages a day and %2 a calendar month, in the gateway&apos;s time zone; beyond that, daily_limit_reached or monthly_limit_reached with Retry-After.</source>
        <translation>Chaque instance peut envoyer %1 messages par jour et %2 par mois civil, dans le fuseau horaire de la passerelle ; au-delà, daily_limit_reached ou monthly_limit_reached avec Retry-After.</translation>
    </message>
    <message>
        <source>A number linked less than %1 days ago warms up: %2 messages on its first day, doubling each day up to the normal daily limit.</source>
        <translation>Un numéro associé il y a moins de %1 jours est en montée en charge : %2 messages le premier jour, doublés chaque jour jusqu’à la limite quotidienne normale.</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Cadence</translation>
    </message>
    <message>
        <source>Between two sends of one instance: a random gap of %1 to %2 seconds.</source>
        <translation>Entre deux envois d’une instance : un intervalle aléatoire de %1 à %2 secondes.</translation>
    </message>
    <message>
        <source>After every %1 sends: a pause of %2 seconds.</source>
        <translation>Après chaque série de %1 envois : une pause de %2 secondes.</translation>
    </message>
    <message>
        <source>To the same recipient: at most one message every %1 seconds.</source>
        <translation>Vers le même destinataire : au plus un message toutes les %1 secondes.</translation>
    </message>
    <message>
        <source>Waiting sends are kept in a durable queue of up to %1 messages or %2 seconds per instance, and survive a restart; beyond that, sending_throttled.</source>
        <translation>Les envois en attente sont conservés dans une file durable de %1 messages ou %2 secondes au plus par instance, et survivent à un redémarrage ; au-delà, sending_throttled.</translation>
    </message>
    <message>
        <source>Each API key may make %1 send requests a minute.</source>
        <translation>Chaque clé d’API peut faire %1 requêtes d’envoi par minute.</translation>
    </message>
    <message>
        <source>Risk checks</source>
        <translation>Contrôles de risque</translation>
    </message>
    <message>
        <source>Each send gets a risk score from 0 to 100 from: the share of today&apos;s recipients who never wrote in (cold outreach), the same text going to many recipients within an hour, the recent opt-out rate, the provider&apos;s failure rate, and sends to people who have not written in the last 24 hours. The signals weigh by purpose: one-time codes and transactional notices to people who never wrote in are normal and are not held against the sender.</source>
        <translation>Chaque envoi reçoit un score de risque de 0 à 100 calculé à partir de : la part des destinataires du jour qui n’ont jamais écrit (prospection à froid), le même texte envoyé à de nombreux destinataires en moins d’une heure, le taux récent de désinscriptions, le taux d’échec du fournisseur, et les envois à des personnes qui n’ont pas écrit au cours des dernières 24 heures. Les signaux sont pondérés selon l’objet : les codes à usage unique et les avis transactionnels envoyés à des personnes qui n’ont jamais écrit sont normaux et ne pénalisent pas l’expéditeur.</translation>
    </message>
    <message>
        <source>A score of %1 or more blocks the send with policy_violation.</source>
        <translation>Un score de %1 ou plus bloque l’envoi avec policy_violation.</translation>
    </message>
    <message>
        <source>A score from %1 to %2 slows the instance&apos;s pacing.</source>
        <translation>Un score de %1 à %2 ralentit la cadence de l’instance.</translation>
    </message>
    <message>
        <source>More than %1 % opt-outs among an instance&apos;s last %2 sends pauses the instance until an admin resumes it.</source>
        <translation>Plus de %1&#xa0;% de désinscriptions parmi les %2 derniers envois d’une instance mettent l’instance en pause jusqu’à ce qu’un administrateur la reprenne.</translation>
    </message>
    <message>
        <source>Content rules</source>
        <translation>Règles de contenu</translation>
    </message>
    <message>
        <source>A text is refused with policy_violation when it contains a blocked phrase (by default, common marketing phrases), a link through a URL shortener, or a full payment card number. Admins edit the phrase and shortener lists.</source>
        <translation>Un texte est refusé avec policy_violation s’il contient une expression bloquée (par défaut, des expressions marketing courantes), un lien via un raccourcisseur d’URL ou un numéro complet de carte de paiement. Les administrateurs modifient les listes d’expressions et de raccourcisseurs.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>A conversation counts as open for %1 hours after the contact&apos;s last message; the webhook events conversation.opened and conversation.closed mark it.</source>
        <translation>Une conversation est considérée comme ouverte pendant %1 heures après le dernier message du contact ; les événements de webhook conversation.opened et conversation.closed la signalent.</translation>
    </message>
    <message>
        <source>What the operator must do</source>
        <translation>Ce que doit faire l’exploitant</translation>
    </message>
    <message>
        <source>The guard catches patterns, not intentions. The business running the gateway remains responsible for consent, truthful purposes and honouring opt-outs, as set out on the acceptable use page.</source>
        <translation>La protection détecte des schémas, pas des intentions. L’entreprise qui exploite la passerelle reste responsable du consentement, de la sincérité des objets et du respect des désinscriptions, comme l’indique la page Utilisation acceptable.</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>Messagerie responsable</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalGate</name>
    <message>
        <source>This page is for administrators. You are signed in as an operator.</source>
        <translation>Cette page est réservée aux administrateurs. Vous êtes connecté en tant qu’opérateur.</translation>
    </message>
    <message>
        <source>The form was missing its security token or it did not match your session. Nothing was changed. Open the page again and retry.</source>
        <translation>Le jeton de sécurité du formulaire manquait ou ne correspondait pas à votre session. Rien n’a été modifié. Rouvrez la page et réessayez.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <source>There is no page at %1 in this version of the portal.</source>
        <translation>Il n’y a pas de page à %1 dans cette version du portail.</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Retour à la page d’accueil</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalPages</name>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinataires exclus</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Journal entrant</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Journal des messages</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Événements de politique</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>Utilisation acceptable</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>Messagerie responsable</translation>
    </message>
    <message>
        <source>API reference</source>
        <translation>Référence de l’API</translation>
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
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>after a restart</source>
        <translation>après un redémarrage</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Par défaut : %1.</translation>
    </message>
    <message>
        <source>A new value takes effect when the gateway restarts.</source>
        <translation>Une nouvelle valeur est prise en compte au redémarrage de la passerelle.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which wins over what is saved here: change it there.</source>
        <translation>Défini par la variable d’environnement %1, qui l’emporte sur ce qui est enregistré ici : modifiez-la à cet endroit.</translation>
    </message>
    <message>
        <source>Set on the command line (--%1), which wins over what is saved here: change it there.</source>
        <translation>Défini en ligne de commande (--%1), qui l’emporte sur ce qui est enregistré ici : modifiez-le à cet endroit.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SettingsController</name>
    <message>
        <source>Saved — in effect now.</source>
        <translation>Enregistré — en vigueur dès maintenant.</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>Enregistré — pris en compte au redémarrage de la passerelle.</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>Rien à enregistrer : aucune valeur n’a été modifiée.</translation>
    </message>
    <message>
        <source>Provider key stored — takes effect when the gateway restarts.</source>
        <translation>Clé du fournisseur enregistrée — prise en compte au redémarrage de la passerelle.</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>Définie par la variable d’environnement WAG_PROVIDER_KEY.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>Définie en ligne de commande (--provider-key).</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>Clé : définie (enregistrée chiffrée ; jamais affichée).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>Clé : non définie.</translation>
    </message>
    <message>
        <source>Provider key</source>
        <translation>Clé du fournisseur</translation>
    </message>
    <message>
        <source>New provider key</source>
        <translation>Nouvelle clé du fournisseur</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>An emptied field goes back to its default. Only changed values are saved, all together or none.</source>
        <translation>Un champ vidé revient à sa valeur par défaut. Seules les valeurs modifiées sont enregistrées, toutes ensemble ou aucune.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Groupes de paramètres</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Paramètres : %1</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>Non enregistré : corrigez la valeur signalée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The key is set by the environment or the command line, which wins: change it there.</source>
        <translation>La clé est définie par l’environnement ou la ligne de commande, qui l’emportent : modifiez-la à cet endroit.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>La clé n’a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>wag::portal::SignInController</name>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>This sign-in form has expired or did not come from this gateway. Please sign in again.</source>
        <translation>Ce formulaire de connexion a expiré ou ne provient pas de cette passerelle. Veuillez vous reconnecter.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts from your address. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives de connexion depuis votre adresse. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives de connexion depuis votre adresse. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de mots de passe erronés pour cet utilisateur. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de mots de passe erronés pour cet utilisateur. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again shortly.</source>
        <translation>La connexion est impossible pour le moment. Réessayez sous peu.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SuppressionsController</name>
    <message>
        <source>opted out by keyword</source>
        <translation>désinscrit par mot-clé</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>ajouté par l’équipe</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>No one is suppressed.</source>
        <translation>Personne n’est exclu.</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>Aucune entrée ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 sur %3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Part of a number or a note</source>
        <translation>Partie d’un numéro ou d’une note</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Ajouter un numéro</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>p. ex. demandé par téléphone</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>Texte CSV</translation>
    </message>
    <message>
        <source>Paste the file&apos;s text: a header row and a &quot;phone&quot; column (optionally &quot;note&quot;). All rows are checked first: one bad row and nothing changes. At most %1 MiB and %2 rows.</source>
        <translation>Collez le texte du fichier : une ligne d’en-tête et une colonne « phone » (éventuellement « note »). Toutes les lignes sont vérifiées d’abord : une seule ligne erronée et rien ne change. Au plus %1 Mio et %2 lignes.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinataires exclus</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>Saisissez un numéro de téléphone, p. ex. +14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 est déjà sur la liste.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>Retirer l’exclusion</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>Autoriser de nouveau les messages à %1 ? Seulement si la personne l’a demandé.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) added.</source>
        <translation>
            <numerusform>%n numéro ajouté.</numerusform>
            <numerusform>%n numéros ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n était déjà sur la liste.</numerusform>
            <numerusform>%n étaient déjà sur la liste.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported, because %n row(s) were refused. Fix them and import again.</source>
        <translation>
            <numerusform>Rien n’a été importé, car %n ligne a été refusée. Corrigez-la et importez de nouveau.</numerusform>
            <numerusform>Rien n’a été importé, car %n lignes ont été refusées. Corrigez-les et importez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n’a été importé. %1</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Lignes ignorées</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>Paste the CSV text to import first.</source>
        <translation>Collez d’abord le texte CSV à importer.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ThreecxController</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No 3CX integrations yet.</source>
        <translation>Aucune intégration 3CX pour l’instant.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>non obligatoire</translation>
    </message>
    <message>
        <source>outbound messages: %1; call events: %2</source>
        <translation>messages sortants&#xa0;: %1&#xa0;; événements d’appel&#xa0;: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Default instance</source>
        <translation>Instance par défaut</translation>
    </message>
    <message>
        <source>Webhook URL for 3CX</source>
        <translation>URL de webhook pour 3CX</translation>
    </message>
    <message>
        <source>HMAC signature</source>
        <translation>Signature HMAC</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Traite</translation>
    </message>
    <message>
        <source>Connect a 3CX phone system</source>
        <translation>Connecter un système téléphonique 3CX</translation>
    </message>
    <message>
        <source>A name that says which phone system it is, e.g. &quot;office-pbx&quot;.</source>
        <translation>Un nom qui indique de quel système téléphonique il s’agit, p. ex. «&#xa0;office-pbx&#xa0;».</translation>
    </message>
    <message>
        <source>The WhatsApp instance that agents&apos; replies and call-event messages go out through.</source>
        <translation>L’instance WhatsApp par laquelle partent les réponses des agents et les messages d’événements d’appel.</translation>
    </message>
    <message>
        <source>Create integration</source>
        <translation>Créer l’intégration</translation>
    </message>
    <message>
        <source>In 3CX, post the events to this URL:</source>
        <translation>Dans 3CX, envoyez les événements (POST) à cette URL&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL de webhook</translation>
    </message>
    <message>
        <source>and send this secret in the header &quot;%1&quot;:</source>
        <translation>et envoyez ce secret dans l’en-tête «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>The new secret</source>
        <translation>Le nouveau secret</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Copiez-la maintenant : elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>The gateway keeps it sealed. If it is lost, rotate it and paste the new one into 3CX.</source>
        <translation>La passerelle le conserve scellé. S’il est perdu, renouvelez-le et collez le nouveau dans 3CX.</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Each connected 3CX phone system has its own secret, settings and event log.</source>
        <translation>Chaque système téléphonique 3CX connecté a son propre secret, ses propres paramètres et son propre journal des événements.</translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation>En-tête du secret</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Adresses autorisées</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>toute adresse</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>Agents&apos; replies only inside the conversation window</source>
        <translation>Réponses des agents uniquement dans la fenêtre de conversation</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Outbound messages from 3CX</source>
        <translation>Messages sortants de 3CX</translation>
    </message>
    <message>
        <source>Call-event messages</source>
        <translation>Messages d’événements d’appel</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>Envoyer ce message</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Require an HMAC signature</source>
        <translation>Exiger une signature HMAC</translation>
    </message>
    <message>
        <source>One IP address or CIDR range (e.g. 192.0.2.0/24) per line or separated by commas; empty: any address.</source>
        <translation>Une adresse IP ou une plage CIDR (p. ex. 192.0.2.0/24) par ligne ou séparées par des virgules&#xa0;; vide&#xa0;: toute adresse.</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Espaces réservés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal des événements</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Aucun événement pour l’instant.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>journalisé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID du message</translation>
    </message>
    <message>
        <source>Secret and removal</source>
        <translation>Secret et retrait</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Renouveler le secret…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>3CX: %1</source>
        <translation>3CX&#xa0;: %1</translation>
    </message>
    <message>
        <source>Give the integration a name, e.g. &quot;office-pbx&quot;.</source>
        <translation>Donnez un nom à l’intégration, p. ex. «&#xa0;office-pbx&#xa0;».</translation>
    </message>
    <message>
        <source>3CX integration &quot;%1&quot; created</source>
        <translation>Intégration 3CX «&#xa0;%1&#xa0;» créée</translation>
    </message>
    <message>
        <source>Rotate 3CX secret</source>
        <translation>Renouveler le secret 3CX</translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new secret? The current one stops working at once: 3CX is refused until the new one is pasted into it.</source>
        <translation>Donner un nouveau secret à «&#xa0;%1&#xa0;»&#xa0;? L’actuel cesse aussitôt de fonctionner&#xa0;: 3CX est refusé jusqu’à ce que le nouveau y soit collé.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;</source>
        <translation>Nouveau secret pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove 3CX integration</source>
        <translation>Retirer l’intégration 3CX</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its templates and event log? 3CX is refused from the next call on.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» avec ses modèles et son journal des événements&#xa0;? 3CX est refusé dès le prochain appel.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>wag::portal::UsersController</name>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
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
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Add, disable or change users in the desktop window (Settings) or with the admin command.</source>
        <translation>Ajoutez, désactivez ou modifiez les utilisateurs dans la fenêtre de bureau (Paramètres) ou avec la commande d’administration.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
</TS>
