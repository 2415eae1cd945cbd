package dev.kiln.model.internal.validation;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.DebianPackage;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the base system: distribution, suite, mirror and packages. */
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
		Duplicates.find(os.getPackages(), DebianPackage::getName, (first, repeat) -> reporter
				.report(ManifestRule.PACKAGE_DUPLICATE, repeat, Literals.DEBIAN_PACKAGE__NAME, repeat.getName()));
	}

	public void debianPackage(DebianPackage debianPackage, Reporter reporter) {
		if (!NamePatterns.matches(NamePatterns.DEBIAN_PACKAGE, debianPackage.getName())) {
			reporter.report(ManifestRule.PACKAGE_NAME_INVALID, debianPackage, Literals.DEBIAN_PACKAGE__NAME,
					debianPackage.getName() == null ? "" : debianPackage.getName()); //$NON-NLS-1$
		}
	}
}
