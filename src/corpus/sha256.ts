/**
 * SHA-256 of an article's bytes, recorded in its metadata. Synchronous in Node and in the browser alike, which
 * neither `node:crypto` (Node only) nor `crypto.subtle.digest` (asynchronous) is: `@noble/hashes`, audited and
 * dependency-free, does the hashing.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

/** The SHA-256 digest of `bytes` as 64 lowercase hexadecimal digits. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
