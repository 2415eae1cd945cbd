package dev.kiln.image.debian;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The pockets a build of a Debian release takes packages from, as a Debian installation's apt sources
 * list them: the release suite and its updates pocket on the main mirror, its security pocket on the
 * security archive. A mirror the manifest names replaces the one of the machine's apt sources.
 */
public final class ArchivePockets {

	/** Reads the machine's apt sources when a mirror is not given, and only then. */
	@FunctionalInterface
	public interface Sources {
		AptSources get() throws DebianArchiveException;
	}

	private ArchivePockets() {
	}

	/**
	 * @param codename        the release, e.g. trixie
	 * @param kinds           the pockets wanted; the release suite is always among the result
	 * @param mirror          the main mirror, or {@code null} for the apt sources' Debian archive
	 * @param securityMirror  the security archive, or {@code null} for the apt sources' security archive
	 * @return the pockets in the order release, updates, security
	 * @throws DebianArchiveException when a mirror is needed and the apt sources name none
	 */
	public static List<Pocket> resolve(String codename, Set<Pocket.Kind> kinds, URI mirror, URI securityMirror, Sources sources)
			throws DebianArchiveException {
		List<Pocket> pockets = new ArrayList<>();
		AptSources read = null;
		URI main = mirror;
		if (main == null) {
			read = sources.get();
			main = read.debianMirror();
		}
		pockets.add(new Pocket(Pocket.Kind.RELEASE, Pocket.Kind.RELEASE.suite(codename), main));
		if (kinds.contains(Pocket.Kind.UPDATES)) {
			pockets.add(new Pocket(Pocket.Kind.UPDATES, Pocket.Kind.UPDATES.suite(codename), main));
		}
		if (kinds.contains(Pocket.Kind.SECURITY)) {
			URI security = securityMirror;
			if (security == null) {
				security = (read != null ? read : sources.get()).securityMirror(codename);
			}
			pockets.add(new Pocket(Pocket.Kind.SECURITY, Pocket.Kind.SECURITY.suite(codename), security));
		}
		return List.copyOf(pockets);
	}

	/** As {@link #resolve(String, Set, URI, URI, Sources)} with the machine's apt sources. */
	public static List<Pocket> resolve(String codename, Set<Pocket.Kind> kinds, URI mirror, URI securityMirror)
			throws DebianArchiveException {
		return resolve(codename, kinds, mirror, securityMirror, AptSources::ofSystem);
	}
}
