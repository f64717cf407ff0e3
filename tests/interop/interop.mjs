// SPDX-License-Identifier: GPL-3.0-or-later
//
// Interoperability test of Cove's Signal sessions (libsignal-protocol-c, driven
// through the cove-signal-peer executable) against an independent
// implementation of the same protocol: libsignal-node, pure JavaScript.
//
// Usage: node interop.mjs /path/to/cove-signal-peer
//
// The peer speaks JSON lines on stdin/stdout, one response per request, all
// bytes in standard padded base64:
//   {"op":"bundle"}                                  -> {"ok":true,"bundle":{...}}
//   {"op":"process_bundle","peer":N,"bundle":{...}}  -> {"ok":true}
//   {"op":"encrypt","peer":N,"plaintext":B64}        -> {"ok":true,"kind":K,"body":B64}
//   {"op":"decrypt","peer":N,"kind":K,"body":B64}    -> {"ok":true,"plaintext":B64}
//   {"op":"quit"}                                    -> {"ok":true}, exit 0
//   failure                                          -> {"ok":false,"error":C,"detail":D}
// with K = "prekey" (libsignal-node type 3) or "signal" (type 1).
//
// Two scenarios, each with fresh identities on both sides (a new peer process
// and a new JS party): (1) Cove initiates from a bundle libsignal-node made,
// (2) libsignal-node initiates from a bundle Cove made. In each, both sides
// send MESSAGES_PER_DIRECTION messages in alternating batches of 1..MAX_BATCH;
// each batch is delivered shuffled, and a few messages are held back until
// the receiver's next turn, so messages arrive out of order both within a
// chain and across ratchet steps. A tampered copy of a message must be
// rejected by each receiving side without harming the session.
//
// The schedule and plaintexts come from a seeded PRNG: the seed is printed,
// and INTEROP_SEED=<seed> replays the same schedule (keys stay random).
//
// Output ends with "interop: N passed, M failed"; the exit status is 0 only
// when M is 0.

import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createInterface } from 'node:readline';
import process from 'node:process';

import libsignal from 'libsignal';

const { keyhelper, ProtocolAddress, SessionBuilder, SessionCipher, SessionRecord } = libsignal;

const MESSAGES_PER_DIRECTION = 200;
const MAX_BATCH = 7;
const MAX_PLAINTEXT = 1200;
const HOLD_BACK_PROBABILITY = 0.08;
const REQUEST_TIMEOUT_MS = Number(process.env.INTEROP_TIMEOUT_MS || 30000);
const DEVICE_ID = 1;
const JS_NAME = 'node'; // the JS side's address name, as the peer sees it
const COVE_NAME = 'cove'; // the peer's address name, as the JS side sees it

// ---- Results ------------------------------------------------------------------

let passed = 0;
const failures = [];

function pass() {
    passed += 1;
}

function fail(what) {
    failures.push(what);
    console.error(`FAIL: ${what}`);
}

/** Thrown to end a scenario whose session state can no longer be trusted. */
class ScenarioAbort extends Error {}

// ---- Seeded PRNG (mulberry32) ---------------------------------------------------

function makeRng(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    return {
        next,
        int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
        chance: (p) => next() < p,
        pick: (list) => list[Math.floor(next() * list.length)],
        shuffle(list) {
            for (let i = list.length - 1; i > 0; --i) {
                const j = Math.floor(next() * (i + 1));
                [list[i], list[j]] = [list[j], list[i]];
            }
            return list;
        },
    };
}

function parseSeed() {
    const env = process.env.INTEROP_SEED;
    if (env === undefined || env === '')
        return randomInt(0, 2 ** 32 - 1);
    const seed = Number(env);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
        console.error(`interop: INTEROP_SEED must be an integer in [0, 2^32), got "${env}"`);
        process.exit(2);
    }
    return seed;
}

// ---- Plaintexts -------------------------------------------------------------------

const EDGE_LENGTHS = [0, 0, 1, 15, 16, 17, 31, 32, 33, 255, 256, 1023, 1024, MAX_PLAINTEXT];
const TEXT_PIECES = ['hello', 'Cove', ' ', 'ünïcödé', '🙂', '密码', 'שלום', '\n', '0123456789', '"{}"'];

