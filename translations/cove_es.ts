<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Blocking</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+600"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+183"/>
        <location filename="../ui/Dialogs.cpp" line="+604"/>
        <source>Unblock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+582"/>
        <location line="+13"/>
        <location line="+18"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+1"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="+414"/>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location line="-609"/>
        <source>You blocked %1. Their messages do not reach you. Unblock them to write.</source>
        <translation>Has bloqueado a %1. Sus mensajes no te llegan. Para escribir, desbloquea a esta persona.</translation>
    </message>
    <message>
        <location line="+50"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="-68"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="-275"/>
        <source>Block %1?</source>
        <translation>¿Bloquear a %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+1"/>
        <source>%1 is not told. Their messages and group invitations stop reaching you. You can unblock them in Settings.</source>
        <translation>%1 no lo sabrá. Sus mensajes e invitaciones a grupos dejarán de llegarte. Puedes desbloquear a esta persona en Ajustes.</translation>
    </message>
    <message>
        <location line="+529"/>
        <source>Block the sender of this request</source>
        <translation>Bloquear a quien envió esta solicitud</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-2"/>
        <location line="+1"/>
        <source>Blocked people</source>
        <translation>Personas bloqueadas</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Nobody is blocked.</source>
        <translation>No hay nadie bloqueado.</translation>
    </message>
</context>
<context>
    <name>Children</name>
    <message>
        <location filename="../ui/GuardedMode.cpp" line="+81"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+306"/>
        <location line="+6"/>
        <source>Children</source>
        <translation>Menores</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add a child…</source>
        <translation>Añadir un menor…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The numbers match: link</source>
        <translation>Los números coinciden: vincular</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Contacts the child asked for</source>
        <translation>Contactos que pidió el menor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The child&apos;s contacts</source>
        <translation>Contactos del menor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>Blocked by guarded mode</source>
        <translation>Bloqueados por el modo protegido</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>What the child&apos;s app told you</source>
        <translation>Lo que te ha comunicado la app del menor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End guarded mode…</source>
        <translation>Desactivar el modo protegido…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quiet hours from</source>
        <translation>Horario de descanso de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cove rests on your child&apos;s computer: only your messages arrive, the rest wait until quiet hours end.</source>
        <translation>Cove descansa en el ordenador del menor: solo llegan tus mensajes; los demás esperan a que termine el horario de descanso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiet hours begin</source>
        <translation>Inicio del horario de descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiet hours end</source>
        <translation>Fin del horario de descanso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share the photos and files of my child&apos;s chats with me</source>
        <translation>Compartir conmigo las fotos y archivos de los chats del menor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies reach you end-to-end encrypted, in your chat with your child. Your child always sees that this is on. Messages&apos; words are never shared.</source>
        <translation>Las copias te llegan cifradas de extremo a extremo, en tu chat con el menor. El menor siempre ve que esto está activado. Nunca se comparte el texto de los mensajes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Asked to add</source>
        <translation>Solicitudes para añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts and when they last talked</source>
        <translation>Contactos y cuándo hablaron por última vez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Help, blocks and reports</source>
        <translation>Ayuda, bloqueos y denuncias</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You see who your child talks with and when, never what they say. The relay also holds this list: that is what makes the guarantee hold.</source>
        <translation>Ves con quién habla el menor a tu cargo y cuándo, nunca lo que dice. El servidor también guarda esta lista: eso es lo que permite cumplir esta garantía.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>In your contacts as %1.</source>
        <translation>En tus contactos como %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in your contacts.</source>
        <translation>No está en tus contactos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Safety number: %1</source>
        <translation>Número de seguridad: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>End guarded mode for %1? Anyone could then write to them, and you would no longer see their contacts.</source>
        <translation>¿Desactivar el modo protegido para %1? Cualquiera podría escribirle y ya no verías sus contactos.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>On your child&apos;s computer, choose “Set up Cove for a child”, then type or paste this code:</source>
        <translation>En el ordenador del menor, elige «Configurar Cove para un menor» y luego escribe o pega este código:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When your child&apos;s request arrives, check that both screens show the same number.</source>
        <translation>Cuando llegue la solicitud del menor, comprueba que las dos pantallas muestran el mismo número.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (asking to link)</source>
        <translation>%1 (pide vincularse)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No children yet</source>
        <translation>Todavía no hay menores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a child to set up Cove for them: you approve who can reach them.</source>
        <translation>Añade un menor para configurarle Cove: tú apruebas quién puede contactar con él.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 asks to link. Link only if your child&apos;s screen shows this number: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 pide vincularse. Vincula solo si la pantalla del menor muestra este número: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asks to link. Waiting for the number…</source>
        <translation>%1 pide vincularse. Esperando el número…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Linked since %1. Cove ID %2</source>
        <translation>Vinculado desde %1. ID de Cove %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>waiting for you</source>
        <translation>esperando tu respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asked you for help</source>
        <translation>Te pidió ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked you for help about %1</source>
        <translation>Te pidió ayuda por %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked %1</source>
        <translation>Bloqueó a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reported %1</source>
        <translation>Denunció a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1</source>
        <translation>Quitó a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared files of the chat with %1</source>
        <translation>Compartió archivos del chat con %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not connected: the contact list shows once Cove is online.</source>
        <translation>Sin conexión: la lista de contactos aparecerá cuando Cove esté en línea.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · last talked: %2</source>
        <translation>%1 · última conversación: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 · %n time(s), last %2</source>
        <translation>
            <numerusform>%1 · %n vez, la última: %2</numerusform>
            <numerusform>%1 · %n veces, la última: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+315"/>
        <source>%1 is asking you for help.</source>
        <translation>%1 te está pidiendo ayuda.</translation>
    </message>
    <message>
        <location line="+296"/>
        <source>C&amp;hildren…</source>
        <translation>&amp;Menores…</translation>
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
        <translation type="unfinished">Cambiar nombre</translation>
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
        <translation type="unfinished">Copiar</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation>Reenviar…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verify: search the web for this text</source>
        <translation>Verificar: buscar este texto en la web</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a web search in your browser. Nothing is sent to Cove.</source>
        <translation>Abre una búsqueda web en tu navegador. No se envía nada a Cove.</translation>
    </message>
    <message>
        <location filename="../ui/ForwardDialog.cpp" line="+27"/>
        <location line="+27"/>
        <source>Forward</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>This message was forwarded many times. To slow the spread of rumours, it can go to one chat at a time.</source>
        <translation>Este mensaje se ha reenviado muchas veces. Para frenar la difusión de rumores, solo puede enviarse a un chat a la vez.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Choose up to %n chats.</source>
        <translation>
            <numerusform>Elige hasta %n chat.</numerusform>
            <numerusform>Elige hasta %n chats.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chats to forward to</source>
        <translation>Chats a los que reenviar</translation>
    </message>
