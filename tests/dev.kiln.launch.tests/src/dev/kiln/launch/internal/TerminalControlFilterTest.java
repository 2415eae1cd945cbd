package dev.kiln.launch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** What of a serial console's bytes the Console view gets: colours and text, no other terminal control. */
class TerminalControlFilterTest {

	private static final String ESC = "\u001b";
	/** What a trixie guest's systemd writes as it starts on a serial console, then a coloured status line and UTF-8 text. */
	private static final String CONSOLE = "Begin: Running /scripts/init-bottom ... done.\n" + ESC + "[!p" + ESC + "]104\u0007\n"
			+ "Welcome to " + ESC + "[1mDebian GNU/Linux 13 (trixie)" + ESC + "[0m!\n" + "[  " + ESC + "[0;32m  OK  " + ESC
			+ "[0m] Reached target " + ESC + "[0;1;39mbasic.target" + ESC + "[0m.\n" + ESC + "[?25l" + ESC + "[2K" + ESC + "c" + ESC + "(B"
			+ ESC + "]0;title" + ESC + "\\" + "Grüße, KILN-READY hello-appliance\n";
	private static final String SHOWN = "Begin: Running /scripts/init-bottom ... done.\n\n" + "Welcome to " + ESC + "[1mDebian GNU/Linux 13 (trixie)"
			+ ESC + "[0m!\n" + "[  " + ESC + "[0;32m  OK  " + ESC + "[0m] Reached target " + ESC + "[0;1;39mbasic.target" + ESC + "[0m.\n"
			+ "Grüße, KILN-READY hello-appliance\n";

	/** Reads everything through the filter, the underlying stream giving at most {@code chunk} bytes a read. */
	private static String filtered(byte[] raw, int chunk) throws IOException {
		InputStream trickle = new ByteArrayInputStream(raw) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, Math.min(len, chunk));
			}
		};
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (InputStream in = new TerminalControlFilter(trickle)) {
			byte[] buffer = new byte[7];
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				out.write(buffer, 0, read);
			}
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void coloursAndTextPassAndTheOtherControlsAreLeftOut() throws IOException {
		assertEquals(SHOWN, filtered(CONSOLE.getBytes(StandardCharsets.UTF_8), 4096));
	}

	@Test
	void aSequenceSplitOverReadsIsRecognisedWhole() throws IOException {
		byte[] raw = CONSOLE.getBytes(StandardCharsets.UTF_8);
		for (int chunk = 1; chunk <= 5; chunk++) {
			assertEquals(SHOWN, filtered(raw, chunk), "reads of " + chunk + " byte(s)");
		}
	}

	@Test
	void anEscapeThatStartsNoSequenceAndACutOffSequencePassAsText() throws IOException {
		assertEquals("a" + ESC + "[12\nb", filtered(("a" + ESC + "[12\nb").getBytes(StandardCharsets.UTF_8), 2));
		assertEquals("end " + ESC + "[3", filtered(("end " + ESC + "[3").getBytes(StandardCharsets.UTF_8), 3));
	}
}
