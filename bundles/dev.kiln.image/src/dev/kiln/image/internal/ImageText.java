package dev.kiln.image.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user-visible texts of dev.kiln.image, from imagetext.properties, keyed {@code Class_message}.
 * Shaped like Eclipse's NLS classes (a field per text, {@link #bind}) but plain Java: the engine has no
 * Eclipse import and also runs on a plain class path (releng/bench).
 */
public final class ImageText {

	// Debian archive client (dev.kiln.image.debian)
	public static String AptSources_noMirror;
	public static String AptSources_malformed;
	public static String AptSources_unreadable;
	public static String AptSources_noSourcesFile;
	public static String AptSources_notOneLineStyle;
	public static String AptSources_incompleteSource;
	public static String AptSources_notUri;
	public static String ArchiveCache_cannotWrite;
	public static String BinaryPackage_aStanza;
	public static String BinaryPackage_noField;
	public static String CauseDescription_connectTimeout;
	public static String CauseDescription_answerTimeout;
	public static String CauseDescription_connectionRefused;
	public static String CauseDescription_unknownHost;
	public static String CauseDescription_unknownNamedHost;
	public static String CauseDescription_noSuchFile;
	public static String CauseDescription_permissionDenied;
	public static String ControlParagraphReader_continuationOutside;
	public static String ControlParagraphReader_notAField;
	public static String ControlParagraphReader_atLine;
	public static String DebianArchive_badName;
	public static String DebianArchive_noSuite;
	public static String DebianArchive_otherSuite;
	public static String DebianArchive_expired;
	public static String DebianArchive_noIndex;
	public static String DebianArchive_listedButMissing;
	public static String DebianArchive_sizeMismatch;
	public static String DebianArchive_hashMismatch;
	public static String DebianArchive_decompressedMismatch;
	public static String DebianArchive_cannotDecompress;
	public static String DebianArchive_changedInCache;
	public static String DebianArchive_malformedIndex;
	public static String DebianVersion_invalid;
	public static String DebianVersion_badEpoch;
	public static String InReleaseVerifier_notSigned;
	public static String InReleaseVerifier_malformed;
	public static String InReleaseVerifier_unknownKey;
	public static String InReleaseVerifier_keyUnknown;
	public static String InReleaseVerifier_keyRevoked;
	public static String InReleaseVerifier_keyExpired;
	public static String InReleaseVerifier_weakHash;
	public static String InReleaseVerifier_badSignature;
	public static String InReleaseVerifier_keyring;
	public static String InReleaseVerifier_textBefore;
	public static String InReleaseVerifier_unescapedDash;
	public static String InReleaseVerifier_notClosed;
	public static String InReleaseVerifier_textAfter;
	public static String InReleaseVerifier_notASignature;
	public static String MirrorClient_unreachable;
	public static String MirrorClient_interrupted;
	public static String MirrorClient_status;
	public static String PackageIndex_badStanza;
	public static String PackageRelation_unknownOperator;
	public static String PackageRelation_invalid;
	public static String PackageRelation_unclosed;
	public static String Release_noFields;
	public static String Release_noSuite;
	public static String Release_noDate;
	public static String Release_badDate;
	public static String Release_noSha256;
	public static String Release_badSha256Line;
	public static String Release_noSize;
	public static String Resolution_unsatisfied;

	// Image engine (dev.kiln.image)
	public static String BuildCancelledException_message;
	public static String ImageEngine_diskTooSmall;
	public static String ImageEngine_baseSystem;
	public static String ImageEngine_applicationLayer;
	public static String ImageEngine_rootFileSystem;
	public static String ImageEngine_bootPartition;
	public static String ImageEngine_cannotInstallGrub;
	public static String ImageEngine_disk;
	public static String ImageEngine_writing;
	public static String ImageEngine_compressedQcow2;
	public static String ImageEngine_dataDisk;
	public static String ImageEngine_writingOva;
	public static String ImageEngine_writingSignedOva;
	public static String ImageEngine_grainsReused;
	public static String ImageEngine_grainsReusedCacheBusy;
	public static String ImageEngine_keptWork;
	public static String ImageEngine_cannotWrite;
	public static String ImageEngine_cannotWriteImage;
	public static String ImageEngine_cannotWriteOva;
	public static String ImageEngine_cannotReadLicence;
	public static String ImageEngine_setMirror;
	public static String ImageEngine_archive;
	public static String ImageEngine_nothingBuilt;
	public static String UnknownPackagesException_one;
	public static String UnknownPackagesException_many;

