package dev.kiln.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.cache.CacheLock;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.image.debian.PocketState;
import dev.kiln.image.format.DiskImage;
import dev.kiln.image.format.FixedVhdWriter;
import dev.kiln.image.format.GceTarballWriter;
import dev.kiln.image.format.GrainCache;
import dev.kiln.image.format.Qcow2Writer;
import dev.kiln.image.format.RawDiskWriter;
import dev.kiln.image.format.StreamOptimizedVmdkReader;
import dev.kiln.image.format.StreamOptimizedVmdkWriter;
import dev.kiln.image.format.VagrantBoxWriter;
import dev.kiln.image.internal.ApplicationLayer;
import dev.kiln.image.internal.BaseLayerCache;
import dev.kiln.image.internal.BaseLayerIndex;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.internal.BuildArchive;
import dev.kiln.image.internal.DataPartition;
import dev.kiln.image.internal.DiskAssembler;
import dev.kiln.image.internal.DiskLayout;
import dev.kiln.image.internal.EspImage;
import dev.kiln.image.internal.GrubBiosSetup;
import dev.kiln.image.internal.GrubConfig;
import dev.kiln.image.internal.ImageText;
import dev.kiln.image.internal.OvfDescriptorMapper;
import dev.kiln.image.internal.PackageCache;
import dev.kiln.image.internal.RootFileSystem;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.image.ovf.OvaWriter;
import dev.kiln.image.ovf.OvfDescriptor;
import dev.kiln.image.ovf.OvfEnvelopeWriter;
import dev.kiln.image.update.RaucBundleWriter;

/**
 * Builds appliance images from a {@link BuildRecipe}: base system (mmdebstrap, cached), application
 * layer, ext4 root, GRUB for BIOS (core.img in a BIOS boot partition) and for UEFI (Debian's signed
 * shim and GRUB on the EFI system partition), GPT disk, then the
 * requested formats: raw, qcow2, streamOptimized VMDK, and OVA (OVF 2.x descriptor, VMDK disks — data
 * disks empty —, SHA-256 manifest, signed when the engine has a signer). Outputs appear under their
 * final names only when complete.
 */
public final class ImageEngine {

	/** System property that keeps the temporary work folder of a build, for looking into a failure. */
	public static final String KEEP_WORK_PROPERTY = "kiln.keepWork"; //$NON-NLS-1$

	private final Path cacheDirectory;
	private final OvaSigner signer;
	private final CachePolicy cachePolicy;

	/** @param cacheDirectory  where base systems are cached (e.g. {@code ~/.cache/kiln}) */
	public ImageEngine(Path cacheDirectory) {
		this(cacheDirectory, null);
	}

	/**
	 * An engine that signs the OVAs it builds. The key is the builder's, not the appliance's, so it is
	 * an option of the engine and never part of a recipe (recipes are logged, hashed and shared).
	 *
	 * @param cacheDirectory  where base systems are cached
	 * @param signer          signs OVA manifests (see {@link OvaSigner#fromEnvironment}), or {@code null}
	 */
	public ImageEngine(Path cacheDirectory, OvaSigner signer) {
		this(cacheDirectory, signer, CachePolicy.DEFAULT);
	}

	/**
	 * An engine whose cache is bounded by {@code cachePolicy}: after each build the least recently used
	 * entries that no build is using are removed until the cache fits.
	 */
	public ImageEngine(Path cacheDirectory, OvaSigner signer, CachePolicy cachePolicy) {
		this.cacheDirectory = cacheDirectory;
		this.signer = signer;
		this.cachePolicy = cachePolicy;
	}

