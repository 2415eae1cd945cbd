package dev.kiln.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Listing;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;

/**
 * {@code kiln catalog --registry URL}: the Kiln appliances a registry holds, every version with its
 * digest, title and summary, read through the marketplace API's catalog client, as the workbench's
 * catalog view shows them. Repositories of anything else are skipped with a note on standard error.
 */
final class CatalogCommand implements Command {

	static final String JSON = "--json"; //$NON-NLS-1$

	@Override
	public String name() {
		return "catalog"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.Catalog_summary;
	}

	@Override
	public String help() {
		return CliText.Catalog_help;
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments, Set.of(RegistryArguments.REGISTRY, RegistryArguments.REPOSITORY), Set.of(JSON));
		if (!parsed.positionals().isEmpty()) {
			throw new UsageException(NLS.bind(CliText.Catalog_noArguments, String.join(" ", parsed.positionals()))); //$NON-NLS-1$
		}
		RegistryArguments registry = RegistryArguments.of(parsed, console, false);
		ConsoleProgress progress = new ConsoleProgress(console.err(), cancellation);
		List<PublishedRelease> releases = new ArrayList<>();
		try {
			Marketplace marketplace = Marketplaces.connect(registry.target(), registry.credentials());
			console.err().println(NLS.bind(CliText.Catalog_reading, marketplace.describe()));
			for (CatalogEntry entry : marketplace.catalog(progress)) {
				for (String version : entry.versions()) {
					if (cancellation.isCancelled()) {
						console.err().println(CliText.Catalog_cancelled);
						return ExitCode.CANCELLED;
					}
					releases.add(marketplace.release(entry.appliance(), version));
				}
			}
		} catch (PublishException e) {
			console.err().println("kiln catalog: " + e.getMessage()); //$NON-NLS-1$
			return e.kind() == PublishException.Kind.CANCELLED ? ExitCode.CANCELLED : ExitCode.FAILED;
		}
		if (parsed.flag(JSON)) {
			console.out().println(json(releases));
		} else {
			for (PublishedRelease release : releases) {
				Listing listing = release.listing();
				console.out().println(String.join("\t", release.appliance(), release.version(), release.digest(), oneLine(listing.title()), //$NON-NLS-1$
						oneLine(listing.summary())));
			}
		}
		console.err().println(NLS.bind(CliText.Catalog_count, Integer.toString(releases.size()),
				Long.toString(releases.stream().map(PublishedRelease::appliance).distinct().count())));
		return ExitCode.OK;
	}

	private static String json(List<PublishedRelease> releases) {
		JsonArray array = new JsonArray();
		for (PublishedRelease release : releases) {
			JsonObject object = new JsonObject();
			object.addProperty("repository", release.appliance()); //$NON-NLS-1$
			object.addProperty("version", release.version()); //$NON-NLS-1$
			object.addProperty("digest", release.digest()); //$NON-NLS-1$
			object.addProperty("title", release.listing().title()); //$NON-NLS-1$
			object.addProperty("summary", release.listing().summary()); //$NON-NLS-1$
			object.addProperty("vendor", release.listing().vendor()); //$NON-NLS-1$
			array.add(object);
		}
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array);
	}

	/** A field of a tab-separated line: no tabs or line breaks inside. */
	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
