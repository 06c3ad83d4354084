import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Random URL-safe text of `bytes` random bytes that never starts with `-`: room ids and tokens are
 * typed after options on a command line (`--token T`, `room show URL ROOM`), where a leading dash
 * reads as an option. A draw that starts with one is drawn again (one in 64), so what remains is
 * uniform over the strings allowed.
 */
function randomWord(bytes: number): string {
  for (;;) {
    const word = randomBytes(bytes).toString('base64url');
    if (!word.startsWith('-')) return word;
  }
}

/** A new random room id: 128 bits, URL-safe (it names the room's document and appears in invites). */
export function newRoomId(): string {
  return randomWord(16);
}

/** A new random invite token: 256 bits, URL-safe. Only its hash is ever stored. */
export function newToken(): string {
  return randomWord(32);
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
