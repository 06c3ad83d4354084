/**
 * Everything the CLI's `serve` and `room` commands run, in one module that the CLI loads only when
 * one of them runs (`main/cli/collabLoader.ts`; bundled apart as `out/cli/collab.mjs`), so that
 * Hocuspocus, Yjs and the Redis client never slow the start of the other commands.
 */
export { redactedRedisUrl, RedisAddressError, redisAddress, startCollabServer } from './collabServer';
export { createRoom, joinRoom, listVersions, roomAccessOf, RoomClientError, saveVersion, serverAddress, versionDoc } from './roomClient';
export { checkReplacement, LineEditError, locateOnce, replaceInLine } from '../../shared/collab/lineEdit';
export { sharedLines } from '../../shared/collab/readLines';
export { documentVersion, draftFragment, readSharedProposal } from '../../shared/collab/sharedProposal';
export { participantsOf } from '../../shared/collab/roomApi';