	// Disk formats (dev.kiln.image.format)
	public static String DiskFormatException_message;
	public static String OrderedDeflater_interrupted;
	public static String OrderedDeflater_failed;
	public static String Qcow2Writer_clustersTooSmall;
	public static String Qcow2Writer_cancelled;
	public static String RawDiskReader_interrupted;
	public static String RawDiskReader_failed;
	public static String StreamOptimizedVmdkReader_shortFile;
	public static String StreamOptimizedVmdkReader_directoryPastEnd;
	public static String StreamOptimizedVmdkReader_tablePastEnd;
	public static String StreamOptimizedVmdkReader_cancelled;
	public static String StreamOptimizedVmdkReader_entryPastEnd;
	public static String StreamOptimizedVmdkReader_lbaMismatch;
	public static String StreamOptimizedVmdkReader_impossibleSize;
	public static String StreamOptimizedVmdkReader_endsInsideGrain;
	public static String StreamOptimizedVmdkReader_doesNotInflate;
	public static String StreamOptimizedVmdkReader_inflatesTo;
	public static String StreamOptimizedVmdkReader_inflatesUnfinished;
	public static String StreamOptimizedVmdkReader_badMagic;
	public static String StreamOptimizedVmdkReader_newlinesAltered;
	public static String StreamOptimizedVmdkReader_noEndOfStream;
	public static String StreamOptimizedVmdkReader_noFooter;
	public static String StreamOptimizedVmdkReader_footerWithoutDirectory;
	public static String StreamOptimizedVmdkReader_unknownVersion;
	public static String StreamOptimizedVmdkReader_unknownFlags;
	public static String StreamOptimizedVmdkReader_notStreamOptimized;
	public static String StreamOptimizedVmdkReader_unknownCompression;
	public static String StreamOptimizedVmdkReader_badGrainSize;
	public static String StreamOptimizedVmdkReader_badTableSize;
	public static String StreamOptimizedVmdkReader_badCapacity;
	public static String StreamOptimizedVmdkReader_descriptorPastEnd;
	public static String StreamOptimizedVmdkReader_endsInsideStructure;
	public static String StreamOptimizedVmdkWriter_badFileName;
	public static String StreamOptimizedVmdkWriter_tooLarge;
	public static String StreamOptimizedVmdkWriter_cancelled;
	public static String StreamOptimizedVmdkWriter_passes2TiB;
	public static String StreamOptimizedVmdkWriter_descriptorTooLong;

