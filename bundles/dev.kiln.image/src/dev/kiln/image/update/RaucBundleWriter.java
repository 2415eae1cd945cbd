package dev.kiln.image.update;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.commons.io.FileUtils;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.internal.ImageText;
import dev.kiln.image.internal.ToolRunner;

/**
 * Writes a RAUC bundle of format {@code verity} (RAUC's docs/reference.rst, "Bundle Formats") that
 * updates the {@value #SLOT_CLASS} slots with a new root file system image, reproducibly and without the
 * private key in any file:
 * <pre>
 * squashfs (mksquashfs: manifest.raucm, rootfs.ext4, rootfs.ext4.block-hash-index)
 * dm-verity hash tree of the squashfs (computed here, as RAUC's src/verity_hash.c)
 * CMS SignedData with the manifest attached, incl. verity-hash, verity-salt, verity-size
 * u64 big-endian: the size of the CMS (RAUC's src/bundle.c, append_signature_to_bundle)
 * </pre>
 * Where {@code rauc bundle} uses a random verity salt and the current time, this writer derives the salt
 * from the manifest and the release time and signs at SOURCE_DATE_EPOCH, so the same image and release
 * give the same bytes.
 */
public final class RaucBundleWriter {

	/** The slot class the image installs to (slots {@code rootfs.0}, {@code rootfs.1}). */
	public static final String SLOT_CLASS = "rootfs"; //$NON-NLS-1$
	/** The image's name in the bundle. */
	public static final String IMAGE_NAME = "rootfs.ext4"; //$NON-NLS-1$
	/** The adaptive update method offered when the image is a whole number of 4 KiB chunks. */
	public static final String BLOCK_HASH_INDEX = "block-hash-index"; //$NON-NLS-1$

	private static final String MANIFEST_NAME = "manifest.raucm"; //$NON-NLS-1$
	private static final String MKSQUASHFS = "mksquashfs"; //$NON-NLS-1$
	private static final int BLOCK = VerityHashTree.BLOCK_SIZE;
	private static final int EXT4_MAGIC_OFFSET = 1080;
	private static final int EXT4_MAGIC = 0xEF53;
	private static final byte[] SALT_CONTEXT = "kiln rauc verity salt\n".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

	/**
	 * What the manifest's {@code [update]} says: {@code compatible} must equal the guest's system.conf
	 * {@code compatible} (Kiln: the appliance id); {@code build} and {@code description} may be
	 * {@code null}. {@code sourceDate} is SOURCE_DATE_EPOCH: the file times and the signing time.
	 */
	public record Release(String compatible, String version, String build, String description, Instant sourceDate) {
	}

	/** A written bundle: its size and SHA-256 (for the update index) and the verity root hash it was signed with. */
	public record Bundle(Path file, long size, String sha256, String verityHash, boolean adaptive) {
	}

	private final VendorIdentity identity;
	private final Progress progress;
	private final String mksquashfs;

	/** A writer that signs with {@code identity} and logs mksquashfs to {@code progress}. */
	public RaucBundleWriter(VendorIdentity identity, Progress progress) {
		this(identity, progress, MKSQUASHFS);
	}

	/** A writer that runs {@code mksquashfs} instead of the one on the PATH (for tests). */
	RaucBundleWriter(VendorIdentity identity, Progress progress, String mksquashfs) {
		this.identity = identity;
		this.progress = progress;
		this.mksquashfs = mksquashfs;
	}

