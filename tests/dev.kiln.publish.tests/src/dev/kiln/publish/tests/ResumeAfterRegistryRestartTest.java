package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.Release;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.publish.testsupport.ReleaseFiles;

/** The registry is killed in the middle of a 64 MiB upload and started again: the publish goes on and completes. */
class ResumeAfterRegistryRestartTest {

	@TempDir
	Path folder;

	@Test
	@Timeout(value = 240, unit = TimeUnit.SECONDS)
	void aPublishSurvivesARegistryKilledMidUploadAndRestartedOnTheSamePortAndStorage() throws Exception {
		List<String> log = publishThroughACrash(LocalRegistry.start());
		assertTrue(log.stream().anyMatch(l -> l.startsWith("Resuming the upload") || l.contains("lost the upload session")), log.toString());
	}

	@Test
	@Timeout(value = 240, unit = TimeUnit.SECONDS)
	void whenTheRestartedRegistryLostTheUploadSessionTheBlobIsUploadedAgain() throws Exception {
		List<String> log = publishThroughACrash(LocalRegistry.startForgettingUploadsOnRestart());
		assertTrue(log.stream().anyMatch(l -> l.equals("The registry lost the upload session of big-1.0.0.ova; uploading it again.")), log.toString());
	}

	/** Publishes a 64 MiB OVA in 1 MiB chunks while the registry is killed and restarted; checks what arrived; returns the log. */
	private List<String> publishThroughACrash(LocalRegistry started) throws Exception {
		Path ova = ReleaseFiles.random(folder.resolve("big-1.0.0.ova"), 64L << 20, 64);
		Release release = new Release(TestReleases.listing("big", "1.0.0"), List.of(new Release.Image("ova", ova, null)), null, List.of(),
				List.of(), TestReleases.CREATED);
		try (LocalRegistry registry = started) {
			MarketplaceTarget target = new MarketplaceTarget("local", MarketplaceTarget.OCI, registry.url(), "kiln-tests");
			Marketplace marketplace = Marketplaces.connect(target, Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
			List<String> log = new CopyOnWriteArrayList<>();
			AtomicLong done = new AtomicLong();
			CompletableFuture<Void> crash = new CompletableFuture<>();
			Progress progress = new Progress() {
				@Override
				public void worked(long units) {
					// after 16 MiB of the blob: kill the registry, start it again a second later
					if (done.addAndGet(units) >= 16L << 20 && !crash.isDone() && !Thread.currentThread().isInterrupted()) {
						crash.complete(null);
						CompletableFuture.runAsync(() -> {
							try {
								registry.kill();
								Thread.sleep(Duration.ofSeconds(1));
								registry.restart();
							} catch (Exception e) {
								throw new IllegalStateException(e);
							}
						});
					}
				}

				@Override
				public boolean isCancelled() {
					return false;
				}

				@Override
				public void log(String line) {
					log.add(line);
				}
			};

			PublishResult result = marketplace.publish(release, PublishOptions.defaults().withChunkSize(1 << 20), progress);

			assertTrue(crash.isDone(), "the registry was killed during the upload");
			PublishedRelease published = marketplace.release("kiln-tests/big", "1.0.0");
			assertEquals(result.digest(), published.digest());
			Path copy = marketplace.download(published, folder.resolve("pulled"), Progress.NONE).get(0);
			assertEquals(-1, Files.mismatch(ova, copy));
			System.out.println("resume test: " + log + ", bytes sent " + result.bytesUploaded() + " for a blob of " + Files.size(ova));
			return log;
		}
	}
}