</context>
<context>
    <name>GetHelp</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-1"/>
        <source>&amp;Get help…</source>
        <translation>&amp;Obtener ayuda…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report this conversation…</source>
        <translation>&amp;Denunciar esta conversación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;My reports</source>
        <translation>&amp;Mis denuncias</translation>
    </message>
    <message>
        <location line="+390"/>
        <source>Get help</source>
        <translation>Obtener ayuda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Is someone bothering you, or is something wrong?</source>
        <translation>¿Alguien te está molestando o algo va mal?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can report any message: right-click it and choose Report, or select it and press Ctrl+Shift+R. You choose exactly which messages are sent, and the person is not told who reported them. You can also block anyone. If you or a child are in danger right now, call your local emergency number.</source>
        <translation>Puedes denunciar cualquier mensaje: haz clic con el botón derecho sobre él y elige Denunciar, o selecciónalo y pulsa Ctrl+Shift+R. Tú eliges exactamente qué mensajes se envían, y la otra persona no sabrá quién la denunció. También puedes bloquear a cualquiera. Si hay peligro ahora mismo para ti o para un menor, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report this conversation</source>
        <translation>Denunciar esta conversación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My reports</source>
        <translation>Mis denuncias</translation>
    </message>
</context>
<context>
    <name>GroupInfo</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-499"/>
        <source>Only admins can send messages in this group.</source>
        <translation>En este grupo solo los administradores pueden enviar mensajes.</translation>
    </message>
    <message>
        <location filename="../ui/GroupInfoDialog.cpp" line="+2"/>
        <source>Their messages in this group and anywhere else stop reaching you. They are not told.</source>
        <translation>Sus mensajes en este grupo y en cualquier otro lugar dejarán de llegarte. No lo sabrá.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave this group?</source>
        <translation>¿Salir de este grupo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The others see that you left. You keep what was said so far.</source>
        <translation>Los demás verán que saliste. Conservas lo que se ha dicho hasta ahora.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reset the invite link?</source>
        <translation>¿Restablecer el enlace de invitación?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links you shared before stop working. Anyone who should still join needs the new one.</source>
        <translation>Los enlaces que compartiste antes dejarán de funcionar. Quien todavía deba unirse necesitará el nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+245"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>No invite link</source>
        <translation>Sin enlace de invitación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admins can make a link that lets people ask to join.</source>
        <translation>Los administradores pueden crear un enlace con el que otras personas pueden pedir unirse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone with the link can ask to join; an admin lets each one in. Share it only with people you mean.</source>
        <translation>Cualquiera con el enlace puede pedir unirse; un administrador deja entrar a cada persona. Compártelo solo con quien quieras invitar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anyone with the link joins at once and sees what is said from then on. Share it only with people you mean.</source>
        <translation>Cualquiera con el enlace se une al instante y ve lo que se diga a partir de entonces. Compártelo solo con quien quieras invitar.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n person(s) asking to join</source>
        <translation>
            <numerusform>%n persona pide unirse</numerusform>
            <numerusform>%n personas piden unirse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Everyone in your contacts is in this group already.</source>
        <translation>Todos tus contactos ya están en este grupo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a member</source>
        <translation>Añadir un miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · admin</source>
        <translation>%1 · admin</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Groups on this relay have at most %1 members. Only admins add or remove members and change these settings.</source>
        <translation>Los grupos de este servidor tienen como máximo %1 miembros. Solo los administradores añaden o quitan miembros y cambian estos ajustes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make admin</source>
        <translation>Hacer admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this member</source>
        <translation>Denunciar a este miembro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block this member</source>
        <translation>Bloquear a este miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave group</source>
        <translation>Salir del grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only admins can send messages</source>
        <translation>Solo los administradores pueden enviar mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members can change the group&apos;s name</source>
        <translation>Los miembros pueden cambiar el nombre del grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Invite link&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enlace de invitación&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite people with a link</source>
        <translation>Invitar a personas con un enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An admin approves each new member</source>
        <translation>Un administrador aprueba a cada nuevo miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite link</source>
        <translation>Enlace de invitación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the invite link</source>
        <translation>Copiar el enlace de invitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset link</source>
        <translation>Restablecer enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People asking to join</source>
        <translation>Personas que piden unirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let in</source>
        <translation>Dejar entrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
