package dev.kiln.image.format;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import dev.kiln.image.internal.ImageText;

/**
 * A disk image file is not what its format says it must be. Names the file, the byte offset at
 * which the problem was found and what is wrong, so the message alone locates it.
 */
public final class DiskFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	/** What kind of problem the file has. */
	public enum Kind {
		/** The file ends before a structure it must contain. */
		TRUNCATED,
		/** The file does not start with the format's magic number. */
		BAD_MAGIC,
		/** A version, flag or parameter this reader does not support. */
		UNSUPPORTED,
		/** A directory, table or grain pointer points past the end of the file. */
		POINTER_PAST_EOF,
		/** A grain's own marker disagrees with the table entry that points to it. */
		LBA_MISMATCH,
		/** Compressed data does not decompress to what it must. */
		CORRUPT_DATA
	}

	private final transient Path file;
	private final long offset;
	private final Kind kind;

	/**
	 * @param file   the image file
	 * @param offset the byte offset in {@code file} where the problem is
	 * @param kind   the kind of problem
	 * @param what   what is wrong, in words
	 */
	public DiskFormatException(Path file, long offset, Kind kind, String what) {
		super(ImageText.bind(ImageText.DiskFormatException_message, file, offset, Long.toHexString(offset), what));
		this.file = Objects.requireNonNull(file);
		this.offset = offset;
		this.kind = Objects.requireNonNull(kind);
	}

	/** The image file. */
	public Path file() {
		return file;
	}

	/** The byte offset in the file where the problem is. */
	public long offset() {
		return offset;
	}

	/** The kind of problem. */
	public Kind kind() {
		return kind;
	}
}
