package dev.kiln.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The base of a bundle's texts test (ImageTextTest, CoreTextTest…): the text class and its properties
 * file hold the same keys, and each text is quoted for how it is used. A subclass names the two and adds
 * the tests of its own texts.
 */
public abstract class TextClassTestCase {

	/** The text class and its properties file, for the subclass's own tests. */
	protected final TextProperties texts;

	protected TextClassTestCase(Class<?> textClass, String resource) {
		texts = TextProperties.of(textClass, resource);
	}

	@Test
	public void everyFieldHasATextAndEveryTextAField() {
		assertEquals(texts.fields(), texts.keys());
	}

	@Test
	public void textsWithArgumentsDoubleTheirQuotesAndOthersDoNot() {
		assertEquals(List.of(), texts.wronglyQuoted());
	}
}
