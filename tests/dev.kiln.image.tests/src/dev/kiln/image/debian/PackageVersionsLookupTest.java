package dev.kiln.image.debian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Finding names by binary search in the bytes of a version table: every name, and none that is not there. */
class PackageVersionsLookupTest {

	private static final String SHA256 = "0".repeat(64);
	private static final PocketState STATE = new PocketState("trixie", URI.create("http://mirror.invalid/debian/"), Instant.EPOCH, SHA256);

	@Test
	void everyNameIsFoundWithItsFieldsAndNoOtherName() throws Exception {
		List<String> names = new ArrayList<>();
		StringBuilder stanzas = new StringBuilder();
		for (int i = 0; i < 997; i++) {
			String name = "pkg" + i + (i % 3 == 0 ? "-dev" : "") + (i % 7 == 0 ? "+x" : "");
			names.add(name);
			stanzas.append("Package: ").append(name).append("\nVersion: 1.").append(i).append("-1\nArchitecture: amd64\nSource: src")
					.append(i % 10).append("\nFilename: pool/main/p/").append(name).append(".deb\nSize: ").append(1000 + i).append("\nSHA256: ")
					.append("a".repeat(64)).append("\n\n");
		}
		PackageVersions versions = versions(stanzas.toString());

		for (int i = 0; i < names.size(); i++) {
			BinaryPackage found = versions.find(names.get(i)).orElseThrow(() -> new AssertionError("not found"));
			assertEquals(names.get(i), found.name());
			assertEquals("1." + i + "-1", found.version().toString());
			assertEquals("src" + (i % 10), found.source());
			assertEquals(1000 + i, found.size());
		}
		for (String missing : List.of("", "a", "pkg", "pkg1-", "pkg10-dev", "pkg99", "pkg996x", "zz", "pkg0-dev+", "pkg5\t")) {
			assertTrue(versions.find(missing).isEmpty(), missing);
		}
		assertEquals(997, versions.size());
		assertEquals(100, versions.ofSource("src3").size());
	}

	@Test
	void aTableOfAnotherIndexOrCutOffIsNotUsed() throws Exception {
		PackageIndex index = PackageIndex.read(new BufferedReader(new StringReader("Package: a\nVersion: 1\n\nPackage: b\nVersion: 2\n")), null,
				"trixie", "main", "amd64");
		byte[] table = PackageVersions.table(index, SHA256);

		assertEquals(2, PackageVersions.of(table, SHA256, null, STATE).size());
		assertNull(PackageVersions.of(table, "1".repeat(64), null, STATE));
		assertNull(PackageVersions.of(java.util.Arrays.copyOf(table, table.length - 4), SHA256, null, STATE));
		assertTrue(new String(table, StandardCharsets.UTF_8).startsWith("kiln-package-versions 2 " + SHA256 + "\na\t1\t"));
		assertTrue(PackageVersions.of(PackageVersions.table(index(""), SHA256), SHA256, null, STATE).find("a").isEmpty());
	}

	private static PackageVersions versions(String stanzas) throws Exception {
		return PackageVersions.of(PackageVersions.table(index(stanzas), SHA256), SHA256, null, STATE);
	}

	private static PackageIndex index(String stanzas) throws Exception {
		return PackageIndex.read(new BufferedReader(new StringReader(stanzas)), null, "trixie", "main", "amd64");
	}
}
