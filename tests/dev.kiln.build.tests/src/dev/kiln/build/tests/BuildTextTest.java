package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.kiln.build.internal.BuildText;
import dev.kiln.testsupport.TextClassTestCase;

/** buildtext.properties and the fields of BuildText hold the same keys, each text quoted for its use. */
class BuildTextTest extends TextClassTestCase {

	BuildTextTest() {
		super(BuildText.class, "buildtext.properties");
	}

	@Test
	void anUnknownPackageIsNamedInQuotes() {
		assertEquals("Package 'no-such-package-kiln' is not in Debian trixie; nothing was built",
				BuildText.bind(BuildText.ApplianceBuild_unknownPackage, "no-such-package-kiln", "Debian trixie"));
	}
}
