// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppError.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace cove::relay {
class ModerationDesk;
}
namespace cove::storage {
struct ModerationNotice;
}

namespace cove::app {
class Account;
class Messenger;
} // namespace cove::app

namespace cove::app::demo {

/// The world of `cove --demo`: a real relay on loopback (on its own
/// thread), a temporary profile for the person trying Cove (the tester),
/// and scripted peers that are full Cove clients on the real protocol
/// stack (Account + RelayClient + Messenger on this thread), not mocks.
///
/// The app opens the tester's profile through its normal path
/// (Account::open(testerProfileDir(), testerPassphrase())) and connects to
/// the relay in the profile's setting "relay.url". What the tester finds:
///  - Maya, a friend (a contact) with a conversation already under way; she
///    answers every text after a short pause, and her second answer comes
///    with a photo;
///  - the group "Weekend hike" (Maya, Sam and the tester) holding one of
///    Maya's messages and a rumour Sam forwarded that was forwarded many
///    times before;
///  - Alex, a stranger on a new account, in Message requests, who keeps
///    pushing to move the chat to another app;
///  - the Prize Desk, a new account that contacts many strangers: its
///    request carries the relay's mass-contact flag, and the relay then
///    refuses its next new conversation (scriptEvent() says so).
///
/// Nothing of the world outlives it: destroying it stops every script and
/// client, shuts the relay down on its thread and removes the directory it
/// created.
class DemoWorld : public QObject {
    Q_OBJECT
public:
    struct Options {
        /// Where profiles and the relay live; empty: a fresh temporary
        /// directory, removed with the world. A given directory is created
        /// when missing, must be empty, and is left in place.
        QString root;
        /// Tests: script delays of ~50 ms instead of human-paced seconds.
        bool fast = false;
        /// `cove --demo --guarded`: the tester is a child in guarded mode,
        /// already paired with Jordan, a scripted guardian who approved
        /// Maya and Sam. Jordan approves the tester's request for Robin (a
        /// classmate) and declines any other; Alex the stranger is turned
        /// away by the relay and shows up only in Jordan's view; the Prize
        /// Desk stays out.
        bool guarded = false;
    };
    /// One scripted peer as the demo presents it.
    struct Character {
        QString name;
        QString coveId;
        QString role; ///< one translated line ("A friend who answers")
    };
    /// The scripted peers, in the order characters() lists them.
    enum class Cast { Maya, Sam, Alex, PrizeDesk, Jordan, Robin };

    /// Starts the relay, creates the tester's profile (closed again on
    /// return, with relay.url set, contacts added and some history) and the
    /// peers, and starts the scripts. Blocks at most a few seconds: it runs
    /// a local event loop while the peers register and exchange the first
    /// messages (needs a QCoreApplication; call it from the main thread).
    /// The returned pointer owns the world: with a `parent`, release() it
    /// to hand ownership to the parent instead.
    [[nodiscard]] static AppResult<std::unique_ptr<DemoWorld>> start(const Options &options,
                                                                     QObject *parent = nullptr);
    ~DemoWorld() override;
    DemoWorld(const DemoWorld &) = delete;
    DemoWorld &operator=(const DemoWorld &) = delete;

    [[nodiscard]] QString testerProfileDir() const;
    [[nodiscard]] QString testerPassphrase() const;
    [[nodiscard]] QUrl relayUrl() const;
    [[nodiscard]] QByteArray relayFrankingKey() const;
    /// The relay runs its moderation service; this opens another connection
    /// to its queue, as a moderator's console would (the demo's moderation
    /// desk). Decisions made there reach the people concerned within a second.
    [[nodiscard]] AppResult<std::unique_ptr<relay::ModerationDesk>> openModerationDesk() const;
    [[nodiscard]] QList<Character> characters() const;

    /// The directory everything lives in (Options::root or the temporary one).
    [[nodiscard]] QString rootDir() const;
    /// A peer's Cove ID.
    [[nodiscard]] QString coveIdOf(Cast who) const;
    /// The id of the group "Weekend hike".
    [[nodiscard]] QByteArray groupId() const;
    /// Guarded demo: the scripted guardian's profile and pipeline, for the
    /// guardian's view; nullptr otherwise.
    [[nodiscard]] Account *guardianAccount() const;
    [[nodiscard]] Messenger *guardianMessenger() const;

Q_SIGNALS:
    /// A line for the demo's log ("Prize Desk was rate-limited by the
    /// relay: ..."), translated. Never message content.
    void scriptEvent(const QString &line);

private:
    class Relay;
    struct Peer;
    struct State;

    DemoWorld(const Options &options, QObject *parent);

    [[nodiscard]] AppResult<void> build();
    [[nodiscard]] AppResult<void> seedHistory(Peer &tester);
    void startScripts();

    // The scripts.
    void onMayaStored(qint64 rowId, qint64 conversationId);
    void mayaAnswer(const QString &answer, int number);
    void sendMayaPhoto();
    /// Alex says his next line after `delayMs`.
    void alexNext(int delayMs);
    void onAlexStored(qint64 rowId, qint64 conversationId);
    /// Alex adds the tester to a group of his.
    void alexInvites();
    void prizeDeskNext();
    void onPrizeDeskChanged(qint64 rowId);
    /// The relay refused the Prize Desk's next new conversation.
    void onPrizeDeskLimited();
    /// Guarded demo: pairs the tester with Jordan, who approves Maya and Sam.
    [[nodiscard]] AppResult<void> pairTester(Peer &tester);
    /// Jordan answers the tester's requests for contacts.
    void jordanAnswers();
    /// A scripted person heard moderation's decision about them.
    void onDecision(Peer &peer, const storage::ModerationNotice &notice);

    /// A script delay: `humanMs` normally, about 50 ms in fast mode.
    [[nodiscard]] int pace(int humanMs) const;
    /// How long a peer "types" `text` before it is sent.
    [[nodiscard]] int typingDelay(const QString &text) const;
    /// Whether a stored row is a message from the tester in `expectedConversation`.
    [[nodiscard]] bool incomingText(Peer &peer, qint64 rowId, qint64 conversationId,
                                    qint64 expectedConversation);

    std::unique_ptr<State> m_state;
};

} // namespace cove::app::demo
