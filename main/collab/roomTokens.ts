import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random room id: 128 bits, URL-safe (it names the room's document and appears in invites). */
export function newRoomId(): string {
  return randomBytes(16).toString('base64url');
}

/** A new random invite token: 256 bits, URL-safe. Only its hash is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The hash a token is stored and looked up under (SHA-256, hex). Tokens are 256 random bits, so
 * a plain hash is enough: nothing is left to guess that a salt would protect.
 */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Whether two secrets are equal, in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}
