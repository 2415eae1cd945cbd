package dev.kiln.testsupport.debian;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The three pockets of trixie in a signed test archive, made of trixie's real packages as the maintenance audit
 * tests need them: {@code trixie} has busybox, python3 and hostname as the machine's mirror has them;
 * {@code trixie-updates} a python3 bug-fix release whose changelog names no CVE; {@code trixie-security} the
 * {@link BusyboxSecurityUpdate}.
 */
public final class TrixiePockets {

	/** The Date of trixie's Release. */
	public static final Instant RELEASED = Instant.parse("2025-11-15T09:50:47Z");
	/** The Date of trixie-updates' Release, and of the python3 update's changelog entry. */
	public static final Instant UPDATED = Instant.parse("2025-11-28T08:00:00Z");
	/** The one change of the python3 update. */
	public static final String PYTHON3_CHANGE = "Point python3-config at the right interpreter (Closes: #1100000)";

	private final DebPackage busybox;
	private final DebPackage busyboxUpdate;
	private final DebPackage python3;
	private final DebPackage python3Update;
	private final DebPackage hostname;

	private TrixiePockets(DebPackage busybox, DebPackage busyboxUpdate, DebPackage python3, DebPackage python3Update, DebPackage hostname) {
		this.busybox = busybox;
		this.busyboxUpdate = busyboxUpdate;
		this.python3 = python3;
		this.python3Update = python3Update;
		this.hostname = hostname;
	}

	/** Downloads trixie's packages (once per machine, see {@link SystemMirrorPackages}) and makes the updates in {@code folder}. */
	public static TrixiePockets make(Path folder) throws IOException {
		DebPackage busybox = BusyboxSecurityUpdate.original();
		DebPackage python3 = SystemMirrorPackages.download(BusyboxSecurityUpdate.SUITE, "python3");
		DebPackage python3Update = DebRepackager.withNewVersion(python3, new ChangelogEntry(python3.source(), python3.version() + "+deb13u1",
				BusyboxSecurityUpdate.SUITE, "medium", List.of(PYTHON3_CHANGE), ChangelogEntry.TEST_MAINTAINER, UPDATED), folder.resolve("updates"));
		return new TrixiePockets(busybox, BusyboxSecurityUpdate.repackage(busybox, folder.resolve("security")), python3, python3Update,
				SystemMirrorPackages.download(BusyboxSecurityUpdate.SUITE, "hostname"));
	}

	/** Publishes the three pockets into {@code archive}. */
	public void publish(TestDebianArchive archive) throws IOException {
		archive.publish(ArchiveSuite.named("trixie", RELEASED).with(busybox, python3, hostname));
		archive.publish(ArchiveSuite.named("trixie-updates", UPDATED).with(python3Update));
		archive.publish(BusyboxSecurityUpdate.pocket(busyboxUpdate));
	}

	/** trixie's busybox. */
	public DebPackage busybox() {
		return busybox;
	}

	/** The busybox security update in trixie-security. */
	public DebPackage busyboxUpdate() {
		return busyboxUpdate;
	}

	/** trixie's python3. */
	public DebPackage python3() {
		return python3;
	}

	/** The python3 update in trixie-updates. */
	public DebPackage python3Update() {
		return python3Update;
	}

	/** trixie's hostname, a native package, in no other pocket. */
	public DebPackage hostname() {
		return hostname;
	}
}
