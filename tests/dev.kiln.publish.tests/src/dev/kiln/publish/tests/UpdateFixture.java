package dev.kiln.publish.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.update.RaucBundleWriter;
import dev.kiln.publish.Release;
import dev.kiln.testsupport.ExternalTool;

/**
 * Releases with an update payload for the tests: a real RAUC bundle of a small ext4 image made by mkfs.ext4, signed by
 * a vendor identity of the test, as the build writes it next to the images ({@code <id>-<version>.raucb}).
 */
final class UpdateFixture {

	final VendorIdentity vendor;
	final Path vendorPem;
	private final Path image;

	UpdateFixture(Path folder) throws IOException, IdentityException {
		vendor = VendorIdentity.create("Kiln Tests Vendor", "Kiln Tests", Duration.ofDays(30));
		vendorPem = Files.writeString(folder.resolve("vendor.pem"), vendor.certificatesPem());
		Path tree = Files.createDirectories(folder.resolve("rootfs-tree"));
		Files.writeString(tree.resolve("os-release"), "NAME=\"Hello Appliance\"\n");
		image = folder.resolve("rootfs.ext4");
		ExternalTool.command("mkfs.ext4", "-q", "-F", "-E", "root_owner=0:0", "-d", tree.toString(), image.toString(), "8M").output();
	}

	/** The test release of {@code id} and {@code version} in {@code folder}, with its update bundle listed in {@code channel}. */
	Release release(Path folder, String id, String version, String channel) throws IOException, ImageBuildException {
		Path versionFolder = Files.createDirectories(folder.resolve(id + "-" + version));
		Path bundle = new RaucBundleWriter(vendor, Progress.NONE).write(image,
				new RaucBundleWriter.Release(id, version, null, null, TestReleases.CREATED), versionFolder.resolve(id + "-" + version + ".raucb"))
				.file();
		return TestReleases.release(versionFolder, id, version).withUpdate(new Release.UpdateBundle(bundle, null, channel));
	}

	/** An Ed25519 identity: it signs releases but not updates (the guest's OpenSSL cannot verify its CMS). */
	static VendorIdentity ed25519() throws NoSuchAlgorithmException, IdentityException {
		return VendorIdentity.selfSigned(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), "Kiln Tests Ed25519", null,
				TestReleases.CREATED, Duration.ofDays(30));
	}

	/** {@code openssl cms -verify} of a detached signature as the guest's kiln-update runs it, trusting the vendor's certificate. */
	ExternalTool.Result verify(Path index, Path signature) {
		return ExternalTool.command("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(), "-content",
				index.toString(), "-CAfile", vendorPem.toString(), "-purpose", "any", "-out", "/dev/null").run();
	}
}
