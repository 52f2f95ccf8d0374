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
    <name>AttachmentFetcher</name>
    <message>
        <source>The document store has no such file (it may have been removed). Ask the applicant to upload it again.</source>
        <translation>لا يوجد هذا الملف في مخزن المستندات (ربما حُذف). اطلب من مقدم الطلب رفعه مرة أخرى.</translation>
    </message>
    <message>
        <source>The document store refused the request (HTTP %1). Try again later.</source>
        <translation>رفض مخزن المستندات الطلب (HTTP %1). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The document store refused the request. Try again later.</source>
        <translation>رفض مخزن المستندات الطلب. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The document store refused the connection. Check that it is running, or try again later.</source>
        <translation>رفض مخزن المستندات الاتصال. تحقق من أنه يعمل، أو حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The document store cannot be reached. Check the network connection and try again.</source>
        <translation>تعذّر الوصول إلى مخزن المستندات. تحقق من الاتصال بالشبكة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The document store took too long to answer. Try again later.</source>
        <translation>استغرق مخزن المستندات وقتًا طويلًا في الرد. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The file is larger than the one the applicant uploaded. It was not opened.</source>
        <translation>الملف أكبر من الملف الذي رفعه مقدم الطلب، ولم يُفتح.</translation>
    </message>
    <message>
        <source>The file arrived incomplete. Try again.</source>
        <translation>وصل الملف ناقصًا. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The file does not match the one the applicant uploaded (its checksum differs). It was not shown.</source>
        <translation>الملف لا يطابق الملف الذي رفعه مقدم الطلب (بصمته الرقمية مختلفة)، ولم يُعرض.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>أُلغي تنزيل الملف.</translation>
    </message>
    <message>
        <source>The document's address cannot be opened from Diwan.</source>
        <translation>لا يمكن فتح عنوان المستند من ديوان.</translation>
    </message>
    <message>
        <source>The document's record has no valid checksum, so the file cannot be verified.</source>
        <translation>لا يحتوي سجل المستند على بصمة رقمية صالحة، لذا يتعذّر التحقق من الملف.</translation>
    </message>
    <message>
        <source>The document could not be saved on this computer. Check the free disk space.</source>
        <translation>تعذّر حفظ المستند على هذا الحاسوب. تحقق من المساحة المتاحة على القرص.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>No transaction is open.</source>
        <translation>لا توجد معاملة مفتوحة.</translation>
    </message>
    <message>
        <source>The applicant attached no documents to this transaction.</source>
        <translation>لم يرفق مقدم الطلب أي مستندات بهذه المعاملة.</translation>
    </message>
    <message>
        <source>Downloading and verifying the document…</source>
        <translation>جارٍ تنزيل المستند والتحقق منه…</translation>
    </message>
    <message>
        <source>The document is verified, but Diwan cannot show files of this kind (%1).</source>
        <translation>تم التحقق من المستند، لكن ديوان لا يستطيع عرض هذا النوع من الملفات (%1).</translation>
    </message>
    <message>
        <source>The document is verified, but it is not a picture Diwan can show.</source>
        <translation>تم التحقق من المستند، لكنه ليس صورة يستطيع ديوان عرضها.</translation>
    </message>
    <message>
        <source>The document is verified, but it is not a PDF file Diwan can show.</source>
        <translation>تم التحقق من المستند، لكنه ليس ملف PDF يستطيع ديوان عرضه.</translation>
    </message>
    <message>
        <source>Reject document</source>
        <translation>رفض المستند</translation>
    </message>
    <message>
        <source>Why is “%1” rejected? The reason is kept in the transaction's history.</source>
        <translation>ما سبب رفض «%1»؟ يُحفظ السبب في سجل المعاملة.</translation>
    </message>
    <message>
        <source>Say why the document is rejected; nothing was changed.</source>
        <translation>اذكر سبب رفض المستند؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>“%1” accepted.</source>
        <translation>تم قبول «%1».</translation>
    </message>
    <message>
        <source>“%1” rejected.</source>
        <translation>تم رفض «%1».</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Accept document</source>
        <translation>قبول المستند</translation>
    </message>
    <message>
        <source>Accept the selected document (Ctrl+Shift+A)</source>
        <translation>قبول المستند المحدد (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Reject document…</source>
        <translation>رفض المستند…</translation>
    </message>
    <message>
        <source>Reject the selected document, with a reason (Ctrl+Shift+R)</source>
        <translation>رفض المستند المحدد مع ذكر السبب (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>File</source>
        <comment>the file name</comment>
        <translation>الملف</translation>
    </message>
</context>
<context>
    <name>AttachmentReview</name>
    <message>
        <source>Pending review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>This transaction is no longer assigned to you, so its documents cannot be reviewed. Nothing was changed.</source>
        <translation>لم تعد هذه المعاملة مسندة إليك، لذا لا يمكنك مراجعة مستنداتها. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Someone else reviewed this document in the meantime. The list now shows its current state; nothing was changed.</source>
        <translation>راجع موظف آخر هذا المستند في الأثناء. تعرض القائمة الآن حالته الحالية؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>A decision has already been taken on this transaction, so its documents can no longer be reviewed. Nothing was changed.</source>
        <translation>صدر قرار في هذه المعاملة، لذا لم تعد مراجعة مستنداتها ممكنة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Say why the document is rejected.</source>
        <translation>اذكر سبب رفض المستند.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>a document</comment>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>BlockedWords</name>
    <message>
        <source>Type the word to block.</source>
        <translation>اكتب الكلمة التي تريد حظرها.</translation>
    </message>
    <message>
        <source>This word is too short: it is matched as %1, and a blocked word needs at least two letters or digits once marks, spaces and repeated letters are taken out.</source>
        <translation>هذه الكلمة قصيرة جدًا: تُطابَق بصيغة %1، والكلمة المحظورة تحتاج إلى حرفين أو رقمين على الأقل بعد حذف الحركات والمسافات والحروف المكررة.</translation>
    </message>
    <message>
        <source>A blocked word has at most %1 characters.</source>
        <translation>لا تزيد الكلمة المحظورة على %1 حرفًا.</translation>
    </message>
    <message>
        <source>This word is on the list already, as %1: both are matched as %2.</source>
        <translation>هذه الكلمة موجودة في القائمة بصيغة %1: كلتاهما تُطابَق بصيغة %2.</translation>
    </message>
    <message>
        <source>This word is not on the list (any more): another moderator may have removed it. The list is shown again.</source>
        <translation>هذه الكلمة لم تعد في القائمة: ربما حذفها مشرف محتوى آخر. عُرضت القائمة من جديد.</translation>
    </message>
</context>
<context>
    <name>BlockedWordsDialog</name>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove...</source>
        <translation>حذف...</translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation>الكلمات المحظورة</translation>
    </message>
    <message>
        <source>A contribution containing one of these words gets the automatic flag "abusive words". Words are matched without diacritics, tatweel, hamza forms, spaces between letters or repeated letters. A change applies to contributions submitted from now on; those received already keep their flags.</source>
        <translation>تحصل المشاركة التي تحتوي إحدى هذه الكلمات على التنبيه التلقائي «ألفاظ مسيئة». تُطابَق الكلمات دون اعتبار للحركات والتطويل وصور الهمزة والمسافات بين الحروف والحروف المكررة. يسري أي تغيير على المشاركات المرسلة من الآن فصاعدًا، وتحتفظ المشاركات الواردة من قبل بتنبيهاتها.</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>ابحث في القائمة</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>الكلمة</translation>
    </message>
    <message>
        <source>Matched as</source>
        <translation>تُطابَق بصيغة</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>أضافها</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>A word to block, in Arabic or English</source>
        <translation>كلمة تريد حظرها، بالعربية أو الإنجليزية</translation>
    </message>
    <message>
        <source>New word</source>
        <translation>كلمة جديدة</translation>
    </message>
    <message>
        <source>New word:</source>
        <translation>كلمة جديدة:</translation>
    </message>
    <message>
        <source>Starting list</source>
        <translation>القائمة الأولية</translation>
    </message>
    <message>
        <source>Matched as: (type a word)</source>
        <translation>تُطابَق بصيغة: (اكتب كلمة)</translation>
    </message>
    <message>
        <source>Matched as: %1</source>
        <translation>تُطابَق بصيغة: %1</translation>
    </message>
    <message>
        <source>%1 was added: contributions submitted from now on that contain it are flagged.</source>
        <translation>أُضيفت %1: ستحصل المشاركات المرسلة من الآن فصاعدًا التي تحتويها على التنبيه.</translation>
    </message>
    <message>
        <source>Remove a blocked word</source>
        <translation>حذف كلمة محظورة</translation>
    </message>
    <message>
        <source>Remove %1 from the list? Contributions submitted from now on are no longer flagged for it; those flagged already keep their flag.</source>
        <translation>هل تريد حذف %1 من القائمة؟ لن تحصل المشاركات المرسلة من الآن فصاعدًا على التنبيه بسببها، وتحتفظ المشاركات التي نُبِّه عليها بتنبيهها.</translation>
    </message>
    <message>
        <source>%1 was removed from the list.</source>
        <translation>حُذفت %1 من القائمة.</translation>
    </message>
</context>
<context>
    <name>BulkResultDialog</name>
    <message>
        <source>Reassigning transactions</source>
        <translation>جارٍ إعادة إسناد المعاملات</translation>
    </message>
    <message>
        <source>Taking over transactions</source>
        <translation>جارٍ تولّي المعاملات</translation>
    </message>
    <message>
        <source>Changing priority</source>
        <translation>جارٍ تغيير الأولوية</translation>
    </message>
    <message>
        <source>Escalating transactions</source>
        <translation>جارٍ تصعيد المعاملات</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>الرقم المرجعي</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Working: %1 of %2</source>
        <translation>قيد التنفيذ: %1 من %2</translation>
    </message>
    <message>
        <source>Not done: cancelled</source>
        <translation>لم يُنفَّذ: أُلغي</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>لم يُنجز شيء</numerusform>
            <numerusform>أُنجز %n</numerusform>
            <numerusform>أُنجز %n</numerusform>
            <numerusform>أُنجز %n</numerusform>
            <numerusform>أُنجز %n</numerusform>
            <numerusform>أُنجز %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>لم يتعذر شيء</numerusform>
            <numerusform>تعذر %n</numerusform>
            <numerusform>تعذر %n</numerusform>
            <numerusform>تعذر %n</numerusform>
            <numerusform>تعذر %n</numerusform>
            <numerusform>تعذر %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n not done: cancelled)</source>
        <translation>
            <numerusform>(لم يُنفذ شيء: أُلغي)</numerusform>
            <numerusform>(لم يُنفذ %n: أُلغي)</numerusform>
            <numerusform>(لم يُنفذ %n: أُلغي)</numerusform>
            <numerusform>(لم يُنفذ %n: أُلغي)</numerusform>
            <numerusform>(لم يُنفذ %n: أُلغي)</numerusform>
            <numerusform>(لم يُنفذ %n: أُلغي)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultsDialog</name>
    <message>
        <source>Result of each contribution</source>
        <translation>نتيجة كل مشاركة</translation>
    </message>
    <message>
        <source>%1: done for %2 of %3; the others are listed with the reason.</source>
        <translation>%1: تم لـ %2 من %3؛ البقية مذكورة مع السبب.</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>95% interval: %1</source>
        <translation>فترة الثقة 95%: %1</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Legend</source>
        <translation>مفتاح الرسم</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>الرسم البياني</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>Switch between the chart and the table of the same numbers</source>
        <translation>التبديل بين الرسم البياني وجدول الأرقام نفسها</translation>
    </message>
    <message>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>حفظ الرسم البياني صورةً</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Save the table as CSV</source>
        <translation>حفظ الجدول بصيغة CSV</translation>
    </message>
    <message>
        <source>The picture could not be saved: %1</source>
        <translation>تعذر حفظ الصورة: %1</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>حفظ الرسم البياني</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>حفظ الجدول</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ContributionLoader</name>
    <message>
        <source>Poll respondent</source>
        <translation>مشارك في استطلاع</translation>
    </message>
</context>
<context>
    <name>ContributionQueueModel</name>
    <message>
        <source>%1 %2</source>
        <comment>a report reason, then how many reports gave it</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <source>%n open report(s)</source>
        <translation>
            <numerusform>لا بلاغات مفتوحة</numerusform>
            <numerusform>بلاغ واحد مفتوح</numerusform>
            <numerusform>بلاغان مفتوحان</numerusform>
            <numerusform>%n بلاغات مفتوحة</numerusform>
            <numerusform>%n بلاغًا مفتوحًا</numerusform>
            <numerusform>%n بلاغ مفتوح</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>Writing the report...</source>
        <translation>جارٍ كتابة التقرير...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Dashboards: %1</source>
        <translation>لوحات المؤشرات: %1</translation>
    </message>
    <message>
        <source>Filters:</source>
        <translation>عوامل التصفية:</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>أُعد في %1</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows; the workbook has them all.</source>
        <translation>أول %1 من %2 صفًا؛ وفي المصنف جميعها.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>تعذرت كتابة التقرير: %1</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>طباعة: %1</translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>الفئة العمرية</translation>
    </message>
    <message>
        <source>Nationality group</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Doha</source>
        <translation>الدوحة</translation>
    </message>
    <message>
        <source>Al Rayyan</source>
        <translation>الريان</translation>
    </message>
    <message>
        <source>Al Wakrah</source>
        <translation>الوكرة</translation>
    </message>
    <message>
        <source>Umm Salal</source>
        <translation>أم صلال</translation>
    </message>
    <message>
        <source>Al Khor and Al Thakhira</source>
        <translation>الخور والذخيرة</translation>
    </message>
    <message>
        <source>Al Shamal</source>
        <translation>الشمال</translation>
    </message>
    <message>
        <source>Al Daayen</source>
        <translation>الظعاين</translation>
    </message>
    <message>
        <source>Al Sheehaniya</source>
        <translation>الشيحانية</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Qatari</source>
        <translation>قطري</translation>
    </message>
    <message>
        <source>Non-Qatari</source>
        <translation>غير قطري</translation>
    </message>
    <message>
        <source>Up to 1 day</source>
        <translation>حتى يوم واحد</translation>
    </message>
    <message>
        <source>2 to 3 days</source>
        <translation>من يومين إلى 3 أيام</translation>
    </message>
    <message>
        <source>4 to 7 days</source>
        <translation>من 4 إلى 7 أيام</translation>
    </message>
    <message>
        <source>8 to 14 days</source>
        <translation>من 8 إلى 14 يومًا</translation>
    </message>
    <message>
        <source>15 to 30 days</source>
        <translation>من 15 إلى 30 يومًا</translation>
    </message>
    <message>
        <source>Over 30 days</source>
        <translation>أكثر من 30 يومًا</translation>
    </message>
</context>
<context>
    <name>DashboardsPage</name>
    <message>
        <source>Dashboards</source>
        <translation>لوحات المؤشرات</translation>
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
        <source>Loading...</source>
        <translation>جارٍ التحميل...</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>كل الخدمات</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>كل القضايا</translation>
    </message>
    <message>
        <source>Figures up to %1, from the rollups; they refresh when the data changes.</source>
        <translation>الأرقام حتى %1 من الجداول التجميعية، وتتحدث عند تغير البيانات.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Agreement by %1</source>
        <translation>الموافقة حسب %1</translation>
    </message>
    <message>
        <source>The share of each answer, agreeing to one side of zero and disagreeing to the other, for everyone and each group.</source>
        <translation>نسبة كل إجابة، الموافقة في جهة من الصفر وعدم الموافقة في الجهة الأخرى، للجميع ولكل فئة.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>%1 (changed, p = %2)</source>
        <translation>%1 (تغيّر، القيمة الاحتمالية = %2)</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>الفترة: من %1 إلى %2</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>السؤال: %1</translation>
    </message>
    <message>
        <source>Breakdown by: %1</source>
        <translation>التوزيع حسب: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>القضية: %1</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>الخدمة: %1</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export a PDF report</source>
        <translation>تصدير تقرير PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Public opinion, discussions and services at a glance: every chart has the table of its numbers.</source>
        <translation>الرأي العام والنقاشات والخدمات في لمحة: لكل رسم بياني جدول بأرقامه.</translation>
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
        <source>Poll</source>
        <translation>الاستطلاع</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Breakdown by</source>
        <translation>التوزيع حسب</translation>
    </message>
    <message>
        <source>&amp;Weekly</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Export to &amp;Excel...</source>
        <translation>تصدير إلى Excel...</translation>
    </message>
    <message>
        <source>Export a P&amp;DF report...</source>
        <translation>تصدير تقرير PDF...</translation>
    </message>
    <message>
        <source>Opinion</source>
        <translation>الرأي العام</translation>
    </message>
    <message>
        <source>Discussions</source>
        <translation>النقاشات</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <source>Hijri</source>
        <translation>هجري</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>طباعة...</translation>
    </message>
    <message>
        <source>Print the report with a preview (%1)</source>
        <translation>طباعة التقرير مع المعاينة (%1)</translation>
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
    <message>
        <source>Your account is not set up in Diwan: it can reach the database but has no staff account. Ask the system administrator to add you as a member of staff.</source>
        <translation>حسابك غير مُعَدّ في ديوان: يمكنه الاتصال بقاعدة البيانات لكن ليس له حساب موظف. اطلب من مسؤول النظام إضافتك إلى الموظفين.</translation>
    </message>
    <message>
        <source>Your Diwan account has been deactivated. Ask the system administrator if you still need access.</source>
        <translation>تم إيقاف حسابك في ديوان. راجِع مسؤول النظام إن كنت لا تزال بحاجة إلى الدخول.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Request documents</source>
        <translation>طلب استكمال المستندات</translation>
    </message>
    <message>
        <source>Resume review</source>
        <translation>استئناف المراجعة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <source>Escalate to supervisor</source>
        <translation>التصعيد إلى المشرف المباشر</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>اختر السبب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reason as the applicant reads it</source>
        <translation>السبب كما يقرؤه مقدم الطلب</translation>
    </message>
    <message>
        <source>Documents the applicant must provide</source>
        <translation>المستندات المطلوب من مقدم الطلب استكمالها</translation>
    </message>
    <message>
        <source>Message to applicant (optional)</source>
        <translation>رسالة إلى مقدم الطلب (اختيارية)</translation>
    </message>
    <message>
        <source>Why it needs the supervisor</source>
        <translation>سبب الحاجة إلى المشرف المباشر</translation>
    </message>
    <message>
        <source>Internal note (optional)</source>
        <translation>ملاحظة داخلية (اختيارية)</translation>
    </message>
    <message>
        <source>The applicant will read (English)</source>
        <translation>سيقرأ مقدم الطلب (بالإنجليزية)</translation>
    </message>
    <message>
        <source>The applicant will read (Arabic)</source>
        <translation>سيقرأ مقدم الطلب (بالعربية)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Choose the reason for the rejection.</source>
        <translation>اختر سبب الرفض.</translation>
    </message>
    <message>
        <source>Write the reason as the applicant will read it.</source>
        <translation>اكتب السبب كما سيقرؤه مقدم الطلب.</translation>
    </message>
    <message>
        <source>Tick at least one document the applicant has to provide.</source>
        <translation>حدّد مستندًا واحدًا على الأقل يجب على مقدم الطلب استكماله.</translation>
    </message>
    <message>
        <source>Write why this transaction needs the supervisor.</source>
        <translation>اكتب سبب حاجة هذه المعاملة إلى المشرف المباشر.</translation>
    </message>
</context>
<context>
    <name>DecisionLetter</name>
    <message>
        <source>the file %1 cannot be written: %2</source>
        <translation>تعذّرت الكتابة في الملف %1: %2</translation>
    </message>
    <message>
        <source>the file %1 cannot be written</source>
        <translation>تعذّرت الكتابة في الملف %1</translation>
    </message>
    <message>
        <source>A decision letter can be issued only once the transaction is approved or rejected. Nothing was recorded.</source>
        <translation>لا يصدر كتاب القرار إلا بعد الموافقة على المعاملة أو رفضها. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>Only the clerk who decided this transaction can issue its letter. Nothing was recorded.</source>
        <translation>لا يصدر كتاب هذه المعاملة إلا الموظف الذي اتخذ القرار فيها. لم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>The letter could not be produced (%1). Nothing was recorded.</source>
        <translation>تعذّر إصدار الكتاب (%1). لم يُسجَّل أي شيء.</translation>
    </message>
</context>
<context>
    <name>DiscussionsDashboard</name>
    <message>
        <source>Contributions per topic</source>
        <translation>المشاركات حسب القضية</translation>
    </message>
    <message>
        <source>Contributions submitted each week (from Sunday), per topic.</source>
        <translation>المشاركات المقدمة كل أسبوع (من الأحد) لكل قضية.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>الأسبوع</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>المشاركات</translation>
    </message>
    <message>
        <source>Moderation outcomes</source>
        <translation>نتائج المراجعة</translation>
    </message>
    <message>
        <source>Contributions submitted in the period by what became of them: approval, rejection and hiding rates.</source>
        <translation>المشاركات المقدمة خلال الفترة حسب مآلها: نسب القبول والرفض والإخفاء.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Report reasons</source>
        <translation>أسباب البلاغات</translation>
    </message>
    <message>
        <source>Reports from the public in the period, by reason.</source>
        <translation>بلاغات الجمهور خلال الفترة حسب السبب.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Moderation backlog</source>
        <translation>المشاركات المتراكمة بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Contributions pending review today, by the days since they were submitted.</source>
        <translation>المشاركات بانتظار المراجعة اليوم حسب الأيام منذ تقديمها.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Pending contributions</source>
        <translation>المشاركات المنتظرة</translation>
    </message>
    <message>
        <source>Time to moderation decision</source>
        <translation>مدة قرار المراجعة</translation>
    </message>
    <message>
        <source>Hours from submission to the moderator's decision, for the decisions of the period: median and 90th percentile, to the whole hour.</source>
        <translation>الساعات من التقديم إلى قرار مشرف المحتوى لقرارات الفترة: الوسيط والمئين التسعون، بالساعة الكاملة.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>الوسيط (ساعات)</translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation>المئين التسعون (ساعات)</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>كل القضايا</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
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
    <message>
        <source>Submitted through the portal</source>
        <translation>قُدّمت عبر البوابة الإلكترونية</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>تم الاستلام</translation>
    </message>
    <message>
        <source>Returned to the queue</source>
        <translation>أعيدت إلى القائمة</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Message to applicant</source>
        <translation>رسالة إلى مقدم الطلب</translation>
    </message>
    <message>
        <source>Documents requested</source>
        <translation>طُلب استكمال المستندات</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>استُلمت المستندات</translation>
    </message>
    <message>
        <source>Decision letter issued</source>
        <translation>صدر خطاب القرار</translation>
    </message>
    <message>
        <source>Document accepted</source>
        <translation>قُبل المستند</translation>
    </message>
    <message>
        <source>Document rejected</source>
        <translation>رُفض المستند</translation>
    </message>
    <message>
        <source>Reassigned</source>
        <translation>أعيد إسنادها</translation>
    </message>
    <message>
        <source>Taken over</source>
        <translation>تولّاها المشرف المباشر</translation>
    </message>
    <message>
        <source>Priority changed</source>
        <translation>تغيّرت الأولوية</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Buyer's QID</source>
        <translation>رقم البطاقة الشخصية للمشتري</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Commercial registration</source>
        <translation>السجل التجاري</translation>
    </message>
    <message>
        <source>Establishment ID</source>
        <translation>رقم قيد المنشأة</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>سبب المغادرة</translation>
    </message>
    <message>
        <source>Licence class</source>
        <translation>فئة الرخصة</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>رقم الرخصة</translation>
    </message>
    <message>
        <source>New passport number</source>
        <translation>رقم جواز السفر الجديد</translation>
    </message>
    <message>
        <source>Old passport number</source>
        <translation>رقم جواز السفر القديم</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>رقم جواز السفر</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>رقم اللوحة</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Renewal (years)</source>
        <translation>مدة التجديد (بالسنوات)</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>نوع المركبة</translation>
    </message>
    <message>
        <source>Violation (days ago)</source>
        <translation>المخالفة (منذ أيام)</translation>
    </message>
    <message>
        <source>Violation number</source>
        <translation>رقم المخالفة</translation>
    </message>
    <message>
        <source>Visa number</source>
        <translation>رقم التأشيرة</translation>
    </message>
    <message>
        <source>Visa type</source>
        <translation>نوع التأشيرة</translation>
    </message>
    <message>
        <source>Visit (days)</source>
        <translation>مدة الزيارة (بالأيام)</translation>
    </message>
    <message>
        <source>Visitor's passport number</source>
        <translation>رقم جواز سفر الزائر</translation>
    </message>
    <message>
        <source>Relationship to the visitor</source>
        <translation>صلة القرابة بالزائر</translation>
    </message>
    <message>
        <source>Number of workers</source>
        <translation>عدد العمال</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>فاقد</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>تالف</translation>
    </message>
    <message>
        <source>Final exit</source>
        <translation>مغادرة نهائية</translation>
    </message>
    <message>
        <source>End of contract</source>
        <translation>انتهاء العقد</translation>
    </message>
    <message>
        <source>Transfer abroad</source>
        <translation>انتقال إلى الخارج</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>أسباب عائلية</translation>
    </message>
    <message>
        <source>Light vehicle</source>
        <translation>مركبة خفيفة</translation>
    </message>
    <message>
        <source>Motorcycle</source>
        <translation>دراجة نارية</translation>
    </message>
    <message>
        <source>Heavy vehicle</source>
        <translation>مركبة ثقيلة</translation>
    </message>
    <message>
        <source>Corniche</source>
        <translation>الكورنيش</translation>
    </message>
    <message>
        <source>Salwa Road</source>
        <translation>طريق سلوى</translation>
    </message>
    <message>
        <source>Al Shamal Road</source>
        <translation>طريق الشمال</translation>
    </message>
    <message>
        <source>D Ring Road</source>
        <translation>الدائري الرابع</translation>
    </message>
    <message>
        <source>Lusail Expressway</source>
        <translation>طريق لوسيل السريع</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>الدراسة</translation>
    </message>
    <message>
        <source>Immigration</source>
        <translation>الهجرة</translation>
    </message>
    <message>
        <source>More than six months abroad</source>
        <translation>أكثر من ستة أشهر خارج البلاد</translation>
    </message>
    <message>
        <source>Lost passport</source>
        <translation>فقدان جواز السفر</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خصوصي</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>نقل</translation>
    </message>
    <message>
        <source>Family visit</source>
        <translation>زيارة عائلية</translation>
    </message>
    <message>
        <source>Business visit</source>
        <translation>زيارة عمل</translation>
    </message>
    <message>
        <source>Tourist</source>
        <translation>سياحية</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>عمل</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>زوج/زوجة</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>ابن/ابنة</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>أخ/أخت</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a poll or topic, open to the public</comment>
        <translation>مفتوح</translation>
    </message>
</context>
<context>
    <name>HijriDateEdit</name>
    <message>
        <source>Hijri day</source>
        <translation>اليوم الهجري</translation>
    </message>
    <message>
        <source>Hijri month</source>
        <translation>الشهر الهجري</translation>
    </message>
    <message>
        <source>Hijri year</source>
        <translation>السنة الهجرية</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Justification</source>
        <translation>المبرر</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Decision letter</source>
        <translation>خطاب القرار</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Letter &amp;language:</source>
        <translation>لغة الكتاب:</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>حفظ بصيغة PDF...</translation>
    </message>
    <message>
        <source>Save the letter as a PDF file and record it in the history (%1)</source>
        <translation>حفظ الكتاب في ملف PDF وتسجيله في سجل المعاملة (%1)</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>طباعة...</translation>
    </message>
    <message>
        <source>Print the letter and record it in the history (%1)</source>
        <translation>طباعة الكتاب وتسجيله في سجل المعاملة (%1)</translation>
    </message>
    <message>
        <source>Letter %1 saved to %2 and recorded in the history.</source>
        <translation>حُفظ الكتاب %1 في %2 وسُجِّل في سجل المعاملة.</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>تعذّر تشغيل الطابعة</translation>
    </message>
    <message>
        <source>Letter %1 sent to the printer and recorded in the history.</source>
        <translation>أُرسل الكتاب %1 إلى الطابعة وسُجِّل في سجل المعاملة.</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>حفظ الكتاب بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>طباعة الكتاب</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1; reads from %2</source>
        <translation>%1؛ القراءة من %2</translation>
    </message>
    <message>
        <source>The read replica could not be opened: searches and dashboards read from the central database.</source>
        <translation>تعذّر فتح النسخة المتماثلة للقراءة: البحث ولوحات المؤشرات تقرأ من قاعدة البيانات المركزية.</translation>
    </message>
</context>
<context>
    <name>ModerationDetail</name>
    <message>
        <source>Unblock author</source>
        <translation>إلغاء حظر الكاتب</translation>
    </message>
    <message>
        <source>This author's contributions</source>
        <translation>مشاركات هذا الكاتب</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>سجل الإشراف</translation>
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
        <source>Hidden</source>
        <translation>مخفية</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>أُعيد نشرها</translation>
    </message>
    <message>
        <source>Reports dismissed</source>
        <translation>استُبعدت البلاغات</translation>
    </message>
    <message>
        <source>Hidden by its reports</source>
        <translation>أخفتها البلاغات تلقائيًا</translation>
    </message>
    <message>
        <source>Personal data redacted</source>
        <translation>حُجبت بيانات شخصية</translation>
    </message>
    <message>
        <source>Author blocked</source>
        <translation>حُظر الكاتب</translation>
    </message>
    <message>
        <source>Author unblocked</source>
        <translation>أُلغي حظر الكاتب</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>تم التراجع</translation>
    </message>
    <message>
        <source>Select a contribution to see it whole.</source>
        <translation>اختر مشاركة لعرض نصها كاملًا.</translation>
    </message>
    <message>
        <source>%1 is looking at this contribution (since %2).</source>
        <translation>%1 يطّلع على هذه المشاركة (منذ %2).</translation>
    </message>
    <message>
        <source>hidden by its reports</source>
        <translation>أخفتها البلاغات تلقائيًا</translation>
    </message>
    <message>
        <source>Automatic flags</source>
        <translation>تنبيهات تلقائية</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>مستبعد</translation>
    </message>
    <message>
        <source>Diwan</source>
        <translation>ديوان</translation>
    </message>
    <message>
        <source>The author: %1 pending, %2 published, %3 hidden, %4 rejected.</source>
        <translation>الكاتب: %1 بانتظار المراجعة، %2 منشورة، %3 مخفية، %4 مرفوضة.</translation>
    </message>
    <message>
        <source>Blocked since %1: %2</source>
        <translation>محظور منذ %1: %2</translation>
    </message>
    <message>
        <source>Their latest other contributions:</source>
        <translation>أحدث مشاركاته الأخرى:</translation>
    </message>
    <message>
        <source>near-duplicate of #%1 (%2)</source>
        <translation>شبه مكررة للمشاركة #%1 (%2)</translation>
    </message>
    <message>
        <source>right-to-left override</source>
        <translation>تجاوز الاتجاه من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>left-to-right override</source>
        <translation>تجاوز الاتجاه من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>left-to-right embedding</source>
        <translation>تضمين من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>right-to-left embedding</source>
        <translation>تضمين من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>end of embedding</source>
        <translation>نهاية التضمين</translation>
    </message>
    <message>
        <source>left-to-right isolate</source>
        <translation>عزل من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>right-to-left isolate</source>
        <translation>عزل من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>first-strong isolate</source>
        <translation>عزل باتجاه أول حرف</translation>
    </message>
    <message>
        <source>end of isolate</source>
        <translation>نهاية العزل</translation>
    </message>
    <message>
        <source>left-to-right mark</source>
        <translation>علامة من اليسار إلى اليمين</translation>
    </message>
    <message>
        <source>right-to-left mark</source>
        <translation>علامة من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Arabic letter mark</source>
        <translation>علامة الحرف العربي</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>مسافة بعرض صفري</translation>
    </message>
    <message>
        <source>zero-width non-joiner</source>
        <translation>مانع وصل بعرض صفري</translation>
    </message>
    <message>
        <source>zero-width joiner</source>
        <translation>واصل بعرض صفري</translation>
    </message>
    <message>
        <source>zero-width no-break space</source>
        <translation>مسافة غير فاصلة بعرض صفري</translation>
    </message>
    <message>
        <source>soft hyphen</source>
        <translation>واصلة اختيارية</translation>
    </message>
    <message>
        <source>word joiner</source>
        <translation>رابط كلمات</translation>
    </message>
    <message>
        <source>Mongolian vowel separator</source>
        <translation>فاصل الحروف المنغولي</translation>
    </message>
    <message>
        <source>invisible operator</source>
        <translation>عامل غير مرئي</translation>
    </message>
    <message>
        <source>%1 (no word of the list matches it now)</source>
        <translation>%1 (لم تعد أي كلمة من القائمة تطابقه)</translation>
    </message>
    <message>
        <source>"%1" (list word %2)</source>
        <translation>«%1» (كلمة القائمة %2)</translation>
    </message>
    <message>
        <source>%1 at the start</source>
        <translation>%1 في البداية</translation>
    </message>
    <message>
        <source>%1 after "%2"</source>
        <translation>%1 بعد «%2»</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>ModerationFilterBar</name>
    <message>
        <source>All topics</source>
        <translation>كل القضايا</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>أي تنبيه</translation>
    </message>
    <message>
        <source>Any report reason</source>
        <translation>أي سبب بلاغ</translation>
    </message>
    <message>
        <source>Any moderator</source>
        <translation>أي مشرف</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>الأقدم تقديمًا أولًا</translation>
    </message>
    <message>
        <source>Most reports first</source>
        <translation>الأكثر بلاغات أولًا</translation>
    </message>
    <message>
        <source>Most flags first</source>
        <translation>الأكثر تنبيهات أولًا</translation>
    </message>
    <message>
        <source>Search the contributions (any spelling), then Enter</source>
        <translation>ابحث في المشاركات (بأي إملاء) ثم اضغط Enter</translation>
    </message>
    <message>
        <source>Author ID</source>
        <translation>معرّف الكاتب</translation>
    </message>
    <message>
        <source>From any date</source>
        <translation>من أي تاريخ</translation>
    </message>
    <message>
        <source>To any date</source>
        <translation>إلى أي تاريخ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>Open poll answers</source>
        <translation>الإجابات المفتوحة في الاستطلاعات</translation>
    </message>
</context>
<context>
    <name>ModerationLogDialog</name>
    <message>
        <source>Moderation log of the contribution</source>
        <translation>سجل الإشراف على المشاركة</translation>
    </message>
    <message>
        <source>Moderation log of the moderator</source>
        <translation>سجل الإشراف للمشرف</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>المشاركة</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
    <message>
        <source>Diwan</source>
        <translation>ديوان</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>مشرف المحتوى</translation>
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
        <source>Moderation</source>
        <translation>مراجعة المشاركات</translation>
    </message>
    <message>
        <source>Contributions to issues for discussion waiting for review, oldest first. Hidden characters in public text are shown, never obeyed.</source>
        <translation>مشاركات قضايا للنقاش بانتظار المراجعة، الأقدم أولًا. تُعرض الرموز المخفية في نصوص الجمهور ولا يُعمل بها.</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>when it was submitted</comment>
        <translation>تاريخ التقديم</translation>
    </message>
    <message numerus="yes">
        <source>%n contributions waiting for review</source>
        <translation>
            <numerusform>لا توجد مشاركات بانتظار المراجعة</numerusform>
            <numerusform>مشاركة واحدة بانتظار المراجعة</numerusform>
            <numerusform>مشاركتان بانتظار المراجعة</numerusform>
            <numerusform>%n مشاركات بانتظار المراجعة</numerusform>
            <numerusform>%n مشاركة بانتظار المراجعة</numerusform>
            <numerusform>%n مشاركة بانتظار المراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>قبول (A)</translation>
    </message>
    <message>
        <source>Reject (R)</source>
        <translation>رفض (R)</translation>
    </message>
    <message>
        <source>Hide (H)</source>
        <translation>إخفاء (H)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Dismiss reports</source>
        <translation>استبعاد البلاغات</translation>
    </message>
    <message>
        <source>Approve</source>
        <comment>a contribution</comment>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>a contribution</comment>
        <translation>رفض</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Next contribution</source>
        <translation>المشاركة التالية</translation>
    </message>
    <message>
        <source>Previous contribution</source>
        <translation>المشاركة السابقة</translation>
    </message>
    <message>
        <source>Select or unselect</source>
        <translation>تحديد أو إلغاء التحديد</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>مبلَّغ عنها</translation>
    </message>
    <message>
        <source>Auto-hidden</source>
        <translation>مخفية تلقائيًا</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>بريد إلكتروني</translation>
    </message>
    <message>
        <source>QID</source>
        <translation>رقم البطاقة الشخصية</translation>
    </message>
    <message>
        <source>The portal</source>
        <translation>البوابة الإلكترونية</translation>
    </message>
    <message>
        <source>Done: %1. Not done: %2.</source>
        <translation>أُنجز: %1. لم يُنجز: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Being looked at by</source>
        <translation>يطّلع عليها</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>حجب جزء من النص</translation>
    </message>
    <message>
        <source>Block author</source>
        <translation>حظر الكاتب</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>My moderation log</source>
        <translation>سجل الإشراف الخاص بي</translation>
    </message>
    <message>
        <source>Undo my last action</source>
        <translation>التراجع عن آخر إجراء لي</translation>
    </message>
    <message>
        <source>Unblock author</source>
        <translation>إلغاء حظر الكاتب</translation>
    </message>
    <message>
        <source>The authors of the selected contributions will not be able to contribute, and their contributions waiting for review will be hidden.</source>
        <translation>لن يتمكن كتّاب المشاركات المحددة من المشاركة بعد الآن، وستُخفى مشاركاتهم التي بانتظار المراجعة.</translation>
    </message>
    <message>
        <source>The author will be able to contribute again. What the block hid stays hidden.</source>
        <translation>سيتمكن الكاتب من المشاركة مجددًا. وما أخفاه الحظر يبقى مخفيًا.</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <source>%1 acted on this contribution first: %2 (%3). Nothing was changed.</source>
        <translation>تصرّف %1 في هذه المشاركة قبلك: %2 (%3). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Show the contribution whole</source>
        <translation>عرض المشاركة كاملة</translation>
    </message>
    <message>
        <source>mixed-script words</source>
        <translation>كلمات بحروف مختلطة</translation>
    </message>
    <message>
        <source>Contribution #%1 is no longer in this tab: someone acted on it. The one now in its place is shown.</source>
        <translation>لم تعد المشاركة #%1 في هذا التبويب: تصرّف فيها أحد. تُعرض الآن المشاركة التي حلّت محلها.</translation>
    </message>
    <message>
        <source>The newest %1 matches in this tab are shown: more words narrow the search.</source>
        <translation>تُعرض أحدث %1 نتيجة في هذا التبويب: كلمات أكثر تضيّق البحث.</translation>
    </message>
    <message>
        <source>Blocked words</source>
        <translation>الكلمات المحظورة</translation>
    </message>
</context>
<context>
    <name>MunicipalityGrid</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1: %2)</source>
        <translation> (%1: %2)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <source>Lighter tiles: less; darker: more (from %1 to %2). Hatched: no data.</source>
        <translation>المربعات الأفتح: أقل، والأغمق: أكثر (من %1 إلى %2). المربعات المخططة: لا توجد بيانات.</translation>
    </message>
    <message>
        <source>No data for any municipality in the period.</source>
        <translation>لا توجد بيانات لأي بلدية في هذه الفترة.</translation>
    </message>
    <message>
        <source>Shown on the map:</source>
        <translation>المعروض على الخريطة:</translation>
    </message>
    <message>
        <source>The answer whose share the map shows</source>
        <translation>الإجابة التي تعرض الخريطة نسبتها</translation>
    </message>
