package dev.kiln.image.ovf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.ovf.OvaException;
import dev.kiln.image.ovf.OvaException.Reason;
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.ovf.OvaVerifier;
import dev.kiln.testsupport.ExternalTool;

/** Hostile and broken OVAs: each is refused with its reason and the member named, and nothing lands outside the target. */
class OvaBadInputTest {

	private static final byte[] OVF = """
			<?xml version="1.0"?>
			<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/2" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/2">
			  <References><File ovf:id="f" ovf:href="disk.vmdk"/></References>
			  <VirtualSystem ovf:id="x"><Info>x</Info></VirtualSystem>
			</Envelope>
			""".getBytes(StandardCharsets.UTF_8);
	private static final byte[] DISK = "not really a disk".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path dir;

	/** A member of a hand-made archive: a regular file unless {@code type} says otherwise. */
	private record Member(String name, byte[] data, byte type, String link) {
		static Member file(String name, byte[] data) {
			return new Member(name, data, TarConstants.LF_NORMAL, null);
		}
	}

	private Path archive(String name, Member... members) throws IOException {
		Path ova = dir.resolve(name);
		try (OutputStream out = Files.newOutputStream(ova); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
			for (Member member : members) {
				TarArchiveEntry entry = new TarArchiveEntry(member.name(), member.type(), true);
				if (member.link() != null) {
					entry.setLinkName(member.link());
				}
				if (member.type() == TarConstants.LF_NORMAL) {
					entry.setSize(member.data().length);
				}
				tar.putArchiveEntry(entry);
				if (member.type() == TarConstants.LF_NORMAL) {
					tar.write(member.data());
				}
				tar.closeArchiveEntry();
			}
		}
		return ova;
	}

	private static OvaException refused(Path ova) {
		return assertThrows(OvaException.class, () -> {
			try (OvaReader reader = OvaReader.open(ova)) {
				reader.extract(ova.resolveSibling("target"), Progress.NONE);
			}
		});
	}

	private String manifest(String... names) {
		StringBuilder text = new StringBuilder();
		for (String name : names) {
			byte[] data = name.endsWith(".ovf") ? OVF : DISK;
			text.append("SHA256(").append(name).append(")= ").append(Sha256.of(data)).append('\n');
		}
		return text.toString();
	}

