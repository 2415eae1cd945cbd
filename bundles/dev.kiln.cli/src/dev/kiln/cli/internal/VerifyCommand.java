package dev.kiln.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.ovf.OvaException;
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.ovf.OvaVerifier;
import dev.kiln.image.ovf.OvfManifest;
import dev.kiln.image.ovf.SignerTrust;

/**
 * {@code kiln verify <file.ova>}: checks any OVF package with {@link OvaReader} and {@link OvaVerifier}
 * (layout, sizes, manifest digests, signature) and judges its signer with {@link SignerTrust}. Standard
 * output lists the files with their digests, the signature and each problem; standard error gets
 * progress and a summary.
 */
final class VerifyCommand implements Command {

	static final String TRUST = "--trust"; //$NON-NLS-1$
	static final String REQUIRE_TRUSTED = "--require-trusted"; //$NON-NLS-1$
	static final String FINGERPRINT = "--fingerprint"; //$NON-NLS-1$

	@Override
	public String name() {
		return "verify"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return CliText.Verify_summary;
	}

	@Override
	public String help() {
		return CliText.Verify_help;
	}

	@Override
	public ExitCode run(List<String> arguments, Console console, Cancellation cancellation) throws UsageException {
		Arguments parsed = Arguments.parse(arguments, Set.of(TRUST, FINGERPRINT, RegistryArguments.REGISTRY), Set.of(REQUIRE_TRUSTED));
		String shown = parsed.single(CliText.Verify_what);
		SignerTrust trust = trust(parsed, console);
		if (parsed.option(RegistryArguments.REGISTRY) != null) {
			RegistryArguments registry = RegistryArguments.of(parsed, console, false);
			return ReleaseVerification.run(shown, registry.url(), registry.credentials(), trust, parsed.flag(REQUIRE_TRUSTED),
					parsed.option(FINGERPRINT), console);
		}
		Path file = console.path(shown);
		if (!Files.isRegularFile(file)) {
			throw new UsageException(NLS.bind(CliText.ProjectArgument_notFound, shown));
		}
		ConsoleProgress progress = new ConsoleProgress(console.err(), cancellation);
		try (OvaReader ova = OvaReader.open(file)) {
			progress.phase(NLS.bind(CliText.Verify_reading, shown), digestedBytes(ova));
			OvaVerifier.Verification verification = new OvaVerifier().verify(ova, progress);
			printFiles(ova, verification, console);
			SignerTrust.Verdict verdict = printSignature(ova, verification, trust, console);
			verification.problems().forEach(problem -> console.out().println("problem " + problem.getMessage())); //$NON-NLS-1$
			return summary(shown, verification, verdict, parsed.flag(REQUIRE_TRUSTED), console);
		} catch (OvaException e) {
			// the archive itself is unsafe or malformed: there is nothing to list
			console.out().println("problem " + e.getMessage()); //$NON-NLS-1$
			console.err().println(NLS.bind(CliText.Verify_broken, shown));
			return ExitCode.PROBLEMS;
		} catch (CancellationException e) {
			console.err().println(CliText.Verify_cancelled);
			return ExitCode.CANCELLED;
		} catch (IOException e) {
			console.err().println(NLS.bind(CliText.Verify_unreadable, shown, e.getMessage()));
			return ExitCode.FAILED;
		}
	}

	/** The bytes the verifier reads: those of the files the manifest has digests of, each once. */
	private static long digestedBytes(OvaReader ova) {
		return ova.manifest().map(manifest -> manifest.entries().stream().map(OvfManifest.Entry::fileName).distinct()
				.mapToLong(name -> ova.member(name).map(OvaReader.Member::size).orElse(0L)).sum()).orElse(0L);
	}

	private static SignerTrust trust(Arguments parsed, Console console) throws UsageException {
		String extra = parsed.option(TRUST);
		try {
			return SignerTrust.withDefaultAnchors(extra == null ? List.of() : List.of(console.path(extra)));
		} catch (IOException e) {
			throw new UsageException(NLS.bind(CliText.Verify_badTrust, extra, e.getMessage()));
		}
	}

