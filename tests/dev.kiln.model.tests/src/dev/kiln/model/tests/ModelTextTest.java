package dev.kiln.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.model.internal.ModelText;
import dev.kiln.testsupport.TextClassTestCase;
import dev.kiln.testsupport.TextProperties;

/**
 * modeltext.properties and the fields of ModelText hold the same keys; each text, and each rule message,
 * is quoted for its use.
 */
class ModelTextTest extends TextClassTestCase {

	ModelTextTest() {
		super(ModelText.class, "modeltext.properties");
	}

	@Test
	void ruleMessagesDoubleTheirQuotes() {
		// RuleMessages binds every rule message, with or without arguments
		assertEquals(List.of(), TextProperties.of(ModelText.class, "validation/messages.properties").wronglyQuotedAllBound());
	}

	@Test
	void bindKeepsNumbersAsTheyAre() {
		assertEquals("a whole number from -2147483648 to 2147483647",
				ModelText.bind(ModelText.XmlNames_wholeNumber, Integer.valueOf(Integer.MIN_VALUE), Integer.valueOf(Integer.MAX_VALUE)));
		assertEquals("8080 ('web')", ModelText.bind(ModelText.NetworkRules_namedPort, "8080", "web"));
	}
}
