// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "Sqlite.h"

namespace cove::storage {

namespace {

// Version 1: the first schema. Times are milliseconds since the Unix epoch.
// Byte columns (keys, ids, records) are BLOBs; names and text are TEXT.
constexpr const char *kSchemaV1 = R"sql(
CREATE TABLE own_identity (
    id                     INTEGER PRIMARY KEY CHECK (id = 1),
    cove_id                TEXT NOT NULL,
    display_name           TEXT NOT NULL DEFAULT '',
    public_key             BLOB NOT NULL,
    private_key            BLOB NOT NULL,
    registration_id        INTEGER NOT NULL,
    next_prekey_id         INTEGER NOT NULL DEFAULT 1,
    next_signed_prekey_id  INTEGER NOT NULL DEFAULT 1,
    created_at             INTEGER NOT NULL
);

CREATE TABLE prekeys (
    id      INTEGER PRIMARY KEY,
    record  BLOB NOT NULL
);

CREATE TABLE signed_prekeys (
    id      INTEGER PRIMARY KEY,
    record  BLOB NOT NULL
);

-- trust: 0 unverified, 1 verified (safety number compared).
-- pending_key: a different key the peer presented and the person has not
-- accepted yet (sending and receiving stop until they do).
CREATE TABLE peer_identities (
    name         BLOB NOT NULL,
    device_id    INTEGER NOT NULL,
    public_key   BLOB NOT NULL,
    trust        INTEGER NOT NULL DEFAULT 0,
    pending_key  BLOB,
    first_seen   INTEGER NOT NULL,
    changed_at   INTEGER,
    PRIMARY KEY (name, device_id)
) WITHOUT ROWID;

CREATE TABLE sessions (
    name       BLOB NOT NULL,
    device_id  INTEGER NOT NULL,
    record     BLOB NOT NULL,
    PRIMARY KEY (name, device_id)
) WITHOUT ROWID;

CREATE TABLE sender_keys (
    group_id     BLOB NOT NULL,
    sender_name  BLOB NOT NULL,
    device_id    INTEGER NOT NULL,
    record       BLOB NOT NULL,
    PRIMARY KEY (group_id, sender_name, device_id)
) WITHOUT ROWID;

CREATE TABLE contacts (
    cove_id       TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    identity_key  BLOB,
    added_at      INTEGER NOT NULL
);

-- kind: 1 direct, 2 group. A direct conversation has peer_id; a group has
-- group_id. state: 0 normal, 1 message request (from a stranger), 2 archived.
CREATE TABLE conversations (
    id               INTEGER PRIMARY KEY,
    kind             INTEGER NOT NULL CHECK (kind IN (1, 2)),
    peer_id          TEXT,
    group_id         BLOB,
    title            TEXT NOT NULL DEFAULT '',
    state            INTEGER NOT NULL DEFAULT 0,
    pinned           INTEGER NOT NULL DEFAULT 0,
    unread_count     INTEGER NOT NULL DEFAULT 0,
    expire_timer     INTEGER,
    created_at       INTEGER NOT NULL,
    last_activity_at INTEGER NOT NULL,
    CHECK ((kind = 1 AND peer_id IS NOT NULL AND group_id IS NULL)
        OR (kind = 2 AND group_id IS NOT NULL))
);
CREATE UNIQUE INDEX conversations_direct ON conversations (peer_id) WHERE kind = 1;
CREATE UNIQUE INDEX conversations_group ON conversations (group_id) WHERE kind = 2;
CREATE INDEX conversations_by_activity ON conversations (state, pinned, last_activity_at);

-- role: 1 member, 2 admin.
CREATE TABLE group_members (
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    member_id        TEXT NOT NULL,
    role             INTEGER NOT NULL DEFAULT 1 CHECK (role IN (1, 2)),
    added_at         INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, member_id)
) WITHOUT ROWID;

-- direction: 1 incoming, 2 outgoing. status: 0 pending, 1 sent,
-- 2 delivered, 3 read, 4 failed; incoming: 10 received, 11 read.
-- The rowid orders a conversation's history (arrival order), and pages are
-- fetched by it, never by OFFSET. message_id is the content's random id, so
-- a redelivered message is stored once.
CREATE TABLE messages (
    id               INTEGER PRIMARY KEY,
    message_id       BLOB NOT NULL UNIQUE,
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    sender_id        TEXT NOT NULL,
    direction        INTEGER NOT NULL CHECK (direction IN (1, 2)),
    status           INTEGER NOT NULL,
    sent_at          INTEGER NOT NULL,
    server_at        INTEGER,
    received_at      INTEGER,
    body             TEXT NOT NULL DEFAULT '',
    quote_message_id BLOB,
    quote_author_id  TEXT,
    quote_excerpt    TEXT,
    forward_count    INTEGER NOT NULL DEFAULT 0,
    franking_key     BLOB,
    commitment       BLOB,
    relay_tag        BLOB,
    content          BLOB,
    verified         INTEGER NOT NULL DEFAULT 0,
    expires_at       INTEGER
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);
CREATE INDEX messages_by_expiry ON messages (expires_at) WHERE expires_at IS NOT NULL;

-- The file itself is on disk, encrypted under file_key (never plaintext).
-- state: 0 not downloaded, 1 downloading, 2 stored, 3 failed.
CREATE TABLE attachments (
    id                INTEGER PRIMARY KEY,
    message_rowid     INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    blob_id           BLOB NOT NULL,
    transport_key     BLOB NOT NULL,
    plaintext_sha256  BLOB NOT NULL,
    size              INTEGER NOT NULL,
    mime_type         TEXT NOT NULL DEFAULT '',
    file_name         TEXT NOT NULL DEFAULT '',
    local_file        TEXT,
    file_key          BLOB,
    state             INTEGER NOT NULL DEFAULT 0,
    UNIQUE (message_rowid, position)
);

CREATE VIRTUAL TABLE message_search USING fts4 (
    content="messages", body, tokenize=unicode61
);
CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_search (docid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER messages_search_delete BEFORE DELETE ON messages BEGIN
    DELETE FROM message_search WHERE docid = old.id;
END;
CREATE TRIGGER messages_search_update_before BEFORE UPDATE OF body ON messages BEGIN
    DELETE FROM message_search WHERE docid = old.id;
END;
CREATE TRIGGER messages_search_update_after AFTER UPDATE OF body ON messages BEGIN
    INSERT INTO message_search (docid, body) VALUES (new.id, new.body);
END;

CREATE TABLE blocks (
    cove_id     TEXT PRIMARY KEY,
    blocked_at  INTEGER NOT NULL
);

-- state: 0 pending, 1 accepted, 2 deleted. facts: the relay's first-contact
-- facts (CBOR), shown in the safety notice.
CREATE TABLE message_requests (
    conversation_id  INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    state            INTEGER NOT NULL DEFAULT 0,
    received_at      INTEGER NOT NULL,
    facts            BLOB
);

-- status: 0 queued, 1 sent, 2 received, 3 reviewed, 4 action taken,
-- 5 no action, 6 review requested.
CREATE TABLE reports (
    id              INTEGER PRIMARY KEY,
    report_id       TEXT UNIQUE,
    conversation_id INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
    reported_id     TEXT NOT NULL,
    category        TEXT NOT NULL,
    involves_child  INTEGER NOT NULL DEFAULT 0,
    status          INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    bundle          BLOB
);

CREATE TABLE guardian_approvals (
    contact_id    TEXT PRIMARY KEY,
    guardian_key  BLOB NOT NULL,
    signature     BLOB NOT NULL,
    approved_at   INTEGER NOT NULL
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  BLOB
);
)sql";

// Version 2: the message pipeline.
constexpr const char *kSchemaV2 = R"sql(
-- The durable outbox: one row per envelope still to be acknowledged by the
-- relay. content is the encoded content to encrypt (1:1 rows); ciphertext
-- is filled once encrypted (group rows carry it from the start), and the
-- session state that produced it was stored in the same transaction.
-- kind: 1 one-to-one, 2 group (sender key). state: 0 ready,
-- 1 waiting for the person to accept the peer's changed identity.
CREATE TABLE outbox (
    id             INTEGER PRIMARY KEY,
    client_id      BLOB NOT NULL UNIQUE,
    message_rowid  INTEGER REFERENCES messages (id) ON DELETE SET NULL,
    recipient      TEXT NOT NULL,
    kind           INTEGER NOT NULL CHECK (kind IN (1, 2)),
    content        BLOB,
    envelope_type  INTEGER,
    ciphertext     BLOB,
    commitment     BLOB NOT NULL,
    state          INTEGER NOT NULL DEFAULT 0,
    attempts       INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL
);
CREATE INDEX outbox_by_recipient ON outbox (recipient, id);
CREATE INDEX outbox_by_message ON outbox (message_rowid);

-- Group membership has a revision: an update with a lower one is stale.
ALTER TABLE conversations ADD COLUMN group_revision INTEGER NOT NULL DEFAULT 0;

-- Which members already hold our current sender key for a group; cleared
-- when the key is replaced (a member left or was removed).
CREATE TABLE sender_key_shares (
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    member_id        TEXT NOT NULL,
    PRIMARY KEY (conversation_id, member_id)
) WITHOUT ROWID;

)sql";

