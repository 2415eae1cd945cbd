package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.kiln.testsupport.ExternalTool;

/**
 * kiln verify on Kiln's OVA and on packages Kiln did not write: an OVF 1.0 package assembled here with
 * plain tar, sha1sum and sha256sum, signed with openssl by a self-signed certificate or a private CA.
 */
class VerifyCommandTest {

	/** An OVF 1.0 descriptor as other tools write them: no ProductSection, capacity in bytes. */
	private static final String OVF_1 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
			    xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData">
			  <References>
			    <File ovf:href="other-disk1.vmdk" ovf:id="file1"/>
			  </References>
			  <DiskSection>
			    <Info>Virtual disks</Info>
			    <Disk ovf:capacity="67108864" ovf:diskId="vmdisk1" ovf:fileRef="file1"
			        ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
			  </DiskSection>
			  <VirtualSystem ovf:id="other-appliance">
			    <Info>An appliance from another vendor</Info>
			    <VirtualHardwareSection>
			      <Info>Virtual hardware</Info>
			      <Item>
			        <rasd:ElementName>1 virtual CPU</rasd:ElementName>
			        <rasd:InstanceID>1</rasd:InstanceID>
			        <rasd:ResourceType>3</rasd:ResourceType>
			        <rasd:VirtualQuantity>1</rasd:VirtualQuantity>
			      </Item>
			      <Item>
			        <rasd:AllocationUnits>byte * 2^20</rasd:AllocationUnits>
			        <rasd:ElementName>256 MB of memory</rasd:ElementName>
			        <rasd:InstanceID>2</rasd:InstanceID>
			        <rasd:ResourceType>4</rasd:ResourceType>
			        <rasd:VirtualQuantity>256</rasd:VirtualQuantity>
			      </Item>
			    </VirtualHardwareSection>
			  </VirtualSystem>
			</Envelope>
			""";
	private static final String DISK = "other-disk1.vmdk";

	@TempDir
	Path folder;

	private KilnProcess.Result verifyHere(String... arguments) throws Exception {
		return KilnProcess.runCommand(folder, Map.of(), Duration.ofMinutes(5), "verify", arguments);
	}

	/** other.ovf, a streamOptimized disk made by qemu-img, and other.mf with SHA1 lines as sha1sum computes them. */
	private String foreignFiles() throws Exception {
		Files.writeString(folder.resolve("other.ovf"), OVF_1);
		ExternalTool.command("qemu-img", "create", "-q", "-f", "vmdk", "-o", "subformat=streamOptimized", DISK, "64M").in(folder).output();
		String disk = sum("sha1sum", DISK);
		Files.writeString(folder.resolve("other.mf"), "SHA1(other.ovf)= " + sum("sha1sum", "other.ovf") + "\n"
				+ "SHA1(" + DISK + ")= " + disk + "\n");
		return disk;
	}

	/** other.cert: the SHA256 signature of other.mf by {@code key}, then the certificates. */
	private void sign(String key, String... certificates) throws Exception {
		String signature = ExternalTool.command("openssl", "dgst", "-sha256", "-sign", key, "-hex", "other.mf").in(folder).output().strip();
		StringBuilder cert = new StringBuilder("SHA256(other.mf)= " + signature.substring(signature.lastIndexOf(' ') + 1) + "\n");
		for (String certificate : certificates) {
			cert.append(Files.readString(folder.resolve(certificate)));
		}
		Files.writeString(folder.resolve("other.cert"), cert);
	}

	/** {@code name}.key and its self-signed certificate {@code name}.pem, made by openssl, valid for 30 days. */
	private void selfSigned(String name, String subject) throws Exception {
		ExternalTool.command("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", name + ".key", "-out", name + ".pem",
				"-days", "30", "-subj", subject).in(folder).output();
	}

	private void tar(String... members) throws Exception {
		String[] command = new String[members.length + 3];
		command[0] = "tar";
		command[1] = "-cf";
		command[2] = "other.ova";
		System.arraycopy(members, 0, command, 3, members.length);
		ExternalTool.command(command).in(folder).output();
	}

	/** vendor.p12: a self-signed RSA key and certificate for "Kiln Test Vendor", made with openssl. */
	private Path vendorKeystore(String password) throws Exception {
		ExternalTool.command("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "vendor.key", "-out", "vendor.crt", "-days", "30",
				"-subj", "/O=Kiln Tests/CN=Kiln Test Vendor").in(folder).output();
		ExternalTool.command("openssl", "pkcs12", "-export", "-inkey", "vendor.key", "-in", "vendor.crt", "-out", "vendor.p12", "-passout",
				"pass:" + password).in(folder).output();
		return folder.resolve("vendor.p12");
	}

	@Test
	void kilnBuildSignsTheOvaWithTheVendorsKeystoreAndVerifyNamesTheSigner() throws Exception {
		Path keystore = vendorKeystore("vendor-secret");
		Path output = folder.resolve("signed");
		KilnProcess.Result build = KilnProcess.run(KilnProcess.repository(),
				Map.of("KILN_SIGNING_KEYSTORE", keystore.toString(), "KILN_SIGNING_PASSWORD", "vendor-secret"), Duration.ofMinutes(20), "build",
				"examples/hello-appliance", "--output", output.toString(), "--cache", KilnProcess.cache().toString());
		assertEquals(0, build.exitCode(), build.toString());
		assertFalse(build.out().contains("vendor-secret") || build.err().contains("vendor-secret"), "the password is never printed");

		KilnProcess.Result result = KilnProcess.run(output, Map.of(), Duration.ofMinutes(5), "verify", "hello-appliance-1.0.0.ova");

		assertEquals(0, result.exitCode(), result.toString());
		List<String> lines = result.outLines();
		assertTrue(result.out().contains(" hello-appliance-1.0.0.cert"), "the OVA carries its signature: " + result);
		assertTrue(lines.get(lines.size() - 1).matches("signature valid self-signed sha256:[0-9a-f]{64} .*CN=Kiln Test Vendor.*"), result.toString());
	}

	@Test
	void aSigningKeystoreThatCannotBeOpenedStopsTheBuildBeforeAnythingIsWritten() throws Exception {
		Path keystore = vendorKeystore("vendor-secret");
		Path output = folder.resolve("not-built");
		KilnProcess.Result build = KilnProcess.run(KilnProcess.repository(),
				Map.of("KILN_SIGNING_KEYSTORE", keystore.toString(), "KILN_SIGNING_PASSWORD", "wrong-password"), Duration.ofMinutes(5), "build",
				"examples/hello-appliance", "--output", output.toString(), "--cache", KilnProcess.cache().toString());

		assertEquals(2, build.exitCode(), build.toString());
		assertTrue(build.err().contains("KILN_SIGNING_KEYSTORE is set, but its keystore cannot sign: "), build.toString());
		assertFalse(build.err().contains("wrong-password"), "the password is never printed");
		assertFalse(Files.exists(output), "nothing was written");
	}

	@Test
	void kilnsOwnOvaIsIntactAndListsEachFileWithItsSizeAndSha256() throws Exception {
		Path ova = BuiltExample.ova();

		KilnProcess.Result result = KilnProcess.run(ova.getParent(), Map.of(), Duration.ofMinutes(5), "verify", ova.getFileName().toString());

		assertEquals(0, result.exitCode(), result.toString());
		List<String> lines = result.outLines();
		assertTrue(lines.get(0).matches("file ok \\d+ sha256:[0-9a-f]{64} hello-appliance-1\\.0\\.0\\.ovf"), result.toString());
		assertTrue(lines.get(1).matches("file - \\d+ - hello-appliance-1\\.0\\.0\\.mf"), result.toString());
		assertTrue(lines.stream().anyMatch(l -> l.matches("file ok \\d+ sha256:[0-9a-f]{64} hello-appliance-1\\.0\\.0\\.vmdk")),
				result.toString());
		assertEquals("signature none", lines.get(lines.size() - 1), result.toString());
		assertTrue(result.err().contains("hello-appliance-1.0.0.ova: intact"), result.toString());
	}

	@Test
	void anOvf1PackageMadeWithTarAndSha1sumIsIntact() throws Exception {
		String disk = foreignFiles();
		tar("other.ovf", "other.mf", DISK);

		KilnProcess.Result result = verifyHere("other.ova");

		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("file ok " + Files.size(folder.resolve(DISK)) + " sha1:" + disk + " " + DISK, result.outLines().get(2), result.toString());
		assertEquals("signature none", result.outLines().get(3), result.toString());
		assertTrue(result.err().contains("other.ova: intact (2 digest(s) checked)"), result.toString());
	}

	@Test
	void aChangedDiskExitsOneNamingTheFileWithTheExpectedAndTheActualDigest() throws Exception {
		String expected = foreignFiles();
		try (RandomAccessFile disk = new RandomAccessFile(folder.resolve(DISK).toFile(), "rw")) {
			disk.seek(disk.length() / 2);
			disk.write(0x5a);
		}
		String actual = sum("sha1sum", DISK);
		tar("other.ovf", "other.mf", DISK);

		KilnProcess.Result result = verifyHere("other.ova");

		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.outLines().contains("file damaged " + Files.size(folder.resolve(DISK)) + " sha1:" + actual + " " + DISK),
				result.toString());
		assertTrue(result.outLines().contains("problem other.ova: " + DISK + ": its SHA1 digest is " + actual + ", the manifest other.mf says "
				+ expected + ": the file is damaged or was changed"), result.toString());
		assertTrue(result.err().contains("other.ova: 1 problem(s)"), result.toString());
	}

	@Test
	void aSelfSignedPackageSaysWhoSignedAndThatNoAnchorVouchesForIt() throws Exception {
		foreignFiles();
		selfSigned("vendor", "/O=Other Vendor/CN=Other Vendor Signing");
		sign("vendor.key", "vendor.pem");
		tar("other.ovf", "other.mf", "other.cert", DISK);

		KilnProcess.Result result = verifyHere("other.ova");

		assertEquals(0, result.exitCode(), result.toString());
		String signature = result.outLines().get(result.outLines().size() - 1);
		assertTrue(signature.matches("signature valid self-signed sha256:[0-9a-f]{64} CN=Other Vendor Signing,O=Other Vendor"), result.toString());
		assertTrue(result.err().contains("self-signed certificate"), result.toString());

		KilnProcess.Result required = verifyHere("other.ova", "--require-trusted");
		assertEquals(1, required.exitCode(), required.toString());
		assertTrue(required.err().contains("not signed by a trusted certificate chain"), required.toString());
	}

	@Test
	void aPackageSignedUnderAPrivateCaIsTrustedWithThatCa() throws Exception {
		foreignFiles();
		selfSigned("ca", "/CN=Other Vendor CA");
		ExternalTool.command("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", "vendor.key", "-out", "vendor.csr",
				"-subj", "/CN=Other Vendor Release").in(folder).output();
		ExternalTool.command("openssl", "x509", "-req", "-in", "vendor.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
				"-out", "vendor.pem", "-days", "30").in(folder).output();
		sign("vendor.key", "vendor.pem", "ca.pem");
		tar("other.ovf", "other.mf", "other.cert", DISK);

		KilnProcess.Result trusted = verifyHere("other.ova", "--trust", "ca.pem", "--require-trusted");

		assertEquals(0, trusted.exitCode(), trusted.toString());
		assertTrue(trusted.outLines().get(trusted.outLines().size() - 1).matches("signature valid trusted sha256:[0-9a-f]{64} CN=Other Vendor Release"),
				trusted.toString());
		KilnProcess.Result unknownCa = verifyHere("other.ova");
		assertEquals(0, unknownCa.exitCode(), unknownCa.toString());
		assertTrue(unknownCa.out().contains("signature valid self-signed "), "the chain ends in the CA's self-signed certificate\n" + unknownCa);
	}

	@Test
	void aSignatureOverAnotherManifestIsInvalid() throws Exception {
		foreignFiles();
		selfSigned("vendor", "/CN=Other Vendor Signing");
		sign("vendor.key", "vendor.pem");
		Files.writeString(folder.resolve("other.mf"), Files.readString(folder.resolve("other.mf")) + "\n"); // same digests, other bytes
		tar("other.ovf", "other.mf", "other.cert", DISK);

		KilnProcess.Result result = verifyHere("other.ova");

		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().contains("\nsignature invalid sha256:"), result.toString());
		assertTrue(result.out().contains("problem other.ova: other.cert: the signature of other.mf does not verify"), result.toString());
	}

	@Test
	void anArchiveWhoseFirstMemberIsNotTheDescriptorIsNotAnOva() throws Exception {
		foreignFiles();
		tar(DISK, "other.ovf", "other.mf");

		KilnProcess.Result result = verifyHere("other.ova");

		assertEquals(1, result.exitCode(), result.toString());
		assertEquals(List.of("problem other.ova: " + DISK + ": the first member of an OVA must be its .ovf descriptor"), result.outLines());
	}

	@Test
	void aMissingFileIsAUsageError() throws Exception {
		KilnProcess.Result result = verifyHere("no-such.ova");

		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("no-such.ova: no such file or folder"), result.toString());
	}

	/** The digest in the first field of a {@code sha1sum}/{@code sha256sum} line of {@code file} in the test's folder. */
	private String sum(String tool, String file) {
		return ExternalTool.command(tool, file).in(folder).output().split(" ")[0];
	}
}
