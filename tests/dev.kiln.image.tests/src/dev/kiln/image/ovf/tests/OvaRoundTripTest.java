package dev.kiln.image.ovf.tests;

import static dev.kiln.image.ovf.tests.Packages.CERTIFICATE;
import static dev.kiln.image.ovf.tests.Packages.DATA_DISK;
import static dev.kiln.image.ovf.tests.Packages.DESCRIPTOR;
import static dev.kiln.image.ovf.tests.Packages.EPOCH;
import static dev.kiln.image.ovf.tests.Packages.MANIFEST;
import static dev.kiln.image.ovf.tests.Packages.SYSTEM_DISK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.ovf.OvaException;
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.image.ovf.OvaVerifier;
import dev.kiln.image.ovf.OvfEnvelope;
import dev.kiln.image.ovf.OvfVersion;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.QemuImg;

/**
 * Kiln's OVAs written and read back: digests, signatures, member order and modes, determinism, the
 * VMDKs inside judged by qemu-img, and tampering found and named.
 */
class OvaRoundTripTest {

	private static final String PASSWORD = "kiln-test";

	@TempDir
	static Path shared;
	static Packages.Disks disks;
	static Path rsaKeystore;
	static Path ecKeystore;

	@TempDir
	Path dir;

	@BeforeAll
	static void makeDisksAndKeys() throws IOException {
		disks = Packages.disks(shared);
		rsaKeystore = Keystores.selfSigned(shared, "RSA", PASSWORD);
		ecKeystore = Keystores.selfSigned(shared, "EC", PASSWORD);
	}

	private static OvaSigner signer(Path keystore) throws OvaException {
		return OvaSigner.fromPkcs12(keystore, PASSWORD.toCharArray());
	}

