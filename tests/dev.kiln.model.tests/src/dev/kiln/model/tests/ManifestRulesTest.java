package dev.kiln.model.tests;

import static dev.kiln.model.validation.ManifestRule.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kiln.model.Appliance;
import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.ApplicationFile;
import dev.kiln.model.Architecture;
import dev.kiln.model.DebianPackage;
import dev.kiln.model.Disk;
import dev.kiln.model.DiskController;
import dev.kiln.model.Firmware;
import dev.kiln.model.Group;
import dev.kiln.model.KeptPath;
import dev.kiln.model.NetworkConfiguration;
import dev.kiln.model.Output;
import dev.kiln.model.OvfVersion;
import dev.kiln.model.OvfProperty;
import dev.kiln.model.Port;
import dev.kiln.model.SystemdService;
import dev.kiln.model.Target;
import dev.kiln.model.UpdateApply;
import dev.kiln.model.UpdateChannel;
import dev.kiln.model.User;
import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.validation.ApplianceValidator;
import dev.kiln.model.validation.ListingLimits;
import dev.kiln.model.validation.ManifestRule;
import dev.kiln.model.validation.ManifestValidator;

/**
 * Every rule of {@link ManifestRule}: one change to the valid sample triggers it, and only it;
 * valid manifests give no diagnostics at all.
 */
class ManifestRulesTest {

	private static final ApplianceFactory FACTORY = ApplianceFactory.eINSTANCE;

	private final ManifestValidator validator = new ManifestValidator(Manifests.LISTING_LIMITS);

	/** A change to the sample that breaks exactly one rule. */
	record Breakage(ManifestRule rule, BiConsumer<Appliance, Path> change, boolean inProject) {
	}

