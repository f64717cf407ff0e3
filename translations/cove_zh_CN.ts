<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Blocking</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+600"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+183"/>
        <location filename="../ui/Dialogs.cpp" line="+604"/>
        <source>Unblock</source>
        <translation>取消屏蔽</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+582"/>
        <location line="+13"/>
        <location line="+18"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+1"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="+414"/>
        <source>Block</source>
        <translation>屏蔽</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>You blocked %1. Their messages do not reach you. Unblock them to write.</source>
        <translation>你已屏蔽 %1。对方的消息不会送达给你。要发消息，请先取消屏蔽。</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="-68"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="-275"/>
        <source>Block %1?</source>
        <translation>要屏蔽 %1 吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+1"/>
        <source>%1 is not told. Their messages and group invitations stop reaching you. You can unblock them in Settings.</source>
        <translation>%1 不会收到通知。对方的消息和群组邀请将不再送达给你。你可以在“设置”中取消屏蔽。</translation>
    </message>
    <message>
        <location line="+529"/>
        <source>Block the sender of this request</source>
        <translation>屏蔽此消息请求的发送者</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-2"/>
        <location line="+1"/>
        <source>Blocked people</source>
        <translation>已屏蔽的人</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nobody is blocked.</source>
        <translation>没有屏蔽任何人。</translation>
    </message>
</context>
<context>
    <name>Children</name>
    <message>
        <location filename="../ui/GuardedMode.cpp" line="+81"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+306"/>
        <location line="+6"/>
        <source>Children</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add a child…</source>
        <translation>添加孩子…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The numbers match: link</source>
        <translation>数字一致：关联</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Contacts the child asked for</source>
        <translation>孩子申请添加的联系人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child&apos;s contacts</source>
        <translation>孩子的联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Blocked by guarded mode</source>
        <translation>被守护模式拦截</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>What the child&apos;s app told you</source>
        <translation>孩子的应用发来的通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End guarded mode…</source>
        <translation>结束守护模式…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours from</source>
        <translation>安静时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cove rests on your child&apos;s computer: only your messages arrive, the rest wait until quiet hours end.</source>
        <translation>孩子电脑上的 Cove 会进入休息状态：只有你的消息能送达，其他消息会等到安静时段结束后再送达。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiet hours begin</source>
        <translation>安静时段开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours end</source>
        <translation>安静时段结束时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the photos and files of my child&apos;s chats with me</source>
        <translation>与我分享孩子聊天中的照片和文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies reach you end-to-end encrypted, in your chat with your child. Your child always sees that this is on. Messages&apos; words are never shared.</source>
        <translation>副本会经过端到端加密，发送到你和孩子的聊天中。孩子始终能看到此功能已开启。消息的文字内容绝不会被分享。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked to add</source>
        <translation>申请添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts and when they last talked</source>
        <translation>联系人及最近聊天时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help, blocks and reports</source>
        <translation>求助、屏蔽和举报</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You see who your child talks with and when, never what they say. The relay also holds this list: that is what makes the guarantee hold.</source>
        <translation>你可以看到孩子和谁聊天、何时聊天，但永远看不到聊天内容。中继服务器也保存着这份名单：正因如此，这项保障才能成立。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>In your contacts as %1.</source>
        <translation>在你的联系人中显示为 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in your contacts.</source>
        <translation>不在你的联系人中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety number: %1</source>
        <translation>安全码：%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>End guarded mode for %1? Anyone could then write to them, and you would no longer see their contacts.</source>
        <translation>要为 %1 结束守护模式吗？之后任何人都能给他们发消息，你也将无法再看到他们的联系人。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>On your child&apos;s computer, choose “Set up Cove for a child”, then type or paste this code:</source>
        <translation>在孩子的电脑上选择“为孩子设置 Cove”，然后输入或粘贴此配对码：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When your child&apos;s request arrives, check that both screens show the same number.</source>
        <translation>收到孩子的请求时，请核对两个屏幕上显示的数字是否相同。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (asking to link)</source>
        <translation>%1（请求关联）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No children yet</source>
        <translation>还没有孩子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a child to set up Cove for them: you approve who can reach them.</source>
        <translation>添加孩子，为其设置 Cove：由你来批准谁可以联系他们。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 asks to link. Link only if your child&apos;s screen shows this number: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 请求关联。只有在孩子的屏幕上显示此数字时才关联：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asks to link. Waiting for the number…</source>
        <translation>%1 请求关联。正在等待数字…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Linked since %1. Cove ID %2</source>
        <translation>自 %1 起已关联。Cove ID %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for you</source>
        <translation>等待你处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asked you for help</source>
        <translation>向你求助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked you for help about %1</source>
        <translation>就 %1 向你求助</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked %1</source>
        <translation>屏蔽了 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported %1</source>
        <translation>举报了 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1</source>
        <translation>移除了 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared files of the chat with %1</source>
        <translation>分享了与 %1 的聊天中的文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not connected: the contact list shows once Cove is online.</source>
        <translation>未连接：Cove 联网后会显示联系人列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · last talked: %2</source>
        <translation>%1 · 最近聊天：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 · %n time(s), last %2</source>
        <translation>
            <numerusform>%1 · %n 次，最近一次 %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+315"/>
        <source>%1 is asking you for help.</source>
        <translation>%1 正在向你求助。</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>C&amp;hildren…</source>
        <translation>孩子(&amp;H)…</translation>
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
        <translation type="unfinished">重命名</translation>
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
        <translation type="unfinished">复制</translation>
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
        <translation>转发…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verify: search the web for this text</source>
        <translation>核实：在网上搜索这段文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a web search in your browser. Nothing is sent to Cove.</source>
        <translation>在你的浏览器中打开网页搜索。不会向 Cove 发送任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/ForwardDialog.cpp" line="+27"/>
        <location line="+27"/>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This message was forwarded many times. To slow the spread of rumours, it can go to one chat at a time.</source>
        <translation>这条消息已被多次转发。为减缓谣言传播，它每次只能转发到一个聊天。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Choose up to %n chats.</source>
        <translation>
            <numerusform>最多可选择 %n 个聊天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats to forward to</source>
        <translation>要转发到的聊天</translation>
    </message>
