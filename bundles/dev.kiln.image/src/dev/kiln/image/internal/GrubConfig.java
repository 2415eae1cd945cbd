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
 * @param abSlots        whether the disk has two system slots (ADR 026): then the menu that chooses the slot, and
 *                       GRUB's environment with the slots' order and boot attempts, are on the ESP, and core.img and the
 *                       signed GRUB find the ESP by its volume serial instead of the root file system by its UUID
 */
public record GrubConfig(UUID rootUuid, String espSerial, String kernelVersion, String title, boolean abSlots) {

	/** The boot menu on the root file system. */
	public static final String MENU_PATH = "/boot/grub/grub.cfg"; //$NON-NLS-1$
	/** GRUB's settings for grub-mkconfig. */
	public static final String DEFAULTS_PATH = "/etc/default/grub"; //$NON-NLS-1$
	/** The modules core.img holds to find the root file system; the rest it loads from {@code /boot/grub/i386-pc}. */
	public static final String CORE_MODULES = "biosdisk part_gpt ext2 search_fs_uuid"; //$NON-NLS-1$
	/**
	 * With two system slots, core.img holds every module the slot menu uses, since its prefix is on the ESP, where no
	 * module folder is: a GRUB update in one slot then cannot split core.img from its modules either. They are the
	 * modules Debian's signed GRUB for UEFI has built in, for the same menu.
	 */
	public static final String AB_CORE_MODULES = "biosdisk part_gpt fat ext2 search_fs_uuid search normal configfile loadenv test regexp " //$NON-NLS-1$
			+ "linux echo serial terminal sleep reboot halt"; //$NON-NLS-1$
	/** With two system slots: the slot menu on the ESP. */
	public static final String AB_MENU_PATH = "/grub/grub.cfg"; //$NON-NLS-1$
	/** With two system slots: GRUB's environment on the ESP, which RAUC's GRUB back end edits. */
	public static final String AB_ENV_PATH = "/grub/grubenv"; //$NON-NLS-1$
	/** How often a slot is tried without becoming ready before GRUB falls back to the other. */
	public static final int BOOT_ATTEMPTS = 3;
	/** Size of a GRUB environment block (grub-editenv's). */
	private static final int ENV_BLOCK = 1024;
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

	/** A configuration of a disk with one root file system. */
	public GrubConfig(UUID rootUuid, String espSerial, String kernelVersion, String title) {
		this(rootUuid, espSerial, kernelVersion, title, false);
	}

	/** core.img's prefix should its early configuration's search fail: the root's {@code /boot/grub}, with two slots the ESP's {@code /grub}. */
	public String corePrefix() {
		return abSlots ? "(,gpt2)/grub" : CORE_PREFIX; //$NON-NLS-1$
	}

	/** The modules core.img holds. */
	public String coreModules() {
		return abSlots ? AB_CORE_MODULES : CORE_MODULES;
	}

