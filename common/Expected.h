// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <variant>

namespace cove {

/// A value or an error, never both: Cove's typed result at layer
/// boundaries. Each layer names its own error type (protocol::Error,
/// sqlite::Error, ...) and aliases Result<T> to Expected<T, ItsError>.
template <typename T, typename E> class [[nodiscard]] Expected {
public:
    Expected(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Expected(E error) : m_v(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    [[nodiscard]] T &value() & { return std::get<0>(m_v); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_v); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    [[nodiscard]] const E &error() const { return std::get<1>(m_v); }
    [[nodiscard]] auto code() const { return error().code; }

private:
    std::variant<T, E> m_v;
};

/// An operation that yields nothing but may fail.
template <typename E> class [[nodiscard]] Expected<void, E> {
public:
    Expected() = default;
    Expected(E error) : m_error(std::move(error)), m_failed(true) {}

    [[nodiscard]] bool ok() const noexcept { return !m_failed; }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] const E &error() const { return m_error; }
    [[nodiscard]] auto code() const { return m_error.code; }

private:
    E m_error{};
    bool m_failed = false;
};

} // namespace cove
