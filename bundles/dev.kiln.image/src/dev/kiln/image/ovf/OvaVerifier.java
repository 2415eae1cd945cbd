package dev.kiln.image.ovf;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import dev.kiln.image.Progress;
import dev.kiln.image.internal.ImageText;
import dev.kiln.image.ovf.OvaException.Reason;

/**
 * Verifies an OVF package opened by {@link OvaReader}, Kiln's or a third party's, against DMTF
 * DSP0243 clause 5: every file the descriptor references is there with its {@code ovf:size}; every
 * member but the manifest and certificate is covered by the manifest; every digest of the manifest
 * (SHA1, SHA256 or SHA512 lines) matches, each file being read once whatever the number of lines; and
 * the certificate's signature over the manifest verifies with its certificate's key.
 * <p>
 * Whether the signer's certificate is one to trust is the caller's decision (a trust store, a
 * fingerprint pinned by the customer): the verification returns the chain, and {@link SignerTrust}
 * judges it against trust anchors. A package without a manifest
 * verifies (DSP0243 makes the manifest optional) but says so.
 */
public final class OvaVerifier {

	private static final int BUFFER_SIZE = 1 << 20;

	/**
	 * One digest of a file: the algorithm of a manifest line, the digest the line gives and the one
	 * computed from the file, both in lower-case hex.
	 */
	public record Digest(String algorithm, String expected, String actual) {

		/** Whether the file has the digest the manifest gives. */
		public boolean matches() {
			return expected.equals(actual);
		}
	}

	/** The check of one file against the manifest's line(s) for it, in manifest order. */
	public record FileCheck(String member, List<Digest> digests) {

		/** Copies the list. */
		public FileCheck {
			digests = List.copyOf(digests);
		}

		/** The algorithms of the manifest's lines for the file, e.g. SHA1 and SHA256. */
		public List<String> algorithms() {
			return digests.stream().map(Digest::algorithm).toList();
		}

		/** Whether every digest matches. */
		public boolean matches() {
			return digests.stream().allMatch(Digest::matches);
		}
	}

	/**
	 * The outcome.
	 *
	 * @param hasManifest  whether the package has a manifest
	 * @param files        the digest checks, in manifest order
	 * @param chain        the certificates of the certificate file, signer first, when the package is signed
	 *                     (and the file readable); else empty. Whether to trust them: {@link SignerTrust}
	 * @param problems     what failed, each naming its member; empty when the package verifies
	 */
	public record Verification(String packageName, boolean hasManifest, List<FileCheck> files, List<X509Certificate> chain,
			List<OvaException> problems) {

		/** Copies the lists. */
		public Verification {
			files = List.copyOf(files);
			chain = List.copyOf(chain);
			problems = List.copyOf(problems);
		}

		/** The signer's certificate when the package is signed (and the file readable), else {@code null}. */
		public X509Certificate signer() {
			return chain.isEmpty() ? null : chain.get(0);
		}

		/** Whether nothing failed. */
		public boolean valid() {
			return problems.isEmpty();
		}

		/** Whether the package is signed and its signature verified. */
		public boolean signatureVerified() {
			return signer() != null && problems.stream().noneMatch(p -> p.reason() == Reason.SIGNATURE_INVALID
					|| p.reason() == Reason.BAD_CERTIFICATE);
		}

		/** Throws the first problem, if any. */
		public Verification requireValid() throws OvaException {
			if (!problems.isEmpty()) {
				throw problems.get(0);
			}
			return this;
		}
	}