</context>
<context>
    <name>OpinionDashboard</name>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>The share of each answer with its 95% confidence interval (Wilson).</source>
        <translation>نسبة كل إجابة مع فترة الثقة 95% (طريقة ويلسون).</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>عدد الإجابات</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Lower bound</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <source>Upper bound</source>
        <translation>الحد الأعلى</translation>
    </message>
    <message>
        <source>Small sample: %1 answers (fewer than %2); the shares are uncertain.</source>
        <translation>حجم العينة صغير: %1 إجابة (أقل من %2)؛ النسب غير مؤكدة.</translation>
    </message>
    <message>
        <source>Breakdown by %1</source>
        <translation>التوزيع حسب %1</translation>
    </message>
    <message>
        <source>The share of each answer within each group of respondents.</source>
        <translation>نسبة كل إجابة داخل كل فئة من المشاركين.</translation>
    </message>
    <message>
        <source>Weekly trend</source>
        <translation>الاتجاه الأسبوعي</translation>
    </message>
    <message>
        <source>Daily trend</source>
        <translation>الاتجاه اليومي</translation>
    </message>
    <message>
        <source>The share of each answer per period, with its 95% confidence interval.</source>
        <translation>نسبة كل إجابة في كل فترة مع فترة الثقة 95%.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>حجم العينة</translation>
    </message>
    <message>
        <source>Participation per day</source>
        <translation>المشاركة اليومية</translation>
    </message>
    <message>
        <source>Responses to the poll per day.</source>
        <translation>عدد الإجابات على الاستطلاع في كل يوم.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <source>Comparison of two periods</source>
        <translation>مقارنة بين فترتين</translation>
    </message>
    <message>
        <source>%1 to %2 against %3 to %4: changes with p below 0.05 (two-proportion z-test) are marked significant.</source>
        <translation>من %1 إلى %2 مقابل من %3 إلى %4: التغيرات التي قيمتها الاحتمالية أقل من 0.05 (اختبار z لنسبتين) معلَّمة بأنها دالة.</translation>
    </message>
    <message>
        <source>First period: answers</source>
        <translation>الفترة الأولى: عدد الإجابات</translation>
    </message>
    <message>
        <source>First period: share</source>
        <translation>الفترة الأولى: النسبة</translation>
    </message>
    <message>
        <source>Second period: answers</source>
        <translation>الفترة الثانية: عدد الإجابات</translation>
    </message>
    <message>
        <source>Second period: share</source>
        <translation>الفترة الثانية: النسبة</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>التغير (نقاط مئوية)</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>القيمة الاحتمالية</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>دال إحصائيًا</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>The read replica does not answer: searches and dashboards read from the central database.</source>
        <translation>النسخة المتماثلة للقراءة لا تستجيب: البحث ولوحات المؤشرات تقرأ الآن من قاعدة البيانات المركزية.</translation>
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
    <message>
        <source>New poll</source>
        <translation>استطلاع جديد</translation>
    </message>
    <message>
        <source>Open the poll</source>
        <translation>فتح الاستطلاع</translation>
    </message>
    <message>
        <source>The poll is saved.</source>
        <translation>حُفظ الاستطلاع.</translation>
    </message>
    <message>
        <source>The poll is sent for review.</source>
        <translation>أُرسل الاستطلاع للمراجعة.</translation>
    </message>
    <message>
        <source>The poll is approved and scheduled.</source>
        <translation>اعتُمد الاستطلاع وجُدول.</translation>
    </message>
    <message>
        <source>New from a template</source>
        <translation>جديد من نموذج</translation>
    </message>
    <message>
        <source>The poll is open.</source>
        <translation>الاستطلاع مفتوح الآن.</translation>
    </message>
    <message>
        <source>The poll is closed.</source>
        <translation>أُغلق الاستطلاع.</translation>
    </message>
    <message>
        <source>The poll is archived.</source>
        <translation>أُرشف الاستطلاع.</translation>
    </message>
    <message>
        <source>A new version of the poll is saved as a draft.</source>
        <translation>حُفظ إصدار جديد من الاستطلاع كمسودة.</translation>
    </message>
    <message>
        <source>A copy of the poll: save it to keep it.</source>
        <translation>نسخة من الاستطلاع: احفظها للاحتفاظ بها.</translation>
    </message>
    <message numerus="yes">
        <source>%n text revision(s) recorded.</source>
        <translation>
            <numerusform>لم يُسجَّل أي تعديل على النصوص.</numerusform>
            <numerusform>سُجِّل تعديل واحد على النصوص.</numerusform>
            <numerusform>سُجِّل تعديلان على النصوص.</numerusform>
            <numerusform>سُجِّلت %n تعديلات على النصوص.</numerusform>
            <numerusform>سُجِّل %n تعديلًا على النصوص.</numerusform>
            <numerusform>سُجِّل %n تعديل على النصوص.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your unsaved changes to this poll are back (Ctrl+Z takes them away).</source>
        <translation>عادت تعديلاتك غير المحفوظة على هذا الاستطلاع (Ctrl+Z يتراجع عنها).</translation>
    </message>