	/**
	 * Writes the bundle of {@code image} (an ext4 file system image, may be sparse) to {@code bundle},
	 * replacing it; a temporary folder beside {@code bundle} holds the parts meanwhile.
	 *
	 * @throws ImageBuildException when the image or release is unfit, mksquashfs fails or the bundle
	 *                             cannot be written
	 */
	public Bundle write(Path image, Release release, Path bundle) throws ImageBuildException {
		checkRelease(release);
		long imageSize = checkImage(image);
		Path target = bundle.toAbsolutePath();
		Path work;
		try {
			Files.createDirectories(target.getParent());
			work = Files.createTempDirectory(target.getParent(), ".kiln-bundle-"); //$NON-NLS-1$
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.RaucBundleWriter_cannotWrite, target, e.getMessage()), e);
		}
		try {
			return write(image, imageSize, release, target, work);
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.RaucBundleWriter_cannotWrite, target, e.getMessage()), e);
		} finally {
			try {
				FileUtils.deleteDirectory(work.toFile());
			} catch (IOException e) {
				progress.log(ImageText.bind(ImageText.RaucBundleWriter_cannotClean, work, e.getMessage()));
			}
		}
	}

	private Bundle write(Path image, long imageSize, Release release, Path target, Path work) throws IOException, ImageBuildException {
		FileTime time = FileTime.from(release.sourceDate());
		Path content = Files.createDirectory(work.resolve("content")); //$NON-NLS-1$
		boolean adaptive = imageSize % ImageDigests.CHUNK_SIZE == 0;
		ImageDigests digests;
		if (adaptive) {
			Path index = content.resolve(IMAGE_NAME + '.' + BLOCK_HASH_INDEX);
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(index), 1 << 16)) {
				digests = ImageDigests.of(image, out);
			}
			fix(index, time);
		} else {
			digests = ImageDigests.of(image, null);
		}
		if (digests.size() != imageSize) {
			throw new ImageBuildException(ImageText.bind(ImageText.RaucBundleWriter_imageChanged, image));
		}
		RaucManifest manifest = new RaucManifest(release, SLOT_CLASS, IMAGE_NAME, digests, adaptive);
		Path bundled = Files.writeString(content.resolve(MANIFEST_NAME), manifest.bundled(), StandardCharsets.UTF_8);
		fix(bundled, time);
		Files.setPosixFilePermissions(content, PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
		Files.setLastModifiedTime(content, time);

		Path squashfs = work.resolve("bundle.raucb"); //$NON-NLS-1$
		squash(image, content, work.resolve("pseudo"), squashfs, release.sourceDate()); //$NON-NLS-1$

		MessageDigest whole = Sha256.digest();
		byte[] salt = salt(manifest.bundled(), release.sourceDate());
		VerityHashTree tree;
		long size;
		try (FileChannel channel = FileChannel.open(squashfs, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			long dataBlocks = padToBlocks(channel);
			tree = VerityHashTree.of(channel, dataBlocks, salt, whole);
			byte[] signed = manifest.signed(tree.rootHash(), salt, tree.size()).getBytes(StandardCharsets.UTF_8);
			byte[] cms = sign(signed, release.sourceDate());
			channel.position(dataBlocks * BLOCK);
			OutputStream out = new DigestOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16), whole);
			tree.writeTo(out);
			out.write(cms);
			out.write(ByteBuffer.allocate(Long.BYTES).putLong(cms.length).array());
			out.flush();
			size = channel.size();
		}
		Files.move(squashfs, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return new Bundle(target, size, HexFormat.of().formatHex(whole.digest()), HexFormat.of().formatHex(tree.rootHash()), adaptive);
	}

	/** Runs mksquashfs; the image comes in through a pseudo file so that it is neither copied nor linked. */
	private void squash(Path image, Path content, Path pseudo, Path squashfs, Instant time) throws IOException, ImageBuildException {
		String quoted = "'" + image.toAbsolutePath().toString().replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Files.writeString(pseudo, IMAGE_NAME + " F " + time.getEpochSecond() + " 644 0 0 cat " + quoted + '\n', //$NON-NLS-1$ //$NON-NLS-2$
				StandardCharsets.UTF_8);
		// SOURCE_DATE_EPOCH sets the file system's time and clamps the files' (all set to it above);
		// -reproducible (mksquashfs' default) keeps the output independent of the number of processors
		List<String> command = List.of(mksquashfs, content.toString(), squashfs.toString(), "-noappend", "-reproducible", //$NON-NLS-1$ //$NON-NLS-2$
				"-all-root", "-no-xattrs", "-exit-on-error", "-no-progress", "-pf", pseudo.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		new ToolRunner(progress).run(ImageText.RaucBundleWriter_squashing, command, null,
				Map.of("SOURCE_DATE_EPOCH", Long.toString(time.getEpochSecond()))); //$NON-NLS-1$
	}

	/** Pads the squashfs with zeros to whole 4 KiB blocks, at least two (RAUC refuses one); returns the blocks. */
	private static long padToBlocks(FileChannel channel) throws IOException {
		long size = channel.size();
		long padded = Math.max(2L * BLOCK, (size + BLOCK - 1) / BLOCK * BLOCK);
		if (padded > size) {
			channel.write(ByteBuffer.allocate((int) (padded - size)), size);
		}
		return padded / BLOCK;
	}

	private byte[] sign(byte[] manifest, Instant time) throws ImageBuildException {
		try {
			return CmsSignature.sign(identity, manifest, true, time);
		} catch (GeneralSecurityException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.RaucBundleWriter_cannotSign, identity.subject(), e.getMessage()), e);
		}
	}

	/** The verity salt: derived from what the bundle holds and its time, where rauc bundle takes 32 random bytes. */
	private static byte[] salt(String manifest, Instant time) {
		MessageDigest digest = Sha256.digest();
		digest.update(SALT_CONTEXT);
		digest.update(ByteBuffer.allocate(Long.BYTES).putLong(time.getEpochSecond()).array());
		digest.update(manifest.getBytes(StandardCharsets.UTF_8));
		return digest.digest();
	}

	private static void fix(Path file, FileTime time) throws IOException {
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--")); //$NON-NLS-1$
		Files.setLastModifiedTime(file, time);
	}

	private static void checkRelease(Release release) throws ImageBuildException {
		required(ImageText.RaucBundleWriter_compatible, release.compatible());
		required(ImageText.RaucBundleWriter_version, release.version());
		oneLine(ImageText.RaucBundleWriter_build, release.build());
		oneLine(ImageText.RaucBundleWriter_description, release.description());
		if (release.sourceDate() == null || release.sourceDate().getEpochSecond() < 0) {
			throw new ImageBuildException(ImageText.RaucBundleWriter_noSourceDate);
		}
	}

	private static void required(String field, String value) throws ImageBuildException {
		if (value == null || value.isBlank()) {
			throw new ImageBuildException(ImageText.bind(ImageText.RaucBundleWriter_missing, field));
		}
		oneLine(field, value);
	}

	private static void oneLine(String field, String value) throws ImageBuildException {
		if (value != null && value.chars().anyMatch(Character::isISOControl)) {
			throw new ImageBuildException(ImageText.bind(ImageText.RaucBundleWriter_notOneLine, field, value.strip()));
		}
	}

	/** The image's size, once it is known to be a readable ext4 file system image. */
	private static long checkImage(Path image) throws ImageBuildException {
		if (!Files.isRegularFile(image)) {
			throw new ImageBuildException(ImageText.bind(ImageText.RaucBundleWriter_noImage, image));
		}
		try (InputStream in = Files.newInputStream(image)) {
			long size = Files.size(image);
			byte[] superblock = new byte[EXT4_MAGIC_OFFSET + 2];
			if (in.readNBytes(superblock, 0, superblock.length) < superblock.length
					|| ((superblock[EXT4_MAGIC_OFFSET] & 0xFF) | (superblock[EXT4_MAGIC_OFFSET + 1] & 0xFF) << 8) != EXT4_MAGIC) {
				throw new ImageBuildException(ImageText.bind(ImageText.RaucBundleWriter_notExt4, image));
			}
			return size;
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.RaucBundleWriter_unreadableImage, image, e.getMessage()), e);
		}
	}
}