function makePlaintext(rng) {
    const length = rng.chance(0.2) ? rng.pick(EDGE_LENGTHS) : rng.int(0, MAX_PLAINTEXT);
    const style = rng.int(0, 3);
    if (style <= 1) { // random binary, half of all messages
        const out = Buffer.alloc(length);
        for (let i = 0; i < length; ++i)
            out[i] = rng.int(0, 255);
        return out;
    }
    // Text, cut at an arbitrary byte (possibly inside a UTF-8 sequence).
    let text = '';
    while (Buffer.byteLength(text) < length)
        text += style === 2 ? String.fromCharCode(rng.int(0x20, 0x7e)) : rng.pick(TEXT_PIECES);
    return Buffer.from(text).subarray(0, length);
}

// ---- Base64 and bundle validation ---------------------------------------------------

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Decodes standard padded base64, rejecting anything else (Buffer.from is lax). */
function fromB64(value, what) {
    if (typeof value !== 'string' || !BASE64.test(value))
        throw new Error(`${what} is not standard padded base64: ${JSON.stringify(value)}`);
    const bytes = Buffer.from(value, 'base64');
    if (bytes.toString('base64') !== value)
        throw new Error(`${what} is not canonical base64 (non-zero trailing bits)`);
    return bytes;
}

const b64 = (bytes) => Buffer.from(bytes).toString('base64');

function publicKeyFrom(value, what) {
    const key = fromB64(value, what);
    if (key.length !== 33 || key[0] !== 0x05)
        throw new Error(`${what} must be 33 bytes starting with 0x05, got ${key.length} bytes`);
    return key;
}

function keyIdFrom(value, what) {
    if (!Number.isInteger(value) || value < 0 || value > 0xffffffff)
        throw new Error(`${what} must be an unsigned 32-bit integer, got ${JSON.stringify(value)}`);
    return value;
}

/** Turns the peer's JSON bundle into libsignal-node's device shape, checking every field. */
function bundleFromJson(json) {
    if (!json || typeof json !== 'object')
        throw new Error('bundle missing');
    if (json.deviceId !== DEVICE_ID)
        throw new Error(`bundle.deviceId must be ${DEVICE_ID}, got ${JSON.stringify(json.deviceId)}`);
    const spk = json.signedPreKey || {};
    const pk = json.preKey || {};
    const device = {
        registrationId: keyIdFrom(json.registrationId, 'bundle.registrationId'),
        identityKey: publicKeyFrom(json.identityKey, 'bundle.identityKey'),
        signedPreKey: {
            keyId: keyIdFrom(spk.keyId, 'bundle.signedPreKey.keyId'),
            publicKey: publicKeyFrom(spk.publicKey, 'bundle.signedPreKey.publicKey'),
            signature: fromB64(spk.signature, 'bundle.signedPreKey.signature'),
        },
        preKey: {
            keyId: keyIdFrom(pk.keyId, 'bundle.preKey.keyId'),
            publicKey: publicKeyFrom(pk.publicKey, 'bundle.preKey.publicKey'),
        },
    };
    if (device.signedPreKey.signature.length !== 64)
        throw new Error(`bundle.signedPreKey.signature must be 64 bytes, got ${device.signedPreKey.signature.length}`);
    // libsignal-node leaves preKeyId out of its PreKeyWhisperMessage when it
    // is 0 (a falsy test), which would silently drop the one-time prekey.
    if (device.preKey.keyId === 0)
        throw new Error('bundle.preKey.keyId is 0; libsignal-node cannot send a prekey id of 0');
    return device;
}

// ---- Tampering --------------------------------------------------------------------

/** Offset and length of the first length-delimited field `field` of a protobuf. */
function protobufField(bytes, field) {
    let i = 0;
    const varint = () => {
        let value = 0;
        let shift = 0;
        for (;;) {
            if (i >= bytes.length)
                throw new Error('truncated varint');
            const b = bytes[i++];
            value += (b & 0x7f) * 2 ** shift;
            if (!(b & 0x80))
                return value;
            shift += 7;
            if (shift > 63)
                throw new Error('varint too long');
        }
    };
    while (i < bytes.length) {
        const key = varint();
        const wireType = key & 7;
        const number = Math.floor(key / 8);
        if (wireType === 0) {
            varint();
        } else if (wireType === 2) {
            const length = varint();
            if (number === field)
                return { offset: i, length };
            i += length;
        } else if (wireType === 1) {
            i += 8;
        } else if (wireType === 5) {
            i += 4;
        } else {
            throw new Error(`unexpected wire type ${wireType}`);
        }
    }
    throw new Error(`field ${field} not found`);
}

