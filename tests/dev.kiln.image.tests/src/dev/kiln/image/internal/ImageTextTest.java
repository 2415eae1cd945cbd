package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.kiln.testsupport.TextClassTestCase;

/** imagetext.properties and the fields of ImageText hold the same keys, each text quoted for its use. */
class ImageTextTest extends TextClassTestCase {

	ImageTextTest() {
		super(ImageText.class, "imagetext.properties");
	}

	@Test
	void bindKeepsNumbersAsTheyAre() {
		assertEquals("Cannot write to /out: 9679304 bytes", ImageText.bind(ImageText.ImageEngine_cannotWrite, "/out", "9679304 bytes"));
		assertEquals("The partition root does not fit on a disk of 1048576 MiB.",
				ImageText.bind(ImageText.DiskAssembler_doesNotFit, "root", Long.valueOf(1048576)));
	}
}
