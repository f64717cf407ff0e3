<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Blocking</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+600"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+183"/>
        <location filename="../ui/Dialogs.cpp" line="+604"/>
        <source>Unblock</source>
        <translation>Bỏ chặn</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+582"/>
        <location line="+13"/>
        <location line="+18"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+1"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="+414"/>
        <source>Block</source>
        <translation>Chặn</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>You blocked %1. Their messages do not reach you. Unblock them to write.</source>
        <translation>Bạn đã chặn %1. Tin nhắn của họ không đến được với bạn. Hãy bỏ chặn để nhắn tin.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="-68"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="-275"/>
        <source>Block %1?</source>
        <translation>Chặn %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+1"/>
        <source>%1 is not told. Their messages and group invitations stop reaching you. You can unblock them in Settings.</source>
        <translation>%1 sẽ không được thông báo. Tin nhắn và lời mời vào nhóm của họ sẽ không còn đến được với bạn. Bạn có thể bỏ chặn họ trong Cài đặt.</translation>
    </message>
    <message>
        <location line="+529"/>
        <source>Block the sender of this request</source>
        <translation>Chặn người gửi yêu cầu nhắn tin này</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-2"/>
        <location line="+1"/>
        <source>Blocked people</source>
        <translation>Người bị chặn</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nobody is blocked.</source>
        <translation>Không có ai bị chặn.</translation>
    </message>
</context>
<context>
    <name>Children</name>
    <message>
        <location filename="../ui/GuardedMode.cpp" line="+81"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location line="+306"/>
        <location line="+6"/>
        <source>Children</source>
        <translation>Con cái</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add a child…</source>
        <translation>Thêm con…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The numbers match: link</source>
        <translation>Các số trùng khớp: liên kết</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Contacts the child asked for</source>
        <translation>Liên hệ mà con đã xin thêm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve</source>
        <translation>Chấp thuận</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child&apos;s contacts</source>
        <translation>Danh bạ của con</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Blocked by guarded mode</source>
        <translation>Bị chế độ bảo vệ chặn</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>What the child&apos;s app told you</source>
        <translation>Thông báo từ ứng dụng của con</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End guarded mode…</source>
        <translation>Tắt chế độ bảo vệ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours from</source>
        <translation>Giờ yên tĩnh từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cove rests on your child&apos;s computer: only your messages arrive, the rest wait until quiet hours end.</source>
        <translation>Cove được nghỉ trên máy tính của con: chỉ tin nhắn của bạn được gửi đến, các tin nhắn khác sẽ chờ đến khi hết giờ yên tĩnh.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiet hours begin</source>
        <translation>Bắt đầu giờ yên tĩnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours end</source>
        <translation>Kết thúc giờ yên tĩnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the photos and files of my child&apos;s chats with me</source>
        <translation>Chia sẻ với tôi ảnh và tệp trong các cuộc trò chuyện của con</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies reach you end-to-end encrypted, in your chat with your child. Your child always sees that this is on. Messages&apos; words are never shared.</source>
        <translation>Bản sao được gửi đến bạn với mã hóa đầu cuối, trong cuộc trò chuyện của bạn với con. Con luôn thấy rằng tính năng này đang bật. Nội dung tin nhắn không bao giờ được chia sẻ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked to add</source>
        <translation>Xin thêm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts and when they last talked</source>
        <translation>Liên hệ và lần trò chuyện gần nhất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help, blocks and reports</source>
        <translation>Trợ giúp, chặn và báo cáo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You see who your child talks with and when, never what they say. The relay also holds this list: that is what makes the guarantee hold.</source>
        <translation>Bạn thấy con trò chuyện với ai và khi nào, nhưng không bao giờ thấy nội dung. Máy chủ chuyển tiếp cũng giữ danh sách này: chính điều đó giúp cam kết này được đảm bảo.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>In your contacts as %1.</source>
        <translation>Có trong danh bạ của bạn với tên %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in your contacts.</source>
        <translation>Không có trong danh bạ của bạn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety number: %1</source>
        <translation>Mã số an toàn: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>End guarded mode for %1? Anyone could then write to them, and you would no longer see their contacts.</source>
        <translation>Tắt chế độ bảo vệ cho %1? Khi đó bất kỳ ai cũng có thể nhắn tin cho con, và bạn sẽ không còn thấy danh bạ của con nữa.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>On your child&apos;s computer, choose “Set up Cove for a child”, then type or paste this code:</source>
        <translation>Trên máy tính của con, chọn “Thiết lập Cove cho trẻ em”, rồi gõ hoặc dán mã này:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When your child&apos;s request arrives, check that both screens show the same number.</source>
        <translation>Khi yêu cầu của con đến, hãy kiểm tra xem hai màn hình có hiện cùng một số không.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (asking to link)</source>
        <translation>%1 (đang xin liên kết)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No children yet</source>
        <translation>Chưa có con nào</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a child to set up Cove for them: you approve who can reach them.</source>
        <translation>Thêm con để thiết lập Cove cho con: bạn sẽ chấp thuận ai được liên lạc với con.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 asks to link. Link only if your child&apos;s screen shows this number: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 xin liên kết. Chỉ liên kết nếu màn hình của con hiện số này: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asks to link. Waiting for the number…</source>
        <translation>%1 xin liên kết. Đang chờ số…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Linked since %1. Cove ID %2</source>
        <translation>Đã liên kết từ %1. Cove ID %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for you</source>
        <translation>đang chờ bạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved</source>
        <translation>đã chấp thuận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declined</source>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asked you for help</source>
        <translation>Đã nhờ bạn giúp đỡ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked you for help about %1</source>
        <translation>Đã nhờ bạn giúp về %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked %1</source>
        <translation>Đã chặn %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported %1</source>
        <translation>Đã báo cáo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1</source>
        <translation>Đã xóa %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared files of the chat with %1</source>
        <translation>Đã chia sẻ tệp trong cuộc trò chuyện với %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not connected: the contact list shows once Cove is online.</source>
        <translation>Chưa kết nối: danh sách liên hệ sẽ hiện khi Cove trực tuyến.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · last talked: %2</source>
        <translation>%1 · lần trò chuyện gần nhất: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 · %n time(s), last %2</source>
        <translation>
            <numerusform>%1 · %n lần, gần nhất %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+315"/>
        <source>%1 is asking you for help.</source>
        <translation>%1 đang nhờ bạn giúp đỡ.</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>C&amp;hildren…</source>
        <translation>&amp;Con cái…</translation>
    </message>
