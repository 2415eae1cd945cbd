package dev.kiln.image.internal;

import java.util.Locale;
import java.util.UUID;

/**
 * What GRUB reads on an appliance disk, written by Kiln rather than by grub-mkconfig (which probes the
 * running system's devices): the boot menu {@code /boot/grub/grub.cfg} on the root file system, read by
 * both the BIOS core.img and Debian's signed GRUB for UEFI; the ESP's {@code EFI/debian/grub.cfg}, where
 * the signed GRUB looks first (its built-in prefix is {@code /EFI/debian} on the device it was loaded
 * from), which finds the root file system and hands over to the menu; GRUB's settings in
 * {@code /etc/default/grub} that give the same menu should {@code update-grub} run in the guest; and the
 * early configuration embedded in core.img. Every text depends only on its inputs.
 *
 * @param rootUuid       the root file system's UUID
 * @param espSerial      the ESP's FAT volume serial as Linux shows it ({@code 1234-ABCD}), or {@code null} when
 *                       the disk has no ESP (BIOS only)
 * @param kernelVersion  the version of the kernel in {@code /boot}
 * @param title          the menu entry's title (the appliance's name and version)
 */
public record GrubConfig(UUID rootUuid, String espSerial, String kernelVersion, String title) {

	/** The boot menu on the root file system. */
	public static final String MENU_PATH = "/boot/grub/grub.cfg"; //$NON-NLS-1$
	/** GRUB's settings for grub-mkconfig. */
	public static final String DEFAULTS_PATH = "/etc/default/grub"; //$NON-NLS-1$
	/** The modules core.img holds to find the root file system; the rest it loads from {@code /boot/grub/i386-pc}. */
	public static final String CORE_MODULES = "biosdisk part_gpt ext2 search_fs_uuid"; //$NON-NLS-1$
	/**
	 * core.img's prefix should the search of its early configuration fail: the boot disk's GPT entry 3, where
	 * the root file system always is (see DiskAssembler's layout).
	 */
	public static final String CORE_PREFIX = "(,gpt3)/boot/grub"; //$NON-NLS-1$
	/**
	 * Seconds the menu waits: none. The menu is hidden ({@link #TIMEOUT_STYLE}); Esc or F4 pressed (on the
	 * serial console too) or Shift held while GRUB starts shows it, as on a Debian system with {@code GRUB_TIMEOUT=0}.
	 */
	public static final int TIMEOUT_SECONDS = 0;
	/** How the menu waits: hidden, unless a key asks for it. */
	public static final String TIMEOUT_STYLE = "hidden"; //$NON-NLS-1$
	/**
	 * The kernel's options after the root: serial and VGA consoles, reboot 10 s after a panic,
	 * {@code no_timer_check}: the kernel's check that the timer interrupt reaches it through the IO-APIC fails
	 * now and then on a busy host under emulation (QEMU TCG) and panics although the timer works ("IO-APIC +
	 * timer doesn't work"); hypervisors' virtual timers need no check; and {@code loglevel=6}: the consoles show
	 * the kernel's notices, warnings and errors (Secure Boot's lockdown among them) but not its several hundred
	 * lines of information, which every character costs a trap into the hypervisor on a serial console and which
	 * {@code dmesg} and the journal keep. Not {@code quiet}: it would also silence systemd's status lines, which
	 * customers read when an appliance does not come up (ADR 017).
	 */
	public static final String KERNEL_OPTIONS = "rw console=tty0 console=ttyS0,115200 panic=10 no_timer_check loglevel=6"; //$NON-NLS-1$
	private static final String SERIAL = "serial --unit=0 --speed=115200"; //$NON-NLS-1$

	/** The FAT volume serial {@code volumeId} as {@code blkid} and fstab write it. */
	public static String fatSerial(int volumeId) {
		return String.format(Locale.ROOT, "%04X-%04X", volumeId >>> 16, volumeId & 0xFFFF); //$NON-NLS-1$
	}

