package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.kiln.publish.internal.PublishText;
import dev.kiln.testsupport.TextClassTestCase;

/** publishtext.properties and the fields of PublishText hold the same keys, each text quoted for its use. */
class PublishTextTest extends TextClassTestCase {

	PublishTextTest() {
		super(PublishText.class, "publishtext.properties");
	}

	@Test
	void bindKeepsNumbersAsTheyAre() {
		assertEquals("Resuming the upload of disk.qcow2 at byte 1073741824.",
				PublishText.bind(PublishText.Oci_resuming, "disk.qcow2", Long.valueOf(1L << 30)));
	}
}
