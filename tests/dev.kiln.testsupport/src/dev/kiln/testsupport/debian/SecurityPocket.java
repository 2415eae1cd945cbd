package dev.kiln.testsupport.debian;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import dev.kiln.testsupport.ExampleProjects;

/**
 * A trixie-security pocket on 127.0.0.1, signed by the test key, in the two states the maintenance tests
 * need: {@link #BEFORE} it holds nothing (an image built then has trixie's busybox), {@link #publishUpdate()}
 * adds {@link BusyboxSecurityUpdate}. The example appliance is pointed at it with its manifest's
 * {@code securityMirror} and {@code keyring}. Both states are the same bytes in every test module, so their
 * base systems are built once per test run.
 */
public final class SecurityPocket implements AutoCloseable {

	/** The Date of the empty pocket's Release, a week before the update's. */
	public static final Instant BEFORE = Instant.parse("2025-11-24T18:00:00Z");
	/** The keyring's file name in a project pointed at the pocket. */
	public static final String KEYRING = "test-archive.gpg";

	private final TestDebianArchive archive;
	private final ArchiveServer server;
	private final Path folder;
	private DebPackage update;

	private SecurityPocket(Path folder) throws IOException {
		this.folder = folder;
		archive = TestDebianArchive.in(Files.createDirectories(folder.resolve("archive")));
		archive.publish(ArchiveSuite.named(BusyboxSecurityUpdate.POCKET, BEFORE));
		server = archive.serve();
	}

	/** An empty pocket in {@code folder}, served. */
	public static SecurityPocket start(Path folder) throws IOException {
		return new SecurityPocket(folder);
	}

	/** @return the archive's base URI */
	public URI uri() {
		return server.uri();
	}

	/** @return the archive, e.g. to tamper with its InRelease */
	public TestDebianArchive archive() {
		return archive;
	}

	/** @return what the server was asked for */
	public ArchiveServer server() {
		return server;
	}

	/** Publishes the busybox update into the pocket; returns it. */
	public DebPackage publishUpdate() throws IOException {
		if (update == null) {
			update = BusyboxSecurityUpdate.repackage(BusyboxSecurityUpdate.original(), Files.createDirectories(folder.resolve("update")));
		}
		archive.publish(BusyboxSecurityUpdate.pocket(update));
		return update;
	}

	/** Publishes the pocket empty again. */
	public void publishEmpty() throws IOException {
		archive.publish(ArchiveSuite.named(BusyboxSecurityUpdate.POCKET, BEFORE));
	}

	/**
	 * A copy of examples/hello-appliance in {@code parent} whose security archive is this pocket, trusted
	 * through the test key's keyring in the project.
	 */
	public Path helloProject(Path parent) throws IOException {
		Path project = ExampleProjects.copyOfHello(parent);
		archive.writeKeyring(project.resolve(KEYRING));
		ExampleProjects.editManifest(project, "<os suite=\"trixie\" architecture=\"amd64\">",
				"<os suite=\"trixie\" architecture=\"amd64\" securityMirror=\"" + uri() + "\" keyring=\"" + KEYRING + "\">");
		return project;
	}

	@Override
	public void close() {
		server.close();
	}
}