	/** The kernel command line: root by file-system UUID, then {@link #KERNEL_OPTIONS}. */
	public String kernelCommandLine() {
		return "root=UUID=" + rootUuid + " " + KERNEL_OPTIONS; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * {@code /boot/grub/grub.cfg}: one entry, the serial console and the screen, a short timeout. With two system slots,
	 * where converters and people look for it: it hands over to the slot menu on the ESP.
	 */
	public String menu() {
		if (abSlots) {
			return "# Written by Kiln. This appliance has two system slots: GRUB boots through the slot menu on the\n" //$NON-NLS-1$
					+ "# EFI System Partition (" + AB_MENU_PATH + "), which chooses the slot and counts boot attempts.\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "search --no-floppy --fs-uuid --set=root " + espSerial + "\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "configfile ($root)" + AB_MENU_PATH + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
		}
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
		if (abSlots) {
			return "search.fs_uuid " + espSerial + " root\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "set prefix=($root)/grub\n" //$NON-NLS-1$
					+ "configfile $prefix/grub.cfg\n"; //$NON-NLS-1$
		}
		return "search.fs_uuid " + rootUuid + " root\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "set prefix=($root)/boot/grub\n" //$NON-NLS-1$
				+ "configfile $prefix/grub.cfg\n"; //$NON-NLS-1$
	}

	/** The configuration embedded in core.img: find the root file system by UUID and read the menu from it. */
	public String coreEarlyConfig() {
		if (abSlots) {
			return "search.fs_uuid " + espSerial + " root\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "set prefix=($root)/grub\n"; //$NON-NLS-1$
		}
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

	/**
	 * The slot menu on the ESP ({@value #AB_MENU_PATH}), in the form RAUC's GRUB back end expects: the environment
	 * holds {@code ORDER} (the slots by preference, e.g. {@code A B}), and per slot {@code X_OK} (installed and not
	 * given up) and {@code X_TRY} (boots since it was last marked good). The first slot of ORDER that is OK and has
	 * been tried fewer than {@value #BOOT_ATTEMPTS} times is booted, and its count raised before it boots;
	 * {@code rauc status mark-good}, run once the appliance is ready, sets it back to 0. A slot that fails
	 * {@value #BOOT_ATTEMPTS} boots in a row is passed over: GRUB falls back to the other. Should no slot qualify, the
	 * first of ORDER boots all the same, so that an appliance is never left without a system.
	 * GRUB's script has no arithmetic: the count goes up by an if/elif chain.
	 */
	public String abMenu() {
		StringBuilder menu = new StringBuilder();
		menu.append("# Written by Kiln: the slot menu of an appliance with two system slots (ADR 026), read by GRUB under\n") //$NON-NLS-1$
				.append("# BIOS and UEFI. RAUC's GRUB back end keeps ORDER, A_OK, B_OK, A_TRY and B_TRY in ").append(AB_ENV_PATH).append(".\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("set timeout_style=").append(TIMEOUT_STYLE).append('\n') //$NON-NLS-1$
				.append("set timeout=").append(TIMEOUT_SECONDS).append('\n') //$NON-NLS-1$
				.append(SERIAL).append('\n')
				.append("terminal_input serial console\nterminal_output serial console\n") //$NON-NLS-1$
				.append("set ORDER=\"A B\"\nset A_OK=0\nset B_OK=0\nset A_TRY=0\nset B_TRY=0\n") //$NON-NLS-1$
				.append("load_env --file ($root)").append(AB_ENV_PATH).append(" ORDER A_OK B_OK A_TRY B_TRY\n") //$NON-NLS-1$ //$NON-NLS-2$
				// the disk GRUB was read from: the slots are its GPT entries 3 and 4
				.append("regexp --set=1:kiln_disk '^(.*),gpt[0-9]+$' \"$root\"\nexport kiln_disk\n") //$NON-NLS-1$
				.append("set kiln_slot=\n") //$NON-NLS-1$
				.append("for s in $ORDER; do\n") //$NON-NLS-1$
				.append("\tif [ -z \"$kiln_slot\" ]; then\n") //$NON-NLS-1$
				.append("\t\tif [ \"$s\" = A ]; then ok=\"$A_OK\"; try=\"$A_TRY\"; else ok=\"$B_OK\"; try=\"$B_TRY\"; fi\n") //$NON-NLS-1$
				.append("\t\tif [ \"$ok\" = 1 ]; then\n") //$NON-NLS-1$
				.append("\t\t\tnext=\n"); //$NON-NLS-1$
		for (int attempt = 0; attempt < BOOT_ATTEMPTS; attempt++) {
			menu.append(attempt == 0 ? "\t\t\tif" : "\t\t\telif").append(" [ \"$try\" = ").append(attempt).append(" ]; then next=") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.append(attempt + 1).append('\n');
		}
		menu.append("\t\t\tfi\n") //$NON-NLS-1$
				.append("\t\t\tif [ -n \"$next\" ]; then\n") //$NON-NLS-1$
				.append("\t\t\t\tkiln_slot=\"$s\"\n") //$NON-NLS-1$
				.append("\t\t\t\tif [ \"$s\" = A ]; then A_TRY=\"$next\"; else B_TRY=\"$next\"; fi\n") //$NON-NLS-1$
				.append("\t\t\tfi\n") //$NON-NLS-1$
				.append("\t\tfi\n\tfi\ndone\n") //$NON-NLS-1$
				.append("if [ -z \"$kiln_slot\" ]; then\n") //$NON-NLS-1$
				.append("\techo \"Kiln: no system slot is marked good with boot attempts left; booting the preferred one\"\n") //$NON-NLS-1$
				.append("\tfor s in $ORDER; do if [ -z \"$kiln_slot\" ]; then kiln_slot=\"$s\"; fi; done\n") //$NON-NLS-1$
				.append("fi\n") //$NON-NLS-1$
				.append("save_env --file ($root)").append(AB_ENV_PATH).append(" A_TRY B_TRY\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("if [ \"$kiln_slot\" = B ]; then default=1; else default=0; fi\n"); //$NON-NLS-1$
		for (String slot : new String[] { "A", "B" }) { //$NON-NLS-1$ //$NON-NLS-2$
			String partition = slot.equals("A") ? "gpt" + DiskLayout.ROOT_ENTRY : "gpt" + DiskLayout.SLOT_B_ENTRY; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			String label = slot.equals("A") ? DiskLayout.SLOT_A_NAME : DiskLayout.SLOT_B_NAME; //$NON-NLS-1$
			menu.append("menuentry ").append(quote(title + " (system slot " + slot + ")")).append(" --id slot-").append(slot.toLowerCase(Locale.ROOT)) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.append(" {\n") //$NON-NLS-1$
					.append("\tset root=\"$kiln_disk,").append(partition).append("\"\n") //$NON-NLS-1$ //$NON-NLS-2$
					.append("\techo \"Loading system slot ").append(slot).append(" (boot attempt $").append(slot).append("_TRY) ...\"\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("\tlinux /vmlinuz root=PARTLABEL=").append(label).append(' ').append(KERNEL_OPTIONS).append(" rauc.slot=").append(slot) //$NON-NLS-1$ //$NON-NLS-2$
					.append('\n')
					.append("\tinitrd /initrd.img\n") //$NON-NLS-1$
					.append("}\n"); //$NON-NLS-1$
		}
		return menu.toString();
	}

	/**
	 * The GRUB environment block the disk is shipped with: slot A first, installed and not yet tried; slot B empty.
	 * A 1024-byte file as {@code grub-editenv} writes it: the header line, the variables, {@code #} to the end.
	 */
	public static byte[] initialEnvironment() {
		String vars = "# GRUB Environment Block\nORDER=A B\nA_OK=1\nA_TRY=0\nB_OK=0\nB_TRY=0\n"; //$NON-NLS-1$
		byte[] block = new byte[ENV_BLOCK];
		java.util.Arrays.fill(block, (byte) '#');
		byte[] text = vars.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(text, 0, block, 0, text.length);
		return block;
	}

	/** A word for GRUB's shell: single quotes, a quote inside as {@code '\''}. */
	static String quote(String word) {
		return "'" + word.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