</context>
<context>
    <name>PollEditor</name>
    <message>
        <source>Title in Arabic</source>
        <translation>العنوان بالعربية</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>العنوان بالإنجليزية</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>إضافة سؤال</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>حذف السؤال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Question in Arabic</source>
        <translation>السؤال بالعربية</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>السؤال بالإنجليزية</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Other (please specify)</source>
        <translation>أخرى (يرجى التحديد)</translation>
    </message>
    <message>
        <source>Random order</source>
        <translation>ترتيب عشوائي</translation>
    </message>
    <message>
        <source>Fewest picks</source>
        <translation>أقل عدد من الاختيارات</translation>
    </message>
    <message>
        <source>Most picks</source>
        <translation>أكثر عدد من الاختيارات</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>إضافة خيار</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>حذف الخيار</translation>
    </message>
    <message>
        <source>Preview in Arabic</source>
        <translation>المعاينة بالعربية</translation>
    </message>
    <message>
        <source>Preview in English</source>
        <translation>المعاينة بالإنجليزية</translation>
    </message>
    <message>
        <source>Back to the polls</source>
        <translation>العودة إلى الاستطلاعات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the poll</source>
        <translation>حفظ الاستطلاع</translation>
    </message>
    <message>
        <source>Move the question up</source>
        <translation>نقل السؤال إلى أعلى</translation>
    </message>
    <message>
        <source>Move the question down</source>
        <translation>نقل السؤال إلى أسفل</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>لم يُحفظ بعد</translation>
    </message>
    <message>
        <source>Option %1: %2</source>
        <translation>الخيار %1: %2</translation>
    </message>
    <message>
        <source>This poll is %1: only a draft is edited.</source>
        <translation>هذا الاستطلاع %1: لا تُعدَّل إلا المسودات.</translation>
    </message>
    <message>
        <source>Move the option up</source>
        <translation>نقل الخيار إلى أعلى</translation>
    </message>
    <message>
        <source>Move the option down</source>
        <translation>نقل الخيار إلى أسفل</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Approve and schedule</source>
        <translation>الاعتماد والجدولة</translation>
    </message>
    <message>
        <source>Description in Arabic</source>
        <translation>الوصف بالعربية</translation>
    </message>
    <message>
        <source>Description in English</source>
        <translation>الوصف بالإنجليزية</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Opens (Doha time)</source>
        <translation>يُفتح (بتوقيت الدوحة)</translation>
    </message>
    <message>
        <source>Closes (Doha time)</source>
        <translation>يُغلق (بتوقيت الدوحة)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Show only if</source>
        <translation>يظهر فقط إذا</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>افتح الآن</translation>
    </message>
    <message>
        <source>Close the poll</source>
        <translation>إغلاق الاستطلاع</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>إصدار جديد</translation>
    </message>
    <message>
        <source>Duplicate the poll</source>
        <translation>إنشاء نسخة من الاستطلاع</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>المقيمون</translation>
    </message>
    <message>
        <source>Verified QID holders</source>
        <translation>حاملو البطاقة الشخصية الموثقة</translation>
    </message>
    <message>
        <source>Record the text revisions</source>
        <translation>تسجيل تعديلات النصوص</translation>
    </message>
    <message>
        <source>This poll is %1: only its texts change, each change recorded as a revision.</source>
        <translation>هذا الاستطلاع %1: تُعدَّل نصوصه فقط، ويُسجَّل كل تعديل.</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <source>Question %1: %2</source>
        <translation>السؤال %1: %2</translation>
    </message>
    <message>
        <source>All municipalities</source>
        <translation>كل البلديات</translation>
    </message>
    <message numerus="yes">
        <source>%n municipalities</source>
        <translation>
            <numerusform>لا بلديات</numerusform>
            <numerusform>بلدية واحدة</numerusform>
            <numerusform>بلديتان</numerusform>
            <numerusform>%n بلديات</numerusform>
            <numerusform>%n بلدية</numerusform>
            <numerusform>%n بلدية</numerusform>
        </translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>كل الفئات العمرية</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Results shown to the public</source>
        <translation>عرض النتائج للجمهور</translation>
    </message>
    <message>
        <source>Live, while the poll is open</source>
        <translation>مباشرة أثناء فتح الاستطلاع</translation>
    </message>
    <message>
        <source>After the poll closes</source>
        <translation>بعد إغلاق الاستطلاع</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>More than a typo: keep the text as it was, or make a new version of the poll.</source>
        <translation>أكثر من تصحيح خطأ مطبعي: أبقِ النص كما كان، أو أنشئ إصدارًا جديدًا من الاستطلاع.</translation>
    </message>
