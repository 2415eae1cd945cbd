package dev.kiln.image.update;

import static dev.kiln.image.update.UpdateFixtures.RELEASE_TIME;
import static dev.kiln.image.update.UpdateFixtures.both;
import static dev.kiln.image.update.UpdateFixtures.flipped;
import static dev.kiln.image.update.UpdateFixtures.raucExtract;
import static dev.kiln.image.update.UpdateFixtures.raucInfo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.testsupport.ExternalTool;

/**
 * The bundles RaucBundleWriter writes, judged by Debian's rauc (signature, manifest, payload against the
 * verity tree) and by cryptsetup's veritysetup (the hash tree on its own).
 */
class RaucBundleWriterTest {

	private static final RaucBundleWriter.Release RELEASE = new RaucBundleWriter.Release("acme-box", "1.2.0", "build 7",
			"Acme Box, spring release", RELEASE_TIME);

	@TempDir
	static Path shared;
	@TempDir
	Path folder;

	private static VendorIdentity vendor;
	private static Path vendorPem;
	private static Path image;
	private static RaucBundleWriter.Bundle bundle;

	@BeforeAll
	static void writeBundle() throws Exception {
		vendor = UpdateFixtures.identity("Acme Appliances");
		vendorPem = UpdateFixtures.certificate(shared, vendor, "vendor.pem");
		image = UpdateFixtures.ext4Image(shared, "rootfs.img", 16);
		bundle = new RaucBundleWriter(vendor, Progress.NONE).write(image, RELEASE, shared.resolve("acme-box-1.2.0.raucb"));
	}

	@Test
	void raucAcceptsTheBundleAndReadsTheManifest() {
		ExternalTool.Result info = raucInfo(vendorPem, bundle.file());
		String text = both(info);
		assertEquals(0, info.exitCode(), text);
		assertEquals("acme-box", field(text, "Compatible"));
		assertEquals("1.2.0", field(text, "Version"));
		assertEquals("build 7", field(text, "Build"));
		assertEquals("Acme Box, spring release", field(text, "Description"));
		assertTrue(text.matches("(?s).*Bundle Format:\\s+verity\\n.*"), text);
		assertEquals(bundle.verityHash(), field(text, "Verity Hash"));
		assertTrue(text.contains("Filename:  rootfs.ext4"), text);
		assertTrue(text.contains("Adaptive:  block-hash-index"), text);
		assertTrue(text.contains("Verified inline signature by 'O = Acme, CN = Acme Appliances'"), text);
	}

	@Test
	void raucVerifiesThePayloadAndExtractsTheImageAndItsBlockHashIndex() throws IOException {
		Path extracted = folder.resolve("extracted");
		ExternalTool.Result extract = raucExtract(vendorPem, bundle.file(), extracted);
		assertEquals(0, extract.exitCode(), both(extract));
		byte[] original = Files.readAllBytes(image);
		assertArrayEquals(original, Files.readAllBytes(extracted.resolve("rootfs.ext4")));
		byte[] index = Files.readAllBytes(extracted.resolve("rootfs.ext4.block-hash-index"));
		assertEquals(original.length / 4096 * 32, index.length);
		for (int chunk : List.of(0, 1, original.length / 4096 - 1)) {
			byte[] expected = Sha256.digest().digest(Arrays.copyOfRange(original, chunk * 4096, chunk * 4096 + 4096));
			assertArrayEquals(expected, Arrays.copyOfRange(index, chunk * 32, chunk * 32 + 32), "chunk " + chunk);
		}
		String manifest = Files.readString(extracted.resolve("manifest.raucm"));
		assertTrue(manifest.contains("sha256=" + Sha256.of(original) + "\nsize=" + original.length + "\n"), manifest);
	}

	@Test
	void veritysetupAgreesWithTheHashTreeAndRootHash() throws IOException {
		ExternalTool.Result verify = veritysetupVerify(bundle.file());
		assertEquals(0, verify.exitCode(), both(verify));
	}

	@Test
	void theSameInputsGiveTheSameBytes() throws Exception {
		RaucBundleWriter.Bundle again = new RaucBundleWriter(vendor, Progress.NONE).write(image, RELEASE, folder.resolve("again.raucb"));
		assertArrayEquals(Files.readAllBytes(bundle.file()), Files.readAllBytes(again.file()));
		assertEquals(bundle.sha256(), again.sha256());
		assertEquals(Sha256.of(bundle.file()), bundle.sha256());
		assertEquals(Files.size(bundle.file()), bundle.size());
	}

