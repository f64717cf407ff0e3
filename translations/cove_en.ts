<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cove-cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+60"/>
        <source>cove-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>usage: set-relay URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: read-receipts on|off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: add-contact COVE-ID [NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>added %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>usage: send COVE-ID|GROUP TEXT [--file PATH]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>usage: history COVE-ID|GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: read COVE-ID|GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+15"/>
        <source>usage: save-attachment ATTACHMENT-ID PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command %1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+47"/>
        <source>--profile DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the passphrase needs at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+13"/>
        <source>no relay: pass --relay ws://HOST:PORT (remembered after init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no certificate in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The safety number with %1 changed. Compare it, then run accept-identity %2 to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>the relay did not answer in time; %n message(s) stay queued for the next sync</source>
        <translation>
            <numerusform>the relay did not answer in time; %n message stays queued for the next sync</numerusform>
            <numerusform>the relay did not answer in time; %n messages stay queued for the next sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+80"/>
        <source>no such group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>usage: group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>usage: group create|add|remove|leave|rename|role|send|info|list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a Cove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no safety number yet: exchange a message with them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cove without a window.

Commands:
  init --name NAME            create the profile (passphrase from COVE_PASSPHRASE or a prompt)
  id                          show your Cove ID
  set-relay URL               remember the relay
  add-contact ID [NAME]       add a contact
  contacts                    list contacts
  send ID|GROUP TEXT          send a message (--file PATH to attach)
  sync                        receive what is waiting and send what is queued
  list                        list conversations
  history ID|GROUP            show a conversation
  read ID|GROUP               mark read (sends read receipts)
  read-receipts on|off        whether reading sends read receipts
  group create NAME ID...     create a group; also add, remove, leave, rename,
                              role, send, info, list
  timer ID|GROUP SECONDS|off  disappearing messages
  safety-number ID            show the safety number; verify ID marks it compared
  accept-identity ID          accept a contact&apos;s changed safety number
  save-attachment N PATH      write attachment #N to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The profile directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Messages to show (history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the relay (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
