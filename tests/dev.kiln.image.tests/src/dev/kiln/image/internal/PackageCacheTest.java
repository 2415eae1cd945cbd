package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.Progress;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.Stanzas;

/** What the package cache offers mmdebstrap, what it keeps of what apt downloaded, and what it drops. */
class PackageCacheTest {

	private static final URI MIRROR = URI.create("http://mirror.invalid/debian");
	private static final BuildRecipe.BaseSystem OS = new BuildRecipe.BaseSystem("trixie", "amd64", new TreeSet<>(List.of("busybox")), null,
			BuildRecipe.Trim.ALL, false);
	private static final byte[] BUSYBOX = "busybox's deb".getBytes(StandardCharsets.UTF_8);
	private static final byte[] JQ = "jq's deb".getBytes(StandardCharsets.UTF_8);
	private static final BinaryPackage BUSYBOX_1 = Stanzas.binary("busybox", "1:1.37.0-6+b9", "amd64", BUSYBOX);
	private static final BinaryPackage JQ_1 = Stanzas.binary("jq", "1.7.1-6", "amd64", JQ);

	@TempDir
	Path cache;

	private PackageCache packages() {
		return new PackageCache(cache.resolve("packages"), Duration.ofSeconds(5));
	}

	/** A session that received {@code files} from mmdebstrap's sync-out, collected. */
	private void build(List<BinaryPackage> index, byte[]... files) throws Exception {
		try (PackageCache.Session session = packages().open(OS, MIRROR, Progress.NONE)) {
			session.offer(index, Progress.NONE);
			for (int i = 0; i < files.length; i++) {
				Files.write(session.incomingFolder().resolve(PackageCache.aptName(index.get(i))), files[i]);
			}
			Files.createDirectories(session.incomingFolder().resolve("partial"));
			session.collect(index, Progress.NONE);
		}
	}

	private List<String> cached() throws IOException {
		try (var files = Files.list(packages().entry(OS, MIRROR).resolve("debs"))) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aptNamesTheFileWithTheEpochQuoted() {
		assertEquals("busybox_1%3a1.37.0-6+b9_amd64.deb", PackageCache.aptName(BUSYBOX_1));
		assertEquals("jq_1.7.1-6_amd64.deb", PackageCache.aptName(JQ_1));
	}

	@Test
	void whatAptDownloadedIsKeptWhenItMatchesTheIndex() throws Exception {
		build(List.of(BUSYBOX_1, JQ_1), BUSYBOX, "jq's deb, damaged".getBytes(StandardCharsets.UTF_8));
		assertEquals(List.of("busybox_1%3a1.37.0-6+b9_amd64.deb"), cached());
		assertFalse(Files.exists(packages().entry(OS, MIRROR).resolve("debs/partial")), "only .debs are kept");
	}

	@Test
	void theNextBuildIsOfferedTheCachedDebsAndSyncsOutTheOthers() throws Exception {
		build(List.of(BUSYBOX_1, JQ_1), BUSYBOX);
		try (PackageCache.Session session = packages().open(OS, MIRROR, Progress.NONE)) {
			assertTrue(session.hasDebs());
			session.offer(List.of(BUSYBOX_1, JQ_1), Progress.NONE);
			assertEquals(List.of("busybox_1%3a1.37.0-6+b9_amd64.deb"), session.offered());
			assertTrue(Files.isRegularFile(session.offerFolder().resolve("busybox_1%3a1.37.0-6+b9_amd64.deb")));
			assertEquals(List.of("--skip=essential/unlink", //
					"--setup-hook=umask 022 && mkdir -p \"$1/var/cache/apt/archives/kiln-offer\"",
					"--setup-hook=sync-in " + session.offerFolder() + " /var/cache/apt/archives/kiln-offer",
					"--setup-hook=mv \"$1/var/cache/apt/archives/kiln-offer\"/*.deb \"$1/var/cache/apt/archives/\" && rmdir \"$1/var/cache/apt/archives/kiln-offer\"",
					"--customize-hook=cd \"$1/var/cache/apt/archives\" && rm -f -- 'busybox_1%3a1.37.0-6+b9_amd64.deb'",
					"--customize-hook=sync-out /var/cache/apt/archives " + session.incomingFolder()), session.mmdebstrapOptions());
		}
	}

	@Test
	void anEmptyCacheOnlySyncsOut() throws Exception {
		try (PackageCache.Session session = packages().open(OS, MIRROR, Progress.NONE)) {
			assertFalse(session.hasDebs(), "an empty cache needs no index before mmdebstrap starts");
			assertEquals(List.of(), session.offered());
			assertEquals(List.of("--skip=essential/unlink", "--customize-hook=sync-out /var/cache/apt/archives " + session.incomingFolder()),
					session.mmdebstrapOptions());
		}
	}

	@Test
	void aDebTheIndexNoLongerListsIsRemoved() throws Exception {
		build(List.of(BUSYBOX_1, JQ_1), BUSYBOX, JQ);
		BinaryPackage newerJq = Stanzas.binary("jq", "1.7.1-7", "amd64", "jq's newer deb".getBytes(StandardCharsets.UTF_8));
		try (PackageCache.Session session = packages().open(OS, MIRROR, Progress.NONE)) {
			session.offer(List.of(BUSYBOX_1, newerJq), Progress.NONE);
			assertEquals(List.of("busybox_1%3a1.37.0-6+b9_amd64.deb"), session.offered());
		}
		assertEquals(List.of("busybox_1%3a1.37.0-6+b9_amd64.deb"), cached());
	}

	@Test
	void aDamagedCachedDebIsNeitherOfferedNorKept() throws Exception {
		build(List.of(BUSYBOX_1), BUSYBOX);
		Files.write(packages().entry(OS, MIRROR).resolve("debs").resolve(PackageCache.aptName(BUSYBOX_1)), "busybox's deb, bitrot".getBytes(StandardCharsets.UTF_8));
		try (PackageCache.Session session = packages().open(OS, MIRROR, Progress.NONE)) {
			session.offer(List.of(BUSYBOX_1), Progress.NONE);
			assertEquals(List.of(), session.offered());
		}
		assertEquals(List.of(), cached());
	}

	@Test
	void theCacheListsThePackagesAndABuildLeavesNoFolderBehind() throws Exception {
		build(List.of(BUSYBOX_1, JQ_1), BUSYBOX, JQ);
		BuildCache.Entry entry = new BuildCache(cache).entries().stream().filter(e -> e.kind() == BuildCache.Kind.PACKAGES).findFirst()
				.orElseThrow();
		assertEquals("2 packages of trixie/amd64 " + MIRROR, entry.summary());
		assertFalse(entry.inUse());
		try (var files = Files.list(entry.folder())) {
			assertEquals(List.of("debs", "last-used", "source", "users"), files.map(f -> f.getFileName().toString()).sorted().toList());
		}
	}
}
