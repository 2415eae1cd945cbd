package dev.kiln.image.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A disk as the format writers read it: a size and the pieces that have bytes, each at its offset, the
 * rest zeros. A raw disk file is one piece; a disk being built is its partition tables and its partition
 * images side by side (a virtual concatenation), so that writing qcow2 or VMDK never needs a raw disk
 * written first, and gaps between the pieces are zeros that are never read from any file.
 */
public final class DiskImage {

	/** Bytes of the disk from {@code offset}: {@code length} bytes of {@code file} from {@code fileOffset}, or {@code bytes}. */
	public record Piece(long offset, long length, Path file, long fileOffset, byte[] bytes) {

		/** Checks the piece. */
		public Piece {
			if (offset < 0 || length < 0 || (file == null) == (bytes == null) || bytes != null && bytes.length != length) {
				throw new IllegalArgumentException("a piece is a file region or bytes at an offset"); //$NON-NLS-1$
			}
		}

		long end() {
			return offset + length;
		}
	}

	private final String name;
	private final long size;
	private final List<Piece> pieces;

	/**
	 * A disk of {@code size} bytes made of {@code pieces}, which must not overlap nor reach past the end.
	 *
	 * @param name  the disk's name in messages (a file name)
	 */
	public DiskImage(String name, long size, List<Piece> pieces) {
		this.name = Objects.requireNonNull(name);
		this.size = size;
		List<Piece> sorted = new ArrayList<>(pieces);
		sorted.sort(Comparator.comparingLong(Piece::offset));
		long end = 0;
		for (Piece piece : sorted) {
			if (piece.offset() < end || piece.end() > size) {
				throw new IllegalArgumentException("pieces of a disk overlap or pass its end at " + piece.offset()); //$NON-NLS-1$
			}
			end = piece.end();
		}
		this.pieces = List.copyOf(sorted);
	}

	/** A raw disk file as a disk: the file's bytes, its size the disk's. */
	public static DiskImage of(Path raw) throws IOException {
		long size = Files.size(raw);
		return new DiskImage(raw.toString(), size, List.of(new Piece(0, size, raw, 0, null)));
	}

	/** The disk's name in messages. */
	public String name() {
		return name;
	}

	/** The size in bytes. */
	public long size() {
		return size;
	}

	/** The pieces in order of offset. */
	public List<Piece> pieces() {
		return pieces;
	}
}
