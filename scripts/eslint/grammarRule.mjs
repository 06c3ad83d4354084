// ESLint rule `grammar/patterns`: the resolution text's grammar (number line, conference line,
// footnote reference, paragraph end, labels and list kinds, edition ids) is written once, in
// shared/grammar (and the label arithmetic in shared/model/labels.ts). A regular expression, or a
// footnote reference built by hand, that spells one of those patterns anywhere else is an error:
// import the function from shared/grammar instead. See test/unit/grammarRule.test.ts for probes.

/** What a pattern of the resolution text looks like in a regular expression's source. */
const SIGNATURES = [
  { what: 'the number line', where: 'shared/grammar/numberLine.ts', test: (s) => /RESOLUTION|DRAFT NEW/.test(s) || /Rev\\?\\?\./.test(s) },
  { what: 'the conference line', where: 'shared/grammar/conferenceLine.ts', test: (s) => /Conference|\\d\{4\}\\\),/.test(s) },
  { what: 'a footnote reference', where: 'shared/grammar/footnoteRef.ts', test: (s) => s.includes('\\[\\^') },
  { what: 'the paragraph end', where: 'shared/grammar/paragraphEnd.ts', test: (s) => [...s.matchAll(/\[([^\]]*)\]/g)].some((m) => [',', ';', '.', ':'].every((c) => m[1].includes(c))) },
  { what: 'an item label', where: 'shared/model/labels.ts or shared/grammar/labelledLine.ts', test: (s) => /[\]+*}]\\\)/.test(s) || s.includes('[ivxlcdm]') || s.includes('\\u2013') || s.includes('\u2013') },
  { what: 'an edition id', where: 'shared/grammar (an edition id pattern)', test: (s) => s.includes('[a-z0-9-]') },
];

/** The signature a regular expression source matches, if any. */
export function grammarSignature(source) {
  return SIGNATURES.find((sig) => sig.test(source));
}

function staticText(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('');
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
const patternsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'resolution-text patterns live in shared/grammar' },
    schema: [],
    messages: {
      pattern: 'This regular expression spells {{what}} of the resolution text: use {{where}} (one grammar, not a copy).',
      footnote: 'This builds a footnote reference by hand: use footnoteRef() from shared/grammar/footnoteRef.ts.',
    },
  },
  create(context) {
    const report = (node, source) => {
      const sig = grammarSignature(source);
      if (sig) context.report({ node, messageId: 'pattern', data: { what: sig.what, where: sig.where } });
    };
    const constructed = (node) => {
      if (node.callee.type !== 'Identifier' || node.callee.name !== 'RegExp') return;
      const source = staticText(node.arguments[0]);
      if (source !== undefined) report(node, source);
    };
    return {
      Literal(node) {
        if (node.regex) report(node, node.regex.pattern);
      },
      NewExpression: constructed,
      CallExpression: constructed,
      TemplateLiteral(node) {
        // `[^${k}]`: a reference written without the grammar
        for (let i = 0; i + 1 < node.quasis.length; i++) {
          if (node.quasis[i].value.raw.endsWith('[^') && node.quasis[i + 1].value.raw.startsWith(']')) {
            context.report({ node, messageId: 'footnote' });
            return;
          }
        }
      },
    };
  },
};

/** The plugin (`grammar/patterns`). */
export const grammarPlugin = { rules: { patterns: patternsRule } };
