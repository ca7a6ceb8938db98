package org.triagegateway.kiosk;

import io.nayuki.qrcodegen.QrCode;

import static org.triagegateway.web.Markup.escape;

/**
 * The reference as a QR code, drawn as SVG on the server: an adviser's scanner reads the same
 * nine characters the person can read aloud. It holds the reference and nothing else.
 */
final class ReferenceQrCode {

    /** The blank margin the QR standard asks for, in modules. */
    private static final int QUIET_ZONE = 4;

    private ReferenceQrCode() {
    }

    /** @param label the accessible name, e.g. "QR code of your reference" (plain text, escaped here) */
    static String svg(String reference, String label) {
        QrCode qr = QrCode.encodeText(reference, QrCode.Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"tg-qr\" role=\"img\" aria-labelledby=\"tg-qr-title\" "
                + "viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<title id=\"tg-qr-title\">" + escape(label) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path fill=\"#0b0c0c\" d=\"" + path + "\"/></svg>";
    }
}
