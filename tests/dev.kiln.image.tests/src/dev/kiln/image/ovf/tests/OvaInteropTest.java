package dev.kiln.image.ovf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.image.format.StreamOptimizedVmdkReader;
import dev.kiln.image.format.tests.RawDisks;
import dev.kiln.image.ovf.OvaException;
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.ovf.OvaVerifier;
import dev.kiln.image.ovf.OvfEnvelope;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.QemuImg;

/**
 * Packages Kiln did not write: a disk converted by {@code qemu-img}, a hand-written OVF 1.x descriptor
 * and manifest (SHA1 and SHA256 lines computed by coreutils), assembled with plain {@code tar}.
 */
class OvaInteropTest {

	/** A descriptor as third-party tools write them: OVF 1.x, capacity in GiB, no ProductSection. */
	private static final String THIRD_PARTY_OVF = """
			<?xml version="1.0" encoding="UTF-8"?>
			<Envelope xmlns="http://schemas.dmtf.org/ovf/envelope/1" xmlns:ovf="http://schemas.dmtf.org/ovf/envelope/1"
			    xmlns:rasd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData"
			    xmlns:vssd="http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData">
			  <References>
			    <File ovf:href="disk.vmdk" ovf:id="disk-file"/>
			  </References>
			  <DiskSection>
			    <Info>Disks</Info>
			    <Disk ovf:capacity="1" ovf:capacityAllocationUnits="byte * 2^30" ovf:diskId="root" ovf:fileRef="disk-file"
			        ovf:format="http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized"/>
			  </DiskSection>
			  <VirtualSystem ovf:id="other">
			    <Info>Someone else's appliance</Info>
			    <VirtualHardwareSection>
			      <Info>Hardware</Info>
			      <Item>
			        <rasd:ElementName>2 CPUs</rasd:ElementName>
			        <rasd:InstanceID>1</rasd:InstanceID>
			        <rasd:ResourceType>3</rasd:ResourceType>
			        <rasd:VirtualQuantity>2</rasd:VirtualQuantity>
			      </Item>
			      <Item>
			        <rasd:AllocationUnits>MegaBytes</rasd:AllocationUnits>
			        <rasd:ElementName>Memory</rasd:ElementName>
			        <rasd:InstanceID>2</rasd:InstanceID>
			        <rasd:ResourceType>4</rasd:ResourceType>
			        <rasd:VirtualQuantity>768</rasd:VirtualQuantity>
			      </Item>
			    </VirtualHardwareSection>
			  </VirtualSystem>
			</Envelope>
			""";

	@TempDir
	Path dir;

	@Test
	void kilnVerifiesAnOvaOfAQemuImgDiskAssembledWithTar() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 1L << 30);
		QemuImg.find().convertToStreamOptimizedVmdk(raw, dir.resolve("disk.vmdk"));
		Files.writeString(dir.resolve("other.ovf"), THIRD_PARTY_OVF);
		String sha256 = ExternalTool.command("sha256sum", "other.ovf").in(dir).output().split(" ")[0];
		String sha1 = ExternalTool.command("sha1sum", "disk.vmdk").in(dir).output().split(" ")[0];
		String sha256Disk = ExternalTool.command("sha256sum", "disk.vmdk").in(dir).output().split(" ")[0];
		Files.writeString(dir.resolve("other.mf"), "SHA256(other.ovf)= " + sha256 + "\r\nSHA1(disk.vmdk)= " + sha1.toUpperCase()
				+ "\r\nSHA256(disk.vmdk)= " + sha256Disk + "\r\n");
		ExternalTool.command("tar", "--format=ustar", "-cf", "other.ova", "other.ovf", "other.mf", "disk.vmdk").in(dir).output();

		try (OvaReader reader = OvaReader.open(dir.resolve("other.ova"))) {
			OvaVerifier.Verification verification = new OvaVerifier().verify(reader, Progress.NONE).requireValid();
			assertEquals(List.of(List.of("SHA256"), List.of("SHA1", "SHA256")),
					verification.files().stream().map(OvaVerifier.FileCheck::algorithms).toList(), "one read of the disk for both lines");
			assertFalse(verification.signatureVerified());
			OvfEnvelope envelope = reader.descriptor();
			assertFalse(envelope.isOvf2());
			assertEquals(1L << 30, envelope.disks().get(0).capacity());
			assertEquals(2, envelope.virtualSystem().hardware().cpus());
			assertEquals(768L << 20, envelope.virtualSystem().hardware().memoryBytes());
			assertEquals("bios", envelope.virtualSystem().hardware().firmware());

			// and the disk inside reads back as the raw disk, streamed from the archive
			Path vmdk = dir.resolve("read-back");
			reader.extract(vmdk, Progress.NONE);
			try (StreamOptimizedVmdkReader disk = StreamOptimizedVmdkReader.open(vmdk.resolve("disk.vmdk"))) {
				assertTrue(!disk.hasFooter(), "qemu-img's layout: grain directory at the start");
				ByteArrayOutputStream first = new ByteArrayOutputStream();
				disk.copyTo(new java.io.OutputStream() {
					@Override
					public void write(int b) {
						if (first.size() < 512) {
							first.write(b);
						}
					}

					@Override
					public void write(byte[] b, int off, int len) {
						if (first.size() < 512) {
							first.write(b, off, Math.min(len, 512 - first.size()));
						}
					}
				}, Progress.NONE);
				assertEquals(0x55, first.toByteArray()[510] & 0xff, "the boot signature of the raw disk's first sector");
			}
		}
	}

	@Test
	void anOvfWithItsFilesBesideItVerifies() throws IOException {
		Packages.Disks disks = Packages.disks(dir);
		Path ova = Packages.ova(disks, dir.resolve("wiki.ova"), null);
		Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
		ExternalTool.command("tar", "-xf", ova.toString()).in(unpacked).output();

		try (OvaReader reader = OvaReader.open(unpacked.resolve(Packages.DESCRIPTOR))) {
			new OvaVerifier().verify(reader, Progress.NONE).requireValid();
			assertEquals(List.of(Packages.DESCRIPTOR, Packages.MANIFEST, Packages.SYSTEM_DISK, Packages.DATA_DISK),
					reader.members().stream().map(OvaReader.Member::name).toList());
		}
		Files.delete(unpacked.resolve(Packages.DATA_DISK));
		try (OvaReader reader = OvaReader.open(unpacked.resolve(Packages.DESCRIPTOR))) {
			List<OvaException> problems = new OvaVerifier().verify(reader, Progress.NONE).problems();
			assertEquals(List.of(OvaException.Reason.MISSING_FILE, OvaException.Reason.MISSING_FILE),
					problems.stream().map(OvaException::reason).toList(), "the descriptor's and the manifest's reference");
			assertTrue(problems.stream().allMatch(p -> Packages.DATA_DISK.equals(p.member())), problems.toString());
		}
	}
}
