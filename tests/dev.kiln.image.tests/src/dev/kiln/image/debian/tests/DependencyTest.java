package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.image.debian.DebianVersion;
import dev.kiln.image.debian.Dependency;
import dev.kiln.image.debian.PackageRelation;
import dev.kiln.image.debian.PackageRelation.Operator;

/** Relationship fields parse into alternatives with version constraints (Debian Policy 7.1). */
class DependencyTest {

	@Test
	void aDependsFieldParsesIntoEntriesOfAlternatives() {
		List<Dependency> depends = Dependency
				.parseField("libc6 (>= 2.36), debconf (>= 0.5) | debconf-2.0, python3:any,\n nginx (<< 1.26.3-3.1~)");

		assertEquals(4, depends.size());
		assertEquals(new PackageRelation("libc6", "", Operator.LATER_OR_EQUAL, DebianVersion.parse("2.36")),
				depends.get(0).alternatives().get(0));
		assertEquals(List.of("debconf", "debconf-2.0"),
				depends.get(1).alternatives().stream().map(PackageRelation::name).toList());
		assertNull(depends.get(1).alternatives().get(1).operator());
		assertEquals("any", depends.get(2).alternatives().get(0).architecture());
		assertEquals(Operator.EARLIER, depends.get(3).alternatives().get(0).operator());
		assertEquals("debconf (>= 0.5) | debconf-2.0", depends.get(1).toString());
	}

	@Test
	void theObsoleteOperatorsMeanOrEqual() {
		assertEquals(Operator.EARLIER_OR_EQUAL, PackageRelation.parse("foo (< 2)").operator());
		assertEquals(Operator.LATER_OR_EQUAL, PackageRelation.parse("foo (> 2)").operator());
	}

	@Test
	void aConstraintAcceptsTheVersionsItsOperatorAdmits() {
		PackageRelation below = PackageRelation.parse("nginx (<< 1.26.3-3+deb13u10.1~)");

		assertTrue(below.acceptsVersion(DebianVersion.parse("1.26.3-3+deb13u10")));
		assertFalse(below.acceptsVersion(DebianVersion.parse("1.26.3-3+deb13u10.1")));
		assertTrue(PackageRelation.parse("nginx").acceptsVersion(DebianVersion.parse("0.1")));
	}

	@Test
	void anEmptyFieldHasNoEntriesAndGarbageIsRefused() {
		assertEquals(List.of(), Dependency.parseField(null));
		assertEquals(List.of(), Dependency.parseField(" "));
		assertThrows(IllegalArgumentException.class, () -> Dependency.parseField("(>= 1.0)"));
		assertThrows(IllegalArgumentException.class, () -> Dependency.parseField("foo (>= 1.0"));
		assertThrows(IllegalArgumentException.class, () -> Dependency.parseField("foo (~ 1.0)"));
	}
}
