package dev.kiln.publish.tests;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.storefront.SecurityStatus;

/**
 * The packages of two releases, as their SBOMs list them, and what a security check says about them: 1.0.0 ships
 * trixie's busybox, which a security update fixes; 1.0.1 ships the update and curl in place of wget.
 */
final class TestPackages {

	static final Instant CHECKED = Instant.parse("2026-12-03T10:15:30Z");
	static final URI MIRROR = URI.create("http://127.0.0.1:9/debian/");
	static final URI SECURITY = URI.create("http://127.0.0.1:9/debian-security/");
	static final List<PocketState> ARCHIVE = List.of(new PocketState("trixie", MIRROR, Instant.parse("2026-11-08T09:00:00Z"), "a".repeat(64)),
			new PocketState("trixie-updates", MIRROR, Instant.parse("2026-11-30T20:00:00Z"), "b".repeat(64)),
			new PocketState("trixie-security", SECURITY, Instant.parse("2026-12-01T18:00:00Z"), "c".repeat(64)));
	/** 1.0.0: trixie's busybox, libc6 and wget. */
	static final List<InstalledPackage> OLD = List.of(new InstalledPackage("busybox", "1:1.37.0-6+b9", "amd64", "trixie"),
			new InstalledPackage("libc6", "2.41-12", "amd64", "trixie"), new InstalledPackage("wget", "1.25.0-2", "amd64", "trixie"));
	/** 1.0.1: busybox from the security pocket, curl in place of wget. */
	static final List<InstalledPackage> PATCHED = List.of(new InstalledPackage("busybox", "1:1.37.0-6+deb13u1", "amd64", "trixie-security"),
			new InstalledPackage("curl", "8.14.1-2", "amd64", "trixie"), new InstalledPackage("libc6", "2.41-12", "amd64", "trixie"));
	static final SecurityStatus.Fix BUSYBOX_FIX = new SecurityStatus.Fix("busybox", "amd64", "1:1.37.0-6+b9", "1:1.37.0-6+deb13u1",
			"trixie-security", List.of("CVE-2023-42364", "CVE-2023-42363"), "Fix CVE-2023-42363: use-after-free in awk (Closes: #1059049)");
	static final SecurityStatus.Fix LIBC_FIX = new SecurityStatus.Fix("libc6", "amd64", "2.41-12", "2.41-12+deb13u1", "trixie-security",
			List.of(), "");

	private TestPackages() {
	}

	/** What the check says of a release with these packages: OLD lacks the busybox fix and one more update, PATCHED nothing. */
	static SecurityStatus status(List<InstalledPackage> packages) {
		return packages.equals(OLD) ? SecurityStatus.checked(CHECKED, List.of(BUSYBOX_FIX), 1) : SecurityStatus.checked(CHECKED, List.of(), 0);
	}
}
