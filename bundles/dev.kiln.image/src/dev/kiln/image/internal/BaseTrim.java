package dev.kiln.image.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.image.BuildRecipe.Trim;

/**
 * What a base system leaves out (the manifest's {@code <trim>}), the Debian way: dpkg path filters, which
 * mmdebstrap installs with the first package and keeps in {@code /etc/dpkg/dpkg.cfg.d/99mmdebstrap}, so a
 * kernel update or a package the vendor installs later in the guest is trimmed the same way; and
 * mmdebstrap's cleanup of apt's lists and caches, with apt told not to keep its binary caches afterwards.
 * Udev's hwdb.bin needs no hook: udev compiles it from the databases dpkg installed.
 */
final class BaseTrim {

	/** The kernel modules kept when modules are trimmed: one dpkg glob a line, relative to the kernel's folder. */
	static final String MODULES_RESOURCE = "virtual-hardware-modules.txt"; //$NON-NLS-1$
	/** apt's settings when caches are trimmed: no package cache files, which {@code apt} rebuilds when it needs them. */
	static final String APT_CONF = "/etc/apt/apt.conf.d/50kiln-trim"; //$NON-NLS-1$

	private final Trim trim;

	BaseTrim(Trim trim) {
		this.trim = trim;
	}

	/** The dpkg configuration lines, with a comment a category; empty when nothing is trimmed by path. */
	String dpkgFilters() {
		StringBuilder text = new StringBuilder();
		if (trim.documentation()) {
			text.append("# Kiln <trim documentation>: no documentation but the copyright files\n"); //$NON-NLS-1$
			for (String exclude : List.of("/usr/share/doc/*", "/usr/share/man/*", "/usr/share/info/*", "/usr/share/lintian/*")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				text.append("path-exclude=").append(exclude).append('\n'); //$NON-NLS-1$
			}
			text.append("path-include=/usr/share/doc/*/copyright\n"); //$NON-NLS-1$
		}
		if (trim.locales()) {
			text.append("# Kiln <trim locales>: programs speak English (C.UTF-8)\n"); //$NON-NLS-1$
			text.append("path-exclude=/usr/share/locale/*\npath-include=/usr/share/locale/locale.alias\n"); //$NON-NLS-1$
		}
		if (trim.characterSets()) {
			text.append("# Kiln <trim characterSets>: glibc converts Unicode, ASCII (built in), ISO 8859 and Latin code pages\n"); //$NON-NLS-1$
			text.append("path-exclude=/usr/lib/*/gconv/*.so\n"); //$NON-NLS-1$
			for (String kept : List.of("ISO8859-*", "CP125?", "IBM437", "IBM850", "UTF-*", "UNICODE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				text.append("path-include=/usr/lib/*/gconv/").append(kept).append(".so\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		if (trim.hardwareDatabase()) {
			text.append("# Kiln <trim hardwareDatabase>: no vendor and model names in udev's hwdb\n"); //$NON-NLS-1$
			text.append("path-exclude=/usr/lib/udev/hwdb.d/20-OUI.hwdb\npath-exclude=/usr/lib/udev/hwdb.d/20-*-vendor*.hwdb\n"); //$NON-NLS-1$
		}
		if (trim.bootImages()) {
			text.append("# Kiln <trim bootImages>: no boot loader files that no disk boots from\n"); //$NON-NLS-1$
			for (String exclude : List.of("/usr/lib/grub/*-efi/monolithic/*", "/usr/lib/grub/*-efi-signed/gcd*", //$NON-NLS-1$ //$NON-NLS-2$
					"/usr/lib/grub/*-efi-signed/grubnet*", "/usr/lib/shim/*.efi", "/usr/share/grub/unicode.pf2")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				text.append("path-exclude=").append(exclude).append('\n'); //$NON-NLS-1$
			}
		}
		if (trim.kernelModules()) {
			text.append("# Kiln <trim kernelModules>: the drivers of virtual hardware only\n"); //$NON-NLS-1$
			text.append("path-exclude=/usr/lib/modules/*/kernel/*\n"); //$NON-NLS-1$
			for (String module : keptModules()) {
				text.append("path-include=/usr/lib/modules/*/kernel/").append(module).append('\n'); //$NON-NLS-1$
			}
		}
		return text.toString();
	}

	/** mmdebstrap's options for what dpkg's filters cannot do; the filters themselves are passed as a file. */
	List<String> mmdebstrapOptions() {
		List<String> options = new ArrayList<>();
		if (trim.documentation()) {
			// the man page folders stay, empty: update-alternatives links a program's man page there (the JREs'
			// java.1.gz, for one) and fails the package's installation when the folder is missing
			options.add("--setup-hook=mkdir -p \"$1\"/usr/share/man/man1 \"$1\"/usr/share/man/man5 \"$1\"/usr/share/man/man7 \"$1\"/usr/share/man/man8"); //$NON-NLS-1$
		}
		if (trim.packageCaches()) {
			// the caches go now: with no file names configured, mmdebstrap's "apt-get clean" cannot find them
			options.add("--customize-hook=rm -f \"$1\"/var/cache/apt/*.bin && printf 'Dir::Cache::pkgcache \"\";\\n" //$NON-NLS-1$
					+ "Dir::Cache::srcpkgcache \"\";\\n' > \"$1" + APT_CONF + "\""); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			options.add("--skip=cleanup/apt"); //$NON-NLS-1$
		}
		return options;
	}

	/** What the base cache's key records of the trimming: the switches, the filters' text and mmdebstrap's options. */
	String key() {
		return trim + "\n" + dpkgFilters() + String.join("\n", mmdebstrapOptions()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The module globs of {@link #MODULES_RESOURCE}, without comments and blank lines. */
	static List<String> keptModules() {
		try (InputStream in = BaseTrim.class.getResourceAsStream(MODULES_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(MODULES_RESOURCE);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("#")).toList(); //$NON-NLS-1$
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
