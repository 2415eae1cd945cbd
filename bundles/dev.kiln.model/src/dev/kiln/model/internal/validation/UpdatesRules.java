package dev.kiln.model.internal.validation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Disk;
import dev.kiln.model.KeptPath;
import dev.kiln.model.ReadyCheck;
import dev.kiln.model.UpdateApply;
import dev.kiln.model.UpdateChannel;
import dev.kiln.model.Updates;
import dev.kiln.model.validation.ManifestRule;

/**
 * Rules of {@code <updates>}: the paths kept on the data partition, the channels, the schedule, the ready
 * check, and a system disk that holds two system slots beside the data partition.
 */
public final class UpdatesRules {

	/** {@code check} value for "only on the customer's command". */
	public static final String CHECK_NEVER = "never"; //$NON-NLS-1$
	static final int READY_TIMEOUT_MIN = 30;
	static final int READY_TIMEOUT_MAX = 3600;
	static final int DATA_MINIMUM_MB = 32;
	/**
	 * What the system disk of an appliance with updates holds besides the data partition (MiB), as the engine lays it
	 * out: 2 + 1 + 128 of boot partitions and two system slots of at least 512 each.
	 */
	static final int SYSTEM_DISK_OVERHEAD_MB = 2 + 1 + 128 + 2 * 512;
	/** The system disk of a manifest without {@code <disk>} (dev.kiln.build's RecipeMapper.DEFAULT_DISK_MB). */
	static final int DEFAULT_SYSTEM_DISK_MB = 2048;

