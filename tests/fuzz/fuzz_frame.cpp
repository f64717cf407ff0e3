// SPDX-License-Identifier: GPL-3.0-or-later
// The client-relay frames, as either side receives them. Property: an
// accepted frame re-encodes to the same bytes, and every message parser
// turns any accepted frame into a value or an error, never a crash.
#include "FuzzSupport.h"
#include "RelayMessages.h"
#include "WireFormat.h"

#include <cstdint>

using namespace cove::protocol;
namespace wire = cove::protocol::wire;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Result<Frame> frame = decodeFrame(QByteArrayView(data, qsizetype(size)));
    if (!frame)
        return 0;
    COVE_FUZZ_CHECK(encodeFrame(*frame) == QByteArrayView(data, qsizetype(size)));
    // Every parser sees every frame: one of another type must be refused cleanly.
    (void)wire::Hello::fromFrame(*frame);
    (void)wire::Challenge::fromFrame(*frame);
    (void)wire::Authenticate::fromFrame(*frame);
    (void)wire::Authenticated::fromFrame(*frame);
    (void)wire::Send::fromFrame(*frame);
    (void)wire::SendAck::fromFrame(*frame);
    (void)wire::Deliver::fromFrame(*frame);
    (void)wire::DeliverAck::fromFrame(*frame);
    (void)wire::DeliverHold::fromFrame(*frame);
    (void)wire::PreKeyUpload::fromFrame(*frame);
    (void)wire::PreKeyStatus::fromFrame(*frame);
    (void)wire::PreKeyFetch::fromFrame(*frame);
    (void)wire::PreKeyBundleReply::fromFrame(*frame);
    (void)wire::AttachmentPut::fromFrame(*frame);
    (void)wire::AttachmentPutAck::fromFrame(*frame);
    (void)wire::AttachmentGet::fromFrame(*frame);
    (void)wire::AttachmentData::fromFrame(*frame);
    (void)wire::ReportSubmit::fromFrame(*frame);
    (void)wire::ReportAck::fromFrame(*frame);
    (void)wire::ModerationUpdate::fromFrame(*frame);
    (void)wire::ModerationUpdateAck::fromFrame(*frame);
    (void)wire::ReviewRequest::fromFrame(*frame);
    (void)wire::ReviewAck::fromFrame(*frame);
    (void)wire::ContactPolicy::fromFrame(*frame);
    (void)wire::ContactPolicyAck::fromFrame(*frame);
    (void)wire::GuardedLink::fromFrame(*frame);
    (void)wire::GuardedContacts::fromFrame(*frame);
    (void)wire::GuardedRelease::fromFrame(*frame);
    (void)wire::GuardedQuery::fromFrame(*frame);
    (void)wire::GuardedState::fromFrame(*frame);
    return 0;
}
