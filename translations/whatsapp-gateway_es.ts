<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>entorno</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>opted out by keyword</source>
        <translation>baja por palabra clave</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>añadido por el personal</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>disabled: the receiver answered 410 Gone</source>
        <translation>desactivado: el receptor respondió 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>desactivado: falla desde hace 5 días</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Los nombres tienen de 2 a 40 caracteres: letras, dígitos, «.», «-» o «_», y empiezan por letra o dígito.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Ya existe un usuario con este nombre.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another user an administrator first.</source>
        <translation>Es el último administrador activado: haga antes administrador a otro usuario.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Este usuario ya no existe.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
</context>
<context>
    <name>wag::ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>Claves API</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Revocar…</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave API</translation>
    </message>
    <message>
        <source>e.g. crm</source>
        <translation>p. ej., crm</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>Nombre de la nueva clave API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>Instancias por las que la clave puede enviar</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instancias:</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>Ninguna marcada: la clave puede usar todas las instancias.</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Crear clave</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Give the key a name that says who uses it, e.g. &quot;crm&quot;.</source>
        <translation>Dé a la clave un nombre que indique quién la usa, p. ej., &quot;crm&quot;.</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>La clave de &quot;%1&quot;. Las integraciones la envían como &quot;Authorization: Bearer &lt;key&gt;&quot;:</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar clave API</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>¿Revocar la clave &quot;%1&quot; (%2…)? Lo que la use será rechazado desde la próxima solicitud.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is revoked.</source>
        <translation>La clave &quot;%1&quot; está revocada.</translation>
    </message>
</context>
<context>
    <name>wag::DesktopShell</name>
    <message>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Webhook destination disabled</source>
        <translation>Destino de webhook desactivado</translation>
    </message>
    <message>
        <source>%1 was disabled (%2). Deliveries to it wait until it is enabled again.</source>
        <translation>%1 se desactivó (%2). Las entregas esperan hasta que se vuelva a activar.</translation>
    </message>
    <message>
        <source>the receiver answered 410 Gone</source>
        <translation>el receptor respondió 410 Gone</translation>
    </message>
    <message>
        <source>failing for 5 days</source>
        <translation>falla desde hace 5 días</translation>
    </message>
    <message>
        <source>Instance disconnected</source>
        <translation>Instancia desconectada</translation>
    </message>
    <message>
        <source>%1 lost its connection to WhatsApp.</source>
        <translation>%1 perdió la conexión con WhatsApp.</translation>
    </message>
    <message>
        <source>Instance paused by the guard</source>
        <translation>Instancia pausada por el guardián</translation>
    </message>
    <message>
        <source>%1 was paused: %2. Review it under Policy events.</source>
        <translation>%1 se pausó: %2. Revísela en Eventos de política.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — running at %1</source>
        <translation>WhatsApp Gateway — en marcha en %1</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — stopped</source>
        <translation>WhatsApp Gateway — detenido</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is still running</source>
        <translation>WhatsApp Gateway sigue en marcha</translation>
    </message>
    <message>
        <source>It keeps sending and receiving in the background. Open the window again from the tray icon; choose Quit there to stop the gateway.</source>
        <translation>Sigue enviando y recibiendo en segundo plano. Vuelva a abrir la ventana desde el icono de la bandeja del sistema; elija Salir allí para detener la pasarela.</translation>
    </message>
</context>
<context>
    <name>wag::FirstRunWizard</name>
    <message>
        <source>Set up WhatsApp Gateway</source>
        <translation>Configurar WhatsApp Gateway</translation>
    </message>
</context>
<context>
    <name>wag::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) added.</source>
        <translation>
            <numerusform>%1: %n número añadido.</numerusform>
            <numerusform>%1: %n números añadidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n ya estaba en la lista.</numerusform>
            <numerusform>%n ya estaban en la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported, because %n row(s) were refused. Fix them and import the file again.</source>
        <translation>
            <numerusform>%1: no se importó nada porque se rechazó %n fila. Corríjala e importe el archivo de nuevo.</numerusform>
            <numerusform>%1: no se importó nada porque se rechazaron %n filas. Corríjalas e importe el archivo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was imported. %2</source>
        <translation>%1: no se importó nada. %2</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>wag::InboundLogModel</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>Palabra de baja</translation>
    </message>
</context>
<context>
    <name>wag::InstanceBadgeDelegate</name>
    <message>
        <source>open</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
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
        <translation>Primera instancia</translation>
    </message>
    <message>
        <source>An instance is one WhatsApp number linked to the gateway.</source>
        <translation>Una instancia es un número de WhatsApp vinculado a la pasarela.</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nombre de la instancia</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>p. ej. front-desk</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>De 3 a 40 caracteres: minúsculas a-z, dígitos y «-».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance name: use 3 to 40 characters, lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>«%1» no es un nombre de instancia válido: use de 3 a 40 caracteres, minúsculas a-z, dígitos y «-».</translation>
    </message>
    <message>
        <source>An instance named %1 already exists.</source>
        <translation>Ya existe una instancia llamada %1.</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>Nombre de la &amp;instancia:</translation>
    </message>
</context>
<context>
    <name>wag::InstancePicker</name>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Todas las instancias</translation>
    </message>
</context>
<context>
    <name>wag::InstanceUsagePanel</name>
    <message>
        <source>Sent today:</source>
        <translation>Enviados hoy:</translation>
    </message>
    <message>
        <source>Sent this month:</source>
        <translation>Enviados este mes:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Límites:</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Calentamiento:</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again:</source>
        <translation>El recuento de hoy se reinicia:</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again:</source>
        <translation>El recuento del mes se reinicia:</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>Contado como cuenta el guardián: cada envío que aceptó (enviado, en cola o fallido después en el proveedor). Los intentos rechazados no cuentan.</translation>
    </message>
    <message>
        <source>shown while the gateway runs</source>
        <translation>se muestra mientras la pasarela está en marcha</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 a las %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wag::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Nueva instancia</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>p. ej., front-desk</translation>
    </message>
    <message>
        <source>Name of the new instance</source>
        <translation>Nombre de la nueva instancia</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>De 3 a 40 caracteres: minúsculas, dígitos y guiones, empezando por letra o dígito.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>Linked phone:</source>
        <translation>Teléfono vinculado:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>En pausa:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausar…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;anudar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Start linking: shows a QR code, or reconnects a linked phone.</source>
        <translation>Iniciar vinculación: muestra un código QR o reconecta un teléfono vinculado.</translation>
    </message>
    <message>
        <source>Unlink the phone from this instance.</source>
        <translation>Desvincular el teléfono de esta instancia.</translation>
    </message>
    <message>
        <source>Refuse every send through this instance until resumed.</source>
        <translation>Rechazar todo envío por esta instancia hasta reanudarla.</translation>
    </message>
    <message>
        <source>Delete the instance, its link and its API key scopes.</source>
        <translation>Eliminar la instancia, su vínculo y sus ámbitos en claves API.</translation>
    </message>
    <message>
        <source>No instance yet</source>
        <translation>Aún no hay instancias</translation>
    </message>
    <message>
        <source>Create one on the left: it starts linking at once and shows a QR code here.</source>
        <translation>Cree una a la izquierda: empieza a vincularse al instante y muestra aquí un código QR.</translation>
    </message>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>Conectada: el teléfono está vinculado y los mensajes salen.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>Esperando al teléfono: abra WhatsApp, Dispositivos vinculados, Vincular un dispositivo y escanee el código.</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>Sin conexión. Pulse Conectar para vincular un teléfono.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(Demo: el simulador integrado, sin cuenta real de WhatsApp.)</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Vinculada: no hace falta código QR.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>Aún no hay código QR.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>sí — %1</translation>
    </message>
    <message>
        <source>Use 3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Use de 3 a 40 caracteres: minúsculas, dígitos y guiones, empezando por letra o dígito.</translation>
    </message>
    <message>
        <source>An instance named &quot;%1&quot; exists already.</source>
        <translation>Ya existe una instancia llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pause instance</source>
        <translation>Pausar instancia</translation>
    </message>
    <message>
        <source>Why? (kept with the pause, for the team)</source>
        <translation>¿Por qué? (se guarda con la pausa, para el equipo)</translation>
    </message>
    <message>
        <source>paused from the desktop window</source>
        <translation>pausada desde la ventana de escritorio</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Eliminar instancia</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>¿Eliminar &quot;%1&quot;? El teléfono se desvincula y las claves API pierden esta instancia de su ámbito. No se puede deshacer.</translation>
    </message>
    <message>
        <source>State reason:</source>
        <translation>Motivo del estado:</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>Detalles de la instancia</translation>
    </message>
    <message>
        <source>QR code to link a phone</source>
        <translation>Código QR para vincular un teléfono</translation>
    </message>
    <message>
        <source>Conn&amp;ection</source>
        <translation>Co&amp;nexión</translation>
    </message>
    <message>
        <source>Limits and us&amp;age</source>
        <translation>Límites y &amp;uso</translation>
    </message>
    <message>
        <source>&amp;Test send</source>
        <translation>Envío de prue&amp;ba</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <source>Close and reopen the connection to WhatsApp, e.g. when messages stop going out. A linked phone stays linked; while linking, a fresh QR code appears.</source>
        <translation>Cerrar y reabrir la conexión con WhatsApp, p. ej., cuando los mensajes dejan de salir. Un teléfono vinculado sigue vinculado; durante la vinculación aparece un código QR nuevo.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>Reconectando con el teléfono vinculado…</translation>
    </message>