	/**
	 * Verifies {@code ova}, reporting the bytes read to {@code progress}.
	 *
	 * @throws IOException           if a member cannot be read at all
	 * @throws CancellationException if {@code progress} was cancelled
	 */
	public Verification verify(OvaReader ova, Progress progress) throws IOException {
		String pkg = ova.packageName();
		List<OvaException> problems = new ArrayList<>();
		for (OvfEnvelope.FileReference reference : ova.descriptor().files()) {
			var member = ova.member(reference.href());
			if (member.isEmpty()) {
				problems.add(new OvaException(pkg, reference.href(), Reason.MISSING_FILE,
						ImageText.bind(ImageText.OvaVerifier_missingFile, reference.id())));
			} else if (reference.size() >= 0 && reference.size() != member.get().size()) {
				problems.add(new OvaException(pkg, reference.href(), Reason.SIZE_MISMATCH,
						ImageText.bind(ImageText.OvaVerifier_sizeMismatch, member.get().size(), reference.size())));
			}
		}
		List<FileCheck> checks = new ArrayList<>();
		OvfManifest manifest = ova.manifest().orElse(null);
		if (manifest != null) {
			Set<String> unsigned = Set.of(ova.manifestName(), ova.certificateName());
			for (OvaReader.Member member : ova.members()) {
				if (!unsigned.contains(member.name()) && manifest.entriesFor(member.name()).isEmpty()) {
					problems.add(new OvaException(pkg, member.name(), Reason.NOT_IN_MANIFEST,
							ImageText.bind(ImageText.OvaVerifier_notInManifest, ova.manifestName())));
				}
			}
			Map<String, List<OvfManifest.Entry>> byFile = new LinkedHashMap<>();
			for (OvfManifest.Entry entry : manifest.entries()) {
				byFile.computeIfAbsent(entry.fileName(), f -> new ArrayList<>()).add(entry);
			}
			for (Map.Entry<String, List<OvfManifest.Entry>> file : byFile.entrySet()) {
				if (ova.member(file.getKey()).isEmpty()) {
					problems.add(new OvaException(pkg, file.getKey(), Reason.MISSING_FILE,
							ImageText.bind(ImageText.OvaVerifier_manifestedButMissing, ova.manifestName())));
					continue;
				}
				FileCheck check = check(ova, file.getKey(), file.getValue(), progress);
				checks.add(check);
				for (Digest digest : check.digests()) {
					if (!digest.matches()) {
						problems.add(new OvaException(pkg, file.getKey(), Reason.DIGEST_MISMATCH,
								ImageText.bind(ImageText.OvaVerifier_digestMismatch, digest.algorithm(), digest.actual(),
										ova.manifestName(), digest.expected())));
					}
				}
			}
		}
		List<X509Certificate> chain = List.of();
		byte[] certificate = ova.certificateBytes().orElse(null);
		if (certificate != null) {
			try {
				OvfCertificate cert = OvfCertificate.parse(certificate, pkg, ova.certificateName());
				chain = cert.chain();
				byte[] manifestBytes = ova.manifestBytes().orElse(null);
				if (manifestBytes == null) {
					problems.add(new OvaException(pkg, ova.certificateName(), Reason.BAD_CERTIFICATE,
							ImageText.bind(ImageText.OvaVerifier_signedWithoutManifest, ova.manifestName())));
				} else if (!cert.manifestName().equals(ova.manifestName())) {
					problems.add(new OvaException(pkg, ova.certificateName(), Reason.BAD_CERTIFICATE,
							ImageText.bind(ImageText.OvaVerifier_signsOther, cert.manifestName(), ova.manifestName())));
				} else if (!cert.verifies(manifestBytes, pkg, ova.certificateName())) {
					problems.add(new OvaException(pkg, ova.certificateName(), Reason.SIGNATURE_INVALID,
							ImageText.bind(ImageText.OvaVerifier_badSignature, ova.manifestName(),
							cert.signer().getSubjectX500Principal().getName())));
				}
			} catch (OvaException e) {
				problems.add(e);
			}
		}
		return new Verification(pkg, manifest != null, checks, chain, problems);
	}

	/** Reads a member once, computing every digest the manifest has for it. */
	private static FileCheck check(OvaReader ova, String name, List<OvfManifest.Entry> entries, Progress progress) throws IOException {
		List<MessageDigest> digests = new ArrayList<>();
		for (OvfManifest.Entry entry : entries) {
			digests.add(OvfManifest.digest(entry.algorithm(), ova.packageName(), ova.manifestName()));
		}
		byte[] buffer = new byte[BUFFER_SIZE];
		try (InputStream in = ova.open(name)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				if (progress.isCancelled()) {
					throw new CancellationException(ImageText.bind(ImageText.OvaVerifier_cancelled, ova.packageName()));
				}
				for (MessageDigest digest : digests) {
					digest.update(buffer, 0, n);
				}
				progress.worked(n);
			}
		}
		List<Digest> results = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			results.add(new Digest(entries.get(i).algorithm(), entries.get(i).digest(), HexFormat.of().formatHex(digests.get(i).digest())));
		}
		return new FileCheck(name, results);
	}
}
