<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>salvo</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>ambiente</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>linha de comando</translation>
    </message>
    <message>
        <source>opted out by keyword</source>
        <translation>descadastrado por palavra-chave</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>adicionado pela equipe</translation>
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
        <translation>desativado: o receptor respondeu 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>desativado: falhando há 5 dias</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Nomes têm de 2 a 40 caracteres: letras, dígitos, &apos;.&apos;, &apos;-&apos; ou &apos;_&apos;, começando com letra ou dígito.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>A senha precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>Já existe um usuário com este nome.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another user an administrator first.</source>
        <translation>Este é o último administrador ativado: torne outro usuário administrador primeiro.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Este usuário não existe mais.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Pelo menos %1 caracteres</translation>
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
        <translation>Chaves de API</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefixo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Revogar…</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nova chave de API</translation>
    </message>
    <message>
        <source>e.g. crm</source>
        <translation>ex.: crm</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>Nome da nova chave de API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>Instâncias pelas quais a chave pode enviar</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instâncias:</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>Nenhuma marcada: a chave pode usar todas as instâncias.</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Criar chave</translation>
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
        <translation>Dê à chave um nome que diga quem a usa, ex.: &quot;crm&quot;.</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>A chave de &quot;%1&quot;. As integrações a enviam como &quot;Authorization: Bearer &lt;key&gt;&quot;:</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revogar chave de API</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>Revogar a chave &quot;%1&quot; (%2…)? O que a usar será recusado a partir da próxima requisição.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is revoked.</source>
        <translation>A chave &quot;%1&quot; foi revogada.</translation>
    </message>
</context>
<context>
    <name>wag::DesktopShell</name>
    <message>
        <source>Show window</source>
        <translation>Mostrar janela</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Webhook destination disabled</source>
        <translation>Destino de webhook desativado</translation>
    </message>
    <message>
        <source>%1 was disabled (%2). Deliveries to it wait until it is enabled again.</source>
        <translation>%1 foi desativado (%2). As entregas aguardam até que seja ativado de novo.</translation>
    </message>
    <message>
        <source>the receiver answered 410 Gone</source>
        <translation>o receptor respondeu 410 Gone</translation>
    </message>
    <message>
        <source>failing for 5 days</source>
        <translation>falhando há 5 dias</translation>
    </message>
    <message>
        <source>Instance disconnected</source>
        <translation>Instância desconectada</translation>
    </message>
    <message>
        <source>%1 lost its connection to WhatsApp.</source>
        <translation>%1 perdeu a conexão com o WhatsApp.</translation>
    </message>
    <message>
        <source>Instance paused by the guard</source>
        <translation>Instância pausada pela proteção</translation>
    </message>
    <message>
        <source>%1 was paused: %2. Review it under Policy events.</source>
        <translation>%1 foi pausada: %2. Revise em Eventos de política.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — running at %1</source>
        <translation>WhatsApp Gateway — em execução em %1</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — stopped</source>
        <translation>WhatsApp Gateway — parado</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is still running</source>
        <translation>O WhatsApp Gateway continua em execução</translation>
    </message>
    <message>
        <source>It keeps sending and receiving in the background. Open the window again from the tray icon; choose Quit there to stop the gateway.</source>
        <translation>Ele continua enviando e recebendo em segundo plano. Abra a janela de novo pelo ícone na bandeja do sistema; escolha Sair ali para parar o gateway.</translation>
    </message>
</context>
<context>
    <name>wag::FirstRunWizard</name>
    <message>
        <source>Set up WhatsApp Gateway</source>
        <translation>Configurar o WhatsApp Gateway</translation>
    </message>
