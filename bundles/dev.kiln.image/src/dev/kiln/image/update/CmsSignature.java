package dev.kiln.image.update;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.internal.ImageText;

/**
 * CMS SignedData (RFC 5652) made by a {@link VendorIdentity}, as OpenSSL's {@code CMS_sign} with
 * {@code CMS_BINARY} reads it: one signer identified by issuer and serial number, the signer's chain in
 * {@code certificates}, signed attributes content type, message digest and a signing time that is the
 * caller's (SOURCE_DATE_EPOCH), not the clock's. The identity's signatures are deterministic, so the same
 * content and time give the same DER. Only RSA and EC identities sign: the guest's OpenSSL cannot verify an
 * Ed25519 CMS signature.
 */
final class CmsSignature {

	private CmsSignature() {
	}

	/**
	 * Signs {@code content}; {@code attached} puts it into the SignedData (a verity bundle's manifest),
	 * otherwise the signature is detached (the update index).
	 */
	static byte[] sign(VendorIdentity identity, byte[] content, boolean attached, Instant signingTime) throws GeneralSecurityException {
		if (!identity.signatureAlgorithm().startsWith("SHA256with")) { //$NON-NLS-1$
			// OpenSSL 3.0 has no Ed25519 in CMS ("no default digest" when signing, "invalid digest" when verifying)
			throw new GeneralSecurityException(ImageText.bind(ImageText.CmsSignature_unverifiableAlgorithm, identity.signatureAlgorithm()));
		}
		try {
			AttributeTable attributes = new AttributeTable(
					new Attribute(CMSAttributes.signingTime, new DERSet(new Time(Date.from(signingTime)))));
			CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
					.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(attributes))
					.build(new IdentitySigner(identity), identity.certificate()));
			generator.addCertificates(new JcaCertStore(identity.chain()));
			return generator.generate(new CMSProcessableByteArray(content), attached).getEncoded("DER"); //$NON-NLS-1$
		} catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
			throw new GeneralSecurityException(e.getMessage(), e);
		} catch (RuntimeOperatorException e) {
			throw e.getCause() instanceof GeneralSecurityException cause ? cause : new GeneralSecurityException(e.getMessage(), e);
		}
	}

	/** BouncyCastle's view of the identity: it collects the bytes to sign and lets the identity sign them. */
	private static final class IdentitySigner implements ContentSigner {

		private final VendorIdentity identity;
		private final AlgorithmIdentifier algorithm;
		private final ByteArrayOutputStream signedBytes = new ByteArrayOutputStream();

		IdentitySigner(VendorIdentity identity) {
			this.identity = identity;
			this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(identity.signatureAlgorithm());
		}

		@Override
		public AlgorithmIdentifier getAlgorithmIdentifier() {
			return algorithm;
		}

		@Override
		public OutputStream getOutputStream() {
			return signedBytes;
		}

		@Override
		public byte[] getSignature() {
			try {
				return identity.sign(signedBytes.toByteArray());
			} catch (GeneralSecurityException e) {
				throw new RuntimeOperatorException(e.getMessage(), e);
			}
		}
	}
}
