package dev.kiln.install.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.NewApplianceProjectDialog;
import dev.kiln.ui.testsupport.Screenshots;
import dev.kiln.ui.testsupport.UIThreadRunnable;
import dev.kiln.ui.testsupport.WorkbenchBot;

/**
 * Runs the install test's checks inside the IDE it is installed into, when that IDE was started with
 * {@code -Dkiln.probe.report=<file>}: records which Kiln bundles and shared libraries resolved and how they
 * wired, creates an appliance project through File → New → Project… as a user does (if Kiln is installed),
 * records the editor that opened the manifest, writes the report (a properties file) and closes the workbench.
 * With {@code -Dkiln.probe.update=<repository>} it updates the installation from that repository instead
 * ({@link CheckForUpdates}).
 */
public class InstallProbe implements IStartup {

	/** System property: where the report goes; without it the probe does nothing. */
	static final String REPORT_PROPERTY = "kiln.probe.report";
	/** System property: the name of the appliance project to create. */
	static final String PROJECT_PROPERTY = "kiln.probe.project";
	/**
	 * System property: a p2 repository to take updates from, as Help → Check for Updates does after the user
	 * added the site; in this mode the probe updates the installation instead of creating a project.
	 */
	static final String UPDATE_PROPERTY = "kiln.probe.update";

	/** The libraries Kiln's feature carries that an Eclipse IDE may have already (docs/install-into-eclipse.md). */
	private static final Set<String> SHARED_LIBRARIES = Set.of("bcprov", "bcutil", "bcpg", "bcpkix",
			"org.apache.commons.commons-compress", "org.apache.commons.commons-io",
			"org.apache.commons.commons-codec", "org.apache.commons.lang3", "org.tukaani.xz", "com.google.gson");

	/** Packages whose provider the report names, per importing bundle: one BouncyCastle for p2 and Kiln. */
	private static final List<String[]> WIRES = List.of(
			new String[] { "dev.kiln.image", "org.bouncycastle.openpgp" },
			new String[] { "dev.kiln.image", "org.bouncycastle.jce.provider" },
			new String[] { "dev.kiln.image", "org.apache.commons.compress.archivers.tar" },
			new String[] { "org.eclipse.equinox.p2.repository", "org.bouncycastle.openpgp" });

	private static final Duration WIZARD_TIMEOUT = Duration.ofSeconds(60);

	@Override
	public void earlyStartup() {
		String report = System.getProperty(REPORT_PROPERTY);
		if (report == null) {
			return;
		}
		Properties result = new Properties();
		try {
			recordBundles(result);
			String updateSite = System.getProperty(UPDATE_PROPERTY);
			if (updateSite != null) {
				new CheckForUpdates(URI.create(updateSite)).run(result);
			} else if (Platform.getBundle("dev.kiln.ui") == null) {
				result.setProperty("wizard", "absent");
			} else {
				createApplianceProject(System.getProperty(PROJECT_PROPERTY, "installed-appliance"), result);
			}
		} catch (Throwable e) {
			StringWriter trace = new StringWriter();
			e.printStackTrace(new PrintWriter(trace));
			result.setProperty("failure", trace.toString());
			result.setProperty("screenshot", screenshot(Path.of(report)));
		} finally {
			write(result, Path.of(report));
			Display.getDefault().asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	private static void recordBundles(Properties result) {
		Bundle[] bundles = FrameworkUtil.getBundle(InstallProbe.class).getBundleContext().getBundles();
		TreeMap<String, List<String>> libraries = new TreeMap<>();
		List<String> kiln = new ArrayList<>();
		for (Bundle bundle : bundles) {
			String name = bundle.getSymbolicName();
			String entry = bundle.getVersion() + ":" + state(bundle);
			if (name != null && name.startsWith("dev.kiln.") && !name.startsWith("dev.kiln.install.")
					&& !name.equals("dev.kiln.ui.testsupport")) {
				kiln.add(name + "_" + entry);
			} else if (SHARED_LIBRARIES.contains(name)) {
				libraries.computeIfAbsent(name, n -> new ArrayList<>()).add(entry);
			}
		}
		kiln.sort(null);
		result.setProperty("kiln.bundles", String.join(",", kiln));
		libraries.forEach((name, versions) -> result.setProperty("library." + name, String.join(",", versions)));
		for (String[] wire : WIRES) {
			String provider = provider(wire[0], wire[1]);
			if (provider != null) {
				result.setProperty("wire." + wire[0] + "." + wire[1], provider);
			}
		}
	}

	/**
	 * The bundle (name_version) that {@code importer} gets {@code packageName} from; "none" when it is wired
	 * but not to that package, null when it is not there or not resolved.
	 */
	private static String provider(String importer, String packageName) {
		Bundle bundle = Platform.getBundle(importer);
		BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
		if (wiring == null) {
			return null;
		}
		for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
			if (packageName.equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
				Bundle from = wire.getProvider().getBundle();
				return from.getSymbolicName() + "_" + from.getVersion();
			}
		}
		return "none";
	}

	private static String state(Bundle bundle) {
		return switch (bundle.getState()) {
		case Bundle.ACTIVE -> "ACTIVE";
		case Bundle.STARTING -> "STARTING";
		case Bundle.RESOLVED -> "RESOLVED";
		case Bundle.INSTALLED -> "INSTALLED";
		default -> "UNINSTALLED";
		};
	}

	/** File → New → Project… → Kiln → Appliance Project, a name, Finish; then what the workbench shows. */
	private static void createApplianceProject(String name, Properties result) throws CoreException {
		WorkbenchBot bot = new WorkbenchBot();
		bot.activeWorkbenchWindow().activate();
		BotShell dialog = NewApplianceProjectDialog.openProjectPage(bot);
		dialog.bot().textWithLabel("Project name:").setText(name);
		NewApplianceProjectDialog.finish(bot, dialog, WIZARD_TIMEOUT);
		bot.waitForWorkspaceBuild(WIZARD_TIMEOUT);

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		result.setProperty("project.exists", Boolean.toString(project.exists()));
		if (project.isOpen()) {
			result.setProperty("project.natures", String.join(",", project.getDescription().getNatureIds()));
			result.setProperty("project.manifest", Boolean.toString(project.getFile("appliance.xml").exists()));
		}
		String[] editor = UIThreadRunnable.syncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IEditorPart active = window == null ? null : window.getActivePage().getActiveEditor();
			return active == null ? null
					: new String[] { active.getSite().getId(), active.getTitle(), active.getClass().getName() };
		});
		if (editor != null) {
			result.setProperty("editor.id", editor[0]);
			result.setProperty("editor.title", editor[1]);
			result.setProperty("editor.class", editor[2]);
		}
		result.setProperty("wizard", "finished");
	}

	/** What the display showed when a step failed, beside the report. */
	private static String screenshot(Path report) {
		try {
			return Screenshots.captureDisplay(report.resolveSibling(report.getFileName() + ".png")).toString();
		} catch (RuntimeException e) {
			return "none: " + e;
		}
	}

	private static void write(Properties result, Path report) {
		try {
			Path partial = report.resolveSibling(report.getFileName() + ".part");
			try (OutputStream out = Files.newOutputStream(partial)) {
				result.store(out, "Kiln install probe");
			}
			// the test sees the report only once it is complete
			Files.move(partial, report, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new IllegalStateException("cannot write the probe report " + report, e);
		}
	}
}