	/** {@code file <status> <size> <digests> <name>} per member, in archive order. */
	private static void printFiles(OvaReader ova, OvaVerifier.Verification verification, Console console) {
		Map<String, OvaVerifier.FileCheck> checks = verification.files().stream()
				.collect(Collectors.toMap(OvaVerifier.FileCheck::member, Function.identity()));
		Set<String> unsigned = Set.of(ova.manifestName(), ova.certificateName());
		for (OvaReader.Member member : ova.members()) {
			OvaVerifier.FileCheck check = checks.get(member.name());
			String status;
			if (unsigned.contains(member.name())) {
				status = "-"; //$NON-NLS-1$
			} else if (!verification.hasManifest()) {
				status = "unchecked"; //$NON-NLS-1$
			} else if (check == null) {
				status = "unlisted"; //$NON-NLS-1$
			} else {
				status = check.matches() ? "ok" : "damaged"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			String digests = check == null ? "-" //$NON-NLS-1$
					: check.digests().stream().map(d -> d.algorithm().toLowerCase(Locale.ROOT) + ":" + d.actual()).collect(Collectors.joining(",")); //$NON-NLS-1$ //$NON-NLS-2$
			console.out().println("file " + status + " " + member.size() + " " + digests + " " + member.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	/** The {@code signature} line; the trust verdict when the signature verifies, else {@code null}. */
	private static SignerTrust.Verdict printSignature(OvaReader ova, OvaVerifier.Verification verification, SignerTrust trust,
			Console console) {
		if (ova.certificateBytes().isEmpty()) {
			console.out().println("signature none"); //$NON-NLS-1$
			return null;
		}
		X509Certificate signer = verification.signer();
		if (signer == null) {
			console.out().println("signature unreadable"); //$NON-NLS-1$
			return null;
		}
		String who = VendorIdentity.fingerprint(signer) + " " + signer.getSubjectX500Principal().getName(); //$NON-NLS-1$
		if (!verification.signatureVerified()) {
			console.out().println("signature invalid " + who); //$NON-NLS-1$
			return null;
		}
		SignerTrust.Verdict verdict = trust.evaluate(verification.chain(), Instant.now());
		console.out().println("signature valid " + verdict.status().name().toLowerCase(Locale.ROOT).replace('_', '-') + " " + who); //$NON-NLS-1$ //$NON-NLS-2$
		console.err().println(switch (verdict.status()) {
			case TRUSTED -> NLS.bind(CliText.Verify_trusted, signer.getSubjectX500Principal().getName());
			case SELF_SIGNED -> NLS.bind(CliText.Verify_selfSigned, signer.getSubjectX500Principal().getName(), VendorIdentity.fingerprint(signer));
			case UNTRUSTED -> NLS.bind(CliText.Verify_untrusted, signer.getSubjectX500Principal().getName(), verdict.reason());
		});
		return verdict;
	}

	private static ExitCode summary(String shown, OvaVerifier.Verification verification, SignerTrust.Verdict verdict, boolean requireTrusted,
			Console console) {
		if (!verification.valid()) {
			console.err().println(NLS.bind(CliText.Verify_problems, shown, Integer.toString(verification.problems().size())));
			return ExitCode.PROBLEMS;
		}
		if (!verification.hasManifest()) {
			console.err().println(NLS.bind(CliText.Verify_noManifest, shown));
		}
		if (requireTrusted && (verdict == null || verdict.status() != SignerTrust.Status.TRUSTED)) {
			console.err().println(NLS.bind(CliText.Verify_notTrusted, shown));
			return ExitCode.PROBLEMS;
		}
		console.err().println(NLS.bind(CliText.Verify_intact, shown, Integer.toString(verification.files().size())));
		return ExitCode.OK;
	}
}