/**
 * Flips one bit of the authenticated inner SignalMessage, either in its
 * 8-byte MAC or in the byte just before it (the end of the AES ciphertext).
 * A PreKeySignalMessage's outer fields (registration id, prekey ids) are
 * deliberately left alone: the registration id is not authenticated by the
 * protocol, so flipping it would prove nothing.
 */
function tamper(kind, body, where) {
    const out = Buffer.from(body);
    let start = 0;
    let length = out.length;
    if (kind === 'prekey') {
        // version byte, then PreKeySignalMessage { ..., 4: message, ... }
        const inner = protobufField(out.subarray(1), 4);
        start = 1 + inner.offset;
        length = inner.length;
    }
    if (length < 1 + 8 + 1)
        throw new Error(`inner message too short to tamper (${length} bytes)`);
    const index = where === 'mac' ? start + length - 1 : start + length - 9;
    out[index] ^= 0x01;
    return out;
}

// ---- The JS party: libsignal-node with an in-memory store ----------------------------

function nonZeroRegistrationId() {
    for (;;) {
        const id = keyhelper.generateRegistrationId();
        if (id !== 0)
            return id;
    }
}

class JsParty {
    constructor() {
        this.identity = keyhelper.generateIdentityKeyPair();
        this.registrationId = nonZeroRegistrationId();
        this.preKeys = new Map();
        this.signedPreKeys = new Map();
        this.identities = new Map();
        // Records are kept serialized, as a real store would keep them:
        // libsignal-node mutates a loaded record while it decrypts (it steps
        // the ratchet and consumes message keys before the MAC check) and only
        // stores it on success, so handing out a shared object would let a
        // rejected message corrupt the session.
        this.sessions = new Map();
        this.nextPreKeyId = 1 + randomInt(0, 1000);
        this.nextSignedPreKeyId = 1 + randomInt(0, 1000);
    }

    // -- The storage interface libsignal-node calls --

    getOurIdentity() {
        return this.identity;
    }

    getOurRegistrationId() {
        return this.registrationId;
    }

    isTrustedIdentity(identifier, identityKey) {
        // libsignal-node passes a bare name in some calls and "name.device" in
        // others; both refer to the same person here. Trust on first use.
        const name = String(identifier).split('.')[0];
        const known = this.identities.get(name);
        if (!known) {
            this.identities.set(name, Buffer.from(identityKey));
            return true;
        }
        return known.equals(identityKey);
    }

    loadSession(address) {
        const data = this.sessions.get(address);
        return data === undefined ? undefined : SessionRecord.deserialize(JSON.parse(data));
    }

    storeSession(address, record) {
        this.sessions.set(address, JSON.stringify(record.serialize()));
    }

    loadPreKey(keyId) {
        return this.preKeys.get(Number(keyId));
    }

    removePreKey(keyId) {
        this.preKeys.delete(Number(keyId));
    }

    loadSignedPreKey(keyId) {
        return this.signedPreKeys.get(Number(keyId));
    }

    // -- Operations --

    /** A bundle in the peer protocol's JSON shape, with a fresh one-time prekey. */
    makeBundle() {
        if (this.signedPreKeys.size === 0) {
            const spk = keyhelper.generateSignedPreKey(this.identity, this.nextSignedPreKeyId++);
            this.signedPreKeys.set(spk.keyId, spk.keyPair);
            this.signedPreKey = spk;
        }
        const pk = keyhelper.generatePreKey(this.nextPreKeyId++);
        this.preKeys.set(pk.keyId, pk.keyPair);
        return {
            registrationId: this.registrationId,
            deviceId: DEVICE_ID,
            identityKey: b64(this.identity.pubKey),
            signedPreKey: {
                keyId: this.signedPreKey.keyId,
                publicKey: b64(this.signedPreKey.keyPair.pubKey),
                signature: b64(this.signedPreKey.signature),
            },
            preKey: { keyId: pk.keyId, publicKey: b64(pk.keyPair.pubKey) },
        };
    }

