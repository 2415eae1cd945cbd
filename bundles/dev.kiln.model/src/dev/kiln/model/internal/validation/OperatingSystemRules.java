package dev.kiln.model.internal.validation;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.DebianPackage;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.Trim;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the base system: distribution, suite, mirrors, pockets, keyring, packages, and packages that need what is trimmed. */
public final class OperatingSystemRules {

	public void os(OperatingSystem os, Reporter reporter) {
		if (!"debian".equals(os.getDistribution())) { //$NON-NLS-1$
			reporter.report(ManifestRule.DISTRIBUTION_UNSUPPORTED, os, Literals.OPERATING_SYSTEM__DISTRIBUTION,
					os.getDistribution());
		}
		String suite = os.getSuite();
		if (NamePatterns.isBlank(suite)) {
			reporter.reportVariant(ManifestRule.SUITE_UNKNOWN, "missing", os, Literals.OPERATING_SYSTEM__SUITE, //$NON-NLS-1$
					DebianSuite.codeNames());
		} else if (DebianSuite.named(suite).isEmpty()) {
			reporter.report(ManifestRule.SUITE_UNKNOWN, os, Literals.OPERATING_SYSTEM__SUITE, suite,
					DebianSuite.codeNames());
		}
		if (os.getMirror() != null && !HttpUrls.isHttpUrl(os.getMirror())) {
			reporter.report(ManifestRule.MIRROR_NOT_HTTP, os, Literals.OPERATING_SYSTEM__MIRROR, os.getMirror());
		}
		if (os.getSecurityMirror() != null && !HttpUrls.isHttpUrl(os.getSecurityMirror())) {
			reporter.report(ManifestRule.SECURITY_MIRROR_NOT_HTTP, os, Literals.OPERATING_SYSTEM__SECURITY_MIRROR, os.getSecurityMirror());
		}
		if (!os.isSecurity()) {
			reporter.report(ManifestRule.SECURITY_POCKET_LEFT_OUT, os, Literals.OPERATING_SYSTEM__SECURITY,
					NamePatterns.isBlank(suite) ? "<suite>" : suite); //$NON-NLS-1$
		}
		ProjectPaths.check(reporter, os, Literals.OPERATING_SYSTEM__KEYRING, ModelText.OperatingSystemRules_keyring, os.getKeyring(), false);
		Duplicates.find(os.getPackages(), DebianPackage::getName, (first, repeat) -> reporter
				.report(ManifestRule.PACKAGE_DUPLICATE, repeat, Literals.DEBIAN_PACKAGE__NAME, repeat.getName()));
	}

	public void debianPackage(DebianPackage debianPackage, Reporter reporter) {
		if (!NamePatterns.matches(NamePatterns.DEBIAN_PACKAGE, debianPackage.getName())) {
			reporter.report(ManifestRule.PACKAGE_NAME_INVALID, debianPackage, Literals.DEBIAN_PACKAGE__NAME,
					debianPackage.getName() == null ? "" : debianPackage.getName()); //$NON-NLS-1$
		}
		Trim trim = debianPackage.eContainer() instanceof OperatingSystem os ? os.getTrim() : null;
		NEEDS_UNTRIMMED.stream().filter(need -> need.packages().contains(debianPackage.getName())).findFirst()
				.filter(need -> trim == null || (Boolean) trim.eGet(need.category()))
				.ifPresent(need -> reporter.reportVariant(ManifestRule.PACKAGE_NEEDS_TRIMMED, need.category().getName(), debianPackage,
						Literals.DEBIAN_PACKAGE__NAME, debianPackage.getName(), need.category().getName()));
	}

	/** Packages that are of little use without what one category of {@code <trim>} leaves out. */
	private record Need(EAttribute category, Set<String> packages) {
	}

	private static final List<Need> NEEDS_UNTRIMMED = List.of(
			new Need(Literals.TRIM__DOCUMENTATION, Set.of("man-db", "manpages", "manpages-dev", "info", "pinfo", "doc-base")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			new Need(Literals.TRIM__LOCALES, Set.of("locales", "locales-all")), //$NON-NLS-1$ //$NON-NLS-2$
			new Need(Literals.TRIM__HARDWARE_DATABASE, Set.of("usbutils")), //$NON-NLS-1$
			new Need(Literals.TRIM__PACKAGE_CACHES, Set.of("unattended-upgrades", "apt-listchanges"))); //$NON-NLS-1$ //$NON-NLS-2$
}
