package org.triagegateway.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A PDF as PDFBox reads it: refused if password-protected, without pages or with too many, or if
 * anything reachable from its trailer can run, fetch or carry something. Every object is visited,
 * once, so an action is found wherever it hangs: the document's OpenAction, a page's or an
 * annotation's /A and /AA, a bookmark (outline item), a form field, a name tree.
 */
final class PdfContent {

    /**
     * What a PDF's streams may inflate to while it is read (object and cross-reference streams: the
     * check decodes no page or picture): a small file that unpacks to gigabytes is a bomb, and what
     * it unpacks to is parsed into objects, each many times its size in memory.
     */
    private static final long MAX_PDF_MEMORY = 16L * 1024 * 1024;
    /** A 200-page statement has some thousands of objects; millions are a bomb of another kind. */
    static final int MAX_OBJECTS = 250_000;
    private static final Duration MAX_TIME = Duration.ofSeconds(10);
    static final int MAX_PAGES = 200;
    /** Keys that are trouble wherever they are: scripts, forms that run elsewhere, embedded files (EF in a file specification). */
    private static final Set<COSName> KEYS = names("JS", "JavaScript", "XFA", "EmbeddedFiles", "EF", "RichMediaContent");
    /** Action types (/S) that run a script or program, open a web address or another file, or send the form somewhere. */
    private static final Set<COSName> ACTIONS = names("JavaScript", "Launch", "URI", "SubmitForm", "ImportData", "GoToE", "GoToR",
            "RichMediaExecute", "Rendition", "Movie", "Sound");
    /** Annotation subtypes that carry a file or media: an .exe can ride in a FileAttachment on any page. */
    private static final Set<COSName> SUBTYPES = names("FileAttachment", "RichMedia", "Movie", "Sound", "Screen", "3D");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");

    private PdfContent() {
    }

    static void check(byte[] content) {
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(content), "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_PDF_MEMORY).streamCache)) {
            if (pdf.isEncrypted()) {
                throw new RefusedDocumentException("The PDF is protected with a password or encryption. Save or print it "
                        + "again without protection.");
            }
            if (pdf.getNumberOfPages() == 0 || pdf.getNumberOfPages() > MAX_PAGES) {
                throw new RefusedDocumentException("The PDF has no pages, or more than " + MAX_PAGES + ".");
            }
            if (active(pdf.getDocument().getTrailer())) {
                throw new RefusedDocumentException("The PDF contains JavaScript, attached files, links to websites or actions "
                        + "that open other documents or programs, which we do not accept. Scan or photograph the paper copy, "
                        + "or print it to a new PDF without them.");
            }
        } catch (InvalidPasswordException e) {
            throw new RefusedDocumentException("The PDF is protected with a password. Save or print it again without one.");
        } catch (IOException | StackOverflowError e) {
            // StackOverflowError: objects nested thousands deep, which the parser follows by recursion
            throw new RefusedDocumentException("The PDF is damaged and cannot be opened.");
        }
    }

    /** Walks every object reachable from the trailer, once each, looking for something active, within a budget. */
    private static boolean active(COSDictionary trailer) {
        Map<COSBase, Boolean> seen = new IdentityHashMap<>();
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(trailer);
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        while (!todo.isEmpty()) {
            if (seen.size() > MAX_OBJECTS || todo.size() > MAX_OBJECTS || System.nanoTime() > deadline) {
                throw new RefusedDocumentException("The PDF is too complex to check. Scan or photograph the paper copy, "
                        + "or print it to a new PDF.");
            }
            COSBase object = todo.pop();
            COSBase direct = object instanceof COSObject o ? o.getObject() : object;
            if (direct == null || seen.put(direct, Boolean.TRUE) != null) {
                continue;
            }
            if (direct instanceof COSDictionary dictionary) {
                if (activeItself(dictionary)) {
                    return true;
                }
                dictionary.getValues().forEach(todo::push);
            } else if (direct instanceof COSArray array) {
                array.forEach(todo::push);
            }
        }
        return false;
    }

    private static boolean activeItself(COSDictionary dictionary) {
        for (COSName key : dictionary.keySet()) {
            if (KEYS.contains(key)) {
                return true;
            }
        }
        return in(ACTIONS, dictionary.getDictionaryObject(COSName.S)) || in(SUBTYPES, dictionary.getDictionaryObject(COSName.SUBTYPE))
                || EMBEDDED_FILE.equals(dictionary.getDictionaryObject(COSName.TYPE));
    }

    /** Set.of(...).contains(null) throws, and most dictionaries have no /S or /Subtype. */
    private static boolean in(Set<COSName> names, COSBase value) {
        return value instanceof COSName name && names.contains(name);
    }

    private static Set<COSName> names(String... names) {
        return Set.of(java.util.Arrays.stream(names).map(COSName::getPDFName).toArray(COSName[]::new));
    }
}
