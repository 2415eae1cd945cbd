package dev.kiln.build.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.update.UpdateIndex;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.QemuBoot;

/**
 * The example appliance with updates (ADR 026) as {@link ApplianceUpdateTest} and the update benchmark
 * (releng/bench/update.sh) drive it: a root shell on the serial console, {@code <updates>} from an update folder,
 * releases published on a channel of that folder, and the console's word that a version is ready.
 */
public final class UpdatableHello {

	public static final String SHELL = "root@hello:~#";
	public static final String AUTOLOGIN = "login: root (automatic login)";

	private UpdatableHello() {
	}

	/**
	 * A copy of examples/hello-appliance in {@code folder} with a root shell on the serial console and updates from
	 * {@code updateFolder} (the address as the guest reaches it) on channels {@code stable} and {@code beta}, its
	 * {@code /var/lib/hello} kept and its page as the ready check.
	 */
	public static Path copy(Path folder, String updateFolder) throws IOException {
		Path project = ExampleProjects.copyOfHello(folder);
		Files.writeString(project.resolve("app/autologin.conf"),
				"[Service]\nExecStart=\nExecStart=-/sbin/agetty --autologin root --noclear --keep-baud 115200,57600,38400,9600 %I $TERM\n");
		ExampleProjects.editManifest(project, "<service name=\"hello.service\"",
				"<file source=\"app/autologin.conf\" target=\"/etc/systemd/system/serial-getty@ttyS0.service.d/autologin.conf\"/>\n"
						+ "    <service name=\"hello.service\"");
		ExampleProjects.editManifest(project, "</hardware>", "</hardware>\n  <updates url=\"" + updateFolder + "\" check=\"never\" "
				+ "readyTimeout=\"30\" dataSizeMb=\"256\">\n    <channel name=\"stable\"/>\n    <channel name=\"beta\"/>\n"
				+ "    <keep path=\"/var/lib/hello\"/>\n    <ready http=\"http://127.0.0.1:8080/\"/>\n  </updates>");
		return project;
	}

	/**
	 * The next version of {@code project}: version {@code from} becomes {@code to} and one file of the application
	 * changes (a line on its page); only the raw disk and the update bundle are built of it.
	 */
	public static void appOnlyRelease(Path project, String from, String to) throws IOException {
		ExampleProjects.editManifest(project, "version=\"" + from + "\"", "version=\"" + to + "\"");
		ExampleProjects.editManifest(project, "<output format=\"qcow2\"/>\n    <output format=\"ova\"/>", "");
		ExampleProjects.editManifest(project, "<target>vmware</target>", "");
		Path page = project.resolve("app/www/index.html");
		Files.writeString(page, Files.readString(page).replace("</body>", "<p>Version " + to.substring(0, to.lastIndexOf('.')) + "</p></body>"));
	}

	/**
	 * Publishes {@code releases} on the channel {@code stable} of the update folder {@code site}/updates/{@code folder}:
	 * their bundles and the index, signed by {@code signer}.
	 */
	public static void publish(Path site, String folder, VendorIdentity signer, BuildReport... releases) throws Exception {
		Path updates = Files.createDirectories(site.resolve("updates").resolve(folder).resolve("stable"));
		UpdateIndex index = new UpdateIndex("hello-appliance", "stable", List.of());
		for (BuildReport release : releases) {
			BuildReport.Artifact bundle = release.artifact(OutputFormat.UPDATE_BUNDLE);
			Files.copy(bundle.file(), updates.getParent().resolve(bundle.file().getFileName()), StandardCopyOption.REPLACE_EXISTING);
			index = index.with(new UpdateIndex.Entry(release.version(), bundle.file().getFileName().toString(), bundle.size(), bundle.sha256()));
		}
		Files.write(updates.resolve(UpdateIndex.FILE_NAME), index.toBytes());
		Files.write(updates.resolve(UpdateIndex.SIGNATURE_NAME), index.sign(signer, Instant.ofEpochSecond(ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH)));
	}

	/** Waits for {@code ready} and the root shell on the serial console, after {@code from} characters of it. */
	public static void awaitReadyAndShell(QemuBoot vm, int from, String ready, Duration limit) throws Exception {
		vm.awaitSerialAfter(from, ready, limit);
		// the shell of the boot that became ready: the prompt after that boot's automatic login (earlier boots had theirs)
		int boot = vm.serial().lastIndexOf("Kernel command line:", vm.serial().indexOf(ready, from));
		vm.awaitSerialAfter(boot, AUTOLOGIN, limit);
		vm.awaitSerialAfter(vm.serial().indexOf(AUTOLOGIN, boot), SHELL, limit);
	}

	/** What the guest's ready check prints once {@code version} runs ready in system slot {@code slot}. */
	public static String ready(String version, String slot) {
		return "Ready: hello-appliance " + version + " in system slot " + slot;
	}
}
