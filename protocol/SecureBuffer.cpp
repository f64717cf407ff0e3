// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBuffer.h"

#include "Crypto.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <utility>

namespace cove::protocol {

SecureBuffer::SecureBuffer(std::size_t size)
    : m_data(size ? new std::uint8_t[size]() : nullptr), m_size(size)
{}

SecureBuffer::SecureBuffer(const void *data, std::size_t size) : SecureBuffer(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer b(size);
    if (size)
        crypto::randomBytes(b.m_data, size);
    return b;
}

bool SecureBuffer::equals(QByteArrayView other) const noexcept
{
    return crypto::constantTimeEquals(view(), other);
}

void SecureBuffer::clear() noexcept
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_size);
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace cove::protocol