</context>
<context>
    <name>PollResultsView</name>
    <message>
        <source>female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Qatari</source>
        <translation>قطري</translation>
    </message>
    <message>
        <source>non-Qatari</source>
        <translation>غير قطري</translation>
    </message>
    <message>
        <source>aged %1</source>
        <translation>الفئة العمرية %1</translation>
    </message>
    <message>
        <source>Results: %1 responses</source>
        <translation>النتائج: عدد الإجابات %1</translation>
    </message>
    <message>
        <source>No responses yet.</source>
        <translation>لا توجد إجابات بعد.</translation>
    </message>
    <message>
        <source>Fewer than 30 responses, read their shares with care: %1</source>
        <translation>أقل من 30 إجابة، فاقرأ نسبها بحذر: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Shares of all responses; a respondent may pick several options.</source>
        <translation>النسب من مجموع الإجابات؛ يمكن للمشارك اختيار أكثر من خيار.</translation>
    </message>
    <message>
        <source>How often each option was ranked first.</source>
        <translation>عدد مرات ترتيب كل خيار في المرتبة الأولى.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>95% confidence interval</source>
        <translation>فترة الثقة 95%</translation>
    </message>
    <message>
        <source>Responses per day</source>
        <translation>الإجابات في اليوم</translation>
    </message>
    <message>
        <source>By gender</source>
        <translation>حسب الجنس</translation>
    </message>
    <message>
        <source>By age band</source>
        <translation>حسب الفئة العمرية</translation>
    </message>
    <message>
        <source>By nationality group</source>
        <translation>حسب الجنسية</translation>
    </message>
    <message>
        <source>By municipality</source>
        <translation>حسب البلدية</translation>
    </message>
    <message>
        <source>fewer than 30 responses</source>
        <translation>أقل من 30 إجابة</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Within each segment (n responses): the share of each answer, its count and its 95% confidence interval.</source>
        <translation>داخل كل شريحة (n عدد الإجابات): نسبة كل إجابة وعددها وفترة الثقة 95% لها.</translation>
    </message>
    <message>
        <source>%1 of %2 answers; 95% confidence interval: %3</source>
        <translation>%1 من %2 إجابة؛ فترة الثقة 95%: %3</translation>
    </message>
    <message>
        <source>Within each segment (n responses): the share of each answer; its count and 95% confidence interval in the tooltip.</source>
        <translation>داخل كل شريحة (n عدد الإجابات): نسبة كل إجابة، وعددها وفترة الثقة 95% لها عند الإشارة إليها.</translation>
    </message>
    <message>
        <source>Counts and intervals per segment</source>
        <translation>العدد وفترة الثقة لكل شريحة</translation>
    </message>
