package dev.kiln.publish.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.kiln.image.BuildReport;
import dev.kiln.publish.Listing;
import dev.kiln.publish.Release;
import dev.kiln.publish.testsupport.ReleaseFiles;

/** Releases of small real files for the tests. */
final class TestReleases {

	static final Instant CREATED = Instant.ofEpochSecond(1_704_067_200L);

	private TestReleases() {
	}

	static Listing listing(String id, String version) {
		return new Listing(id, "Hello Appliance", version, "Kiln Tests", "Hello Appliance", "Example appliance: an HTTP service on port 8080.",
				"The smallest useful appliance: busybox httpd serving one page.", List.of("developer-tools", "web"),
				"First release.", "free", "Apache-2.0", "Licensed under the Apache License, Version 2.0.",
				new Listing.Support("support@example.org", "https://example.org/support"), new Listing.Hardware(1, 512, 2048, "hybrid"),
				null, List.of());
	}

	/** An OVA-like tar, a qcow2, a PNG logo and a JPEG screenshot in {@code folder}. */
	static Release release(Path folder, String id, String version) throws IOException {
		Path ova = ReleaseFiles.ova(folder, id + "-" + version, 3 << 20, version.hashCode());
		Path qcow2 = ReleaseFiles.qcow2(folder, id + "-" + version, 64);
		Path logo = ReleaseFiles.picture(folder.resolve("logo.png"), 64, 64, "png");
		Path screenshot = ReleaseFiles.picture(folder.resolve("console.jpg"), 320, 200, "jpg");
		return new Release(listing(id, version), List.of(new Release.Image("ova", ova, null), new Release.Image("qcow2", qcow2, null)),
				logo, List.of(screenshot), List.of(new BuildReport.InstalledPackage("busybox", "1:1.37.0-6", "amd64"),
						new BuildReport.InstalledPackage("systemd", "257.7-1", "amd64")), CREATED);
	}

	static Release withListing(Release release, Listing listing) {
		return new Release(listing, release.images(), release.logo(), release.screenshots(), release.packages(), release.created(),
				release.archiveState());
	}
}