</context>
<context>
    <name>wag::LogPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instancia:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Filter by phone number</source>
        <translation>Filtrar por número de teléfono</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Only show a date range</source>
        <translation>Mostrar solo un rango de fechas</translation>
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
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Show full &amp;numbers</source>
        <translation>Mostrar &amp;números completos</translation>
    </message>
    <message>
        <source>Numbers are masked so they cannot be read over a shoulder.</source>
        <translation>Los números se enmascaran para que no se lean por encima del hombro.</translation>
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
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Registro de entrada</translation>
    </message>
    <message>
        <source>Part of the number, e.g. 4155</source>
        <translation>Parte del número, p. ej., 4155</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>Whole number, e.g. +14155552671</source>
        <translation>Número completo, p. ej., +14155552671</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinatarios excluidos</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves API</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About WhatsApp Gateway</source>
        <translation>&amp;Acerca de WhatsApp Gateway</translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation>En marcha — %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>About WhatsApp Gateway</source>
        <translation>Acerca de WhatsApp Gateway</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WhatsApp Gateway %1&lt;/h3&gt;&lt;p&gt;An on-premise gateway for responsible WhatsApp messaging.&lt;/p&gt;&lt;p&gt;WhatsApp Gateway is independent software, not affiliated with WhatsApp, Meta or 3CX.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WhatsApp Gateway %1&lt;/h3&gt;&lt;p&gt;Una pasarela local para una mensajería responsable por WhatsApp.&lt;/p&gt;&lt;p&gt;WhatsApp Gateway es software independiente, sin relación con WhatsApp, Meta ni 3CX.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <source>Data key notice</source>
        <translation>Aviso sobre la clave de datos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Hide this notice until the gateway starts again.</source>
        <translation>Ocultar este aviso hasta que la pasarela vuelva a iniciarse.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or not available (%1). The key that encrypts the stored secrets (provider key, webhook signing secrets) is therefore kept in a file instead: %2. Only your user account can read it. Protect it and back it up with the data folder: without it the stored secrets cannot be decrypted. This data folder keeps using the file from now on.</source>
        <translation>El llavero del sistema está bloqueado o no está disponible (%1). Por eso, la clave que cifra los secretos guardados (clave del proveedor, secretos de firma de webhooks) se guarda en un archivo: %2. Solo su cuenta de usuario puede leerlo. Protéjalo y haga una copia de seguridad junto con la carpeta de datos: sin él, los secretos guardados no se pueden descifrar. A partir de ahora, esta carpeta de datos seguirá usando el archivo.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>The OS keychain is switched off (the &quot;keychain&quot; setting or WAG_DISABLE_KEYCHAIN), so the key that encrypts the stored secrets is kept in a file: %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>El llavero del sistema está desactivado (el ajuste &quot;keychain&quot; o WAG_DISABLE_KEYCHAIN), así que la clave que cifra los secretos guardados se guarda en un archivo: %1. Solo su cuenta de usuario puede leerlo. Protéjalo y haga una copia de seguridad junto con la carpeta de datos.</translation>
    </message>
    <message>
        <source>This data folder keeps the key that encrypts the stored secrets in a file, not in the OS keychain (no keychain was available when the folder was set up): %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>Esta carpeta de datos conserva en un archivo, y no en el llavero del sistema, la clave que cifra los secretos guardados (no había ningún llavero disponible cuando se configuró la carpeta): %1. Solo su cuenta de usuario puede leerlo. Protéjalo y haga una copia de seguridad junto con la carpeta de datos.</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Message or outcome</source>
        <translation>Mensaje o resultado</translation>
    </message>
</context>
<context>
    <name>wag::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nueva contraseña para %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>Establecer &amp;contraseña</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>wag::PolicyEventModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>wag::PolicyEventsPage</name>
    <message>
        <source>&amp;Paused instances</source>
        <translation>Instancias en &amp;pausa</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>Instancias en pausa</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Sends through the instance are accepted again.</source>
        <translation>Los envíos por la instancia se aceptan de nuevo.</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>Decisiones del guardián</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No instance is paused.</source>
        <translation>No hay ninguna instancia en pausa.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderKeyEditor</name>
    <message>
        <source>New provider key</source>
        <translation>Nueva clave del proveedor</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Escriba una clave nueva para sustituir la guardada</translation>
    </message>
    <message>
        <source>S&amp;tore key</source>
        <translation>Guardar &amp;clave</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>Definida por la variable de entorno WAG_PROVIDER_KEY.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>Definida en la línea de comandos (--provider-key).</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>Clave: definida (guardada cifrada; nunca se muestra).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>Clave: sin definir.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>No se guardó la clave: %1</translation>
    </message>
    <message>
        <source>Key stored — takes effect when the gateway restarts.</source>
        <translation>Clave guardada: surte efecto al reiniciar la pasarela.</translation>
    </message>
    <message>
        <source>Key stored.</source>
        <translation>Clave guardada.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderPage</name>
    <message>
        <source>Messaging provider</source>
        <translation>Proveedor de mensajería</translation>
    </message>
    <message>
        <source>Try the gateway with the built-in simulator, or connect it to your Evolution API server.</source>
        <translation>Pruebe la pasarela con el simulador integrado o conéctela a su servidor de Evolution API.</translation>
    </message>
    <message>
        <source>&amp;Demo (built-in simulator, no phone needed)</source>
        <translation>&amp;Demo (simulador integrado, sin teléfono)</translation>
    </message>
    <message>
        <source>&amp;Evolution API server</source>
        <translation>Servidor de &amp;Evolution API</translation>
    </message>
    <message>
        <source>Evolution API URL</source>
        <translation>URL de Evolution API</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8080</source>
        <translation>p. ej. http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Evolution API key</source>
        <translation>Clave de Evolution API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>The gateway switches to this provider after a restart.</source>
        <translation>La pasarela cambia a este proveedor tras reiniciarla.</translation>
    </message>
    <message>
        <source>Enter the server URL and its API key first.</source>
        <translation>Introduzca primero la URL del servidor y su clave de API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Reachable: the server accepted the key.</source>
        <translation>Accesible: el servidor aceptó la clave.</translation>
    </message>
    <message>
        <source>Wrong key: the server refused it.</source>
        <translation>Clave incorrecta: el servidor la rechazó.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>El servidor respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Inaccesible: %1</translation>
    </message>
    <message>
        <source>Test the connection first: the server must be reachable and accept this key.</source>
        <translation>Pruebe primero la conexión: el servidor debe estar accesible y aceptar esta clave.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>No se pudo guardar la clave: %1</translation>
    </message>
</context>
<context>
    <name>wag::QrCodeWidget</name>
    <message>
        <source>QR code to link the phone</source>
        <translation>Código QR para vincular el teléfono</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device.</source>
        <translation>Escanee con WhatsApp en el teléfono: Dispositivos vinculados, Vincular un dispositivo.</translation>
    </message>
</context>
<context>
    <name>wag::QrPage</name>
    <message>
        <source>Link the phone</source>
        <translation>Vincular el teléfono</translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp, then Linked devices, Link a device, and scan this code.</source>
        <translation>En el teléfono, abra WhatsApp, luego Dispositivos vinculados, Vincular un dispositivo, y escanee este código.</translation>
    </message>
    <message>
        <source>Instance state</source>
        <translation>Estado de la instancia</translation>
    </message>
    <message>
        <source>&amp;Simulate scan</source>
        <translation>&amp;Simular escaneo</translation>
    </message>
    <message>
        <source>Demo only: act as if a phone scanned the code.</source>
        <translation>Solo demo: actúa como si un teléfono hubiera escaneado el código.</translation>
    </message>
    <message>
        <source>Restart the gateway to use the provider you chose.</source>
        <translation>Reinicie la pasarela para usar el proveedor elegido.</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Vinculado: no hace falta código QR.</translation>
    </message>
    <message>
        <source>Open: %1 is linked to WhatsApp.</source>
        <translation>Abierta: %1 está vinculada a WhatsApp.</translation>
    </message>
    <message>
        <source>Waiting for the QR code…</source>
        <translation>Esperando el código QR…</translation>
    </message>
    <message>
        <source>Connecting: waiting for a QR code from the provider.</source>
        <translation>Conectando: esperando un código QR del proveedor.</translation>
    </message>
    <message>
        <source>Waiting for the scan: the code refreshes by itself.</source>
        <translation>Esperando el escaneo: el código se renueva solo.</translation>
    </message>
</context>
<context>
    <name>wag::SecretOnceDialog</name>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copiar el secreto al portapapeles</translation>
    </message>
    <message>
        <source>This is the only time it is shown. Store it now.</source>
        <translation>Solo se muestra esta vez. Guárdelo ahora.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>wag::SettingEditor</name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation>Elegir el archivo para %1</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restablecer valor predeterminado</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>Restablecer %1 a su valor predeterminado</translation>
    </message>
    <message>
        <source>Default: empty</source>
        <translation>Predeterminado: vacío</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Predeterminado: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>la variable de entorno %1</translation>
    </message>
    <message>
        <source>the command line (%1)</source>
        <translation>la línea de comandos (%1)</translation>
    </message>
    <message>
        <source>Set by %1; a value saved here would not take effect. Change it there.</source>
        <translation>Definido por %1; un valor guardado aquí no surtiría efecto. Cámbielo allí.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Archivos PEM (*.pem *.crt *.cer *.key);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>wag::SettingsPage</name>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>Configuración efectiva</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>No se pudo guardar el idioma: %1</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Grupos de ajustes</translation>
    </message>
    <message>
        <source>Provider &amp;key:</source>
        <translation>Clave del &amp;proveedor:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Every setting in effect, and where its value comes from. The other tabs edit the common ones; the rest are set on the command line or through WAG_… environment variables, which also win over what is saved here.</source>
        <translation>Cada ajuste en vigor y de dónde viene su valor. Las otras pestañas editan los habituales; el resto se define en la línea de comandos o con variables de entorno WAG_…, que además prevalecen sobre lo guardado aquí.</translation>
    </message>
