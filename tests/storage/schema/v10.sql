-- index conversations_by_activity
CREATE INDEX conversations_by_activity ON conversations (state, pinned, last_activity_at);

-- index conversations_direct
CREATE UNIQUE INDEX conversations_direct ON conversations (peer_id) WHERE kind = 1;

-- index conversations_group
CREATE UNIQUE INDEX conversations_group ON conversations (group_id) WHERE kind = 2;

-- index early_group_messages_by_group
CREATE INDEX early_group_messages_by_group ON early_group_messages (group_id, id);

-- index early_group_messages_by_sender
CREATE INDEX early_group_messages_by_sender ON early_group_messages (sender_id);

-- index guardian_events_by_child
CREATE INDEX guardian_events_by_child ON guardian_events (child_id, at);

-- index messages_by_conversation
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);

-- index messages_by_expiry
CREATE INDEX messages_by_expiry ON messages (expires_at) WHERE expires_at IS NOT NULL;

-- index messages_unread
CREATE INDEX messages_unread ON messages (conversation_id, id) WHERE direction = 1 AND status = 10;

-- index outbox_by_message
CREATE INDEX outbox_by_message ON outbox (message_rowid);

-- index outbox_by_recipient
CREATE INDEX outbox_by_recipient ON outbox (recipient, id);

-- table attachments
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

-- table blocks
CREATE TABLE blocks (
    cove_id     TEXT PRIMARY KEY,
    blocked_at  INTEGER NOT NULL
);

-- table contacts
CREATE TABLE contacts (
    cove_id       TEXT PRIMARY KEY,
    display_name  TEXT NOT NULL,
    identity_key  BLOB,
    added_at      INTEGER NOT NULL
);

-- table conversations
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
    last_activity_at INTEGER NOT NULL, group_revision INTEGER NOT NULL DEFAULT 0, group_permissions INTEGER NOT NULL DEFAULT 0, group_creator TEXT, invite_token BLOB, invite_approval INTEGER NOT NULL DEFAULT 0, draft TEXT NOT NULL DEFAULT '', muted_until INTEGER,
    CHECK ((kind = 1 AND peer_id IS NOT NULL AND group_id IS NULL)
        OR (kind = 2 AND group_id IS NOT NULL))
);

-- table early_group_messages
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

-- table group_join_requests
CREATE TABLE group_join_requests (
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    requester       TEXT NOT NULL,
    requested_at    INTEGER NOT NULL,
    facts           BLOB NOT NULL DEFAULT x'',
    PRIMARY KEY (conversation_id, requester)
) WITHOUT ROWID;

-- table group_joins_asked
CREATE TABLE group_joins_asked (
    group_id     BLOB PRIMARY KEY,
    admin_id     TEXT NOT NULL,
    asked_at     INTEGER NOT NULL
) WITHOUT ROWID;

-- table group_members
CREATE TABLE group_members (
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    member_id        TEXT NOT NULL,
    role             INTEGER NOT NULL DEFAULT 1 CHECK (role IN (1, 2)),
    added_at         INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, member_id)
) WITHOUT ROWID;

-- table guardian_approvals
CREATE TABLE guardian_approvals (
    contact_id    TEXT PRIMARY KEY,
    guardian_key  BLOB NOT NULL,
    signature     BLOB NOT NULL,
    approved_at   INTEGER NOT NULL
);

-- table guardian_asks
CREATE TABLE guardian_asks (
    child_id     TEXT NOT NULL,
    contact_id   TEXT NOT NULL,
    name         TEXT NOT NULL,
    asked_at     INTEGER NOT NULL,
    state        INTEGER NOT NULL,
    PRIMARY KEY (child_id, contact_id)
) WITHOUT ROWID;

-- table guardian_children
CREATE TABLE guardian_children (
    child_id     TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    child_key    BLOB NOT NULL,
    state        INTEGER NOT NULL,
    requested_at INTEGER NOT NULL,
    linked_at    INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- table guardian_events
CREATE TABLE guardian_events (
    id           INTEGER PRIMARY KEY,
    child_id     TEXT NOT NULL,
    kind         INTEGER NOT NULL,
    contact_id   TEXT NOT NULL DEFAULT '',
    at           INTEGER NOT NULL
);

-- table message_requests
CREATE TABLE message_requests (
    conversation_id  INTEGER PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
    state            INTEGER NOT NULL DEFAULT 0,
    received_at      INTEGER NOT NULL,
    facts            BLOB
, notices_dismissed INTEGER NOT NULL DEFAULT 0);

-- table message_search
CREATE VIRTUAL TABLE message_search USING fts4 (
    content="messages", body, tokenize=unicode61
);

-- table message_search_docsize
CREATE TABLE 'message_search_docsize'(docid INTEGER PRIMARY KEY, size BLOB);

-- table message_search_segdir
CREATE TABLE 'message_search_segdir'(level INTEGER,idx INTEGER,start_block INTEGER,leaves_end_block INTEGER,end_block INTEGER,root BLOB,PRIMARY KEY(level, idx));

-- table message_search_segments
CREATE TABLE 'message_search_segments'(blockid INTEGER PRIMARY KEY, block BLOB);

-- table message_search_stat
CREATE TABLE 'message_search_stat'(id INTEGER PRIMARY KEY, value BLOB);

-- table messages
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

-- table moderation_notices
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

-- table outbox
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

-- table own_identity
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

-- table peer_identities
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

-- table prekeys
CREATE TABLE prekeys (
    id      INTEGER PRIMARY KEY,
    record  BLOB NOT NULL
);

-- table reports
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

-- table sender_key_shares
CREATE TABLE sender_key_shares (
    conversation_id  INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    member_id        TEXT NOT NULL,
    PRIMARY KEY (conversation_id, member_id)
) WITHOUT ROWID;

-- table sender_keys
CREATE TABLE sender_keys (
    group_id     BLOB NOT NULL,
    sender_name  BLOB NOT NULL,
    device_id    INTEGER NOT NULL,
    record       BLOB NOT NULL,
    PRIMARY KEY (group_id, sender_name, device_id)
) WITHOUT ROWID;

-- table sessions
CREATE TABLE sessions (
    name       BLOB NOT NULL,
    device_id  INTEGER NOT NULL,
    record     BLOB NOT NULL,
    PRIMARY KEY (name, device_id)
) WITHOUT ROWID;

-- table settings
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  BLOB
);

-- table signed_prekeys
CREATE TABLE signed_prekeys (
    id      INTEGER PRIMARY KEY,
    record  BLOB NOT NULL
);

-- trigger messages_search_delete
CREATE TRIGGER messages_search_delete BEFORE DELETE ON messages BEGIN
    DELETE FROM message_search WHERE docid = old.id;
END;

-- trigger messages_search_insert
CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_search (docid, body) VALUES (new.id, new.body);
END;

-- trigger messages_search_update_after
CREATE TRIGGER messages_search_update_after AFTER UPDATE OF body ON messages BEGIN
    INSERT INTO message_search (docid, body) VALUES (new.id, new.body);
END;

-- trigger messages_search_update_before
CREATE TRIGGER messages_search_update_before BEFORE UPDATE OF body ON messages BEGIN
    DELETE FROM message_search WHERE docid = old.id;
END;

