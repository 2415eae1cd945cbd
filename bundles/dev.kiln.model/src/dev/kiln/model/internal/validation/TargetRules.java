package dev.kiln.model.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Disk;
import dev.kiln.model.FileSystemEntry;
import dev.kiln.model.Listing;
import dev.kiln.model.Output;
import dev.kiln.model.Target;
import dev.kiln.model.validation.ManifestRule;

/**
 * The listing rules of the appliance's targets (KILN-M052…M058): what AWS, Azure, Google Cloud and VMware-style OVA
 * marketplaces refuse, and the disk each of them imports. Sources are in {@code docs/manifest/README.md}.
 */
public final class TargetRules {

	/** The output formats each target imports; a missing one is added as the first. */
	public static final Map<Target, List<String>> FORMATS = Map.of(Target.VMWARE, List.of("ova"), //$NON-NLS-1$
			Target.AWS, List.of("raw", "vmdk"), Target.AZURE, List.of("vhd"), Target.GCP, List.of("gce"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Target.KVM, List.of("qcow2", "raw")); //$NON-NLS-1$ //$NON-NLS-2$
	/** The targets with a marketplace listing: support contact and EULA are required there. */
	static final Set<Target> MARKETPLACES = EnumSet.of(Target.VMWARE, Target.AWS, Target.AZURE, Target.GCP);
	/** The public clouds, whose marketplaces refuse password login over SSH. */
	static final Set<Target> CLOUDS = EnumSet.of(Target.AWS, Target.AZURE, Target.GCP);
	/** Azure's largest OS disk (managed disks: 4,095 GiB). */
	static final long AZURE_MAX_OS_DISK_MB = 4095L * 1024;
	/** The most files of one directory entry that are looked at, and the bytes read of each. */
	private static final int MAX_FILES = 2000;
	private static final int MAX_BYTES = 64 * 1024;
	private static final Pattern SSHD_CONFIG = Pattern.compile("/etc/ssh/sshd_config(\\.d/[^/]+\\.conf)?"); //$NON-NLS-1$
	private static final Pattern PASSWORD_LOGIN = Pattern.compile("(?im)^\\s*(PasswordAuthentication|PermitEmptyPasswords)\\s+yes\\b"); //$NON-NLS-1$
	private static final Pattern HOST_KEY = Pattern.compile("ssh_host_[a-z0-9]+_key"); //$NON-NLS-1$
	private static final String PRIVATE_KEY = "PRIVATE KEY-----"; //$NON-NLS-1$

	public void appliance(Appliance appliance, Reporter reporter) {
		List<Target> targets = appliance.getTargets().stream().distinct().toList();
		if (targets.isEmpty()) {
			return;
		}
		outputs(appliance, targets, reporter);
		suite(appliance, targets, reporter);
		List<Target> marketplaces = targets.stream().filter(MARKETPLACES::contains).toList();
		if (!marketplaces.isEmpty()) {
			String names = names(marketplaces);
			Listing listing = appliance.getListing();
			if (listing == null) {
				reporter.report(ManifestRule.TARGET_SUPPORT_CONTACT_MISSING, appliance, Literals.APPLIANCE__LISTING, names);
			} else if (listing.getSupport() == null
					|| NamePatterns.isBlank(listing.getSupport().getEmail()) && NamePatterns.isBlank(listing.getSupport().getUrl())) {
				reporter.report(ManifestRule.TARGET_SUPPORT_CONTACT_MISSING, listing, Literals.LISTING__SUPPORT, names);
			}
			if (appliance.getLicense() == null) {
				reporter.report(ManifestRule.TARGET_EULA_MISSING, appliance, Literals.APPLIANCE__LICENSE, names);
			}
		}
		if (targets.contains(Target.AZURE) && appliance.getHardware() != null && !appliance.getHardware().getDisks().isEmpty()) {
			Disk system = appliance.getHardware().getDisks().get(0);
			if (system.getSizeMb() > AZURE_MAX_OS_DISK_MB) {
				reporter.report(ManifestRule.TARGET_DISK_TOO_LARGE, system, Literals.DISK__SIZE_MB, system.getName(),
						Integer.valueOf(system.getSizeMb()), Long.valueOf(AZURE_MAX_OS_DISK_MB));
			}
		}
		files(appliance, targets, reporter);
	}

	private static void outputs(Appliance appliance, List<Target> targets, Reporter reporter) {
		Set<String> formats = appliance.getOutputs() == null ? Set.of()
				: appliance.getOutputs().getEntries().stream().map(Output::getFormat).collect(Collectors.toSet());
		for (Target target : targets) {
			List<String> needed = FORMATS.get(target);
			if (needed.stream().noneMatch(formats::contains)) {
				reporter.reportVariant(ManifestRule.TARGET_OUTPUT_MISSING, target.getLiteral(), appliance, Literals.APPLIANCE__TARGETS,
						target.getLiteral(), needed.get(0));
			}
		}
	}

	private static void suite(Appliance appliance, List<Target> targets, Reporter reporter) {
		if (appliance.getOs() == null) {
			return;
		}
		Optional<DebianSuite> suite = DebianSuite.named(appliance.getOs().getSuite());
		if (suite.isEmpty()) {
			return; // SUITE_UNKNOWN
		}
		LocalDate today = reporter.today().orElse(LocalDate.now(ZoneOffset.UTC));
		LocalDate end = suite.get().securitySupportEnd();
		String names = names(targets);
		if (end == null) {
			reporter.reportVariant(ManifestRule.TARGET_SUITE_UNSUPPORTED, "none", appliance.getOs(), Literals.OPERATING_SYSTEM__SUITE, //$NON-NLS-1$
					suite.get().codeName(), names, DebianSuite.STABLE.codeName());
		} else if (today.isAfter(end)) {
			reporter.report(ManifestRule.TARGET_SUITE_UNSUPPORTED, appliance.getOs(), Literals.OPERATING_SYSTEM__SUITE,
					suite.get().codeName(), end.toString(), names, DebianSuite.STABLE.codeName());
		}
	}

	/** Secrets among the application's files, and an SSH server configured for password login in a cloud. */
	private static void files(Appliance appliance, List<Target> targets, Reporter reporter) {
		if (appliance.getApplication() == null) {
			return;
		}
		boolean cloud = targets.stream().anyMatch(CLOUDS::contains);
		List<FileSystemEntry> entries = new ArrayList<>(appliance.getApplication().getFiles());
		entries.addAll(appliance.getApplication().getDirectories());
		for (FileSystemEntry entry : entries) {
			if (entry.getTarget() == null || !entry.getTarget().startsWith("/")) { //$NON-NLS-1$
				continue;
			}
			for (ImageFile file : imageFiles(entry, reporter)) {
				String secret = secret(file);
				if (secret != null) {
					reporter.reportVariant(ManifestRule.TARGET_SECRET_IN_FILES, secret, entry, Literals.FILE_SYSTEM_ENTRY__SOURCE,
							file.target(), names(targets));
				}
				if (cloud && SSHD_CONFIG.matcher(file.target()).matches() && file.source() != null
						&& PASSWORD_LOGIN.matcher(head(file.source())).find()) {
					reporter.report(ManifestRule.TARGET_PASSWORD_LOGIN, entry, Literals.FILE_SYSTEM_ENTRY__SOURCE, file.target(),
							names(targets.stream().filter(CLOUDS::contains).toList()));
				}
			}
		}
	}

	/** A file the entry puts in the image: where, and its project file (null when the project is not known). */
	private record ImageFile(String target, Path source) {
	}

	private static List<ImageFile> imageFiles(FileSystemEntry entry, Reporter reporter) {
		String target = entry.getTarget().replaceAll("/+$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		Optional<Path> root = reporter.projectRoot();
		if (root.isEmpty() || NamePatterns.isBlank(entry.getSource())) {
			return List.of(new ImageFile(target, null));
		}
		Optional<Path> relative = ProjectPaths.insideProject(entry.getSource());
		Path source = relative.map(root.get()::resolve).orElse(null);
		if (source == null || !Files.exists(source)) {
			return List.of(new ImageFile(target, null)); // PROJECT_PATH_INVALID or PROJECT_FILE_MISSING
		}
		if (!Files.isDirectory(source)) {
			return List.of(new ImageFile(target, source));
		}
		try (Stream<Path> walk = Files.walk(source)) {
			return walk.filter(Files::isRegularFile).limit(MAX_FILES)
					.map(file -> new ImageFile(target + "/" + source.relativize(file).toString().replace('\\', '/'), file)).toList(); //$NON-NLS-1$
		} catch (IOException | RuntimeException e) {
			return List.of(new ImageFile(target, null));
		}
	}

	/** @return the message variant of the secret the file is, or null */
	private static String secret(ImageFile file) {
		String name = file.target().substring(file.target().lastIndexOf('/') + 1);
		if (name.equals("authorized_keys") || name.equals("authorized_keys2")) { //$NON-NLS-1$ //$NON-NLS-2$
			return "authorizedKeys"; //$NON-NLS-1$
		}
		if (HOST_KEY.matcher(name).matches()) {
			return "hostKey"; //$NON-NLS-1$
		}
		if (file.source() != null && head(file.source()).contains(PRIVATE_KEY)) {
			return "privateKey"; //$NON-NLS-1$
		}
		return null;
	}

	/** The file's first bytes as text; empty when it cannot be read. */
	private static String head(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new String(in.readNBytes(MAX_BYTES), StandardCharsets.ISO_8859_1);
		} catch (IOException e) {
			return ""; //$NON-NLS-1$
		}
	}

	private static String names(List<Target> targets) {
		return targets.stream().map(Target::getLiteral).map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}
}
