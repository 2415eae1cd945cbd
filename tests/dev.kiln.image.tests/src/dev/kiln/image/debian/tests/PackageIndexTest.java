package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.PackageIndex;
import dev.kiln.image.debian.Resolution;
import dev.kiln.testsupport.debian.ArchiveServer;
import dev.kiln.testsupport.debian.ArchiveSuite;
import dev.kiln.testsupport.debian.TestDebianArchive;

/** Lookups and the simple resolver on a small suite whose every stanza the test chose. */
class PackageIndexTest {

	private static final String PACKAGES = """
			Package: app
			Version: 1.0-1
			Architecture: amd64
			Installed-Size: 10
			Pre-Depends: init-system
			Depends: libfoo (>= 2.0), mail-transport-agent, python3:any, default-db | db-server
			Description: an application
			 with a long description that the index does not keep

			Package: libc
			Version: 2.36-9
			Priority: required
			Installed-Size: 25

			Package: libfoo
			Version: 2.1-1
			Installed-Size: 20
			Depends: libc

			Package: libc
			Version: 2.41-1
			Priority: required
			Installed-Size: 30

			Package: sysvinit-core
			Version: 3.0
			Priority: optional
			Provides: init-system

			Package: systemd-init
			Version: 257
			Priority: important
			Provides: init-system

			Package: tiny-mta
			Version: 1.0
			Priority: optional
			Provides: mail-transport-agent

			Package: big-mta
			Version: 4.0
			Priority: optional
			Provides: mail-transport-agent

			Package: python3
			Version: 3.13.5-1

			Package: db-server
			Version: 1.0
			Provides: db-api (= 1.0)

			Package: old-app
			Version: 0.9
			Depends: libfoo (>= 3.0), missing-lib

			Package: api-user
			Version: 1.0
			Depends: db-api (>= 1.0)
			""";

	private static PackageIndex index;

	@BeforeAll
	static void publishTheSuite(@TempDir Path served, @TempDir Path cache, @TempDir Path keys) throws Exception {
		TestDebianArchive archive = TestDebianArchive.in(served);
		archive.publish(ArchiveSuite.named("kiln-index", Instant.now()).withStanzas(PACKAGES));
		try (ArchiveServer mirror = archive.serve()) {
			DebianArchive.Options options = DebianArchive.Options.defaults().withCacheRoot(cache)
					.withKeyring(archive.writeKeyring(keys.resolve("keyring.gpg")));
			index = new DebianArchive(mirror.uri(), options).packages("kiln-index");
		}
	}

	@Test
	void aNameListedTwiceKeepsTheHigherVersion() {
		assertEquals("2.41-1", index.find("libc").orElseThrow().version().toString());
		assertEquals(11, index.size());
	}

	@Test
	void aVirtualPackageIsInstallableButIsNoPackage() {
		assertFalse(index.contains("mail-transport-agent"));
		assertTrue(index.isInstallable("mail-transport-agent"));
		assertEquals(List.of("big-mta", "tiny-mta"),
				index.providers("mail-transport-agent").stream().map(BinaryPackage::name).sorted().toList());
	}

	@Test
	void namesStartingWithAPrefixAreSortedForContentAssist() {
		assertEquals(List.of("libc", "libfoo"), index.namesStartingWith("lib"));
		assertEquals(List.of(), index.namesStartingWith("zz"));
	}

	@Test
	void resolvingTakesFirstSatisfiableAlternativesAndPreferredProviders() {
		Resolution resolution = index.resolve(Set.of("app"));

		assertTrue(resolution.complete(), resolution.toString());
		// init-system: important beats optional; mail-transport-agent: equal priority, first by name;
		// default-db does not exist, so db-server
		assertEquals(List.of("app", "big-mta", "db-server", "libc", "libfoo", "python3", "systemd-init"),
				names(resolution));
		assertEquals(10 + 30 + 20, resolution.installedSizeKiB());
	}

	@Test
	void unknownNamesAndUnsatisfiableDependenciesAreReportedNotGuessed() {
		Resolution resolution = index.resolve(List.of("old-app", "no-such-package-kiln"));

		assertEquals(List.of("no-such-package-kiln"), resolution.unknown());
		assertEquals(List.of("old-app depends on libfoo (>= 3.0), which nothing satisfies",
				"old-app depends on missing-lib, which nothing satisfies"),
				resolution.unsatisfied().stream().map(Resolution.Unsatisfied::toString).toList());
		assertEquals(List.of("old-app"), names(resolution));
	}

	@Test
	void aVersionedDependencyIsSatisfiedByAVersionedProvides() {
		assertEquals(List.of("api-user", "db-server"), names(index.resolve(Set.of("api-user"))));
	}

	@Test
	void aVirtualNameAskedForDirectlyResolvesToAProvider() {
		assertEquals(List.of("big-mta"), names(index.resolve(Set.of("mail-transport-agent"))));
	}

	private static List<String> names(Resolution resolution) {
		return resolution.packages().stream().map(BinaryPackage::name).toList();
	}
}
