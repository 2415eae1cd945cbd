package dev.kiln.core;

import dev.kiln.core.internal.CoreText;

/** The starting points offered by File → New → Appliance Project. */
public enum ApplianceTemplate {

	MINIMAL_SERVICE("minimal-service", CoreText.ApplianceTemplate_minimalLabel, CoreText.ApplianceTemplate_minimalDescription), //$NON-NLS-1$
	WEB_NGINX("web-nginx", CoreText.ApplianceTemplate_webLabel, CoreText.ApplianceTemplate_webDescription), //$NON-NLS-1$
	DATABASE_POSTGRESQL("database-postgresql", CoreText.ApplianceTemplate_databaseLabel, CoreText.ApplianceTemplate_databaseDescription); //$NON-NLS-1$

	private final String folder;
	private final String label;
	private final String description;

	ApplianceTemplate(String folder, String label, String description) {
		this.folder = folder;
		this.label = label;
		this.description = description;
	}

	/** The template's folder under {@code templates/} in this bundle. */
	public String folder() {
		return folder;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}
}