</context>
<context>
    <name>GroupInvite</name>
    <message>
        <location filename="../app/ConversationListModel.cpp" line="+175"/>
        <source>Group invitation</source>
        <translation>Invitación a un grupo</translation>
    </message>
    <message>
        <location filename="../ui/ChatView.cpp" line="+125"/>
        <source>&lt;b&gt;%1 added you to the group “%2” again.&lt;/b&gt; Nothing of the group is shown until you join.</source>
        <translation>&lt;b&gt;%1 te volvió a añadir al grupo «%2».&lt;/b&gt; No verás nada del grupo hasta que te unas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 added you to the group “%2”.&lt;/b&gt; %1 is not in your contacts. Nothing of the group is shown until you join.</source>
        <translation>&lt;b&gt;%1 te añadió al grupo «%2».&lt;/b&gt; %1 no está en tus contactos. No verás nada del grupo hasta que te unas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Invited %1</source>
        <translation>• Invitación recibida: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;i&gt;The rest is what the invitation says; Cove cannot check it. Anyone can name people you know, so ask them before you join.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Lo demás es lo que dice la invitación; Cove no puede comprobarlo. Cualquiera puede nombrar a gente que conoces, así que pregúntales antes de unirte.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Created by %1</source>
        <translation>• Creado por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• Admins: %1</source>
        <translation>• Administradores: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>• %n member(s)</source>
        <translation>
            <numerusform>• %n miembro</numerusform>
            <numerusform>• %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• None of your contacts are in it.</source>
        <translation>• Ninguno de tus contactos está en el grupo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>• %n of your contacts are in it.</source>
        <translation>
            <numerusform>• %n de tus contactos está en el grupo.</numerusform>
            <numerusform>• %n de tus contactos están en el grupo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+428"/>
        <source>Join</source>
        <translation>Unirme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the group</source>
        <translation>Unirme al grupo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decline the invitation</source>
        <translation>Rechazar la invitación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block inviter</source>
        <translation>Bloquear a quien te invitó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report the group and who invited you</source>
        <translation>Denunciar el grupo y a quien te invitó</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-675"/>
        <source>Your request to join a group could not reach its admin. Ask them to add you instead.</source>
        <translation>Tu solicitud para unirte a un grupo no pudo llegar a su administrador. Pídele que te añada.</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>&amp;Join a group by link…</source>
        <translation>&amp;Unirme a un grupo con un enlace…</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>Join a group by link</source>
        <translation>Unirme a un grupo con un enlace</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paste the group&apos;s invite link (cove://group/…):</source>
        <translation>Pega el enlace de invitación del grupo (cove://group/…):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your request went to the group&apos;s admin, end-to-end encrypted. The group appears in your chats when they let you in.</source>
        <translation>Tu solicitud se envió al administrador del grupo, cifrada de extremo a extremo. El grupo aparecerá en tus chats cuando te dejen entrar.</translation>
    </message>
</context>
<context>
    <name>Guarded</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-582"/>
        <source>Someone your guardian has not approved is in this group. Until they leave, you can&apos;t write here and you don&apos;t see what they write.</source>
        <translation>En este grupo hay alguien que tu adulto responsable no ha aprobado. Hasta que se vaya, no puedes escribir aquí ni ves lo que escribe.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>&lt;b&gt;Do you know %1 in real life?&lt;/b&gt; Pick one answer before you chat. If you are not sure, tell your guardian.</source>
        <translation>&lt;b&gt;¿Conoces a %1 en la vida real?&lt;/b&gt; Elige una respuesta antes de chatear. Si tienes dudas, díselo a tu adulto responsable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer the question above to start.</source>
        <translation>Primero responde a la pregunta de arriba.</translation>
    </message>
    <message>
        <location line="+405"/>
        <location filename="../ui/GuardedMode.cpp" line="-500"/>
        <source>Tell my guardian</source>
        <translation>Contárselo a mi adulto responsable</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="-376"/>
        <location filename="../ui/MainWindow.cpp" line="-273"/>
        <source>Ask to add someone</source>
        <translation>Pedir añadir a alguien</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>We asked your guardian. You can chat when they say yes.</source>
        <translation>Se lo hemos preguntado a tu adulto responsable. Podrás chatear cuando diga que sí.</translation>
    </message>
    <message>
        <location filename="../ui/GuardedMode.cpp" line="-198"/>
        <location filename="../ui/MainWindow.cpp" line="+3"/>
        <source>Connect to your guardian</source>
        <translation>Conectarte con tu adulto responsable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask your guardian to open Cove. They choose Children, then Add a child. Type the code from their screen here.</source>
        <translation>Pide a tu adulto responsable que abra Cove. Tiene que elegir «Menores» y luego «Añadir un menor». Escribe aquí el código que sale en su pantalla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code from your guardian</source>
        <translation>Código de tu adulto responsable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a picture of the QR code…</source>
        <translation>Usar una foto del código QR…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/MainWindow.cpp" line="+3"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Now wait for your guardian.</source>
        <translation>Ahora espera a tu adulto responsable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You both should see this number. Check it together.</source>
        <translation>Tú y tu adulto responsable tenéis que ver este número. Comprobadlo juntos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the code again</source>
        <translation>Escribir el código otra vez</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your guardian said yes. Do you both see this number?</source>
        <translation>Tu adulto responsable ha dicho que sí. ¿Veis los dos este número?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes, it is the same</source>
        <translation>Sí, es el mismo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No, it is not the same</source>
        <translation>No, no es el mismo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You are connected! Your guardian picks who can talk to you.</source>
        <translation>¡Ya está todo listo! Tu adulto responsable elige quién puede hablar contigo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Picture of the QR code</source>
        <translation>Foto del código QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Then do not go on. Ask your guardian for a new code.</source>
        <translation>Entonces no sigas. Pide un código nuevo a tu adulto responsable.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no code in this picture.</source>
        <translation>En esta foto no hay ningún código.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This code does not work. Check it and try again.</source>
        <translation>Este código no funciona. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../ui/MainWindow.cpp" line="-54"/>
        <location line="+66"/>
        <source>Get help</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Is something wrong? You can get help now. It is not your fault.</source>
        <translation>¿Pasa algo malo? Puedes pedir ayuda ahora. No es culpa tuya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Report this chat</source>
        <translation>Denunciar este chat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened? You can also leave this empty.</source>
        <translation>¿Qué ha pasado? También puedes dejarlo vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also send the last messages of this chat</source>
        <translation>Envía también los últimos mensajes de este chat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send to my guardian</source>
        <translation>Enviar a mi adulto responsable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Call for free</source>
        <translation>Llamar gratis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find a help line for children where you live: %1</source>
        <translation>Busca un teléfono de ayuda para niños donde vives: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In danger right now? Call %1.</source>
        <translation>¿Estás en peligro ahora? Llama al %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sent. Your guardian will see it soon.</source>
        <translation>Enviado. Tu adulto responsable lo verá pronto.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-37"/>
        <source>📎 Photos and files you send or get are shared with your guardian.</source>
        <translation>📎 Las fotos y archivos que envías o recibes se comparten con tu adulto responsable.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Ask to add someone…</source>
        <translation>&amp;Pedir añadir a alguien…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your chats are private</source>
        <translation>Tus chats son privados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your guardian picks who can talk to you. Want to talk to someone new? Ask your guardian.</source>
        <translation>Tu adulto responsable elige quién puede hablar contigo. ¿Quieres hablar con alguien nuevo? Pídeselo a tu adulto responsable.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nobody can write to you yet. First connect to your guardian.</source>
        <translation>Todavía nadie puede escribirte. Primero conéctate con tu adulto responsable.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Time to rest.&lt;/b&gt;&lt;br&gt;Your guardian set quiet hours. Cove wakes up at %1.</source>
        <translation>&lt;b&gt;Hora de descansar.&lt;/b&gt;&lt;br&gt;Tu adulto responsable ha puesto un horario de descanso. Cove se despierta a las %1.</translation>
    </message>
    <message>
        <location filename="../ui/ContactInfoDialog.cpp" line="-96"/>
        <source>Remove %1? Your guardian will be told.</source>
        <translation>¿Quitar a %1? Se lo diremos a tu adulto responsable.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ModerationNotice</name>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="+718"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and is giving you a warning.</source>
        <translation>El equipo de moderación de Cove revisó una denuncia sobre tu cuenta (%1) y te da una advertencia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and suspended it until %2.</source>
        <translation>El equipo de moderación de Cove revisó una denuncia sobre tu cuenta (%1) y la suspendió hasta el %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cove&apos;s moderation team reviewed a report about your account (%1) and banned it.</source>
        <translation>El equipo de moderación de Cove revisó una denuncia sobre tu cuenta (%1) y la cerró definitivamente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A person reviewed the earlier decision about your account and lifted it.</source>
        <translation>Una persona volvió a revisar la decisión anterior sobre tu cuenta y la anuló.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A decision about your account</source>
        <translation>Una decisión sobre tu cuenta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request review</source>
        <translation>Pedir una revisión</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+49"/>
        <source>Your account is suspended: see Help › My reports</source>
        <translation>Tu cuenta está suspendida: consulta Ayuda › Mis denuncias</translation>
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
        <translation>&lt;b&gt;Tu mensaje para %1 no se entregó.&lt;/b&gt; Para proteger a la gente del spam, las cuentas nuevas solo pueden empezar unas pocas conversaciones al día con personas que no les han escrito. Vuelve a intentarlo mañana o pide a esa persona que te escriba primero.</translation>
    </message>
    <message>
        <location filename="../ui/Dialogs.cpp" line="+282"/>
        <location line="+2"/>
        <source>Who can message me</source>
        <translation>Quién puede escribirme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone (strangers wait in Message requests)</source>
        <translation>Todos (los desconocidos esperan en Solicitudes de mensaje)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only my contacts</source>
        <translation>Solo mis contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With “Only my contacts”, the relay keeps the list of your contacts, chats and group members so that it can turn everyone else away. They see only that their message was not delivered.</source>
        <translation>Con «Solo mis contactos», el servidor guarda la lista de tus contactos, conversaciones y miembros de tus grupos para poder rechazar a todos los demás. Esas personas solo ven que su mensaje no se entregó.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Who can add me to groups</source>
        <translation>Quién puede añadirme a grupos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone (a stranger&apos;s group shows an overview first)</source>
        <translation>Todos (el grupo de un desconocido muestra primero un resumen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only my contacts (others&apos; invitations wait in Message requests)</source>
        <translation>Solo mis contactos (las invitaciones de los demás esperan en Solicitudes de mensaje)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="+437"/>
        <location filename="../ui/ContactInfoDialog.cpp" line="+98"/>
        <location filename="../ui/GroupInfoDialog.cpp" line="-20"/>
        <source>Report…</source>
        <translation>Denunciar…</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Report</source>
        <translation>Denunciar</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Report this message request</source>
        <translation>Denunciar esta solicitud de mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report this conversation (Ctrl+Shift+R reports the selected message)</source>
        <translation>Denunciar esta conversación (Ctrl+Shift+R denuncia el mensaje seleccionado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+18"/>
        <source>Report this conversation</source>
        <translation>Denunciar esta conversación</translation>
    </message>
    <message>
        <location filename="../ui/ReportDialog.cpp" line="-695"/>
        <source>one-to-one chat</source>
        <translation>chat individual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message request</source>
        <translation>solicitud de mensaje</translation>
    </message>
    <message>
        <location line="+609"/>
        <source>This involves a child</source>
        <translation>Afecta a un menor</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location line="-168"/>
        <source>No action</source>
        <translation>Sin medidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suspended</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banned</source>
        <translation>Cierre definitivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifted after review</source>
        <translation>Anulada tras la revisión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting to be sent</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received by moderation</source>
        <translation>Recibida por moderación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action taken</source>
        <translation>Se tomaron medidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action taken</source>
        <translation>No se tomaron medidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review requested</source>
        <translation>Revisión solicitada</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="-451"/>
        <source>Block all?</source>
        <translation>¿Bloquear a todos?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Block the senders of all %n request(s)? They are not told, and you can unblock them in Settings.</source>
        <translation>
            <numerusform>¿Bloquear a quien envió %n solicitud? No lo sabrá, y puedes desbloquear a esta persona en Ajustes.</numerusform>
            <numerusform>¿Bloquear a quienes enviaron las %n solicitudes? No lo sabrán, y puedes desbloquear a estas personas en Ajustes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+327"/>
        <source>Block all</source>
        <translation>Bloquear a todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report all…</source>
        <translation>Denunciar todas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ReportDialog.cpp" line="+127"/>
        <source>Report %n request(s)</source>
        <translation>
            <numerusform>Denunciar %n solicitud</numerusform>
            <numerusform>Denunciar %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each request is reported on its own, with its newest message and the four before it, to Cove&apos;s moderation team. Nobody is told who reported them.</source>
        <translation>Cada solicitud se denuncia por separado al equipo de moderación de Cove, con su mensaje más reciente y los cuatro anteriores. Nadie sabrá quién hizo la denuncia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report category</source>
        <translation>Categoría de la denuncia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also block them</source>
        <translation>Bloquear también a estas personas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report all</source>
        <translation>Denunciar todas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not reported</source>
        <translation>No denunciado</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <location filename="../ui/ChatView.cpp" line="-409"/>
        <source>&lt;b&gt;%1 recently started conversations with many people they don&apos;t know.&lt;/b&gt; That is common for spam and scams. Don&apos;t send money, codes or personal details.</source>
        <translation>&lt;b&gt;%1 ha empezado hace poco conversaciones con muchas personas que no conoce.&lt;/b&gt; Es algo habitual en el spam y las estafas. No envíes dinero, códigos ni datos personales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1, who is not in your contacts, sent a file or a link.&lt;/b&gt; Open only what you expected: files and links from strangers can lead to scams or to pictures you did not want to see.</source>
        <translation>&lt;b&gt;%1, que no está en tus contactos, ha enviado un archivo o un enlace.&lt;/b&gt; Abre solo lo que esperabas: los archivos y enlaces de desconocidos pueden llevar a estafas o a imágenes que no querías ver.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;%1 is not in your contacts.&lt;/b&gt; You accepted their request. Take care before sharing photos, where you live or where you are.</source>
        <translation>&lt;b&gt;%1 no está en tus contactos.&lt;/b&gt; Aceptaste su solicitud. Ten cuidado antes de compartir fotos, dónde vives o dónde estás.</translation>
    </message>
    <message>
        <location line="+385"/>
        <source>I know this person</source>
        <translation>Conozco a esta persona</translation>
    </message>
    <message>
        <location line="-415"/>
        <source>Adds them to your contacts; these notices stop.</source>
        <translation>La añade a tus contactos y estos avisos dejan de aparecer.</translation>
    </message>
    <message>
        <location line="+417"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss this notice</source>
        <translation>Cerrar este aviso</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>group “%1”, %n member(s), invited by %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n sender(s) blocked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">Tú</translation>
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
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 opened a conversation with a stranger (%n so far)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished">Cerrar</translation>
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
        <translation type="unfinished"> · revisión solicitada</translation>
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
        <translation type="unfinished">Categoría: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · involves a child</source>
        <translation type="unfinished"> · afecta a un menor</translation>
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
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
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
        <translation type="unfinished">Tú</translation>
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
        <translation type="unfinished">Nombre del grupo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation type="unfinished">Miembros</translation>
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
        <translation>Denunciar a %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What is happening?</source>
        <translation>¿Qué está pasando?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report category</source>
        <translation>Categoría de la denuncia</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This involves a child</source>
        <translation>Afecta a un menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports about children are handled first.</source>
        <translation>Las denuncias que afectan a menores se atienden primero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Messages to include</source>
        <translation>Mensajes que incluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages to include in the report</source>
        <translation>Mensajes que incluir en la denuncia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exactly what leaves this computer</source>
        <translation>Exactamente lo que sale de este dispositivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report preview</source>
        <translation>Vista previa de la denuncia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your report goes to Cove&apos;s moderation team, encrypted so that only they can read it. %1 is not told who reported them. A person reviews every report and may warn, suspend or ban the account. You can follow your report under Help › My reports.</source>
        <translation>Tu denuncia va al equipo de moderación de Cove, cifrada para que solo ese equipo pueda leerla. %1 no sabrá quién hizo la denuncia. Una persona revisa cada denuncia y puede advertir, suspender o cerrar definitivamente la cuenta. Puedes seguir tu denuncia en Ayuda › Mis denuncias.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Anything else moderators should know (optional)</source>
        <translation>Algo más que los moderadores deban saber (opcional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment for the moderators</source>
        <translation>Comentario para los moderadores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also block %1</source>
        <translation>Bloquear también a %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Submit report</source>
        <translation>Enviar denuncia</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
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
        <translation>Este mensaje no se puede verificar, así que no se puede incluir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Include the file “%1” (%2); otherwise only its fingerprint</source>
        <translation>Incluir el archivo «%1» (%2); si no, solo su huella digital</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”: only its fingerprint (not on this computer)</source>
        <translation>«%1»: solo su huella digital (no está en este dispositivo)</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n message(s) selected, at most 30.</source>
        <translation>
            <numerusform>%n mensaje seleccionado, máximo 30.</numerusform>
            <numerusform>%n mensajes seleccionados, máximo 30.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>To: Cove moderation</source>
        <translation>Para: moderación de Cove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involves a child: yes</source>
        <translation>Afecta a un menor: sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Involves a child: no</source>
        <translation>Afecta a un menor: no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported account: %1</source>
        <translation>Cuenta denunciada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your account: %1</source>
        <translation>Tu cuenta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation: %1</source>
        <translation>Conversación: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment: %1</source>
        <translation>Tu comentario: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message %1 of %2%3</source>
        <translation>Mensaje %1 de %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (the one reported)</source>
        <translation> (el denunciado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1, %2</source>
        <translation>De: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text: %1</source>
        <translation>Texto: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File: “%1”, %2</source>
        <translation>Archivo: «%1», %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint only of “%1”: %2</source>
        <translation>Solo la huella digital de «%1»: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing else is sent: no other messages, no other conversations.</source>
        <translation>No se envía nada más: ni otros mensajes ni otras conversaciones.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot report</source>
        <translation>No se puede denunciar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to report yet</source>
        <translation>Todavía no hay nada que denunciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no message from this person here yet. You can block them, and report a message as soon as one arrives.</source>
        <translation>Aquí todavía no hay ningún mensaje de esta persona. Puedes bloquearla, y denunciar un mensaje en cuanto llegue uno.</translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportSentDialog</name>
    <message>
        <location line="+33"/>
        <source>Report sent</source>
        <translation>Denuncia enviada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you. Your report is on its way to Cove&apos;s moderation team.</source>
        <translation>Gracias. Tu denuncia va de camino al equipo de moderación de Cove.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A person will review it. The reported account is not told who reported it. You will see the outcome under Help › My reports, and you can ask for a review if you disagree.</source>
        <translation>Una persona la revisará. La cuenta denunciada no sabrá quién hizo la denuncia. Verás el resultado en Ayuda › Mis denuncias, y puedes pedir una revisión si no estás de acuerdo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If a child is in danger right now, call your local emergency number. Do not forward or keep copies of images of a child: your report already carries what moderators need. A child helpline can also help: in Europe call 116 111; elsewhere, find yours at childhelplineinternational.org.</source>
        <translation>Si un niño o niña está en peligro ahora mismo, llama al número de emergencias de tu zona. No reenvíes ni guardes copias de imágenes de un menor: tu denuncia ya incluye lo que necesitan los moderadores. Una línea de ayuda a la infancia también puede ayudarte: en Europa, llama al 116 111; en otros lugares, busca la tuya en childhelplineinternational.org.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report number: waiting for the relay (it is kept safe on this computer and sent as soon as Cove is online).</source>
        <translation>Número de denuncia: esperando al servidor (se guarda de forma segura en este dispositivo y se enviará en cuanto Cove esté en línea).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report number: %1</source>
        <translation>Número de denuncia: %1</translation>
    </message>
</context>
<context>
    <name>cove::ui::ReportsDialog</name>
    <message>
        <location line="+50"/>
        <source>My reports</source>
        <translation>Mis denuncias</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Reports you sent</source>
        <translation>Denuncias que enviaste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Decisions about your account</source>
        <translation>Decisiones sobre tu cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask for a review</source>
        <translation>Pedir una revisión</translation>
    </message>
    <message>
        <location line="+46"/>
        <source> · involves a child</source>
        <translation> · afecta a un menor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · review requested</source>
        <translation> · revisión solicitada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asking for a review…</source>
        <translation>Pidiendo una revisión…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review requested. A person who did not make the first decision will look at it again. You will see the outcome here.</source>
        <translation>Revisión solicitada. Una persona que no tomó la primera decisión volverá a revisarla. Verás el resultado aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review could not be requested: %1</source>
        <translation>No se pudo pedir la revisión: %1</translation>
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
        <translation type="unfinished">Copiado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy</source>
        <translation type="unfinished">Copiar</translation>
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
        <translation type="unfinished">Copiar</translation>
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
