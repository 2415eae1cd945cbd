package dev.kiln.testsupport.debian;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The security update the tests of security-current builds share: trixie's busybox (what
 * examples/hello-appliance installs) repackaged as {@code <source version>+deb13u1} for trixie-security,
 * its changelog naming {@link #CVES}. Every test module makes the same bytes from the same trixie busybox,
 * so the pocket's InRelease, and the base systems cached against it, are the same in each.
 */
public final class BusyboxSecurityUpdate {

	/** The suite the original comes from. */
	public static final String SUITE = "trixie";
	/** The pocket the update is published in. */
	public static final String POCKET = "trixie-security";
	/** The package. */
	public static final String PACKAGE = "busybox";
	/**
	 * The CVE ids the update's changelog entry names, in its order: ones the shipped version's changelog does not
	 * name yet (trixie's busybox changelog names CVE-2023-42363 already).
	 */
	public static final List<String> CVES = List.of("CVE-2023-42364", "CVE-2023-42365");
	/** The date of the changelog entry, and the time of every file of the package. */
	public static final Instant UPLOADED = Instant.parse("2025-12-01T12:00:00Z");
	/** The Date of the pocket's Release. */
	public static final Instant RELEASED = Instant.parse("2025-12-01T18:00:00Z");

	private BusyboxSecurityUpdate() {
	}

	/** trixie's busybox, from this machine's Debian mirror (downloaded once into {@link SystemMirrorPackages#defaultFolder()}). */
	public static DebPackage original() throws IOException {
		return SystemMirrorPackages.download(SUITE, PACKAGE);
	}

	/** The update's changelog entry for {@code original}: version {@code <its source version>+deb13u1}. */
	public static ChangelogEntry entry(DebPackage original) {
		return ChangelogEntry.securityUpload(original.source(), original.sourceVersion() + "+deb13u1", POCKET, UPLOADED,
				CVES.get(0) + ": use-after-free in awk (getvar_i)",
				CVES.get(1) + ": use-after-free in awk (handle_special)");
	}

	/** The update of {@code original}, written into {@code folder}. */
	public static DebPackage repackage(DebPackage original, Path folder) throws IOException {
		return DebRepackager.withNewVersion(original, entry(original), folder);
	}

	/** The trixie-security pocket holding {@code update}, dated {@link #RELEASED}; publish it into a {@link TestDebianArchive}. */
	public static ArchiveSuite pocket(DebPackage update) {
		return ArchiveSuite.named(POCKET, RELEASED).with(update);
	}
}
