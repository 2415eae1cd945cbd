/** A client of the Debian archive: signed Release files, package indexes, package lookups. */
package dev.kiln.image.debian;
