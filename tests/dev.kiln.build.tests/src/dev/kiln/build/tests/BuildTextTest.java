package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.build.internal.BuildText;
import dev.kiln.testsupport.TextProperties;

/** buildtext.properties and the fields of BuildText hold the same keys, each text quoted for its use. */
class BuildTextTest {

	private static final TextProperties TEXTS = TextProperties.of(BuildText.class, "buildtext.properties");

	@Test
	void everyFieldHasATextAndEveryTextAField() {
		assertEquals(TEXTS.fields(), TEXTS.keys());
	}

	@Test
	void textsWithArgumentsDoubleTheirQuotesAndOthersDoNot() {
		assertEquals(List.of(), TEXTS.wronglyQuoted());
	}

	@Test
	void anUnknownPackageIsNamedInQuotes() {
		assertEquals("Package 'no-such-package-kiln' is not in Debian trixie; nothing was built",
				BuildText.bind(BuildText.ApplianceBuild_unknownPackage, "no-such-package-kiln", "Debian trixie"));
	}
}