</context>
<context>
    <name>wag::SettingsSectionBox</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save: %1</source>
        <translation>Guardar: %1</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>Nada que guardar: no cambió ningún valor.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>No se guardó: corrija el valor marcado. No se cambió nada.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>Guardado: surte efecto al reiniciar la pasarela.</translation>
    </message>
    <message>
        <source>Saved — in effect now.</source>
        <translation>Guardado: en vigor desde ya.</translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation>No se restableció: %1</translation>
    </message>
    <message>
        <source>Back to the default — takes effect when the gateway restarts.</source>
        <translation>Restablecido el valor predeterminado: surte efecto al reiniciar la pasarela.</translation>
    </message>
    <message>
        <source>Back to the default — in effect now.</source>
        <translation>Restablecido el valor predeterminado: en vigor desde ya.</translation>
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
        <translation>Red</translation>
    </message>
    <message>
        <source>Where the gateway listens and how others reach it.</source>
        <translation>Dónde escucha la pasarela y cómo llegan a ella los demás.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>Address and port of the gateway, HOST:PORT. 127.0.0.1 accepts only this computer; 0.0.0.0 every network.</source>
        <translation>Dirección y puerto de la pasarela, HOST:PORT. 127.0.0.1 solo acepta este equipo; 0.0.0.0, cualquier red.</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <source>How the provider and 3CX reach the gateway. Empty: derived from the listen address.</source>
        <translation>Cómo llegan a la pasarela el proveedor y 3CX. Vacía: se deriva de la dirección de escucha.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>Path of the PEM certificate (chain) on the gateway&apos;s computer. With its key, the gateway speaks HTTPS.</source>
        <translation>Ruta del certificado PEM (cadena) en el equipo de la pasarela. Con su clave, la pasarela usa HTTPS.</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clave privada TLS</translation>
    </message>
    <message>
        <source>Path of the unencrypted PEM RSA or EC key of the certificate.</source>
        <translation>Ruta de la clave PEM RSA o EC del certificado, sin cifrar.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Evolution API needs its server&apos;s URL and key (store the key first).</source>
        <translation>Evolution API necesita la URL y la clave de su servidor (guarde primero la clave).</translation>
    </message>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>Demo (simulador integrado)</translation>
    </message>
    <message>
        <source>Evolution API</source>
        <translation>Evolution API</translation>
    </message>
    <message>
        <source>The engine that connects the gateway&apos;s numbers to WhatsApp.</source>
        <translation>El motor que conecta los números de la pasarela con WhatsApp.</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>URL del proveedor</translation>
    </message>
    <message>
        <source>Base URL of the Evolution API server.</source>
        <translation>URL base del servidor de Evolution API.</translation>
    </message>
    <message>
        <source>Limits and pacing</source>
        <translation>Límites y ritmo</translation>
    </message>
    <message>
        <source>How much and how fast each instance may send. An instance&apos;s own limits (its Settings tab) win over these defaults.</source>
        <translation>Cuánto y con qué rapidez puede enviar cada instancia. Los límites propios de una instancia (su pestaña Configuración) prevalecen sobre estos valores predeterminados.</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Límite diario</translation>
    </message>
    <message>
        <source>Messages per instance per day, unless the instance sets its own.</source>
        <translation>Mensajes por instancia y día, salvo que la instancia fije el suyo.</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Límite mensual</translation>
    </message>
    <message>
        <source>Messages per instance per calendar month.</source>
        <translation>Mensajes por instancia y mes natural.</translation>
    </message>
    <message>
        <source>Warm-up: first day</source>
        <translation>Calentamiento: primer día</translation>
    </message>
    <message>
        <source>Messages a newly linked number may send on its first day; doubles each day.</source>
        <translation>Mensajes que un número recién vinculado puede enviar el primer día; se duplica cada día.</translation>
    </message>
    <message>
        <source>Warm-up: days</source>
        <translation>Calentamiento: días</translation>
    </message>
    <message>
        <source>Days after linking during which the warm-up cap applies.</source>
        <translation>Días tras la vinculación durante los que se aplica el tope de calentamiento.</translation>
    </message>
    <message>
        <source>Shortest gap between sends</source>
        <translation>Intervalo mínimo entre envíos</translation>
    </message>
    <message>
        <source>Longest gap between sends</source>
        <translation>Intervalo máximo entre envíos</translation>
    </message>
    <message>
        <source>Each gap is drawn at random between the shortest and the longest.</source>
        <translation>Cada intervalo se elige al azar entre el mínimo y el máximo.</translation>
    </message>
    <message>
        <source>Burst size</source>
        <translation>Tamaño de ráfaga</translation>
    </message>
    <message>
        <source>Sends after which the instance pauses.</source>
        <translation>Envíos tras los cuales la instancia hace una pausa.</translation>
    </message>
    <message>
        <source>Pause after a burst</source>
        <translation>Pausa tras una ráfaga</translation>
    </message>
    <message>
        <source>Gap per recipient</source>
        <translation>Intervalo por destinatario</translation>
    </message>
    <message>
        <source>Shortest gap between two messages to the same number.</source>
        <translation>Intervalo mínimo entre dos mensajes al mismo número.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>When days and months begin for the limits. Empty: the gateway computer&apos;s.</source>
        <translation>Cuándo empiezan los días y los meses para los límites. Vacía: la del equipo de la pasarela.</translation>
    </message>
    <message>
        <source>e.g. Asia/Riyadh</source>
        <translation>p. ej., Europe/Madrid</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Región telefónica predeterminada</translation>
    </message>
    <message>
        <source>Two-letter region for numbers written without a country code. Empty: international numbers only.</source>
        <translation>Región de dos letras para los números escritos sin código de país. Vacía: solo números internacionales.</translation>
    </message>
    <message>
        <source>e.g. SA</source>
        <translation>p. ej., ES</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Palabras de baja</translation>
    </message>
    <message>
        <source>What a contact writes to stop messages, and what the gateway answers.</source>
        <translation>Qué escribe un contacto para dejar de recibir mensajes y qué responde la pasarela.</translation>
    </message>
    <message>
        <source>One per line. A contact who sends one is suppressed. Empty: the built-in list in six languages (STOP, إيقاف, …).</source>
        <translation>Una por línea. El contacto que envíe una queda excluido. Vacío: la lista integrada en seis idiomas (STOP, إيقاف, …).</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Palabras de alta</translation>
    </message>
    <message>
        <source>One per line. Lifts an opt-out made by keyword. Empty: START, UNSTOP, YES and equivalents.</source>
        <translation>Una por línea. Anula una baja hecha por palabra clave. Vacío: START, UNSTOP, YES y equivalentes.</translation>
    </message>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Confirmación de baja</translation>
    </message>
    <message>
        <source>Reply sent to a contact who opted out by keyword. Empty: no reply.</source>
        <translation>Respuesta enviada al contacto que se dio de baja por palabra clave. Vacío: sin respuesta.</translation>
    </message>
    <message>
        <source>e.g. You will not receive further messages from us.</source>
        <translation>p. ej., No recibirá más mensajes nuestros.</translation>
    </message>
</context>
<context>
    <name>wag::StartupFailure</name>
    <message>
        <source>It cannot listen on its address, usually because another program uses it. If the WhatsApp Gateway service runs on this computer, the window cannot run next to it: use the service&apos;s web portal, or stop the service (sudo systemctl disable --now whatsapp-gateway). Otherwise start the window with another address, e.g. whatsapp-gateway --listen 127.0.0.1:8481.</source>
        <translation>No puede escuchar en su dirección, normalmente porque otro programa la usa. Si el servicio WhatsApp Gateway se ejecuta en este equipo, la ventana no puede funcionar a su lado: use el portal web del servicio o detenga el servicio (sudo systemctl disable --now whatsapp-gateway). Si no, inicie la ventana con otra dirección, p. ej. whatsapp-gateway --listen 127.0.0.1:8481.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is already running for this data folder. Look for its icon in the system tray.</source>
        <translation>WhatsApp Gateway ya se está ejecutando para esta carpeta de datos. Busque su icono en la bandeja del sistema.</translation>
    </message>
    <message>
        <source>The reason is below. Nothing was changed.</source>
        <translation>El motivo aparece abajo. No se cambió nada.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway could not start</source>
        <translation>WhatsApp Gateway no pudo iniciarse</translation>
    </message>
