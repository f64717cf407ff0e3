// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <QEvent>
#include <QPainter>
#include <QStringList>
#include <qrencode.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <zbar.h>

namespace cove::ui {

namespace {

struct QrCodeFree {
    void operator()(QRcode *code) const noexcept { QRcode_free(code); }
};
using QrCodePtr = std::unique_ptr<QRcode, QrCodeFree>;

// Logical pixels per module in the size hint: small enough for a dialog,
// large enough for a phone camera across a desk.
constexpr int kHintModulePixels = 4;

} // namespace

QrMatrix QrMatrix::encode(QByteArrayView data)
{
    QrMatrix out;
    if (data.isEmpty() || data.size() > std::numeric_limits<int>::max())
        return out;
    // Version 0: the smallest symbol that holds the data. 8-bit mode is what
    // QRcode_encodeData always uses, so bytes with NULs survive.
    QrCodePtr code(QRcode_encodeData(
        int(data.size()), reinterpret_cast<const unsigned char *>(data.data()), 0, QR_ECLEVEL_M));
    if (!code || code->width <= 0)
        return out;
    out.m_size = code->width;
    const auto count = std::size_t(code->width) * std::size_t(code->width);
    out.m_dark.resize(count);
    // Bit 0 of each byte is the module's colour (1 = dark); the other bits
    // say what kind of module it is.
    for (std::size_t i = 0; i < count; ++i)
        out.m_dark[i] = (code->data[i] & 1U) != 0;
    return out;
}

bool QrMatrix::isDark(int x, int y) const noexcept
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_dark[std::size_t(y) * std::size_t(m_size) + std::size_t(x)];
}

QImage QrMatrix::toImage(int moduleSize) const
{
    if (isEmpty() || moduleSize < 1)
        return {};
    const int side = (m_size + 2 * kQrQuietZone) * moduleSize;
    // Indexed: two colours, no interpolation anywhere.
    QImage image(side, side, QImage::Format_Mono);
    image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    image.fill(0);
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            const int left = (x + kQrQuietZone) * moduleSize;
            const int top = (y + kQrQuietZone) * moduleSize;
            for (int py = top; py < top + moduleSize; ++py)
                for (int px = left; px < left + moduleSize; ++px)
                    image.setPixel(px, py, 1);
        }
    }
    return image;
}

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    retranslate();
}

void QrCodeWidget::setData(const QByteArray &data)
{
    if (data == m_data)
        return;
    m_data = data;
    m_matrix = QrMatrix::encode(m_data);
    updateGeometry();
    update();
}

int QrCodeWidget::totalModules() const
{
    // Before there is data, reserve the size of a typical safety number code
    // (version 5) so that the layout does not jump.
    const int modules = m_matrix.isEmpty() ? 37 : m_matrix.size();
    return modules + 2 * kQrQuietZone;
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = totalModules() * kHintModulePixels;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    // Two pixels per module is the least a camera reliably resolves.
    const int side = totalModules() * 2;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (m_matrix.isEmpty())
        return;
    // Whole device pixels per module, so that no module is blurred.
    const qreal dpr = devicePixelRatioF();
    const int available = int(std::floor(qreal(std::min(width(), height())) * dpr));
    const int moduleSize = std::max(1, available / totalModules());
    QImage image = m_matrix.toImage(moduleSize);
    const int sideDevice = image.width();
    image.setDevicePixelRatio(dpr);
    // Centre on a whole device pixel.
    const int leftDevice = (int(std::floor(qreal(width()) * dpr)) - sideDevice) / 2;
    const int topDevice = (int(std::floor(qreal(height()) * dpr)) - sideDevice) / 2;
    QPainter painter(this);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.drawImage(QPointF(qreal(leftDevice) / dpr, qreal(topDevice) / dpr), image);
}

void QrCodeWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QrCodeWidget::retranslate()
{
    setAccessibleName(tr("Safety number code"));
    setAccessibleDescription(tr("A QR code that carries the same safety number, for scanning "
                                "instead of reading the digits aloud."));
}

QStringList readQrCodes(const QImage &image)
{
    using namespace zbar; // the C API, which the header puts in a namespace for C++
    if (image.isNull())
        return {};
    constexpr int kMaxSide = 4096;
    QImage grey =
        image.width() > kMaxSide || image.height() > kMaxSide
            ? image.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
            : image;
    grey = grey.convertToFormat(QImage::Format_Grayscale8);
    // zbar wants the rows packed: copy them without QImage's padding.
    const auto w = std::size_t(grey.width());
    const auto h = std::size_t(grey.height());
    std::vector<unsigned char> pixels(w * h);
    for (std::size_t y = 0; y < h; ++y)
        std::copy_n(grey.constScanLine(int(y)), w, pixels.begin() + std::ptrdiff_t(y * w));

    const std::unique_ptr<zbar_image_scanner_t, decltype(&zbar_image_scanner_destroy)> scanner(
        zbar_image_scanner_create(), &zbar_image_scanner_destroy);
    const std::unique_ptr<zbar_image_t, decltype(&zbar_image_destroy)> frame(zbar_image_create(),
                                                                             &zbar_image_destroy);
    if (!scanner || !frame)
        return {};
    // QR codes only: other symbologies would read noise as barcodes.
    zbar_image_scanner_set_config(scanner.get(), ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner.get(), ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_set_format(frame.get(), zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(frame.get(), unsigned(w), unsigned(h));
    zbar_image_set_data(frame.get(), pixels.data(), pixels.size(), nullptr);
    QStringList found;
    if (zbar_scan_image(scanner.get(), frame.get()) > 0) {
        for (const zbar_symbol_t *symbol = zbar_image_first_symbol(frame.get()); symbol;
             symbol = zbar_symbol_next(symbol))
            if (zbar_symbol_get_type(symbol) == ZBAR_QRCODE)
                found.append(QString::fromUtf8(zbar_symbol_get_data(symbol),
                                               qsizetype(zbar_symbol_get_data_length(symbol))));
    }
    return found;
}

} // namespace cove::ui