</context>
<context>
    <name>ContactInfo</name>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="+42"/>
        <source>Their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation type="unfinished">Đổi tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not yet: you have not exchanged messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No groups in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation type="unfinished">Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Groups in common</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Disappearing</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-619"/>
        <source>Disappearing messages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-556"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n week(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+483"/>
        <source>Disappearing messages in new chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="-2"/>
        <source>Disappearing messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+541"/>
        <source>Forward…</source>
        <translation>Chuyển tiếp…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verify: search the web for this text</source>
        <translation>Kiểm chứng: tìm đoạn văn bản này trên web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a web search in your browser. Nothing is sent to Cove.</source>
        <translation>Mở một tìm kiếm web trong trình duyệt của bạn. Không có gì được gửi đến Cove.</translation>
    </message>
    <message>
        <location filename="../ui/ForwardDialog.cpp" line="+27"/>
        <location line="+27"/>
        <source>Forward</source>
        <translation>Chuyển tiếp</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This message was forwarded many times. To slow the spread of rumours, it can go to one chat at a time.</source>
        <translation>Tin nhắn này đã được chuyển tiếp nhiều lần. Để làm chậm sự lan truyền của tin đồn, mỗi lần chỉ có thể chuyển tiếp tin nhắn này đến một cuộc trò chuyện.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Choose up to %n chats.</source>
        <translation>
            <numerusform>Chọn tối đa %n cuộc trò chuyện.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats to forward to</source>
        <translation>Cuộc trò chuyện nhận tin chuyển tiếp</translation>
    </message>
</context>
<context>
    <name>GetHelp</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-1"/>
        <source>&amp;Get help…</source>
        <translation>&amp;Nhận trợ giúp…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report this conversation…</source>
        <translation>&amp;Báo cáo cuộc trò chuyện này…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My reports</source>
        <translation>Báo cáo &amp;của tôi</translation>
    </message>
    <message>
        <location line="+390"/>
        <source>Get help</source>
        <translation>Nhận trợ giúp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is someone bothering you, or is something wrong?</source>
        <translation>Có ai đang làm phiền bạn, hay có điều gì không ổn?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can report any message: right-click it and choose Report, or select it and press Ctrl+Shift+R. You choose exactly which messages are sent, and the person is not told who reported them. You can also block anyone. If you or a child are in danger right now, call your local emergency number.</source>
        <translation>Bạn có thể báo cáo bất kỳ tin nhắn nào: nhấp chuột phải vào tin nhắn rồi chọn Báo cáo, hoặc chọn tin nhắn rồi nhấn Ctrl+Shift+R. Bạn tự chọn chính xác những tin nhắn nào được gửi đi, và người đó sẽ không được biết ai đã báo cáo họ. Bạn cũng có thể chặn bất kỳ ai. Nếu bạn hoặc một đứa trẻ đang gặp nguy hiểm ngay lúc này, hãy gọi số điện thoại khẩn cấp tại nơi bạn sống.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report this conversation</source>
        <translation>Báo cáo cuộc trò chuyện này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My reports</source>
        <translation>Báo cáo của tôi</translation>
    </message>
</context>
<context>
    <name>GroupInfo</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-499"/>
        <source>Only admins can send messages in this group.</source>
        <translation>Chỉ quản trị viên mới có thể gửi tin nhắn trong nhóm này.</translation>
    </message>
    <message>
        <location filename="../ui/GroupInfoDialog.cpp" line="+2"/>
        <source>Their messages in this group and anywhere else stop reaching you. They are not told.</source>
        <translation>Tin nhắn của họ trong nhóm này và ở mọi nơi khác sẽ không còn đến được với bạn. Họ sẽ không được thông báo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave this group?</source>
        <translation>Rời khỏi nhóm này?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The others see that you left. You keep what was said so far.</source>
        <translation>Những người khác sẽ thấy bạn đã rời nhóm. Bạn vẫn giữ lại những gì đã trao đổi đến giờ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reset the invite link?</source>
        <translation>Đặt lại đường link mời?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links you shared before stop working. Anyone who should still join needs the new one.</source>
        <translation>Các đường link bạn đã chia sẻ trước đây sẽ không dùng được nữa. Ai vẫn cần tham gia sẽ cần đường link mới.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied</source>
        <translation>Đã sao chép</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+245"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>No invite link</source>
        <translation>Chưa có đường link mời</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admins can make a link that lets people ask to join.</source>
        <translation>Quản trị viên có thể tạo đường link để mọi người xin tham gia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone with the link can ask to join; an admin lets each one in. Share it only with people you mean.</source>
        <translation>Ai có đường link đều có thể xin tham gia; quản trị viên sẽ duyệt từng người. Chỉ chia sẻ với những người bạn thật sự muốn mời.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone with the link joins at once and sees what is said from then on. Share it only with people you mean.</source>
        <translation>Ai có đường link sẽ vào nhóm ngay và thấy được các tin nhắn từ lúc đó trở đi. Chỉ chia sẻ với những người bạn thật sự muốn mời.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n person(s) asking to join</source>
        <translation>
            <numerusform>%n người đang xin tham gia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Everyone in your contacts is in this group already.</source>
        <translation>Mọi người trong danh bạ của bạn đều đã ở trong nhóm này.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · admin</source>
        <translation>%1 · quản trị viên</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n thành viên</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Groups on this relay have at most %1 members. Only admins add or remove members and change these settings.</source>
        <translation>Nhóm trên máy chủ chuyển tiếp này có tối đa %1 thành viên. Chỉ quản trị viên mới có thể thêm hoặc xóa thành viên và thay đổi các cài đặt này.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group name</source>
        <translation>Tên nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make admin</source>
        <translation>Đặt làm quản trị viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this member</source>
        <translation>Báo cáo thành viên này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block this member</source>
        <translation>Chặn thành viên này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave group</source>
        <translation>Rời nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only admins can send messages</source>
        <translation>Chỉ quản trị viên mới được gửi tin nhắn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members can change the group&apos;s name</source>
        <translation>Thành viên có thể đổi tên nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Invite link&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đường link mời&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite people with a link</source>
        <translation>Mời mọi người bằng đường link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An admin approves each new member</source>
        <translation>Quản trị viên duyệt từng thành viên mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite link</source>
        <translation>Đường link mời</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the invite link</source>
        <translation>Sao chép đường link mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset link</source>
        <translation>Đặt lại đường link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People asking to join</source>
        <translation>Những người đang xin tham gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let in</source>
        <translation>Cho vào nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
