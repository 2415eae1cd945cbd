package dev.kiln.image.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;

import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import dev.kiln.image.Progress;
import dev.kiln.image.internal.ImageText;

/**
 * Writes a Vagrant box for the libvirt provider: a gzip'd tar of {@code metadata.json}, a {@code Vagrantfile} with
 * the appliance's virtual hardware, and the system disk as {@code box.img} in qcow2.
 * <p>
 * The metadata is what vagrant-libvirt reads before it uploads the disk into a storage pool: the provider
 * {@code libvirt}, the format {@code qcow2} (the only one it accepts) and {@code virtual_size}, the volume's capacity
 * in whole GiB (rounded up). The box's Vagrantfile sets CPUs, memory, the data disks as extra volumes and, for an
 * appliance that starts only under UEFI, the host's OVMF as loader; it turns off the {@code /vagrant} shared folder,
 * which needs tools an appliance does not carry. The same disk and time always give the same bytes.
 */
public final class VagrantBoxWriter {

	/** The box's members, in the order written. */
	public static final List<String> MEMBERS = List.of("metadata.json", "Vagrantfile", "box.img"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	static final long GIB = 1L << 30;
	/** Where Debian, Ubuntu, Fedora and Arch put OVMF's code, newest layout first: the Vagrantfile takes the first found. */
	private static final List<String> OVMF_CODE = List.of("/usr/share/OVMF/OVMF_CODE_4M.fd", "/usr/share/OVMF/OVMF_CODE.fd", //$NON-NLS-1$ //$NON-NLS-2$
			"/usr/share/edk2/ovmf/OVMF_CODE.fd", "/usr/share/edk2/x64/OVMF_CODE.4m.fd"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * The virtual machine a box's Vagrantfile describes.
	 *
	 * @param name        the appliance's id and version, for the Vagrantfile's heading
	 * @param uefiOnly    whether the disk starts only under UEFI (vagrant-libvirt's default is SeaBIOS)
	 * @param dataDisksMb the sizes of the data disks after the system disk
	 */
	public record Machine(String name, int cpus, int memoryMb, boolean uefiOnly, List<Long> dataDisksMb) {
		public Machine {
			dataDisksMb = List.copyOf(dataDisksMb);
		}
	}

	private VagrantBoxWriter() {
	}

	/**
	 * Writes the box {@code target}, replacing it only once complete.
	 *
	 * @param modified the members' and the gzip header's time (the build's SOURCE_DATE_EPOCH)
	 * @param work     a directory for the qcow2 disk while the box is written
	 * @throws CancellationException if {@code progress} was cancelled; {@code target} is then untouched
	 */
	public static void write(DiskImage disk, Machine machine, Instant modified, Path work, Path target, Progress progress) throws IOException {
		Path boxImage = Files.createTempFile(work, "box", ".img"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			new Qcow2Writer(Qcow2Writer.Options.DEFAULT).write(disk, boxImage, progress);
			try (AtomicOutput out = AtomicOutput.create(target)) {
				// closing the streams leaves the output open, for its commit
				try (TarArchiveOutputStream tar = ReproducibleTarGz.open(out.asOutputStream(), modified)) {
					byte[] metadata = metadata(disk.size()).getBytes(StandardCharsets.UTF_8);
					ReproducibleTarGz.putEntry(tar, MEMBERS.get(0), metadata.length, modified);
					tar.write(metadata);
					tar.closeArchiveEntry();
					byte[] vagrantfile = vagrantfile(machine).getBytes(StandardCharsets.UTF_8);
					ReproducibleTarGz.putEntry(tar, MEMBERS.get(1), vagrantfile.length, modified);
					tar.write(vagrantfile);
					tar.closeArchiveEntry();
					ReproducibleTarGz.putEntry(tar, MEMBERS.get(2), Files.size(boxImage), modified);
					copy(boxImage, tar, progress);
					tar.closeArchiveEntry();
					tar.finish();
				}
				out.commit();
			}
		} finally {
			Files.deleteIfExists(boxImage);
		}
	}

	/** The box's {@code metadata.json} for a disk of {@code diskBytes}. */
	static String metadata(long diskBytes) {
		long gib = (diskBytes + GIB - 1) / GIB;
		return "{\n  \"provider\": \"libvirt\",\n  \"format\": \"qcow2\",\n  \"virtual_size\": " + gib + "\n}\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The box's Vagrantfile: Ruby, read by Vagrant before the user's own Vagrantfile, which may override it. */
	static String vagrantfile(Machine machine) {
		StringBuilder text = new StringBuilder();
		text.append("# Defaults of the Vagrant box ").append(machine.name().replaceAll("[\\p{Cntrl}]", " ")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append(", written by Kiln. A project's own Vagrantfile overrides any of them.\n"); //$NON-NLS-1$
		text.append("Vagrant.configure(\"2\") do |config|\n"); //$NON-NLS-1$
		text.append("  # the appliance carries no guest tools for shared folders\n"); //$NON-NLS-1$
		text.append("  config.vm.synced_folder \".\", \"/vagrant\", disabled: true\n"); //$NON-NLS-1$
		text.append("  config.vm.provider :libvirt do |libvirt|\n"); //$NON-NLS-1$
		text.append("    libvirt.cpus = ").append(machine.cpus()).append('\n'); //$NON-NLS-1$
		text.append("    libvirt.memory = ").append(machine.memoryMb()).append('\n'); //$NON-NLS-1$
		text.append("    libvirt.machine_type = \"q35\"\n"); //$NON-NLS-1$
		for (long mb : machine.dataDisksMb()) {
			text.append(String.format(Locale.ROOT, "    libvirt.storage :file, size: \"%dM\", bus: \"virtio\"\n", mb)); //$NON-NLS-1$
		}
		if (machine.uefiOnly()) {
			text.append("    # the disk starts only under UEFI: the host's OVMF\n"); //$NON-NLS-1$
			text.append("    ovmf = ["); //$NON-NLS-1$
			text.append(String.join(", ", OVMF_CODE.stream().map(path -> '"' + path + '"').toList())); //$NON-NLS-1$
			text.append("].find { |path| File.exist?(path) }\n"); //$NON-NLS-1$
			text.append("    libvirt.loader = ovmf if ovmf\n"); //$NON-NLS-1$
		}
		text.append("  end\n"); //$NON-NLS-1$
		text.append("end\n"); //$NON-NLS-1$
		return text.toString();
	}

	private static void copy(Path file, OutputStream out, Progress progress) throws IOException {
		byte[] buffer = new byte[1 << 20];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				if (progress.isCancelled()) {
					throw new CancellationException(ImageText.RawDiskWriter_cancelled);
				}
				out.write(buffer, 0, read);
			}
		}
	}
}
