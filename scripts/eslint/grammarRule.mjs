// ESLint rule `grammar/patterns`: the resolution text's grammar (number line, conference line,
// footnote reference, paragraph end, labels and list kinds, call phrases, citations, edition ids)
// is written once, in shared/grammar, in all six languages (the words are data in
// shared/grammar/languages/). A regular expression, or a footnote reference built by hand, that
// spells one of those patterns anywhere else is an error: import the function from shared/grammar
// instead. On for shared/, main/ and renderer/ (tests excepted). See test/unit/grammarRule.test.ts.

/** A character class of a regular expression source (`[^,()]`, `[a-z]`), escapes included. */
const CLASS = /\[(?:[^\]\\]|\\.)*\]/g;

/** The source without its groups' brackets and `?:`, so `(\d{4})\),` reads as `\d{4}\),`. */
function flat(source) {
  return source.replace(/\(\?(?:[:=!]|<[=!])|(?<!\\)[()]/g, '');
}

const NUMBER_LINE_WORDS = /RESOLUTION|DRAFT NEW|RÉSOLUTION|RESOLUCI|РЕЗОЛЮЦИ|القرار|号决议|决议草案|Пересм|R[eé]v\\?\\?\.|Rév|المراج|修订版|PROJET DE NOUVELLE|PROYECTO DE NUEVA|ПРОЕКТ НОВОЙ|مشروع قرار/;
const CONFERENCE_WORDS = /Conference|Conférence|Conferencia|онференци|المؤتمر|大会/;
const CALL_WORDS = /considering|resolves|instructs|recognizing|considérant|décide|considerando|resuelve|учитывая|решает|يقرر|يضع في اعتباره|考虑到|做出决议|责成/;
const CITATION_WORDS = /Resolutions?\b|Résolution|Resoluci[oó]n|Резолюци/;
const END_MARKS = [',', ';', '.', ':'];
const OTHER_END_MARKS = /[،؛；。：，]/;
const LABEL_CLASS = /\[(?:[^\]\\]|\\.)*(?:a-z|ivx|0-9|1-9|\\u0621|أ)(?:[^\]\\]|\\.)*\](?:[+*?]|\{[^}]*\})?\\\)/;

/** What a pattern of the resolution text looks like in a regular expression's source. */
const SIGNATURES = [
  { what: 'the number line', where: 'shared/grammar/numberLine.ts', test: (s) => NUMBER_LINE_WORDS.test(s) },
  { what: 'the conference line', where: 'shared/grammar/conferenceLine.ts', test: (s) => CONFERENCE_WORDS.test(s) || /\\d\{4\}\\\),/.test(flat(s)) },
  { what: 'a footnote reference', where: 'shared/grammar/footnoteRef.ts', test: (s) => s.includes('\\[\\^') },
  {
    what: 'the paragraph end',
    where: 'shared/grammar/paragraphEnd.ts',
    test: (s) => [...s.matchAll(CLASS)].some((m) => END_MARKS.every((c) => m[0].includes(c)) || OTHER_END_MARKS.test(m[0])),
  },
  {
    what: 'an item label',
    where: 'shared/grammar/labels.ts or shared/grammar/labelledLine.ts',
    test: (s) => LABEL_CLASS.test(s) || s.includes('ivxlcdm') || /\\u2013|\u2013/.test(s.replace(CLASS, '')),
  },
  { what: 'a call phrase', where: 'shared/grammar/callPhrase.ts', test: (s) => CALL_WORDS.test(s) },
  { what: 'a citation of resolutions', where: 'shared/grammar/resolutionCitation.ts', test: (s) => CITATION_WORDS.test(s) },
  { what: 'an edition id', where: 'shared/grammar/editionId.ts', test: (s) => s.includes('[a-z0-9-]') || s.includes('[a-z0-9][a-z0-9-]') },
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
