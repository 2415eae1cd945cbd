package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.cli.internal.CliText;
import dev.kiln.testsupport.TextProperties;

/** clitext.properties and the fields of CliText hold the same keys, each text quoted for its use (NLS.bind or as written). */
class CliTextTest {

	private static final TextProperties TEXTS = TextProperties.of(CliText.class, "clitext.properties");

	@Test
	void everyFieldHasATextAndEveryTextAField() {
		assertEquals(TEXTS.fields(), TEXTS.keys());
	}

	@Test
	void textsWithArgumentsDoubleTheirQuotesAndOthersDoNot() {
		assertEquals(List.of(), TEXTS.wronglyQuoted());
	}
}
