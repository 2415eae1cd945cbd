package dev.kiln.model.internal.validation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.kiln.model.Architecture;
import dev.kiln.model.Firmware;

/**
 * The Debian suites an appliance can be built on, with what each needs and supports. Minimum
 * memory follows the Debian installation guide's figure for a system without desktop.
 */
public enum DebianSuite {
	BOOKWORM("bookworm", 256), //$NON-NLS-1$
	TRIXIE("trixie", 256), //$NON-NLS-1$
	FORKY("forky", 256), //$NON-NLS-1$
	SID("sid", 256); //$NON-NLS-1$

	private final String codeName;
	private final int minimumMemoryMb;

	DebianSuite(String codeName, int minimumMemoryMb) {
		this.codeName = codeName;
		this.minimumMemoryMb = minimumMemoryMb;
	}

	public String codeName() {
		return codeName;
	}

	public int minimumMemoryMb() {
		return minimumMemoryMb;
	}

	/**
	 * Firmware the suite's boot loaders support: on amd64 GRUB boots from BIOS and UEFI (hybrid
	 * images carry both); arm64 has no BIOS, only UEFI (grub-efi-arm64).
	 */
	public Set<Firmware> firmware(Architecture architecture) {
		return architecture == Architecture.ARM64 ? EnumSet.of(Firmware.UEFI) : EnumSet.allOf(Firmware.class);
	}

	public static Optional<DebianSuite> named(String codeName) {
		return Arrays.stream(values()).filter(suite -> suite.codeName.equals(codeName)).findFirst();
	}

	static String codeNames() {
		return Arrays.stream(values()).map(DebianSuite::codeName).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
