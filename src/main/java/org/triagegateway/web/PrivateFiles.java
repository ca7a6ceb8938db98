package org.triagegateway.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Secrets kept in files (the database's passwords, the audit key, a backup): readable by the
 * service's user alone from the moment they exist, and written so that a crash or a power cut
 * leaves the old file or the new one whole, never an empty one.
 */
public final class PrivateFiles {

    public static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private PrivateFiles() {
    }

    /** A new file readable by its owner alone (on a file system without POSIX permissions, the folder's apply). */
    public static Path create(Path file) throws IOException {
        return posix() ? Files.createFile(file, OWNER_ONLY) : Files.createFile(file);
    }

    /** Writes {@code text} to a new file beside {@code file}, forces it to disk, moves it into place and forces the folder. */
    public static void writeDurably(Path file, String text) {
        Path folder = file.toAbsolutePath().getParent();
        Path partial = folder.resolve(file.getFileName() + ".new");
        try {
            Files.deleteIfExists(partial);
            create(partial);
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep " + file, e);
        }
    }

    /** The rename itself is only on disk once the folder is. */
    public static void forceFolder(Path folder) throws IOException {
        if (posix()) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