	static Stream<Arguments> breakages() {
		return Stream.of(
				breaks(ID_INVALID, "id with a space", a -> a.setId("acme wiki")),
				breaks(ID_INVALID, "no id", a -> a.setId(null)),
				breaks(NAME_MISSING, "no name", a -> a.setName(" ")),
				breaks(VERSION_NOT_SEMVER, "two-part version", a -> a.setVersion("2.4")),
				breaks(VERSION_NOT_SEMVER, "no version", a -> a.setVersion(null)),
				breaks(LICENSE_SOURCE, "file and text", a -> a.getLicense().setText("All rights reserved.")),
				breaks(LICENSE_SOURCE, "neither file nor text", a -> a.getLicense().setFile(null)),
				breaks(DISTRIBUTION_UNSUPPORTED, "ubuntu", a -> a.getOs().setDistribution("ubuntu")),
				breaks(SUITE_UNKNOWN, "buster", a -> a.getOs().setSuite("buster")),
				breaks(SUITE_UNKNOWN, "no suite", a -> a.getOs().setSuite(null)),
				breaks(SUITE_UNKNOWN, "no os", a -> a.setOs(null)),
				breaks(PACKAGE_NAME_INVALID, "upper case", a -> a.getOs().getPackages().get(0).setName("Nginx")),
				breaks(PACKAGE_NAME_INVALID, "one character", a -> a.getOs().getPackages().get(0).setName("x")),
				breaks(PACKAGE_DUPLICATE, "nginx twice", a -> a.getOs().getPackages().add(debianPackage("nginx"))),
				breaks(MIRROR_NOT_HTTP, "ftp mirror", a -> a.getOs().setMirror("ftp://deb.example.org/debian")),
				breaks(SECURITY_MIRROR_NOT_HTTP, "file security archive", a -> a.getOs().setSecurityMirror("file:///srv/debian-security")),
				breaks(SECURITY_POCKET_LEFT_OUT, "security pocket off", a -> a.getOs().setSecurity(false)),
				breaks(PACKAGE_NEEDS_TRIMMED, "man-db with documentation trimmed", a -> a.getOs().getPackages().add(debianPackage("man-db"))),
				breaks(PACKAGE_NEEDS_TRIMMED, "usbutils without <trim>", a -> {
					a.getOs().setTrim(null);
					a.getOs().getPackages().add(debianPackage("usbutils"));
				}),
				breaks(TARGET_NOT_ABSOLUTE, "relative target", a -> file(a, 0).setTarget("opt/wiki/wiki.py")),
				breaks(TARGET_DUPLICATE, "two files, one target", a -> file(a, 1).setTarget("/opt/wiki/wiki.py")),
				breaks(TARGET_DUPLICATE, "a file over a directory",
						a -> file(a, 0).setTarget(a.getApplication().getDirectories().get(0).getTarget())),
				breaks(MODE_INVALID, "symbolic mode", a -> file(a, 0).setMode("rw-r--r--")),
				breaks(MODE_INVALID, "digit 8", a -> file(a, 0).setMode("0684")),
				breaks(ACCOUNT_NAME_INVALID, "user name with a space", a -> user(a).setName("wiki user")),
				breaks(ACCOUNT_NAME_INVALID, "group name upper case", a -> group(a).setName("Wiki")),
				breaks(ACCOUNT_NAME_INVALID, "file owner", a -> file(a, 0).setOwner("9lives")),
				breaks(ACCOUNT_NAME_INVALID, "supplementary group", a -> user(a).getMemberOf().add("web users")),
				breaks(USER_DUPLICATE, "wiki twice", a -> a.getApplication().getUsers().add(EcoreUtil.copy(user(a)))),
				breaks(GROUP_DUPLICATE, "wiki twice", a -> a.getApplication().getGroups().add(EcoreUtil.copy(group(a)))),
				breaks(SERVICE_DUPLICATE, "nginx twice", a -> a.getApplication().getServices().add(service("nginx.service"))),
				breaks(UNIT_NAME_INVALID, "no unit suffix", a -> a.getApplication().getServices().get(1).setName("nginx")),
				breaks(PROJECT_PATH_INVALID, "source outside the project", a -> file(a, 0).setSource("../secret/key.pem")),
				breaks(PROJECT_PATH_INVALID, "absolute source", a -> file(a, 0).setSource("/etc/shadow")),
				breaks(PROJECT_PATH_INVALID, "file without source", a -> file(a, 0).setSource(null)),
				breaks(PROJECT_PATH_INVALID, "absolute logo", a -> a.setLogo("/srv/logo.png")),
				inProject(PROJECT_FILE_MISSING, "archive keyring absent", a -> a.getOs().setKeyring("keys/archive.gpg")),
				inProject(PROJECT_FILE_MISSING, "one file absent", a -> file(a, 0).setSource("app/missing.py")),
				breaks(PORT_OUT_OF_RANGE, "port 0", a -> port(a, 0).setNumber(0)),
				breaks(PORT_OUT_OF_RANGE, "port 70000", a -> port(a, 0).setNumber(70000)),
				breaks(PORT_DUPLICATE, "443 twice", a -> a.getNetwork().getPorts().add(port(443, "admin"))),
				breaks(STATIC_ADDRESS_MISSING, "static without address",
						a -> a.getNetwork().setConfiguration(NetworkConfiguration.STATIC)),
				breaks(IP_ADDRESS_INVALID, "address without prefix", a -> {
					a.getNetwork().setConfiguration(NetworkConfiguration.STATIC);
					a.getNetwork().setAddress("192.0.2.10");
				}),
				breaks(IP_ADDRESS_INVALID, "gateway name", a -> a.getNetwork().setGateway("router.local")),
				breaks(IP_ADDRESS_INVALID, "nameserver 999.1.1.1", a -> a.getNetwork().getNameservers().add("999.1.1.1")),
				breaks(HOSTNAME_INVALID, "underscore", a -> a.getNetwork().setHostname("wiki_server")),
				breaks(CPUS_OUT_OF_RANGE, "no CPU", a -> a.getHardware().setCpus(0)),
				breaks(CPUS_OUT_OF_RANGE, "4097 CPUs", a -> a.getHardware().setCpus(4097)),
				breaks(MEMORY_TOO_SMALL, "128 MiB on bookworm", a -> a.getHardware().setMemoryMb(128)),
				breaks(DISK_TOO_SMALL, "512 MiB system disk", a -> disk(a, 0).setSizeMb(512)),
				breaks(DISK_TOO_SMALL, "empty data disk", a -> disk(a, 1).setSizeMb(0)),
				breaks(DISK_DUPLICATE, "two disks named data", a -> disk(a, 0).setName("data")),
				breaks(FIRMWARE_UNSUPPORTED, "hybrid on arm64", a -> a.getOs().setArchitecture(Architecture.ARM64)),
				breaks(FIRMWARE_UNSUPPORTED, "bios on arm64", a -> {
					a.getOs().setArchitecture(Architecture.ARM64);
					a.getHardware().setFirmware(Firmware.BIOS);
				}),
				breaks(PROPERTY_KEY_INVALID, "key with a space", a -> property(a, 0).setKey("admin email")),
				breaks(PROPERTY_DUPLICATE, "key twice", a -> property(a, 1).setKey(property(a, 0).getKey())),
				breaks(PROPERTY_DEFAULT_MISMATCH, "int default 'lots'", a -> property(a, 3).setDefaultValue("lots")),
				breaks(PROPERTY_DEFAULT_MISMATCH, "boolean default 'yes'", a -> property(a, 2).setDefaultValue("yes")),
				breaks(PROPERTY_DEFAULT_MISMATCH, "ip default host name", a -> property(a, 4).setDefaultValue("dns.example")),
				breaks(PROPERTY_DEFAULT_MISMATCH, "int default too big", a -> property(a, 3).setDefaultValue("4294967296")),
				breaks(PASSWORD_DEFAULT, "password default", a -> property(a, 1).setDefaultValue("changeme")),
				breaks(OUTPUT_FORMAT_UNKNOWN, "vdi", a -> a.getOutputs().getEntries().get(1).setFormat("vdi")),
				breaks(OUTPUT_FORMAT_DUPLICATE, "qcow2 twice", a -> a.getOutputs().getEntries().add(output("qcow2"))),
				breaks(COMPRESSION_NOT_SUPPORTED, "compressed ova", a -> a.getOutputs().getEntries().get(1).setCompressed(true)),
				breaks(OVF_VERSION_NOT_APPLICABLE, "OVF 2.0 qcow2", a -> a.getOutputs().getEntries().get(0).setOvfVersion(OvfVersion.V2_0)),
				breaks(LISTING_TITLE_TOO_LONG, "73 characters", a -> a.getListing().setTitle("T".repeat(73))),
				breaks(LISTING_SUMMARY_TOO_LONG, "161 characters", a -> a.getListing().setSummary("S".repeat(161))),
				breaks(LISTING_CATEGORY_UNKNOWN, "games", a -> a.getListing().getCategories().add("games")),
				breaks(SUPPORT_EMAIL_INVALID, "no at sign", a -> a.getListing().getSupport().setEmail("support.acme.example")),
				breaks(SUPPORT_URL_INVALID, "mailto URL", a -> a.getListing().getSupport().setUrl("mailto:support@acme.example")),
				breaks(SUPPORT_URL_INVALID, "no scheme", a -> a.getListing().getSupport().setUrl("acme.example/support")),
				breaks(CPUS_ABOVE_HYPERVISOR_LIMIT, "129 CPUs in the OVA for ESXi", a -> a.getHardware().setCpus(129)),
				breaks(MEMORY_ABOVE_HYPERVISOR_LIMIT, "10 TiB in the OVA for ESXi", a -> a.getHardware().setMemoryMb(10 << 20)),
				breaks(HARDWARE_LOWERED_ON_IMPORT, "33 CPUs in VirtualBox", a -> a.getHardware().setCpus(33)),
				breaks(HARDWARE_LOWERED_ON_IMPORT, "3 TiB in VirtualBox", a -> a.getHardware().setMemoryMb(3 << 20)),
				breaks(GCE_DISK_NOT_WHOLE_GIB, "a 1500 MiB system disk for Compute Engine", a -> {
					a.getOutputs().getEntries().add(output("gce"));
					disk(a, 0).setSizeMb(1500);
				}),
				breaks(DISK_TOO_LARGE, "2 TiB data disk in the OVA", a -> disk(a, 1).setSizeMb(2 << 20)),
				breaks(DISK_TOO_LARGE, "2 TiB system disk in the VMDK", a -> {
					disk(a, 0).setSizeMb(2 << 20);
					a.getOutputs().getEntries().get(1).setFormat("vmdk");
				}),
				breaks(DISK_CONTROLLER_FULL, "16 disks on SCSI", a -> addDisks(a, 14)),
				breaks(DISK_CONTROLLER_FULL, "four disks and the CD-ROM on IDE", a -> {
					a.getHardware().setDiskController(DiskController.IDE);
					addDisks(a, 2);
				}),
				breaks(TARGET_OUTPUT_MISSING, "azure without the vhd", a -> listedForVmware(a).getTargets().add(Target.AZURE)),
				breaks(TARGET_OUTPUT_MISSING, "vmware without the ova", a -> {
					listedForVmware(a).getOutputs().getEntries().remove(1);
					a.getOutputs().getEntries().add(output("vmdk"));
				}),
				breaks(TARGET_SUITE_UNSUPPORTED, "sid on a marketplace", a -> listedForVmware(a).getOs().setSuite("sid")),
				breaks(TARGET_SUPPORT_CONTACT_MISSING, "no support contact", a -> listedForVmware(a).getListing().setSupport(null)),
				breaks(TARGET_SUPPORT_CONTACT_MISSING, "no listing", a -> listedForVmware(a).setListing(null)),
				breaks(TARGET_EULA_MISSING, "no licence", a -> listedForVmware(a).setLicense(null)),
				inProject(TARGET_SECRET_IN_FILES, "root's authorized_keys", a -> addFile(listedForVmware(a), "app/wiki.py", "/root/.ssh/authorized_keys")),
				inProject(TARGET_SECRET_IN_FILES, "a TLS key in a directory", (a, root) -> {
					a.getApplication().getDirectories().get(1).setSource("app/tls");
					write(root.resolve("app/tls/index.html"), "<p>wiki</p>\n");
					write(root.resolve("app/tls/certs/server.key"), "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n");
					listedForVmware(a);
				}),
				inProject(TARGET_PASSWORD_LOGIN, "sshd with passwords on AWS", (a, root) -> {
					write(root.resolve("config/sshd-login.conf"), "# logins\nPasswordAuthentication yes\n");
					addFile(listedForVmware(a), "config/sshd-login.conf", "/etc/ssh/sshd_config.d/10-login.conf");
					a.getTargets().add(Target.AWS);
					a.getOutputs().getEntries().add(output("raw"));
				}),
				breaks(TARGET_DISK_TOO_LARGE, "a 4 TiB OS disk on Azure", a -> {
					a.getTargets().add(Target.AZURE);
					a.getOutputs().getEntries().get(1).setFormat("vhd");
					disk(a, 0).setSizeMb(4 << 20);
				}),
				breaks(KEPT_PATH_INVALID, "relative kept path", a -> keep(a, 0).setPath("var/lib/wiki")),
				breaks(KEPT_PATH_INVALID, "kept path with a trailing slash", a -> keep(a, 1).setPath("/etc/wiki/")),
				breaks(KEPT_PATH_INVALID, "kept path with ..", a -> keep(a, 1).setPath("/var/lib/../wiki")),
				breaks(KEPT_PATH_INVALID, "keep without path", a -> keep(a, 1).setPath(null)),
				breaks(KEPT_PATH_SYSTEM, "keep /etc", a -> keep(a, 1).setPath("/etc")),
				breaks(KEPT_PATH_SYSTEM, "keep /", a -> keep(a, 1).setPath("/")),
				breaks(KEPT_PATH_SYSTEM, "keep /usr/local/wiki", a -> keep(a, 1).setPath("/usr/local/wiki")),
				breaks(KEPT_PATH_SYSTEM, "keep /lib64", a -> keep(a, 1).setPath("/lib64")),
				breaks(KEPT_PATH_DUPLICATE, "/var/lib/wiki twice", a -> a.getUpdates().getKeeps().add(keptPath("/var/lib/wiki"))),
				breaks(KEPT_PATH_NESTED, "a folder inside a kept one", a -> a.getUpdates().getKeeps().add(keptPath("/var/lib/wiki/uploads"))),
				breaks(UPDATE_CHANNEL_INVALID, "upper-case channel", a -> channel(a, 1).setName("Beta")),
				breaks(UPDATE_CHANNEL_DUPLICATE, "stable twice", a -> channel(a, 1).setName("stable")),
				breaks(UPDATE_URL_NOT_HTTP, "ftp update URL", a -> a.getUpdates().setUrl("ftp://downloads.acme.example/wiki/")),
				breaks(REBOOT_WINDOW_INVALID, "hours without minutes", a -> a.getUpdates().setRebootWindow("2-4")),
				breaks(REBOOT_WINDOW_INVALID, "24:00", a -> a.getUpdates().setRebootWindow("23:00-24:00")),
				breaks(READY_TIMEOUT_OUT_OF_RANGE, "10 seconds", a -> a.getUpdates().setReadyTimeout(10)),
				breaks(READY_TIMEOUT_OUT_OF_RANGE, "two hours", a -> a.getUpdates().setReadyTimeout(7200)),
				breaks(DATA_PARTITION_TOO_SMALL, "16 MiB data partition", a -> a.getUpdates().setDataSizeMb(16)),
				breaks(SYSTEM_DISK_TOO_SMALL_FOR_UPDATES, "1280 MiB system disk", a -> disk(a, 0).setSizeMb(1280)),
				breaks(SYSTEM_DISK_TOO_SMALL_FOR_UPDATES, "the default disk and 1 GiB of data", a -> {
					a.getHardware().getDisks().clear();
					a.getUpdates().setDataSizeMb(1024);
				}),
				breaks(READY_CHECK_INVALID, "http and command", a -> a.getUpdates().getReady().setCommand("/usr/bin/wiki-check")),
				breaks(READY_CHECK_INVALID, "empty <ready>", a -> a.getUpdates().getReady().setHttp(null)),
				breaks(READY_CHECK_INVALID, "ready URL without scheme", a -> a.getUpdates().getReady().setHttp("127.0.0.1/health")),
				breaks(AUTOMATIC_UPDATES_NEVER_CHECKED, "automatic, never checked", a -> a.getUpdates().setCheck("never")),
				breaks(REBOOT_WINDOW_WITHOUT_AUTOMATIC, "reboot window of manual updates", a -> a.getUpdates().setApply(UpdateApply.MANUAL)));
	}

