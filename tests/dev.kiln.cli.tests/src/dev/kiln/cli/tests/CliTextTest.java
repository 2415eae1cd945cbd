package dev.kiln.cli.tests;

import dev.kiln.cli.internal.CliText;
import dev.kiln.testsupport.TextClassTestCase;

/** clitext.properties and the fields of CliText hold the same keys, each text quoted for its use (NLS.bind or as written). */
class CliTextTest extends TextClassTestCase {

	CliTextTest() {
		super(CliText.class, "clitext.properties");
	}
}
