<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Blocking</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+600"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+183"/>
        <location filename="../ui/Dialogs.cpp" line="+604"/>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+582"/>
        <location line="+13"/>
        <location line="+18"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+1"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="+414"/>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>You blocked %1. Their messages do not reach you. Unblock them to write.</source>
        <translation>لقد حظرت %1، فلا تصلك رسائله. ألغِ الحظر لتتمكن من الكتابة.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="-68"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="-275"/>
        <source>Block %1?</source>
        <translation>هل تريد حظر %1؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+1"/>
        <source>%1 is not told. Their messages and group invitations stop reaching you. You can unblock them in Settings.</source>
        <translation>لا يُخبَر %1 بذلك. لن تصلك بعد الآن رسائله ولا دعواته إلى المجموعات. يمكنك إلغاء حظره من «الإعدادات».</translation>
    </message>
    <message>
        <location line="+529"/>
        <source>Block the sender of this request</source>
        <translation>حظر مُرسِل طلب المراسلة هذا</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-2"/>
        <location line="+1"/>
        <source>Blocked people</source>
        <translation>الأشخاص المحظورون</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nobody is blocked.</source>
        <translation>لا يوجد أشخاص محظورون.</translation>
    </message>
</context>
<context>
    <name>Children</name>
    <message>
        <location filename="../ui/GuardedMode.cpp" line="+81"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location line="+306"/>
        <location line="+6"/>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add a child…</source>
        <translation>إضافة طفل…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The numbers match: link</source>
        <translation>الأرقام متطابقة: ربط</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Contacts the child asked for</source>
        <translation>جهات الاتصال التي طلبها الطفل</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve</source>
        <translation>موافقة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child&apos;s contacts</source>
        <translation>جهات اتصال الطفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Blocked by guarded mode</source>
        <translation>مَن صدّهم وضع الحماية</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>What the child&apos;s app told you</source>
        <translation>ما أخبرك به تطبيق الطفل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End guarded mode…</source>
        <translation>إنهاء وضع الحماية…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours from</source>
        <translation>ساعات الهدوء من</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cove rests on your child&apos;s computer: only your messages arrive, the rest wait until quiet hours end.</source>
        <translation>يرتاح Cove على حاسوب طفلك: لا تصل إلا رسائلك، أما باقي الرسائل فتنتظر حتى تنتهي ساعات الهدوء.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiet hours begin</source>
        <translation>بداية ساعات الهدوء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours end</source>
        <translation>نهاية ساعات الهدوء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the photos and files of my child&apos;s chats with me</source>
        <translation>مشاركة صور وملفات محادثات طفلي معي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies reach you end-to-end encrypted, in your chat with your child. Your child always sees that this is on. Messages&apos; words are never shared.</source>
        <translation>تصلك النسخ مشفّرة تشفيرًا تامًا بين الطرفين، في محادثتك مع طفلك. ويرى طفلك دائمًا أن هذا الخيار مفعَّل. ولا يُشارَك نص الرسائل أبدًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked to add</source>
        <translation>طلبات الإضافة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts and when they last talked</source>
        <translation>جهات الاتصال وآخر تواصل معها</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help, blocks and reports</source>
        <translation>طلبات المساعدة والحظر والبلاغات</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You see who your child talks with and when, never what they say. The relay also holds this list: that is what makes the guarantee hold.</source>
        <translation>ترى مع مَن يتحدث طفلك ومتى، ولا ترى أبدًا ما يقوله. ويحتفظ خادم الترحيل أيضًا بهذه القائمة: وهذا ما يجعل هذا الضمان حقيقيًا.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>In your contacts as %1.</source>
        <translation>في جهات اتصالك باسم %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in your contacts.</source>
        <translation>ليس في جهات اتصالك.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety number: %1</source>
        <translation>رقم الأمان: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>End guarded mode for %1? Anyone could then write to them, and you would no longer see their contacts.</source>
        <translation>هل تريد إنهاء وضع الحماية لـ %1؟ عندها سيتمكن أي شخص من مراسلة الطفل، ولن تعود ترى جهات اتصاله.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>On your child&apos;s computer, choose “Set up Cove for a child”, then type or paste this code:</source>
        <translation>على حاسوب طفلك، اختر «إعداد Cove لطفل»، ثم اكتب هذا الرمز أو الصقه:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When your child&apos;s request arrives, check that both screens show the same number.</source>
        <translation>عندما يصل طلب طفلك، تحقّق من أن الشاشتين تعرضان الرقم نفسه.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (asking to link)</source>
        <translation>%1 (يطلب الربط)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No children yet</source>
        <translation>لا يوجد أطفال بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a child to set up Cove for them: you approve who can reach them.</source>
        <translation>أضف طفلًا لإعداد Cove له: أنت من يوافق على مَن يمكنه التواصل معه.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 asks to link. Link only if your child&apos;s screen shows this number: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>يطلب %1 الربط. لا تربط إلا إذا كانت شاشة طفلك تعرض هذا الرقم: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asks to link. Waiting for the number…</source>
        <translation>يطلب %1 الربط. في انتظار الرقم…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Linked since %1. Cove ID %2</source>
        <translation>مرتبط منذ %1. معرّف Cove: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for you</source>
        <translation>في انتظارك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved</source>
        <translation>تمت الموافقة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declined</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asked you for help</source>
        <translation>طلب مساعدتك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked you for help about %1</source>
        <translation>طلب مساعدتك بشأن %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked %1</source>
        <translation>حظر %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported %1</source>
        <translation>أبلغ عن %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1</source>
        <translation>أزال %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared files of the chat with %1</source>
        <translation>شارك ملفات محادثته مع %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not connected: the contact list shows once Cove is online.</source>
        <translation>غير متصل: ستظهر قائمة جهات الاتصال عندما يتصل Cove بالإنترنت.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · last talked: %2</source>
        <translation>%1 · آخر تواصل: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 · %n time(s), last %2</source>
        <translation>
            <numerusform>%1 · %n مرة، آخر مرة: %2</numerusform>
            <numerusform>%1 · %n مرة، آخر مرة: %2</numerusform>
            <numerusform>%1 · %n مرتان، آخر مرة: %2</numerusform>
            <numerusform>%1 · %n مرات، آخر مرة: %2</numerusform>
            <numerusform>%1 · %n مرة، آخر مرة: %2</numerusform>
            <numerusform>%1 · %n مرة، آخر مرة: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+315"/>
        <source>%1 is asking you for help.</source>
        <translation>يطلب %1 مساعدتك.</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>C&amp;hildren…</source>
        <translation>&amp;الأطفال…</translation>
    </message>
</context>
<context>
    <name>ContactInfo</name>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="+42"/>
        <source>Their name</source>
        <translation>اسمه أو اسمها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>إعادة التسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to contacts</source>
        <translation>إضافة إلى جهات الاتصال</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet: you have not exchanged messages.</source>
        <translation>ليس بعد: لم تتبادلا أي رسائل.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Verified</source>
        <translation>✓ تم التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No groups in common</source>
        <translation>لا توجد مجموعات مشتركة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cove ID</source>
        <translation>معرّف Cove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety number</source>
        <translation>رقم الأمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation>مقارنة…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Groups in common</source>
        <translation>المجموعات المشتركة</translation>
    </message>
</context>
<context>
    <name>Disappearing</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-619"/>
        <source>Disappearing messages: %1</source>
        <translation>الرسائل المؤقتة: %1</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-556"/>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n أسبوع</numerusform>
            <numerusform>%n أسبوع</numerusform>
            <numerusform>%n أسبوع</numerusform>
            <numerusform>%n أسابيع</numerusform>
            <numerusform>%n أسبوعًا</numerusform>
            <numerusform>%n أسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <location line="+483"/>
        <source>Disappearing messages in new chats</source>
        <translation>الرسائل المؤقتة في الدردشات الجديدة</translation>
    </message>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="-2"/>
        <source>Disappearing messages</source>
        <translation>الرسائل المؤقتة</translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+541"/>
        <source>Forward…</source>
        <translation>إعادة توجيه…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verify: search the web for this text</source>
        <translation>التحقق: البحث عن هذا النص على الويب</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a web search in your browser. Nothing is sent to Cove.</source>
        <translation>يفتح بحثًا على الويب في متصفحك. لا يُرسَل أي شيء إلى Cove.</translation>
    </message>
    <message>
        <location filename="../ui/ForwardDialog.cpp" line="+27"/>
        <location line="+27"/>
        <source>Forward</source>
        <translation>إعادة توجيه</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This message was forwarded many times. To slow the spread of rumours, it can go to one chat at a time.</source>
        <translation>أُعيد توجيه هذه الرسالة مرات عديدة. ولإبطاء انتشار الشائعات، لا يمكن إعادة توجيهها إلا إلى دردشة واحدة في كل مرة.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Choose up to %n chats.</source>
        <translation>
            <numerusform>اختر ما يصل إلى %n دردشة.</numerusform>
            <numerusform>اختر ما يصل إلى %n دردشة.</numerusform>
            <numerusform>اختر ما يصل إلى %n دردشتين.</numerusform>
            <numerusform>اختر ما يصل إلى %n دردشات.</numerusform>
            <numerusform>اختر ما يصل إلى %n دردشة.</numerusform>
            <numerusform>اختر ما يصل إلى %n دردشة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats to forward to</source>
        <translation>الدردشات المراد إعادة التوجيه إليها</translation>
    </message>
</context>
<context>
    <name>GetHelp</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-1"/>
        <source>&amp;Get help…</source>
        <translation>&amp;طلب المساعدة…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report this conversation…</source>
        <translation>الإبلاغ عن هذه ال&amp;محادثة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My reports</source>
        <translation>&amp;بلاغاتي</translation>
    </message>
    <message>
        <location line="+390"/>
        <source>Get help</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is someone bothering you, or is something wrong?</source>
        <translation>هل يضايقك أحد، أو هناك مشكلة ما؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can report any message: right-click it and choose Report, or select it and press Ctrl+Shift+R. You choose exactly which messages are sent, and the person is not told who reported them. You can also block anyone. If you or a child are in danger right now, call your local emergency number.</source>
        <translation>يمكنك الإبلاغ عن أي رسالة: انقر عليها بزر الفأرة الأيمن واختر «إبلاغ»، أو حدّدها واضغط Ctrl+Shift+R. أنت تختار بالضبط الرسائل التي تُرسَل، ولا يُخبَر الشخص بمن أبلغ عنه. ويمكنك أيضًا حظر أي شخص. إذا كنت أنت أو طفلٌ في خطر الآن، فاتصل برقم الطوارئ في بلدك.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report this conversation</source>
        <translation>الإبلاغ عن هذه المحادثة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My reports</source>
        <translation>بلاغاتي</translation>
    </message>
</context>
<context>
    <name>GroupInfo</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-499"/>
        <source>Only admins can send messages in this group.</source>
        <translation>المشرفون وحدهم يمكنهم إرسال الرسائل في هذه المجموعة.</translation>
    </message>
    <message>
        <location filename="../ui/GroupInfoDialog.cpp" line="+2"/>
        <source>Their messages in this group and anywhere else stop reaching you. They are not told.</source>
        <translation>لن تصلك بعد الآن رسائله في هذه المجموعة ولا في أي مكان آخر. لا يُخبَر بذلك.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave this group?</source>
        <translation>هل تريد مغادرة هذه المجموعة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The others see that you left. You keep what was said so far.</source>
        <translation>سيرى الآخرون أنك غادرت. ويبقى لديك ما قيل حتى الآن.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reset the invite link?</source>
        <translation>هل تريد إعادة تعيين رابط الدعوة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links you shared before stop working. Anyone who should still join needs the new one.</source>
        <translation>ستتوقف الروابط التي شاركتها من قبل عن العمل. ومن يُفترض أن ينضم بعد ذلك سيحتاج إلى الرابط الجديد.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+245"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>No invite link</source>
        <translation>لا يوجد رابط دعوة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admins can make a link that lets people ask to join.</source>
        <translation>يمكن للمشرفين إنشاء رابط يتيح للناس طلب الانضمام.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone with the link can ask to join; an admin lets each one in. Share it only with people you mean.</source>
        <translation>يمكن لأي شخص لديه الرابط أن يطلب الانضمام، ويسمح أحد المشرفين بانضمام كل شخص على حدة. لا تشاركه إلا مع من تقصدهم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone with the link joins at once and sees what is said from then on. Share it only with people you mean.</source>
        <translation>أي شخص لديه الرابط ينضم فورًا ويرى ما يُقال من تلك اللحظة فصاعدًا. لا تشاركه إلا مع من تقصدهم.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n person(s) asking to join</source>
        <translation>
            <numerusform>عدد من يطلبون الانضمام: %n</numerusform>
            <numerusform>عدد من يطلبون الانضمام: %n</numerusform>
            <numerusform>عدد من يطلبون الانضمام: %n</numerusform>
            <numerusform>عدد من يطلبون الانضمام: %n</numerusform>
            <numerusform>عدد من يطلبون الانضمام: %n</numerusform>
            <numerusform>عدد من يطلبون الانضمام: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Everyone in your contacts is in this group already.</source>
        <translation>كل جهات اتصالك موجودة في هذه المجموعة بالفعل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a member</source>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · admin</source>
        <translation>%1 · مشرف</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>عدد الأعضاء: %n</numerusform>
            <numerusform>عدد الأعضاء: %n</numerusform>
            <numerusform>عدد الأعضاء: %n</numerusform>
            <numerusform>عدد الأعضاء: %n</numerusform>
            <numerusform>عدد الأعضاء: %n</numerusform>
            <numerusform>عدد الأعضاء: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Groups on this relay have at most %1 members. Only admins add or remove members and change these settings.</source>
        <translation>الحد الأقصى لعدد الأعضاء في المجموعات على خادم الترحيل هذا هو %1. المشرفون وحدهم يضيفون الأعضاء أو يزيلونهم ويغيّرون هذه الإعدادات.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make admin</source>
        <translation>تعيين كمشرف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this member</source>
        <translation>الإبلاغ عن هذا العضو</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block this member</source>
        <translation>حظر هذا العضو</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave group</source>
        <translation>مغادرة المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only admins can send messages</source>
        <translation>المشرفون وحدهم يمكنهم إرسال الرسائل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members can change the group&apos;s name</source>
        <translation>يمكن للأعضاء تغيير اسم المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Invite link&lt;/b&gt;</source>
        <translation>&lt;b&gt;رابط الدعوة&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite people with a link</source>
        <translation>دعوة الأشخاص عبر رابط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An admin approves each new member</source>
        <translation>يوافق أحد المشرفين على كل عضو جديد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite link</source>
        <translation>رابط الدعوة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the invite link</source>
        <translation>نسخ رابط الدعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset link</source>
        <translation>إعادة تعيين الرابط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People asking to join</source>
        <translation>الأشخاص الذين يطلبون الانضمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let in</source>
        <translation>السماح بالانضمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