	// OVF packages (dev.kiln.image.ovf)
	public static String OvaException_packageMessage;
	public static String OvaException_memberMessage;
	public static String OvaReader_endsInFirstHeader;
	public static String OvaReader_endsInMember;
	public static String OvaReader_notTar;
	public static String OvaReader_duplicateMember;
	public static String OvaReader_truncatedMember;
	public static String OvaReader_descriptorNotFirst;
	public static String OvaReader_empty;
	public static String OvaReader_unclosed;
	public static String OvaReader_noHref;
	public static String OvaReader_isSymbolicLink;
	public static String OvaReader_doesNotExist;
	public static String OvaReader_isNotRegular;
	public static String OvaReader_absolutePath;
	public static String OvaReader_climbsOut;
	public static String OvaReader_badName;
	public static String OvaReader_symbolicLinkTo;
	public static String OvaReader_hardLinkTo;
	public static String OvaReader_directory;
	public static String OvaReader_characterDevice;
	public static String OvaReader_blockDevice;
	public static String OvaReader_fifo;
	public static String OvaReader_sparseFile;
	public static String OvaReader_notRegularFile;
	public static String OvaReader_regularFilesOnly;
	public static String OvaReader_noSuchMember;
	public static String OvaReader_metadataTooLarge;
	public static String OvaReader_folderNotEmpty;
	public static String OvaReader_outside;
	public static String OvaReader_cancelled;
	public static String OvaSigner_severalKeys;
	public static String OvaSigner_noSuchKey;
	public static String OvaSigner_noCertificate;
	public static String OvaSigner_unreadable;
	public static String OvaSigner_cannotLoad;
	public static String OvaSigner_cannotSign;
	public static String IdentityException_message;
	public static String VendorIdentity_noCertificate;
	public static String VendorIdentity_notTheKeys;
	public static String VendorIdentity_storedUnreadable;
	public static String VendorIdentity_cannotMakeKey;
	public static String VendorIdentity_cannotMakeCertificate;
	public static String VendorIdentity_unsupportedKey;
	public static String OvaVerifier_missingFile;
	public static String OvaVerifier_sizeMismatch;
	public static String OvaVerifier_notInManifest;
	public static String OvaVerifier_manifestedButMissing;
	public static String OvaVerifier_digestMismatch;
	public static String OvaVerifier_signedWithoutManifest;
	public static String OvaVerifier_signsOther;
	public static String OvaVerifier_badSignature;
	public static String OvaVerifier_cancelled;
	public static String OvaWriter_badMemberName;
	public static String OvaWriter_memberNameTooLong;
	public static String OvaWriter_changed;
	public static String OvaWriter_cancelled;
	public static String OvfCertificate_badFirstLine;
	public static String OvfCertificate_unreadable;
	public static String OvfCertificate_noCertificate;
	public static String OvfCertificate_cannotVerify;
	public static String OvfCertificate_unsupportedKey;
	public static String OvfCertificate_unsupportedDigest;
	public static String OvfEnvelopeReader_notWellFormed;
	public static String OvfEnvelopeReader_notEnvelope;
	public static String OvfEnvelopeWriter_scsiFull;
	public static String OvfEnvelopeWriter_sataFull;
	public static String OvfEnvelopeWriter_ideFull;
	public static String OvfEnvelopeWriter_ideFullWithCdRom;
	public static String OvfEnvelopeWriter_badFileName;
	public static String OvfEnvelopeWriter_badCharacter;
	public static String OvfManifest_badLine;
	public static String OvfManifest_badDigestLength;
	public static String SignerTrust_unreadable;
	public static String SignerTrust_noCertificate;
	public static String SignerTrust_noAnchors;

	// Build steps (dev.kiln.image.internal)
	public static String Accounts_gidTaken;
	public static String Accounts_uidTaken;
	public static String Accounts_noSuchGroup;
	public static String Accounts_unknownUser;
	public static String Accounts_unknownGroup;
	public static String Accounts_noFreeId;
	public static String ApplicationLayer_cannotWrite;
	public static String ApplicationLayer_noSuchFile;
	public static String ApplicationLayer_cannotReadFolder;
	public static String ApplicationLayer_noUnit;
	public static String ApplicationLayer_cannotRead;
	public static String ApplicationLayer_noResource;
	public static String ApplicationLayer_cannotReadResource;
	public static String BaseLayerCache_reusing;
	public static String BaseLayerCache_building;
	public static String BaseLayerCache_cannotWrite;
	public static String BaseLayerIndex_cannotRead;
	public static String BaseLayerIndex_noKernel;
	public static String BaseLayerIndex_noBootFile;
	public static String DiskAssembler_doesNotFit;
	public static String DiskAssembler_cannotWrite;
	public static String EspImage_formatting;
	public static String EspImage_filling;
	public static String EspImage_cannotMake;
	public static String RootFileSystem_making;
	public static String RootFileSystem_cannotPrepare;
	public static String RootFileSystem_diskTooSmall;
	public static String ToolRunner_cannotStart;
	public static String ToolRunner_failed;
	public static String ToolRunner_failedWithOutput;

	static {
		ResourceBundle bundle = ResourceBundle.getBundle(ImageText.class.getPackageName() + ".imagetext", Locale.ROOT, //$NON-NLS-1$
				ImageText.class.getClassLoader());
		try {
			for (Field field : ImageText.class.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					field.set(null, bundle.getString(field.getName()));
				}
			}
		} catch (IllegalAccessException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	private ImageText() {
	}

	/**
	 * {@code message} with its {0}, {1}… replaced by the arguments as text, as NLS.bind does (a literal
	 * quote is written ''); a size of 9679304 stays "9679304", not MessageFormat's "9,679,304".
	 */
	public static String bind(String message, Object... arguments) {
		Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
		return new MessageFormat(message, Locale.ROOT).format(texts);
	}
}
