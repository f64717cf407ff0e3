// SPDX-License-Identifier: GPL-3.0-or-later
#include "Guardians.h"

#include "RepositorySupport.h"
#include "Sqlite.h"

namespace cove::storage {

using detail::bindNothing;
using detail::change;
using detail::readAll;
using detail::readOne;

namespace {

ChildRow readChild(const sqlite::Statement &st)
{
    return ChildRow{st.text(0),  st.text(1), st.blob(2), ChildRow::State(quint8(st.int64(3))),
                    st.int64(4), st.int64(5)};
}

ContactAsk readAsk(const sqlite::Statement &st)
{
    return ContactAsk{st.text(0), st.text(1), st.text(2), st.int64(3),
                      ContactAsk::State(quint8(st.int64(4)))};
}

#define COVE_CHILD_COLUMNS                                                                         \
    "SELECT child_id, name, child_key, state, requested_at, linked_at FROM guardian_children "
#define COVE_ASK_COLUMNS "SELECT child_id, contact_id, name, asked_at, state FROM guardian_asks "

} // namespace

Result<void> GuardianRepository::putChild(const ChildRow &child)
{
    Result<int> n = change(m_db,
                           "INSERT OR REPLACE INTO guardian_children (child_id, name, child_key, "
                           "state, requested_at, linked_at) VALUES (?, ?, ?, ?, ?, ?)",
                           "storing a child", [&](sqlite::Statement &st) {
                               st.bind(1, child.childId)
                                   .bind(2, child.name)
                                   .bindBlob(3, child.childKey)
                                   .bind(4, int(child.state))
                                   .bind(5, std::int64_t(child.requestedAt))
                                   .bind(6, std::int64_t(child.linkedAt));
                           });
    if (!n)
        return n.error();
    return {};
}

Result<std::optional<ChildRow>> GuardianRepository::child(const QString &childId)
{
    return readOne<ChildRow>(
        m_db, COVE_CHILD_COLUMNS "WHERE child_id = ?", "reading a child",
        [&](sqlite::Statement &st) { st.bind(1, childId); }, readChild);
}

Result<QList<ChildRow>> GuardianRepository::children()
{
    return readAll<ChildRow>(m_db, COVE_CHILD_COLUMNS "ORDER BY state DESC, name",
                             "listing children", bindNothing, readChild);
}

Result<bool> GuardianRepository::removeChild(const QString &childId)
{
    auto bind = [&](sqlite::Statement &st) { st.bind(1, childId); };
    for (const char *sql : {"DELETE FROM guardian_asks WHERE child_id = ?",
                            "DELETE FROM guardian_events WHERE child_id = ?"}) {
        if (Result<int> n = change(m_db, sql, "forgetting a child's records", bind); !n)
            return n.error();
    }
    Result<int> n = change(m_db, "DELETE FROM guardian_children WHERE child_id = ?",
                           "forgetting a child", bind);
    if (!n)
        return n.error();
    return *n > 0;
}

Result<void> GuardianRepository::putAsk(const ContactAsk &ask)
{
    Result<int> n = change(m_db,
                           "INSERT OR REPLACE INTO guardian_asks (child_id, contact_id, name, "
                           "asked_at, state) VALUES (?, ?, ?, ?, ?)",
                           "storing a contact ask", [&](sqlite::Statement &st) {
                               st.bind(1, ask.childId)
                                   .bind(2, ask.contactId)
                                   .bind(3, ask.name)
                                   .bind(4, std::int64_t(ask.askedAt))
                                   .bind(5, int(ask.state));
                           });
    if (!n)
        return n.error();
    return {};
}

Result<std::optional<ContactAsk>> GuardianRepository::ask(const QString &childId,
                                                          const QString &contactId)
{
    return readOne<ContactAsk>(
        m_db, COVE_ASK_COLUMNS "WHERE child_id = ? AND contact_id = ?", "reading a contact ask",
        [&](sqlite::Statement &st) { st.bind(1, childId).bind(2, contactId); }, readAsk);
}

Result<QList<ContactAsk>> GuardianRepository::asks(const QString &childId)
{
    return readAll<ContactAsk>(
        m_db, COVE_ASK_COLUMNS "WHERE child_id = ? ORDER BY asked_at DESC, contact_id",
        "listing contact asks", [&](sqlite::Statement &st) { st.bind(1, childId); }, readAsk);
}

Result<bool> GuardianRepository::removeAsk(const QString &childId, const QString &contactId)
{
    Result<int> n = change(m_db, "DELETE FROM guardian_asks WHERE child_id = ? AND contact_id = ?",
                           "removing a contact ask",
                           [&](sqlite::Statement &st) { st.bind(1, childId).bind(2, contactId); });
    if (!n)
        return n.error();
    return *n > 0;
}

Result<void> GuardianRepository::addEvent(const GuardianEvent &event)
{
    Result<int> n = change(
        m_db, "INSERT INTO guardian_events (child_id, kind, contact_id, at) VALUES (?, ?, ?, ?)",
        "recording what a child's app said", [&](sqlite::Statement &st) {
            st.bind(1, event.childId)
                .bind(2, int(event.kind))
                .bind(3, event.contactId)
                .bind(4, std::int64_t(event.at));
        });
    if (!n)
        return n.error();
    return {};
}

Result<QList<GuardianEvent>> GuardianRepository::events(const QString &childId, int limit)
{
    return readAll<GuardianEvent>(
        m_db,
        "SELECT id, child_id, kind, contact_id, at FROM guardian_events WHERE child_id = ? "
        "ORDER BY at DESC, id DESC LIMIT ?",
        "listing what a child's app said",
        [&](sqlite::Statement &st) { st.bind(1, childId).bind(2, limit); },
        [](const sqlite::Statement &st) {
            return GuardianEvent{st.int64(0), st.text(1), GuardianEvent::Kind(quint8(st.int64(2))),
                                 st.text(3), st.int64(4)};
        });
}

} // namespace cove::storage
