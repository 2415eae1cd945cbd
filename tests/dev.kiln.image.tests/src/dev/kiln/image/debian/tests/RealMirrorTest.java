package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.Dependency;
import dev.kiln.image.debian.PackageIndex;
import dev.kiln.image.debian.PackageRelation;
import dev.kiln.image.debian.Release;
import dev.kiln.image.debian.Resolution;

/** The client against the Debian mirror of this machine's apt sources (fetched once, see {@link RealMirror}). */
class RealMirrorTest {

	private static PackageIndex trixie;

	@BeforeAll
	static void loadTrixie() throws Exception {
		trixie = RealMirror.archive().packages("trixie");
	}

	@Test
	void bookwormInReleaseVerifiesAgainstTheDebianKeyring() throws Exception {
		Release release = RealMirror.archive().release("bookworm");

		assertEquals("bookworm", release.codename());
		assertFalse(release.signers().isEmpty());
		assertTrue(release.file("main/binary-amd64/Packages.xz").isPresent());
	}

	@Test
	void trixieInReleaseVerifiesAgainstTheDebianKeyring() throws Exception {
		Release release = RealMirror.archive().release("trixie");

		assertEquals("trixie", release.codename());
		assertFalse(release.signers().isEmpty());
		assertTrue(release.components().contains("main"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "linux-image-amd64", "systemd-sysv", "busybox", "nginx-light", "postgresql" })
	void applianceBasicsExistInTrixieWithAVersion(String name) {
		BinaryPackage binary = trixie.find(name).orElseThrow(() -> new AssertionError(name + " not in " + trixie));

		assertFalse(binary.version().upstream().isEmpty());
		assertTrue(binary.installedSizeKiB() > 0);
		System.out.println("trixie: " + binary + ", Installed-Size " + binary.installedSizeKiB() + " KiB");
	}

	@Test
	void anUnknownNameIsNeitherAPackageNorProvided() {
		assertTrue(trixie.find("no-such-package-kiln").isEmpty());
		assertFalse(trixie.isInstallable("no-such-package-kiln"));
	}

	@Test
	void systemdSysvDependsOnSystemdOfExactlyItsOwnVersion() {
		BinaryPackage sysv = trixie.find("systemd-sysv").orElseThrow();

		PackageRelation systemd = sysv.depends().stream().flatMap(dependency -> dependency.alternatives().stream())
				.filter(relation -> relation.name().equals("systemd")).findFirst().orElseThrow();
		assertEquals(PackageRelation.Operator.EQUAL, systemd.operator());
		assertEquals(sysv.version(), systemd.version());
	}

	@Test
	void postgresqlDependsOnDebconfOrAVirtualAlternative() {
		List<Dependency> depends = trixie.find("postgresql").orElseThrow().depends();

		Dependency debconf = depends.stream().filter(dependency -> dependency.alternatives().get(0).name().equals("debconf"))
				.findFirst().orElseThrow(() -> new AssertionError("no debconf in " + depends));
		assertEquals(2, debconf.alternatives().size(), debconf.toString());
		assertEquals(PackageRelation.Operator.LATER_OR_EQUAL, debconf.alternatives().get(0).operator());
		assertFalse(trixie.providers(debconf.alternatives().get(1).name()).isEmpty(), "nothing provides " + debconf);
	}

	@Test
	void aKernelAndSystemdResolveToAClosureWithoutGaps() {
		Resolution resolution = trixie.resolve(Set.of("linux-image-amd64", "systemd-sysv", "nginx-light"));

		assertTrue(resolution.complete(), resolution.unknown() + " " + resolution.unsatisfied());
		List<String> names = resolution.packages().stream().map(BinaryPackage::name).toList();
		assertTrue(names.containsAll(List.of("linux-image-amd64", "systemd", "libc6", "nginx")), names.toString());
		System.out.println("resolve(linux-image-amd64, systemd-sysv, nginx-light): " + names.size() + " packages, "
				+ resolution.installedSizeKiB() / 1024 + " MiB installed");
	}

	@Test
	void aSecondClientReadsTheIndexFromTheCacheWithItsDate() throws Exception {
		DebianArchive archive = RealMirror.archive();

		long start = System.nanoTime();
		archive.release("trixie");
		long verified = System.nanoTime();
		PackageIndex cached = archive.packages("trixie");
		long parsed = System.nanoTime();

		assertTrue(cached.fromCache());
		assertEquals(Release.Origin.CACHE, cached.release().origin());
		assertEquals(trixie.release().date(), cached.release().date());
		assertEquals(trixie.size(), cached.size());
		System.out.println("from the cache: trixie InRelease read + signature verified + parsed in "
				+ RealMirror.millis(start, verified) + " ms; Packages (" + cached.size()
				+ " packages) read + SHA256 checked + parsed in " + RealMirror.millis(verified, parsed) + " ms");
	}

	@Test
	void aSuiteTheMirrorDoesNotHaveIsReportedByName() throws Exception {
		DebianArchiveException failure = assertThrows(DebianArchiveException.class,
				() -> RealMirror.archive().release("no-such-suite-kiln"));

		assertEquals(DebianArchiveException.Reason.NO_SUITE, failure.reason());
		assertEquals("no suite 'no-such-suite-kiln' on " + RealMirror.mirror(), failure.getMessage());
	}
}
