package dev.kiln.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.kiln.launch.internal.ReadySigns;

/** The console output that says an appliance is ready. */
class ReadySignsTest {

	@Test
	void theAppliancesMarkerIsASign() {
		ReadySigns signs = new ReadySigns("hello-appliance");

		assertEquals(Optional.empty(), signs.accept("[  OK  ] Started hello.service\r\n"));
		assertEquals(Optional.of("KILN-READY hello-appliance"), signs.accept("KILN-READY hello-appliance\r\n"));
	}

	@Test
	void aMarkerSplitAcrossPiecesOfOutputIsFound() {
		ReadySigns signs = new ReadySigns("hello-appliance");

		assertEquals(Optional.empty(), signs.accept("booting...\nKILN-RE"));
		assertEquals(Optional.empty(), signs.accept("ADY hello-"));
		assertEquals(Optional.of("KILN-READY hello-appliance"), signs.accept("appliance\n"));
	}

	@Test
	void anotherAppliancesMarkerIsNoSign() {
		assertEquals(Optional.empty(), new ReadySigns("hello-appliance").accept("KILN-READY other-appliance\n"));
	}

	@Test
	void aLoginPromptIsASign() {
		ReadySigns signs = new ReadySigns("db");

		assertEquals(Optional.of("db login:"), signs.accept("\r\nDebian GNU/Linux 13 db ttyS0\r\n\r\ndb login: "));
	}
}