// Version 3: finding what is unread stays cheap in a long history (marking a
// conversation read touches only its unread rows, not all of them).
constexpr const char *kSchemaV3 = R"sql(
CREATE INDEX messages_unread ON messages (conversation_id, id) WHERE direction = 1 AND status = 10;
)sql";

// Version 4: moderation's decisions about this account, each kept with the
// person's answer (a review they asked for).
constexpr const char *kSchemaV4 = R"sql(
CREATE TABLE moderation_notices (
    id               INTEGER PRIMARY KEY,
    case_id          TEXT NOT NULL,
    action           INTEGER NOT NULL,
    category         TEXT NOT NULL,
    reason           TEXT NOT NULL DEFAULT '',
    until_at         INTEGER,
    decided_at       INTEGER NOT NULL,
    received_at      INTEGER NOT NULL,
    review_requested INTEGER NOT NULL DEFAULT 0,
    UNIQUE (case_id, action, decided_at)
);
)sql";

// Version 5: what members who are not admins may do in a group
// (protocol::GroupUpdate::GroupPermission bits), and which safety notices
// the person dismissed in a conversation that began as a request (bits of
// safety::NoticeKind; deleted with the request).
constexpr const char *kSchemaV5 = R"sql(
ALTER TABLE conversations ADD COLUMN group_permissions INTEGER NOT NULL DEFAULT 0;
ALTER TABLE message_requests ADD COLUMN notices_dismissed INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 6: who created a group (as its admins' updates say), and group
// invite links: a group's current link secret and whether an admin lets
// each joiner in; requests to join groups this account
// administers (with the relay's first-contact facts about the requester,
// CBOR as in message_requests); and the groups this account asked to join,
// so the admin's answer is taken as this person's choice rather than shown
// as a stranger's invitation.
constexpr const char *kSchemaV6 = R"sql(
ALTER TABLE conversations ADD COLUMN group_creator TEXT;
ALTER TABLE conversations ADD COLUMN invite_token BLOB;
ALTER TABLE conversations ADD COLUMN invite_approval INTEGER NOT NULL DEFAULT 0;
CREATE TABLE group_join_requests (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    requester       TEXT NOT NULL,
    requested_at    INTEGER NOT NULL,
    facts           BLOB NOT NULL DEFAULT x'',
    PRIMARY KEY (conversation_id, requester)
) WITHOUT ROWID;
CREATE TABLE group_joins_asked (
    group_id     BLOB PRIMARY KEY,
    admin_id     TEXT NOT NULL,
    asked_at     INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// Guarded mode. On a guardian's profile: the children linked to it (or
// asking to be), the contacts they ask for and what their apps told the
// guardian (asked for help, blocked, reported, removed someone: who and
// when, never what was said); on a child's profile: the contacts it asked
// its guardian for (child_id is its own Cove ID).
constexpr const char *kSchemaV7 = R"sql(
CREATE TABLE guardian_children (
    child_id     TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    child_key    BLOB NOT NULL,
    state        INTEGER NOT NULL,
    requested_at INTEGER NOT NULL,
    linked_at    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE guardian_asks (
    child_id     TEXT NOT NULL,
    contact_id   TEXT NOT NULL,
    name         TEXT NOT NULL,
    asked_at     INTEGER NOT NULL,
    state        INTEGER NOT NULL,
    PRIMARY KEY (child_id, contact_id)
) WITHOUT ROWID;
CREATE TABLE guardian_events (
    id           INTEGER PRIMARY KEY,
    child_id     TEXT NOT NULL,
    kind         INTEGER NOT NULL,
    contact_id   TEXT NOT NULL DEFAULT '',
    at           INTEGER NOT NULL
);
CREATE INDEX guardian_events_by_child ON guardian_events (child_id, at);
)sql";

// What the person was writing in each conversation and has not sent yet.
constexpr const char *kSchemaV8 = R"sql(
ALTER TABLE conversations ADD COLUMN draft TEXT NOT NULL DEFAULT '';
)sql";

// Muted conversations: no notification until this time (ms), NULL when not
// muted.
constexpr const char *kSchemaV9 = R"sql(
ALTER TABLE conversations ADD COLUMN muted_until INTEGER;
)sql";

