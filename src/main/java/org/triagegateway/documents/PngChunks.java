package org.triagegateway.documents;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Walks a PNG's chunks without inflating any of them. A compressed text or colour-profile chunk
 * can inflate a thousandfold (2 MB of zTXt became 2 GB of heap and 9 s when the picture reader
 * read it), and nothing we keep needs them: the picture is re-encoded without them. A camera's or
 * scanner's are a few kilobytes, so anything far larger is refused before any decoder sees it.
 */
final class PngChunks {

    /** Compressed ancillary chunks: the ones a reader inflates to build metadata. */
    private static final Set<String> COMPRESSED = Set.of("zTXt", "iTXt", "iCCP");
    /** Far above a real ICC profile or XMP packet (a few kilobytes to tens of kilobytes). */
    static final int COMPRESSED_BUDGET = 256 * 1024;
    private static final int SIGNATURE = 8;
    /** Length, type and CRC around each chunk's data. */
    private static final int FRAMING = 12;

    private PngChunks() {
    }

    /** @throws RefusedDocumentException when the chunks do not hold together or carry too much compressed metadata */
    static void check(byte[] png) {
        ByteBuffer in = ByteBuffer.wrap(png);
        int at = SIGNATURE;
        long compressed = 0;
        boolean first = true;
        while (true) {
            if (png.length - at < FRAMING) {
                throw new RefusedDocumentException("The picture is damaged and cannot be opened.");
            }
            long length = Integer.toUnsignedLong(in.getInt(at));
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > png.length - at - FRAMING || (first && !type.equals("IHDR"))) {
                throw new RefusedDocumentException("The picture is damaged and cannot be opened.");
            }
            if (COMPRESSED.contains(type)) {
                compressed += length;
                if (compressed > COMPRESSED_BUDGET) {
                    throw new RefusedDocumentException("The picture carries far more hidden data (compressed text or a colour "
                            + "profile) than a photo or scan does, which we do not accept. Take the photo or scan again, or "
                            + "save it as a JPEG.");
                }
            }
            if (type.equals("IEND")) {
                // anything after this is not part of the picture, and is not kept: the picture is re-encoded
                return;
            }
            at += FRAMING + (int) length;
            first = false;
        }
    }
}