</context>
<context>
    <name>GroupInvite</name>
    <message>
        <location filename="../app/ConversationListModel.cpp" line="+175"/>
        <source>Group invitation</source>
        <translation>دعوة إلى مجموعة</translation>
    </message>
    <message>
        <location filename="../ui/ChatView.cpp" line="+125"/>
        <source>&lt;b&gt;%1 added you to the group “%2” again.&lt;/b&gt; Nothing of the group is shown until you join.</source>
        <translation>&lt;b&gt;أضافك %1 إلى المجموعة «%2» مرة أخرى.&lt;/b&gt; لن يظهر لك أي شيء من المجموعة حتى تنضم إليها.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 added you to the group “%2”.&lt;/b&gt; %1 is not in your contacts. Nothing of the group is shown until you join.</source>
        <translation>&lt;b&gt;أضافك %1 إلى المجموعة «%2».&lt;/b&gt; %1 ليس من جهات اتصالك. لن يظهر لك أي شيء من المجموعة حتى تنضم إليها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Invited %1</source>
        <translation>• وقت الدعوة: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;The rest is what the invitation says; Cove cannot check it. Anyone can name people you know, so ask them before you join.&lt;/i&gt;</source>
        <translation>&lt;i&gt;ما يلي هو ما تقوله الدعوة، ولا يستطيع Cove التحقق منه. يمكن لأي شخص أن يذكر أسماء أشخاص تعرفهم، فاسألهم قبل أن تنضم.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Created by %1</source>
        <translation>• أنشأها %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Admins: %1</source>
        <translation>• المشرفون: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>• %n member(s)</source>
        <translation>
            <numerusform>• عدد الأعضاء: %n</numerusform>
            <numerusform>• عدد الأعضاء: %n</numerusform>
            <numerusform>• عدد الأعضاء: %n</numerusform>
            <numerusform>• عدد الأعضاء: %n</numerusform>
            <numerusform>• عدد الأعضاء: %n</numerusform>
            <numerusform>• عدد الأعضاء: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• None of your contacts are in it.</source>
        <translation>• لا يوجد فيها أحد من جهات اتصالك.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>• %n of your contacts are in it.</source>
        <translation>
            <numerusform>• فيها %n من جهات اتصالك.</numerusform>
            <numerusform>• فيها %n من جهات اتصالك.</numerusform>
            <numerusform>• فيها %n من جهات اتصالك.</numerusform>
            <numerusform>• فيها %n من جهات اتصالك.</numerusform>
            <numerusform>• فيها %n من جهات اتصالك.</numerusform>
            <numerusform>• فيها %n من جهات اتصالك.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Join</source>
        <translation>انضمام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the group</source>
        <translation>الانضمام إلى المجموعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the invitation</source>
        <translation>رفض الدعوة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block inviter</source>
        <translation>حظر صاحب الدعوة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report the group and who invited you</source>
        <translation>الإبلاغ عن المجموعة وعن صاحب الدعوة</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-675"/>
        <source>Your request to join a group could not reach its admin. Ask them to add you instead.</source>
        <translation>لم يصل طلبك للانضمام إلى المجموعة إلى مشرفها. اطلب منه إضافتك بدلًا من ذلك.</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>&amp;Join a group by link…</source>
        <translation>الان&amp;ضمام إلى مجموعة عبر رابط…</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Join a group by link</source>
        <translation>الانضمام إلى مجموعة عبر رابط</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paste the group&apos;s invite link (cove://group/…):</source>
        <translation>الصق رابط دعوة المجموعة (cove://group/…):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your request went to the group&apos;s admin, end-to-end encrypted. The group appears in your chats when they let you in.</source>
        <translation>أُرسل طلبك إلى مشرف المجموعة مشفّرًا تشفيرًا تامًا بين الطرفين. ستظهر المجموعة في دردشاتك عندما يسمح لك بالانضمام.</translation>
    </message>
</context>
<context>
    <name>Guarded</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-582"/>
        <source>Someone your guardian has not approved is in this group. Until they leave, you can&apos;t write here and you don&apos;t see what they write.</source>
        <translation>في هذه المجموعة شخص لم يوافق عليه وليّ أمرك. حتى يغادرها، لا يمكنك الكتابة هنا ولا ترى ما يكتبه.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>&lt;b&gt;Do you know %1 in real life?&lt;/b&gt; Pick one answer before you chat. If you are not sure, tell your guardian.</source>
        <translation>&lt;b&gt;هل تعرف %1 في الحياة الحقيقية؟&lt;/b&gt; اختر جوابًا واحدًا قبل أن تتحدث. إذا لم تكن متأكدًا، فأخبر وليّ أمرك.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer the question above to start.</source>
        <translation>أجب عن السؤال في الأعلى لتبدأ.</translation>
    </message>
    <message>
        <location line="+405"/>
        <location filename="../ui/GuardedMode.cpp" line="-500"/>
        <source>Tell my guardian</source>
        <translation>أخبر وليّ أمري</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-376"/>
        <location filename="../ui/MainWindow.cpp" line="-273"/>
        <source>Ask to add someone</source>
        <translation>اطلب إضافة شخص</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>We asked your guardian. You can chat when they say yes.</source>
        <translation>سألنا وليّ أمرك. يمكنك أن تتحدث عندما يوافق.</translation>
    </message>
    <message>
        <location filename="../ui/GuardedMode.cpp" line="-198"/>
        <location filename="../ui/MainWindow.cpp" line="+3"/>
        <source>Connect to your guardian</source>
        <translation>اربط حسابك بـوليّ أمرك</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask your guardian to open Cove. They choose Children, then Add a child. Type the code from their screen here.</source>
        <translation>اطلب من وليّ أمرك أن يفتح Cove. سيختار «الأطفال» ثم «إضافة طفل». اكتب هنا الرمز الذي يظهر على شاشته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code from your guardian</source>
        <translation>الرمز من وليّ أمرك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a picture of the QR code…</source>
        <translation>استخدم صورة رمز QR…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/MainWindow.cpp" line="+3"/>
        <source>Connect</source>
        <translation>ربط</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now wait for your guardian.</source>
        <translation>انتظر الآن وليّ أمرك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You both should see this number. Check it together.</source>
        <translation>يجب أن تريا هذا الرقم أنتما الاثنان. تحقّقا منه معًا.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the code again</source>
        <translation>اكتب الرمز مرة أخرى</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your guardian said yes. Do you both see this number?</source>
        <translation>وافق وليّ أمرك. هل تريان أنتما الاثنان هذا الرقم؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes, it is the same</source>
        <translation>نعم، إنه الرقم نفسه</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, it is not the same</source>
        <translation>لا، ليس الرقم نفسه</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are connected! Your guardian picks who can talk to you.</source>
        <translation>تم الربط! وليّ أمرك يختار مَن يمكنه التحدث معك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Picture of the QR code</source>
        <translation>صورة رمز QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Then do not go on. Ask your guardian for a new code.</source>
        <translation>إذن لا تكمل. اطلب من وليّ أمرك رمزًا جديدًا.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no code in this picture.</source>
        <translation>لا يوجد رمز في هذه الصورة.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This code does not work. Check it and try again.</source>
        <translation>هذا الرمز لا يعمل. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../ui/MainWindow.cpp" line="-54"/>
        <location line="+66"/>
        <source>Get help</source>
        <translation>اطلب المساعدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is something wrong? You can get help now. It is not your fault.</source>
        <translation>هل هناك شيء غير صحيح؟ يمكنك أن تطلب المساعدة الآن. هذا ليس ذنبك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report this chat</source>
        <translation>أبلغ عن هذه المحادثة</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened? You can also leave this empty.</source>
        <translation>ماذا حدث؟ يمكنك أيضًا أن تترك هذا فارغًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also send the last messages of this chat</source>
        <translation>أرسل أيضًا آخر رسائل هذه المحادثة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to my guardian</source>
        <translation>أرسل إلى وليّ أمري</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call for free</source>
        <translation>اتصل مجانًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a help line for children where you live: %1</source>
        <translation>ابحث عن خط مساعدة للأطفال في بلدك: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In danger right now? Call %1.</source>
        <translation>هل أنت في خطر الآن؟ اتصل بالرقم %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sent. Your guardian will see it soon.</source>
        <translation>تم الإرسال. سيراه وليّ أمرك قريبًا.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-37"/>
        <source>📎 Photos and files you send or get are shared with your guardian.</source>
        <translation>📎 الصور والملفات التي ترسلها أو تصلك يراها وليّ أمرك أيضًا.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ask to add someone…</source>
        <translation>&amp;اطلب إضافة شخص…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your chats are private</source>
        <translation>محادثاتك خاصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your guardian picks who can talk to you. Want to talk to someone new? Ask your guardian.</source>
        <translation>وليّ أمرك يختار مَن يمكنه التحدث معك. هل تريد التحدث مع شخص جديد؟ اسأل وليّ أمرك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody can write to you yet. First connect to your guardian.</source>
        <translation>لا يستطيع أحد أن يراسلك بعد. اربط حسابك أولًا بـوليّ أمرك.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Time to rest.&lt;/b&gt;&lt;br&gt;Your guardian set quiet hours. Cove wakes up at %1.</source>
        <translation>&lt;b&gt;حان وقت الراحة.&lt;/b&gt;&lt;br&gt;حدّد وليّ أمرك ساعات الهدوء. سيستيقظ Cove في الساعة %1.</translation>
    </message>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="-96"/>
        <source>Remove %1? Your guardian will be told.</source>
        <translation>إزالة %1؟ سيُخبَر وليّ أمرك.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>ModerationNotice</name>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="+718"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and is giving you a warning.</source>
        <translation>راجع فريق الإشراف في Cove بلاغًا عن حسابك (%1) وقرّر توجيه تحذير إليك.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and suspended it until %2.</source>
        <translation>راجع فريق الإشراف في Cove بلاغًا عن حسابك (%1) وأوقفه مؤقتًا حتى %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and banned it.</source>
        <translation>راجع فريق الإشراف في Cove بلاغًا عن حسابك (%1) وحظره نهائيًا.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A person reviewed the earlier decision about your account and lifted it.</source>
        <translation>راجع شخصٌ القرار السابق بشأن حسابك وألغاه.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A decision about your account</source>
        <translation>قرار بشأن حسابك</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request review</source>
        <translation>طلب مراجعة</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+49"/>
        <source>Your account is suspended: see Help › My reports</source>
        <translation>حسابك موقوف مؤقتًا أو محظور: راجع مساعدة › بلاغاتي</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="-99"/>
        <source>Remove %1 from your contacts? Your chat stays, and %1 is not told.</source>
        <translation>إزالة %1 من جهات اتصالك؟ تبقى محادثتكما، ولن يُبلَّغ %1 بذلك.</translation>
    </message>
</context>
<context>
    <name>Reachability</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-519"/>
        <source>&lt;b&gt;Your message to %1 was not delivered.&lt;/b&gt; To protect people from spam, new accounts can start only a few conversations a day with people who have not written to them. Try again tomorrow, or ask them to write to you first.</source>
        <translation>&lt;b&gt;لم تصل رسالتك إلى %1.&lt;/b&gt; لحماية الناس من الرسائل المزعجة، لا تستطيع الحسابات الجديدة أن تبدأ إلا عددًا قليلًا من المحادثات يوميًا مع أشخاص لم يراسلوها من قبل. حاول مرة أخرى غدًا، أو اطلب من الشخص أن يراسلك أولًا.</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+282"/>
        <location line="+2"/>
        <source>Who can message me</source>
        <translation>من يمكنه مراسلتي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone (strangers wait in Message requests)</source>
        <translation>الجميع (تنتظر رسائل الغرباء في طلبات المراسلة)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only my contacts</source>
        <translation>جهات اتصالي فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With “Only my contacts”, the relay keeps the list of your contacts, chats and group members so that it can turn everyone else away. They see only that their message was not delivered.</source>
        <translation>عند اختيار «جهات اتصالي فقط»، يحتفظ خادم الترحيل بقائمة جهات اتصالك ومحادثاتك وأعضاء مجموعاتك، حتى يتمكن من رد أي شخص آخر. ولا يرى هؤلاء إلا أن رسالتهم لم تصل.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Who can add me to groups</source>
        <translation>من يمكنه إضافتي إلى المجموعات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone (a stranger&apos;s group shows an overview first)</source>
        <translation>الجميع (تظهر لك أولًا لمحة عن أي مجموعة يضيفك إليها غريب)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only my contacts (others&apos; invitations wait in Message requests)</source>
        <translation>جهات اتصالي فقط (تنتظر دعوات الآخرين في طلبات المراسلة)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+437"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+98"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="-20"/>
        <source>Report…</source>
        <translation>إبلاغ…</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Report</source>
        <translation>إبلاغ</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Report this message request</source>
        <translation>الإبلاغ عن طلب المراسلة هذا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this conversation (Ctrl+Shift+R reports the selected message)</source>
        <translation>الإبلاغ عن هذه المحادثة (يبلّغ Ctrl+Shift+R عن الرسالة المحددة)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+18"/>
        <source>Report this conversation</source>
        <translation>الإبلاغ عن هذه المحادثة</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="-695"/>
        <source>one-to-one chat</source>
        <translation>محادثة فردية</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message request</source>
        <translation>طلب مراسلة</translation>
    </message>
    <message>
        <location line="+609"/>
        <source>This involves a child</source>
        <translation>الأمر يتعلق بطفل</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location line="-168"/>
        <source>No action</source>
        <translation>بلا إجراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banned</source>
        <translation>حظر نهائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifted after review</source>
        <translation>أُلغي بعد المراجعة</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by moderation</source>
        <translation>استلمه فريق الإشراف</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action taken</source>
        <translation>اتُّخذ إجراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action taken</source>
        <translation>لم يُتَّخذ أي إجراء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review requested</source>
        <translation>تم طلب المراجعة</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-451"/>
        <source>Block all?</source>
        <translation>هل تريد حظر الجميع؟</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Block the senders of all %n request(s)? They are not told, and you can unblock them in Settings.</source>
        <translation>
            <numerusform>هل تريد حظر مُرسِلي جميع طلبات المراسلة (%n)؟ لا يُخبَرون بذلك، ويمكنك إلغاء حظرهم من «الإعدادات».</numerusform>
            <numerusform>هل تريد حظر مُرسِل طلب المراسلة (%n)؟ لا يُخبَر بذلك، ويمكنك إلغاء حظره من «الإعدادات».</numerusform>
            <numerusform>هل تريد حظر مُرسِلَي طلبَي المراسلة (%n)؟ لا يُخبَران بذلك، ويمكنك إلغاء حظرهما من «الإعدادات».</numerusform>
            <numerusform>هل تريد حظر مُرسِلي جميع طلبات المراسلة (%n)؟ لا يُخبَرون بذلك، ويمكنك إلغاء حظرهم من «الإعدادات».</numerusform>
            <numerusform>هل تريد حظر مُرسِلي جميع طلبات المراسلة (%n)؟ لا يُخبَرون بذلك، ويمكنك إلغاء حظرهم من «الإعدادات».</numerusform>
            <numerusform>هل تريد حظر مُرسِلي جميع طلبات المراسلة (%n)؟ لا يُخبَرون بذلك، ويمكنك إلغاء حظرهم من «الإعدادات».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Block all</source>
        <translation>حظر الجميع</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report all…</source>
        <translation>الإبلاغ عن الجميع…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ReportDialog.cpp" line="+127"/>
        <source>Report %n request(s)</source>
        <translation>
            <numerusform>الإبلاغ عن طلبات المراسلة (%n)</numerusform>
            <numerusform>الإبلاغ عن طلب المراسلة (%n)</numerusform>
            <numerusform>الإبلاغ عن طلبَي المراسلة (%n)</numerusform>
            <numerusform>الإبلاغ عن طلبات المراسلة (%n)</numerusform>
            <numerusform>الإبلاغ عن طلبات المراسلة (%n)</numerusform>
            <numerusform>الإبلاغ عن طلبات المراسلة (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each request is reported on its own, with its newest message and the four before it, to Cove&apos;s moderation team. Nobody is told who reported them.</source>
        <translation>يُبلَّغ عن كل طلب على حدة إلى فريق الإشراف في Cove، مع أحدث رسالة فيه والرسائل الأربع التي سبقتها. لا يُخبَر أحد بمن أبلغ عنه.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report category</source>
        <translation>فئة البلاغ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also block them</source>
        <translation>حظرهم أيضًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report all</source>
        <translation>الإبلاغ عن الجميع</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not reported</source>
        <translation>لم يتم الإبلاغ</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-409"/>
        <source>&lt;b&gt;%1 recently started conversations with many people they don&apos;t know.&lt;/b&gt; That is common for spam and scams. Don&apos;t send money, codes or personal details.</source>
        <translation>&lt;b&gt;بدأ %1 مؤخرًا محادثات مع كثير من الأشخاص الذين لا يعرفهم.&lt;/b&gt; هذا أمر شائع في الرسائل المزعجة وعمليات الاحتيال. لا ترسل مالًا أو رموزًا أو معلومات شخصية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1, who is not in your contacts, sent a file or a link.&lt;/b&gt; Open only what you expected: files and links from strangers can lead to scams or to pictures you did not want to see.</source>
        <translation>&lt;b&gt;أرسل %1 ملفًا أو رابطًا، وهو ليس من جهات اتصالك.&lt;/b&gt; لا تفتح إلا ما كنت تنتظره: فالملفات والروابط التي تأتي من الغرباء قد تقودك إلى عمليات احتيال أو إلى صور لم تكن تريد رؤيتها.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1 is not in your contacts.&lt;/b&gt; You accepted their request. Take care before sharing photos, where you live or where you are.</source>
        <translation>&lt;b&gt;%1 ليس من جهات اتصالك.&lt;/b&gt; لقد قبلت طلبه. كن حذرًا قبل أن تشارك صورًا، أو تخبره أين تسكن أو أين أنت الآن.</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>I know this person</source>
        <translation>أعرف هذا الشخص</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Adds them to your contacts; these notices stop.</source>
        <translation>يضيفه إلى جهات اتصالك، فتتوقف هذه التنبيهات.</translation>
    </message>
    <message>
        <location line="+417"/>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this notice</source>
        <translation>إخفاء هذا التنبيه</translation>
    </message>
</context>
<context>
    <name>cove</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+45"/>
        <source>Demo log</source>
        <translation>سجلّ العرض التجريبي</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Demo</source>
        <translation>&amp;العرض التجريبي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who is here…</source>
        <translation>&amp;من هنا…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo world</source>
        <translation>عالم العرض التجريبي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Everyone here is a real Cove client on this computer, talking through a real relay on loopback. Nothing leaves the machine.&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;كل من هنا عميل Cove حقيقي يعمل على هذا الحاسوب، ويتواصل عبر خادم ترحيل حقيقي على العنوان المحلي (loopback). لا شيء يغادر هذا الجهاز.&lt;/p&gt;%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo &amp;log</source>
        <translation>&amp;سجلّ العرض التجريبي</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Moderation desk…</source>
        <translation>&amp;لوحة الإشراف…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+29"/>
        <location line="+115"/>
        <source>Cove</source>
        <translation>Cove</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&amp;Guardian&apos;s view…</source>
        <translation>&amp;عرض وليّ الأمر…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guardian&apos;s view (Jordan&apos;s Cove)</source>
        <translation>عرض وليّ الأمر (Cove الخاص بجوردان)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cove, a private messenger.</source>
        <translation>Cove، تطبيق مراسلة خاص.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the profile NAME (several can live side by side).</source>
        <translation>افتح الملف الشخصي NAME (يمكن استخدام عدة ملفات شخصية جنبًا إلى جنب).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the demo world: a relay and scripted people on this computer.</source>
        <translation>افتح عالم العرض التجريبي: خادم ترحيل وأشخاص يتصرّفون وفق سيناريو معدّ مسبقًا، كلهم على هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo: you are a child in guarded mode, with a scripted guardian.</source>
        <translation>مع --demo: تكون طفلًا في وضع الحماية، مع وليّ أمر يتصرّف وفق سيناريو معدّ مسبقًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main screens of the demo to PNG files in DIR, in English and Arabic, then quit.</source>
        <translation>احفظ الشاشات الرئيسية للعرض التجريبي كملفات PNG في المجلد DIR، بالإنجليزية والعربية، ثم أغلق البرنامج.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the language CODE.</source>
        <translation>استخدم اللغة ذات الرمز CODE.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>light, dark or system.</source>
        <translation>light (فاتح) أو dark (داكن) أو system (مثل النظام).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cove:// link to open (a contact, a group).</source>
        <translation>رابط cove:// لفتحه (جهة اتصال، مجموعة).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” cannot name a profile.</source>
        <translation>لا يصلح «%1» اسمًا لملف شخصي.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo could not start: %1</source>
        <translation>تعذّر تشغيل العرض التجريبي: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Part of this profile&apos;s database log was damaged, perhaps by a failing disk. Everything before the damage is here; the changes written after it could not be read, so the newest messages or settings may be missing. The damaged log was kept, still encrypted, at:
%1</source>
        <translation>تضرّر جزء من سجلّ قاعدة بيانات هذا الملف الشخصي، ربما بسبب قرص معطوب. كل ما سبق الضرر موجود هنا؛ أما التغييرات التي كُتبت بعده فتعذّرت قراءتها، لذا قد تنقص أحدث الرسائل أو الإعدادات. حُفظ السجلّ المتضرر، وما زال مشفّرًا، في:
%1</translation>
    </message>
    <message>
        <location filename="../app/desktop/Screenshots.cpp" line="+117"/>
        <source>Sounds great! Send me a picture?</source>
        <translation>رائع! هل ترسل لي صورة؟</translation>
    </message>
</context>
<context>
    <name>cove-cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+69"/>
        <source>cove-cli: %1</source>
        <translation>cove-cli: %1</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>usage: set-relay URL</source>
        <translation>الاستخدام: set-relay URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: read-receipts on|off</source>
        <translation>الاستخدام: read-receipts on|off</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: who-can-message [everyone|contacts]</source>
        <translation>الاستخدام: who-can-message [everyone|contacts]</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>contacts only: the relay lets %n person(s) reach you</source>
        <translation>
            <numerusform>جهات الاتصال فقط: عدد من يسمح لهم خادم الترحيل بالوصول إليك: %n</numerusform>
            <numerusform>جهات الاتصال فقط: عدد من يسمح لهم خادم الترحيل بالوصول إليك: %n</numerusform>
            <numerusform>جهات الاتصال فقط: عدد من يسمح لهم خادم الترحيل بالوصول إليك: %n</numerusform>
            <numerusform>جهات الاتصال فقط: عدد من يسمح لهم خادم الترحيل بالوصول إليك: %n</numerusform>
            <numerusform>جهات الاتصال فقط: عدد من يسمح لهم خادم الترحيل بالوصول إليك: %n</numerusform>
            <numerusform>جهات الاتصال فقط: عدد من يسمح لهم خادم الترحيل بالوصول إليك: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>everyone can message you; strangers wait in message requests</source>
        <translation>يمكن للجميع مراسلتك؛ وتنتظر رسائل الغرباء في طلبات المراسلة</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: who-can-add-to-groups [everyone|contacts]</source>
        <translation>الاستخدام: who-can-add-to-groups [everyone|contacts]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: add-contact COVE-ID [NAME]</source>
        <translation>الاستخدام: add-contact COVE-ID [NAME]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added %1 (%2)</source>
        <translation>تمت إضافة %1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>usage: block|unblock ID</source>
        <translation>الاستخدام: block|unblock ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: forward MESSAGE-ID ID|GROUP...</source>
        <translation>الاستخدام: forward MESSAGE-ID ID|GROUP...</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>usage: send COVE-ID|GROUP TEXT [--file PATH]...</source>
        <translation>الاستخدام: send COVE-ID|GROUP TEXT [--file PATH]...</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>usage: history COVE-ID|GROUP</source>
        <translation>الاستخدام: history COVE-ID|GROUP</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: read COVE-ID|GROUP</source>
        <translation>الاستخدام: read COVE-ID|GROUP</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>usage: safety-number COVE-ID</source>
        <translation>الاستخدام: safety-number COVE-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: verify COVE-ID</source>
        <translation>الاستخدام: verify COVE-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: accept-identity COVE-ID</source>
        <translation>الاستخدام: accept-identity COVE-ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: timer COVE-ID|GROUP SECONDS|off</source>
        <translation>الاستخدام: timer COVE-ID|GROUP SECONDS|off</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SECONDS must be a number or &apos;off&apos;</source>
        <translation>يجب أن تكون SECONDS رقمًا أو &apos;off&apos;</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>usage: save-attachment ATTACHMENT-ID PATH</source>
        <translation>الاستخدام: save-attachment ATTACHMENT-ID PATH</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown command %1 (see --help)</source>
        <translation>أمر غير معروف: %1 (راجع --help)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+51"/>
        <source>--profile DIR is required</source>
        <translation>الخيار --profile DIR مطلوب</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase needs at least 8 characters</source>
        <translation>يجب ألا تقل عبارة المرور عن 8 أحرف</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The profile is ready; it registers with the relay on the next sync.</source>
        <translation>الملف الشخصي جاهز؛ وسيُسجَّل لدى خادم الترحيل عند المزامنة التالية.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Cove ID: %1</source>
        <translation>معرّف Cove الخاص بك: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>usage: report ID|GROUP --category C [--child] [--message ID]... [--comment TEXT] [--block]</source>
        <translation>الاستخدام: report ID|GROUP --category C [--child] [--message ID]... [--comment TEXT] [--block]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown category %1; one of: %2</source>
        <translation>فئة غير معروفة: %1؛ الفئات المتاحة: %2</translation>
    </message>
    <message>
        <location line="+835"/>
        <source>quiet hours look like 21:00-07:00, or off</source>
        <translation>تُكتب ساعات الهدوء هكذا: 21:00-07:00، أو off</translation>
    </message>
    <message>
        <location line="-1192"/>
        <location line="+365"/>
        <source>no message %1</source>
        <translation>لا توجد رسالة %1</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>usage: search WORDS...</source>
        <translation>الاستخدام: search WORDS...</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>usage: request-contact COVE-ID [NAME]</source>
        <translation>الاستخدام: request-contact COVE-ID [NAME]</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>usage: mute COVE-ID|GROUP 1h|8h|1w|always|off</source>
        <translation>الاستخدام: mute COVE-ID|GROUP 1h|8h|1w|always|off</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no chat with %1.</source>
        <translation>لا توجد محادثة مع %1.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>warning: part of the database log was damaged; the changes written after the damage could not be read. The damaged log was kept at %1</source>
        <translation>تحذير: تضرّر جزء من سجلّ قاعدة البيانات؛ تعذّرت قراءة التغييرات التي كُتبت بعد الضرر. حُفظ السجلّ المتضرر في %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a message is not in this conversation, or more than 30</source>
        <translation>إحدى الرسائل ليست في هذه المحادثة، أو أن عدد الرسائل أكثر من 30</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>decision %1 about you: %2 (%3)%4</source>
        <translation>القرار %1 بشأنك: %2 (%3)%4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: review CASE [--comment TEXT]</source>
        <translation>الاستخدام: review CASE [--comment TEXT]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: requests report-all --category C [--child] [--block]</source>
        <translation>الاستخدام: requests report-all --category C [--child] [--block]</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n request(s) reported</source>
        <translation>
            <numerusform>الطلبات المُبلَّغ عنها: %n</numerusform>
            <numerusform>الطلبات المُبلَّغ عنها: %n</numerusform>
            <numerusform>الطلبات المُبلَّغ عنها: %n</numerusform>
            <numerusform>الطلبات المُبلَّغ عنها: %n</numerusform>
            <numerusform>الطلبات المُبلَّغ عنها: %n</numerusform>
            <numerusform>الطلبات المُبلَّغ عنها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>group “%1”, %n member(s), invited by %2</source>
        <translation>
            <numerusform>المجموعة «%1»، الأعضاء: %n، دعاك إليها %2</numerusform>
            <numerusform>المجموعة «%1»، الأعضاء: %n، دعاك إليها %2</numerusform>
            <numerusform>المجموعة «%1»، الأعضاء: %n، دعاك إليها %2</numerusform>
            <numerusform>المجموعة «%1»، الأعضاء: %n، دعاك إليها %2</numerusform>
            <numerusform>المجموعة «%1»، الأعضاء: %n، دعاك إليها %2</numerusform>
            <numerusform>المجموعة «%1»، الأعضاء: %n، دعاك إليها %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n sender(s) blocked</source>
        <translation>
            <numerusform>المُرسِلون المحظورون: %n</numerusform>
            <numerusform>المُرسِلون المحظورون: %n</numerusform>
            <numerusform>المُرسِلون المحظورون: %n</numerusform>
            <numerusform>المُرسِلون المحظورون: %n</numerusform>
            <numerusform>المُرسِلون المحظورون: %n</numerusform>
            <numerusform>المُرسِلون المحظورون: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no request from %1</source>
        <translation>لا يوجد طلب مراسلة من %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: requests [list | accept ID | delete ID | block-all | report-all --category C]</source>
        <translation>الاستخدام: requests [list | accept ID | delete ID | block-all | report-all --category C]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not delivered to every member: the relay refused the message for at least one of them. They may take messages only from their contacts.</source>
        <translation>لم تُسلَّم إلى كل الأعضاء: رفض خادم الترحيل الرسالة لواحد منهم على الأقل. قد لا يستقبل بعضهم الرسائل إلا من جهات اتصالهم.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not delivered: the relay refused the message. The recipient may take messages only from their contacts, or the account does not exist.</source>
        <translation>لم تُسلَّم: رفض خادم الترحيل الرسالة. قد لا يستقبل المستلم الرسائل إلا من جهات اتصاله، أو أن الحساب غير موجود.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no relay: pass --relay ws://HOST:PORT (remembered after init)</source>
        <translation>لا يوجد خادم ترحيل: مرِّر --relay ws://HOST:PORT (يُحفَظ بعد init)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no certificate in %1</source>
        <translation>لا توجد شهادة في %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The safety number with %1 changed. Compare it, then run accept-identity %2 to continue.</source>
        <translation>تغيّر رقم الأمان مع %1. قارِنه أولًا، ثم شغّل accept-identity %2 للمتابعة.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not delivered to %1: this account has started as many new conversations today as the relay allows (new accounts can start only a few a day with people who have not written to them). Try again tomorrow, or ask them to write first.</source>
        <translation>لم تصل الرسالة إلى %1: بدأ هذا الحساب اليوم أقصى عدد من المحادثات الجديدة يسمح به خادم الترحيل (لا تستطيع الحسابات الجديدة أن تبدأ إلا عددًا قليلًا من المحادثات يوميًا مع أشخاص لم يراسلوها من قبل). حاول مرة أخرى غدًا، أو اطلب من الشخص أن يراسلك أولًا.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This account is suspended by moderation (%1). Run reports to see why, review CASE to appeal.</source>
        <translation>أوقف فريق الإشراف هذا الحساب (%1). شغّل reports لمعرفة السبب، وreview CASE للطعن في القرار.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>the relay did not answer in time; %n message(s) stay queued for the next sync</source>
        <translation>
            <numerusform>لم يستجب خادم الترحيل في الوقت المحدد؛ تبقى %n رسالة في قائمة الانتظار حتى المزامنة التالية</numerusform>
            <numerusform>لم يستجب خادم الترحيل في الوقت المحدد؛ تبقى رسالة واحدة في قائمة الانتظار حتى المزامنة التالية</numerusform>
            <numerusform>لم يستجب خادم الترحيل في الوقت المحدد؛ تبقى رسالتان في قائمة الانتظار حتى المزامنة التالية</numerusform>
            <numerusform>لم يستجب خادم الترحيل في الوقت المحدد؛ تبقى %n رسائل في قائمة الانتظار حتى المزامنة التالية</numerusform>
            <numerusform>لم يستجب خادم الترحيل في الوقت المحدد؛ تبقى %n رسالة في قائمة الانتظار حتى المزامنة التالية</numerusform>
            <numerusform>لم يستجب خادم الترحيل في الوقت المحدد؛ تبقى %n رسالة في قائمة الانتظار حتى المزامنة التالية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
            <numerusform>%n غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No messages found.</source>
        <translation>لم يُعثر على رسائل.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+52"/>
        <location line="+15"/>
        <location line="+24"/>
        <location line="+140"/>
        <source>no such group</source>
        <translation>هذه المجموعة غير موجودة</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>usage: group %1</source>
        <translation>الاستخدام: group %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This group has no invite link.</source>
        <translation>ليس لهذه المجموعة رابط دعوة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An admin approves each new member.</source>
        <translation>يوافق أحد المشرفين على كل عضو جديد.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone with the link joins at once.</source>
        <translation>أي شخص لديه الرابط ينضم فورًا.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the request could not reach the group&apos;s admin; ask them to add you instead</source>
        <translation>لم يصل الطلب إلى مشرف المجموعة؛ اطلب منه إضافتك بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are already in this group: %1</source>
        <translation>أنت عضو في هذه المجموعة بالفعل: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asked to join. The group appears once an admin lets you in.</source>
        <translation>تم طلب الانضمام. ستظهر المجموعة بعد أن يسمح لك أحد المشرفين بالانضمام.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>usage: group create|add|remove|leave|rename|role|settings|send|info|list|link|join|requests|approve|decline</source>
        <translation>الاستخدام: group create|add|remove|leave|rename|role|settings|send|info|list|link|join|requests|approve|decline</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: guardian pair [LINK] | confirm [CHILD] | children | approve|decline|remove CHILD ID | release|activity CHILD | quiet CHILD FROM-UNTIL|off | share CHILD on|off | status</source>
        <translation>الاستخدام: guardian pair [LINK] | confirm [CHILD] | children | approve|decline|remove CHILD ID | release|activity CHILD | quiet CHILD FROM-UNTIL|off | share CHILD on|off | status</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>guarded</source>
        <translation>في وضع الحماية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not guarded</source>
        <translation>ليس في وضع الحماية</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>not a Cove ID</source>
        <translation>هذا ليس معرّف Cove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no safety number yet: exchange a message with them first</source>
        <translation>لا يوجد رقم أمان بعد: تبادلا رسالة أولًا</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Messages to show (history, search).</source>
        <translation>عدد الرسائل المعروضة (history وsearch).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The profile directory.</source>
        <translation>مجلد الملف الشخصي.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Cove without a window.

Commands:
  init --name NAME            create the profile (passphrase from COVE_PASSPHRASE or a prompt)
  id                          show your Cove ID (--link: your contact link)
  set-relay URL               remember the relay
  add-contact ID|LINK [NAME]  add a contact by Cove ID or contact link
  contacts                    list contacts
  send ID|GROUP TEXT          send a message (--file PATH to attach)
  sync                        receive what is waiting and send what is queued
  list                        list conversations
  history ID|GROUP            show a conversation
  search WORDS...             find messages in your chats (--limit N)
  read ID|GROUP               mark read (sends read receipts)
  read-receipts on|off        whether reading sends read receipts
  who-can-message [everyone|contacts]  who may start a conversation with you
  who-can-add-to-groups [everyone|contacts]  where strangers&apos; group invitations go
  group create NAME ID...     create a group; also add, remove, leave, rename,
                              role, settings, send, info, list
  group link GROUP [on|off|reset|approval on|off]  the group&apos;s invite link
  group join LINK             ask to join a group by its invite link; requests,
                              approve, decline: the requests an admin answers
  timer ID|GROUP SECONDS|off  disappearing messages
  mute ID|GROUP 1h|8h|1w|always|off  no notifications from a chat (here only)
  safety-number ID            show the safety number; verify ID marks it compared
  accept-identity ID          accept a contact&apos;s changed safety number
  save-attachment N PATH      write attachment #N to a file, or into a folder
  report ID|GROUP --category C  report abuse (--child, --message ID from history
                              --json, repeatable: the first is the one reported;
                              --comment TEXT, --block)
  reports                     your reports, their status, and decisions about you
  review CASE                 ask for a decision to be reviewed (--comment TEXT)
  block ID, unblock ID        stop (or again allow) someone&apos;s messages; blocked lists
  forward MSG-ID ID|GROUP...  forward a message (at most 5 chats; 1 if forwarded many times)
  guardian pair [LINK]        a guardian: print a pairing link; a child (init --child):
                              ask the guardian of LINK to pair
  guardian confirm [CHILD]    the codes match: a guardian accepts CHILD, a child confirms
  guardian children           a guardian&apos;s children, their asks and what they told you
  guardian approve|decline CHILD ID   answer a child&apos;s request for a contact
  guardian remove CHILD ID, guardian release CHILD, guardian activity CHILD
  guardian quiet CHILD 21:00-07:00|off   a child&apos;s quiet hours
  guardian share CHILD on|off copies of the files of a child&apos;s chats
  guardian status             a child: the guardian, the code, what you asked for
  request-contact ID [NAME]   a child: ask your guardian to add someone</source>
        <translation>Cove بلا نافذة.

الأوامر:
  init --name NAME            إنشاء الملف الشخصي (عبارة المرور من COVE_PASSPHRASE أو تُطلَب منك)
  id                          عرض معرّف Cove الخاص بك (--link: رابط جهة الاتصال الخاص بك)
  set-relay URL               حفظ خادم الترحيل
  add-contact ID|LINK [NAME]  إضافة جهة اتصال بمعرّف Cove أو برابط جهة اتصال
  contacts                    عرض جهات الاتصال
  send ID|GROUP TEXT          إرسال رسالة (--file PATH لإرفاق ملف)
  sync                        استلام ما ينتظرك وإرسال ما في قائمة الانتظار
  list                        عرض المحادثات
  history ID|GROUP            عرض محادثة
  search WORDS...             البحث عن رسائل في محادثاتك (--limit N)
  read ID|GROUP               التعليم كمقروءة (يُرسل إشعارات القراءة)
  read-receipts on|off        هل تُرسَل إشعارات القراءة عند القراءة
  who-can-message [everyone|contacts]  مَن يمكنه بدء محادثة معك
  who-can-add-to-groups [everyone|contacts]  أين تذهب دعوات الغرباء إلى المجموعات
  group create NAME ID...     إنشاء مجموعة؛ وأيضًا add وremove وleave وrename
                              وrole وsettings وsend وinfo وlist
  group link GROUP [on|off|reset|approval on|off]  رابط الدعوة إلى المجموعة
  group join LINK             طلب الانضمام إلى مجموعة عبر رابط الدعوة؛ requests
                              وapprove وdecline: الطلبات التي يجيب عنها المشرف
  timer ID|GROUP SECONDS|off  الرسائل ذاتية الاختفاء
  mute ID|GROUP 1h|8h|1w|always|off  إيقاف إشعارات محادثة (على هذا الجهاز فقط)
  safety-number ID            عرض رقم الأمان؛ verify ID يسجّل أنك قارنته
  accept-identity ID          قبول رقم الأمان المتغيّر لجهة اتصال
  save-attachment N PATH      حفظ المرفق رقم #N في ملف، أو داخل مجلد
  report ID|GROUP --category C  الإبلاغ عن إساءة (--child، و--message ID من history
                              --json، ويمكن تكراره: الأول هو المُبلَّغ عنه؛
                              --comment TEXT، و--block)
  reports                     بلاغاتك وحالتها والقرارات المتعلقة بك
  review CASE                 طلب مراجعة قرار (--comment TEXT)
  block ID, unblock ID        إيقاف رسائل شخص ما (أو السماح بها مجددًا)؛ blocked يعرض المحظورين
  forward MSG-ID ID|GROUP...  إعادة توجيه رسالة (5 محادثات على الأكثر؛ 1 إذا سبق توجيهها مرات كثيرة)
  guardian pair [LINK]        وليّ الأمر: طباعة رابط ربط؛ الطفل (init --child):
                              طلب الربط من وليّ الأمر صاحب LINK
  guardian confirm [CHILD]    الرموز متطابقة: وليّ الأمر يقبل CHILD، والطفل يؤكّد
  guardian children           أطفال وليّ الأمر وطلباتهم وما أخبروك به
  guardian approve|decline CHILD ID   الرد على طلب طفل لإضافة جهة اتصال
  guardian remove CHILD ID, guardian release CHILD, guardian activity CHILD
  guardian quiet CHILD 21:00-07:00|off   ساعات الهدوء لطفل
  guardian share CHILD on|off نسخ من ملفات محادثات طفل
  guardian status             الطفل: وليّ الأمر والرمز وما طلبته
  request-contact ID [NAME]   الطفل: اطلب من وليّ أمرك إضافة شخص</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The relay, e.g. ws://127.0.0.1:8080.</source>
        <translation>خادم الترحيل، مثل ws://127.0.0.1:8080.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PEM certificate to trust for a wss:// relay (remembered at init).</source>
        <translation>شهادة PEM موثوقة لخادم ترحيل يعمل بـ wss:// (تُحفَظ عند init).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display name (init).</source>
        <translation>الاسم المعروض (init).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach a file (send).</source>
        <translation>إرفاق ملف (send).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds to wait for the relay (default 30).</source>
        <translation>عدد ثواني انتظار خادم الترحيل (الافتراضي 30).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output JSON.</source>
        <translation>إخراج بصيغة JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show your contact link instead (id).</source>
        <translation>إظهار رابط جهة الاتصال الخاص بك بدلًا من ذلك (id).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report category id (report), e.g. spam.</source>
        <translation>معرّف فئة البلاغ (report)، مثل spam.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report involves a child (report); a child&apos;s guarded profile (init).</source>
        <translation>البلاغ يتعلق بطفل (report)؛ ملف شخصي لطفل في وضع الحماية (init).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message id to report (report).</source>
        <translation>معرّف رسالة للإبلاغ عنها (report).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note for the moderators (report, review).</source>
        <translation>ملاحظة للمشرفين (report، review).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also block the reported person (report).</source>
        <translation>حظر الشخص المُبلَّغ عنه أيضًا (report).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do.</source>
        <translation>الأمر المطلوب تنفيذه.</translation>
    </message>
</context>
<context>
    <name>cove::app::ConversationListModel</name>
    <message>
        <location filename="../app/ConversationListModel.cpp" line="-143"/>
        <location filename="../ui/ChatView.cpp" line="-356"/>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unnamed group</source>
        <translation>مجموعة بلا اسم</translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1، %n رسالة غير مقروءة</numerusform>
            <numerusform>%1، رسالة واحدة غير مقروءة</numerusform>
            <numerusform>%1، رسالتان غير مقروءتان</numerusform>
            <numerusform>%1، %n رسائل غير مقروءة</numerusform>
            <numerusform>%1، %n رسالة غير مقروءة</numerusform>
            <numerusform>%1، %n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cove::app::MessageSearchModel</name>
    <message>
        <location filename="../app/MessageSearchModel.cpp" line="+188"/>
        <source>%1, in %2: %3</source>
        <translation>%1، في %2: %3</translation>
    </message>
</context>
<context>
    <name>cove::app::demo::DemoWorld</name>
    <message>
        <location filename="../app/demo/DemoWorld.cpp" line="+431"/>
        <location line="+313"/>
        <source>Tester</source>
        <translation>المُجرِّب</translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Maya</source>
        <translation>مايا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sam</source>
        <translation>سام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alex</source>
        <translation>أليكس</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prize Desk</source>
        <translation>مكتب الجوائز</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jordan</source>
        <translation>جوردان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robin</source>
        <translation>روبن</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stranger %1</source>
        <translation>غريب %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Hi Maya! Are we still on for the hike on Saturday?</source>
        <translation>مرحبًا مايا! هل ما زال موعدنا لرحلة المشي يوم السبت قائمًا؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes! I can&apos;t wait. I&apos;ll bring snacks 🥪</source>
        <translation>نعم! لا أطيق الانتظار. سأحضر الوجبات الخفيفة 🥪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great, I&apos;ll bring the thermos. Which trail?</source>
        <translation>رائع، سأحضر الترمس. أي مسار سنسلك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sam found one by the lake. I&apos;ll make a group for the three of us.</source>
        <translation>وجد سام مسارًا بجانب البحيرة. سأنشئ مجموعة لنا نحن الثلاثة.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Weekend hike</source>
        <translation>رحلة نهاية الأسبوع</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weather looks great for Saturday ☀️ Meet at the trailhead at 9?</source>
        <translation>يبدو الطقس رائعًا يوم السبت ☀️ نلتقي عند بداية المسار الساعة 9؟</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URGENT: all national parks close this weekend because of a secret government order. Share this with everyone you know before it gets deleted!</source>
        <translation>عاجل: ستُغلَق جميع الحدائق الوطنية في نهاية هذا الأسبوع بسبب أمر حكومي سري. شارك هذا مع كل من تعرفه قبل أن يُحذَف!</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Your guardian %1 approved %2.</source>
        <translation>وافق وليّ أمرك %1 على %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your guardian %1 declined %2.</source>
        <translation>رفض وليّ أمرك %1 إضافة %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hi! It&apos;s Robin from school 👋 Did you finish the project?</source>
        <translation>مرحبًا! أنا روبن من المدرسة 👋 هل أنهيت المشروع؟</translation>
    </message>
    <message>
        <location line="+87"/>
        <source> Reason: %1</source>
        <translation> السبب: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was warned by moderation.%2</source>
        <translation>وجّه فريق الإشراف تحذيرًا إلى %1.%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was suspended by moderation.%2</source>
        <translation>أوقف فريق الإشراف حساب %1 مؤقتًا.%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was banned by moderation.%2</source>
        <translation>حظر فريق الإشراف حساب %1 نهائيًا.%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s account was restored after review.</source>
        <translation>استُعيد حساب %1 بعد المراجعة.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I did nothing wrong.</source>
        <translation>لم أرتكب أي خطأ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asked for a review of the decision.</source>
        <translation>طلب %1 مراجعة القرار.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not ask for a review: %2</source>
        <translation>تعذّر على %1 طلب مراجعة: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ha, that made me smile 😄 How&apos;s your week going?</source>
        <translation>ها، هذا جعلني أبتسم 😄 كيف يمضي أسبوعك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oh, and look what I found from our last trip to the lake!</source>
        <translation>آه، وانظر ماذا وجدت من رحلتنا الأخيرة إلى البحيرة!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday it is, then. I&apos;ll text Sam about the time.</source>
        <translation>اتفقنا إذن على السبت. سأراسل سام بشأن الموعد.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you see Sam&apos;s message in the group? I don&apos;t think that&apos;s true…</source>
        <translation>هل رأيت رسالة سام في المجموعة؟ لا أظن أن هذا صحيح…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk later, I&apos;m heading out. 👋</source>
        <translation>نتحدث لاحقًا، سأخرج الآن. 👋</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+59"/>
        <location line="+18"/>
        <location line="+37"/>
        <location line="+18"/>
        <source>%1 could not send a message</source>
        <translation>تعذّر على %1 إرسال رسالة</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>%1 answered your message</source>
        <translation>وصلك ردّ من %1 على رسالتك</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The view from the lake 🏞️</source>
        <translation>المنظر من البحيرة 🏞️</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent you a photo</source>
        <translation>وصلتك صورة من %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not send a photo</source>
        <translation>تعذّر على %1 إرسال صورة</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Come on, it&apos;s easier there. Just send me your number and I&apos;ll text you.</source>
        <translation>هيا، الأمر أسهل هناك. أرسل لي رقمك فقط وسأراسلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I hardly ever check this app. Add me on the other one, it&apos;s quicker.</source>
        <translation>نادرًا ما أفتح هذا التطبيق. أضفني على التطبيق الآخر، فهو أسرع.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not? Everybody uses the other app. Just give me your number 🙂</source>
        <translation>لمَ لا؟ الجميع يستخدمون التطبيق الآخر. أعطني رقمك فقط 🙂</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hi! We met at the climbing gym last month, remember? 😊</source>
        <translation>مرحبًا! التقينا في صالة التسلّق الشهر الماضي، أتذكر؟ 😊</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, a stranger, tried to write to you: the relay turned him away. Only your guardian sees that he tried.</source>
        <translation>حاول %1، وهو شخص غريب، مراسلتك: فردّه خادم الترحيل. وحده وليّ أمرك يرى أنه حاول.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, a stranger, sent you a message request</source>
        <translation>وصلك طلب مراسلة من شخص غريب: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can we talk on another app? This one is slow for me. What&apos;s your number?</source>
        <translation>هل يمكننا التحدث على تطبيق آخر؟ هذا التطبيق بطيء عندي. ما رقمك؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked to move the chat to another app</source>
        <translation>طلب %1 نقل الدردشة إلى تطبيق آخر</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pushed again to move the chat elsewhere</source>
        <translation>ألحّ %1 مرة أخرى لنقل الدردشة إلى مكان آخر</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gaming buddies 🎮</source>
        <translation>رفاق الألعاب 🎮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome! Everyone here shares their Discord and age 😉</source>
        <translation>أهلًا بك! كل من هنا يشارك حسابه على Discord وعمره 😉</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 tried to add you to a group: the relay turned him away.</source>
        <translation>حاول %1 إضافتك إلى مجموعة: فردّه خادم الترحيل.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added you to a group</source>
        <translation>أضافك %1 إلى مجموعة</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>🎉 Congratulations! You have been selected for a €500 gift card. Reply with your full name and address to claim it today.</source>
        <translation>🎉 تهانينا! لقد وقع عليك الاختيار للفوز ببطاقة هدايا بقيمة 500 يورو. أرسل اسمك الكامل وعنوانك في ردّ لتحصل عليها اليوم.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 sent you a message request after writing to %n other strangers</source>
        <translation>
            <numerusform>أرسل إليك %1 طلب مراسلة بعد أن راسل %n غرباء آخرين</numerusform>
            <numerusform>أرسل إليك %1 طلب مراسلة بعد أن راسل غريبًا آخر</numerusform>
            <numerusform>أرسل إليك %1 طلب مراسلة بعد أن راسل غريبَين آخرَين</numerusform>
            <numerusform>أرسل إليك %1 طلب مراسلة بعد أن راسل %n غرباء آخرين</numerusform>
            <numerusform>أرسل إليك %1 طلب مراسلة بعد أن راسل %n غريبًا آخر</numerusform>
            <numerusform>أرسل إليك %1 طلب مراسلة بعد أن راسل %n غريب آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 opened a conversation with a stranger (%n so far)</source>
        <translation>
            <numerusform>بدأ %1 محادثة مع شخص غريب (%n محادثة حتى الآن)</numerusform>
            <numerusform>بدأ %1 محادثة مع شخص غريب (محادثة واحدة حتى الآن)</numerusform>
            <numerusform>بدأ %1 محادثة مع شخص غريب (محادثتان حتى الآن)</numerusform>
            <numerusform>بدأ %1 محادثة مع شخص غريب (%n محادثات حتى الآن)</numerusform>
            <numerusform>بدأ %1 محادثة مع شخص غريب (%n محادثة حتى الآن)</numerusform>
            <numerusform>بدأ %1 محادثة مع شخص غريب (%n محادثة حتى الآن)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was rate-limited by the relay: too many new conversations for a new account</source>
        <translation>حدّ خادم الترحيل من نشاط %1: محادثات جديدة كثيرة جدًا لحساب جديد</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Your guardian: approves who can talk to you (Demo › Guardian&apos;s view)</source>
        <translation>وليّ أمرك: يوافق على مَن يمكنه التحدث معك (العرض التجريبي › عرض وليّ الأمر)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A friend your guardian approved</source>
        <translation>صديقة وافق عليها وليّ أمرك</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A classmate: ask your guardian to add Robin (Cove ID %1)</source>
        <translation>زميل في الصف: اطلب من وليّ أمرك إضافة روبن (معرّف Cove: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stranger: guarded mode turns him away (Cove ID %1)</source>
        <translation>شخص غريب: يصدّه وضع الحماية (معرّف Cove: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A friend who answers your messages</source>
        <translation>صديقة تردّ على رسائلك</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>A friend in your hiking group who forwards a rumour</source>
        <translation>صديق من مجموعة المشي يعيد توجيه شائعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stranger who wants to move the chat to another app</source>
        <translation>شخص غريب يريد نقل الدردشة إلى تطبيق آخر</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new account that writes to many strangers until the relay stops it</source>
        <translation>حساب جديد يراسل كثيرًا من الغرباء حتى يوقفه خادم الترحيل</translation>
    </message>
</context>
<context>
    <name>cove::desktop::ModerationDeskWindow</name>
    <message>
        <location filename="../app/desktop/ModerationDeskWindow.cpp" line="+44"/>
        <source>✔ verified: the sender really sent this</source>
        <translation>✔ تم التحقق: المُرسِل أرسل هذه الرسالة فعلًا</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– the reporter&apos;s own message</source>
        <translation>– رسالة المُبلِّغ نفسه</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ not verifiable: no relay tag</source>
        <translation>⚠ لا يمكن التحقق: لا يوجد وسم من خادم الترحيل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ forged: the text does not match what was sent</source>
        <translation>✘ مزوّرة: النص لا يطابق ما أُرسِل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ forged: sender, recipient or time do not match</source>
        <translation>✘ مزوّرة: المُرسِل أو المستلم أو الوقت غير مطابق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ forged: a file is not the one that was sent</source>
        <translation>✘ مزوّرة: أحد الملفات ليس الملف الذي أُرسِل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ unreadable</source>
        <translation>✘ غير قابلة للقراءة</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dismissed</source>
        <translation>رفض البلاغ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warned</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspended</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>banned</source>
        <translation>حظر نهائي</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored</source>
        <translation>استعادة الحساب</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moderation desk</source>
        <translation>لوحة الإشراف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moderation queue</source>
        <translation>قائمة انتظار الإشراف</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case details</source>
        <translation>تفاصيل القضية</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason, shown to the person (required)</source>
        <translation>السبب، ويُعرَض على الشخص المعني (مطلوب)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the decision</source>
        <translation>سبب القرار</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspension length in days</source>
        <translation>مدة الإيقاف المؤقت بالأيام</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay&apos;s moderation queue, as a moderator sees it: reports that involve a child first, then by severity and age. Each message shows whether the relay&apos;s franking proves who sent it.</source>
        <translation>قائمة انتظار الإشراف في خادم الترحيل كما يراها المشرف: البلاغات المتعلقة بطفل أولًا، ثم حسب الخطورة والأقدمية. تُظهر كل رسالة ما إذا كان ختم خادم الترحيل (franking) يُثبت من أرسلها.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation>رفض البلاغ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban</source>
        <translation>حظر نهائي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore (appeal)</source>
        <translation>استعادة الحساب (طعن)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uphold (review)</source>
        <translation>تأييد القرار (مراجعة)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transparency report</source>
        <translation>تقرير الشفافية</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The queue cannot be read: %1</source>
        <translation>تعذّرت قراءة قائمة الانتظار: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Appeal of %1 (%2)</source>
        <translation>طعن في القرار %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 report(s), %3 verified</source>
        <translation>%1 · البلاغات: %2، تم التحقق من %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>INVOLVES A CHILD · %1</source>
        <translation>يتعلق بطفل · %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · review requested</source>
        <translation> · تم طلب المراجعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1, since %2</source>
        <translation>بشأن %1، منذ %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n case(s) waiting.</source>
        <translation>
            <numerusform>القضايا المنتظرة: %n.</numerusform>
            <numerusform>القضايا المنتظرة: %n.</numerusform>
            <numerusform>القضايا المنتظرة: %n.</numerusform>
            <numerusform>القضايا المنتظرة: %n.</numerusform>
            <numerusform>القضايا المنتظرة: %n.</numerusform>
            <numerusform>القضايا المنتظرة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a case.</source>
        <translation>اختر قضية.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case %1 about %2</source>
        <translation>القضية %1 بشأن %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report %1, received %2</source>
        <translation>البلاغ %1، استُلم في %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category: %1%2</source>
        <translation>الفئة: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · involves a child</source>
        <translation> · يتعلق بطفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1</source>
        <translation>من: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporter&apos;s comment: %1</source>
        <translation>تعليق المُبلِّغ: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%2 at %3</source>
        <translation>%1%2 في %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶ </source>
        <translation>▶ </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>forwarded %n time(s)</source>
        <translation>
            <numerusform>عدد مرات إعادة التوجيه: %n</numerusform>
            <numerusform>عدد مرات إعادة التوجيه: %n</numerusform>
            <numerusform>عدد مرات إعادة التوجيه: %n</numerusform>
            <numerusform>عدد مرات إعادة التوجيه: %n</numerusform>
            <numerusform>عدد مرات إعادة التوجيه: %n</numerusform>
            <numerusform>عدد مرات إعادة التوجيه: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file included, matches what was sent</source>
        <translation>الملف مُضمَّن، ويطابق ما أُرسِل</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file included, does NOT match what was sent</source>
        <translation>الملف مُضمَّن، لكنه لا يطابق ما أُرسِل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only its fingerprint</source>
        <translation>بصمته فقط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment “%1” (%2): %3</source>
        <translation>المرفق «%1» (%2): %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision %1: %2 by %3 at %4 — %5</source>
        <translation>القرار %1: %2 من قِبل %3 في %4 — %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the reason first: the person is shown it.</source>
        <translation>اكتب السبب أولًا، فهو يُعرَض على الشخص المعني.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo moderator</source>
        <translation>مشرف العرض التجريبي</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review decided.</source>
        <translation>تم البتّ في المراجعة.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decided: %1 (%2). The people concerned are told.</source>
        <translation>تم اتخاذ القرار: %1 (%2). أُبلِغ الأشخاص المعنيون به.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reports received: %1</source>
        <translation>البلاغات المستلمة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Involving a child: %1</source>
        <translation>المتعلقة بطفل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by franking: %1</source>
        <translation>تم التحقق منها بختم خادم الترحيل: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions: %1 dismissed, %2 warnings, %3 suspensions, %4 bans</source>
        <translation>القرارات: رفض البلاغ %1، تحذير %2، إيقاف مؤقت %3، حظر نهائي %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appeals: %1 (%2 restored, %3 upheld, %4 waiting)</source>
        <translation>الطعون: %1 (استعادة الحساب %2، تأييد القرار %3، قيد الانتظار %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporters&apos; reviews of “no action”: %1 (%2 changed, %3 upheld, %4 waiting)</source>
        <translation>طلبات المُبلِّغين مراجعة قرار «بلا إجراء»: %1 (تغيير القرار %2، تأييد القرار %3، قيد الانتظار %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Median time from report to decision: %1 minutes</source>
        <translation>الوقت الوسيط من البلاغ حتى القرار: %1 دقيقة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median time from report to decision: no decisions yet</source>
        <translation>الوقت الوسيط من البلاغ حتى القرار: لا توجد قرارات بعد</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transparency report, last 12 months</source>
        <translation>تقرير الشفافية، آخر 12 شهرًا</translation>
    </message>
</context>
<context>
    <name>cove::ui::AddContactDialog</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-418"/>
        <source>Add a contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Cove ID</source>
        <translation>معرّف Cove</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>How you call them</source>
        <translation>الاسم الذي تعرفه به</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask them for their Cove ID: it is under Settings in their app. It ends in a check, so a typo is caught.</source>
        <translation>اطلب من الشخص معرّف Cove الخاص به: يجده في «الإعدادات» داخل تطبيقه. ينتهي المعرّف برمز تحقّق، لذلك يُكتشَف أي خطأ في الكتابة.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A contact link (cove://contact/…) works too.</source>
        <translation>يصلح أيضًا رابط جهة اتصال (cove://contact/…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a QR code picture…</source>
        <translation>من صورة رمز QR…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the contact link from a photo or screenshot of their QR code</source>
        <translation>قراءة رابط جهة الاتصال من صورة أو لقطة شاشة لرمز QR الخاص بها</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This is not a Cove contact link.</source>
        <translation>هذا ليس رابط جهة اتصال من Cove.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a group&apos;s invite link: use “Join a group by link” in the Cove menu.</source>
        <translation>هذا رابط دعوة إلى مجموعة: استخدم «الانضمام إلى مجموعة عبر رابط» في قائمة Cove.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Cove ID yet: 18 letters and digits, dashes optional.</source>
        <translation>هذا ليس معرّف Cove بعد: يتكوّن المعرّف من 18 حرفًا ورقمًا، والشرطات اختيارية.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is your own Cove ID.</source>
        <translation>هذا معرّف Cove الخاص بك.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A picture of a QR code</source>
        <translation>صورة رمز QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>الصور (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No Cove QR code was found in this picture.</source>
        <translation>لم يُعثر على رمز QR خاص بـ Cove في هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>cove::ui::ChatView</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-526"/>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+23"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+19"/>
        <location line="+10"/>
        <location line="+35"/>
        <location line="+190"/>
        <location line="+12"/>
        <location line="+15"/>
        <location line="+483"/>
        <source>Cove</source>
        <translation>Cove</translation>
    </message>
    <message>
        <location line="-806"/>
        <source>Delete this request?</source>
        <translation>هل تريد حذف هذا الطلب؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The messages are deleted from this computer. %1 is not told.</source>
        <translation>ستُحذَف الرسائل من هذا الحاسوب. ولن يُبلَّغ %1 بذلك.</translation>
    </message>
    <message numerus="yes">
        <location line="+239"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n عضو</numerusform>
            <numerusform>عضو واحد</numerusform>
            <numerusform>عضوان</numerusform>
            <numerusform>%n أعضاء</numerusform>
            <numerusform>%n عضوًا</numerusform>
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not in your contacts</source>
        <translation>ليس من جهات اتصالك</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accept the request to reply. Until then, %1 cannot see that you read it.</source>
        <translation>اقبل الطلب لتتمكن من الرد. وحتى ذلك الحين، لا يستطيع %1 أن يعرف أنك قرأته.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&lt;b&gt;%1 is not in your contacts.&lt;/b&gt; Their messages wait here until you accept. They don&apos;t know whether you have seen them.</source>
        <translation>&lt;b&gt;%1 ليس من جهات اتصالك.&lt;/b&gt; تنتظر رسائله هنا حتى تقبل الطلب، ولا يعرف إن كنت قد رأيتها.</translation>
    </message>
    <message>
        <location filename="../ui/FactLines.cpp" line="+15"/>
        <source>• The account was created less than a day ago.</source>
        <translation>• أُنشئ هذا الحساب قبل أقل من يوم.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• The account is less than a week old.</source>
        <translation>• عمر هذا الحساب أقل من أسبوع.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• The account is less than a month old.</source>
        <translation>• عمر هذا الحساب أقل من شهر.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• The account is more than a month old.</source>
        <translation>• عمر هذا الحساب أكثر من شهر.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• &lt;b&gt;This account recently started conversations with many people it does not know.&lt;/b&gt;</source>
        <translation>• &lt;b&gt;بدأ هذا الحساب مؤخرًا محادثات مع كثير من الأشخاص الذين لا يعرفهم.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>• You share %n group(s).</source>
        <translation>
            <numerusform>• لديكما %n مجموعة مشتركة.</numerusform>
            <numerusform>• لديكما مجموعة مشتركة واحدة.</numerusform>
            <numerusform>• لديكما مجموعتان مشتركتان.</numerusform>
            <numerusform>• لديكما %n مجموعات مشتركة.</numerusform>
            <numerusform>• لديكما %n مجموعة مشتركة.</numerusform>
            <numerusform>• لديكما %n مجموعة مشتركة.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• You share no contacts or groups.</source>
        <translation>• لا توجد بينكما جهات اتصال أو مجموعات مشتركة.</translation>
    </message>
    <message>
        <location filename="../ui/ChatView.cpp" line="-446"/>
        <source>New messages below ↓</source>
        <translation>رسائل جديدة في الأسفل ↓</translation>
    </message>
    <message>
        <location line="+451"/>
        <source>Never share personal details, photos or passwords with someone you don&apos;t know, and be careful if they ask to move to another app.</source>
        <translation>لا تشارك أبدًا معلوماتك الشخصية أو صورك أو كلمات مرورك مع شخص لا تعرفه، وكن حذرًا إذا طلب منك الانتقال إلى تطبيق آخر.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;The safety number with %1 has changed.&lt;/b&gt; They may have reinstalled Cove, or someone may be trying to listen in. Messages wait until you continue.</source>
        <translation>&lt;b&gt;تغيّر رقم الأمان مع %1.&lt;/b&gt; ربما أعاد تثبيت Cove، أو ربما يحاول شخص ما التنصّت على المحادثة. ستنتظر الرسائل حتى تختار المتابعة.</translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+54"/>
        <source>Not sent</source>
        <translation>لم يتم الإرسال</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>You sent many files in a short time. Wait a minute, then send them again.</source>
        <translation>أرسلت ملفات كثيرة في وقت قصير. انتظر دقيقة، ثم أرسلها مرة أخرى.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay cannot be reached right now, so the files were not sent.</source>
        <translation>لا يمكن الوصول إلى خادم الترحيل الآن، لذلك لم تُرسَل الملفات.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>They are back in the message box.</source>
        <translation>أُعيدت إلى مربع الرسالة.</translation>
    </message>
    <message>
        <location line="-418"/>
        <location line="+457"/>
        <source>Newest messages ↓</source>
        <translation>أحدث الرسائل ↓</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+20"/>
        <source>attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Save attachment</source>
        <translation>حفظ المرفق</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved</source>
        <translation>لم يتم الحفظ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy text</source>
        <translation>نسخ النص</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save “%1”…</source>
        <translation>حفظ «%1»…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete for me…</source>
        <translation>حذف لديّ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this message?</source>
        <translation>حذف هذه الرسالة؟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is deleted from this computer only. Everyone else keeps their copy.</source>
        <translation>تُحذف من هذا الحاسوب فقط. يحتفظ الآخرون بنسختهم.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+1"/>
        <source>Safety number</source>
        <translation>رقم الأمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Conversation details</source>
        <translation>تفاصيل المحادثة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the message request</source>
        <translation>قبول طلب المراسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the message request</source>
        <translation>حذف طلب المراسلة</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Compare</source>
        <translation>مقارنة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
</context>
<context>
    <name>cove::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="+211"/>
        <source>Cannot attach</source>
        <translation>تعذّر الإرفاق</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read, or is larger than 100 MB.</source>
        <translation>تعذّرت قراءة %1، أو أن حجمه أكبر من 100 ميغابايت.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pasted image.png</source>
        <translation>صورة ملصقة.png</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replying to %1: %2</source>
        <translation>ردًّا على %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>📎 %n file(s): %1</source>
        <translation>
            <numerusform>📎 %n ملف: %1</numerusform>
            <numerusform>📎 ملف واحد: %1</numerusform>
            <numerusform>📎 ملفان: %1</numerusform>
            <numerusform>📎 %n ملفات: %1</numerusform>
            <numerusform>📎 %n ملفًا: %1</numerusform>
            <numerusform>📎 %n ملف: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Attach files</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Write a message</source>
        <translation>اكتب رسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation>إرفاق ملفات (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation>إرسال (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove the attached files</source>
        <translation>إزالة الملفات المرفقة</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Do not reply to this message</source>
        <translation>عدم الرد على هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>cove::ui::ConversationDelegate</name>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="+116"/>
        <source>Draft: %1</source>
        <translation>مسودة: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You: %1</source>
        <translation>أنت: %1</translation>
    </message>
</context>
<context>
    <name>cove::ui::Dialogs</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-196"/>
        <source>Cove could not save this on this computer. Is the disk full?</source>
        <translation>لم يتمكن Cove من حفظ هذا على هذا الحاسوب. هل القرص ممتلئ؟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message could not be encrypted or decrypted.</source>
        <translation>تعذّر تشفير الرسالة أو فك تشفيرها.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay cannot be reached right now. Messages wait and go out when the connection is back.</source>
        <translation>لا يمكن الوصول إلى خادم الترحيل الآن. ستنتظر الرسائل وتُرسَل عند عودة الاتصال.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is not there any more.</source>
        <translation>لم يعد موجودًا.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That did not work. Check what you entered.</source>
        <translation>لم ينجح ذلك. تحقّق مما أدخلته.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The safety number with this contact changed. Compare it before you continue.</source>
        <translation>تغيّر رقم الأمان مع جهة الاتصال هذه. قارِنه قبل أن تتابع.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are not allowed to do that here (only group admins can change a group).</source>
        <translation>لا يُسمَح لك بفعل ذلك هنا (مشرفو المجموعة وحدهم يمكنهم تغييرها).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase is not right.</source>
        <translation>عبارة المرور هذه غير صحيحة.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile is open in another Cove window.</source>
        <translation>هذا الملف الشخصي مفتوح في نافذة Cove أخرى.</translation>
    </message>
</context>
<context>
    <name>cove::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-199"/>
        <source>Your Cove ID is copied.</source>
        <translation>تم نسخ معرّف Cove الخاص بك.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Cove</source>
        <translation>حول Cove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Cove %1&lt;/h3&gt;&lt;p&gt;A private messenger: end-to-end encrypted with the Signal protocol, stored encrypted on this computer, with safety tools that never read your messages.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Built on Qt, libsignal-protocol-c, SQLCipher, libsodium and libqrencode.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cove %1&lt;/h3&gt;&lt;p&gt;تطبيق مراسلة خاص: مشفّر تشفيرًا تامًا بين الطرفين باستخدام بروتوكول Signal، ومحفوظ مشفّرًا على هذا الحاسوب، ومزوّد بأدوات أمان لا تقرأ رسائلك أبدًا.&lt;/p&gt;&lt;p&gt;برنامج حر مرخّص بموجب رخصة جنو العمومية العامة (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق. مبني على: Qt، libsignal-protocol-c، SQLCipher، libsodium، libqrencode.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-221"/>
        <location line="+32"/>
        <location line="+148"/>
        <location line="+75"/>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+5"/>
        <location line="+147"/>
        <location line="+124"/>
        <location line="+11"/>
        <source>Cove</source>
        <translation>Cove</translation>
    </message>
    <message>
        <location line="-606"/>
        <source>That message is not there any more.</source>
        <translation>لم تعد تلك الرسالة موجودة.</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Your contact link is copied.</source>
        <translation>تم نسخ رابط جهة الاتصال الخاص بك.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unpin</source>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to top</source>
        <translation>تثبيت في الأعلى</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as read</source>
        <translation>تعليم كمقروءة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as unread</source>
        <translation>تعليم كغير مقروءة</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmute notifications</source>
        <translation>إلغاء كتم الإشعارات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute notifications</source>
        <translation>كتم الإشعارات</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For 1 hour</source>
        <translation>لمدة ساعة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For 8 hours</source>
        <translation>لمدة 8 ساعات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 week</source>
        <translation>لمدة أسبوع</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until I unmute</source>
        <translation>حتى أُلغي الكتم</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete chat…</source>
        <translation>حذف المحادثة…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>You also leave the group %1. Its messages are deleted from this computer.</source>
        <translation>ستغادر أيضًا المجموعة %1. تُحذف رسائلها من هذا الحاسوب.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its messages are deleted from this computer. %1 is not told.</source>
        <translation>تُحذف رسائلها من هذا الحاسوب. لن يُبلَّغ %1 بذلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this chat?</source>
        <translation>حذف هذه المحادثة؟</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Accept the request before you pin it.</source>
        <translation>اقبل الطلب قبل أن تثبّته.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cove</source>
        <translation>&amp;Cove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a contact…</source>
        <translation>&amp;إضافة جهة اتصال…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;group…</source>
        <translation>&amp;مجموعة جديدة…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy my Cove ID</source>
        <translation>&amp;نسخ معرّف Cove الخاص بي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy my contact &amp;link</source>
        <translation>نسخ &amp;رابط جهة الاتصال الخاص بي</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chats</source>
        <translation>ال&amp;دردشات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;requests</source>
        <translation>&amp;طلبات المراسلة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search conversations</source>
        <translation>&amp;بحث في المحادثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next conversation</source>
        <translation>المحادثة ال&amp;تالية</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous conversation</source>
        <translation>المحادثة ال&amp;سابقة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin or unpin this chat</source>
        <translation>تثبيت هذه المحادثة أو إلغاء تثبيتها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cove</source>
        <translation>&amp;حول Cove</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages found</source>
        <translation>الرسائل التي عُثر عليها</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations are private</source>
        <translation>محادثاتك خاصة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a conversation, or add someone by their Cove ID. Give people yours:</source>
        <translation>اختر محادثة، أو أضف شخصًا عبر معرّف Cove الخاص به. وهذا معرّفك لتعطيه للآخرين:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contact</source>
        <translation>إضافة جهة اتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>← Back to chats</source>
        <translation>→ العودة إلى الدردشات</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message requests (%1)</source>
        <translation>طلبات المراسلة (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline: %n message(s) waiting to be sent</source>
        <translation>
            <numerusform>غير متصل: %n رسالة بانتظار الإرسال</numerusform>
            <numerusform>غير متصل: رسالة واحدة بانتظار الإرسال</numerusform>
            <numerusform>غير متصل: رسالتان بانتظار الإرسال</numerusform>
            <numerusform>غير متصل: %n رسائل بانتظار الإرسال</numerusform>
            <numerusform>غير متصل: %n رسالة بانتظار الإرسال</numerusform>
            <numerusform>غير متصل: %n رسالة بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove (%1)</source>
        <translation>Cove (%1)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No messages found</source>
        <translation>لم يُعثر على رسائل</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New message request</source>
        <translation>طلب مراسلة جديد</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This is not a link Cove can open.</source>
        <translation>هذا ليس رابطًا يستطيع Cove فتحه.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This link connects a child&apos;s Cove to their guardian. Open it on the child&apos;s computer, in a profile set up for a child.</source>
        <translation>يربط هذا الرابط تطبيق Cove لدى طفل بوليّ أمره. افتحه على حاسوب الطفل، في ملف شخصي مُعدّ لطفل.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ask to join this group? Its admin %1 is asked, end-to-end encrypted, to let you in, and learns your Cove ID.</source>
        <translation>هل تريد طلب الانضمام إلى هذه المجموعة؟ سيُطلب من مشرفها %1، بتشفير تام بين الطرفين، أن يسمح لك بالدخول، وسيعرف معرّف Cove الخاص بك.</translation>
    </message>
</context>
<context>
    <name>cove::ui::MessageDelegate</name>
    <message numerus="yes">
        <location filename="../ui/MessageDelegate.cpp" line="+244"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>لا رسائل غير مقروءة</numerusform>
            <numerusform>رسالة واحدة غير مقروءة</numerusform>
            <numerusform>رسالتان غير مقروءتين</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>↪ Forwarded many times</source>
        <translation>↩ أُعيد توجيهها مرات عديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↪ Forwarded</source>
        <translation>↩ أُعيد توجيهها</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · double-click to save</source>
        <translation>%1 · انقر نقرًا مزدوجًا للحفظ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · downloading</source>
        <translation>%1 · جارٍ التنزيل</translation>
    </message>
</context>
<context>
    <name>cove::ui::NewGroupDialog</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+200"/>
        <source>New group</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Group name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members (you are the admin):</source>
        <translation>الأعضاء (أنت المشرف):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the group a name and choose at least one member.</source>
        <translation>أعطِ المجموعة اسمًا واختر عضوًا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>cove::ui::QrCodeWidget</name>
    <message>
        <location filename="../ui/QrCode.cpp" line="+149"/>
        <source>Safety number code</source>
        <translation>رمز رقم الأمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A QR code that carries the same safety number, for scanning instead of reading the digits aloud.</source>
        <translation>رمز QR يحمل رقم الأمان نفسه، لمسحه ضوئيًا بدلًا من قراءة الأرقام بصوت عالٍ.</translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportDialog</name>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="-548"/>
        <source>Report %1</source>
        <translation>الإبلاغ عن %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is happening?</source>
        <translation>ماذا يحدث؟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report category</source>
        <translation>فئة البلاغ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This involves a child</source>
        <translation>الأمر يتعلق بطفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports about children are handled first.</source>
        <translation>تُعالَج البلاغات المتعلقة بالأطفال أولًا.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages to include</source>
        <translation>الرسائل التي تُضمَّن</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages to include in the report</source>
        <translation>الرسائل التي تُضمَّن في البلاغ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exactly what leaves this computer</source>
        <translation>ما يغادر هذا الحاسوب بالضبط</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report preview</source>
        <translation>معاينة البلاغ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your report goes to Cove&apos;s moderation team, encrypted so that only they can read it. %1 is not told who reported them. A person reviews every report and may warn, suspend or ban the account. You can follow your report under Help › My reports.</source>
        <translation>يصل بلاغك إلى فريق الإشراف في Cove مشفّرًا، فلا يستطيع قراءته أحد سواهم. لا يُخبَر %1 بمن أبلغ عنه. يراجع شخصٌ كل بلاغ، وقد يوجّه تحذيرًا إلى الحساب أو يوقفه مؤقتًا أو يحظره نهائيًا. يمكنك متابعة بلاغك من مساعدة › بلاغاتي.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anything else moderators should know (optional)</source>
        <translation>أي شيء آخر يجب أن يعرفه المشرفون (اختياري)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the moderators</source>
        <translation>تعليق للمشرفين</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also block %1</source>
        <translation>حظر %1 أيضًا</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submit report</source>
        <translation>إرسال البلاغ</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(no text)</source>
        <translation>(بلا نص)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This message cannot be verified and is not offered.</source>
        <translation>لا يمكن التحقق من هذه الرسالة، لذا لا يمكن اختيارها.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include the file “%1” (%2); otherwise only its fingerprint</source>
        <translation>تضمين الملف «%1» (%2)؛ وإلا فستُرسَل بصمته فقط</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”: only its fingerprint (not on this computer)</source>
        <translation>«%1»: البصمة فقط (الملف غير موجود على هذا الحاسوب)</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n message(s) selected, at most 30.</source>
        <translation>
            <numerusform>الرسائل المحددة: %n (الحد الأقصى 30).</numerusform>
            <numerusform>الرسائل المحددة: %n (الحد الأقصى 30).</numerusform>
            <numerusform>الرسائل المحددة: %n (الحد الأقصى 30).</numerusform>
            <numerusform>الرسائل المحددة: %n (الحد الأقصى 30).</numerusform>
            <numerusform>الرسائل المحددة: %n (الحد الأقصى 30).</numerusform>
            <numerusform>الرسائل المحددة: %n (الحد الأقصى 30).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To: Cove moderation</source>
        <translation>إلى: فريق الإشراف في Cove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category: %1</source>
        <translation>الفئة: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involves a child: yes</source>
        <translation>يتعلق بطفل: نعم</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Involves a child: no</source>
        <translation>يتعلق بطفل: لا</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported account: %1</source>
        <translation>الحساب المُبلَّغ عنه: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account: %1</source>
        <translation>حسابك: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: %1</source>
        <translation>المحادثة: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment: %1</source>
        <translation>تعليقك: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message %1 of %2%3</source>
        <translation>الرسالة %1 من %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the one reported)</source>
        <translation> (الرسالة المُبلَّغ عنها)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1, %2</source>
        <translation>من: %1، %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text: %1</source>
        <translation>النص: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: “%1”, %2</source>
        <translation>الملف: «%1»، %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint only of “%1”: %2</source>
        <translation>بصمة الملف «%1» فقط: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing else is sent: no other messages, no other conversations.</source>
        <translation>لا يُرسَل أي شيء آخر: لا رسائل أخرى ولا محادثات أخرى.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot report</source>
        <translation>تعذّر الإبلاغ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to report yet</source>
        <translation>لا يوجد ما يُبلَّغ عنه بعد</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no message from this person here yet. You can block them, and report a message as soon as one arrives.</source>
        <translation>لا توجد رسالة من هذا الشخص هنا بعد. يمكنك حظره، والإبلاغ عن رسالة فور وصولها.</translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportSentDialog</name>
    <message>
        <location line="+33"/>
        <source>Report sent</source>
        <translation>تم إرسال البلاغ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. Your report is on its way to Cove&apos;s moderation team.</source>
        <translation>شكرًا لك. بلاغك في طريقه إلى فريق الإشراف في Cove.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person will review it. The reported account is not told who reported it. You will see the outcome under Help › My reports, and you can ask for a review if you disagree.</source>
        <translation>سيراجعه شخصٌ من الفريق. لا يُخبَر الحساب المُبلَّغ عنه بمن أبلغ عنه. سترى النتيجة في مساعدة › بلاغاتي، ويمكنك طلب مراجعة إذا لم توافق على القرار.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If a child is in danger right now, call your local emergency number. Do not forward or keep copies of images of a child: your report already carries what moderators need. A child helpline can also help: in Europe call 116 111; elsewhere, find yours at childhelplineinternational.org.</source>
        <translation>إذا كان طفلٌ في خطر الآن، فاتصل برقم الطوارئ في بلدك. لا تُعِد توجيه صور طفل ولا تحتفظ بنسخ منها: بلاغك يحمل بالفعل ما يحتاجه المشرفون. ويمكن أن يساعدك أيضًا خط مساعدة الأطفال: في أوروبا اتصل بالرقم 116 111؛ وفي أماكن أخرى ابحث عن الخط الخاص ببلدك على childhelplineinternational.org.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report number: waiting for the relay (it is kept safe on this computer and sent as soon as Cove is online).</source>
        <translation>رقم البلاغ: بانتظار خادم الترحيل (البلاغ محفوظ بأمان على هذا الحاسوب، وسيُرسَل فور اتصال Cove بالإنترنت).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report number: %1</source>
        <translation>رقم البلاغ: %1</translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportsDialog</name>
    <message>
        <location line="+50"/>
        <source>My reports</source>
        <translation>بلاغاتي</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Reports you sent</source>
        <translation>البلاغات التي أرسلتها</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>المُبلَّغ عنه</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Decisions about your account</source>
        <translation>قرارات بشأن حسابك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a review</source>
        <translation>طلب مراجعة</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> · involves a child</source>
        <translation> · يتعلق بطفل</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · review requested</source>
        <translation> · تم طلب المراجعة</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking for a review…</source>
        <translation>جارٍ طلب المراجعة…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review requested. A person who did not make the first decision will look at it again. You will see the outcome here.</source>
        <translation>تم طلب المراجعة. سينظر في الأمر من جديد شخصٌ لم يتخذ القرار الأول. سترى النتيجة هنا.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review could not be requested: %1</source>
        <translation>تعذّر طلب المراجعة: %1</translation>
    </message>
</context>
<context>
    <name>cove::ui::SafetyNumberDialog</name>
    <message>
        <location filename="../ui/SafetyNumberDialog.cpp" line="+233"/>
        <source>Safety number with %1</source>
        <translation>رقم الأمان مع %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare these numbers with %1 in person or on a call. If they match, your conversation is private: nobody else can read it.</source>
        <translation>قارِن هذه الأرقام مع %1 وجهًا لوجه أو في مكالمة. إذا تطابقت، فمحادثتكما خاصة: لا يستطيع أحد غيركما قراءتها.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety number</source>
        <translation>رقم الأمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 digits in 12 groups of five</source>
        <translation>60 رقمًا في 12 مجموعة، كل مجموعة من خمسة أرقام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy safety number</source>
        <translation>نسخ رقم الأمان</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the digits, to paste them into a message or a call note</source>
        <translation>انسخ الأرقام لتلصقها في رسالة أو في ملاحظة أثناء مكالمة</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no safety number with %1 yet. It appears once one of you has sent the other a message.</source>
        <translation>لا يوجد رقم أمان مع %1 بعد. سيظهر بعد أن يرسل أحدكما رسالة إلى الآخر.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid Cove ID, so there is no safety number to show.</source>
        <translation>هذا ليس معرّف Cove صالحًا، لذلك لا يوجد رقم أمان لعرضه.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The safety number cannot be shown right now. Close this window and try again.</source>
        <translation>لا يمكن عرض رقم الأمان الآن. أغلق هذه النافذة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not verified</source>
        <translation>لم يتم التحقق</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear verification</source>
        <translation>إلغاء التحقق</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as verified</source>
        <translation>وضع علامة «تم التحقق»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marks %1 as not verified again</source>
        <translation>يعيد %1 إلى حالة «لم يتم التحقق»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do this only after the numbers matched when you compared them with %1</source>
        <translation>افعل هذا فقط إذا تطابقت الأرقام عندما قارنتها مع %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The safety number with %1 changed while this window was open. Compare the new number before you mark it as verified.</source>
        <translation>تغيّر رقم الأمان مع %1 بينما كانت هذه النافذة مفتوحة. قارِن الرقم الجديد قبل أن تضع علامة «تم التحقق».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This could not be saved. Please try again.</source>
        <translation>تعذّر الحفظ. يُرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>cove::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+73"/>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy contact link</source>
        <translation>نسخ رابط جهة الاتصال</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link that adds you as a contact: cove://contact/…</source>
        <translation>رابط يضيفك إلى جهات الاتصال: cove://contact/…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QR code</source>
        <translation>رمز QR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your contact link as a QR code</source>
        <translation>رابط جهة الاتصال الخاص بك على شكل رمز QR</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+114"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Your Cove ID</source>
        <translation>معرّف Cove الخاص بك</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Same as the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the sender and the message</source>
        <translation>إظهار المرسل والرسالة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the sender</source>
        <translation>إظهار المرسل فقط</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send read receipts</source>
        <translation>إرسال إشعارات القراءة</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When off, people don&apos;t see when you read their messages, and you don&apos;t see theirs.</source>
        <translation>عند إيقافها، لن يرى الآخرون متى قرأت رسائلهم، ولن ترى أنت متى قرؤوا رسائلك.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up…</source>
        <translation>إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all your conversations, contacts and keys in one encrypted file, to restore on this or another computer.</source>
        <translation>احفظ كل محادثاتك وجهات اتصالك ومفاتيحك في ملف واحد مشفّر، لاستعادتها على هذا الحاسوب أو على حاسوب آخر.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock automatically on this computer</source>
        <translation>فتح القفل تلقائيًا على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key is kept in this computer&apos;s keychain. Anyone who can use your computer account can then open Cove.</source>
        <translation>يُحفَظ مفتاحك في سلسلة مفاتيح هذا الحاسوب، فيستطيع أي شخص يمكنه استخدام حسابك على هذا الحاسوب أن يفتح Cove.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new passphrases differ, or are shorter than 8 characters. Nothing was changed.</source>
        <translation>عبارتا المرور الجديدتان مختلفتان، أو أقصر من 8 أحرف. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>عبارة المرور الحالية غير صحيحة. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation>تعذّر تغيير عبارة المرور، وبقي كل شيء كما كان.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passphrase is changed.</source>
        <translation>تم تغيير عبارة المرور.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no keychain Cove can use, so Cove will ask for your passphrase next time.</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح يمكن لـ Cove استخدامها، لذا سيطلب Cove عبارة المرور في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Back up</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cove backups (*.covebackup)</source>
        <translation>نسخ Cove الاحتياطية (*.covebackup)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a passphrase for the backup. You need it to restore; without it nobody can read the file.</source>
        <translation>اختر عبارة مرور للنسخة الاحتياطية. ستحتاج إليها عند الاستعادة، ومن دونها لا يستطيع أحد قراءة الملف.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrases differ, or are shorter than 8 characters. Nothing was saved.</source>
        <translation>عبارتا المرور مختلفتان، أو أقصر من 8 أحرف. لم يُحفَظ شيء.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your backup is saved in %1.</source>
        <translation>تم حفظ النسخة الاحتياطية في %1.</translation>
    </message>
</context>
<context>
    <name>cove::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="+218"/>
        <source>Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>استخدم %1 أحرف على الأقل. بضع كلمات لا رابط بينها سهلة التذكّر وصعبة التخمين.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fair: a longer passphrase would be safer</source>
        <translation>مقبولة: عبارة مرور أطول ستكون أكثر أمانًا</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the two passphrases differ</source>
        <translation>عبارتا المرور مختلفتان</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the name people will see.</source>
        <translation>أدخل الاسم الذي سيراه الآخرون.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a longer passphrase (at least %1 characters).</source>
        <translation>اختر عبارة مرور أطول (%1 أحرف على الأقل).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay address starts with ws:// or wss://.</source>
        <translation>يجب أن يبدأ عنوان خادم الترحيل بـ ws:// أو wss://.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>عبارة المرور هذه غير صحيحة. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+69"/>
        <source>Cove</source>
        <translation>Cove</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>This computer has no keychain Cove can use, so Cove will ask for your passphrase next time.</source>
        <translation>لا توجد على هذا الحاسوب سلسلة مفاتيح يمكن لـ Cove استخدامها، لذا سيطلب Cove عبارة المرور في المرة القادمة.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+5"/>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cove backups (*.covebackup)</source>
        <translation>نسخ Cove الاحتياطية (*.covebackup)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup&apos;s passphrase (it becomes this profile&apos;s passphrase):</source>
        <translation>عبارة مرور النسخة الاحتياطية (ستصبح عبارة المرور لهذا الملف الشخصي):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That passphrase does not open this backup.</source>
        <translation>عبارة المرور هذه لا تفتح هذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Cove</source>
        <translation>مرحبًا بك في Cove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private conversations that only you and the people in them can read. Your messages are end-to-end encrypted and kept encrypted on this computer under your passphrase.</source>
        <translation>محادثات خاصة لا يقرؤها إلا أنت والمشاركون فيها. رسائلك مشفّرة تشفيرًا تامًا بين الطرفين، وتبقى محفوظة مشفّرةً على هذا الحاسوب بعبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The name people will see</source>
        <translation>الاسم الذي سيراه الآخرون</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Again</source>
        <translation>مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay</source>
        <translation>خادم الترحيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation>عنوان خادم الترحيل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay passes encrypted messages on. It never sees what they say.</source>
        <translation>يمرّر خادم الترحيل الرسائل المشفّرة إلى وجهتها، ولا يرى أبدًا ما تقوله.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my profile</source>
        <translation>إنشاء ملفي الشخصي</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo instead</source>
        <translation>جرّب العرض التجريبي بدلًا من ذلك</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock Cove</source>
        <translation>فتح قفل Cove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your passphrase to open your conversations.</source>
        <translation>أدخل عبارة المرور لفتح محادثاتك.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock automatically on this computer</source>
        <translation>فتح القفل تلقائيًا على هذا الحاسوب</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key is kept in this computer&apos;s keychain. Anyone who can use your computer account can then open Cove.</source>
        <translation>يُحفَظ مفتاحك في سلسلة مفاتيح هذا الحاسوب، فيستطيع أي شخص يمكنه استخدام حسابك على هذا الحاسوب أن يفتح Cove.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from a backup…</source>
        <translation>الاستعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up Cove for a child</source>
        <translation>إعداد Cove لطفل</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarded mode: only people a guardian approves can reach this profile. The guardian pairs with it from their own Cove.</source>
        <translation>وضع الحماية: لا يستطيع التواصل مع هذا الملف الشخصي إلا الأشخاص الذين يوافق عليهم وليّ الأمر. ويرتبط وليّ الأمر به من Cove الخاص به.</translation>
    </message>
</context>
</TS>
