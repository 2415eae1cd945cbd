package dev.kiln.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import dev.kiln.build.MaintenanceAudit;
import dev.kiln.build.MaintenanceReport;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.ArchivePockets;
import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.PackageChangelogs;
import dev.kiln.image.debian.PackageIndex;
import dev.kiln.image.debian.PackageVersions;
import dev.kiln.image.debian.Pocket;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.Listing;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.internal.oci.SbomWriter;

/**
 * The maintenance audit of a release's SBOM against the pockets of trixie on the machine's mirrors (for
 * releng/bench/audit.sh). Usage:
 * <ul>
 * <li>{@code prepare <index cache> <sbom> [count]}: an SBOM of {@code count} (500) trixie packages as trixie has them,
 * the packages of priority required, important and standard first, then those the security pocket has, then by name;
 * the indexes and version tables are left in the cache</li>
 * <li>{@code audit <index cache> <sbom> [runs]}: audits, each timed from the SBOM's bytes to the report, the first
 * from the JVM's start</li>
 * <li>{@code changelogs <index cache> <sbom>}: the changelog of each pending update, one after the other, first from
 * the archive (its cached changelog removed), then from the cache</li>
 * <li>{@code packages <index cache> <sbom>}: the SBOM's packages as kiln build lists them ({@code <id>-<version>.packages})</li>
 * </ul>
 */
public final class AuditBench {

	private static final String SUITE = "trixie";