    async processBundle(name, device) {
        await new SessionBuilder(this, new ProtocolAddress(name, DEVICE_ID)).initOutgoing(device);
    }

    async encrypt(name, plaintext) {
        const cipher = new SessionCipher(this, new ProtocolAddress(name, DEVICE_ID));
        const message = await cipher.encrypt(plaintext);
        let kind;
        if (message.type === 3)
            kind = 'prekey';
        else if (message.type === 1)
            kind = 'signal';
        else
            throw new Error(`libsignal-node returned message type ${message.type}`);
        return { kind, body: Buffer.from(message.body) };
    }

    async decrypt(name, kind, body) {
        const cipher = new SessionCipher(this, new ProtocolAddress(name, DEVICE_ID));
        if (kind === 'prekey')
            return await cipher.decryptPreKeyWhisperMessage(body);
        if (kind === 'signal')
            return await cipher.decryptWhisperMessage(body);
        throw new Error(`unknown kind ${kind}`);
    }
}

/** Runs fn with libsignal-node's console chatter about expected failures muted. */
async function quietly(fn) {
    const saved = { error: console.error, warn: console.warn, info: console.info };
    console.error = console.warn = console.info = () => {};
    try {
        return await fn();
    } finally {
        Object.assign(console, saved);
    }
}

// ---- The peer process ------------------------------------------------------------------

class Peer {
    constructor(path) {
        this.path = path;
        this.pending = null;
        this.exitStatus = null;
        this.child = spawn(path, [], { stdio: ['pipe', 'pipe', 'inherit'] });
        this.exited = new Promise((resolve) => {
            this.child.on('exit', (code, signal) => {
                this.exitStatus = { code, signal };
                this.rejectPending(`peer exited (${signal ? `signal ${signal}` : `status ${code}`})`);
                resolve(this.exitStatus);
            });
        });
        this.child.on('error', (err) => {
            this.exitStatus = this.exitStatus || { code: null, signal: null, error: err };
            this.rejectPending(`cannot run peer ${path}: ${err.message}`);
        });
        this.child.stdin.on('error', () => {}); // EPIPE is reported through 'exit'
        createInterface({ input: this.child.stdout }).on('line', (line) => {
            const p = this.pending;
            if (!p) {
                this.unexpected = line;
                return;
            }
            this.pending = null;
            clearTimeout(p.timer);
            p.resolve(line);
        });
    }

    rejectPending(why) {
        const p = this.pending;
        if (p) {
            this.pending = null;
            clearTimeout(p.timer);
            p.reject(new Error(why));
        }
    }

    /** Sends one request and returns the parsed response line. */
    async request(req) {
        if (this.pending)
            throw new Error('request already in flight');
        if (this.exitStatus)
            throw new Error('peer is not running');
        if (this.unexpected !== undefined)
            throw new Error(`peer wrote an unsolicited line: ${this.unexpected.slice(0, 200)}`);
        const line = await new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.pending = null;
                reject(new Error(`no response to "${req.op}" within ${REQUEST_TIMEOUT_MS} ms`));
            }, REQUEST_TIMEOUT_MS);
            this.pending = { resolve, reject, timer };
            this.child.stdin.write(`${JSON.stringify(req)}\n`);
        });
        let res;
        try {
            res = JSON.parse(line);
        } catch {
            throw new Error(`response to "${req.op}" is not JSON: ${line.slice(0, 200)}`);
        }
        if (!res || typeof res !== 'object' || typeof res.ok !== 'boolean')
            throw new Error(`response to "${req.op}" lacks a boolean "ok": ${line.slice(0, 200)}`);
        if (!res.ok && typeof res.error !== 'string')
            throw new Error(`failed "${req.op}" response lacks an "error" name: ${line.slice(0, 200)}`);
        return res;
    }

    /** Like request(), but a failure response is an exception. */
    async call(req) {
        const res = await this.request(req);
        if (!res.ok)
            throw new Error(`peer "${req.op}" failed: ${res.error}: ${res.detail ?? ''}`);
        return res;
    }

    async quit() {
        const res = await this.call({ op: 'quit' });
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(() => resolve(null), 10000);
        });
        const status = await Promise.race([this.exited, timeout]);
        clearTimeout(timer);
        if (!status)
            throw new Error('peer did not exit within 10 s of "quit"');
        if (status.code !== 0)
            throw new Error(`peer exited with ${status.signal ? `signal ${status.signal}` : `status ${status.code}`} after "quit"`);
        return res;
    }

    kill() {
        if (!this.exitStatus)
            this.child.kill('SIGKILL');
    }
}