	@Test
	void everyDigestOfAnUnsignedOvaMatches() throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), null);

		try (OvaReader reader = OvaReader.open(ova)) {
			OvaVerifier.Verification verification = new OvaVerifier().verify(reader, Progress.NONE).requireValid();
			assertTrue(verification.hasManifest());
			assertEquals(List.of(DESCRIPTOR, SYSTEM_DISK, DATA_DISK), verification.files().stream().map(OvaVerifier.FileCheck::member).toList());
			assertTrue(verification.files().stream().allMatch(f -> f.matches() && f.algorithms().equals(List.of("SHA256"))));
			assertFalse(verification.signatureVerified());
			assertEquals(List.of(DESCRIPTOR, MANIFEST, SYSTEM_DISK, DATA_DISK), reader.members().stream().map(OvaReader.Member::name).toList());
			assertEquals(Files.size(disks.systemVmdk()), reader.member(SYSTEM_DISK).orElseThrow().size());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "RSA", "EC" })
	void aSignedOvaVerifiesAndNamesItsSigner(String algorithm) throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), signer(algorithm.equals("RSA") ? rsaKeystore : ecKeystore));

		try (OvaReader reader = OvaReader.open(ova)) {
			OvaVerifier.Verification verification = new OvaVerifier().verify(reader, Progress.NONE).requireValid();
			assertTrue(verification.signatureVerified());
			assertEquals("CN=Kiln Test Vendor " + algorithm, verification.signer().getSubjectX500Principal().getName());
			assertEquals(List.of(DESCRIPTOR, MANIFEST, CERTIFICATE, SYSTEM_DISK, DATA_DISK),
					reader.members().stream().map(OvaReader.Member::name).toList());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "RSA", "EC" })
	void opensslVerifiesTheManifestSignature(String algorithm) throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), signer(algorithm.equals("RSA") ? rsaKeystore : ecKeystore));
		Path out = Files.createDirectories(dir.resolve("x"));
		ExternalTool.command("tar", "-xf", ova.toString()).in(out).output();
		String cert = Files.readString(out.resolve(CERTIFICATE), StandardCharsets.US_ASCII);
		String firstLine = cert.substring(0, cert.indexOf('\n'));
		assertTrue(firstLine.startsWith("SHA256(" + MANIFEST + ")= "), firstLine);
		Files.write(out.resolve("signature.bin"), HexFormat.of().parseHex(firstLine.substring(firstLine.indexOf("= ") + 2)));
		Files.writeString(out.resolve("signer.pem"), cert.substring(cert.indexOf('\n') + 1));
		ExternalTool.command("openssl", "x509", "-in", "signer.pem", "-pubkey", "-noout", "-out", "public.pem").in(out).output();

		String result = ExternalTool.command("openssl", "dgst", "-sha256", "-verify", "public.pem", "-signature", "signature.bin", MANIFEST)
				.in(out).output();
		assertTrue(result.contains("Verified OK"), result);
	}

	@Test
	void membersComeInOrderOwnedByRootWithMode0644AndTheEpochAsTime() throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), signer(rsaKeystore));

		List<String> names = new ArrayList<>();
		try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(ova))) {
			for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
				names.add(entry.getName());
				assertEquals(0100644, entry.getMode(), entry.getName());
				assertEquals(0, entry.getLongUserId(), entry.getName());
				assertEquals(0, entry.getLongGroupId(), entry.getName());
				assertEquals(EPOCH * 1000, entry.getModTime().getTime(), entry.getName());
				assertTrue(entry.isFile(), entry.getName());
			}
		}
		assertEquals(List.of(DESCRIPTOR, MANIFEST, CERTIFICATE, SYSTEM_DISK, DATA_DISK), names);
		// GNU tar, the independent judge: USTAR headers, the same order, owner 0/0, rw-r--r--, 2024-01-01
		String listing = ExternalTool.command("tar", "--numeric-owner", "--utc", "-tvf", ova.toString()).in(dir).output();
		List<String> lines = listing.lines().toList();
		assertEquals(5, lines.size(), listing);
		for (int i = 0; i < lines.size(); i++) {
			assertTrue(lines.get(i).matches("-rw-r--r-- 0/0 +\\d+ 2024-01-01 00:00 " + names.get(i).replace(".", "\\.")), lines.get(i));
		}
		try (FileChannel channel = FileChannel.open(ova)) {
			ByteBuffer magic = ByteBuffer.allocate(8);
			channel.read(magic, 257);
			assertEquals("ustar\u000000", new String(magic.array(), StandardCharsets.US_ASCII), "POSIX USTAR header");
		}
	}

	@Test
	void theManifestIsWhatSha256sumComputes() throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), null);
		Path out = Files.createDirectories(dir.resolve("x"));
		ExternalTool.command("tar", "-xf", ova.toString()).in(out).output();

		// "SHA256(name)= hex" → "hex  name", checked by coreutils
		StringBuilder sums = new StringBuilder();
		for (String line : Files.readAllLines(out.resolve(MANIFEST))) {
			sums.append(line.substring(line.indexOf(")= ") + 3)).append("  ").append(line, "SHA256(".length(), line.indexOf(")= ")).append('\n');
		}
		Files.writeString(out.resolve("sums"), sums);
		String check = ExternalTool.command("sha256sum", "-c", "sums").in(out).output();
		assertEquals(3, check.lines().filter(l -> l.endsWith(": OK")).count(), check);
	}

	@Test
	void theSameInputGivesTheSameOvaBytes() throws IOException {
		Path first = Packages.ova(disks, dir.resolve("first.ova"), signer(ecKeystore));
		Path second = Packages.ova(disks, dir.resolve("second.ova"), signer(ecKeystore));

		assertEquals(Sha256.of(first), Sha256.of(second));
	}

	@Test
	void theVmdksInsideTheOvaAreWhatQemuImgExpects() throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), null);
		Path out = dir.resolve("extracted");
		try (OvaReader reader = OvaReader.open(ova)) {
			reader.extract(out, Progress.NONE);
		}
		QemuImg qemuImg = QemuImg.find();

		Path system = out.resolve(SYSTEM_DISK);
		String info = qemuImg.info(system);
		assertTrue(info.contains("\"format\": \"vmdk\"") && info.contains("\"create-type\": \"streamOptimized\""), info);
		qemuImg.assertChecks(system);
		qemuImg.assertIdentical(disks.systemRaw(), system);
		qemuImg.assertIdentical(disks.dataRaw(), out.resolve(DATA_DISK));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(4, files.count(), "the four members, nothing else");
		}
	}

	@ParameterizedTest
	@EnumSource(OvfVersion.class)
	void theDescriptorReadBackDescribesTheDisksInside(OvfVersion version) throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), null, version);

		try (OvaReader reader = OvaReader.open(ova)) {
			new OvaVerifier().verify(reader, Progress.NONE).requireValid();
			OvfEnvelope envelope = reader.descriptor();
			assertEquals(version, envelope.version());
			assertEquals(List.of(40L << 20, 16L << 20), envelope.disks().stream().map(OvfEnvelope.Disk::capacity).toList());
			assertEquals(0, envelope.disks().get(1).populatedSize(), "the empty data disk has no grain");
			assertTrue(envelope.disks().get(0).populatedSize() > 0);
			assertEquals(Files.size(disks.systemVmdk()), envelope.files().get(0).size());
			assertEquals("Wiki Appliance", envelope.virtualSystem().product().product());
			assertEquals(Descriptors.EULA, envelope.virtualSystem().eulas().get(0));
		}
	}

	@Test
	void oneFlippedByteInADiskIsFoundAndTheDiskNamed() throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), signer(rsaKeystore));
		flipByteOfMember(ova, SYSTEM_DISK, 5000);

		try (OvaReader reader = OvaReader.open(ova)) {
			OvaVerifier.Verification verification = new OvaVerifier().verify(reader, Progress.NONE);
			assertEquals(1, verification.problems().size(), verification.problems().toString());
			OvaException problem = verification.problems().get(0);
			assertEquals(OvaException.Reason.DIGEST_MISMATCH, problem.reason());
			assertEquals(SYSTEM_DISK, problem.member());
			assertTrue(problem.getMessage().contains(SYSTEM_DISK), problem.getMessage());
			assertTrue(verification.signatureVerified(), "the manifest itself is intact");
			OvaException thrown = assertThrows(OvaException.class, verification::requireValid);
			assertEquals(SYSTEM_DISK, thrown.member());
		}
	}

	@Test
	void aTamperedSignatureFailsVerification() throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), signer(rsaKeystore));
		// the signature's first hex digit, just after "SHA256(….mf)= "
		flipHexDigitOfMember(ova, CERTIFICATE, ("SHA256(" + MANIFEST + ")= ").length());

		try (OvaReader reader = OvaReader.open(ova)) {
			OvaVerifier.Verification verification = new OvaVerifier().verify(reader, Progress.NONE);
			assertFalse(verification.valid());
			assertFalse(verification.signatureVerified());
			assertEquals(List.of(OvaException.Reason.SIGNATURE_INVALID),
					verification.problems().stream().map(OvaException::reason).toList());
			assertEquals(CERTIFICATE, verification.problems().get(0).member());
		}
	}

	@Test
	void aTamperedManifestBreaksTheSignatureAndTheDigest() throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), signer(ecKeystore));
		String manifest;
		try (OvaReader reader = OvaReader.open(ova)) {
			manifest = new String(reader.manifestBytes().orElseThrow(), StandardCharsets.US_ASCII);
		}
		int digestOfSystemDisk = manifest.indexOf("SHA256(" + SYSTEM_DISK + ")= ") + ("SHA256(" + SYSTEM_DISK + ")= ").length();
		flipHexDigitOfMember(ova, MANIFEST, digestOfSystemDisk);

		try (OvaReader reader = OvaReader.open(ova)) {
			List<OvaException> problems = new OvaVerifier().verify(reader, Progress.NONE).problems();
			assertEquals(List.of(OvaException.Reason.DIGEST_MISMATCH, OvaException.Reason.SIGNATURE_INVALID),
					problems.stream().map(OvaException::reason).toList());
			assertEquals(SYSTEM_DISK, problems.get(0).member());
		}
	}

	@Test
	void aCancelledWriteLeavesNoOva() throws IOException {
		Path target = dir.resolve("wiki.ova");
		Progress cancelled = new Progress() {
			private long done;

			@Override
			public void worked(long units) {
				done += units;
			}

			@Override
			public boolean isCancelled() {
				return done > 1 << 20;
			}
		};
		byte[] descriptor = "<x/>".getBytes(StandardCharsets.UTF_8);

		assertThrows(CancellationException.class, () -> new dev.kiln.image.ovf.OvaWriter(EPOCH).write(target, DESCRIPTOR, descriptor,
				List.of(new dev.kiln.image.ovf.OvaWriter.Member(SYSTEM_DISK, disks.systemRaw())), null, cancelled));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(), files.toList(), "neither the OVA nor a temporary file");
		}
	}

	@Test
	void aWrongKeystorePasswordIsASigningKeyError() {
		OvaException e = assertThrows(OvaException.class, () -> OvaSigner.fromPkcs12(rsaKeystore, "wrong".toCharArray()));
		assertEquals(OvaException.Reason.SIGNING_KEY, e.reason());
		assertTrue(e.getMessage().contains(rsaKeystore.toString()), e.getMessage());
	}

	@Test
	void theSignerComesFromTheEnvironmentWhenSet() throws OvaException {
		assertTrue(OvaSigner.fromEnvironment(Map.of()).isEmpty());
		OvaSigner signer = OvaSigner.fromEnvironment(Map.of(OvaSigner.KEYSTORE_VARIABLE, rsaKeystore.toString(),
				OvaSigner.PASSWORD_VARIABLE, PASSWORD)).orElseThrow();
		assertEquals("CN=Kiln Test Vendor RSA", signer.certificate().getSubjectX500Principal().getName());
	}

	/** Inverts one byte of a member's data in the archive, in place. */
	static void flipByteOfMember(Path ova, String member, long offsetInMember) throws IOException {
		long at = dataOffset(ova, member) + offsetInMember;
		try (FileChannel channel = FileChannel.open(ova, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			ByteBuffer one = ByteBuffer.allocate(1);
			channel.read(one, at);
			one.put(0, (byte) ~one.get(0));
			channel.write(one.rewind(), at);
		}
	}

	/** Replaces a hex digit of a member by another, in place. */
	static void flipHexDigitOfMember(Path ova, String member, long offsetInMember) throws IOException {
		long at = dataOffset(ova, member) + offsetInMember;
		try (FileChannel channel = FileChannel.open(ova, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			ByteBuffer one = ByteBuffer.allocate(1);
			channel.read(one, at);
			one.put(0, (byte) (one.get(0) == '0' ? '1' : '0'));
			channel.write(one.rewind(), at);
		}
	}

	private static long dataOffset(Path ova, String member) throws IOException {
		try (TarFile tar = new TarFile(ova)) {
			for (TarArchiveEntry entry : tar.getEntries()) {
				if (entry.getName().equals(member)) {
					return entry.getDataOffset();
				}
			}
		}
		throw new AssertionError(member + " is not in " + ova);
	}

	@Test
	void flippingAByteChangesTheMember() throws IOException {
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), null);
		byte[] before;
		try (OvaReader reader = OvaReader.open(ova); InputStream in = reader.open(DATA_DISK)) {
			before = in.readAllBytes();
		}
		flipByteOfMember(ova, DATA_DISK, 10);
		try (OvaReader reader = OvaReader.open(ova); InputStream in = reader.open(DATA_DISK)) {
			byte[] after = in.readAllBytes();
			assertEquals((byte) ~before[10], after[10]);
			after[10] = before[10];
			assertArrayEquals(before, after);
		}
	}
}
