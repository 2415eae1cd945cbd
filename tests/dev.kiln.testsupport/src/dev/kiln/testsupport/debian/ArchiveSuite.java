package dev.kiln.testsupport.debian;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a suite of a {@link TestDebianArchive} holds: its Release fields and its packages (main, amd64). With
 * no packages it is an empty suite, as a security pocket is before its first update.
 */
public final class ArchiveSuite {

	private final String suite;
	private final Instant date;
	private String codename;
	private String origin = "Kiln tests";
	private String label = "Kiln tests";
	private Instant validUntil;
	private final List<DebPackage> packages = new ArrayList<>();
	private final StringBuilder stanzas = new StringBuilder();

	private ArchiveSuite(String suite, Instant date) {
		this.suite = Objects.requireNonNull(suite);
		this.date = Objects.requireNonNull(date);
		this.codename = suite;
	}

	/** A suite named {@code suite} (also its Codename unless {@link #codename} says otherwise) whose Release is dated {@code date}. */
	public static ArchiveSuite named(String suite, Instant date) {
		return new ArchiveSuite(suite, date);
	}

	/** The Release's Codename, e.g. {@code trixie-security} for the suite {@code stable-security}. */
	public ArchiveSuite codename(String newCodename) {
		this.codename = newCodename;
		return this;
	}

	/** The Release's Origin ("Kiln tests" unless set). */
	public ArchiveSuite origin(String newOrigin) {
		this.origin = newOrigin;
		return this;
	}

	/** The Release's Label ("Kiln tests" unless set). */
	public ArchiveSuite label(String newLabel) {
		this.label = newLabel;
		return this;
	}

	/** The Release's Valid-Until; none unless set. */
	public ArchiveSuite validUntil(Instant newValidUntil) {
		this.validUntil = newValidUntil;
		return this;
	}

	/** Packages whose files go into the pool, each listed with its control fields, Filename, Size and SHA256. */
	public ArchiveSuite with(DebPackage... debs) {
		packages.addAll(List.of(debs));
		return this;
	}

	/** Stanzas written into the Packages index as they are, for packages that need no file (index tests). */
	public ArchiveSuite withStanzas(String packagesText) {
		if (!stanzas.isEmpty() && !packagesText.isEmpty()) {
			stanzas.append('\n');
		}
		stanzas.append(packagesText);
		return this;
	}

	/** The suite's name. */
	public String suite() {
		return suite;
	}

	String codename() {
		return codename;
	}

	String origin() {
		return origin;
	}

	String label() {
		return label;
	}

	Instant date() {
		return date;
	}

	Instant validUntil() {
		return validUntil;
	}

	List<DebPackage> packages() {
		return List.copyOf(packages);
	}

	String stanzas() {
		return stanzas.toString();
	}
}
