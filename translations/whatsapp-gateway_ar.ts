<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>opted out by keyword</source>
        <translation>انسحب بكلمة مفتاحية</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>أضافه الموظفون</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>disabled: the receiver answered 410 Gone</source>
        <translation>معطّل: أجاب المستقبِل 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>معطّل: يفشل منذ 5 أيام</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>UserTexts</name>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>الأسماء من 2 إلى 40 حرفًا: أحرف وأرقام و&apos;.&apos; و&apos;-&apos; و&apos;_&apos;، وتبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>تحتاج كلمة المرور إلى %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>A user with this name already exists.</source>
        <translation>يوجد مستخدم بهذا الاسم بالفعل.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another user an administrator first.</source>
        <translation>هذا آخر مسؤول مُفعّل: اجعل مستخدماً آخر مسؤولاً أولاً.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>لم يعد هذا المستخدم موجوداً.</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>%1 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>مشغّل</translation>
    </message>
</context>
<context>
    <name>wag::ApiKeysPage</name>
    <message>
        <source>API keys</source>
        <translation>مفاتيح API</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>البادئة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>المثيلات</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>آخر استخدام</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>إ&amp;لغاء…</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>مفتاح API جديد</translation>
    </message>
    <message>
        <source>e.g. crm</source>
        <translation>مثلاً crm</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>اسم مفتاح API الجديد</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>المثيلات التي يمكن للمفتاح الإرسال عبرها</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>الم&amp;ثيلات:</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>إن لم تحدد شيئاً: يمكن للمفتاح استخدام كل المثيلات.</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>إ&amp;نشاء المفتاح</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>Give the key a name that says who uses it, e.g. &quot;crm&quot;.</source>
        <translation>أعطِ المفتاح اسماً يدل على من يستخدمه، مثلاً &quot;crm&quot;.</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>مفتاح &quot;%1&quot;. ترسله التكاملات بصيغة &quot;Authorization: Bearer &lt;key&gt;&quot;:</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>إلغاء مفتاح API</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>إلغاء المفتاح &quot;%1&quot; (%2…)؟ سيُرفض كل ما يستخدمه بدءاً من الطلب التالي.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is revoked.</source>
        <translation>أُلغي المفتاح &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>wag::DesktopShell</name>
    <message>
        <source>Show window</source>
        <translation>إظهار النافذة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Webhook destination disabled</source>
        <translation>عُطّلت وجهة Webhook</translation>
    </message>
    <message>
        <source>%1 was disabled (%2). Deliveries to it wait until it is enabled again.</source>
        <translation>عُطّلت %1 (%2). تنتظر عمليات التسليم إليها حتى تُفعَّل من جديد.</translation>
    </message>
    <message>
        <source>the receiver answered 410 Gone</source>
        <translation>أجاب المستقبِل 410 Gone</translation>
    </message>
    <message>
        <source>failing for 5 days</source>
        <translation>يفشل منذ 5 أيام</translation>
    </message>
    <message>
        <source>Instance disconnected</source>
        <translation>انقطع اتصال المثيل</translation>
    </message>
    <message>
        <source>%1 lost its connection to WhatsApp.</source>
        <translation>فقد %1 اتصاله بواتساب.</translation>
    </message>
    <message>
        <source>Instance paused by the guard</source>
        <translation>أوقف الحارس المثيل مؤقتاً</translation>
    </message>
    <message>
        <source>%1 was paused: %2. Review it under Policy events.</source>
        <translation>أُوقف %1 مؤقتاً: %2. راجعه في أحداث السياسة.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — running at %1</source>
        <translation>بوابة واتساب — تعمل على %1</translation>
    </message>
    <message>
        <source>WhatsApp Gateway — stopped</source>
        <translation>بوابة واتساب — متوقفة</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is still running</source>
        <translation>بوابة واتساب لا تزال تعمل</translation>
    </message>
    <message>
        <source>It keeps sending and receiving in the background. Open the window again from the tray icon; choose Quit there to stop the gateway.</source>
        <translation>تواصل الإرسال والاستقبال في الخلفية. افتح النافذة مجدداً من أيقونتها في علبة النظام، واختر إنهاء من هناك لإيقاف البوابة.</translation>
    </message>
</context>
<context>
    <name>wag::FirstRunWizard</name>
    <message>
        <source>Set up WhatsApp Gateway</source>
        <translation>إعداد WhatsApp Gateway</translation>
    </message>
