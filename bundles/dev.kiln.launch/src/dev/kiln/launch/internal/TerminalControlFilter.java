package dev.kiln.launch.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A serial console's output as the Console view can show it: the Platform console interprets the colour sequences
 * (SGR, {@code ESC [ … m}), which pass; the terminal's other control sequences it would show raw, so they are left
 * out: the other CSI sequences (cursor, erase, {@code ESC [ ! p}, the soft reset systemd sends at start), operating
 * system commands ({@code ESC ] … BEL} or {@code … ESC \}, e.g. the palette reset {@code ESC ] 104}) and the
 * two- and three-byte escapes ({@code ESC c}, {@code ESC ( B}). A sequence split over reads is recognised whole.
 */
final class TerminalControlFilter extends FilterInputStream {

	private static final int ESC = 0x1b;
	private static final int BEL = 0x07;
	/** A sequence longer than this is no sequence: what was held back passes as text. */
	private static final int MAX_SEQUENCE = 256;

	private enum State {
		TEXT, ESCAPE, CSI, OSC, OSC_ESCAPE, CHARSET
	}

	private State state = State.TEXT;
	/** The bytes of the sequence being read, from its ESC. */
	private final ByteArrayOutputStream sequence = new ByteArrayOutputStream();
	private byte[] pending = new byte[0];
	private int pendingAt;

	TerminalControlFilter(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		byte[] one = new byte[1];
		int read = read(one, 0, 1);
		return read < 0 ? -1 : one[0] & 0xff;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (pendingAt >= pending.length) {
			byte[] raw = new byte[Math.max(length, 4096)];
			int read = in.read(raw, 0, raw.length);
			if (read < 0) {
				// the end: a sequence cut off passes as it came
				if (sequence.size() == 0) {
					return -1;
				}
				pending = sequence.toByteArray();
				sequence.reset();
				state = State.TEXT;
			} else {
				pending = filter(raw, read);
			}
			pendingAt = 0;
		}
		int count = Math.min(length, pending.length - pendingAt);
		System.arraycopy(pending, pendingAt, buffer, offset, count);
		pendingAt += count;
		return count;
	}

	@Override
	public int available() throws IOException {
		return pending.length - pendingAt;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	/** The shown bytes of {@code count} bytes read; a sequence not complete yet is kept for the next read. */
	byte[] filter(byte[] raw, int count) {
		ByteArrayOutputStream shown = new ByteArrayOutputStream(count);
		for (int i = 0; i < count; i++) {
			int b = raw[i] & 0xff;
			switch (state) {
				case TEXT -> {
					if (b == ESC) {
						sequence.write(b);
						state = State.ESCAPE;
					} else {
						shown.write(b);
					}
				}
				case ESCAPE -> {
					sequence.write(b);
					if (b == '[') {
						state = State.CSI;
					} else if (b == ']') {
						state = State.OSC;
					} else if (b == '(' || b == ')' || b == '*' || b == '+' || b == '#' || b == '%') {
						state = State.CHARSET;
					} else {
						drop(); // ESC c, ESC 7, ESC =, …
					}
				}
				case CSI -> {
					sequence.write(b);
					if (b >= 0x40 && b <= 0x7e) {
						byte[] csi = sequence.toByteArray();
						if (b == 'm' && isPlainParameters(csi)) {
							shown.write(csi, 0, csi.length); // a colour: the console's ANSI support shows it
						}
						drop();
					} else if (b < 0x20 || b > 0x7e || sequence.size() > MAX_SEQUENCE) {
						release(shown);
					}
				}
				case OSC -> {
					sequence.write(b);
					if (b == BEL) {
						drop();
					} else if (b == ESC) {
						state = State.OSC_ESCAPE;
					} else if (sequence.size() > MAX_SEQUENCE) {
						release(shown);
					}
				}
				case OSC_ESCAPE -> {
					sequence.write(b);
					drop(); // ESC \ ends it; anything else after ESC ends it too
				}
				case CHARSET -> {
					sequence.write(b);
					drop();
				}
			}
		}
		return shown.toByteArray();
	}

	/** {@code ESC [} digits and semicolons {@code m}: no private marker ({@code ?}, {@code >}, {@code !}) or intermediate. */
	private static boolean isPlainParameters(byte[] csi) {
		for (int i = 2; i < csi.length - 1; i++) {
			if (!(csi[i] >= '0' && csi[i] <= '9' || csi[i] == ';')) {
				return false;
			}
		}
		return true;
	}

	private void drop() {
		sequence.reset();
		state = State.TEXT;
	}

	/** Not a sequence after all: what was held back is text. */
	private void release(ByteArrayOutputStream shown) {
		byte[] held = sequence.toByteArray();
		shown.write(held, 0, held.length);
		drop();
	}
}
