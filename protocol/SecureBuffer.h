// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace cove::protocol {

/// A heap buffer for secrets (keys, plaintexts) that is wiped with
/// OPENSSL_cleanse when it is resized away or destroyed. Move-only, so a
/// secret is never silently duplicated; copy it explicitly with clone().
class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const void *data, std::size_t size);
    explicit SecureBuffer(QByteArrayView bytes)
        : SecureBuffer(bytes.data(), std::size_t(bytes.size()))
    {}
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    [[nodiscard]] SecureBuffer clone() const { return SecureBuffer(m_data, m_size); }
    [[nodiscard]] static SecureBuffer random(std::size_t size);

    [[nodiscard]] std::uint8_t *data() noexcept { return m_data; }
    [[nodiscard]] const std::uint8_t *data() const noexcept { return m_data; }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] bool isEmpty() const noexcept { return m_size == 0; }

    /// A non-owning view, valid while this buffer lives and is not resized.
    [[nodiscard]] QByteArrayView view() const noexcept
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
    }
    /// An ordinary (not wiped) copy, for data that stops being secret, such
    /// as a plaintext the person is about to see anyway.
    [[nodiscard]] QByteArray toByteArray() const { return view().toByteArray(); }

    /// Constant-time comparison of contents (sizes are compared openly).
    [[nodiscard]] bool equals(QByteArrayView other) const noexcept;

    void clear() noexcept;

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace cove::protocol
