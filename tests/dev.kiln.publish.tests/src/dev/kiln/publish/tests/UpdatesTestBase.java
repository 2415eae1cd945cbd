package dev.kiln.publish.tests;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests of update payloads on the loopback registry: a vendor identity and an ext4 image shared by the class's tests. */
abstract class UpdatesTestBase extends LocalRegistryTestBase {

	@TempDir
	static Path shared;

	static UpdateFixture updates;

	@BeforeAll
	static void vendor() throws Exception {
		updates = new UpdateFixture(shared);
	}
}