	/** The kernel command line: root by file-system UUID, then {@link #KERNEL_OPTIONS}. */
	public String kernelCommandLine() {
		return "root=UUID=" + rootUuid + " " + KERNEL_OPTIONS; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** {@code /boot/grub/grub.cfg}: one entry, the serial console and the screen, a short timeout. */
	public String menu() {
		return "# Written by Kiln. The appliance's boot menu, read by GRUB under BIOS and UEFI.\n" //$NON-NLS-1$
				+ "set default=0\n" //$NON-NLS-1$
				+ "set timeout_style=" + TIMEOUT_STYLE + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "set timeout=" + TIMEOUT_SECONDS + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ SERIAL + "\n" //$NON-NLS-1$
				+ "terminal_input serial console\n" //$NON-NLS-1$
				+ "terminal_output serial console\n" //$NON-NLS-1$
				+ "menuentry " + quote(title) + " --id kiln {\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "\tsearch --no-floppy --fs-uuid --set=root " + rootUuid + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "\techo " + quote("Loading Linux " + kernelVersion + " ...") + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ "\tlinux /boot/vmlinuz-" + kernelVersion + " " + kernelCommandLine() + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "\tinitrd /boot/initrd.img-" + kernelVersion + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "}\n"; //$NON-NLS-1$
	}

	/**
	 * The ESP's {@code EFI/debian/grub.cfg}, what Debian's grub-install writes for the signed GRUB: find the
	 * root file system by UUID, then its menu.
	 */
	public String espStub() {
		return "search.fs_uuid " + rootUuid + " root\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "set prefix=($root)/boot/grub\n" //$NON-NLS-1$
				+ "configfile $prefix/grub.cfg\n"; //$NON-NLS-1$
	}

	/** The configuration embedded in core.img: find the root file system by UUID and read the menu from it. */
	public String coreEarlyConfig() {
		return "search.fs_uuid " + rootUuid + " root\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "set prefix=($root)/boot/grub\n"; //$NON-NLS-1$
	}

	/** {@code /etc/default/grub}: the same timeout, consoles and kernel options for grub-mkconfig. */
	public String defaults() {
		return "# Written by Kiln, which writes /boot/grub/grub.cfg itself. Should update-grub run in the\n" //$NON-NLS-1$
				+ "# appliance, these settings give the same menu.\n" //$NON-NLS-1$
				+ "GRUB_DEFAULT=0\n" //$NON-NLS-1$
				+ "GRUB_TIMEOUT_STYLE=" + TIMEOUT_STYLE + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "GRUB_TIMEOUT=" + TIMEOUT_SECONDS + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "GRUB_DISTRIBUTOR=Debian\n" //$NON-NLS-1$
				+ "GRUB_CMDLINE_LINUX_DEFAULT=\"\"\n" //$NON-NLS-1$
				+ "GRUB_CMDLINE_LINUX=\"" + KERNEL_OPTIONS + "\"\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "GRUB_TERMINAL=\"serial console\"\n" //$NON-NLS-1$
				+ "GRUB_SERIAL_COMMAND=\"" + SERIAL + "\"\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "GRUB_DISABLE_OS_PROBER=true\n" //$NON-NLS-1$
				+ "GRUB_DISABLE_RECOVERY=true\n"; //$NON-NLS-1$
	}

	/**
	 * The ESP's line in {@code /etc/fstab} as Debian's installer writes it, or {@code null} without ESP, but
	 * {@code nofail}: the appliance's services need no ESP, so its check and mount run beside them instead of
	 * before local-fs.target; a mount that fails still shows on the console.
	 */
	public String espFstabLine() {
		return espSerial == null ? null : "UUID=" + espSerial + "\t/boot/efi\tvfat\tumask=0077,nofail\t0\t1\n"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A word for GRUB's shell: single quotes, a quote inside as {@code '\''}. */
	static String quote(String word) {
		return "'" + word.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
