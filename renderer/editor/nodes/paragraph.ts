import { lineNode } from './lineNode';

/** An unlabelled paragraph under a call. */
export const Paragraph = lineNode('paragraph', 'rd-paragraph');
