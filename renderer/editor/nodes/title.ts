import { lineNode } from './lineNode';

/** The title of the resolution, one line. */
export const Title = lineNode('title', 'rd-title');