	@Test
	void anotherVersionGetsAnotherSalt() throws Exception {
		RaucBundleWriter.Release next = new RaucBundleWriter.Release("acme-box", "1.2.1", null, null, RELEASE_TIME);
		RaucBundleWriter.Bundle other = new RaucBundleWriter(vendor, Progress.NONE).write(image, next, folder.resolve("next.raucb"));
		assertNotEquals(field(both(raucInfo(vendorPem, bundle.file())), "Verity Salt"), field(both(raucInfo(vendorPem, other.file())), "Verity Salt"));
	}

	@Test
	void aFlippedByteInTheImageIsRefused() throws IOException {
		Path bad = flipped(bundle.file(), 3 * 4096 + 17, folder.resolve("bad-image.raucb"));
		ExternalTool.Result extract = raucExtract(vendorPem, bad, folder.resolve("extracted"));
		assertNotEquals(0, extract.exitCode(), both(extract));
		assertTrue(both(extract).contains("bundle payload is corrupted"), both(extract));
		assertNotEquals(0, veritysetupVerify(bad).exitCode());
	}

	@Test
	void aFlippedByteInTheSignedManifestIsRefused() throws IOException {
		byte[] bytes = Files.readAllBytes(bundle.file());
		int version = lastIndexOf(bytes, "version=1.2.0\n".getBytes(StandardCharsets.US_ASCII));
		assertTrue(version > cmsStart(bytes), "the manifest is in the CMS");
		ExternalTool.Result info = raucInfo(vendorPem, flipped(bundle.file(), version + 12, folder.resolve("bad-manifest.raucb")));
		assertNotEquals(0, info.exitCode(), both(info));
		assertTrue(both(info).contains("signature verification failed"), both(info));
	}

	@Test
	void aFlippedByteInTheSignatureIsRefused() throws IOException {
		// the SignerInfo's signature value is the CMS's last element
		ExternalTool.Result info = raucInfo(vendorPem, flipped(bundle.file(), bundle.size() - Long.BYTES - 1, folder.resolve("bad-cms.raucb")));
		assertNotEquals(0, info.exitCode(), both(info));
		assertTrue(both(info).contains("signature verification failed"), both(info));
	}

	@Test
	void aBundleOfAnotherIdentityIsRefused() throws Exception {
		VendorIdentity stranger = UpdateFixtures.identity("Acme Appliances");
		RaucBundleWriter.Bundle foreign = new RaucBundleWriter(stranger, Progress.NONE).write(image, RELEASE, folder.resolve("foreign.raucb"));
		ExternalTool.Result info = raucInfo(vendorPem, foreign.file());
		assertNotEquals(0, info.exitCode(), both(info));
		assertTrue(both(info).contains("signature verification failed"), both(info));
		assertEquals(0, raucInfo(UpdateFixtures.certificate(folder, stranger, "stranger.pem"), foreign.file()).exitCode());
	}