	@Test
	void aBareUpdatesElementHasNoDiagnostics() {
		Appliance sample = Manifests.sample();
		sample.setUpdates(FACTORY.createUpdates());

		assertEquals(List.of(), validator.problems(sample, null, Manifests.SAMPLE));
	}

	@Test
	void aSystemDiskTooSmallForUpdatesNamesBothSizes() {
		List<String> problems = locatedProblems("""
				<?xml version="1.0" encoding="UTF-8"?>
				<appliance xmlns="urn:dev.kiln:appliance:1.0" id="a" name="A" version="1.0.0">
				  <os suite="trixie"/>
				  <hardware>
				    <disk name="system" sizeMb="1280"/>
				  </hardware>
				  <updates dataSizeMb="512"/>
				</appliance>
				""");

		assertEquals(List.of("5 ERROR KILN-M069 Disk 'system' has 1280 MiB: with <updates> the system disk needs at least 1667 MiB,"
				+ " for two system slots of 512 MiB, the boot partitions and a data partition of 512 MiB"), problems);
	}

	@Test
	void aKeptSystemLocationIsALocatedError() {
		List<String> problems = locatedProblems("""
				<?xml version="1.0" encoding="UTF-8"?>
				<appliance xmlns="urn:dev.kiln:appliance:1.0" id="a" name="A" version="1.0.0">
				  <os suite="trixie"/>
				  <updates>
				    <keep path="/var/lib/a"/>
				    <keep path="/usr/share/a"/>
				  </updates>
				</appliance>
				""");
		assertEquals(List.of("6 ERROR KILN-M060 Kept path '/usr/share/a' is part of the system, which every new version brings with it:"
				+ " keep the application's own data, such as /var/lib/<app> or /etc/<app>"), problems);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("breakages")
	void eachBreakageIsReportedByItsRuleAlone(Breakage breakage, @TempDir Path folder) throws IOException {
		Appliance appliance = Manifests.sample();
		Path projectRoot = null;
		if (breakage.inProject()) {
			projectRoot = ProjectFiles.createAll(folder, appliance);
		}
		breakage.change().accept(appliance, projectRoot);

		List<Diagnostic> diagnostics = validator.validate(appliance, projectRoot).getChildren();

		Set<ManifestRule> rules = diagnostics.stream().map(d -> ManifestRule.of(d).orElseThrow())
				.collect(Collectors.toSet());
		assertEquals(Set.of(breakage.rule()), rules, () -> messages(diagnostics));
		for (Diagnostic diagnostic : diagnostics) {
			assertEquals(breakage.rule().severity(), diagnostic.getSeverity());
			assertInstanceOf(EObject.class, diagnostic.getData().get(0), "diagnostics name the object to locate");
			assertFalse(diagnostic.getMessage().isBlank());
		}
	}

	@Test
	void aPackageThatNeedsATrimmedCategoryIsFineWhenTheCategoryIsKept() {
		Appliance sample = Manifests.sample();
		sample.getOs().getPackages().add(debianPackage("locales"));

		assertEquals(List.of(), validator.problems(sample, null, Manifests.SAMPLE), "the sample keeps locales");
		sample.getOs().getTrim().setLocales(true);
		List<ManifestProblem> problems = validator.problems(sample, null, Manifests.SAMPLE);
		assertEquals(List.of(PACKAGE_NEEDS_TRIMMED.code()), problems.stream().map(ManifestProblem::code).toList());
		assertTrue(problems.get(0).message().contains("<trim locales=\"true\">"), problems.get(0).message());
	}

	@Test
	void theSampleListedEverywhereHasNoDiagnostics(@TempDir Path folder) throws IOException {
		Appliance sample = Manifests.sample();
		Path projectRoot = ProjectFiles.createAll(folder, sample);
		sample.getTargets().addAll(List.of(Target.VMWARE, Target.AWS, Target.AZURE, Target.GCP, Target.KVM));
		for (String format : List.of("raw", "vhd", "gce")) {
			sample.getOutputs().getEntries().add(output(format));
		}
		// key login for the cloud: the rule reads the file, not its name
		write(projectRoot.resolve("config/sshd-login.conf"), "# PasswordAuthentication yes\nPasswordAuthentication no\n");
		addFile(sample, "config/sshd-login.conf", "/etc/ssh/sshd_config.d/10-login.conf");

		assertEquals(List.of(), validator.problems(sample, projectRoot, Manifests.SAMPLE));
	}

	@Test
	void securitySupportIsJudgedByTheDayOfTheValidation() {
		Appliance sample = listedForVmware(Manifests.sample());
		ApplianceValidator rules = new ApplianceValidator(Manifests.LISTING_LIMITS);

		assertEquals(List.of(), diagnose(rules, sample, LocalDate.of(2028, 6, 30)), "bookworm's last day of LTS");
		List<Diagnostic> after = diagnose(rules, sample, LocalDate.of(2028, 7, 1));
		assertEquals(List.of(TARGET_SUITE_UNSUPPORTED), after.stream().map(d -> ManifestRule.of(d).orElseThrow()).toList());
		assertEquals("Debian bookworm's security support ended on 2028-06-30: the vmware listing needs a supported release, such as trixie",
				after.get(0).getMessage());
	}

	private static List<Diagnostic> diagnose(ApplianceValidator rules, Appliance appliance, LocalDate today) {
		BasicDiagnostic chain = new BasicDiagnostic();
		Map<Object, Object> context = new HashMap<>();
		context.put(ApplianceValidator.TODAY, today);
		appliance.eAllContents().forEachRemaining(object -> rules.validate(object, chain, context));
		rules.validate(appliance, chain, context);
		return chain.getChildren();
	}

	@Test
	void everyRuleHasABreakage() {
		Set<ManifestRule> covered = breakages().map(arguments -> ((Breakage) ((Named<?>) arguments.get()[0]).getPayload()).rule())
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(ManifestRule.class)));

