package dev.kiln.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.kiln.model.internal.ModelText;

/**
 * modeltext.properties and the fields of ModelText hold the same keys; each text, and each rule message,
 * is quoted for its use.
 */
class ModelTextTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+\\}");

	@Test
	void everyFieldHasATextAndEveryTextAField() throws IOException {
		Set<String> fields = new TreeSet<>(Arrays.stream(ModelText.class.getFields())
				.filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class).map(Field::getName).toList());
		assertEquals(fields, texts().stringPropertyNames());
	}

	@Test
	void textsWithArgumentsDoubleTheirQuotesAndOthersDoNot() throws IOException {
		Properties texts = texts();
		List<String> wrong = new ArrayList<>();
		for (String key : texts.stringPropertyNames()) {
			String text = texts.getProperty(key);
			boolean bound = ARGUMENT.matcher(text).find();
			// bind (MessageFormat) drops a lone quote; a text used as written shows '' as two quotes
			String withoutPairs = text.replace("''", "");
			if (bound ? withoutPairs.replaceAll("'[{}]'", "").contains("'") : text.contains("''")) {
				wrong.add(key + " = " + text);
			}
		}
		assertTrue(wrong.isEmpty(), String.join("\n", wrong));
	}

	@Test
	void ruleMessagesDoubleTheirQuotes() throws IOException {
		// RuleMessages binds every rule message, with or without arguments
		Properties messages = load("/dev/kiln/model/internal/validation/messages.properties");
		List<String> wrong = messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).replace("''", "")
				.replaceAll("'[{}]'", "").contains("'")).map(key -> key + " = " + messages.getProperty(key)).toList();
		assertTrue(wrong.isEmpty(), String.join("\n", wrong));
	}

	@Test
	void bindKeepsNumbersAsTheyAre() {
		assertEquals("a whole number from -2147483648 to 2147483647",
				ModelText.bind(ModelText.XmlNames_wholeNumber, Integer.valueOf(Integer.MIN_VALUE), Integer.valueOf(Integer.MAX_VALUE)));
		assertEquals("8080 ('web')", ModelText.bind(ModelText.NetworkRules_namedPort, "8080", "web"));
	}

	private static Properties texts() throws IOException {
		return load("/dev/kiln/model/internal/modeltext.properties");
	}

	private static Properties load(String resource) throws IOException {
		Properties texts = new Properties();
		try (InputStream in = ModelText.class.getResourceAsStream(resource)) {
			texts.load(in);
		}
		return texts;
	}
}
