package dev.kiln.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.kiln.build.CatalogListingLimits;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.validation.ManifestValidator;

/**
 * How long validating appliance.xml takes once warm: semantic validation alone (what runs on every
 * keystroke in the editor) and load + validation (what the builder runs on every save). Goal for a
 * 500-line manifest: ≤ 100 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ManifestValidationBenchmark {

	@Param({ "500" })
	int lines;

	private byte[] content;
	private Appliance appliance;
	private final ManifestLoader loader = new ManifestLoader();
	private final ManifestValidator validator = new ManifestValidator(CatalogListingLimits.catalog());

	@Setup(Level.Trial)
	public void load() {
		content = LargeManifest.ofLines(lines).getBytes(StandardCharsets.UTF_8);
		LoadResult result = loader.load(content, "big/appliance.xml");
		if (result.hasErrors() || result.appliance().isEmpty()) {
			throw new IllegalStateException("benchmark manifest does not load: " + result.problems());
		}
		appliance = result.appliance().get();
		List<ManifestProblem> problems = validator.problems(appliance, null, "big/appliance.xml");
		if (!problems.isEmpty()) {
			throw new IllegalStateException("benchmark manifest is not valid: " + problems);
		}
	}

	@Benchmark
	public List<ManifestProblem> validate() {
		return validator.problems(appliance, null, "big/appliance.xml");
	}

	@Benchmark
	public List<ManifestProblem> loadAndValidate() {
		LoadResult result = loader.load(content, "big/appliance.xml");
		return validator.problems(result.appliance().orElseThrow(), null, "big/appliance.xml");
	}
}