</context>
<context>
    <name>GetHelp</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-1"/>
        <source>&amp;Get help…</source>
        <translation>获取帮助(&amp;G)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report this conversation…</source>
        <translation>举报此对话(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My reports</source>
        <translation>我的举报(&amp;M)</translation>
    </message>
    <message>
        <location line="+390"/>
        <source>Get help</source>
        <translation>获取帮助</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is someone bothering you, or is something wrong?</source>
        <translation>有人在骚扰你，或者遇到了什么问题吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can report any message: right-click it and choose Report, or select it and press Ctrl+Shift+R. You choose exactly which messages are sent, and the person is not told who reported them. You can also block anyone. If you or a child are in danger right now, call your local emergency number.</source>
        <translation>你可以举报任何一条消息：右键点击该消息并选择“举报”，或者选中它后按 Ctrl+Shift+R。具体发送哪些消息完全由你决定，对方不会知道是谁举报了他们。你也可以屏蔽任何人。如果你或某个孩子现在有危险，请立即拨打当地的紧急求助电话。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report this conversation</source>
        <translation>举报此对话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My reports</source>
        <translation>我的举报</translation>
    </message>
</context>
<context>
    <name>GroupInfo</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-499"/>
        <source>Only admins can send messages in this group.</source>
        <translation>在这个群组中，只有管理员可以发消息。</translation>
    </message>
    <message>
        <location filename="../ui/GroupInfoDialog.cpp" line="+2"/>
        <source>Their messages in this group and anywhere else stop reaching you. They are not told.</source>
        <translation>对方在这个群组和其他任何地方发的消息都将不再送达给你。对方不会收到通知。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave this group?</source>
        <translation>要退出这个群组吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The others see that you left. You keep what was said so far.</source>
        <translation>其他成员会看到你已退出。之前的聊天内容仍会保留在你这里。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reset the invite link?</source>
        <translation>要重置邀请链接吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links you shared before stop working. Anyone who should still join needs the new one.</source>
        <translation>之前分享的链接将无法再使用。仍需加入的人需要使用新链接。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+245"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>No invite link</source>
        <translation>没有邀请链接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admins can make a link that lets people ask to join.</source>
        <translation>管理员可以创建链接，让其他人通过链接申请加入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone with the link can ask to join; an admin lets each one in. Share it only with people you mean.</source>
        <translation>任何拿到链接的人都可以申请加入，由管理员逐一批准。请只把链接分享给你想邀请的人。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone with the link joins at once and sees what is said from then on. Share it only with people you mean.</source>
        <translation>任何拿到链接的人都会直接加入，并能看到此后的聊天内容。请只把链接分享给你想邀请的人。</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n person(s) asking to join</source>
        <translation>
            <numerusform>%n 人申请加入</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Everyone in your contacts is in this group already.</source>
        <translation>你的联系人都已经在这个群组中了。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · admin</source>
        <translation>%1 · 管理员</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Groups on this relay have at most %1 members. Only admins add or remove members and change these settings.</source>
        <translation>此中继服务器上的群组最多可有 %1 位成员。只有管理员可以添加或移除成员，以及更改这些设置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group name</source>
        <translation>群组名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make admin</source>
        <translation>设为管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this member</source>
        <translation>举报此成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block this member</source>
        <translation>屏蔽此成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave group</source>
        <translation>退出群组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only admins can send messages</source>
        <translation>仅管理员可以发消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members can change the group&apos;s name</source>
        <translation>成员可以修改群组名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Invite link&lt;/b&gt;</source>
        <translation>&lt;b&gt;邀请链接&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite people with a link</source>
        <translation>通过链接邀请他人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An admin approves each new member</source>
        <translation>新成员需经管理员批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite link</source>
        <translation>邀请链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the invite link</source>
        <translation>复制邀请链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset link</source>
        <translation>重置链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People asking to join</source>
        <translation>申请加入的人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let in</source>
        <translation>允许加入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>GroupInvite</name>
    <message>
        <location filename="../app/ConversationListModel.cpp" line="+175"/>
        <source>Group invitation</source>
        <translation>群组邀请</translation>
    </message>
    <message>
        <location filename="../ui/ChatView.cpp" line="+125"/>
        <source>&lt;b&gt;%1 added you to the group “%2” again.&lt;/b&gt; Nothing of the group is shown until you join.</source>
        <translation>&lt;b&gt;%1 又把你加入了群组“%2”。&lt;/b&gt;在你加入之前，不会显示这个群组的任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 added you to the group “%2”.&lt;/b&gt; %1 is not in your contacts. Nothing of the group is shown until you join.</source>
        <translation>&lt;b&gt;%1 把你加入了群组“%2”。&lt;/b&gt;%1 不在你的联系人中。在你加入之前，不会显示这个群组的任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Invited %1</source>
        <translation>• 邀请时间：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;The rest is what the invitation says; Cove cannot check it. Anyone can name people you know, so ask them before you join.&lt;/i&gt;</source>
        <translation>&lt;i&gt;以下是邀请中写的内容，Cove 无法核实。任何人都可以写上你认识的人的名字，所以加入前请先问问他们。&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Created by %1</source>
        <translation>• 创建者：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Admins: %1</source>
        <translation>• 管理员：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>• %n member(s)</source>
        <translation>
            <numerusform>• %n 位成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• None of your contacts are in it.</source>
        <translation>• 群组中没有你的联系人。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>• %n of your contacts are in it.</source>
        <translation>
            <numerusform>• 群组中有 %n 位你的联系人。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the group</source>
        <translation>加入群组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the invitation</source>
        <translation>拒绝邀请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block inviter</source>
        <translation>屏蔽邀请者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report the group and who invited you</source>
        <translation>举报该群组和邀请你的人</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-675"/>
        <source>Your request to join a group could not reach its admin. Ask them to add you instead.</source>
        <translation>你加入群组的请求未能送达其管理员。请让对方直接把你加进去。</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>&amp;Join a group by link…</source>
        <translation>通过链接加入群组(&amp;J)…</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Join a group by link</source>
        <translation>通过链接加入群组</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paste the group&apos;s invite link (cove://group/…):</source>
        <translation>粘贴群组的邀请链接（cove://group/…）：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your request went to the group&apos;s admin, end-to-end encrypted. The group appears in your chats when they let you in.</source>
        <translation>你的申请已经过端到端加密发送给群组管理员。管理员允许你加入后，该群组就会出现在你的聊天列表中。</translation>
    </message>
</context>
<context>
    <name>Guarded</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-582"/>
        <source>Someone your guardian has not approved is in this group. Until they leave, you can&apos;t write here and you don&apos;t see what they write.</source>
        <translation>这个群里有家长没有同意的人。在他离开之前，你不能在这里发消息，也看不到他发的内容。</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>&lt;b&gt;Do you know %1 in real life?&lt;/b&gt; Pick one answer before you chat. If you are not sure, tell your guardian.</source>
        <translation>&lt;b&gt;你在现实生活中认识 %1 吗？&lt;/b&gt;聊天前请选一个答案。如果不确定，就告诉家长。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer the question above to start.</source>
        <translation>先回答上面的问题，才能开始聊天。</translation>
    </message>
    <message>
        <location line="+405"/>
        <location filename="../ui/GuardedMode.cpp" line="-500"/>
        <source>Tell my guardian</source>
        <translation>告诉家长</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-376"/>
        <location filename="../ui/MainWindow.cpp" line="-273"/>
        <source>Ask to add someone</source>
        <translation>申请添加联系人</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>We asked your guardian. You can chat when they say yes.</source>
        <translation>我们已经问过你的家长了。等他们同意，你就可以聊天了。</translation>
    </message>
    <message>
        <location filename="../ui/GuardedMode.cpp" line="-198"/>
        <location filename="../ui/MainWindow.cpp" line="+3"/>
        <source>Connect to your guardian</source>
        <translation>连接家长</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask your guardian to open Cove. They choose Children, then Add a child. Type the code from their screen here.</source>
        <translation>请家长打开 Cove，选择“孩子”，再选“添加孩子”。把他们屏幕上的配对码输入到这里。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code from your guardian</source>
        <translation>家长给的配对码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a picture of the QR code…</source>
        <translation>使用二维码图片…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/MainWindow.cpp" line="+3"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now wait for your guardian.</source>
        <translation>现在等一等家长吧。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You both should see this number. Check it together.</source>
        <translation>你们俩应该看到同一个数字。一起核对一下吧。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the code again</source>
        <translation>重新输入配对码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your guardian said yes. Do you both see this number?</source>
        <translation>家长同意了。你们俩看到的是这个数字吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes, it is the same</source>
        <translation>是的，一样</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, it is not the same</source>
        <translation>不，不一样</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are connected! Your guardian picks who can talk to you.</source>
        <translation>连接成功！家长会决定谁可以和你聊天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Picture of the QR code</source>
        <translation>二维码图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Then do not go on. Ask your guardian for a new code.</source>
        <translation>那就先别继续。请家长给你一个新的配对码。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no code in this picture.</source>
        <translation>这张图片里没有配对码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This code does not work. Check it and try again.</source>
        <translation>这个配对码不能用。检查一下再试试。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../ui/MainWindow.cpp" line="-54"/>
        <location line="+66"/>
        <source>Get help</source>
        <translation>求助</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is something wrong? You can get help now. It is not your fault.</source>
        <translation>遇到麻烦了吗？你现在就可以求助。这不是你的错。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report this chat</source>
        <translation>举报这个聊天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened? You can also leave this empty.</source>
        <translation>发生了什么？也可以不填。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also send the last messages of this chat</source>
        <translation>同时发送这个聊天里最近的消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to my guardian</source>
        <translation>发给家长</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call for free</source>
        <translation>免费拨打</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a help line for children where you live: %1</source>
        <translation>查找你所在地区的儿童求助热线：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In danger right now? Call %1.</source>
        <translation>现在有危险吗？请拨打 %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sent. Your guardian will see it soon.</source>
        <translation>已发送。家长很快就会看到。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-37"/>
        <source>📎 Photos and files you send or get are shared with your guardian.</source>
        <translation>📎 你发出或收到的照片和文件，家长也会收到。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ask to add someone…</source>
        <translation>申请添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your chats are private</source>
        <translation>你的聊天是私密的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your guardian picks who can talk to you. Want to talk to someone new? Ask your guardian.</source>
        <translation>家长会决定谁可以和你聊天。想和新的人聊天？问问家长吧。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody can write to you yet. First connect to your guardian.</source>
        <translation>现在还没有人能给你发消息。先连接家长吧。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Time to rest.&lt;/b&gt;&lt;br&gt;Your guardian set quiet hours. Cove wakes up at %1.</source>
        <translation>&lt;b&gt;该休息啦。&lt;/b&gt;&lt;br&gt;家长设置了安静时段。Cove 会在 %1 醒来。</translation>
    </message>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="-96"/>
        <source>Remove %1? Your guardian will be told.</source>
        <translation>要删除%1吗？我们会告诉你的家长。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ModerationNotice</name>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="+718"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and is giving you a warning.</source>
        <translation>Cove 审核团队已核查一条针对你账户的举报（%1），并对你发出警告。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and suspended it until %2.</source>
        <translation>Cove 审核团队已核查一条针对你账户的举报（%1），并将该账户暂停使用至 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and banned it.</source>
        <translation>Cove 审核团队已核查一条针对你账户的举报（%1），并已封禁该账户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A person reviewed the earlier decision about your account and lifted it.</source>
        <translation>一位工作人员复核了此前针对你账户作出的决定，并已将其撤销。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A decision about your account</source>
        <translation>关于你账户的决定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request review</source>
        <translation>申请复核</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+49"/>
        <source>Your account is suspended: see Help › My reports</source>
        <translation>你的账号已被暂停：请查看“帮助 › 我的举报”</translation>
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
        <translation>&lt;b&gt;你发给 %1 的消息未能送达。&lt;/b&gt;为了保护大家不受垃圾信息骚扰，新账户每天只能和少数几位没给自己发过消息的人开始聊天。请明天再试，或者请对方先给你发消息。</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+282"/>
        <location line="+2"/>
        <source>Who can message me</source>
        <translation>谁可以给我发消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone (strangers wait in Message requests)</source>
        <translation>所有人（陌生人的消息会先放在“消息请求”里）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only my contacts</source>
        <translation>仅限我的联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With “Only my contacts”, the relay keeps the list of your contacts, chats and group members so that it can turn everyone else away. They see only that their message was not delivered.</source>
        <translation>选择“仅限我的联系人”后，中继服务器会保存你的联系人、聊天和群组成员名单，以便拒收其他所有人的消息。对方只会看到自己的消息未能送达。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Who can add me to groups</source>
        <translation>谁可以把我加入群组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone (a stranger&apos;s group shows an overview first)</source>
        <translation>所有人（陌生人的群组会先显示概况）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only my contacts (others&apos; invitations wait in Message requests)</source>
        <translation>仅限我的联系人（其他人的邀请会先放在“消息请求”里）</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+437"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+98"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="-20"/>
        <source>Report…</source>
        <translation>举报…</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Report this message request</source>
        <translation>举报此消息请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this conversation (Ctrl+Shift+R reports the selected message)</source>
        <translation>举报此对话（按 Ctrl+Shift+R 可举报所选消息）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+18"/>
        <source>Report this conversation</source>
        <translation>举报此对话</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="-695"/>
        <source>one-to-one chat</source>
        <translation>一对一聊天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>群组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message request</source>
        <translation>消息请求</translation>
    </message>
    <message>
        <location line="+609"/>
        <source>This involves a child</source>
        <translation>涉及儿童</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location line="-168"/>
        <source>No action</source>
        <translation>无措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>已暂停使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banned</source>
        <translation>已封禁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifted after review</source>
        <translation>复核后已撤销</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by moderation</source>
        <translation>审核团队已收到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action taken</source>
        <translation>已采取措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action taken</source>
        <translation>未采取措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review requested</source>
        <translation>已申请复核</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-451"/>
        <source>Block all?</source>
        <translation>要全部屏蔽吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Block the senders of all %n request(s)? They are not told, and you can unblock them in Settings.</source>
        <translation>
            <numerusform>要屏蔽全部 %n 条消息请求的发送者吗？对方不会收到通知，你可以在“设置”中取消屏蔽。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Block all</source>
        <translation>全部屏蔽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report all…</source>
        <translation>全部举报…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ReportDialog.cpp" line="+127"/>
        <source>Report %n request(s)</source>
        <translation>
            <numerusform>举报 %n 条消息请求</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each request is reported on its own, with its newest message and the four before it, to Cove&apos;s moderation team. Nobody is told who reported them.</source>
        <translation>每条请求都会单独举报给 Cove 审核团队，并附上该请求的最新一条消息及其之前的四条消息。任何人都不会知道是谁举报了他们。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report category</source>
        <translation>举报类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also block them</source>
        <translation>同时屏蔽他们</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report all</source>
        <translation>全部举报</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not reported</source>
        <translation>未能举报</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-409"/>
        <source>&lt;b&gt;%1 recently started conversations with many people they don&apos;t know.&lt;/b&gt; That is common for spam and scams. Don&apos;t send money, codes or personal details.</source>
        <translation>&lt;b&gt;%1 最近和许多不认识的人发起了聊天。&lt;/b&gt;这在垃圾信息和诈骗中很常见。不要给对方转钱，也不要发送验证码或个人信息。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1, who is not in your contacts, sent a file or a link.&lt;/b&gt; Open only what you expected: files and links from strangers can lead to scams or to pictures you did not want to see.</source>
        <translation>&lt;b&gt;不在你联系人中的 %1 发来了文件或链接。&lt;/b&gt;只打开你本来就在等的内容：陌生人发来的文件和链接可能会把你引向诈骗，或让你看到不想看的图片。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1 is not in your contacts.&lt;/b&gt; You accepted their request. Take care before sharing photos, where you live or where you are.</source>
        <translation>&lt;b&gt;%1 不在你的联系人中。&lt;/b&gt;你已接受对方的请求。在分享照片、住址或你现在所在的位置之前，请多加小心。</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>I know this person</source>
        <translation>我认识这个人</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Adds them to your contacts; these notices stop.</source>
        <translation>将对方添加到你的联系人；这些提醒将不再显示。</translation>
    </message>
    <message>
        <location line="+417"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this notice</source>
        <translation>关闭此提醒</translation>
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
        <translation type="unfinished">你</translation>
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
        <translation type="unfinished">关闭</translation>
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
        <translation type="unfinished"> · 已申请复核</translation>
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
        <translation type="unfinished">类别：%1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · involves a child</source>
        <translation type="unfinished"> · 涉及儿童</translation>
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
            <numerusform>%n 位成员</numerusform>
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
        <translation type="unfinished">你</translation>
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
        <translation type="unfinished">群组名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation type="unfinished">成员</translation>
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
        <translation>举报 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is happening?</source>
        <translation>发生了什么？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report category</source>
        <translation>举报类别</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This involves a child</source>
        <translation>涉及儿童</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports about children are handled first.</source>
        <translation>涉及儿童的举报会被优先处理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages to include</source>
        <translation>要附上的消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages to include in the report</source>
        <translation>要附在举报中的消息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exactly what leaves this computer</source>
        <translation>将从这台电脑发出的全部内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report preview</source>
        <translation>举报预览</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your report goes to Cove&apos;s moderation team, encrypted so that only they can read it. %1 is not told who reported them. A person reviews every report and may warn, suspend or ban the account. You can follow your report under Help › My reports.</source>
        <translation>你的举报会经过加密后发送给 Cove 审核团队，只有他们能够阅读。%1 不会知道是谁举报了他们。每一条举报都会由工作人员审核，对方账户可能会被警告、暂停使用或封禁。你可以在“帮助 › 我的举报”中查看举报进度。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anything else moderators should know (optional)</source>
        <translation>还有什么需要让审核人员知道的吗？（选填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the moderators</source>
        <translation>给审核人员的备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also block %1</source>
        <translation>同时屏蔽 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submit report</source>
        <translation>提交举报</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(no text)</source>
        <translation>（无文字）</translation>
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
        <translation>此消息无法验证，因此不能附上。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include the file “%1” (%2); otherwise only its fingerprint</source>
        <translation>附上文件“%1”（%2）；否则只发送其指纹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”: only its fingerprint (not on this computer)</source>
        <translation>“%1”：只发送其指纹（文件不在这台电脑上）</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n message(s) selected, at most 30.</source>
        <translation>
            <numerusform>已选择 %n 条消息，最多 30 条。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To: Cove moderation</source>
        <translation>收件方：Cove 审核团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category: %1</source>
        <translation>类别：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involves a child: yes</source>
        <translation>涉及儿童：是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Involves a child: no</source>
        <translation>涉及儿童：否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported account: %1</source>
        <translation>被举报账户：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account: %1</source>
        <translation>你的账户：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: %1</source>
        <translation>对话：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment: %1</source>
        <translation>你的备注：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message %1 of %2%3</source>
        <translation>第 %1 条消息，共 %2 条%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the one reported)</source>
        <translation> （被举报的消息）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1, %2</source>
        <translation>发送者：%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text: %1</source>
        <translation>文字：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: “%1”, %2</source>
        <translation>文件：“%1”，%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint only of “%1”: %2</source>
        <translation>仅发送“%1”的指纹：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing else is sent: no other messages, no other conversations.</source>
        <translation>不会发送其他任何内容：没有其他消息，也没有其他对话。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot report</source>
        <translation>无法举报</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to report yet</source>
        <translation>暂时没有可举报的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no message from this person here yet. You can block them, and report a message as soon as one arrives.</source>
        <translation>这里还没有此人发来的消息。你可以屏蔽对方，并在收到消息后立即举报。</translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportSentDialog</name>
    <message>
        <location line="+33"/>
        <source>Report sent</source>
        <translation>举报已发送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. Your report is on its way to Cove&apos;s moderation team.</source>
        <translation>谢谢。你的举报正在发送给 Cove 审核团队。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person will review it. The reported account is not told who reported it. You will see the outcome under Help › My reports, and you can ask for a review if you disagree.</source>
        <translation>工作人员会审核这条举报。被举报的账户不会知道是谁举报的。你可以在“帮助 › 我的举报”中查看处理结果；如果你不同意结果，可以申请复核。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If a child is in danger right now, call your local emergency number. Do not forward or keep copies of images of a child: your report already carries what moderators need. A child helpline can also help: in Europe call 116 111; elsewhere, find yours at childhelplineinternational.org.</source>
        <translation>如果有孩子现在正处于危险中，请立即拨打当地的紧急求助电话。不要转发或保存儿童图片的副本：你的举报已经包含审核人员需要的内容。儿童求助热线也可以提供帮助：在欧洲请拨打 116 111；在其他地区，请到 childhelplineinternational.org 查找当地的热线。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report number: waiting for the relay (it is kept safe on this computer and sent as soon as Cove is online).</source>
        <translation>举报编号：正在等待中继服务器（举报已安全保存在这台电脑上，Cove 一联网就会发送）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report number: %1</source>
        <translation>举报编号：%1</translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportsDialog</name>
    <message>
        <location line="+50"/>
        <source>My reports</source>
        <translation>我的举报</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Reports you sent</source>
        <translation>你发送的举报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>举报对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Decisions about your account</source>
        <translation>关于你账户的决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a review</source>
        <translation>申请复核</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> · involves a child</source>
        <translation> · 涉及儿童</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · review requested</source>
        <translation> · 已申请复核</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking for a review…</source>
        <translation>正在申请复核…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review requested. A person who did not make the first decision will look at it again. You will see the outcome here.</source>
        <translation>已申请复核。一位未参与最初决定的工作人员将重新审查。你会在这里看到结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review could not be requested: %1</source>
        <translation>无法申请复核：%1</translation>
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
        <translation type="unfinished">已复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation type="unfinished">复制</translation>
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
        <translation type="unfinished">复制</translation>
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
