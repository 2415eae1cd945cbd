/**
 * OVF and OVA, written and read by Kiln itself (DMTF DSP0243, "Open Virtualization Format
 * Specification", 1.1 and 2.1, see {@link dev.kiln.image.ovf.OvfVersion}): the descriptor
 * ({@link dev.kiln.image.ovf.OvfEnvelopeWriter},
 * {@link dev.kiln.image.ovf.OvfEnvelopeReader}), the OVA archive with its SHA-256 manifest
 * ({@link dev.kiln.image.ovf.OvaWriter}), its signature ({@link dev.kiln.image.ovf.OvaSigner}), and the
 * safe reading and verification of any package ({@link dev.kiln.image.ovf.OvaReader},
 * {@link dev.kiln.image.ovf.OvaVerifier}).
 */
package dev.kiln.image.ovf;