</context>
<context>
    <name>PollService</name>
    <message>
        <source>This is more than fixing a typo: make a new version of the poll for this change.</source>
        <translation>هذا أكثر من تصحيح خطأ مطبعي: أنشئ إصدارًا جديدًا من الاستطلاع لهذا التغيير.</translation>
    </message>
</context>
<context>
    <name>PollValidator</name>
    <message>
        <source>The English text is missing.</source>
        <translation>النص بالإنجليزية غير موجود.</translation>
    </message>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>النص طويل جدًا: الحد الأقصى %n حرف.</numerusform>
            <numerusform>النص طويل جدًا: الحد الأقصى حرف واحد.</numerusform>
            <numerusform>النص طويل جدًا: الحد الأقصى حرفان.</numerusform>
            <numerusform>النص طويل جدًا: الحد الأقصى %n أحرف.</numerusform>
            <numerusform>النص طويل جدًا: الحد الأقصى %n حرفًا.</numerusform>
            <numerusform>النص طويل جدًا: الحد الأقصى %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>This kind of question has a fixed scale and no options of its own.</source>
        <translation>لهذا النوع من الأسئلة مقياس ثابت وليس له خيارات خاصة به.</translation>
    </message>
    <message>
        <source>A choice question needs at least two options.</source>
        <translation>يحتاج سؤال الاختيار إلى خيارين على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>Too many options: at most %n.</source>
        <translation>
            <numerusform>خيارات كثيرة جدًا: الحد الأقصى %n خيار.</numerusform>
            <numerusform>خيارات كثيرة جدًا: الحد الأقصى خيار واحد.</numerusform>
            <numerusform>خيارات كثيرة جدًا: الحد الأقصى خياران.</numerusform>
            <numerusform>خيارات كثيرة جدًا: الحد الأقصى %n خيارات.</numerusform>
            <numerusform>خيارات كثيرة جدًا: الحد الأقصى %n خيارًا.</numerusform>
            <numerusform>خيارات كثيرة جدًا: الحد الأقصى %n خيار.</numerusform>
        </translation>
    </message>
    <message>
        <source>An option cannot be empty.</source>
        <translation>لا يمكن أن يكون الخيار فارغًا.</translation>
    </message>
    <message>
        <source>The same as option %1: two options may not be equal.</source>
        <translation>مطابق للخيار %1: لا يجوز أن يتساوى خياران.</translation>
    </message>
    <message>
        <source>The fewest picks cannot be below zero.</source>
        <translation>لا يقل أقل عدد من الاختيارات عن صفر.</translation>
    </message>
    <message>
        <source>The most picks cannot be below zero.</source>
        <translation>لا يقل أكثر عدد من الاختيارات عن صفر.</translation>
    </message>
    <message>
        <source>The fewest picks is more than the most picks.</source>
        <translation>أقل عدد من الاختيارات أكبر من أكثر عدد.</translation>
    </message>
    <message>
        <source>The most picks is more than the number of options.</source>
        <translation>أكثر عدد من الاختيارات أكبر من عدد الخيارات.</translation>
    </message>
    <message>
        <source>Only a multiple choice question has a number of picks.</source>
        <translation>عدد الاختيارات لسؤال الاختيار المتعدد وحده.</translation>
    </message>
    <message>
        <source>A ranking question cannot have "other (please specify)".</source>
        <translation>لا يكون في سؤال الترتيب خيار «أخرى (يرجى التحديد)».</translation>
    </message>
    <message>
        <source>A condition can only refer to an earlier question.</source>
        <translation>لا يشير الشرط إلا إلى سؤال سابق.</translation>
    </message>
    <message>
        <source>A condition can only refer to a question answered by choosing.</source>
        <translation>لا يشير الشرط إلا إلى سؤال يُجاب عنه بالاختيار.</translation>
    </message>
    <message>
        <source>The condition refers to an answer the earlier question does not have.</source>
        <translation>يشير الشرط إلى إجابة ليست في السؤال السابق.</translation>
    </message>
    <message>
        <source>The Arabic title is required.</source>
        <translation>العنوان بالعربية إلزامي.</translation>
    </message>
    <message>
        <source>The English title is missing.</source>
        <translation>العنوان بالإنجليزية غير موجود.</translation>
    </message>
    <message>
        <source>Unknown municipality: %1.</source>
        <translation>بلدية غير معروفة: %1.</translation>
    </message>
    <message>
        <source>Unknown age band: %1.</source>
        <translation>فئة عمرية غير معروفة: %1.</translation>
    </message>
    <message>
        <source>A poll is scheduled with both an opening and a closing time.</source>
        <translation>يُجدول الاستطلاع بموعد فتح وموعد إغلاق معًا.</translation>
    </message>
    <message>
        <source>The opening time is in the past.</source>
        <translation>موعد الفتح في الماضي.</translation>
    </message>
    <message>
        <source>The poll must close after it opens.</source>
        <translation>يجب أن يُغلق الاستطلاع بعد فتحه.</translation>
    </message>
    <message>
        <source>A poll needs at least one question.</source>
        <translation>يحتاج الاستطلاع إلى سؤال واحد على الأقل.</translation>
    </message>
    <message numerus="yes">
        <source>Too many questions: at most %n.</source>
        <translation>
            <numerusform>أسئلة كثيرة جدًا: الحد الأقصى %n سؤال.</numerusform>
            <numerusform>أسئلة كثيرة جدًا: الحد الأقصى سؤال واحد.</numerusform>
            <numerusform>أسئلة كثيرة جدًا: الحد الأقصى سؤالان.</numerusform>
            <numerusform>أسئلة كثيرة جدًا: الحد الأقصى %n أسئلة.</numerusform>
            <numerusform>أسئلة كثيرة جدًا: الحد الأقصى %n سؤالًا.</numerusform>
            <numerusform>أسئلة كثيرة جدًا: الحد الأقصى %n سؤال.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Arabic text of the question is required.</source>
        <translation>نص السؤال بالعربية إلزامي.</translation>
    </message>
    <message>
        <source>Results shown while the poll is open can sway the answers still to come.</source>
        <translation>قد تؤثر النتائج المعروضة أثناء فتح الاستطلاع في الإجابات اللاحقة.</translation>
    </message>