// ---- The two sides behind one interface -------------------------------------------------

function coveSide(peer) {
    return {
        name: COVE_NAME,
        async encrypt(plaintext) {
            const res = await peer.call({ op: 'encrypt', peer: JS_NAME, plaintext: b64(plaintext) });
            if (res.kind !== 'prekey' && res.kind !== 'signal')
                throw new Error(`peer returned kind ${JSON.stringify(res.kind)}`);
            return { kind: res.kind, body: fromB64(res.body, 'encrypt.body') };
        },
        async decrypt(kind, body) {
            const res = await peer.call({ op: 'decrypt', peer: JS_NAME, kind, body: b64(body) });
            return fromB64(res.plaintext, 'decrypt.plaintext');
        },
        /** Returns the rejection's error name, or null if it was accepted. */
        async decryptRejected(kind, body) {
            const res = await peer.request({ op: 'decrypt', peer: JS_NAME, kind, body: b64(body) });
            return res.ok ? null : res.error;
        },
    };
}

function jsSide(party) {
    return {
        name: JS_NAME,
        encrypt: (plaintext) => party.encrypt(COVE_NAME, plaintext),
        decrypt: (kind, body) => party.decrypt(COVE_NAME, kind, body),
        async decryptRejected(kind, body) {
            try {
                await quietly(() => party.decrypt(COVE_NAME, kind, body));
                return null;
            } catch (err) {
                return err && err.name && err.name !== 'Error' ? err.name : String(err && err.message);
            }
        },
    };
}

// ---- A scenario ---------------------------------------------------------------------------

