/**
 * Update payloads for deployed appliances: signed RAUC bundles of a new root file system
 * ({@link dev.kiln.image.update.RaucBundleWriter}) and the signed per-channel index the guest reads
 * before it downloads one ({@link dev.kiln.image.update.UpdateIndex}). Both are reproducible: the same
 * inputs and SOURCE_DATE_EPOCH give the same bytes.
 */
package dev.kiln.image.update;
