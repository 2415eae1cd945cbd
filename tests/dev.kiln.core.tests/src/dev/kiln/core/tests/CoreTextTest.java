package dev.kiln.core.tests;

import dev.kiln.core.internal.CoreText;
import dev.kiln.testsupport.TextClassTestCase;

/** coretext.properties and the fields of CoreText hold the same keys, each text quoted for its use (NLS.bind or as written). */
class CoreTextTest extends TextClassTestCase {

	CoreTextTest() {
		super(CoreText.class, "coretext.properties");
	}
}
