package dev.kiln.ui.tests;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;
import dev.kiln.ui.testsupport.BotMultiPageEditor;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.Screenshots;
import dev.kiln.ui.testsupport.UIThreadRunnable;

/**
 * The pictures of the manifest editor in docs/images (editor-&lt;page&gt;.png), taken from a
 * realistic appliance. Runs only when {@code -Dkiln.docs.screenshots=<folder>} is given, as
 * releng/scripts/editor-screenshots.sh does.
 */
@EnabledIfSystemProperty(named = "kiln.docs.screenshots", matches = ".+")
class ManifestEditorScreenshots extends ManifestEditorTestCase {

	private static final String MANIFEST = """
			<?xml version="1.0" encoding="UTF-8"?>
			<appliance xmlns="urn:dev.kiln:appliance:1.0" id="hello-appliance" name="Hello Appliance" version="1.2.0" vendor="Kiln Examples">
			  <summary>A tiny HTTP service that answers on port 8080.</summary>
			  <description>The smallest useful appliance: busybox httpd serving one page, started by systemd.</description>
			  <license name="Apache-2.0">
			    <text>Licensed under the Apache License, Version 2.0.</text>
			  </license>
			  <os suite="trixie" architecture="amd64">
			    <package name="busybox"/>
			    <package name="curl"/>
			    <package name="ca-certificates"/>
			    <package name="curl"/>
			  </os>
			  <application firstBootScript="app/firstboot.sh">
			    <group name="hello"/>
			    <user name="hello" group="hello" home="/srv/hello"/>
			    <directory source="app/www" target="/srv/hello" mode="0755"/>
			    <file source="app/hello.conf" target="/etc/hello/hello.conf" owner="hello" mode="0640"/>
			    <service name="hello.service" unit="app/systemd/hello.service"/>
			  </application>
			  <network configuration="dhcp" hostname="hello">
			    <port number="8080" name="http" description="Hello service"/>
			    <port number="9090" name="metrics" description="Prometheus metrics"/>
			  </network>
			  <hardware cpus="2" memoryMb="1024" firmware="hybrid">
			    <disk name="system" sizeMb="4096"/>
			    <disk name="data" sizeMb="8192"/>
			  </hardware>
			  <properties>
			    <property key="hello.greeting" type="string" default="Hello, world" label="Greeting" description="The text the page shows."/>
			    <property key="admin.password" type="password" label="Administrator password" required="true"/>
			  </properties>
			  <outputs>
			    <output format="qcow2"/>
			    <output format="ova"/>
			  </outputs>
			  <target>vmware</target>
			  <target>kvm</target>
			  <listing title="Hello Appliance" pricing="free">
			    <summary>Example appliance: an HTTP service on port 8080.</summary>
			    <description>Import it into any hypervisor, open port 8080 and say hello.</description>
			    <releaseNotes>1.2.0: metrics on port 9090.</releaseNotes>
			    <category>developer-tools</category>
			    <category>web</category>
			    <screenshot>docs/welcome.png</screenshot>
			    <support email="support@example.org" url="https://example.org/support"/>
			  </listing>
			</appliance>
			""";

	private static final Map<String, String> PAGES = Map.of(UIText.OverviewPage_title, "overview", UIText.OperatingSystemPage_title,
			"operating-system", UIText.ApplicationPage_title, "application", UIText.HardwareNetworkPage_title, "hardware-network",
			UIText.PropertiesPage_title, "properties", UIText.MarketplacePage_title, "marketplace", UIText.ManifestEditor_sourcePage, "source");

	@Override
	protected String projectName() {
		return "hello-appliance";
	}

	@AfterEach
	void restoreLayout() {
		bot.closeAllEditors();
		UIThreadRunnable.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().resetPerspective());
	}

	@Test
	void picturesOfEveryPage() throws CoreException {
		Path folder = Path.of(System.getProperty("kiln.docs.screenshots"));
		for (String path : new String[] { "app/www/index.html", "app/hello.conf", "app/firstboot.sh", "app/systemd/hello.service" }) {
			IFile file = project.getFile(path);
			mkdirs((IFolder) file.getParent());
			file.create("# hello\n".getBytes(), true, false, null);
		}
		mkdirs(project.getFolder("docs"));
		project.getFile("docs/welcome.png").create(welcomePicture(), true, false, null);
		ManifestEditors.writeFile(manifest, MANIFEST);
		UIThreadRunnable.syncExec(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setBounds(0, 0, 1280, 860);
		});
		bot.waitForBuild(JOBS_TIMEOUT);
		ManifestEditor part = ManifestEditors.open(manifest);
		BotMultiPageEditor editor = bot.multipageEditorByTitle("appliance.xml");
		UIThreadRunnable.syncExec(() -> part.getSite().getPage().setPartState(editor.getReference(), IWorkbenchPage.STATE_MAXIMIZED));
		bot.waitUntil(Conditions.that("the first validation", () -> UIThreadRunnable.syncExec(() -> part.analysis() != null)));

		for (String page : new String[] { UIText.OverviewPage_title, UIText.OperatingSystemPage_title, UIText.ApplicationPage_title,
				UIText.HardwareNetworkPage_title, UIText.PropertiesPage_title, UIText.MarketplacePage_title, UIText.ManifestEditor_sourcePage }) {
			editor.activatePage(page);
			if (page.equals(UIText.PropertiesPage_title)) {
				editor.bot().table().select("hello.greeting");
			} else if (page.equals(UIText.ApplicationPage_title)) {
				editor.bot().table().select("/etc/hello/hello.conf");
			}
			bot.waitForJobs(JOBS_TIMEOUT);
			UIThreadRunnable.syncExec(() -> {
				while (Display.getCurrent().readAndDispatch()) {
					// paint everything before the picture
				}
			});
			Screenshots.captureShell(bot.activeWorkbenchWindow(), folder.resolve("editor-" + PAGES.get(page) + ".png"));
		}
	}

	private static void mkdirs(IFolder folder) throws CoreException {
		if (!folder.exists()) {
			if (folder.getParent() instanceof IFolder parent) {
				mkdirs(parent);
			}
			folder.create(true, true, null);
		}
	}

	/** A screenshot-like picture for the listing, drawn here so the docs need no binary input. */
	private static byte[] welcomePicture() {
		return UIThreadRunnable.syncExec(() -> {
			Display display = Display.getCurrent();
			Image image = new Image(display, 640, 400);
			GC gc = new GC(image);
			Color top = new Color(40, 90, 160);
			Color bottom = new Color(240, 140, 46);
			Font font = new Font(display, "Sans", 28, SWT.BOLD);
			try {
				gc.setForeground(top);
				gc.setBackground(bottom);
				gc.fillGradientRectangle(0, 0, 640, 400, true);
				gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
				gc.setFont(font);
				gc.drawText("Hello, world", 200, 170, true);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				ByteArrayOutputStream png = new ByteArrayOutputStream();
				loader.save(png, SWT.IMAGE_PNG);
				return png.toByteArray();
			} finally {
				font.dispose();
				gc.dispose();
				image.dispose();
			}
		});
	}
}
