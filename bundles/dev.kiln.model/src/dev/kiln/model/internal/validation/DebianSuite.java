package dev.kiln.model.internal.validation;

import java.time.LocalDate;
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
	BOOKWORM("bookworm", 256, LocalDate.of(2028, 6, 30)), //$NON-NLS-1$
	TRIXIE("trixie", 256, LocalDate.of(2030, 6, 30)), //$NON-NLS-1$
	FORKY("forky", 256, null), //$NON-NLS-1$
	SID("sid", 256, null); //$NON-NLS-1$

	/** The current stable release. */
	public static final DebianSuite STABLE = TRIXIE;

	private final String codeName;
	private final int minimumMemoryMb;
	private final LocalDate securitySupportEnd;

	DebianSuite(String codeName, int minimumMemoryMb, LocalDate securitySupportEnd) {
		this.codeName = codeName;
		this.minimumMemoryMb = minimumMemoryMb;
		this.securitySupportEnd = securitySupportEnd;
	}

	/**
	 * The last day of the release's security support, Debian LTS included (wiki.debian.org/LTS: bookworm until
	 * 2028-06-30, trixie until 2030-06-30); null for testing and unstable, which have none.
	 */
	public LocalDate securitySupportEnd() {
		return securitySupportEnd;
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
