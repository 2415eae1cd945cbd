package dev.kiln.cli.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.cache.CachePolicy;

/**
 * {@code kiln cache list|prune}: what the build cache holds (base systems, VMDK grains, archive indexes)
 * and removing what is stale, old or beyond a size, never what a running build uses.
 */
final class CacheCommand implements Command {

	static final String MAX_SIZE = "--max-size"; //$NON-NLS-1$
	static final String OLDER_THAN = "--older-than"; //$NON-NLS-1$
	static final String ALL = "--all"; //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC); //$NON-NLS-1$

	@Override
	public String name() {
		return "cache"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.Cache_summary;
	}

	@Override
	public String help() {
		return CliText.Cache_help;
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments, Set.of(BuildCommand.CACHE, MAX_SIZE, OLDER_THAN), Set.of(ALL));
		String action = parsed.single(CliText.Cache_action);
		BuildCache cache = new BuildCache(BuildCommand.cache(parsed, console));
		try {
			switch (action) {
				case "list" -> { //$NON-NLS-1$
					if (!parsed.options().keySet().stream().allMatch(BuildCommand.CACHE::equals)) {
						throw new UsageException(CliText.Cache_listOptions);
					}
					list(cache, BuildCommand.cacheMax(null, console), console);
				}
				case "prune" -> prune(cache, parsed, console); //$NON-NLS-1$
				default -> throw new UsageException(NLS.bind(CliText.Cache_unknownAction, action));
			}
			return ExitCode.OK;
		} catch (IOException e) {
			console.err().println(NLS.bind(CliText.Cache_failed, cache.root(), e.getMessage()));
			return ExitCode.FAILED;
		}
	}

	private static void list(BuildCache cache, long max, Console console) throws IOException {
		List<BuildCache.Entry> entries = cache.entries();
		console.out().println(String.format("%-16s %9s  %-17s  %-6s  %s", CliText.Cache_kind, CliText.Cache_size, CliText.Cache_lastUsed, //$NON-NLS-1$
				CliText.Cache_inUse, CliText.Cache_entry));
		for (BuildCache.Entry entry : entries) {
			String what = entry.name() + ": " + entry.summary() //$NON-NLS-1$
					+ (entry.stale() == null ? "" : NLS.bind(CliText.Cache_stale, entry.stale())); //$NON-NLS-1$
			console.out().println(String.format("%-16s %9s  %-17s  %-6s  %s", entry.kind().label(), CachePolicy.formatSize(entry.bytes()), //$NON-NLS-1$
					TIME.format(entry.lastUsed()), entry.inUse() ? CliText.Cache_yes : CliText.Cache_no, what));
		}
		console.out().println(NLS.bind(CliText.Cache_total, new Object[] { CachePolicy.formatSize(BuildCache.total(entries)),
				Integer.toString(entries.size()), cache.root(), CachePolicy.formatSize(max) }));
	}

	private static void prune(BuildCache cache, Arguments parsed, Console console) throws UsageException, IOException {
		long max = BuildCommand.cacheMax(parsed.option(MAX_SIZE), console);
		Duration olderThan = null;
		if (parsed.option(OLDER_THAN) != null) {
			String days = parsed.option(OLDER_THAN);
			if (!days.matches("[0-9]{1,5}")) { //$NON-NLS-1$
				throw new UsageException(NLS.bind(CliText.Cache_badDays, days));
			}
			olderThan = Duration.of(Long.parseLong(days), ChronoUnit.DAYS);
		}
		long freed = 0;
		for (BuildCache.Removal removal : cache.prune(max, olderThan, parsed.flag(ALL))) {
			BuildCache.Entry entry = removal.entry();
			freed += entry.bytes();
			console.out().println("removed " + entry.kind().folder() + " " + entry.name() + " " + entry.bytes() + " " + removal.reason()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		List<BuildCache.Entry> left = cache.entries();
		long inUse = left.stream().filter(BuildCache.Entry::inUse).count();
		console.err().println(NLS.bind(CliText.Cache_pruned, new Object[] { CachePolicy.formatSize(freed),
				CachePolicy.formatSize(BuildCache.total(left)), Integer.toString(left.size()), Long.toString(inUse) }));
	}
}