// Group messages that arrived before the group change that let their
// sender in, or before the group itself (EarlyMessageRepository).
constexpr const char *kSchemaV10 = R"sql(
CREATE TABLE early_group_messages (
    id              INTEGER PRIMARY KEY,
    group_id        BLOB NOT NULL,
    sender_id       TEXT NOT NULL,
    revision        INTEGER NOT NULL,
    content         BLOB NOT NULL,
    via_sender_key  INTEGER NOT NULL,
    server_time     INTEGER NOT NULL,
    commitment      BLOB NOT NULL,
    relay_tag       BLOB NOT NULL,
    verified        INTEGER NOT NULL,
    arrived_at      INTEGER NOT NULL
);
CREATE INDEX early_group_messages_by_group ON early_group_messages (group_id, id);
CREATE INDEX early_group_messages_by_sender ON early_group_messages (sender_id);
)sql";

// Who made the change a group is at, so that of two changes made at once
// with the same revision every copy keeps the same one; and, for this
// account's own change, the group as it was before it, so that a change
// that lost can be made again on top of the one that won.
constexpr const char *kSchemaV11 = R"sql(
ALTER TABLE conversations ADD COLUMN group_revision_by TEXT NOT NULL DEFAULT '';
ALTER TABLE conversations ADD COLUMN group_change_base BLOB;
)sql";

