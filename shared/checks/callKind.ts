/** Operative or preambular: the call grammar lives in shared/grammar. */
export { isOperativeCall } from '../grammar/callPhrase';
