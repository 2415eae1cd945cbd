package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.core.internal.publish.VendorIdentityStore;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.internal.oci.Descriptor;
import dev.kiln.publish.internal.oci.ImageManifest;
import dev.kiln.publish.internal.oci.RegistryClient;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * One vendor identity for every way of publishing: imported once in Window → Preferences → Kiln →
 * Signing Identity (a PKCS #12 keystore, as CI gives it to {@code kiln}), it signs what the Publish
 * wizard publishes, and {@code kiln publish} with the same keystore makes the very same release;
 * {@code kiln verify} names the signer, and refuses a release another key signed. No secret lands in
 * the workspace, the plug-ins' state or the build folder.
 */
class SignedPublishTest extends WorkbenchTestCase {

	private static final String PASSWORD = "keystore-pa55";
	private static final Duration KILN_LIMIT = Duration.ofMinutes(3);
	private static LocalRegistry registry;

	@TempDir
	Path folder;

	@BeforeAll
	static void startRegistry() throws IOException {
		registry = LocalRegistry.start();
	}

	@AfterAll
	static void stopRegistry() throws IOException {
		registry.close();
	}

	@AfterEach
	void forgetIdentityAndProjects() throws Exception {
		new VendorIdentityStore().remove();
		UiTestProjects.deleteAll();
	}

	/** A vendor's keystore as openssl makes it: an RSA key and a self-signed certificate for {@code name}. */
	private Path keystore(String file, String name) {
		ExternalTool.command("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", file + ".key", "-out", file + ".pem",
				"-days", "2", "-subj", "/CN=" + name).in(folder).output();
		ExternalTool.command("openssl", "pkcs12", "-export", "-inkey", file + ".key", "-in", file + ".pem", "-name", "vendor", "-out",
				file + ".p12", "-passout", "pass:" + PASSWORD).in(folder).output();
		return folder.resolve(file + ".p12");
	}

	private ExternalTool.Result kiln(Path keystore, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(ExampleProjects.repository().resolve("releng/kiln").toString());
		command.addAll(List.of(arguments));
		Map<String, String> environment = new HashMap<>();
		environment.put("KILN_HOME", System.getProperty("kiln.product"));
		environment.put("KILN_JAVA_HOME", System.getProperty("java.home"));
		environment.put("KILN_REGISTRY_USER", LocalRegistry.USER);
		environment.put("KILN_REGISTRY_PASSWORD", LocalRegistry.PASSWORD);
		environment.put("SOURCE_DATE_EPOCH", "1704067200");
		if (keystore != null) {
			environment.put("KILN_SIGNING_KEYSTORE", keystore.toString());
			environment.put("KILN_SIGNING_PASSWORD", PASSWORD);
		}
		return ExternalTool.command(command).in(folder).environment(environment).limit(KILN_LIMIT).start().await();
	}

	private static String line(ExternalTool.Result result, String key) {
		return result.outLines().stream().filter(l -> l.startsWith(key + " ")).map(l -> l.substring(key.length() + 1)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + key + "' line: " + result));
	}

	/** The digests of the artifacts attached to a release (SBOM, signature), from the registry's referrers index. */
	private static List<String> referrers(RegistryClient client, String repository, String digest) throws Exception {
		byte[] index = client.manifest(repository, "sha256-" + digest.substring("sha256:".length())).orElseThrow().content();
		return ImageManifest.parseIndex(index).stream().map(Descriptor::digest).toList();
	}

	private void importIdentity(Path keystore) {
		bot.menu("Window").menu("Preferences...").click();
		BotShell dialog = bot.shell("Preferences");
		Bot page = dialog.bot();
		page.tree().select(PluginText.of("dev.kiln.ui", "preferences.kiln"), PluginText.of("dev.kiln.ui", "preferences.identity"));
		page.label(UIText.SigningIdentityPage_none);
		page.textWithLabel(UIText.SigningIdentityPage_keystore).setText(keystore.toString());
		page.textWithLabel(UIText.SigningIdentityPage_password).setText(PASSWORD);
		page.button(UIText.SigningIdentityPage_import).click();
		bot.waitUntil(Conditions.that("the imported identity to show",
				() -> !page.textWithLabel(UIText.SigningIdentityPage_fingerprint).getText().isEmpty()));
		assertEquals("CN=Acme Appliances", page.textWithLabel(UIText.SigningIdentityPage_subject).getText());
		assertEquals("", page.textWithLabel(UIText.SigningIdentityPage_password).getText(), "the password field is emptied");
		page.button("Apply and Close").click();
		bot.waitUntil(Conditions.shellCloses(dialog));
	}

	@Test
	void theWizardAndKilnPublishSignTheSameReleaseWithTheOneIdentityAndKilnVerifyNamesTheSigner() throws Exception {
		Path acme = keystore("acme", "Acme Appliances");
		Path other = keystore("other", "Other Vendor");
		importIdentity(acme);
		VendorIdentity identity = VendorIdentity.fromPkcs12(acme, PASSWORD.toCharArray(), null);

		IProject project = PublishWizardTester.helloWithImages(folder);
		String wizardDigest = PublishWizardTester.open(bot, project).target("signed", registry, "kiln-ui-signed").toReview("First release.")
				.reviewShows("\u2714 " + UIText.bind(UIText.ReviewPage_signed, identity.subject(), identity.fingerprint())).finish();

		// kiln publish of the same build with the same identity, as CI runs it: the same release, the same referrers
		Path projectFolder = project.getLocation().toPath();
		ExternalTool.Result published = kiln(acme, "publish", projectFolder.toString(), "--registry", registry.url().toString(), "--repository",
				"kiln-cli-signed", "--release-notes", "First release.");
		assertEquals(0, published.exitCode(), published.toString());
		assertEquals(wizardDigest, line(published, "digest"), "the wizard and kiln publish make the same release");
		assertEquals(identity.fingerprint() + " " + identity.subject(), line(published, "signer"));
		RegistryClient client = new RegistryClient(registry.url(), Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
		List<String> byWizard = referrers(client, "kiln-ui-signed/hello-appliance", wizardDigest);
		assertEquals(2, byWizard.size(), "an SBOM and a signature: " + byWizard);
		assertEquals(byWizard, referrers(client, "kiln-cli-signed/hello-appliance", wizardDigest), "the same SBOM and signature");

		// the customer's check: signed by the identity whose fingerprint the vendor publishes
		ExternalTool.Result verified = kiln(null, "verify", "--registry", registry.url().toString(), "kiln-ui-signed/hello-appliance:1.0.0",
				"--fingerprint", identity.fingerprint());
		assertEquals(0, verified.exitCode(), verified.toString());
		assertTrue(verified.outLines().contains("signature valid self-signed " + identity.fingerprint() + " CN=Acme Appliances"), verified.toString());
		ExternalTool.Result trusted = kiln(null, "verify", "--registry", registry.url().toString(), "kiln-cli-signed/hello-appliance:1.0.0",
				"--trust", folder.resolve("acme.pem").toString(), "--require-trusted");
		assertEquals(0, trusted.exitCode(), trusted.toString());
		assertTrue(trusted.outLines().contains("signature valid trusted " + identity.fingerprint() + " CN=Acme Appliances"), trusted.toString());

		// the same build signed by another key: refused, and the refusal names who signed it
		ExternalTool.Result foreign = kiln(other, "publish", projectFolder.toString(), "--registry", registry.url().toString(), "--repository",
				"kiln-other", "--release-notes", "First release.");
		assertEquals(0, foreign.exitCode(), foreign.toString());
		ExternalTool.Result refused = kiln(null, "verify", "--registry", registry.url().toString(), "kiln-other/hello-appliance:1.0.0",
				"--fingerprint", identity.fingerprint());
		assertEquals(1, refused.exitCode(), refused.toString());
		assertTrue(refused.err().contains("Signed by CN=Other Vendor (sha256:"), refused.toString());
		ExternalTool.Result untrusted = kiln(null, "verify", "--registry", registry.url().toString(), "kiln-other/hello-appliance:1.0.0",
				"--trust", folder.resolve("acme.pem").toString(), "--require-trusted");
		assertEquals(1, untrusted.exitCode(), untrusted.toString());
		assertTrue(untrusted.err().contains("CN=Other Vendor"), untrusted.toString());

		assertNoSecretIn(List.of(ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath(), projectFolder), acme);
	}

	/**
	 * Scans every file below {@code roots} (the workspace with the plug-ins' state folders in .metadata,
	 * the project with its build folder) for the identity's private key: its DER bytes, their Base64, the
	 * PEM lines openssl wrote, and the keystore's password.
	 */
	private void assertNoSecretIn(List<Path> roots, Path keystore) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keystore)) {
			store.load(in, PASSWORD.toCharArray());
		}
		byte[] key = ((PrivateKey) store.getKey("vendor", PASSWORD.toCharArray())).getEncoded();
		List<byte[]> secrets = new ArrayList<>();
		secrets.add(key);
		secrets.add(Base64.getEncoder().encode(key));
		secrets.add(PASSWORD.getBytes(StandardCharsets.UTF_8));
		for (String pemLine : Files.readAllLines(folder.resolve("acme.key"))) {
			if (!pemLine.startsWith("-----")) {
				secrets.add(pemLine.getBytes(StandardCharsets.US_ASCII));
			}
		}
		int scanned = 0;
		for (Path root : roots) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					byte[] content = Files.readAllBytes(file);
					scanned++;
					for (byte[] secret : secrets) {
						assertFalse(contains(content, secret), "key material of the signing identity in " + file);
					}
				}
			}
		}
		assertTrue(scanned > 10, "the scan read the workspace: " + scanned + " file(s)");
	}

	private static boolean contains(byte[] content, byte[] part) {
		outer: for (int i = 0; i + part.length <= content.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (content[i + j] != part[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	@AfterEach
	void noProjectLeft() throws CoreException {
		UiTestProjects.deleteAll();
	}
}
