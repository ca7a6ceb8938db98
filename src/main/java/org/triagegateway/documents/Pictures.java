package org.triagegateway.documents;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A JPEG or PNG decoded and encoded again as the same format, so that only the picture is kept:
 * not EXIF (with a phone's GPS position), comments, text chunks, colour profiles, data after the
 * end of the image or a second file riding along (a polyglot). The reader is told to ignore
 * metadata, so a compressed text chunk is never inflated, and is stopped after a fixed time.
 * <p>
 * The EXIF orientation goes with the rest of the EXIF: a phone photo taken sideways is stored as
 * the sensor saw it, and staff may have to turn it when they view it. The colour profile goes too:
 * the pixels are kept as decoded, which for evidence (a document, a letter) is good enough.
 */
final class Pictures {

    static final int MAX_PIXELS_A_SIDE = 12_000;
    /** A 40-megapixel photo is a large phone's; more, from a small file, is a decompression bomb. */
    static final long MAX_PIXELS = 40_000_000L;
    /** What is kept: plenty to read a document, and at most 64 MB of pixels (int RGB) in memory at once. */
    static final long KEPT_PIXELS = 16_000_000L;
    /** A large phone photo decodes in a second or two, even on a busy machine; longer means something is wrong. */
    private static final long DECODE_NANOS = 10_000_000_000L;
    private static final float JPEG_QUALITY = 0.9f;
    /** A progressive JPEG has about ten scans; a camera's baseline JPEG one. */
    static final int MAX_SCANS = 100;

    private Pictures() {
    }

    /** @param format "jpeg" or "png" @return the picture encoded again, in the same format, with nothing else */
    static byte[] reencode(byte[] content, String format) {
        try {
            return write(read(content, format), format);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedDocumentException refused) {
                throw refused;
            }
            throw new RefusedDocumentException("The picture is damaged and cannot be opened.");
        }
    }

    private static BufferedImage read(byte[] content, String format) throws IOException {
        if (format.equals("jpeg") && scans(content) > MAX_SCANS) {
            // each scan of a progressive JPEG is decoded before the first progress report, so the
            // deadline below never sees thousands of them: counted first instead
            throw new RefusedDocumentException("The picture is damaged and cannot be opened.");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName(format).next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_PIXELS_A_SIDE || height > MAX_PIXELS_A_SIDE || (long) width * height > MAX_PIXELS) {
                    throw new RefusedDocumentException("The picture is too large (" + width + " by " + height
                            + " pixels). Take it again at a lower resolution.");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / KEPT_PIXELS)));
                param.setSourceSubsampling(step, step, 0, 0);
                Deadline deadline = new Deadline(System.nanoTime() + DECODE_NANOS);
                reader.addIIOReadProgressListener(deadline);
                BufferedImage image = reader.read(0, param);
                if (image == null || deadline.aborted) {
                    throw new IOException("not decoded");
                }
                return image;
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] write(BufferedImage image, String format) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("jpeg")) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // no metadata passed: the writer adds only what the format needs (JFIF for JPEG, IHDR for PNG)
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Stops a decode that runs past its time: the reader checks for this between rows. */
    private static final class Deadline implements IIOReadProgressListener {
        private final long at;
        private boolean aborted;

        Deadline(long at) {
            this.at = at;
        }

        @Override
        public void imageProgress(ImageReader source, float percentageDone) {
            if (System.nanoTime() > at) {
                source.abort();
            }
        }

        @Override
        public void readAborted(ImageReader source) {
            aborted = true;
        }

        @Override
        public void sequenceStarted(ImageReader source, int minIndex) {
        }

        @Override
        public void sequenceComplete(ImageReader source) {
        }

        @Override
        public void imageStarted(ImageReader source, int imageIndex) {
        }

        @Override
        public void imageComplete(ImageReader source) {
        }

        @Override
        public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
        }

        @Override
        public void thumbnailProgress(ImageReader source, float percentageDone) {
        }

        @Override
        public void thumbnailComplete(ImageReader source) {
        }
    }

    /** Start-of-scan markers (FF DA): inside coded data an FF is always followed by 00 or a restart marker. */
    static int scans(byte[] jpeg) {
        int scans = 0;
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && jpeg[i + 1] == (byte) 0xDA) {
                scans++;
            }
        }
        return scans;
    }
}