async function runScenario(number, jsInitiates, rng) {
    const title = `scenario ${number} (${jsInitiates ? 'node' : 'cove'} initiates)`;
    const where = (s) => `${title}: ${s}`;
    const peer = new Peer(peerPath);
    try {
        const party = new JsParty();
        const cove = coveSide(peer);
        const js = jsSide(party);

        // -- Session setup --
        try {
            if (jsInitiates) {
                const res = await peer.call({ op: 'bundle' });
                const device = bundleFromJson(res.bundle);
                await party.processBundle(COVE_NAME, device);
            } else {
                await peer.call({ op: 'process_bundle', peer: JS_NAME, bundle: party.makeBundle() });
            }
            pass();
        } catch (err) {
            fail(where(`session setup: ${err.message}`));
            throw new ScenarioAbort();
        }

        // -- The exchange --
        const state = new Map();
        for (const side of [cove, js]) {
            state.set(side, {
                sent: 0, // messages encrypted so far
                received: 0, // messages decrypted so far
                inbox: [], // in flight towards this side
                tamperTested: false,
            });
        }
        const initiator = jsInitiates ? js : cove;
        const other = (side) => (side === cove ? js : cove);
        const rejections = [];
        let sender = initiator;
        let round = 0;
        let delivered = 0;
        let heldBack = 0;
        const messagesLeft = () => state.get(cove).sent < MESSAGES_PER_DIRECTION ||
                                   state.get(js).sent < MESSAGES_PER_DIRECTION;

        while (messagesLeft() || state.get(cove).inbox.length || state.get(js).inbox.length) {
            round += 1;
            const receiver = other(sender);
            const s = state.get(sender);
            const r = state.get(receiver);

            // The sender encrypts a batch of 1..MAX_BATCH messages.
            const batch = Math.min(rng.int(1, MAX_BATCH), MESSAGES_PER_DIRECTION - s.sent);
            for (let i = 0; i < batch; ++i) {
                const seq = s.sent++;
                const plaintext = makePlaintext(rng);
                // Until the initiator has decrypted a reply, its messages carry
                // the prekey header; every other message is a plain one.
                const expectedKind = sender === initiator && s.received === 0 ? 'prekey' : 'signal';
                const label = `${sender.name}->${receiver.name} #${seq} (${plaintext.length} bytes, round ${round})`;
                let msg;
                try {
                    msg = await sender.encrypt(plaintext);
                } catch (err) {
                    fail(where(`encrypt ${label}: ${err.message}`));
                    throw new ScenarioAbort();
                }
                if (msg.kind !== expectedKind) {
                    fail(where(`encrypt ${label}: kind "${msg.kind}", expected "${expectedKind}"`));
                    throw new ScenarioAbort();
                }
                r.inbox.push({ ...msg, plaintext, label, held: false });
            }

            // Deliver what is in flight to the receiver, shuffled. While both
            // sides still have messages to send, a message may be held back
            // once, to arrive after the next ratchet step; never before the
            // receiver has a session, which only its first message creates.
            const now = [];
            const later = [];
            for (const m of r.inbox) {
                if (!m.held && r.received > 0 && messagesLeft() && rng.chance(HOLD_BACK_PROBABILITY)) {
                    m.held = true;
                    heldBack += 1;
                    later.push(m);
                } else {
                    now.push(m);
                }
            }
            r.inbox = later;
            rng.shuffle(now);

            for (const m of now) {
                // The first time a side receives, tampered copies of its first
                // message go first: both must be refused, and the genuine one
                // must still decrypt.
                if (!r.tamperTested) {
                    r.tamperTested = true;
                    for (const spot of ['mac', 'ciphertext']) {
                        let verdict;
                        try {
                            verdict = await receiver.decryptRejected(m.kind, tamper(m.kind, m.body, spot));
                        } catch (err) {
                            fail(where(`tampered ${m.kind} message (${spot}) to ${receiver.name}: ${err.message}`));
                            throw new ScenarioAbort();
                        }
                        if (verdict === null) {
                            fail(where(`${receiver.name} accepted a ${m.kind} message with a flipped ${spot} bit`));
                        } else {
                            rejections.push(`${receiver.name} refused ${m.kind}/${spot}: ${verdict}`);
                            pass();
                        }
                    }
                }
                let plaintext;
                try {
                    plaintext = await receiver.decrypt(m.kind, m.body);
                } catch (err) {
                    fail(where(`decrypt ${m.label} [${m.kind}${m.held ? ', held back' : ''}]: ${err.message}`));
                    throw new ScenarioAbort();
                }
                if (!Buffer.from(plaintext).equals(m.plaintext)) {
                    fail(where(`decrypt ${m.label}: plaintext differs (got ${plaintext.length} bytes)`));
                    throw new ScenarioAbort();
                }
                r.received += 1;
                delivered += 1;
                pass();
            }
            sender = receiver;
        }

        // A peer that exits cleanly on "quit".
        try {
            await peer.quit();
            pass();
        } catch (err) {
            fail(where(`quit: ${err.message}`));
        }
        console.log(`interop: ${title}: ${delivered} messages in ${round} rounds, ` +
                    `${heldBack} held back; ${rejections.join('; ')}`);
    } catch (err) {
        if (!(err instanceof ScenarioAbort))
            fail(where(`unexpected error: ${err && err.stack ? err.stack : err}`));
    } finally {
        peer.kill();
    }
}

// ---- Main -------------------------------------------------------------------------------

const peerPath = process.argv[2];
if (!peerPath || process.argv.length > 3) {
    console.error('usage: node interop.mjs /path/to/cove-signal-peer');
    process.exit(2);
}

const seed = parseSeed();
console.log(`interop: seed ${seed} (rerun with INTEROP_SEED=${seed})`);
const rng = makeRng(seed);

await runScenario(1, false, rng);
await runScenario(2, true, rng);

console.log(`interop: ${passed} passed, ${failures.length} failed`);
for (const f of failures)
    console.log(`  failed: ${f}`);
// Exit explicitly: a stray handle must not keep a finished test alive.
process.exit(failures.length ? 1 : 0);