</context>
<context>
    <name>wag::SuppressionsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Part of a number or a note</source>
        <translation>Parte de un número o de una nota</translation>
    </message>
    <message>
        <source>Search suppressed recipients</source>
        <translation>Buscar destinatarios excluidos</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>A header row and a &quot;phone&quot; column (optionally &quot;note&quot;). All rows are checked first: one bad row and nothing changes.</source>
        <translation>Una fila de encabezado y una columna &quot;phone&quot; (opcionalmente &quot;note&quot;). Primero se comprueban todas las filas: con una fila errónea no cambia nada.</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinatarios excluidos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Add &amp;number:</source>
        <translation>Añadir &amp;número:</translation>
    </message>
    <message>
        <source>Phone number to suppress</source>
        <translation>Número de teléfono que excluir</translation>
    </message>
    <message>
        <source>Note, e.g. asked by phone</source>
        <translation>Nota, p. ej., lo pidió por teléfono</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Import suppressed recipients</source>
        <translation>Importar destinatarios excluidos</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export suppressed recipients</source>
        <translation>Exportar destinatarios excluidos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Sin entradas</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>Introduzca un número de teléfono, p. ej., +14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>%1 will receive no messages.</source>
        <translation>%1 no recibirá mensajes.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>Quitar exclusión</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>¿Permitir de nuevo mensajes a %1? Hágalo solo si la persona lo pidió.</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>%1 se quitó de la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entrada escrita en %1.</numerusform>
            <numerusform>%n entradas escritas en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wag::TestSendPanel</name>
    <message>
        <source>Transactional — orders, invoices, bookings</source>
        <translation>Transaccional — pedidos, facturas, reservas</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>Operativo — avisos de servicio, recordatorios</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>Soporte — responder a un cliente</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>Equipo interno — mensajes al personal</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>Autenticación — códigos de un solo uso</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the desktop window, no API key) and it counts against the limits.</source>
        <translation>Envía un mensaje por esta instancia igual que la API: el guardián lo comprueba, el registro de mensajes lo anota (enviado desde la ventana de escritorio, sin clave API) y cuenta para los límites.</translation>
    </message>
    <message>
        <source>e.g. +14155552671</source>
        <translation>p. ej., +14155552671</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>Número de teléfono del destinatario</translation>
    </message>
    <message>
        <source>International format with +, or digits with the country code.</source>
        <translation>Formato internacional con +, o dígitos con el código de país.</translation>
    </message>
    <message>
        <source>Purpose of the message</source>
        <translation>Finalidad del mensaje</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Hello, this is a test from our WhatsApp gateway.</source>
        <translation>Hola, esta es una prueba desde nuestra pasarela de WhatsApp.</translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <translation>Des&amp;tinatario:</translation>
    </message>
    <message>
        <source>Purp&amp;ose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <source>Message te&amp;xt:</source>
        <translation>Te&amp;xto del mensaje:</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>Enviar &amp;mensaje de prueba</translation>
    </message>
    <message>
        <source>Send it now through the guard; the answer appears below.</source>
        <translation>Enviarlo ahora a través del guardián; la respuesta aparece abajo.</translation>
    </message>
    <message>
        <source>Result of the test send</source>
        <translation>Resultado del envío de prueba</translation>
    </message>
    <message>
        <source>Test sends need the gateway running.</source>
        <translation>Los envíos de prueba necesitan la pasarela en marcha.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Enviando por %1…</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>En cola: %1 lo retiene en su cola de envío y lo envía en breve (mensaje %2, entrada del registro %3). El registro de mensajes muestra cuándo sale.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>Enviado: el proveedor lo aceptó (mensaje %1, entrada del registro %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>No enviado (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Rechazado (%1): %2</translation>
    </message>
</context>
<context>
    <name>wag::UsageWording</name>
    <message>
        <source>%1 (gateway default)</source>
        <translation>%1 (predeterminado de la pasarela)</translation>
    </message>
    <message>
        <source>%1 a day, %2 a month</source>
        <translation>%1 al día, %2 al mes</translation>
    </message>
    <message>
        <source>unknown (the message log could not be read)</source>
        <translation>desconocido (no se pudo leer el registro de mensajes)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (today&apos;s warm-up cap; the daily limit is %2)</source>
        <translation>%1 (tope de calentamiento de hoy; el límite diario es %2)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>starts when a phone is linked; until then at most %1 messages a day</source>
        <translation>empieza cuando se vincula un teléfono; hasta entonces, como máximo %1 mensajes al día</translation>
    </message>
    <message>
        <source>day %1 of %2: at most %3 messages today, doubling each day up to the daily limit</source>
        <translation>día %1 de %2: hoy como máximo %3 mensajes, el doble cada día hasta el límite diario</translation>
    </message>
    <message numerus="yes">
        <source>done (linked %n day(s) ago)</source>
        <translation>
            <numerusform>terminado (vinculada hace %n día)</numerusform>
            <numerusform>terminado (vinculada hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>This month&apos;s limit is reached: sends through this instance are refused (monthly_limit_reached) until %1.</source>
        <translation>Se alcanzó el límite de este mes: los envíos por esta instancia se rechazan (monthly_limit_reached) hasta el %1.</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up cap is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>Se alcanzó el tope de calentamiento de hoy: los envíos por esta instancia se rechazan (daily_limit_reached) hasta el %1.</translation>
    </message>
    <message>
        <source>Today&apos;s limit is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>Se alcanzó el límite de hoy: los envíos por esta instancia se rechazan (daily_limit_reached) hasta el %1.</translation>
    </message>
</context>
<context>
    <name>wag::UserPage</name>
    <message>
        <source>First administrator</source>
        <translation>Primer administrador</translation>
    </message>
    <message>
        <source>This person signs in to the window and the portal and can add other users later.</source>
        <translation>Esta persona inicia sesión en la ventana y el portal y puede añadir otros usuarios más tarde.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>p. ej. admin</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Al menos %1 caracteres</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Los nombres tienen de 2 a 40 caracteres: letras, dígitos, «.», «-» o «_», y empiezan por letra o dígito.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>La contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Ya existe un usuario llamado %1.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
</context>
<context>
    <name>wag::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
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
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>Hacer &amp;administrador</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Name of the new user</source>
        <translation>Nombre del nuevo usuario</translation>
    </message>
    <message>
        <source>e.g. fatima</source>
        <translation>p. ej., fatima</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Rol del nuevo usuario</translation>
    </message>
    <message>
        <source>Operator — instances, logs, suppressions, test sends</source>
        <translation>Operador — instancias, registros, exclusiones, envíos de prueba</translation>
    </message>
    <message>
        <source>Administrator — everything, also keys, users and settings</source>
        <translation>Administrador — todo, también claves, usuarios y configuración</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Password of the new user</source>
        <translation>Contraseña del nuevo usuario</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Password of the new user, again</source>
        <translation>Contraseña del nuevo usuario, otra vez</translation>
    </message>
    <message>
        <source>Password aga&amp;in:</source>
        <translation>Repita la contrase&amp;ña:</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>Añadir &amp;usuario</translation>
    </message>
    <message>
        <source>Disabled since %1</source>
        <translation>Desactivado desde %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Make &amp;operator</source>
        <translation>Hacer &amp;operador</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Acti&amp;var</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Se añadió %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 ahora es administrador.</translation>
    </message>
    <message>
        <source>%1 is now an operator.</source>
        <translation>%1 ahora es operador.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nueva contraseña establecida para %1.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>Remove the user %1? They can no longer sign in; this cannot be undone.</source>
        <translation>¿Eliminar el usuario %1? Ya no podrá iniciar sesión; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>Last portal sign-in</source>
        <translation>Último inicio de sesión en el portal</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>wag::WebhookDestinationDialog</name>
    <message>
        <source>Add webhook destination</source>
        <translation>Añadir destino de webhook</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>URL de destino</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Elija al menos un evento.</translation>
    </message>
</context>
<context>
    <name>wag::WebhooksPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instancia:</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Webhook destinations</source>
        <translation>Destinos de webhook</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>R&amp;otate secret</source>
        <translation>R&amp;otar secreto</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>Enviar evento de &amp;prueba</translation>
    </message>
    <message>
        <source>Delivery log of the selected destination</source>
        <translation>Registro de entregas del destino seleccionado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>&amp;Redeliver selected event</source>
        <translation>&amp;Reenviar el evento seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>The destination was added. Receivers verify each delivery with this signing secret:</source>
        <translation>Se añadió el destino. Los receptores verifican cada entrega con este secreto de firma:</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rotar secreto</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>¿Crear un nuevo secreto de firma? El actual sigue firmando 24 horas para que el receptor pueda cambiar.</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>Nuevo secreto de firma</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours):</source>
        <translation>El nuevo secreto de firma (el anterior sigue firmando 24 horas):</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Quitar destino</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>¿Quitar este destino con su registro de entregas? Las entregas pendientes se descartan.</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>Evento de prueba %1 en cola; sus intentos aparecen en el registro de entregas.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>El evento %1 se entregará de nuevo ahora.</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>La pasarela desactivó el destino de webhook %1 (%2). Revise el receptor y vuelva a activarlo.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiKeysController</name>
    <message>
        <source>No API keys yet. Create the first one below.</source>
        <translation>Aún no hay claves API. Cree la primera abajo.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>todas las instancias</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefijo</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>There are no instances yet.</source>
        <translation>Aún no hay instancias.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nueva clave API</translation>
    </message>
    <message>
        <source>A name that says who uses the key, e.g. &quot;crm&quot;.</source>
        <translation>Un nombre que diga quién usa la clave, p. ej., &quot;crm&quot;.</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>Instancias por las que la clave puede enviar</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>Ninguna marcada: la clave puede usar todas las instancias.</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Crear clave</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves API</translation>
    </message>
    <message>
        <source>Give the key a name that says who uses it, e.g. &quot;crm&quot;.</source>
        <translation>Dé a la clave un nombre que indique quién la usa, p. ej., &quot;crm&quot;.</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>La clave de &quot;%1&quot;. Las integraciones la envían como &quot;Authorization: Bearer &lt;key&gt;&quot;:</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>La nueva clave API</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Cópiela ahora: no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>The gateway keeps only a hash of it. If it is lost, revoke it and create a new one.</source>
        <translation>La pasarela solo guarda un hash de ella. Si se pierde, revóquela y cree una nueva.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revocar clave API</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>¿Revocar la clave &quot;%1&quot; (%2…)? Lo que la use será rechazado desde la próxima solicitud.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiReferenceController</name>
    <message>
        <source>API reference</source>
        <translation>Referencia de la API</translation>
    </message>
    <message>
        <source>The API document is not built into this gateway.</source>
        <translation>El documento de la API no está incluido en esta pasarela.</translation>
    </message>
    <message>
        <source>Download the OpenAPI document (JSON)</source>
        <translation>Descargar el documento OpenAPI (JSON)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operaciones</translation>
    </message>
    <message>
        <source>Webhook events</source>
        <translation>Eventos de webhook</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>wag::portal::InboundLogsController</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>The phone filter takes any part of the number.</source>
        <translation>El filtro de teléfono admite cualquier parte del número.</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Registro de entrada</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>Palabra de baja</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Ningún mensaje coincide con el filtro.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>No hay mensajes más antiguos.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceConnectionView</name>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>Conectada: el teléfono está vinculado y los mensajes salen.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>Esperando al teléfono: abra WhatsApp, Dispositivos vinculados, Vincular un dispositivo y escanee el código.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>Reconectando con el teléfono vinculado…</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>Sin conexión. Pulse Conectar para vincular un teléfono.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(Demo: el simulador integrado, sin cuenta real de WhatsApp.)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>sí — %1</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>Teléfono vinculado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Last reason given by the provider</source>
        <translation>Último motivo indicado por el proveedor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Vinculado — no hace falta código QR.</translation>
    </message>
    <message>
        <source>No QR code: the instance is not connecting.</source>
        <translation>Sin código QR: la instancia no se está conectando.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>Aún no hay código QR.</translation>
    </message>
    <message>
        <source>QR code to link the phone</source>
        <translation>Código QR para vincular el teléfono</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device. The code changes from time to time; this page shows the current one.</source>
        <translation>Escanéelo con WhatsApp en el teléfono: Dispositivos vinculados, Vincular un dispositivo. El código cambia de vez en cuando; esta página muestra el actual.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceManageController</name>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Envío de prueba</translation>
    </message>
    <message>
        <source>Limits and pause</source>
        <translation>Límites y pausa</translation>
    </message>
    <message>
        <source>Instance pages</source>
        <translation>Páginas de la instancia</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Why (kept with the pause, for the team)</source>
        <translation>Motivo (se guarda con la pausa, para el equipo)</translation>
    </message>
    <message>
        <source>paused from the portal</source>
        <translation>pausada desde el portal</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Log out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Only administrators change an instance&apos;s limits.</source>
        <translation>Solo los administradores cambian los límites de una instancia.</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instancia %1</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Página no encontrada</translation>
    </message>
    <message>
        <source>Instances have no &quot;%1&quot; tab in this version of the portal.</source>
        <translation>Las instancias no tienen la pestaña «%1» en esta versión del portal.</translation>
    </message>
    <message>
        <source>Back to the instances</source>
        <translation>Volver a las instancias</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (por %2)</translation>
    </message>
    <message>
        <source>Log out &quot;%1&quot;? The phone is unlinked; linking it again needs a new scan.</source>
        <translation>¿Cerrar la sesión de «%1»? El teléfono se desvincula; volver a vincularlo requiere un nuevo escaneo.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>¿Eliminar &quot;%1&quot;? El teléfono se desvincula y las claves API pierden esta instancia de su ámbito. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Eliminar instancia</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>No existe el ajuste predefinido «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
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
        <translation>Transaccional — pedidos, facturas, reservas</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>Operativo — avisos de servicio, recordatorios</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>Soporte — responder a un cliente</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>Equipo interno — mensajes al personal</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>Autenticación — códigos de un solo uso</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the portal, no API key) and it counts against the limits.</source>
        <translation>Envía un mensaje por esta instancia como lo hace la API: el guardián lo revisa, el registro de mensajes lo anota (enviado desde el portal, sin clave de API) y cuenta para los límites.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Enviar mensaje de prueba</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>En cola: %1 lo retiene en su cola de envío y lo envía en breve (mensaje %2, entrada del registro %3). El registro de mensajes muestra cuándo sale.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>Enviado: el proveedor lo aceptó (mensaje %1, entrada del registro %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>No enviado (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Rechazado (%1): %2</translation>
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
        <translation>Enviados hoy</translation>
    </message>
    <message>
        <source>Sent this month</source>
        <translation>Enviados este mes</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again</source>
        <translation>El recuento de hoy vuelve a empezar</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again</source>
        <translation>El recuento del mes vuelve a empezar</translation>
    </message>
    <message>
        <source>Limits and usage</source>
        <translation>Límites y uso</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>Contado como cuenta el guardián: cada envío que aceptó (enviado, en cola o fallido después en el proveedor). Los intentos rechazados no cuentan.</translation>
    </message>
    <message>
        <source>none — use the numbers below</source>
        <translation>ninguno — usar los números de abajo</translation>
    </message>
    <message>
        <source>%1: %2 a day, %3 a month</source>
        <translation>%1: %2 al día, %3 al mes</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Ajuste predefinido</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Mensajes por día</translation>
    </message>
    <message>
        <source>Messages per calendar month</source>
        <translation>Mensajes por mes natural</translation>
    </message>
    <message>
        <source>Leave a field empty for the gateway&apos;s default. A preset sets both numbers.</source>
        <translation>Deje un campo vacío para usar el valor predeterminado de la pasarela. Un ajuste predefinido fija ambos números.</translation>
    </message>
    <message>
        <source>Change limits</source>
        <translation>Cambiar límites</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Guardar límites</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceWebhooksController</name>
    <message>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <source>Add webhook destination</source>
        <translation>Añadir destino de webhook</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Añadir destino</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Enviar evento de prueba</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Rotar secreto…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>All webhook destinations</source>
        <translation>Todos los destinos de webhook</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Change URL or events</source>
        <translation>Cambiar la URL o los eventos</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Elija al menos un evento.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>The destination %1 was added. Receivers verify each delivery with this signing secret:</source>
        <translation>Se añadió el destino %1. Los receptores verifican cada entrega con este secreto de firma:</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>¿Crear un nuevo secreto de firma? El actual sigue firmando 24 horas para que el receptor pueda cambiar.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rotar secreto</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>Nuevo secreto de firma</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours; until then both sign every delivery):</source>
        <translation>El nuevo secreto de firma (el anterior sigue firmando durante 24 horas; hasta entonces ambos firman cada entrega):</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>¿Quitar este destino con su registro de entregas? Las entregas pendientes se descartan.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Quitar destino</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>Evento de prueba %1 en cola; sus intentos aparecen en el registro de entregas.</translation>
    </message>
    <message>
        <source>Choose an event of the delivery log to redeliver.</source>
        <translation>Elija un evento del registro de entregas para reenviarlo.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>El evento %1 se entregará de nuevo ahora.</translation>
    </message>
    <message>
        <source>Give both times as year-month-day hours:minutes, e.g. 2026-01-31 08:00 (UTC).</source>
        <translation>Indique ambas horas como año-mes-día horas:minutos, p. ej. 2026-01-31 08:00 (UTC).</translation>
    </message>
    <message>
        <source>Events from %1 to %2 will go out again now; deliveries pending for them: %3.</source>
        <translation>Los eventos de %1 a %2 vuelven a salir ahora; entregas pendientes para ellos: %3.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceWebhooksView</name>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fallido: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>disabled: the receiver answered 410 Gone</source>
        <translation>desactivado: el receptor respondió 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>desactivado: falla desde hace 5 días</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>La pasarela desactivó el destino de webhook %1 (%2). Revise el receptor y vuelva a activarlo.</translation>
    </message>
    <message>
        <source>No webhook destinations yet. Add the first one below.</source>
        <translation>Aún no hay destinos de webhook. Añada el primero abajo.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>URL de destino</translation>
    </message>
    <message>
        <source>http or https. Loopback, link-local and cloud-metadata addresses are refused; plain http only to the LAN.</source>
        <translation>http o https. Se rechazan las direcciones de loopback, de enlace local y de metadatos de la nube; http sin cifrar solo hacia la red local.</translation>
    </message>
    <message>
        <source>The signing secret</source>
        <translation>El secreto de firma</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Cópiela ahora: no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>The gateway keeps it encrypted and never shows it again. If it is lost, rotate the secret.</source>
        <translation>La pasarela lo guarda cifrado y no vuelve a mostrarlo. Si se pierde, rote el secreto.</translation>
    </message>
    <message>
        <source>Previous secret</source>
        <translation>Secreto anterior</translation>
    </message>
    <message>
        <source>still signs until %1</source>
        <translation>sigue firmando hasta %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>No delivery attempts yet.</source>
        <translation>Aún no hay intentos de entrega.</translation>
    </message>
    <message>
        <source>Redeliver</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Redeliver a time range</source>
        <translation>Reenviar un intervalo de tiempo</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>Desde (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Hasta (UTC)</translation>
    </message>
    <message>
        <source>Redeliver range</source>
        <translation>Reenviar el intervalo</translation>
    </message>
    <message>
        <source>Every event of this instance that occurred from the first time up to (not including) the second goes again to the destinations that subscribe to it.</source>
        <translation>Cada evento de esta instancia ocurrido desde la primera hora hasta la segunda (sin incluirla) vuelve a enviarse a los destinos suscritos a él.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstancesController</name>
    <message>
        <source>open</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>No instances yet. Create the first one below.</source>
        <translation>Aún no hay instancias. Cree la primera abajo.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>sin vincular</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>Teléfono vinculado</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Nueva instancia</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>De 3 a 40 caracteres: minúsculas, dígitos y guiones, empezando por letra o dígito.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gestionar</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was deleted.</source>
        <translation>Se eliminó la instancia «%1».</translation>
    </message>
</context>
<context>
    <name>wag::portal::LogFilter</name>
    <message>
        <source>There is no instance &quot;%1&quot;.</source>
        <translation>No existe la instancia «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the first day as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>«%1» no es una fecha. Escriba el primer día como AAAA-MM-DD, p. ej. 2026-03-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>«%1» no es una fecha. Escriba el último día como AAAA-MM-DD, p. ej. 2026-03-31.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>El primer día (%1) es posterior al último día (%2).</translation>
    </message>
    <message>
        <source>The page link is damaged (&quot;%1&quot; is no row number). Start again from the newest rows.</source>
        <translation>El enlace de la página está dañado («%1» no es un número de fila). Empiece de nuevo por las filas más recientes.</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Todas las instancias</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Days are the gateway&apos;s days (time zone %1); both days are included.</source>
        <translation>Los días son los de la pasarela (zona horaria %1); ambos días se incluyen.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Más antiguos</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>wag::portal::MessageLogsController</name>
    <message>
        <source>The phone filter takes the whole number, e.g. +14155552671.</source>
        <translation>El filtro de teléfono necesita el número completo, p. ej. +14155552671.</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Ningún mensaje coincide con el filtro.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>No hay mensajes más antiguos.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>wag::portal::PageShell</name>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operador</translation>
    </message>
    <message>
        <source>Portal pages</source>
        <translation>Páginas del portal</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Independent software, not affiliated with WhatsApp, Meta or 3CX.</source>
        <translation>Software independiente, sin relación con WhatsApp, Meta ni 3CX.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>wag::portal::PolicyEventsController</name>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>Instancias en pausa</translation>
    </message>
    <message>
        <source>No instance is paused.</source>
        <translation>No hay ninguna instancia en pausa.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>A paused instance accepts no sends. Resume it once the reason is dealt with.</source>
        <translation>Una instancia en pausa no acepta envíos. Reanúdela cuando se haya resuelto el motivo.</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>Decisiones del guardián</translation>
    </message>
    <message>
        <source>No decision matches the filter.</source>
        <translation>Ninguna decisión coincide con el filtro.</translation>
    </message>
    <message>
        <source>No older decisions.</source>
        <translation>No hay decisiones más antiguas.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>There is no instance &quot;%1&quot; (any more).</source>
        <translation>La instancia «%1» no existe (o ya no existe).</translation>
    </message>
</context>
<context>
    <name>wag::portal::PolicyPagesController</name>
    <message>
        <source>This gateway sends WhatsApp messages on behalf of the business that runs it. It is built for responsible messaging only: messages people expect, from a business they deal with. These rules apply to everyone who sends through it — staff in the desktop window or this portal, and every system that uses its API.</source>
        <translation>Esta pasarela envía mensajes de WhatsApp en nombre de la empresa que la gestiona. Está hecha solo para una mensajería responsable: mensajes que las personas esperan, de una empresa con la que tienen relación. Estas reglas se aplican a todos los que envían a través de ella: el personal en la ventana de escritorio o en este portal, y todo sistema que use su API.</translation>
    </message>
    <message>
        <source>What it may be used for</source>
        <translation>Para qué se puede usar</translation>
    </message>
    <message>
        <source>Every message names its purpose. The gateway accepts these purposes only:</source>
        <translation>Cada mensaje indica su finalidad. La pasarela solo acepta estas finalidades:</translation>
    </message>
    <message>
        <source>transactional — orders, invoices, bookings, deliveries, payments</source>
        <translation>transactional — pedidos, facturas, reservas, entregas, pagos</translation>
    </message>
    <message>
        <source>operational — service notices, appointment reminders, account changes</source>
        <translation>operational — avisos de servicio, recordatorios de citas, cambios en la cuenta</translation>
    </message>
    <message>
        <source>support — answers to questions and requests the contact raised</source>
        <translation>support — respuestas a preguntas y solicitudes que planteó el contacto</translation>
    </message>
    <message>
        <source>internal_team — messages among the business&apos;s own staff</source>
        <translation>internal_team — mensajes entre el propio personal de la empresa</translation>
    </message>
    <message>
        <source>authentication — one-time codes and sign-in confirmations</source>
        <translation>authentication — códigos de un solo uso y confirmaciones de inicio de sesión</translation>
    </message>
    <message>
        <source>What it may not be used for</source>
        <translation>Para qué no se puede usar</translation>
    </message>
    <message>
        <source>Marketing, promotions and advertising, including &quot;special offers&quot; to existing customers.</source>
        <translation>Marketing, promociones y publicidad, incluidas las «ofertas especiales» a clientes actuales.</translation>
    </message>
    <message>
        <source>Cold outreach: writing to people who never asked to hear from the business.</source>
        <translation>Contacto en frío: escribir a personas que nunca pidieron tener noticias de la empresa.</translation>
    </message>
    <message>
        <source>Bulk campaigns and broadcasts of one text to long lists of numbers.</source>
        <translation>Campañas masivas y difusiones de un mismo texto a largas listas de números.</translation>
    </message>
    <message>
        <source>Political messages and campaigning.</source>
        <translation>Mensajes políticos y campañas electorales.</translation>
    </message>
    <message>
        <source>Messages to people who opted out or were suppressed, and numbers bought, scraped or guessed.</source>
        <translation>Mensajes a personas que se dieron de baja o fueron excluidas, y a números comprados, extraídos o adivinados.</translation>
    </message>
    <message>
        <source>Harassment, deception, phishing, or anything unlawful where the business or the contact is.</source>
        <translation>Acoso, engaño, phishing o cualquier cosa ilegal donde se encuentren la empresa o el contacto.</translation>
    </message>
    <message>
        <source>The gateway refuses these purposes by name, and any purpose it does not know:</source>
        <translation>La pasarela rechaza estas finalidades por su nombre, y también cualquier finalidad que no conozca:</translation>
    </message>
    <message>
        <source>What the gateway does about it</source>
        <translation>Qué hace la pasarela al respecto</translation>
    </message>
    <message>
        <source>Rules are enforced on every send, not only written down. A refused send is not delivered; the caller gets the reason, and the decision is kept in the policy log for the gateway&apos;s admins. The checks are described in detail on the responsible messaging page.</source>
        <translation>Las reglas se aplican en cada envío; no solo están escritas. Un envío rechazado no se entrega; quien lo solicitó recibe el motivo, y la decisión queda en el registro de política para los administradores de la pasarela. Las comprobaciones se describen en detalle en la página de mensajería responsable.</translation>
    </message>
    <message>
        <source>Contacts who write an opt-out keyword such as STOP are suppressed at once; sends to them are refused.</source>
        <translation>Los contactos que escriben una palabra de baja como STOP quedan excluidos al instante; los envíos a ellos se rechazan.</translation>
    </message>
    <message>
        <source>Each number has daily and monthly limits (by default %1 a day and %2 a month), and a newly linked number starts lower.</source>
        <translation>Cada número tiene límites diarios y mensuales (de forma predeterminada, %1 al día y %2 al mes), y un número recién vinculado empieza con menos.</translation>
    </message>
    <message>
        <source>Sends are paced, and a risk score slows or blocks sending that looks like spam.</source>
        <translation>Los envíos siguen un ritmo controlado, y una puntuación de riesgo frena o bloquea los envíos que parecen spam.</translation>
    </message>
    <message>
        <source>A sudden rise in opt-outs pauses the number until an admin has looked at it.</source>
        <translation>Un aumento repentino de bajas pone el número en pausa hasta que un administrador lo revise.</translation>
    </message>
    <message>
        <source>What the business running the gateway must do</source>
        <translation>Qué debe hacer la empresa que gestiona la pasarela</translation>
    </message>
    <message>
        <source>Message only people who gave their number for this purpose, and keep a record of it.</source>
        <translation>Escriba solo a personas que dieron su número para esta finalidad, y guarde constancia de ello.</translation>
    </message>
    <message>
        <source>Say who is writing, and keep messages relevant to why the contact is hearing from you.</source>
        <translation>Indique quién escribe y mantenga los mensajes relacionados con el motivo por el que el contacto recibe noticias suyas.</translation>
    </message>
    <message>
        <source>Honour every opt-out, however it reaches you (a keyword, a reply, a call, an email): add the number to the suppressed recipients.</source>
        <translation>Respete cada baja, le llegue como le llegue (una palabra clave, una respuesta, una llamada, un correo electrónico): añada el número a los destinatarios excluidos.</translation>
    </message>
    <message>
        <source>Choose the purpose of each message truthfully; a wrong purpose to get past the rules is misuse.</source>
        <translation>Elija con veracidad la finalidad de cada mensaje; indicar una finalidad falsa para saltarse las reglas es un uso indebido.</translation>
    </message>
    <message>
        <source>Review paused numbers and policy events before resuming, and fix the cause.</source>
        <translation>Revise los números en pausa y los eventos de política antes de reanudar, y corrija la causa.</translation>
    </message>
    <message>
        <source>Follow WhatsApp&apos;s own terms and policies and the law on electronic messages and personal data.</source>
        <translation>Cumpla los términos y políticas propios de WhatsApp y la ley sobre mensajes electrónicos y datos personales.</translation>
    </message>
    <message>
        <source>This software is independent and not affiliated with WhatsApp, Meta or 3CX. WhatsApp may restrict numbers that break its policies whatever this gateway allows.</source>
        <translation>Este software es independiente y no tiene relación con WhatsApp, Meta ni 3CX. WhatsApp puede restringir los números que incumplan sus políticas, permita lo que permita esta pasarela.</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>Uso aceptable</translation>
    </message>
    <message>
        <source>Every message sent through the gateway — by the API or a test send from the window or the portal — passes the same guard. The checks run in this order and the first one that fails answers: the API key, the request, the instance and the key&apos;s scope, the purpose, the phone number, suppression, the instance being connected and not paused, the content rules, the daily and monthly limits, then risk and pacing. Every decision is logged as a policy event.</source>
        <translation>Cada mensaje enviado por la pasarela —por la API o como envío de prueba desde la ventana o el portal— pasa por el mismo guardián. Las comprobaciones se hacen en este orden y responde la primera que falla: la clave API, la solicitud, la instancia y si la clave puede usarla, la finalidad, el número de teléfono, la exclusión, que la instancia esté conectada y no en pausa, las reglas de contenido, los límites diarios y mensuales, y por último el riesgo y el ritmo. Cada decisión se registra como evento de política.</translation>
    </message>
    <message>
        <source>The numbers below are the defaults this version ships with. A gateway&apos;s admin can change them in the settings, and per instance.</source>
        <translation>Las cifras siguientes son los valores predeterminados de esta versión. Un administrador de la pasarela puede cambiarlas en la configuración, y por instancia.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalidades</translation>
    </message>
    <message>
        <source>The field message_purpose is required. Allowed:</source>
        <translation>El campo message_purpose es obligatorio. Permitidas:</translation>
    </message>
    <message>
        <source>Refused with message_purpose_not_allowed (anything else is refused too):</source>
        <translation>Rechazadas con message_purpose_not_allowed (cualquier otra también se rechaza):</translation>
    </message>
    <message>
        <source>Opt-out and suppression</source>
        <translation>Baja y exclusión</translation>
    </message>
    <message>
        <source>An inbound message whose whole text, trimmed and without regard to case, is an opt-out keyword suppresses the sender before anything else happens, and the event recipient.opted_out goes to the business&apos;s webhooks. The built-in keywords:</source>
        <translation>Un mensaje entrante cuyo texto completo, sin espacios en los extremos y sin distinguir mayúsculas de minúsculas, sea una palabra de baja excluye al remitente antes de que ocurra nada más, y el evento recipient.opted_out se envía a los webhooks de la empresa. Las palabras integradas:</translation>
    </message>
    <message>
        <source>One of %1 lifts an opt-out that was made by keyword, never one an admin made by hand. Sends to a suppressed number are refused with recipient_suppressed. Admins add, remove, import and export suppressed numbers with the reason and who did it.</source>
        <translation>Una de %1 anula una baja hecha por palabra clave, nunca una que un administrador hizo a mano. Los envíos a un número excluido se rechazan con recipient_suppressed. Los administradores añaden, quitan, importan y exportan números excluidos con el motivo y quién lo hizo.</translation>
    </message>
    <message>
        <source>Limits and warm-up</source>
        <translation>Límites y calentamiento</translation>
    </message>
    <message>
        <source>Each instance may send %1 messages a day and %2 a calendar month, in the gateway&apos;s time zone; beyond that, daily_limit_reached or monthly_limit_reached with Retry-After.</source>
        <translation>Cada instancia puede enviar %1 mensajes al día y %2 por mes natural, en la zona horaria de la pasarela; por encima de eso, daily_limit_reached o monthly_limit_reached con Retry-After.</translation>
    </message>
    <message>
        <source>A number linked less than %1 days ago warms up: %2 messages on its first day, doubling each day up to the normal daily limit.</source>
        <translation>Un número vinculado hace menos de %1 días está en calentamiento: %2 mensajes el primer día, el doble cada día hasta el límite diario normal.</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Between two sends of one instance: a random gap of %1 to %2 seconds.</source>
        <translation>Entre dos envíos de una instancia: un intervalo aleatorio de %1 a %2 segundos.</translation>
    </message>
    <message>
        <source>After every %1 sends: a pause of %2 seconds.</source>
        <translation>Cada %1 envíos: una pausa de %2 segundos.</translation>
    </message>
    <message>
        <source>To the same recipient: at most one message every %1 seconds.</source>
        <translation>Al mismo destinatario: como máximo un mensaje cada %1 segundos.</translation>
    </message>
    <message>
        <source>Waiting sends are kept in a durable queue of up to %1 messages or %2 seconds per instance, and survive a restart; beyond that, sending_throttled.</source>
        <translation>Los envíos en espera se guardan en una cola persistente de hasta %1 mensajes o %2 segundos por instancia, y sobreviven a un reinicio; por encima de eso, sending_throttled.</translation>
    </message>
    <message>
        <source>Each API key may make %1 send requests a minute.</source>
        <translation>Cada clave API puede hacer %1 solicitudes de envío por minuto.</translation>
    </message>
    <message>
        <source>Risk checks</source>
        <translation>Comprobaciones de riesgo</translation>
    </message>
    <message>
        <source>Each send gets a risk score from 0 to 100 from: the share of today&apos;s recipients who never wrote in (cold outreach), the same text going to many recipients within an hour, the recent opt-out rate, the provider&apos;s failure rate, and sends to people who have not written in the last 24 hours. The signals weigh by purpose: one-time codes and transactional notices to people who never wrote in are normal and are not held against the sender.</source>
        <translation>Cada envío recibe una puntuación de riesgo de 0 a 100 a partir de: la proporción de destinatarios de hoy que nunca escribieron (contacto en frío), el mismo texto enviado a muchos destinatarios en una hora, la tasa reciente de bajas, la tasa de fallos del proveedor y los envíos a personas que no han escrito en las últimas 24 horas. Las señales pesan según la finalidad: los códigos de un solo uso y los avisos transaccionales a personas que nunca escribieron son normales y no cuentan en contra del remitente.</translation>
    </message>
    <message>
        <source>A score of %1 or more blocks the send with policy_violation.</source>
        <translation>Una puntuación de %1 o más bloquea el envío con policy_violation.</translation>
    </message>
    <message>
        <source>A score from %1 to %2 slows the instance&apos;s pacing.</source>
        <translation>Una puntuación de %1 a %2 ralentiza el ritmo de la instancia.</translation>
    </message>
    <message>
        <source>More than %1 % opt-outs among an instance&apos;s last %2 sends pauses the instance until an admin resumes it.</source>
        <translation>Más de un %1 % de bajas entre los últimos %2 envíos de una instancia pone la instancia en pausa hasta que un administrador la reanude.</translation>
    </message>
    <message>
        <source>Content rules</source>
        <translation>Reglas de contenido</translation>
    </message>
    <message>
        <source>A text is refused with policy_violation when it contains a blocked phrase (by default, common marketing phrases), a link through a URL shortener, or a full payment card number. Admins edit the phrase and shortener lists.</source>
        <translation>Un texto se rechaza con policy_violation si contiene una frase bloqueada (de forma predeterminada, frases de marketing habituales), un enlace a través de un acortador de URL o un número completo de tarjeta de pago. Los administradores editan las listas de frases y de acortadores.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>A conversation counts as open for %1 hours after the contact&apos;s last message; the webhook events conversation.opened and conversation.closed mark it.</source>
        <translation>Una conversación se considera abierta durante %1 horas tras el último mensaje del contacto; los eventos de webhook conversation.opened y conversation.closed la marcan.</translation>
    </message>
    <message>
        <source>What the operator must do</source>
        <translation>Qué debe hacer el operador</translation>
    </message>
    <message>
        <source>The guard catches patterns, not intentions. The business running the gateway remains responsible for consent, truthful purposes and honouring opt-outs, as set out on the acceptable use page.</source>
        <translation>El guardián detecta patrones, no intenciones. La empresa que gestiona la pasarela sigue siendo responsable del consentimiento, de indicar finalidades veraces y de respetar las bajas, como se expone en la página de uso aceptable.</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>Mensajería responsable</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalGate</name>
    <message>
        <source>This page is for administrators. You are signed in as an operator.</source>
        <translation>Esta página es para administradores. Ha iniciado sesión como operador.</translation>
    </message>
    <message>
        <source>The form was missing its security token or it did not match your session. Nothing was changed. Open the page again and retry.</source>
        <translation>Al formulario le faltaba su token de seguridad o no coincidía con su sesión. No se cambió nada. Abra la página de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Página no encontrada</translation>
    </message>
    <message>
        <source>There is no page at %1 in this version of the portal.</source>
        <translation>No hay ninguna página en %1 en esta versión del portal.</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Volver a la página de inicio</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalPages</name>
    <message>
        <source>Instances</source>
        <translation>Instancias</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves API</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinatarios excluidos</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Registro de entrada</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensajes</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>Uso aceptable</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>Mensajería responsable</translation>
    </message>
    <message>
        <source>API reference</source>
        <translation>Referencia de la API</translation>
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
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>after a restart</source>
        <translation>tras un reinicio</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Predeterminado: %1.</translation>
    </message>
    <message>
        <source>A new value takes effect when the gateway restarts.</source>
        <translation>Un valor nuevo surte efecto al reiniciar la pasarela.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which wins over what is saved here: change it there.</source>
        <translation>Definido por la variable de entorno %1, que prevalece sobre lo guardado aquí: cámbielo allí.</translation>
    </message>
    <message>
        <source>Set on the command line (--%1), which wins over what is saved here: change it there.</source>
        <translation>Definido en la línea de comandos (--%1), que prevalece sobre lo guardado aquí: cámbielo allí.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SettingsController</name>
    <message>
        <source>Saved — in effect now.</source>
        <translation>Guardado: en vigor desde ya.</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>Guardado: surte efecto al reiniciar la pasarela.</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>Nada que guardar: no cambió ningún valor.</translation>
    </message>
    <message>
        <source>Provider key stored — takes effect when the gateway restarts.</source>
        <translation>Clave del proveedor guardada: surte efecto al reiniciar la pasarela.</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>Definida por la variable de entorno WAG_PROVIDER_KEY.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>Definida en la línea de comandos (--provider-key).</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>Clave: definida (guardada cifrada; nunca se muestra).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>Clave: sin definir.</translation>
    </message>
    <message>
        <source>Provider key</source>
        <translation>Clave del proveedor</translation>
    </message>
    <message>
        <source>New provider key</source>
        <translation>Nueva clave del proveedor</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>An emptied field goes back to its default. Only changed values are saved, all together or none.</source>
        <translation>Un campo vaciado vuelve a su valor predeterminado. Solo se guardan los valores cambiados, todos juntos o ninguno.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Grupos de ajustes</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>No se guardó: corrija el valor marcado. No se cambió nada.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se guardó: %1</translation>
    </message>
    <message>
        <source>The key is set by the environment or the command line, which wins: change it there.</source>
        <translation>La clave está definida por el entorno o la línea de comandos, que prevalecen: cámbiela allí.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>No se guardó la clave: %1</translation>
    </message>
</context>
<context>
    <name>wag::portal::SignInController</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>This sign-in form has expired or did not come from this gateway. Please sign in again.</source>
        <translation>Este formulario de inicio de sesión caducó o no procede de esta pasarela. Vuelva a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts from your address. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos de inicio de sesión desde su dirección. Vuelva a intentarlo en %n minuto.</numerusform>
            <numerusform>Demasiados intentos de inicio de sesión desde su dirección. Vuelva a intentarlo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas para este usuario. Vuelva a intentarlo en %n minuto.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas para este usuario. Vuelva a intentarlo en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Esta cuenta está desactivada. Consulte a un administrador.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again shortly.</source>
        <translation>No es posible iniciar sesión en este momento. Vuelva a intentarlo en breve.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SuppressionsController</name>
    <message>
        <source>opted out by keyword</source>
        <translation>baja por palabra clave</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>añadido por el personal</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>No one is suppressed.</source>
        <translation>No hay nadie excluido.</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>Ninguna entrada coincide con &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Part of a number or a note</source>
        <translation>Parte de un número o de una nota</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Añadir un número</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>p. ej., lo pidió por teléfono</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>Texto CSV</translation>
    </message>
    <message>
        <source>Paste the file&apos;s text: a header row and a &quot;phone&quot; column (optionally &quot;note&quot;). All rows are checked first: one bad row and nothing changes. At most %1 MiB and %2 rows.</source>
        <translation>Pegue el texto del archivo: una fila de encabezado y una columna &quot;phone&quot; (opcionalmente &quot;note&quot;). Primero se comprueban todas las filas: una fila errónea y no cambia nada. Como máximo %1 MiB y %2 filas.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinatarios excluidos</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>Introduzca un número de teléfono, p. ej., +14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 ya está en la lista.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>Quitar exclusión</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>¿Permitir de nuevo mensajes a %1? Hágalo solo si la persona lo pidió.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) added.</source>
        <translation>
            <numerusform>%n número añadido.</numerusform>
            <numerusform>%n números añadidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n ya estaba en la lista.</numerusform>
            <numerusform>%n ya estaban en la lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported, because %n row(s) were refused. Fix them and import again.</source>
        <translation>
            <numerusform>No se importó nada porque se rechazó %n fila. Corríjala e importe de nuevo.</numerusform>
            <numerusform>No se importó nada porque se rechazaron %n filas. Corríjalas e importe de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Filas omitidas</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Paste the CSV text to import first.</source>
        <translation>Pegue primero el texto CSV que desea importar.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ThreecxController</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No 3CX integrations yet.</source>
        <translation>Aún no hay integraciones de 3CX.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoria</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>no obligatoria</translation>
    </message>
    <message>
        <source>outbound messages: %1; call events: %2</source>
        <translation>mensajes salientes: %1; eventos de llamada: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Default instance</source>
        <translation>Instancia predeterminada</translation>
    </message>
    <message>
        <source>Webhook URL for 3CX</source>
        <translation>URL de webhook para 3CX</translation>
    </message>
    <message>
        <source>HMAC signature</source>
        <translation>Firma HMAC</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Gestiona</translation>
    </message>
    <message>
        <source>Connect a 3CX phone system</source>
        <translation>Conectar un sistema telefónico 3CX</translation>
    </message>
    <message>
        <source>A name that says which phone system it is, e.g. &quot;office-pbx&quot;.</source>
        <translation>Un nombre que indique de qué sistema telefónico se trata, p. ej., «office-pbx».</translation>
    </message>
    <message>
        <source>The WhatsApp instance that agents&apos; replies and call-event messages go out through.</source>
        <translation>La instancia de WhatsApp por la que salen las respuestas de los agentes y los mensajes de eventos de llamada.</translation>
    </message>
    <message>
        <source>Create integration</source>
        <translation>Crear integración</translation>
    </message>
    <message>
        <source>In 3CX, post the events to this URL:</source>
        <translation>En 3CX, envíe los eventos (POST) a esta URL:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL de webhook</translation>
    </message>
    <message>
        <source>and send this secret in the header &quot;%1&quot;:</source>
        <translation>y envíe este secreto en el encabezado «%1»:</translation>
    </message>
    <message>
        <source>The new secret</source>
        <translation>El nuevo secreto</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Cópiela ahora: no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>The gateway keeps it sealed. If it is lost, rotate it and paste the new one into 3CX.</source>
        <translation>La pasarela lo guarda sellado. Si se pierde, rótelo y pegue el nuevo en 3CX.</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Each connected 3CX phone system has its own secret, settings and event log.</source>
        <translation>Cada sistema telefónico 3CX conectado tiene su propio secreto, su propia configuración y su propio registro de eventos.</translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation>Encabezado del secreto</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Direcciones permitidas</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>cualquier dirección</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre de la empresa</translation>
    </message>
    <message>
        <source>Agents&apos; replies only inside the conversation window</source>
        <translation>Respuestas de los agentes solo dentro de la ventana de conversación</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Outbound messages from 3CX</source>
        <translation>Mensajes salientes desde 3CX</translation>
    </message>
    <message>
        <source>Call-event messages</source>
        <translation>Mensajes de eventos de llamada</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>Enviar este mensaje</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Require an HMAC signature</source>
        <translation>Exigir una firma HMAC</translation>
    </message>
    <message>
        <source>One IP address or CIDR range (e.g. 192.0.2.0/24) per line or separated by commas; empty: any address.</source>
        <translation>Una dirección IP o un rango CIDR (p. ej., 192.0.2.0/24) por línea o separados por comas; vacío: cualquier dirección.</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Marcadores de posición: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Aún no hay eventos.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>registrado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID del mensaje</translation>
    </message>
    <message>
        <source>Secret and removal</source>
        <translation>Secreto y retirada</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Rotar secreto…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>3CX: %1</source>
        <translation>3CX: %1</translation>
    </message>
    <message>
        <source>Give the integration a name, e.g. &quot;office-pbx&quot;.</source>
        <translation>Dé un nombre a la integración, p. ej., «office-pbx».</translation>
    </message>
    <message>
        <source>3CX integration &quot;%1&quot; created</source>
        <translation>Integración de 3CX «%1» creada</translation>
    </message>
    <message>
        <source>Rotate 3CX secret</source>
        <translation>Rotar secreto de 3CX</translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new secret? The current one stops working at once: 3CX is refused until the new one is pasted into it.</source>
        <translation>¿Dar un nuevo secreto a «%1»? El actual deja de funcionar al instante: 3CX se rechaza hasta que se pegue en él el nuevo.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rotar secreto</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;</source>
        <translation>Nuevo secreto para «%1»</translation>
    </message>
    <message>
        <source>Remove 3CX integration</source>
        <translation>Quitar integración de 3CX</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its templates and event log? 3CX is refused from the next call on.</source>
        <translation>¿Quitar «%1» con sus plantillas y su registro de eventos? 3CX se rechaza a partir de la próxima llamada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>wag::portal::UsersController</name>
    <message>
        <source>disabled</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
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
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Add, disable or change users in the desktop window (Settings) or with the admin command.</source>
        <translation>Añada, desactive o cambie usuarios en la ventana de escritorio (Configuración) o con el comando de administración.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
</context>
</TS>
