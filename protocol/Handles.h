// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// RAII for libsignal-protocol-c handles. Private to protocol/: no public
// header includes this, so the C library's headers stay out of the rest of
// Cove.
//
// Three kinds of pointer come out of the library:
//  - reference-counted objects (keys, messages, records): SIGNAL_UNREF;
//  - owned objects with their own free function (ciphers, builders, buffers);
//  - borrowed pointers (ciphertext_message_get_serialized, key list elements,
//    ec_key_pair_get_public, ...) that must never be released; they are used
//    as plain pointers and never wrapped.

#include "Result.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QByteArrayView>

#include <signal_protocol.h>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace cove::protocol {
class Context;
}

namespace cove::protocol::detail {

/// Owner of one reference to a SIGNAL_REF-counted object.
template <typename T> class Ref {
public:
    Ref() = default;
    /// Adopts a reference the caller already owns (a create/deserialize out-param).
    explicit Ref(T *p) noexcept : m_p(p) {}
    ~Ref() { reset(); }
    Ref(Ref &&o) noexcept : m_p(std::exchange(o.m_p, nullptr)) {}
    Ref &operator=(Ref &&o) noexcept
    {
        if (this != &o) {
            reset();
            m_p = std::exchange(o.m_p, nullptr);
        }
        return *this;
    }
    Ref(const Ref &) = delete;
    Ref &operator=(const Ref &) = delete;

    /// Takes an additional reference to a borrowed pointer.
    static Ref share(T *p) noexcept
    {
        if (p)
            signal_type_ref(reinterpret_cast<signal_type_base *>(p));
        return Ref(p);
    }

    void reset() noexcept
    {
        if (m_p)
            signal_type_unref(reinterpret_cast<signal_type_base *>(m_p));
        m_p = nullptr;
    }
    T *get() const noexcept { return m_p; }
    T **out() noexcept
    {
        reset();
        return &m_p;
    }
    explicit operator bool() const noexcept { return m_p != nullptr; }

private:
    T *m_p = nullptr;
};

/// Owner of a handle released by a dedicated free function.
template <typename T, void (*Free)(T *)> struct FreeWith {
    void operator()(T *p) const noexcept
    {
        if (p)
            Free(p);
    }
};
template <typename T, void (*Free)(T *)> using Owned = std::unique_ptr<T, FreeWith<T, Free>>;

/// signal_buffer may hold secrets (plaintexts, serialized private keys): always wipe.
using Buffer = Owned<signal_buffer, signal_buffer_bzero_free>;
using BufferList = Owned<signal_buffer_list, signal_buffer_list_bzero_free>;
using IntList = Owned<signal_int_list, signal_int_list_free>;

/// Out-parameter adaptor for Owned handles: `f(OutPtr(owned))`.
template <typename P> class OutPtr {
public:
    explicit OutPtr(P &owner) : m_owner(owner) {}
    ~OutPtr() { m_owner.reset(m_raw); }
    OutPtr(const OutPtr &) = delete;
    OutPtr &operator=(const OutPtr &) = delete;
    operator typename P::pointer *() noexcept { return &m_raw; }

private:
    P &m_owner;
    typename P::pointer m_raw = nullptr;
};

inline QByteArrayView viewOf(const signal_buffer *b)
{
    if (!b)
        return {};
    return QByteArrayView(reinterpret_cast<const char *>(signal_buffer_const_data(b)),
                          qsizetype(signal_buffer_len(b)));
}

inline QByteArray bytesOf(const signal_buffer *b)
{
    return viewOf(b).toByteArray();
}

inline SecureBuffer secureOf(const signal_buffer *b)
{
    return SecureBuffer(viewOf(b));
}

inline const std::uint8_t *u8(QByteArrayView v)
{
    return reinterpret_cast<const std::uint8_t *>(v.data());
}

inline Error sgError(int rc, const char *where)
{
    return errorFromSignal(rc, where);
}

/// Validates a serialized public key from outside (size, type byte, not a
/// low-order point) and decodes it. Defined in Keys.cpp.
Result<Ref<ec_public_key>> decodePublicKey(Context &context, QByteArrayView key);

/// What the decryption callbacks of session and group ciphers receive as
/// their decrypt_context: the caller's hook and the error it returned.
struct HookContext {
    const std::function<Result<void>(const SecureBuffer &)> *hook = nullptr;
    std::optional<Error> error;
    /// Runs before the hook, once the message has decrypted.
    std::function<Result<void>()> first;
};

/// Runs the hook; a non-zero return makes the library abandon the new state.
inline int runDecryptHook(signal_buffer *plaintext, void *decryptContext)
{
    auto *ctx = static_cast<HookContext *>(decryptContext);
    if (!ctx)
        return SG_SUCCESS;
    if (ctx->first) {
        if (Result<void> r = ctx->first(); !r) {
            ctx->error = r.error();
            return -10001;
        }
    }
    if (!ctx->hook || !*ctx->hook)
        return SG_SUCCESS;
    Result<void> r = (*ctx->hook)(secureOf(plaintext));
    if (r)
        return SG_SUCCESS;
    ctx->error = r.error();
    return -10001;
}

} // namespace cove::protocol::detail
