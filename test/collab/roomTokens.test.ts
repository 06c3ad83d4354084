import { describe, expect, it } from 'vitest';
import { newRoomId, newToken } from '../../main/collab/roomTokens';

/**
 * Room ids and invite tokens are typed on command lines after options (`--token T`, `room show URL
 * ROOM`): one that starts with a dash reads as an option (CI once drew `-m…` and every `room`
 * command of the run failed with "unknown option -m"). 10,000 draws of each: with one draw in 64
 * starting with a dash, a generator that allowed it would fail here with certainty (1 − (63/64)^10000).
 */
describe('room ids and invite tokens', () => {
  it('never start with a dash, and keep their length and alphabet', () => {
    for (let i = 0; i < 10_000; i++) {
      const token = newToken();
      const room = newRoomId();
      expect(token).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{42}$/);
      expect(room).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_-]{21}$/);
    }
  });
});
