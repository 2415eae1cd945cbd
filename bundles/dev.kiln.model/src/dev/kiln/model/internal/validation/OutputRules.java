package dev.kiln.model.internal.validation;

import java.util.List;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Output;
import dev.kiln.model.Outputs;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the requested image formats. */
public final class OutputRules {

	/** The image formats Kiln writes, as {@code <output format>} names them. */
	public static final List<String> FORMATS = List.of("raw", "qcow2", "vmdk", "ova", "vhd", "gce", "vagrant-libvirt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	public void outputs(Outputs outputs, Reporter reporter) {
		Duplicates.find(outputs.getEntries(), Output::getFormat, (first, repeat) -> reporter
				.report(ManifestRule.OUTPUT_FORMAT_DUPLICATE, repeat, Literals.OUTPUT__FORMAT, repeat.getFormat()));
	}

	public void output(Output output, Reporter reporter) {
		String format = output.getFormat();
		if (!FORMATS.contains(format)) {
			reporter.report(ManifestRule.OUTPUT_FORMAT_UNKNOWN, output, Literals.OUTPUT__FORMAT,
					format == null ? "" : format, String.join(", ", FORMATS)); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (output.isCompressed() && !"qcow2".equals(format)) { //$NON-NLS-1$
			reporter.report(ManifestRule.COMPRESSION_NOT_SUPPORTED, output, Literals.OUTPUT__COMPRESSED, format);
		} else if (output.isSetOvfVersion() && !"ova".equals(format)) { //$NON-NLS-1$
			reporter.report(ManifestRule.OVF_VERSION_NOT_APPLICABLE, output, Literals.OUTPUT__OVF_VERSION, format);
		}
	}
}