	@Test
	void raucAcceptsABundleOfAnEcIdentityAndItsSignatureIsDeterministicToo() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		VendorIdentity ec = VendorIdentity.selfSigned(generator.generateKeyPair(), "Acme EC", null, RELEASE_TIME, Duration.ofDays(3650));
		RaucBundleWriter writer = new RaucBundleWriter(ec, Progress.NONE);
		RaucBundleWriter.Bundle first = writer.write(image, RELEASE, folder.resolve("ec.raucb"));
		RaucBundleWriter.Bundle second = writer.write(image, RELEASE, folder.resolve("ec-again.raucb"));
		assertEquals(first.sha256(), second.sha256());
		ExternalTool.Result info = raucInfo(UpdateFixtures.certificate(folder, ec, "ec.pem"), first.file());
		assertEquals(0, info.exitCode(), both(info));
	}

	@Test
	void anImageOfPartialChunksHasNoBlockHashIndex() throws Exception {
		// 1 KiB ext4 blocks: 16385 of them are not a whole number of RAUC's 4 KiB chunks
		Path odd = folder.resolve("odd.ext4");
		ExternalTool.command("mkfs.ext4", "-q", "-F", "-b", "1024", odd.toString(), "16385K").output();
		RaucBundleWriter.Bundle plain = new RaucBundleWriter(vendor, Progress.NONE).write(odd, RELEASE, folder.resolve("odd.raucb"));
		assertFalse(plain.adaptive());
		ExternalTool.Result info = raucInfo(vendorPem, plain.file());
		assertEquals(0, info.exitCode(), both(info));
		assertFalse(both(info).contains("block-hash-index"), both(info));
		assertTrue(both(info).contains("Size:      16778240"), both(info));
	}

	@Test
	void aMissingImageIsReported() {
		Path missing = folder.resolve("nothing.ext4");
		ImageBuildException e = assertThrows(ImageBuildException.class,
				() -> new RaucBundleWriter(vendor, Progress.NONE).write(missing, RELEASE, folder.resolve("b.raucb")));
		assertEquals("The root file system image " + missing + " does not exist or is not a file", e.getMessage());
	}

	@Test
	void anImageThatIsNotExt4IsReported() throws IOException {
		Path notExt4 = Files.write(folder.resolve("zeros.img"), new byte[8192]);
		ImageBuildException e = assertThrows(ImageBuildException.class,
				() -> new RaucBundleWriter(vendor, Progress.NONE).write(notExt4, RELEASE, folder.resolve("b.raucb")));
		assertEquals(notExt4 + " is not an ext4 file system image", e.getMessage());
	}

	@Test
	void aMissingMksquashfsIsReported() {
		ImageBuildException e = assertThrows(ImageBuildException.class,
				() -> new RaucBundleWriter(vendor, Progress.NONE, "/nonexistent/mksquashfs").write(image, RELEASE, folder.resolve("b.raucb")));
		assertTrue(e.getMessage().startsWith("Cannot start /nonexistent/mksquashfs for making the update bundle's squashfs: "), e.getMessage());
		assertTrue(e.getMessage().endsWith("Is it installed?"), e.getMessage());
		assertFalse(Files.exists(folder.resolve("b.raucb")));
		assertEquals(List.of(), leftovers());
	}

	@Test
	void aFailingMksquashfsIsReported() {
		ImageBuildException e = assertThrows(ImageBuildException.class,
				() -> new RaucBundleWriter(vendor, Progress.NONE, "false").write(image, RELEASE, folder.resolve("b.raucb")));
		assertEquals("making the update bundle's squashfs failed: false exited with 1", e.getMessage());
		assertEquals(List.of(), leftovers());
	}

	@Test
	void aReleaseWithoutVersionOrWithAControlCharacterIsRefused() {
		RaucBundleWriter writer = new RaucBundleWriter(vendor, Progress.NONE);
		ImageBuildException noVersion = assertThrows(ImageBuildException.class, () -> writer.write(image,
				new RaucBundleWriter.Release("acme-box", " ", null, null, RELEASE_TIME), folder.resolve("b.raucb")));
		assertEquals("The update bundle needs a version", noVersion.getMessage());
		ImageBuildException twoLines = assertThrows(ImageBuildException.class, () -> writer.write(image,
				new RaucBundleWriter.Release("acme-box", "1.2.0", null, "one\ntwo", RELEASE_TIME), folder.resolve("b.raucb")));
		assertEquals("The update bundle's description must be one line without control characters: 'one\ntwo'", twoLines.getMessage());
	}

	/** {@code veritysetup verify} of the bundle's payload with the manifest's verity values, unprivileged on the file itself. */
	private static ExternalTool.Result veritysetupVerify(Path raucb) throws IOException {
		String info = both(raucInfo(vendorPem, bundle.file()));
		byte[] bytes = Files.readAllBytes(raucb);
		long veritySize = Long.parseLong(info.replaceAll("(?s).*Verity Size:\\s+(\\d+)\\n.*", "$1"));
		long dataSize = cmsStart(bytes) - veritySize;
		return ExternalTool.command("veritysetup", "verify", "--no-superblock", "--hash=sha256", "--data-block-size=4096", "--hash-block-size=4096",
				"--data-blocks=" + dataSize / 4096, "--hash-offset=" + dataSize, "--salt=" + field(info, "Verity Salt"), raucb.toString(),
				raucb.toString(), field(info, "Verity Hash")).run();
	}

	/** Where the CMS starts: the bundle's last 8 bytes are its size, big-endian. */
	private static long cmsStart(byte[] bytes) {
		long cmsSize = ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong();
		return bytes.length - Long.BYTES - cmsSize;
	}

	private static int lastIndexOf(byte[] bytes, byte[] part) {
		return IntStream.iterate(bytes.length - part.length, i -> i >= 0, i -> i - 1)
				.filter(i -> Arrays.equals(bytes, i, i + part.length, part, 0, part.length)).findFirst().orElse(-1);
	}

	/** A value of rauc info's readable output, e.g. {@code Compatible: 	'acme-box'}. */
	private static String field(String info, String name) {
		Matcher value = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + ":\\s*'([^']*)'$").matcher(info);
		assertTrue(value.find(), name + " in\n" + info);
		return value.group(1);
	}

	private List<Path> leftovers() {
		try (var files = Files.list(folder)) {
			return files.filter(file -> file.getFileName().toString().startsWith(".kiln-bundle-")).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
