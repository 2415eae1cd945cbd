/**
 * Update payloads for deployed appliances: signed RAUC bundles of a new root file system
 * ({@link dev.kiln.image.update.RaucBundleWriter}) and the signed per-channel index the guest reads
 * before it downloads one ({@link dev.kiln.image.update.UpdateIndex}). Both are reproducible: the same
 * inputs and SOURCE_DATE_EPOCH give the same bytes.
 * <p>
 * The guest trusts them through the vendor identity's self-signed certificate alone: RAUC's
 * {@code [keyring] path=} names it, and {@code check-purpose} stays unset (OpenSSL's S/MIME signing
 * default accepts the certificate; {@code codesign} would want an extended key usage it does not have),
 * as does {@code use-bundle-signing-time} (SOURCE_DATE_EPOCH may precede the certificate).
 */
package dev.kiln.image.update;