</context>
<context>
    <name>GroupInvite</name>
    <message>
        <location filename="../app/ConversationListModel.cpp" line="+175"/>
        <source>Group invitation</source>
        <translation>Lời mời vào nhóm</translation>
    </message>
    <message>
        <location filename="../ui/ChatView.cpp" line="+125"/>
        <source>&lt;b&gt;%1 added you to the group “%2” again.&lt;/b&gt; Nothing of the group is shown until you join.</source>
        <translation>&lt;b&gt;%1 đã thêm lại bạn vào nhóm “%2”.&lt;/b&gt; Bạn sẽ không thấy gì về nhóm này cho đến khi tham gia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 added you to the group “%2”.&lt;/b&gt; %1 is not in your contacts. Nothing of the group is shown until you join.</source>
        <translation>&lt;b&gt;%1 đã thêm bạn vào nhóm “%2”.&lt;/b&gt; %1 không có trong danh bạ của bạn. Bạn sẽ không thấy gì về nhóm này cho đến khi tham gia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Invited %1</source>
        <translation>• Được mời lúc %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;The rest is what the invitation says; Cove cannot check it. Anyone can name people you know, so ask them before you join.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Phần còn lại là những gì lời mời ghi; Cove không thể kiểm tra. Ai cũng có thể nêu tên những người bạn quen, nên hãy hỏi họ trước khi tham gia.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Created by %1</source>
        <translation>• Người tạo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Admins: %1</source>
        <translation>• Quản trị viên: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>• %n member(s)</source>
        <translation>
            <numerusform>• %n thành viên</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• None of your contacts are in it.</source>
        <translation>• Không có ai trong danh bạ của bạn ở trong nhóm này.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>• %n of your contacts are in it.</source>
        <translation>
            <numerusform>• Có %n người trong danh bạ của bạn ở trong nhóm này.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Join</source>
        <translation>Tham gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the group</source>
        <translation>Tham gia nhóm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the invitation</source>
        <translation>Từ chối lời mời</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block inviter</source>
        <translation>Chặn người mời</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report the group and who invited you</source>
        <translation>Báo cáo nhóm và người đã mời bạn</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-675"/>
        <source>Your request to join a group could not reach its admin. Ask them to add you instead.</source>
        <translation>Yêu cầu tham gia nhóm của bạn không đến được quản trị viên. Hãy nhờ họ thêm bạn vào.</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>&amp;Join a group by link…</source>
        <translation>&amp;Tham gia nhóm bằng đường link…</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Join a group by link</source>
        <translation>Tham gia nhóm bằng đường link</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paste the group&apos;s invite link (cove://group/…):</source>
        <translation>Dán đường link mời của nhóm (cove://group/…):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your request went to the group&apos;s admin, end-to-end encrypted. The group appears in your chats when they let you in.</source>
        <translation>Yêu cầu của bạn đã được gửi đến quản trị viên nhóm và được mã hóa đầu cuối. Nhóm sẽ xuất hiện trong các cuộc trò chuyện của bạn khi họ cho bạn vào.</translation>
    </message>
</context>
<context>
    <name>Guarded</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-582"/>
        <source>Someone your guardian has not approved is in this group. Until they leave, you can&apos;t write here and you don&apos;t see what they write.</source>
        <translation>Trong nhóm này có người mà bố mẹ bạn chưa đồng ý. Cho đến khi người đó rời nhóm, bạn không thể viết ở đây và không thấy những gì người đó viết.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>&lt;b&gt;Do you know %1 in real life?&lt;/b&gt; Pick one answer before you chat. If you are not sure, tell your guardian.</source>
        <translation>&lt;b&gt;Bạn có biết %1 ngoài đời thật không?&lt;/b&gt; Hãy chọn một câu trả lời trước khi trò chuyện. Nếu chưa chắc, hãy nói với bố mẹ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer the question above to start.</source>
        <translation>Trả lời câu hỏi ở trên để bắt đầu.</translation>
    </message>
    <message>
        <location line="+405"/>
        <location filename="../ui/GuardedMode.cpp" line="-500"/>
        <source>Tell my guardian</source>
        <translation>Nói với bố mẹ</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-376"/>
        <location filename="../ui/MainWindow.cpp" line="-273"/>
        <source>Ask to add someone</source>
        <translation>Xin thêm một người</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>We asked your guardian. You can chat when they say yes.</source>
        <translation>Mình đã hỏi bố mẹ bạn rồi. Khi bố mẹ đồng ý, bạn có thể trò chuyện.</translation>
    </message>
    <message>
        <location filename="../ui/GuardedMode.cpp" line="-198"/>
        <location filename="../ui/MainWindow.cpp" line="+3"/>
        <source>Connect to your guardian</source>
        <translation>Kết nối với bố mẹ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask your guardian to open Cove. They choose Children, then Add a child. Type the code from their screen here.</source>
        <translation>Nhờ bố mẹ mở Cove. Bố mẹ chọn Con cái, rồi chọn Thêm con. Gõ mã trên màn hình của bố mẹ vào đây.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code from your guardian</source>
        <translation>Mã từ bố mẹ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a picture of the QR code…</source>
        <translation>Dùng ảnh mã QR…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/MainWindow.cpp" line="+3"/>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now wait for your guardian.</source>
        <translation>Giờ hãy chờ bố mẹ nhé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You both should see this number. Check it together.</source>
        <translation>Cả hai người đều phải thấy số này. Hãy cùng nhau kiểm tra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the code again</source>
        <translation>Gõ lại mã</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your guardian said yes. Do you both see this number?</source>
        <translation>Bố mẹ đã đồng ý. Cả hai có thấy số này không?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes, it is the same</source>
        <translation>Có, giống nhau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, it is not the same</source>
        <translation>Không, không giống nhau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are connected! Your guardian picks who can talk to you.</source>
        <translation>Bạn đã kết nối xong! Bố mẹ sẽ chọn ai được trò chuyện với bạn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Picture of the QR code</source>
        <translation>Ảnh mã QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Hình ảnh (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Then do not go on. Ask your guardian for a new code.</source>
        <translation>Vậy thì đừng làm tiếp. Hãy xin bố mẹ một mã mới.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no code in this picture.</source>
        <translation>Không có mã nào trong ảnh này.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This code does not work. Check it and try again.</source>
        <translation>Mã này không dùng được. Hãy kiểm tra rồi thử lại.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../ui/MainWindow.cpp" line="-54"/>
        <location line="+66"/>
        <source>Get help</source>
        <translation>Nhờ giúp đỡ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is something wrong? You can get help now. It is not your fault.</source>
        <translation>Có chuyện gì không ổn à? Bạn có thể nhờ giúp đỡ ngay bây giờ. Đó không phải lỗi của bạn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report this chat</source>
        <translation>Báo cáo cuộc trò chuyện này</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened? You can also leave this empty.</source>
        <translation>Chuyện gì đã xảy ra? Bạn cũng có thể để trống.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Chuyện gì đã xảy ra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also send the last messages of this chat</source>
        <translation>Gửi cả những tin nhắn gần đây trong cuộc trò chuyện này</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to my guardian</source>
        <translation>Gửi cho bố mẹ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call for free</source>
        <translation>Gọi miễn phí</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a help line for children where you live: %1</source>
        <translation>Tìm đường dây hỗ trợ trẻ em ở nơi bạn sống: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In danger right now? Call %1.</source>
        <translation>Đang gặp nguy hiểm ngay lúc này? Hãy gọi %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sent. Your guardian will see it soon.</source>
        <translation>Đã gửi. Bố mẹ sẽ sớm thấy.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-37"/>
        <source>📎 Photos and files you send or get are shared with your guardian.</source>
        <translation>📎 Ảnh và tệp bạn gửi hoặc nhận sẽ được chia sẻ với bố mẹ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ask to add someone…</source>
        <translation>&amp;Xin thêm một người…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your chats are private</source>
        <translation>Cuộc trò chuyện của bạn được giữ kín</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your guardian picks who can talk to you. Want to talk to someone new? Ask your guardian.</source>
        <translation>Bố mẹ sẽ chọn ai được trò chuyện với bạn. Muốn trò chuyện với người mới? Hãy hỏi bố mẹ.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody can write to you yet. First connect to your guardian.</source>
        <translation>Chưa ai nhắn tin cho bạn được. Trước tiên, hãy kết nối với bố mẹ.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Time to rest.&lt;/b&gt;&lt;br&gt;Your guardian set quiet hours. Cove wakes up at %1.</source>
        <translation>&lt;b&gt;Đến giờ nghỉ rồi.&lt;/b&gt;&lt;br&gt;Bố mẹ đã đặt giờ yên tĩnh. Cove sẽ thức dậy lúc %1.</translation>
    </message>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="-96"/>
        <source>Remove %1? Your guardian will be told.</source>
        <translation>Xóa %1? Bố mẹ bạn sẽ được báo.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>ModerationNotice</name>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="+718"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and is giving you a warning.</source>
        <translation>Đội ngũ kiểm duyệt của Cove đã xem xét một báo cáo về tài khoản của bạn (%1) và đưa ra cảnh cáo đối với bạn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and suspended it until %2.</source>
        <translation>Đội ngũ kiểm duyệt của Cove đã xem xét một báo cáo về tài khoản của bạn (%1) và tạm khóa tài khoản đến %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and banned it.</source>
        <translation>Đội ngũ kiểm duyệt của Cove đã xem xét một báo cáo về tài khoản của bạn (%1) và đã khóa vĩnh viễn tài khoản.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A person reviewed the earlier decision about your account and lifted it.</source>
        <translation>Một người kiểm duyệt đã xem xét lại quyết định trước đó về tài khoản của bạn và đã gỡ bỏ quyết định này.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A decision about your account</source>
        <translation>Quyết định về tài khoản của bạn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request review</source>
        <translation>Yêu cầu xem xét lại</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+49"/>
        <source>Your account is suspended: see Help › My reports</source>
        <translation>Tài khoản của bạn đã bị tạm ngưng: xem Trợ giúp › Báo cáo của tôi</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="-99"/>
        <source>Remove %1 from your contacts? Your chat stays, and %1 is not told.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reachability</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-519"/>
        <source>&lt;b&gt;Your message to %1 was not delivered.&lt;/b&gt; To protect people from spam, new accounts can start only a few conversations a day with people who have not written to them. Try again tomorrow, or ask them to write to you first.</source>
        <translation>&lt;b&gt;Tin nhắn bạn gửi cho %1 chưa đến được.&lt;/b&gt; Để bảo vệ mọi người khỏi tin rác, tài khoản mới mỗi ngày chỉ có thể bắt đầu vài cuộc trò chuyện với những người chưa từng nhắn cho mình. Hãy thử lại vào ngày mai, hoặc nhờ người đó nhắn cho bạn trước.</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+282"/>
        <location line="+2"/>
        <source>Who can message me</source>
        <translation>Ai có thể nhắn tin cho tôi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone (strangers wait in Message requests)</source>
        <translation>Mọi người (người lạ sẽ chờ trong Yêu cầu nhắn tin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only my contacts</source>
        <translation>Chỉ người trong danh bạ của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With “Only my contacts”, the relay keeps the list of your contacts, chats and group members so that it can turn everyone else away. They see only that their message was not delivered.</source>
        <translation>Khi chọn “Chỉ người trong danh bạ của tôi”, máy chủ chuyển tiếp sẽ giữ danh sách danh bạ, cuộc trò chuyện và thành viên nhóm của bạn để có thể từ chối tất cả những người khác. Họ chỉ thấy là tin nhắn của mình không đến được.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Who can add me to groups</source>
        <translation>Ai có thể thêm tôi vào nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone (a stranger&apos;s group shows an overview first)</source>
        <translation>Mọi người (nhóm của người lạ sẽ hiện phần tổng quan trước)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only my contacts (others&apos; invitations wait in Message requests)</source>
        <translation>Chỉ người trong danh bạ của tôi (lời mời từ người khác sẽ chờ trong Yêu cầu nhắn tin)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+437"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+98"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="-20"/>
        <source>Report…</source>
        <translation>Báo cáo…</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Report this message request</source>
        <translation>Báo cáo yêu cầu nhắn tin này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this conversation (Ctrl+Shift+R reports the selected message)</source>
        <translation>Báo cáo cuộc trò chuyện này (Ctrl+Shift+R để báo cáo tin nhắn đã chọn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+18"/>
        <source>Report this conversation</source>
        <translation>Báo cáo cuộc trò chuyện này</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="-695"/>
        <source>one-to-one chat</source>
        <translation>trò chuyện riêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message request</source>
        <translation>yêu cầu nhắn tin</translation>
    </message>
    <message>
        <location line="+609"/>
        <source>This involves a child</source>
        <translation>Việc này liên quan đến trẻ em</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location line="-168"/>
        <source>No action</source>
        <translation>Không xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Cảnh cáo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Tạm khóa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banned</source>
        <translation>Khóa vĩnh viễn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifted after review</source>
        <translation>Đã gỡ bỏ sau khi xem xét lại</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by moderation</source>
        <translation>Đội ngũ kiểm duyệt đã nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation>Đã xem xét</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action taken</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action taken</source>
        <translation>Không có biện pháp xử lý</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review requested</source>
        <translation>Đã yêu cầu xem xét lại</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-451"/>
        <source>Block all?</source>
        <translation>Chặn tất cả?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Block the senders of all %n request(s)? They are not told, and you can unblock them in Settings.</source>
        <translation>
            <numerusform>Chặn người gửi của tất cả %n yêu cầu nhắn tin? Họ sẽ không được thông báo, và bạn có thể bỏ chặn họ trong Cài đặt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Block all</source>
        <translation>Chặn tất cả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report all…</source>
        <translation>Báo cáo tất cả…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ReportDialog.cpp" line="+127"/>
        <source>Report %n request(s)</source>
        <translation>
            <numerusform>Báo cáo %n yêu cầu nhắn tin</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each request is reported on its own, with its newest message and the four before it, to Cove&apos;s moderation team. Nobody is told who reported them.</source>
        <translation>Mỗi yêu cầu được báo cáo riêng đến đội ngũ kiểm duyệt của Cove, kèm theo tin nhắn mới nhất của yêu cầu đó và bốn tin nhắn trước nó. Không ai được biết ai đã báo cáo họ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report category</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also block them</source>
        <translation>Chặn luôn họ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report all</source>
        <translation>Báo cáo tất cả</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not reported</source>
        <translation>Chưa được báo cáo</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-409"/>
        <source>&lt;b&gt;%1 recently started conversations with many people they don&apos;t know.&lt;/b&gt; That is common for spam and scams. Don&apos;t send money, codes or personal details.</source>
        <translation>&lt;b&gt;Gần đây %1 đã bắt đầu trò chuyện với rất nhiều người không quen biết.&lt;/b&gt; Đây là điều thường thấy ở tin rác và lừa đảo. Đừng gửi tiền, mã số hay thông tin cá nhân.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1, who is not in your contacts, sent a file or a link.&lt;/b&gt; Open only what you expected: files and links from strangers can lead to scams or to pictures you did not want to see.</source>
        <translation>&lt;b&gt;%1, người không có trong danh bạ của bạn, đã gửi một tệp hoặc đường link.&lt;/b&gt; Chỉ mở những gì bạn đang chờ: tệp và link từ người lạ có thể dẫn đến lừa đảo hoặc đến những hình ảnh bạn không muốn xem.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1 is not in your contacts.&lt;/b&gt; You accepted their request. Take care before sharing photos, where you live or where you are.</source>
        <translation>&lt;b&gt;%1 không có trong danh bạ của bạn.&lt;/b&gt; Bạn đã chấp nhận yêu cầu của họ. Hãy cẩn thận trước khi chia sẻ ảnh, nơi bạn sống hoặc nơi bạn đang ở.</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>I know this person</source>
        <translation>Tôi biết người này</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Adds them to your contacts; these notices stop.</source>
        <translation>Thêm họ vào danh bạ của bạn; các thông báo này sẽ không hiện nữa.</translation>
    </message>
    <message>
        <location line="+417"/>
        <source>Dismiss</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this notice</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>cove</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+45"/>
        <source>Demo log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Who is here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Everyone here is a real Cove client on this computer, talking through a real relay on loopback. Nothing leaves the machine.&lt;/p&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Moderation desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+29"/>
        <location line="+115"/>
        <source>Cove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>&amp;Guardian&apos;s view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Guardian&apos;s view (Jordan&apos;s Cove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cove, a private messenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the profile NAME (several can live side by side).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the demo world: a relay and scripted people on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --demo: you are a child in guarded mode, with a scripted guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main screens of the demo to PNG files in DIR, in English and Arabic, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the language CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A cove:// link to open (a contact, a group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” cannot name a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Part of this profile&apos;s database log was damaged, perhaps by a failing disk. Everything before the damage is here; the changes written after it could not be read, so the newest messages or settings may be missing. The damaged log was kept, still encrypted, at:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/Screenshots.cpp" line="+117"/>
        <source>Sounds great! Send me a picture?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove-cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+69"/>
        <source>cove-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+133"/>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>usage: set-relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: read-receipts on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: who-can-message [everyone|contacts]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>contacts only: the relay lets %n person(s) reach you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>everyone can message you; strangers wait in message requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: who-can-add-to-groups [everyone|contacts]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: add-contact COVE-ID [NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>usage: block|unblock ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: forward MESSAGE-ID ID|GROUP...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>usage: send COVE-ID|GROUP TEXT [--file PATH]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>usage: history COVE-ID|GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>usage: read COVE-ID|GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>usage: safety-number COVE-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: verify COVE-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: accept-identity COVE-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: timer COVE-ID|GROUP SECONDS|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SECONDS must be a number or &apos;off&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>usage: save-attachment ATTACHMENT-ID PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown command %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+51"/>
        <source>--profile DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase needs at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The profile is ready; it registers with the relay on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Cove ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>usage: report ID|GROUP --category C [--child] [--message ID]... [--comment TEXT] [--block]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown category %1; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+835"/>
        <source>quiet hours look like 21:00-07:00, or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1192"/>
        <location line="+365"/>
        <source>no message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-273"/>
        <source>usage: search WORDS...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>usage: request-contact COVE-ID [NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>usage: mute COVE-ID|GROUP 1h|8h|1w|always|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no chat with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>warning: part of the database log was damaged; the changes written after the damage could not be read. The damaged log was kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a message is not in this conversation, or more than 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>decision %1 about you: %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: review CASE [--comment TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: requests report-all --category C [--child] [--block]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n request(s) reported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>group “%1”, %n member(s), invited by %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n sender(s) blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no request from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: requests [list | accept ID | delete ID | block-all | report-all --category C]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not delivered to every member: the relay refused the message for at least one of them. They may take messages only from their contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not delivered: the relay refused the message. The recipient may take messages only from their contacts, or the account does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no relay: pass --relay ws://HOST:PORT (remembered after init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The safety number with %1 changed. Compare it, then run accept-identity %2 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not delivered to %1: this account has started as many new conversations today as the relay allows (new accounts can start only a few a day with people who have not written to them). Try again tomorrow, or ask them to write first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This account is suspended by moderation (%1). Run reports to see why, review CASE to appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>the relay did not answer in time; %n message(s) stay queued for the next sync</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No messages found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+52"/>
        <location line="+15"/>
        <location line="+24"/>
        <location line="+140"/>
        <source>no such group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-209"/>
        <source>usage: group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>This group has no invite link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An admin approves each new member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anyone with the link joins at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the request could not reach the group&apos;s admin; ask them to add you instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You are already in this group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asked to join. The group appears once an admin lets you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>usage: group create|add|remove|leave|rename|role|settings|send|info|list|link|join|requests|approve|decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: guardian pair [LINK] | confirm [CHILD] | children | approve|decline|remove CHILD ID | release|activity CHILD | quiet CHILD FROM-UNTIL|off | share CHILD on|off | status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>guarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not guarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+142"/>
        <source>not a Cove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no safety number yet: exchange a message with them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Messages to show (history, search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The profile directory.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The relay, e.g. ws://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PEM certificate to trust for a wss:// relay (remembered at init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Display name (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach a file (send).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seconds to wait for the relay (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show your contact link instead (id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report category id (report), e.g. spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report involves a child (report); a child&apos;s guarded profile (init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message id to report (report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note for the moderators (report, review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also block the reported person (report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::app::ConversationListModel</name>
    <message>
        <location filename="../app/ConversationListModel.cpp" line="-143"/>
        <location filename="../ui/ChatView.cpp" line="-356"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You</source>
        <translation type="unfinished">Bạn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unnamed group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>%1, %n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cove::app::MessageSearchModel</name>
    <message>
        <location filename="../app/MessageSearchModel.cpp" line="+188"/>
        <source>%1, in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::app::demo::DemoWorld</name>
    <message>
        <location filename="../app/demo/DemoWorld.cpp" line="+431"/>
        <location line="+313"/>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-295"/>
        <source>Maya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prize Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jordan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stranger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Hi Maya! Are we still on for the hike on Saturday?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes! I can&apos;t wait. I&apos;ll bring snacks 🥪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Great, I&apos;ll bring the thermos. Which trail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sam found one by the lake. I&apos;ll make a group for the three of us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Weekend hike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Weather looks great for Saturday ☀️ Meet at the trailhead at 9?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>URGENT: all national parks close this weekend because of a secret government order. Share this with everyone you know before it gets deleted!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Your guardian %1 approved %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your guardian %1 declined %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hi! It&apos;s Robin from school 👋 Did you finish the project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source> Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was warned by moderation.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was suspended by moderation.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was banned by moderation.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s account was restored after review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>I did nothing wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 asked for a review of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not ask for a review: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ha, that made me smile 😄 How&apos;s your week going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oh, and look what I found from our last trip to the lake!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday it is, then. I&apos;ll text Sam about the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you see Sam&apos;s message in the group? I don&apos;t think that&apos;s true…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk later, I&apos;m heading out. 👋</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+59"/>
        <location line="+18"/>
        <location line="+37"/>
        <location line="+18"/>
        <source>%1 could not send a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-129"/>
        <source>%1 answered your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The view from the lake 🏞️</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sent you a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not send a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Come on, it&apos;s easier there. Just send me your number and I&apos;ll text you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I hardly ever check this app. Add me on the other one, it&apos;s quicker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why not? Everybody uses the other app. Just give me your number 🙂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hi! We met at the climbing gym last month, remember? 😊</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, a stranger, tried to write to you: the relay turned him away. Only your guardian sees that he tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, a stranger, sent you a message request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can we talk on another app? This one is slow for me. What&apos;s your number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asked to move the chat to another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pushed again to move the chat elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Gaming buddies 🎮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome! Everyone here shares their Discord and age 😉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 tried to add you to a group: the relay turned him away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added you to a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>🎉 Congratulations! You have been selected for a €500 gift card. Reply with your full name and address to claim it today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%1 sent you a message request after writing to %n other strangers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 opened a conversation with a stranger (%n so far)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was rate-limited by the relay: too many new conversations for a new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Your guardian: approves who can talk to you (Demo › Guardian&apos;s view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A friend your guardian approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A classmate: ask your guardian to add Robin (Cove ID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stranger: guarded mode turns him away (Cove ID %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A friend who answers your messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>A friend in your hiking group who forwards a rumour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stranger who wants to move the chat to another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new account that writes to many strangers until the relay stops it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::desktop::ModerationDeskWindow</name>
    <message>
        <location filename="../app/desktop/ModerationDeskWindow.cpp" line="+44"/>
        <source>✔ verified: the sender really sent this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>– the reporter&apos;s own message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ not verifiable: no relay tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ forged: the text does not match what was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ forged: sender, recipient or time do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ forged: a file is not the one that was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✘ unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Moderation desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moderation queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason, shown to the person (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspension length in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The relay&apos;s moderation queue, as a moderator sees it: reports that involve a child first, then by severity and age. Each message shows whether the relay&apos;s franking proves who sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dismiss</source>
        <translation type="unfinished">Đóng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore (appeal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uphold (review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Transparency report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The queue cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Appeal of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 report(s), %3 verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>INVOLVES A CHILD · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · review requested</source>
        <translation type="unfinished"> · đã yêu cầu xem xét lại</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n case(s) waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case %1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report %1, received %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category: %1%2</source>
        <translation type="unfinished">Loại: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · involves a child</source>
        <translation type="unfinished"> · liên quan đến trẻ em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporter&apos;s comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>▶ </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>forwarded %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>file included, matches what was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file included, does NOT match what was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only its fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment “%1” (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decision %1: %2 by %3 at %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the reason first: the person is shown it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Decided: %1 (%2). The people concerned are told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reports received: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Involving a child: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by franking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions: %1 dismissed, %2 warnings, %3 suspensions, %4 bans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appeals: %1 (%2 restored, %3 upheld, %4 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reporters&apos; reviews of “no action”: %1 (%2 changed, %3 upheld, %4 waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Median time from report to decision: %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median time from report to decision: no decisions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transparency report, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::AddContactDialog</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-418"/>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Cove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>How you call them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask them for their Cove ID: it is under Settings in their app. It ends in a check, so a typo is caught.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A contact link (cove://contact/…) works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a QR code picture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the contact link from a photo or screenshot of their QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This is not a Cove contact link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a group&apos;s invite link: use “Join a group by link” in the Cove menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a Cove ID yet: 18 letters and digits, dashes optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is your own Cove ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A picture of a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No Cove QR code was found in this picture.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-806"/>
        <source>Delete this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The messages are deleted from this computer. %1 is not told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+239"/>
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform>%n thành viên</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not in your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Accept the request to reply. Until then, %1 cannot see that you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>&lt;b&gt;%1 is not in your contacts.&lt;/b&gt; Their messages wait here until you accept. They don&apos;t know whether you have seen them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/FactLines.cpp" line="+15"/>
        <source>• The account was created less than a day ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• The account is less than a week old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• The account is less than a month old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• The account is more than a month old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• &lt;b&gt;This account recently started conversations with many people it does not know.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>• You share %n group(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• You share no contacts or groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ChatView.cpp" line="-446"/>
        <source>New messages below ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+451"/>
        <source>Never share personal details, photos or passwords with someone you don&apos;t know, and be careful if they ask to move to another app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;The safety number with %1 has changed.&lt;/b&gt; They may have reinstalled Cove, or someone may be trying to listen in. Messages wait until you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+164"/>
        <location line="+54"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>You sent many files in a short time. Wait a minute, then send them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The relay cannot be reached right now, so the files were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>They are back in the message box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-418"/>
        <location line="+457"/>
        <source>Newest messages ↓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+20"/>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Save attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete for me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this message?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is deleted from this computer only. Everyone else keeps their copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+1"/>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Conversation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept the message request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the message request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::Composer</name>
    <message>
        <location filename="../ui/Composer.cpp" line="+211"/>
        <source>Cannot attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read, or is larger than 100 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pasted image.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replying to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>📎 %n file(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach files (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Remove the attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Do not reply to this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::ConversationDelegate</name>
    <message>
        <location filename="../ui/ConversationDelegate.cpp" line="+116"/>
        <source>Draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::Dialogs</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-196"/>
        <source>Cove could not save this on this computer. Is the disk full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The message could not be encrypted or decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay cannot be reached right now. Messages wait and go out when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That did not work. Check what you entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The safety number with this contact changed. Compare it before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are not allowed to do that here (only group admins can change a group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile is open in another Cove window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-199"/>
        <source>Your Cove ID is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>About Cove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Cove %1&lt;/h3&gt;&lt;p&gt;A private messenger: end-to-end encrypted with the Signal protocol, stored encrypted on this computer, with safety tools that never read your messages.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Built on Qt, libsignal-protocol-c, SQLCipher, libsodium and libqrencode.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-606"/>
        <source>That message is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Your contact link is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Unpin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pin to top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unmute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until I unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>You also leave the group %1. Its messages are deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its messages are deleted from this computer. %1 is not told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this chat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Accept the request before you pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy my Cove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy my contact &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &amp;requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pin or unpin this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Cove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your conversations are private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a conversation, or add someone by their Cove ID. Give people yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation type="unfinished">Bạn</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>← Back to chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline: %n message(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No messages found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New message request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This is not a link Cove can open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This link connects a child&apos;s Cove to their guardian. Open it on the child&apos;s computer, in a profile set up for a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Ask to join this group? Its admin %1 is asked, end-to-end encrypted, to let you in, and learns your Cove ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::MessageDelegate</name>
    <message numerus="yes">
        <location filename="../ui/MessageDelegate.cpp" line="+244"/>
        <source>%n unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>↪ Forwarded many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>↪ Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · double-click to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · downloading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::NewGroupDialog</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+200"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Group name</source>
        <translation type="unfinished">Tên nhóm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation type="unfinished">Thành viên</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members (you are the admin):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the group a name and choose at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::QrCodeWidget</name>
    <message>
        <location filename="../ui/QrCode.cpp" line="+149"/>
        <source>Safety number code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A QR code that carries the same safety number, for scanning instead of reading the digits aloud.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportDialog</name>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="-548"/>
        <source>Report %1</source>
        <translation>Báo cáo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is happening?</source>
        <translation>Chuyện gì đang xảy ra?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report category</source>
        <translation>Loại báo cáo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This involves a child</source>
        <translation>Việc này liên quan đến trẻ em</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports about children are handled first.</source>
        <translation>Các báo cáo liên quan đến trẻ em được xử lý trước tiên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages to include</source>
        <translation>Tin nhắn đính kèm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages to include in the report</source>
        <translation>Tin nhắn đính kèm trong báo cáo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exactly what leaves this computer</source>
        <translation>Chính xác những gì sẽ được gửi khỏi máy tính này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report preview</source>
        <translation>Xem trước báo cáo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your report goes to Cove&apos;s moderation team, encrypted so that only they can read it. %1 is not told who reported them. A person reviews every report and may warn, suspend or ban the account. You can follow your report under Help › My reports.</source>
        <translation>Báo cáo của bạn được gửi đến đội ngũ kiểm duyệt của Cove và được mã hóa để chỉ họ mới đọc được. %1 sẽ không được biết ai đã báo cáo họ. Mỗi báo cáo đều được một người kiểm duyệt xem xét, và tài khoản đó có thể bị cảnh cáo, tạm khóa hoặc khóa vĩnh viễn. Bạn có thể theo dõi báo cáo của mình trong Trợ giúp › Báo cáo của tôi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anything else moderators should know (optional)</source>
        <translation>Điều gì khác mà người kiểm duyệt nên biết (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the moderators</source>
        <translation>Ghi chú cho người kiểm duyệt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also block %1</source>
        <translation>Chặn luôn %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submit report</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(no text)</source>
        <translation>(không có văn bản)</translation>
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
        <translation>Không thể xác minh tin nhắn này nên không thể đính kèm.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include the file “%1” (%2); otherwise only its fingerprint</source>
        <translation>Đính kèm tệp “%1” (%2); nếu không, chỉ gửi dấu vân tay của tệp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”: only its fingerprint (not on this computer)</source>
        <translation>“%1”: chỉ gửi dấu vân tay (tệp không có trên máy tính này)</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n message(s) selected, at most 30.</source>
        <translation>
            <numerusform>Đã chọn %n tin nhắn, tối đa 30.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To: Cove moderation</source>
        <translation>Đến: Đội ngũ kiểm duyệt Cove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involves a child: yes</source>
        <translation>Liên quan đến trẻ em: có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Involves a child: no</source>
        <translation>Liên quan đến trẻ em: không</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported account: %1</source>
        <translation>Tài khoản bị báo cáo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account: %1</source>
        <translation>Tài khoản của bạn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: %1</source>
        <translation>Cuộc trò chuyện: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment: %1</source>
        <translation>Ghi chú của bạn: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message %1 of %2%3</source>
        <translation>Tin nhắn %1/%2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the one reported)</source>
        <translation> (tin nhắn bị báo cáo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1, %2</source>
        <translation>Từ: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text: %1</source>
        <translation>Nội dung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: “%1”, %2</source>
        <translation>Tệp: “%1”, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint only of “%1”: %2</source>
        <translation>Chỉ dấu vân tay của “%1”: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing else is sent: no other messages, no other conversations.</source>
        <translation>Không gửi gì khác: không có tin nhắn nào khác, không có cuộc trò chuyện nào khác.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot report</source>
        <translation>Không thể báo cáo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to report yet</source>
        <translation>Chưa có gì để báo cáo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no message from this person here yet. You can block them, and report a message as soon as one arrives.</source>
        <translation>Ở đây chưa có tin nhắn nào từ người này. Bạn có thể chặn họ, và báo cáo tin nhắn ngay khi có tin nhắn đến.</translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportSentDialog</name>
    <message>
        <location line="+33"/>
        <source>Report sent</source>
        <translation>Đã gửi báo cáo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. Your report is on its way to Cove&apos;s moderation team.</source>
        <translation>Cảm ơn bạn. Báo cáo của bạn đang được gửi đến đội ngũ kiểm duyệt của Cove.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person will review it. The reported account is not told who reported it. You will see the outcome under Help › My reports, and you can ask for a review if you disagree.</source>
        <translation>Một người kiểm duyệt sẽ xem xét báo cáo này. Tài khoản bị báo cáo sẽ không được biết ai đã báo cáo. Bạn sẽ thấy kết quả trong Trợ giúp › Báo cáo của tôi, và có thể yêu cầu xem xét lại nếu không đồng ý.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If a child is in danger right now, call your local emergency number. Do not forward or keep copies of images of a child: your report already carries what moderators need. A child helpline can also help: in Europe call 116 111; elsewhere, find yours at childhelplineinternational.org.</source>
        <translation>Nếu một đứa trẻ đang gặp nguy hiểm ngay lúc này, hãy gọi số điện thoại khẩn cấp tại nơi bạn sống. Đừng chuyển tiếp hoặc giữ bản sao hình ảnh của trẻ em: báo cáo của bạn đã có đủ những gì người kiểm duyệt cần. Đường dây hỗ trợ trẻ em cũng có thể giúp bạn: ở châu Âu, hãy gọi 116 111; ở nơi khác, hãy tìm số của nơi bạn sống tại childhelplineinternational.org.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report number: waiting for the relay (it is kept safe on this computer and sent as soon as Cove is online).</source>
        <translation>Số báo cáo: đang chờ máy chủ chuyển tiếp (báo cáo được lưu an toàn trên máy tính này và sẽ được gửi ngay khi Cove trực tuyến).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report number: %1</source>
        <translation>Số báo cáo: %1</translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportsDialog</name>
    <message>
        <location line="+50"/>
        <source>My reports</source>
        <translation>Báo cáo của tôi</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Reports you sent</source>
        <translation>Báo cáo bạn đã gửi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Người bị báo cáo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Category</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Decisions about your account</source>
        <translation>Quyết định về tài khoản của bạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a review</source>
        <translation>Yêu cầu xem xét lại</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> · involves a child</source>
        <translation> · liên quan đến trẻ em</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · review requested</source>
        <translation> · đã yêu cầu xem xét lại</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking for a review…</source>
        <translation>Đang yêu cầu xem xét lại…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review requested. A person who did not make the first decision will look at it again. You will see the outcome here.</source>
        <translation>Đã yêu cầu xem xét lại. Một người kiểm duyệt không tham gia quyết định ban đầu sẽ xem xét lại. Bạn sẽ thấy kết quả tại đây.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review could not be requested: %1</source>
        <translation>Không thể yêu cầu xem xét lại: %1</translation>
    </message>
</context>
<context>
    <name>cove::ui::SafetyNumberDialog</name>
    <message>
        <location filename="../ui/SafetyNumberDialog.cpp" line="+233"/>
        <source>Safety number with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare these numbers with %1 in person or on a call. If they match, your conversation is private: nobody else can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 digits in 12 groups of five</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied</source>
        <translation type="unfinished">Đã sao chép</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation type="unfinished">Sao chép</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the digits, to paste them into a message or a call note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no safety number with %1 yet. It appears once one of you has sent the other a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not a valid Cove ID, so there is no safety number to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The safety number cannot be shown right now. Close this window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marks %1 as not verified again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do this only after the numbers matched when you compared them with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The safety number with %1 changed while this window was open. Compare the new number before you mark it as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This could not be saved. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+73"/>
        <source>Copy</source>
        <translation type="unfinished">Sao chép</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy contact link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A link that adds you as a contact: cove://contact/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your contact link as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+8"/>
        <location line="+7"/>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+114"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Your Cove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the sender and the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send read receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When off, people don&apos;t see when you read their messages, and you don&apos;t see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save all your conversations, contacts and keys in one encrypted file, to restore on this or another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock automatically on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key is kept in this computer&apos;s keychain. Anyone who can use your computer account can then open Cove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new passphrases differ, or are shorter than 8 characters. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase could not be changed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your passphrase is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no keychain Cove can use, so Cove will ask for your passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+6"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cove backups (*.covebackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a passphrase for the backup. You need it to restore; without it nobody can read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passphrases differ, or are shorter than 8 characters. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your backup is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cove::ui::WelcomeDialog</name>
    <message>
        <location filename="../ui/WelcomeDialog.cpp" line="+218"/>
        <source>Use at least %1 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fair: a longer passphrase would be safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter the name people will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a longer passphrase (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The relay address starts with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+69"/>
        <source>Cove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>This computer has no keychain Cove can use, so Cove will ask for your passphrase next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+5"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Cove backups (*.covebackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup&apos;s passphrase (it becomes this profile&apos;s passphrase):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>That passphrase does not open this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Welcome to Cove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private conversations that only you and the people in them can read. Your messages are end-to-end encrypted and kept encrypted on this computer under your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The name people will see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The relay passes encrypted messages on. It never sees what they say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try the demo instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock Cove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your passphrase to open your conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock automatically on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your key is kept in this computer&apos;s keychain. Anyone who can use your computer account can then open Cove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up Cove for a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guarded mode: only people a guardian approves can reach this profile. The guardian pairs with it from their own Cove.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