	private void assertNothingOutsideTheTarget() throws IOException {
		try (Stream<Path> files = Files.walk(dir.getParent(), 1)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("evil")), "evil was written outside the target");
		}
		assertFalse(Files.exists(Path.of("/tmp/kiln-evil")));
		Path target = dir.resolve("target");
		if (Files.exists(target)) {
			try (Stream<Path> files = Files.walk(target)) {
				assertEquals(1, files.count(), "nothing extracted");
			}
		}
	}

	@Test
	void aMemberClimbingOutWithDotDotIsRefused() throws IOException {
		Path ova = archive("climb.ova", Member.file("a.ovf", OVF), Member.file("../evil", DISK));

		OvaException e = refused(ova);

		assertEquals(Reason.PATH_TRAVERSAL, e.reason());
		assertEquals("../evil", e.member());
		assertTrue(e.getMessage().startsWith("climb.ova: ../evil: "), e.getMessage());
		assertNothingOutsideTheTarget();
	}

	@Test
	void aDotDotInsideANameIsRefused() throws IOException {
		OvaException e = refused(archive("inside.ova", Member.file("a.ovf", OVF), Member.file("disks/../../evil", DISK)));

		assertEquals(Reason.PATH_TRAVERSAL, e.reason());
		assertNothingOutsideTheTarget();
	}

	@Test
	void anAbsoluteMemberNameIsRefused() throws IOException {
		OvaException e = refused(archive("absolute.ova", Member.file("a.ovf", OVF), Member.file("/tmp/kiln-evil", DISK)));

		assertEquals(Reason.ABSOLUTE_PATH, e.reason());
		assertEquals("/tmp/kiln-evil", e.member());
		assertNothingOutsideTheTarget();
	}

	@Test
	void aSymbolicLinkMadeByTarIsRefused() throws IOException {
		Path src = Files.createDirectories(dir.resolve("src"));
		Files.write(src.resolve("a.ovf"), OVF);
		Files.createSymbolicLink(src.resolve("disk.vmdk"), Path.of("/etc/passwd"));
		ExternalTool.command("tar", "-cf", dir.resolve("link.ova").toString(), "a.ovf", "disk.vmdk").in(src).output();

		OvaException e = refused(dir.resolve("link.ova"));

		assertEquals(Reason.LINK_MEMBER, e.reason());
		assertEquals("disk.vmdk", e.member());
		assertTrue(e.getMessage().contains("/etc/passwd"), e.getMessage());
		assertNothingOutsideTheTarget();
	}

	@Test
	void aHardLinkIsRefused() throws IOException {
		OvaException e = refused(archive("hard.ova", Member.file("a.ovf", OVF),
				new Member("disk.vmdk", new byte[0], TarConstants.LF_LINK, "a.ovf")));

		assertEquals(Reason.LINK_MEMBER, e.reason());
	}

	@Test
	void aDeviceIsRefused() throws IOException {
		OvaException e = refused(archive("device.ova", Member.file("a.ovf", OVF), new Member("disk.vmdk", new byte[0], TarConstants.LF_BLK, null)));

		assertEquals(Reason.SPECIAL_MEMBER, e.reason());
		assertTrue(e.getMessage().contains("block device"), e.getMessage());
	}

	@Test
	void duplicateNamesAreRefused() throws IOException {
		OvaException e = refused(archive("twice.ova", Member.file("a.ovf", OVF), Member.file("disk.vmdk", DISK), Member.file("disk.vmdk", DISK)));

		assertEquals(Reason.DUPLICATE_MEMBER, e.reason());
		assertEquals("disk.vmdk", e.member());
	}

	@Test
	void aDescriptorThatIsNotFirstIsRefused() throws IOException {
		OvaException e = refused(archive("order.ova", Member.file("disk.vmdk", DISK), Member.file("a.ovf", OVF)));

		assertEquals(Reason.DESCRIPTOR_NOT_FIRST, e.reason());
		assertEquals("disk.vmdk", e.member());
	}

	@Test
	void anArchiveCutInsideADiskIsTruncated() throws IOException {
		Packages.Disks disks = Packages.disks(dir);
		Path ova = Packages.ova(disks, dir.resolve("cut.ova"), null);
		try (FileChannel channel = FileChannel.open(ova, StandardOpenOption.WRITE)) {
			channel.truncate(channel.size() - Files.size(disks.dataVmdk()) - 40_000);
		}

		OvaException e = refused(ova);

		assertEquals(Reason.TRUNCATED, e.reason());
		assertEquals(Packages.SYSTEM_DISK, e.member());
	}

	@Test
	void anArchiveCutInsideAHeaderIsTruncated() throws IOException {
		Path ova = archive("header.ova", Member.file("a.ovf", OVF), Member.file("disk.vmdk", DISK));
		try (FileChannel channel = FileChannel.open(ova, StandardOpenOption.WRITE)) {
			channel.truncate(512 + 512 + 300); // the descriptor's header and data, then part of the disk's header
		}

		OvaException e = refused(ova);

		assertEquals(Reason.TRUNCATED, e.reason(), e.getMessage());
	}

	@Test
	void aFileThatIsNotTarIsNotAnOvfPackage() throws IOException {
		Path ova = dir.resolve("text.ova");
		Files.writeString(ova, "hello ".repeat(200));

		OvaException e = refused(ova);

		assertTrue(e.reason() == Reason.NOT_AN_OVF_PACKAGE || e.reason() == Reason.TRUNCATED, e.toString());
	}

	@Test
	void aManifestLineForAMissingFileNamesThatFile() throws IOException {
		Path ova = archive("missing.ova", Member.file("a.ovf", OVF), Member.file("a.mf", (manifest("a.ovf", "disk.vmdk")
				+ "SHA256(ghost.vmdk)= " + "0".repeat(64) + "\n").getBytes(StandardCharsets.US_ASCII)), Member.file("disk.vmdk", DISK));

		try (OvaReader reader = OvaReader.open(ova)) {
			List<OvaException> problems = new OvaVerifier().verify(reader, Progress.NONE).problems();
			assertEquals(1, problems.size(), problems.toString());
			assertEquals(Reason.MISSING_FILE, problems.get(0).reason());
			assertEquals("ghost.vmdk", problems.get(0).member());
		}
	}

	@Test
	void aMemberTheManifestDoesNotCoverIsReported() throws IOException {
		Path ova = archive("extra.ova", Member.file("a.ovf", OVF), Member.file("a.mf", manifest("a.ovf", "disk.vmdk")
				.getBytes(StandardCharsets.US_ASCII)), Member.file("disk.vmdk", DISK), Member.file("smuggled.sh", DISK));

		try (OvaReader reader = OvaReader.open(ova)) {
			List<OvaException> problems = new OvaVerifier().verify(reader, Progress.NONE).problems();
			assertEquals(List.of(Reason.NOT_IN_MANIFEST), problems.stream().map(OvaException::reason).toList());
			assertEquals("smuggled.sh", problems.get(0).member());
		}
	}

	@Test
	void aMalformedManifestLineIsRefused() throws IOException {
		OvaException e = refused(archive("badmf.ova", Member.file("a.ovf", OVF),
				Member.file("a.mf", "MD5 disk.vmdk 1234\n".getBytes(StandardCharsets.US_ASCII)), Member.file("disk.vmdk", DISK)));

		assertEquals(Reason.BAD_MANIFEST, e.reason());
		assertEquals("a.mf", e.member());
		assertTrue(e.getMessage().contains("line 1"), e.getMessage());
	}

	@Test
	void aDescriptorWithADoctypeIsRefused() throws IOException {
		byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<Envelope xmlns=\"http://schemas.dmtf.org/ovf/envelope/2\">&x;</Envelope>").getBytes(StandardCharsets.UTF_8);

		OvaException e = refused(archive("xxe.ova", Member.file("a.ovf", xxe)));

		assertEquals(Reason.BAD_DESCRIPTOR, e.reason());
		assertEquals("a.ovf", e.member());
	}

	@Test
	void aDiskWhoseSizeDiffersFromItsReferenceIsReported() throws IOException {
		byte[] sized = new String(OVF, StandardCharsets.UTF_8).replace("ovf:href=\"disk.vmdk\"", "ovf:href=\"disk.vmdk\" ovf:size=\"9\"")
				.getBytes(StandardCharsets.UTF_8);
		Path ova = archive("size.ova", Member.file("a.ovf", sized), Member.file("disk.vmdk", DISK));

		try (OvaReader reader = OvaReader.open(ova)) {
			List<OvaException> problems = new OvaVerifier().verify(reader, Progress.NONE).problems();
			assertEquals(List.of(Reason.SIZE_MISMATCH), problems.stream().map(OvaException::reason).toList());
			assertEquals("disk.vmdk", problems.get(0).member());
		}
	}

	@Test
	void extractionGoesIntoAnEmptyFolderOnly() throws IOException {
		Path ova = archive("fine.ova", Member.file("a.ovf", OVF), Member.file("disk.vmdk", DISK));
		Path target = Files.createDirectories(dir.resolve("busy"));
		Files.writeString(target.resolve("disk.vmdk"), "precious");

		try (OvaReader reader = OvaReader.open(ova)) {
			IOException e = assertThrows(IOException.class, () -> reader.extract(target, Progress.NONE));
			assertTrue(e.getMessage().contains("not empty"), e.getMessage());
			assertEquals("precious", Files.readString(target.resolve("disk.vmdk")));
			reader.extract(dir.resolve("fresh"), Progress.NONE);
			assertEquals("not really a disk", Files.readString(dir.resolve("fresh/disk.vmdk")));
		}
	}
}