	private AuditBench() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		Path cache = Path.of(args[1]);
		Path sbom = Path.of(args[2]);
		DebianArchive.Options options = DebianArchive.Options.defaults().withCacheRoot(cache);
		switch (args[0]) {
			case "prepare" -> prepare(options, sbom, args.length > 3 ? Integer.parseInt(args[3]) : 500);
			case "audit" -> {
				// more than once: the later audits are those of a JVM that runs already (the workbench)
				for (int run = 0, runs = args.length > 3 ? Integer.parseInt(args[3]) : 1; run < runs; run++) {
					audit(options, sbom, run == 0 ? start : System.nanoTime());
				}
			}
			case "changelogs" -> changelogs(options, sbom);
			case "packages" -> ReleaseSbom.read(Files.readAllBytes(sbom)).packages()
					.forEach(p -> System.out.println(p.name() + "\t" + p.version() + "\t" + p.architecture() + "\t" + p.pocket()));
			default -> throw new IllegalArgumentException(args[0]);
		}
	}

	private static void prepare(DebianArchive.Options options, Path sbom, int count) throws Exception {
		List<Pocket> pockets = ArchivePockets.resolve(SUITE, EnumSet.allOf(Pocket.Kind.class), null, null);
		DebianArchive main = new DebianArchive(pockets.get(0).mirror(), options);
		PackageIndex index = main.packages(SUITE);
		PackageVersions security = new DebianArchive(pockets.get(2).mirror(), options).versions(pockets.get(2).suite(), "main", "amd64");
		List<String> priorities = List.of("required", "important", "standard");
		Set<String> chosen = new LinkedHashSet<>();
		index.packages().stream().filter(p -> priorities.contains(p.priority())).map(BinaryPackage::name).sorted().forEach(chosen::add);
		index.packages().stream().map(BinaryPackage::name).filter(name -> security.find(name).isPresent()).sorted()
				.filter(name -> !name.contains("-dbg")).forEach(chosen::add);
		index.packages().stream().map(BinaryPackage::name).sorted().forEach(chosen::add);
		List<InstalledPackage> installed = chosen.stream().limit(count).map(name -> index.find(name).orElseThrow())
				.map(p -> new InstalledPackage(p.name(), p.version().toString(), p.architecture(), SUITE)).toList();
		List<PocketState> state = new ArrayList<>();
		for (Pocket pocket : pockets) {
			DebianArchive archive = new DebianArchive(pocket.mirror(), options);
			state.add(archive.state(pocket.suite()));
			archive.versions(pocket.suite(), "main", "amd64");
		}
		Listing listing = new Listing("bench-appliance", "Bench Appliance", "1.0.0", "Kiln Bench", "Bench Appliance", "An appliance of " + count
				+ " packages.", "", List.of(), "", "free", null, null, null, null, null, List.of());
		Files.write(sbom, SbomWriter.write(listing, installed, state, Instant.ofEpochSecond(1_704_067_200L)));
		System.out.println("sbom " + sbom + ": " + installed.size() + " packages, " + installed.stream().filter(p -> security.find(p.name()).isPresent()).count()
				+ " of them in " + pockets.get(2).suite());
	}

	private static void audit(DebianArchive.Options options, Path sbom, long start) throws Exception {
		ReleaseSbom read = ReleaseSbom.read(Files.readAllBytes(sbom));
		List<Pocket> pockets = pockets(read);
		long[] changelogPhase = new long[1];
		Progress progress = new Progress() {
			@Override
			public void worked(long units) {
			}

			@Override
			public boolean isCancelled() {
				return false;
			}

			@Override
			public void phase(String name, long totalUnits) {
				if (name.startsWith("Reading the changelogs")) {
					changelogPhase[0] = System.nanoTime();
				}
			}
		};
		MaintenanceReport report = new MaintenanceAudit(options).audit("bench", read.packages(), pockets, progress);
		long end = System.nanoTime();
		double cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(-1.0);
		System.out.println(String.format(Locale.ROOT, "audit of %d packages: %.3f s (pockets and versions %.3f s, changelogs %.3f s; "
				+ "CPU time of the process %.2f s); %d pending, %d security fixes, %d CVE ids", read.packages().size(), (end - start) / 1e9,
				(changelogPhase[0] - start) / 1e9, (end - changelogPhase[0]) / 1e9, cpu, report.updates().size(), report.securityUpdates().size(),
				report.updates().stream().flatMap(u -> u.cves().stream()).distinct().count()));
	}

	private static void changelogs(DebianArchive.Options options, Path sbom) throws Exception {
		ReleaseSbom read = ReleaseSbom.read(Files.readAllBytes(sbom));
		List<Pocket> pockets = pockets(read);
		MaintenanceReport report = new MaintenanceAudit(options).audit("bench", read.packages(), pockets, Progress.NONE);
		List<Double> cold = new ArrayList<>();
		List<Double> warm = new ArrayList<>();
		long bytes = 0;
		Set<String> seen = new LinkedHashSet<>();
		for (MaintenanceReport.PendingUpdate update : report.updates()) {
			Pocket pocket = pockets.stream().filter(p -> p.suite().equals(update.pocket())).findFirst().orElseThrow();
			if (!seen.add(pocket.suite() + " " + update.source() + " " + update.candidateVersion())) {
				continue; // one changelog per source and version
			}
			DebianArchive archive = new DebianArchive(pocket.mirror(), options);
			PackageVersions index = archive.versions(pocket.suite(), "main", "amd64");
			BinaryPackage binary = index.find(update.name()).orElseThrow();
			PackageChangelogs changelogs = new PackageChangelogs(archive);
			Path kept = changelogs.folder().resolve(binary.source());
			try (Stream<Path> files = Files.exists(kept) ? Files.list(kept) : Stream.empty()) {
				for (Path file : files.filter(f -> f.getFileName().toString().startsWith(binary.version().toString().replace(":", "%3a") + ".")).toList()) {
					Files.delete(file);
				}
			}
			long t0 = System.nanoTime();
			PackageChangelogs.Lookup first = changelogs.changelog(binary, index);
			long t1 = System.nanoTime();
			PackageChangelogs.Lookup second = new PackageChangelogs(archive).changelog(binary, index);
			long t2 = System.nanoTime();
			cold.add((t1 - t0) / 1e6);
			warm.add((t2 - t1) / 1e6);
			bytes += first.downloaded();
			System.out.println(String.format(Locale.ROOT, "changelog %s %s: cold %.0f ms (%d bytes of %s), warm %.1f ms%s", binary.name(),
					binary.version(), (t1 - t0) / 1e6, first.downloaded(), String.join("+", first.packages()), (t2 - t1) / 1e6,
					second.cached() ? "" : " (not cached: " + second.unavailable() + ")"));
		}
		System.out.println(String.format(Locale.ROOT, "changelogs of %d pending package(s): cold median %.0f ms, mean %.0f ms, max %.0f ms, "
				+ "%.1f MB downloaded in all; warm median %.1f ms, mean %.1f ms", cold.size(), median(cold), mean(cold),
				cold.stream().mapToDouble(d -> d).max().orElse(0), bytes / 1e6, median(warm), mean(warm)));
	}

	/** The pockets the SBOM records, with the mirrors it records. */
	private static List<Pocket> pockets(ReleaseSbom sbom) {
		return sbom.archiveState().stream().map(state -> new Pocket(kind(state.suite()), state.suite(), state.mirror())).toList();
	}

	private static Pocket.Kind kind(String suite) {
		return suite.endsWith("-security") ? Pocket.Kind.SECURITY : suite.endsWith("-updates") ? Pocket.Kind.UPDATES : Pocket.Kind.RELEASE;
	}

	private static double median(List<Double> values) {
		if (values.isEmpty()) {
			return 0;
		}
		List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
		return sorted.get(sorted.size() / 2);
	}

	private static double mean(List<Double> values) {
		return values.stream().mapToDouble(d -> d).average().orElse(0);
	}

}