		assertEquals(EnumSet.allOf(ManifestRule.class), covered);
	}

	@Test
	void theRulesAreMoreThanTwenty() {
		assertTrue(ManifestRule.values().length >= 22);
	}

	@Test
	void codesAreUniqueAndStable() {
		assertEquals("KILN-M001", ID_INVALID.code());
		assertEquals("KILN-M021", PORT_DUPLICATE.code());
		assertEquals(ManifestRule.values().length,
				Stream.of(ManifestRule.values()).map(ManifestRule::code).distinct().count());
	}

	@Test
	void theSampleHasNoDiagnostics() {
		assertEquals(List.of(), validator.problems(Manifests.sample(), null, Manifests.SAMPLE));
	}

	@Test
	void theSampleWithAllItsFilesInTheProjectHasNoDiagnostics(@TempDir Path folder) throws IOException {
		Appliance sample = Manifests.sample();
		Path projectRoot = ProjectFiles.createAll(folder, sample);

		assertEquals(List.of(), validator.problems(sample, projectRoot, Manifests.SAMPLE));
	}

	@Test
	void theHelloExampleHasNoDiagnosticsWithItsProjectFiles() throws IOException {
		Path manifest = Manifests.helloExample();
		Appliance hello = Manifests.loadClean(Files.readAllBytes(manifest), "hello-appliance");

		assertEquals(List.of(), validator.problems(hello, manifest.getParent(), "hello-appliance"));
	}

	@Test
	void aMissingProjectFileIsOnlyReportedWhenTheProjectIsKnown(@TempDir Path emptyProject) {
		Appliance sample = Manifests.sample();

		assertEquals(List.of(), validator.problems(sample, null, "appliance.xml"));
		List<ManifestProblem> problems = validator.problems(sample, emptyProject, "appliance.xml");
		assertTrue(problems.stream().allMatch(p -> p.code().equals(PROJECT_FILE_MISSING.code())), problems::toString);
		assertTrue(problems.stream().anyMatch(p -> p.message().equals(
				"Source of file /opt/wiki/wiki.py 'app/wiki.py' does not exist in the project")), problems::toString);
	}

	@Test
	void aDuplicatePortNamesBothPortsOnTheLineOfTheSecond() {
		LoadResult result = Manifests.load("""
				<?xml version="1.0" encoding="UTF-8"?>
				<appliance xmlns="urn:dev.kiln:appliance:1.0" id="a" name="A" version="1.0.0">
				  <os suite="trixie"/>
				  <network>
				    <port number="8080" name="http"/>
				    <port number="8080" name="admin"/>
				  </network>
				</appliance>
				""");

		List<ManifestProblem> problems = validator.problems(result.appliance().orElseThrow(), null, "appliance.xml");

		assertEquals(1, problems.size(), problems::toString);
		ManifestProblem problem = problems.get(0);
		assertEquals("Port 8080 is declared twice (ports 'http' and 'admin')", problem.message());
		assertEquals("KILN-M021", problem.code());
		assertEquals(6, problem.line());
		assertEquals(ManifestProblem.Severity.ERROR, problem.severity());
	}

	@Test
	void theSamePortNumberForTcpAndUdpIsNoClash() {
		Appliance sample = Manifests.sample();
		Port udp = port(443, "quic");
		udp.setProtocol(dev.kiln.model.Protocol.UDP);
		sample.getNetwork().getPorts().add(udp);

		assertEquals(List.of(), validator.problems(sample, null, "appliance.xml"));
	}

	@Test
	void theListingRulesCheckTheLimitsTheValidatorIsGiven() {
		Appliance sample = Manifests.sample();
		sample.getListing().setTitle("Acme Wiki Server");
		sample.getListing().setSummary("A wiki for a team of any size");
		sample.getListing().getCategories().clear();
		sample.getListing().getCategories().add("collaboration");

		List<ManifestProblem> problems = new ManifestValidator(new ListingLimits(10, 20, Set.of("wikis", "web")))
				.problems(sample, null, "appliance.xml");

		assertEquals(List.of("KILN-M037 Listing title has 16 characters: marketplaces allow at most 10",
				"KILN-M038 Listing summary has 29 characters: marketplaces allow at most 20",
				"KILN-M039 Listing category 'collaboration' is not known; use one of web, wikis"),
				problems.stream().map(p -> p.code() + " " + p.message()).toList());
	}

	@Test
	void memoryIsCheckedAgainstTheSuiteOfTheManifest() {
		Appliance sample = Manifests.sample();
		sample.getHardware().setMemoryMb(200);

		List<ManifestProblem> problems = validator.problems(sample, null, "appliance.xml");

		assertEquals("<hardware> has 200 MiB of memory: Debian bookworm needs at least 256 MiB",
				problems.get(0).message());
	}

	@Test
	void absurdHardwareIsALocatedErrorNamingTheValueTheLimitAndTheHypervisor() {
		List<String> problems = locatedProblems("""
				<?xml version="1.0" encoding="UTF-8"?>
				<appliance xmlns="urn:dev.kiln:appliance:1.0" id="a" name="A" version="1.0.0">
				  <os suite="trixie"/>
				  <hardware cpus="4097" memoryMb="10485760" diskController="ide">
				    <disk name="system" sizeMb="4096"/>
				    <disk name="data" sizeMb="67108864"/>
				    <disk name="logs" sizeMb="1024"/>
				    <disk name="backup" sizeMb="1024"/>
				    <disk name="spare" sizeMb="1024"/>
				  </hardware>
				  <outputs>
				    <output format="qcow2"/>
				    <output format="ova"/>
				  </outputs>
				</appliance>
				""");

		assertEquals(List.of(
				"4 ERROR KILN-M025 <hardware> has 4097 CPUs: use 1 to 4096, the most that any hypervisor runs (QEMU/KVM on a q35"
						+ " machine of QEMU 9.0 or later)",
				"4 ERROR KILN-M044 <hardware> has 10485760 MiB of memory: VMware ESXi with the virtual hardware version 14 of Kiln's"
						+ " OVA accepts at most 6275072 MiB (6128 GiB), so the ova output would not import there",
				"4 ERROR KILN-M047 <hardware diskController=\"ide\"> takes at most 4 disks in the ova output, not 5",
				"6 ERROR KILN-M046 Disk 'data' has 67108864 MiB: the ova output holds it as a streamOptimized VMDK, which takes less"
						+ " than 2 TiB, at most 2097151 MiB"),
				problems);
	}

	/** The problems of a manifest as "line severity code message". */
	private List<String> locatedProblems(String xml) {
		LoadResult result = Manifests.load(xml);
		return validator.problems(result.appliance().orElseThrow(), null, "appliance.xml").stream()
				.map(p -> p.line() + " " + p.severity() + " " + p.code() + " " + p.message()).toList();
	}

	@Test
	void hardwareAboveWhatVirtualBoxRunsIsAWarningThatItIsLoweredOnImport() {
		Appliance sample = Manifests.sample();
		sample.getHardware().setCpus(48);
		sample.getHardware().setMemoryMb(3 << 20);

		List<ManifestProblem> problems = validator.problems(sample, null, "appliance.xml");

		assertEquals(List.of("WARNING KILN-M045 <hardware> has 48 CPUs: VirtualBox runs at most 32 and lowers the count to 32 when it"
				+ " imports the ova output",
				"WARNING KILN-M045 <hardware> has 3145728 MiB of memory: VirtualBox gives a machine at most 2097152 MiB (2048 GiB) and"
						+ " lowers it to that when it imports the ova output"),
				problems.stream().map(p -> p.severity() + " " + p.code() + " " + p.message()).toList());
	}

	@Test
	void theOvasLimitsAreNotCheckedWithoutAnOva() {
		Appliance sample = Manifests.sample();
		sample.getOutputs().getEntries().remove(1);
		sample.getHardware().setCpus(256);
		sample.getHardware().setMemoryMb(10 << 20);
		sample.getHardware().getDisks().get(1).setSizeMb(4 << 20);

		assertEquals(List.of(), validator.problems(sample, null, "appliance.xml"), "QEMU/KVM runs it on a host large enough");
	}

	private static Arguments breaks(ManifestRule rule, String how, Consumer<Appliance> change) {
		return Arguments.of(Named.of(rule.code() + " " + rule + ": " + how, new Breakage(rule, (a, root) -> change.accept(a), false)));
	}

	private static Arguments inProject(ManifestRule rule, String how, Consumer<Appliance> change) {
		return inProject(rule, how, (a, root) -> change.accept(a));
	}

	/** A breakage that also writes into the project's files. */
	private static Arguments inProject(ManifestRule rule, String how, BiConsumer<Appliance, Path> change) {
		return Arguments.of(Named.of(rule.code() + " " + rule + ": " + how, new Breakage(rule, change, true)));
	}

	/** The sample listed on a VMware-style marketplace too: it has the OVA, the EULA and the support contact that needs. */
	private static Appliance listedForVmware(Appliance appliance) {
		appliance.getTargets().add(Target.VMWARE);
		return appliance;
	}

	private static ApplicationFile addFile(Appliance appliance, String source, String target) {
		ApplicationFile file = FACTORY.createApplicationFile();
		file.setSource(source);
		file.setTarget(target);
		appliance.getApplication().getFiles().add(file);
		return file;
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String messages(List<Diagnostic> diagnostics) {
		return diagnostics.stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
	}

	private static ApplicationFile file(Appliance appliance, int index) {
		return appliance.getApplication().getFiles().get(index);
	}

	private static User user(Appliance appliance) {
		return appliance.getApplication().getUsers().get(0);
	}

	private static Group group(Appliance appliance) {
		return appliance.getApplication().getGroups().get(0);
	}

	private static Port port(Appliance appliance, int index) {
		return appliance.getNetwork().getPorts().get(index);
	}

	private static Disk disk(Appliance appliance, int index) {
		return appliance.getHardware().getDisks().get(index);
	}

	private static void addDisks(Appliance appliance, int count) {
		for (int i = 0; i < count; i++) {
			Disk disk = FACTORY.createDisk();
			disk.setName("extra" + i);
			disk.setSizeMb(1024);
			appliance.getHardware().getDisks().add(disk);
		}
	}

	private static OvfProperty property(Appliance appliance, int index) {
		return appliance.getProperties().getEntries().get(index);
	}

	private static DebianPackage debianPackage(String name) {
		DebianPackage debianPackage = FACTORY.createDebianPackage();
		debianPackage.setName(name);
		return debianPackage;
	}

	private static SystemdService service(String name) {
		SystemdService service = FACTORY.createSystemdService();
		service.setName(name);
		return service;
	}

	private static Port port(int number, String name) {
		Port port = FACTORY.createPort();
		port.setNumber(number);
		port.setName(name);
		return port;
	}

	private static KeptPath keep(Appliance appliance, int index) {
		return appliance.getUpdates().getKeeps().get(index);
	}

	private static KeptPath keptPath(String path) {
		KeptPath keep = FACTORY.createKeptPath();
		keep.setPath(path);
		return keep;
	}

	private static UpdateChannel channel(Appliance appliance, int index) {
		return appliance.getUpdates().getChannels().get(index);
	}

	private static Output output(String format) {
		Output output = FACTORY.createOutput();
		output.setFormat(format);
		return output;
	}
}
