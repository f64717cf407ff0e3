// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupSession.h"

#include "Context.h"
#include "Handles.h"
#include "StoreContext.h"

#include <group_cipher.h>
#include <group_session_builder.h>
#include <protocol.h>

namespace cove::protocol {

using namespace detail;

namespace {

using GroupBuilderPtr = Owned<group_session_builder, group_session_builder_free>;
using GroupCipherPtr = Owned<group_cipher, group_cipher_free>;

constexpr qsizetype kMaxGroupIdSize = 64;

struct CSenderKeyName {
    explicit CSenderKeyName(const SenderKeyName &n) : group(n.groupId), sender(n.sender.name)
    {
        raw.group_id = group.constData();
        raw.group_id_len = std::size_t(group.size());
        raw.sender.name = sender.constData();
        raw.sender.name_len = std::size_t(sender.size());
        raw.sender.device_id = n.sender.deviceId;
    }
    QByteArray group;
    QByteArray sender;
    signal_protocol_sender_key_name raw{};
};

Result<void> checkName(const SenderKeyName &n)
{
    if (n.groupId.isEmpty() || n.groupId.size() > kMaxGroupIdSize || n.sender.name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("bad group or sender name"));
    return {};
}

Result<void> checkSize(QByteArrayView bytes)
{
    if (bytes.size() > kMaxSignalMessageSize)
        return makeError(ErrorCode::TooLarge,
                         QStringLiteral("group message exceeds the size bound"));
    if (bytes.size() < 2)
        return makeError(ErrorCode::Malformed, QStringLiteral("group message too short"));
    return {};
}

int decryptionCallback(group_cipher *, signal_buffer *plaintext, void *decryptContext)
{
    return runDecryptHook(plaintext, decryptContext);
}

Result<GroupCipherPtr> makeCipher(StoreContext &store, const CSenderKeyName &name)
{
    GroupCipherPtr cipher;
    const int rc =
        group_cipher_create(OutPtr(cipher), store.raw(), &name.raw, store.context().raw());
    if (rc < 0)
        return sgError(rc, "group_cipher_create");
    return cipher;
}

Result<GroupBuilderPtr> makeBuilder(StoreContext &store)
{
    GroupBuilderPtr builder;
    const int rc =
        group_session_builder_create(OutPtr(builder), store.raw(), store.context().raw());
    if (rc < 0)
        return sgError(rc, "group_session_builder_create");
    return builder;
}

} // namespace

Result<QByteArray> createSenderKeyDistribution(StoreContext &store, const SenderKeyName &ownName)
{
    if (Result<void> r = checkName(ownName); !r)
        return r.error();
    Result<GroupBuilderPtr> builder = makeBuilder(store);
    if (!builder)
        return builder.error();
    const CSenderKeyName name(ownName);
    Ref<sender_key_distribution_message> message;
    const int rc = group_session_builder_create_session(builder->get(), message.out(), &name.raw);
    if (rc < 0)
        return store.failure(rc, "create sender key");
    // Borrowed from the message.
    return bytesOf(
        ciphertext_message_get_serialized(reinterpret_cast<ciphertext_message *>(message.get())));
}

Result<void> processSenderKeyDistribution(StoreContext &store, const SenderKeyName &senderName,
                                          QByteArrayView distribution)
{
    if (Result<void> r = checkName(senderName); !r)
        return r;
    if (Result<void> r = checkSize(distribution); !r)
        return r;
    Ref<sender_key_distribution_message> message;
    int rc = sender_key_distribution_message_deserialize(
        message.out(), u8(distribution), std::size_t(distribution.size()), store.context().raw());
    if (rc < 0)
        return sgError(rc, "parse sender key distribution");
    Result<GroupBuilderPtr> builder = makeBuilder(store);
    if (!builder)
        return builder.error();
    const CSenderKeyName name(senderName);
    rc = group_session_builder_process_session(builder->get(), &name.raw, message.get());
    if (rc < 0)
        return store.failure(rc, "process sender key distribution");
    return {};
}

Result<QByteArray> groupEncrypt(StoreContext &store, const SenderKeyName &ownName,
                                QByteArrayView plaintext)
{
    if (Result<void> r = checkName(ownName); !r)
        return r.error();
    if (plaintext.size() > kMaxSignalMessageSize - 1024)
        return makeError(ErrorCode::TooLarge, QStringLiteral("plaintext exceeds the size bound"));
    const CSenderKeyName name(ownName);
    Result<GroupCipherPtr> cipher = makeCipher(store, name);
    if (!cipher)
        return cipher.error();
    Ref<ciphertext_message> message;
    const int rc = group_cipher_encrypt(cipher->get(), u8(plaintext), std::size_t(plaintext.size()),
                                        message.out());
    if (rc < 0)
        return store.failure(rc, "group_cipher_encrypt");
    return bytesOf(ciphertext_message_get_serialized(message.get()));
}

Result<SecureBuffer> groupDecrypt(StoreContext &store, const SenderKeyName &senderName,
                                  QByteArrayView ciphertext, const DecryptHook &hook)
{
    if (Result<void> r = checkName(senderName); !r)
        return r.error();
    if (Result<void> r = checkSize(ciphertext); !r)
        return r.error();
    Ref<sender_key_message> message;
    int rc = sender_key_message_deserialize(message.out(), u8(ciphertext),
                                            std::size_t(ciphertext.size()), store.context().raw());
    if (rc < 0)
        return sgError(rc, "parse sender key message");
    const CSenderKeyName name(senderName);
    Result<GroupCipherPtr> cipher = makeCipher(store, name);
    if (!cipher)
        return cipher.error();
    group_cipher_set_decryption_callback(cipher->get(), decryptionCallback);
    HookContext hookContext{&hook, std::nullopt, {}};
    Buffer plaintext;
    rc = group_cipher_decrypt(cipher->get(), message.get(), &hookContext, OutPtr(plaintext));
    if (hookContext.error)
        return *hookContext.error;
    if (rc < 0)
        return store.failure(rc, "group_cipher_decrypt");
    return secureOf(plaintext.get());
}

} // namespace cove::protocol
