package dev.kiln.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.kiln.image.BuildReport;
import dev.kiln.model.Appliance;
import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.Hardware;
import dev.kiln.model.License;
import dev.kiln.publish.Listing;
import dev.kiln.publish.Release;

/**
 * Maps an appliance manifest and the images of its build to a marketplace {@link Release}: the
 * listing element first, the appliance's own name, summary and description where it says nothing.
 */
public final class ReleaseMapper {

	private ReleaseMapper() {
	}

	/** The listing of the manifest. */
	public static Listing listing(Appliance appliance, Path projectRoot) {
		dev.kiln.model.Listing l = appliance.getListing();
		Hardware hardware = appliance.getHardware();
		Listing.Hardware minimum = hardware == null ? null
				: new Listing.Hardware(hardware.getCpus(), hardware.getMemoryMb(),
						hardware.getDisks().isEmpty() ? 0 : hardware.getDisks().get(0).getSizeMb(), hardware.getFirmware().getLiteral());
		License license = appliance.getLicense();
		Listing.Support support = l == null || l.getSupport() == null ? null : new Listing.Support(l.getSupport().getEmail(), l.getSupport().getUrl());
		return new Listing(appliance.getId(), appliance.getName(), appliance.getVersion(), appliance.getVendor(),
				firstOf(l == null ? null : l.getTitle(), appliance.getName()),
				firstOf(l == null ? null : l.getSummary(), appliance.getSummary()),
				firstOf(l == null ? null : l.getDescription(), appliance.getDescription()),
				l == null ? List.of() : List.copyOf(l.getCategories()),
				l == null ? null : l.getReleaseNotes(),
				l == null || !l.isSetPricing() ? null : l.getPricing().getLiteral(),
				license == null ? null : license.getName(), eula(license, projectRoot), support, minimum, null, List.of());
	}

	/**
	 * Puts the text of an edited listing (title, summary, description, categories, release notes) into
	 * the manifest's {@code <listing>}, creating it when needed. A field equal to what the manifest
	 * already gives (also through its fallbacks to the appliance's name, summary and description) is
	 * left alone, so the manifest keeps saying things once.
	 *
	 * @return whether the manifest changed
	 */
	public static boolean writeBack(Appliance appliance, Listing edited) {
		Listing current = listing(appliance, null);
		dev.kiln.model.Listing l = appliance.getListing();
		boolean created = l == null;
		if (created) {
			l = ApplianceFactory.eINSTANCE.createListing();
		}
		boolean changed = false;
		if (!Objects.equals(blankToNull(edited.title()), blankToNull(current.title()))) {
			l.setTitle(blankToNull(edited.title()));
			changed = true;
		}
		if (!Objects.equals(blankToNull(edited.summary()), blankToNull(current.summary()))) {
			l.setSummary(blankToNull(edited.summary()));
			changed = true;
		}
		if (!Objects.equals(blankToNull(edited.description()), blankToNull(current.description()))) {
			l.setDescription(blankToNull(edited.description()));
			changed = true;
		}
		if (!edited.categories().equals(current.categories())) {
			l.getCategories().clear();
			l.getCategories().addAll(edited.categories());
			changed = true;
		}
		if (!Objects.equals(blankToNull(edited.releaseNotes()), blankToNull(current.releaseNotes()))) {
			l.setReleaseNotes(blankToNull(edited.releaseNotes()));
			changed = true;
		}
		if (changed && created) {
			appliance.setListing(l);
		}
		return changed;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/**
	 * The release of the manifest with the given images and installed packages.
	 *
	 * @param sourceDateEpoch  the release's time stamp in seconds (as the build's)
	 */
	public static Release release(Appliance appliance, Path projectRoot, Listing listing, List<Release.Image> images,
			List<BuildReport.InstalledPackage> packages, long sourceDateEpoch) {
		dev.kiln.model.Listing l = appliance.getListing();
		Path logo = appliance.getLogo() == null ? null : projectRoot.resolve(appliance.getLogo());
		List<Path> screenshots = l == null ? List.of() : l.getScreenshots().stream().map(projectRoot::resolve).toList();
		return new Release(listing, images, logo, screenshots, packages, Instant.ofEpochSecond(sourceDateEpoch));
	}

	private static String eula(License license, Path projectRoot) {
		if (license == null) {
			return null;
		}
		if (license.getText() != null) {
			return license.getText();
		}
		if (license.getFile() != null && projectRoot != null) {
			try {
				return Files.readString(projectRoot.resolve(license.getFile()), StandardCharsets.UTF_8);
			} catch (IOException e) {
				return null; // the manifest check reports a missing EULA file (KILN-M019)
			}
		}
		return null;
	}

	private static String firstOf(String preferred, String fallback) {
		return preferred != null && !preferred.isBlank() ? preferred : fallback;
	}
}
