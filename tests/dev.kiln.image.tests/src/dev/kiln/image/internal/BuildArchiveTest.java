package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.Pocket;
import dev.kiln.image.debian.PocketState;
import dev.kiln.testsupport.debian.ArchiveServer;
import dev.kiln.testsupport.debian.ArchiveSuite;
import dev.kiln.testsupport.debian.TestDebianArchive;

/**
 * The pockets of a build, against a local signed archive (suite, updates and security pocket, all empty):
 * each is read and verified with the manifest's keyring; a security archive that cannot be reached, or whose
 * InRelease no keyring vouches for, stops the build naming the pocket; a security pocket cached by an
 * earlier build is not used when its archive cannot be reached.
 */
class BuildArchiveTest {

	private static final Instant DATE = Instant.parse("2025-11-24T18:00:00Z");

	@TempDir
	Path folder;
	private TestDebianArchive archive;
	private Path keyring;

	@BeforeEach
	void publishTheSuites() throws IOException {
		archive = TestDebianArchive.in(folder.resolve("archive"));
		for (String suite : List.of("trixie", "trixie-updates", "trixie-security")) {
			archive.publish(ArchiveSuite.named(suite, DATE));
		}
		keyring = archive.writeKeyring(folder.resolve("test.gpg"));
	}

	private BuildRecipe.BaseSystem os(URI mirror, URI security, Path trusted) {
		return new BuildRecipe.BaseSystem("trixie", "amd64", new TreeSet<>(), mirror, BuildRecipe.Trim.ALL, false, security, trusted,
				EnumSet.allOf(Pocket.Kind.class));
	}

	private BuildArchive open(BuildRecipe.BaseSystem os) throws ImageBuildException {
		return BuildArchive.open(os, folder.resolve("cache/debian"), Duration.ofSeconds(5), Progress.NONE);
	}

	@Test
	void theThreePocketsAreReadAndVerifiedWithTheManifestsKeyring() throws Exception {
		try (ArchiveServer server = archive.serve()) {
			List<PocketState> states = open(os(server.uri(), server.uri(), keyring)).states();

			assertEquals(List.of("trixie", "trixie-updates", "trixie-security"), states.stream().map(PocketState::suite).toList());
			assertTrue(states.stream().allMatch(state -> state.date().equals(DATE) && state.mirror().equals(server.uri())), states.toString());
		}
	}

	@Test
	void anUnreachableSecurityArchiveStopsTheBuildNamingThePocket() throws Exception {
		URI closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/");
		}
		try (ArchiveServer server = archive.serve()) {
			BuildArchive pockets = open(os(server.uri(), closed, keyring));

			ImageBuildException failure = assertThrows(ImageBuildException.class, pockets::states);
			assertTrue(failure.getMessage().startsWith("The pocket trixie-security at " + closed + " cannot be used: "), failure.getMessage());
			assertTrue(failure.getMessage().endsWith("Nothing was built."), failure.getMessage());
		}
	}

	@Test
	void aSecurityPocketCachedEarlierIsNotUsedWhenItsArchiveCannotBeReached() throws Exception {
		URI security;
		try (ArchiveServer server = archive.serve()) {
			open(os(server.uri(), server.uri(), keyring)).states();
			security = server.uri();
		}
		try (ArchiveServer main = archive.serve()) {
			BuildArchive pockets = open(os(main.uri(), security, keyring));

			ImageBuildException failure = assertThrows(ImageBuildException.class, pockets::states);
			assertTrue(failure.getMessage().contains("The pocket trixie-security at " + security + " cannot be used: the security archive cannot be "
					+ "reached, and an image is not built from a security pocket that may be stale"), failure.getMessage());
		}
	}

	@Test
	void anArchiveSignedByAKeyNoKeyringHoldsIsRefusedNamingThePocket() throws Exception {
		try (ArchiveServer server = archive.serve()) {
			BuildArchive pockets = open(os(server.uri(), server.uri(), null));

			ImageBuildException failure = assertThrows(ImageBuildException.class, pockets::states);
			assertTrue(failure.getMessage().startsWith("The pocket trixie at " + server.uri() + " cannot be used: "), failure.getMessage());
		}
	}
}
