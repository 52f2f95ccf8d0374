<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_QA">
<context>
    <name>AdministrationPage</name>
    <message>
        <source>Login</source>
        <translation>اسم الدخول</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>مدة الإنجاز</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>إدارة النظام</translation>
    </message>
    <message>
        <source>Staff accounts and the service catalogue. Create accounts with diwan-admin create-staff.</source>
        <translation>حسابات الموظفين ودليل الخدمات. تُنشأ الحسابات بالأمر diwan-admin create-staff.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>دليل الخدمات</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>لوحات المؤشرات</translation>
    </message>
    <message>
        <source>Public-opinion trends: the share of each answer, month by month.</source>
        <translation>اتجاهات الرأي العام: نسبة كل إجابة شهرًا بعد شهر.</translation>
    </message>
    <message>
        <source>No poll has responses yet.</source>
        <translation>لا توجد إجابات على أي استطلاع بعد.</translation>
    </message>
    <message>
        <source>Poll: %1</source>
        <translation>الاستطلاع: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Share of answers</source>
        <translation>نسبة الإجابات</translation>
    </message>
    <message>
        <source>Public-opinion trend</source>
        <translation>اتجاه الرأي العام</translation>
    </message>
    <message>
        <source>Month (%1 to %2)</source>
        <translation>الشهر (من %1 إلى %2)</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>The user name or password is not correct. Check them and try again.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة. تحقق منهما وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the address and your network, then try again.</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات. تحقق من العنوان ومن اتصال الشبكة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The database server did not answer in time. Try again in a moment.</source>
        <translation>لم يستجب خادم قاعدة البيانات في الوقت المحدد. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be established: its certificate was not accepted.</source>
        <translation>تعذّر إنشاء اتصال آمن (TLS) بالخادم: لم تُقبل شهادته.</translation>
    </message>
    <message>
        <source>Your account exists but has no Diwan role. Ask the system administrator to grant you one.</source>
        <translation>حسابك موجود لكن ليس له دور في ديوان. اطلب من مسؤول النظام منحك دورًا.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer version of Diwan. Install the newer version to use it.</source>
        <translation>رُقّيت قاعدة البيانات هذه بإصدار أحدث من ديوان. ثبّت الإصدار الأحدث لاستخدامها.</translation>
    </message>
    <message>
        <source>This database needs an upgrade before this version of Diwan can use it. Ask the system administrator to run the migration.</source>
        <translation>تحتاج قاعدة البيانات هذه إلى ترقية قبل أن يستخدمها هذا الإصدار من ديوان. اطلب من مسؤول النظام تشغيل الترقية.</translation>
    </message>
    <message>
        <source>This database has not been prepared for Diwan. Ask the system administrator to run the migration.</source>
        <translation>لم تُجهَّز قاعدة البيانات هذه لديوان. اطلب من مسؤول النظام تشغيل الترقية.</translation>
    </message>
    <message>
        <source>The database driver is not installed on this computer.</source>
        <translation>برنامج تشغيل قاعدة البيانات غير مثبت على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The database address is not valid.</source>
        <translation>عنوان قاعدة البيانات غير صحيح.</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same time. Reload it and try again; nothing was saved.</source>
        <translation>عدّل مستخدم آخر هذا السجل في الوقت نفسه. أعد تحميله وحاول مرة أخرى؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>You are not allowed to do this. Nothing was changed.</source>
        <translation>ليست لديك صلاحية للقيام بذلك. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database refused the change because the data is not valid. Nothing was changed.</source>
        <translation>رفضت قاعدة البيانات التعديل لأن البيانات غير صحيحة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>لم يعد هذا السجل موجودًا.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Diwan is reconnecting; your unsaved work is kept.</source>
        <translation>انقطع الاتصال بقاعدة البيانات. يعيد ديوان الاتصال الآن؛ وعملك غير المحفوظ باقٍ كما هو.</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was changed.</source>
        <translation>أبلغت قاعدة البيانات عن خطأ. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Submitted</source>
        <translation>مقدمة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Awaiting applicant</source>
        <translation>بانتظار استكمال المستندات</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>مصعّدة</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>مخفية</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <source>Off-topic</source>
        <translation>خارج الموضوع</translation>
    </message>
    <message>
        <source>Abusive</source>
        <translation>مسيئة</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>إعلانية مزعجة</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكررة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>اختيار واحد</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>اختيار متعدد</translation>
    </message>
    <message>
        <source>Agreement scale</source>
        <translation>مقياس الموافقة</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>تقييم</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>ترتيب</translation>
    </message>
    <message>
        <source>Open answer</source>
        <translation>إجابة مفتوحة</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>عاجلة</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادية</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>منخفضة جدًا</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>الإقامة</translation>
    </message>
    <message>
        <source>Visas</source>
        <translation>التأشيرات</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>المرور</translation>
    </message>
    <message>
        <source>Travel documents</source>
        <translation>وثائق السفر</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Diwan - %1</source>
        <translation>ديوان - %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Arabic-Indic &amp;digits</source>
        <translation>الأرقام العربية (٠١٢٣)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Diwan</source>
        <translation>حول ديوان</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>الانتقال إلى %1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>المستخدم: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>الأدوار: %1</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>قاعدة البيانات المركزية: %1</translation>
    </message>
    <message>
        <source>Demo database (SQLite): %1</source>
        <translation>قاعدة بيانات تجريبية (SQLite): %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <source>Connection lost - reconnecting...</source>
        <translation>انقطع الاتصال - جارٍ إعادة الاتصال...</translation>
    </message>
    <message>
        <source>About Diwan</source>
        <translation>حول ديوان</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Diwan %1&lt;/h3&gt;&lt;p&gt;The back office of the Ministry of Interior website: e-service transactions, moderation of issues for discussion, opinion polls and dashboards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ديوان %1&lt;/h3&gt;&lt;p&gt;المكتب الخلفي للموقع الإلكتروني لوزارة الداخلية: معاملات الخدمات الإلكترونية، ومراجعة المشاركات في قضايا للنقاش، واستطلاعات الرأي، ولوحات المؤشرات.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>link</source>
        <translation>رابط</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>hidden characters</source>
        <translation>رموز مخفية</translation>
    </message>
    <message>
        <source>abusive words</source>
        <translation>ألفاظ مسيئة</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>مكررة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Automatic flags</source>
        <translation>تنبيهات تلقائية</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>مراجعة المشاركات</translation>
    </message>
    <message>
        <source>Contributions to issues for discussion waiting for review, oldest first. Hidden characters in public text are shown, never obeyed.</source>
        <translation>مشاركات قضايا للنقاش بانتظار المراجعة، الأقدم أولًا. تُعرض الرموز المخفية في نصوص الجمهور ولا يُعمل بها.</translation>
    </message>
