package org.triagegateway.documents;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files as an attacker makes them, built in code so that no bomb or payload sits in the
 * repository: a PNG whose text chunk inflates to gigabytes, pictures carrying a ZIP, an HTML
 * comment or a location, and a ZIP to append to anything.
 */
public final class Attacks {

    private Attacks() {
    }

    /** A picture with something in it, so that re-encoding has real pixels to keep. */
    public static byte[] picture(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A small PNG with a compressed chunk (zTXt, iTXt or iCCP) that inflates to {@code gigabytes}
     * of zeros (about 1 MB of chunk a gigabyte). Deflating gigabytes here would take seconds, so a deflated run of 16 MB
     * of zeros, ending on a byte boundary, is repeated: each copy is a whole set of blocks, and a
     * copy's back-references only ever reach zeros.
     */
    public static byte[] pngWithBomb(String chunk, int gigabytes) {
        int piece = 16 * 1024 * 1024;
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[piece]);
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
            run.write(buffer, 0, n);
        }
        deflater.end();
        long copies = gigabytes * 1024L * 1024 * 1024 / piece;
        ByteArrayOutputStream zlib = new ByteArrayOutputStream();
        zlib.write(0x78);
        zlib.write(0xDA);
        for (long i = 0; i < copies; i++) {
            zlib.writeBytes(run.toByteArray());
        }
        zlib.write(0x03); // a last, empty block with fixed codes
        zlib.write(0x00);
        long length = copies * piece;
        long adler = ((length % 65521) << 16) | 1; // Adler-32 of that many zeros
        zlib.writeBytes(ByteBuffer.allocate(4).putInt((int) adler).array());

        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes((chunk.equals("iCCP") ? "ICC profile" : "Comment").getBytes(StandardCharsets.ISO_8859_1));
        data.write(0); // end of keyword (or profile name)
        if (chunk.equals("iTXt")) {
            data.write(1); // compressed
            data.write(0); // deflate
            data.write(0); // no language tag
            data.write(0); // no translated keyword
        } else {
            data.write(0); // compression method: deflate
        }
        data.writeBytes(zlib.toByteArray());
        return withChunkAfterHeader(picture(40, 30, "png"), chunk, data.toByteArray());
    }

    /** The PNG with one more chunk straight after IHDR (signature 8 bytes, IHDR 25). */
    public static byte[] withChunkAfterHeader(byte[] png, String type, byte[] data) {
        int at = 8 + 25;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, at);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        out.write(png, at, png.length - at);
        return out.toByteArray();
    }

    /** A ZIP holding a web page: appended to a picture or PDF it makes a polyglot. */
    public static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.html"));
            zip.write("<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    /** The JPEG with a segment (marker, then its data) straight after the start-of-image marker. */
    static byte[] jpegWithSegment(byte[] jpeg, int marker, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(marker);
        out.writeBytes(ByteBuffer.allocate(2).putShort((short) (data.length + 2)).array());
        out.writeBytes(data);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A JPEG with a comment (COM segment) that a browser would run if it took the file for HTML. */
    public static byte[] jpegWithHtmlComment() {
        return jpegWithSegment(picture(60, 40, "jpeg"), 0xFE,
                "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII));
    }

    /** The latitude a phone writes, as the bytes of its three rationals: 51/1 deg, 30/1 min, 2634/100 sec. */
    public static final byte[] LATITUDE = ByteBuffer.allocate(24).putInt(51).putInt(1).putInt(30).putInt(1).putInt(2634)
            .putInt(100).array();

    /** A JPEG with EXIF (APP1) giving where it was taken: GPS latitude 51 deg 30' 26.34" N. */
    public static byte[] jpegWithGpsLocation() {
        // big-endian TIFF: IFD0 at 8 with one entry (GPS IFD pointer), GPS IFD at 26 with two entries, rationals at 56
        ByteBuffer tiff = ByteBuffer.allocate(80);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[]{'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
        tiff.putInt(0);
        tiff.put(LATITUDE);
        byte[] app1 = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff.array());
        return jpegWithSegment(picture(60, 40, "jpeg"), 0xE1, app1);
    }

    public static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    public static boolean contains(byte[] haystack, String ascii) {
        return contains(haystack, ascii.getBytes(StandardCharsets.ISO_8859_1));
    }
}