</context>
<context>
    <name>wag::ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n number(s) added.</source>
        <translation>
            <numerusform>%1: لم يُضف أي رقم.</numerusform>
            <numerusform>%1: أُضيف رقم واحد.</numerusform>
            <numerusform>%1: أُضيف رقمان.</numerusform>
            <numerusform>%1: أُضيفت %n أرقام.</numerusform>
            <numerusform>%1: أُضيف %n رقماً.</numerusform>
            <numerusform>%1: أُضيف %n رقم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>لم يكن أي منها في القائمة.</numerusform>
            <numerusform>كان واحد منها في القائمة بالفعل.</numerusform>
            <numerusform>كان اثنان منها في القائمة بالفعل.</numerusform>
            <numerusform>كانت %n منها في القائمة بالفعل.</numerusform>
            <numerusform>كان %n منها في القائمة بالفعل.</numerusform>
            <numerusform>كان %n منها في القائمة بالفعل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported, because %n row(s) were refused. Fix them and import the file again.</source>
        <translation>
            <numerusform>%1: لم يُستورد شيء لأنه لم يُرفض أي صف. صحّحها واستورد الملف مجدداً.</numerusform>
            <numerusform>%1: لم يُستورد شيء لأن صفاً واحداً رُفض. صحّحه واستورد الملف مجدداً.</numerusform>
            <numerusform>%1: لم يُستورد شيء لأن صفين رُفضا. صحّحهما واستورد الملف مجدداً.</numerusform>
            <numerusform>%1: لم يُستورد شيء لأن %n صفوف رُفضت. صحّحها واستورد الملف مجدداً.</numerusform>
            <numerusform>%1: لم يُستورد شيء لأن %n صفاً رُفض. صحّحها واستورد الملف مجدداً.</numerusform>
            <numerusform>%1: لم يُستورد شيء لأن %n صف رُفض. صحّحها واستورد الملف مجدداً.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nothing was imported. %2</source>
        <translation>%1: لم يُستورد شيء. %2</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>الصفوف المتخطاة</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>المُدخل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>wag::InboundLogModel</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (في %2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>المثيل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>كلمة الانسحاب</translation>
    </message>
</context>
<context>
    <name>wag::InstanceBadgeDelegate</name>
    <message>
        <source>open</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>موقوف مؤقتاً</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
</context>
<context>
    <name>wag::InstancePage</name>
    <message>
        <source>First instance</source>
        <translation>أول مثيل</translation>
    </message>
    <message>
        <source>An instance is one WhatsApp number linked to the gateway.</source>
        <translation>المثيل هو رقم WhatsApp واحد مرتبط بالبوابة.</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>اسم المثيل</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>مثال: front-desk</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>من 3 إلى 40 حرفًا: أحرف صغيرة a-z وأرقام و&apos;-&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid instance name: use 3 to 40 characters, lower-case letters a-z, digits and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; ليس اسم مثيل صالحًا: استخدم من 3 إلى 40 حرفًا، أحرفًا صغيرة a-z وأرقامًا و&apos;-&apos;.</translation>
    </message>
    <message>
        <source>An instance named %1 already exists.</source>
        <translation>يوجد مثيل باسم %1 بالفعل.</translation>
    </message>
    <message>
        <source>&amp;Instance name:</source>
        <translation>اسم الم&amp;ثيل:</translation>
    </message>
</context>
<context>
    <name>wag::InstancePicker</name>
    <message>
        <source>Instance</source>
        <translation>المثيل</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>كل المثيلات</translation>
    </message>
</context>
<context>
    <name>wag::InstanceUsagePanel</name>
    <message>
        <source>Sent today:</source>
        <translation>المُرسَل اليوم:</translation>
    </message>
    <message>
        <source>Sent this month:</source>
        <translation>المُرسَل هذا الشهر:</translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation>الحدود:</translation>
    </message>
    <message>
        <source>Warm-up:</source>
        <translation>الإحماء:</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again:</source>
        <translation>يبدأ عدّ اليوم من جديد:</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again:</source>
        <translation>يبدأ عدّ الشهر من جديد:</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>يُحسب كما يحسب الحارس: كل إرسال قبله (أُرسل، أو في الطابور، أو فشل لاحقاً لدى المزود). المحاولات المرفوضة لا تُحسب.</translation>
    </message>
    <message>
        <source>shown while the gateway runs</source>
        <translation>يظهر أثناء عمل البوابة</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>‏‎%1 الساعة %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wag::InstancesPage</name>
    <message>
        <source>Instances</source>
        <translation>المثيلات</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>مثيل جديد</translation>
    </message>
    <message>
        <source>e.g. front-desk</source>
        <translation>مثلاً front-desk</translation>
    </message>
    <message>
        <source>Name of the new instance</source>
        <translation>اسم المثيل الجديد</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>من 3 إلى 40 حرفاً: أحرف لاتينية صغيرة وأرقام وشرطات، تبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>إ&amp;نشاء</translation>
    </message>
    <message>
        <source>Linked phone:</source>
        <translation>الهاتف المرتبط:</translation>
    </message>
    <message>
        <source>Paused:</source>
        <translation>موقوف مؤقتاً:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>إيقاف م&amp;ؤقت…</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Start linking: shows a QR code, or reconnects a linked phone.</source>
        <translation>بدء الربط: يعرض رمز QR أو يعيد توصيل هاتف مرتبط.</translation>
    </message>
    <message>
        <source>Unlink the phone from this instance.</source>
        <translation>فك ربط الهاتف من هذا المثيل.</translation>
    </message>
    <message>
        <source>Refuse every send through this instance until resumed.</source>
        <translation>رفض كل إرسال عبر هذا المثيل حتى الاستئناف.</translation>
    </message>
    <message>
        <source>Delete the instance, its link and its API key scopes.</source>
        <translation>حذف المثيل وربطه ونطاقاته في مفاتيح API.</translation>
    </message>
    <message>
        <source>No instance yet</source>
        <translation>لا يوجد مثيل بعد</translation>
    </message>
    <message>
        <source>Create one on the left: it starts linking at once and shows a QR code here.</source>
        <translation>أنشئ واحداً من القائمة الجانبية: يبدأ الربط فوراً ويعرض رمز QR هنا.</translation>
    </message>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>متصل: الهاتف مرتبط والرسائل تُرسل.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>بانتظار الهاتف: افتح واتساب، ثم الأجهزة المرتبطة، ثم ربط جهاز، وامسح الرمز.</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>غير متصل. اضغط اتصال لربط هاتف.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(تجريبي: المحاكي المدمج، بلا حساب واتساب حقيقي.)</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>مرتبط — لا حاجة لرمز QR.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>لا يوجد رمز QR بعد.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>نعم — %1</translation>
    </message>
    <message>
        <source>Use 3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>استخدم من 3 إلى 40 حرفاً: أحرف لاتينية صغيرة وأرقام وشرطات، تبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>An instance named &quot;%1&quot; exists already.</source>
        <translation>يوجد مثيل باسم &quot;%1&quot; بالفعل.</translation>
    </message>
    <message>
        <source>Pause instance</source>
        <translation>إيقاف المثيل مؤقتاً</translation>
    </message>
    <message>
        <source>Why? (kept with the pause, for the team)</source>
        <translation>لماذا؟ (يُحفظ مع الإيقاف، للفريق)</translation>
    </message>
    <message>
        <source>paused from the desktop window</source>
        <translation>أُوقف من نافذة سطح المكتب</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>حذف المثيل</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>حذف &quot;%1&quot;؟ سيُفك ربط الهاتف وتفقد مفاتيح API هذا المثيل من نطاقها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>State reason:</source>
        <translation>سبب الحالة:</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>تفاصيل المثيل</translation>
    </message>
    <message>
        <source>QR code to link a phone</source>
        <translation>رمز QR لربط هاتف</translation>
    </message>
    <message>
        <source>Conn&amp;ection</source>
        <translation>&amp;الاتصال</translation>
    </message>
    <message>
        <source>Limits and us&amp;age</source>
        <translation>الحدود والاستخدا&amp;م</translation>
    </message>
    <message>
        <source>&amp;Test send</source>
        <translation>&amp;إرسال تجريبي</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>إ&amp;عادة التشغيل</translation>
    </message>
    <message>
        <source>Close and reopen the connection to WhatsApp, e.g. when messages stop going out. A linked phone stays linked; while linking, a fresh QR code appears.</source>
        <translation>إغلاق الاتصال بواتساب وإعادة فتحه، مثلاً عندما تتوقف الرسائل عن الخروج. يبقى الهاتف المرتبط مرتبطاً، وأثناء الربط يظهر رمز QR جديد.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>جارٍ إعادة الاتصال بالهاتف المرتبط…</translation>
    </message>
</context>
<context>
    <name>wag::LogPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>الم&amp;ثيل:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>Filter by phone number</source>
        <translation>تصفية حسب رقم الهاتف</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <source>Only show a date range</source>
        <translation>عرض نطاق تاريخ فقط</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Show full &amp;numbers</source>
        <translation>إظهار الأر&amp;قام كاملة</translation>
    </message>
    <message>
        <source>Numbers are masked so they cannot be read over a shoulder.</source>
        <translation>تُخفى الأرقام جزئياً حتى لا تُقرأ من فوق الكتف.</translation>
    </message>
</context>
<context>
    <name>wag::MainWindow</name>
    <message>
        <source>WhatsApp Gateway</source>
        <translation>بوابة واتساب</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>سجل الوارد</translation>
    </message>
    <message>
        <source>Part of the number, e.g. 4155</source>
        <translation>جزء من الرقم، مثلاً 4155</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>سجل الرسائل</translation>
    </message>
    <message>
        <source>Whole number, e.g. +14155552671</source>
        <translation>الرقم كاملاً، مثلاً ‎+14155552671</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>المثيلات</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>المستلمون المحظورون</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>مفاتيح API</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>أحداث السياسة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About WhatsApp Gateway</source>
        <translation>&amp;حول بوابة واتساب</translation>
    </message>
    <message>
        <source>Running — %1</source>
        <translation>تعمل — %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>About WhatsApp Gateway</source>
        <translation>حول بوابة واتساب</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WhatsApp Gateway %1&lt;/h3&gt;&lt;p&gt;An on-premise gateway for responsible WhatsApp messaging.&lt;/p&gt;&lt;p&gt;WhatsApp Gateway is independent software, not affiliated with WhatsApp, Meta or 3CX.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;بوابة واتساب %1&lt;/h3&gt;&lt;p&gt;بوابة محلية لمراسلة مسؤولة عبر واتساب.&lt;/p&gt;&lt;p&gt;بوابة واتساب برنامج مستقل، لا يتبع واتساب ولا Meta ولا 3CX.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Set up…</source>
        <translation>إ&amp;عداد…</translation>
    </message>
    <message>
        <source>Data key notice</source>
        <translation>تنبيه مفتاح البيانات</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide this notice until the gateway starts again.</source>
        <translation>إخفاء هذا التنبيه حتى تبدأ البوابة من جديد.</translation>
    </message>
    <message>
        <source>The OS keychain is locked or not available (%1). The key that encrypts the stored secrets (provider key, webhook signing secrets) is therefore kept in a file instead: %2. Only your user account can read it. Protect it and back it up with the data folder: without it the stored secrets cannot be decrypted. This data folder keeps using the file from now on.</source>
        <translation>سلسلة مفاتيح النظام مقفلة أو غير متاحة (‎%1‎). لذلك يُحفظ المفتاح الذي يشفّر الأسرار المخزنة (مفتاح المزود وأسرار توقيع Webhook) في ملف بدلاً منها: ‎%2‎. لا يستطيع قراءته إلا حساب المستخدم الخاص بك. احمِه واحتفظ بنسخة احتياطية منه مع مجلد البيانات، فمن دونه لا يمكن فك تشفير الأسرار المخزنة. سيواصل مجلد البيانات هذا استخدام الملف من الآن فصاعداً.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>The OS keychain is switched off (the &quot;keychain&quot; setting or WAG_DISABLE_KEYCHAIN), so the key that encrypts the stored secrets is kept in a file: %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>سلسلة مفاتيح النظام معطّلة (بالإعداد &quot;keychain&quot; أو WAG_DISABLE_KEYCHAIN)، لذا يُحفظ المفتاح الذي يشفّر الأسرار المخزنة في ملف: ‎%1‎. لا يستطيع قراءته إلا حساب المستخدم الخاص بك. احمِه واحتفظ بنسخة احتياطية منه مع مجلد البيانات.</translation>
    </message>
    <message>
        <source>This data folder keeps the key that encrypts the stored secrets in a file, not in the OS keychain (no keychain was available when the folder was set up): %1. Only your user account can read it. Protect it and back it up with the data folder.</source>
        <translation>يحفظ مجلد البيانات هذا المفتاحَ الذي يشفّر الأسرار المخزنة في ملف، لا في سلسلة مفاتيح النظام (لم تكن سلسلة المفاتيح متاحة عند إعداد المجلد): ‎%1‎. لا يستطيع قراءته إلا حساب المستخدم الخاص بك. احمِه واحتفظ بنسخة احتياطية منه مع مجلد البيانات.</translation>
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
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>المثيل</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Message or outcome</source>
        <translation>الرسالة أو النتيجة</translation>
    </message>
</context>
<context>
    <name>wag::PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>كلمة مرور جديدة لـ %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>كلمة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرو&amp;ر الجديدة:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>كلمة المرور مرة أ&amp;خرى:</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>تعيين &amp;كلمة المرور</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>wag::PolicyEventModel</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>المثيل</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>المخاطرة</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>wag::PolicyEventsPage</name>
    <message>
        <source>&amp;Paused instances</source>
        <translation>المثيلات الموقوفة م&amp;ؤقتاً</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>المثيلات الموقوفة مؤقتاً</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message>
        <source>Sends through the instance are accepted again.</source>
        <translation>يُقبل الإرسال عبر المثيل من جديد.</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>قرارات الحارس</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>أحداث السياسة</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No instance is paused.</source>
        <translation>لا يوجد مثيل موقوف مؤقتاً.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderKeyEditor</name>
    <message>
        <source>New provider key</source>
        <translation>مفتاح مزود جديد</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>اكتب مفتاحاً جديداً ليحل محل المفتاح المحفوظ</translation>
    </message>
    <message>
        <source>S&amp;tore key</source>
        <translation>حفظ &amp;المفتاح</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>محدَّد بمتغير البيئة WAG_PROVIDER_KEY.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>محدَّد في سطر الأوامر بالخيار ⁦--provider-key⁩.</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>المفتاح: محدَّد (محفوظ مشفّراً ولا يُعرض أبداً).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>المفتاح: غير محدَّد.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>لم يُحفظ المفتاح: %1</translation>
    </message>
    <message>
        <source>Key stored — takes effect when the gateway restarts.</source>
        <translation>حُفظ المفتاح — يسري عند إعادة تشغيل البوابة.</translation>
    </message>
    <message>
        <source>Key stored.</source>
        <translation>حُفظ المفتاح.</translation>
    </message>
</context>
<context>
    <name>wag::ProviderPage</name>
    <message>
        <source>Messaging provider</source>
        <translation>مزود المراسلة</translation>
    </message>
    <message>
        <source>Try the gateway with the built-in simulator, or connect it to your Evolution API server.</source>
        <translation>جرّب البوابة بالمحاكي المدمج، أو اربطها بخادم Evolution API الخاص بك.</translation>
    </message>
    <message>
        <source>&amp;Demo (built-in simulator, no phone needed)</source>
        <translation>&amp;تجريبي (محاكي مدمج، بلا هاتف)</translation>
    </message>
    <message>
        <source>&amp;Evolution API server</source>
        <translation>خادم &amp;Evolution API</translation>
    </message>
    <message>
        <source>Evolution API URL</source>
        <translation>عنوان URL لـ Evolution API</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8080</source>
        <translation>مثال: http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Evolution API key</source>
        <translation>مفتاح Evolution API</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>ا&amp;ختبار الاتصال</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>نتيجة اختبار الاتصال</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>&amp;عنوان الخادم:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>م&amp;فتاح API:</translation>
    </message>
    <message>
        <source>The gateway switches to this provider after a restart.</source>
        <translation>تنتقل البوابة إلى هذا المزود بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <source>Enter the server URL and its API key first.</source>
        <translation>أدخل عنوان الخادم ومفتاح API أولًا.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>جارٍ الاختبار…</translation>
    </message>
    <message>
        <source>Reachable: the server accepted the key.</source>
        <translation>متاح: قبل الخادم المفتاح.</translation>
    </message>
    <message>
        <source>Wrong key: the server refused it.</source>
        <translation>مفتاح خاطئ: رفضه الخادم.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1: %2</source>
        <translation>ردّ الخادم بـ HTTP %1: %2</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>تعذّر الوصول: %1</translation>
    </message>
    <message>
        <source>Test the connection first: the server must be reachable and accept this key.</source>
        <translation>اختبر الاتصال أولًا: يجب أن يكون الخادم متاحًا وأن يقبل هذا المفتاح.</translation>
    </message>
    <message>
        <source>The key could not be stored: %1</source>
        <translation>تعذّر حفظ المفتاح: %1</translation>
    </message>
</context>
<context>
    <name>wag::QrCodeWidget</name>
    <message>
        <source>QR code to link the phone</source>
        <translation>رمز QR لربط الهاتف</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device.</source>
        <translation>امسحه بواتساب على الهاتف: الأجهزة المرتبطة، ربط جهاز.</translation>
    </message>
</context>
<context>
    <name>wag::QrPage</name>
    <message>
        <source>Link the phone</source>
        <translation>ربط الهاتف</translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp, then Linked devices, Link a device, and scan this code.</source>
        <translation>على الهاتف، افتح WhatsApp ثم الأجهزة المرتبطة، ربط جهاز، وامسح هذا الرمز.</translation>
    </message>
    <message>
        <source>Instance state</source>
        <translation>حالة المثيل</translation>
    </message>
    <message>
        <source>&amp;Simulate scan</source>
        <translation>&amp;محاكاة المسح</translation>
    </message>
    <message>
        <source>Demo only: act as if a phone scanned the code.</source>
        <translation>للتجربة فقط: يتصرف كأن هاتفًا مسح الرمز.</translation>
    </message>
    <message>
        <source>Restart the gateway to use the provider you chose.</source>
        <translation>أعد تشغيل البوابة لاستخدام المزود الذي اخترته.</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>مرتبط — لا حاجة لرمز QR.</translation>
    </message>
    <message>
        <source>Open: %1 is linked to WhatsApp.</source>
        <translation>متصل: %1 مرتبط بـ WhatsApp.</translation>
    </message>
    <message>
        <source>Waiting for the QR code…</source>
        <translation>في انتظار رمز QR…</translation>
    </message>
    <message>
        <source>Connecting: waiting for a QR code from the provider.</source>
        <translation>جارٍ الاتصال: في انتظار رمز QR من المزود.</translation>
    </message>
    <message>
        <source>Waiting for the scan: the code refreshes by itself.</source>
        <translation>في انتظار المسح: يتجدد الرمز تلقائيًا.</translation>
    </message>
</context>
<context>
    <name>wag::SecretOnceDialog</name>
    <message>
        <source>Secret</source>
        <translation>السر</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the secret to the clipboard</source>
        <translation>نسخ السر إلى الحافظة</translation>
    </message>
    <message>
        <source>This is the only time it is shown. Store it now.</source>
        <translation>هذه هي المرة الوحيدة التي يُعرض فيها. احفظه الآن.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>wag::SettingEditor</name>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation>اختيار ملف %1</translation>
    </message>
    <message>
        <source>Reset to default</source>
        <translation>إعادة إلى الافتراضي</translation>
    </message>
    <message>
        <source>Reset %1 to its default</source>
        <translation>إعادة %1 إلى قيمته الافتراضية</translation>
    </message>
    <message>
        <source>Default: empty</source>
        <translation>الافتراضي: فارغ</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>الافتراضي: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>متغير البيئة %1</translation>
    </message>
    <message>
        <source>the command line (%1)</source>
        <translation>سطر الأوامر (⁦%1⁩)</translation>
    </message>
    <message>
        <source>Set by %1; a value saved here would not take effect. Change it there.</source>
        <translation>محدَّد عبر %1؛ لن تسري قيمة تُحفظ هنا. غيّره من هناك.</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>ملفات PEM (*.pem *.crt *.cer *.key);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>wag::SettingsPage</name>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>Effective settings</source>
        <translation>الإعدادات الفعلية</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>تعمل</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>تعذّر حفظ اللغة: %1</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>مجموعات الإعدادات</translation>
    </message>
    <message>
        <source>Provider &amp;key:</source>
        <translation>مفتاح المزو&amp;د:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Every setting in effect, and where its value comes from. The other tabs edit the common ones; the rest are set on the command line or through WAG_… environment variables, which also win over what is saved here.</source>
        <translation>كل إعداد ساري المفعول ومصدر قيمته. تعدّل التبويبات الأخرى الإعدادات الشائعة، أما البقية فتُضبط من سطر الأوامر أو عبر متغيرات البيئة WAG_…، وهي تتقدّم أيضاً على ما يُحفظ هنا.</translation>
    </message>
</context>
<context>
    <name>wag::SettingsSectionBox</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save: %1</source>
        <translation>حفظ: %1</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>لا شيء للحفظ: لم تتغير أي قيمة.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>لم يُحفظ: صحّح القيمة المُعلَّمة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>حُفظ — يسري عند إعادة تشغيل البوابة.</translation>
    </message>
    <message>
        <source>Saved — in effect now.</source>
        <translation>حُفظ — ساري المفعول الآن.</translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation>لم تتم إعادة الضبط: %1</translation>
    </message>
    <message>
        <source>Back to the default — takes effect when the gateway restarts.</source>
        <translation>أُعيد إلى الافتراضي — يسري عند إعادة تشغيل البوابة.</translation>
    </message>
    <message>
        <source>Back to the default — in effect now.</source>
        <translation>أُعيد إلى الافتراضي — ساري المفعول الآن.</translation>
    </message>
</context>
<context>
    <name>wag::SettingsSections</name>
    <message>
        <source>ms</source>
        <translation>مللي ثانية</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Where the gateway listens and how others reach it.</source>
        <translation>أين تستمع البوابة وكيف يصل إليها الآخرون.</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>عنوان الاستماع</translation>
    </message>
    <message>
        <source>Address and port of the gateway, HOST:PORT. 127.0.0.1 accepts only this computer; 0.0.0.0 every network.</source>
        <translation>عنوان البوابة ومنفذها بصيغة HOST:PORT. العنوان 127.0.0.1 لا يقبل إلا هذا الحاسوب، و0.0.0.0 يقبل كل الشبكات.</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>عنوان URL العام</translation>
    </message>
    <message>
        <source>How the provider and 3CX reach the gateway. Empty: derived from the listen address.</source>
        <translation>كيف يصل المزود و3CX إلى البوابة. إن تُرك فارغاً: يُشتق من عنوان الاستماع.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>شهادة TLS</translation>
    </message>
    <message>
        <source>Path of the PEM certificate (chain) on the gateway&apos;s computer. With its key, the gateway speaks HTTPS.</source>
        <translation>مسار شهادة PEM (أو سلسلة الشهادات) على حاسوب البوابة. مع مفتاحها تعمل البوابة عبر HTTPS.</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>المفتاح الخاص لـ TLS</translation>
    </message>
    <message>
        <source>Path of the unencrypted PEM RSA or EC key of the certificate.</source>
        <translation>مسار مفتاح الشهادة بصيغة PEM، من نوع RSA أو EC، غير مشفّر.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>المزود</translation>
    </message>
    <message>
        <source>Evolution API needs its server&apos;s URL and key (store the key first).</source>
        <translation>يحتاج Evolution API إلى عنوان URL لخادمه ومفتاحه (احفظ المفتاح أولاً).</translation>
    </message>
    <message>
        <source>Demo (built-in simulator)</source>
        <translation>تجريبي (المحاكي المدمج)</translation>
    </message>
    <message>
        <source>Evolution API</source>
        <translation>Evolution API</translation>
    </message>
    <message>
        <source>The engine that connects the gateway&apos;s numbers to WhatsApp.</source>
        <translation>المحرّك الذي يربط أرقام البوابة بـ WhatsApp.</translation>
    </message>
    <message>
        <source>Provider URL</source>
        <translation>عنوان URL للمزود</translation>
    </message>
    <message>
        <source>Base URL of the Evolution API server.</source>
        <translation>عنوان URL الأساسي لخادم Evolution API.</translation>
    </message>
    <message>
        <source>Limits and pacing</source>
        <translation>الحدود وتنظيم الإرسال</translation>
    </message>
    <message>
        <source>How much and how fast each instance may send. An instance&apos;s own limits (its Settings tab) win over these defaults.</source>
        <translation>كم يمكن لكل مثيل أن يرسل وبأي سرعة. تتقدّم الحدود الخاصة بالمثيل (تبويب الإعدادات الخاص به) على هذه القيم الافتراضية.</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>الحد اليومي</translation>
    </message>
    <message>
        <source>Messages per instance per day, unless the instance sets its own.</source>
        <translation>عدد الرسائل لكل مثيل في اليوم، ما لم يحدد المثيل حده الخاص.</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>الحد الشهري</translation>
    </message>
    <message>
        <source>Messages per instance per calendar month.</source>
        <translation>عدد الرسائل لكل مثيل في الشهر التقويمي.</translation>
    </message>
    <message>
        <source>Warm-up: first day</source>
        <translation>الإحماء: اليوم الأول</translation>
    </message>
    <message>
        <source>Messages a newly linked number may send on its first day; doubles each day.</source>
        <translation>عدد الرسائل التي يمكن لرقم مرتبط حديثاً إرسالها في يومه الأول؛ ويتضاعف كل يوم.</translation>
    </message>
    <message>
        <source>Warm-up: days</source>
        <translation>الإحماء: عدد الأيام</translation>
    </message>
    <message>
        <source>Days after linking during which the warm-up cap applies.</source>
        <translation>عدد الأيام بعد الربط التي يسري خلالها سقف الإحماء.</translation>
    </message>
    <message>
        <source>Shortest gap between sends</source>
        <translation>أقصر فاصل بين عمليات الإرسال</translation>
    </message>
    <message>
        <source>Longest gap between sends</source>
        <translation>أطول فاصل بين عمليات الإرسال</translation>
    </message>
    <message>
        <source>Each gap is drawn at random between the shortest and the longest.</source>
        <translation>يُختار كل فاصل عشوائياً بين الأقصر والأطول.</translation>
    </message>
    <message>
        <source>Burst size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <source>Sends after which the instance pauses.</source>
        <translation>عدد عمليات الإرسال التي يتوقف المثيل بعدها مؤقتاً.</translation>
    </message>
    <message>
        <source>Pause after a burst</source>
        <translation>مهلة التوقف بعد الدفعة</translation>
    </message>
    <message>
        <source>Gap per recipient</source>
        <translation>الفاصل لكل مستلم</translation>
    </message>
    <message>
        <source>Shortest gap between two messages to the same number.</source>
        <translation>أقصر فاصل بين رسالتين إلى الرقم نفسه.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>When days and months begin for the limits. Empty: the gateway computer&apos;s.</source>
        <translation>متى تبدأ الأيام والأشهر في حساب الحدود. إن تُرك فارغاً: منطقة حاسوب البوابة.</translation>
    </message>
    <message>
        <source>e.g. Asia/Riyadh</source>
        <translation>مثلاً Asia/Riyadh</translation>
    </message>
    <message>
        <source>Default phone region</source>
        <translation>منطقة الهاتف الافتراضية</translation>
    </message>
    <message>
        <source>Two-letter region for numbers written without a country code. Empty: international numbers only.</source>
        <translation>رمز منطقة من حرفين للأرقام المكتوبة دون رمز الدولة. إن تُرك فارغاً: الأرقام الدولية فقط.</translation>
    </message>
    <message>
        <source>e.g. SA</source>
        <translation>مثلاً SA</translation>
    </message>
    <message>
        <source>Opt-out keywords</source>
        <translation>كلمات الانسحاب</translation>
    </message>
    <message>
        <source>What a contact writes to stop messages, and what the gateway answers.</source>
        <translation>ما تكتبه جهة الاتصال لإيقاف الرسائل، وبماذا ترد البوابة.</translation>
    </message>
    <message>
        <source>One per line. A contact who sends one is suppressed. Empty: the built-in list in six languages (STOP, إيقاف, …).</source>
        <translation>كلمة في كل سطر. من يرسل إحداها يُحظر. إن تُرك فارغاً: القائمة المدمجة بست لغات (إيقاف، STOP، …).</translation>
    </message>
    <message>
        <source>Opt-in keywords</source>
        <translation>كلمات إعادة الاشتراك</translation>
    </message>
    <message>
        <source>One per line. Lifts an opt-out made by keyword. Empty: START, UNSTOP, YES and equivalents.</source>
        <translation>كلمة في كل سطر. تلغي انسحاباً تمّ بكلمة مفتاحية. إن تُرك فارغاً: START وUNSTOP وYES وما يعادلها.</translation>
    </message>
    <message>
        <source>Opt-out confirmation</source>
        <translation>تأكيد الانسحاب</translation>
    </message>
    <message>
        <source>Reply sent to a contact who opted out by keyword. Empty: no reply.</source>
        <translation>الرد المرسل إلى من انسحب بكلمة مفتاحية. إن تُرك فارغاً: لا رد.</translation>
    </message>
    <message>
        <source>e.g. You will not receive further messages from us.</source>
        <translation>مثلاً: لن تصلك منا رسائل أخرى.</translation>
    </message>
</context>
<context>
    <name>wag::StartupFailure</name>
    <message>
        <source>It cannot listen on its address, usually because another program uses it. If the WhatsApp Gateway service runs on this computer, the window cannot run next to it: use the service&apos;s web portal, or stop the service (sudo systemctl disable --now whatsapp-gateway). Otherwise start the window with another address, e.g. whatsapp-gateway --listen 127.0.0.1:8481.</source>
        <translation>لا يمكنها الاستماع على عنوانها، وغالبًا لأن برنامجًا آخر يستخدمه. إذا كانت خدمة WhatsApp Gateway تعمل على هذا الحاسوب، فلا يمكن تشغيل النافذة بجانبها: استخدم بوابة الويب الخاصة بالخدمة، أو أوقف الخدمة (sudo systemctl disable --now whatsapp-gateway). وإلا فشغّل النافذة بعنوان آخر، مثل whatsapp-gateway --listen 127.0.0.1:8481.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway is already running for this data folder. Look for its icon in the system tray.</source>
        <translation>يعمل WhatsApp Gateway بالفعل لمجلد البيانات هذا. ابحث عن أيقونته في علبة النظام.</translation>
    </message>
    <message>
        <source>The reason is below. Nothing was changed.</source>
        <translation>السبب موضّح أدناه. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>WhatsApp Gateway could not start</source>
        <translation>تعذّر بدء WhatsApp Gateway</translation>
    </message>
</context>
<context>
    <name>wag::SuppressionsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>Part of a number or a note</source>
        <translation>جزء من رقم أو ملاحظة</translation>
    </message>
    <message>
        <source>Search suppressed recipients</source>
        <translation>البحث في المستلمين المحظورين</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>ا&amp;ستيراد CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>A header row and a &quot;phone&quot; column (optionally &quot;note&quot;). All rows are checked first: one bad row and nothing changes.</source>
        <translation>صف عناوين وعمود &quot;phone&quot; (و&quot;note&quot; اختيارياً). تُفحص كل الصفوف أولاً: صف واحد خاطئ ولا يتغير شيء.</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>المستلمون المحظورون</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من أضافه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Add &amp;number:</source>
        <translation>إضافة &amp;رقم:</translation>
    </message>
    <message>
        <source>Phone number to suppress</source>
        <translation>رقم الهاتف المراد حظره</translation>
    </message>
    <message>
        <source>Note, e.g. asked by phone</source>
        <translation>ملاحظة، مثلاً طلب ذلك هاتفياً</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Import suppressed recipients</source>
        <translation>استيراد المستلمين المحظورين</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Export suppressed recipients</source>
        <translation>تصدير المستلمين المحظورين</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>No entries</source>
        <translation>لا توجد إدخالات</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 من %3</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>أدخل رقم هاتف، مثلاً ‎+14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 موجود في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>%1 will receive no messages.</source>
        <translation>لن يتلقى %1 أي رسائل.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>إزالة الحظر</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>السماح بالرسائل إلى %1 مجدداً؟ افعل ذلك فقط إن طلبه الشخص.</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>أُزيل %1 من القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1.</source>
        <translation>
            <numerusform>لم يُكتب أي إدخال في %1.</numerusform>
            <numerusform>كُتب إدخال واحد في %1.</numerusform>
            <numerusform>كُتب إدخالان في %1.</numerusform>
            <numerusform>كُتبت %n إدخالات في %1.</numerusform>
            <numerusform>كُتب %n إدخالاً في %1.</numerusform>
            <numerusform>كُتب %n إدخال في %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wag::TestSendPanel</name>
    <message>
        <source>Transactional — orders, invoices, bookings</source>
        <translation>معاملات — طلبات وفواتير وحجوزات</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>تشغيل — إشعارات الخدمة والتذكيرات</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>دعم — الرد على عميل</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>فريق داخلي — رسائل إلى الموظفين</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>مصادقة — رموز لمرة واحدة</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the desktop window, no API key) and it counts against the limits.</source>
        <translation>يرسل رسالة واحدة عبر هذا المثيل كما تفعل واجهة API: يفحصها الحارس، ويسجّلها سجل الرسائل (مُرسلة من نافذة سطح المكتب، بلا مفتاح API)، وتُحتسب ضمن الحدود.</translation>
    </message>
    <message>
        <source>e.g. +14155552671</source>
        <translation>مثلاً ‎+14155552671</translation>
    </message>
    <message>
        <source>Recipient&apos;s phone number</source>
        <translation>رقم هاتف المستلم</translation>
    </message>
    <message>
        <source>International format with +, or digits with the country code.</source>
        <translation>بالصيغة الدولية مع علامة +، أو أرقام تتضمن رمز الدولة.</translation>
    </message>
    <message>
        <source>Purpose of the message</source>
        <translation>غرض الرسالة</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Hello, this is a test from our WhatsApp gateway.</source>
        <translation>مرحباً، هذه رسالة اختبار من بوابة واتساب لدينا.</translation>
    </message>
    <message>
        <source>Rec&amp;ipient:</source>
        <translation>ا&amp;لمستلم:</translation>
    </message>
    <message>
        <source>Purp&amp;ose:</source>
        <translation>الغر&amp;ض:</translation>
    </message>
    <message>
        <source>Message te&amp;xt:</source>
        <translation>محتو&amp;ى الرسالة:</translation>
    </message>
    <message>
        <source>Se&amp;nd test message</source>
        <translation>إ&amp;رسال رسالة اختبار</translation>
    </message>
    <message>
        <source>Send it now through the guard; the answer appears below.</source>
        <translation>أرسلها الآن عبر الحارس؛ يظهر الرد أدناه.</translation>
    </message>
    <message>
        <source>Result of the test send</source>
        <translation>نتيجة الإرسال التجريبي</translation>
    </message>
    <message>
        <source>Test sends need the gateway running.</source>
        <translation>يتطلب الإرسال التجريبي أن تكون البوابة قيد التشغيل.</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>جارٍ الإرسال عبر %1…</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>في الطابور: يحتفظ بها %1 في طابور تنظيم الإرسال ويرسلها قريباً (الرسالة %2، إدخال السجل %3). يُظهر سجل الرسائل وقت خروجها.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>أُرسلت: قبلها المزود (الرسالة %1، إدخال السجل %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>لم تُرسل (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>مرفوضة (%1): %2</translation>
    </message>
</context>
<context>
    <name>wag::UsageWording</name>
    <message>
        <source>%1 (gateway default)</source>
        <translation>%1 (افتراضي البوابة)</translation>
    </message>
    <message>
        <source>%1 a day, %2 a month</source>
        <translation>%1 يومياً، %2 شهرياً</translation>
    </message>
    <message>
        <source>unknown (the message log could not be read)</source>
        <translation>غير معروف (تعذّرت قراءة سجل الرسائل)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>%1 (today&apos;s warm-up cap; the daily limit is %2)</source>
        <translation>%1 (سقف الإحماء لليوم؛ الحد اليومي %2)</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>starts when a phone is linked; until then at most %1 messages a day</source>
        <translation>يبدأ عند ربط هاتف؛ وحتى ذلك الحين الحد الأقصى %1 رسالة يومياً</translation>
    </message>
    <message>
        <source>day %1 of %2: at most %3 messages today, doubling each day up to the daily limit</source>
        <translation>اليوم %1 من %2: الحد الأقصى اليوم %3 رسالة، ويتضاعف كل يوم حتى الحد اليومي</translation>
    </message>
    <message numerus="yes">
        <source>done (linked %n day(s) ago)</source>
        <translation>
            <numerusform>انتهى (رُبط اليوم)</numerusform>
            <numerusform>انتهى (رُبط قبل يوم واحد)</numerusform>
            <numerusform>انتهى (رُبط قبل يومين)</numerusform>
            <numerusform>انتهى (رُبط قبل %n أيام)</numerusform>
            <numerusform>انتهى (رُبط قبل %n يوماً)</numerusform>
            <numerusform>انتهى (رُبط قبل %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>This month&apos;s limit is reached: sends through this instance are refused (monthly_limit_reached) until %1.</source>
        <translation>بُلغ الحد الشهري: يُرفض الإرسال عبر هذا المثيل (monthly_limit_reached) حتى %1.</translation>
    </message>
    <message>
        <source>Today&apos;s warm-up cap is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>بُلغ سقف الإحماء لهذا اليوم: يُرفض الإرسال عبر هذا المثيل (daily_limit_reached) حتى %1.</translation>
    </message>
    <message>
        <source>Today&apos;s limit is reached: sends through this instance are refused (daily_limit_reached) until %1.</source>
        <translation>بُلغ الحد اليومي: يُرفض الإرسال عبر هذا المثيل (daily_limit_reached) حتى %1.</translation>
    </message>
</context>
<context>
    <name>wag::UserPage</name>
    <message>
        <source>First administrator</source>
        <translation>أول مسؤول</translation>
    </message>
    <message>
        <source>This person signs in to the window and the portal and can add other users later.</source>
        <translation>يسجّل هذا الشخص الدخول إلى النافذة والبوابة الإلكترونية، ويمكنه إضافة مستخدمين آخرين لاحقًا.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>مثال: admin</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>%1 أحرف على الأقل</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>كلمة المرور م&amp;رة أخرى:</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Names are 2 to 40 characters: letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>الأسماء من 2 إلى 40 حرفًا: أحرف وأرقام و&apos;.&apos; و&apos;-&apos; و&apos;_&apos;، وتبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>تحتاج كلمة المرور إلى %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>يوجد مستخدم باسم %1 بالفعل.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ا&amp;سم المستخدم:</translation>
    </message>
</context>
<context>
    <name>wag::UsersPanel</name>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Make &amp;administrator</source>
        <translation>جعله &amp;مسؤولاً</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>Name of the new user</source>
        <translation>اسم المستخدم الجديد</translation>
    </message>
    <message>
        <source>e.g. fatima</source>
        <translation>مثلاً fatima</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ا&amp;لاسم:</translation>
    </message>
    <message>
        <source>Role of the new user</source>
        <translation>دور المستخدم الجديد</translation>
    </message>
    <message>
        <source>Operator — instances, logs, suppressions, test sends</source>
        <translation>مشغّل — المثيلات والسجلات والحظر والإرسال التجريبي</translation>
    </message>
    <message>
        <source>Administrator — everything, also keys, users and settings</source>
        <translation>مسؤول — كل شيء، بما في ذلك المفاتيح والمستخدمون والإعدادات</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>Password of the new user</source>
        <translation>كلمة مرور المستخدم الجديد</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>كلمة المرو&amp;ر:</translation>
    </message>
    <message>
        <source>Password of the new user, again</source>
        <translation>كلمة مرور المستخدم الجديد مرة أخرى</translation>
    </message>
    <message>
        <source>Password aga&amp;in:</source>
        <translation>كلمة المرور مرة أ&amp;خرى:</translation>
    </message>
    <message>
        <source>Add &amp;user</source>
        <translation>إ&amp;ضافة مستخدم</translation>
    </message>
    <message>
        <source>Disabled since %1</source>
        <translation>معطّل منذ %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>Make &amp;operator</source>
        <translation>جعله &amp;مشغّلاً</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;تفعيل</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>أُضيف %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is now an administrator.</source>
        <translation>أصبح %1 مسؤولاً.</translation>
    </message>
    <message>
        <source>%1 is now an operator.</source>
        <translation>أصبح %1 مشغّلاً.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>لم يعد بإمكان %1 تسجيل الدخول.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>يمكن لـ %1 تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>عُيّنت كلمة مرور جديدة لـ %1.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>إزالة المستخدم</translation>
    </message>
    <message>
        <source>Remove the user %1? They can no longer sign in; this cannot be undone.</source>
        <translation>إزالة المستخدم %1؟ لن يتمكن من تسجيل الدخول بعد ذلك، ولا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>أُزيل %1.</translation>
    </message>
    <message>
        <source>Last portal sign-in</source>
        <translation>آخر تسجيل دخول إلى البوابة</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
</context>
<context>
    <name>wag::WebhookDestinationDialog</name>
    <message>
        <source>Add webhook destination</source>
        <translation>إضافة وجهة Webhook</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>رابط الوجهة</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>ال&amp;رابط:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>مُوصى به</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>اختر حدثاً واحداً على الأقل.</translation>
    </message>
</context>
<context>
    <name>wag::WebhooksPage</name>
    <message>
        <source>&amp;Instance:</source>
        <translation>الم&amp;ثيل:</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>الوجهات</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Webhook destinations</source>
        <translation>وجهات Webhook</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>R&amp;otate secret</source>
        <translation>&amp;تدوير السر</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>إ&amp;زالة…</translation>
    </message>
    <message>
        <source>Send &amp;test event</source>
        <translation>إرسال حدث ا&amp;ختبار</translation>
    </message>
    <message>
        <source>Delivery log of the selected destination</source>
        <translation>سجل التسليم للوجهة المحددة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>المحاولة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>سجل التسليم</translation>
    </message>
    <message>
        <source>&amp;Redeliver selected event</source>
        <translation>إعادة &amp;تسليم الحدث المحدد</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>ت&amp;فعيل</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>سر التوقيع</translation>
    </message>
    <message>
        <source>The destination was added. Receivers verify each delivery with this signing secret:</source>
        <translation>أُضيفت الوجهة. يتحقق المستقبِلون من كل تسليم بسر التوقيع هذا:</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>تدوير السر</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>إنشاء سر توقيع جديد؟ يستمر السر الحالي في التوقيع 24 ساعة ليتمكن المستقبِل من التحول.</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>سر توقيع جديد</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours):</source>
        <translation>سر التوقيع الجديد (يستمر السابق في التوقيع 24 ساعة):</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>إزالة الوجهة</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>إزالة هذه الوجهة مع سجل تسليمها؟ ستُلغى عمليات التسليم المعلّقة إليها.</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>وُضع حدث الاختبار %1 في الطابور؛ تظهر محاولاته في سجل التسليم.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>سيُسلَّم الحدث %1 مجدداً الآن.</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>عطّلت البوابة وجهة Webhook %1 (%2). افحص المستقبِل ثم فعّلها من جديد.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiKeysController</name>
    <message>
        <source>No API keys yet. Create the first one below.</source>
        <translation>لا توجد مفاتيح API بعد. أنشئ أول مفتاح أدناه.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>all instances</source>
        <translation>كل المثيلات</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>البادئة</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>المثيلات</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>آخر استخدام</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>There are no instances yet.</source>
        <translation>لا توجد مثيلات بعد.</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>مفتاح API جديد</translation>
    </message>
    <message>
        <source>A name that says who uses the key, e.g. &quot;crm&quot;.</source>
        <translation>اسم يبيّن من يستخدم المفتاح، مثلاً &quot;crm&quot;.</translation>
    </message>
    <message>
        <source>Instances the key may send through</source>
        <translation>المثيلات التي يمكن للمفتاح الإرسال عبرها</translation>
    </message>
    <message>
        <source>None ticked: the key may use every instance.</source>
        <translation>إن لم تحدد شيئاً: يمكن للمفتاح استخدام كل المثيلات.</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>إنشاء المفتاح</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>مفاتيح API</translation>
    </message>
    <message>
        <source>Give the key a name that says who uses it, e.g. &quot;crm&quot;.</source>
        <translation>أعطِ المفتاح اسماً يدل على من يستخدمه، مثلاً &quot;crm&quot;.</translation>
    </message>
    <message>
        <source>The key for &quot;%1&quot;. Integrations send it as &quot;Authorization: Bearer &lt;key&gt;&quot;:</source>
        <translation>مفتاح &quot;%1&quot;. ترسله التكاملات بصيغة &quot;Authorization: Bearer &lt;key&gt;&quot;:</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>مفتاح API الجديد</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>انسخه الآن: لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>The gateway keeps only a hash of it. If it is lost, revoke it and create a new one.</source>
        <translation>لا تحتفظ البوابة إلا ببصمة منه. إن فُقد، ألغِه وأنشئ مفتاحاً جديداً.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>إلغاء مفتاح API</translation>
    </message>
    <message>
        <source>Revoke the key &quot;%1&quot; (%2…)? Whatever uses it is refused from the next request on.</source>
        <translation>إلغاء المفتاح &quot;%1&quot; (%2…)؟ سيُرفض كل ما يستخدمه بدءاً من الطلب التالي.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إلغاء المفتاح</translation>
    </message>
</context>
<context>
    <name>wag::portal::ApiReferenceController</name>
    <message>
        <source>API reference</source>
        <translation>مرجع API</translation>
    </message>
    <message>
        <source>The API document is not built into this gateway.</source>
        <translation>وثيقة الواجهة البرمجية غير مضمّنة في هذه البوابة.</translation>
    </message>
    <message>
        <source>Download the OpenAPI document (JSON)</source>
        <translation>تنزيل وثيقة OpenAPI ‏(JSON)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <source>Webhook events</source>
        <translation>أحداث Webhook</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>In</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>المعنى</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>جسم الطلب</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>الردود</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>الجسم</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
</context>
<context>
    <name>wag::portal::InboundLogsController</name>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (في %2)</translation>
    </message>
    <message>
        <source>The phone filter takes any part of the number.</source>
        <translation>يقبل مرشّح الهاتف أي جزء من الرقم.</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>سجل الوارد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>المثيل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Opt-out keyword</source>
        <translation>كلمة الانسحاب</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>لا توجد رسالة تطابق المرشّح.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>لا توجد رسائل أقدم.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceConnectionView</name>
    <message>
        <source>Connected: the phone is linked and messages go out.</source>
        <translation>متصل: الهاتف مرتبط والرسائل تُرسل.</translation>
    </message>
    <message>
        <source>Waiting for the phone: open WhatsApp, Linked devices, Link a device, and scan the code.</source>
        <translation>بانتظار الهاتف: افتح واتساب، ثم الأجهزة المرتبطة، ثم ربط جهاز، وامسح الرمز.</translation>
    </message>
    <message>
        <source>Reconnecting to the linked phone…</source>
        <translation>جارٍ إعادة الاتصال بالهاتف المرتبط…</translation>
    </message>
    <message>
        <source>Not connected. Press Connect to link a phone.</source>
        <translation>غير متصل. اضغط اتصال لربط هاتف.</translation>
    </message>
    <message>
        <source>(Demo: the built-in simulator, no real WhatsApp account.)</source>
        <translation>(تجريبي: المحاكي المدمج، بلا حساب واتساب حقيقي.)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>yes — %1</source>
        <translation>نعم — %1</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>الهاتف المرتبط</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>موقوف مؤقتاً</translation>
    </message>
    <message>
        <source>Last reason given by the provider</source>
        <translation>آخر سبب ذكره المزوّد</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Linked — no QR code needed.</source>
        <translation>مرتبط — لا حاجة إلى رمز QR.</translation>
    </message>
    <message>
        <source>No QR code: the instance is not connecting.</source>
        <translation>لا يوجد رمز QR: المثيل لا يحاول الاتصال.</translation>
    </message>
    <message>
        <source>No QR code yet.</source>
        <translation>لا يوجد رمز QR بعد.</translation>
    </message>
    <message>
        <source>QR code to link the phone</source>
        <translation>رمز QR لربط الهاتف</translation>
    </message>
    <message>
        <source>Scan with WhatsApp on the phone: Linked devices, Link a device. The code changes from time to time; this page shows the current one.</source>
        <translation>امسح الرمز بتطبيق واتساب على الهاتف: الأجهزة المرتبطة، ربط جهاز. يتغيّر الرمز من حين لآخر، وتعرض هذه الصفحة الرمز الحالي.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceManageController</name>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>إرسال تجريبي</translation>
    </message>
    <message>
        <source>Limits and pause</source>
        <translation>الحدود والإيقاف المؤقت</translation>
    </message>
    <message>
        <source>Instance pages</source>
        <translation>صفحات المثيل</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Why (kept with the pause, for the team)</source>
        <translation>السبب (يُحفظ مع الإيقاف المؤقت ليراه الفريق)</translation>
    </message>
    <message>
        <source>paused from the portal</source>
        <translation>أُوقف مؤقتًا من البوابة</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>إعادة التشغيل</translation>
    </message>
    <message>
        <source>Log out…</source>
        <translation>تسجيل الخروج…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Only administrators change an instance&apos;s limits.</source>
        <translation>لا يغيّر حدود المثيل إلا المسؤولون.</translation>
    </message>
    <message>
        <source>Instance %1</source>
        <translation>المثيل %1</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>المثيلات</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>الصفحة غير موجودة</translation>
    </message>
    <message>
        <source>Instances have no &quot;%1&quot; tab in this version of the portal.</source>
        <translation>لا توجد لصفحة المثيل علامة تبويب &quot;%1&quot; في هذا الإصدار من البوابة.</translation>
    </message>
    <message>
        <source>Back to the instances</source>
        <translation>العودة إلى المثيلات</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (بواسطة %2)</translation>
    </message>
    <message>
        <source>Log out &quot;%1&quot;? The phone is unlinked; linking it again needs a new scan.</source>
        <translation>تسجيل خروج &quot;%1&quot;؟ سيُفصل الهاتف، وإعادة ربطه تحتاج إلى مسح جديد.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;? The phone is unlinked and API keys lose this instance from their scope. This cannot be undone.</source>
        <translation>حذف &quot;%1&quot;؟ سيُفك ربط الهاتف وتفقد مفاتيح API هذا المثيل من نطاقها. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete instance</source>
        <translation>حذف المثيل</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;.</source>
        <translation>لا يوجد إعداد مسبق باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; ليس عددًا صحيحًا.</translation>
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
        <translation>معاملات — طلبات وفواتير وحجوزات</translation>
    </message>
    <message>
        <source>Operational — service notices, reminders</source>
        <translation>تشغيل — إشعارات الخدمة والتذكيرات</translation>
    </message>
    <message>
        <source>Support — answering a customer</source>
        <translation>دعم — الرد على عميل</translation>
    </message>
    <message>
        <source>Internal team — messages to staff</source>
        <translation>فريق داخلي — رسائل إلى الموظفين</translation>
    </message>
    <message>
        <source>Authentication — one-time codes</source>
        <translation>مصادقة — رموز لمرة واحدة</translation>
    </message>
    <message>
        <source>Sends one message through this instance the way the API does: the guard checks it, the message log records it (sent from the portal, no API key) and it counts against the limits.</source>
        <translation>يرسل رسالة واحدة عبر هذا المثيل كما تفعل الواجهة البرمجية: يفحصها الحارس، ويسجّلها سجل الرسائل (مرسلة من البوابة، دون مفتاح API)، وتُحتسب ضمن الحدود.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>إرسال رسالة تجريبية</translation>
    </message>
    <message>
        <source>Queued: %1 holds it in its pacing queue and sends it shortly (message %2, log entry %3). The message log shows when it goes out.</source>
        <translation>في الطابور: يحتفظ بها %1 في طابور تنظيم الإرسال ويرسلها قريباً (الرسالة %2، إدخال السجل %3). يُظهر سجل الرسائل وقت خروجها.</translation>
    </message>
    <message>
        <source>Sent: the provider accepted it (message %1, log entry %2).</source>
        <translation>أُرسلت: قبلها المزود (الرسالة %1، إدخال السجل %2).</translation>
    </message>
    <message>
        <source>Not sent (%1): %2</source>
        <translation>لم تُرسل (%1): %2</translation>
    </message>
    <message>
        <source>Refused (%1): %2</source>
        <translation>مرفوضة (%1): %2</translation>
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
        <translation>المرسل اليوم</translation>
    </message>
    <message>
        <source>Sent this month</source>
        <translation>المرسل هذا الشهر</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>الإحماء</translation>
    </message>
    <message>
        <source>Today&apos;s count starts again</source>
        <translation>يبدأ عدّ اليوم من جديد</translation>
    </message>
    <message>
        <source>This month&apos;s count starts again</source>
        <translation>يبدأ عدّ الشهر من جديد</translation>
    </message>
    <message>
        <source>Limits and usage</source>
        <translation>الحدود والاستخدام</translation>
    </message>
    <message>
        <source>Counted the way the guard counts: every send it accepted (sent, queued or failed later at the provider). Refused attempts do not count.</source>
        <translation>يُحسب كما يحسب الحارس: كل إرسال قبله (أُرسل، أو في الطابور، أو فشل لاحقاً لدى المزود). المحاولات المرفوضة لا تُحسب.</translation>
    </message>
    <message>
        <source>none — use the numbers below</source>
        <translation>لا شيء — استخدم الأرقام أدناه</translation>
    </message>
    <message>
        <source>%1: %2 a day, %3 a month</source>
        <translation>%1: %2 يوميًا، %3 شهريًا</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>إعداد مسبق</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>الرسائل في اليوم</translation>
    </message>
    <message>
        <source>Messages per calendar month</source>
        <translation>الرسائل في الشهر التقويمي</translation>
    </message>
    <message>
        <source>Leave a field empty for the gateway&apos;s default. A preset sets both numbers.</source>
        <translation>اترك الحقل فارغًا لاستخدام القيمة الافتراضية للبوابة. الإعداد المسبق يضبط الرقمين معًا.</translation>
    </message>
    <message>
        <source>Change limits</source>
        <translation>تغيير الحدود</translation>
    </message>
    <message>
        <source>Save limits</source>
        <translation>حفظ الحدود</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceWebhooksController</name>
    <message>
        <source>Destinations</source>
        <translation>الوجهات</translation>
    </message>
    <message>
        <source>Add webhook destination</source>
        <translation>إضافة وجهة Webhook</translation>
    </message>
    <message>
        <source>Add destination</source>
        <translation>إضافة وجهة</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Send test event</source>
        <translation>إرسال حدث اختبار</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>تدوير السر…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>All webhook destinations</source>
        <translation>كل وجهات Webhook</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>Change URL or events</source>
        <translation>تغيير URL أو الأحداث</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>سجل التسليم</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>اختر حدثاً واحداً على الأقل.</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>سر التوقيع</translation>
    </message>
    <message>
        <source>The destination %1 was added. Receivers verify each delivery with this signing secret:</source>
        <translation>أُضيفت الوجهة %1. يتحقق المستقبِل من كل تسليم بسر التوقيع هذا:</translation>
    </message>
    <message>
        <source>Make a new signing secret? The current one keeps signing for 24 hours, so the receiver can switch over.</source>
        <translation>إنشاء سر توقيع جديد؟ يستمر السر الحالي في التوقيع 24 ساعة ليتمكن المستقبِل من التحول.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>تدوير السر</translation>
    </message>
    <message>
        <source>New signing secret</source>
        <translation>سر توقيع جديد</translation>
    </message>
    <message>
        <source>The new signing secret (the previous one keeps signing for 24 hours; until then both sign every delivery):</source>
        <translation>سر التوقيع الجديد (يستمر السر السابق في التوقيع لمدة 24 ساعة، وحتى ذلك الحين يوقّع كلاهما كل تسليم):</translation>
    </message>
    <message>
        <source>Remove this destination with its delivery log? Pending deliveries to it are dropped.</source>
        <translation>إزالة هذه الوجهة مع سجل تسليمها؟ ستُلغى عمليات التسليم المعلّقة إليها.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>إزالة الوجهة</translation>
    </message>
    <message>
        <source>Test event %1 queued; its attempts appear in the delivery log.</source>
        <translation>وُضع حدث الاختبار %1 في الطابور؛ تظهر محاولاته في سجل التسليم.</translation>
    </message>
    <message>
        <source>Choose an event of the delivery log to redeliver.</source>
        <translation>اختر حدثًا من سجل التسليم لإعادة تسليمه.</translation>
    </message>
    <message>
        <source>Event %1 will be delivered again now.</source>
        <translation>سيُسلَّم الحدث %1 مجدداً الآن.</translation>
    </message>
    <message>
        <source>Give both times as year-month-day hours:minutes, e.g. 2026-01-31 08:00 (UTC).</source>
        <translation>اكتب الوقتين بالصيغة سنة-شهر-يوم ساعات:دقائق، مثل 2026-01-31 08:00 (UTC).</translation>
    </message>
    <message>
        <source>Events from %1 to %2 will go out again now; deliveries pending for them: %3.</source>
        <translation>ستُرسل الأحداث من %1 إلى %2 مرة أخرى الآن؛ عمليات التسليم المعلّقة لها: %3.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstanceWebhooksView</name>
    <message>
        <source>no answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>سُلِّم</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>فشل: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>disabled: the receiver answered 410 Gone</source>
        <translation>معطّل: أجاب المستقبِل 410 Gone</translation>
    </message>
    <message>
        <source>disabled: failing for 5 days</source>
        <translation>معطّل: يفشل منذ 5 أيام</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>The gateway disabled the webhook destination %1 (%2). Check the receiver, then enable it again.</source>
        <translation>عطّلت البوابة وجهة Webhook %1 (%2). افحص المستقبِل ثم فعّلها من جديد.</translation>
    </message>
    <message>
        <source>No webhook destinations yet. Add the first one below.</source>
        <translation>لا توجد وجهات Webhook بعد. أضف الأولى أدناه.</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2، %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>آخر محاولة</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>مُوصى به</translation>
    </message>
    <message>
        <source>Destination URL</source>
        <translation>رابط الوجهة</translation>
    </message>
    <message>
        <source>http or https. Loopback, link-local and cloud-metadata addresses are refused; plain http only to the LAN.</source>
        <translation>http أو https. تُرفض عناوين الاسترجاع (loopback) والعناوين المحلية للرابط وعناوين بيانات السحابة الوصفية؛ ولا يُسمح بـ http العادي إلا داخل الشبكة المحلية.</translation>
    </message>
    <message>
        <source>The signing secret</source>
        <translation>سر التوقيع</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>انسخه الآن: لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>The gateway keeps it encrypted and never shows it again. If it is lost, rotate the secret.</source>
        <translation>تحتفظ به البوابة مشفّرًا ولا تعرضه مرة أخرى أبدًا. إذا فُقد، فقم بتدوير السر.</translation>
    </message>
    <message>
        <source>Previous secret</source>
        <translation>السر السابق</translation>
    </message>
    <message>
        <source>still signs until %1</source>
        <translation>يظل يوقّع حتى %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <source>No delivery attempts yet.</source>
        <translation>لا توجد محاولات تسليم بعد.</translation>
    </message>
    <message>
        <source>Redeliver</source>
        <translation>إعادة التسليم</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>المحاولة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>زمن الاستجابة</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Redeliver a time range</source>
        <translation>إعادة تسليم فترة زمنية</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>من (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>إلى (UTC)</translation>
    </message>
    <message>
        <source>Redeliver range</source>
        <translation>إعادة تسليم الفترة</translation>
    </message>
    <message>
        <source>Every event of this instance that occurred from the first time up to (not including) the second goes again to the destinations that subscribe to it.</source>
        <translation>كل حدث لهذا المثيل وقع من الوقت الأول حتى الوقت الثاني (دون احتسابه) يُرسل مرة أخرى إلى الوجهات المشتركة فيه.</translation>
    </message>
</context>
<context>
    <name>wag::portal::InstancesController</name>
    <message>
        <source>open</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>جارٍ الاتصال</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>No instances yet. Create the first one below.</source>
        <translation>لا توجد مثيلات بعد. أنشئ أول مثيل أدناه.</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>موقوف مؤقتاً</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>تجريبي</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>غير مرتبط</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Linked phone</source>
        <translation>الهاتف المرتبط</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>مثيل جديد</translation>
    </message>
    <message>
        <source>3 to 40 characters: lower-case letters, digits and hyphens, starting with a letter or digit.</source>
        <translation>من 3 إلى 40 حرفاً: أحرف لاتينية صغيرة وأرقام وشرطات، تبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>المثيلات</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>إدارة</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>The instance &quot;%1&quot; was deleted.</source>
        <translation>تم حذف المثيل &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>wag::portal::LogFilter</name>
    <message>
        <source>There is no instance &quot;%1&quot;.</source>
        <translation>لا يوجد مثيل باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the first day as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>&quot;%1&quot; ليس تاريخًا. اكتب اليوم الأول بالصيغة YYYY-MM-DD، مثل 2026-03-01.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write the last day as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>&quot;%1&quot; ليس تاريخًا. اكتب اليوم الأخير بالصيغة YYYY-MM-DD، مثل 2026-03-31.</translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation>اليوم الأول (%1) يقع بعد اليوم الأخير (%2).</translation>
    </message>
    <message>
        <source>The page link is damaged (&quot;%1&quot; is no row number). Start again from the newest rows.</source>
        <translation>رابط الصفحة تالف (&quot;%1&quot; ليس رقم صف). ابدأ من جديد من أحدث الصفوف.</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>كل المثيلات</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>المثيل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Days are the gateway&apos;s days (time zone %1); both days are included.</source>
        <translation>الأيام هي أيام البوابة (المنطقة الزمنية %1)، ويُحتسب اليومان كلاهما.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>الأقدم</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
</context>
<context>
    <name>wag::portal::MessageLogsController</name>
    <message>
        <source>The phone filter takes the whole number, e.g. +14155552671.</source>
        <translation>يحتاج مرشّح الهاتف إلى الرقم كاملًا، مثل ‎+14155552671.</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>سجل الرسائل</translation>
    </message>
    <message>
        <source>No message matches the filter.</source>
        <translation>لا توجد رسالة تطابق المرشّح.</translation>
    </message>
    <message>
        <source>No older messages.</source>
        <translation>لا توجد رسائل أقدم.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>المثيل</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
</context>
<context>
    <name>wag::portal::PageShell</name>
    <message>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>مشغّل</translation>
    </message>
    <message>
        <source>Portal pages</source>
        <translation>صفحات البوابة الإلكترونية</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>مسجّل الدخول باسم %1 (%2)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Independent software, not affiliated with WhatsApp, Meta or 3CX.</source>
        <translation>برنامج مستقل، لا يتبع واتساب ولا Meta ولا 3CX.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء الأمر</translation>
    </message>
</context>
<context>
    <name>wag::portal::PolicyEventsController</name>
    <message>
        <source>no reason given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Paused instances</source>
        <translation>المثيلات الموقوفة مؤقتاً</translation>
    </message>
    <message>
        <source>No instance is paused.</source>
        <translation>لا يوجد مثيل موقوف مؤقتاً.</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>المثيل</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>A paused instance accepts no sends. Resume it once the reason is dealt with.</source>
        <translation>المثيل الموقوف مؤقتًا لا يقبل أي إرسال. استأنفه بعد معالجة السبب.</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>أحداث السياسة</translation>
    </message>
    <message>
        <source>Decisions of the guard</source>
        <translation>قرارات الحارس</translation>
    </message>
    <message>
        <source>No decision matches the filter.</source>
        <translation>لا يوجد قرار يطابق المرشّح.</translation>
    </message>
    <message>
        <source>No older decisions.</source>
        <translation>لا توجد قرارات أقدم.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>المخاطرة</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>There is no instance &quot;%1&quot; (any more).</source>
        <translation>لا يوجد مثيل باسم &quot;%1&quot; (لم يعد موجودًا).</translation>
    </message>
</context>
<context>
    <name>wag::portal::PolicyPagesController</name>
    <message>
        <source>This gateway sends WhatsApp messages on behalf of the business that runs it. It is built for responsible messaging only: messages people expect, from a business they deal with. These rules apply to everyone who sends through it — staff in the desktop window or this portal, and every system that uses its API.</source>
        <translation>ترسل هذه البوابة رسائل WhatsApp نيابةً عن الشركة التي تشغّلها. وهي مصمَّمة للمراسلة المسؤولة فقط: رسائل يتوقعها الناس، من شركة يتعاملون معها. تسري هذه القواعد على كل من يرسل عبرها — الموظفين في نافذة سطح المكتب أو في هذه البوابة الإلكترونية، وكل نظام يستخدم واجهة API الخاصة بها.</translation>
    </message>
    <message>
        <source>What it may be used for</source>
        <translation>ما يجوز استخدامها فيه</translation>
    </message>
    <message>
        <source>Every message names its purpose. The gateway accepts these purposes only:</source>
        <translation>تذكر كل رسالة غرضها. لا تقبل البوابة إلا هذه الأغراض:</translation>
    </message>
    <message>
        <source>transactional — orders, invoices, bookings, deliveries, payments</source>
        <translation>transactional — الطلبات والفواتير والحجوزات والتوصيلات والمدفوعات</translation>
    </message>
    <message>
        <source>operational — service notices, appointment reminders, account changes</source>
        <translation>operational — إشعارات الخدمة وتذكيرات المواعيد وتغييرات الحساب</translation>
    </message>
    <message>
        <source>support — answers to questions and requests the contact raised</source>
        <translation>support — الرد على أسئلة جهة الاتصال وطلباتها</translation>
    </message>
    <message>
        <source>internal_team — messages among the business&apos;s own staff</source>
        <translation>internal_team — رسائل بين موظفي الشركة أنفسهم</translation>
    </message>
    <message>
        <source>authentication — one-time codes and sign-in confirmations</source>
        <translation>authentication — رموز لمرة واحدة وتأكيدات تسجيل الدخول</translation>
    </message>
    <message>
        <source>What it may not be used for</source>
        <translation>ما لا يجوز استخدامها فيه</translation>
    </message>
    <message>
        <source>Marketing, promotions and advertising, including &quot;special offers&quot; to existing customers.</source>
        <translation>التسويق والعروض الترويجية والإعلانات، بما في ذلك &quot;العروض الخاصة&quot; للعملاء الحاليين.</translation>
    </message>
    <message>
        <source>Cold outreach: writing to people who never asked to hear from the business.</source>
        <translation>التواصل البارد: مراسلة أشخاص لم يطلبوا قط أن تتواصل معهم الشركة.</translation>
    </message>
    <message>
        <source>Bulk campaigns and broadcasts of one text to long lists of numbers.</source>
        <translation>الحملات الجماعية وبثّ نص واحد إلى قوائم طويلة من الأرقام.</translation>
    </message>
    <message>
        <source>Political messages and campaigning.</source>
        <translation>الرسائل السياسية والحملات الانتخابية.</translation>
    </message>
    <message>
        <source>Messages to people who opted out or were suppressed, and numbers bought, scraped or guessed.</source>
        <translation>الرسائل إلى أشخاص انسحبوا أو حُظروا، وإلى أرقام مشتراة أو مجمَّعة آلياً أو مخمَّنة.</translation>
    </message>
    <message>
        <source>Harassment, deception, phishing, or anything unlawful where the business or the contact is.</source>
        <translation>المضايقة أو الخداع أو التصيّد الاحتيالي أو أي أمر مخالف للقانون حيث توجد الشركة أو جهة الاتصال.</translation>
    </message>
    <message>
        <source>The gateway refuses these purposes by name, and any purpose it does not know:</source>
        <translation>ترفض البوابة هذه الأغراض بالاسم، وأي غرض لا تعرفه:</translation>
    </message>
    <message>
        <source>What the gateway does about it</source>
        <translation>ما تفعله البوابة حيال ذلك</translation>
    </message>
    <message>
        <source>Rules are enforced on every send, not only written down. A refused send is not delivered; the caller gets the reason, and the decision is kept in the policy log for the gateway&apos;s admins. The checks are described in detail on the responsible messaging page.</source>
        <translation>تُطبَّق القواعد على كل إرسال، ولا تبقى حبراً على ورق. لا يُسلَّم الإرسال المرفوض؛ ويتلقى المُرسِل السبب، ويُحفظ القرار في سجل السياسة لمسؤولي البوابة. تُشرح عمليات الفحص بالتفصيل في صفحة المراسلة المسؤولة.</translation>
    </message>
    <message>
        <source>Contacts who write an opt-out keyword such as STOP are suppressed at once; sends to them are refused.</source>
        <translation>جهات الاتصال التي تكتب كلمة انسحاب مثل STOP تُحظر فوراً؛ ويُرفض الإرسال إليها.</translation>
    </message>
    <message>
        <source>Each number has daily and monthly limits (by default %1 a day and %2 a month), and a newly linked number starts lower.</source>
        <translation>لكل رقم حدود يومية وشهرية (افتراضياً %1 في اليوم و%2 في الشهر)، ويبدأ الرقم المرتبط حديثاً بحد أدنى.</translation>
    </message>
    <message>
        <source>Sends are paced, and a risk score slows or blocks sending that looks like spam.</source>
        <translation>يخضع الإرسال لتنظيم الوتيرة، وتُبطئ درجة المخاطرة الإرسالَ الذي يبدو كرسائل مزعجة أو تمنعه.</translation>
    </message>
    <message>
        <source>A sudden rise in opt-outs pauses the number until an admin has looked at it.</source>
        <translation>يؤدي الارتفاع المفاجئ في حالات الانسحاب إلى إيقاف الرقم مؤقتاً إلى أن يراجعه أحد المسؤولين.</translation>
    </message>
    <message>
        <source>What the business running the gateway must do</source>
        <translation>ما يجب على الشركة المشغِّلة للبوابة فعله</translation>
    </message>
    <message>
        <source>Message only people who gave their number for this purpose, and keep a record of it.</source>
        <translation>راسل فقط الأشخاص الذين قدّموا رقمهم لهذا الغرض، واحتفظ بسجل لذلك.</translation>
    </message>
    <message>
        <source>Say who is writing, and keep messages relevant to why the contact is hearing from you.</source>
        <translation>اذكر من يكتب، واجعل الرسائل متصلة بسبب تواصلك مع جهة الاتصال.</translation>
    </message>
    <message>
        <source>Honour every opt-out, however it reaches you (a keyword, a reply, a call, an email): add the number to the suppressed recipients.</source>
        <translation>احترم كل طلب انسحاب أياً كانت طريقة وصوله إليك (كلمة مفتاحية، أو رد، أو مكالمة، أو بريد إلكتروني): أضف الرقم إلى المستلمين المحظورين.</translation>
    </message>
    <message>
        <source>Choose the purpose of each message truthfully; a wrong purpose to get past the rules is misuse.</source>
        <translation>اختر غرض كل رسالة بصدق؛ فاختيار غرض خاطئ لتجاوز القواعد إساءة استخدام.</translation>
    </message>
    <message>
        <source>Review paused numbers and policy events before resuming, and fix the cause.</source>
        <translation>راجع الأرقام الموقوفة مؤقتاً وأحداث السياسة قبل الاستئناف، وعالج السبب.</translation>
    </message>
    <message>
        <source>Follow WhatsApp&apos;s own terms and policies and the law on electronic messages and personal data.</source>
        <translation>التزم بشروط WhatsApp وسياساته، وبالقانون المتعلق بالرسائل الإلكترونية والبيانات الشخصية.</translation>
    </message>
    <message>
        <source>This software is independent and not affiliated with WhatsApp, Meta or 3CX. WhatsApp may restrict numbers that break its policies whatever this gateway allows.</source>
        <translation>هذا البرنامج مستقل ولا يتبع WhatsApp ولا Meta ولا 3CX. قد يقيّد WhatsApp الأرقام التي تخالف سياساته مهما سمحت به هذه البوابة.</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>الاستخدام المقبول</translation>
    </message>
    <message>
        <source>Every message sent through the gateway — by the API or a test send from the window or the portal — passes the same guard. The checks run in this order and the first one that fails answers: the API key, the request, the instance and the key&apos;s scope, the purpose, the phone number, suppression, the instance being connected and not paused, the content rules, the daily and monthly limits, then risk and pacing. Every decision is logged as a policy event.</source>
        <translation>كل رسالة تُرسل عبر البوابة — بواجهة API أو بإرسال تجريبي من النافذة أو البوابة الإلكترونية — تمر بالحارس نفسه. تجري عمليات الفحص بهذا الترتيب، وأول فحص يفشل هو الذي يحدد الرد: مفتاح API، ثم الطلب، ثم المثيل ونطاق المفتاح، ثم الغرض، ثم رقم الهاتف، ثم الحظر، ثم كون المثيل متصلاً وغير موقوف مؤقتاً، ثم قواعد المحتوى، ثم الحدان اليومي والشهري، وأخيراً المخاطرة وتنظيم الإرسال. يُسجَّل كل قرار حدثاً من أحداث السياسة.</translation>
    </message>
    <message>
        <source>The numbers below are the defaults this version ships with. A gateway&apos;s admin can change them in the settings, and per instance.</source>
        <translation>الأرقام أدناه هي القيم الافتراضية التي يأتي بها هذا الإصدار. يمكن لمسؤول البوابة تغييرها في الإعدادات، ولكل مثيل على حدة.</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>الأغراض</translation>
    </message>
    <message>
        <source>The field message_purpose is required. Allowed:</source>
        <translation>الحقل message_purpose مطلوب. المسموح:</translation>
    </message>
    <message>
        <source>Refused with message_purpose_not_allowed (anything else is refused too):</source>
        <translation>يُرفض مع message_purpose_not_allowed (ويُرفض أي غرض آخر أيضاً):</translation>
    </message>
    <message>
        <source>Opt-out and suppression</source>
        <translation>الانسحاب والحظر</translation>
    </message>
    <message>
        <source>An inbound message whose whole text, trimmed and without regard to case, is an opt-out keyword suppresses the sender before anything else happens, and the event recipient.opted_out goes to the business&apos;s webhooks. The built-in keywords:</source>
        <translation>الرسالة الواردة التي يكون نصها كاملاً، بعد حذف المسافات الطرفية ودون تمييز حالة الأحرف، كلمةَ انسحاب تحظر المرسل قبل أي شيء آخر، ويُرسَل الحدث recipient.opted_out إلى Webhooks الشركة. الكلمات المدمجة:</translation>
    </message>
    <message>
        <source>One of %1 lifts an opt-out that was made by keyword, never one an admin made by hand. Sends to a suppressed number are refused with recipient_suppressed. Admins add, remove, import and export suppressed numbers with the reason and who did it.</source>
        <translation>إحدى الكلمات %1 تلغي الانسحاب الذي تم بكلمة مفتاحية، ولا تلغي أبداً انسحاباً أجراه مسؤول يدوياً. يُرفض الإرسال إلى رقم محظور مع recipient_suppressed. يضيف المسؤولون الأرقام المحظورة ويزيلونها ويستوردونها ويصدّرونها مع ذكر السبب ومن قام بذلك.</translation>
    </message>
    <message>
        <source>Limits and warm-up</source>
        <translation>الحدود والإحماء</translation>
    </message>
    <message>
        <source>Each instance may send %1 messages a day and %2 a calendar month, in the gateway&apos;s time zone; beyond that, daily_limit_reached or monthly_limit_reached with Retry-After.</source>
        <translation>يمكن لكل مثيل إرسال %1 رسالة في اليوم و%2 في الشهر التقويمي، وفق المنطقة الزمنية للبوابة؛ وبعد ذلك يكون الرد daily_limit_reached أو monthly_limit_reached مع Retry-After.</translation>
    </message>
    <message>
        <source>A number linked less than %1 days ago warms up: %2 messages on its first day, doubling each day up to the normal daily limit.</source>
        <translation>الرقم المرتبط منذ أقل من %1 يوم يمر بمرحلة الإحماء: %2 رسالة في يومه الأول، ويتضاعف العدد كل يوم حتى الحد اليومي العادي.</translation>
    </message>
    <message>
        <source>Pacing</source>
        <translation>تنظيم الإرسال</translation>
    </message>
    <message>
        <source>Between two sends of one instance: a random gap of %1 to %2 seconds.</source>
        <translation>بين عمليتي إرسال من المثيل نفسه: فاصل عشوائي من %1 إلى %2 ثانية.</translation>
    </message>
    <message>
        <source>After every %1 sends: a pause of %2 seconds.</source>
        <translation>بعد كل %1 عملية إرسال: توقف مؤقت مدته %2 ثانية.</translation>
    </message>
    <message>
        <source>To the same recipient: at most one message every %1 seconds.</source>
        <translation>إلى المستلم نفسه: رسالة واحدة على الأكثر كل %1 ثانية.</translation>
    </message>
    <message>
        <source>Waiting sends are kept in a durable queue of up to %1 messages or %2 seconds per instance, and survive a restart; beyond that, sending_throttled.</source>
        <translation>تُحفظ عمليات الإرسال المنتظرة في طابور دائم يتسع لـ %1 رسالة أو %2 ثانية لكل مثيل، وتبقى بعد إعادة التشغيل؛ وبعد ذلك يكون الرد sending_throttled.</translation>
    </message>
    <message>
        <source>Each API key may make %1 send requests a minute.</source>
        <translation>يمكن لكل مفتاح API تقديم %1 طلب إرسال في الدقيقة.</translation>
    </message>
    <message>
        <source>Risk checks</source>
        <translation>فحوص المخاطرة</translation>
    </message>
    <message>
        <source>Each send gets a risk score from 0 to 100 from: the share of today&apos;s recipients who never wrote in (cold outreach), the same text going to many recipients within an hour, the recent opt-out rate, the provider&apos;s failure rate, and sends to people who have not written in the last 24 hours. The signals weigh by purpose: one-time codes and transactional notices to people who never wrote in are normal and are not held against the sender.</source>
        <translation>يحصل كل إرسال على درجة مخاطرة من 0 إلى 100 تُحسب من: نسبة مستلمي اليوم الذين لم يراسلوا قط (التواصل البارد)، وإرسال النص نفسه إلى مستلمين كثيرين خلال ساعة، ومعدل الانسحاب الأخير، ومعدل إخفاق المزود، والإرسال إلى أشخاص لم يراسلوا خلال آخر 24 ساعة. يختلف وزن هذه المؤشرات بحسب الغرض: فرموز المرة الواحدة والإشعارات المتعلقة بالمعاملات المرسلة إلى أشخاص لم يراسلوا قط أمر عادي ولا تُحتسب على المرسل.</translation>
    </message>
    <message>
        <source>A score of %1 or more blocks the send with policy_violation.</source>
        <translation>الدرجة %1 فأكثر تمنع الإرسال مع policy_violation.</translation>
    </message>
    <message>
        <source>A score from %1 to %2 slows the instance&apos;s pacing.</source>
        <translation>الدرجة من %1 إلى %2 تُبطئ وتيرة إرسال المثيل.</translation>
    </message>
    <message>
        <source>More than %1 % opt-outs among an instance&apos;s last %2 sends pauses the instance until an admin resumes it.</source>
        <translation>أكثر من %1% من حالات الانسحاب بين آخر %2 عملية إرسال لمثيل ما يوقف المثيل مؤقتاً إلى أن يستأنفه أحد المسؤولين.</translation>
    </message>
    <message>
        <source>Content rules</source>
        <translation>قواعد المحتوى</translation>
    </message>
    <message>
        <source>A text is refused with policy_violation when it contains a blocked phrase (by default, common marketing phrases), a link through a URL shortener, or a full payment card number. Admins edit the phrase and shortener lists.</source>
        <translation>يُرفض النص مع policy_violation إذا احتوى على عبارة ممنوعة (افتراضياً: عبارات تسويقية شائعة)، أو رابط عبر خدمة لتقصير عناوين URL، أو رقم بطاقة دفع كامل. يعدّل المسؤولون قائمتي العبارات وخدمات التقصير.</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>A conversation counts as open for %1 hours after the contact&apos;s last message; the webhook events conversation.opened and conversation.closed mark it.</source>
        <translation>تُعد المحادثة مفتوحة لمدة %1 ساعة بعد آخر رسالة من جهة الاتصال؛ ويُشار إليها بحدثَي Webhook: conversation.opened وconversation.closed.</translation>
    </message>
    <message>
        <source>What the operator must do</source>
        <translation>ما يجب على المشغِّل فعله</translation>
    </message>
    <message>
        <source>The guard catches patterns, not intentions. The business running the gateway remains responsible for consent, truthful purposes and honouring opt-outs, as set out on the acceptable use page.</source>
        <translation>يرصد الحارس الأنماط لا النوايا. تظل الشركة المشغِّلة للبوابة مسؤولة عن الموافقة، وصدق الأغراض، واحترام طلبات الانسحاب، كما هو مبيَّن في صفحة الاستخدام المقبول.</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>المراسلة المسؤولة</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalGate</name>
    <message>
        <source>This page is for administrators. You are signed in as an operator.</source>
        <translation>هذه الصفحة للمسؤولين. أنت مسجّل الدخول بصفة مشغّل.</translation>
    </message>
    <message>
        <source>The form was missing its security token or it did not match your session. Nothing was changed. Open the page again and retry.</source>
        <translation>كان رمز الأمان مفقوداً من النموذج أو لم يطابق جلستك. لم يُغيَّر شيء. افتح الصفحة من جديد وأعد المحاولة.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>الصفحة غير موجودة</translation>
    </message>
    <message>
        <source>There is no page at %1 in this version of the portal.</source>
        <translation>لا توجد صفحة على %1 في هذا الإصدار من البوابة الإلكترونية.</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>العودة إلى صفحة البداية</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>غير مسموح</translation>
    </message>
</context>
<context>
    <name>wag::portal::PortalPages</name>
    <message>
        <source>Instances</source>
        <translation>المثيلات</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>مفاتيح API</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>المستلمون المحظورون</translation>
    </message>
    <message>
        <source>Inbound log</source>
        <translation>سجل الوارد</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>سجل الرسائل</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Policy events</source>
        <translation>أحداث السياسة</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Acceptable use</source>
        <translation>الاستخدام المقبول</translation>
    </message>
    <message>
        <source>Responsible messaging</source>
        <translation>المراسلة المسؤولة</translation>
    </message>
    <message>
        <source>API reference</source>
        <translation>مرجع API</translation>
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
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>after a restart</source>
        <translation>بعد إعادة التشغيل</translation>
    </message>
    <message>
        <source>Default: %1.</source>
        <translation>الافتراضي: %1.</translation>
    </message>
    <message>
        <source>A new value takes effect when the gateway restarts.</source>
        <translation>تسري القيمة الجديدة عند إعادة تشغيل البوابة.</translation>
    </message>
    <message>
        <source>Set by the environment variable %1, which wins over what is saved here: change it there.</source>
        <translation>محدَّد بمتغير البيئة %1، الذي يتقدّم على ما يُحفظ هنا: غيّره هناك.</translation>
    </message>
    <message>
        <source>Set on the command line (--%1), which wins over what is saved here: change it there.</source>
        <translation>محدَّد في سطر الأوامر (⁦--%1⁩)، الذي يتقدّم على ما يُحفظ هنا: غيّره هناك.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SettingsController</name>
    <message>
        <source>Saved — in effect now.</source>
        <translation>حُفظ — ساري المفعول الآن.</translation>
    </message>
    <message>
        <source>Saved — takes effect when the gateway restarts.</source>
        <translation>حُفظ — يسري عند إعادة تشغيل البوابة.</translation>
    </message>
    <message>
        <source>Nothing to save: no value was changed.</source>
        <translation>لا شيء للحفظ: لم تتغير أي قيمة.</translation>
    </message>
    <message>
        <source>Provider key stored — takes effect when the gateway restarts.</source>
        <translation>حُفظ مفتاح المزود — يسري عند إعادة تشغيل البوابة.</translation>
    </message>
    <message>
        <source>Set by the environment variable WAG_PROVIDER_KEY.</source>
        <translation>محدَّد بمتغير البيئة WAG_PROVIDER_KEY.</translation>
    </message>
    <message>
        <source>Set on the command line (--provider-key).</source>
        <translation>محدَّد في سطر الأوامر بالخيار ⁦--provider-key⁩.</translation>
    </message>
    <message>
        <source>Key: set (stored encrypted; never shown).</source>
        <translation>المفتاح: محدَّد (محفوظ مشفّراً ولا يُعرض أبداً).</translation>
    </message>
    <message>
        <source>Key: not set.</source>
        <translation>المفتاح: غير محدَّد.</translation>
    </message>
    <message>
        <source>Provider key</source>
        <translation>مفتاح المزود</translation>
    </message>
    <message>
        <source>New provider key</source>
        <translation>مفتاح مزود جديد</translation>
    </message>
    <message>
        <source>Store key</source>
        <translation>حفظ المفتاح</translation>
    </message>
    <message>
        <source>An emptied field goes back to its default. Only changed values are saved, all together or none.</source>
        <translation>يعود الحقل الذي أُفرغ إلى قيمته الافتراضية. لا تُحفظ إلا القيم المتغيرة، كلها معاً أو لا شيء منها.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Groups of settings</source>
        <translation>مجموعات الإعدادات</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>الإعدادات: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the marked value. Nothing was changed.</source>
        <translation>لم يُحفظ: صحّح القيمة المُعلَّمة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>The key is set by the environment or the command line, which wins: change it there.</source>
        <translation>المفتاح محدَّد عبر البيئة أو سطر الأوامر، وهما يتقدّمان: غيّره هناك.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>لم يُحفظ المفتاح: %1</translation>
    </message>
</context>
<context>
    <name>wag::portal::SignInController</name>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>This sign-in form has expired or did not come from this gateway. Please sign in again.</source>
        <translation>انتهت صلاحية نموذج تسجيل الدخول هذا أو لم يصدر عن هذه البوابة. يُرجى تسجيل الدخول من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts from your address. Try again in %n minute(s).</source>
        <translation>
            <numerusform>محاولات تسجيل دخول كثيرة جداً من عنوانك. حاول من جديد بعد قليل.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جداً من عنوانك. حاول من جديد بعد دقيقة واحدة.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جداً من عنوانك. حاول من جديد بعد دقيقتين.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جداً من عنوانك. حاول من جديد بعد %n دقائق.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جداً من عنوانك. حاول من جديد بعد %n دقيقة.</numerusform>
            <numerusform>محاولات تسجيل دخول كثيرة جداً من عنوانك. حاول من جديد بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user. Try again in %n minute(s).</source>
        <translation>
            <numerusform>كلمات مرور خاطئة كثيرة جداً لهذا المستخدم. حاول من جديد بعد قليل.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جداً لهذا المستخدم. حاول من جديد بعد دقيقة واحدة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جداً لهذا المستخدم. حاول من جديد بعد دقيقتين.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جداً لهذا المستخدم. حاول من جديد بعد %n دقائق.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جداً لهذا المستخدم. حاول من جديد بعد %n دقيقة.</numerusform>
            <numerusform>كلمات مرور خاطئة كثيرة جداً لهذا المستخدم. حاول من جديد بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>هذا الحساب معطّل. اطلب المساعدة من مسؤول.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again shortly.</source>
        <translation>تسجيل الدخول غير ممكن الآن. حاول من جديد بعد قليل.</translation>
    </message>
</context>
<context>
    <name>wag::portal::SuppressionsController</name>
    <message>
        <source>opted out by keyword</source>
        <translation>انسحب بكلمة مفتاحية</translation>
    </message>
    <message>
        <source>added by staff</source>
        <translation>أضافه الموظفون</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <source>No one is suppressed.</source>
        <translation>لا يوجد أي مستلم محظور.</translation>
    </message>
    <message>
        <source>No entry matches &quot;%1&quot;.</source>
        <translation>لا يوجد إدخال يطابق &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 من %3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من أضافه</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Part of a number or a note</source>
        <translation>جزء من رقم أو ملاحظة</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير CSV</translation>
    </message>
    <message>
        <source>Add a number</source>
        <translation>إضافة رقم</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>e.g. asked by phone</source>
        <translation>مثلاً طلب ذلك هاتفياً</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>استيراد CSV</translation>
    </message>
    <message>
        <source>CSV text</source>
        <translation>نص CSV</translation>
    </message>
    <message>
        <source>Paste the file&apos;s text: a header row and a &quot;phone&quot; column (optionally &quot;note&quot;). All rows are checked first: one bad row and nothing changes. At most %1 MiB and %2 rows.</source>
        <translation>الصق نص الملف: صف عناوين وعمود &quot;phone&quot; (واختيارياً &quot;note&quot;). تُفحص كل الصفوف أولاً: صف واحد خاطئ ولا يتغير شيء. الحد الأقصى %1 ميبيبايت و%2 صف.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Suppressed recipients</source>
        <translation>المستلمون المحظورون</translation>
    </message>
    <message>
        <source>Enter a phone number, e.g. +14155552671.</source>
        <translation>أدخل رقم هاتف، مثلاً ‎+14155552671.</translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 موجود في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>Remove suppression</source>
        <translation>إزالة الحظر</translation>
    </message>
    <message>
        <source>Allow messages to %1 again? Only do this if the person asked for it.</source>
        <translation>السماح بالرسائل إلى %1 مجدداً؟ افعل ذلك فقط إن طلبه الشخص.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) added.</source>
        <translation>
            <numerusform>لم يُضف أي رقم.</numerusform>
            <numerusform>أُضيف رقم واحد.</numerusform>
            <numerusform>أُضيف رقمان.</numerusform>
            <numerusform>أُضيفت %n أرقام.</numerusform>
            <numerusform>أُضيف %n رقماً.</numerusform>
            <numerusform>أُضيف %n رقم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were on the list already.</source>
        <translation>
            <numerusform>لم يكن أي منها في القائمة.</numerusform>
            <numerusform>كان واحد منها في القائمة بالفعل.</numerusform>
            <numerusform>كان اثنان منها في القائمة بالفعل.</numerusform>
            <numerusform>كانت %n منها في القائمة بالفعل.</numerusform>
            <numerusform>كان %n منها في القائمة بالفعل.</numerusform>
            <numerusform>كان %n منها في القائمة بالفعل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported, because %n row(s) were refused. Fix them and import again.</source>
        <translation>
            <numerusform>لم يُستورد شيء لأنه لم يُرفض أي صف. صحّحها واستورد مجدداً.</numerusform>
            <numerusform>لم يُستورد شيء لأن صفاً واحداً رُفض. صحّحه واستورد مجدداً.</numerusform>
            <numerusform>لم يُستورد شيء لأن صفين رُفضا. صحّحهما واستورد مجدداً.</numerusform>
            <numerusform>لم يُستورد شيء لأن %n صفوف رُفضت. صحّحها واستورد مجدداً.</numerusform>
            <numerusform>لم يُستورد شيء لأن %n صفاً رُفض. صحّحها واستورد مجدداً.</numerusform>
            <numerusform>لم يُستورد شيء لأن %n صف رُفض. صحّحها واستورد مجدداً.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>لم يُستورد شيء. %1</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>الصفوف المتخطاة</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>الصفوف المرفوضة</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>المُدخل</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Paste the CSV text to import first.</source>
        <translation>الصق أولاً نص CSV المراد استيراده.</translation>
    </message>
</context>
<context>
    <name>wag::portal::ThreecxController</name>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>No 3CX integrations yet.</source>
        <translation>لا توجد تكاملات 3CX بعد.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>غير إلزامي</translation>
    </message>
    <message>
        <source>outbound messages: %1; call events: %2</source>
        <translation>الرسائل الصادرة: %1؛ أحداث المكالمات: %2</translation>
    </message>
    <message>
        <source>on</source>
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Default instance</source>
        <translation>المثيل الافتراضي</translation>
    </message>
    <message>
        <source>Webhook URL for 3CX</source>
        <translation>عنوان URL لـ Webhook الخاص بـ 3CX</translation>
    </message>
    <message>
        <source>HMAC signature</source>
        <translation>توقيع HMAC</translation>
    </message>
    <message>
        <source>Handles</source>
        <translation>يعالج</translation>
    </message>
    <message>
        <source>Connect a 3CX phone system</source>
        <translation>ربط نظام هاتف 3CX</translation>
    </message>
    <message>
        <source>A name that says which phone system it is, e.g. &quot;office-pbx&quot;.</source>
        <translation>اسم يبيّن أي نظام هاتف هو، مثلاً &quot;office-pbx&quot;.</translation>
    </message>
    <message>
        <source>The WhatsApp instance that agents&apos; replies and call-event messages go out through.</source>
        <translation>مثيل WhatsApp الذي تخرج عبره ردود الوكلاء ورسائل أحداث المكالمات.</translation>
    </message>
    <message>
        <source>Create integration</source>
        <translation>إنشاء التكامل</translation>
    </message>
    <message>
        <source>In 3CX, post the events to this URL:</source>
        <translation>في 3CX، أرسل الأحداث (POST) إلى عنوان URL هذا:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>عنوان URL لـ Webhook</translation>
    </message>
    <message>
        <source>and send this secret in the header &quot;%1&quot;:</source>
        <translation>وأرسل هذا السر في الترويسة &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>The new secret</source>
        <translation>السر الجديد</translation>
    </message>
    <message>
        <source>Copy it now: it will not be shown again.</source>
        <translation>انسخه الآن: لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>The gateway keeps it sealed. If it is lost, rotate it and paste the new one into 3CX.</source>
        <translation>تحتفظ به البوابة مختوماً. إذا فُقد، فقم بتدويره والصق السر الجديد في 3CX.</translation>
    </message>
    <message>
        <source>3CX</source>
        <translation>3CX</translation>
    </message>
    <message>
        <source>Each connected 3CX phone system has its own secret, settings and event log.</source>
        <translation>لكل نظام هاتف 3CX متصل سره وإعداداته وسجل أحداثه الخاص به.</translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation>ترويسة السر</translation>
    </message>
    <message>
        <source>Allowed addresses</source>
        <translation>العناوين المسموح بها</translation>
    </message>
    <message>
        <source>any address</source>
        <translation>أي عنوان</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>اسم الشركة</translation>
    </message>
    <message>
        <source>Agents&apos; replies only inside the conversation window</source>
        <translation>ردود الوكلاء داخل نافذة المحادثة فقط</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Outbound messages from 3CX</source>
        <translation>الرسائل الصادرة من 3CX</translation>
    </message>
    <message>
        <source>Call-event messages</source>
        <translation>رسائل أحداث المكالمات</translation>
    </message>
    <message>
        <source>Send this message</source>
        <translation>إرسال هذه الرسالة</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>Require an HMAC signature</source>
        <translation>اشتراط توقيع HMAC</translation>
    </message>
    <message>
        <source>One IP address or CIDR range (e.g. 192.0.2.0/24) per line or separated by commas; empty: any address.</source>
        <translation>عنوان IP واحد أو نطاق CIDR واحد (مثلاً 192.0.2.0/24) في كل سطر أو مفصولة بفواصل؛ إن تُرك فارغاً: أي عنوان.</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>العناصر النائبة: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>سجل الأحداث</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>لا توجد أحداث بعد.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>سُجّل</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>تُخطّي</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>الخطأ</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID الرسالة</translation>
    </message>
    <message>
        <source>Secret and removal</source>
        <translation>السر والإزالة</translation>
    </message>
    <message>
        <source>Rotate secret…</source>
        <translation>تدوير السر…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>3CX: %1</source>
        <translation>3CX: %1</translation>
    </message>
    <message>
        <source>Give the integration a name, e.g. &quot;office-pbx&quot;.</source>
        <translation>أعطِ التكامل اسماً، مثلاً &quot;office-pbx&quot;.</translation>
    </message>
    <message>
        <source>3CX integration &quot;%1&quot; created</source>
        <translation>أُنشئ تكامل 3CX &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Rotate 3CX secret</source>
        <translation>تدوير سر 3CX</translation>
    </message>
    <message>
        <source>Give &quot;%1&quot; a new secret? The current one stops working at once: 3CX is refused until the new one is pasted into it.</source>
        <translation>منح &quot;%1&quot; سراً جديداً؟ يتوقف السر الحالي عن العمل فوراً: يُرفض 3CX إلى أن يُلصق فيه السر الجديد.</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>تدوير السر</translation>
    </message>
    <message>
        <source>New secret for &quot;%1&quot;</source>
        <translation>سر جديد لـ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove 3CX integration</source>
        <translation>إزالة تكامل 3CX</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; with its templates and event log? 3CX is refused from the next call on.</source>
        <translation>إزالة &quot;%1&quot; مع قوالبه وسجل أحداثه؟ سيُرفض 3CX بدءاً من الاستدعاء التالي.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>wag::portal::UsersController</name>
    <message>
        <source>disabled</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>مُفعّل</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Add, disable or change users in the desktop window (Settings) or with the admin command.</source>
        <translation>أضف المستخدمين أو عطّلهم أو غيّرهم في نافذة سطح المكتب (الإعدادات) أو بأمر الإدارة.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
</context>
</TS>