</context>
<context>
    <name>wag::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Relatório de importação</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) added.</source>
        <translation>
            <numerusform>%1: %n número adicionado.</numerusform>
            <numerusform>%1: %n números adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n já estava na lista.</numerusform>
            <numerusform>%n já estavam na lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported, because %n row(s) were refused. Fix them and import the file again.</source>
        <translation>
            <numerusform>%1: nada foi importado porque %n linha foi recusada. Corrija-a e importe o arquivo de novo.</numerusform>
            <numerusform>%1: nada foi importado porque %n linhas foram recusadas. Corrija-as e importe o arquivo de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was imported. %2</source>
        <translation>%1: nada foi importado. %2</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Linhas ignoradas</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Linhas recusadas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
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
        <translation>%1 (em %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>Palavra de descadastro</translation>
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
        <translation>fechada</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
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
        <translation>Primeira instância</translation>
    </message>
    <message>
        <source>An instance is one WhatsApp number linked to the gateway.</source>
        <translation>Uma instância é um número de WhatsApp vinculado ao gateway.</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nome da instância</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>ex.: front-desk</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>De 3 a 40 caracteres: letras minúsculas a-z, dígitos e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance name: use 3 to 40 characters, lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; não é um nome de instância válido: use de 3 a 40 caracteres, letras minúsculas a-z, dígitos e &apos;-&apos;.</translation>
    </message>
    <message>
        <source>An instance named %1 already exists.</source>
        <translation>Já existe uma instância chamada %1.</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>Nome da &amp;instância:</translation>
    </message>
</context>
<context>
    <name>wag::InstancePicker</name>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Todas as instâncias</translation>
    </message>
</context>
<context>
    <name>wag::InstanceUsagePanel</name>
    <message>
        <source>Sent today:</source>
        <translation>Enviadas hoje:</translation>
    </message>
    <message>
        <source>Sent this month:</source>
        <translation>Enviadas este mês:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>Limites:</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>Aquecimento:</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again:</source>
        <translation>A contagem de hoje recomeça:</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again:</source>
        <translation>A contagem do mês recomeça:</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>Contado como a proteção conta: todo envio que ela aceitou (enviado, na fila ou com falha depois no provedor). Tentativas recusadas não contam.</translation>
    </message>
    <message>
        <source>shown while the gateway runs</source>
        <translation>mostrado enquanto o gateway está em execução</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 às %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wag::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Nova instância</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>ex.: front-desk</translation>
    </message>
    <message>
        <source>Name of the new instance</source>
        <translation>Nome da nova instância</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>De 3 a 40 caracteres: minúsculas, dígitos e hifens, começando com letra ou dígito.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;riar</translation>
    </message>
    <message>
        <source>Linked phone:</source>
        <translation>Telefone vinculado:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>Pausada:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Sair da conta</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausar…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Start linking: shows a QR code, or reconnects a linked phone.</source>
        <translation>Iniciar vinculação: mostra um QR code ou reconecta um telefone vinculado.</translation>
    </message>
    <message>
        <source>Unlink the phone from this instance.</source>
        <translation>Desvincular o telefone desta instância.</translation>
    </message>
    <message>
        <source>Refuse every send through this instance until resumed.</source>
        <translation>Recusar todo envio por esta instância até retomá-la.</translation>
    </message>
    <message>
        <source>Delete the instance, its link and its API key scopes.</source>
        <translation>Excluir a instância, seu vínculo e seus escopos de chaves de API.</translation>
    </message>
    <message>
        <source>No instance yet</source>
        <translation>Nenhuma instância ainda</translation>
    </message>
    <message>
        <source>Create one on the left: it starts linking at once and shows a QR code here.</source>
        <translation>Crie uma à esquerda: ela começa a vincular na hora e mostra um QR code aqui.</translation>
    </message>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>Conectada: o telefone está vinculado e as mensagens saem.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>Aguardando o telefone: abra o WhatsApp, Dispositivos conectados, Conectar um dispositivo e escaneie o código.</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>Não conectada. Clique em Conectar para vincular um telefone.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(Demo: o simulador embutido, sem conta real de WhatsApp.)</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Vinculada — não precisa de QR code.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>Ainda sem QR code.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>sim — %1</translation>
    </message>
    <message>
        <source>Use 3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>Use de 3 a 40 caracteres: minúsculas, dígitos e hifens, começando com letra ou dígito.</translation>
    </message>
    <message>
        <source>An instance named &quot;%1&quot; exists already.</source>
        <translation>Já existe uma instância chamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pause instance</source>
        <translation>Pausar instância</translation>
    </message>
    <message>
        <source>Why? (kept with the pause, for the team)</source>
        <translation>Por quê? (fica salvo com a pausa, para a equipe)</translation>
    </message>
    <message>
        <source>paused from the desktop window</source>
        <translation>pausada pela janela do desktop</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Excluir instância</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>Excluir &quot;%1&quot;? O telefone é desvinculado e as chaves de API perdem esta instância do escopo. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>State reason:</source>
        <translation>Motivo do estado:</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>Detalhes da instância</translation>
    </message>
    <message>
        <source>QR code to link a phone</source>
        <translation>QR code para vincular um telefone</translation>
    </message>
    <message>
        <source>Conn&amp;ection</source>
        <translation>Co&amp;nexão</translation>
    </message>
    <message>
        <source>Limits and us&amp;age</source>
        <translation>Limites e &amp;uso</translation>
    </message>
    <message>
        <source>&amp;Test send</source>
        <translation>Envio &amp;de teste</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Re&amp;iniciar</translation>
    </message>
    <message>
        <source>Close and reopen the connection to WhatsApp, e.g. when messages stop going out. A linked phone stays linked; while linking, a fresh QR code appears.</source>
        <translation>Fechar e reabrir a conexão com o WhatsApp, ex.: quando as mensagens param de sair. Um telefone vinculado continua vinculado; durante a vinculação, aparece um QR code novo.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>Reconectando ao telefone vinculado…</translation>
    </message>
</context>
<context>
    <name>wag::LogPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instância:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Filter by phone number</source>
        <translation>Filtrar por número de telefone</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>Only show a date range</source>
        <translation>Mostrar só um intervalo de datas</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
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
        <translation>Os números ficam mascarados para não serem lidos por cima do ombro.</translation>
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
        <translation>Parte do número, ex.: 4155</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensagens</translation>
    </message>
    <message>
        <source>Whole number, e.g. +14155552671</source>
        <translation>Número completo, ex.: +14155552671</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinatários bloqueados</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Chaves de API</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About WhatsApp Gateway</source>
        <translation>&amp;Sobre o WhatsApp Gateway</translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation>Em execução — %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>About WhatsApp Gateway</source>
        <translation>Sobre o WhatsApp Gateway</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WhatsApp Gateway %1&lt;/h3&gt;&lt;p&gt;An on-premise gateway for responsible WhatsApp messaging.&lt;/p&gt;&lt;p&gt;WhatsApp Gateway is independent software, not affiliated with WhatsApp, Meta or 3CX.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WhatsApp Gateway %1&lt;/h3&gt;&lt;p&gt;Um gateway local para mensagens responsáveis pelo WhatsApp.&lt;/p&gt;&lt;p&gt;O WhatsApp Gateway é um software independente, sem vínculo com WhatsApp, Meta ou 3CX.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>&amp;Configurar…</translation>
    </message>
    <message>
        <source>Data key notice</source>
        <translation>Aviso sobre a chave de dados</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Hide this notice until the gateway starts again.</source>
        <translation>Ocultar este aviso até o gateway iniciar de novo.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or not available (%1). The key that encrypts the stored secrets (provider key, webhook signing secrets) is therefore kept in a file instead: %2. Only your user account can read it. Protect it and back it up with the data folder: without it the stored secrets cannot be decrypted. This data folder keeps using the file from now on.</source>
        <translation>O chaveiro do sistema está bloqueado ou indisponível (%1). Por isso, a chave que criptografa os segredos armazenados (chave do provedor, segredos de assinatura de webhooks) fica em um arquivo: %2. Só a sua conta de usuário pode lê-lo. Proteja-o e faça backup dele junto com a pasta de dados: sem ele, os segredos armazenados não podem ser descriptografados. Esta pasta de dados continuará usando o arquivo daqui em diante.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>The OS keychain is switched off (the &quot;keychain&quot; setting or WAG_DISABLE_KEYCHAIN), so the key that encrypts the stored secrets is kept in a file: %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>O chaveiro do sistema está desativado (a configuração &quot;keychain&quot; ou WAG_DISABLE_KEYCHAIN), então a chave que criptografa os segredos armazenados fica em um arquivo: %1. Só a sua conta de usuário pode lê-lo. Proteja-o e faça backup dele junto com a pasta de dados.</translation>
    </message>
    <message>
        <source>This data folder keeps the key that encrypts the stored secrets in a file, not in the OS keychain (no keychain was available when the folder was set up): %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>Esta pasta de dados guarda a chave que criptografa os segredos armazenados em um arquivo, e não no chaveiro do sistema (nenhum chaveiro estava disponível quando a pasta foi configurada): %1. Só a sua conta de usuário pode lê-lo. Proteja-o e faça backup dele junto com a pasta de dados.</translation>
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
        <translation>Instância</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Message or outcome</source>
        <translation>Mensagem ou resultado</translation>
    </message>
</context>
<context>
    <name>wag::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nova senha para %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita a nova senha</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova senha:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repita a senha:</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>Definir &amp;senha</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>As senhas não coincidem.</translation>
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
        <translation>Instância</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>wag::PolicyEventsPage</name>
    <message>
        <source>&amp;Paused instances</source>
        <translation>Instâncias &amp;pausadas</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>Instâncias pausadas</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Sends through the instance are accepted again.</source>
        <translation>Os envios pela instância voltam a ser aceitos.</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>Decisões da proteção</translation>
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
        <translation>Nenhuma instância está pausada.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderKeyEditor</name>
    <message>
        <source>New provider key</source>
        <translation>Nova chave do provedor</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Digite uma chave nova para substituir a salva</translation>
    </message>
    <message>
        <source>S&amp;tore key</source>
        <translation>Salvar &amp;chave</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>Definida pela variável de ambiente WAG_PROVIDER_KEY.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>Definida na linha de comando (--provider-key).</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>Chave: definida (salva criptografada; nunca é mostrada).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>Chave: não definida.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>A chave não foi salva: %1</translation>
    </message>
    <message>
        <source>Key stored — takes effect when the gateway restarts.</source>
        <translation>Chave salva — vale quando o gateway reiniciar.</translation>
    </message>
    <message>
        <source>Key stored.</source>
        <translation>Chave salva.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderPage</name>
    <message>
        <source>Messaging provider</source>
        <translation>Provedor de mensagens</translation>
    </message>
    <message>
        <source>Try the gateway with the built-in simulator, or connect it to your Evolution API server.</source>
        <translation>Experimente o gateway com o simulador integrado ou conecte-o ao seu servidor Evolution API.</translation>
    </message>
    <message>
        <source>&amp;Demo (built-in simulator, no phone needed)</source>
        <translation>&amp;Demo (simulador integrado, sem celular)</translation>
    </message>
    <message>
        <source>&amp;Evolution API server</source>
        <translation>Servidor &amp;Evolution API</translation>
    </message>
    <message>
        <source>Evolution API URL</source>
        <translation>URL da Evolution API</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8080</source>
        <translation>ex.: http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Evolution API key</source>
        <translation>Chave da Evolution API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;URL do servidor:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Chave de API:</translation>
    </message>
    <message>
        <source>The gateway switches to this provider after a restart.</source>
        <translation>O gateway passa para este provedor após reiniciar.</translation>
    </message>
    <message>
        <source>Enter the server URL and its API key first.</source>
        <translation>Informe primeiro a URL do servidor e a chave de API.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Reachable: the server accepted the key.</source>
        <translation>Acessível: o servidor aceitou a chave.</translation>
    </message>
    <message>
        <source>Wrong key: the server refused it.</source>
        <translation>Chave incorreta: o servidor a recusou.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>O servidor respondeu HTTP %1: %2</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Inacessível: %1</translation>
    </message>
    <message>
        <source>Test the connection first: the server must be reachable and accept this key.</source>
        <translation>Teste a conexão primeiro: o servidor precisa estar acessível e aceitar esta chave.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>Não foi possível salvar a chave: %1</translation>
    </message>
</context>
<context>
    <name>wag::QrCodeWidget</name>
    <message>
        <source>QR code to link the phone</source>
        <translation>QR code para vincular o telefone</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device.</source>
        <translation>Escaneie com o WhatsApp no telefone: Dispositivos conectados, Conectar um dispositivo.</translation>
    </message>
</context>
<context>
    <name>wag::QrPage</name>
    <message>
        <source>Link the phone</source>
        <translation>Vincular o celular</translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp, then Linked devices, Link a device, and scan this code.</source>
        <translation>No celular, abra o WhatsApp, depois Dispositivos conectados, Conectar um dispositivo, e escaneie este código.</translation>
    </message>
    <message>
        <source>Instance state</source>
        <translation>Estado da instância</translation>
    </message>
    <message>
        <source>&amp;Simulate scan</source>
        <translation>&amp;Simular leitura</translation>
    </message>
    <message>
        <source>Demo only: act as if a phone scanned the code.</source>
        <translation>Só na demo: age como se um celular tivesse lido o código.</translation>
    </message>
    <message>
        <source>Restart the gateway to use the provider you chose.</source>
        <translation>Reinicie o gateway para usar o provedor escolhido.</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Vinculado — nenhum código QR necessário.</translation>
    </message>
    <message>
        <source>Open: %1 is linked to WhatsApp.</source>
        <translation>Aberta: %1 está vinculada ao WhatsApp.</translation>
    </message>
    <message>
        <source>Waiting for the QR code…</source>
        <translation>Aguardando o código QR…</translation>
    </message>
    <message>
        <source>Connecting: waiting for a QR code from the provider.</source>
        <translation>Conectando: aguardando um código QR do provedor.</translation>
    </message>
    <message>
        <source>Waiting for the scan: the code refreshes by itself.</source>
        <translation>Aguardando a leitura: o código se renova sozinho.</translation>
    </message>
</context>
<context>
    <name>wag::SecretOnceDialog</name>
    <message>
        <source>Secret</source>
        <translation>Segredo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>Copiar o segredo para a área de transferência</translation>
    </message>
    <message>
        <source>This is the only time it is shown. Store it now.</source>
        <translation>Ele só é mostrado esta vez. Guarde-o agora.</translation>
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
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation>Escolher o arquivo para %1</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>Restaurar o padrão</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>Restaurar o padrão de %1</translation>
    </message>
    <message>
        <source>Default: empty</source>
        <translation>Padrão: vazio</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Padrão: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>variável de ambiente %1</translation>
    </message>
    <message>
        <source>the command line (%1)</source>
        <translation>linha de comando (%1)</translation>
    </message>
    <message>
        <source>Set by %1; a value saved here would not take effect. Change it there.</source>
        <translation>Definido por: %1. Um valor salvo aqui não teria efeito; altere-o lá.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Arquivos PEM (*.pem *.crt *.cer *.key);;Todos os arquivos (*)</translation>
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
        <translation>Endereço:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>Configurações efetivas</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuração</translation>
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
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma da janela</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
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
        <translation>Não foi possível salvar o idioma: %1</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Grupos de configurações</translation>
    </message>
    <message>
        <source>Provider &amp;key:</source>
        <translation>Chave do &amp;provedor:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Every setting in effect, and where its value comes from. The other tabs edit the common ones; the rest are set on the command line or through WAG_… environment variables, which also win over what is saved here.</source>
        <translation>Cada configuração em vigor e de onde vem o seu valor. As outras abas editam as mais comuns; o resto é definido na linha de comando ou por variáveis de ambiente WAG_…, que também prevalecem sobre o que for salvo aqui.</translation>
    </message>
</context>
<context>
    <name>wag::SettingsSectionBox</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>Save: %1</source>
        <translation>Salvar: %1</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>Nada para salvar: nenhum valor foi alterado.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>Não salvo: corrija o valor marcado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>Salvo — vale quando o gateway reiniciar.</translation>
    </message>
    <message>
        <source>Saved — in effect now.</source>
        <translation>Salvo — já está valendo.</translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation>Não restaurado: %1</translation>
    </message>
    <message>
        <source>Back to the default — takes effect when the gateway restarts.</source>
        <translation>Padrão restaurado — vale quando o gateway reiniciar.</translation>
    </message>
    <message>
        <source>Back to the default — in effect now.</source>
        <translation>Padrão restaurado — já está valendo.</translation>
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
        <translation>Rede</translation>
    </message>
    <message>
        <source>Where the gateway listens and how others reach it.</source>
        <translation>Onde o gateway escuta e como os outros chegam a ele.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Endereço de escuta</translation>
    </message>
    <message>
        <source>Address and port of the gateway, HOST:PORT. 127.0.0.1 accepts only this computer; 0.0.0.0 every network.</source>
        <translation>Endereço e porta do gateway, HOST:PORT. 127.0.0.1 aceita só este computador; 0.0.0.0, qualquer rede.</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL pública</translation>
    </message>
    <message>
        <source>How the provider and 3CX reach the gateway. Empty: derived from the listen address.</source>
        <translation>Como o provedor e o 3CX chegam ao gateway. Vazia: derivada do endereço de escuta.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>Path of the PEM certificate (chain) on the gateway&apos;s computer. With its key, the gateway speaks HTTPS.</source>
        <translation>Caminho do certificado PEM (cadeia) no computador do gateway. Com a chave dele, o gateway usa HTTPS.</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Chave privada TLS</translation>
    </message>
    <message>
        <source>Path of the unencrypted PEM RSA or EC key of the certificate.</source>
        <translation>Caminho da chave PEM RSA ou EC do certificado, sem criptografia.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Evolution API needs its server&apos;s URL and key (store the key first).</source>
        <translation>A Evolution API precisa da URL e da chave do servidor (salve a chave primeiro).</translation>
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
        <translation>O mecanismo que conecta os números do gateway ao WhatsApp.</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>URL do provedor</translation>
    </message>
    <message>
        <source>Base URL of the Evolution API server.</source>
        <translation>URL base do servidor Evolution API.</translation>
    </message>
    <message>
        <source>Limits and pacing</source>
        <translation>Limites e ritmo</translation>
    </message>
    <message>
        <source>How much and how fast each instance may send. An instance&apos;s own limits (its Settings tab) win over these defaults.</source>
        <translation>Quanto e com que rapidez cada instância pode enviar. Os limites próprios de uma instância (a aba Configurações dela) prevalecem sobre estes padrões.</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Limite diário</translation>
    </message>
    <message>
        <source>Messages per instance per day, unless the instance sets its own.</source>
        <translation>Mensagens por instância por dia, a menos que a instância defina o seu.</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Limite mensal</translation>
    </message>
    <message>
        <source>Messages per instance per calendar month.</source>
        <translation>Mensagens por instância por mês do calendário.</translation>
    </message>
    <message>
        <source>Warm-up: first day</source>
        <translation>Aquecimento: primeiro dia</translation>
    </message>
    <message>
        <source>Messages a newly linked number may send on its first day; doubles each day.</source>
        <translation>Mensagens que um número recém-vinculado pode enviar no primeiro dia; dobra a cada dia.</translation>
    </message>
    <message>
        <source>Warm-up: days</source>
        <translation>Aquecimento: dias</translation>
    </message>
    <message>
        <source>Days after linking during which the warm-up cap applies.</source>
        <translation>Dias após a vinculação durante os quais vale o teto de aquecimento.</translation>
    </message>
    <message>
        <source>Shortest gap between sends</source>
        <translation>Intervalo mínimo entre envios</translation>
    </message>
    <message>
        <source>Longest gap between sends</source>
        <translation>Intervalo máximo entre envios</translation>
    </message>
    <message>
        <source>Each gap is drawn at random between the shortest and the longest.</source>
        <translation>Cada intervalo é sorteado entre o mínimo e o máximo.</translation>
    </message>
    <message>
        <source>Burst size</source>
        <translation>Tamanho da rajada</translation>
    </message>
    <message>
        <source>Sends after which the instance pauses.</source>
        <translation>Envios após os quais a instância faz uma pausa.</translation>
    </message>
    <message>
        <source>Pause after a burst</source>
        <translation>Pausa após uma rajada</translation>
    </message>
    <message>
        <source>Gap per recipient</source>
        <translation>Intervalo por destinatário</translation>
    </message>
    <message>
        <source>Shortest gap between two messages to the same number.</source>
        <translation>Intervalo mínimo entre duas mensagens para o mesmo número.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>When days and months begin for the limits. Empty: the gateway computer&apos;s.</source>
        <translation>Quando começam os dias e os meses para os limites. Vazio: o do computador do gateway.</translation>
    </message>
    <message>
        <source>e.g. Asia/Riyadh</source>
        <translation>ex.: America/Sao_Paulo</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>Região telefônica padrão</translation>
    </message>
    <message>
        <source>Two-letter region for numbers written without a country code. Empty: international numbers only.</source>
        <translation>Região de duas letras para números escritos sem código do país. Vazio: só números internacionais.</translation>
    </message>
    <message>
        <source>e.g. SA</source>
        <translation>ex.: BR</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>Palavras de descadastro</translation>
    </message>
    <message>
        <source>What a contact writes to stop messages, and what the gateway answers.</source>
        <translation>O que um contato escreve para parar de receber mensagens e o que o gateway responde.</translation>
    </message>
    <message>
        <source>One per line. A contact who sends one is suppressed. Empty: the built-in list in six languages (STOP, إيقاف, …).</source>
        <translation>Uma por linha. O contato que enviar uma é bloqueado. Vazio: a lista embutida em seis idiomas (STOP, إيقاف, …).</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>Palavras de recadastro</translation>
    </message>
    <message>
        <source>One per line. Lifts an opt-out made by keyword. Empty: START, UNSTOP, YES and equivalents.</source>
        <translation>Uma por linha. Desfaz um descadastro feito por palavra-chave. Vazio: START, UNSTOP, YES e equivalentes.</translation>
    </message>
    <message>
        <source>Opt-out confirmation</source>
        <translation>Confirmação de descadastro</translation>
    </message>
    <message>
        <source>Reply sent to a contact who opted out by keyword. Empty: no reply.</source>
        <translation>Resposta enviada ao contato que se descadastrou por palavra-chave. Vazio: sem resposta.</translation>
    </message>
    <message>
        <source>e.g. You will not receive further messages from us.</source>
        <translation>ex.: Você não receberá mais mensagens nossas.</translation>
    </message>
</context>
<context>
    <name>wag::StartupFailure</name>
    <message>
        <source>It cannot listen on its address, usually because another program uses it. If the WhatsApp Gateway service runs on this computer, the window cannot run next to it: use the service&apos;s web portal, or stop the service (sudo systemctl disable --now whatsapp-gateway). Otherwise start the window with another address, e.g. whatsapp-gateway --listen 127.0.0.1:8481.</source>
        <translation>Ele não consegue escutar no seu endereço, geralmente porque outro programa o usa. Se o serviço WhatsApp Gateway roda neste computador, a janela não pode rodar ao lado dele: use o portal web do serviço ou pare o serviço (sudo systemctl disable --now whatsapp-gateway). Caso contrário, inicie a janela com outro endereço, p. ex. whatsapp-gateway --listen 127.0.0.1:8481.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is already running for this data folder. Look for its icon in the system tray.</source>
        <translation>O WhatsApp Gateway já está em execução para esta pasta de dados. Procure o ícone dele na bandeja do sistema.</translation>
    </message>
    <message>
        <source>The reason is below. Nothing was changed.</source>
        <translation>O motivo está abaixo. Nada foi alterado.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway could not start</source>
        <translation>O WhatsApp Gateway não pôde iniciar</translation>
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
        <translation>Parte de um número ou de uma nota</translation>
    </message>
    <message>
        <source>Search suppressed recipients</source>
        <translation>Buscar destinatários bloqueados</translation>
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
        <translation>Uma linha de cabeçalho e uma coluna &quot;phone&quot; (opcionalmente &quot;note&quot;). Todas as linhas são verificadas antes: uma linha errada e nada muda.</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinatários bloqueados</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próximo</translation>
    </message>
    <message>
        <source>Add &amp;number:</source>
        <translation>Adicionar &amp;número:</translation>
    </message>
    <message>
        <source>Phone number to suppress</source>
        <translation>Número de telefone a bloquear</translation>
    </message>
    <message>
        <source>Note, e.g. asked by phone</source>
        <translation>Nota, ex.: pediu por telefone</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Import suppressed recipients</source>
        <translation>Importar destinatários bloqueados</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export suppressed recipients</source>
        <translation>Exportar destinatários bloqueados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>Nenhuma entrada</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 de %3</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>Digite um número de telefone, ex.: +14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 já está na lista.</translation>
    </message>
    <message>
        <source>%1 will receive no messages.</source>
        <translation>%1 não receberá mensagens.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>Remover bloqueio</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>Permitir mensagens para %1 de novo? Só faça isso se a pessoa pediu.</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>%1 foi removido da lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>%n entrada gravada em %1.</numerusform>
            <numerusform>%n entradas gravadas em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wag::TestSendPanel</name>
    <message>
        <source>Transactional — orders, invoices, bookings</source>
        <translation>Transacional — pedidos, faturas, reservas</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>Operacional — avisos de serviço, lembretes</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>Suporte — responder a um cliente</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>Equipe interna — mensagens para funcionários</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>Autenticação — códigos de uso único</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the desktop window, no API key) and it counts against the limits.</source>
        <translation>Envia uma mensagem por esta instância do mesmo jeito que a API: a proteção a verifica, o registro de mensagens a registra (enviada pela janela do desktop, sem chave de API) e ela conta para os limites.</translation>
    </message>
    <message>
        <source>e.g. +14155552671</source>
        <translation>ex.: +14155552671</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>Número de telefone do destinatário</translation>
    </message>
    <message>
        <source>International format with +, or digits with the country code.</source>
        <translation>Formato internacional com +, ou dígitos com o código do país.</translation>
    </message>
    <message>
        <source>Purpose of the message</source>
        <translation>Finalidade da mensagem</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Hello, this is a test from our WhatsApp gateway.</source>
        <translation>Olá, este é um teste do nosso gateway de WhatsApp.</translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <translation>Destin&amp;atário:</translation>
    </message>
    <message>
        <source>Purp&amp;ose:</source>
        <translation>&amp;Finalidade:</translation>
    </message>
    <message>
        <source>Message te&amp;xt:</source>
        <translation>Te&amp;xto da mensagem:</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>Enviar &amp;mensagem de teste</translation>
    </message>
    <message>
        <source>Send it now through the guard; the answer appears below.</source>
        <translation>Enviar agora pela proteção; a resposta aparece abaixo.</translation>
    </message>
    <message>
        <source>Result of the test send</source>
        <translation>Resultado do envio de teste</translation>
    </message>
    <message>
        <source>Test sends need the gateway running.</source>
        <translation>Envios de teste precisam do gateway em execução.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>Enviando por %1…</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>Na fila: %1 a mantém na fila de envio e a envia em breve (mensagem %2, entrada de registro %3). O registro de mensagens mostra quando ela sai.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>Enviada: o provedor a aceitou (mensagem %1, entrada de registro %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>Não enviada (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Recusada (%1): %2</translation>
    </message>
</context>
<context>
    <name>wag::UsageWording</name>
    <message>
        <source>%1 (gateway default)</source>
        <translation>%1 (padrão do gateway)</translation>
    </message>
    <message>
        <source>%1 a day, %2 a month</source>
        <translation>%1 por dia, %2 por mês</translation>
    </message>
    <message>
        <source>unknown (the message log could not be read)</source>
        <translation>desconhecido (não foi possível ler o registro de mensagens)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (today&apos;s warm-up cap; the daily limit is %2)</source>
        <translation>%1 (teto de aquecimento de hoje; o limite diário é %2)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>starts when a phone is linked; until then at most %1 messages a day</source>
        <translation>começa quando um telefone é vinculado; até lá, no máximo %1 mensagens por dia</translation>
    </message>
    <message>
        <source>day %1 of %2: at most %3 messages today, doubling each day up to the daily limit</source>
        <translation>dia %1 de %2: no máximo %3 mensagens hoje, dobrando a cada dia até o limite diário</translation>
    </message>
    <message numerus="yes">
        <source>done (linked %n day(s) ago)</source>
        <translation>
            <numerusform>concluído (vinculada há %n dia)</numerusform>
            <numerusform>concluído (vinculada há %n dias)</numerusform>
        </translation>
    </message>
    <message>
        <source>This month&apos;s limit is reached: sends through this instance are refused (monthly_limit_reached) until %1.</source>
        <translation>O limite deste mês foi atingido: os envios por esta instância são recusados (monthly_limit_reached) até %1.</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up cap is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>O teto de aquecimento de hoje foi atingido: os envios por esta instância são recusados (daily_limit_reached) até %1.</translation>
    </message>
    <message>
        <source>Today&apos;s limit is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>O limite de hoje foi atingido: os envios por esta instância são recusados (daily_limit_reached) até %1.</translation>
    </message>
</context>
<context>
    <name>wag::UserPage</name>
    <message>
        <source>First administrator</source>
        <translation>Primeiro administrador</translation>
    </message>
    <message>
        <source>This person signs in to the window and the portal and can add other users later.</source>
        <translation>Esta pessoa entra na janela e no portal e pode adicionar outros usuários depois.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>ex.: admin</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Pelo menos %1 caracteres</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Repita a senha:</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>As senhas não coincidem.</translation>
    </message>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>Nomes têm de 2 a 40 caracteres: letras, dígitos, &apos;.&apos;, &apos;-&apos; ou &apos;_&apos;, começando com letra ou dígito.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>A senha precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>Já existe um usuário chamado %1.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
</context>
<context>
    <name>wag::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>Tornar &amp;administrador</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Redefinir &amp;senha…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;mover…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>Name of the new user</source>
        <translation>Nome do novo usuário</translation>
    </message>
    <message>
        <source>e.g. fatima</source>
        <translation>ex.: fatima</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>Função do novo usuário</translation>
    </message>
    <message>
        <source>Operator — instances, logs, suppressions, test sends</source>
        <translation>Operador — instâncias, registros, bloqueios, envios de teste</translation>
    </message>
    <message>
        <source>Administrator — everything, also keys, users and settings</source>
        <translation>Administrador — tudo, inclusive chaves, usuários e configurações</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>Password of the new user</source>
        <translation>Senha do novo usuário</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>Password of the new user, again</source>
        <translation>Senha do novo usuário, de novo</translation>
    </message>
    <message>
        <source>Password aga&amp;in:</source>
        <translation>Rep&amp;ita a senha:</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>Adicionar &amp;usuário</translation>
    </message>
    <message>
        <source>Disabled since %1</source>
        <translation>Desativado desde %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Make &amp;operator</source>
        <translation>Tornar &amp;operador</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>A&amp;tivar</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>As senhas não coincidem.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 adicionado (%2).</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>%1 agora é administrador.</translation>
    </message>
    <message>
        <source>%1 is now an operator.</source>
        <translation>%1 agora é operador.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 não pode mais entrar.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 pode entrar de novo.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nova senha definida para %1.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Remover usuário</translation>
    </message>
    <message>
        <source>Remove the user %1? They can no longer sign in; this cannot be undone.</source>
        <translation>Remover o usuário %1? Ele não poderá mais entrar; não é possível desfazer.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 removido.</translation>
    </message>
    <message>
        <source>Last portal sign-in</source>
        <translation>Último acesso ao portal</translation>
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
        <translation>Adicionar destino de webhook</translation>
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
        <translation>Escolha pelo menos um evento.</translation>
    </message>
</context>
<context>
    <name>wag::WebhooksPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instância:</translation>
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
        <translation>Pendentes</translation>
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
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>R&amp;otate secret</source>
        <translation>R&amp;otacionar segredo</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desativar</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;mover…</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>Enviar evento de &amp;teste</translation>
    </message>
    <message>
        <source>Delivery log of the selected destination</source>
        <translation>Registro de entregas do destino selecionado</translation>
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
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>&amp;Redeliver selected event</source>
        <translation>&amp;Reentregar o evento selecionado</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Segredo de assinatura</translation>
    </message>
    <message>
        <source>The destination was added. Receivers verify each delivery with this signing secret:</source>
        <translation>O destino foi adicionado. Os receptores verificam cada entrega com este segredo de assinatura:</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rotacionar segredo</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>Criar um novo segredo de assinatura? O atual continua assinando por 24 horas para o receptor trocar.</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>Novo segredo de assinatura</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours):</source>
        <translation>O novo segredo de assinatura (o anterior continua assinando por 24 horas):</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Remover destino</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>Remover este destino com seu registro de entregas? As entregas pendentes são descartadas.</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>Evento de teste %1 na fila; as tentativas aparecem no registro de entregas.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>O evento %1 será entregue de novo agora.</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>O gateway desativou o destino de webhook %1 (%2). Verifique o receptor e ative-o de novo.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiKeysController</name>
    <message>
        <source>No API keys yet. Create the first one below.</source>
        <translation>Ainda não há chaves de API. Crie a primeira abaixo.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revogar…</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>todas as instâncias</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Prefixo</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criada</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>There are no instances yet.</source>
        <translation>Ainda não há instâncias.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Nova chave de API</translation>
    </message>
    <message>
        <source>A name that says who uses the key, e.g. &quot;crm&quot;.</source>
        <translation>Um nome que diga quem usa a chave, ex.: &quot;crm&quot;.</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>Instâncias pelas quais a chave pode enviar</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>Nenhuma marcada: a chave pode usar todas as instâncias.</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Criar chave</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Chaves de API</translation>
    </message>
    <message>
        <source>Give the key a name that says who uses it, e.g. &quot;crm&quot;.</source>
        <translation>Dê à chave um nome que diga quem a usa, ex.: &quot;crm&quot;.</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>A chave de &quot;%1&quot;. As integrações a enviam como &quot;Authorization: Bearer &lt;key&gt;&quot;:</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>A nova chave de API</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Copie-a agora: ela não será mostrada de novo.</translation>
    </message>
    <message>
        <source>The gateway keeps only a hash of it. If it is lost, revoke it and create a new one.</source>
        <translation>O gateway guarda só um hash dela. Se ela se perder, revogue-a e crie uma nova.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Revogar chave de API</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>Revogar a chave &quot;%1&quot; (%2…)? O que a usar será recusado a partir da próxima requisição.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revogar</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiReferenceController</name>
    <message>
        <source>API reference</source>
        <translation>Referência da API</translation>
    </message>
    <message>
        <source>The API document is not built into this gateway.</source>
        <translation>O documento da API não está incluído neste gateway.</translation>
    </message>
    <message>
        <source>Download the OpenAPI document (JSON)</source>
        <translation>Baixar o documento OpenAPI (JSON)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operações</translation>
    </message>
    <message>
        <source>Webhook events</source>
        <translation>Eventos de webhook</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parâmetros</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corpo da requisição</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corpo</translation>
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
        <translation>%1 (em %2)</translation>
    </message>
    <message>
        <source>The phone filter takes any part of the number.</source>
        <translation>O filtro de telefone aceita qualquer parte do número.</translation>
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
        <translation>Instância</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>Palavra de descadastro</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Nenhuma mensagem corresponde ao filtro.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>Não há mensagens mais antigas.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceConnectionView</name>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>Conectada: o telefone está vinculado e as mensagens saem.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>Aguardando o telefone: abra o WhatsApp, Dispositivos conectados, Conectar um dispositivo e escaneie o código.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>Reconectando ao telefone vinculado…</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>Não conectada. Clique em Conectar para vincular um telefone.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(Demo: o simulador embutido, sem conta real de WhatsApp.)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>sim — %1</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>Telefone vinculado</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Last reason given by the provider</source>
        <translation>Último motivo informado pelo provedor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>Vinculado — não é preciso código QR.</translation>
    </message>
    <message>
        <source>No QR code: the instance is not connecting.</source>
        <translation>Sem código QR: a instância não está conectando.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>Ainda sem QR code.</translation>
    </message>
    <message>
        <source>QR code to link the phone</source>
        <translation>QR code para vincular o telefone</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device. The code changes from time to time; this page shows the current one.</source>
        <translation>Escaneie com o WhatsApp no telefone: Aparelhos conectados, Conectar um aparelho. O código muda de tempos em tempos; esta página mostra o atual.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceManageController</name>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Envio de teste</translation>
    </message>
    <message>
        <source>Limits and pause</source>
        <translation>Limites e pausa</translation>
    </message>
    <message>
        <source>Instance pages</source>
        <translation>Páginas da instância</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Why (kept with the pause, for the team)</source>
        <translation>Motivo (guardado com a pausa, para a equipe)</translation>
    </message>
    <message>
        <source>paused from the portal</source>
        <translation>pausada pelo portal</translation>
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
        <translation>Desconectar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Only administrators change an instance&apos;s limits.</source>
        <translation>Somente administradores alteram os limites de uma instância.</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>Instância %1</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Página não encontrada</translation>
    </message>
    <message>
        <source>Instances have no &quot;%1&quot; tab in this version of the portal.</source>
        <translation>As instâncias não têm a aba &quot;%1&quot; nesta versão do portal.</translation>
    </message>
    <message>
        <source>Back to the instances</source>
        <translation>Voltar às instâncias</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (por %2)</translation>
    </message>
    <message>
        <source>Log out &quot;%1&quot;? The phone is unlinked; linking it again needs a new scan.</source>
        <translation>Desconectar &quot;%1&quot;? O telefone é desvinculado; vinculá-lo de novo exige uma nova leitura.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>Excluir &quot;%1&quot;? O telefone é desvinculado e as chaves de API perdem esta instância do escopo. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>Excluir instância</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>Não existe a predefinição &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; não é um número inteiro.</translation>
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
        <translation>Transacional — pedidos, faturas, reservas</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>Operacional — avisos de serviço, lembretes</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>Suporte — responder a um cliente</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>Equipe interna — mensagens para funcionários</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>Autenticação — códigos de uso único</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the portal, no API key) and it counts against the limits.</source>
        <translation>Envia uma mensagem por esta instância como a API faz: a proteção a verifica, o registro de mensagens a anota (enviada pelo portal, sem chave de API) e ela conta nos limites.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Enviar mensagem de teste</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>Na fila: %1 a mantém na fila de envio e a envia em breve (mensagem %2, entrada de registro %3). O registro de mensagens mostra quando ela sai.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>Enviada: o provedor a aceitou (mensagem %1, entrada de registro %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>Não enviada (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>Recusada (%1): %2</translation>
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
        <translation>Enviadas hoje</translation>
    </message>
    <message>
        <source>Sent this month</source>
        <translation>Enviadas neste mês</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again</source>
        <translation>A contagem de hoje recomeça</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again</source>
        <translation>A contagem do mês recomeça</translation>
    </message>
    <message>
        <source>Limits and usage</source>
        <translation>Limites e uso</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>Contado como a proteção conta: todo envio que ela aceitou (enviado, na fila ou com falha depois no provedor). Tentativas recusadas não contam.</translation>
    </message>
    <message>
        <source>none — use the numbers below</source>
        <translation>nenhuma — usar os números abaixo</translation>
    </message>
    <message>
        <source>%1: %2 a day, %3 a month</source>
        <translation>%1: %2 por dia, %3 por mês</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Mensagens por dia</translation>
    </message>
    <message>
        <source>Messages per calendar month</source>
        <translation>Mensagens por mês civil</translation>
    </message>
    <message>
        <source>Leave a field empty for the gateway&apos;s default. A preset sets both numbers.</source>
        <translation>Deixe um campo vazio para usar o padrão do gateway. Uma predefinição define os dois números.</translation>
    </message>
    <message>
        <source>Change limits</source>
        <translation>Alterar limites</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>Salvar limites</translation>
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
        <translation>Adicionar destino de webhook</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>Adicionar destino</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>Enviar evento de teste</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Rotacionar segredo…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>All webhook destinations</source>
        <translation>Todos os destinos de webhook</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Change URL or events</source>
        <translation>Alterar a URL ou os eventos</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>Registro de entregas</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Escolha pelo menos um evento.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Segredo de assinatura</translation>
    </message>
    <message>
        <source>The destination %1 was added. Receivers verify each delivery with this signing secret:</source>
        <translation>O destino %1 foi adicionado. Os receptores verificam cada entrega com este segredo de assinatura:</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>Criar um novo segredo de assinatura? O atual continua assinando por 24 horas para o receptor trocar.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rotacionar segredo</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>Novo segredo de assinatura</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours; until then both sign every delivery):</source>
        <translation>O novo segredo de assinatura (o anterior continua assinando por 24 horas; até lá, os dois assinam cada entrega):</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>Remover este destino com seu registro de entregas? As entregas pendentes são descartadas.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Remover destino</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>Evento de teste %1 na fila; as tentativas aparecem no registro de entregas.</translation>
    </message>
    <message>
        <source>Choose an event of the delivery log to redeliver.</source>
        <translation>Escolha um evento do registro de entregas para reentregar.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>O evento %1 será entregue de novo agora.</translation>
    </message>
    <message>
        <source>Give both times as year-month-day hours:minutes, e.g. 2026-01-31 08:00 (UTC).</source>
        <translation>Informe os dois horários como ano-mês-dia horas:minutos, p. ex. 2026-01-31 08:00 (UTC).</translation>
    </message>
    <message>
        <source>Events from %1 to %2 will go out again now; deliveries pending for them: %3.</source>
        <translation>Os eventos de %1 a %2 saem de novo agora; entregas pendentes para eles: %3.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceWebhooksView</name>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregue</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>disabled: the receiver answered 410 Gone</source>
        <translation>desativado: o receptor respondeu 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>desativado: falhando há 5 dias</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>O gateway desativou o destino de webhook %1 (%2). Verifique o receptor e ative-o de novo.</translation>
    </message>
    <message>
        <source>No webhook destinations yet. Add the first one below.</source>
        <translation>Ainda não há destinos de webhook. Adicione o primeiro abaixo.</translation>
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
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Última tentativa</translation>
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
        <translation>http ou https. Endereços de loopback, link-local e de metadados de nuvem são recusados; http sem criptografia só para a rede local.</translation>
    </message>
    <message>
        <source>The signing secret</source>
        <translation>O segredo de assinatura</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Copie-a agora: ela não será mostrada de novo.</translation>
    </message>
    <message>
        <source>The gateway keeps it encrypted and never shows it again. If it is lost, rotate the secret.</source>
        <translation>O gateway o guarda criptografado e nunca o mostra de novo. Se ele se perder, rotacione o segredo.</translation>
    </message>
    <message>
        <source>Previous secret</source>
        <translation>Segredo anterior</translation>
    </message>
    <message>
        <source>still signs until %1</source>
        <translation>ainda assina até %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado</translation>
    </message>
    <message>
        <source>No delivery attempts yet.</source>
        <translation>Ainda não há tentativas de entrega.</translation>
    </message>
    <message>
        <source>Redeliver</source>
        <translation>Reentregar</translation>
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
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Redeliver a time range</source>
        <translation>Reentregar um intervalo de tempo</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>De (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>Até (UTC)</translation>
    </message>
    <message>
        <source>Redeliver range</source>
        <translation>Reentregar o intervalo</translation>
    </message>
    <message>
        <source>Every event of this instance that occurred from the first time up to (not including) the second goes again to the destinations that subscribe to it.</source>
        <translation>Cada evento desta instância ocorrido do primeiro horário até o segundo (sem incluí-lo) vai de novo aos destinos inscritos nele.</translation>
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
        <translation>fechada</translation>
    </message>
    <message>
        <source>No instances yet. Create the first one below.</source>
        <translation>Ainda não há instâncias. Crie a primeira abaixo.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausada</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>não vinculado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>Telefone vinculado</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Nova instância</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>De 3 a 40 caracteres: minúsculas, dígitos e hifens, começando com letra ou dígito.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>Gerenciar</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was deleted.</source>
        <translation>A instância &quot;%1&quot; foi excluída.</translation>
    </message>
</context>
<context>
    <name>wag::portal::LogFilter</name>
    <message>
        <source>There is no instance &quot;%1&quot;.</source>
        <translation>Não existe a instância &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the first day as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>&quot;%1&quot; não é uma data. Escreva o primeiro dia como AAAA-MM-DD, p. ex. 2026-03-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>&quot;%1&quot; não é uma data. Escreva o último dia como AAAA-MM-DD, p. ex. 2026-03-31.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>O primeiro dia (%1) é posterior ao último dia (%2).</translation>
    </message>
    <message>
        <source>The page link is damaged (&quot;%1&quot; is no row number). Start again from the newest rows.</source>
        <translation>O link da página está danificado (&quot;%1&quot; não é um número de linha). Recomece pelas linhas mais recentes.</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Todas as instâncias</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
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
        <translation>Os dias são os do gateway (fuso horário %1); os dois dias estão incluídos.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Mais recentes</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Mais antigas</translation>
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
        <translation>O filtro de telefone precisa do número completo, p. ex. +14155552671.</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensagens</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>Nenhuma mensagem corresponde ao filtro.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>Não há mensagens mais antigas.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
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
        <translation>Páginas do portal</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Você entrou como %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Independent software, not affiliated with WhatsApp, Meta or 3CX.</source>
        <translation>Software independente, sem vínculo com WhatsApp, Meta ou 3CX.</translation>
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
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>Instâncias pausadas</translation>
    </message>
    <message>
        <source>No instance is paused.</source>
        <translation>Nenhuma instância está pausada.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>A paused instance accepts no sends. Resume it once the reason is dealt with.</source>
        <translation>Uma instância pausada não aceita envios. Retome-a quando o motivo for resolvido.</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>Eventos de política</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>Decisões da proteção</translation>
    </message>
    <message>
        <source>No decision matches the filter.</source>
        <translation>Nenhuma decisão corresponde ao filtro.</translation>
    </message>
    <message>
        <source>No older decisions.</source>
        <translation>Não há decisões mais antigas.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risco</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>There is no instance &quot;%1&quot; (any more).</source>
        <translation>A instância &quot;%1&quot; não existe (mais).</translation>
    </message>
</context>
<context>
    <name>wag::portal::PolicyPagesController</name>
    <message>
        <source>This gateway sends WhatsApp messages on behalf of the business that runs it. It is built for responsible messaging only: messages people expect, from a business they deal with. These rules apply to everyone who sends through it — staff in the desktop window or this portal, and every system that uses its API.</source>
        <translation>Este gateway envia mensagens de WhatsApp em nome da empresa que o opera. Ele foi feito apenas para mensagens responsáveis: mensagens que as pessoas esperam, de uma empresa com a qual elas têm relação. Estas regras valem para todos que enviam por ele — a equipe na janela do desktop ou neste portal, e todo sistema que usa a sua API.</translation>
    </message>
    <message>
        <source>What it may be used for</source>
        <translation>Para que ele pode ser usado</translation>
    </message>
    <message>
        <source>Every message names its purpose. The gateway accepts these purposes only:</source>
        <translation>Cada mensagem informa a sua finalidade. O gateway aceita apenas estas finalidades:</translation>
    </message>
    <message>
        <source>transactional — orders, invoices, bookings, deliveries, payments</source>
        <translation>transactional — pedidos, faturas, reservas, entregas, pagamentos</translation>
    </message>
    <message>
        <source>operational — service notices, appointment reminders, account changes</source>
        <translation>operational — avisos de serviço, lembretes de compromissos, alterações na conta</translation>
    </message>
    <message>
        <source>support — answers to questions and requests the contact raised</source>
        <translation>support — respostas a perguntas e pedidos feitos pelo contato</translation>
    </message>
    <message>
        <source>internal_team — messages among the business&apos;s own staff</source>
        <translation>internal_team — mensagens entre a própria equipe da empresa</translation>
    </message>
    <message>
        <source>authentication — one-time codes and sign-in confirmations</source>
        <translation>authentication — códigos de uso único e confirmações de login</translation>
    </message>
    <message>
        <source>What it may not be used for</source>
        <translation>Para que ele não pode ser usado</translation>
    </message>
    <message>
        <source>Marketing, promotions and advertising, including &quot;special offers&quot; to existing customers.</source>
        <translation>Marketing, promoções e publicidade, inclusive &quot;ofertas especiais&quot; para clientes atuais.</translation>
    </message>
    <message>
        <source>Cold outreach: writing to people who never asked to hear from the business.</source>
        <translation>Abordagem fria: escrever para pessoas que nunca pediram para receber contato da empresa.</translation>
    </message>
    <message>
        <source>Bulk campaigns and broadcasts of one text to long lists of numbers.</source>
        <translation>Campanhas em massa e disparos de um mesmo texto para longas listas de números.</translation>
    </message>
    <message>
        <source>Political messages and campaigning.</source>
        <translation>Mensagens políticas e campanhas eleitorais.</translation>
    </message>
    <message>
        <source>Messages to people who opted out or were suppressed, and numbers bought, scraped or guessed.</source>
        <translation>Mensagens para pessoas que se descadastraram ou foram bloqueadas, e para números comprados, coletados automaticamente ou adivinhados.</translation>
    </message>
    <message>
        <source>Harassment, deception, phishing, or anything unlawful where the business or the contact is.</source>
        <translation>Assédio, fraude, phishing ou qualquer coisa ilegal onde a empresa ou o contato estiver.</translation>
    </message>
    <message>
        <source>The gateway refuses these purposes by name, and any purpose it does not know:</source>
        <translation>O gateway recusa estas finalidades pelo nome, e também qualquer finalidade que não conheça:</translation>
    </message>
    <message>
        <source>What the gateway does about it</source>
        <translation>O que o gateway faz a respeito</translation>
    </message>
    <message>
        <source>Rules are enforced on every send, not only written down. A refused send is not delivered; the caller gets the reason, and the decision is kept in the policy log for the gateway&apos;s admins. The checks are described in detail on the responsible messaging page.</source>
        <translation>As regras são aplicadas a cada envio, não apenas escritas. Um envio recusado não é entregue; quem o solicitou recebe o motivo, e a decisão fica no registro de política para os administradores do gateway. As verificações são descritas em detalhe na página de mensagens responsáveis.</translation>
    </message>
    <message>
        <source>Contacts who write an opt-out keyword such as STOP are suppressed at once; sends to them are refused.</source>
        <translation>Contatos que escrevem uma palavra de descadastro como STOP são bloqueados na hora; os envios para eles são recusados.</translation>
    </message>
    <message>
        <source>Each number has daily and monthly limits (by default %1 a day and %2 a month), and a newly linked number starts lower.</source>
        <translation>Cada número tem limites diários e mensais (por padrão, %1 por dia e %2 por mês), e um número recém-vinculado começa com menos.</translation>
    </message>
    <message>
        <source>Sends are paced, and a risk score slows or blocks sending that looks like spam.</source>
        <translation>Os envios seguem um ritmo controlado, e uma pontuação de risco desacelera ou bloqueia envios que parecem spam.</translation>
    </message>
    <message>
        <source>A sudden rise in opt-outs pauses the number until an admin has looked at it.</source>
        <translation>Um aumento repentino de descadastros pausa o número até que um administrador o analise.</translation>
    </message>
    <message>
        <source>What the business running the gateway must do</source>
        <translation>O que a empresa que opera o gateway deve fazer</translation>
    </message>
    <message>
        <source>Message only people who gave their number for this purpose, and keep a record of it.</source>
        <translation>Envie mensagens apenas para pessoas que deram o número para essa finalidade, e guarde um registro disso.</translation>
    </message>
    <message>
        <source>Say who is writing, and keep messages relevant to why the contact is hearing from you.</source>
        <translation>Diga quem está escrevendo e mantenha as mensagens relacionadas ao motivo pelo qual o contato está recebendo notícias suas.</translation>
    </message>
    <message>
        <source>Honour every opt-out, however it reaches you (a keyword, a reply, a call, an email): add the number to the suppressed recipients.</source>
        <translation>Respeite todo descadastro, seja qual for a forma como ele chegue até você (uma palavra-chave, uma resposta, uma ligação, um e-mail): adicione o número aos destinatários bloqueados.</translation>
    </message>
    <message>
        <source>Choose the purpose of each message truthfully; a wrong purpose to get past the rules is misuse.</source>
        <translation>Escolha com veracidade a finalidade de cada mensagem; usar uma finalidade errada para contornar as regras é uso indevido.</translation>
    </message>
    <message>
        <source>Review paused numbers and policy events before resuming, and fix the cause.</source>
        <translation>Revise os números pausados e os eventos de política antes de retomar, e corrija a causa.</translation>
    </message>
    <message>
        <source>Follow WhatsApp&apos;s own terms and policies and the law on electronic messages and personal data.</source>
        <translation>Siga os termos e as políticas do próprio WhatsApp e a lei sobre mensagens eletrônicas e dados pessoais.</translation>
    </message>
    <message>
        <source>This software is independent and not affiliated with WhatsApp, Meta or 3CX. WhatsApp may restrict numbers that break its policies whatever this gateway allows.</source>
        <translation>Este software é independente e não tem vínculo com WhatsApp, Meta ou 3CX. O WhatsApp pode restringir números que violem as políticas dele, independentemente do que este gateway permite.</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>Uso aceitável</translation>
    </message>
    <message>
        <source>Every message sent through the gateway — by the API or a test send from the window or the portal — passes the same guard. The checks run in this order and the first one that fails answers: the API key, the request, the instance and the key&apos;s scope, the purpose, the phone number, suppression, the instance being connected and not paused, the content rules, the daily and monthly limits, then risk and pacing. Every decision is logged as a policy event.</source>
        <translation>Toda mensagem enviada pelo gateway — pela API ou por um envio de teste a partir da janela ou do portal — passa pela mesma proteção. As verificações são feitas nesta ordem e a primeira que falhar dá a resposta: a chave de API, a requisição, a instância e o escopo da chave, a finalidade, o número de telefone, o bloqueio, a instância estar conectada e não pausada, as regras de conteúdo, os limites diário e mensal e, por fim, o risco e o ritmo. Cada decisão é registrada como evento de política.</translation>
    </message>
    <message>
        <source>The numbers below are the defaults this version ships with. A gateway&apos;s admin can change them in the settings, and per instance.</source>
        <translation>Os números abaixo são os padrões desta versão. Um administrador do gateway pode alterá-los nas configurações, e por instância.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalidades</translation>
    </message>
    <message>
        <source>The field message_purpose is required. Allowed:</source>
        <translation>O campo message_purpose é obrigatório. Permitidas:</translation>
    </message>
    <message>
        <source>Refused with message_purpose_not_allowed (anything else is refused too):</source>
        <translation>Recusadas com message_purpose_not_allowed (qualquer outra também é recusada):</translation>
    </message>
    <message>
        <source>Opt-out and suppression</source>
        <translation>Descadastro e bloqueio</translation>
    </message>
    <message>
        <source>An inbound message whose whole text, trimmed and without regard to case, is an opt-out keyword suppresses the sender before anything else happens, and the event recipient.opted_out goes to the business&apos;s webhooks. The built-in keywords:</source>
        <translation>Uma mensagem recebida cujo texto inteiro, sem espaços nas pontas e sem diferenciar maiúsculas de minúsculas, seja uma palavra de descadastro bloqueia o remetente antes de qualquer outra coisa, e o evento recipient.opted_out vai para os webhooks da empresa. As palavras embutidas:</translation>
    </message>
    <message>
        <source>One of %1 lifts an opt-out that was made by keyword, never one an admin made by hand. Sends to a suppressed number are refused with recipient_suppressed. Admins add, remove, import and export suppressed numbers with the reason and who did it.</source>
        <translation>Uma de %1 desfaz um descadastro feito por palavra-chave, nunca um feito manualmente por um administrador. Os envios para um número bloqueado são recusados com recipient_suppressed. Os administradores adicionam, removem, importam e exportam números bloqueados com o motivo e quem fez isso.</translation>
    </message>
    <message>
        <source>Limits and warm-up</source>
        <translation>Limites e aquecimento</translation>
    </message>
    <message>
        <source>Each instance may send %1 messages a day and %2 a calendar month, in the gateway&apos;s time zone; beyond that, daily_limit_reached or monthly_limit_reached with Retry-After.</source>
        <translation>Cada instância pode enviar %1 mensagens por dia e %2 por mês civil, no fuso horário do gateway; acima disso, daily_limit_reached ou monthly_limit_reached com Retry-After.</translation>
    </message>
    <message>
        <source>A number linked less than %1 days ago warms up: %2 messages on its first day, doubling each day up to the normal daily limit.</source>
        <translation>Um número vinculado há menos de %1 dias está em aquecimento: %2 mensagens no primeiro dia, dobrando a cada dia até o limite diário normal.</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Between two sends of one instance: a random gap of %1 to %2 seconds.</source>
        <translation>Entre dois envios de uma instância: um intervalo aleatório de %1 a %2 segundos.</translation>
    </message>
    <message>
        <source>After every %1 sends: a pause of %2 seconds.</source>
        <translation>A cada %1 envios: uma pausa de %2 segundos.</translation>
    </message>
    <message>
        <source>To the same recipient: at most one message every %1 seconds.</source>
        <translation>Para o mesmo destinatário: no máximo uma mensagem a cada %1 segundos.</translation>
    </message>
    <message>
        <source>Waiting sends are kept in a durable queue of up to %1 messages or %2 seconds per instance, and survive a restart; beyond that, sending_throttled.</source>
        <translation>Os envios em espera ficam em uma fila persistente de até %1 mensagens ou %2 segundos por instância e sobrevivem a uma reinicialização; acima disso, sending_throttled.</translation>
    </message>
    <message>
        <source>Each API key may make %1 send requests a minute.</source>
        <translation>Cada chave de API pode fazer %1 requisições de envio por minuto.</translation>
    </message>
    <message>
        <source>Risk checks</source>
        <translation>Verificações de risco</translation>
    </message>
    <message>
        <source>Each send gets a risk score from 0 to 100 from: the share of today&apos;s recipients who never wrote in (cold outreach), the same text going to many recipients within an hour, the recent opt-out rate, the provider&apos;s failure rate, and sends to people who have not written in the last 24 hours. The signals weigh by purpose: one-time codes and transactional notices to people who never wrote in are normal and are not held against the sender.</source>
        <translation>Cada envio recebe uma pontuação de risco de 0 a 100 com base em: a parcela dos destinatários de hoje que nunca escreveram (abordagem fria), o mesmo texto indo para muitos destinatários em uma hora, a taxa recente de descadastros, a taxa de falhas do provedor e os envios para pessoas que não escreveram nas últimas 24 horas. Os sinais pesam conforme a finalidade: códigos de uso único e avisos transacionais para pessoas que nunca escreveram são normais e não contam contra o remetente.</translation>
    </message>
    <message>
        <source>A score of %1 or more blocks the send with policy_violation.</source>
        <translation>Uma pontuação de %1 ou mais bloqueia o envio com policy_violation.</translation>
    </message>
    <message>
        <source>A score from %1 to %2 slows the instance&apos;s pacing.</source>
        <translation>Uma pontuação de %1 a %2 desacelera o ritmo da instância.</translation>
    </message>
    <message>
        <source>More than %1 % opt-outs among an instance&apos;s last %2 sends pauses the instance until an admin resumes it.</source>
        <translation>Mais de %1% de descadastros entre os últimos %2 envios de uma instância pausa a instância até que um administrador a retome.</translation>
    </message>
    <message>
        <source>Content rules</source>
        <translation>Regras de conteúdo</translation>
    </message>
    <message>
        <source>A text is refused with policy_violation when it contains a blocked phrase (by default, common marketing phrases), a link through a URL shortener, or a full payment card number. Admins edit the phrase and shortener lists.</source>
        <translation>Um texto é recusado com policy_violation quando contém uma frase bloqueada (por padrão, frases comuns de marketing), um link por um encurtador de URL ou um número completo de cartão de pagamento. Os administradores editam as listas de frases e de encurtadores.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>A conversation counts as open for %1 hours after the contact&apos;s last message; the webhook events conversation.opened and conversation.closed mark it.</source>
        <translation>Uma conversa conta como aberta por %1 horas após a última mensagem do contato; os eventos de webhook conversation.opened e conversation.closed a marcam.</translation>
    </message>
    <message>
        <source>What the operator must do</source>
        <translation>O que o operador deve fazer</translation>
    </message>
    <message>
        <source>The guard catches patterns, not intentions. The business running the gateway remains responsible for consent, truthful purposes and honouring opt-outs, as set out on the acceptable use page.</source>
        <translation>A proteção detecta padrões, não intenções. A empresa que opera o gateway continua responsável pelo consentimento, por finalidades verdadeiras e pelo respeito aos descadastros, conforme a página de uso aceitável.</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>Mensagens responsáveis</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalGate</name>
    <message>
        <source>This page is for administrators. You are signed in as an operator.</source>
        <translation>Esta página é para administradores. Você entrou como operador.</translation>
    </message>
    <message>
        <source>The form was missing its security token or it did not match your session. Nothing was changed. Open the page again and retry.</source>
        <translation>O formulário estava sem o token de segurança ou ele não correspondia à sua sessão. Nada foi alterado. Abra a página de novo e tente outra vez.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Página não encontrada</translation>
    </message>
    <message>
        <source>There is no page at %1 in this version of the portal.</source>
        <translation>Não há página em %1 nesta versão do portal.</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Voltar à página inicial</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Não permitido</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalPages</name>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Chaves de API</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinatários bloqueados</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>Registro de entrada</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>Registro de mensagens</translation>
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
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>Uso aceitável</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>Mensagens responsáveis</translation>
    </message>
    <message>
        <source>API reference</source>
        <translation>Referência da API</translation>
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
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>after a restart</source>
        <translation>após reiniciar</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>Padrão: %1.</translation>
    </message>
    <message>
        <source>A new value takes effect when the gateway restarts.</source>
        <translation>Um novo valor vale quando o gateway reiniciar.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which wins over what is saved here: change it there.</source>
        <translation>Definido pela variável de ambiente %1, que prevalece sobre o que for salvo aqui: altere lá.</translation>
    </message>
    <message>
        <source>Set on the command line (--%1), which wins over what is saved here: change it there.</source>
        <translation>Definido na linha de comando (--%1), que prevalece sobre o que for salvo aqui: altere lá.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SettingsController</name>
    <message>
        <source>Saved — in effect now.</source>
        <translation>Salvo — já está valendo.</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>Salvo — vale quando o gateway reiniciar.</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>Nada para salvar: nenhum valor foi alterado.</translation>
    </message>
    <message>
        <source>Provider key stored — takes effect when the gateway restarts.</source>
        <translation>Chave do provedor salva — vale quando o gateway reiniciar.</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>Definida pela variável de ambiente WAG_PROVIDER_KEY.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>Definida na linha de comando (--provider-key).</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>Chave: definida (salva criptografada; nunca é mostrada).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>Chave: não definida.</translation>
    </message>
    <message>
        <source>Provider key</source>
        <translation>Chave do provedor</translation>
    </message>
    <message>
        <source>New provider key</source>
        <translation>Nova chave do provedor</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>Salvar chave</translation>
    </message>
    <message>
        <source>An emptied field goes back to its default. Only changed values are saved, all together or none.</source>
        <translation>Um campo esvaziado volta ao padrão. Só os valores alterados são salvos, todos juntos ou nenhum.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>Grupos de configurações</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Configurações: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>Não salvo: corrija o valor marcado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>The key is set by the environment or the command line, which wins: change it there.</source>
        <translation>A chave é definida pelo ambiente ou pela linha de comando, que prevalecem: altere-a lá.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>A chave não foi salva: %1</translation>
    </message>
</context>
<context>
    <name>wag::portal::SignInController</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>This sign-in form has expired or did not come from this gateway. Please sign in again.</source>
        <translation>Este formulário de entrada expirou ou não veio deste gateway. Entre de novo.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts from your address. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Tentativas de entrada demais a partir do seu endereço. Tente de novo em %n minuto.</numerusform>
            <numerusform>Tentativas de entrada demais a partir do seu endereço. Tente de novo em %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nome de usuário ou senha incorretos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Senhas incorretas demais para este usuário. Tente de novo em %n minuto.</numerusform>
            <numerusform>Senhas incorretas demais para este usuário. Tente de novo em %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>Esta conta está desativada. Fale com um administrador.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again shortly.</source>
        <translation>Não é possível entrar agora. Tente de novo em instantes.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SuppressionsController</name>
    <message>
        <source>opted out by keyword</source>
        <translation>descadastrado por palavra-chave</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>adicionado pela equipe</translation>
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
        <translation>Ninguém está bloqueado.</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>Nenhuma entrada corresponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próximo</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Part of a number or a note</source>
        <translation>Parte de um número ou de uma nota</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>Adicionar um número</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>ex.: pediu por telefone</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
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
        <translation>Cole o texto do arquivo: uma linha de cabeçalho e uma coluna &quot;phone&quot; (opcionalmente &quot;note&quot;). Todas as linhas são verificadas antes: uma linha com erro e nada muda. No máximo %1 MiB e %2 linhas.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>Destinatários bloqueados</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>Digite um número de telefone, ex.: +14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 já está na lista.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>Remover bloqueio</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>Permitir mensagens para %1 de novo? Só faça isso se a pessoa pediu.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) added.</source>
        <translation>
            <numerusform>%n número adicionado.</numerusform>
            <numerusform>%n números adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>%n já estava na lista.</numerusform>
            <numerusform>%n já estavam na lista.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported, because %n row(s) were refused. Fix them and import again.</source>
        <translation>
            <numerusform>Nada foi importado porque %n linha foi recusada. Corrija-a e importe de novo.</numerusform>
            <numerusform>Nada foi importado porque %n linhas foram recusadas. Corrija-as e importe de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nada foi importado. %1</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Linhas ignoradas</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Linhas recusadas</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Relatório de importação</translation>
    </message>
    <message>
        <source>Paste the CSV text to import first.</source>
        <translation>Cole primeiro o texto CSV a importar.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ThreecxController</name>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>No 3CX integrations yet.</source>
        <translation>Ainda não há integrações com o 3CX.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obrigatória</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>não obrigatória</translation>
    </message>
    <message>
        <source>outbound messages: %1; call events: %2</source>
        <translation>mensagens de saída: %1; eventos de chamada: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Instância padrão</translation>
    </message>
    <message>
        <source>Webhook URL for 3CX</source>
        <translation>URL de webhook para o 3CX</translation>
    </message>
    <message>
        <source>HMAC signature</source>
        <translation>Assinatura HMAC</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>Processa</translation>
    </message>
    <message>
        <source>Connect a 3CX phone system</source>
        <translation>Conectar um sistema telefônico 3CX</translation>
    </message>
    <message>
        <source>A name that says which phone system it is, e.g. &quot;office-pbx&quot;.</source>
        <translation>Um nome que diga qual é o sistema telefônico, ex.: &quot;office-pbx&quot;.</translation>
    </message>
    <message>
        <source>The WhatsApp instance that agents&apos; replies and call-event messages go out through.</source>
        <translation>A instância de WhatsApp pela qual saem as respostas dos agentes e as mensagens de eventos de chamada.</translation>
    </message>
    <message>
        <source>Create integration</source>
        <translation>Criar integração</translation>
    </message>
    <message>
        <source>In 3CX, post the events to this URL:</source>
        <translation>No 3CX, envie os eventos (POST) para esta URL:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL de webhook</translation>
    </message>
    <message>
        <source>and send this secret in the header &quot;%1&quot;:</source>
        <translation>e envie este segredo no cabeçalho &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>The new secret</source>
        <translation>O novo segredo</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>Copie-a agora: ela não será mostrada de novo.</translation>
    </message>
    <message>
        <source>The gateway keeps it sealed. If it is lost, rotate it and paste the new one into 3CX.</source>
        <translation>O gateway o guarda lacrado. Se ele se perder, rotacione-o e cole o novo no 3CX.</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Each connected 3CX phone system has its own secret, settings and event log.</source>
        <translation>Cada sistema telefônico 3CX conectado tem seu próprio segredo, suas próprias configurações e seu próprio registro de eventos.</translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation>Cabeçalho do segredo</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>Endereços permitidos</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>qualquer endereço</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nome da empresa</translation>
    </message>
    <message>
        <source>Agents&apos; replies only inside the conversation window</source>
        <translation>Respostas dos agentes somente dentro da janela de conversa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Outbound messages from 3CX</source>
        <translation>Mensagens de saída do 3CX</translation>
    </message>
    <message>
        <source>Call-event messages</source>
        <translation>Mensagens de eventos de chamada</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>Enviar esta mensagem</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ativado</translation>
    </message>
    <message>
        <source>Require an HMAC signature</source>
        <translation>Exigir uma assinatura HMAC</translation>
    </message>
    <message>
        <source>One IP address or CIDR range (e.g. 192.0.2.0/24) per line or separated by commas; empty: any address.</source>
        <translation>Um endereço IP ou intervalo CIDR (ex.: 192.0.2.0/24) por linha ou separados por vírgulas; vazio: qualquer endereço.</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Espaços reservados: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Ainda não há eventos.</translation>
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
        <translation>ignorado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusado</translation>
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
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID da mensagem</translation>
    </message>
    <message>
        <source>Secret and removal</source>
        <translation>Segredo e remoção</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>Rotacionar segredo…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>3CX: %1</source>
        <translation>3CX: %1</translation>
    </message>
    <message>
        <source>Give the integration a name, e.g. &quot;office-pbx&quot;.</source>
        <translation>Dê um nome à integração, ex.: &quot;office-pbx&quot;.</translation>
    </message>
    <message>
        <source>3CX integration &quot;%1&quot; created</source>
        <translation>Integração com o 3CX &quot;%1&quot; criada</translation>
    </message>
    <message>
        <source>Rotate 3CX secret</source>
        <translation>Rotacionar segredo do 3CX</translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new secret? The current one stops working at once: 3CX is refused until the new one is pasted into it.</source>
        <translation>Dar um novo segredo a &quot;%1&quot;? O atual para de funcionar na hora: o 3CX é recusado até que o novo seja colado nele.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Rotacionar segredo</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;</source>
        <translation>Novo segredo para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove 3CX integration</source>
        <translation>Remover integração com o 3CX</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its templates and event log? 3CX is refused from the next call on.</source>
        <translation>Remover &quot;%1&quot; com seus modelos e registro de eventos? O 3CX é recusado a partir da próxima chamada.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>wag::portal::UsersController</name>
    <message>
        <source>disabled</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ativado</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Add, disable or change users in the desktop window (Settings) or with the admin command.</source>
        <translation>Adicione, desative ou altere usuários na janela do desktop (Configurações) ou com o comando de administração.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último acesso</translation>
    </message>
</context>
</TS>