</context>
<context>
    <name>Polls</name>
    <message>
        <source>Yes or no</source>
        <translation>نعم أو لا</translation>
    </message>
    <message>
        <source>Doha</source>
        <translation>الدوحة</translation>
    </message>
    <message>
        <source>Al Rayyan</source>
        <translation>الريان</translation>
    </message>
    <message>
        <source>Al Wakrah</source>
        <translation>الوكرة</translation>
    </message>
    <message>
        <source>Umm Salal</source>
        <translation>أم صلال</translation>
    </message>
    <message>
        <source>Al Khor and Al Thakhira</source>
        <translation>الخور والذخيرة</translation>
    </message>
    <message>
        <source>Al Shamal</source>
        <translation>الشمال</translation>
    </message>
    <message>
        <source>Al Daayen</source>
        <translation>الظعاين</translation>
    </message>
    <message>
        <source>Al Sheehaniya</source>
        <translation>الشيحانية</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>%1 AH</source>
        <translation>%1 هـ</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>متأخرة منذ %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>خلال %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>after a preposition</comment>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يومين</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <comment>after a preposition</comment>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعتين</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <comment>after a preposition</comment>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>أقل من دقيقة</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>قص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign transactions</source>
        <translation>إعادة إسناد المعاملات</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>تغيير الأولوية</translation>
    </message>
    <message>
        <source>Escalate transactions</source>
        <translation>تصعيد المعاملات</translation>
    </message>
    <message>
        <source>Selected transactions: %1</source>
        <translation>المعاملات المحددة: %1</translation>
    </message>
    <message>
        <source>Take over myself</source>
        <translation>أتولاها بنفسي</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>إسناد إلى:</translation>
    </message>
    <message>
        <source>No other clerk works on all the selected services.</source>
        <translation>لا يعمل موظف آخر على جميع الخدمات المحددة.</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>الأولوية:</translation>
    </message>
    <message>
        <source>The transactions go to your own supervisor, or to the managers of their service if you have none.</source>
        <translation>تُحال المعاملات إلى مشرفك المباشر، أو إلى مديري خدمتها إن لم يكن لك مشرف مباشر.</translation>
    </message>
    <message>
        <source>Why? The reason is kept in each transaction's history.</source>
        <translation>لماذا؟ يُحفظ السبب في سجل كل معاملة.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>A reason is required before you can continue.</source>
        <translation>يجب ذكر السبب قبل المتابعة.</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <comment>unassign: nobody holds it</comment>
        <translation>إعادة إلى القائمة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>holds %n transaction(s)</source>
        <translation>
            <numerusform>لا يحمل معاملات</numerusform>
            <numerusform>يحمل معاملة واحدة</numerusform>
            <numerusform>يحمل معاملتين</numerusform>
            <numerusform>يحمل %n معاملات</numerusform>
            <numerusform>يحمل %n معاملة</numerusform>
            <numerusform>يحمل %n معاملة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedactDialog</name>
    <message>
        <source>Redact personal data</source>
        <translation>حجب بيانات شخصية</translation>
    </message>
    <message>
        <source>Select the personal data in the text. Only the audit trail will keep the original.</source>
        <translation>حدّد البيانات الشخصية في النص. لن يحتفظ بالنص الأصلي إلا سجل التدقيق.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>حجب جزء من النص</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message numerus="yes">
        <source>Reject %n contributions</source>
        <translation>
            <numerusform>رفض المشاركات</numerusform>
            <numerusform>رفض مشاركة واحدة</numerusform>
            <numerusform>رفض مشاركتين</numerusform>
            <numerusform>رفض %n مشاركات</numerusform>
            <numerusform>رفض %n مشاركة</numerusform>
            <numerusform>رفض %n مشاركة</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Words for the author</source>
        <translation>نص السبب للكاتب</translation>
    </message>
    <message>
        <source>Reject</source>
        <comment>a contribution</comment>
        <translation>رفض</translation>
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
    <name>SavedViews</name>
    <message>
        <source>Give the view a name.</source>
        <translation>أدخل اسمًا للعرض.</translation>
    </message>
    <message>
        <source>The name is too long: at most 80 characters.</source>
        <translation>الاسم طويل جدًا: الحد الأقصى 80 حرفًا.</translation>
    </message>
</context>
<context>
    <name>ServicesDashboard</name>
    <message>
        <source>Transactions by service</source>
        <translation>المعاملات حسب الخدمة</translation>
    </message>
    <message>
        <source>Transactions submitted in the period, per service, most first.</source>
        <translation>المعاملات المقدمة خلال الفترة لكل خدمة، الأكثر أولًا.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Transactions by municipality</source>
        <translation>المعاملات حسب البلدية</translation>
    </message>
    <message>
        <source>Transactions submitted in the period, by the applicant's municipality.</source>
        <translation>المعاملات المقدمة خلال الفترة حسب بلدية مقدم الطلب.</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>المعاملات المتراكمة حسب عمرها</translation>
    </message>
    <message>
        <source>Open transactions today, by the days since they were submitted.</source>
        <translation>المعاملات المفتوحة اليوم حسب الأيام منذ تقديمها.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Open transactions</source>
        <translation>المعاملات المفتوحة</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>نسبة الالتزام بمواعيد الإنجاز</translation>
    </message>
    <message>
        <source>Decisions in the period on time and late; open transactions today on track, late, and paused while the applicant is asked for documents.</source>
        <translation>القرارات خلال الفترة في موعدها والمتأخرة، والمعاملات المفتوحة اليوم ضمن الموعد والمتأخرة والموقوفة بانتظار مستندات مقدم الطلب.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>الالتزام بالموعد</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Decided on time</source>
        <translation>قرار في الموعد</translation>
    </message>
    <message>
        <source>Decided late</source>
        <translation>قرار متأخر</translation>
    </message>
    <message>
        <source>Open, on track</source>
        <translation>مفتوحة ضمن الموعد</translation>
    </message>
    <message>
        <source>Open, late</source>
        <translation>مفتوحة متأخرة</translation>
    </message>
    <message>
        <source>Paused (awaiting the applicant)</source>
        <translation>موقوفة (بانتظار مقدم الطلب)</translation>
    </message>
    <message>
        <source>Time to decision</source>
        <translation>مدة اتخاذ القرار</translation>
    </message>
    <message>
        <source>Hours from submission to decision, for the decisions of the period: median and 90th percentile, to the whole hour.</source>
        <translation>الساعات من التقديم إلى القرار لقرارات الفترة: الوسيط والمئين التسعون، بالساعة الكاملة.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <source>Median (hours)</source>
        <translation>الوسيط (ساعات)</translation>
    </message>
    <message>
        <source>90th percentile (hours)</source>
        <translation>المئين التسعون (ساعات)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>كل الخدمات</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>لا أحد (غير مسندة)</translation>
    </message>
    <message>
        <source>Throughput per clerk</source>
        <translation>إنجاز كل موظف</translation>
    </message>
    <message>
        <source>Decisions in the period per clerk, and how many were on time (managers only).</source>
        <translation>قرارات كل موظف خلال الفترة وعدد ما كان منها في موعده (للمديرين فقط).</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>موظف المعاملات</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <source>Share on time</source>
        <translation>نسبة ما في الموعد</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>A read replica needs PostgreSQL, for the central database and for the replica.</source>
        <translation>تتطلب النسخة المتماثلة للقراءة PostgreSQL لقاعدة البيانات المركزية وللنسخة نفسها.</translation>
    </message>
    <message>
        <source>The read replica's address leads to a server that accepts writes, not to a standby.</source>
        <translation>عنوان النسخة المتماثلة للقراءة يقود إلى خادم يقبل الكتابة، لا إلى خادم احتياطي للقراءة فقط.</translation>
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
    <message>
        <source>Advanced</source>
        <translation>متقدم</translation>
    </message>
    <message>
        <source>Show the database address</source>
        <translation>إظهار عنوان قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/diwan?sslmode=verify-full</source>
        <translation>postgresql://user@host:5432/diwan?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Demo database (on this computer)</source>
        <translation>قاعدة البيانات التجريبية (على هذا الجهاز)</translation>
    </message>
    <message>
        <source>Database on this computer (%1)</source>
        <translation>قاعدة بيانات على هذا الجهاز (%1)</translation>
    </message>
    <message>
        <source>Ministry database "%1" (this computer)</source>
        <translation>قاعدة بيانات الوزارة «%1» (هذا الجهاز)</translation>
    </message>
    <message>
        <source>Ministry database "%1" on %2</source>
        <translation>قاعدة بيانات الوزارة «%1» على %2</translation>
    </message>
