package dev.kiln.image.internal;

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

/** imagetext.properties and the fields of ImageText hold the same keys, each text quoted for its use. */
class ImageTextTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+\\}");

	@Test
	void everyFieldHasATextAndEveryTextAField() throws IOException {
		Set<String> fields = new TreeSet<>(Arrays.stream(ImageText.class.getFields())
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
	void bindKeepsNumbersAsTheyAre() {
		assertEquals("Cannot write to /out: 9679304 bytes", ImageText.bind(ImageText.ImageEngine_cannotWrite, "/out", "9679304 bytes"));
		assertEquals("The partition root does not fit on a disk of 1048576 MiB.",
				ImageText.bind(ImageText.DiskAssembler_doesNotFit, "root", Long.valueOf(1048576)));
	}

	private static Properties texts() throws IOException {
		Properties texts = new Properties();
		try (InputStream in = ImageText.class.getResourceAsStream("imagetext.properties")) {
			texts.load(in);
		}
		return texts;
	}
}
