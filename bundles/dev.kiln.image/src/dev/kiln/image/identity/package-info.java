/**
 * The vendor's signing identity ({@link dev.kiln.image.identity.VendorIdentity}): one key and X.509
 * certificate that signs the OVA, the release and the update index.
 */
package dev.kiln.image.identity;
