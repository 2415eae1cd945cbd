package dev.kiln.model.validation;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The semantic rules of appliance.xml, each with a stable code ({@code KILN-M001}…) and a
 * severity. Codes are never reused or renumbered; a retired rule keeps its number.
 */
public enum ManifestRule {
	ID_INVALID(1, Diagnostic.ERROR),
	NAME_MISSING(2, Diagnostic.ERROR),
	VERSION_NOT_SEMVER(3, Diagnostic.ERROR),
	LICENSE_SOURCE(4, Diagnostic.ERROR),
	DISTRIBUTION_UNSUPPORTED(5, Diagnostic.ERROR),
	SUITE_UNKNOWN(6, Diagnostic.ERROR),
	PACKAGE_NAME_INVALID(7, Diagnostic.ERROR),
	PACKAGE_DUPLICATE(8, Diagnostic.WARNING),
	MIRROR_NOT_HTTP(9, Diagnostic.ERROR),
	TARGET_NOT_ABSOLUTE(10, Diagnostic.ERROR),
	TARGET_DUPLICATE(11, Diagnostic.ERROR),
	MODE_INVALID(12, Diagnostic.ERROR),
	ACCOUNT_NAME_INVALID(13, Diagnostic.ERROR),
	USER_DUPLICATE(14, Diagnostic.ERROR),
	GROUP_DUPLICATE(15, Diagnostic.ERROR),
	SERVICE_DUPLICATE(16, Diagnostic.ERROR),
	UNIT_NAME_INVALID(17, Diagnostic.ERROR),
	PROJECT_PATH_INVALID(18, Diagnostic.ERROR),
	PROJECT_FILE_MISSING(19, Diagnostic.ERROR),
	PORT_OUT_OF_RANGE(20, Diagnostic.ERROR),
	PORT_DUPLICATE(21, Diagnostic.ERROR),
	STATIC_ADDRESS_MISSING(22, Diagnostic.ERROR),
	IP_ADDRESS_INVALID(23, Diagnostic.ERROR),
	HOSTNAME_INVALID(24, Diagnostic.ERROR),
	CPUS_OUT_OF_RANGE(25, Diagnostic.ERROR),
	MEMORY_TOO_SMALL(26, Diagnostic.ERROR),
	DISK_TOO_SMALL(27, Diagnostic.ERROR),
	DISK_DUPLICATE(28, Diagnostic.ERROR),
	FIRMWARE_UNSUPPORTED(29, Diagnostic.ERROR),
	PROPERTY_KEY_INVALID(30, Diagnostic.ERROR),
	PROPERTY_DUPLICATE(31, Diagnostic.ERROR),
	PROPERTY_DEFAULT_MISMATCH(32, Diagnostic.ERROR),
	PASSWORD_DEFAULT(33, Diagnostic.ERROR),
	OUTPUT_FORMAT_UNKNOWN(34, Diagnostic.ERROR),
	OUTPUT_FORMAT_DUPLICATE(35, Diagnostic.ERROR),
	COMPRESSION_NOT_SUPPORTED(36, Diagnostic.WARNING),
	LISTING_TITLE_TOO_LONG(37, Diagnostic.ERROR),
	LISTING_SUMMARY_TOO_LONG(38, Diagnostic.ERROR),
	LISTING_CATEGORY_UNKNOWN(39, Diagnostic.WARNING),
	SUPPORT_EMAIL_INVALID(40, Diagnostic.ERROR),
	SUPPORT_URL_INVALID(41, Diagnostic.ERROR),
	OVF_VERSION_NOT_APPLICABLE(42, Diagnostic.WARNING),
	CPUS_ABOVE_HYPERVISOR_LIMIT(43, Diagnostic.ERROR),
	MEMORY_ABOVE_HYPERVISOR_LIMIT(44, Diagnostic.ERROR),
	HARDWARE_LOWERED_ON_IMPORT(45, Diagnostic.WARNING),
	DISK_TOO_LARGE(46, Diagnostic.ERROR),
	DISK_CONTROLLER_FULL(47, Diagnostic.ERROR),
	PACKAGE_NEEDS_TRIMMED(48, Diagnostic.WARNING),
	SECURITY_MIRROR_NOT_HTTP(49, Diagnostic.ERROR),
	SECURITY_POCKET_LEFT_OUT(50, Diagnostic.WARNING),
	GCE_DISK_NOT_WHOLE_GIB(51, Diagnostic.ERROR),
	TARGET_OUTPUT_MISSING(52, Diagnostic.ERROR),
	TARGET_SUITE_UNSUPPORTED(53, Diagnostic.ERROR),
	TARGET_SUPPORT_CONTACT_MISSING(54, Diagnostic.ERROR),
	TARGET_EULA_MISSING(55, Diagnostic.ERROR),
	TARGET_SECRET_IN_FILES(56, Diagnostic.ERROR),
	TARGET_PASSWORD_LOGIN(57, Diagnostic.ERROR),
	TARGET_DISK_TOO_LARGE(58, Diagnostic.ERROR),
	KEPT_PATH_INVALID(59, Diagnostic.ERROR),
	KEPT_PATH_SYSTEM(60, Diagnostic.ERROR),
	KEPT_PATH_DUPLICATE(61, Diagnostic.ERROR),
	KEPT_PATH_NESTED(62, Diagnostic.ERROR),
	UPDATE_CHANNEL_INVALID(63, Diagnostic.ERROR),
	UPDATE_CHANNEL_DUPLICATE(64, Diagnostic.ERROR),
	UPDATE_URL_NOT_HTTP(65, Diagnostic.ERROR),
	REBOOT_WINDOW_INVALID(66, Diagnostic.ERROR),
	READY_TIMEOUT_OUT_OF_RANGE(67, Diagnostic.ERROR),
	DATA_PARTITION_TOO_SMALL(68, Diagnostic.ERROR),
	SYSTEM_DISK_TOO_SMALL_FOR_UPDATES(69, Diagnostic.ERROR),
	READY_CHECK_INVALID(70, Diagnostic.ERROR),
	AUTOMATIC_UPDATES_NEVER_CHECKED(71, Diagnostic.WARNING),
	REBOOT_WINDOW_WITHOUT_AUTOMATIC(72, Diagnostic.WARNING);

	private final int number;
	private final int severity;

	ManifestRule(int number, int severity) {
		this.number = number;
		this.severity = severity;
	}

	/** @return the code used as {@link Diagnostic#getCode()} */
	public int number() {
		return number;
	}

	/** @return {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING} */
	public int severity() {
		return severity;
	}

	/** @return e.g. {@code KILN-M021} */
	public String code() {
		return String.format("KILN-M%03d", Integer.valueOf(number)); //$NON-NLS-1$
	}

	/** @return the rule that produced a diagnostic of {@link ApplianceValidator} */
	public static Optional<ManifestRule> of(Diagnostic diagnostic) {
		if (!ApplianceValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(rule -> rule.number == diagnostic.getCode()).findFirst();
	}
}