</context>
<context>
    <name>SimilarList</name>
    <message>
        <source>Similar contributions</source>
        <translation>مشاركات مشابهة</translation>
    </message>
    <message>
        <source>Flagged as a near-duplicate of contribution %1 (%2 alike).</source>
        <translation>نُبّه عليها لأنها شبه مكررة للمشاركة %1 (تشابه %2).</translation>
    </message>
    <message>
        <source>No contribution of the same topic or author is like this one.</source>
        <translation>لا توجد مشاركة مشابهة لها في القضية نفسها أو من الكاتب نفسه.</translation>
    </message>
    <message>
        <source>same topic</source>
        <translation>القضية نفسها</translation>
    </message>
    <message>
        <source>same author</source>
        <translation>الكاتب نفسه</translation>
    </message>
    <message>
        <source>%1 alike: contribution %2 (%3; %4, %5): %6</source>
        <translation>تشابه %1: المشاركة %2 (%3؛ %4، %5): %6</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>Supervision</name>
    <message>
        <source>Only a supervisor may do this: an active member of staff with the manager role. Nothing was changed.</source>
        <translation>لا يملك هذا الإجراء إلا المشرف المباشر: موظف نشط يحمل دور المدير. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>The transaction no longer exists.</source>
        <translation>لم تعد المعاملة موجودة.</translation>
    </message>
    <message>
        <source>You do not supervise the service of transaction %1. Nothing was changed.</source>
        <translation>لا تشرف على خدمة المعاملة %1. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Transaction %1 was changed since it was listed. Nothing was changed; reload and try again.</source>
        <translation>تغيّرت المعاملة %1 منذ عرضها. لم يُغيَّر شيء؛ أعد التحميل وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Transaction %1 was changed by %2 since it was listed. Nothing was changed; reload and try again.</source>
        <translation>غيّر %2 المعاملة %1 منذ عرضها. لم يُغيَّر شيء؛ أعد التحميل وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Transaction %1 is already closed.</source>
        <translation>المعاملة %1 مغلقة بالفعل.</translation>
    </message>
    <message>
        <source>The chosen colleague is not an active clerk of this service. Choose someone else.</source>
        <translation>الزميل المختار ليس موظف معاملات نشطًا في هذه الخدمة. اختر موظفًا آخر.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the transaction's history. Nothing was changed.</source>
        <translation>اذكر السبب، فهو يُحفظ في سجل المعاملة. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Choose a priority from 1 (most urgent) to 4.</source>
        <translation>اختر أولوية من 1 (الأكثر إلحاحًا) إلى 4.</translation>
    </message>
    <message>
        <source>Transaction %1 is waiting for the applicant and cannot be escalated now.</source>
        <translation>المعاملة %1 بانتظار مقدّم الطلب ولا يمكن تصعيدها الآن.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>The file could not be created: %1</source>
        <translation>تعذر إنشاء الملف: %1</translation>
    </message>
    <message>
        <source>Writing the workbook...</source>
        <translation>جارٍ كتابة المصنف...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>TopicEditor</name>
    <message>
        <source>Title (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Text (Arabic)</source>
        <translation>النص (بالعربية)</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>النص (بالإنجليزية)</translation>
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
        <source>Moderation</source>
        <translation>مراجعة المشاركات</translation>
    </message>
    <message>
        <source>Hidden after this many reports</source>
        <translation>تُخفى المشاركة بعد هذا العدد من البلاغات</translation>
    </message>
    <message>
        <source>Pinned at the top of the list on the website</source>
        <translation>مثبّتة في أعلى القائمة على البوابة الإلكترونية</translation>
    </message>
    <message>
        <source>Before publication: every contribution waits for review</source>
        <translation>قبل النشر: تنتظر كل مشاركة المراجعة</translation>
    </message>
    <message>
        <source>After publication: published at once unless a flag fired</source>
        <translation>بعد النشر: تُنشر المشاركة فوراً ما لم يظهر تنبيه تلقائي</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Topic %1 - %2</source>
        <translation>القضية %1 - %2</translation>
    </message>
    <message>
        <source>New topic (draft)</source>
        <translation>قضية جديدة (مسودة)</translation>
    </message>
    <message>
        <source>Contributions: %1 pending review, %2 published, %3 hidden; %4 open reports</source>
        <translation>المشاركات: %1 بانتظار المراجعة، %2 منشورة، %3 مخفية؛ %4 بلاغات مفتوحة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>إرسال للمراجعة</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>إعادة إلى المسودة</translation>
    </message>
    <message>
        <source>Close the topic</source>
        <translation>إغلاق القضية</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>أرشفة</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>العودة إلى القائمة</translation>
    </message>
    <message>
        <source>Sent back to draft: %1</source>
        <translation>أُعيدت إلى المسودة: %1</translation>
    </message>
</context>
<context>
    <name>TopicService</name>
    <message>
        <source>Four eyes: a topic is approved by another editor than its author.</source>
        <translation>مبدأ الأربع أعين: يعتمد القضيةَ محررٌ غير كاتبها.</translation>
    </message>
    <message>
        <source>Someone else changed this topic since you opened it. Open it again to see their changes; what you typed is still in the form.</source>
        <translation>عدّل شخص آخر هذه القضية بعد أن فتحتها. افتحها من جديد لترى تعديلاته؛ ما كتبته ما زال في النموذج.</translation>
    </message>
    <message>
        <source>Only its author changes a draft.</source>
        <translation>لا يعدّل المسودة إلا كاتبها.</translation>
    </message>
    <message>
        <source>Only its author sends a draft for review.</source>
        <translation>لا يرسل المسودة للمراجعة إلا كاتبها.</translation>
    </message>
    <message>
        <source>The title, the text and the opening time of an approved topic are not changed.</source>
        <translation>لا يُغيَّر عنوان القضية المعتمدة ولا نصها ولا موعد فتحها.</translation>
    </message>
    <message>
        <source>Give the topic an opening time and a closing time ahead before approving it.</source>
        <translation>حدّد للقضية موعد فتح وموعد إغلاق قادماً قبل اعتمادها.</translation>
    </message>
    <message>
        <source>Only editors write topics.</source>
        <translation>لا يكتب القضايا إلا المحررون.</translation>
    </message>
    <message>
        <source>The topic is no longer in a state that allows this; refresh the list.</source>
        <translation>لم تعد حالة القضية تسمح بذلك؛ حدّث القائمة.</translation>
    </message>
    <message>
        <source>A scheduled topic opens in the future.</source>
        <translation>تُفتح القضية المجدولة في موعد قادم.</translation>
    </message>
    <message>
        <source>Write the title in Arabic.</source>
        <translation>اكتب العنوان بالعربية.</translation>
    </message>
    <message>
        <source>The title has at most %1 characters.</source>
        <translation>لا يزيد العنوان على %1 حرف.</translation>
    </message>
    <message>
        <source>Write the text of the topic in Arabic.</source>
        <translation>اكتب نص القضية بالعربية.</translation>
    </message>
    <message>
        <source>The text has at most %1 characters.</source>
        <translation>لا يزيد النص على %1 حرف.</translation>
    </message>
    <message>
        <source>The topic closes after it opens.</source>
        <translation>يكون موعد إغلاق القضية بعد موعد فتحها.</translation>
    </message>
    <message>
        <source>Between 1 and %1 reports.</source>
        <translation>من 1 إلى %1 بلاغ.</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topic</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>مثبّتة</translation>
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
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>القضايا</translation>
    </message>
    <message>
        <source>Issues for discussion: written by an editor, approved by another, open to the public for their window.</source>
        <translation>قضايا للنقاش: يكتبها محرر ويعتمدها محرر آخر، وتُفتح للجمهور طوال مدتها.</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>قضية جديدة</translation>
    </message>
    <message>
        <source>Open the topic</source>
        <translation>فتح القضية</translation>
    </message>
    <message>
        <source>The topic is saved.</source>
        <translation>حُفظت القضية.</translation>
    </message>
    <message>
        <source>The topic is sent for review.</source>
        <translation>أُرسلت القضية للمراجعة.</translation>
    </message>
    <message>
        <source>The topic is approved.</source>
        <translation>اعتُمدت القضية.</translation>
    </message>
    <message>
        <source>The topic is back to draft.</source>
        <translation>أُعيدت القضية إلى المسودة.</translation>
    </message>
    <message>
        <source>The topic is closed.</source>
        <translation>أُغلقت القضية.</translation>
    </message>
    <message>
        <source>The topic is archived.</source>
        <translation>أُرشفت القضية.</translation>
    </message>
    <message>
        <source>Send back to draft</source>
        <translation>إعادة إلى المسودة</translation>
    </message>
    <message>
        <source>The author will see why the topic went back to draft.</source>
        <translation>سيرى الكاتب سبب إعادة القضية إلى المسودة.</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>TransactionForm</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>العودة إلى القائمة</translation>
    </message>
    <message>
        <source>Claim this transaction</source>
        <translation>استلام هذه المعاملة</translation>
    </message>
    <message>
        <source>Return to the queue</source>
        <translation>إعادة إلى القائمة</translation>
    </message>
    <message>
        <source>Previous transaction</source>
        <translation>المعاملة السابقة</translation>
    </message>
    <message>
        <source>Next transaction</source>
        <translation>المعاملة التالية</translation>
    </message>
    <message>
        <source>Switch between internal note and message to applicant</source>
        <translation>التبديل بين الملاحظة الداخلية والرسالة إلى مقدم الطلب</translation>
    </message>
    <message>
        <source>Add the note or send the message</source>
        <translation>إضافة الملاحظة أو إرسال الرسالة</translation>
    </message>
    <message>
        <source>Insert a canned response</source>
        <translation>إدراج رد جاهز</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالية</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>إعادة التحميل</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>سجل المعاملة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>ملاحظة داخلية</translation>
    </message>
    <message>
        <source>Message to applicant</source>
        <translation>رسالة إلى مقدم الطلب</translation>
    </message>
    <message>
        <source>Transaction %1 is back in the queue.</source>
        <translation>أعيدت المعاملة %1 إلى القائمة.</translation>
    </message>
    <message>
        <source>Canned response…</source>
        <translation>رد جاهز…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · priority %2</source>
        <translation>%1 · الأولوية: %2</translation>
    </message>
    <message>
        <source>Decided %1</source>
        <translation>صدر القرار في %1</translation>
    </message>
    <message>
        <source>Time limit paused since %1 (waiting for the applicant)</source>
        <translation>مدة الإنجاز متوقفة منذ %1 (بانتظار مقدم الطلب)</translation>
    </message>
    <message>
        <source>%1 (was due %2)</source>
        <translation>%1 (كان موعدها النهائي %2)</translation>
    </message>
    <message>
        <source>Due %1 (%2)</source>
        <translation>الموعد النهائي %1 (%2)</translation>
    </message>
    <message>
        <source>Unclaimed</source>
        <translation>غير مستلمة</translation>
    </message>
    <message>
        <source>Held by you until %1</source>
        <translation>مستلمة من قبلك حتى %1</translation>
    </message>
    <message>
        <source>Decided by you</source>
        <translation>صدر القرار من قبلك</translation>
    </message>
    <message>
        <source>%1's claim expired at %2: anyone may claim it</source>
        <translation>انتهت مدة استلام %1 في %2: يمكن لأي موظف استلامها</translation>
    </message>
    <message>
        <source>Held by %1 until %2</source>
        <translation>مستلمة من قبل %1 حتى %2</translation>
    </message>
    <message>
        <source>Handled by %1</source>
        <translation>عالجها %1</translation>
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
        <source>Mobile</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Writes in</source>
        <translation>لغة المراسلة</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Reason of the rejection</source>
        <translation>سبب الرفض</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>المستندات (%1)</translation>
    </message>
    <message>
        <source>Applicant (portal)</source>
        <translation>مقدم الطلب (البوابة)</translation>
    </message>
    <message>
        <source>(the applicant was told)</source>
        <translation>(أُبلغ مقدم الطلب)</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>سجل المعاملة (%1)</translation>
    </message>
    <message>
        <source>Claim the transaction to write notes or messages.</source>
        <translation>استلم المعاملة لكتابة الملاحظات أو الرسائل.</translation>
    </message>
    <message>
        <source>Message to the applicant, sent by SMS and e-mail (Ctrl+M: internal note instead)</source>
        <translation>رسالة إلى مقدم الطلب، تُرسل برسالة نصية وبالبريد الإلكتروني (Ctrl+M: ملاحظة داخلية بدلًا منها)</translation>
    </message>
    <message>
        <source>Internal note, seen by staff only (Ctrl+M: message to the applicant instead)</source>
        <translation>ملاحظة داخلية لا يراها إلا الموظفون (Ctrl+M: رسالة إلى مقدم الطلب بدلًا منها)</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>إرسال الرسالة</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة الملاحظة</translation>
    </message>
    <message>
        <source>Transaction %1 is now yours until %2.</source>
        <translation>المعاملة %1 مستلمة باسمك حتى %2.</translation>
    </message>
    <message>
        <source>You no longer hold this transaction: %1. What you typed is kept.</source>
        <translation>لم تعد هذه المعاملة مستلمة من قبلك: %1. ما كتبته محفوظ.</translation>
    </message>
    <message>
        <source>Message sent to the applicant of %1.</source>
        <translation>أُرسلت الرسالة إلى مقدم الطلب %1.</translation>
    </message>
    <message>
        <source>Note added to %1.</source>
        <translation>أضيفت الملاحظة إلى المعاملة %1.</translation>
    </message>
    <message>
        <source>Not saved: %1 changed this transaction at %2 and it is now "%3". Your decision and text are kept; reload to see the change, then decide again.</source>
        <translation>لم يُحفظ شيء: عدّل %1 هذه المعاملة في %2 وأصبحت «%3». قرارك ونصك محفوظان؛ أعد التحميل لترى التغيير ثم اتخذ القرار من جديد.</translation>
    </message>
    <message>
        <source>Transaction %1: %2.</source>
        <translation>المعاملة %1: %2.</translation>
    </message>
    <message>
        <source>Required but not attached: %1</source>
        <translation>مستندات مطلوبة غير مرفقة: %1</translation>
    </message>
    <message>
        <source>Decision letter</source>
        <translation>خطاب القرار</translation>
    </message>
    <message>
        <source>Decision letter…</source>
        <translation>خطاب القرار…</translation>
    </message>
    <message>
        <source>Submitted</source>
        <comment>when it was submitted</comment>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>The text you had not sent for %1 is back in the box.</source>
        <translation>النص الذي لم تُرسله للمعاملة %1 عاد إلى مربع الكتابة.</translation>
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
    <message>
        <source>Submitted</source>
        <comment>when it was submitted</comment>
        <translation>تاريخ التقديم</translation>
    </message>
</context>
<context>
    <name>TransactionService</name>
    <message>
        <source>You no longer hold this transaction: its claim expired or a supervisor reassigned it. Nothing was saved.</source>
        <translation>لم تعد هذه المعاملة مستلمة من قبلك: انتهت مدة الاستلام أو أعاد المشرف المباشر إسنادها. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This transaction cannot be claimed: someone else holds it, it is no longer open, or it is not one of your services.</source>
        <translation>لا يمكن استلام هذه المعاملة: إما أن موظفًا آخر استلمها، أو أنها لم تعد مفتوحة، أو أنها ليست من خدماتك.</translation>
    </message>
    <message>
        <source>Write the text first.</source>
        <translation>اكتب النص أولًا.</translation>
    </message>
    <message>
        <source>The applicant gave no mobile number or e-mail address: the message cannot be sent. Nothing was saved.</source>
        <translation>لم يذكر مقدم الطلب رقم جوال ولا بريدًا إلكترونيًا: لا يمكن إرسال الرسالة. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Tick the documents the applicant has to provide.</source>
        <translation>حدّد المستندات التي يجب على مقدم الطلب استكمالها.</translation>
    </message>
    <message>
        <source>A rejection needs a reason and its text for the applicant.</source>
        <translation>يتطلب الرفض سببًا ونصًا يقرؤه مقدم الطلب.</translation>
    </message>
</context>
<context>
    <name>TransactionState</name>
    <message>
        <source>Submitted</source>
        <translation>مقدمة</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>قيد المراجعة</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>مصعّدة</translation>
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
        <source>Awaiting documents</source>
        <translation>بانتظار استكمال المستندات</translation>
    </message>
</context>
<context>
    <name>TransactionsPage</name>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
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
        <source>Unclaimed</source>
        <translation>غير مستلمة</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>المسندة إليّ</translation>
    </message>
    <message>
        <source>Take next</source>
        <translation>استلام المعاملة التالية</translation>
    </message>
    <message>
        <source>Nothing to take: every open transaction of your services is already claimed.</source>
        <translation>لا توجد معاملة للاستلام: كل المعاملات المفتوحة في خدماتك مستلمة.</translation>
    </message>
    <message>
        <source>Transaction %1 is now yours until %2.</source>
        <translation>المعاملة %1 مستلمة باسمك حتى %2.</translation>
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
    <message>
        <source>Save view</source>
        <translation>حفظ العرض</translation>
    </message>
    <message>
        <source>Name of the view (e.g. "My overdue visas"):</source>
        <translation>اسم العرض (مثلًا «تأشيراتي المتأخرة»):</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>حذف العرض</translation>
    </message>
    <message>
        <source>Delete the view "%1"?</source>
        <translation>هل تريد حذف العرض «%1»؟</translation>
    </message>
    <message>
        <source>Open the selected transaction</source>
        <translation>فتح المعاملة المحددة</translation>
    </message>
    <message>
        <source>Take next (%1)</source>
        <translation>استلام المعاملة التالية (%1)</translation>
    </message>
    <message>
        <source>Claim the most urgent unclaimed transaction of your services</source>
        <translation>استلام المعاملة الأكثر إلحاحًا غير المستلمة من خدماتك</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>حفظ العرض…</translation>
    </message>
    <message>
        <source>Submitted from</source>
        <translation>مقدمة من تاريخ</translation>
    </message>
    <message>
        <source>Submitted until (inclusive)</source>
        <translation>مقدمة حتى تاريخ (ضمنًا)</translation>
    </message>
    <message>
        <source>Everyone's</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>All open states</source>
        <translation>كل الحالات المفتوحة</translation>
    </message>
    <message>
        <source>Any time limit</source>
        <translation>أي موعد إنجاز</translation>
    </message>
    <message>
        <source>Due within 8 hours</source>
        <translation>يحل موعدها خلال 8 ساعات</translation>
    </message>
    <message>
        <source>Submitted any time</source>
        <translation>مقدمة في أي وقت</translation>
    </message>
    <message>
        <source>Submitted today</source>
        <translation>مقدمة اليوم</translation>
    </message>
    <message>
        <source>Submitted in the last 7 days</source>
        <translation>مقدمة خلال آخر 7 أيام</translation>
    </message>
    <message>
        <source>Submitted in the last 30 days</source>
        <translation>مقدمة خلال آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Submitted between…</source>
        <translation>مقدمة بين تاريخين…</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>كل الخدمات</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>العروض المحفوظة</translation>
    </message>
    <message>
        <source>View "%1" saved.</source>
        <translation>حُفظ العرض «%1».</translation>
    </message>
    <message>
        <source>This transaction was not opened from the queue: there is no next one.</source>
        <translation>لم تُفتح هذه المعاملة من القائمة: لا توجد معاملة تالية.</translation>
    </message>
    <message>
        <source>This was the last transaction of the queue.</source>
        <translation>هذه آخر معاملة في القائمة.</translation>
    </message>
    <message>
        <source>This was the first transaction of the queue.</source>
        <translation>هذه أول معاملة في القائمة.</translation>
    </message>
    <message>
        <source>The queue is still loading; try again in a moment.</source>
        <translation>ما زالت القائمة قيد التحميل؛ حاول بعد لحظات.</translation>
    </message>
    <message>
        <source>Supervise</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <source>Reassign, take over, change the priority of or escalate the selected transactions (Shift or Ctrl to select many)</source>
        <translation>إعادة إسناد المعاملات المحددة أو توليها أو تغيير أولويتها أو تصعيدها (Shift أو Ctrl لتحديد أكثر من معاملة)</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>إعادة الإسناد…</translation>
    </message>
    <message>
        <source>Take over…</source>
        <translation>تولي المعاملة…</translation>
    </message>
    <message>
        <source>Change priority…</source>
        <translation>تغيير الأولوية…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>التصعيد…</translation>
    </message>
    <message>
        <source>Select the transactions first (Shift or Ctrl with the arrows or the mouse), or open one.</source>
        <translation>حدّد المعاملات أولًا (Shift أو Ctrl مع الأسهم أو الفأرة)، أو افتح معاملة.</translation>
    </message>
    <message>
        <source>Most urgent first</source>
        <translation>الأكثر إلحاحًا أولًا</translation>
    </message>
    <message>
        <source>Latest due first</source>
        <translation>الأبعد موعدًا أولًا</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث تقديمًا أولًا</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>الأقدم تقديمًا أولًا</translation>
    </message>
    <message>
        <source>Open transactions per service</source>
        <translation>المعاملات المفتوحة لكل خدمة</translation>
    </message>
    <message>
        <source>Show or hide the counters; click a number to see those transactions</source>
        <translation>إظهار العدادات أو إخفاؤها؛ انقر على رقم لعرض تلك المعاملات</translation>
    </message>
    <message numerus="yes">
        <source>In this view: %n transaction(s)</source>
        <translation>
            <numerusform>في هذا العرض: لا معاملات</numerusform>
            <numerusform>في هذا العرض: معاملة واحدة</numerusform>
            <numerusform>في هذا العرض: معاملتان</numerusform>
            <numerusform>في هذا العرض: %n معاملات</numerusform>
            <numerusform>في هذا العرض: %n معاملة</numerusform>
            <numerusform>في هذا العرض: %n معاملة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unclaimed</source>
        <translation>
            <numerusform>%n غير مستلمة</numerusform>
            <numerusform>%n غير مستلمة</numerusform>
            <numerusform>%n غير مستلمة</numerusform>
            <numerusform>%n غير مستلمة</numerusform>
            <numerusform>%n غير مستلمة</numerusform>
            <numerusform>%n غير مستلمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unclaimed in your services</source>
        <translation>
            <numerusform>لا معاملات غير مستلمة في خدماتك</numerusform>
            <numerusform>معاملة واحدة غير مستلمة في خدماتك</numerusform>
            <numerusform>معاملتان غير مستلمتين في خدماتك</numerusform>
            <numerusform>%n معاملات غير مستلمة في خدماتك</numerusform>
            <numerusform>%n معاملة غير مستلمة في خدماتك</numerusform>
            <numerusform>%n معاملة غير مستلمة في خدماتك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n held by you</source>
        <translation>
            <numerusform>لا معاملات مستلمة باسمك</numerusform>
            <numerusform>معاملة واحدة مستلمة باسمك</numerusform>
            <numerusform>معاملتان مستلمتان باسمك</numerusform>
            <numerusform>%n معاملات مستلمة باسمك</numerusform>
            <numerusform>%n معاملة مستلمة باسمك</numerusform>
            <numerusform>%n معاملة مستلمة باسمك</numerusform>
        </translation>
    </message>
</context>
</TS>
