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
        <source>Limits:</source>
        <translation>Límites:</translation>
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
        <source>%1 (gateway default)</source>
        <translation>%1 (predeterminado de la pasarela)</translation>
    </message>
    <message>
        <source>%1 a day, %2 a month</source>
        <translation>%1 al día, %2 al mes</translation>
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
        <source>Settings are changed on the command line, through WAG_… environment variables, or by the admin commands for now.</source>
        <translation>Por ahora, la configuración se cambia en la línea de comandos, con variables de entorno WAG_… o con los comandos de administración.</translation>
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
</TS>
