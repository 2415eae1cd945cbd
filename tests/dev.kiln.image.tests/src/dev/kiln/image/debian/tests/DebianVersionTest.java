package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kiln.image.debian.DebianVersion;

/** Versions order as dpkg orders them (Debian Policy 5.6.12). */
class DebianVersionTest {

	@ParameterizedTest(name = "{0} < {1}")
	@CsvSource({
			"1.0~rc1, 1.0", // a tilde sorts before the end of the string
			"1.0-1~bpo12+1, 1.0-1", // backports sort before the release they come from
			"1.0, 1.0-1", // no revision sorts before any revision
			"1.0-1, 1.0-1+deb12u1", // stable updates sort after
			"1.9, 1.10", // digit runs compare as numbers
			"1.0, 1.0a", // letters sort after the end
			"1.0a, 1.0+b1", // letters sort before other characters
			"1.0, 1.0.1",
			"2.0, 1:1.0", // the epoch wins
			"1.26.3-3+deb13u10, 1.26.3-3+deb13u10.1~" // nginx-light's upper bound on nginx in trixie
	})
	void versionsOrderLikeDpkg(String earlier, String later) {
		assertTrue(DebianVersion.parse(earlier).compareTo(DebianVersion.parse(later)) < 0);
		assertTrue(DebianVersion.parse(later).compareTo(DebianVersion.parse(earlier)) > 0);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "1.0, 1.00", "0:1.0, 1.0", "1.0-0, 1.0" })
	void differentSpellingsCanBeTheSameVersion(String one, String other) {
		assertEquals(0, DebianVersion.parse(one).compareTo(DebianVersion.parse(other)));
	}

	@Test
	void epochUpstreamAndRevisionAreSplitAtTheFirstColonAndTheLastDash() {
		DebianVersion version = DebianVersion.parse("1:2.38.1-5+deb12u1");

		assertEquals(1, version.epoch());
		assertEquals("2.38.1", version.upstream());
		assertEquals("5+deb12u1", version.revision());
		assertEquals("1:2.38.1-5+deb12u1", version.toString());
		assertEquals("6.12.117+deb13", DebianVersion.parse("6.12.117+deb13-1").upstream());
	}

	@Test
	void aNonNumericEpochOrAnEmptyVersionIsNoVersion() {
		assertThrows(IllegalArgumentException.class, () -> DebianVersion.parse("a:1.0"));
		assertThrows(IllegalArgumentException.class, () -> DebianVersion.parse(""));
	}
}
