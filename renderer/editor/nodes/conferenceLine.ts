import { lineNode } from './lineNode';

/** The conference line (`The World Telecommunication Development Conference (Kigali, 2022),`). */
export const ConferenceLine = lineNode('conferenceLine', 'rd-conference-line');