	/** The default cache: {@code $XDG_CACHE_HOME/kiln} or {@code ~/.cache/kiln}. */
	public static Path defaultCacheDirectory() {
		String xdg = System.getenv("XDG_CACHE_HOME"); //$NON-NLS-1$
		return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache")).resolve("kiln"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Builds the recipe's outputs into {@code outputDirectory}. */
	public BuildReport build(BuildRecipe appliance, Path outputDirectory, Progress progress) throws ImageBuildException {
		BuildRecipe recipe = withUpdatePackages(appliance);
		Map<String, Duration> timings = new LinkedHashMap<>();
		BuildRecipe.Firmware firmware = recipe.hardware().firmware();
		DiskLayout layout = new DiskLayout(recipe.hardware().diskMb(), firmware, recipe.updates() == null ? 0 : recipe.updates().dataMb());
		if (layout.rootMb() < 256) {
			throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_diskTooSmall, recipe.hardware().diskMb(), layout.diskMbFor(256)));
		}
		// the identity that signs the update bundle and that the guest trusts: read once, and before any work is done
		VendorIdentity updates = layout.abSlots() ? updateIdentity() : null;
		Path work = null;
		// what this build wrote to the output folder, removed again unless the build completes
		List<Path> written = new ArrayList<>();
		// the folders this build created for its outputs, outermost last: removed again, if empty, unless it completes
		List<Path> created = new ArrayList<>();
		boolean complete = false;
		BaseLayerCache.Entry base = null;
		// the raw disk, written on another thread, and whether the build gave up on it
		CompletableFuture<TimedArtifact> rawArtifact = null;
		AtomicBoolean abandoned = new AtomicBoolean();
		try {
			createDirectories(outputDirectory, created);
			work = Files.createTempDirectory("kiln-build-"); //$NON-NLS-1$
			long start = System.nanoTime();

			progress.phase(ImageText.ImageEngine_baseSystem, -1);
			BuildArchive archive = BuildArchive.open(recipe.os(), cacheDirectory.resolve(BuildCache.Kind.ARCHIVE_INDEX.folder()),
					cachePolicy.lockWait(), progress);
			List<PocketState> archiveState = archive.states();
			PackageCache debs = new PackageCache(cacheDirectory.resolve(BuildCache.Kind.PACKAGES.folder()), cachePolicy.lockWait());
			// the package indexes (seconds to read) only when the base is made: a cached one was made of these packages
			base = new BaseLayerCache(cacheDirectory.resolve(BuildCache.Kind.BASE_SYSTEM.folder()), cachePolicy.lockWait(), debs, progress)
					.get(recipe.os(), archive, archiveState, archive::checkPackages, recipe.sourceDateEpoch());
			start = lap(timings, "base system", start); //$NON-NLS-1$
			checkCancelled(progress);

			progress.phase(ImageText.ImageEngine_applicationLayer, -1);
			BaseLayerIndex index = BaseLayerIndex.read(base.tarball(), Files.createDirectories(work.resolve("boot"))); //$NON-NLS-1$
			checkFits(recipe, base.tarball(), index, layout);
			UUID rootUuid = uuid(recipe, "root-filesystem"); //$NON-NLS-1$
			// with two system slots the ESP is the disk's, not a version's: every version's fstab and GRUB find it by the
			// serial the first version gave it, so it is derived from the appliance alone
			int espVolumeId = (int) (layout.abSlots() ? UUID.nameUUIDFromBytes((recipe.id() + "/esp-volume").getBytes(StandardCharsets.UTF_8)) //$NON-NLS-1$
					: uuid(recipe, "esp-volume")).getMostSignificantBits(); //$NON-NLS-1$
			GrubConfig grub = new GrubConfig(rootUuid, layout.hasEsp() ? GrubConfig.fatSerial(espVolumeId) : null, index.kernelVersion(),
					recipe.product().name() + " " + recipe.version(), layout.abSlots()); //$NON-NLS-1$
			ApplicationLayer.Result app = ApplicationLayer.write(recipe, index, grub, updates == null ? null : updates.certificatesPem(),
					work.resolve("app.tar")); //$NON-NLS-1$
			start = lap(timings, "application layer", start); //$NON-NLS-1$
			checkCancelled(progress);

			progress.phase(ImageText.ImageEngine_rootFileSystem, -1);
			Path rootImage = work.resolve("root.img"); //$NON-NLS-1$
			Path coreImage = firmware.bios() ? work.resolve("core.img") : null; //$NON-NLS-1$
			Path rootCache = cacheDirectory.resolve(BuildCache.Kind.ROOT_FILE_SYSTEM.folder()).resolve(recipe.id());
			// one build at a time makes or copies an appliance's cached base file system; the next reuses it
			try (CacheLock lock = CacheLock.acquire(BuildCache.lockFile(rootCache),
					ImageText.bind(ImageText.ImageEngine_waitingForRootFileSystem, recipe.id()), cachePolicy.lockWait(), progress)) {
				// with updates every version's root file system is made from one base file system: see RootFileSystem
				UUID baseUuid = layout.abSlots()
						? UUID.nameUUIDFromBytes((recipe.id() + "/root-filesystem-base").getBytes(StandardCharsets.UTF_8)) //$NON-NLS-1$
						: rootUuid;
				new RootFileSystem(progress).make(base.tarball(), rootCache, app, index, rootImage, layout, rootUuid, baseUuid, grub, coreImage,
						recipe.sourceDateEpoch(), work);
				BuildCache.touch(rootCache);
			}
			start = lap(timings, "root file system", start); //$NON-NLS-1$
			checkCancelled(progress);

			progress.phase(ImageText.ImageEngine_bootPartition, -1);
			Path espImage = null;
			if (layout.hasEsp()) {
				espImage = work.resolve("esp.img"); //$NON-NLS-1$
				new EspImage(progress).make(espImage, index, grub, espVolumeId, recipe.sourceDateEpoch(), work);
			}
			Path biosBootImage = null;
			byte[] mbrBootCode = null;
			if (firmware.bios()) {
				biosBootImage = work.resolve("bios-boot.img"); //$NON-NLS-1$
				Path bootImg = index.bootFile(BaseLayerIndex.BootFile.GRUB_BOOT_IMG);
				try {
					GrubBiosSetup.writePartition(coreImage, layout.biosBootLba(), DiskLayout.BIOS_BOOT_MB, biosBootImage);
					mbrBootCode = GrubBiosSetup.bootCode(Files.readAllBytes(bootImg), layout.biosBootLba());
				} catch (IllegalArgumentException e) {
					throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_cannotInstallGrub, bootImg, coreImage, e.getMessage()), e);
				}
			}
			start = lap(timings, "boot loaders", start); //$NON-NLS-1$
			Path dataImage = null;
			if (layout.abSlots()) {
				dataImage = work.resolve("data.img"); //$NON-NLS-1$
				new DataPartition(progress).make(dataImage, layout.dataMb(), uuid(recipe, "data-filesystem"), recipe.sourceDateEpoch(), work); //$NON-NLS-1$
			}

			progress.phase(ImageText.ImageEngine_disk, -1);
			// the disk is its tables and partition images side by side: each format reads it from them
			DiskImage disk = DiskAssembler.assemble(fileName(recipe, "raw"), recipe.hardware().diskMb(), uuid(recipe, "disk"), //$NON-NLS-1$ //$NON-NLS-2$
					layout.parts(biosBootImage, uuid(recipe, "bios-boot-partition"), espImage, uuid(recipe, "esp-partition"), //$NON-NLS-1$ //$NON-NLS-2$
							rootImage, uuid(recipe, "root-partition"), dataImage, uuid(recipe, "slot-b-partition"), uuid(recipe, "data-partition")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					mbrBootCode);
			start = lap(timings, "disk", start); //$NON-NLS-1$
			checkCancelled(progress);

			List<BuildReport.Artifact> artifacts = new ArrayList<>();
			Path raw = outputDirectory.resolve(fileName(recipe, "raw")); //$NON-NLS-1$
			boolean keepRaw = recipe.outputs().contains(OutputFormat.RAW) || recipe.outputs().isEmpty();
			// the raw disk (hashed as it is written, mostly zeros) is written alongside the other formats
			if (keepRaw) {
				written.add(raw);
				rawArtifact = CompletableFuture.supplyAsync(() -> {
					long rawStart = System.nanoTime();
					try {
						String sha256 = RawDiskWriter.write(disk, raw, cancellationOnly(progress, abandoned));
						return new TimedArtifact(new BuildReport.Artifact(OutputFormat.RAW, raw, Files.size(raw), sha256),
								Duration.ofNanos(System.nanoTime() - rawStart));
					} catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				});
			}
			Path vmdk = null;
			// enum order: the VMDK, when wanted, is written before the OVA that reuses it
			Path scratch = work;
			for (OutputFormat format : Arrays.stream(OutputFormat.values()).filter(recipe.outputs()::contains).toList()) {
				Path file = switch (format) {
					case QCOW2 -> convert(disk, outputDirectory.resolve(fileName(recipe, "qcow2")), "qcow2", //$NON-NLS-1$ //$NON-NLS-2$
							(in, out) -> new Qcow2Writer(Qcow2Writer.Options.DEFAULT).write(in, out, progress), progress);
					case QCOW2_COMPRESSED -> convert(disk, outputDirectory.resolve(fileName(recipe, "qcow2")), //$NON-NLS-1$
							ImageText.ImageEngine_compressedQcow2,
							(in, out) -> new Qcow2Writer(Qcow2Writer.Options.COMPRESSED).write(in, out, progress), progress);
					case VMDK -> vmdk = systemVmdk(recipe, disk, outputDirectory.resolve(fileName(recipe, "vmdk")), progress); //$NON-NLS-1$
					case OVA -> ova(recipe, disk, vmdk, outputDirectory, work, progress);
					case VHD -> convert(disk, outputDirectory.resolve(fileName(recipe, "vhd")), "VHD", (in, out) -> FixedVhdWriter.write(in, //$NON-NLS-1$ //$NON-NLS-2$
							new FixedVhdWriter.Footer(Instant.ofEpochSecond(recipe.sourceDateEpoch()), uuid(recipe, "vhd")), out, progress), progress); //$NON-NLS-1$
					case GCE -> convert(disk, outputDirectory.resolve(fileName(recipe, OutputFormat.extension("gce"))), "Compute Engine archive", //$NON-NLS-1$ //$NON-NLS-2$
							(in, out) -> GceTarballWriter.write(in, Instant.ofEpochSecond(recipe.sourceDateEpoch()), out, progress), progress);
					case VAGRANT_LIBVIRT -> convert(disk, outputDirectory.resolve(fileName(recipe, OutputFormat.extension("vagrant-libvirt"))), //$NON-NLS-1$
							"Vagrant box", (in, out) -> VagrantBoxWriter.write(in, vagrantMachine(recipe), //$NON-NLS-1$
									Instant.ofEpochSecond(recipe.sourceDateEpoch()), scratch, out, progress), progress);
					case RAW, UPDATE_BUNDLE -> null;
				};
				if (file != null) {
					written.add(file);
					artifacts.add(artifact(format, file));
					start = lap(timings, format.name().toLowerCase(Locale.ROOT).replace('_', ' '), start);
				}
			}
			if (layout.abSlots()) {
				Path bundle = outputDirectory.resolve(fileName(recipe, UPDATE_BUNDLE_EXTENSION));
				written.add(bundle);
				progress.phase(ImageText.ImageEngine_writingUpdateBundle, -1);
				RaucBundleWriter.Bundle payload = new RaucBundleWriter(updates, progress).write(rootImage,
						new RaucBundleWriter.Release(recipe.id(), recipe.version(), null, recipe.product().name() + " " + recipe.version(), //$NON-NLS-1$
								Instant.ofEpochSecond(recipe.sourceDateEpoch())),
						bundle);
				artifacts.add(new BuildReport.Artifact(OutputFormat.UPDATE_BUNDLE, bundle, payload.size(), payload.sha256()));
				start = lap(timings, "update bundle", start); //$NON-NLS-1$
			}
			if (rawArtifact != null) {
				TimedArtifact rawDone = join(rawArtifact, raw);
				artifacts.add(0, rawDone.artifact());
				timings.put("raw", rawDone.time()); //$NON-NLS-1$
			}
			pruneCache(progress);
			complete = true;
			return new BuildReport(recipe.id(), recipe.version(), artifacts, archive.withPockets(index.installedPackages()), archiveState,
					base.key(), base.cached(), timings);
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_cannotWrite, outputDirectory, e.getMessage()), e);
		} finally {
			closeQuietly(base);
			if (!complete) {
				abandoned.set(true);
				if (rawArtifact != null) {
					rawArtifact.handle((result, failure) -> null).join(); // its partial file is gone once it ends
				}
				written.forEach(BuildCache::deleteTreeQuietly);
				deleteIfEmpty(created);
			}
			if (Boolean.getBoolean(KEEP_WORK_PROPERTY)) {
				progress.log(ImageText.bind(ImageText.ImageEngine_keptWork, work));
			} else {
				BuildCache.deleteTreeQuietly(work); // a temporary folder left behind is not worth failing a build for
			}
		}
	}

	/** The update bundle's file extension, as RAUC names bundles. */
	public static final String UPDATE_BUNDLE_EXTENSION = "raucb"; //$NON-NLS-1$

	/** The identity that signs update bundles: the signer's. */
	private VendorIdentity updateIdentity() throws ImageBuildException {
		if (signer == null) {
			throw new ImageBuildException(ImageText.ApplicationLayer_updatesNeedIdentity);
		}
		try {
			return signer.identity();
		} catch (IdentityException e) {
			throw new ImageBuildException(e.getMessage(), e);
		}
	}

	/**
	 * Packages an appliance with updates needs in its base system: RAUC and its D-Bus service, e2fsprogs (RAUC grows an
	 * installed ext4 image to its slot with resize2fs), curl, systemd-repart.
	 */
	static final List<String> UPDATE_PACKAGES = List.of("curl", "e2fsprogs", "rauc", "rauc-service", "systemd-repart"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** The recipe with the packages its updates need added to its base system (ADR 026). */
	private static BuildRecipe withUpdatePackages(BuildRecipe recipe) {
		if (recipe.updates() == null || recipe.os().packages().containsAll(UPDATE_PACKAGES)) {
			return recipe;
		}
		BuildRecipe.BaseSystem os = recipe.os();
		java.util.TreeSet<String> packages = new java.util.TreeSet<>(os.packages());
		packages.addAll(UPDATE_PACKAGES);
		BuildRecipe.BaseSystem withUpdates = new BuildRecipe.BaseSystem(os.suite(), os.architecture(), packages, os.mirror(), os.trim(),
				os.installRecommends(), os.securityMirror(), os.keyring(), os.pockets());
		return new BuildRecipe(recipe.id(), recipe.version(), recipe.hostname(), recipe.product(), withUpdates, recipe.application(),
				recipe.hardware(), recipe.properties(), recipe.outputs(), recipe.ovfVersion(), recipe.sourceDateEpoch(), recipe.updates());
	}

	/** Fails before anything is written when base and application clearly exceed the root partition. */
	private static void checkFits(BuildRecipe recipe, Path baseTar, BaseLayerIndex index, DiskLayout layout)
			throws ImageBuildException, IOException {
		long bytes = Files.size(baseTar);
		long entries = index.paths().size();
		for (BuildRecipe.FileEntry file : recipe.application().files()) {
			try (var walk = Files.walk(file.source())) {
				for (Path path : walk.filter(Files::isRegularFile).toList()) {
					bytes += Files.size(path);
					entries++;
				}
			}
		}
		long needed = RootFileSystem.neededMb(bytes, entries);
		if (needed > layout.rootMb()) {
			throw new RootFileSystem.DiskTooSmallException(needed, layout);
		}
	}

	/**
	 * Keeps the cache within the policy's size: removes stale entries, then the least recently used, never
	 * one a build is using (this build's base system among them). A failure here fails no build.
	 */
	private void pruneCache(Progress progress) {
		try {
			for (BuildCache.Removal removal : new BuildCache(cacheDirectory).prune(cachePolicy.maxBytes(), null, false)) {
				progress.log(ImageText.bind(ImageText.ImageEngine_cacheRemoved, new Object[] { removal.entry().kind().label(),
						removal.entry().name(), CachePolicy.formatSize(removal.entry().bytes()), removal.reason() }));
			}
		} catch (IOException | RuntimeException e) {
			progress.log(ImageText.bind(ImageText.ImageEngine_cannotPruneCache, cacheDirectory, e.getMessage()));
		}
	}

	private static void closeQuietly(BaseLayerCache.Entry base) {
		if (base == null) {
			return;
		}
		try {
			base.close();
		} catch (IOException e) {
			// the lock goes with the process; kiln cache prune removes the file
		}
	}

	/** An output and how long it took to write. */
	private record TimedArtifact(BuildReport.Artifact artifact, Duration time) {
	}

	private static TimedArtifact join(CompletableFuture<TimedArtifact> artifact, Path target) throws ImageBuildException {
		try {
			return artifact.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof UncheckedIOException io) {
				throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_cannotWriteImage, "raw", target, io.getCause().getMessage()), //$NON-NLS-1$
						io.getCause());
			}
			if (e.getCause() instanceof CancellationException) {
				throw new BuildCancelledException();
			}
			throw e;
		}
	}

	/** Passes on cancellation only: for work on another thread than the build's, which reports the progress. */
	private static Progress cancellationOnly(Progress progress, AtomicBoolean abandoned) {
		return new Progress() {
			@Override
			public void worked(long units) {
			}

			@Override
			public boolean isCancelled() {
				return abandoned.get() || progress.isCancelled();
			}

			@Override
			public void log(String line) {
			}
		};
	}

	/** Writes one format from the disk (atomically, by the writer); a cancelled write is a cancelled build. */
	private static Path convert(DiskImage disk, Path target, String name, FormatWriter writer, Progress progress) throws ImageBuildException {
		progress.phase(ImageText.bind(ImageText.ImageEngine_writing, name), -1);
		try {
			writer.write(disk, target);
			return target;
		} catch (CancellationException e) {
			throw new BuildCancelledException();
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_cannotWriteImage, name, target, e.getMessage()), e);
		}
	}

	/**
	 * Writes the OVA: the system disk as streamOptimized VMDK (the VMDK output's file when it was
	 * built), each data disk as an empty one, the descriptor (in the recipe's OVF dialect), manifest and, with a
	 * signer, certificate.
	 */
	private Path ova(BuildRecipe recipe, DiskImage disk, Path builtVmdk, Path outputDirectory, Path work, Progress progress)
			throws ImageBuildException, IOException {
		List<Path> disks = new ArrayList<>();
		disks.add(builtVmdk != null ? builtVmdk : systemVmdk(recipe, disk, work.resolve(fileName(recipe, "vmdk")), progress)); //$NON-NLS-1$
		List<Long> dataDisks = recipe.hardware().dataDisksMb();
		for (int i = 0; i < dataDisks.size(); i++) {
			DiskImage empty = new DiskImage("data-disk-" + (i + 2), dataDisks.get(i) << 20, List.of()); //$NON-NLS-1$
			disks.add(convert(empty, work.resolve(recipe.id() + "-" + recipe.version() + "-disk" + (i + 2) + ".vmdk"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					ImageText.bind(ImageText.ImageEngine_dataDisk, i + 2),
					(in, out) -> new StreamOptimizedVmdkWriter(vmdkOptions(recipe)).write(in, out, progress), progress));
		}
		List<OvfDescriptor.Disk> described = new ArrayList<>();
		List<OvaWriter.Member> members = new ArrayList<>();
		for (Path file : disks) {
			try (StreamOptimizedVmdkReader reader = StreamOptimizedVmdkReader.open(file)) {
				described.add(new OvfDescriptor.Disk(file.getFileName().toString(), Files.size(file), reader.capacity(), reader.allocatedBytes()));
			}
			members.add(new OvaWriter.Member(file.getFileName().toString(), file));
		}
		byte[] descriptor = new OvfEnvelopeWriter(recipe.ovfVersion()).write(OvfDescriptorMapper.map(recipe, described, eula(recipe)));
		Path target = outputDirectory.resolve(fileName(recipe, "ova")); //$NON-NLS-1$
		progress.phase(signer == null ? ImageText.ImageEngine_writingOva : ImageText.ImageEngine_writingSignedOva, -1);
		try {
			new OvaWriter(recipe.sourceDateEpoch()).write(target, fileName(recipe, "ovf"), descriptor, members, signer, progress); //$NON-NLS-1$
		} catch (CancellationException e) {
			throw new BuildCancelledException();
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_cannotWriteOva, target, e.getMessage()), e);
		}
		return target;
	}

	/**
	 * Writes the system disk as streamOptimized VMDK, taking the grains that did not change since the
	 * appliance's previous build from the grain cache instead of deflating them again.
	 */
	private Path systemVmdk(BuildRecipe recipe, DiskImage disk, Path target, Progress progress) throws ImageBuildException, IOException {
		try (GrainCache grains = GrainCache.open(cacheDirectory.resolve(BuildCache.Kind.GRAINS.folder()).resolve(recipe.id()))) {
			Path vmdk = convert(disk, target, "streamOptimized VMDK", (in, out) -> new StreamOptimizedVmdkWriter(vmdkOptions(recipe), //$NON-NLS-1$
					Runtime.getRuntime().availableProcessors(), grains).write(in, out, progress), progress);
			long reused = grains.reusedGrains();
			long total = reused + grains.compressedGrains();
			String share = String.format(Locale.ROOT, "%.1f", total == 0 ? 0.0 : 100.0 * reused / total); //$NON-NLS-1$
			String message = grains.isActive() ? ImageText.ImageEngine_grainsReused : ImageText.ImageEngine_grainsReusedCacheBusy;
			progress.log(ImageText.bind(message, reused, total, share));
			return vmdk;
		}
	}

	/** The licence the customer accepts: the manifest's text, else its licence file. */
	private static String eula(BuildRecipe recipe) throws ImageBuildException {
		BuildRecipe.Product product = recipe.product();
		if (product.licenseText() != null || product.licenseFile() == null) {
			return product.licenseText();
		}
		try {
			return Files.readString(product.licenseFile(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_cannotReadLicence, product.licenseFile(), e.getMessage()),
					e);
		}
	}

	/** The VMDK's adapter type follows the disk controller (VMware has no SATA adapter type; SATA disks say ide). */
	private static StreamOptimizedVmdkWriter.Options vmdkOptions(BuildRecipe recipe) {
		StreamOptimizedVmdkWriter.AdapterType adapter = switch (recipe.hardware().diskController()) {
			case SCSI -> StreamOptimizedVmdkWriter.AdapterType.LSILOGIC;
			case SATA, IDE -> StreamOptimizedVmdkWriter.AdapterType.IDE;
		};
		return new StreamOptimizedVmdkWriter.Options(adapter, StreamOptimizedVmdkWriter.Options.DEFAULT.virtualHwVersion());
	}

	@FunctionalInterface
	private interface FormatWriter {
		void write(DiskImage disk, Path target) throws IOException;
	}

	private static VagrantBoxWriter.Machine vagrantMachine(BuildRecipe recipe) {
		BuildRecipe.Hardware hardware = recipe.hardware();
		return new VagrantBoxWriter.Machine(recipe.id() + " " + recipe.version(), hardware.cpus(), hardware.memoryMb(), //$NON-NLS-1$
				!hardware.firmware().bios(), hardware.dataDisksMb());
	}

	private static String fileName(BuildRecipe recipe, String extension) {
		return recipe.id() + "-" + recipe.version() + "." + extension; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A UUID derived from the recipe's identity and a purpose, so that rebuilds give the same disk. */
	private static UUID uuid(BuildRecipe recipe, String purpose) {
		return UUID.nameUUIDFromBytes((recipe.id() + "/" + recipe.version() + "/" + purpose).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static BuildReport.Artifact artifact(OutputFormat format, Path file) throws IOException {
		return new BuildReport.Artifact(format, file, Files.size(file), Sha256.of(file));
	}

	private static long lap(Map<String, Duration> timings, String step, long start) {
		long now = System.nanoTime();
		timings.put(step, Duration.ofNanos(now - start));
		return now;
	}

	private static void checkCancelled(Progress progress) throws BuildCancelledException {
		if (progress.isCancelled()) {
			throw new BuildCancelledException();
		}
	}

	/** Creates {@code folder} and its missing parents, adding each one created to {@code created}, innermost first. */
	private static void createDirectories(Path folder, List<Path> created) throws IOException {
		List<Path> missing = new ArrayList<>();
		for (Path path = folder.toAbsolutePath(); path != null && !Files.exists(path); path = path.getParent()) {
			missing.add(path);
		}
		Files.createDirectories(folder);
		created.addAll(missing);
	}

	/**
	 * Removes the folders a failed or cancelled build created, innermost first, as long as they are empty: a
	 * folder that existed before the build, or that someone else wrote to meanwhile, is left alone.
	 */
	private static void deleteIfEmpty(List<Path> folders) {
		for (Path folder : folders) {
			try {
				Files.deleteIfExists(folder);
			} catch (IOException e) {
				return; // not empty (DirectoryNotEmptyException), or not ours to remove: its parents are not empty either
			}
		}
	}
}
