// SPDX-License-Identifier: GPL-3.0-or-later
// A picture someone sent, opened to read the Cove QR code in it (adding a
// contact, or a child asking to add one). The first byte picks the form:
// - even: grey pixels, width (u16, little-endian) then rows, scanned as is;
// - odd: a picture file (PNG, BMP, ...) that Qt decodes first, as the app
//   does with the file a person picks.
// Property: whatever the picture, scanning it and parsing every text it
// yields ends in codes or nothing, never a crash, a leak or a hang.
#include "CoveId.h"
#include "FuzzSupport.h"
#include "InviteLink.h"
#include "QrCode.h"

#include <QImage>

#include <cstdint>
#include <cstring>

using namespace cove;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1 || size > 512 * 1024)
        return 0;
    QImage image;
    if (data[0] & 1) {
        image = QImage::fromData(QByteArrayView(data + 1, qsizetype(size - 1)));
        if (qint64(image.width()) * image.height() > 4096 * 4096)
            return 0; // the app scales those down first; too slow for every input
    } else {
        if (size < 3)
            return 0;
        const int width = data[1] | data[2] << 8;
        if (width == 0)
            return 0;
        const int height = int((size - 3) / std::size_t(width));
        if (height == 0)
            return 0;
        image = QImage(width, height, QImage::Format_Grayscale8);
        for (int y = 0; y < height; ++y)
            std::memcpy(image.scanLine(y), data + 3 + std::size_t(y) * std::size_t(width),
                        std::size_t(width));
    }
    const QStringList found = ui::readQrCodes(image);
    for (const QString &text : found) {
        (void)protocol::normalizeCoveId(text);
        (void)protocol::parseInviteLink(text);
    }
    return 0;
}