	/** Debian's /bin, /sbin and /lib* are links into /usr (merged /usr), so what is under them is under /usr. */
	private static final Pattern SYSTEM_TREE = Pattern.compile("/(?:usr|boot|proc|sys|dev|run|bin|sbin|lib[^/]*)(?:/.*)?"); //$NON-NLS-1$
	private static final Set<String> SYSTEM_FOLDERS = Set.of("/", "/etc", "/var", "/tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Pattern CHANNEL = Pattern.compile("[a-z0-9][a-z0-9._-]*"); //$NON-NLS-1$
	private static final Pattern REBOOT_WINDOW = Pattern.compile("(?:[01]\\d|2[0-3]):[0-5]\\d-(?:[01]\\d|2[0-3]):[0-5]\\d"); //$NON-NLS-1$

	public void updates(Updates updates, Reporter reporter) {
		Duplicates.find(updates.getKeeps(), KeptPath::getPath, (first, repeat) -> reporter
				.report(ManifestRule.KEPT_PATH_DUPLICATE, repeat, Literals.KEPT_PATH__PATH, repeat.getPath()));
		List<KeptPath> valid = updates.getKeeps().stream().filter(keep -> isNormalAbsolute(keep.getPath())).toList();
		for (KeptPath inner : valid) {
			valid.stream().filter(outer -> inner.getPath().startsWith(outer.getPath() + "/")).findFirst() //$NON-NLS-1$
					.ifPresent(outer -> reporter.report(ManifestRule.KEPT_PATH_NESTED, inner, Literals.KEPT_PATH__PATH,
							inner.getPath(), outer.getPath()));
		}
		Duplicates.find(updates.getChannels(), UpdateChannel::getName, (first, repeat) -> reporter
				.report(ManifestRule.UPDATE_CHANNEL_DUPLICATE, repeat, Literals.UPDATE_CHANNEL__NAME, repeat.getName()));
		if (updates.getUrl() != null && !HttpUrls.isHttpUrl(updates.getUrl())) {
			reporter.report(ManifestRule.UPDATE_URL_NOT_HTTP, updates, Literals.UPDATES__URL, updates.getUrl());
		}
		String window = updates.getRebootWindow();
		if (window != null && !REBOOT_WINDOW.matcher(window).matches()) {
			reporter.report(ManifestRule.REBOOT_WINDOW_INVALID, updates, Literals.UPDATES__REBOOT_WINDOW, window);
		}
		int timeout = updates.getReadyTimeout();
		if (timeout < READY_TIMEOUT_MIN || timeout > READY_TIMEOUT_MAX) {
			reporter.report(ManifestRule.READY_TIMEOUT_OUT_OF_RANGE, updates, Literals.UPDATES__READY_TIMEOUT, Integer.valueOf(timeout),
					Integer.valueOf(READY_TIMEOUT_MIN), Integer.valueOf(READY_TIMEOUT_MAX));
		}
		if (updates.getDataSizeMb() < DATA_MINIMUM_MB) {
			reporter.report(ManifestRule.DATA_PARTITION_TOO_SMALL, updates, Literals.UPDATES__DATA_SIZE_MB,
					Integer.valueOf(updates.getDataSizeMb()), Integer.valueOf(DATA_MINIMUM_MB));
		} else {
			systemDisk(updates, reporter);
		}
		boolean automatic = updates.getApply() == UpdateApply.AUTOMATIC;
		if (automatic && CHECK_NEVER.equals(updates.getCheck())) {
			reporter.report(ManifestRule.AUTOMATIC_UPDATES_NEVER_CHECKED, updates, Literals.UPDATES__CHECK);
		}
		if (!automatic && window != null) {
			reporter.report(ManifestRule.REBOOT_WINDOW_WITHOUT_AUTOMATIC, updates, Literals.UPDATES__REBOOT_WINDOW, window);
		}
	}

	public void keep(KeptPath keep, Reporter reporter) {
		String path = keep.getPath();
		if (path == null || path.isBlank()) {
			reporter.reportVariant(ManifestRule.KEPT_PATH_INVALID, "missing", keep, Literals.KEPT_PATH__PATH); //$NON-NLS-1$
		} else if (!isNormalAbsolute(path)) {
			reporter.report(ManifestRule.KEPT_PATH_INVALID, keep, Literals.KEPT_PATH__PATH, path);
		} else if (SYSTEM_FOLDERS.contains(path) || SYSTEM_TREE.matcher(path).matches()) {
			reporter.report(ManifestRule.KEPT_PATH_SYSTEM, keep, Literals.KEPT_PATH__PATH, path);
		}
	}

	public void channel(UpdateChannel channel, Reporter reporter) {
		if (!NamePatterns.matches(CHANNEL, channel.getName())) {
			reporter.report(ManifestRule.UPDATE_CHANNEL_INVALID, channel, Literals.UPDATE_CHANNEL__NAME,
					Objects.toString(channel.getName(), "")); //$NON-NLS-1$
		}
	}

	public void ready(ReadyCheck ready, Reporter reporter) {
		boolean http = ready.getHttp() != null;
		boolean command = ready.getCommand() != null && !ready.getCommand().isBlank();
		if (http && command) {
			reporter.reportVariant(ManifestRule.READY_CHECK_INVALID, "both", ready, Literals.READY_CHECK__COMMAND); //$NON-NLS-1$
		} else if (!http && !command) {
			reporter.reportVariant(ManifestRule.READY_CHECK_INVALID, "none", ready, null); //$NON-NLS-1$
		} else if (http && !HttpUrls.isHttpUrl(ready.getHttp())) {
			reporter.reportVariant(ManifestRule.READY_CHECK_INVALID, "url", ready, Literals.READY_CHECK__HTTP, ready.getHttp()); //$NON-NLS-1$
		}
	}

	/** The smallest system disk that holds two system slots and the data partition. */
	public static int systemDiskMinimumMb(int dataSizeMb) {
		return SYSTEM_DISK_OVERHEAD_MB + dataSizeMb;
	}

	private static void systemDisk(Updates updates, Reporter reporter) {
		int minimum = systemDiskMinimumMb(updates.getDataSizeMb());
		Integer data = Integer.valueOf(updates.getDataSizeMb());
		Disk disk = updates.eContainer() instanceof Appliance appliance && appliance.getHardware() != null
				&& !appliance.getHardware().getDisks().isEmpty() ? appliance.getHardware().getDisks().get(0) : null;
		if (disk == null) {
			if (DEFAULT_SYSTEM_DISK_MB < minimum) {
				reporter.reportVariant(ManifestRule.SYSTEM_DISK_TOO_SMALL_FOR_UPDATES, "defaultDisk", updates, //$NON-NLS-1$
						Literals.UPDATES__DATA_SIZE_MB, Integer.valueOf(DEFAULT_SYSTEM_DISK_MB), Integer.valueOf(minimum), data);
			}
		} else if (disk.getSizeMb() < minimum && disk.getSizeMb() >= HardwareRules.SYSTEM_DISK_MINIMUM_MB) {
			// below the minimum of every system disk, KILN-M027 reports it
			reporter.report(ManifestRule.SYSTEM_DISK_TOO_SMALL_FOR_UPDATES, disk, Literals.DISK__SIZE_MB,
					Objects.toString(disk.getName(), ""), Integer.valueOf(disk.getSizeMb()), Integer.valueOf(minimum), data); //$NON-NLS-1$
		}
	}

	/** Starts with '/', has no empty, "." or ".." segment and no trailing '/' (but "/" itself). */
	private static boolean isNormalAbsolute(String path) {
		if (path == null || !path.startsWith("/")) { //$NON-NLS-1$
			return false;
		}
		if (path.equals("/")) { //$NON-NLS-1$
			return true;
		}
		for (String segment : path.substring(1).split("/", -1)) { //$NON-NLS-1$
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$
				return false;
			}
		}
		return true;
	}
}
