package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ReleaseSecurityCheck;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.storefront.SecurityStatus;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.SecurityPocket;

/**
 * The storefront's security check against a trixie-security pocket on 127.0.0.1 signed by the test key, as a release's
 * SBOM records it: trixie's busybox lacks the pocket's update, the update lacks nothing, and a pocket it cannot trust or
 * an SBOM without packages is "not checked" with the reason.
 */
class ReleaseSecurityCheckTest {

	private static final PublishedRelease RELEASE = new PublishedRelease("acme/hello", "1.0.0", "sha256:" + "0".repeat(64), null, List.of());

	@TempDir
	static Path folder;
	private static SecurityPocket pocket;
	private static Path keyring;
	private static DebPackage original;
	private static DebPackage update;

	@TempDir
	Path cache;

	@BeforeAll
	static void startThePocket() throws IOException {
		pocket = SecurityPocket.start(folder);
		keyring = pocket.archive().writeKeyring(folder.resolve(SecurityPocket.KEYRING));
		original = BusyboxSecurityUpdate.original();
	}

	@AfterAll
	static void stopThePocket() {
		pocket.close();
	}

	@BeforeEach
	void publishTheUpdate() throws IOException {
		update = pocket.publishUpdate();
	}

	/** An SBOM listing busybox in {@code version} from {@code suite}, built against the test pocket. */
	private static ReleaseSbom sbom(String version, String suite) {
		return new ReleaseSbom("hello", "1.0.0", List.of(new InstalledPackage("busybox", version, "amd64", suite)),
				List.of(new PocketState(BusyboxSecurityUpdate.POCKET, pocket.uri(), SecurityPocket.BEFORE, "0".repeat(64))));
	}

	@Test
	void aReleaseShippingTrixiesBusyboxLacksTheSecurityUpdateWithItsCveIds() {
		Instant before = Instant.now();
		SecurityStatus status = new ReleaseSecurityCheck(keyring, cache).check(RELEASE, sbom(original.version(), "trixie"), Progress.NONE);

		assertTrue(status.fixesPending(), status.toString());
		SecurityStatus.Fix fix = status.fixes().get(0);
		assertEquals(List.of("busybox", "amd64", original.version(), update.version(), "trixie-security"),
				List.of(fix.name(), fix.architecture(), fix.shippedVersion(), fix.fixedVersion(), fix.pocket()));
		assertEquals(BusyboxSecurityUpdate.CVES, fix.cves());
		assertTrue(fix.summary().contains("use-after-free in awk"), fix.summary());
		assertEquals(0, status.otherUpdates());
		assertFalse(status.checked().isBefore(before), status.checked() + " is the time of the check");
	}

	@Test
	void aReleaseShippingTheUpdateLacksNoSecurityFix() {
		SecurityStatus status = new ReleaseSecurityCheck(keyring, cache).check(RELEASE, sbom(update.version(), "trixie-security"), Progress.NONE);

		assertTrue(status.isChecked(), status.toString());
		assertEquals(List.of(), status.fixes());
	}

	@Test
	void aCheckMadeAfterThePocketChangedDoesNotTrustTheInReleaseCachedBefore() throws IOException {
		pocket.publishEmpty();
		ReleaseSbom old = sbom(original.version(), "trixie");
		assertEquals(List.of(), new ReleaseSecurityCheck(keyring, cache).check(RELEASE, old, Progress.NONE).fixes(), "the empty pocket");

		pocket.publishUpdate();
		SecurityStatus status = new ReleaseSecurityCheck(keyring, cache).check(RELEASE, old, Progress.NONE);

		assertTrue(status.fixesPending(), "the same cache, a new check: the pocket as it is now; " + status);
	}

	@Test
	void aPocketSignedByAKeyNotTrustedIsNotCheckedAndSaysWhich() {
		SecurityStatus status = new ReleaseSecurityCheck(null, cache).check(RELEASE, sbom(original.version(), "trixie"), Progress.NONE);

		assertTrue(status.failed());
		assertTrue(status.problem().contains("trixie-security") && status.problem().contains(pocket.uri().toString()), status.problem());
	}

	@Test
	void aReleaseWhoseSbomListsNoPackageIsNotChecked() throws IOException {
		SecurityStatus status = new ReleaseSecurityCheck(keyring, cache).check(RELEASE, new ReleaseSbom("hello", "1.0.0", List.of(), List.of()),
				Progress.NONE);

		assertEquals("its SBOM lists no Debian package", status.problem());
		assertFalse(status.failed(), "nothing to check is no failure");
		try (Stream<Path> files = Files.list(cache)) {
			assertEquals(0, files.count(), "no archive was read");
		}
	}
}
