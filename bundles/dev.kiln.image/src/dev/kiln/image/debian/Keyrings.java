package dev.kiln.image.debian;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;

import dev.kiln.image.Sha256;
import dev.kiln.image.debian.DebianArchiveException.Reason;
import dev.kiln.image.internal.ImageText;

/**
 * One binary keyring holding the keys of several (binary or armored) keyrings: what Kiln's InRelease
 * check and apt's {@code signed-by} option both read when an archive may be signed by Debian's keys or by
 * a keyring the manifest names.
 */
public final class Keyrings {

	private Keyrings() {
	}

	/**
	 * @param keyrings  the keyrings, in order
	 * @param folder    where the combined keyring is kept, named by its content
	 * @return the first keyring itself when there is one, else the combined file, readable by anyone (apt in
	 *         mmdebstrap's user namespace reads it as nobody)
	 * @throws DebianArchiveException naming a keyring that cannot be read
	 */
	public static Path combine(List<Path> keyrings, Path folder) throws DebianArchiveException {
		if (keyrings.size() == 1) {
			return keyrings.get(0);
		}
		ByteArrayOutputStream combined = new ByteArrayOutputStream();
		for (Path keyring : keyrings) {
			try (InputStream in = Files.newInputStream(keyring)) {
				for (PGPPublicKeyRing ring : new PGPPublicKeyRingCollection(PGPUtil.getDecoderStream(in), new BcKeyFingerprintCalculator())) {
					ring.encode(combined);
				}
			} catch (IOException | PGPException e) {
				throw new DebianArchiveException(Reason.KEYRING,
						ImageText.bind(ImageText.InReleaseVerifier_keyring, keyring, CauseDescription.of(e)), e);
			}
		}
		byte[] bytes = combined.toByteArray();
		Path file = folder.resolve("keyring-" + Sha256.of(bytes).substring(0, 16) + ".gpg"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			if (!Files.isRegularFile(file)) {
				Files.createDirectories(folder);
				Path partial = Files.createTempFile(folder, "keyring-", ".partial"); //$NON-NLS-1$ //$NON-NLS-2$
				Files.write(partial, bytes);
				Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--")); //$NON-NLS-1$
				Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw new DebianArchiveException(Reason.CACHE, ImageText.bind(ImageText.Keyrings_cannotWrite, file, CauseDescription.of(e)), e);
		}
		return file;
	}
}
