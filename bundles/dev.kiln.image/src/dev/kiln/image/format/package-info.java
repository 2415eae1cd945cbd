/** Disk image formats written (and read back) by Kiln itself: raw, qcow2, streamOptimized VMDK. */
package dev.kiln.image.format;