// "Mark as unread": the chat counts as one unread message until it is read
// or a real message arrives, which then counts alone.
constexpr const char *kSchemaV12 = R"sql(
ALTER TABLE conversations ADD COLUMN marked_unread INTEGER NOT NULL DEFAULT 0;
)sql";

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, kSchemaV1}, {2, kSchemaV2},   {3, kSchemaV3},   {4, kSchemaV4},
        {5, kSchemaV5}, {6, kSchemaV6},   {7, kSchemaV7},   {8, kSchemaV8},
        {9, kSchemaV9}, {10, kSchemaV10}, {11, kSchemaV11}, {12, kSchemaV12},
    };
    return list;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

Result<void> migrate(sqlite::Database &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    sqlite::Result<std::int64_t> current = db.queryInt("PRAGMA user_version");
    if (!current)
        return fromSqlite(current.error(), "reading the schema version");
    if (*current > latestSchemaVersion())
        return storageError(StorageErrorCode::TooNew,
                            QStringLiteral("schema version %1 is newer than this Cove (%2)")
                                .arg(*current)
                                .arg(latestSchemaVersion()));
    for (const Migration &m : migrations()) {
        if (m.version <= *current || m.version > target)
            continue;
        sqlite::Result<sqlite::Transaction> tx = sqlite::Transaction::begin(db);
        if (!tx)
            return fromSqlite(tx.error(), "starting a migration");
        if (sqlite::Result<void> r = db.exec(m.sql); !r)
            return fromSqlite(r.error(), "migrating the schema");
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(m.version);
        if (sqlite::Result<void> r = db.exec(setVersion); !r)
            return fromSqlite(r.error(), "recording the schema version");
        if (sqlite::Result<void> r = tx->commit(); !r)
            return fromSqlite(r.error(), "committing a migration");
    }
    return {};
}

Result<QString> schemaDump(sqlite::Database &db)
{
    sqlite::Result<sqlite::Statement> st = db.prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name");
    if (!st)
        return fromSqlite(st.error(), "reading the schema");
    QString out;
    for (;;) {
        sqlite::Result<bool> row = st->step();
        if (!row)
            return fromSqlite(row.error(), "reading the schema");
        if (!*row)
            break;
        out += QStringLiteral("-- %1 %2\n%3;\n\n").arg(st->text(0), st->text(1), st->text(2));
    }
    return out;
}

} // namespace cove::storage