</context>
<context>
    <name>PollDesignerPage</name>
    <message>
        <source>Poll</source>
        <translation>الاستطلاع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>يفتح في</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>يغلق في</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Poll designer</source>
        <translation>تصميم الاستطلاعات</translation>
    </message>
    <message>
        <source>Opinion polls: drafts, polls in review, scheduled, open and closed.</source>
        <translation>استطلاعات الرأي: المسودات، وما هو قيد المراجعة، والمجدولة، والمفتوحة، والمغلقة.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>%1 AH</source>
        <translation>%1 هـ</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 يوم %2 ساعة</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ساعة %2 دقيقة</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 دقيقة</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>متأخرة %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>خلال %1</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>موظف المعاملات</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>مشرف المحتوى</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>محرر</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Diwan</source>
        <translation>تسجيل الدخول إلى ديوان</translation>
    </message>
    <message>
        <source>Diwan: back office of the Ministry of Interior website</source>
        <translation>ديوان: المكتب الخلفي للموقع الإلكتروني لوزارة الداخلية</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>جارٍ الاتصال...</translation>
    </message>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>عنوان قاعدة البيانات غير صحيح: %1</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
</context>
<context>
    <name>TransactionQueueModel</name>
    <message>
        <source>paused</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>مقدم الطلب</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد النهائي للإنجاز</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مسندة إلى</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>مقدمة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Awaiting applicant</source>
        <translation>بانتظار استكمال المستندات</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>مصعّدة</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>E-service transactions submitted through the portal, by service and state.</source>
        <translation>معاملات الخدمات الإلكترونية المقدمة عبر البوابة الإلكترونية، حسب الخدمة والحالة.</translation>
    </message>
    <message>
        <source>Open transactions per service</source>
        <translation>المعاملات المفتوحة لكل خدمة</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>كل المعاملات المفتوحة</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>غير مستلمة</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>المسندة إليّ</translation>
    </message>
    <message>
        <source>Queue, most urgent first: %1 transactions</source>
        <translation>قائمة المعاملات، الأكثر إلحاحًا أولًا: %1 معاملة</translation>
    </message>
    <message>
        <source>Take next</source>
        <translation>استلام المعاملة التالية</translation>
    </message>
    <message>
        <source>Claim the most urgent unclaimed transaction of your services (%1)</source>
        <translation>استلام أكثر المعاملات غير المستلمة إلحاحًا في خدماتك (%1)</translation>
    </message>
    <message>
        <source>Nothing to take: every open transaction of your services is already claimed.</source>
        <translation>لا توجد معاملة للاستلام: كل المعاملات المفتوحة في خدماتك مستلمة.</translation>
    </message>
    <message>
        <source>Transaction %1 is now yours until %2.</source>
        <translation>المعاملة %1 مسندة إليك حتى الساعة %2.</translation>
    </message>
    <message>
        <source>Search by reference, QID, phone or applicant name (Ctrl+F)</source>
        <translation>البحث بالرقم المرجعي أو رقم البطاقة الشخصية أو الهاتف أو اسم مقدم الطلب (Ctrl+F)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>مقدم الطلب</translation>
    </message>
    <message>
        <source>QID</source>
        <translation>رقم البطاقة الشخصية</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No transaction matches. If you don't find what you are looking for, use more precise words.</source>
        <translation>لا توجد معاملة مطابقة. إذا لم تجد ما تبحث عنه يمكنك استخدام كلمات أكثر دقة.</translation>
    </message>
    <message>
        <source>Closest matches:</source>
        <translation>أقرب النتائج:</translation>
    </message>
</context>
</TS>
