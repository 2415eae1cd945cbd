package dev.kiln.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.core.internal.CoreText;
import dev.kiln.testsupport.TextProperties;

/** coretext.properties and the fields of CoreText hold the same keys, each text quoted for its use (NLS.bind or as written). */
class CoreTextTest {

	private static final TextProperties TEXTS = TextProperties.of(CoreText.class, "coretext.properties");

	@Test
	void everyFieldHasATextAndEveryTextAField() {
		assertEquals(TEXTS.fields(), TEXTS.keys());
	}

	@Test
	void textsWithArgumentsDoubleTheirQuotesAndOthersDoNot() {
		assertEquals(List.of(), TEXTS.wronglyQuoted());
	}
}
