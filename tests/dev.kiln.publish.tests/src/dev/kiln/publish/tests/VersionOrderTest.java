package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.publish.internal.storefront.VersionOrder;

/** The storefront orders releases as versions, not as the registry lists tags (in string order). */
class VersionOrderTest {

	@Test
	void numbersCompareByValueAndAPreReleaseComesBeforeItsRelease() {
		List<String> expected = List.of("0.9", "1.0.0-alpha", "1.0.0-alpha.2", "1.0.0-alpha.10", "1.0.0-beta", "1.0.0", "1.0.1", "1.9.0",
				"1.10.0", "v2.0.0", "10.0.0");
		List<String> shuffled = new ArrayList<>(expected);
		Collections.reverse(shuffled);
		shuffled.sort(VersionOrder.OLDEST_FIRST);
		assertEquals(expected, shuffled);
	}

	@Test
	void buildMetadataIsIgnoredAndTextThatIsNoVersionStillHasOneOrder() {
		List<String> tags = new ArrayList<>(List.of("latest", "1.0.0+build.7", "1.0.0", "edge", "1.0.0+build.10"));
		tags.sort(VersionOrder.OLDEST_FIRST);
		assertEquals(List.of("1.0.0", "1.0.0+build.10", "1.0.0+build.7", "edge", "latest"), tags);
	}
}
