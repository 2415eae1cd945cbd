package dev.kiln.publish.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Listing;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.Release;
import dev.kiln.publish.internal.oci.OciMarketplace;
import dev.kiln.publish.testsupport.LocalRegistry;

/**
 * Benchmark (run by releng/bench/publish.sh, not a test): publishes a large OVA to Debian's
 * docker-registry on 127.0.0.1 with Kiln, uploads the same blob with curl in one request, and
 * publishes the unchanged release again. Prints times and the throughput ratio.
 */
public final class PublishBench {

	private PublishBench() {
	}

	public static void main(String[] args) throws Exception {
		Path ova = Path.of(args[0]);
		long size = Files.size(ova);
		String hex = Sha256.of(ova); // the build report carries it; curl gets it too
		int runs = Integer.getInteger("kiln.bench.runs", 3);
		int chunk = Integer.getInteger("kiln.bench.chunkMiB", PublishOptions.DEFAULT_CHUNK_SIZE >> 20) << 20;
		double[] curlSeconds = new double[runs];
		double[] kilnSeconds = new double[runs];
		try (LocalRegistry registry = LocalRegistry.start()) {
			OciMarketplace marketplace = null;
			Release release = null;
			PublishResult first = null;
			for (int run = 0; run < runs; run++) {
				// each upload starts with the disk idle: the previous one's written pages flushed (sync)
				sync();
				// curl: POST an upload session, then PUT the whole blob with its digest in one request
				long start = System.nanoTime();
				String location = curl("-sS", "-f", "-u", LocalRegistry.USER + ":" + LocalRegistry.PASSWORD, "-X", "POST", "-D", "-", "-o", "/dev/null",
						registry.url() + "/v2/bench/curl-" + run + "/blobs/uploads/").lines()
						.filter(l -> l.toLowerCase(Locale.ROOT).startsWith("location:")).findFirst().orElseThrow().substring(9).strip();
				String url = (location.startsWith("http") ? location : registry.url() + location) + (location.contains("?") ? "&" : "?")
						+ "digest=sha256:" + hex;
				curl("-sS", "-f", "-u", LocalRegistry.USER + ":" + LocalRegistry.PASSWORD, "-H", "Content-Type: application/octet-stream",
						"--upload-file", ova.toString(), "-o", "/dev/null", url);
				curlSeconds[run] = (System.nanoTime() - start) / 1e9;

				sync();
				MarketplaceTarget target = new MarketplaceTarget("bench", MarketplaceTarget.OCI, registry.url(), "bench-" + run);
				marketplace = new OciMarketplace(target, Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
				Listing listing = new Listing("kiln", "Bench", "1.0.0", "Kiln", "Bench Appliance", "A large release for the publish benchmark.",
						"Benchmark.", List.of("devops"), "Benchmark release.", null, null, null, null, null, null, List.of());
				release = new Release(listing, List.of(new Release.Image("ova", ova, hex)), null, List.of(), List.of(), Instant.EPOCH);
				start = System.nanoTime();
				first = marketplace.publish(release, PublishOptions.defaults().withChunkSize(chunk), Progress.NONE);
				kilnSeconds[run] = (System.nanoTime() - start) / 1e9;
			}

			long start = System.nanoTime();
			PublishResult again = marketplace.publish(release, PublishOptions.defaults().withOverwrite(true), Progress.NONE);
			double againSeconds = (System.nanoTime() - start) / 1e9;

			double mib = size / 1048576.0;
			double curl = median(curlSeconds);
			double kiln = median(kilnSeconds);
			System.out.printf(Locale.ROOT, "blob: %.0f MiB, chunks of %d MiB, median of %d runs%n", mib, chunk >> 20, runs);
			System.out.printf(Locale.ROOT, "curl, one PUT:        %6.2f s  %7.1f MiB/s  (runs: %s)%n", curl, mib / curl, java.util.Arrays.toString(curlSeconds));
			System.out.printf(Locale.ROOT, "Kiln publish:         %6.2f s  %7.1f MiB/s  (runs: %s; whole release: listing, layer, manifest, SBOM referrer, verify)%n",
					kiln, mib / kiln, java.util.Arrays.toString(kilnSeconds));
			System.out.printf(Locale.ROOT, "throughput ratio Kiln/curl: %.2f (goal >= 0.8)%n", curl / kiln);
			System.out.printf(Locale.ROOT, "re-publish unchanged:  %6.2f s, blobs uploaded: %d, skipped: %d, same digest: %b (goal: none uploaded, <= 2 s)%n",
					againSeconds, again.uploaded().size(), again.skipped().size(), again.digest().equals(first.digest()));
		}
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void sync() throws Exception {
		new ProcessBuilder("sync").inheritIO().start().waitFor(600, TimeUnit.SECONDS);
	}

	private static String curl(String... arguments) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("curl"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IllegalStateException("curl failed: " + String.join(" ", arguments));
		}
		return output;
	}
}
