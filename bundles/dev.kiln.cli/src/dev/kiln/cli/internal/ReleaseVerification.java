package dev.kiln.cli.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import dev.kiln.image.ovf.SignerTrust;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.ReleaseSignature;

/**
 * {@code kiln verify --registry URL <repository>:<version>}: checks a published release as a customer
 * would before deploying it — that it is a Kiln release, and that a vendor signature of its manifest
 * digest verifies with the certificate it carries — and names the signer; the signer must be trusted
 * ({@code --trust}, {@code --require-trusted}) or have the fingerprint the vendor publishes
 * ({@code --fingerprint}) when asked.
 */
final class ReleaseVerification {

	/** A release reference: {@code repository:tag} or {@code repository@sha256:…}. */
	record Reference(String repository, String version) {

		/** Parses {@code shown}, dropping a leading {@code host[:port]/} equal to {@code registry}'s. */
		static Reference parse(String shown, URI registry) throws UsageException {
			String text = shown;
			String host = registry.getAuthority() + "/"; //$NON-NLS-1$
			if (text.startsWith(host)) {
				text = text.substring(host.length());
			}
			int at = text.indexOf('@');
			int colon = text.lastIndexOf(':');
			if (at > 0) {
				return new Reference(text.substring(0, at), text.substring(at + 1));
			}
			if (colon > 0 && colon > text.lastIndexOf('/')) {
				return new Reference(text.substring(0, colon), text.substring(colon + 1));
			}
			throw new UsageException(NLS.bind(CliText.Verify_badReference, shown));
		}
	}

	private ReleaseVerification() {
	}

	static ExitCode run(String shown, URI registry, Credentials credentials, SignerTrust trust, boolean requireTrusted, String fingerprint,
			Console console) throws UsageException {
		Reference reference = Reference.parse(shown, registry);
		try {
			Marketplace marketplace = Marketplaces.connect(new MarketplaceTarget("kiln", MarketplaceTarget.OCI, registry, ""), credentials); //$NON-NLS-1$ //$NON-NLS-2$
			PublishedRelease release = marketplace.release(reference.repository(), reference.version());
			console.out().println("release " + registry.getAuthority() + "/" + release.appliance() + "@" + release.digest() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ release.listing().version());
			release.files().forEach(file -> console.out().println("file " + file.size() + " " + file.digest() + " " + file.name())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List<ReleaseSignature> signatures = marketplace.signatures(release);
			if (signatures.isEmpty()) {
				console.out().println("signature none"); //$NON-NLS-1$
				console.err().println(NLS.bind(CliText.Verify_releaseUnsigned, shown));
				return ExitCode.PROBLEMS;
			}
			boolean accepted = false;
			for (ReleaseSignature signature : signatures) {
				accepted |= judge(signature, release, trust, requireTrusted, fingerprint, console);
			}
			if (!accepted) {
				console.err().println(NLS.bind(CliText.Verify_releaseRejected, shown));
				return ExitCode.PROBLEMS;
			}
			console.err().println(NLS.bind(CliText.Verify_releaseIntact, shown));
			return ExitCode.OK;
		} catch (PublishException e) {
			console.err().println("kiln verify: " + e.getMessage()); //$NON-NLS-1$
			return switch (e.kind()) {
				case NOT_FOUND, PROTOCOL, DIGEST_MISMATCH -> ExitCode.PROBLEMS;
				default -> ExitCode.FAILED;
			};
		}
	}

	/** Prints the signature's line and whether it is accepted: valid, and trusted or pinned when asked. */
	private static boolean judge(ReleaseSignature signature, PublishedRelease release, SignerTrust trust, boolean requireTrusted,
			String fingerprint, Console console) {
		if (signature.signer() == null) {
			console.out().println("signature unreadable"); //$NON-NLS-1$
			return false;
		}
		String who = signature.fingerprint() + " " + signature.subject(); //$NON-NLS-1$
		if (!signature.verifies(release.digest())) {
			console.out().println("signature invalid " + who); //$NON-NLS-1$
			console.err().println(NLS.bind(CliText.Verify_releaseSignatureInvalid, signature.subject(), signature.fingerprint()));
			return false;
		}
		SignerTrust.Verdict verdict = trust.evaluate(signature.chain(), Instant.now());
		console.out().println("signature valid " + verdict.status().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + who); //$NON-NLS-1$ //$NON-NLS-2$
		if (fingerprint != null && !fingerprint.equalsIgnoreCase(signature.fingerprint())
				&& !("sha256:" + fingerprint).equalsIgnoreCase(signature.fingerprint())) { //$NON-NLS-1$
			console.err().println(NLS.bind(CliText.Verify_otherSigner, new Object[] { signature.subject(), signature.fingerprint(), fingerprint }));
			return false;
		}
		if (requireTrusted && verdict.status() != SignerTrust.Status.TRUSTED) {
			console.err().println(NLS.bind(CliText.Verify_signerNotTrusted, signature.subject(), signature.fingerprint()));
			return false;
		}
		console.err().println(switch (verdict.status()) {
			case TRUSTED -> NLS.bind(CliText.Verify_trusted, signature.subject());
			case SELF_SIGNED -> NLS.bind(CliText.Verify_selfSigned, signature.subject(), signature.fingerprint());
			case UNTRUSTED -> NLS.bind(CliText.Verify_untrusted, signature.subject(), verdict.reason());
		});
		return true;
	}
}
