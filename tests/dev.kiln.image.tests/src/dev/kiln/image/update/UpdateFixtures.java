package dev.kiln.image.update;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.testsupport.ExternalTool;

/** Inputs of the update tests: ext4 images made by mkfs.ext4, vendor identities and their certificates. */
final class UpdateFixtures {

	/** SOURCE_DATE_EPOCH of the tests' releases. */
	static final Instant RELEASE_TIME = Instant.ofEpochSecond(1_767_225_600L);

	private UpdateFixtures() {
	}

	/** An ext4 image of {@code megabytes} MiB made by mkfs.ext4 -d from a folder of a text and random bytes. */
	static Path ext4Image(Path directory, String name, int megabytes) throws IOException {
		Path tree = Files.createDirectories(directory.resolve(name + "-tree"));
		Files.writeString(tree.resolve("os-release"), "NAME=\"Acme Box\"\nVERSION_ID=1.2.0\n");
		byte[] random = new byte[1 << 20];
		new java.util.Random(7).nextBytes(random);
		Files.write(tree.resolve("payload"), random);
		Path image = directory.resolve(name);
		ExternalTool.command("mkfs.ext4", "-q", "-F", "-E", "root_owner=0:0", "-d", tree.toString(), image.toString(), megabytes + "M").output();
		return image;
	}

	/** A new self-signed identity, as the workbench makes one. */
	static VendorIdentity identity(String name) throws IdentityException {
		return VendorIdentity.create(name, "Acme", Duration.ofDays(30));
	}

	/** The identity's certificate as PEM, in a file: the guest's keyring, openssl's CA file. */
	static Path certificate(Path directory, VendorIdentity identity, String name) throws IOException {
		return Files.writeString(directory.resolve(name), identity.certificatesPem());
	}

	/** A copy of {@code file} with the byte at {@code offset} inverted. */
	static Path flipped(Path file, long offset, Path copy) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		bytes[Math.toIntExact(offset)] ^= (byte) 0xFF;
		return Files.write(copy, bytes);
	}

	/** {@code rauc info} of {@code bundle} trusting only {@code keyring}. */
	static ExternalTool.Result raucInfo(Path keyring, Path bundle) {
		return ExternalTool.command("rauc", "info", "--keyring", keyring.toString(), bundle.toString()).run();
	}

	/** {@code rauc extract}, which also checks the payload against the verity hash tree. */
	static ExternalTool.Result raucExtract(Path keyring, Path bundle, Path folder) {
		return ExternalTool.command("rauc", "extract", "--keyring", keyring.toString(), bundle.toString(), folder.toString()).run();
	}

	/** The lines of {@code result}'s standard output and error, for messages. */
	static String both(ExternalTool.Result result) {
		List<String> lines = new ArrayList<>(result.outLines());
		lines.addAll(result.err().lines().toList());
		return String.join("\n", lines);
	}
}
