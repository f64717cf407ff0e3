// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReceiveFixture.h"

#include "Context.h"

#include <QtEndian>

namespace cove::test {

using namespace protocol;

std::unique_ptr<Receiver> Receiver::open(const QString &dbPath, const QByteArray &key)
{
    auto r = std::make_unique<Receiver>();
    r->context = std::make_unique<Context>();
    auto opened = storage::Store::open(dbPath, key, storage::Store::Intent::OpenExisting);
    if (!opened)
        return nullptr;
    r->store = std::move(*opened);
    r->protocolStore = std::make_unique<storage::ProtocolStore>(r->store->db());
    r->storeContext = std::make_unique<StoreContext>(*r->context, r->protocolStore->stores());
    return r;
}

storage::ReceiveResult Receiver::receive(const Address &from, const CiphertextMessage &message,
                                         int index, bool failPersist)
{
    sqlite::Database &db = store->db();
    return storage::receiveAtomically(
        db, *protocolStore,
        [&](const DecryptHook &hook) { return decrypt(*storeContext, from, message, hook); },
        [&](const SecureBuffer &plaintext) -> storage::Result<void> {
            if (failPersist)
                return storage::storageError(storage::StorageErrorCode::DiskFull,
                                             QStringLiteral("simulated full disk"));
            auto st = db.cached(
                "INSERT INTO messages (message_id, conversation_id, sender_id, direction, "
                "status, sent_at, body) VALUES (?, 1, 'alice', 1, 10, ?, ?)");
            if (!st)
                return storage::fromSqlite(st.error(), "insert");
            (*st)->bindBlob(1, QByteArray::number(index)).bind(2, std::int64_t(index));
            (*st)->bind(3, QString::fromUtf8(plaintext.toByteArray()));
            if (auto r = (*st)->run(); !r)
                return storage::fromSqlite(r.error(), "insert");
            return {};
        });
}

std::int64_t Receiver::messageCount()
{
    auto n = store->db().queryInt("SELECT count(*) FROM messages");
    return n ? *n : -1;
}

QByteArray serializeStream(const QList<CiphertextMessage> &messages)
{
    QByteArray out;
    for (const CiphertextMessage &m : messages) {
        out.append(char(m.type));
        char len[4];
        qToBigEndian(quint32(m.bytes.size()), len);
        out.append(len, 4);
        out.append(m.bytes);
    }
    return out;
}

QList<CiphertextMessage> parseStream(const QByteArray &bytes)
{
    QList<CiphertextMessage> out;
    qsizetype at = 0;
    while (at + 5 <= bytes.size()) {
        const auto type = static_cast<CiphertextMessage::Type>(bytes[at]);
        const quint32 len = qFromBigEndian<quint32>(bytes.constData() + at + 1);
        at += 5;
        if (at + qsizetype(len) > bytes.size())
            break;
        out.append(CiphertextMessage{type, bytes.mid(at, qsizetype(len))});
        at += qsizetype(len);
    }
    return out;
}

} // namespace cove::test
