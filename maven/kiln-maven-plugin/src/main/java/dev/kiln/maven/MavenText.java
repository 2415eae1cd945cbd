package dev.kiln.maven;

import dev.kiln.image.text.Texts;

/** The Maven plug-in's texts, from maventext.properties, keyed {@code Class_message} (see {@link Texts}). */
public final class MavenText extends Texts {

	public static String Audit_notBuilt;
	public static String Audit_failed;
	public static String Mojo_notAnAppliance;
	public static String Build_badSigningKey;
	public static String Build_baseBuilt;
	public static String Build_baseCached;
	public static String Build_dependency;
	public static String Build_dependencyNotPackaged;
	public static String Build_done;
	public static String Build_failed;
	public static String Build_image;
	public static String Build_starting;
	public static String Mojo_badEpoch;
	public static String Mojo_badCacheMax;
	public static String Mojo_cannotWrite;
	public static String Mojo_manifestErrors;
	public static String Mojo_noManifest;
	public static String Mojo_skipped;
	public static String Publish_badRegistry;
	public static String Publish_badServer;
	public static String Publish_done;
	public static String Publish_failed;
	public static String Publish_listingRejected;
	public static String Publish_noPassword;
	public static String Publish_noRegistry;
	public static String Publish_notBuilt;
	public static String Publish_offline;
	public static String Publish_starting;
	public static String Publish_unsigned;
	public static String Validate_done;
	public static String Verify_badSums;
	public static String Verify_changed;
	public static String Verify_done;
	public static String Verify_notBuilt;
	public static String Verify_ovaProblems;
	public static String Verify_ovaSigned;
	public static String Verify_ovaUnsigned;
	public static String Verify_unreadable;

	static {
		initializeTexts("dev.kiln.maven.maventext", MavenText.class); //$NON-NLS-1$
	}

	private MavenText() {
	}
}
