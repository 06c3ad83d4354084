import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/react';
import { RESOLUTION_NODES } from '../../renderer/editor/resolutionExtensions';
import { layoutProblem } from '../../renderer/editor/layoutChecks';

const schema = getSchema(RESOLUTION_NODES);
const block = (type: string, text: string, attrs?: Record<string, unknown>) => schema.nodes[type].create(attrs ?? null, text ? schema.text(text) : undefined);

describe('layout checks', () => {
  it('accepts lines that read back as what they are', () => {
    expect(layoutProblem(block('paragraph', 'to report to the Council;'))).toBeNull();
    expect(layoutProblem(block('call', 'resolves to instruct the Director of the Telecommunication Development Bureau'))).toBeNull();
    expect(layoutProblem(block('item', 'that skills matter,', { depth: 0, kind: 'alpha' }))).toBeNull();
  });

  it('flags what the layout cannot carry, saying why', () => {
    expect(layoutProblem(block('paragraph', 'to report to the Council'))).toMatch(/ends with , ; \. or :/);
    expect(layoutProblem(block('call', 'considering,'))).toMatch(/no end punctuation/);
    expect(layoutProblem(block('item', '', { depth: 0, kind: 'alpha' }))).toMatch(/Empty item/);
    expect(layoutProblem(block('footnote', '', { id: 1 }))).toMatch(/Empty footnote/);
    expect(layoutProblem(block('title', ''))).toMatch(/must not be empty/);
  });
});
