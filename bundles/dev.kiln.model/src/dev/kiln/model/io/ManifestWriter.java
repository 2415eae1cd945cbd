package dev.kiln.model.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import dev.kiln.model.Appliance;
import dev.kiln.model.internal.io.ApplianceResource;

/**
 * Writes appliance.xml in its canonical form: UTF-8, LF line ends, two-space indentation, the
 * manifest namespace as default namespace and attributes in model order. Loading a canonical file
 * and writing it again gives the same bytes.
 */
public final class ManifestWriter {

	public byte[] toBytes(Appliance appliance) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		write(appliance, bytes);
		return bytes.toByteArray();
	}

	/** Writes to a sibling temporary file first, so a failed write leaves the old file intact. */
	public void write(Appliance appliance, Path file) throws IOException {
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".appliance", ".xml"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Files.write(temporary, toBytes(appliance));
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	public void write(Appliance appliance, OutputStream out) throws IOException {
		Resource current = appliance.eResource();
		if (current instanceof ApplianceResource && current.getContents().size() == 1) {
			current.save(out, null);
			return;
		}
		ApplianceResource resource = new ApplianceResource(URI.createURI("appliance.xml")); //$NON-NLS-1$
		if (current == null && appliance.eContainer() == null) {
			resource.getContents().add(appliance);
			try {
				resource.save(out, null);
			} finally {
				resource.getContents().remove(appliance);
			}
		} else {
			resource.getContents().add(EcoreUtil.copy(appliance));
			resource.save(out, null);
		}
	}
}
